"""Strip scraped-page furniture from an article's text, keeping the news and its photo captions.

The rules are general (no site is named) and line-based, so clean wire copy passes through almost
untouched. A line is dropped when it is:

- a language switcher ("Vi", "EN | VI", "English Tiếng Việt");
- a comment counter ("Comments0", "Comments (3)", "0 comments");
- a byline or "last updated" line ("by VNA17 November 2024 Last updated at 12:00 PM",
  "Updated: 18/11/2024 09:30"); its outlet, author and date go to the metadata;
- a row of share/print buttons ("Share Tweet Print", "Copy link");
- a link list: "Read more: ...", "Related", "Tags: ...", and the headline-like lines under a
  bare "Related" heading;
- a photo marker ("<headline> - Ảnh 1.", "- Photo 2"); "Photo 3: <caption>" keeps the caption;
- the headline, at the top and wherever it is repeated;
- a credits line at the end ("Reporting by ...; Editing by ...").

An agency sign-off at the very end ("— VNA/VNS", "(Reuters)", "-- Xinhua", "/AFP/", "REUTER") is cut
from its paragraph and the agency becomes the outlet. Photo captions ("... (Photo: VNA)",
"Photo: ...", "(Photo by ...)", and figure captions an HTML reader passes in) stay in the body and
are listed with their offsets. Words the rules rely on live in ``data/furniture.yaml``.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from ..errors import DataFileError
from . import metadata as md

# ---------------------------------------------------------------------------- data file


@dataclass(frozen=True)
class Furniture:
    agencies: dict[str, str]            # lower-cased spelling -> outlet name
    language_codes: frozenset[str]
    language_names: tuple[str, ...]     # lower-cased, longest first
    share_words: tuple[str, ...]        # lower-cased, longest first
    link_markers: tuple[str, ...]       # lower-cased, longest first
    share_re: re.Pattern[str] = re.compile(r"(?!x)x")
    language_re: re.Pattern[str] = re.compile(r"(?!x)x")


def _strings(data: dict[str, Any], key: str, where: str) -> list[str]:
    value = data.get(key)
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise DataFileError(f"{where}: '{key}' must be a non-empty list of strings; fix the file and retry")
    return [v.strip() for v in value]


def parse_furniture(data: Any, where: str = "furniture.yaml") -> Furniture:
    """Validate the furniture data (as loaded from YAML)."""
    if not isinstance(data, dict):
        raise DataFileError(f"{where}: expected a mapping with agencies, languages, share_words, link_markers")
    agencies: dict[str, str] = {}
    entries = data.get("agencies")
    if not isinstance(entries, list) or not entries:
        raise DataFileError(f"{where}: 'agencies' must be a non-empty list of {{name, aliases}}")
    for i, entry in enumerate(entries, 1):
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or not entry["name"].strip():
            raise DataFileError(f"{where}: agencies entry {i} needs a 'name' (text)")
        aliases = entry.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise DataFileError(f"{where}: agencies entry {i} ({entry['name']}): 'aliases' must be a list of text")
        name = entry["name"].strip()
        for spelling in [name, *aliases]:
            agencies[spelling.strip().lower()] = name
    languages = data.get("languages")
    if not isinstance(languages, dict):
        raise DataFileError(f"{where}: 'languages' must be a mapping with 'codes' and 'names'")
    codes = _strings(languages, "codes", where)
    names = _strings(languages, "names", where)

    def longest_first(items: list[str]) -> tuple[str, ...]:
        return tuple(sorted({i.lower() for i in items}, key=len, reverse=True))

    share_words = longest_first(_strings(data, "share_words", where))
    language_names = longest_first(names)

    def alternation(words: tuple[str, ...]) -> re.Pattern[str]:
        return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")

    return Furniture(
        agencies=agencies,
        language_codes=frozenset(c.lower() for c in codes),
        language_names=language_names,
        share_words=share_words,
        link_markers=longest_first(_strings(data, "link_markers", where)),
        share_re=alternation(share_words),
        language_re=alternation(language_names),
    )


@functools.lru_cache(maxsize=1)
def furniture() -> Furniture:
    import yaml

    path = resources.files("communique.read") / "data" / "furniture.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise DataFileError(f"{path}: not valid YAML ({exc}); fix the file and retry") from exc
    return parse_furniture(data, str(path))


def agency_name(token: str, *, strict: bool = True) -> str | None:
    """Outlet name for a sign-off token ("VNA/VNS", "Reuters"); unknown all-caps parts pass when not strict."""
    known = furniture().agencies
    names = []
    for part in re.split(r"\s*/\s*", token.strip()):
        name = known.get(part.lower())
        if name is None:
            if strict or not re.fullmatch(r"[A-Z]{2,6}", part):
                return None
            name = part
        names.append(name)
    return "/".join(names) if names else None


# ---------------------------------------------------------------------------- line rules

_SEPARATORS = re.compile(r"[|/·•,;:\-–—_()\[\]<>»«›‹]+")
_COMMENTS = re.compile(r"(?i)^(?:comments?\s*:?\s*\(?\d*\)?|\d+\s+comments?|bình luận\s*\(?\d*\)?|"
                       r"(?:leave|add|post|view|show)\s+(?:a\s+|all\s+)?comments?\s*\(?\d*\)?)$")
_UPDATED = re.compile(r"(?i)^(?:last\s+)?(?:updated|modified|published|posted|cập nhật)(?:\s+(?:on|at))?\s*:?\s*"
                      r"(?P<rest>.*)$")
_BYLINE = re.compile(
    r"^(?:[Bb]y|BY)\s+(?P<who>[A-Z][^\n]{0,80}?)"
    rf"(?P<date>{md.ANY_DATE})?"
    r"(?:\s*[,|·•-]?\s*(?:\d{1,2}[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*\(?(?:GMT|UTC|ICT)[+-]?\d*\)?)?))?"
    r"\s*(?:[|·•,-]\s*)?(?P<tail>(?:last\s+)?(?:updated|published|posted)\b.*)?$",
    re.I,
)
_OUTLET_WORDS = re.compile(r"\b(?:News|Wire|Agency|Press|Times|Post|Herald|Tribune|Gazette|Service|Network|TV|Radio"
                           r"|Online|Daily|Journal|Media)\b")
_CREDITS = re.compile(r"(?i)^(?:\(?(?:reporting|writing|editing|additional reporting|compiled|translated)\s+by\b[^\n]*)$")
_PHOTO_WORD = r"(?:photo|ảnh|image|picture|foto|hình)"
_MARKER_SUFFIX = re.compile(rf"(?i)^(?P<head>.*?)\s*[-–—]\s*{_PHOTO_WORD}\s*\d+\s*[.:]?\s*$")
_MARKER_PREFIX = re.compile(rf"(?i)^{_PHOTO_WORD}\s*\d+\s*[:.]\s*(?P<rest>.*)$")
_CAPTION = re.compile(
    rf"(?i)(?:\(\s*(?:[\w./]+\s+)?(?:file\s+)?{_PHOTO_WORD}\b[^()]{{0,100}}\)\s*\.?\s*$"
    rf"|^{_PHOTO_WORD}\s*(?:by\b|:)"
    rf"|\b{_PHOTO_WORD}\s*:\s*[^.]{{1,60}}\.?\s*$"
    rf"|\b{_PHOTO_WORD}\s+courtesy\b[^.]{{0,60}}\.?\s*$)"
)
_SENTENCE_END = r"[.!?\"”’'»)]"


def _fold(text: str) -> str:
    """Comparable form of a line: NFC, plain quotes, lower case, single spaces, no end punctuation."""
    from ..nlp import normalise_quotes

    text = normalise_quotes(unicodedata.normalize("NFC", text)).lower()
    return re.sub(r"\s+", " ", text).strip(" .:;,-")


def is_language_switcher(line: str) -> bool:
    f = furniture()
    rest = line.strip().lower()
    if not rest or len(rest) > 80:
        return False
    rest = f.language_re.sub(" ", rest)
    tokens = [t for t in _SEPARATORS.sub(" ", rest).split() if t]
    return all(t in f.language_codes for t in tokens) and len(tokens) <= 12


def is_comment_counter(line: str) -> bool:
    return bool(_COMMENTS.match(line.strip()))


def is_share_row(line: str) -> bool:
    rest = line.strip().lower()
    if len(rest) > 120:
        return False
    rest = furniture().share_re.sub(" ", rest)
    return not _SEPARATORS.sub(" ", rest).strip() and bool(line.strip())


def link_marker(line: str) -> str | None:
    """'Read more: ...' -> the rest after the marker ('' for a bare heading); None if not a link line."""
    low = line.strip().lower()
    for marker in furniture().link_markers:
        if low == marker:
            return ""
        if low.startswith(marker):
            rest = line.strip()[len(marker):]
            m = re.match(r"\s*[:>»|–—-]\s*(.*)$", rest)
            if m:
                return m.group(1)
    return None


def parse_byline(line: str) -> tuple[str | None, str | None, str | None] | None:
    """(outlet, author, date) of a byline line, or None when the line is not one."""
    s = line.strip()
    if len(s) > 140 or s.endswith(".") and not re.search(r"\b(?:AM|PM|a\.m\.|p\.m\.)$", s, re.I):
        return None
    m = _BYLINE.match(s)
    if not m:
        return None
    who = m.group("who").strip(" ,|-–—·")
    parts = [p.strip() for p in re.split(r"\s*(?:,|\||·|•|\band\b|–|—| - )\s*", who) if p.strip()]
    if not parts or len(who.split()) > 8:
        return None
    outlet, authors = None, []
    for part in parts:
        name = agency_name(part) or (part if _OUTLET_WORDS.search(part) else None)
        if name and not outlet:
            outlet = name
        elif re.fullmatch(r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|da|van|von|bin|al))*", part):
            authors.append(part)
        else:
            return None
    date = md.parse_date(m.group("date")) if m.group("date") else None
    if not date and m.group("tail"):
        date = _date_in(m.group("tail"))
    return outlet, (", ".join(authors) or None), date


def _date_in(text: str) -> str | None:
    m = re.search(md.ANY_DATE, text)
    return md.parse_date(m.group()) if m else None


def updated_line(line: str) -> tuple[str | None] | None:
    """(date,) of a 'Last updated ...' / 'Published: ...' line, or None when the line is not one."""
    s = line.strip()
    m = _UPDATED.match(s)
    if not m or len(s.split()) > 14 or not re.search(r"\d", m.group("rest") or ""):
        return None
    return (_date_in(m.group("rest")),)


def is_caption(line: str) -> bool:
    return bool(_CAPTION.search(line.strip()))


def split_signoff(paragraph: str) -> tuple[str, str] | None:
    """(text without sign-off, outlet) when the paragraph ends with an agency sign-off."""
    s = paragraph.rstrip()
    patterns = (
        (rf"(?:^|(?<={_SENTENCE_END})|\s)\s*(?:[—–]|--?)\s*(?P<a>[A-Za-z][\w-]*(?:\s*/\s*[A-Za-z][\w-]*)*)\s*\.?$", False),
        (rf"(?:^|(?<={_SENTENCE_END}))\s*\((?P<a>[A-Za-z][\w .-]*(?:/[A-Za-z][\w .-]*)*)\)$", True),
        (rf"(?:^|(?<={_SENTENCE_END}))\s*/(?P<a>[A-Za-z][\w-]*(?:/[A-Za-z][\w-]*)*)/$", True),
        (rf"(?:^|(?<={_SENTENCE_END}))\s+(?P<a>[A-Z][A-Z]+(?:/[A-Z]+)*)$", True),
    )
    for pattern, strict in patterns:
        m = re.search(pattern, s)
        if not m:
            continue
        name = agency_name(m.group("a"), strict=strict)
        if name:
            return s[:m.start()].rstrip(), name
    return None


# ---------------------------------------------------------------------------- the cleaner

@dataclass
class Cleaned:
    body: str
    captions: list[str] = field(default_factory=list)
    caption_spans: list[tuple[int, int]] = field(default_factory=list)
    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    published: str | None = None
    removed: list[tuple[str, str]] = field(default_factory=list)   # (rule, line)


def _normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "").replace("\u2028", "\n")
    return "\n".join(line.strip() for line in text.split("\n"))


def _headline_at_top(lines: list[str]) -> int | None:
    """Index of the headline among the first lines, skipping furniture."""
    for i, line in enumerate(lines[:12]):
        s = line.strip()
        if not s or is_language_switcher(s) or is_comment_counter(s) or is_share_row(s):
            continue
        if md.looks_like_headline(s) and not is_caption(s):
            nxt = next((x.strip() for x in lines[i + 1:] if x.strip()), "")
            if i + 1 < len(lines) and (not lines[i + 1].strip() or parse_byline(nxt) or is_comment_counter(nxt)
                                       or _fold(nxt) == _fold(s) or updated_line(nxt) or md.date_only_line(nxt)):
                return i
        return None
    return None


def clean_text(text: str, *, title: str | None = None, captions: Iterable[str] = (),
               find_title: bool = True) -> Cleaned:
    """Clean an article's text. ``title`` (when known) is removed where the text repeats it; with
    ``find_title`` a headline on the first line is taken as the title. ``captions`` are extra lines
    to mark as captions (figure captions from an HTML page)."""
    result = Cleaned(body="")
    lines = _normalise(text).split("\n")
    caption_set = {_fold(c) for c in captions if c.strip()}

    if not title and find_title:
        top = _headline_at_top(lines)
        if top is not None:
            title = lines[top].strip()
    result.title = title
    folded_title = _fold(title) if title else None

    kept: list[tuple[str, bool]] = []           # (line, is_caption)
    in_link_list = False
    top_region = 0                                # non-empty lines seen so far
    for raw in lines:
        line = raw.strip()
        if not line:
            kept.append(("", False))
            continue
        top_region += 1
        folded = _fold(line)
        if in_link_list:
            if md.looks_like_headline(line) and not is_caption(line):
                result.removed.append(("link_list", line))
                continue
            in_link_list = False
        if folded_title and folded == folded_title:
            result.removed.append(("headline", line))
            continue
        if is_language_switcher(line):
            result.removed.append(("language_switcher", line))
            continue
        if is_comment_counter(line):
            result.removed.append(("comment_counter", line))
            continue
        byline = parse_byline(line) if top_region <= 12 or len(line) < 60 else None
        if byline:
            outlet, author, date = byline
            result.outlet = result.outlet or outlet
            result.byline = result.byline or author
            result.published = result.published or date
            result.removed.append(("byline", line))
            continue
        updated = updated_line(line)
        if updated:
            result.published = result.published or updated[0]
            result.removed.append(("updated", line))
            continue
        if is_share_row(line):
            result.removed.append(("share_buttons", line))
            continue
        rest = link_marker(line)
        if rest is not None and (not rest or md.looks_like_headline(rest) or len(rest.split()) <= 12):
            result.removed.append(("link_list", line))
            in_link_list = not rest
            continue
        if _CREDITS.match(line):
            result.removed.append(("credits", line))
            continue
        m = _MARKER_SUFFIX.match(line)
        if m:
            head = m.group("head").strip()
            result.removed.append(("photo_marker", line))
            if not head or (folded_title and _fold(head) == folded_title) or not re.search(rf"{_SENTENCE_END}$", head):
                continue
            line, folded = head, _fold(head)
        m = _MARKER_PREFIX.match(line)
        if m:
            result.removed.append(("photo_marker", line))
            line = m.group("rest").strip()
            if not line:
                continue
            kept.append((line, True))
            continue
        kept.append((line, folded in caption_set or is_caption(line)))

    # The agency sign-off at the end of the last paragraph.
    last = next((i for i in range(len(kept) - 1, -1, -1) if kept[i][0]), None)
    if last is not None and not kept[last][1]:
        split = split_signoff(kept[last][0])
        if split:
            remainder, outlet = split
            result.removed.append(("signoff", kept[last][0][len(remainder):].strip()))
            result.outlet = result.outlet or outlet
            kept[last] = (remainder, False)

    _assemble(kept, result)
    return result


def _assemble(kept: list[tuple[str, bool]], result: Cleaned) -> None:
    """Join the kept lines (one blank line at most between paragraphs) and record caption offsets."""
    parts: list[str] = []
    pos = 0
    pending_blank = False
    for line, caption in kept:
        if not line:
            pending_blank = bool(parts)
            continue
        if parts:
            sep = "\n\n" if pending_blank else "\n"
            parts.append(sep)
            pos += len(sep)
        pending_blank = False
        if caption:
            result.captions.append(line)
            result.caption_spans.append((pos, pos + len(line)))
        parts.append(line)
        pos += len(line)
    result.body = "".join(parts)
