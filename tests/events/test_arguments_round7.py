"""Argument constructions of the seventh round, from the precision and recall audits of unseen articles (where a
traveller sets out from, the stops a tour includes, the place a participle acts on, a side with itself), on
sentences written for these tests."""
from __future__ import annotations

import pytest

from events_helpers import brief, code, igo, person, state

pytestmark = pytest.mark.model

KE = person("Amina Odhiambo", "KEN", "Foreign Minister")


def test_leave_x_for_y_goes_to_y_not_x(nlp):
    found = code(nlp, "Kenyan Foreign Minister Amina Odhiambo left Kampala for Kigali on Monday.",
                 {"Kenyan Foreign Minister Amina Odhiambo": KE})
    visits = [b for b in brief(found) if b[0] == "CONSULT"]
    assert visits and all(b[3] == "RWA" for b in visits)


def test_leave_x_for_talks_sets_out_from_x(nlp):
    found = code(nlp, "Kenyan Foreign Minister Amina Odhiambo left Kampala for talks on Monday.",
                 {"Kenyan Foreign Minister Amina Odhiambo": KE})
    assert not any(b[3] == "UGA" for b in brief(found))


def test_leave_for_y_still_goes_to_y(nlp):
    found = code(nlp, "Kenyan Foreign Minister Amina Odhiambo will leave for Kigali on Monday.",
                 {"Kenyan Foreign Minister Amina Odhiambo": KE})
    assert any(b[:4] == ("AGREE", "036", "KEN", "RWA") for b in brief(found))


def test_a_tour_that_includes_countries_goes_to_them(nlp):
    found = code(nlp, "Odhiambo arrived in Ghana on Sunday. Her tour will also include Togo and Benin.",
                 {"Odhiambo": KE, "Ghana": state("GHA"), "Togo": state("TGO"), "Benin": state("BEN")})
    later = {b[3] for b, e in zip(brief(found), found.events) if e.sentence_index == 1}
    assert later == {"TGO", "BEN"}


def test_a_place_occupied_by_a_state_is_the_target(nlp):
    found = code(nlp, "The Golan Heights, occupied by Israel in 1967, were the subject of the talks.",
                 {"Israel": state("ISR")})
    assert any(b[0] == "COERCE" and b[2:4] == ("ISR", "SYR") for b in brief(found))


def test_an_occupied_country_named_as_the_participle_head_is_the_target(nlp):
    found = code(nlp, "Kuwait, occupied by Iraq in August, asked for help.",
                 {"Iraq": state("IRQ")})
    assert any(b[0] == "COERCE" and b[2:4] == ("IRQ", "KWT") for b in brief(found))


def test_a_state_never_acts_on_itself(nlp):
    found = code(nlp, "Chilean President Ana Perez urged Chile to cut its tariffs.",
                 {"Chilean President Ana Perez": person("Ana Perez", "CHL"), "Chile": state("CHL")})
    assert not any(b[2] == b[3] == "CHL" for b in brief(found))


def test_a_domestic_event_of_two_sectors_stays(nlp):
    from communique.model import Actor

    students = Actor(name="Chilean students", kind="org", country="CHL", sector="EDU")
    found = code(nlp, "Chilean students protested against the government of Chile on Friday.",
                 {"Chilean students": students, "the government of Chile": state("CHL")})
    assert any(b[0] == "PROTEST" and b[2:4] == ("CHL", "CHL") for b in brief(found))


def test_an_organisations_meeting_in_a_country_is_with_its_host(nlp):
    found = code(nlp, "The OAS will hold a ministerial meeting on drug trafficking in Peru next year.",
                 {"The OAS": igo("OAS")})
    assert any(b[0] == "AGREE" and b[2:4] == ("OAS", "PER") for b in brief(found))


