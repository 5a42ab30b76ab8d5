"""Argument constructions of the second round (missing sources and targets), on sentences written for these tests."""
from __future__ import annotations

import pytest

from events_helpers import brief, code, igo, person, state

pytestmark = pytest.mark.model

KE, ET, FR, UG, TZ = state("KEN"), state("ETH"), state("FRA"), state("UGA"), state("TZA")
MORE = person("Jean Morel", "FRA")


def test_relative_whom_stands_for_the_person_met(nlp):
    found = code(nlp, "The envoy brought a message from Jean Morel, with whom the Kenyan minister met on Monday.",
                 {"Jean Morel": MORE, "Kenyan minister": person("Ruth Wanjiru", "KEN", "Minister")})
    assert ("CONSULT", "040", "KEN", "FRA", "occurred") in brief(found)


def test_role_noun_with_a_plain_adjective_refers_back(nlp):
    found = code(nlp, "King Harald Berg of Norway landed in Nairobi on Monday. The elderly king met President "
                      "Daniel Otieno on Tuesday.",
                 {"King Harald Berg": person("Harald Berg", "NOR", "King"),
                  "President Daniel Otieno": person("Daniel Otieno", "KEN")})
    assert ("CONSULT", "040", "NOR", "KEN", "occurred") in brief(found)


def test_he_skips_a_quoted_sentence(nlp):
    text = ('Jean Morel spoke in Nairobi on Monday. "Kenya is our friend. We will stay," he said after a meeting '
            'with President Daniel Otieno.')
    found = code(nlp, text, {"Jean Morel": MORE, "Kenya": KE, "President Daniel Otieno": person("Daniel Otieno", "KEN")})
    assert ("CONSULT", "040", "FRA", "KEN", "occurred") in brief(found)


def test_he_skips_a_sentence_about_a_country(nlp):
    text = "Jean Morel arrived in Addis Ababa on Monday. Ethiopia is the second stop of the tour. He visited Kenya last week."
    found = code(nlp, text, {"Jean Morel": MORE, "Ethiopia": ET, "Kenya": KE})
    assert ("CONSULT", "042", "FRA", "KEN", "occurred") in brief(found)


def test_he_does_not_skip_past_another_person(nlp):
    text = "Jean Morel arrived in Addis Ababa on Monday. Ethiopia welcomed Paul Martin. He visited Kenya last week."
    found = code(nlp, text, {"Jean Morel": MORE, "Ethiopia": ET, "Kenya": KE,
                             "Paul Martin": person("Paul Martin", "DEU", "Chancellor")})
    assert not any(e.sentence_index == 2 for e in found.events)


def test_he_chains_through_an_earlier_he(nlp):
    text = "Jean Morel landed in Nairobi on Monday. He met Kenyan officials. He will also visit Uganda."
    found = code(nlp, text, {"Jean Morel": MORE, "Kenyan": KE, "Uganda": UG})
    assert ("AGREE", "036", "FRA", "UGA", "planned") in brief(found)


def test_participle_with_an_agent_names_the_supporter(nlp):
    found = code(nlp, "Kenya, strongly backed by Tanzania, asked the council for a vote.", {"Kenya": KE, "Tanzania": TZ})
    assert any(b[0] == "SUPPORT" and b[2:] == ("TZA", "KEN", "occurred") for b in brief(found)), brief(found)


def test_participle_phrase_hung_on_the_subject_names_the_visitor(nlp):
    found = code(nlp, "Morel, ending a three-day visit, said Kenya was a reliable partner.",
                 {"Morel": MORE, "Kenya": KE}, dateline="NAIROBI, Kenya")
    assert ("CONSULT", "042", "FRA", "KEN", "occurred") in brief(found)


def test_with_phrase_deep_in_the_object_names_the_other_side(nlp):
    found = code(nlp, "The minister discussed a list of questions on the subject of water sharing with his Kenyan "
                      "counterpart.",
                 {"The minister": person("Abebe Kebede", "ETH", "Minister"), "Kenyan": KE})
    assert ("CONSULT", "040", "ETH", "KEN", "occurred") in brief(found)


def test_with_phrase_inside_another_clause_is_not_taken(nlp):
    found = code(nlp, "Ethiopia discussed the plan that Kenya had agreed with Uganda.", {"Ethiopia": ET, "Kenya": KE,
                                                                                      "Uganda": UG})
    assert not any(e.rule.startswith("consult.discuss") and e.target is not None and e.target.country == "UGA"
                   for e in found.events)


