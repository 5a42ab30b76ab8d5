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
    kind: str = "day"           # which pattern found it: day, month, relative, weekday, year
    explicit_year: bool = True  # False when the year came from the published date

    def forward(self, published: str | None) -> DateMention:
        """The same expression read as a future date ("will visit on September 3", "leaves on Wednesday")."""
        if self.explicit_year or not published or self.value[:len(published[:len(self.value)])] >= published[:len(self.value)]:
            return self
        if self.kind == "weekday":
            resolved = _weekday("next " + self.text.split()[-1], published)
            if resolved is None:
                return self
            value = resolved[0]
        elif self.kind in ("day", "month"):
            value = f"{int(self.value[:4]) + 1:04d}{self.value[4:]}"
        else:
            return self
        return DateMention(self.start, self.end, self.text, value, self.precision, self.kind, False)


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


WEEKDAY_NUM = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}


def _weekday(raw: str, published: str) -> tuple[str, str] | None:
    """"Thursday" in a news report: the latest Thursday on or before the published date ("next" looks ahead)."""
    from datetime import date, timedelta

    words = raw.lower().split()
    day = WEEKDAY_NUM.get(words[-1])
    if day is None:
        return None
    base = date.fromisoformat(published[:10])
    back = (base.weekday() - day) % 7
    when = base - timedelta(days=back)
    if words[0] == "next":
        when = base + timedelta(days=(day - base.weekday()) % 7 or 7)
    elif words[0] == "last" and back == 0:
        when = base - timedelta(days=7)
    return when.isoformat(), "day"


def _days_before(value: str, published: str) -> int:
    from datetime import date

    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        return (date.fromisoformat(published[:10]) - date(parts[0], parts[1], parts[2])).days
    except ValueError:
        return 0


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
            before = text[max(0, s - 7):s].lower()
            if re.search(r"\b(?:since|until|till|by)\s+$", before):
                continue      # "since 2001", "by 2030" date a state or a deadline, not the event
            if kind == "year":
                value, precision = raw, "year"
            elif kind == "weekday":
                if not published:
                    continue
                resolved = _weekday(raw, published)
                if resolved is None:
                    continue
                value, precision = resolved
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
            explicit = kind == "year" or _has_year(raw)
            if not explicit and published and kind == "day" and _days_before(value, published) > 183:
                # "April 29" in a March report is next April, not eleven months ago
                value = f"{int(value[:4]) + 1:04d}{value[4:]}"
            taken.append((s, e))
            out.append(DateMention(offset + s, offset + e, raw, value, precision, kind, explicit))
    out.sort(key=lambda d: d.start)
    return out
