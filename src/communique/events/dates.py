"""Dates of events: find date expressions in a sentence, resolve them against the published date.

Expressions are found with our own patterns (month-day, day-month, month-year, bare years,
weekdays, yesterday/last week/next month ...), so dateparser is only called on short strings,
never over a whole article. Resolution uses ``dateparser.date.DateDataParser`` with
``RELATIVE_BASE`` set to the article's published date.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

MONTHS = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# "HANOI, Nov. 19, 2006 (Xinhua) -": the date a wire story was filed, not the date of an event in it
DATELINE = re.compile(rf"^\s*[A-Z][A-Z.'’ -]+(?:,\s*[A-Za-z.'’ -]+?)?,\s*(?:{WEEKDAYS},?\s*)?({MONTHS}\s+\d{{1,2}}(?:\s*,\s*\d{{4}})?)\s*(?:\([^)]{{1,30}}\))?\s*[-–—:]*")
PATTERNS = [
    ("dateline", DATELINE),
    # "from Dec. 4 to 15", "April 29 to May 5", "June 24 through 26": dated by the first day too
    ("range", re.compile(rf"\b{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?\s*(?:-|–|to|through|till|until)\s*(?:{MONTHS}\s+)?\d{{1,2}}(?:st|nd|rd|th)?(?![\d:])(?:\s*,?\s*\d{{4}})?\b")),
    ("day", re.compile(rf"\b(?:{WEEKDAYS},?\s+)?{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?(?![\d:])(?:\s*,?\s*\d{{4}})?\b")),
    # "7th to 9th December", "7-9 December": the range is dated by its first day
    ("range", re.compile(rf"\b(?:from\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s*(?:-|–|to|and|till|until)\s*\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTHS}(?:\s*,?\s*\d{{4}})?\b")),
    ("day", re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTHS}(?:\s*,?\s*\d{{4}})?\b")),
    ("day", re.compile(r"\b(?:19|20)\d\d-[01]\d-[0-3]\d\b")),
    ("month", re.compile(rf"\b(?:early\s+|mid-?|late\s+)?{MONTHS}(?:\s*,?\s*(?:of\s+)?(?:19|20)\d\d)\b")),
    ("month", re.compile(rf"\b(?<=in )(?:early\s+|mid-?|late\s+)?{MONTHS}(?!\s*\d)")),
    # "last April", "next March", "this June": a month placed by the report's month, no day after it
    ("relative", re.compile(rf"\b(?:last|next|this)\s+{MONTHS}(?!\s*\d)")),
    ("relative", re.compile(r"\b(?:yesterday|today|tomorrow|tonight)\b", re.I)),
    ("relative", re.compile(r"\b(?:(?:early|late|mid-?)\s*)?(?:last|next|this|earlier this|later this|early this|late this)\s+(?:week|month|year)\b", re.I)),
    ("weekday", re.compile(rf"\b(?:on\s+|last\s+|next\s+|this\s+)?{WEEKDAYS}\b")),
    ("year", re.compile(r"(?<![\w$£€.,:-])(?:19|20)\d\d(?![\w:-]|\s*(?:GMT|UTC|hours?\b|hrs\b|local time\b|[ap]\.?m\b|(?:mln |million |billion )?(?:dollars|dlrs|euros|yuan|yen|pounds|people|troops|soldiers|tonnes|tons|km|kilometers|members|units)\b))")),
]
RANGE_END = re.compile(r"^(?:from\s+)?(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|and|till|until)\s*\d{1,2}(?:st|nd|rd|th)?")
RANGE_TAIL = re.compile(rf"\s*(?:-|–|to|through|till|until)\s*(?:{MONTHS}\s+)?\d{{1,2}}(?:st|nd|rd|th)?(?![\d:])")
# "in June.": the period after a month written in full ends the sentence, it is no abbreviation's
FULL_MONTH_STOP = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\.$")
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
    ahead: str | None = None    # a weekday read as the coming one (the report day itself if it is that day)

    def forward(self, published: str | None) -> DateMention:
        """The same expression read as a future date ("will visit on September 3", "leaves on Wednesday")."""
        if self.explicit_year or not published or self.value[:len(published[:len(self.value)])] >= published[:len(self.value)]:
            return self
        if self.kind == "weekday":
            resolved = _weekday("next " + self.text.split()[-1], published)
            if resolved is None:
                return self
            value = resolved[0]
        elif self.kind in ("day", "month", "range"):
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


def _coming(raw: str, published: str) -> str | None:
    """A bare weekday read as the coming one: the report day itself when it is that weekday
    ("will leave on Friday" in a Friday report is today), else the next such day. "last"/"next"
    already say which week."""
    words = raw.lower().split()
    day = WEEKDAY_NUM.get(words[-1])
    if day is None or words[0] in ("last", "next"):
        return None
    base = date.fromisoformat(published[:10])
    return (base + timedelta(days=(day - base.weekday()) % 7)).isoformat()


def _relative(raw: str, published: str) -> tuple[str, str] | None:
    """today, yesterday, tomorrow; last/this/next week (month precision), month, year; earlier/later this ...;
    last/this/next with a month's name."""
    words = raw.lower().replace("-", " ").split()
    base = date.fromisoformat(published[:10])
    unit = words[-1]
    if unit in ("today", "tonight", "yesterday", "tomorrow"):
        shift = {"yesterday": -1, "tomorrow": 1}.get(unit, 0)
        return (base + timedelta(days=shift)).isoformat(), "day"
    step = -1 if "last" in words else 1 if "next" in words else 0
    if unit == "week":
        when = base + timedelta(days=7 * step)
        return f"{when.year:04d}-{when.month:02d}", "month"
    if unit == "month":
        month = base.year * 12 + base.month - 1 + step
        return f"{month // 12:04d}-{month % 12 + 1:02d}", "month"
    if unit == "year":
        return f"{base.year + step:04d}", "year"
    if (named := MONTH_NUM.get(unit[:3])) is not None:
        return _named_month(named, step, base), "month"
    return None


