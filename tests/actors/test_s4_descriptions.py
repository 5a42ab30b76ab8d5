"""Session-4 resolution rules: definite descriptions headed by a state noun ("the island nation", "the
tiny Balkan state", "the kingdom") refer back to the state an earlier sentence names, on sentences
written for the tests."""
from __future__ import annotations

from mentions import resolve


def test_a_description_is_not_the_state_named_in_its_own_clause(nlp):
    ms = resolve(nlp, "Japan and Fiji signed a fisheries pact on Thursday. The island nation also asked Japan "
                      "for loans.")
    assert [m.actor.country for m in ms["The island nation"]] == ["FJI"]
    assert ms["The island nation"][0].how == "state_description"


def test_a_description_with_a_region_word_takes_the_one_state_before(nlp):
    ms = resolve(nlp, "Macedonia hopes to join the European Union soon. The tiny Balkan state criticised Greece "
                      "on Thursday.")
    assert [m.actor.country for m in ms["The tiny Balkan state"]] == ["MKD"]


def test_a_royal_noun_refers_only_to_a_monarchy(nlp):
    ms = resolve(nlp, "Jordan's King Abdullah met Italian Premier Marco Bellini on Thursday. The kingdom also "
                      "signed an aid deal with Rome.")
    assert [m.actor.country for m in ms["The kingdom"]] == ["JOR"]


def test_two_states_left_are_no_antecedent(nlp):
    ms = resolve(nlp, "Chile and Peru held border talks on Monday. The country will hold elections soon.")
    assert "The country" not in ms


def test_a_place_a_modifier_or_an_of_phrase_is_no_state_description(nlp):
    ms = resolve(nlp, "Nepal asked for help on Monday. Floods hit roads in the country on Tuesday.")
    assert "the country" not in ms
    ms = resolve(nlp, "Nepal asked for help on Monday. The state media said the king would speak.")
    assert "The state" not in ms
    ms = resolve(nlp, "Nepal asked for help on Monday. The state of emergency was lifted on Tuesday.")
    assert "The state" not in ms


def test_a_nationality_word_names_its_state_itself(nlp):
    ms = resolve(nlp, "Nepal asked India for help on Monday. The Indian state sent two planes.")
    assert all(m.how != "state_description" for v in ms.values() for m in v)


def test_an_earlier_state_of_its_own_sentence_outside_its_clause(nlp):
    ms = resolve(nlp, "The minister praised trade with Kazakhstan, as agreed during a visit by Egyptian President "
                      "Omar Fathy to the central Asian country.")
    assert [m.actor.country for m in ms["the central Asian country"]] == ["KAZ"]
    ms = resolve(nlp, "Fijian Prime Minister Tom Rabuka said the island nation would ask Japan for loans.")
    assert [m.actor.country for m in ms["the island nation"]] == ["FJI"]


def test_a_region_of_one_state_makes_no_description(nlp):
    ms = resolve(nlp, "Russia sent more troops on Monday. The Chechen republic asked for talks.")
    assert "The Chechen republic" not in ms


def test_his_opening_a_sentence_is_the_titled_person_not_their_nationality_word(nlp):
    ms = resolve(nlp, "Kenyan Foreign Minister Peter Omondi arrived here on Thursday for a visit to Vietnam. His "
                      "delegation signed a trade accord with Vietnam.")
    assert [m.actor.name for m in ms["His"]] == ["Peter Omondi"]
    ms = resolve(nlp, "Kenyan Foreign Minister Peter Omondi arrived in Hanoi on Thursday. His deputy met Vietnamese "
                      "officials.")
    assert [m.actor.country for m in ms["His"]] == ["KEN"]
