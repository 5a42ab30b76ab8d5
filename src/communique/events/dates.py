"""Dates of events: find date expressions in a sentence, resolve them against the published date.

Expressions are found with our own patterns (month-day, day-month, month-year, bare years,
weekdays, yesterday/last week/next month ...), so dateparser is only called on short strings,
never over a whole article. Resolution uses ``dateparser.date.DateDataParser`` with
``RELATIVE_BASE`` set to the article's published date.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import datetime

MONTHS = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
PATTERNS = [
    ("day", re.compile(rf"\b(?:{WEEKDAYS},?\s+)?{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*,?\s*\d{{4}})?\b")),
    ("day", re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTHS}(?:\s*,?\s*\d{{4}})?\b")),
    ("day", re.compile(r"\b(?:19|20)\d\d-[01]\d-[0-3]\d\b")),
    ("month", re.compile(rf"\b(?:early\s+|mid-?|late\s+)?{MONTHS}(?:\s*,?\s*(?:of\s+)?(?:19|20)\d\d)\b")),
    ("month", re.compile(rf"\b(?<=in )(?:early\s+|mid-?|late\s+)?{MONTHS}(?!\s*\d)")),
    ("relative", re.compile(r"\b(?:yesterday|today|tomorrow|tonight)\b", re.I)),
    ("relative", re.compile(r"\b(?:last|next|this|earlier this|later this)\s+(?:week|month|year)\b", re.I)),
    ("weekday", re.compile(rf"\b(?:on\s+|last\s+|next\s+|this\s+)?{WEEKDAYS}\b")),
    ("year", re.compile(r"(?<![\w-])(?:19|20)\d\d(?![\w-])")),
]
QUICK = re.compile(rf"{MONTHS}|{WEEKDAYS}|\b(?:19|20)\d\d\b|yesterday|today|tomorrow|tonight|\b(?:last|next|this) (?:week|month|year)\b", re.I)


@dataclass
class DateMention:
    start: int                  # char offsets in the text
    end: int
    text: str
    value: str                  # YYYY-MM-DD, YYYY-MM or YYYY
    precision: str              # day, month, year


@functools.lru_cache(maxsize=64)
def _parser(base: str | None, prefer: str):
    from dateparser.date import DateDataParser

    settings = {"PREFER_DATES_FROM": prefer}
    if base:
        settings["RELATIVE_BASE"] = datetime.fromisoformat(base)
    return DateDataParser(languages=["en"], settings=settings)


@functools.lru_cache(maxsize=4096)
def _resolve(text: str, base: str | None, prefer: str) -> tuple[str, str] | None:
    try:
        data = _parser(base, prefer).get_date_data(text)
    except Exception:  # dateparser raises assorted errors on odd strings; an unparsed date is no date
        return None
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj
    period = data.period or "day"
    if period == "year":
        return f"{d.year:04d}", "year"
    if period in ("month", "week"):
        return f"{d.year:04d}-{d.month:02d}", "month"
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}", "day"


def _has_year(text: str) -> bool:
    return bool(re.search(r"(?:19|20)\d\d", text))


def find_dates(text: str, offset: int = 0, published: str | None = None, prefer: str = "past") -> list[DateMention]:
    """Date expressions in ``text`` (a sentence), resolved; overlapping matches keep the longest."""
    if not QUICK.search(text):
        return []
    taken: list[tuple[int, int]] = []
    out: list[DateMention] = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            s, e = m.span()
            if any(s < te and e > ts for ts, te in taken):
                continue
            raw = m.group(0).strip()
            if kind == "year":
                value, precision = raw, "year"
            elif kind in ("relative", "weekday") and not published:
                continue
            elif kind in ("day", "month") and not _has_year(raw) and not published:
                continue
            else:
                phrase = re.sub(r"^(?:on|in)\s+", "", raw)
                phrase = re.sub(r"^(early|late)\s+|^mid-?", "", phrase)
                resolved = _resolve(phrase, published, prefer)
                if resolved is None:
                    continue
                value, precision = resolved
                if kind == "month" and precision == "day":
                    value, precision = value[:7], "month"
            taken.append((s, e))
            out.append(DateMention(offset + s, offset + e, raw, value, precision))
    out.sort(key=lambda d: d.start)
    return out
