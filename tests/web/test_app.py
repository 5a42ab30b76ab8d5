"""The web app in-process (no sockets): every page, its JSON twin, the OpenAPI schema, escaping."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from sample import XSS_TITLE, build_db


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory) -> Path:
    return build_db(tmp_path_factory.mktemp("web") / "sample.duckdb")


@pytest.fixture(scope="module")
def client(sample_db):
    from fastapi.testclient import TestClient

    from communique.web.app import create_app

    with TestClient(create_app(db=str(sample_db))) as c:
        yield c


LIST_PAGES = ["/events", "/articles", "/pairs", "/actors", "/agreements", "/stories", "/network", "/map"]


def _twin(path: str) -> str:
    return "/api/overview" if path == "/" else "/api" + path


def _detail_pages(client) -> list[str]:
    events = client.get("/api/events").json()["items"]
    pages = [f"/events/{e['event_id']}" for e in events]
    pages += [f"/articles/{a['doc_id']}" for a in client.get("/api/articles").json()["items"]]
    pages += [f"/pairs/{p['dyad'][0]}/{p['dyad'][1]}" for p in client.get("/api/pairs").json()["items"]]
    pages += [f"/stories/{s['story_id']}" for s in client.get("/api/stories").json()["items"]]
    pages += ["/actors/" + a["name"].replace(" ", "%20") for a in client.get("/api/actors").json()["items"]]
    return pages


def test_every_page_and_its_twin_answer(client):
    pages = ["/", *LIST_PAGES, *_detail_pages(client)]
    assert len(pages) > 15
    for path in pages:
        html = client.get(path)
        assert html.status_code == 200, path
        assert html.headers["content-type"].startswith("text/html")
        api = client.get(_twin(path))
        assert api.status_code == 200, path
        assert api.headers["content-type"].startswith("application/json")
        assert api.json()["title"]


def test_twin_returns_the_items_the_page_shows(client):
    for path in ["/events", "/events?type=CONSULT", "/pairs/CHL/VNM", "/articles/a1", "/actors/Tran%20Van%20Minh"]:
        items = client.get(_twin(path)).json()["items"]
        html = client.get(path).text
        shown = re.findall(r'data-event-id="([^"]+)"', html)
        assert shown == [e["event_id"] for e in items], path
        assert shown, path
    for path, key in [("/stories", "story_id"), ("/articles", "doc_id")]:
        items = client.get(_twin(path)).json()["items"]
        html = client.get(path).text
        for item in items:
            assert f"{path}/{item[key]}" in html


def test_event_filters(client):
    all_events = client.get("/api/events").json()["items"]
    consult = client.get("/api/events", params={"type": "CONSULT"}).json()["items"]
    assert consult and len(consult) < len(all_events)
    assert all(e["type"] == "CONSULT" for e in consult)
    pair = client.get("/api/events", params={"pair": "VNM-CHL"}).json()["items"]
    assert pair and all({e["source"]["country"], e["target"]["country"]} == {"VNM", "CHL"} for e in pair)
    text = client.get("/api/events", params={"text": "accused"}).json()["items"]
    assert [e["type"] for e in text] == ["ACCUSE"]
    since = client.get("/api/events", params={"since": "2024-03-05"}).json()["items"]
    assert since and all(e["date"] >= "2024-03-05" for e in since)


def test_pagination(client):
    first = client.get("/api/events", params={"per_page": 2}).json()
    second = client.get("/api/events", params={"per_page": 2, "page": 2}).json()
    assert first["has_next"] and len(first["items"]) == 2
    assert not {e["event_id"] for e in first["items"]} & {e["event_id"] for e in second["items"]}
    html = client.get("/events", params={"per_page": 2, "type": "CONSULT"}).text
    next_link = re.search(r'<a rel="next" href="([^"]+)"', html).group(1).replace("&amp;", "&")
    assert "type=CONSULT" in next_link and "per_page=2" in next_link and "page=2" in next_link
    assert [e["type"] for e in client.get("/api" + next_link).json()["items"]] == ["CONSULT"]


def test_event_page_highlights_the_evidence(client):
    event = client.get("/api/events", params={"text": "accused"}).json()["items"][0]
    html = client.get(f"/events/{event['event_id']}").text
    assert '<mark class="hl-trigger" title="trigger">accused</mark>' in html
    assert '<mark class="hl-source" title="source">Russia</mark>' in html
    assert 'href="/articles/b2"' in html and 'href="/pairs/RUS/UKR"' in html
    data = client.get(f"/api/events/{event['event_id']}").json()
    assert data["sources"][0]["segments"]
    assert data["event"]["rule"] == "accuse.accuse"


def test_titles_and_text_are_escaped(client):
    html = client.get("/articles/x3").text
    assert XSS_TITLE not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    body = client.get("/articles/a1").text
    assert "<b>ties</b>" not in body and "&lt;b&gt;ties&lt;/b&gt;" in body
    assert XSS_TITLE not in client.get("/stories").text + client.get("/articles").text


def test_unknown_records_are_404(client):
    assert client.get("/events/ev_nope").status_code == 404
    assert client.get("/api/events/ev_nope").json() == {"detail": "no event ev_nope"}
    assert client.get("/articles/nope").status_code == 404
    assert client.get("/actors/Nobody").status_code == 404


def test_openapi_lists_every_twin(client):
    schema = client.get("/openapi.json").json()
    paths = set(schema["paths"])
    html_routes = {r.path for r in client.app.routes
                   if getattr(r, "methods", None) and "GET" in r.methods and not r.path.startswith(("/api", "/openapi"))}
    assert html_routes  # the pages
    for route in html_routes:
        assert _twin(route) in paths, route
    assert all(p.startswith("/api/") for p in paths)
    assert "get" in schema["paths"]["/api/events"] and not any("post" in v for v in schema["paths"].values())
    params = {p["name"] for p in schema["paths"]["/api/events"]["get"]["parameters"]}
    assert {"country", "actor", "pair", "type", "status", "since", "until", "text", "sort", "page"} <= params


def test_nothing_is_loaded_from_elsewhere(client):
    for path in ["/", "/map", "/network", "/events"]:
        response = client.get(path)
        assert "default-src 'self'" in response.headers["content-security-policy"]
        for ref in re.findall(r'(?:src|href)="([^"]+)"', response.text):
            assert ref.startswith(("/", "#", "?", "data:")), (path, ref)
    assert client.get("/static/vendor/countries-110m.json").json()["type"] == "Topology"
    js = client.get("/static/vendor/topojson-client.min.js").text
    assert js.startswith("// https://github.com/topojson/topojson-client")
    assert client.get("/docs").status_code == 404  # Swagger UI would load a CDN


def test_network_and_map_views_have_data(client):
    network = client.get("/api/network").json()
    assert {n["id"] for n in network["nodes"]} >= {"VNM", "CHL", "RUS", "UKR"}
    tones = {(e["source"], e["target"]): e["tone"] for e in network["items"]}
    assert tones[("RUS", "UKR")] == "conflict" and tones[("CHL", "VNM")] == "cooperation"
    places = {p["name"]: p for p in client.get("/api/map").json()["items"]}
    assert places["Santiago"]["n_events"] == 3 and places["Tokyo"]["lat"] == pytest.approx(35.68)


def test_overview_counts(client):
    data = client.get("/api/overview").json()
    assert data["n_events"] == len(client.get("/api/events").json()["items"])
    assert sum(row["total"] for row in data["timeline"]) == data["n_events"]
    assert data["top_pairs"][0]["dyad"] == ["CHL", "VNM"]
    assert "<svg" in client.get("/").text