MONTH_NUM = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                             "nov", "dec"])}


def _named_month(month: int, step: int, base: date) -> str:
    """"last April" is the latest April before the report's month (a year back in an April report),
    "next April" the first one after it, "this April" the report year's."""
    year = base.year
    if step < 0 and month >= base.month or step > 0 and month <= base.month:
        year += step
    return f"{year:04d}-{month:02d}"


# ------------------------------------------------------------------------------------------ intervals
# What span of days a resolved date stands for. The date itself stays YYYY-MM-DD / YYYY-MM / YYYY;
# the interval says what the phrase meant: "last week" is a Monday-Sunday week, not its whole month.

_SPAN_PHRASE = re.compile(r"^(?:(early|mid|late)\s*)?(last|next|this|earlier this|later this|early this|late this)"
                          r"\s+(week|month|year)$")
_PART_OF_MONTH = re.compile(rf"^(early|mid|late)\s*{MONTHS}", re.I)
RANGE_LAST = re.compile(rf"\d{{1,2}}(?:st|nd|rd|th)?\s*(?:-|–|to|and|through|till|until)\s*({MONTHS}\s+)?"
                        rf"(\d{{1,2}})(?:st|nd|rd|th)?\b", re.I)


def interval(value: str | None, text: str | None, published: str | None) -> tuple[str, str] | None:
    """First and last day (ISO) that a resolved date means, from the words it came from and the
    report day: a day is itself, "7th to 9th December" runs to the 9th, "late April" is April
    21-30, "last week" the Monday-Sunday before the report's week, "earlier this month" the 1st to
    the day before the report; otherwise the whole month or year of ``value``."""
    bounds = _bounds(value)
    if bounds is None:
        return None
    first, last = bounds
    said = re.sub(r"^(?:on|in|from)\s+", "", (text or "").strip().lower())
    phrase = re.sub(r"[\s-]+", " ", said)
    if len(value) == 10 and (m := RANGE_LAST.search(said)):
        last = _range_last(first, m.group(1), int(m.group(2))) or last
    elif published and len(published) >= 10 and (m := _SPAN_PHRASE.match(phrase)):
        first, last = _phrase_span(m.group(1), m.group(2), m.group(3), date.fromisoformat(published[:10]))
    elif len(value) == 7 and (m := _PART_OF_MONTH.match(phrase)):
        first, last = _part(m.group(1), first, last)
    return first.isoformat(), last.isoformat()


