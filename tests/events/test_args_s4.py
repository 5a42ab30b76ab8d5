"""Argument constructions of session 4 (who the other side is), on sentences written for these tests."""
from __future__ import annotations

import pytest

from events_helpers import brief, code, person, state

pytestmark = pytest.mark.model

KE = person("Paul Ochieng", "KEN", "Foreign Minister")
UG = person("Tom Okello", "UGA", "President")


def test_talks_in_the_time_phrase_of_a_misread_participle_are_the_subjects(nlp):
    found = code(nlp, "Kenyan Foreign Minister Paul Ochieng, briefing journalists after talks with Ugandan President "
                      "Tom Okello, said the border would reopen.",
                 {"Kenyan Foreign Minister Paul Ochieng": KE, "Ugandan President Tom Okello": UG})
    assert any(b[0] == "CONSULT" and {b[2], b[3]} == {"KEN", "UGA"} for b in brief(found))


def test_a_plain_apposition_lends_no_doer_to_its_time_phrase(nlp):
    found = code(nlp, "Kenyan Foreign Minister Paul Ochieng, the host of the dinner after talks with Uganda, said "
                      "the border would reopen.",
                 {"Kenyan Foreign Minister Paul Ochieng": KE, "Uganda": state("UGA")})
    assert not any(b[0] == "CONSULT" and b[2] == "KEN" for b in brief(found))
