"""Checks on the hand-coded development event gold (gold/dev-events.json)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from goldfile import DATE, EVENT_FIELDS, PLOVER_TYPES, STATUSES, TIERS, corpus_texts

ROOT = Path(__file__).resolve().parents[1]
GOLD_FILE = ROOT / "gold" / "dev-events.json"
CORPUS_FILE = ROOT.parent / "shared" / "corpus" / "diplomacy-dev.jsonl"


@pytest.fixture(scope="module")
def gold() -> dict:
    return json.loads(GOLD_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    return corpus_texts(CORPUS_FILE)


def test_top_level_shape(gold):
    for key in ("about", "corpus", "corpus_sha256", "documents", "events", "must_not", "same_event"):
        assert key in gold, key
    assert len(gold["documents"]) >= 60
    assert len(gold["events"]) >= 250


def test_events_have_required_fields_and_valid_values(gold):
    ids = set()
    docs = {d["doc"] for d in gold["documents"]}
    for ev in gold["events"]:
        missing = EVENT_FIELDS - set(ev)
        assert not missing, (ev.get("id"), missing)
        assert ev["id"] not in ids, ev["id"]
        ids.add(ev["id"])
        assert ev["tier"] in TIERS, ev["id"]
        assert ev["status"] in STATUSES, ev["id"]
        assert ev["plover"] and set(ev["plover"]) <= PLOVER_TYPES, (ev["id"], ev["plover"])
        assert ev["cameo"] and all(re.fullmatch(r"\d{2,4}", c) for c in ev["cameo"]), ev["id"]
        assert isinstance(ev["directed"], bool), ev["id"]
        assert ev["date"] is None or DATE.fullmatch(ev["date"]), (ev["id"], ev["date"])
        assert set(ev["docs"]) <= docs, ev["id"]
        for side in ("source", "target"):
            actor = ev[side]
            assert actor.get("country") or actor.get("igo"), (ev["id"], side)
            if actor.get("country"):
                assert re.fullmatch(r"[A-Z]{3}", actor["country"]), (ev["id"], actor)
        if ev["tier"] == "historical":
            assert ev["status"] == "historical" and ev["date"], ev["id"]
        start, end = ev["evidence_span"]
        assert 0 <= start < end, ev["id"]


def test_documents_and_spans_match_the_corpus(gold, texts):
    coded = {}
    for doc in gold["documents"]:
        assert doc["doc"] in texts, doc["doc"]
        coded[doc["doc"]] = doc.get("coded_chars") or len(texts[doc["doc"]])
    for ev in gold["events"]:
        text = texts[ev["docs"][0]]
        start, end = ev["evidence_span"]
        assert end <= len(text), ev["id"]
        assert end <= coded[ev["docs"][0]], (ev["id"], "evidence beyond coded_chars")
        piece = text[start:end]
        assert piece.strip() == piece and piece, (ev["id"], "span should start and end on text")


def test_must_not_rules_point_at_coded_documents(gold):
    docs = {d["doc"] for d in gold["documents"]}
    for rule in gold["must_not"]:
        assert rule["why"] and rule["match"], rule
        scoped = rule["match"].get("doc")
        for doc in [scoped] if isinstance(scoped, str) else (scoped or []):
            assert doc in docs, doc
