"""Factuality of coded events: the status and the cue that decided it (real spaCy model)."""
from __future__ import annotations

import pytest

from events_helpers import code, person, state

pytestmark = pytest.mark.model

ACTORS = {"Japan": state("JPN"), "India": state("IND"), "Kenya": state("KEN"), "France": state("FRA"),
          "Japanese minister": person("Ken Ito", "JPN", "Minister")}


@pytest.mark.parametrize("text, status, cue", [
    ("Japan visited India on Monday.", "occurred", None),
    ("Japan will visit India next month.", "planned", "will"),
    ("Japan plans to visit India.", "planned", "plans"),
    ("Japan is expected to visit India.", "planned", "expected"),
    ("The Japanese minister said he would visit India soon.", "planned", "would"),
    ("Japan did not visit India.", "negated", "not"),
    ("Japan never visited India.", "negated", "never"),
    ("Japan could visit India if the talks succeed.", "hypothetical", "could"),
    ("Japan visited India on May 2, 2019.", "historical", "2019-05-02"),
])
def test_status_and_cue(nlp, text, status, cue):
    found = code(nlp, text, ACTORS)
    ev = next(e for e in found.events if e.source.country == "JPN" and e.target and e.target.country == "IND")
    assert ev.status == status
    if cue is None:
        assert ev.status_cue is None
    else:
        assert cue in ev.status_cue


def test_refusal_is_the_event_not_a_negated_meeting(nlp):
    found = code(nlp, "Japan refused to meet India.", ACTORS)
    assert [(e.type, e.source.country, e.target.country, e.status) for e in found.events] == [
        ("REJECT", "JPN", "IND", "occurred")]


def test_future_consult_is_coded_as_agree(nlp):
    ev = code(nlp, "Japan will hold talks with India next week.", ACTORS).events[0]
    assert (ev.type, ev.cameo, ev.status) == ("AGREE", "036", "planned")


def test_historical_actor_makes_the_event_historical(nlp):
    actors = {"Jomo Kenyatta": person("Jomo Kenyatta", "KEN", historical=True), "France": state("FRA")}
    ev = code(nlp, "The late Jomo Kenyatta visited France.", actors).events[0]
    assert ev.status == "historical"
    ev = code(nlp, "Jomo Kenyatta visited France in 1962.", actors).events[0]
    assert ev.status == "historical"


def test_a_person_once_named_in_the_past_acts_in_the_present(nlp):
    # the person carries a historical flag from an earlier mention; this sentence is about now
    actors = {"Jomo Kenyatta": person("Jomo Kenyatta", "KEN", historical=True), "France": state("FRA")}
    ev = code(nlp, "Jomo Kenyatta visited France.", actors).events[0]
    assert ev.status == "occurred"


def test_invitation_is_occurred_and_its_visit_is_not_a_separate_event(nlp):
    found = code(nlp, "Kenya invited the French president to visit Nairobi in the near future.",
                 {"Kenya": state("KEN"), "French president": person("Luc Martin", "FRA")})
    assert [(e.type, e.status) for e in found.events] == [("AGREE", "occurred")]


def test_dates_carry_over_only_to_a_back_reference_else_the_report_day(nlp):
    text = "Japan and India held talks on June 3. At the talks, Japan praised India. Kenya praised France."
    found = code(nlp, text, ACTORS)
    talks, praise, other = found.events
    assert (talks.date, talks.date_how) == ("2024-06-03", "sentence")
    assert (praise.date, praise.date_how) == ("2024-06-03", "context")       # "At the talks" points back
    assert (other.date, other.date_precision, other.date_how) == ("2024-06-14", "day", "published")
    alone = code(nlp, "Kenya praised France.", ACTORS).events[0]
    assert (alone.date, alone.date_precision, alone.date_how) == ("2024-06-14", "day", "published")