def test_a_state_attending_a_meeting_in_a_country_gets_no_host_from_it(nlp):
    found = code(nlp, "Chilean President Ana Perez attended a meeting on drug trafficking in Peru.",
                 {"Chilean President Ana Perez": person("Ana Perez", "CHL")})
    assert not any(b[2:4] == ("CHL", "PER") for b in brief(found))


def test_a_meeting_in_the_organisations_seat_has_no_host(nlp):
    found = code(nlp, "EU foreign ministers met in Brussels on Monday.", {"EU": igo("EU")})
    assert not any(b[3] == "BEL" for b in brief(found))


def test_an_organisation_naming_a_meeting_does_not_hold_it(nlp):
    found = code(nlp, "President Ana Perez at the 12th OAS General Assembly in Peru.",
                 {"President Ana Perez": person("Ana Perez", "CHL"), "OAS": igo("OAS")})
    assert not any(b[2:4] == ("OAS", "PER") for b in brief(found))


def test_a_country_in_the_of_phrase_of_a_topic_is_no_party(nlp):
    found = code(nlp, "Chile agreed to discuss the problems of Bolivia and Paraguay in its talks with Peru.",
                 {"Chile": state("CHL"), "Bolivia": state("BOL"), "Paraguay": state("PRY"), "Peru": state("PER")})
    assert not any(b[3] in ("BOL", "PRY") for b in brief(found))


def test_a_tie_of_another_side_is_a_topic(nlp):
    found = code(nlp, "Chilean President Ana Perez said the talks focused on EU relations with Peru.",
                 {"Chilean President Ana Perez": person("Ana Perez", "CHL"), "EU": igo("EU"), "Peru": state("PER")})
    assert not any(b[0] == "CONSULT" and b[3] == "PER" for b in brief(found))


def test_talks_on_relations_with_a_country_are_with_it(nlp):
    found = code(nlp, "Chilean President Ana Perez held talks on relations with Peru.",
                 {"Chilean President Ana Perez": person("Ana Perez", "CHL"), "Peru": state("PER")})
    assert any(b[0] == "CONSULT" and b[2:4] == ("CHL", "PER") for b in brief(found))


def test_a_visit_and_the_reverse_visit_in_one_sentence_are_two(nlp):
    found = code(nlp, "President Ana Perez's trip to Peru follows several visits to Chile by Peruvian officials.",
                 {"President Ana Perez": person("Ana Perez", "CHL"), "Peru": state("PER"), "Chile": state("CHL"),
                  "Peruvian": state("PER")})
    visits = {b[2:4] for b in brief(found) if b[0] == "CONSULT"}
    assert {("CHL", "PER"), ("PER", "CHL")} <= visits


def test_an_attended_meeting_of_an_organisations_members_is_with_the_organisation(nlp):
    found = code(nlp, "Chilean President Ana Perez attended the meeting of trade ministers from the OAS forum in May.",
                 {"Chilean President Ana Perez": person("Ana Perez", "CHL"), "the OAS": igo("OAS")})
    assert any(b[0] == "CONSULT" and b[2:4] == ("CHL", "OAS") for b in brief(found))
    assert not any(b[2] == "OAS" and b[3] is None for b in brief(found))


def test_an_attended_meeting_of_ministers_from_a_state_is_not_an_organisation(nlp):
    found = code(nlp, "Chilean President Ana Perez attended a meeting of ministers from Peru.",
                 {"Chilean President Ana Perez": person("Ana Perez", "CHL"), "Peru": state("PER")})
    assert not any(b[3] == "OAS" for b in brief(found))


def test_a_hedged_last_conjunct_joins_the_list(nlp):
    found = code(nlp, "Chile is supported by Peru and Bolivia and, to a lesser extent, Ecuador.",
                 {"Chile": state("CHL"), "Peru": state("PER"), "Bolivia": state("BOL"), "Ecuador": state("ECU")})
    sources = {b[2] for b in brief(found) if b[0] == "SUPPORT" and b[3] == "CHL"}
    assert sources == {"PER", "BOL", "ECU"}
