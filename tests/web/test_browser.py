"""Browser tests: Debian's headless Chromium (never a downloaded browser) drives the real app,
served by uvicorn on a free loopback port, over a database built from examples/, the seed articles
and the hand-written sample articles. Screenshots go to test-artifacts/.

Install the browser once with: apt-get install -y chromium
"""
from __future__ import annotations

import socket
import threading
import time
from pathlib import Path
from urllib.parse import quote

import pytest

from sample import XSS_TITLE, sample_results

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
EXAMPLES = ROOT / "examples"
SEEDS = ROOT.parent / "shared" / "seeds"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed at /usr/bin/chromium "
                                                     "(apt-get install -y chromium); browser tests skipped"),
]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def browser_db(tmp_path_factory) -> Path:
    from communique.jobs import ingest_paths
    from communique.read import ReadReport
    from communique.store import Store

    db = tmp_path_factory.mktemp("browser") / "browser.duckdb"
    paths = [str(p) for p in (EXAMPLES, SEEDS) if p.is_dir() and any(p.iterdir())]
    if paths:
        ingest_paths(paths, db=str(db), report=ReadReport())
    with Store.open(str(db)) as store:
        for result in sample_results():
            store.add_result(result)
        store.finish_batch()
    return db


@pytest.fixture(scope="module")
def server(browser_db):
    import uvicorn

    from communique.web.app import create_app

    port = _free_port()
    config = uvicorn.Config(create_app(db=str(browser_db)), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the app did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield b
        b.close()


class Watch:
    """Every request the page makes, console errors, page errors and dialogs."""

    def __init__(self, page, base: str):
        self.base = base
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))

        def on_dialog(d):
            self.dialogs.append(d.message)
            d.dismiss()

        page.on("dialog", on_dialog)

    def outside(self) -> list[str]:
        return [u for u in self.requests if not (u.startswith(self.base + "/") or u.startswith("data:"))]


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.watch = Watch(pg, server)
    yield pg
    context.close()


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_every_page_renders_without_errors_or_outside_requests(page, server):
    import httpx

    api = httpx.get(f"{server}/api/events").json()["items"]
    pages = ["/", "/events", "/articles", "/pairs", "/actors", "/agreements", "/stories", "/network", "/map"]
    pages += [f"/events/{api[0]['event_id']}", "/articles/a1", "/pairs/CHL/VNM",
              "/actors/" + quote("Tran Van Minh")]
    pages += [f"/stories/{s['story_id']}" for s in httpx.get(f"{server}/api/stories").json()["items"][:1]]
    for path in pages:
        response = page.goto(server + path)
        assert response.status == 200, path
        page.wait_for_load_state("networkidle")
        name = path.strip("/").replace("/", "_").replace("%20", "_") or "overview"
        _shot(page, name[:80])
    assert page.watch.errors == []
    assert page.watch.outside() == []
    assert len(page.watch.requests) >= len(pages)


def test_filter_events_by_type(page, server):
    page.goto(server + "/events")
    page.fill("input[name=type]", "CONSULT")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/events?*type=CONSULT*")
    types = page.locator("table.events tbody tr td:nth-child(2)").all_inner_texts()
    assert types and set(types) == {"CONSULT"}
    _shot(page, "events_filtered")
    assert page.watch.errors == [] and page.watch.outside() == []


def test_follow_event_to_its_article_and_pair(page, server):
    page.goto(server + "/events?text=accused")
    page.locator("table.events tbody tr a").first.click()
    page.wait_for_url("**/events/ev_*")
    assert page.locator("mark.hl-trigger").first.inner_text() == "accused"
    event_url = page.url
    page.locator("a.article-link").first.click()
    page.wait_for_url("**/articles/b2")
    assert "Russia accused Ukraine" in page.locator(".article-body").inner_text()
    _shot(page, "followed_article")
    page.goto(event_url)
    page.locator("a.pair-link").click()
    page.wait_for_url("**/pairs/RUS/UKR")
    assert "RUS – UKR" in page.locator("h1").inner_text()
    _shot(page, "followed_pair")
    assert page.watch.errors == [] and page.watch.outside() == []


def test_map_draws_countries_and_points(page, server):
    page.goto(server + "/map")
    page.wait_for_selector("svg#map[data-ready='1']", timeout=15000)
    assert int(page.get_attribute("svg#map", "data-countries")) > 150
    assert page.locator("svg#map path.country").count() > 150
    assert page.locator("svg#map circle.place").count() >= 2
    _shot(page, "map_rendered")
    assert page.watch.errors == [] and page.watch.outside() == []


def test_network_draws_nodes_and_coloured_edges(page, server):
    page.goto(server + "/network")
    page.wait_for_selector("svg#network[data-ready='1']", timeout=15000)
    assert page.locator("svg#network g.node").count() >= 4
    assert page.locator("svg#network line.edge.cooperation").count() >= 1
    assert page.locator("svg#network line.edge.conflict").count() >= 1
    _shot(page, "network_rendered")
    assert page.watch.errors == [] and page.watch.outside() == []


def test_script_title_renders_as_text(page, server):
    page.goto(server + "/articles/x3")
    page.wait_for_load_state("networkidle")
    assert page.locator("h1").inner_text() == XSS_TITLE
    assert page.title().startswith(XSS_TITLE)
    page.goto(server + "/articles")
    assert XSS_TITLE in page.locator("table").inner_text()
    assert page.watch.dialogs == []
    assert page.watch.errors == [] and page.watch.outside() == []
