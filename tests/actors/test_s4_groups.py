"""Session-4 round-2 rules on groups and offices: a plural description refers to the parties an earlier
plural of the same noun was said of, never to the dateline by default; a person's current office outranks
a former one. Sentences written for the tests."""
from __future__ import annotations

from mentions import resolve


def test_the_ministers_are_the_organisation_named_before_them(nlp):
    ms = resolve(nlp, "JAKARTA, Aug 2 (Reuters) - ASEAN foreign ministers gathered on Monday for a yearly meeting on "
                      "fisheries and shipping.\n\nThe ministers will hold three days of talks with delegates from "
                      "India, South Korea and New Zealand from Wednesday.")
    assert [(m.actor.kind, m.actor.igo) for m in ms["The ministers"]] == [("igo", "ASEAN")]


def test_an_of_phrase_after_the_plural_names_the_group(nlp):
    ms = resolve(nlp, "NEW YORK, Oct 3 (Reuters) - Foreign ministers of the Arab League gathered on Tuesday.\n\n"
                      "The ministers asked the United Nations to send monitors.")
    assert [m.actor.igo for m in ms["The ministers"]] == ["ARL"]


def test_two_nationalities_before_the_plural_make_a_pair(nlp):
    ms = resolve(nlp, "GENEVA, March 3 (Reuters) - Israeli and Palestinian negotiators resumed talks on Tuesday.\n\n"
                      "The negotiators agreed to meet again next week, a spokesman said.")
    assert [sorted(a.country for a in m.members) for m in ms["The negotiators"]] == [["ISR", "PSE"]]


def test_a_plural_with_no_named_group_is_not_the_dateline(nlp):
    ms = resolve(nlp, "JAKARTA, Aug 2 (Reuters) - The ministers will open talks with delegates from India and South "
                      "Korea on Wednesday.")
    assert all(m.actor.country != "IDN" and all(a.country != "IDN" for a in m.members)
               for v in ms.values() for m in v)


def test_two_titled_persons_remain_the_ministers(nlp):
    ms = resolve(nlp, "TOKYO, Jan 9 (Reuters) - Chinese Foreign Minister Li Wen and Japanese Foreign Minister Taro "
                      "Sato met on Monday.\n\nThe ministers agreed to hold another round of talks in March.")
    assert [sorted(a.country for a in m.members) for m in ms["The ministers"]] == [["CHN", "JPN"]]


def test_a_current_office_after_the_name_outranks_a_former_title(nlp):
    ms = resolve(nlp, "MADRID, May 4 (Reuters) - Former U.S. Secretary of State Robert Hale, now U.N. special envoy "
                      "for the disputed territory, met Moroccan officials on Monday.")
    hale = ms["Robert Hale"][0].actor
    assert (hale.igo, hale.country) == ("UN", None)
    ms = resolve(nlp, "PARIS, May 4 (Reuters) - Former French Prime Minister Jean Morel met German officials.")
    assert ms["Jean Morel"][0].actor.country == "FRA"


def test_an_office_in_a_relative_clause(nlp):
    ms = resolve(nlp, "GENEVA, May 4 (Reuters) - Peter Lund, who was named U.N. special envoy for Cyprus in March, "
                      "met Greek officials on Monday.")
    assert ms["Peter Lund"][0].actor.igo == "UN"
    ms = resolve(nlp, "TOKYO, May 4 (Reuters) - Japanese Foreign Minister Ken Oda received John Carr, who is the U.S. "
                      "deputy trade representative, in Tokyo on Monday.")
    assert ms["John Carr"][0].actor.country == "USA"


def test_the_leader_of_a_delegation_is_of_the_delegations_state(nlp):
    ms = resolve(nlp, "BEIJING, Nov 23 (Xinhua) - Chinese official Tang Wei met with a delegation of the New Komeito "
                      "party of Japan led by Sato Hiroshi on Wednesday.\n\nSato said his party will work for "
                      "friendly ties.")
    assert [m.actor.country for m in ms["Sato Hiroshi"] + ms["Sato"]] == ["JPN", "JPN"]
    ms = resolve(nlp, "TOKYO, Nov 23 (Kyodo) - Japanese Prime Minister Ken Oda met a Chinese government delegation "
                      "led by Vice Premier Wu Lan on Wednesday.")
    assert ms["Wu Lan"][0].actor.country == "CHN"
    ms = resolve(nlp, "TOKYO, Nov 23 (Kyodo) - A delegation to China led by Sato Hiroshi left Tokyo on Wednesday.")
    assert ms["Sato Hiroshi"][0].actor.country != "CHN"


def test_the_head_of_the_delegation_described_before(nlp):
    ms = resolve(nlp, "BEIJING, Nov 23 (Xinhua) - Senior Chinese official Tang Wei said on Wednesday that Beijing and "
                      "Tokyo should expand student exchanges. Tang spoke as he received a delegation of young "
                      "lawmakers from Japan's New Komeito Party.\n\nSato Hiroshi, head of the delegation, said his "
                      "party backed the idea.")
    assert ms["Sato Hiroshi"][0].actor.country == "JPN"


def test_a_japanese_name_is_named_again_by_either_word():
    from communique.actors.names import short_forms
    assert {"sato", "hiroshi"} <= short_forms("Sato Hiroshi", "JPN")
    assert short_forms("Li Wen", "CHN") >= {"li"}


def test_groupings_with_a_code(nlp):
    ms = resolve(nlp, "Mexican President Juan Lopez arrived on Thursday to attend the Summit of the Americas. Iraq "
                      "urged OAPEC to cut output, while OPEC said it would hold prices.")
    assert ms["Summit of the Americas"][0].actor.igo == "OAS"
    assert (ms["OAPEC"][0].actor.igo, ms["OPEC"][0].actor.igo) == ("OAPEC", "OPEC")


def test_an_offices_remit_after_for_is_no_person(nlp):
    ms = resolve(nlp, "TOKYO, May 4 (Reuters) - The accord came out of talks between Robert Hale, the Assistant "
                      "Secretary of State for Arms Control, and Ken Oda, Japan's vice foreign minister.")
    assert "Arms Control" not in ms and ms["Ken Oda"][0].actor.country == "JPN"
    assert "the Assistant Secretary of State" not in ms     # Hale's own office, not a mention of another person


def test_the_two_sides_can_be_a_state_and_an_organisation(nlp):
    ms = resolve(nlp, "GENEVA, March 3 (Reuters) - Iran and the European Union resumed nuclear talks on Tuesday.\n\n"
                      "The two sides agreed to meet again in Vienna next month, a spokesman said.")
    assert [sorted(a.key for a in m.members) for m in ms["The two sides"]] == [["igo:EU", "state:IRN"]]


def test_a_long_of_tail_names_the_state_of_its_body(make_doc, article):
    from communique.actors.resolve import ActorResolver as Resolver
    words = ("Bat will meet Chairman of the National Committee of the Chinese People 's Political Consultative "
             "Conference Li Ming .")
    doc = make_doc([words], persons=[(16, 18)])
    ms = {m.text: m for m in Resolver().mentions(doc, article(doc))}
    assert ms["Li Ming"].actor.country == "CHN"
