"""`communique eval`: score coded events against gold (the I/O edge of ``communique.evaluation``).

    communique eval ../shared/gold/seeds.json ../shared/seeds/*.txt     code the files, score them
    communique eval gold/dev-events.json                                 code the gold's corpus records
    communique eval gold/dev-events.json --pred events.jsonl             score events coded earlier
    communique eval gold/sentences.jsonl --sentences                     sentence-level check

Reading gold, reading the corpus, running the pipeline and printing happen here; the scoring
itself is pure (``communique.evaluation.score`` / ``.sentences``).
"""
from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .errors import GoldError, InputError
from .evaluation.report import format_event_report, format_sentence_report
from .evaluation.score import document_keys, resolve_doc, score_events, validate_gold
from .evaluation.sentences import score_sentences, validate_sentence_gold
from .model import Article


# ------------------------------------------------------------------------------------------ loading

def load_gold(path: str | Path) -> dict:
    """Read and validate an article-level gold file (JSON)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise GoldError(f"{path}: cannot read the gold file ({exc.strerror or exc})") from exc
    except json.JSONDecodeError as exc:
        raise GoldError(f"{path}, line {exc.lineno}: not valid JSON ({exc.msg})") from exc
    return validate_gold(data, where=str(path))


def _read_jsonl(path: str | Path, what: str) -> list[dict]:
    items = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(str(path), f"cannot read the {what} ({exc.strerror or exc})") from exc
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            items.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{n}", f"not valid JSON ({exc.msg}); expected one {what} record per line") from exc
    return items


def load_sentence_gold(path: str | Path) -> list[dict]:
    """Read and validate sentence-level gold (JSONL)."""
    try:
        items = _read_jsonl(path, "sentence gold")
    except InputError as exc:
        raise GoldError(str(exc)) from exc
    return validate_sentence_gold(items, where=str(path))


def load_predictions(path: str | Path) -> list[dict]:
    """Event records (JSONL, the `communique extract` format)."""
    return _read_jsonl(path, "event")


def resolve_corpus(gold: dict, gold_path: str | Path, corpus: str | Path | None = None) -> Path | None:
    """The corpus file holding the gold's documents: given, or named in the gold (relative to the
    working directory, the gold file, or the checkout)."""
    name = corpus or gold.get("corpus")
    if not name:
        return None
    name = Path(name)
    gold_dir = Path(gold_path).resolve().parent
    for candidate in (name, gold_dir / name, gold_dir.parent / name):
        if candidate.is_file():
            return candidate
    if corpus:
        raise InputError(str(corpus), "corpus file not found")
    return None


def corpus_records(path: str | Path, ids: Iterable[str]) -> dict[str, dict]:
    """The records of a JSONL corpus whose id is one of ``ids``, by id."""
    wanted = set(ids)
    found = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            record = json.loads(line)
            if record.get("id") in wanted:
                found[record["id"]] = record
    return found


# ------------------------------------------------------------------------------------------ coding

def code_paths(paths: Iterable[str], *, n_process: int = 1) -> list[dict]:
    """Run the real pipeline (reader included) on files; return event records."""
    from .jobs import extract_paths
    from .read import ReadReport

    report = ReadReport()
    events = [e.to_dict() for r in extract_paths(list(paths), report=report, n_process=n_process) for e in r.events]
    for where, reason in report.skipped:
        print(f"skipped {where}: {reason}", file=sys.stderr)
    return events


def code_records(records: Iterable[dict], *, n_process: int = 1) -> list[dict]:
    """Code corpus records through the JSONL reader, exactly as `communique extract file.jsonl` would."""
    with tempfile.TemporaryDirectory(prefix="communique-eval-") as tmp:
        path = Path(tmp) / "gold-documents.jsonl"
        with open(path, "w", encoding="utf-8") as f:
            for record in records:
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
        return code_paths([str(path)], n_process=n_process)


def code_sentences(items: list[dict], *, n_process: int = 1) -> list[dict]:
    """Code each gold sentence as an article of its own (doc_id = sentence id)."""
    from .pipeline import code_articles

    articles = [Article(doc_id=item["id"], body=item["text"], published=item.get("published"))
                for item in items]
    return [e.to_dict() for r in code_articles(articles, n_process=n_process) for e in r.events]


# ------------------------------------------------------------------------------------------ library API

def evaluate_gold(gold_path: str | Path, *, paths: list[str] | None = None, pred: str | None = None,
                  corpus: str | None = None, n_process: int = 1) -> dict[str, Any]:
    """Score against article-level gold; outputs come from ``pred``, from ``paths``, or from the
    gold's corpus records. Returns the report dict of ``score_events``."""
    gold = load_gold(gold_path)
    keys = document_keys(gold)
    corpus_path = resolve_corpus(gold, gold_path, corpus)
    records = corpus_records(corpus_path, keys) if corpus_path else {}
    if pred:
        outputs = load_predictions(pred)
    elif paths:
        outputs = code_paths(paths, n_process=n_process)
    elif records:
        outputs = code_records([records[k] for k in keys if k in records], n_process=n_process)
    else:
        raise GoldError(f"{gold_path}: nothing to score: give article paths, --pred EVENTS.jsonl, "
                        "or --corpus FILE holding the gold's documents")
    texts = {k: r.get("text") or "" for k, r in records.items()}
    report = score_events(gold, outputs, texts=texts)
    report["counts"]["documents_found_in_corpus"] = len(records) if records else None
    return report


