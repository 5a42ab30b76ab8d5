"""Render records (dicts) as JSON lines, CSV or a plain-text table."""
from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Sequence
from typing import Any, TextIO


def write_jsonl(records: Iterable[dict[str, Any]], out: TextIO | None = None) -> int:
    out = out or sys.stdout
    n = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


def flatten(record: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested dicts become dotted columns; lists become JSON text."""
    flat: dict[str, Any] = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, name + "."))
        elif isinstance(value, (list, tuple)):
            flat[name] = json.dumps(value, ensure_ascii=False)
        else:
            flat[name] = value
    return flat


def write_csv(records: Iterable[dict[str, Any]], out: TextIO | None = None, columns: Sequence[str] | None = None) -> int:
    out = out or sys.stdout
    rows = [flatten(r) for r in records]
    if columns is None:
        columns = []
        for row in rows:
            for key in row:
                if key not in columns:
                    columns.append(key)
    writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    return len(rows)


def _cell(value: Any, width: int) -> str:
    text = "" if value is None else str(value)
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def write_table(records: Iterable[dict[str, Any]], columns: Sequence[tuple[str, str, int]],
                out: TextIO | None = None) -> int:
    """``columns``: (header, dotted key, max width)."""
    out = out or sys.stdout
    rows = [flatten(r) for r in records]
    cells = [[_cell(row.get(key), width) for _, key, width in columns] for row in rows]
    widths = [max([len(h)] + [len(c[i]) for c in cells]) for i, (h, _, _) in enumerate(columns)]
    out.write("  ".join(h.ljust(w) for (h, _, _), w in zip(columns, widths)).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for c in cells:
        out.write("  ".join(v.ljust(w) for v, w in zip(c, widths)).rstrip() + "\n")
    return len(rows)


EVENT_COLUMNS = [
    ("date", "date", 10),
    ("type", "type", 9),
    ("mode", "mode", 12),
    ("cameo", "cameo", 5),
    ("source", "source.name", 24),
    ("src", "source.country", 4),
    ("target", "target.name", 24),
    ("tgt", "target.country", 4),
    ("status", "status", 10),
    ("place", "location.name", 18),
    ("n", "n_sources", 3),
    ("evidence", "sentence", 60),
]


def write_records(records: Iterable[dict[str, Any]], fmt: str, columns: Sequence[tuple[str, str, int]] | None = None,
                  out: TextIO | None = None) -> int:
    out = out or sys.stdout
    if fmt == "jsonl":
        return write_jsonl(records, out)
    if fmt == "json":
        items = list(records)
        out.write(json.dumps(items, ensure_ascii=False, indent=2) + "\n")
        return len(items)
    if fmt == "csv":
        return write_csv(records, out)
    records = list(records)
    if columns is None:
        keys = list(flatten(records[0]).keys()) if records else []
        columns = [(k, k, 30) for k in keys]
    return write_table(records, columns, out)


class Progress:
    """A one-line progress counter on stderr; silent when stderr is not a terminal or when quiet."""

    def __init__(self, label: str, total: int | None = None, quiet: bool = False, stream: TextIO | None = None):
        self.stream = stream or sys.stderr
        self.enabled = not quiet and hasattr(self.stream, "isatty") and self.stream.isatty()
        self.label = label
        self.total = total
        self.count = 0

    def update(self, n: int = 1) -> None:
        self.count += n
        if self.enabled:
            of = f"/{self.total}" if self.total else ""
            self.stream.write(f"\r{self.label}: {self.count}{of}")
            self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.count:
            self.stream.write("\n")
            self.stream.flush()
