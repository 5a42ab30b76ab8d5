"""Scoring against gold annotations (pure functions over dicts; no files, no model).

    score.py      article-level gold (shared/gold/README.md): match, one-to-one, P/R/F1, must_not
    sentences.py  sentence-level gold (gold/README.md): type, dyad and CAMEO-root P/R/F1
    report.py     render a report dict as a readable table

The I/O (reading gold, coding articles, printing) lives in ``communique.evaluate``.
"""
from .score import score_events, validate_gold
from .sentences import score_sentences, validate_sentence_gold

__all__ = ["score_events", "validate_gold", "score_sentences", "validate_sentence_gold"]
