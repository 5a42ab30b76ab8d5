"""Factuality round 3: a conflict act announced with a reported "would" is a threat made, not a plan.

Sentences written for this test; actors given by hand (real spaCy model).
"""
from __future__ import annotations

import pytest

from test_types_coverage import coded, has

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, cameo", [
    ("Kenya said it would impose sanctions on Ethiopia.", "1312"),
    ("Kenya said it would deploy troops to the Ethiopian border.", "138"),
])
def test_a_reported_conflict_act_is_a_threat(nlp, text, cameo):
    events = coded(nlp, text)
    assert has(events, "THREATEN", cameo, "KEN", "ETH", "occurred"), events


@pytest.mark.parametrize("text, ptype, cameo, status", [
    ("Kenya said it would visit Ethiopia.", "AGREE", "036", "planned"),        # a friendly act stays a plan
    ("Kenya said it would lift sanctions on Ethiopia.", "AGREE", "035", "planned"),   # an intention to yield
])
def test_a_reported_friendly_act_stays_planned(nlp, text, ptype, cameo, status):
    events = coded(nlp, text)
    assert has(events, ptype, cameo, "KEN", "ETH", status), events


def test_almost_certain_to_act_is_not_done(nlp):
    events = coded(nlp, "Kenyan dock workers are almost certain to strike at the port in May.")
    assert events and all(e[4] == "planned" for e in events), events


def test_a_purpose_clause_under_a_halting_verb_is_not_negated(nlp):
    # "stop in X to meet Y" is a stop-over for a meeting, not a halted meeting
    events = coded(nlp, "The Kenyan foreign minister will also stop in Cairo to meet Chinese officials.")
    assert has(events, "AGREE", "036", "KEN", "CHN", "planned"), events
    events = coded(nlp, "The Kenyan foreign minister stopped meeting Chinese officials last year.")
    assert not has(events, "CONSULT", "040", "KEN", "CHN", "occurred"), events


def test_a_meeting_put_off_is_not_held(nlp):
    events = coded(nlp, "A summit between Kenya and Ethiopia was put off until Thursday.")
    assert events and all(e[4] == "negated" for e in events if e[0] == "CONSULT"), events


@pytest.mark.parametrize("text", [
    "Kenya's president is visiting Ethiopia starting Saturday.",
    "The Kenyan president is making a visit to Ethiopia, Somalia and Uganda starting June 29.",
    "Kenya's president makes a visit to Ethiopia from June 29 to July 2.",
])
def test_a_start_date_on_a_present_clause_is_a_plan(nlp, text):
    events = coded(nlp, text)
    assert has(events, "AGREE", "036", "KEN", "ETH", "planned"), events


def test_a_start_date_in_the_past_tense_is_no_plan(nlp):
    events = coded(nlp, "Kenya's president visited Ethiopia starting June 1.")
    assert has(events, "CONSULT", "042", "KEN", "ETH", "occurred"), events


def test_the_occasion_of_a_past_agreement_took_place(nlp):
    # the visit is when they agreed, not part of what was agreed
    events = coded(nlp, "Kenya and Ethiopia agreed Thursday to develop cooperation in trade during a visit by the "
                        "Kenyan president to Ethiopia.")
    assert has(events, "CONSULT", "042", "KEN", "ETH", "occurred"), events


def test_the_occasion_of_a_hoped_act_stays_planned(nlp):
    events = coded(nlp, "The Kenyan president hopes to sign the deal during a visit to Ethiopia.")
    assert not any(e[0] == "CONSULT" and e[4] == "occurred" for e in events), events
