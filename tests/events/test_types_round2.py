"""Round-2 lexicon rules: each construction on a sentence written for this test, with a near miss.

Actors are given by hand (events_helpers), so the lexicon, the matcher, the argument rules and the
factuality cues are exercised with the real spaCy model.
"""
from __future__ import annotations

import pytest

from test_types_coverage import coded, has

pytestmark = pytest.mark.model


CASES = [
    # CONSULT by proxy: sending someone to speak for you
    ("Egypt sent an envoy to Ethiopia.", "CONSULT", "042", "EGY", "ETH", "occurred"),
    ("France dispatched a special emissary to Angola on Monday.", "CONSULT", "042", "FRA", "AGO", "occurred"),
    # a hosting needs a party as the object of "receive"
    ("Ethiopia received the Kenyan minister.", "CONSULT", "043", "ETH", "KEN", "occurred"),
    # the nominal blockade; under a modal it is a threat of blockade
    ("Brazil imposed a naval quarantine on Mexico.", "COERCE", "191", "BRA", "MEX", "occurred"),
    ("Japan may extend its naval blockade to Peru.", "THREATEN", "1381", "JPN", "PER", "occurred"),
    # verbs of threatening a named party
    ("Egypt cautioned Ethiopia against filling the dam.", "THREATEN", "130", "EGY", "ETH", "occurred"),
    ("Japan tried to intimidate Chile.", "THREATEN", "130", "JPN", "CHL", "occurred"),
    # a promised reprisal is a threat, and its own if-clause does not make it hypothetical
    ("Kenya vowed retaliation against Ethiopia.", "THREATEN", "130", "KEN", "ETH", "occurred"),
    ("Kenya promised swift retaliation on Ethiopia if the raids continue.", "THREATEN", "130", "KEN", "ETH", "occurred"),
    # the rest of the verb class of verbal censure, a verbal attack on a stance, voiced displeasure
    ("Kenya chided Ethiopia for its stance on the dam.", "ACCUSE", "111", "KEN", "ETH", "occurred"),
    ("Kenya lambasted Ethiopia's decision.", "ACCUSE", "111", "KEN", "ETH", "occurred"),
    ("Kenya faulted Ethiopia for the delay.", "ACCUSE", "111", "KEN", "ETH", "occurred"),
    ("Kenya attacked Ethiopia's policy, saying it was reckless.", "ACCUSE", "111", "KEN", "ETH", "occurred"),
    ("Kenya voiced dismay at Ethiopia's decision.", "ACCUSE", "111", "KEN", "ETH", "occurred"),
    # the rest of the verb class of refusal
    ("Kenya snubbed Ethiopia's invitation.", "REJECT", "120", "KEN", "ETH", "occurred"),
    ("Kenya resisted Ethiopia's demands.", "REJECT", "120", "KEN", "ETH", "occurred"),
    # lowered relations and restricted movement
    ("Kenya suspended military cooperation with Ethiopia.", "SANCTION", "160", "KEN", "ETH", "occurred"),
    ("Kenya closed its border with Ethiopia.", "COERCE", "191", "KEN", "ETH", "occurred"),
    # more forces where they already are; one side's own drills are a show of force
    ("Kenya stepped up patrols near the Ethiopian border.", "MOBILIZE", "154", "KEN", "ETH", "occurred"),
    ("Kenya beefed up its military presence along the border with Ethiopia.", "MOBILIZE", "154", "KEN", "ETH", "occurred"),
    ("Kenya conducted military exercises near the Ethiopian border.", "MOBILIZE", "150", "KEN", "ETH", "occurred"),
    ("Kenya and Ethiopia held joint military exercises.", "COOPERATE", "062", "KEN", "ETH", "occurred"),
    # weapons tests show force and attack no one; an aimed missile stays an attack
    ("Kenya test-fired a missile near Ethiopia.", "MOBILIZE", "150", "KEN", "ETH", "occurred"),
    ("Kenya conducted a nuclear test.", "MOBILIZE", "150", "KEN", None, "occurred"),
    ("Kenya scrambled jets after Ethiopian planes entered its airspace.", "MOBILIZE", "150", "KEN", None, "occurred"),
    ("Kenya fired a missile at an Ethiopian border post.", "ASSAULT", "195", "KEN", "ETH", "occurred"),
    # crowds storming a mission; taking to the streets
    ("Kenyan protesters stormed the Ethiopian embassy.", "PROTEST", "145", "KEN", "ETH", "occurred"),
    ("Kenyan students took to the streets to protest Ethiopia's dam.", "PROTEST", "141", "KEN", None, "occurred"),
    # ceding territory returns it
    ("Kenya ceded the disputed island to Ethiopia.", "RETREAT", "0842", "KEN", "ETH", "occurred"),
    # taking a party's side
    ("Kenya sided with Ethiopia in the dispute.", "SUPPORT", "052", "KEN", "ETH", "occurred"),
    ("Kenya stood by Ethiopia.", "SUPPORT", "052", "KEN", "ETH", "occurred"),
    ("Kenya expressed solidarity with Ethiopia.", "SUPPORT", "051", "KEN", "ETH", "occurred"),
    # debt relief is economic aid
    ("Kenya forgave Ethiopia's debt.", "AID", "071", "KEN", "ETH", "occurred"),
    ("Kenya wrote off Ethiopia's debt.", "AID", "071", "KEN", "ETH", "occurred"),
    # a joint body set up is cooperation done ("set up" is no plan), a planned one an intention
    ("Kenya and Ethiopia set up a joint commission.", "COOPERATE", "060", "KEN", "ETH", "occurred"),
    ("Kenya plans to set up a joint commission with Ethiopia.", "AGREE", "031", "KEN", "ETH", "planned"),
    # concessions: giving up a position, giving in to demands, undoing a restriction
    ("Kenya dropped its objection to Ethiopia's membership.", "CONCEDE", "080", "KEN", "ETH", "occurred"),
    ("Kenya softened its stance toward Ethiopia.", "CONCEDE", "080", "KEN", "ETH", "occurred"),
    ("Kenya agreed to Ethiopia's demands.", "CONCEDE", "080", "KEN", "ETH", "occurred"),
    ("Kenya reopened its border with Ethiopia.", "CONCEDE", "081", "KEN", "ETH", "occurred"),
    # de-escalation and easing
    ("Kenya halted its offensive against Ethiopia.", "RETREAT", "087", "KEN", "ETH", "occurred"),
    ("Kenya unfroze Ethiopian assets.", "RETREAT", "085", "KEN", "ETH", "occurred"),
    # outlawing a party
    ("Kenya banned Ethiopia's ruling party.", "COERCE", "1722", "KEN", "ETH", "occurred"),
    # appeals and demands addressed to a party
    ("Kenya encouraged Ethiopia to resume talks.", "REQUEST", "026", "KEN", "ETH", "occurred"),
    ("Kenya pleaded with Ethiopia to show restraint.", "REQUEST", "020", "KEN", "ETH", "occurred"),
    ("Kenya issued a demand to Ethiopia.", "REQUEST", "100", "KEN", "ETH", "occurred"),
    # acting together
    ("Kenya and Ethiopia will work together to fight piracy.", "AGREE", "031", "KEN", "ETH", "planned"),
    ("Kenya joined forces with Ethiopia against the militants.", "COOPERATE", "060", "KEN", "ETH", "occurred"),
    ("Kenya coordinated with Ethiopia on border security.", "COOPERATE", "060", "KEN", "ETH", "occurred"),
    # fighting a party is an assault
    ("Kenyan troops fought Ethiopian soldiers near the border.", "ASSAULT", "190", "KEN", "ETH", "occurred"),
]


