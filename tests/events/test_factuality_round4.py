"""Round-4 factuality cues, each on a sentence written for this test (real spaCy model, actors by hand)."""
from __future__ import annotations

import pytest

from test_types_coverage import has
from test_types_round4 import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, ptype, cameo, source, target, status", [
    # a refusal does not reach a trigger in a phrase of circumstance under it (cues.circumstance_preps) ...
    ("During the Kenyan bombing of rebel camps in Somalia, Ethiopia refused to allow Kenyan planes to overfly its territory.",
     "ASSAULT", "19", "KEN", "SOM", "occurred"),
    # ... but it still reaches what it governs
    ("Kenya refused to take part in the talks with Ethiopia.", "CONSULT", "040", "KEN", "ETH", "negated"),
    # "has to" is not done yet
    ("Kenya still has to sign the protocol with Ethiopia.", "AGREE", "032", "KEN", "ETH", "planned"),
    # a planning participle after the noun, also on the count of it ("two rounds of talks, scheduled for ...")
    ("Three rounds of talks between Kenya and Ethiopia, scheduled for May and June, follow a year of border clashes.",
     "AGREE", "036", "KEN", "ETH", "planned"),
    # the passive subject of a planning verb; a "for" phrase on a verb whose object is a planning noun
    ("The Kenyan premier's visit to Ethiopia was planned to coincide with the celebrations.", "AGREE", "036", "KEN", "ETH",
     "planned"),
    ("Kenyan and Ethiopian officials laid the groundwork for the Kenyan president's visit to Ethiopia.", "AGREE", "036", "KEN",
     "ETH", "planned"),
    # "ruled out" cancels the act it governs (a gerund there is no purpose); an improbable act is hypothetical
    ("Kenya on Wednesday ruled out sending troops to Somalia.", "MOBILIZE", "154", "KEN", "SOM", "negated"),
    ("Kenyan diplomats said it was almost inconceivable that Kenya would make concessions to Ethiopia.", "CONCEDE",
     "080", "KEN", "ETH", "hypothetical"),
    ("The Kenyan president is unlikely to visit Ethiopia this year.", "CONSULT", "042", "KEN", "ETH", "hypothetical"),
    # a purpose under a verb of stopping is still a plan
    ("Kenya will stop in Cairo to meet Egypt's president.", "AGREE", "036", "KEN", "EGY", "planned"),
    # a clause before a planning verb keeps its own tense (a semicolon read as a complement)
    ("Peru has already ratified its accord with Kenya; Ethiopia plans to sign the accord next month.", "SUPPORT", "057",
     "PER", "KEN", "occurred"),
    # an infinitive after a ranked noun says who did it (cues.ordinal_words), not what is to come
    ("The Kenyan minister is the first Kenyan foreign minister to visit Ethiopia.", "CONSULT", "042", "KEN", "ETH", "occurred"),
    ("Kenya, the first African state to sign a border treaty with Ethiopia, trades with both neighbours.",
     "SUPPORT", "057", "KEN", "ETH", "occurred"),
])
def test_round4_status(nlp, text, ptype, cameo, source, target, status):
    events = coded(nlp, text)
    assert has(events, ptype, cameo, source, target, status), events


def test_an_infinitive_after_a_plain_noun_stays_planned(nlp):
    events = coded(nlp, "Kenya is the country to visit Ethiopia.")
    assert has(events, "AGREE", "036", "KEN", "ETH", "planned"), events
