"""Facts the news states about a country pair: relationship level, relations since, memberships.

General sentence patterns over the parsed article and its resolved actor mentions:

    level             "... the Comprehensive Partnership between X and Y", "its strategic partnership with Y"
    upgrade           "X and Y elevated their ties to a Strategic Partnership in 2013"
    upgrade_planned   "... agreed to consider upgrading the relationship", "towards a strategic partnership"
    relations_since   "established diplomatic relations on March 25, 1971", "have had ties since 1992"
    membership        "both are members of the CPTPP"
    trade             "their bilateral free trade agreement"

The pair is read from the sentence ("between X and Y", "with Y" after the subject, or the only two
countries named); "bilateral", "the two countries" and "both" resolve to the article's main pair
(the two countries its mentions name most). Named levels are a data file (``data/relation_levels.tsv``).
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from pathlib import Path

from .errors import DataFileError
from .model import Article, Fact, Mention

LEVELS_FILE = Path(__file__).parent / "data" / "relation_levels.tsv"

_MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MON = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DATE = re.compile(
    rf"\b(?:(?P<m1>{_MON})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>1[89]\d\d|20\d\d)"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MON}),?\s+(?P<y2>1[89]\d\d|20\d\d)"
    rf"|(?P<m3>{_MON}),?\s+(?P<y3>1[89]\d\d|20\d\d)"
    rf"|(?P<y4>1[89]\d\d|20\d\d)-(?P<mo4>\d\d)-(?P<d4>\d\d)"
    rf"|(?P<y5>1[89]\d\d|20\d\d))\b", re.I)

_GROUP_CUE = re.compile(r"\b(bilateral|the two (?:countries|nations|sides|states|leaders|governments)|"
                        r"both (?:countries|nations|sides)|both\b|their countries|each other)", re.I)
_PLAN_CUE = re.compile(r"\b(toward|towards|consider\w*|discuss\w*|study|studying|explore|exploring|plan\w*|aim\w*|"
                       r"would|will|shall|could|may|might|soon|possib\w*|prospect|intend\w*|hope\w*|wish\w*|"
                       r"work on|working on|push for|seek\w*|to establish|to upgrade|to elevate|to raise)\b", re.I)
_NEGATION = re.compile(r"\b(not|never|no|without|yet to|severed|broke off|cut)\b", re.I)
_UPGRADE = re.compile(r"\b(elevat\w*|upgrad\w*|rais(?:e|ed|es|ing)|lift\w*|advanc\w*|promot\w*)\b[^.;]{0,80}?"
                      r"\b(ties|relations|relationship|partnership)\b", re.I)
_NEW_LEVEL = re.compile(r"\b(?:a |to a |to the )?(new|higher|next) level\b", re.I)
_ESTABLISH = re.compile(r"\b(establish(?:ed|ing|ment of)?|set up|forged?|forging|opened|normali[sz]ed)\b[^.;]{0,60}?"
                        r"\bdiplomatic (?:relations|ties)\b", re.I)
_SINCE = re.compile(r"\b(?:diplomatic (?:relations|ties)|(?:have|has) had (?:diplomatic )?(?:relations|ties))"
                    r"\s+(?:since|from)\s+", re.I)
_MEMBERS = re.compile(r"\b(?:both|fellow|all)\b[^.;]{0,40}?\b(?:members?|member states|signatories|parties)\s+"
                      r"(?:of|to|in)\s+(?:the\s+)?", re.I)
_TRADE_TALKS = re.compile(r"\b(talk\w*|negotiat\w*|launch\w*|push\w*|reach|conclude|is to|are to|unable)\b", re.I)
_TRADE = re.compile(r"\b(?:(bilateral)\s+)?(free[- ]trade (?:agreement|deal|pact)|FTA)\b", re.I)


@functools.lru_cache(maxsize=1)
def _levels() -> tuple[list[tuple[str, str, int]], dict[str, int]]:
    """(variant, canonical, rank) longest first, and rank by canonical name."""
    try:
        lines = LEVELS_FILE.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DataFileError(f"{LEVELS_FILE}: cannot read the relationship levels: {exc}") from exc
    variants: list[tuple[str, str, int]] = []
    ranks: dict[str, int] = {}
    header_seen = False
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            header_seen = True
            if cells[:2] != ["level", "rank"]:
                raise DataFileError(f"{LEVELS_FILE}:{n}: expected the header 'level<TAB>rank<TAB>variants'")
            continue
        if len(cells) < 2 or not cells[0].strip() or not cells[1].strip().isdigit():
            raise DataFileError(f"{LEVELS_FILE}:{n}: expected 'level<TAB>rank<TAB>variants' with a whole-number "
                                f"rank, got {line!r}")
        name, rank = cells[0].strip(), int(cells[1])
        ranks[name] = rank
        for v in {name.lower(), *(x.strip().lower() for x in (cells[2] if len(cells) > 2 else "").split("|"))}:
            if v:
                variants.append((v, name, rank))
    variants.sort(key=lambda x: -len(x[0]))
    return variants, ranks


@functools.lru_cache(maxsize=1)
def _level_pattern() -> re.Pattern:
    variants, _ = _levels()
    alternatives = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v, _, _ in variants)
    return re.compile(rf"\b({alternatives})\b", re.I)


def level_rank(level: str | None) -> int:
    """How close a named level is (0 when unknown)."""
    return _levels()[1].get(level or "", 0)


def canonical_level(text: str) -> str | None:
    key = " ".join(text.lower().split())
    for variant, name, _ in _levels()[0]:
        if variant == key:
            return name
    return None


def parse_date(m: re.Match) -> str:
    g = m.groupdict()
    if g["y4"]:
        return f"{g['y4']}-{g['mo4']}-{g['d4']}"
    for d, mo, y in (("d1", "m1", "y1"), ("d2", "m2", "y2")):
        if g[y]:
            month = _MONTHS[g[mo].lower().rstrip(".")[:3]]
            return f"{g[y]}-{month:02d}-{int(g[d]):02d}"
    if g["y3"]:
        month = _MONTHS[g["m3"].lower().rstrip(".")[:3]]
        return f"{g['y3']}-{month:02d}"
    return g["y5"]


def _first_date(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    m = _DATE.search(text, start, end)
    if not m:
        return None
    # "May" alone is a modal verb far more often than a month: require a year with it (the pattern does).
    return parse_date(m), m.start(), m.end()


class _Countries:
    """Country mentions of one article, by position, and its main pair."""

    def __init__(self, mentions: list[Mention]):
        self.items: list[tuple[int, int, str]] = []
        counts: Counter = Counter()
        for m in mentions:
            if m.actor.historical:
                continue
            codes = [a.country for a in m.members] if m.actor.kind == "group" else [m.actor.country]
            for c in codes:
                if c and m.actor.kind in ("state", "person", "group"):
                    self.items.append((m.start, m.end, c))
                    counts[c] += 1 if m.actor.kind != "group" else 0
        self.items.sort()
        top = [c for c, _ in counts.most_common(2)]
        self.main = tuple(sorted(top)) if len(top) == 2 else None

    def between(self, start: int, end: int) -> list[tuple[int, int, str]]:
        return [x for x in self.items if x[0] >= start and x[1] <= end]


def _pair(text: str, sent: tuple[int, int], match: tuple[int, int], countries: _Countries) -> tuple[str, str] | None:
    """The two countries a fact at ``match`` inside sentence ``sent`` is about."""
    s0, s1 = sent
    inside = countries.between(s0, s1)
    after = [x for x in inside if x[0] >= match[1]]
    before = [x for x in inside if x[1] <= match[0]]
    if after:
        gap = text[match[1]:after[0][0]].lower()
        if len(gap) < 40 and re.search(r"\bbetween\b", gap):
            others = [x for x in after if x[2] != after[0][2]]
            if others and others[0][0] - after[0][1] < 30:
                return tuple(sorted((after[0][2], others[0][2])))  # type: ignore[return-value]
        if len(gap) < 40 and re.search(r"\bwith\b", gap):
            subject = next((x[2] for x in reversed(before) if x[2] != after[0][2]), None)
            if subject is None and countries.main and after[0][2] in countries.main:
                subject = next(c for c in countries.main if c != after[0][2])
            if subject:
                return tuple(sorted((subject, after[0][2])))  # type: ignore[return-value]
    distinct = list(dict.fromkeys(x[2] for x in inside))
    if len(distinct) == 2:
        return tuple(sorted(distinct))  # type: ignore[return-value]
    cue = _GROUP_CUE.search(text, s0, s1)
    if len(distinct) == 1 and countries.main and distinct[0] in countries.main and (cue or re.search(
            r"\b(its|their)\b", text[s0:s1], re.I)):
        return countries.main
    if not distinct and cue and countries.main:
        return countries.main
    if len(distinct) > 2:
        near = sorted(inside, key=lambda x: min(abs(x[0] - match[1]), abs(match[0] - x[1])))
        chosen = list(dict.fromkeys(x[2] for x in near))[:2]
        if countries.main and set(countries.main) <= set(distinct):
            return countries.main
        return tuple(sorted(chosen))  # type: ignore[return-value]
    return None


def _sentences(doc, text: str) -> list[tuple[int, int]]:
    try:
        return [(s.start_char, s.end_char) for s in doc.sents]
    except (AttributeError, ValueError):
        return [(0, len(text))]


def extract_facts(doc, article: Article, mentions: list[Mention]) -> list[Fact]:
    """Facts stated about country pairs in one parsed article."""
    text = doc.text if doc is not None else article.body
    countries = _Countries(mentions)
    facts: list[Fact] = []
    seen: set[tuple] = set()

    def add(kind: str, value: str, date: str | None, i: int, sent, span: tuple[int, int]) -> None:
        pair = _pair(text, sent, span, countries)
        if not pair or pair[0] == pair[1]:
            return
        key = (kind, value, date, pair, i)
        if key in seen:
            return
        seen.add(key)
        facts.append(Fact(doc_id=article.doc_id, dyad=pair, kind=kind, value=value, date=date,
                          sentence_index=i, span=span))

    for i, sent in enumerate(_sentences(doc, text)):
        s0, s1 = sent
        used: list[tuple[int, int]] = []
        # Upgrades, done or planned, come first so their level is not also read as the current one.
        for m in _UPGRADE.finditer(text, s0, s1):
            lvl = _level_pattern().search(text, m.start(), min(s1, m.end() + 60))
            new_level = _NEW_LEVEL.search(text, m.start(), min(s1, m.end() + 60))
            planned = bool(_PLAN_CUE.search(text, max(s0, m.start() - 60), m.end()))
            if not lvl and not new_level:
                # "agreed to consider upgrading the relationship": a plan with no level named
                if planned and re.match(r"(elevat|upgrad)", m.group(1), re.I) and \
                        not _NEGATION.search(text, max(s0, m.start() - 25), m.start()):
                    add("upgrade_planned", "higher level", None, i, sent, (m.start(), m.end()))
                    used.append((m.start(), m.end()))
                continue
            end = (lvl or new_level).end()
            value = canonical_level(lvl.group(1)) if lvl else "higher level"
            past = re.match(r"(elevated|upgraded|raised|lifted|advanced|promoted)$", m.group(1), re.I)
            if _NEGATION.search(text, max(s0, m.start() - 25), m.start()):
                continue
            if planned or not past or not lvl:
                add("upgrade_planned", value, None, i, sent, (m.start(), end))
            else:
                found = _first_date(text, end, s1) or _first_date(text, s0, m.start())
                add("upgrade", value or "", found[0] if found else None, i, sent, (m.start(), end))
            used.append((m.start(), end))
        for m in _level_pattern().finditer(text, s0, s1):
            if any(a <= m.start() < b for a, b in used):
                continue
            value = canonical_level(m.group(1))
            if not value:
                continue
            lead = text[max(s0, m.start() - 45):m.start()]
            if _NEGATION.search(lead[-25:]):
                continue
            if re.search(r"\b(toward|towards|to establish|establishing|to upgrade|to elevate|to become)\b", lead, re.I):
                add("upgrade_planned", value, None, i, sent, (m.start(), m.end()))
            else:
                add("level", value, None, i, sent, (m.start(), m.end()))
        for m in _ESTABLISH.finditer(text, s0, s1):
            if _NEGATION.search(text, max(s0, m.start() - 25), m.end()):
                continue
            found = _first_date(text, m.end(), min(s1, m.end() + 60)) or \
                _first_date(text, max(s0, m.start() - 40), m.start())
            if found:
                add("relations_since", found[0], found[0], i, sent, (m.start(), max(m.end(), found[2])))
        for m in _SINCE.finditer(text, s0, s1):
            found = _first_date(text, m.end(), min(s1, m.end() + 25))
            if found and found[1] == m.end():
                add("relations_since", found[0], found[0], i, sent, (m.start(), found[2]))
        for m in _MEMBERS.finditer(text, s0, s1):
            org = next((x for x in mentions if x.start >= m.end() and x.start < m.end() + 120
                        and x.actor.kind == "igo" and x.actor.igo), None)
            if org is not None:
                value, end = org.actor.igo, org.end
            else:
                acro = re.compile(r"[^.;]{0,120}?\(([A-Z][A-Za-z-]{1,12})\)|([A-Z][A-Z-]{1,12})\b").match(text, m.end(), s1)
                if not acro:
                    continue
                value, end = acro.group(1) or acro.group(2), acro.end()
            add("membership", value, None, i, sent, (m.start(), end))
        for m in _TRADE.finditer(text, s0, s1):
            lead = text[max(s0, m.start() - 50):m.start()]
            if _PLAN_CUE.search(lead) or _TRADE_TALKS.search(lead) or _NEGATION.search(lead[-20:]):
                value = "free trade agreement (under negotiation or planned)"
            else:
                value = "free trade agreement"
            add("trade", value, None, i, sent, (m.start(), m.end()))
    return facts
