"""Argument constructions of session 4, round 2 (fresh-article misses), on sentences written for these tests."""
from __future__ import annotations

import pytest

from communique.model import Actor
from events_helpers import brief, code, person, state

pytestmark = pytest.mark.model

KE = person("Paul Ochieng", "KEN", "Foreign Minister")
UG = person("Tom Okello", "UGA", "President")
NAMES = {"Kenyan Foreign Minister Paul Ochieng": KE, "Ochieng": KE, "Ugandan President Tom Okello": UG,
         "Okello": UG, "Uganda": state("UGA"), "Kenya": state("KEN"), "Tanzania": state("TZA")}


def test_the_subject_of_a_light_verb_does_the_infinitive_on_its_object(nlp):
    found = code(nlp, "Ochieng told a radio station on Sunday that Kenya would make serious efforts to improve "
                      "relations with Uganda.", NAMES)
    assert any(b[0] == "AGREE" and b[2:4] == ("KEN", "UGA") for b in brief(found))


def test_supporting_efforts_to_improve_ties_does_not_make_them(nlp):
    found = code(nlp, "Ochieng said Tanzania supported efforts to improve relations with Uganda.", NAMES)
    assert not any(b[0] == "AGREE" and b[2] == "TZA" for b in brief(found))


def test_a_further_demand_with_also_is_another_event(nlp):
    found = code(nlp, "Ochieng plans to ask Uganda to open its sugar market. Ochieng will also press Uganda on "
                      "fish imports.", NAMES)
    assert [b[:4] for b in brief(found)].count(("REQUEST", "020", "KEN", "UGA")) == 2


def test_a_retold_demand_without_also_stays_one_event(nlp):
    found = code(nlp, "Ochieng plans to ask Uganda to open its sugar market. Ochieng will ask Uganda to open the "
                      "market.", NAMES)
    assert [b[0] for b in brief(found)].count("REQUEST") == 1


def test_a_meeting_retold_with_also_stays_one_event(nlp):
    found = code(nlp, "Ochieng met Okello in Kampala on Monday. Ochieng also met Okello.", NAMES)
    assert [b[0] for b in brief(found)].count("CONSULT") == 1


def test_each_sides_own_pledge_is_kept_after_a_joint_one(nlp):
    found = code(nlp, "Kenya and Uganda will jointly strengthen their partnership, Ochieng said on Monday. "
                      "Okello said Uganda is willing to strengthen cooperation with Kenya.", NAMES)
    pairs = {b[2:4] for b in brief(found) if b[0] == "AGREE"}
    assert ("UGA", "KEN") in pairs and len(pairs) == 2


def test_they_after_a_meeting_pledge_one_act_between_the_two(nlp):
    found = code(nlp, "Ochieng met Okello in Kampala on Monday. They pledged to increase cooperation in trade.",
                 NAMES)
    agree = [b for b in brief(found) if b[0] == "AGREE"]
    assert len(agree) == 1 and set(agree[0][2:4]) == {"KEN", "UGA"}


def test_they_read_as_two_parties_pledge_one_act_not_two(nlp):
    found = code(nlp, "Kenya and Uganda held talks in Kampala on Monday. They pledged to increase cooperation in "
                      "trade.", NAMES)
    agree = [b for b in brief(found) if b[0] == "AGREE"]
    assert len(agree) == 1 and set(agree[0][2:4]) == {"KEN", "UGA"}


def test_they_resolved_to_both_parties_pledge_one_act_not_two(nlp):
    found = code(nlp, "The talks in Kampala ended on Monday. They pledged to increase cooperation in trade.",
                 {"They": [state("KEN"), state("UGA")]})
    agree = [b for b in brief(found) if b[0] == "AGREE"]
    assert len(agree) == 1 and set(agree[0][2:4]) == {"KEN", "UGA"}


def test_a_later_joint_pledge_of_the_same_two_restates_not_adds(nlp):
    found = code(nlp, "Ochieng said Kenya will strengthen cooperation with Uganda. He hoped the two sides "
                      "would strengthen exchanges.", {**NAMES, "the two sides": [state("UGA"), state("KEN")]})
    assert [b[0] for b in brief(found)].count("AGREE") == 1


