"""Issue 6 acceptance on the two sample articles: one story, the same events merged, relations."""
from __future__ import annotations

import json

import pytest

from communique.jobs import ingest_paths
from communique.read import ReadReport
from communique.store import Store

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory, request):
    from testpaths import GOLD, SEEDS

    if not SEEDS.exists() or not GOLD.exists():
        pytest.skip("../shared/seeds or gold is absent")
    db = str(tmp_path_factory.mktemp("seeds") / "seeds.duckdb")
    ingest_paths([str(p) for p in sorted(SEEDS.glob("*.txt"))], db=db, report=ReadReport())
    return db, json.loads(GOLD.read_text(encoding="utf-8"))


def _countries(e):
    return {(e.get("source") or {}).get("country"), (e.get("target") or {}).get("country")}


def _matches(event, gold):
    if not any((event.get("cameo") or "").startswith(c) for c in gold["cameo"]) and event.get("type") not in gold["plover"]:
        return False
    return _countries(event) == {gold["source"]["country"], gold["target"]["country"]}


def test_the_two_seeds_are_one_story(seeds_db):
    db, gold = seeds_db
    with Store.open(db, read_only=True) as store:
        stories = store.stories()
    prefixes = sorted(d[:3] for s in stories for d in s["doc_ids"] if len(s["doc_ids"]) > 1)
    assert prefixes == sorted(gold["story"]["same_story"])


def test_same_event_reports_are_merged_and_nothing_else_across_articles(seeds_db):
    db, gold = seeds_db
    with Store.open(db, read_only=True) as store:
        events = store.events()
    by_id = {g["id"]: g for g in gold["events"]}
    for group in gold["same_event"]:
        g = by_id[group[0].split("@")[0]]
        docs = {x.split("@")[1] for x in group}
        merged = [e for e in events if _matches(e, g) and e["status"] == g["status"]
                  and {d[:3] for d in e["sources"]} >= docs]
        assert len(merged) == 1, (g["id"], [(e["cameo"], e["sources"]) for e in events if _matches(e, g)])
        assert merged[0]["n_sources"] == 2
    # The visit to Peru, told by one article, stays its own event.
    visit_per = by_id["visit-per"]
    per = [e for e in events if _matches(e, visit_per)]
    assert per and all({d[:3] for d in e["sources"]} == {"000"} for e in per)
    # Across articles, only the gold's same-event pairs are merged.
    cross = [e for e in events if len({d[:3] for d in e["sources"]}) > 1]
    assert len(cross) <= len(gold["same_event"])


def test_relations_vnm_chl(seeds_db):
    db, gold = seeds_db
    want = next(r for r in gold["relations"] if r["dyad"] == ["VNM", "CHL"])
    with Store.open(db, read_only=True) as store:
        rel = store.relations("VNM", "CHL")
    assert rel["level"] == want["level"] and rel["level_sources"]
    assert rel["diplomatic_relations_since"] == want["diplomatic_relations_since"]
    assert rel["diplomatic_relations_sources"]
    assert "CPTPP" in [m["organisation"] for m in rel["memberships"]]
    signing = [t for t in rel["signings"] if t["status"] == "occurred" and t["date"] == "2024-11-11"]
    assert signing and signing[0]["location"] and "Santiago" in signing[0]["location"]
    assert signing[0]["n_sources"] == 2
    assert rel["agreements"] and rel["visits"] and rel["talks"]
