"""Stories and merging: articles about one happening, events and agreements told by several sources.

Pure logic on plain values (``ArticleResult``, event and agreement dicts); the store calls it at
ingest time, one article at a time:

    features(result)               what an article is about: content terms, shingles, actors, places
    choose_story(new, candidates)  join the closest story inside the time window, or start one;
                                   flag near-identical copies (syndication) so they count once
    events_compatible(a, b)        two coded events describe the same real-world event (same code family,
                                   country pair, status, overlapping date intervals and compatible place,
                                   no two different persons; reports that state no date need a person in
                                   common across days; stricter inside one article)
    merge_event_records(sources)   one merged event: best-supported values, every source, disagreements
    agreements_compatible / merge_agreement_records   the same for instruments signed or announced

Text similarity is a cosine over TF-IDF weighted content words (document frequencies come from
the store); near-duplicates are found by the overlap of hashed word 5-grams. Both are cheap next
to parsing.
"""
from __future__ import annotations

import math
import re
import unicodedata
import zlib
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date as dt_date
from datetime import timedelta
from typing import Any

from .events.dates import interval
from .model import ArticleResult

# ---------------------------------------------------------------------------- tuning

STORY_WINDOW_DAYS = 7          # articles further apart than this never share a story
# Tuned by reading the joins made on the development corpus (wire stories of 1987-2006): below a
# cosine of 0.25 most joins were only "same region, same week"; places (mostly datelines such as
# Beijing or Washington) proved too common to count as a link on their own.
JOIN_TEXT = 0.40               # text cosine alone enough to join
JOIN_TEXT_WITH_ACTORS = 0.25   # text cosine enough when actors also overlap
JOIN_ACTORS = 0.20             # actor Jaccard counted as "actors overlap"
DUPLICATE_SHINGLES = 0.70      # shingle Jaccard (or containment) of a syndicated copy
SHINGLE_SIZE = 5
TOP_TERMS = 25                 # heaviest terms of a new article, used to pick whom to compare with
MIN_SHARED_TOP = 3
MAX_SHINGLES = 256            # bottom-k sketch of the shingles: enough to tell a copy

# ---------------------------------------------------------------------------- text features

# Function words and reporting verbs that say nothing about what an article is about.
_STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had
has have having he her here hers herself him himself his how i if in into is it its itself just me
more most my myself no nor not now of off on once only or other our ours ourselves out over own
same she should so some such than that the their theirs them themselves then there these they this
those through to too under until up very was we were what when where which while who whom why will
with would you your yours yourself yourselves said says say told tell according added adding
stated noted stressed affirmed underlined emphasised emphasized highlighted mr mrs ms one two three
four five new also however since per us its it's year years day days week weeks month months time
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
""".split())

_WORD = re.compile(r"[^\W\d_][\w'-]*", re.UNICODE)


def fold(text: str) -> str:
    """Lower case without diacritics: "Cường" and "Cuong" fold to the same key."""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def words(text: str) -> list[str]:
    return [m.group(0) for m in _WORD.finditer(fold(text))]


def content_terms(text: str | list[str]) -> Counter:
    """Content words of a text (or its ``words``) with their counts (crude plural folding, no stop words)."""
    terms: Counter = Counter()
    for w in (words(text) if isinstance(text, str) else text):
        w = w.strip("'-")
        if len(w) < 3 or w in _STOPWORDS:
            continue
        if w.endswith("ies") and len(w) > 5:
            w = w[:-3] + "y"
        elif w.endswith("s") and not w.endswith("ss") and len(w) > 4:
            w = w[:-1]
        terms[w] += 1
    return terms


def shingles(text: str | list[str], k: int = SHINGLE_SIZE) -> set[int]:
    """Hashed word k-grams (stable across processes: crc32, not ``hash``)."""
    ws = words(text) if isinstance(text, str) else text
    out = {zlib.crc32(" ".join(ws[i:i + k]).encode("utf-8")) for i in range(max(len(ws) - k + 1, 1))}
    if len(out) > MAX_SHINGLES:  # keep a deterministic sample: the smallest hashes (bottom-k sketch)
        out = set(sorted(out)[:MAX_SHINGLES])
    return out


@dataclass
class ArticleFeatures:
    """What an article is about, kept by the store for clustering later articles."""

    doc_id: str
    published: str | None
    terms: dict[str, int]
    shingles: set[int]
    actors: set[str]
    places: set[str]
    seq: int = 0

    def to_row(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "published": self.published, "terms": self.terms,
                "shingles": sorted(self.shingles), "actors": sorted(self.actors),
                "places": sorted(self.places)}

    @classmethod
    def from_row(cls, d: Mapping[str, Any]) -> ArticleFeatures:
        return cls(doc_id=d["doc_id"], published=d.get("published"), terms=dict(d.get("terms") or {}),
                   shingles=set(d.get("shingles") or []), actors=set(d.get("actors") or []),
                   places=set(d.get("places") or []), seq=d.get("seq") or 0)


def features(result: ArticleResult) -> ArticleFeatures:
    """Features of one coded article: content terms of title + body, shingles, actors, places."""
    art = result.article
    actors: set[str] = set()
    for m in result.mentions:
        for a in [m.actor, *m.members]:
            if a.kind == "group":
                continue
            if a.kind == "person":
                actors.add("person:" + fold(a.name))
            if a.kind == "igo" and a.igo:
                actors.add("igo:" + a.igo)
            if a.country:
                actors.add("country:" + a.country)
    places: set[str] = set()
    if art.dateline:
        places.add(fold(art.dateline))
    for ev in result.events:
        loc = ev.location
        if loc and loc.name:
            places.add(fold(loc.name))
    body_words = words(art.body)
    terms = content_terms(body_words) + content_terms(art.title or "")
    return ArticleFeatures(doc_id=art.doc_id, published=art.published, terms=dict(terms),
                           shingles=shingles(body_words), actors=actors, places=places)


class Idf(dict):
    """Smoothed inverse document frequency, computed for a term when first asked (unseen: highest)."""

    def __init__(self, df: Mapping[str, int], n_docs: int):
        super().__init__()
        self.df, self.n_docs = df, n_docs

    def __missing__(self, term: str) -> float:
        value = self[term] = math.log((self.n_docs + 1) / (self.df.get(term, 0) + 1)) + 1.0
        return value

    def get(self, term: str, default: float | None = None) -> float:  # type: ignore[override]
        return self[term]


def idf_weights(terms: Iterable[str], df: Mapping[str, int], n_docs: int) -> Idf:
    """IDF over the store's document frequencies (``terms`` are computed at once, others on demand)."""
    idf = Idf(df, n_docs)
    for t in terms:
        idf[t]  # noqa: B018 - fills the memo
    return idf


