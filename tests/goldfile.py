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
