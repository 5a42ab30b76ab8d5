"""Argument constructions of session 4, round 3, on sentences written for these tests."""
from __future__ import annotations

import pytest

from events_helpers import brief, code, person, state

pytestmark = pytest.mark.model

KE = person("Paul Ochieng", "KEN", "Foreign Minister")
NAMES = {"Kenyan Foreign Minister Paul Ochieng": KE, "Ochieng": KE, "Uganda": state("UGA"), "Kenya": state("KEN"),
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


def test_rejecting_in_a_relative_clause_answers_the_maker_of_its_noun(nlp):
    found = code(nlp, "Tanzania offered a truce plan that was later rejected by Uganda.", NAMES)
    assert any(b[0] == "REJECT" and b[2:4] == ("UGA", "TZA") for b in brief(found))


def test_rejecting_a_proposal_by_a_party_in_a_which_clause_answers_it(nlp):
    found = code(nlp, "The talks stalled over a border proposal by Tanzania, which Uganda rejected on Monday.", NAMES)
    assert any(b[0] == "REJECT" and b[2:4] == ("UGA", "TZA") for b in brief(found))


def test_a_relative_clause_on_an_unowned_noun_names_no_one_rejected(nlp):
    found = code(nlp, "Uganda is under pressure over a plan that was rejected by Tanzania.", NAMES)
    assert not any(b[0] == "REJECT" and b[3] == "UGA" for b in brief(found))


def test_a_relative_clause_whose_subject_is_the_relative_word_answers_no_maker(nlp):
    found = code(nlp, "Uganda received an offer from Tanzania, which rejected the terms of the loan.", NAMES)
    assert not any(b[0] == "REJECT" and b[2:4] == ("TZA", "UGA") for b in brief(found))


def test_rejecting_demands_by_parties_answers_each_of_them(nlp):
    found = code(nlp, "Kenya has rejected demands by Uganda and Tanzania to cut tariffs.", NAMES)
    assert {b[3] for b in brief(found) if b[0] == "REJECT" and b[2] == "KEN"} == {"UGA", "TZA"}


def test_welcoming_a_plan_put_forward_by_a_party_supports_it(nlp):
    found = code(nlp, "Kenya welcomed the peace plan put forward by Uganda.", NAMES)
    assert any(b[0] == "SUPPORT" and b[2:4] == ("KEN", "UGA") for b in brief(found))


def test_rejecting_a_proposal_from_a_party_answers_it(nlp):
    found = code(nlp, "Kenya rejected the proposal from Uganda.", NAMES)
    assert any(b[0] == "REJECT" and b[2:4] == ("KEN", "UGA") for b in brief(found))


def test_a_participle_on_the_objects_own_phrase_names_its_maker(nlp):
    found = code(nlp, "Kenya turned down on Friday a spending plan for the lake basin presented by Uganda.", NAMES)
    assert any(b[0] == "REJECT" and b[2:4] == ("KEN", "UGA") for b in brief(found))


def test_sanctions_against_a_countrys_goods_fall_on_that_country(nlp):
    found = code(nlp, "Kenya is likely to announce tariff sanctions against Ugandan electrical products on Friday.",
                 NAMES)
    assert any(b[0] == "SANCTION" and b[2:4] == ("KEN", "UGA") for b in brief(found))


def test_sanctions_imposed_on_a_countrys_exports_fall_on_that_country(nlp):
    found = code(nlp, "Kenya imposed sanctions on Tanzanian textile exports.", NAMES)
    assert any(b[0] == "SANCTION" and b[2:4] == ("KEN", "TZA") for b in brief(found))


def test_sanctions_on_goods_with_no_country_word_name_no_one(nlp):
    found = code(nlp, "Kenya imposed sanctions on electrical products.", NAMES)
    assert not any(b[0] == "SANCTION" and b[3] for b in brief(found))


def test_banning_imports_of_a_countrys_goods_sanctions_that_country(nlp):
    found = code(nlp, "Kenya banned imports of Ugandan beef.", NAMES)
    assert any(b[0] == "SANCTION" and b[2:4] == ("KEN", "UGA") for b in brief(found))