def _vector(tf: Mapping[str, int], idf: Mapping[str, float]) -> dict[str, float]:
    return {t: (1 + math.log(n)) * idf[t] for t, n in tf.items()}


def cosine(a: Mapping[str, int], b: Mapping[str, int], idf: Mapping[str, float]) -> float:
    va, vb = _vector(a, idf), _vector(b, idf)
    dot = sum(w * vb[t] for t, w in va.items() if t in vb)
    if not dot:
        return 0.0
    na = math.sqrt(sum(w * w for w in va.values()))
    nb = math.sqrt(sum(w * w for w in vb.values()))
    return dot / (na * nb)


def jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


@dataclass
class Similarity:
    text: float
    actors: float
    places: float
    shingles: float
    shared_persons: int

    @property
    def duplicate(self) -> bool:
        return self.shingles >= DUPLICATE_SHINGLES

    @property
    def same_story(self) -> bool:
        if self.duplicate or self.text >= JOIN_TEXT:
            return True
        related = self.actors >= JOIN_ACTORS or self.shared_persons > 0
        return related and self.text >= JOIN_TEXT_WITH_ACTORS

    @property
    def score(self) -> float:
        return self.text + 0.5 * self.actors + 0.2 * self.places + (1.0 if self.duplicate else 0.0)


def similarity(a: ArticleFeatures, b: ArticleFeatures, idf: Mapping[str, float]) -> Similarity:
    text = cosine(a.terms, b.terms, idf)
    overlap = 0.0
    if text >= 0.5 and a.shingles and b.shingles:  # only likely copies are worth the set work
        overlap = sketch_overlap(a.shingles, b.shingles)
    persons = {x for x in a.actors & b.actors if x.startswith("person:")}
    return Similarity(text=text, actors=jaccard(a.actors, b.actors), places=jaccard(a.places, b.places),
                      shingles=overlap, shared_persons=len(persons))


def sketch_overlap(a: set[int], b: set[int], k: int = MAX_SHINGLES) -> float:
    """Jaccard (bottom-k estimate) or containment of two shingle sketches, whichever is higher."""
    common = a & b
    union_k = sorted(a | b)[:k]
    jacc = sum(1 for x in union_k if x in common) / len(union_k)
    contained = len(common) / min(len(a), len(b)) if len(a) < k or len(b) < k else 0.0
    return max(jacc, contained)


def parse_day(value: str | None) -> dt_date | None:
    """The first day a date string can mean ("2024-11" -> 2024-11-01); None when absent or odd."""
    if not value:
        return None
    parts = value.split("-")
    try:
        y = int(parts[0])
        m = int(parts[1]) if len(parts) > 1 else 1
        d = int(parts[2][:2]) if len(parts) > 2 else 1
        return dt_date(y, m, d)
    except (ValueError, IndexError):
        return None


def within_window(a: str | None, b: str | None, days: int = STORY_WINDOW_DAYS) -> bool:
    """Dates within ``days`` of each other; an unknown date never rules a story out."""
    da, db = parse_day(a), parse_day(b)
    if da is None or db is None:
        return True
    return abs((da - db).days) <= days


