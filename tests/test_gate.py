"""The evaluation gate: the real pipeline on the seeds, the dev gold documents and the sentence gold
must score at or above the floors pinned in gold/floors.json. Floors only go up.

Each gold set is coded once per test session (the dev gold's ~60 articles are the slow part);
a set whose files are absent (../shared not next to the checkout) is skipped.
"""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from communique.evaluate import FLOORS_FILE, gate_inputs, gate_report, load_floors
from communique.evaluation.floors import HOW_TO_RAISE, METRICS, below_floor, lowered, metric_values, raised_floors

ROOT = Path(__file__).resolve().parents[1]

FLOORS = load_floors()
INPUTS = gate_inputs()


@pytest.fixture(scope="session")
def gate_reports():
    return {}


def _report(which: str, cache: dict) -> dict:
    if which not in INPUTS:
        pytest.skip(f"the {which} gold or its documents are absent")
    if which not in cache:
        cache[which] = gate_report(which, INPUTS[which])
    return cache[which]


def test_floors_file_names_known_metrics():
    assert FLOORS, f"{FLOORS_FILE} is missing or has no floors"
    unknown = sorted(set(FLOORS) - set(METRICS))
    assert not unknown, f"unknown metric(s) in {FLOORS_FILE}: {unknown}; known: {sorted(METRICS)}"
    assert all(0.0 <= v <= 1.0 for v in FLOORS.values())


@pytest.mark.model
@pytest.mark.parametrize("which", ["seeds", "dev", "devheldout", "sentences", "train", "heldout", "heldout2"])
def test_scores_stay_above_their_floors(which, gate_reports):
    report = _report(which, gate_reports)
    values = {k: v for k, v in metric_values({which: report}).items()}
    failures = below_floor(values, {k: v for k, v in FLOORS.items() if METRICS[k][0] == which})
    assert not failures, "; ".join(failures) + f". If the drop is a real regression, fix it; {HOW_TO_RAISE}."


def test_floors_never_go_down_against_the_committed_file():
    git = shutil.which("git")
    if not git or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    shown = subprocess.run([git, "show", "HEAD:gold/floors.json"], cwd=ROOT, capture_output=True, text=True)
    if shown.returncode != 0:
        pytest.skip("gold/floors.json is not committed yet")
    committed = json.loads(shown.stdout).get("floors", {})
    down = lowered(committed, FLOORS)
    assert not down, f"floors only go up; lowered: {down}"


# the gate's own logic, on made-up numbers

def test_gate_flags_a_metric_below_its_floor_and_only_raises_floors():
    values = {"seeds.core_recall": 0.5, "seeds.precision": 0.9}
    floors = {"seeds.core_recall": 0.6, "seeds.precision": 0.8}
    assert below_floor(values, floors) == ["seeds.core_recall = 0.5000 fell below its floor 0.6000"]
    assert raised_floors(values, floors, epsilon=0.05) == {"seeds.core_recall": 0.6, "seeds.precision": 0.85}
    assert lowered({"a": 0.5, "b": 0.2}, {"a": 0.4}) == ["a: 0.5 -> 0.4", "b: 0.2 -> None"]
