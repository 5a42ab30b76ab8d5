"""Article records: JSON Lines (.jsonl, one record a line) and JSON (.json, a record or a list).

A record is ``{"id","title","text","published","outlet","url","language"}``; only ``text`` is
required. A malformed line or a record without text is reported as ``file:LINE`` and the rest
of the file is read. JSONL is streamed line by line, so ``max_bytes`` limits each record, not the
file: a dump of millions of articles reads in constant memory.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import InputError
from ..model import Article
from .article import build_article

_FIELDS = ("id", "title", "text", "published", "outlet", "url", "language")


def _optional_text(record: dict[str, Any], key: str, where: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if isinstance(value, (int, float)) and key == "id":
        return str(value)
    if not isinstance(value, str):
        raise InputError(where, f"bad record: '{key}' must be text, not {type(value).__name__}")
    return value.strip() or None


def _published(value: str | None, where: str) -> str | None:
    if value is None:
        return None
    m = re.match(r"(\d{4}-\d\d-\d\d)(?:$|[T ])", value)
    if not m:
        raise InputError(where, f"bad record: 'published' must be YYYY-MM-DD, not {value!r}")
    return m.group(1)


def article_from_record(record: Any, *, where: str, default_id: str, source_path: str | None = None,
                        published: str | None = None) -> Article:
    """One article from a decoded record; ``InputError`` when it is not a usable record."""
    if not isinstance(record, dict):
        raise InputError(where, f"bad record: expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if text is None:
        raise InputError(where, "no text: the record has no 'text' field")
    if not isinstance(text, str):
        raise InputError(where, f"no text: 'text' must be text, not {type(text).__name__}")
    if not text.strip():
        raise InputError(where, "no text: the record's 'text' is empty")
    fields = {key: _optional_text(record, key, where) for key in _FIELDS if key != "text"}
    return build_article(
        text,
        doc_id=fields["id"] or default_id,
        where=where,
        source_path=source_path,
        title=fields["title"],
        published=_published(fields["published"], where),
        outlet=fields["outlet"],
        url=fields["url"],
        language=fields["language"],
        override_published=published,
        find_title=False,
    )


def iter_jsonl(lines: Iterable[bytes], *, where: str, stem: str, max_bytes: int, source_path: str | None = None,
               published: str | None = None) -> Iterator[Article | InputError]:
    """Articles (or the error for each bad line) from the lines of a JSONL file."""
    seen_any = False
    blank_only = True
    for number, raw in enumerate(lines, 1):
        seen_any = True
        here = f"{where}:{number}"
        if len(raw) > max_bytes:
            yield InputError(here, f"too large: record of {len(raw):,} bytes, more than --max-bytes {max_bytes:,}")
            continue
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if not raw.strip():
            continue
        blank_only = False
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield InputError(here, f"undecodable: line is not UTF-8 ({exc.reason} at byte {exc.start})")
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(here, f"malformed JSON: {exc.msg} at column {exc.colno}")
            continue
        try:
            yield article_from_record(record, where=here, default_id=f"{stem}:{number}", source_path=source_path,
                                      published=published)
        except InputError as exc:
            yield exc
    if not seen_any:
        yield InputError(where, "empty file: 0 bytes")
    elif blank_only:
        yield InputError(where, "empty file: only whitespace")


def iter_json(text: str, *, where: str, stem: str, source_path: str | None = None,
              published: str | None = None) -> Iterator[Article | InputError]:
    """Articles from a JSON document holding one record or a list of records."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":     # JSON Lines saved as .json
            yield from iter_jsonl(text.encode("utf-8").splitlines(), where=where, stem=stem,
                                  max_bytes=len(text.encode("utf-8")) + 1, source_path=source_path,
                                  published=published)
            return
        yield InputError(where, f"malformed JSON: {exc.msg} at line {exc.lineno} column {exc.colno}")
        return
    if isinstance(data, dict):
        try:
            yield article_from_record(data, where=where, default_id=stem, source_path=source_path,
                                      published=published)
        except InputError as exc:
            yield exc
        return
    if not isinstance(data, list):
        yield InputError(where, f"bad record: expected an object or a list of objects, got {type(data).__name__}")
        return
    if not data:
        yield InputError(where, "empty file: the list holds no records")
        return
    for number, record in enumerate(data, 1):
        here = f"{where}:{number}"
        try:
            yield article_from_record(record, where=here, default_id=f"{stem}:{number}", source_path=source_path,
                                      published=published)
        except InputError as exc:
            yield exc
