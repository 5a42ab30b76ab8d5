"""Session-4 name rules: a long name the statistical NER cut short before "of <country>", on sentences
written for the tests."""
from __future__ import annotations

from mentions import resolve


def test_the_rest_of_a_cut_name_before_of_country_belongs_to_it(nlp):
    ms = resolve(nlp, "The premier held separate talks this week with three visiting heads of state: Maria Lopes of "
                      "Cape Verde, Alhaji Sulaiman Bangura Koroma of Sierra Leone and Daniel Mutua of Kenya.")
    koroma = [m for k, v in ms.items() for m in v if k.endswith("Koroma")]      # the NER stops at "Sulaiman"
    assert koroma and koroma[0].actor.country == "SLE" and koroma[0].how == "of_country", ms.keys()
    assert ms["Daniel Mutua"][0].actor.country == "KEN"


def test_a_name_without_of_country_gets_no_country_from_that_rule(nlp):
    ms = resolve(nlp, "The envoy met Alhaji Sulaiman Bangura Koroma and Daniel Mutua in Lisbon on Monday.")
    assert all(m.how != "of_country" for v in ms.values() for m in v)


def test_an_opposition_figure_the_government_quarrels_with_is_of_its_state(nlp):
    text = ("ISLAMABAD 2004-03-02\n\nHamid Sultani will host Farhan Malik in Herat on Saturday, aides said, after a "
            "storm forced the Afghan leader to cancel a trip to Kabul.\n\nPakistani Prime Minister Idris Qureshi "
            "has charged opposition leader Malik, whom he beat in last year's vote, with stirring up unrest to "
            "weaken his cabinet.")
    ms = resolve(nlp, text, published="2004-03-02")
    assert [m.actor.country for m in ms["Malik"]] == ["PAK"]        # as "party leader Malik" he would be AFG
    assert all(m.actor.name != "Malik" for m in ms.get("the Afghan leader", []))


def test_a_nationality_description_places_the_unplaced_subject_it_refers_to(nlp):
    text = ("Hamid Sultani will host Farhan Malik in Herat on Saturday, aides said, after a storm forced the Afghan "
            "leader to cancel a trip to Kabul. Officials said Sultani would travel by road.")
    ms = resolve(nlp, text)
    assert [m.actor.country for m in ms["Hamid Sultani"]] == ["AFG"]
    assert [m.actor.country for m in ms["the Afghan leader"]] == ["AFG"]
    assert ms["Farhan Malik"][0].actor.country is None          # the object is not the one referred to


def test_a_placed_subject_keeps_its_state(nlp):
    ms = resolve(nlp, "Iranian Foreign Minister Hamid Sultani met Farhan Malik on Monday before the Afghan leader "
                      "flew home.")
    assert ms["Hamid Sultani"][0].actor.country == "IRN"


def test_the_one_met_in_a_meeting_the_speaker_had_is_not_of_the_speakers_state(nlp):
    ms = resolve(nlp, "Chinese Vice Premier Li Wen called on Ghanaian President Kofi Mensah on Monday. In a meeting "
                      "with Kwame Boateng, deputy minister for roads and harbours, Li said China would help Ghana "
                      "build two bridges.")
    assert [m.actor.country for m in ms["Kwame Boateng"]] == ["GHA"]


def test_a_first_name_the_ner_took_for_a_body_is_the_titled_person(nlp):
    ms = resolve(nlp, "UN adviser Pablo Ferrer called on Bangladeshi President Aftabuddin Kabir on Wednesday. "
                      "Aftabuddin asked the world body for help in checking voter rolls.")
    assert [m.actor.country for m in ms["Aftabuddin"]] == ["BGD"]     # the NER labels "Aftabuddin" ORG
    assert ms["Aftabuddin"][0].how == "short_name"


def test_an_organisations_chair_whose_state_only_follows_acts_for_the_organisation(nlp):
    ms = resolve(nlp, "Diplomats from Chile and Peru will call on Security Council president Anna Berg of Sweden on "
                      "Tuesday to deliver a joint letter.")
    assert ms["Anna Berg"][0].actor.igo == "UN" and ms["Anna Berg"][0].actor.country is None
    ms = resolve(nlp, "Diplomats from Chile called on Finnish President Anna Berg on Tuesday.")
    assert ms["Anna Berg"][0].actor.country == "FIN"