def _range_last(first, month_word: str | None, day: int):
    """The last day of a range starting on ``first``: "to 15" stays in its month, "to May 5" moves on
    (into the next year when the month comes round again); None when it does not follow ``first``."""
    month = first.month
    if month_word:
        found = _resolve(month_word.strip() + " 1 2000", None, "past")
        if found is None:
            return None
        month = int(found[0][5:7])
    year = first.year + (month < first.month)
    try:
        last = date(year, month, day)
    except ValueError:
        return None
    return last if first < last <= first.replace(year=first.year + 1) else None


def _bounds(value: str | None):
    if not value:
        return None
    try:
        parts = [int(p) for p in value[:10].split("-")]
        if len(parts) == 3:
            day = date(*parts)
            return day, day
        if len(parts) == 2:
            first = date(parts[0], parts[1], 1)
            return first, _month_end(first)
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    except ValueError:
        return None


def _month_end(day):
    following = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return following - timedelta(days=1)


def _unit_span(unit: str, step: int, ref):
    """The calendar week (Monday-Sunday), month or year ``step`` units from the one holding ``ref``."""
    if unit == "week":
        monday = ref - timedelta(days=ref.weekday()) + timedelta(days=7 * step)
        return monday, monday + timedelta(days=6)
    if unit == "month":
        n = ref.year * 12 + ref.month - 1 + step
        first = date(n // 12, n % 12 + 1, 1)
        return first, _month_end(first)
    return date(ref.year + step, 1, 1), date(ref.year + step, 12, 31)


def _phrase_span(part: str | None, which: str, unit: str, base):
    """The days of "last week", "early next month", "later this year" ... written on ``base``.

    A report dated on a Sunday stands between two weeks: its "last/this/next week" covers what the
    phrase means written on the Saturday before and on the Monday after."""
    words = which.split()
    step = {"last": -1, "next": 1}.get(words[0], 0)
    if unit == "week" and base.weekday() == 6 and words[0] in ("last", "this", "next"):
        a = _unit_span(unit, step, base - timedelta(days=1))
        b = _unit_span(unit, step, base + timedelta(days=1))
        first, last = min(a[0], b[0]), max(a[1], b[1])
    else:
        first, last = _unit_span(unit, step, base)
    if words[0] == "earlier":
        last = max(first, min(last, base - timedelta(days=1)))
    elif words[0] == "later":
        first = min(last, max(first, base + timedelta(days=1)))
    part = part or {"early": "early", "late": "late"}.get(words[0])
    return _part(part, first, last) if part else (first, last)


def _part(part: str | None, first, last):
    """The early, middle or late part of a week (Mon-Wed, Tue-Thu, Thu-Sun), a month (1-10, 11-20,
    21-end) or a year (Jan-Apr, May-Aug, Sep-Dec); any other span is kept whole."""
    days = (last - first).days + 1
    if not part or days not in (7, 28, 29, 30, 31, 365, 366):
        return first, last
    if days > 31:
        start, end = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[part]
        return date(first.year, start, 1), _month_end(date(first.year, end, 1))
    start, end = ({"early": (0, 2), "mid": (1, 3), "late": (3, 6)} if days == 7 else
                  {"early": (0, 9), "mid": (10, 19), "late": (20, days - 1)})[part]
    return first + timedelta(days=start), first + timedelta(days=end)


def _days_before(value: str, published: str) -> int:
    bounds = _bounds(value)
    return (date.fromisoformat(published[:10]) - bounds[0]).days if bounds else 0


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
            if kind == "dateline":
                s, e = m.span(1)
                raw = m.group(1)
            elif FULL_MONTH_STOP.search(raw):
                raw = raw[:-1]
                e = s + m.group(0).rfind(".")
            before = text[max(0, s - 7):s].lower()
            if re.search(r"\b(?:since|until|till|by)\s+$", before):
                continue      # "since 2001", "by 2030" date a state or a deadline, not the event
            if kind == "year":
                value, precision = raw, "year"
            elif kind in ("weekday", "relative"):     # resolved against the report date
                resolved = (_weekday if kind == "weekday" else _relative)(raw, published) if published else None
                if resolved is None:
                    continue
                value, precision = resolved
            elif kind in ("day", "month", "range", "dateline") and not _has_year(raw) and not published:
                continue
            else:
                phrase = re.sub(r"^(?:on|in)\s+", "", raw)
                if kind == "range":   # "7-9 December" -> "7 December"; "Dec. 4 to 15" -> "Dec. 4"
                    phrase = RANGE_TAIL.sub("", RANGE_END.sub(r"\1", phrase), count=1)
                phrase = re.sub(r"\b(\d{1,2})(?:st|nd|rd|th)\b", r"\1", phrase)
                phrase = re.sub(r"^(early|late)\s+|^mid-?", "", phrase)
                resolved = _resolve(phrase, published, prefer)
                if resolved is None:
                    continue
                value, precision = resolved
                if kind == "month" and precision == "day":
                    value, precision = value[:7], "month"
            explicit = kind == "year" or _has_year(raw)
            if not explicit and published and kind in ("day", "range") and _days_before(value, published) > 183:
                # "April 29" in a March report is next April, not eleven months ago
                value = f"{int(value[:4]) + 1:04d}{value[4:]}"
            taken.append((s, e))
            ahead = _coming(raw, published) if kind == "weekday" and published else None
            out.append(DateMention(offset + s, offset + e, raw, value, precision, kind, explicit, ahead))
    out.sort(key=lambda d: d.start)
    return out


# ------------------------------------------------------------------------------------------ attachment
# Which of a sentence's dates belongs to an event, whether it carries to later sentences, and what an
# event without a date of its own gets. Called by extract.py; the tokens are spaCy tokens.

CLAUSE_VERB = ("VERB", "AUX")


def _hops_to(token, target, limit: int = 3) -> int | None:
    """Steps from ``token`` up to ``target`` without leaving the clause; None if not reachable.

    A relative or participle clause is crossed only when it modifies the target itself ("a meeting to
    be held on May 2" dates the meeting, and so does "will attend a meeting to be held on May 2" through
    the verb's object, and "will sign it during a summit to be held on May 2" through the occasion;
    "X, who came for the summit held on May 2" does not), and never when it is an active to-infinitive
    ("accepted an invitation to visit next year"). Nor is the date of another event noun on a noun
    (``own_event_noun``): it dates that event ("expressed appreciation for the visit of X next week": the
    appreciation is of today)."""
    t = token
    for hops in range(limit + 1):
        if t.i == target.i:
            return hops
        if t.head.i == t.i or own_event_noun(t):
            return None
        if t.pos_ in CLAUSE_VERB and (t.dep_ not in ("acl", "relcl") or not _modifies(t.head, target)
                                      or _active_infinitive(t)):
            return None
        t = t.head
    return None


# "agreed at a meeting held on Monday", "will grant it during a summit to be held on Thursday": the
# occasion an event takes place at or during gives it its date
_OCCASION_PREPOSITIONS = {"at", "during"}


def own_event_noun(noun) -> bool:
    """An event noun ("visit", "talks") as the object of a preposition on another noun, other than an
    occasion's ("appreciation for the visit", "preparations for the talks"): a date on it is its own. On a
    verb it may be the verb's occasion ("arrived on a visit on Monday") and is not set apart."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _EVENT_NOUNS and noun.dep_ == "pobj" \
        and noun.head.lower_ not in _OCCASION_PREPOSITIONS and noun.head.head.pos_ == "NOUN"


def _active_infinitive(verb) -> bool:
    """An active to-infinitive on a noun names an act of its own, and its date is that act's ("accepted
    an invitation to visit Lima next year", "signed an accord to hold talks in May": the acceptance and
    the signing are not next year or in May); a passive one ("a meeting to be held on May 2") only
    says when the noun's event takes place."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and not any(c.dep_ == "auxpass" for c in verb.children)


