"""Argument constructions of session 5 (who is the other side), on sentences written for these tests."""
from __future__ import annotations

import pytest

from communique.model import Actor
from events_helpers import brief, code, igo, person, state

pytestmark = pytest.mark.model

KE = person("Paul Ochieng", "KEN", "Foreign Minister")
UG = person("Sam Okello", "UGA", "Foreign Minister")
NAMES = {"Kenyan Foreign Minister Paul Ochieng": KE, "Ochieng": KE, "Ugandan Foreign Minister Sam Okello": UG,
         "Okello": UG, "Uganda": state("UGA"), "Kenya": state("KEN"), "Tanzania": state("TZA")}


def test_a_pledge_of_the_two_leaders_is_made_between_them(nlp):
    names = dict(NAMES, **{"The two leaders": [KE, UG]})
    found = code(nlp, "Ochieng held talks with Okello in Nairobi on Monday. The two leaders pledged to expand rail "
                      "links.", names)
    assert any(b[0] == "AGREE" and set(b[2:4]) == {"KEN", "UGA"} for b in brief(found))


def test_a_pledge_of_a_plural_noun_not_counted_stays_one_sided(nlp):
    names = dict(NAMES, **{"The leaders": [KE, UG]})
    found = code(nlp, "Ochieng held talks with Okello in Nairobi on Monday. The leaders pledged to expand rail "
                      "links.", names)
    assert not any(b[0] == "AGREE" and set(b[2:4]) == {"KEN", "UGA"} for b in brief(found))


def test_an_act_the_speaker_assures_an_addressee_of_is_directed_at_the_addressee(nlp):
    found = code(nlp, "Ochieng assured Okello on Monday that Kenya will defend the fishing accord.", NAMES)
    assert any(b[0] in ("AGREE", "SUPPORT") and b[2:4] == ("KEN", "UGA") for b in brief(found))


def test_an_act_of_another_side_told_to_someone_has_no_addressee_target(nlp):
    found = code(nlp, "Okello told Tanzania on Monday that Kenya will defend the fishing accord.", NAMES)
    assert not any(b[2] == "KEN" and b[3] in ("TZA", "UGA") for b in brief(found))


def test_a_threat_of_tariffs_on_a_countrys_goods_threatens_that_country(nlp):
    found = code(nlp, "Kenya threatened on Friday to put higher tariffs on some Ugandan farm goods.", NAMES)
    assert any(b[0] == "THREATEN" and b[2:4] == ("KEN", "UGA") for b in brief(found))


def test_a_threat_noun_whose_act_falls_on_a_countrys_exports_threatens_that_country(nlp):
    found = code(nlp, "Kenya's threat to impose duties on Ugandan textile exports worried traders.", NAMES)
    assert any(b[0] == "THREATEN" and b[2:4] == ("KEN", "UGA") for b in brief(found))


def test_lifting_sanctions_on_a_countrys_goods_eases_them_for_that_country(nlp):
    found = code(nlp, "Kenya might decide next week to lift its sanctions on some Ugandan farm goods.", NAMES)
    assert any(b[0] == "RETREAT" and b[2:4] == ("KEN", "UGA") for b in brief(found))


def test_sanctions_lifted_take_the_goods_of_their_own_relative_clause(nlp):
    found = code(nlp, "Kenya would not lift the sanctions it imposed on Ugandan imports in May.", NAMES)
    assert any(b[0] == "RETREAT" and b[2:4] == ("KEN", "UGA") for b in brief(found))


def test_a_threat_with_no_goods_of_a_country_names_no_one_threatened(nlp):
    found = code(nlp, "Kenya threatened on Friday to put higher tariffs on all imported farm goods.", NAMES)
    assert not any(b[0] == "THREATEN" and b[3] is not None for b in brief(found))


def test_a_relative_word_as_the_object_of_an_accusation_stands_for_the_party_accused(nlp):
    found = code(nlp, "Kenya has no ties with Uganda, which it blames for the attack on its border post.", NAMES)
    assert any(b[0] == "ACCUSE" and b[2:4] == ("KEN", "UGA") for b in brief(found))


def test_names_set_beside_the_noun_of_the_relative_clause_are_each_accused(nlp):
    found = code(nlp, "Kenya has shunned its neighbours Uganda and Tanzania, whom it accuses of arming the bandits.",
                 NAMES)
    assert {b[3] for b in brief(found) if b[0] == "ACCUSE" and b[2] == "KEN"} == {"UGA", "TZA"}


def test_a_relative_word_that_is_the_subject_is_not_the_one_accused(nlp):
    found = code(nlp, "Kenya has no ties with Uganda, which blames Tanzania for the attack.", NAMES)
    assert not any(b[0] == "ACCUSE" and b[3] == "UGA" for b in brief(found))


def test_a_pact_ratified_names_no_partner_from_the_article(nlp):
    # a ratification is often domestic and its pact may name other parties: no partner is guessed for it
    found = code(nlp, "Uganda held talks with Kenya on a fishing pact in March. Uganda has already ratified the pact, "
                      "officials said.", NAMES)
    assert not any(b[1] == "057" and b[3] is not None for b in brief(found))


