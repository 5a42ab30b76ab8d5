"""Argument constructions of the fifth round (who acted on whom in real-article constructions: visitors named by
a misread participle, counterparts left to the article, coordinated parties), on sentences written for these tests."""
from __future__ import annotations

import pytest

from events_helpers import brief, code, igo, person, state

pytestmark = pytest.mark.model

KE, UG, TZ, BO = state("KEN"), state("UGA"), state("TZA"), state("BOL")


def test_visitors_coordinated_with_a_host_are_the_hosts_guests(nlp):
    found = code(nlp, "Kenyan Foreign Minister Amina Odera and visiting senior Ugandan officials agreed on Monday "
                      "that trade barriers should be removed.",
                 {"Kenyan Foreign Minister Amina Odera": person("Amina Odera", "KEN", "Foreign Minister"),
                  "Ugandan": UG})
    assert ("CONSULT", "042", "UGA", "KEN", "occurred") in brief(found)


def test_a_visiting_official_who_is_the_clauses_subject_visits_the_dateline_country(nlp):
    found = code(nlp, "The talks went well, Odera said after the visiting Ugandan minister raised concern about "
                      "rising fuel prices.", {"Odera": person("Odera", "KEN", "Minister"), "Ugandan": UG},
                 dateline="Nairobi")
    assert ("CONSULT", "042", "UGA", "KEN", "occurred") in brief(found)
    assert not any(b[2] == "UGA" and b[3] == "UGA" for b in brief(found))


def test_a_visiting_title_read_as_a_clause_still_names_the_visitor(nlp):
    found = code(nlp, "Kenya wants Uganda to lower its sugar tariffs within two years, visiting Kenyan Deputy "
                      "Minister of Trade John Mwangi told business leaders, a spokesman said.",
                 {"Kenya": KE, "Uganda": UG, "Kenyan Deputy Minister of Trade John Mwangi":
                  person("John Mwangi", "KEN", "Deputy Minister of Trade")}, dateline="Kampala")
    got = brief(found)
    assert ("CONSULT", "042", "KEN", "UGA", "occurred") in got
    assert not any(b[0] == "CONSULT" and b[2] == "UGA" for b in got)


def test_talks_whose_other_side_is_left_to_the_article_take_its_one_partner(nlp):
    text = ("Kenyan Foreign Minister Amina Odera forecast better trade on Monday after talks on the fuel crisis. "
            "Odera also urged Uganda to reopen its border to Kenyan lorries.")
    found = code(nlp, text, {"Kenyan Foreign Minister Amina Odera": person("Amina Odera", "KEN", "Foreign Minister"),
                             "Odera": person("Amina Odera", "KEN", "Foreign Minister"), "Uganda": UG,
                             "Kenyan": KE})
    first = [e for e in found.events if e.sentence_index == 0 and e.type == "CONSULT"]
    assert first and first[0].target is not None and first[0].target.country == "UGA"
    assert first[0].rule.endswith("+context.dyad")


def test_no_context_partner_when_the_article_pairs_the_source_with_two_parties(nlp):
    text = ("Kenyan Foreign Minister Amina Odera forecast better trade on Monday after talks on the fuel crisis. "
            "Odera met Ugandan President John Okello on Monday and Tanzania's president on Tuesday.")
    found = code(nlp, text, {"Kenyan Foreign Minister Amina Odera": person("Amina Odera", "KEN", "Foreign Minister"),
                             "Odera": person("Amina Odera", "KEN", "Foreign Minister"),
                             "Ugandan President John Okello": person("John Okello", "UGA"), "Tanzania": TZ})
    assert not any(e.sentence_index == 0 and e.target is not None for e in found.events)


def test_no_context_partner_when_the_sentence_names_the_other_side_without_an_actor(nlp):
    text = ("Kenya's president met with a panel of business leaders on Monday. "
            "He later held talks with Uganda's president on border trade.")
    found = code(nlp, text, {"Kenya": KE, "Uganda": UG})
    assert not any(e.sentence_index == 0 and e.target is not None for e in found.events)


def test_officials_in_a_city_are_its_countrys(nlp):
    found = code(nlp, "Bolivia's farm minister saw scope for joint projects after holding talks with officials in "
                      "Kampala on Sunday.", {"Bolivia": BO})
    assert ("CONSULT", "040", "BOL", "UGA", "occurred") in brief(found)


