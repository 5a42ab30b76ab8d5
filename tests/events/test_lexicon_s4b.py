"""Session-4 lexicon rules, second round (commitments, crowd control, wishes, refusals by vote, event nouns and
background conflict): each construction on a sentence written for this test, with near misses that must stay
uncoded.

Actors are given by hand (events_helpers), so the lexicon, the matcher, the argument rules and the
factuality cues are exercised with the real spaCy model.
"""
from __future__ import annotations

import pytest

from test_types_coverage import has
from test_types_round3 import coded

pytestmark = pytest.mark.model


CASES = [
    # assurances received from a party: the giver promised, the receiver is promised
    ("Kenya received assurances from Ethiopia that its troops would respect the ceasefire.", "AGREE", "030", "ETH", "KEN",
     "planned"),
    # assurances sought from a party: a request, not a promise
    ("Kenya sought assurances from Ethiopia that it would respect the border.", "REQUEST", "020", "KEN", "ETH", "occurred"),
    # being ready for joint work with a party
    ("Kenya said it was ready for constructive work with Ethiopia.", "AGREE", "030", "KEN", "ETH", "planned"),
    ("Kenya is ready for cooperation with Ethiopia in trade.", "AGREE", "030", "KEN", "ETH", "planned"),
    # wanting closer ties, in so many words
    ("Kenyan officials expect closer economic ties with Ethiopia.", "AGREE", "030", "KEN", "ETH", "planned"),
    ("Kenya seeks stronger relations with Ethiopia.", "AGREE", "030", "KEN", "ETH", "planned"),
    # more verbs of improving ties, as intentions
    ("Kenya and Ethiopia should beef up their cooperation in trade.", "AGREE", "030", "KEN", "ETH", "planned"),
    ("Kenya would repair its partnership with Ethiopia.", "AGREE", "030", "KEN", "ETH", "planned"),
    # a standing office opened with the host (planned: AGREE 032)
    ("Kenya would open a liaison office in Addis Ababa.", "AGREE", "032", "KEN", "ETH", "planned"),
    # crowd control used on a party's demonstrators
    ("Ethiopian police fired tear gas at Kenyan protesters.", "ASSAULT", "175", "ETH", "KEN", "occurred"),
    ("Ethiopian police used water cannon on Kenyan protesters.", "ASSAULT", "175", "ETH", "KEN", "occurred"),
    ("Ethiopian police dispersed the Kenyan demonstrators.", "ASSAULT", "175", "ETH", "KEN", "occurred"),
    ("Ethiopian riot police used tear gas to drive away the Kenyan marchers.", "ASSAULT", "175", "ETH", "KEN", "occurred"),
    # stones thrown at a party's mission; beating protesters; a crackdown on them; a suicide bombing in a party's city
    ("Kenyan protesters hurled stones at the Ethiopian embassy.", "PROTEST", "145", "KEN", "ETH", "occurred"),
    ("Ethiopian police beat Kenyan protesters.", "ASSAULT", "182", "ETH", "KEN", "occurred"),
    ("Ethiopian police cracked down on Kenyan demonstrators.", "ASSAULT", "175", "ETH", "KEN", "occurred"),
    ("Ethiopia launched a crackdown on Kenyan protesters.", "ASSAULT", "175", "ETH", "KEN", "occurred"),
    ("A Kenyan suicide bomber blew himself up in Addis Ababa.", "ASSAULT", "183", "KEN", "ETH", "occurred"),
    # a wish that another party act, voiced as a noun
    ("Kenya expressed the hope that Ethiopia would release the prisoners.", "REQUEST", "020", "KEN", "ETH", "occurred"),
    ("Kenya repeated its demand that Ethiopia withdraw its troops.", "REQUEST", "100", "KEN", "ETH", "occurred"),
    # a proposal that another party act asks it to
    ("Kenya repeated a past Ethiopian proposal that Uganda buy more tea.", "REQUEST", "020", "ETH", "UGA", "occurred"),
    # attending a ceremony in another state visits it
    ("The Kenyan minister attended the funeral ceremony in Addis Ababa.", "CONSULT", "042", "KEN", "ETH", "occurred"),
    # a gift of supplies announced for a party
    ("Kenya announced a gift of medical supplies to Ethiopia.", "AID", "070", "KEN", "ETH", "occurred"),
    # building something for a party: a promise of aid in kind
    ("Kenya will build a conference centre for Ethiopia.", "AGREE", "033", "KEN", "ETH", "planned"),
    # a finding that ties a party to a wrong
    ("A Kenyan report implicating senior Ethiopian officers was released on Friday.", "ACCUSE", "112", "KEN", "ETH",
     "occurred"),
    # hoping for a party's money or help
    ("Kenya hoped for greater investment from Ethiopia.", "REQUEST", "020", "KEN", "ETH", "occurred"),
    # ruling out an act toward a party refuses it (the gerund complement names the party)
    ("Kenya on Wednesday ruled out sending troops to Somalia.", "REJECT", "120", "KEN", "SOM", "occurred"),
    # a party's proposal defeated by vote
    ("Kenya's proposal was voted down by Ethiopia.", "REJECT", "120", "ETH", "KEN", "occurred"),
    # a person seized by a party's forces; welcoming that capture approves of the captor's act
    ("The capture of the Kenyan warlord by Ethiopian soldiers ended the siege.", "COERCE", "173", "ETH", "KEN", "occurred"),
    ("Uganda welcomed the capture of the Kenyan rebel leader by Ethiopian troops.", "SUPPORT", "051", "UGA", None,
     "occurred"),
    # background conflict: a war made on a party, a territory left, a surrender
    ("Ethiopia unleashed a war against Somalia in 1998.", "ASSAULT", "190", "ETH", "SOM", "historical"),
    ("Ethiopia withdrew from Somalia in 1976.", "RETREAT", "087", "ETH", "SOM", "historical"),
    ("The Ethiopian general surrendered to Kenyan forces.", "RETREAT", "0874", "ETH", "KEN", "occurred"),
    ("Peace returned after the Ethiopian surrender to Kenya.", "RETREAT", "0874", "ETH", "KEN", "occurred"),
]


