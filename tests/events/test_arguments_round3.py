"""Argument constructions of the third round (a party the lexicon frame leaves out, and three coding errors
that merged different events), on sentences written for these tests."""
from __future__ import annotations

import pytest

from communique.model import Actor
from events_helpers import brief, code, igo, person, state

pytestmark = pytest.mark.model

KE, UG, CN, JP, US, RU, SD, MU = (state("KEN"), state("UGA"), state("CHN"), state("JPN"), state("USA"), state("RUS"),
                                  state("SDN"), state("MUS"))
MOREL = person("Jean Morel", "FRA")


def test_the_organisation_stands_for_the_one_named_before(nlp):
    text = ("Ivan Petrov criticised the African Union on Monday. He urged the organisation to set clear rules "
            "for its observers.")
    found = code(nlp, text, {"Ivan Petrov": person("Ivan Petrov", "RUS", "Foreign Minister"),
                             "African Union": igo("AU")})
    assert ("REQUEST", "020", "RUS", "AU", "occurred") in brief(found)


def test_the_organisation_is_nobody_when_two_were_named_in_that_sentence(nlp):
    text = ("Envoys from the United Nations and the African Union held a joint briefing on Monday. Ivan Petrov urged the "
            "organisation to set clear rules for its observers.")
    found = code(nlp, text, {"Ivan Petrov": person("Ivan Petrov", "RUS", "Foreign Minister"),
                             "African Union": igo("AU"), "United Nations": igo("UN")})
    assert not any(b[0] == "REQUEST" and b[3] is not None for b in brief(found))


def test_the_organisation_qualified_by_a_country_is_no_reference(nlp):
    text = "The African Union met on Monday. Kenya urged the Kenyan organisation to act."
    found = code(nlp, text, {"African Union": igo("AU"), "Kenya": KE, "Kenyan": KE})
    assert not any(b[0] == "REQUEST" and b[3] == "AU" for b in brief(found))


def test_a_delegation_sent_to_a_country_signs_with_it(nlp):
    found = code(nlp, "A Kenyan farming delegation to China has signed three contracts on seed supply, officials said.",
                 {"Kenyan": KE, "China": CN})
    assert [b[:4] for b in brief(found)] == [("SUPPORT", "057", "KEN", "CHN")]


def test_the_party_deep_in_the_infinitive_is_the_target(nlp):
    found = code(nlp, "China has agreed to provide loans totalling two billion dollars to Kenya.",
                 {"China": CN, "Kenya": KE})
    assert any(b[0] == "AGREE" and b[2:4] == ("CHN", "KEN") for b in brief(found)), brief(found)


def test_a_party_of_another_clause_in_the_infinitive_is_not_the_target(nlp):
    found = code(nlp, "Kenya agreed to study the plan that Uganda had sent to China.",
                 {"Kenya": KE, "Uganda": UG, "China": CN})
    assert not any(b[0] == "AGREE" and b[3] == "CHN" for b in brief(found))


def test_coordinated_nationality_words_before_one_plural_noun_name_several_parties(nlp):
    found = code(nlp, "Kenya held talks on Monday with the U.S., Japanese and Chinese farm ministers.",
                 {"Kenya": KE, "U.S.": US, "Japanese": JP, "Chinese": CN})
    targets = {b[3] for b in brief(found) if b[0] == "CONSULT"}
    assert targets == {"USA", "JPN", "CHN"}


def test_a_warning_is_aimed_at_the_one_whose_act_it_warns_about(nlp):
    text = ("Kenya ignored repeated warnings from Beijing that Ugandan border raids into Sudan could damage its "
            "trade links with China.")
    found = code(nlp, text, {"Kenya": KE, "Beijing": CN, "Ugandan": UG, "Sudan": SD, "China": CN})
    assert any(b[0] == "THREATEN" and b[2:4] == ("CHN", "UGA") for b in brief(found)), brief(found)


