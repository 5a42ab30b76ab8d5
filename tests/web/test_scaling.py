"""The overview, map and network count in the database: on a store of a few thousand hand-built
events their numbers equal counting the events in Python, and they never load every event."""
from __future__ import annotations

import random
from collections import Counter, defaultdict

import pytest

from communique.model import Actor, Article, ArticleResult, Event, Location
from communique.store import Store
from communique.web import views

N_ARTICLES = 240
EVENTS_PER_ARTICLE = 12

COUNTRIES = [Actor(name, "state", country=code) for name, code in
             [("Vietnam", "VNM"), ("Chile", "CHL"), ("Japan", "JPN"), ("Kenya", "KEN"), ("Norway", "NOR"),
              ("Peru", "PER"), ("Russia", "RUS"), ("Ukraine", "UKR")]]
KINDS = [("CONSULT", "visit", "042", 1.9, 1), ("CONSULT", "host", "043", 2.8, 1), ("SUPPORT", "sign", "057", 8.0, 1),
         ("AID", None, "070", 7.0, 2), ("ACCUSE", None, "112", -2.0, 3), ("THREATEN", None, "130", -4.4, 3),
         ("ASSAULT", None, "180", -9.0, 4), ("REJECT", None, "120", -4.0, 3)]
PLACES = [
    None,
    Location("Harbour City", "VNM", 10.5, 106.25, "city"),
    Location("Harbour City", "VNM", 10.50004, 106.25001, "city"),   # rounds onto the point above
    Location("Tie Town", "CHL", -33.0625, -70.1875, "city"),        # halves: Python and DuckDB round apart
    Location("Hill Fort", "KEN", 1.23456, 36.98765, "city"),
    Location("Hill Fort", "KEN", 1.23456, 36.98765, "venue"),       # same point and name: one place
    Location("Other Hill", "KEN", 1.23456, 36.98765, "city"),       # same point, other name: another
    Location("No Coordinates", "NOR", None, None, "region"),
]
DATES = [None, "2023", "2023-11", "2024-02"] + [f"2024-{m:02d}-{d:02d}" for m in (1, 3, 5, 12) for d in (1, 15, 28)]


def _results(seed: int = 7) -> list[ArticleResult]:
    rng = random.Random(seed)
    out = []
    for n in range(N_ARTICLES):
        sentences = [f"Report {n} line {i} tells of one more meeting." for i in range(EVENTS_PER_ARTICLE)]
        body = " ".join(sentences)
        bounds, pos = [], 0
        for s in sentences:
            bounds.append((pos, pos + len(s)))
            pos += len(s) + 1
        art = Article(doc_id=f"r{n:04d}", body=body, title=f"Report {n}", published=f"2024-06-{1 + n % 28:02d}",
                      outlet="Scale Wire", language="en")
        events = []
        for i, (s0, s1) in enumerate(bounds):
            type_, mode, cameo, goldstein, quad = rng.choice(KINDS)
            source = rng.choice(COUNTRIES)
            target = rng.choice(COUNTRIES + [None])   # sometimes the same country or none
            trigger = body.index("meeting", s0)
            events.append(Event(
                doc_id=art.doc_id, type=type_, mode=mode, context=["diplomatic"], cameo=cameo, goldstein=goldstein,
                quad=quad, source=source, target=target, sentence=body[s0:s1], sentence_index=i,
                spans={"trigger": [trigger, trigger + 7], "source": None, "target": None}, rule="test.scale",
                confidence=0.5, date=rng.choice(DATES), location=rng.choice(PLACES)))
        out.append(ArticleResult(article=art, events=events, sentences=bounds))
    return out


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("scale") / "scale.duckdb"
    with Store.open(str(path), clustering=False) as s:  # each event its own merged event
        for result in _results():
            assert s.add_result(result)
        s.finish_batch()
    with Store.open(str(path), read_only=True) as s:
        yield s


@pytest.fixture(scope="module")
def events(store):
    rows = store.events()
    assert len(rows) == N_ARTICLES * EVENTS_PER_ARTICLE
    return rows


def test_views_never_load_every_event(store, monkeypatch):
    def refuse(**filters):
        if not filters or not any(filters.values()):
            raise AssertionError("a view loaded every event")
        return store.events(**filters)
    monkeypatch.setattr(store, "events", refuse)
    for view in (views.overview, views.event_map, views.network):
        assert view(store)["title"]


def test_overview_counts_equal_python(store, events):
    data = views.overview(store)
    by_month: dict[str, Counter] = defaultdict(Counter)
    for e in events:
        by_month[(e.get("date") or "")[:7] or "undated"][e["type"]] += 1
    assert data["n_events"] == len(events)
    assert data["n_articles"] == N_ARTICLES
    assert {t["type"]: t["n"] for t in data["types"]} == dict(Counter(e["type"] for e in events))
    assert [t["n"] for t in data["types"]] == sorted((t["n"] for t in data["types"]), reverse=True)
    assert {m["month"]: m["counts"] for m in data["timeline"]} == {m: dict(c) for m, c in by_month.items()}
    assert [m["month"] for m in data["timeline"]][-1] == "undated"
    assert {"2023", "2023-11", "2024-12"} <= {m["month"] for m in data["timeline"]}
    assert all(m["total"] == sum(m["counts"].values()) for m in data["timeline"])
    assert data["top_pairs"] == _python_pairs(events)[:10]
    assert len(data["latest_stories"]) == 10
    lasts = [s["last_date"] or "" for s in data["latest_stories"]]
    assert lasts == sorted(lasts, reverse=True)


