"""Relations of a country pair: level, relations since, memberships, timeline, each with sources."""
from __future__ import annotations

from communique.model import Actor, Article, ArticleResult, Event, Fact, Location
from communique.relations import build_relations, format_relations
from communique.store import Store


def fact(doc, kind, value, date=None, published="2024-01-10", sentence="A sentence.", i=0):
    return {"doc_id": doc, "dyad": ["FRA", "IND"], "kind": kind, "value": value, "date": date, "sentence_index": i,
            "span": [0, 5], "published": published, "sentence": sentence}


FACTS = [
    fact("a", "level", "Strategic Partnership", published="2015-06-01"),
    fact("b", "upgrade", "Comprehensive Strategic Partnership", date="2023-07", published="2023-07-15"),
    fact("c", "level", "Comprehensive Strategic Partnership", published="2024-01-10"),
    fact("c", "relations_since", "1947", date="1947"),
    fact("d", "relations_since", "1947-08-15", date="1947-08-15"),
    fact("e", "relations_since", "1950", date="1950"),
    fact("c", "membership", "G20"),
    fact("d", "membership", "G20"),
    fact("d", "trade", "free trade agreement"),
]

EVENTS = [
    {"event_id": "m2", "date": "2024-01-09", "type": "SUPPORT", "mode": "sign", "cameo": "057", "status": "occurred",
     "source": {"name": "France"}, "target": {"name": "India"}, "location": {"name": "Paris"},
     "instrument": {"titles": ["defence roadmap"]}, "n_sources": 2,
     "source_details": [{"doc_id": "c", "sentence": "They signed.", "sentence_index": 1, "spans": {}},
                        {"doc_id": "d", "sentence": "A roadmap was signed.", "sentence_index": 3, "spans": {}}]},
    {"event_id": "m1", "date": "2024-01-08", "type": "CONSULT", "mode": "visit", "cameo": "042", "status": "occurred",
     "source": {"name": "India"}, "target": {"name": "France"}, "location": {"name": "Paris"}, "n_sources": 1,
     "source_details": [{"doc_id": "c", "sentence": "He arrived.", "sentence_index": 0, "spans": {}}]},
]


def test_build_relations_picks_latest_level_and_precise_majority_date():
    rel = build_relations("IND", "FRA", facts=FACTS, events=EVENTS, agreements=[])
    assert rel["pair"] == ["IND", "FRA"] and rel["dyad"] == ["FRA", "IND"]
    assert rel["level"] == "Comprehensive Strategic Partnership"
    assert [s["doc_id"] for s in rel["level_sources"]] == ["b", "c"]
    assert [(h["level"], h["date"]) for h in rel["level_history"]] == [
        ("Strategic Partnership", None), ("Comprehensive Strategic Partnership", "2023-07")]
    assert rel["diplomatic_relations_since"] == "1947-08-15"
    assert [s["doc_id"] for s in rel["diplomatic_relations_sources"]] == ["c", "d"]
    assert rel["memberships"] == [{"organisation": "G20", "sources": [
        {"doc_id": "c", "published": "2024-01-10", "sentence_index": 0, "span": [0, 5], "sentence": "A sentence."},
        {"doc_id": "d", "published": "2024-01-10", "sentence_index": 0, "span": [0, 5], "sentence": "A sentence."}]}]
    assert [t["event_id"] for t in rel["timeline"]] == ["m1", "m2"]
    assert [t["kind"] for t in rel["timeline"]] == ["visit", "signing"]
    assert rel["visits"][0]["event_id"] == "m1" and rel["signings"][0]["instrument"]["titles"] == ["defence roadmap"]
    assert {f["kind"] for f in rel["facts"]} == {"level", "upgrade", "relations_since", "membership", "trade"}


def test_empty_pair():
    rel = build_relations("NOR", "PER", facts=[], events=[], agreements=[])
    assert rel["level"] is None and rel["diplomatic_relations_since"] is None and rel["timeline"] == []
    assert "not stated" in format_relations(rel)


def test_format_relations_is_readable():
    text = format_relations(build_relations("IND", "FRA", facts=FACTS, events=EVENTS, agreements=[]))
    assert "Relations IND – FRA" in text
    assert "Level:                 Comprehensive Strategic Partnership [b, c]" in text
    assert "since 1947-08-15 [c, d]" in text
    assert "G20 [c, d]" in text
    assert "2024-01-09  signing" in text and "defence roadmap" in text


def test_store_relations_end_to_end(tmp_path):
    india, france = Actor("India", "state", country="IND"), Actor("France", "state", country="FRA")
    body = "India and France signed a space accord in Paris. The two countries have had relations since 1947."
    art = Article("r1", body, published="2024-01-09")
    ev = Event(doc_id="r1", type="SUPPORT", mode="sign", context=[], cameo="057", goldstein=8.0, quad=1,
               source=india, target=france, sentence=body[:49], sentence_index=0,
               spans={"trigger": [17, 23]}, rule="test", confidence=0.9, date="2024-01-09", date_precision="day",
               location=Location("Paris", "FRA"))
    res = ArticleResult(article=art, events=[ev], sentences=[(0, 49), (50, len(body))],
                        facts=[Fact("r1", ("FRA", "IND"), "relations_since", "1947", "1947", 1, (54, 97))])
    with Store.open(tmp_path / "rel.duckdb") as store:
        store.add_result(res)
    with Store.open(tmp_path / "rel.duckdb", read_only=True) as store:
        rel = store.relations("ind", "fra")
    assert rel["diplomatic_relations_since"] == "1947"
    assert rel["diplomatic_relations_sources"][0]["sentence"] == body[50:]
    assert rel["signings"][0]["location"] == "Paris" and rel["signings"][0]["sources"][0]["doc_id"] == "r1"