def test_also_on_the_first_of_two_coordinated_verbs_marks_the_second_as_further(nlp):
    found = code(nlp, "Ochieng said Kenya will strengthen cooperation with Uganda in trade. The two ministers also "
                      "reviewed health projects and agreed to further strengthen cooperation in fighting malaria.",
                 {**NAMES, "The two ministers": [state("KEN"), state("UGA")]})
    assert len([b for b in brief(found) if b[0] == "AGREE" and {b[2], b[3]} == {"KEN", "UGA"}]) == 2


def test_the_subject_of_a_bare_subjunctive_complement_is_the_one_asked(nlp):
    found = code(nlp, "A Kenyan trade official visited Kampala last week requesting Uganda buy more Kenyan tea.",
                 {"Kenyan trade official": state("KEN"), "Uganda": state("UGA")})
    assert any(b[:4] == ("REQUEST", "020", "KEN", "UGA") for b in brief(found))


def test_a_meeting_asked_for_in_a_should_clause_is_not_planned(nlp):
    found = code(nlp, "Ochieng renewed his request that Uganda should meet the Tanzanian envoy.",
                 {**NAMES, "Tanzanian envoy": state("TZA")})
    assert not any(b[0] in ("AGREE", "CONSULT") and b[2] == "UGA" for b in brief(found))


def test_a_plain_that_clause_after_a_request_names_no_one_asked(nlp):
    found = code(nlp, "Ochieng asked reporters whether Uganda had sent troops.", NAMES)
    assert not any(b[0] == "REQUEST" and b[3] == "UGA" for b in brief(found))


def test_bare_talks_after_a_visit_are_held_by_its_parties(nlp):
    found = code(nlp, "Ochieng will visit Uganda next week. Talks are set to open in Kampala on Wednesday.", NAMES)
    assert len([b for b in brief(found) if {b[2], b[3]} == {"KEN", "UGA"}]) == 2


def test_bare_talks_after_talks_are_the_same_talks(nlp):
    found = code(nlp, "Kenya and Uganda will hold talks on trade this month. Talks are set to open in Nairobi on "
                      "Wednesday.", NAMES)
    assert len([b for b in brief(found) if {b[2], b[3]} == {"KEN", "UGA"}]) == 1


def test_a_meeting_subject_with_a_party_of_its_own_takes_no_earlier_pair(nlp):
    found = code(nlp, "Kenya and Uganda will hold talks on trade this month. Talks with Tanzania are due to begin "
                      "on Wednesday.", NAMES)
    assert len([b for b in brief(found) if {b[2], b[3]} == {"KEN", "UGA"}]) == 1


def test_a_meeting_subject_of_a_subordinate_clause_takes_no_earlier_pair(nlp):
    found = code(nlp, "Ochieng will visit Uganda next week. Sanctions would remain even after the meeting started.",
                 NAMES)
    assert len([b for b in brief(found) if {b[2], b[3]} == {"KEN", "UGA"}]) == 1


def test_accepting_an_invitation_in_the_same_sentence_is_the_guests_own_act(nlp):
    found = code(nlp, "Ochieng invited Okello to visit Kenya in July, and Okello accepted the invitation.", NAMES)
    pairs = [b[2:4] for b in brief(found) if b[0] == "AGREE"]
    assert ("KEN", "UGA") in pairs and ("UGA", "KEN") in pairs


def test_a_pledge_and_a_planned_summit_read_the_other_way_in_one_sentence_are_two_acts(nlp):
    found = code(nlp, "Kenya won assurances from Okello that Uganda would ratify the treaty in time for the "
                      "Kenya-Uganda summit next month.", NAMES)
    cameos = {b[1] for b in brief(found) if b[0] == "AGREE" and {b[2], b[3]} == {"KEN", "UGA"}}
    assert "036" in cameos and len(cameos) == 2



def test_the_topic_of_planned_talks_read_the_same_way_adds_no_act(nlp):
    found = code(nlp, "The two sides are to discuss the possibility of Kenya signing a trade deal with Uganda.",
                 {**NAMES, "The two sides": [state("KEN"), state("UGA")]})
    assert len([b for b in brief(found) if b[0] == "AGREE"]) == 1


