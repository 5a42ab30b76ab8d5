"""Readers: files, directories, JSONL records and stdin into cleaned ``Article`` objects.

    paths.py     which files to read (directories recursive and sorted, ``-`` for stdin)
    encoding.py  bytes to text; binary and empty input refused
    text.py      .txt and any other text file
    html.py      .html/.htm pages via trafilatura (no network), figure captions kept
    jsonl.py     .jsonl/.json article records
    clean.py     page furniture removed, captions marked
    metadata.py  title, dates (stated or inferred), dateline, outlet, language
    article.py   puts the pieces together

Bad input never stops a batch: each refused file or line is recorded in the ``ReadReport`` with
its place (``file`` or ``file:LINE``) and a one-line reason, and reading goes on with the next one.
"""
from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..model import Article
from .encoding import decode
from .html import read_html
from .jsonl import iter_json, iter_jsonl
from .paths import Source, iter_sources, open_binary, read_limited, stdin_binary
from .text import read_text

DEFAULT_MAX_BYTES = 5_000_000

__all__ = ["DEFAULT_MAX_BYTES", "ReadReport", "read_paths", "read_source"]


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


def _sniff(first: bytes) -> str:
    head = first.lstrip(b"\xef\xbb\xbf \t\r\n")[:200].lower()
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith(b"["):
        return "json"
    if head.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body", b"<article")):
        return "html"
    return "text"


def _one(kind: str, data: bytes, source: Source, published: str | None) -> Iterator[Article | InputError]:
    path = str(source.path) if source.path else None
    try:
        if kind == "html":
            yield read_html(data, where=source.where, doc_id=source.doc_id, source_path=path, published=published)
        elif kind == "json":
            text, _ = decode(data, source.where)
            yield from iter_json(text, where=source.where, stem=source.doc_id, source_path=path, published=published)
        else:
            yield read_text(data, where=source.where, doc_id=source.doc_id, source_path=path, published=published)
    except InputError as exc:
        yield exc


def read_source(source: Source, *, max_bytes: int = DEFAULT_MAX_BYTES,
                published: str | None = None) -> Iterator[Article | InputError]:
    """Articles from one source, with an ``InputError`` in place of each thing that cannot be read."""
    path = str(source.path) if source.path else None
    try:
        if source.kind == "stdin":
            stream = stdin_binary()
            first = stream.readline()
            kind = _sniff(first)
            if kind == "jsonl":
                yield from iter_jsonl(itertools.chain([first], stream), where=source.where, stem=source.doc_id,
                                      max_bytes=max_bytes, published=published)
                return
            data = first + stream.read(max(0, max_bytes + 1 - len(first)))
            if len(data) > max_bytes:
                yield InputError(source.where, f"too large: more than --max-bytes {max_bytes:,} bytes")
                return
            yield from _one(kind, data, source, published)
        elif source.kind == "jsonl":
            with open_binary(source) as stream:
                yield from iter_jsonl(stream, where=source.where, stem=source.doc_id, max_bytes=max_bytes,
                                      source_path=path, published=published)
        else:
            yield from _one(source.kind, read_limited(source, max_bytes), source, published)
    except InputError as exc:
        yield exc
    except OSError as exc:
        yield InputError(source.where, f"unreadable: {exc}")


def read_paths(
    paths: Iterable[str | Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    published: str | None = None,
    report: ReadReport | None = None,
) -> Iterator[Article]:
    """Yield the articles found in the given paths (files, directories, ``-`` for stdin)."""
    report = report if report is not None else ReadReport()
    if published is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", published):
        raise InputError("--published", f"expected a date as YYYY-MM-DD, got {published!r}")
    for source in iter_sources(paths):
        if isinstance(source, InputError):
            report.skip(source)
            continue
        for item in read_source(source, max_bytes=max_bytes, published=published):
            if isinstance(item, InputError):
                report.skip(item)
            else:
                report.read += 1
                yield item
