"""Checks on the hand-coded development event gold (gold/dev-events.json)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from goldfile import check_events, check_spans, corpus_texts

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
    check_events(gold)


def test_documents_and_spans_match_the_corpus(gold, texts):
    check_spans(gold, texts)


def test_must_not_rules_point_at_coded_documents(gold):
    docs = {d["doc"] for d in gold["documents"]}
    for rule in gold["must_not"]:
        assert rule["why"] and rule["match"], rule
        scoped = rule["match"].get("doc")
        for doc in [scoped] if isinstance(scoped, str) else (scoped or []):
            assert doc in docs, doc