def test_briefing_after_talks_gives_the_speaker_the_talks(nlp):
    found = code(nlp, "Jean Morel told reporters at a briefing after talks with the Kenyan foreign minister.",
                 {"Jean Morel": MORE, "Kenyan foreign minister": person("Ruth Wanjiru", "KEN", "Foreign Minister")})
    assert ("CONSULT", "040", "FRA", "KEN", "occurred") in brief(found)


def test_subject_through_an_adjective_complement(nlp):
    found = code(nlp, "Kenya is ready to deepen its trade ties with Ethiopia.", {"Kenya": KE, "Ethiopia": ET})
    assert any(b[2:4] == ("KEN", "ETH") for b in brief(found)), brief(found)


def test_noun_with_an_infinitive_takes_the_target_of_the_infinitive(nlp):
    found = code(nlp, "France expressed its readiness to cooperate with Kenya on water security.", {"France": FR, "Kenya": KE})
    assert any(b[0] == "AGREE" and b[2:4] == ("FRA", "KEN") for b in brief(found)), brief(found)


def test_that_clause_subject_is_the_one_asked(nlp):
    found = code(nlp, "Uganda demanded that Kenya withdraw its new customs rules.", {"Uganda": UG, "Kenya": KE})
    assert any(b[0] == "REQUEST" and b[2:4] == ("UGA", "KEN") for b in brief(found)), brief(found)


def test_press_without_a_target_is_no_request(nlp):
    found = code(nlp, "France pressed ahead with the budget.", {"France": FR})
    assert not any(e.type == "REQUEST" for e in found.events)


def test_his_inside_the_subject_phrase_is_the_speaker(nlp):
    found = code(nlp, "Jean Morel said his visit to Kenya next week would open a new chapter.",
                 {"Jean Morel": MORE, "Kenya": KE})
    assert any(b[2:4] == ("FRA", "KEN") and b[4] == "planned" for b in brief(found)), brief(found)


def test_they_stand_for_the_two_parties_just_coded(nlp):
    found = code(nlp, "Jean Morel met Kenyan President Daniel Otieno in Nairobi on Monday. They discussed water "
                      "sharing and trade.",
                 {"Jean Morel": MORE, "Kenyan President Daniel Otieno": person("Daniel Otieno", "KEN")})
    assert any(e.sentence_index == 1 and e.type == "CONSULT" and {e.source.country, e.target.country} == {"FRA", "KEN"}
               for e in found.events), brief(found)


def test_they_without_an_earlier_pair_stays_uncoded(nlp):
    found = code(nlp, "The weather was mild on Monday. They discussed water sharing and trade.", {})
    assert brief(found) == []


def test_the_two_sides_stand_for_the_two_parties_just_coded(nlp):
    found = code(nlp, "Kenya and Ethiopia held talks in Nairobi on Monday. The two sides also discussed border trade.",
                 {"Kenya": KE, "Ethiopia": ET})
    assert any(e.sentence_index == 1 and e.type == "CONSULT" for e in found.events), brief(found)


def test_one_actor_word_before_an_attack_noun_is_the_attacker(nlp):
    found = code(nlp, "Officials condemned the Ethiopian air strikes against Kenya on Monday.", {"Ethiopian": ET, "Kenya": KE})
    assert any(b[0] == "ASSAULT" and b[2:4] == ("ETH", "KEN") for b in brief(found)), brief(found)


def test_warnings_from_a_country_name_the_one_who_warned(nlp):
    found = code(nlp, "Stern warnings from Ethiopia went unheeded on Monday.", {"Ethiopia": ET})
    assert any(b[0] == "THREATEN" and b[2] == "ETH" for b in brief(found)), brief(found)


def test_aid_phrase_attached_to_the_verb_still_names_the_receiver(nlp):
    found = code(nlp, "Officials described France's generous assistance to Kenya in the health sector.",
                 {"France": FR, "Kenya": KE})
    assert any(b[0] == "AID" and b[2:4] == ("FRA", "KEN") for b in brief(found)), brief(found)


def test_whom_after_a_misattached_clause_is_the_person_before_the_comma(nlp):
    found = code(nlp, "The envoy was carrying a letter to Kenya from Jean Morel, with whom the Kenyan minister met "
                      "on Monday.",
                 {"Jean Morel": MORE, "Kenya": KE, "Kenyan minister": person("Ruth Wanjiru", "KEN", "Minister")})
    assert ("CONSULT", "040", "KEN", "FRA", "occurred") in brief(found), brief(found)