def test_a_warning_about_a_non_event_names_no_target(nlp):
    found = code(nlp, "Russia issued a warning that Ugandan roads were unsafe.", {"Russia": RU, "Ugandan": UG})
    assert not any(b[0] == "THREATEN" and b[3] == "UGA" for b in brief(found))


def test_a_signing_without_a_partner_takes_the_one_visit_of_the_article(nlp):
    text = ("Jean Morel arrived in Nairobi on Monday for a three-day state visit to Kenya. "
            "On Tuesday, Morel signed three agreements on energy.")
    found = code(nlp, text, {"Jean Morel": MOREL, "Morel": MOREL, "Kenya": KE})
    signing = [e for e in found.events if e.type == "SUPPORT"]
    assert [(e.target.country, e.rule) for e in signing] == [("KEN", "support.sign.verb+context.dyad")]
    assert signing[0].spans["target"] is None        # inferred, not read in the sentence


def test_a_signing_without_a_partner_stays_open_when_the_article_has_two_visits(nlp):
    text = ("Jean Morel visited Kenya on Monday. He visited Uganda on Wednesday. "
            "On Thursday, Morel signed three agreements on energy.")
    found = code(nlp, text, {"Jean Morel": MOREL, "Morel": MOREL, "Kenya": KE, "Uganda": UG})
    assert [e.target for e in found.events if e.type == "SUPPORT"] == [None]


def test_where_he_arrived_is_the_place_right_before_where(nlp):
    text = "Jean Morel visited Uganda on Monday. Officials in Uganda and Kenya, where he arrived next, hoped for help."
    found = code(nlp, text, {"Jean Morel": MOREL, "Uganda": UG, "Kenya": KE})
    arrivals = [b for b in brief(found) if b[0] == "CONSULT" and found.events[brief(found).index(b)].sentence_index == 1]
    assert [b[3] for b in arrivals] == ["KEN"]


def test_a_counterpart_named_in_apposition_is_the_person_not_the_state(nlp):
    sato = person("Kenji Sato", "JPN", "Foreign Minister")
    found = code(nlp, "Ruth Wanjiru held talks with her Japanese counterpart Kenji Sato on Monday.",
                 {"Ruth Wanjiru": person("Ruth Wanjiru", "KEN", "Foreign Minister"), "Japanese": JP,
                  "Kenji Sato": sato})
    talks = [e for e in found.events if e.type == "CONSULT"]
    assert talks and talks[0].target.name == "Kenji Sato"


def test_coordinated_nationality_words_on_a_noun_with_its_own_mention_name_both_sides(nlp):
    found = code(nlp, "Kenyan and Ugandan police ran a joint operation against smugglers on Monday.",
                 {"Kenyan": KE, "Ugandan": UG})
    assert any(b[0] == "COOPERATE" and {b[2], b[3]} == {"KEN", "UGA"} for b in brief(found)), brief(found)


@pytest.mark.parametrize("text", [
    "Kenya massed troops along its border with Uganda.",
    "Kenya put its army on high alert along the border with Uganda.",
    "Kenya called up reservists for drills near the Ugandan border.",
])
def test_a_border_named_in_the_act_gives_the_neighbour(nlp, text):
    found = code(nlp, text, {"Kenya": KE, "Uganda": UG, "Ugandan": UG})
    assert any(b[0] == "MOBILIZE" and b[2:4] == ("KEN", "UGA") for b in brief(found)), brief(found)


def test_a_border_inside_another_clause_gives_no_target(nlp):
    found = code(nlp, "Kenya moved troops to the coast, officials who visited the Ugandan border said.",
                 {"Kenya": KE, "Ugandan": UG})
    assert not any(b[0] == "MOBILIZE" and b[3] == "UGA" for b in brief(found))