def test_a_pact_ratified_by_a_party_with_several_partners_stays_one_sided(nlp):
    found = code(nlp, "Uganda held talks with Kenya in March. It held talks with Tanzania in May. Uganda has ratified "
                      "the fishing pact, officials said.", NAMES)
    assert not any(b[1] == "057" and b[3] is not None for b in brief(found))


def test_a_meeting_of_the_leaders_of_four_countries_is_no_one_pair(nlp):
    names = dict(NAMES, Rwanda=state("RWA"))
    found = code(nlp, "The leaders of Kenya, Uganda, Tanzania and Rwanda met in Arusha on Monday.", names)
    assert not any(b[0] == "CONSULT" and b[3] is not None for b in brief(found))


def test_a_meeting_of_the_leaders_of_two_countries_stays_a_pair(nlp):
    found = code(nlp, "The leaders of Kenya and Uganda met in Arusha on Monday.", NAMES)
    assert any(b[0] == "CONSULT" and set(b[2:4]) == {"KEN", "UGA"} for b in brief(found))


def test_a_summit_told_of_after_several_arrivals_is_not_held_with_the_last_arrival(nlp):
    names = dict(NAMES, Rwanda=state("RWA"), Nairobi=state("KEN"))
    found = code(nlp, "Leaders from Uganda, Tanzania and Rwanda arrived in Nairobi on Friday. The summit is expected to "
                      "adopt a plan for a common market.", names)
    assert not any(b[1] == "036" and b[3] == "KEN" for b in brief(found))


def test_a_proposal_made_by_a_party_whose_one_partner_is_an_organisation_it_meets_is_made_to_it(nlp):
    names = dict(NAMES, **{"the East African Community": igo("EAC")})
    found = code(nlp, "Ochieng attended a summit of the East African Community in Arusha on Monday. In his speech, "
                      "Ochieng proposed a common visa for the region.", names)
    assert any(b[0] == "AGREE" and b[2:4] == ("KEN", "EAC") for b in brief(found))


def test_a_proposal_by_a_party_that_also_met_a_state_names_no_forum(nlp):
    names = dict(NAMES, **{"the East African Community": igo("EAC")})
    found = code(nlp, "Ochieng attended a summit of the East African Community in Arusha on Monday. He held talks "
                      "with Okello on Tuesday. In his speech, Ochieng proposed a common visa for the region.", names)
    assert not any(b[0] == "AGREE" and b[3] == "EAC" for b in brief(found))


def _police(country: str) -> Actor:
    return Actor(name=f"{country} police", kind="org", country=country, sector="COP")


def test_a_surrender_to_no_one_named_is_to_the_police_of_the_scene(nlp):
    names = dict(NAMES, **{"Somali": state("SOM"), "Kenyan police": _police("KEN")})
    found = code(nlp, "Five Somali gunmen surrendered on Sunday and Kenyan police said they had asked for asylum.", names)
    assert any(b[0] == "RETREAT" and b[2:4] == ("SOM", "KEN") for b in brief(found))


def test_a_surrender_with_no_police_or_troops_in_the_sentence_stays_one_sided(nlp):
    names = dict(NAMES, **{"Somali": state("SOM")})
    found = code(nlp, "Five Somali gunmen surrendered on Sunday, a Kenyan newspaper said.", names)
    assert not any(b[0] == "RETREAT" and b[3] is not None for b in brief(found))


def test_talks_named_after_an_organisation_are_held_with_it(nlp):
    names = dict(NAMES, IMF=igo("IMF"))
    found = code(nlp, "Kenya has just finished a fresh round of IMF talks on its budget.", names)
    assert any(b[0] == "CONSULT" and b[2:4] == ("KEN", "IMF") for b in brief(found))


def test_a_proposal_put_in_a_letter_is_addressed_to_the_one_the_letter_is_sent_to(nlp):
    found = code(nlp, "Ochieng proposed in a letter to Okello a joint survey of the lake.", NAMES)
    assert any(b[0] == "AGREE" and b[2:4] == ("KEN", "UGA") for b in brief(found))


def test_an_appeal_made_in_a_message_is_addressed_to_its_recipient(nlp):
    found = code(nlp, "Kenya appealed for calm in a message to Uganda on Sunday.", NAMES)
    assert any(b[0] == "REQUEST" and b[2:4] == ("KEN", "UGA") for b in brief(found))


def test_they_in_the_clause_a_proposal_puts_forward_are_not_yet_two_parties_meeting(nlp):
    found = code(nlp, "Ochieng proposed in a letter to Okello that they meet in May to discuss the lake.", NAMES)
    assert not any(b[0] == "CONSULT" and b[4] == "occurred" for b in brief(found))


def test_a_threat_sharing_its_subject_with_an_accusation_aims_at_the_one_accused(nlp):
    found = code(nlp, "Kenya has accused Uganda of breaking the fishing deal and has threatened to take steps.", NAMES)
    assert any(b[0] == "THREATEN" and b[2:4] == ("KEN", "UGA") for b in brief(found))


def test_a_threat_after_a_verb_whose_object_is_a_thing_named_after_a_party_aims_at_no_one(nlp):
    found = code(nlp, "Kenya rejected the Uganda plan on Monday and threatened to take steps.", NAMES)
    assert not any(b[0] == "THREATEN" and b[3] == "UGA" for b in brief(found))
