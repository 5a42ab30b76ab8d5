"""Session-5 status rule: for an act alleged by whoever reports it (accused_doer entries), the event is the
allegation, made when it was said: "X said Y would break the treaty" is an accusation that occurred. A negated act
stays negated, and a saying still to come is a plan. An accusation noun marked "alleged" is charged when the act it
grounds is announced. Sentences are invented."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from communique.events.factuality import classify
from communique.events.lexicon import get_lexicon

ALLEGED = SimpleNamespace(status=None, type="ACCUSE", mode="allege", accused_doer=True)


@pytest.mark.parametrize("text, status", [
    ("The deputy minister replied within the hour, saying Canada would break the treaty by drilling there.", "occurred"),
    ("Peru charged that Chile broke the truce on the river.", "occurred"),
    ("Peru will say that Chile broke the truce.", "planned"),
    ("Peru said Chile did not break the truce.", "negated"),
])
def test_the_allegation_takes_the_status_of_its_saying(nlp, text, status):
    doc = nlp(text)
    tok = next(t for t in doc if t.lemma_ == "break")
    assert classify(tok, ALLEGED, get_lexicon().cues, None, "2024-06-14")[0] == status


ALLEGED_NOUN = SimpleNamespace(status=None, type="ACCUSE", mode="allege",
                               requires_modifier=frozenset({"alleged", "suspected", "purported"}))


@pytest.mark.parametrize("text, status", [
    ("Chile will raise duties on Peruvian wine over an alleged breach of the trade pact.", "occurred"),
    ("The minister said Chile would raise duties on Peruvian wine over an alleged breach of the pact.", "occurred"),
    ("The minister will say that Chile is raising duties over an alleged breach of the pact.", "planned"),
])
def test_an_alleged_wrong_is_charged_when_its_ground_is_announced(nlp, text, status):
    doc = nlp(text)
    tok = next(t for t in doc if t.lower_ == "breach")
    assert classify(tok, ALLEGED_NOUN, get_lexicon().cues, None, "2024-06-14")[0] == status
