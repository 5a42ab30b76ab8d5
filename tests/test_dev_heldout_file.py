"""Checks on the held-out real-article event gold (gold/dev-heldout-events.json).

The file is a blind set: these tests check its shape and its links to the corpus, never print its
items, and make sure none of its articles is one the coder was tuned on (dev-events, dev-actors).
"""
from __future__ import annotations

import hashlib
import json

import pytest

from goldfile import DATE, check_events, check_spans, corpus_texts
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
    check_events(gold)
    assert all(ev["docs"] for ev in gold["events"])


def test_every_document_has_an_event(gold):
    with_events = {doc for ev in gold["events"] for doc in ev["docs"]}
    assert {d["doc"] for d in gold["documents"]} <= with_events


def test_corpus_hash_matches(gold):
    if not CORPUS_FILE.exists():
        pytest.skip(f"{CORPUS_FILE} is absent (../shared not next to the checkout)")
    assert hashlib.sha256(CORPUS_FILE.read_bytes()).hexdigest() == gold["corpus_sha256"]


def test_documents_and_spans_match_the_corpus(gold, texts):
    check_spans(gold, texts)


def test_must_not_rules_point_at_coded_documents(gold):
    docs = {d["doc"] for d in gold["documents"]}
    for rule in gold["must_not"]:
        assert rule["why"] and rule["match"], rule
        scoped = rule["match"].get("doc")
        assert scoped, "held-out must_not rules are scoped to one article"
        for doc in [scoped] if isinstance(scoped, str) else scoped:
            assert doc in docs, doc