CROWD = {"demonstrators": Actor(name="Kenya demonstrators", kind="org", country="KEN", sector="CVL"),
         "Protesters": Actor(name="Kenya protesters", kind="org", country="KEN", sector="CVL")}


def test_police_clashing_with_a_placed_crowd_are_its_countrys(nlp):
    found = code(nlp, "Ten people were hurt in clashes between police and demonstrators in Nairobi.", CROWD)
    assert any(b[0] == "ASSAULT" and b[2:4] == ("KEN", "KEN") for b in brief(found))


def test_police_named_with_a_country_are_left_to_the_resolver(nlp):
    found = code(nlp, "Ten people were hurt in clashes between police and demonstrators in Nairobi.",
                 {"demonstrators": CROWD["demonstrators"], "police": Actor(name="Uganda police", kind="org",
                                                                           country="UGA", sector="COP")})
    assert not any(b[2:4] == ("KEN", "KEN") for b in brief(found))


def test_soldiers_are_no_police(nlp):
    found = code(nlp, "Ten people were hurt in clashes between soldiers and demonstrators in Nairobi.", CROWD)
    assert not any(b[0] == "ASSAULT" and b[2] == "KEN" and b[3] == "KEN" for b in brief(found))


def test_a_crowd_clashing_with_police_clashes_with_its_countrys(nlp):
    found = code(nlp, "Protesters clashed with police in Nairobi on Monday.", CROWD)
    assert any(b[0] == "ASSAULT" and b[2:4] == ("KEN", "KEN") for b in brief(found))


def test_co_actors_joined_by_along_with_act_with_the_subject(nlp):
    found = code(nlp, "Kenya, along with Uganda and Tanzania, condemned the attack on Rwanda.",
                 {**NAMES, "Rwanda": state("RWA")})
    assert {b[2] for b in brief(found) if b[0] == "ACCUSE"} == {"KEN", "UGA", "TZA"}


def test_company_of_the_object_is_not_the_subjects(nlp):
    found = code(nlp, "Kenya invited Uganda along with Tanzania to the summit.", NAMES)
    assert not any(b[2] in ("TZA",) for b in brief(found))


def test_rejecting_the_overture_answers_the_one_who_made_it(nlp):
    found = code(nlp, "Uganda made a new peace overture to Kenya on Sunday. Ochieng rejected the overture on Monday.",
                 NAMES)
    assert any(b[:4] == ("REJECT", "120", "KEN", "UGA") for b in brief(found))


def test_a_definite_object_said_of_no_one_before_names_no_maker(nlp):
    found = code(nlp, "Uganda held talks with Kenya on Sunday. Ochieng rejected the proposal on Monday.", NAMES)
    assert not any(b[0] == "REJECT" and b[3] == "UGA" for b in brief(found))


def test_a_document_by_a_party_urges_for_it(nlp):
    found = code(nlp, "A statement by Ochieng on Monday urged Uganda to release the sailors.", NAMES)
    assert any(b[0] == "REQUEST" and b[2:4] == ("KEN", "UGA") for b in brief(found))


def test_a_document_issued_by_a_party_urges_for_it(nlp):
    found = code(nlp, "Kenya issued a statement on Monday urging Uganda to withdraw its troops.", NAMES)
    assert any(b[0] == "REQUEST" and b[2:4] == ("KEN", "UGA") for b in brief(found))


def test_a_document_welcomed_by_a_party_is_not_its_own(nlp):
    found = code(nlp, "Tanzania welcomed a statement urging Uganda to withdraw its troops.", NAMES)
    assert not any(b[0] == "REQUEST" and b[2] == "TZA" for b in brief(found))


def test_an_objects_company_is_acted_on_with_it(nlp):
    found = code(nlp, "Kenya will invite Uganda along with Tanzania and Rwanda to the summit.",
                 {**NAMES, "Rwanda": state("RWA")})
    assert {b[3] for b in brief(found) if b[0] == "AGREE" and b[2] == "KEN"} == {"UGA", "TZA", "RWA"}