def _has_event(events, ptype, cameo, source, target, status):
    if target is None:
        return any(e[:3] == (ptype, cameo, source) and e[4] == status for e in events)
    return has(events, ptype, cameo, source, target, status)


@pytest.mark.parametrize("text, ptype, cameo, source, target, status", CASES)
def test_s4b_construction_is_coded(nlp, text, ptype, cameo, source, target, status):
    events = coded(nlp, text)
    assert _has_event(events, ptype, cameo, source, target, status), events


@pytest.mark.parametrize("text, absent", [
    ("Kenya expects ties with Ethiopia to suffer.", "AGREE"),                       # no closer ties wanted
    ("Kenya opened an office in Addis Ababa.", "AGREE"),                            # a plain office may be a firm's
    ("Kenya opened an office in Addis Ababa.", "SUPPORT"),
    ("Kenya is ready for war.", "ASSAULT"),                                         # a war only mentioned
    ("Kenya is ready for war.", "AGREE"),
    ("Kenya expressed the hope that the talks would succeed.", "REQUEST"),          # a state of things hoped for
    ("Kenya expressed the hope that its ties with Ethiopia would grow.", "REQUEST"),
    ("Ethiopia withdrew from the talks.", "RETREAT"),                               # no territory left
    ("Uganda welcomed the capture of the Kenyan rebel leader by Ethiopian troops.", "CONSULT"),   # no guest hosted
    ("Kenya received support from the public.", "SUPPORT"),                         # no party gave it
    ("Ethiopian police fired the officers.", "ASSAULT"),                            # no crowd control
    ("Kenya rejected the proposal that the two sides hold talks.", "REQUEST"),      # no party asked
    ("Kenya built a new road in Nairobi.", "AID"),                                  # no beneficiary named
    ("Kenya beat Ethiopia 2-1 in the final.", "ASSAULT"),                           # a match won
    ("Kenya sought assurances from Ethiopia that it would respect the border.", "AGREE"),   # no promise given
    ("Ethiopia cracked down on corruption.", "ASSAULT"),                            # no people repressed
    ("Kenya threw its support behind Ethiopia.", "PROTEST"),
    ("Kenya will build a hospital for its soldiers.", "AGREE"),
    ("The Kenyan minister attended the ceremony in Nairobi.", "CONSULT"),           # a ceremony at home
])
def test_s4b_near_miss_is_not_coded(nlp, text, absent):
    assert not any(e[0] == absent for e in coded(nlp, text))