def evaluate_sentences(gold_path: str | Path, *, pred: str | None = None, n_process: int = 1) -> dict[str, Any]:
    items = load_sentence_gold(gold_path)
    outputs = load_predictions(pred) if pred else code_sentences(items, n_process=n_process)
    return score_sentences(items, outputs)


# ------------------------------------------------------------------------------------------ CLI

def run_eval(args) -> int:
    """The `communique eval` command; ``args`` from cli.py."""
    n_process = getattr(args, "processes", 1) or 1
    details = getattr(args, "details", False)
    if getattr(args, "sentences", False):
        report = evaluate_sentences(args.gold, pred=args.pred, n_process=n_process)
        text = format_sentence_report(report, details=details)
    else:
        report = evaluate_gold(args.gold, paths=args.paths, pred=args.pred,
                               corpus=getattr(args, "corpus", None), n_process=n_process)
        text = format_event_report(report, details=details, title=str(args.gold))
    if args.format == "json":
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(text)
    return 0


# ------------------------------------------------------------------------------------------ the gate

CHECKOUT = Path(__file__).resolve().parents[2]
GOLD_DIR = CHECKOUT / "gold"
SHARED = CHECKOUT.parent / "shared"
FLOORS_FILE = GOLD_DIR / "floors.json"


# gate report name -> sentence-level gold file in gold/ (see gold/README.md)
SENTENCE_SETS = {"sentences": "sentences.jsonl", "train": "sentences-train.jsonl",
                 "heldout": "sentences-heldout.jsonl", "heldout2": "sentences-heldout2.jsonl"}


def gate_inputs(shared: Path = SHARED, gold_dir: Path = GOLD_DIR) -> dict[str, dict]:
    """What each gate report is computed from; a report whose files are absent is left out."""
    inputs: dict[str, dict] = {}
    seeds_gold, seeds = shared / "gold" / "seeds.json", sorted((shared / "seeds").glob("*.txt"))
    if seeds_gold.is_file() and seeds:
        inputs["seeds"] = {"gold": seeds_gold, "paths": [str(p) for p in seeds]}
    dev_gold, corpus = gold_dir / "dev-events.json", shared / "corpus" / "diplomacy-dev.jsonl"
    if dev_gold.is_file() and corpus.is_file():
        inputs["dev"] = {"gold": dev_gold, "corpus": str(corpus)}
    held_gold = gold_dir / "dev-heldout-events.json"
    if held_gold.is_file() and corpus.is_file():
        inputs["devheldout"] = {"gold": held_gold, "corpus": str(corpus)}
    for which, name in SENTENCE_SETS.items():
        if (gold_dir / name).is_file():
            inputs[which] = {"gold": gold_dir / name}
    return inputs


def gate_report(which: str, spec: dict, *, n_process: int = 1) -> dict[str, Any]:
    if which in SENTENCE_SETS:
        return evaluate_sentences(spec["gold"], n_process=n_process)
    return evaluate_gold(spec["gold"], paths=spec.get("paths"), corpus=spec.get("corpus"), n_process=n_process)


def load_floors(path: Path = FLOORS_FILE) -> dict[str, float]:
    if not path.is_file():
        return {}
    return json.loads(path.read_text(encoding="utf-8")).get("floors", {})


def write_floors(floors: dict[str, float], path: Path = FLOORS_FILE) -> None:
    data = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    data.setdefault("about", "Evaluation gate: tests/test_gate.py fails when a measured score falls below "
                             "its floor. Floors only go up. See gold/README.md.")
    data["floors"] = floors
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def floors_main(argv: list[str] | None = None) -> int:
    """`python -m communique.evaluate --floors [--write] [--epsilon E]`: measure the gate metrics."""
    import argparse

    from .evaluation.floors import below_floor, metric_values, raised_floors

    parser = argparse.ArgumentParser(prog="python -m communique.evaluate",
                                     description="Measure the evaluation-gate metrics against gold/floors.json.")
    parser.add_argument("--floors", action="store_true", required=True)
    parser.add_argument("--write", action="store_true", help="raise floors to measured - epsilon (never lowers)")
    parser.add_argument("--epsilon", type=float, default=0.01)
    args = parser.parse_args(argv)
    reports = {which: gate_report(which, spec) for which, spec in gate_inputs().items()}
    values = metric_values(reports)
    floors = load_floors()
    for name, value in sorted(values.items()):
        print(f"{name:26} {value:.4f}   floor {floors.get(name, 0.0):.4f}")
    for failure in below_floor(values, floors):
        print(f"BELOW FLOOR: {failure}", file=sys.stderr)
    if args.write:
        write_floors(raised_floors(values, floors, epsilon=args.epsilon))
        print(f"wrote {FLOORS_FILE}", file=sys.stderr)
    return 0


__all__ = ["run_eval", "evaluate_gold", "evaluate_sentences", "load_gold", "load_sentence_gold",
           "load_predictions", "code_paths", "code_records", "code_sentences", "corpus_records",
           "resolve_doc", "score_events", "score_sentences"]


if __name__ == "__main__":  # pragma: no cover
    sys.exit(floors_main())
