"""Pattern families and argument rules, on sentences written for these tests (real spaCy model)."""
from __future__ import annotations

import pytest

from events_helpers import brief, code, igo, person, state

pytestmark = pytest.mark.model

FR, DE, JP, IN, KE, ET = state("FRA"), state("DEU"), state("JPN"), state("IND"), state("KEN"), state("ETH")


def test_visit_verb_active(nlp):
    found = code(nlp, "Germany's chancellor visited Japan on Monday.", {"Germany": DE, "Japan": JP})
    assert brief(found) == [("CONSULT", "042", "DEU", "JPN", "occurred")]
    ev = found.events[0]
    assert ev.mode == "visit" and ev.date == "2024-06-10" and ev.date_precision == "day"
    assert [p.role for p in ev.participants] == ["guest", "host"]


def test_light_verb_visit_noun_with_two_hosts_gives_two_events(nlp):
    found = code(nlp, "Kenya's president paid official visits to France and Germany last week.",
                 {"Kenya": KE, "France": FR, "Germany": DE})
    assert brief(found) == [("CONSULT", "042", "KEN", "FRA", "occurred"), ("CONSULT", "042", "KEN", "DEU", "occurred")]
    assert found.events[0].rule == "consult.visit.noun"


def test_possessive_visit_takes_the_host_from_the_dateline(nlp):
    found = code(nlp, "Officials praised the outcome of Hiroshi Tanaka's ongoing visit.",
                 {"Hiroshi Tanaka": person("Hiroshi Tanaka", "JPN")}, dateline="Nairobi")
    assert brief(found) == [("CONSULT", "042", "JPN", "KEN", "occurred")]


def test_held_talks_with(nlp):
    found = code(nlp, "The Indian foreign minister held talks with his Ethiopian counterpart in Addis Ababa.",
                 {"Indian foreign minister": person("Anil Rao", "IND", "Foreign Minister"),
                  "Ethiopian counterpart": person("Abebe Kebede", "ETH", "Foreign Minister")})
    assert brief(found) == [("CONSULT", "040", "IND", "ETH", "occurred")]
    assert found.events[0].location.country == "ETH"


def test_coordinated_subject_of_a_symmetric_verb_splits_into_source_and_target(nlp):
    found = code(nlp, "France and Germany discussed energy security on Thursday.", {"France": FR, "Germany": DE})
    assert brief(found) == [("CONSULT", "040", "FRA", "DEU", "occurred")]


def test_group_subject_takes_its_members(nlp):
    found = code(nlp, "The two leaders discussed regional security.", {"The two leaders": [FR, KE]})
    assert brief(found) == [("CONSULT", "040", "FRA", "KEN", "occurred")]


def test_between_x_and_y(nlp):
    found = code(nlp, "The meeting between Japan and India took place in Tokyo.", {"Japan": JP, "India": IN})
    assert brief(found) == [("CONSULT", "040", "JPN", "IND", "occurred")]


def test_passive_award_by(nlp):
    found = code(nlp, "President Amina Diallo was honoured with the Order of Merit by the French President.",
                 {"Amina Diallo": person("Amina Diallo", "KEN"), "French President": person("Luc Martin", "FRA")})
    assert brief(found) == [("SUPPORT", "051", "FRA", "KEN", "occurred")]
    assert found.events[0].mode == "award"


def test_scene_noun_takes_the_clause_subject(nlp):
    found = code(nlp, "In a meeting with the Kenyan president, the Japanese envoy praised the reforms.",
                 {"Kenyan president": person("Amina Diallo", "KEN"), "Japanese envoy": person("Taro Sato", "JPN", "Envoy")})
    assert ("CONSULT", "040", "JPN", "KEN", "occurred") in brief(found)


def test_invitation_with_embedded_visit_is_one_event(nlp):
    found = code(nlp, "France invited the Kenyan president to visit Paris next year. He accepted the invitation.",
                 {"France": FR, "Kenyan president": person("Amina Diallo", "KEN"), "He": person("Amina Diallo", "KEN")})
    assert brief(found) == [("AGREE", "036", "FRA", "KEN", "occurred"), ("AGREE", "036", "KEN", "FRA", "occurred")]
    assert found.events[0].mode == "invite" and found.events[1].mode == "accept_invitation"


