"""Put an ``Article`` together: clean the text, then fill the metadata the source did not give.

Precedence for each field: the ``published=`` override of the run, then what the source states
(JSONL record fields, HTML page metadata), then what the text states (byline, date line, dateline,
sign-off), then what can be inferred (marked ``published_inferred``).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..errors import InputError
from ..model import Article
from . import metadata as md
from .clean import agency_name, clean_text

_MIN_WORDS = 8


def build_article(
    text: str,
    *,
    doc_id: str,
    where: str,
    source_path: str | None = None,
    title: str | None = None,
    published: str | None = None,
    outlet: str | None = None,
    byline: str | None = None,
    url: str | None = None,
    language: str | None = None,
    override_published: str | None = None,
    captions: Iterable[str] = (),
    find_title: bool = True,
) -> Article:
    """Clean ``text`` and return the article; raise ``InputError`` when no article text is left."""
    cleaned = clean_text(text, title=title, captions=captions, find_title=find_title and not title)
    body = cleaned.body
    if len(re.findall(r"\w+", body)) < _MIN_WORDS:
        detail = "only page furniture" if text.strip() else "nothing"
        raise InputError(where, f"no article text: {detail} left after cleaning")

    dateline = md.find_dateline(body)
    if dateline and agency_name(dateline.place or ""):
        # "TTXVN - ..." / "REUTERS - ...": an agency credit where a place would stand.
        dateline.agency, dateline.place = dateline.agency or dateline.place, None
    outlet = outlet or cleaned.outlet
    if not outlet and dateline and dateline.agency:
        outlet = agency_name(dateline.agency) or dateline.agency

    inferred = False
    if override_published:
        published = override_published
    elif not published:
        published = cleaned.published or _stated_date(body, dateline)
        if not published:
            published = md.infer_published(body, dateline)
            inferred = published is not None

    return Article(
        doc_id=doc_id,
        body=body,
        title=title or cleaned.title,
        published=published,
        published_inferred=inferred,
        outlet=outlet,
        byline=byline or cleaned.byline,
        dateline=dateline.place if dateline and dateline.place else None,
        language=language or md.detect_language(body),
        url=url,
        captions=cleaned.captions,
        caption_spans=cleaned.caption_spans,
        source_path=source_path,
    )


def _stated_date(body: str, dateline: md.Dateline | None) -> str | None:
    """A date the text states as its own: a dateline with a year, or a date line near the top."""
    if dateline and dateline.date:
        return dateline.date
    for line in body.split("\n")[:6]:
        date = md.date_only_line(line)
        if date:
            return date
    return None