@pytest.mark.parametrize("text", [
    "Kenya expelled dozens of Ugandan refugees on Friday.",
    "Kenya froze the assets of Ugandan companies.",
])
def test_the_owner_one_of_down_from_the_object_is_acted_on(nlp, text):
    found = code(nlp, text, {"Kenya": KE, "Ugandan": UG})
    assert any(b[2:4] == ("KEN", "UGA") for b in brief(found)), brief(found)


def test_the_doer_in_a_that_clause_is_the_one_accused(nlp):
    found = code(nlp, "Kenya charged that Ugandan forces had shelled border villages overnight.",
                 {"Kenya": KE, "Ugandan": UG})
    assert any(b[0] == "ACCUSE" and b[2:4] == ("KEN", "UGA") for b in brief(found)), brief(found)


def test_the_place_struck_names_the_target_but_the_dateline_does_not(nlp):
    found = code(nlp, "Kenyan jets bombed targets near Kampala.", {"Kenyan": KE})
    assert any(b[0] == "ASSAULT" and b[2:4] == ("KEN", "UGA") for b in brief(found)), brief(found)
    found = code(nlp, "Kenyan jets bombed rebel camps.", {"Kenyan": KE}, dateline="KAMPALA")
    assert [b[3] for b in brief(found) if b[0] == "ASSAULT"] == [None]


def test_students_protesting_outside_an_embassy_protest_against_its_country(nlp):
    found = code(nlp, "Kenyan students burned flags outside the Ugandan embassy.",
                 {"Kenyan": Actor("Kenyan students", kind="org", country="KEN", sector="EDU"), "Ugandan": UG})
    assert [b[:4] for b in brief(found)] == [("PROTEST", "141", "KEN", "UGA")]


def test_a_trip_by_private_people_is_no_visit(nlp):
    found = code(nlp, "Kenyan tourists visited Kampala on Monday.",
                 {"Kenyan": Actor("Kenyan tourists", kind="org", country="KEN", sector="CVL"), "Kampala": UG})
    assert not found.events


def test_a_participle_read_as_the_main_verb_does_not_make_its_noun_the_doer(nlp):
    found = code(nlp, "A Kenyan businessman charged with smuggling arms to Uganda was arrested on Monday.",
                 {"Kenyan": KE, "Uganda": UG})
    assert not any(b[0] == "ACCUSE" and b[2] == "KEN" for b in brief(found)), brief(found)
    found = code(nlp, "Kenya charged that Uganda had shelled border villages.", {"Kenya": KE, "Uganda": UG})
    assert any(b[0] == "ACCUSE" and b[2] == "KEN" for b in brief(found)), brief(found)


def test_a_dateline_parsed_as_a_first_subject_leaves_the_real_doer(nlp):
    found = code(nlp, "NAIROBI, March 12 (Wire) -- Kenya's foreign ministry lauded Uganda's efforts to curb smuggling.",
                 {"Kenya": KE, "Uganda": UG})
    assert any(b[0] == "SUPPORT" and b[2:4] == ("KEN", "UGA") for b in brief(found)), brief(found)


@pytest.mark.parametrize("text", [
    "Kenyans took to the streets of Nairobi to protest against the government.",
    "Kenyan youths rallied in Mombasa against abuses by the police.",
])
def test_protesters_own_authorities_named_without_a_country_are_their_countrys(nlp, text):
    found = code(nlp, text, {"Kenyans": KE, "Kenyan": KE})
    protests = [e for e in found.events if e.type == "PROTEST"]
    assert protests and protests[0].target.country == "KEN" and protests[0].target.kind == "org"


def test_a_protest_names_no_domestic_target_without_an_authority(nlp):
    found = code(nlp, "Kenyan youths rallied in Mombasa on Monday.", {"Kenyan": KE})
    assert [e.target for e in found.events if e.type == "PROTEST"] == [None]


