"""`--explain` output: rules, arguments, cues and reasons, per sentence."""
from __future__ import annotations

import io

import pytest

from communique.explain import write_explanation
from communique.model import ArticleResult
from events_helpers import code, state

pytestmark = pytest.mark.model


def test_explanation_names_rules_arguments_and_reasons(nlp):
    text = "Japan will visit India. The visit to Kenya was a success."
    found = code(nlp, text, {"Japan": state("JPN"), "India": state("IND"), "Kenya": state("KEN")}, explain=True)
    doc = nlp(text)
    result = ArticleResult(article=found.events[0] and __import__("communique.model", fromlist=["Article"]).Article(
        doc_id="t", body=text, published="2024-06-14"), events=found.events, trace=found.trace,
        sentences=[(s.start_char, s.end_char) for s in doc.sents])
    out = io.StringIO()
    write_explanation(result, out)
    text_out = out.getvalue()
    assert "consult.visit.verb" in text_out and "source=JPN" in text_out
    assert "status=planned (will visit)" in text_out
    assert "not emitted: no source" in text_out
    assert "-- 1 events" in text_out