def test_possessor_of_the_object_is_the_target(nlp):
    found = code(nlp, "Jean Morel asked for a second term on Monday. Kenya vetoed his bid on Tuesday.",
                 {"Jean Morel": MORE, "Kenya": KE})
    assert any(b[0] == "REJECT" and b[2:4] == ("KEN", "FRA") for b in brief(found)), brief(found)


def test_it_is_the_country_that_reports(nlp):
    found = code(nlp, "Ethiopia said it had accused Kenya of hiding rebels.", {"Ethiopia": ET, "Kenya": KE})
    assert any(b[0] == "ACCUSE" and b[2:4] == ("ETH", "KEN") for b in brief(found)), brief(found)


def test_it_is_the_country_subject_of_the_previous_sentence(nlp):
    found = code(nlp, "Ethiopia closed its border on Monday. It accused Kenya of hiding rebels.", {"Ethiopia": ET, "Kenya": KE})
    assert any(b[0] == "ACCUSE" and b[2:4] == ("ETH", "KEN") for b in brief(found)), brief(found)


def test_it_is_not_a_person(nlp):
    found = code(nlp, "Jean Morel closed the meeting on Monday. It accused Kenya of hiding rebels.", {"Jean Morel": MORE, "Kenya": KE})
    assert not any(e.type == "ACCUSE" for e in found.events), brief(found)


def test_he_takes_the_main_clause_subject_not_the_reported_one(nlp):
    text = "Jean Morel said that Kenya and Ethiopia trade a lot. He visited Uganda last week."
    found = code(nlp, text, {"Jean Morel": MORE, "Kenya": KE, "Ethiopia": ET, "Uganda": UG})
    assert ("CONSULT", "042", "FRA", "UGA", "occurred") in brief(found), brief(found)


def test_he_takes_the_person_heading_a_subject_with_a_demonym(nlp):
    text = 'Ethiopian Prime Minister Abebe Kebede spoke on Monday. "Kenya is a friend." He later met Jean Morel.'
    found = code(nlp, text, {"Ethiopian": ET, "Abebe Kebede": person("Abebe Kebede", "ETH", "Prime Minister"),
                             "Kenya": KE, "Jean Morel": MORE})
    assert ("CONSULT", "040", "ETH", "FRA", "occurred") in brief(found), brief(found)


def test_his_country_is_the_country_of_the_person(nlp):
    found = code(nlp, "Abebe Kebede said his country wants to expand trade with Kenya.",
                 {"Abebe Kebede": person("Abebe Kebede", "ETH", "Minister"), "Kenya": KE})
    assert any(b[2:4] == ("ETH", "KEN") for b in brief(found)), brief(found)


def test_told_a_meeting_with_someone_is_a_meeting(nlp):
    found = code(nlp, "Jean Morel told a meeting with Kenyan business leaders that tariffs would fall.",
                 {"Jean Morel": MORE, "Kenyan": KE})
    assert ("CONSULT", "040", "FRA", "KEN", "occurred") in brief(found), brief(found)


def test_told_a_news_conference_is_no_meeting(nlp):
    found = code(nlp, "Jean Morel told a news conference that tariffs would fall.", {"Jean Morel": MORE})
    assert not any(e.type == "CONSULT" for e in found.events), brief(found)


def test_them_is_the_plural_object_named_before(nlp):
    found = code(nlp, "Jean Morel held talks with ministers from Kenya and Uganda on Monday to urge them to open "
                      "their borders.",
                 {"Jean Morel": MORE, "Kenya": KE, "Uganda": UG})
    got = brief(found)
    assert any(b[0] == "REQUEST" and b[2:4] == ("FRA", "KEN") for b in got), got
    assert any(b[0] == "REQUEST" and b[2:4] == ("FRA", "UGA") for b in got), got


def test_them_after_a_single_actor_is_left_alone(nlp):
    found = code(nlp, "Jean Morel met the Kenyan president and urged them to open the border.",
                 {"Jean Morel": MORE, "Kenyan president": person("Daniel Otieno", "KEN")})
    assert not any(e.type == "REQUEST" and e.target is not None for e in found.events), brief(found)


