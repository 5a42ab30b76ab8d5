"""Session-5 status rule: an active infinitive on a talks noun says what the talks were for; under a verb in the
simple past the talks took place ("opened talks to end the strike"), while a passive infinitive or a future verb
still makes them a plan. On a noun of another kind (a refusal, a call) the infinitive is its content, never a time.
Sentences are invented."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from communique.events.factuality import classify
from communique.events.lexicon import get_lexicon


def _status(nlp, text):
    doc = nlp(text)
    tok = next(t for t in doc if t.lower_ == "talks")
    return classify(tok, SimpleNamespace(status=None, type="CONSULT", mode="talks"), get_lexicon().cues, None,
                    "2024-06-14")[0]


@pytest.mark.parametrize("text, status", [
    ("Union leaders opened talks to settle the dock strike, the port authority said.", "occurred"),
    ("The mediator flew in for talks to end the border clashes.", "occurred"),
    ("The mediator will fly in for talks to end the border clashes.", "planned"),
    ("Talks to be held in Accra will cover the border clashes.", "planned"),
])
def test_purpose_infinitive_and_tense(nlp, text, status):
    assert _status(nlp, text) == status


def _content_status(nlp, text, noun, etype):
    doc = nlp(text)
    tok = next(t for t in doc if t.lower_ == noun)
    return classify(tok, SimpleNamespace(status=None, type=etype), get_lexicon().cues, None, "2024-06-14")[0]


def test_what_a_refusal_refuses_is_no_time(nlp):
    text = "The talks stalled over Norway's refusal to lower its fishing quotas."
    assert _content_status(nlp, text, "refusal", "REJECT") == "occurred"