def test_signing_several_documents_is_one_event_with_agreements(nlp):
    text = ("The two leaders witnessed the signing of a joint statement, a memorandum of understanding on defence "
            "cooperation and an agreement on agriculture.")
    found = code(nlp, text, {"The two leaders": [JP, IN]})
    assert brief(found) == [("SUPPORT", "057", "JPN", "IND", "occurred")]
    ev = found.events[0]
    assert ev.instrument["types"] == ["joint_statement", "mou", "agreement"]
    assert len(found.agreements) == 3 and all(a.event_id == ev.event_id for a in found.agreements)
    mou = found.agreements[1]
    assert mou.field == "defence cooperation" and {a.country for a in mou.parties} == {"JPN", "IND"}
    assert {p.role for p in ev.participants} >= {"witness"}


def test_control_verb_borrows_the_target_of_its_clause(nlp):
    found = code(nlp, "Japan pledged to expand maritime cooperation with India.", {"Japan": JP, "India": IN})
    assert brief(found) == [("AGREE", "030", "JPN", "IND", "planned")]


def test_source_equal_to_target_is_skipped(nlp):
    found = code(nlp, "France praised France.", {"France": FR})
    assert found.events == []


def test_no_source_means_no_event_and_the_trace_says_why(nlp):
    found = code(nlp, "The visit to Kenya was a success.", {"Kenya": KE}, explain=True)
    assert found.events == []
    assert any("no source" in t.get("why", "") for t in found.trace)


def test_igo_target(nlp):
    found = code(nlp, "Kenya attended the summit of the African Union in Addis Ababa.",
                 {"Kenya": KE, "African Union": igo("AU")})
    assert brief(found) == [("CONSULT", "044", "KEN", "AU", "occurred")]


@pytest.mark.parametrize("text, expected", [
    ("India agreed to ease restrictions on Japanese journalists.", ("AGREE", "IND", "JPN")),
    ("Germany provided humanitarian aid to Ethiopia.", ("AID", "DEU", "ETH")),
    ("Ethiopia released two Kenyan fishermen.", ("RETREAT", "ETH", "KEN")),
    ("Japan apologised to India for the incident.", ("CONCEDE", "JPN", "IND")),
    ("France condemned Ethiopia over the border clashes.", ("ACCUSE", "FRA", "ETH")),
    ("Kenya urged Ethiopia to reopen the border.", ("REQUEST", "KEN", "ETH")),
    ("India rejected Japan's proposal.", ("REJECT", "IND", "JPN")),
    ("Ethiopia threatened to impose tariffs on Kenya.", ("THREATEN", "ETH", "KEN")),
    ("Farmers in France protested against Germany.", ("PROTEST", "FRA", "DEU")),
    ("Ethiopia deployed troops to its border with Kenya.", ("MOBILIZE", "ETH", "KEN")),
    ("Japan expelled two Indian diplomats.", ("SANCTION", "JPN", "IND")),
    ("Germany imposed sanctions on Ethiopia.", ("SANCTION", "DEU", "ETH")),
    ("Ethiopian police arrested three Kenyan journalists.", ("COERCE", "ETH", "KEN")),
    ("Ethiopian aircraft bombed targets in Kenya.", ("ASSAULT", "ETH", "KEN")),
    ("Japanese and Indian navies conducted joint exercises.", ("COOPERATE", "JPN", "IND")),
    ("France signed a trade agreement with Kenya.", ("SUPPORT", "FRA", "KEN")),
    ("The Japanese minister met the Indian ambassador.", ("CONSULT", "JPN", "IND")),
])
def test_every_plover_type(nlp, text, expected):
    actors = {"India": IN, "Indian": IN, "Japan": JP, "Japanese": JP, "Germany": DE, "Ethiopia": ET, "Ethiopian": ET,
              "Kenya": KE, "Kenyan": KE, "France": FR}
    found = code(nlp, text, actors)
    got = [(e.type, e.source.country, e.target.country if e.target else None) for e in found.events]
    assert expected in got, got