def test_a_government_envoy_and_a_rebel_leader_of_one_country_are_two_sides(nlp):
    text = ("Kenyan envoy Paul Mwangi and separatist rebel leader John Odera opened fresh peace talks in Arusha "
            "on Friday.")
    found = code(nlp, text, {"Paul Mwangi": person("Paul Mwangi", "KEN", "Envoy"),
                             "John Odera": Actor("John Odera", kind="person", country="KEN", sector="REB",
                                                 title="Rebel Leader")})
    assert any(b[0] == "CONSULT" and b[2:4] == ("KEN", "KEN") for b in brief(found)), brief(found)


def test_two_officials_of_one_government_are_not_two_sides(nlp):
    found = code(nlp, "Kenyan envoy Paul Mwangi met Kenyan minister Ann Njeri on Friday.",
                 {"Paul Mwangi": person("Paul Mwangi", "KEN", "Envoy"), "Ann Njeri": person("Ann Njeri", "KEN", "Minister")})
    assert not any(b[0] == "CONSULT" for b in brief(found))



def test_the_indirect_object_is_the_party(nlp):
    found = code(nlp, "Kenya promised Uganda more trucks by the end of the year.", {"Kenya": KE, "Uganda": UG})
    assert any(b[0] == "AGREE" and b[2:4] == ("KEN", "UGA") for b in brief(found)), brief(found)


def test_the_nationality_of_the_people_released_is_the_target(nlp):
    found = code(nlp, "Kenya released six detained Ugandan fishermen on Wednesday.", {"Kenya": KE, "Ugandan": UG})
    assert any(b[0] == "RETREAT" and b[2:4] == ("KEN", "UGA") for b in brief(found)), brief(found)


def test_a_currency_named_by_nationality_in_an_infinitive_is_no_party(nlp):
    found = code(nlp, "Kenya agreed to sell its stake in the mine for 196 million Ugandan shillings.",
                 {"Kenya": KE, "Ugandan": UG})
    assert not any(b[3] == "UGA" for b in brief(found)), brief(found)


def test_a_place_occupied_must_be_the_acts_own_object(nlp):
    found = code(nlp, "Kenyan troops occupied the hills as talks went on in Kampala.", {"Kenyan": KE})
    assert not any(b[3] == "UGA" for b in brief(found)), brief(found)


def test_a_headline_passive_makes_no_doer_of_its_subject(nlp):
    found = code(nlp, "Ten Kenyan fishermen detained near the Ugandan border.", {"Kenyan": KE, "Ugandan": UG})
    assert not any(b[2] == "KEN" for b in brief(found)), brief(found)


def test_the_agent_of_an_event_nouns_object_is_its_doer(nlp):
    found = code(nlp, "The arrest of a Kenyan businessman by Ugandan police angered Nairobi.",
                 {"Kenyan": KE, "Ugandan": UG, "Nairobi": KE})
    assert any(b[0] == "COERCE" and b[2:4] == ("UGA", "KEN") for b in brief(found)), brief(found)


def test_a_meeting_verb_on_the_root_noun_is_the_nouns_act(nlp):
    found = code(nlp, "Kenya's finance minister, Ann Njeri, conferred with IMF officials in Washington on Thursday.",
                 {"Kenya": KE, "Ann Njeri": person("Ann Njeri", "KEN", "Finance Minister"), "IMF": igo("IMF")})
    assert any(b[0] == "CONSULT" and b[2:4] == ("KEN", "IMF") for b in brief(found)), brief(found)


def test_his_in_a_subject_phrase_carries_the_person_to_the_next_sentence(nlp):
    text = ("Ali Kamara put his campaign on hold on Wednesday. His aides said he was still running. "
            "Kenya blocked his bid for a second term.")
    found = code(nlp, text, {"Ali Kamara": person("Ali Kamara", "SLE", "Minister"), "Kenya": KE})
    assert any(b[0] == "REJECT" and b[2:4] == ("KEN", "SLE") for b in brief(found)), brief(found)


