"""Round-5 lexicon and matcher rules: each construction on a sentence written for this test, with a near miss.

Actors are given by hand (events_helpers), so the lexicon, the matcher, the argument rules and the
factuality cues are exercised with the real spaCy model.
"""
from __future__ import annotations

import pytest

from test_types_coverage import has
from test_types_round4 import coded

pytestmark = pytest.mark.model


CASES = [
    # a phrasal verb that establishes relations
    ("Kenya and Ethiopia set up diplomatic relations last week.", "SUPPORT", "054", "KEN", "ETH", "occurred"),
    # a reprisal short of force taken against a party
    ("Kenya decided on Monday to take retaliatory action against Ethiopia.", "SANCTION", "160", "KEN", "ETH", "planned"),
    ("Kenya adopted punitive measures against Ethiopia.", "SANCTION", "160", "KEN", "ETH", "occurred"),
    # contact kept up with a party: "be/keep in touch with", "stay in contact with"
    ("Kenya's ambassador is in touch with the Ethiopian foreign ministry.", "CONSULT", "040", "KEN", "ETH", "occurred"),
    ("Kenya kept in close contact with Ethiopia during the crisis.", "CONSULT", "040", "KEN", "ETH", "occurred"),
    # a refused concession is a refusal to yield (negated_recode)
    ("Kenya will not accept Ethiopia's demands.", "REJECT", "124", "KEN", "ETH", "occurred"),
    ("Kenya will never cave in to Ethiopia.", "REJECT", "124", "KEN", "ETH", "occurred"),
    # a proposal put to a party
    ("Kenya submitted new proposals to Ethiopia.", "AGREE", "030", "KEN", "ETH", "planned"),
    # regretting what another party did or failed to do blames it
    ("Kenya regrets that Ethiopia did not notify it.", "ACCUSE", "111", "KEN", "ETH", "occurred"),
    # saying that another party broke its word or a rule alleges it
    ("Kenya said Ethiopia violated its commitments.", "ACCUSE", "112", "KEN", "ETH", "occurred"),
    ("Kenya charged that Ethiopia breached the truce.", "ACCUSE", "112", "KEN", "ETH", "occurred"),
    # an exchange of views, or a frank exchange with a party, is talks
    ("Kenya held a frank exchange with Ethiopia on Monday.", "CONSULT", "040", "KEN", "ETH", "occurred"),
]


@pytest.mark.parametrize("text, ptype, cameo, source, target, status", CASES)
def test_round5_construction_is_coded(nlp, text, ptype, cameo, source, target, status):
    events = coded(nlp, text)
    assert has(events, ptype, cameo, source, target, status), events


@pytest.mark.parametrize("text, absent", [
    ("Kenya and Ethiopia set up a committee to study their ties.", "SUPPORT"),    # ties are only its remit
    ("Kenya took action against the Ethiopian smugglers.", "SANCTION"),            # no reprisal named
    ("The Kenyan minister is in touch with reality.", "CONSULT"),                  # no party
    ("Kenya accepted Ethiopia's demands.", "REJECT"),                              # a concession made
    ("The Kenyan governor praised Somalia's friendly exchanges and cooperation with Ethiopia.", "CONSULT"),  # ties
    ("Kenya and Ethiopia agreed to expand cultural exchanges.", "CONSULT"),
    ("Kenya presented its budget plan to parliament.", "AGREE"),                   # put to no party
    ("Kenya said it had not violated the agreement.", "ACCUSE"),                    # its own conduct
    ("Kenya regretted that it had caused damage in Ethiopia.", "ACCUSE"),           # its own act: no blame
    ("Kenya regrets that the talks failed.", "ACCUSE"),                             # no party's act
    ("Kenya said it broke ties with Ethiopia.", "ACCUSE"),                          # breaking ties is no breach
    ("Kenya said the ceasefire was violated overnight.", "ACCUSE"),                 # no party named
])
def test_round5_near_miss_is_not_coded(nlp, text, absent):
    assert not any(e[0] == absent for e in coded(nlp, text))