@dataclass
class StoryChoice:
    story_id: str | None          # None: start a new story
    duplicate_of: str | None      # doc_id of the article this one copies
    score: float = 0.0
    similar_to: str | None = None


def choose_story(new: ArticleFeatures, candidates: Sequence[tuple[str, ArticleFeatures]],
                 idf: Mapping[str, float]) -> StoryChoice:
    """Pick the story of the most similar earlier article (single link), if similar enough."""
    best = StoryChoice(None, None)
    # Cheap gate before the cosine: an article worth comparing shares several of the new one's
    # heaviest terms, or a person.
    top = set(sorted(new.terms, key=lambda t: -(1 + math.log(new.terms[t])) * idf[t])[:TOP_TERMS])
    persons = {x for x in new.actors if x.startswith("person:")}
    for story_id, old in candidates:
        if old.doc_id == new.doc_id or not within_window(new.published, old.published):
            continue
        if len(top.intersection(old.terms)) < MIN_SHARED_TOP and not persons & old.actors:
            continue
        sim = similarity(new, old, idf)
        if not sim.same_story or sim.score <= best.score:
            continue
        best = StoryChoice(story_id, old.doc_id if sim.duplicate else None, sim.score, old.doc_id)
    return best


# ---------------------------------------------------------------------------- event merging

# CAMEO codes that name the same act seen from the other side (A visits B == B hosts A).
MIRROR = {"043": "042"}
# Families of codes that reports use interchangeably for one happening.
FAMILY = {"046": "040", "045": "040", "0431": "0421", "0432": "0422"}
# Acts with no meaningful direction: talks, meetings, signings, cooperation.
UNDIRECTED = {"040", "041", "044", "046", "054", "057", "030", "031", "033", "036", "061", "062", "063", "064"}
STATUS_ORDER = {"announced": 0, "signed": 1, "ratified": 2, "in_force": 3}
PRECISION_ORDER = {"day": 3, "month": 2, "year": 1}


def _country(actor: Mapping[str, Any] | None) -> str | None:
    if not actor:
        return None
    if actor.get("kind") == "igo" and actor.get("igo"):
        return "igo:" + actor["igo"]
    return actor.get("country") or (("name:" + fold(actor["name"])) if actor.get("name") else None)


def cameo_family(code: str | None) -> tuple[str, bool]:
    """(family code, mirrored): 043 is the family of 042 seen from the host."""
    code = (code or "")[:4]
    mirrored = False
    for length in (4, 3):
        if code[:length] in MIRROR:
            code, mirrored = MIRROR[code[:length]] + code[length:], True
            break
    code3 = FAMILY.get(code, FAMILY.get(code[:3], code[:3]))
    return code3, mirrored


def event_dyad(ev: Mapping[str, Any]) -> tuple[str, tuple]:
    """Family code and participant key: ordered pair for directed acts, a set for undirected ones."""
    fam, mirrored = cameo_family(ev.get("cameo"))
    src, tgt = _country(ev.get("source")), _country(ev.get("target"))
    if mirrored:
        src, tgt = tgt, src
    if fam in UNDIRECTED:
        return fam, tuple(sorted(x for x in {src, tgt} if x))
    return fam, (src, tgt)


REPORT_DAY_REACH_DAYS = 31     # how far back a report-day date may stand for an earlier stated date
ONE_ARTICLE_REACH_DAYS = 7     # inside one article: how far from the report day its undated news lies

Span = tuple[dt_date, dt_date]


def with_date_span(rec: Mapping[str, Any], published: str | None) -> dict[str, Any]:
    """The event record with ``date_start`` and ``date_end``: the first and last day its date means,
    read from the date's words and the report day ("last week" is a Monday-Sunday week, not the
    whole month that ``date`` shows)."""
    span = interval(rec.get("date"), rec.get("date_text"), published)
    return {**rec, "date_start": span[0] if span else None, "date_end": span[1] if span else None}


def date_span(rec: Mapping[str, Any]) -> Span | None:
    """The days an event record's date allows: its interval (``date_start``/``date_end``, else the
    whole day, month or year of ``date``). A report-day date (``date_how == "published"``: the text
    gave none) means "on or before that day", up to a month before it."""
    return _span(rec.get("date"), rec.get("date_how"), rec.get("date_start"), rec.get("date_end"))


def _span(value: str | None, how: str | None = None, start: str | None = None, end: str | None = None
          ) -> Span | None:
    if how == "published":
        day = parse_day(value)
        return (day - timedelta(days=REPORT_DAY_REACH_DAYS), day) if day else None
    first, last = parse_day(start), parse_day(end)
    if value and first and last:
        return first, last
    bounds = interval(value, None, None)
    return (parse_day(bounds[0]), parse_day(bounds[1])) if bounds else None


def spans_overlap(a: Span | None, b: Span | None) -> bool:
    """Two date spans share a day; an unknown date does not block."""
    return a is None or b is None or (a[0] <= b[1] and b[0] <= a[1])