def _modifies(noun, target) -> bool:
    """The noun is the target itself, the target verb's object ("attend a meeting", "hold talks"), or
    the occasion it takes place at ("during a summit")."""
    if noun.i == target.i or (noun.dep_ in ("dobj", "nsubjpass", "attr") and noun.head.i == target.i):
        return True
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in _OCCASION_PREPOSITIONS and prep.head.i == target.i


def _attachment(root):
    """The word a date expression modifies: through its preposition; a time adverb that the parser hung
    on a noun ("said the minister Tuesday") belongs to the verb that governs that noun."""
    attach = root.head
    if attach.dep_ in ("prep", "agent") and attach.head.i != attach.i:
        attach = attach.head
    if root.dep_ in ("npadvmod", "nmod", "appos") and attach.pos_ in ("NOUN", "PROPN") \
            and attach.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and attach.head.i != attach.i:
        verb = attach.head
        if verb.dep_ in ("prep", "agent") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ in CLAUSE_VERB:
            return verb
    return attach


def date_for(trigger, support_verb, dates: list[DateMention], doc) -> DateMention | None:
    """The date expression of an event: attached to the trigger, to a word governing it (its support
    verb first), or below it in its own clause; the closest attachment wins, then the nearest in the
    text. A dateline date is never an event's date."""
    governors = [trigger]
    t = trigger
    while t.head.i != t.i and len(governors) < 6:
        if t.dep_ == "conj" and t.pos_ == "NOUN" and t.head.pos_ == "NOUN":
            break   # "the visit by A on Monday and the expected visits by B": Monday is A's
        t = t.head
        governors.append(t)
    if support_verb is not None and support_verb not in governors:
        governors.insert(1, support_verb)
    best: tuple[int, int, DateMention, object] | None = None
    for d in dates:
        if d.kind == "dateline":
            continue
        span = doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if root.i == trigger.i:
            continue
        attach = _attachment(root)
        if attach in governors:
            rank = governors.index(attach)
        else:
            hops = _hops_to(attach, trigger, limit=4)
            if hops is None:
                continue
            rank = hops
        key = (rank, abs(root.i - trigger.i))
        if best is None or key < best[:2]:
            best = (key[0], key[1], d, span)
    if best is None:
        return None
    found, span = best[2], best[3]
    if found.ahead and found.ahead != found.value and _looks_ahead(span):
        return replace(found, value=found.ahead)
    return found


