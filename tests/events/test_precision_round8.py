"""Round-8 precision rules, each on sentences written for this test, with a near miss.

A restatement: a later sentence naming again an event already coded, with the same person on the same side
and no date of its own, is the same event (extract._restates).
"""
from __future__ import annotations

import pytest

from events_helpers import brief, code, person, state

pytestmark = pytest.mark.model

ACTORS = {
    "Ruto": person("William Ruto", "KEN"),
    "Abiy": person("Abiy Ahmed", "ETH", title="Prime Minister"),
    "Demeke": person("Demeke Mekonnen", "ETH", title="Foreign Minister"),
    "Ethiopia": state("ETH"),
    "Addis Ababa": state("ETH", "Addis Ababa"),
}


def visits(found):
    return [e for e in brief(found) if e[:2] == ("CONSULT", "042")]


def test_later_mention_of_a_visit_is_one_visit(nlp):
    text = ("Ruto paid a visit to Ethiopia on Monday. "
            "Ruto, who arrived from Nairobi, was welcomed at the airport in Addis Ababa.")
    assert visits(code(nlp, text, ACTORS)) == [("CONSULT", "042", "KEN", "ETH", "occurred")]


def test_later_meeting_with_the_same_host_is_one_meeting(nlp):
    text = ("Ruto met Abiy in Addis Ababa on Monday. "
            "In his meeting with Abiy, Ruto praised the ties between the two countries.")
    meetings = [e for e in brief(code(nlp, text, ACTORS)) if e[:2] == ("CONSULT", "040")]
    assert meetings == [("CONSULT", "040", "KEN", "ETH", "occurred")]


def test_meeting_with_another_person_stays(nlp):
    """Near miss: the later sentence names a different counterpart, so it is another meeting."""
    text = ("Ruto met Abiy in Addis Ababa on Monday. "
            "Ruto also met Demeke, and the two discussed trade.")
    meetings = [e for e in brief(code(nlp, text, ACTORS)) if e[:2] == ("CONSULT", "040")]
    assert len(meetings) == 2


def test_visit_with_a_date_of_its_own_stays(nlp):
    """Near miss: a later sentence that dates its visit apart may be another visit."""
    text = ("Ruto paid a visit to Ethiopia on Monday. "
            "Ruto visited Ethiopia again on Thursday.")
    assert len(visits(code(nlp, text, ACTORS))) == 2


BRIEFING_ACTORS = {**ACTORS, "Kenyan spokesman": state("KEN", "Kenyan spokesman")}


def test_a_press_conference_is_no_meeting(nlp):
    """A briefing names no gathering of parties, so the article's partner is not given to it."""
    text = ("Ruto met Abiy in Addis Ababa on Monday. "
            "A Kenyan spokesman said at a press conference on Tuesday that ties were strong.")
    assert not [e for e in brief(code(nlp, text, BRIEFING_ACTORS)) if e[1] == "044"]


def test_a_joint_news_conference_with_a_named_party_stays(nlp):
    """Near miss: the sentence names the other side of the news conference."""
    text = "Ruto held a joint news conference with Abiy in Addis Ababa on Monday."
    assert ("CONSULT", "044", "KEN", "ETH", "occurred") in brief(code(nlp, text, BRIEFING_ACTORS))