def test_a_delegation_led_by_someone_acts_for_the_leader(nlp):
    found = code(nlp, "A delegation led by the Kenyan foreign minister arrived in Ethiopia on Monday.",
                 {"Kenyan foreign minister": person("Ruth Wanjiru", "KEN", "Foreign Minister"), "Ethiopia": ET})
    assert ("CONSULT", "042", "KEN", "ETH", "occurred") in brief(found), brief(found)


def test_a_country_reporting_its_talks_with_another_took_part(nlp):
    found = code(nlp, "Kenya said talks with Ethiopia would resume next week.", {"Kenya": KE, "Ethiopia": ET})
    assert any(b[2:4] == ("KEN", "ETH") and b[4] == "planned" for b in brief(found)), brief(found)


def test_talks_reported_by_an_unnamed_speaker_get_no_source(nlp):
    found = code(nlp, "The spokesman said talks with Ethiopia would resume next week.", {"Ethiopia": ET})
    assert brief(found) == []


def test_his_in_a_fronted_phrase_is_the_clause_subject(nlp):
    found = code(nlp, "During his visit to Uganda, Jean Morel met Abebe Kebede.",
                 {"Uganda": UG, "Jean Morel": MORE, "Abebe Kebede": person("Abebe Kebede", "ETH", "Minister")})
    assert ("CONSULT", "042", "FRA", "UGA", "occurred") in brief(found), brief(found)


def test_travel_to_meet_another_party_is_two_events(nlp):
    found = code(nlp, "Jean Morel will travel to Uganda next week to meet Abebe Kebede.",
                 {"Uganda": UG, "Jean Morel": MORE, "Abebe Kebede": person("Abebe Kebede", "ETH", "Minister")})
    got = brief(found)
    assert ("AGREE", "036", "FRA", "UGA", "planned") in got and ("AGREE", "036", "FRA", "ETH", "planned") in got, got


def test_travel_to_meet_the_hosts_is_one_event(nlp):
    found = code(nlp, "Jean Morel will travel to Uganda next week to meet Ugandan officials.",
                 {"Uganda": UG, "Ugandan": UG, "Jean Morel": MORE})
    assert len(found.events) == 1, brief(found)


def test_noun_made_by_a_participle_agent(nlp):
    found = code(nlp, "The aid promised by Kenya to Uganda arrived on Monday.", {"Kenya": KE, "Uganda": UG})
    assert any(b[0] == "AID" and b[2:4] == ("KEN", "UGA") for b in brief(found)), brief(found)


def test_warning_that_names_the_party_aimed_at(nlp):
    got = brief(code(nlp, "Kenya warned that it would cut ties with Ethiopia.", {"Kenya": KE, "Ethiopia": ET}))
    assert any(b[0] == "THREATEN" and b[2:4] == ("KEN", "ETH") for b in got), got
    got = brief(code(nlp, "Kenya warned that Ethiopia would face a drought.", {"Kenya": KE, "Ethiopia": ET}))
    assert not any(b[0] == "THREATEN" and b[3] == "ETH" for b in got), got     # a prediction, not a threat


def test_received_aid_from_someone(nlp):
    found = code(nlp, "Ethiopia received aid from Kenya.", {"Kenya": KE, "Ethiopia": ET})
    assert any(b[0] == "AID" and b[2:4] == ("KEN", "ETH") for b in brief(found)), brief(found)


def test_an_inverted_condition_is_not_the_party_threatened(nlp):
    found = code(nlp, "Kenya has not threatened any measures should Ethiopia go ahead with the dam.",
                 {"Kenya": KE, "Ethiopia": ET})
    assert not any(e.type == "THREATEN" and e.target is not None for e in found.events), brief(found)


def test_hosting_a_summit_of_an_organisation_targets_the_organisation(nlp):
    found = code(nlp, "Kenya hosted a summit of the African Union in Nairobi.", {"Kenya": KE, "African Union": igo("AU")})
    assert ("CONSULT", "043", "KEN", "AU", "occurred") in brief(found), brief(found)


def test_meeting_two_named_partners_is_two_meetings(nlp):
    found = code(nlp, "Jean Morel met Kenyan and Ugandan leaders on Monday.", {"Jean Morel": MORE, "Kenyan": KE, "Ugandan": UG})
    got = brief(found)
    assert ("CONSULT", "040", "FRA", "KEN", "occurred") in got and ("CONSULT", "040", "FRA", "UGA", "occurred") in got, got


