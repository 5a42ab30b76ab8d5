"""Argument constructions of the sixth round, from audits of unseen articles (a second meeting of the same two
countries with another person, the traveller of "the visit of X to Y", a destination in the state of the report's
year), on sentences written for these tests."""
from __future__ import annotations

import pytest

from events_helpers import brief, code, person, state

pytestmark = pytest.mark.model

ES, CL = state("ESP"), state("CHL")


def test_a_later_meeting_with_another_host_is_another_meeting(nlp):
    found = code(nlp, "Spanish envoy Carlos Ruiz met Chilean President Ana Perez on Tuesday. "
                      "He also met Chilean Foreign Minister Marta Vidal.",
                 {"Spanish envoy Carlos Ruiz": person("Carlos Ruiz", "ESP", "envoy"),
                  "Chilean President Ana Perez": person("Ana Perez", "CHL"),
                  "Chilean Foreign Minister Marta Vidal": person("Marta Vidal", "CHL", "Foreign Minister")})
    meetings = [e for e in found.events if e.type == "CONSULT" and e.target is not None and e.target.country == "CHL"]
    assert {e.target.name for e in meetings} == {"Ana Perez", "Marta Vidal"}


def test_a_restated_meeting_with_the_same_person_stays_one(nlp):
    found = code(nlp, "Spanish envoy Carlos Ruiz met Chilean President Ana Perez. "
                      "Ruiz and Perez met in the presidential palace.",
                 {"Spanish envoy Carlos Ruiz": person("Carlos Ruiz", "ESP", "envoy"),
                  "Ruiz": person("Carlos Ruiz", "ESP", "envoy"),
                  "Chilean President Ana Perez": person("Ana Perez", "CHL"),
                  "Perez": person("Ana Perez", "CHL")})
    assert sum(1 for e in found.events if e.type == "CONSULT" and e.target is not None and e.target.country == "CHL") == 1


def test_several_hosts_named_in_one_sentence_are_one_occasion(nlp):
    found = code(nlp, "Carlos Ruiz met President Ana Perez and Foreign Minister Marta Vidal in Santiago.",
                 {"Carlos Ruiz": person("Carlos Ruiz", "ESP", "envoy"), "President Ana Perez": person("Ana Perez", "CHL"),
                  "Foreign Minister Marta Vidal": person("Marta Vidal", "CHL", "Foreign Minister")})
    assert sum(1 for e in found.events if e.type == "CONSULT" and e.target is not None and e.target.country == "CHL") == 1


def test_the_of_phrase_of_a_visit_noun_is_the_traveller(nlp):
    found = code(nlp, "The expected visit of Russian President Ivan Petrov to Chile next month was welcomed.",
                 {"Russian President Ivan Petrov": person("Ivan Petrov", "RUS"), "Chile": CL})
    assert any(b[:4] == ("AGREE", "036", "RUS", "CHL") for b in brief(found))


def test_a_visit_of_some_days_names_no_traveller(nlp):
    found = code(nlp, "A visit of three days to Chile was announced.", {"Chile": CL})
    assert not any(e.type in ("CONSULT", "AGREE") and e.source is not None for e in found.events)


def test_a_destination_stands_for_the_state_of_the_reports_year(nlp):
    found = code(nlp, "Spanish Foreign Minister Carlos Ruiz will visit Moscow next week.",
                 {"Spanish Foreign Minister Carlos Ruiz": person("Carlos Ruiz", "ESP", "Foreign Minister")},
                 published="1986-05-02")
    assert any(b[2:4] == ("ESP", "SUN") for b in brief(found))