@pytest.mark.parametrize("text, ptype, cameo, source, target, status", CASES)
def test_round2_construction_is_coded(nlp, text, ptype, cameo, source, target, status):
    events = coded(nlp, text)
    assert has(events, ptype, cameo, source, target, status), events


@pytest.mark.parametrize("text, cameo, target", [
    ("Kenya threatened to expel Ethiopian diplomats.", "136", "ETH"),
    ("Kenya threatened to sever ties with Ethiopia.", "1313", "ETH"),
    ("Kenya threatened to cut aid to Ethiopia.", "1311", "ETH"),
    ("Kenya threatened to invade Ethiopia.", "138", "ETH"),
    ("Kenya warned that it would impose sanctions on Ethiopia.", "1312", "ETH"),
    ("Kenya threatened Ethiopia.", "130", "ETH"),                     # nothing named: the generic code
])
def test_a_threat_takes_the_code_of_the_act_threatened(nlp, text, cameo, target):
    events = coded(nlp, text)
    assert has(events, "THREATEN", cameo, "KEN", target), events


@pytest.mark.parametrize("text, absent", [
    ("Ethiopia received aid from Kenya.", "CONSULT"),                 # a thing received is no guest
    ("Health officials placed the passengers in quarantine.", "COERCE"),
    ("The central bank cautioned that growth may slow.", "THREATEN"),  # no party warned
    ("Kenya vowed retaliation against Ethiopia.", "AGREE"),          # a vow of reprisal is no intention to cooperate
    ("Ethiopian jets attacked a Kenyan border post.", "ACCUSE"),      # a physical attack stays an attack
    ("Farmers expressed anger over rising fuel prices.", "ACCUSE"),
    ("The troops resisted the attack for two days.", "REJECT"),
    ("Kenya increased its diplomatic presence in Ethiopia.", "MOBILIZE"),
    ("Kenya conducted military exercises near the Ethiopian border.", "COOPERATE"),
    ("Kenya boosted cooperation with Ethiopia.", "SANCTION"),
    ("Kenyan troops stormed the rebel base.", "PROTEST"),
    ("The school tested new teaching methods.", "MOBILIZE"),
    ("Kenya took the issue to the United Nations.", "PROTEST"),
    ("Kenya test-fired a missile near Ethiopia.", "ASSAULT"),
    ("Kenya stood by its decision.", "SUPPORT"),
    ("Kenya rescheduled the meeting with Ethiopia.", "AID"),
    ("Kenya agreed to talks with Ethiopia.", "CONCEDE"),             # an agreement to talk is no concession
    ("Kenya withdrew its candidate.", "CONCEDE"),
    ("The company halted production.", "RETREAT"),
    ("Kenya reopened the school.", "CONCEDE"),
    ("Kenya was encouraged by the result.", "REQUEST"),
    ("Demand for Kenyan tea rose in Ethiopia.", "REQUEST"),
    ("Kenya and Ethiopia worked together to fight piracy.", "ASSAULT"),   # fighting a scourge is no assault
    ("Kenya and Ethiopia pooled resources to fight the locusts.", "ASSAULT"),
    ("Kenya and Ethiopia can work together on trade.", "COOPERATE"),     # an opinion, not cooperation
])
def test_round2_near_miss_is_not_coded(nlp, text, absent):
    assert not any(e[0] == absent for e in coded(nlp, text))


