"""Session-4 round-2 status rule: a present-tense "when" clause under a modal main clause takes its own event
as given (planned); "until" still leaves it in doubt. Sentences are invented."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from communique.events.factuality import classify
from communique.events.lexicon import get_lexicon


@pytest.mark.parametrize("text, trigger, status", [
    ("I hope we can settle the matter when the premier visits Washington.", "visits", "planned"),
    ("Kenya could sign the deal when the envoy arrives in Nairobi.", "arrives", "planned"),
    ("Kenya says Ethiopia must wait until the envoy visits Nairobi.", "visits", "hypothetical"),
])
def test_a_when_clause_under_a_modal_is_planned(nlp, text, trigger, status):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    got = classify(tok, SimpleNamespace(status=None, type="CONSULT"), get_lexicon().cues, None, "2024-06-14")
    assert got[0] == status
