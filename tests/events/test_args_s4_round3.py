"""Argument constructions of session 4, round 3, on sentences written for these tests."""
from __future__ import annotations

import pytest

from events_helpers import brief, code, person, state

pytestmark = pytest.mark.model

KE = person("Paul Ochieng", "KEN", "Foreign Minister")
NAMES = {"Kenyan Foreign Minister Paul Ochieng": KE, "Ochieng": KE, "Uganda": state("UGA"),
         "Tanzania": state("TZA")}


def test_people_of_a_group_are_those_of_their_own_of_phrase(nlp):
    found = code(nlp, "Kenyan Foreign Minister Paul Ochieng met a delegation of young lawmakers of Uganda's "
                      "ruling party on Monday.", NAMES)
    assert any(b[0] == "CONSULT" and b[2:4] == ("KEN", "UGA") for b in brief(found))


def test_people_of_a_plural_noun_with_no_of_phrase_stay_unnamed(nlp):
    found = code(nlp, "Ochieng met a delegation of young lawmakers on Monday.", NAMES)
    assert not any(b[3] == "UGA" for b in brief(found))


def test_a_meeting_of_ministers_in_a_city_is_not_that_citys_state(nlp):
    found = code(nlp, "Tanzania would act only if the meeting of ministers in Kampala fails to reach an accord.",
                 NAMES)
    assert not any("UGA" in b[2:4] for b in brief(found))