def dates_compatible(a: str | None, b: str | None, a_how: str | None = None, b_how: str | None = None) -> bool:
    """Two dates (with how each was found) can be one day: a month or year takes in every day of it,
    and a report-day date agrees with a stated date up to a month before the report."""
    return spans_overlap(_span(a, a_how), _span(b, b_how))


def records_dated_alike(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Two event records' dates can be one day, each read as the interval its words mean."""
    return spans_overlap(date_span(a), date_span(b))


def places_compatible(a: Mapping[str, Any] | None, b: Mapping[str, Any] | None) -> bool:
    if not a or not b:
        return True
    if a.get("country") and b.get("country"):
        return a["country"] == b["country"]
    na, nb = fold(a.get("name") or ""), fold(b.get("name") or "")
    return not na or not nb or na in nb or nb in na


def _persons(ev: Mapping[str, Any]) -> dict[str, list[tuple[set[str], str]]]:
    """The named persons of an event's source and target (their name words, and the role), keyed by
    whom they act for, as in the dyad."""
    out: dict[str, list[tuple[set[str], str]]] = {}
    for role in ("source", "target"):
        actor = ev.get(role)
        if actor and actor.get("kind") == "person" and actor.get("name"):
            out.setdefault(_country(actor) or "", []).append((set(words(actor["name"])), role))
    return out


def _sentence_words(ev: Mapping[str, Any]) -> set[str]:
    return {w[:-2] if w.endswith("'s") else w.strip("'-") for w in words(ev.get("sentence") or "")}


def _named_in(name: set[str], sentence: set[str]) -> bool:
    return any(len(w) >= 3 and w in sentence for w in name)


def _fold_chars(text: str) -> str:
    """``fold`` one character at a time, so that offsets stay those of the text."""
    return text.lower() if text.isascii() else "".join((fold(c) or c)[0] for c in text)


def _find_word(word: str, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text)]


def _gap(x: tuple[int, int], y: tuple[int, int]) -> int:
    return max(0, max(x[0], y[0]) - min(x[1], y[1]))


def _sentence_start(ev: Mapping[str, Any], role: str, folded: str) -> int | None:
    """Where the event's sentence starts in its article, found from the spans (article offsets) and
    the coded actor's last name word; None when that is not certain."""
    spans = ev.get("spans") or {}
    span, trigger = spans.get(role), spans.get("trigger")
    name = words((ev.get(role) or {}).get("name") or "")
    if not span or not trigger or not name:
        return None
    starts = set()
    for w0, w1 in _find_word(name[-1], folded):
        start = span[1] - w1                      # the name ends the span ("Minister Le Thi Hoa")
        t0, t1 = trigger[0] - start, trigger[1] - start
        if span[0] - start <= w0 and 0 <= t0 < t1 <= len(folded) \
                and (t0 == 0 or not folded[t0 - 1].isalnum()) and (t1 == len(folded) or not folded[t1].isalnum()):
            starts.add(start)
    return starts.pop() if len(starts) == 1 else None


def _named_for_the_act(ev: Mapping[str, Any], role: str, other: set[str]) -> bool:
    """The event's sentence names the ``other`` person no further from the trigger than the person
    coded in ``role``: the coder may have taken the speaker for the actor ("the minister praised
    the president's visit"). Not when the coded person stands nearer the act and the other is
    named for something else ("the envoy's trip prepares the premier's talks")."""
    if not _named_in(other, _sentence_words(ev)):
        return False
    folded = _fold_chars(ev.get("sentence") or "")
    start = _sentence_start(ev, role, folded)
    if start is None:  # cannot place the words: keep to the name alone
        return True
    spans = ev["spans"]
    trigger = (spans["trigger"][0] - start, spans["trigger"][1] - start)
    coded = (spans[role][0] - start, spans[role][1] - start)
    gaps = [_gap(at, trigger) for w in other if len(w) >= 3 for at in _find_word(w, folded)
            if at[1] <= coded[0] or at[0] >= coded[1]]           # outside the coded person's span
    return bool(gaps) and min(gaps) < _gap(coded, trigger)


def _day_precise(value: str | None) -> bool:
    """A date that names a day ("2024-11-12"), not only a month or a year."""
    return bool(value) and len(value) >= 10 and parse_day(value) is not None