def test_members_named_by_including_act_for_an_unnamed_plural_subject(nlp):
    found = code(nlp, "Twenty African ministers arrived in Nairobi on Monday, including the foreign ministers of "
                      "Uganda and Tanzania, for a two-day summit.", {"Uganda": UG, "Tanzania": TZ})
    got = brief(found)
    assert ("CONSULT", "042", "UGA", "KEN", "occurred") in got and ("CONSULT", "042", "TZA", "KEN", "occurred") in got
    assert not any(b[2] == "UGA" and b[3] == "TZA" for b in got)     # examples of a group are not two sides


def test_they_stands_for_the_parties_named_together_before_it(nlp):
    found = code(nlp, "High fuel prices have left Kenya and Uganda unsure whether the pipeline deals they "
                      "negotiated with Tanzania should be revised.", {"Kenya": KE, "Uganda": UG, "Tanzania": TZ})
    got = brief(found)
    assert ("CONSULT", "046", "KEN", "TZA", "occurred") in got and ("CONSULT", "046", "UGA", "TZA", "occurred") in got


def test_they_is_nobody_when_only_a_plural_noun_comes_before_it(nlp):
    found = code(nlp, "Kenyan farmers said on Monday that they negotiated with Tanzania.", {"Tanzania": TZ})
    assert not any(b[2] is not None and b[3] == "TZA" for b in brief(found))


def test_each_party_named_on_its_own_meets_the_partner(nlp):
    found = code(nlp, "The envoys of Kenya, Uganda and Bolivia held talks with Tanzania on Monday.",
                 {"Kenya": KE, "Uganda": UG, "Bolivia": BO, "Tanzania": TZ})
    got = brief(found)
    assert all(("CONSULT", "040", c, "TZA", "occurred") in got for c in ("KEN", "UGA", "BOL"))


def test_the_members_of_one_group_word_are_not_each_paired(nlp):
    found = code(nlp, "The two neighbours held talks with Tanzania on Monday.",
                 {"The two neighbours": [KE, UG], "Tanzania": TZ})
    assert [b for b in brief(found) if b[3] == "TZA"] == [("CONSULT", "040", "KEN", "TZA", "occurred")]


def test_the_capitalised_union_is_the_organisation_named_before_it(nlp):
    text = ("The African Union met in Addis Ababa last month. Kenya and Uganda rejected the Union's proposed "
            "trade charter on Monday.")
    found = code(nlp, text, {"African Union": igo("AU"), "Kenya": KE, "Uganda": UG})
    got = brief(found)
    assert ("REJECT", "120", "KEN", "AU", "occurred") in got and ("REJECT", "120", "UGA", "AU", "occurred") in got


def test_a_pledge_the_parties_share_is_the_first_named_with_each_other(nlp):
    found = code(nlp, "The minister said Kenya, Uganda and Tanzania have all reaffirmed their commitment to "
                      "a common fuel price.", {"Kenya": KE, "Uganda": UG, "Tanzania": TZ})
    got = [b for b in brief(found) if b[0] == "AGREE"]
    assert {(b[2], b[3]) for b in got} == {("KEN", "UGA"), ("KEN", "TZA")}


def test_a_pledge_of_each_on_its_own_is_no_joint_one(nlp):
    found = code(nlp, "Kenya and Uganda each reaffirmed a commitment to lower fuel prices.", {"Kenya": KE, "Uganda": UG})
    assert not any(b[2] == "KEN" and b[3] == "UGA" for b in brief(found))


def test_his_in_an_object_control_infinitive_is_the_object(nlp):
    found = code(nlp, "Kenyan President John Kamau had warned Ugandan opposition leader Peter Mugisha on Friday to "
                      "be cautious during his coming trip to Washington.",
                 {"Kenyan President John Kamau": person("John Kamau", "KEN"),
                  "Ugandan opposition leader Peter Mugisha": person("Peter Mugisha", "UGA", "opposition leader"),
                  "Washington": state("USA")})
    got = brief(found)
    assert ("AGREE", "036", "UGA", "USA", "planned") in got          # the trip to come is Mugisha's
    assert not any(b[2] == "KEN" and b[3] == "USA" for b in got)


def test_a_tie_named_as_the_object_is_with_the_one_acted_towards(nlp):
    found = code(nlp, "The minister said Kenya values its relations with Bolivia.", {"Kenya": KE, "Bolivia": BO})
    assert ("SUPPORT", "051", "KEN", "BOL", "occurred") in brief(found)


def test_a_plural_object_stands_for_the_members_its_including_phrase_names(nlp):
    found = code(nlp, "Kenya's president visited several neighbouring countries, including Uganda, during a "
                      "week-long tour in May.", {"Kenya": KE, "Uganda": UG})
    assert ("CONSULT", "042", "KEN", "UGA", "occurred") in brief(found)


