"""What the two hand-coded article golds (dev-events, dev-heldout-events) share: the allowed values of
their fields and how their corpus texts are read. Import as ``from goldfile import ...``."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}
TIERS = {"core", "extended", "historical"}
STATUSES = {"occurred", "planned", "historical", "negated", "hypothetical"}
EVENT_FIELDS = {"id", "tier", "status", "docs", "plover", "cameo", "source", "target", "directed",
                "date", "location", "evidence_span"}
DATE = re.compile(r"\d{4}(-\d\d(-\d\d)?)?")


def corpus_texts(corpus_file: Path) -> dict[str, str]:
    """Record id -> raw text of a corpus JSONL file; skips the test when ../shared is absent."""
    if not corpus_file.exists():
        pytest.skip(f"{corpus_file} is absent (../shared not next to the checkout)")
    out = {}
    with corpus_file.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            out[rec["id"]] = rec["text"]
    return out


def check_events(gold: dict) -> None:
    """Every event has the gold fields with allowed values, a unique id, and documents of the gold."""
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


def check_spans(gold: dict, texts: dict[str, str]) -> None:
    """Documents are corpus records; each evidence span lies in its text (and its coded part) and
    starts and ends on text, not on blanks."""
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
