"""Argument constructions of the fourth round (domestic parties on real-article constructions), on sentences
written for these tests."""
from __future__ import annotations

import pytest

from events_helpers import brief, code, igo, person, state

pytestmark = pytest.mark.model

KE, BO, UG = state("KEN"), state("BOL"), state("UGA")


def test_an_unnamed_crowd_belongs_to_the_country_it_marches_in(nlp):
    found = code(nlp, "Thousands of farmers and teachers marched through the streets of Nairobi on Tuesday to "
                      "protest against the government's tax plans.", {})
    assert ("PROTEST", "141", "KEN", "KEN", "occurred") in brief(found)


def test_an_unnamed_crowd_takes_the_dateline_country_when_no_other_is_named(nlp):
    found = code(nlp, "Hundreds of students rallied on Friday against the government.", {}, dateline="Kampala")
    assert ("PROTEST", "141", "UGA", "UGA", "occurred") in brief(found)


def test_an_unnamed_crowd_is_nobody_when_the_sentence_names_another_country(nlp):
    found = code(nlp, "Hundreds of students rallied on Friday against Kenya's new visa rules.", {"Kenya": KE},
                 dateline="Kampala")
    assert not any(b[2] == "UGA" for b in brief(found))


def test_talks_with_the_countrys_unions_are_a_domestic_event(nlp):
    found = code(nlp, "Bolivia's government opened talks on Monday with the country's main union leaders on a "
                      "wage dispute.", {"Bolivia": BO})
    assert ("CONSULT", "040", "BOL", "BOL", "occurred") in brief(found)


def test_talks_with_the_countrys_neighbours_name_no_domestic_group(nlp):
    found = code(nlp, "Kenya held talks with the country's neighbours on Monday.", {"Kenya": KE})
    assert not any(b[3] == "KEN" for b in brief(found))


def test_a_briefing_following_talks_was_given_by_one_who_held_them(nlp):
    text = "Kenyan Trade Minister Amina Odera spoke on Friday. She told reporters at a briefing following talks " \
           "with Ugandan and Bolivian trade ministers that progress was made."
    found = code(nlp, text, {"Kenyan Trade Minister Amina Odera": person("Amina Odera", "KEN", "Trade Minister"),
                             "Ugandan": UG, "Bolivian": BO})
    got = brief(found)
    assert ("CONSULT", "040", "KEN", "UGA", "occurred") in got and ("CONSULT", "040", "KEN", "BOL", "occurred") in got


def test_a_warning_glossed_over_is_aimed_at_the_one_whose_act_it_warns_of(nlp):
    text = ("Kenya's president glossed over warnings from Uganda on Monday that Kenyan air strikes against "
            "Somalia would damage relations with Kampala.")
    found = code(nlp, text, {"Kenya": KE, "Kenyan": KE, "Uganda": UG, "Somalia": state("SOM"),
                               "Kampala": UG})
    got = brief(found)
    assert ("THREATEN", "130", "UGA", "KEN", "occurred") in got
    assert not any(b[2] == "KEN" and b[3] == "SOM" for b in got)      # the strikes are only warned of


def test_who_tells_a_meeting_takes_part_in_it(nlp):
    text = "\"Prices are coming down,\" Amina Odera told a meeting with Ugandan traders here."
    found = code(nlp, text, {"Amina Odera": person("Amina Odera", "KEN", "Trade Minister"), "Ugandan": UG})
    assert ("CONSULT", "040", "KEN", "UGA", "occurred") in brief(found)


@pytest.mark.parametrize("text", ["The deal eases visa rules for Kenyans visiting Uganda.",
                                  "The accord waives visa fees for Kenyans travelling to Uganda after July 1."])
def test_a_bare_plural_nationality_noun_travels_privately(nlp, text):
    found = code(nlp, text, {"Kenyans": KE, "Uganda": UG})
    assert not any(b[0] in ("CONSULT", "AGREE") and b[2] == "KEN" for b in brief(found))


def test_the_nationals_with_an_article_may_be_a_delegation(nlp):
    found = code(nlp, "The Kenyans visited Uganda last week for talks on trade.", {"Kenyans": KE, "Uganda": UG})
    assert ("CONSULT", "042", "KEN", "UGA", "occurred") in brief(found)


def test_a_street_named_after_a_person_is_no_country_of_a_crowd(nlp):
    found = code(nlp, "Thousands of farmers marched along George Washington Avenue on Tuesday to protest against "
                      "the government's tax plans.", {})
    assert not any(b[0] == "PROTEST" and b[2] == "USA" for b in brief(found))


def test_the_un_missions_of_states_are_those_states(nlp):
    found = code(nlp, "The U.N. missions of Kenya and Uganda protested to Bolivia on Monday.",
                 {"U.N.": igo("UN"), "Kenya": KE, "Uganda": UG, "Bolivia": BO})
    sources = {b[2] for b in brief(found)}
    assert sources == {"KEN", "UGA"}


def test_representatives_of_a_states_un_mission_act_for_the_state(nlp):
    found = code(nlp, "Representatives of the U.N. mission of Kenya met Bolivian officials on Monday.",
                 {"U.N.": igo("UN"), "Kenya": KE, "Bolivian": BO})
    assert {b[2] for b in brief(found)} == {"KEN"}


def test_a_weekday_on_the_reporting_verb_dates_the_statement_not_the_planned_event(nlp):
    found = code(nlp, "Kenya and Uganda will hold talks on trade, a Kenyan spokesman said on Wednesday.",
                 {"Kenya": KE, "Uganda": UG, "Kenyan": KE})
    dates = {e.date for e in found.events}
    assert "2024-06-19" not in dates and "2024-06-12" in dates


def test_a_weekday_on_the_planned_event_is_still_the_coming_one(nlp):
    found = code(nlp, "Kenya's president will visit Uganda on Wednesday, a spokesman said.",
                 {"Kenya": KE, "Uganda": UG})
    assert {e.date for e in found.events} == {"2024-06-19"}


def test_the_small_sultanate_is_the_monarchy_named_before(nlp):
    found = code(nlp, "Kenya's new ambassador to Oman arrived in the small, oil-rich sultanate on Monday.",
                 {"Kenya": KE, "Oman": state("OMN")})
    assert any(b[0] == "CONSULT" and b[2:4] == ("KEN", "OMN") for b in brief(found)), brief(found)


def test_a_kingdom_with_a_nationality_word_is_not_read_as_the_one_named_before(nlp):
    found = code(nlp, "Kenya's new ambassador to Oman arrived in the Saudi kingdom on Monday.",
                 {"Kenya": KE, "Oman": state("OMN"), "Saudi": state("SAU")})
    assert not any(b[3] == "OMN" for b in brief(found)), brief(found)