def _python_pairs(events) -> list[dict]:
    pairs: dict[tuple, Counter] = defaultdict(Counter)
    for e in events:
        a, b = (e.get("source") or {}).get("country"), (e.get("target") or {}).get("country")
        if a and b and a != b:
            c = pairs[tuple(sorted((a, b)))]
            c["n"] += 1
            c["coop"] += e["quad"] in (1, 2)
            c["conflict"] += e["quad"] in (3, 4)
    rows = [{"dyad": list(k), "n_events": c["n"], "n_coop": c["coop"], "n_conflict": c["conflict"]}
            for k, c in pairs.items()]
    return sorted(rows, key=lambda r: (-r["n_events"], r["dyad"]))


def test_network_equals_python(store, events):
    data = views.network(store)
    expected = _python_pairs(events)
    assert [(e["source"], e["target"], e["n_events"], e["n_coop"], e["n_conflict"]) for e in data["items"]] == \
        [(*p["dyad"], p["n_events"], p["n_coop"], p["n_conflict"]) for p in expected]
    degree: Counter = Counter()
    for p in expected:
        degree[p["dyad"][0]] += p["n_events"]
        degree[p["dyad"][1]] += p["n_events"]
    assert {n["id"]: n["n_events"] for n in data["nodes"]} == dict(degree)
    assert {e["tone"] for e in data["items"]} == {"cooperation", "conflict"}


def test_map_points_equal_python(store, events):
    places: dict[tuple, dict] = {}
    for e in events:   # the map as it was counted before: every event in Python
        loc = e.get("location") or {}
        if loc.get("lat") is None or loc.get("lon") is None:
            continue
        key = (round(float(loc["lat"]), 3), round(float(loc["lon"]), 3), loc.get("name"))
        p = places.setdefault(key, {"name": loc.get("name"), "country": loc.get("country"), "lat": key[0],
                                    "lon": key[1], "n_events": 0, "n_coop": 0, "n_conflict": 0, "event_ids": []})
        p["n_events"] += 1
        p["n_coop"] += e["quad"] in (1, 2)
        p["n_conflict"] += e["quad"] not in (1, 2)
        if len(p["event_ids"]) < 20:
            p["event_ids"].append(e["event_id"])
    expected = sorted(places.values(), key=lambda p: -p["n_events"])
    got = views.event_map(store)["items"]
    assert got == expected
    names = Counter(p["name"] for p in got)
    assert names == {"Harbour City": 1, "Tie Town": 1, "Hill Fort": 1, "Other Hill": 1}
    assert next(p for p in got if p["name"] == "Tie Town")["lat"] == round(-33.0625, 3)
    harbour = next(p for p in got if p["name"] == "Harbour City")
    assert harbour["n_events"] > 2 * len(events) // len(PLACES) * 0.8   # both spellings of the point counted


def test_event_counts_follow_the_event_filters(store, events):
    got = store.event_counts(by=("type",), country="VNM", since="2024-01-01")
    expected = Counter(e["type"] for e in store.events(country="VNM", since="2024-01-01"))
    assert {r["type"]: r["n"] for r in got} == dict(expected)
    assert sum(expected.values()) < len(events)
    by_quad = {r["quad"]: r["n"] for r in store.event_counts(by=("quad",))}
    assert by_quad == dict(Counter(e["quad"] for e in events))
    assert store.pair_counts(limit=3) == _python_pairs(events)[:3]
    assert store.pair_counts(type="ACCUSE") == _python_pairs([e for e in events if e["type"] == "ACCUSE"])


def test_event_counts_refuse_unknown_keys(store):
    from communique.errors import StoreError

    with pytest.raises(StoreError, match="cannot count events by"):
        store.event_counts(by=("colour",))


def test_article_texts_fetch_many_at_once(store):
    got = store.article_texts(["r0001", "r0002", "nope", None])
    assert set(got) == {"r0001", "r0002"}
    assert got["r0002"]["body"].startswith("Report 2 line 0")
    assert got["r0001"]["title"] == "Report 1" and got["r0001"]["outlet"] == "Scale Wire"
    assert "body" not in store.article_texts(["r0001"], body=False)["r0001"]


def test_iter_events_streams_what_events_returns(store, events):
    import json

    streamed = list(store.iter_events(batch=97))
    assert streamed == events
    raw = list(store.iter_events(raw=True, batch=500, type="ACCUSE", sort="-date", limit=50, offset=5))
    assert [json.loads(r) for r in raw] == store.events(type="ACCUSE", sort="-date", limit=50, offset=5)
    assert raw == [json.dumps(e, ensure_ascii=False) for e in store.events(type="ACCUSE", sort="-date", limit=50,
                                                                          offset=5)]


def test_exports_of_thousands_of_events_are_complete(store, events):
    import io

    from communique.export import export

    for fmt in ("jsonl", "csv", "gdelt", "plover"):
        out = io.StringIO()
        n = export(store, fmt, {}, out)
        lines = out.getvalue().splitlines()
        # every event is written; PLOVER too: an undated one takes its article's publication date
        assert n == len(events) == len(lines) - (fmt == "csv"), fmt
    assert any(not e.get("date") for e in events)