def test_a_future_threat_under_a_condition_stays_hypothetical(nlp):
    events = coded(nlp, "If Ethiopia attacks, Kenya will threaten sanctions against it.")
    assert events and all(e[4] == "hypothetical" for e in events if e[0] == "THREATEN"), events


def test_every_plover_type_has_eight_trigger_lemmas():
    from communique.events.lexicon import get_lexicon

    lemmas: dict[str, set[str]] = {}
    for entry in get_lexicon().entries:
        lemmas.setdefault(entry.type, set()).update(entry.lemmas)
    assert len(lemmas) == 16
    assert {t: len(v) for t, v in lemmas.items() if len(v) < 8} == {}


def test_an_advocate_of_a_party_supports_it(nlp):
    events = coded(nlp, "Germany has long been a firm advocate of Norway's membership.")
    assert has(events, "SUPPORT", "051", "DEU", "NOR", "occurred"), events


def test_an_answered_statement_was_still_made(nlp):
    # the accusation happened; the denial answers it and negates nothing
    events = coded(nlp, "Ethiopia denied Kenya's accusations.")
    assert has(events, "ACCUSE", "11", "KEN", "ETH", "occurred"), events
    # a denied act did not happen (or is not asserted)
    events = coded(nlp, "Kenya denied that it had attacked Ethiopia.")
    assert not any(e[0] == "ASSAULT" and e[4] == "occurred" for e in events), events


@pytest.mark.parametrize("text, cameo", [
    ("Kenya agreed to hold talks with Ethiopia.", "036"),
    ("Kenya pledged to release the Ethiopian prisoners.", "0353"),
    ("Kenya promised to help Ethiopia.", "033"),
    ("Kenya and Ethiopia agreed to settle the dispute.", "037"),
    ("Kenya vowed to share intelligence with Ethiopia.", "0314"),
    ("Kenya agreed to cooperate with Ethiopia.", "030"),            # nothing finer named: the generic code
])
def test_an_intention_takes_the_code_of_the_act_intended(nlp, text, cameo):
    events = coded(nlp, text)
    assert any(e[0] == "AGREE" and e[1] == cameo and e[2] == "KEN" and e[3] == "ETH" for e in events), events


def test_a_demanded_act_is_wanted_not_done(nlp):
    # mandative subjunctive: the bare verb in the that-clause of a verb of demanding
    events = coded(nlp, "Kenya insisted that Ethiopia withdraw its troops.")
    assert events and not any(e[4] == "occurred" for e in events if e[0] == "RETREAT"), events
    # the nominal demand is a REQUEST with its party
    assert has(coded(nlp, "Kenya insisted on Ethiopia's withdrawal from the border."), "REQUEST", "100", "KEN", "ETH")