def test_two_nationality_words_side_by_side_before_one_noun_name_two_parties(nlp):
    found = code(nlp, "Kenyan and Ugandan customs officers ran a joint crackdown on smuggling.",
                 {"Kenyan": KE, "Ugandan": UG})
    assert any(b[0] == "COOPERATE" and {b[2], b[3]} == {"KEN", "UGA"} for b in brief(found)), brief(found)


def test_the_agent_after_coordinated_participles_did_both(nlp):
    found = code(nlp, "A Kenyan fishing boat was rammed and sunk by a Ugandan navy vessel.", {"Kenyan": KE, "Ugandan": UG})
    assert any(b[0] == "ASSAULT" and b[2:4] == ("UGA", "KEN") for b in brief(found)), brief(found)


def test_meeting_verbs_misread_as_participles_keep_their_subject(nlp):
    found = code(nlp, "Kenyan and Ugandan troops trained together in Mombasa as part of an annual exercise.",
                 {"Kenyan": KE, "Ugandan": UG})
    assert any(b[0] == "COOPERATE" and {b[2], b[3]} == {"KEN", "UGA"} for b in brief(found)), brief(found)


def test_whose_forces_are_deployed_is_who_deploys_them(nlp):
    found = code(nlp, "The deployment of Kenyan missile units close to the Ugandan border was confirmed on Monday.",
                 {"Kenyan": KE, "Ugandan": UG})
    assert any(b[0] == "MOBILIZE" and b[2:4] == ("KEN", "UGA") for b in brief(found)), brief(found)


def test_the_kingdom_is_the_monarchy_named_before(nlp):
    found = code(nlp, "Kenya's new ambassador to Saudi Arabia arrived in the kingdom on Monday.",
                 {"Kenya": KE, "Saudi Arabia": state("SAU")})
    assert any(b[0] == "CONSULT" and b[2:4] == ("KEN", "SAU") for b in brief(found)), brief(found)


def test_a_targetless_copy_of_an_event_with_its_target_in_the_sentence_is_dropped(nlp):
    found = code(nlp, "The Kenyan premier flew in on Tuesday for a four-day state visit to Uganda.",
                 {"Kenyan premier": person("Ann Njeri", "KEN", "Prime Minister"), "Uganda": UG})
    assert [b[2:4] for b in brief(found) if b[0] == "CONSULT"] == [("KEN", "UGA")]


def test_the_party_let_into_a_refused_act_is_the_target(nlp):
    found = code(nlp, "Kenya refused to allow the African Union observers to enter the camps.",
                 {"Kenya": KE, "African Union": igo("AU")})
    assert any(b[0] == "REJECT" and b[2:4] == ("KEN", "AU") for b in brief(found)), brief(found)


def test_who_claims_the_place_left_is_the_target(nlp):
    found = code(nlp, "Kenya withdrew its troops from two border villages claimed by Uganda.", {"Kenya": KE, "Uganda": UG})
    assert any(b[0] == "RETREAT" and b[2:4] == ("KEN", "UGA") for b in brief(found)), brief(found)


@pytest.mark.parametrize("text", [
    "Kenya put its air force on high alert as Uganda held elections.",
    "Kenya raised the combat readiness of its forces in response to the Ugandan manoeuvres.",
])
def test_a_show_of_force_answers_the_party_of_its_occasion(nlp, text):
    found = code(nlp, text, {"Kenya": KE, "Uganda": UG, "Ugandan": UG})
    assert any(b[0] == "MOBILIZE" and b[2:4] == ("KEN", "UGA") for b in brief(found)), brief(found)


def test_a_show_of_force_while_its_own_leader_travels_has_no_target(nlp):
    found = code(nlp, "Kenya put its army on alert as its president visited Kampala.",
                 {"Kenya": KE, "its president": person("Daniel Otieno", "KEN")})
    assert [b[3] for b in brief(found) if b[0] == "MOBILIZE"] == [None]