def person_tie(a: Mapping[str, Any], b: Mapping[str, Any]) -> str:
    """How the named persons of two event reports relate, side by side of the dyad.

    "conflict": one side is two different named persons. "Reagan" and "Ronald Reagan" are one
    person (the words of one name are among the other's). Two ministers of one state meeting the
    same counterpart in one month are two meetings, even though their country pair, code and month
    agree. "same": a named person in common. "named": different persons, but one report's sentence
    names the other report's person nearer its act than its own ("the minister praised the
    president's visit"), so which of the two acted is not certain from that report; this holds
    only when both reports date the act to a day, since naming is weak evidence that must not stack
    on a month (or a year, or no date) that takes in any day of either person's act. "none": no
    side has a named person in both reports.
    """
    pa, pb = _persons(a), _persons(b)
    tie = "none"
    for key in pa.keys() & pb.keys():
        if any(x <= y or y <= x for x, _ in pa[key] for y, _ in pb[key]):
            tie = "same"
            continue
        named = any(_named_for_the_act(a, role, y) for _, role in pa[key] for y, _ in pb[key]) \
            or any(_named_for_the_act(b, role, x) for _, role in pb[key] for x, _ in pa[key])
        if not named or not (_day_precise(a.get("date")) and _day_precise(b.get("date"))):
            return "conflict"
        if tie == "none":
            tie = "named"
    return tie


