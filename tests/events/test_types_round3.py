"""Round-3 lexicon and matcher rules: each construction on a sentence written for this test, with a near miss.

Actors are given by hand (events_helpers), so the lexicon, the matcher, the argument rules and the
factuality cues are exercised with the real spaCy model.
"""
from __future__ import annotations

import pytest

from events_helpers import code, state
from test_types_coverage import ACTORS, has

pytestmark = pytest.mark.model

MORE_ACTORS = ACTORS | {"Qatar": state("QAT"), "Russia": state("RUS"), "Ukrainian": state("UKR"), "Ukraine": state("UKR"),
                        "Uganda": state("UGA"), "China": state("CHN")}


def coded(nlp, text):
    """(type, cameo, source, target, status, rule) per event, with the actors above."""
    def side(a):
        return None if a is None else (a.igo if a.kind == "igo" else a.country)
    return [(e.type, e.cameo, side(e.source), side(e.target), e.status, e.rule) for e in code(nlp, text, MORE_ACTORS).events]

CASES = [
    # a noun that needs its own light verb: a work stoppage is not an air strike
    ("Kenyan workers went on strike against the Ethiopian company.", "PROTEST", "143", "KEN", "ETH", "occurred"),
    ("Kenya launched a strike on Ethiopia.", "ASSAULT", "190", "KEN", "ETH", "occurred"),
    # a predicate noun under its own copula
    ("Germany has been a strong advocate of Norway's membership.", "SUPPORT", "051", "DEU", "NOR", "occurred"),
    # what a quantity head measures is the object: troops massed, supplies sent
    ("Russia moved thousands of soldiers near the Ukrainian border.", "MOBILIZE", "154", "RUS", "UKR", "occurred"),
    ("Russia massed tens of thousands of troops near Ukraine.", "MOBILIZE", "154", "RUS", "UKR", "occurred"),
    ("Japan sent 50 tonnes of relief supplies to India.", "AID", "070", "JPN", "IND", "occurred"),
    # one side's large-scale drills show force
    ("Uganda began large-scale exercises near the Kenyan border.", "MOBILIZE", "150", "UGA", "KEN", "occurred"),
    # an apology addressed to a party
    ("Japan expressed regret to China over the incident.", "CONCEDE", "055", "JPN", "CHN", "occurred"),
    # a truce declared has its own code
    ("Kenya declared a ceasefire with Ethiopia.", "RETREAT", "0871", "KEN", "ETH", "occurred"),
    # goods delivered under trade
    ("Qatar began delivering gas to India under a new contract.", "COOPERATE", "061", "QAT", "IND", "occurred"),
    # keeping a party's people out
    ("Kenya banned Ethiopian flights.", "COERCE", "172", "KEN", "ETH", "occurred"),
    ("Kenya barred Ethiopian officials from entering the country.", "COERCE", "172", "KEN", "ETH", "occurred"),
    # retaliation: done it is an assault, announced it is a threat
    ("Kenya retaliated against Ethiopia.", "ASSAULT", "190", "KEN", "ETH", "occurred"),
    ("Kenya said it would retaliate against any Ethiopian attack.", "THREATEN", "138", "KEN", "ETH", "occurred"),
    ("Kenya said it would respond with force to any Ethiopian incursion.", "THREATEN", "138", "KEN", "ETH", "occurred"),
    # the light verb's indirect object is the target
    ("Kenya gave Ethiopia an ultimatum.", "THREATEN", "139", "KEN", "ETH", "occurred"),
    # being against a party's proposal
    ("Kenya was firmly against the Ethiopian plan.", "REJECT", "120", "KEN", "ETH", "occurred"),
    # naming a party's act a wrong
    ("Kenya described Ethiopia's policy as a danger to the region.", "ACCUSE", "111", "KEN", "ETH", "occurred"),
    ("Kenya called the Ethiopian decision contrary to international law.", "ACCUSE", "111", "KEN", "ETH", "occurred"),
    # what another party must do, in reported speech
    ("Kenya said Ethiopia must stop the attacks.", "REQUEST", "020", "KEN", "ETH", "occurred"),
]


@pytest.mark.parametrize("text, ptype, cameo, source, target, status", CASES)
def test_round3_construction_is_coded(nlp, text, ptype, cameo, source, target, status):
    events = coded(nlp, text)
    assert has(events, ptype, cameo, source, target, status), events


@pytest.mark.parametrize("text, absent", [
    ("Kenya launched a strike on Ethiopia.", "PROTEST"),             # not a light verb of the stoppage
    ("Kenya gave Ethiopia an ultimatum.", "CONCEDE"),                # giving an ultimatum is not giving in
    ("Japan expressed regret over the decision.", "CONCEDE"),        # regret addressed to no one
    ("Kenya is against any attempt to change the rules.", "REJECT"),  # no party opposed
    ("Kenya called Ethiopia a friend.", "ACCUSE"),
    ("Kenya said the talks must continue.", "REQUEST"),              # no party asked
    ("Kenya said it must stop the attacks.", "REQUEST"),             # an obligation of its own
    ("Kenya would retaliate.", "ASSAULT"),                           # no party named
    ("Japan sent 50 tonnes of rice to India.", "AID"),               # trade goods are no aid
    ("Kenya banned plastic bags.", "COERCE"),
])
def test_round3_near_miss_is_not_coded(nlp, text, absent):
    assert not any(e[0] == absent for e in coded(nlp, text))
