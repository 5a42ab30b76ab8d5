"""Session-5 status rule: a meeting in the simple present with a same-day time word ("holds talks ... today") is the
day's schedule in wire style, still to happen when reported; in the past tense, or for a statement, it has happened.
Sentences are invented."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from communique.events.factuality import classify
from communique.events.lexicon import get_lexicon


@pytest.mark.parametrize("text, word, etype, status", [
    ("LIMA, May 4 - Trade chief Ana Ruiz holds talks with her Bolivian counterpart today on rail tariffs.", "talks",
     "CONSULT", "planned"),
    ("The premier meets the Fijian foreign minister today in Suva.", "meets", "CONSULT", "planned"),
    ("The premier met the Fijian foreign minister today in Suva.", "met", "CONSULT", "occurred"),
    ("The premier urges Fiji today to lift the curfew.", "urges", "REQUEST", "occurred"),
])
def test_a_meeting_in_the_present_today_is_scheduled(nlp, text, word, etype, status):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    entry = SimpleNamespace(status=None, type=etype, mode=None)
    assert classify(tok, entry, get_lexicon().cues, None, "2024-06-14")[0] == status
