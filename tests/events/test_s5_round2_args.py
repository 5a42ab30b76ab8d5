"""Session-5 round-2 argument and dedupe constructions, on sentences written for these tests."""
from __future__ import annotations

import pytest

from events_helpers import brief, code, igo, person, state

pytestmark = pytest.mark.model

KEN, UGA = state("KEN", "Kenya"), state("UGA", "Uganda")
OCHIENG = person("Paul Ochieng", "KEN", "Foreign Minister")
NAMES = {"Kenyan": KEN, "Ochieng": OCHIENG, "Armenian": state("ARM", "Armenia"), "Azerbaijan": state("AZE", "Azerbaijan"), "Kenya": KEN, "Uganda": UGA, "Tanzania": state("TZA", "Tanzania"), "Somalia": state("SOM", "Somalia")}


def test_two_acts_of_one_kind_in_other_words_are_both_kept(nlp):
    found = code(nlp, "Kenya's refusal to lower Uganda's sugar quota angered traders. Officials met in Arusha to "
                      "discuss the customs union. Farmers in Kenya rejected Uganda's new grain levy.", NAMES)
    assert sum(1 for b in brief(found) if b[0] == "REJECT" and b[2:4] == ("KEN", "UGA")) == 2


def test_an_act_retold_in_a_word_of_its_family_stays_one(nlp):
    found = code(nlp, "Kenya rejected Uganda's grain quota. Traders in Nairobi said Kenya's rejection of Uganda's "
                      "quota had angered farmers.", NAMES)
    assert sum(1 for b in brief(found) if b[0] == "REJECT" and b[2:4] == ("KEN", "UGA")) == 1


def test_talks_after_which_a_past_plan_was_agreed_have_occurred(nlp):
    found = code(nlp, "Kenya and Uganda agreed after lengthy talks to reopen the border.", NAMES)
    assert ("CONSULT", "040", "KEN", "UGA", "occurred") in brief(found)


def test_a_tour_of_a_region_takes_no_host_from_the_dateline(nlp):
    found = code(nlp, "ARUSHA, Tanzania - Ochieng began a tour of the Great Lakes region on Monday.", NAMES, dateline="ARUSHA")
    assert ("CONSULT", "042", "KEN", None, "occurred") in brief(found)
    found = code(nlp, "ARUSHA, Tanzania - Ochieng began a tour on Monday.", NAMES, dateline="ARUSHA")
    assert ("CONSULT", "042", "KEN", "TZA", "occurred") in brief(found)


def test_forces_pulling_out_leave_no_dateline_place(nlp):
    found = code(nlp, "ARUSHA, Tanzania - Azerbaijan said it would grant autonomy to the enclave if Armenian forces "
                      "pull out.", NAMES, dateline="ARUSHA")
    assert not any(b[0] == "RETREAT" and b[3] is not None for b in brief(found))


def test_a_proposal_of_counted_nation_talks_is_no_meeting_with_each_partner(nlp):
    found = code(nlp, "Ochieng said he would propose holding four-nation talks with his counterparts from Uganda, "
                      "Tanzania and Somalia on the drought.", NAMES)
    assert not any(b[0] == "AGREE" and b[3] is not None for b in brief(found))
    found = code(nlp, "Ochieng held multilateral talks with Uganda, Tanzania and Somalia.", NAMES)
    assert not any(b[3] is not None for b in brief(found))
    found = code(nlp, "Ochieng held talks with Uganda and Tanzania.", NAMES)
    assert {b[3] for b in brief(found)} == {"UGA", "TZA"}


def test_an_appeal_to_an_addressee_that_is_no_party_asks_no_party(nlp):
    found = code(nlp, "Kenya urges the international community to increase assistance to the reconstruction in "
                      "Somalia.", NAMES)
    assert not any(b[0] == "REQUEST" and b[3] == "SOM" for b in brief(found))
    found = code(nlp, "Kenya urged Uganda's government to send more food aid to Somalia.", NAMES)
    assert any(b[0] == "REQUEST" and b[2:4] == ("KEN", "UGA") for b in brief(found))
    found = code(nlp, "Kenya and Uganda urged others to follow suit, notably Tanzania.", NAMES)
    assert any(b[0] == "REQUEST" and b[3] == "TZA" for b in brief(found))


def test_a_passive_governor_coordinated_with_a_verb_raises_its_subject(nlp):
    found = code(nlp, "Kenyan jets stopped the clashes in Sudan last spring and this week are poised to intervene "
                      "militarily in Somalia if the ceasefire fails.", NAMES)
    assert ("THREATEN", "138", "KEN", "SOM", "occurred") in brief(found)


def test_the_organisation_naming_a_gathering_attended_is_its_target(nlp):
    names = dict(NAMES, ASEAN=igo("ASEAN"), Laos=state("LAO", "Laos"))
    found = code(nlp, "Ochieng attended the 2004 ASEAN summit in Vientiane of Laos.", names)
    assert any(b[0] == "CONSULT" and b[2:4] == ("KEN", "ASEAN") for b in brief(found))


def test_a_join_with_no_organisation_named_joins_the_articles_organisation(nlp):
    three = [KEN, UGA, state("TZA", "Tanzania")]
    names = dict(NAMES, NATO=igo("NATO"), **{"The three": three})
    found = code(nlp, "The NATO parliament approved the accession of Kenya, Uganda and Tanzania on Friday. The three "
                      "should all join by the spring.", names)
    assert ("AGREE", "032", "NATO", "UGA", "planned") in brief(found)
    found = code(nlp, "Kenya will join in April.", names)
    assert brief(found) == []


def test_a_demand_answered_by_another_party_was_still_made_to_it(nlp):
    found = code(nlp, "Kenya will not accept Uganda's demands for the return of the islands.", NAMES)
    assert any(b[0] == "REJECT" and b[2:4] == ("KEN", "UGA") for b in brief(found))
    assert any(b[0] == "REQUEST" and b[2:4] == ("UGA", "KEN") for b in brief(found))
