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
from dataclasses import dataclass

_PARAGRAPH = re.compile(r"\S(?:.*?)(?=\n[ \t]*\n|\Z)", re.S)
_WORD = re.compile(r"[^\W\d_]+(?:[.'’\-][^\W\d_]+)*\.?", re.U)

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
    actor_words: frozenset[str]         # lower-case single words that are (part of) an actor form


@functools.lru_cache(maxsize=1)
def vocabulary() -> Vocabulary | None:
    """Trigger forms from the event lexicon, actor-ish words from the actor gazetteer
    (None when this installation has no lexicon or gazetteer: then nothing is blanked)."""
    try:
        from .actors.gazetteer import DATA_DIR, load_countries, load_igos, load_titles
        from .events.lexicon import get_lexicon
    except ImportError:
        return None

    lexicon = get_lexicon()
    triggers: set[str] = set()
    for lemma in set(lexicon.trigger_lemmas) | set(lexicon.instruments):
        for part in lemma.replace("-", " ").split():
            triggers |= inflections(part)
    actor_words: set[str] = set(REFERRING_WORDS)

    def add(form: str) -> None:
        form = form.lstrip("=")
        for word in _WORD.findall(form):
            actor_words.add(word.lower().rstrip("."))

    for _entry, forms in load_countries(DATA_DIR / "countries.tsv"):
        for _kind, form in forms:
            add(form)
    for _entry, forms in load_igos(DATA_DIR / "igos.tsv"):
        for form in forms:
            add(form)
    for phrase, _entry in load_titles(DATA_DIR / "titles.tsv"):
        add(phrase)
    # Words too common to mean anything alone (parts of multi-word names such as "United States").
    actor_words -= {"of", "the", "and", "for", "de", "la", "del", "new", "united", "republic", "state",
                    "states", "south", "north", "east", "west", "democratic", "people", "s", "st", "saint"}
    return Vocabulary(frozenset(triggers), frozenset(actor_words))


def _fold(word: str) -> str:
    from .actors.gazetteer import fold

    return fold(word.rstrip(".")).replace("’", "'")


def may_hold_event(text: str, vocab: Vocabulary | None = None) -> bool:
    """Does this piece of text name something actor-ish and carry a trigger word?"""
    vocab = vocab or vocabulary()
    if vocab is None:
        return True
    words = {_fold(w) for w in _WORD.findall(text)}
    for w in list(words):
        if "'" in w:                                    # "Vietnam's" -> "vietnam"
            words.add(w.split("'")[0])
        if "-" in w:                                    # "Vietnam-Chile", "co-chair"
            words.update(w.split("-"))
    return not words.isdisjoint(vocab.actor_words) and not words.isdisjoint(vocab.triggers)


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
