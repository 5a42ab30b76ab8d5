"""Argument constructions of session 4 (who the other side is), on sentences written for these tests."""
from __future__ import annotations

import pytest

from events_helpers import brief, code, igo, person, state

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


def test_the_end_of_an_organisations_conference_in_a_city_is_hosted_there(nlp):
    found = code(nlp, "Ana Silva held a press briefing shortly before the end of the yearly conference of the "
                      "Organization of American States in Lima.",
                 {"Ana Silva": person("Ana Silva", "USA", "Envoy"), "Organization of American States": igo("OAS")})
    assert any(b[:4] == ("CONSULT", "044", "PER", "OAS") for b in brief(found))


def test_an_organisation_named_before_its_summit_holds_it_with_the_host(nlp):
    found = code(nlp, "The ASEAN summit in Manila ended on Sunday.", {"ASEAN": igo("ASEAN")})
    assert any(b[0] == "CONSULT" and b[2:4] == ("PHL", "ASEAN") for b in brief(found))


def test_an_organisations_meeting_without_a_place_takes_no_host_from_the_dateline(nlp):
    found = code(nlp, "SEOUL, May 2 - The IMF board meeting, set for June 9, will look at the plan.",
                 {"IMF": igo("IMF")}, dateline="SEOUL")
    assert not any(b[2] == "KOR" for b in brief(found))


def test_two_sides_named_before_a_summit_are_no_organisations_meeting(nlp):
    found = code(nlp, "The EU-Ukraine summit in Kiev ended on Sunday.",
                 {"EU": igo("EU"), "Ukraine": state("UKR")})
    assert not any(b[2] == "UKR" and b[3] == "EU" for b in brief(found))


def test_speaking_at_an_organisations_summit_meets_the_organisation(nlp):
    found = code(nlp, "Kenyan President Tom Okello spoke at the ASEAN summit in Manila on Sunday.",
                 {"Kenyan President Tom Okello": person("Tom Okello", "KEN"), "ASEAN": igo("ASEAN")})
    assert any(b[0] == "CONSULT" and b[2:4] == ("KEN", "ASEAN") for b in brief(found))


def test_a_destination_read_as_the_subject_of_a_for_to_clause_is_not_the_attendee(nlp):
    found = code(nlp, "Kenyan President Tom Okello left for Peru to attend the APEC summit.",
                 {"Kenyan President Tom Okello": person("Tom Okello", "KEN"), "Peru": state("PER"),
                  "APEC": igo("APEC")})
    assert any(b[0] == "CONSULT" and b[2:4] == ("KEN", "APEC") for b in brief(found))
    assert not any(b[2] == "PER" for b in brief(found))


TALKS = "Kenyan President Tom Okello held talks with Ugandan President Jane Akello in Nairobi on Monday. "
KE_UG = {"Kenyan President Tom Okello": person("Tom Okello", "KEN"),
         "Ugandan President Jane Akello": person("Jane Akello", "UGA"), "Okello": person("Tom Okello", "KEN")}


def test_praise_without_its_addressee_is_voiced_to_the_articles_partner(nlp):
    found = code(nlp, TALKS + "Okello hailed the fruitful cooperation between the two countries.", KE_UG)
    praise = [e for e in found.events if e.type == "SUPPORT"]
    assert praise and all(e.target is not None and e.target.country == "UGA" for e in praise)
    assert all(e.rule.endswith("+context.dyad") for e in praise)


def test_defending_a_stance_takes_no_partner_from_the_article(nlp):
    found = code(nlp, TALKS + "Okello defended his tax policy.", KE_UG)
    assert not any(e.type == "SUPPORT" and e.target is not None for e in found.events)


def test_a_warning_whose_that_clause_the_parse_hung_above_it_warns_the_acts_doer(nlp):
    # the parse reads "glossed" as an adjective and hangs the that-clause on it, above "warnings"
    found = code(nlp, "Prime Minister Ana Silva, for her part, glossed over sharp warnings from Beijing on Tuesday "
                      "that Australian naval patrols near Taiwan would put the trade talks at risk.",
                 {"Ana Silva": person("Ana Silva", "AUS", "Prime Minister"), "Beijing": state("CHN"),
                  "Australian": state("AUS"), "Taiwan": state("TWN")})
    assert any(b[0] == "THREATEN" and b[2:4] == ("CHN", "AUS") for b in brief(found))


def test_talks_during_a_visit_are_between_the_traveller_and_the_place_visited(nlp):
    found = code(nlp, "Talks during Okello's visit to Uganda focused on trade.",
                 {"Okello": person("Tom Okello", "KEN"), "Uganda": state("UGA")})
    assert any(b[:4] == ("CONSULT", "040", "KEN", "UGA") for b in brief(found))


def test_talks_during_a_visit_with_no_place_named_take_no_sides_from_it(nlp):
    found = code(nlp, "Talks during Okello's visit focused on trade.", {"Okello": person("Tom Okello", "KEN")})
    assert not any(b[1] == "040" for b in brief(found))
