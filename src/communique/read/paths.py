"""Expand the paths a user gives into input sources: files, directories (recursive, sorted) and ``-``.

In a directory, hidden files and folders (".name") are skipped, and so are README, LICENSE and
CHANGELOG files, which document a folder of articles rather than being articles. A file named
explicitly is always read. ``name.ext.gz`` is read as ``name.ext``, decompressed.
"""
from __future__ import annotations

import gzip
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError

_KINDS = {".html": "html", ".htm": "html", ".xhtml": "html", ".jsonl": "jsonl", ".ndjson": "jsonl",
          ".json": "json"}
_NOT_ARTICLES = ("readme", "license", "licence", "changelog")
STDIN = "-"


@dataclass
class Source:
    where: str                 # how reports name it: the path as given, or "<stdin>"
    kind: str                  # text, html, jsonl, json
    doc_id: str                # file name without extension
    path: Path | None = None   # None for stdin
    compressed: bool = False


def kind_of(name: str) -> tuple[str, bool]:
    """(kind, gzip-compressed) from a file name."""
    lower = name.lower()
    compressed = lower.endswith(".gz")
    if compressed:
        lower = lower[:-3]
    suffix = Path(lower).suffix
    return _KINDS.get(suffix, "text"), compressed


def _doc_id(path: Path) -> str:
    name = path.name[:-3] if path.name.lower().endswith(".gz") else path.name
    return Path(name).stem or name


def _source(path: Path, where: str) -> Source:
    kind, compressed = kind_of(path.name)
    return Source(where=where, kind=kind, doc_id=_doc_id(path), path=path, compressed=compressed)


def _walk(folder: Path) -> Iterator[Path]:
    entries = sorted(folder.iterdir(), key=lambda p: p.name)
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry)
        elif entry.is_file() and not entry.name.lower().startswith(_NOT_ARTICLES):
            yield entry


def iter_sources(paths: Iterable[str | Path]) -> Iterator[Source | InputError]:
    """Sources in the order given (directory contents sorted); a missing path yields an ``InputError``."""
    for given in paths:
        text = str(given)
        if text == STDIN:
            yield Source(where="<stdin>", kind="stdin", doc_id="stdin")
            continue
        path = Path(text)
        if path.is_dir():
            for file in _walk(path):
                yield _source(file, str(file))
        elif path.is_file():
            yield _source(path, text)
        elif path.exists():
            yield InputError(text, "not a regular file")
        else:
            yield InputError(text, "not found: no such file or directory")


def open_binary(source: Source) -> BinaryIO:
    """Open a file source for reading bytes (decompressing ``.gz``)."""
    assert source.path is not None
    try:
        return gzip.open(source.path, "rb") if source.compressed else open(source.path, "rb")  # noqa: SIM115
    except OSError as exc:
        raise InputError(source.where, f"unreadable: {exc.strerror or exc}") from exc


def read_limited(source: Source, max_bytes: int) -> bytes:
    """All bytes of a file source, refusing it when it is larger than ``max_bytes``."""
    assert source.path is not None
    try:
        size = source.path.stat().st_size
    except OSError as exc:
        raise InputError(source.where, f"unreadable: {exc.strerror or exc}") from exc
    if size > max_bytes and not source.compressed:
        raise InputError(source.where, f"too large: {size:,} bytes, more than --max-bytes {max_bytes:,}")
    with open_binary(source) as fh:
        try:
            data = fh.read(max_bytes + 1)
        except (OSError, EOFError, gzip.BadGzipFile) as exc:
            raise InputError(source.where, f"unreadable: {exc}") from exc
    if len(data) > max_bytes:
        raise InputError(source.where, f"too large: more than --max-bytes {max_bytes:,} bytes")
    return data


def stdin_binary() -> BinaryIO:
    return sys.stdin.buffer
