"""Skip what cannot hold an event before parsing it (the pipeline's pre-filter stage).

The spaCy parse is the main cost. A paragraph can only yield an event when it names an actor-ish
thing (a country, demonym, capital, organisation, title or role word from the actor gazetteer, or
a personal pronoun that may refer back to one) AND carries a trigger word (any inflection of a lemma
of the event lexicon, or an instrument noun). Other paragraphs are blanked: a full stop, then spaces
and the paragraph's own line breaks, so the parser sees a one-token sentence instead of the
paragraph, and every character offset into the article stays the same.

The first paragraph (dateline, lead) is always kept: dates and places are resolved from it.
Pure: uses only the packaged gazetteer and lexicon.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

_PARAGRAPH = re.compile(r"\S(?:.*?)(?=\n[ \t]*\n|\Z)", re.S)

# Pronouns and plural references that may stand for an actor named in an earlier paragraph.
REFERRING_WORDS = frozenset("he she they his her their them we our sides leaders countries nations".split())

# Irregular English forms of lexicon lemmas (regular ones are generated).
IRREGULAR = {
    "meet": ("met",), "hold": ("held",), "speak": ("spoke", "spoken"), "give": ("gave", "given"),
    "send": ("sent",), "make": ("made",), "strike": ("struck", "stricken"), "fight": ("fought",),
    "shoot": ("shot",), "break": ("broke", "broken"), "lend": ("lent",), "seek": ("sought",),
    "take": ("took", "taken"), "withdraw": ("withdrew", "withdrawn"), "forgive": ("forgave", "forgiven"),
    "freeze": ("froze", "frozen"), "lead": ("led",), "begin": ("began", "begun"), "have": ("had", "has"),
    "undertake": ("undertook", "undertaken"), "bring": ("brought",), "buy": ("bought",), "sell": ("sold",),
    "win": ("won",), "tell": ("told",), "say": ("said",), "pay": ("paid",), "lay": ("laid",),
    "bestow": ("bestowed",), "wind": ("wound",), "wound": ("wounded",), "arise": ("arose",),
    "draw": ("drew", "drawn"), "ink": ("inked",), "shake": ("shook", "shaken"),
}


def inflections(lemma: str) -> set[str]:
    """Regular English inflections of a lemma (over-generating is harmless here)."""
    w = lemma.lower()
    forms = {w, w + "s", w + "es", w + "ed", w + "ing", w + "d"}
    if w.endswith("e"):
        forms |= {w[:-1] + "ing", w + "d"}
    if w.endswith("y") and len(w) > 2 and w[-2] not in "aeiou":
        forms |= {w[:-1] + "ies", w[:-1] + "ied"}
    if len(w) >= 3 and w[-1] not in "aeiouwxy" and w[-2] in "aeiou" and w[-3] not in "aeiou":
        forms |= {w + w[-1] + "ed", w + w[-1] + "ing"}          # stop -> stopped, ship -> shipped
    forms |= set(IRREGULAR.get(w, ()))
    return forms


@dataclass(frozen=True)
class Vocabulary:
    triggers: frozenset[str]            # lower-case surface forms of trigger words
    # surface form -> forms of which one must also be in the text ("took" needs "hostage(s)");
    # a form missing here fits on its own
    needs: dict[str, frozenset[str]] = field(default_factory=dict)


@functools.lru_cache(maxsize=1)
def vocabulary() -> Vocabulary | None:
    """Trigger forms from the event lexicon (None when this installation has no lexicon or actor
    gazetteer: then nothing is blanked)."""
    try:
        from .actors.gazetteer import gazetteer
        from .events.lexicon import get_lexicon
    except ImportError:
        return None
    gazetteer()
    lexicon = get_lexicon()
    conditions = lexicon.trigger_conditions() if hasattr(lexicon, "trigger_conditions") else {}
    triggers: set[str] = set()
    needs: dict[str, set[str] | None] = {}
    for lemma in set(lexicon.trigger_lemmas) | set(lexicon.instruments):
        head = lemma.replace("-", " ").split()
        if not head:
            continue
        forms = inflections(head[0])                    # "step in": the verb, not the particle
        triggers |= forms
        words = conditions.get(lemma) if lemma not in lexicon.instruments else None
        required = None if words is None else {f for w in words for f in inflections(w.lower())}
        for form in forms:
            if form in needs and needs[form] is None:
                continue
            needs[form] = None if required is None else (needs.get(form) or set()) | required
    return Vocabulary(frozenset(triggers),
                      {form: frozenset(req) for form, req in needs.items() if req is not None})


_TOKEN = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*\.?|\d+|[^\w\s]", re.U)
_SENTENCE_END = {".", "!", "?", '"', "'", ":"}


def _names_actor(tokens: list[str]) -> bool:
    """A gazetteer phrase (country, demonym, capital, organisation, title, role) among the tokens:
    the same keys as the actor resolver (folded tokens joined without spaces; some forms exact-case)."""
    from .actors.gazetteer import fold, fold_case, gazetteer

    gaz = gazetteer()
    folded = [fold(t) for t in tokens]
    for i in range(len(tokens)):
        if folded[i] in REFERRING_WORDS:
            return True
        fkey = ekey = ""
        for j in range(i, min(i + gaz.max_tokens, len(tokens))):
            fkey += folded[j]
            ekey += fold_case(tokens[j])
            in_f, in_e = fkey in gaz.folded_prefixes, ekey in gaz.exact_prefixes
            if not (in_f or in_e):
                break
            if gaz.lookup(fkey, ekey):
                return True
    return False


def _introduces_person(tokens: list[str]) -> bool:
    """A title of the gazetteer directly followed by a capitalised name ("Prime Minister Per Lund"):
    the paragraph teaches who a person is, and later short mentions ("Lund said") need it parsed."""
    from .actors.gazetteer import fold, fold_case, gazetteer

    gaz = gazetteer()
    folded = [fold(t) for t in tokens]
    for i in range(len(tokens) - 1):
        fkey = ekey = ""
        for j in range(i, min(i + gaz.max_tokens, len(tokens) - 1)):
            fkey += folded[j]
            ekey += fold_case(tokens[j])
            if not (fkey in gaz.folded_prefixes or ekey in gaz.exact_prefixes):
                break
            nxt = tokens[j + 1]
            if nxt[:1].isupper() and nxt.isalpha() and any(e.kind == "title" for e in gaz.lookup(fkey, ekey)):
                return True
    return False


def _has_trigger(tokens: list[str], triggers: frozenset[str], needs: dict[str, frozenset[str]] | None = None) -> bool:
    """A trigger word; capitalised words count only at a sentence start ("March" is a month); a
    word that is a trigger only with a companion ("take" + "hostage") needs the companion too."""
    previous = "."
    lowered: set[str] | None = None
    for token in tokens:
        if token[0].isupper() and previous not in _SENTENCE_END and not token.isupper():
            previous = token
            continue
        low = token.lower()
        if low in triggers:
            required = (needs or {}).get(low)
            if required is None:
                return True
            if lowered is None:
                lowered = {t.lower() for t in tokens}
            if required & lowered:
                return True
        previous = token
    return False


def may_hold_event(text: str, vocab: Vocabulary | None = None) -> bool:
    """Does this piece of text name something actor-ish and carry a trigger word?"""
    vocab = vocab or vocabulary()
    if vocab is None:
        return True
    tokens = _TOKEN.findall(text.replace("\u2019", "'"))
    if _has_trigger(tokens, vocab.triggers, vocab.needs) and _names_actor(tokens):
        return True
    return _introduces_person(tokens)


def _blank(paragraph: str) -> str:
    """A full stop, then spaces and the paragraph's own line breaks: the parser sees a one-token
    sentence of its own (a line break starts a sentence), so the sentence before ends where it did."""
    return "." + re.sub(r"[^\n]", " ", paragraph[1:])


def blank_unlikely_paragraphs(text: str, vocab: Vocabulary | None = None) -> tuple[str, int]:
    """The text with paragraphs that cannot hold an event blanked (same length, same line breaks).

    Returns the text to parse and the number of characters blanked.
    """
    vocab = vocab or vocabulary()
    if vocab is None:
        return text, 0
    pieces: list[str] = []
    last = 0
    blanked = 0
    for n, m in enumerate(_PARAGRAPH.finditer(text)):
        para = m.group(0)
        if n == 0 or may_hold_event(para, vocab):
            continue
        pieces.append(text[last:m.start()])
        pieces.append(_blank(para))
        blanked += len(para)
        last = m.end()
    if not pieces:
        return text, 0
    pieces.append(text[last:])
    return "".join(pieces), blanked