def test_an_invitation_with_no_guest_named_is_to_the_articles_one_partner(nlp):
    text = ("Ugandan Foreign Minister Jane Okello travels to Kenya on Monday. \"The trip is at the invitation of "
            "Kenyan President John Kamau,\" a spokesman said.")
    found = code(nlp, text, {"Ugandan Foreign Minister Jane Okello": person("Jane Okello", "UGA", "Foreign Minister"),
                             "Kenya": KE, "Kenyan President John Kamau": person("John Kamau", "KEN")})
    invitation = [e for e in found.events if e.sentence_index == 1 and e.mode == "invite"]
    assert invitation and invitation[0].target is not None and invitation[0].target.country == "UGA"



def test_a_signing_without_a_partner_takes_the_party_the_article_negotiated_with(nlp):
    text = ("Kenya and Uganda have negotiated a customs deal with Tanzania. Uganda has already ratified the accord; "
            "Kenya plans to sign the agreement next month.")
    found = code(nlp, text, {"Kenya": KE, "Uganda": UG, "Tanzania": TZ})
    signing = [e for e in found.events if e.sentence_index == 1 and e.source.country == "KEN"]
    assert signing and signing[0].target is not None and signing[0].target.country == "TZA"
    assert signing[0].rule.endswith("+context.dyad")


def test_a_bare_count_stands_for_the_parties_listed_before_it(nlp):
    text = ("Kenya, Uganda and Tanzania signed a customs protocol last year. The three agreed on Monday to cooperate "
            "with Bolivia on coffee prices.")
    found = code(nlp, text, {"Kenya": KE, "Uganda": UG, "Tanzania": TZ, "Bolivia": BO})
    got = {(b[2], b[3]) for b in brief(found) if b[0] == "AGREE"}
    assert {("KEN", "BOL"), ("UGA", "BOL"), ("TZA", "BOL")} <= got


def test_a_bare_count_that_matches_no_list_names_no_one(nlp):
    text = "Kenya and Uganda signed a customs protocol last year. The three agreed on Monday to cooperate with Bolivia."
    found = code(nlp, text, {"Kenya": KE, "Uganda": UG, "Bolivia": BO})
    assert not any(b[3] == "BOL" for b in brief(found))


def test_parties_committing_themselves_share_one_pledge(nlp):
    found = code(nlp, "Kenya and Uganda committed themselves to ending the border dispute within a year.",
                 {"Kenya": KE, "Uganda": UG})
    assert any(b[0] == "AGREE" and (b[2], b[3]) == ("KEN", "UGA") for b in brief(found))


def test_a_pledge_in_a_joint_statement_is_shared(nlp):
    found = code(nlp, "In a joint statement, Kenya and Uganda pledged to reopen the border crossing by May.",
                 {"Kenya": KE, "Uganda": UG})
    assert any(b[0] == "AGREE" and (b[2], b[3]) == ("KEN", "UGA") for b in brief(found))


def test_aid_goes_to_the_country_named_inside_its_object(nlp):
    for text in ("Kenya released ten million euros in emergency aid for storm victims in Uganda.",
                 "Kenya gave two million dollars of emergency aid to refugees in Uganda."):
        found = code(nlp, text, {"Kenya": KE, "Uganda": UG})
        assert any(b[0] == "AID" and (b[2], b[3]) == ("KEN", "UGA") for b in brief(found)), text


def test_aid_released_in_a_city_is_not_given_to_its_country(nlp):
    found = code(nlp, "Kenya released two million dollars in emergency funds in Kampala on Monday.",
                 {"Kenya": KE, "Kampala": UG})
    assert not any(b[0] == "AID" and b[3] == "UGA" for b in brief(found))


def test_a_closing_quote_split_off_as_a_sentence_does_not_hide_the_speaker(nlp):
    from communique.nlp import parse      # the article parser, paragraph by paragraph, splits the closing quote off

    text = ('Kenyan Foreign Minister Amina Odera, speaking at a news conference in Nairobi, said ties with Uganda '
            'were strong.\n\n"The border talks have not created any bad feeling," she said. "We are good neighbours."\n\n'
            'She also urged Uganda to reopen the border crossing at Busia.')
    found = code(parse, text, {"Kenyan Foreign Minister Amina Odera": person("Amina Odera", "KEN", "Foreign Minister"),
                               "Uganda": UG})
    assert ("REQUEST", "020", "KEN", "UGA", "occurred") in brief(found)