# A weekday said of the days ahead: "will arrive on Sunday", "is to visit ... Monday", "is due to
# leave Friday", "starting Sunday". Without such a cue a bare weekday in a report is the latest one.
_FUTURE_AUX = {"will", "shall", "'ll", "wo", "would"}
_FUTURE_FRAMES = {"be", "due", "schedule", "expect", "set", "plan", "go", "slate", "intend"}
_STARTING = {"starting", "beginning"}


def _looks_ahead(span) -> bool:
    """Whether the clause a weekday dates speaks of the future (its verb has will/shall, or is the
    to-infinitive of "is to", "is due to", "is scheduled to" ...), or the weekday follows "starting"."""
    doc, start = span.doc, span.start
    before = [t.lower_ for t in doc[max(0, start - 2):start] if t.lower_ != "on"]
    if before and before[-1] in _STARTING:
        return True
    verb = _attachment(span.root)
    for _ in range(6):   # up a list of names ("call on the president, ..., the speaker, Monday")
        if verb.pos_ in CLAUSE_VERB or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in CLAUSE_VERB:
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _FUTURE_AUX for c in verb.children):
        return True
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return infinitive and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _FUTURE_FRAMES


def may_anchor(dm: DateMention, current: DateMention | None, published: str | None, trigger=None) -> bool:
    """Whether a date attached to an event becomes the article's context date for later sentences.

    Only a current day or month (within the year before publication, not after it) is a context date,
    and only one of an event told in a main clause: the date of a relative clause on a noun ("their
    countries, where the Aug. 7 blasts killed 257 people") is that clause's own."""
    if dm.precision not in ("day", "month") or dm.kind == "dateline":
        return False
    if trigger is not None and _in_relative_clause(trigger):
        return False
    if published and not (published[:7] >= dm.value[:7] >= f"{int(published[:4]) - 1:04d}{published[4:7]}"):
        return False
    return True


