"""Session-5 status rule: the invitation an act answers ("at the invitation of X") was made before the act, so it
has occurred even when the act is still to come. Sentences are invented."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from communique.events.factuality import classify
from communique.events.lexicon import get_lexicon


def _status(nlp, text, trigger, mode):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    entry = SimpleNamespace(status=None, type="AGREE", mode=mode)
    return classify(tok, entry, get_lexicon().cues, None, "2024-06-14")[0]


@pytest.mark.parametrize("text", [
    "The three-day trip will begin on Sunday at the invitation of the Peruvian foreign minister.",
    "Ms. Alvarez is to visit Hanoi next month on the invitation of her Vietnamese counterpart.",
])
def test_an_answered_invitation_has_occurred(nlp, text):
    assert _status(nlp, text, "invitation", "invite") == "occurred"


def test_a_future_invitation_stays_planned(nlp):
    assert _status(nlp, "Chile will send an invitation to the Bolivian president next week.", "invitation",
                   "invite") == "planned"