def test_a_group_that_met_is_one_meeting(nlp):
    found = code(nlp, "Kenya, Uganda and Ethiopia met in Nairobi on Monday.", {"Kenya": KE, "Uganda": UG, "Ethiopia": ET})
    assert len(found.events) == 1, brief(found)


def test_could_not_agree_is_a_refusal(nlp):
    found = code(nlp, "Kenya could not agree with Ethiopia on the final text.", {"Kenya": KE, "Ethiopia": ET})
    assert ("REJECT", "120", "KEN", "ETH", "occurred") in brief(found), brief(found)


def test_could_sever_ties_is_a_threat(nlp):
    found = code(nlp, "Kenya could sever diplomatic ties with Ethiopia.", {"Kenya": KE, "Ethiopia": ET})
    got = brief(found)
    assert any(b[0] == "THREATEN" and b[2:4] == ("KEN", "ETH") for b in got), got


def test_aid_that_arrives_is_no_visitor(nlp):
    found = code(nlp, "French aid arrived in Nairobi on Monday.", {"French": FR, "Nairobi": KE})
    assert not any(e.type in ("CONSULT", "AGREE") and e.cameo in ("042", "036") for e in found.events), brief(found)


def test_his_in_a_conjunct_after_a_persons_noun_is_that_person(nlp):
    found = code(nlp, "Jean Morel praised the success of Abebe Kebede's attendance at the summit and his visits to Kenya.",
                 {"Jean Morel": MORE, "Abebe Kebede": person("Abebe Kebede", "ETH", "Minister"), "Kenya": KE})
    assert ("CONSULT", "042", "ETH", "KEN", "occurred") in brief(found), brief(found)


def test_parties_named_on_a_signed_instrument(nlp):
    got = brief(code(nlp, "An agreement between Kenya and Ethiopia was signed on Monday.", {"Kenya": KE, "Ethiopia": ET}))
    assert ("SUPPORT", "057", "KEN", "ETH", "occurred") in got, got
    assert brief(code(nlp, "The agreement was signed on Monday.", {})) == []


def test_a_country_reporting_its_own_agentless_act_did_it(nlp):
    got = brief(code(nlp, "Kenya said Ethiopia would be invited to the talks.", {"Kenya": KE, "Ethiopia": ET}))
    assert ("AGREE", "036", "KEN", "ETH", "planned") in got, got
    got = brief(code(nlp, "Kenya said aid had been sent to Uganda by France.", {"Kenya": KE, "Uganda": UG, "France": FR}))
    assert all(b[2] != "KEN" for b in got), got


def test_denied_accusations_were_aimed_at_the_one_denying(nlp):
    found = code(nlp, "Ethiopia denied Kenya's accusations.", {"Kenya": KE, "Ethiopia": ET})
    assert any(b[0] == "ACCUSE" and b[2:4] == ("KEN", "ETH") for b in brief(found)), brief(found)


def test_exchanged_accusations_go_both_ways(nlp):
    found = code(nlp, "Kenya and Ethiopia exchanged accusations on Monday.", {"Kenya": KE, "Ethiopia": ET})
    assert any(b[0] == "ACCUSE" and {b[2], b[3]} == {"KEN", "ETH"} for b in brief(found)), brief(found)


def test_the_ministers_of_the_two_countries_are_the_pair_coded_earlier(nlp):
    text = ("Kenya and Ethiopia agreed on Monday to expand trade. The talks lasted two days. Officials were pleased. "
            "The foreign ministers of the two countries also discussed water sharing.")
    found = code(nlp, text, {"Kenya": KE, "Ethiopia": ET})
    assert any(e.sentence_index == 3 and e.type == "CONSULT" and {e.source.country, e.target.country} == {"KEN", "ETH"}
               for e in found.events), brief(found)


def test_his_after_as_well_as_belongs_to_the_owner_one_of_down(nlp):
    found = code(nlp, "Minister Lena Holm hailed the success of President Abebe Kebede's attendance at the forum "
                      "as well as his official visits to Kenya and Uganda.",
                 {"Lena Holm": person("Lena Holm", "SWE", "Minister"),
                  "Abebe Kebede": person("Abebe Kebede", "ETH", "President"),
                  "Kenya": state("KEN"), "Uganda": state("UGA")})
    visits = {(e[2], e[3]) for e in brief(found) if e[1] == "042"}
    assert visits == {("ETH", "KEN"), ("ETH", "UGA")}