def _in_relative_clause(token) -> bool:
    """Whether the token lies in a relative or participle clause on a noun (up to the sentence root)."""
    t = token
    while t.head.i != t.i:
        if t.dep_ == "relcl" or (t.dep_ == "acl" and t.pos_ in CLAUSE_VERB):
            return True
        t = t.head
    return False


# "At the talks, ...", "Following the meeting, ...", "During their visit, ...": a sentence that
# opens by pointing back at an event already reported shares that event's date.
_BACK_PREPOSITIONS = {"at", "during", "after", "following", "in", "on", "throughout"}
_EVENT_NOUNS = {"talks", "talk", "meeting", "summit", "visit", "session", "conference", "discussion",
                "negotiation", "ceremony", "trip", "tour", "signing", "forum", "sideline", "sidelines"}
_DEFINITE = {"the", "their", "this", "that", "these", "those", "his", "her", "its"}


def refers_back(sent) -> bool:
    """Whether the sentence opens with a definite phrase naming an earlier event ("At the talks,")."""
    for tok in sent[:6]:
        if tok.lower_ in _BACK_PREPOSITIONS and tok.dep_ == "prep":
            for obj in tok.children:
                if obj.dep_ == "pobj" and obj.lemma_.lower() in _EVENT_NOUNS | {"talk"} and \
                        any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in obj.children):
                    return True
    return False


def _wrong_side_of_report(anchor: DateMention, published: str | None, status: str) -> bool:
    """A sentence-mate's day on the wrong side of the report cannot date an act: a coming day one that
    has happened ("After a stop in Rome, she is flying on to Lima, where she is to land on Sunday"),
    a past day one still planned ("who arrived on Monday, is to meet the king")."""
    if not published or anchor.precision != "day":
        return False
    return (status == "occurred" and anchor.value[:10] > published[:10]) or \
        (status == "planned" and anchor.value[:10] < published[:10])


def settle(found: tuple, anchor: DateMention | None, sent_span: tuple[int, int], published: str | None,
           status: str, back_reference: bool = False) -> tuple:
    """The final (value, precision, text, how) of an event, from its own date ``found`` (possibly
    all None), the date of another event of the same sentence (``anchor``) and the published date.

    A bare year equal to the publication year says less than the report date ("the 2024 summit").
    Without a date of its own, a non-historical event shares the date of another event of its sentence
    ("arrived on Monday and held talks with ...") unless that day lies on the wrong side of the
    report for the event's status (``_wrong_side_of_report``); a planned event reads a yearless month
    there forward ("in June" in an April report is the coming June), else takes the published date at day
    precision with ``how="published"``: an event coded from a news report is dated when it was reported (the event
    data convention; a planned visit without a date is dated by the announcement). A date from an
    earlier sentence is carried over only when the sentence opens by pointing back at an event
    (``back_reference``: "At the talks, ..."); otherwise not: later sentences of a wire story mostly report statements of
    the day or background, not the lead's event. Historical events without a date stay undated."""
    value, precision, text, how = found
    if precision == "year" and published and value == published[:4] and status == "occurred":
        value = precision = text = how = None
    if value is not None:
        return value, precision, text, how
    if status == "historical":
        return None, None, None, None
    if anchor is not None and status == "planned" and anchor.precision == "month":
        anchor = anchor.forward(published)     # "will discuss the summit in June" in an April report: this June
    if anchor is not None and sent_span[0] <= anchor.start < sent_span[1] \
            and not _wrong_side_of_report(anchor, published, status):
        return anchor.value, anchor.precision, anchor.text, "sentence"
    if anchor is not None and back_reference and anchor.start < sent_span[0]:
        return anchor.value, anchor.precision, anchor.text, "context"
    if published:
        return published[:10], "day" if len(published) >= 10 else "month", None, "published"
    return None, None, None, None
