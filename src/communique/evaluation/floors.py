"""The evaluation gate: pinned floors (gold/floors.json) that measured scores must not fall below.

Pure: reports in, numbers and verdicts out. Floors only go up: ``raised_floors`` never lowers one.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

# metric name -> (which report, how to read the number from it)
METRICS: dict[str, tuple[str, Callable[[dict], float | None]]] = {
    "seeds.core_recall": ("seeds", lambda r: r["tiers"]["core"]["recall"]),
    "seeds.extended_recall": ("seeds", lambda r: r["tiers"]["extended"]["recall"]),
    "seeds.precision": ("seeds", lambda r: r["overall"]["precision"]),
    "seeds.f1": ("seeds", lambda r: r["overall"]["f1"]),
    "dev.precision": ("dev", lambda r: r["overall"]["precision"]),
    "dev.recall": ("dev", lambda r: r["overall"]["recall"]),
    "dev.core_recall": ("dev", lambda r: r["tiers"]["core"]["recall"]),
    "dev.f1": ("dev", lambda r: r["overall"]["f1"]),
    "dev.type_actors_f1": ("dev", lambda r: r["type_actors"]["f1"]),
    "dev.date_accuracy": ("dev", lambda r: r["fields"]["date"]["accuracy"]),
    "dev.status_accuracy": ("dev", lambda r: r["fields"]["status"]["accuracy"]),
    "devheldout.precision": ("devheldout", lambda r: r["overall"]["precision"]),
    "devheldout.recall": ("devheldout", lambda r: r["overall"]["recall"]),
    "devheldout.type_actors_f1": ("devheldout", lambda r: r["type_actors"]["f1"]),
    "devheldout.date_accuracy": ("devheldout", lambda r: r["fields"]["date"]["accuracy"]),
    "sentences.event_f1": ("sentences", lambda r: r["levels"]["event"]["f1"]),
    "sentences.type_f1": ("sentences", lambda r: r["levels"]["type"]["f1"]),
    "sentences.dyad_f1": ("sentences", lambda r: r["levels"]["dyad"]["f1"]),
    "sentences.cameo_root_f1": ("sentences", lambda r: r["levels"]["cameo_root"]["f1"]),
    "heldout.event_f1": ("heldout", lambda r: r["levels"]["event"]["f1"]),
    "heldout.type_f1": ("heldout", lambda r: r["levels"]["type"]["f1"]),
    "heldout.dyad_f1": ("heldout", lambda r: r["levels"]["dyad"]["f1"]),
    "train.event_f1": ("train", lambda r: r["levels"]["event"]["f1"]),
    "train.type_f1": ("train", lambda r: r["levels"]["type"]["f1"]),
    "heldout2.event_f1": ("heldout2", lambda r: r["levels"]["event"]["f1"]),
    "heldout2.type_f1": ("heldout2", lambda r: r["levels"]["type"]["f1"]),
    "heldout2.dyad_f1": ("heldout2", lambda r: r["levels"]["dyad"]["f1"]),
}

HOW_TO_RAISE = ("measure with `.venv/bin/python -m communique.evaluate --floors` and raise the floors with "
                "`--floors --write` (floors only go up; commit gold/floors.json with the change that earned them)")


def metric_values(reports: dict[str, dict[str, Any] | None]) -> dict[str, float | None]:
    """Every gate metric whose report is available (None where the report has no such number)."""
    values = {}
    for name, (which, read) in METRICS.items():
        report = reports.get(which)
        if report is not None:
            value = read(report)
            values[name] = 0.0 if value is None else float(value)
    return values


def below_floor(values: dict[str, float | None], floors: dict[str, float]) -> list[str]:
    """One message per metric measured below its floor."""
    failures = []
    for name, floor in sorted(floors.items()):
        value = values.get(name)
        if value is not None and value + 1e-9 < floor:
            failures.append(f"{name} = {value:.4f} fell below its floor {floor:.4f}")
    return failures


def raised_floors(values: dict[str, float | None], floors: dict[str, float], *, epsilon: float = 0.01) -> dict[str, float]:
    """New floors: the measured value minus ``epsilon`` where that is higher than the old floor."""
    new = dict(floors)
    for name, value in values.items():
        if value is None:
            continue
        candidate = round(max(0.0, value - epsilon), 4)
        if candidate > new.get(name, 0.0):
            new[name] = candidate
    return dict(sorted(new.items()))


def lowered(old: dict[str, float], new: dict[str, float]) -> list[str]:
    """Floors that went down (or disappeared) between two versions of floors.json."""
    return [f"{name}: {old[name]} -> {new.get(name)}" for name in sorted(old)
            if new.get(name) is None or new[name] + 1e-9 < old[name]]
