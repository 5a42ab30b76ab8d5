"""Checks on the held-out real-article event gold (gold/dev-heldout-events.json).

The file is a blind set: these tests check its shape and its links to the corpus, never print its
items, and make sure none of its articles is one the coder was tuned on (dev-events, dev-actors).
"""
from __future__ import annotations

import hashlib
import json
import re

import pytest

from goldfile import DATE, EVENT_FIELDS, PLOVER_TYPES, STATUSES, TIERS, corpus_texts
from testpaths import CORPUS, ROOT

GOLD_FILE = ROOT / "gold" / "dev-heldout-events.json"
DEV_EVENTS = ROOT / "gold" / "dev-events.json"
DEV_ACTORS = ROOT / "gold" / "dev-actors.jsonl"
CORPUS_FILE = CORPUS / "diplomacy-dev.jsonl"


@pytest.fixture(scope="module")
def gold() -> dict:
    return json.loads(GOLD_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    return corpus_texts(CORPUS_FILE)


def _tuned_documents() -> set[str]:
    """Record ids the coder was tuned on: the held-out set must share none of them."""
    docs = {d["doc"] for d in json.loads(DEV_EVENTS.read_text(encoding="utf-8"))["documents"]}
    with DEV_ACTORS.open(encoding="utf-8") as fh:
        docs |= {json.loads(line)["doc"] for line in fh if line.strip()}
    return docs


def test_top_level_shape(gold):
    for key in ("about", "corpus", "corpus_sha256", "documents", "events", "must_not", "same_event"):
        assert key in gold, key
    assert len(gold["documents"]) >= 20
    assert len(gold["events"]) >= 120


def test_documents_are_unique_and_dated(gold):
    ids = [d["doc"] for d in gold["documents"]]
    assert len(ids) == len(set(ids))
    for doc in gold["documents"]:
        assert doc["notes"], doc["doc"]
        assert doc["published"] is None or DATE.fullmatch(doc["published"]), doc["doc"]


def test_no_document_shared_with_the_tuning_gold(gold):
    shared = {d["doc"] for d in gold["documents"]} & _tuned_documents()
    assert not shared, f"{len(shared)} held-out documents are also in dev-events/dev-actors"


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
        assert ev["plover"] and set(ev["plover"]) <= PLOVER_TYPES, ev["id"]
        assert ev["cameo"] and all(re.fullmatch(r"\d{2,4}", c) for c in ev["cameo"]), ev["id"]
        assert isinstance(ev["directed"], bool), ev["id"]
        assert ev["date"] is None or DATE.fullmatch(ev["date"]), ev["id"]
        assert ev["docs"] and set(ev["docs"]) <= docs, ev["id"]
        for side in ("source", "target"):
            actor = ev[side]
            assert actor.get("country") or actor.get("igo"), (ev["id"], side)
            if actor.get("country"):
                assert re.fullmatch(r"[A-Z]{3}", actor["country"]), (ev["id"], side)
        if ev["tier"] == "historical":
            assert ev["status"] == "historical" and ev["date"], ev["id"]
        start, end = ev["evidence_span"]
        assert 0 <= start < end, ev["id"]


def test_every_document_has_an_event(gold):
    with_events = {doc for ev in gold["events"] for doc in ev["docs"]}
    assert {d["doc"] for d in gold["documents"]} <= with_events


def test_corpus_hash_matches(gold):
    if not CORPUS_FILE.exists():
        pytest.skip(f"{CORPUS_FILE} is absent (../shared not next to the checkout)")
    assert hashlib.sha256(CORPUS_FILE.read_bytes()).hexdigest() == gold["corpus_sha256"]


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
        assert piece and piece.strip() == piece, (ev["id"], "span should start and end on text")


def test_must_not_rules_point_at_coded_documents(gold):
    docs = {d["doc"] for d in gold["documents"]}
    for rule in gold["must_not"]:
        assert rule["why"] and rule["match"], rule
        scoped = rule["match"].get("doc")
        assert scoped, "held-out must_not rules are scoped to one article"
        for doc in [scoped] if isinstance(scoped, str) else scoped:
            assert doc in docs, doc
