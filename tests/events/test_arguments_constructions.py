"""Argument constructions added in the event-coder improvement round, on sentences written for these tests."""
from __future__ import annotations

import pytest

from events_helpers import brief, code, igo, person, state

pytestmark = pytest.mark.model

KE, JP, FR, DE, PE = state("KEN"), state("JPN"), state("FRA"), state("DEU"), state("PER")


def test_talks_with_a_visiting_leader_give_the_talks_and_the_visit(nlp):
    found = code(nlp, "The Kenyan president held talks with visiting French Prime Minister Paul Martin on Monday.",
                 {"Kenyan president": person("Daniel Otieno", "KEN"),
                  "French Prime Minister Paul Martin": person("Paul Martin", "FRA", "Prime Minister")})
    got = brief(found)
    assert ("CONSULT", "040", "KEN", "FRA", "occurred") in got
    assert ("CONSULT", "042", "FRA", "KEN", "occurred") in got      # the visitor is the guest
    visit = next(e for e in found.events if e.cameo == "042")
    assert visit.source.name == "Paul Martin"


def test_partitive_round_of_talks_takes_the_verb_and_both_subjects(nlp):
    found = code(nlp, "Officials said Japan and Peru had held months of talks over fishing rights.",
                 {"Japan": JP, "Peru": PE})
    assert brief(found) == [("CONSULT", "040", "JPN", "PER", "occurred")]


def test_at_the_invitation_of_names_the_inviter_and_the_guest(nlp):
    found = code(nlp, "The Kenyan foreign minister arrived in Paris on Sunday for a visit at the invitation of "
                      "President Jean Morel.",
                 {"Kenyan foreign minister": person("Ruth Wanjiru", "KEN", "Foreign Minister"),
                  "President Jean Morel": person("Jean Morel", "FRA")})
    got = brief(found)
    assert ("AGREE", "036", "FRA", "KEN", "occurred") in got
    invite = next(e for e in found.events if e.rule == "agree.invitation.noun")
    assert invite.source.name == "Jean Morel" and invite.target.name == "Ruth Wanjiru"


def test_the_king_refers_back_to_the_one_king_named(nlp):
    found = code(nlp, "King Harald Berg of Norway landed in Nairobi on Monday. The king met President Daniel Otieno "
                      "on Tuesday.",
                 {"King Harald Berg": person("Harald Berg", "NOR", "King"),
                  "President Daniel Otieno": person("Daniel Otieno", "KEN")})
    assert ("CONSULT", "040", "NOR", "KEN", "occurred") in brief(found)


def test_the_president_is_left_alone_when_two_presidents_were_named(nlp):
    found = code(nlp, "President Daniel Otieno greeted President Jean Morel on Monday. The president met "
                      "Paul Martin on Tuesday.",
                 {"President Daniel Otieno": person("Daniel Otieno", "KEN"),
                  "President Jean Morel": person("Jean Morel", "FRA"),
                  "Paul Martin": person("Paul Martin", "DEU", "Chancellor")})
    assert not any(e.sentence_index == 1 for e in found.events)


def test_relative_pronoun_subject_of_a_scheduled_visit(nlp):
    found = code(nlp, "President Jean Morel, who is scheduled to make a state visit to Kenya in May, addressed "
                      "parliament on Monday.",
                 {"President Jean Morel": person("Jean Morel", "FRA"), "Kenya": KE})
    assert brief(found) == [("AGREE", "036", "FRA", "KEN", "planned")]


def test_chairing_a_meeting_with_someone_names_the_other_side(nlp):
    found = code(nlp, "Foreign Minister Paul Martin, who co-chaired the meeting with Ruth Wanjiru, said the talks "
                      "went well.",
                 {"Foreign Minister Paul Martin": person("Paul Martin", "FRA", "Foreign Minister"),
                  "Ruth Wanjiru": person("Ruth Wanjiru", "KEN", "Foreign Minister")})
    got = brief(found)
    assert any(t[0] == "CONSULT" and {t[2], t[3]} == {"FRA", "KEN"} for t in got)


AU = igo("AU")


def test_meeting_of_an_organisation_opened_in_a_city_is_hosted_by_that_country(nlp):
    found = code(nlp, "The annual meeting of the African Union opened in Nairobi on Monday.", {"African Union": AU})
    assert brief(found) == [("CONSULT", "040", "KEN", "AU", "occurred")]


def test_meeting_of_an_organisation_declared_open_by_a_leader(nlp):
    found = code(nlp, "The meeting of the African Union was declared open by President Daniel Otieno on Monday.",
                 {"African Union": AU, "President Daniel Otieno": person("Daniel Otieno", "KEN")})
    assert brief(found) == [("CONSULT", "040", "KEN", "AU", "occurred")]
    assert found.events[0].source.name == "Daniel Otieno"


def test_meetings_of_an_organisation_mentioned_in_passing_get_no_host(nlp):
    found = code(nlp, "The talks are part of this week's meetings of the African Union in Nairobi.", {"African Union": AU})
    assert brief(found) == []


def test_he_is_not_the_object_of_the_previous_sentence(nlp):
    found = code(nlp, "France hosted Paul Martin on Monday. He urged Kenya to act.",
                 {"France": FR, "Paul Martin": person("Paul Martin", "DEU"), "Kenya": KE})
    assert not any(e.sentence_index == 1 for e in found.events)


def test_he_is_the_person_subject_before_it_in_its_sentence(nlp):
    found = code(nlp, "Paul Martin said he urged Kenya to act.", {"Paul Martin": person("Paul Martin", "DEU"), "Kenya": KE})
    assert [(e.type, e.source.name, e.target.country) for e in found.events] == [("REQUEST", "Paul Martin", "KEN")]


def test_he_is_not_guessed_when_the_previous_subject_is_not_one_person(nlp):
    found = code(nlp, "Jean Morel and Paul Martin met in Paris. Later he visited Kenya.",
                 {"Jean Morel": person("Jean Morel", "FRA"), "Paul Martin": person("Paul Martin", "DEU"), "Kenya": KE})
    assert not any(e.sentence_index == 1 for e in found.events)


def test_he_takes_the_one_person_subject_of_the_previous_sentence(nlp):
    found = code(nlp, "Jean Morel arrived in Paris on Monday. He visited Kenya on Tuesday.",
                 {"Jean Morel": person("Jean Morel", "FRA"), "Kenya": KE})
    assert ("CONSULT", "042", "FRA", "KEN", "occurred") in brief(found)


def test_accepting_an_invitation_from_someone_targets_the_inviter(nlp):
    found = code(nlp, "Ruth Wanjiru accepted an invitation from the French president to visit Paris.",
                 {"Ruth Wanjiru": person("Ruth Wanjiru", "KEN"), "French president": person("Jean Morel", "FRA")})
    ev = next(e for e in found.events if e.rule == "agree.accept_invitation")
    assert (ev.source.name, ev.target.name) == ("Ruth Wanjiru", "Jean Morel")