def persons_compatible(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """No side of the dyad is two different named persons (see ``person_tie``)."""
    return person_tie(a, b) != "conflict"


def _report_days_apart(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Neither report states a date (each carries the day it was published) and the days differ."""
    return a.get("date_how") == "published" and b.get("date_how") == "published" \
        and bool(a.get("date")) and bool(b.get("date")) and a["date"] != b["date"]


def events_compatible(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Two event records (DESIGN.md shape) report the same real-world event."""
    if a.get("type") and b.get("type") and a["type"] != b["type"]:
        return False
    fam_a, dyad_a = event_dyad(a)
    fam_b, dyad_b = event_dyad(b)
    if fam_a != fam_b and not (len(fam_a) == 2 and fam_b.startswith(fam_a)
                               or len(fam_b) == 2 and fam_a.startswith(fam_b)):
        return False
    if dyad_a != dyad_b or len([x for x in dyad_a if x]) < 2:  # one-sided events are too vague to merge
        return False
    if (a.get("status") or "occurred") != (b.get("status") or "occurred"):
        return False
    tie = person_tie(a, b)
    if tie == "conflict" or not places_compatible(a.get("location"), b.get("location")):
        return False
    if a.get("doc_id") and a.get("doc_id") == b.get("doc_id"):
        return _one_article_agrees(a, b, tie)
    if not records_dated_alike(a, b):
        return False
    # Two reports on different days that state no date are tied only by code and country pair
    # (two officials' separate meetings with one delegation, days apart); a person must tie them.
    return tie != "none" or not _report_days_apart(a, b)


def _one_article_agrees(a: Mapping[str, Any], b: Mapping[str, Any], tie: str) -> bool:
    """Two reports in one article are one event only if their dates' intervals meet and they do not
    name two different places.

    A report with no date of its own is the article's news of the days around the report: it joins
    a dated one only within a week of the report day, only when the same named actor (a person, or
    an organisation such as the AU) is in both, and only when a side it codes as a state stands for
    the person the other report names there (``_state_stands_for_person``). Code and country pair
    alone do not tie it: an article often tells several acts of one pair (the leaders' talks and a
    business delegation's, the visitor's talks with the minister and with the prime minister)."""
    undated = [r for r in (a, b) if r.get("date_how") == "published"]
    if undated:
        if not (tie == "same" or _same_organisation(a, b)) or not _state_stands_for_person(a, b):
            return False
        stated = [r for r in (a, b) if r.get("date_how") != "published"]
        if stated and not spans_overlap(_days_around(undated[0].get("date")), date_span(stated[0])):
            return False
    elif not records_dated_alike(a, b):
        return False
    la, lb = a.get("location") or {}, b.get("location") or {}
    na, nb = fold(la.get("name") or ""), fold(lb.get("name") or "")
    return not na or not nb or na == nb or (la.get("precision") == "country") != (lb.get("precision") == "country")


def _days_around(report_day: str | None) -> Span | None:
    """The week either side of a report day: what an undated report inside an article may mean
    (before it for what happened, after it for what is to come: "is to call on ... Monday")."""
    day = parse_day(report_day)
    reach = timedelta(days=ONE_ARTICLE_REACH_DAYS)
    return (day - reach, day + reach) if day else None


def _same_organisation(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """An international organisation is an actor of both reports (the same AU delegation)."""
    def igos(r: Mapping[str, Any]) -> set[str]:
        return {x["igo"] for x in (r.get("source"), r.get("target")) if x and x.get("kind") == "igo" and x.get("igo")}
    return bool(igos(a) & igos(b))


def _state_stands_for_person(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Inside one article, where one report names a person on a side and the other only that
    person's state, the state report's sentence must name the person.

    A writer who tells one act twice names its actor again or points back at it ("the U.S. envoy
    Boucher ... after the meeting, Boucher said"); a state left where the other report has a named
    person is mostly another official of that state (a counterpart, a delegation). Across articles
    this would split a state and its leader reported by different outlets, so it holds only here."""
    for x, y in ((a, b), (b, a)):
        persons = _persons(x)
        said = _sentence_words(y)
        for role in ("source", "target"):
            actor = y.get(role)
            if not actor or actor.get("kind") != "state":
                continue
            named = persons.get(_country(actor) or "")
            if named and not any(_named_in(words_, said) for words_, _ in named):
                return False
    return True


def _majority(values: list[Any]) -> Any:
    """Most frequent non-empty value; ties go to the earliest source."""
    present = [v for v in values if v not in (None, "", [], {})]
    if not present:
        return None
    keyed = [_freeze(v) for v in present]
    counts = Counter(keyed)
    best = max(counts.values())
    for v, k in zip(present, keyed):
        if counts[k] == best:
            return v
    return present[0]  # pragma: no cover


def _freeze(v: Any) -> Any:
    if isinstance(v, dict):
        return tuple(sorted((k, _freeze(x)) for k, x in v.items()))
    if isinstance(v, list):
        return tuple(_freeze(x) for x in v)
    return v


def _best_date(records: Sequence[Mapping[str, Any]]) -> tuple[str | None, str | None, str | None]:
    """The most precise date (the fewest days in its interval: "Nov. 19 to 20" over the tour's
    "Nov. 15 to 26", a day over "next week"), and among those the most reported; a date stated in
    a sentence wins over the day of a report that gave none."""
    dated = [r for r in records if r.get("date")]
    if not dated:
        return None, None, None
    stated = [r for r in dated if r.get("date_how") != "published"]
    if not stated:  # only report days: the earliest report bounds the event best
        first = min(dated, key=lambda r: r["date"])
        return first["date"], first.get("date_precision"), first.get("date_text")
    days = [_span_days(r) for r in stated]
    fewest = min(days)
    precise = [r for r, n in zip(stated, days) if n == fewest]
    best = _majority([r["date"] for r in precise])
    rec = next(r for r in precise if r["date"] == best)
    return best, rec.get("date_precision"), rec.get("date_text")


def _span_days(rec: Mapping[str, Any]) -> int:
    span = date_span(rec)
    return (span[1] - span[0]).days if span else 366


def _merged_span(records: Sequence[Mapping[str, Any]], best: str | None) -> tuple[str | None, str | None]:
    """The days every stated date allows (the intervals of merged reports overlap pairwise, so they
    share a span); with report days only, the merged date itself."""
    spans = [date_span(r) for r in records if r.get("date") and r.get("date_how") != "published"]
    spans = [x for x in spans if x]
    if spans:
        first, last = max(x[0] for x in spans), min(x[1] for x in spans)
        if first <= last:
            return first.isoformat(), last.isoformat()
    bounds = interval(best, None, None)
    return bounds if bounds else (None, None)


def _location_key(loc: Mapping[str, Any] | None) -> Any:
    return (loc.get("name"), loc.get("country")) if loc else None


def merge_event_records(sources: Sequence[Mapping[str, Any]], articles: Mapping[str, Mapping[str, Any]],
                        duplicate_of: Mapping[str, str | None] | None = None) -> dict[str, Any]:
    """One merged event from per-article event records (in ingest order).

    ``articles`` maps doc_id to the article record (title, outlet, published, url);
    ``duplicate_of`` maps a doc_id to the article it copies, so copies count once.
    """
    duplicate_of = duplicate_of or {}
    first = sources[0]
    merged: dict[str, Any] = {k: v for k, v in first.items()}
    merged["event_id"] = first["event_id"]
    merged["doc_id"] = first["doc_id"]
    for key in ("type", "mode", "cameo", "status"):
        merged[key] = _majority([s.get(key) for s in sources])
    rep = next((s for s in sources if s.get("cameo") == merged["cameo"]), first)
    for key in ("goldstein", "quad", "participants", "context", "rule"):
        merged[key] = rep.get(key)
    # Actors as the representative code sees them, each the best-supported across sources.
    oriented = [_oriented(s) for s in sources]
    src, tgt = _best_actor([o[0] for o in oriented]), _best_actor([o[1] for o in oriented])
    merged["source"], merged["target"] = (tgt, src) if cameo_family(merged["cameo"])[1] else (src, tgt)
    if event_dyad(rep)[0] in UNDIRECTED:  # no direction to agree on: keep one report's pair
        merged["source"], merged["target"] = rep.get("source"), rep.get("target")
    merged["date"], merged["date_precision"], merged["date_text"] = _best_date(sources)
    merged["date_start"], merged["date_end"] = _merged_span(sources, merged["date"])
    locs = [s.get("location") for s in sources if s.get("location") and s["location"].get("name")]
    if locs:  # the most precise place, and among those the most reported
        top = max(_PLACE_PRECISION.get(x.get("precision") or "", 0) for x in locs)
        locs = [x for x in locs if _PLACE_PRECISION.get(x.get("precision") or "", 0) == top]
        best_key = _majority([_location_key(x) for x in locs])
        precise = [x for x in locs if _location_key(x) == best_key]
        merged["location"] = max(precise, key=lambda x: x.get("lat") is not None)
    merged["confidence"] = max(s.get("confidence") or 0.0 for s in sources)
    instruments = [s.get("instrument") for s in sources if s.get("instrument")]
    merged["instrument"] = _merge_instruments(instruments)

    doc_ids: list[str] = []
    for s in sources:
        if s["doc_id"] not in doc_ids:
            doc_ids.append(s["doc_id"])
    merged["sources"] = doc_ids
    merged["n_articles"] = len(doc_ids)
    merged["n_sources"] = len({duplicate_of.get(d) or d for d in doc_ids})
    seen = [articles.get(d, {}).get("published") for d in doc_ids]
    seen = [x for x in seen if x]
    merged["first_seen"] = min(seen) if seen else None
    merged["last_seen"] = max(seen) if seen else None
    merged["source_details"] = [
        {"doc_id": s["doc_id"], "event_id": s["event_id"],
         "title": articles.get(s["doc_id"], {}).get("title"),
         "outlet": articles.get(s["doc_id"], {}).get("outlet"),
         "published": articles.get(s["doc_id"], {}).get("published"),
         "url": articles.get(s["doc_id"], {}).get("url"),
         "duplicate_of": duplicate_of.get(s["doc_id"]),
         "sentence": s.get("sentence"), "sentence_index": s.get("sentence_index"), "spans": s.get("spans")}
        for s in sources
    ]
    merged["disagreements"] = _disagreements(sources)
    return merged


def _merge_instruments(instruments: list[dict[str, Any]]) -> dict[str, Any] | None:
    if not instruments:
        return None
    out: dict[str, Any] = {}
    for inst in instruments:
        for k, v in inst.items():
            if isinstance(v, list):
                bucket = out.setdefault(k, [])
                bucket.extend(x for x in v if x not in bucket)
            elif k not in out or out[k] in (None, ""):
                out[k] = v
    return out


def _oriented(s: Mapping[str, Any]) -> tuple[Mapping[str, Any] | None, Mapping[str, Any] | None]:
    """(source, target) as the unmirrored act sees them: the host of a 043 becomes the target."""
    if cameo_family(s.get("cameo"))[1]:
        return s.get("target"), s.get("source")
    return s.get("source"), s.get("target")


def _best_actor(actors: list[Mapping[str, Any] | None]) -> Mapping[str, Any] | None:
    """The most reported actor, persons first (more specific than their state); of two spellings
    of one name, the one with diacritics ("Lương Cường" over "Luong Cuong")."""
    persons = [a for a in actors if a and a.get("kind") == "person"]
    pool = persons or [a for a in actors if a]
    if not pool:
        return None
    key = _majority([fold(a.get("name") or "") for a in pool])
    same = [a for a in pool if fold(a.get("name") or "") == key]
    return max(same, key=lambda a: sum(not c.isascii() for c in a.get("name") or ""))


_PLACE_PRECISION = {"venue": 4, "city": 3, "region": 2, "country": 1}


_MODE_MIRROR = {"host": "visit"}


def _disagreements(sources: Sequence[Mapping[str, Any]]) -> dict[str, list[Any]]:
    """Fields whose values really differ between sources (each value once, in source order).

    A 043 "host" report and a 042 "visit" report agree; a state and its leader as the actor agree.
    Two different persons, places or codes do not. Dates never disagree here: reports merge only
    when their dates' intervals meet (a day of the report, standing in for no date, claims nothing).
    """
    def person(a: Mapping[str, Any] | None) -> str | None:
        return a.get("name") if a and a.get("kind") == "person" else None

    directed = not (event_dyad(sources[0])[0] in UNDIRECTED)
    getters = {
        "cameo": lambda s: MIRROR.get((s.get("cameo") or "")[:3], s.get("cameo")),
        "mode": lambda s: _MODE_MIRROR.get(s.get("mode"), s.get("mode")),
        "status": lambda s: s.get("status"),
        "location": lambda s: (s.get("location") or {}).get("name")
        if (s.get("location") or {}).get("precision") != "country" else None,
    }
    if directed:
        getters["source"] = lambda s: person(_oriented(s)[0])
        getters["target"] = lambda s: person(_oriented(s)[1])
    out: dict[str, list[Any]] = {}
    for key, get in getters.items():
        values: list[Any] = []
        for s in sources:
            v = get(s)
            if v is not None and v not in values:
                values.append(v)
        if key == "location":
            folded = [fold(v) for v in values]
            values = [v for v, f in zip(values, folded) if not any(f != g and f in g for g in folded)]
        if len(values) > 1:
            out[key] = values
    return out


def assign_events(new: Sequence[Mapping[str, Any]], existing: Sequence[tuple[str, Sequence[Mapping[str, Any]]]]
                  ) -> list[tuple[str | None, Mapping[str, Any]]]:
    """For each new event record, the merged event it joins (id) or None to start one.

    ``existing``: (merged_id, its source records) of the story. Events of the same article can
    join each other (a visit told twice in one article is one visit).
    """
    groups: list[tuple[str | None, list[Mapping[str, Any]]]] = [(mid, list(recs)) for mid, recs in existing]
    out: list[tuple[str | None, Mapping[str, Any]]] = []
    for ev in new:
        target = None
        for i, (mid, recs) in enumerate(groups):
            if all(events_compatible(ev, r) for r in recs):
                target = i
                break
        if target is None:
            groups.append((ev["event_id"], [ev]))
            out.append((None, ev))
        else:
            mid, recs = groups[target]
            recs.append(ev)
            out.append((mid or recs[0]["event_id"], ev))
    return out


# ---------------------------------------------------------------------------- agreements

def _parties_key(rec: Mapping[str, Any]) -> frozenset:
    return frozenset(x for x in (_country(a) for a in rec.get("parties") or []) if x)


def agreements_compatible(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Two agreement records name the same instrument (announced and signed ones included)."""
    if a.get("instrument_type") != b.get("instrument_type"):
        return False
    for key in ("field", "title"):
        va, vb = fold(a.get(key) or ""), fold(b.get(key) or "")
        if va and vb and va != vb and va not in vb and vb not in va:
            return False
    pa, pb = _parties_key(a), _parties_key(b)
    if pa and pb and pa != pb:
        return False
    return dates_compatible(a.get("date"), b.get("date")) and places_compatible(a.get("location"), b.get("location"))


def merge_agreement_records(sources: Sequence[Mapping[str, Any]], articles: Mapping[str, Mapping[str, Any]],
                            duplicate_of: Mapping[str, str | None] | None = None) -> dict[str, Any]:
    """One registry entry from per-article agreement records; keeps how its status moved."""
    duplicate_of = duplicate_of or {}
    first = sources[0]
    merged: dict[str, Any] = dict(first)
    merged["agreement_id"] = first["agreement_id"]
    for key in ("title", "field"):
        vals = [s.get(key) for s in sources if s.get(key)]
        merged[key] = max(vals, key=len) if vals else None
    merged["parties"] = max((s.get("parties") or [] for s in sources), key=len)
    merged["party_codes"] = ", ".join(p.get("country") or p.get("igo") or p.get("name") or "?"
                                      for p in merged["parties"])
    signatories: list[dict[str, Any]] = []
    for s in sources:
        for a in s.get("signatories") or []:
            if all(_freeze(a) != _freeze(b) for b in signatories):
                signatories.append(a)
    merged["signatories"] = signatories
    dated = [s for s in sources if s.get("date")]
    if dated:
        best = max(dated, key=lambda s: len(s["date"]))
        merged["date"], merged["date_precision"] = best["date"], best.get("date_precision")
    locs = [s.get("location") for s in sources if s.get("location")]
    merged["location"] = locs[0] if locs else None
    merged["status"] = max((s.get("status") or "signed" for s in sources), key=lambda x: STATUS_ORDER.get(x, 1))
    history: list[dict[str, Any]] = []
    for s in sorted(sources, key=lambda s: STATUS_ORDER.get(s.get("status") or "signed", 1)):
        step = {"status": s.get("status") or "signed", "date": s.get("date"), "doc_id": s["doc_id"],
                "event_id": s.get("event_id")}
        if not any(h["status"] == step["status"] and h["doc_id"] == step["doc_id"] for h in history):
            history.append(step)
    merged["history"] = history
    event_ids = [s.get("event_id") for s in sources if s.get("event_id")]
    merged["event_ids"] = list(dict.fromkeys(event_ids))
    doc_ids = list(dict.fromkeys(s["doc_id"] for s in sources))
    merged["sources"] = doc_ids
    merged["n_articles"] = len(doc_ids)
    merged["n_sources"] = len({duplicate_of.get(d) or d for d in doc_ids})
    merged["source_details"] = [
        {"doc_id": s["doc_id"], "agreement_id": s["agreement_id"],
         "title": articles.get(s["doc_id"], {}).get("title"),
         "published": articles.get(s["doc_id"], {}).get("published"),
         "sentence_index": s.get("sentence_index"), "span": s.get("span"),
         "sentence": s.get("sentence")}
        for s in sources
    ]
    return merged


def assign_agreements(new: Sequence[Mapping[str, Any]], existing: Sequence[tuple[str, Sequence[Mapping[str, Any]]]]
                      ) -> list[tuple[str | None, Mapping[str, Any]]]:
    """Like ``assign_events`` for agreement records."""
    groups = [(mid, list(recs)) for mid, recs in existing]
    out: list[tuple[str | None, Mapping[str, Any]]] = []
    for ag in new:
        target = next((i for i, (_, recs) in enumerate(groups)
                       if all(agreements_compatible(ag, r) for r in recs)), None)
        if target is None:
            groups.append((ag["agreement_id"], [ag]))
            out.append((None, ag))
        else:
            mid, recs = groups[target]
            recs.append(ag)
            out.append((mid or recs[0]["agreement_id"], ag))
    return out
