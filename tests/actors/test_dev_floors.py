"""Acceptance 3: actor resolution on the hand-coded dev articles stays at or above its floors."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from testpaths import CORPUS, ROOT

HERE = Path(__file__).resolve().parent
GOLD = ROOT / "gold" / "dev-actors.jsonl"


@pytest.fixture(scope="module")
def dev_scores():
    if not GOLD.exists() or not CORPUS.exists():
        pytest.skip("gold/dev-actors.jsonl or ../shared/corpus is absent")
    corpus_dir = CORPUS
    from communique.actors.score import evaluate_dev

    return evaluate_dev(GOLD, corpus_dir / "diplomacy-dev.jsonl")


def test_scores_stay_above_floors(dev_scores):
    floors = json.loads((HERE / "floors.json").read_text(encoding="utf-8"))["floors"]
    below = {k: (dev_scores[k], v) for k, v in floors.items() if dev_scores[k] < v}
    assert not below, f"below floor (measured, floor): {below}"


def test_every_gold_document_was_scored(dev_scores):
    assert dev_scores["documents"] == 50
    assert dev_scores["titled_person_n"] > 100 and dev_scores["country_n"] > 500


def test_alignment_is_pure_and_follows_shifts():
    from communique.actors.score import align

    raw = "HANOI, May 2 (VNA) - Chile and Peru met. Chile agreed."
    body = "Chile and Peru met. Chile agreed."
    gold = [{"start": raw.index("Chile"), "end": raw.index("Chile") + 5},
            {"start": raw.rindex("Chile"), "end": raw.rindex("Chile") + 5}]
    spans = [(s, e) for _row, s, e in align(raw, body, gold)]
    assert spans == [(0, 5), (20, 25)]
