"""One test per resolution rule, on hand-built Docs (no trained model)."""
from __future__ import annotations

from communique.actors.resolve import ActorResolver


def by_text(mentions):
    out = {}
    for m in mentions:
        out.setdefault(m.text, m)
    return out


def index_of(doc, word, nth=0):
    found = [t.i for t in doc if t.text == word]
    return found[nth]


def test_title_before_name_with_demonym_and_of_country(make_doc, article):
    doc = make_doc(["Peruvian President Rosa Quispe welcomed President of Chile Tomás Rojas Vidal ."])
    ms = by_text(ActorResolver().mentions(doc, article(doc)))
    quispe = ms["Rosa Quispe"].actor
    assert (quispe.kind, quispe.country, quispe.sector, quispe.title) == ("person", "PER", "GOV", "President")
    rojas = ms["Tomás Rojas Vidal"].actor
    assert (rojas.country, rojas.sector) == ("CHL", "GOV")
    assert ms["Rosa Quispe"].how == "title_apposition"
    assert ms["Peruvian"].actor.country == "PER" and ms["Chile"].actor.kind == "state"


def test_chained_titles_keep_both_offices(make_doc, article):
    doc = make_doc(["Vietnamese Deputy Prime Minister and Minister of Foreign Affairs Tran Quoc Hung spoke ."])
    ms = by_text(ActorResolver().mentions(doc, article(doc)))
    son = ms["Tran Quoc Hung"].actor
    assert son.title == "Deputy Prime Minister and Minister of Foreign Affairs"
    assert (son.country, son.sector) == ("VNM", "GOV")


def test_title_after_name_apposition(make_doc, article):
    doc = make_doc(["Wang Yi , the Chinese foreign minister , arrived ."], persons=[(0, 2)])
    ms = by_text(ActorResolver().mentions(doc, article(doc)))
    wang = ms["Wang Yi"].actor
    assert (wang.country, wang.sector, wang.title) == ("CHN", "GOV", "Foreign Minister")


def test_sector_from_title(make_doc, article):
    doc = make_doc(["Japanese Defence Minister Taro Yamada met National Assembly Chairman Tran Van Ba ."])
    ms = by_text(ActorResolver().mentions(doc, article(doc)))
    assert ms["Taro Yamada"].actor.sector == "MIL"
    assert ms["Tran Van Ba"].actor.sector == "LEG"
    assert ms["Tran Van Ba"].actor.country == "VNM"      # Vietnamese family name, no nationality word


def test_counterpart_takes_the_possessors_title(make_doc, article):
    doc = make_doc(["Vietnamese President Le Khiem and his Chilean counterpart Tomás Rojas Vidal met ."])
    ms = by_text(ActorResolver().mentions(doc, article(doc)))
    rojas = ms["Tomás Rojas Vidal"]
    assert rojas.how == "counterpart"
    assert (rojas.actor.country, rojas.actor.title, rojas.actor.sector) == ("CHL", "President", "GOV")


def test_host_is_the_dateline_countrys_leader(make_doc, article):
    doc = make_doc(["Vietnamese President Le Khiem met Chilean President Tomás Rojas Vidal .",
                    "The host praised the visit ."])
    ms = ActorResolver().mentions(doc, article(doc, dateline="Santiago de Chile"))
    host = [m for m in ms if m.text == "The host"][0]
    assert host.how == "role_ref.host" and host.actor.name == "Tomás Rojas Vidal"


def test_host_without_a_named_leader_is_the_state(make_doc, article):
    doc = make_doc(["Vietnamese President Le Khiem arrived .", "The host offered talks ."])
    ms = ActorResolver().mentions(doc, article(doc, dateline="Lima"))
    host = [m for m in ms if m.text == "The host"][0]
    assert (host.actor.kind, host.actor.country, host.actor.sector) == ("state", "PER", "GOV")


def test_short_names_follow_naming_conventions(make_doc, article):
    doc = make_doc(["Vietnamese State President Lê Khiêm met Chilean President Tomás Rojas Vidal .",
                    "Khiem thanked Rojas .",
                    "Rojas Vidal agreed ."])
    ms = ActorResolver().mentions(doc, article(doc))
    short = {m.text: m for m in ms if m.how == "short_name"}
    assert short["Khiem"].actor.name == "Lê Khiêm"           # diacritic-insensitive, given name last
    assert short["Rojas"].actor.name == "Tomás Rojas Vidal"    # Spanish double surname
    assert short["Rojas Vidal"].actor.name == "Tomás Rojas Vidal"


def test_persons_are_remembered_across_articles(make_doc, article):
    resolver = ActorResolver()
    first = make_doc(["Peruvian President Rosa Quispe spoke ."])
    resolver.mentions(first, article(first, doc_id="a", published="2024-11-10"))
    second = make_doc(["Quispe arrived ."], persons=[(0, 1)])
    ms = resolver.mentions(second, article(second, doc_id="b", published="2024-11-15"))
    assert ms[0].actor.name == "Rosa Quispe" and ms[0].how == "learned"
    known = {p["name"]: p for p in resolver.known_persons()}["Rosa Quispe"]
    assert known["country"] == "PER" and known["sector"] == "GOV" and known["title"] == "President"
    assert "quispe" in known["aliases"]
    assert (known["first_seen"], known["last_seen"]) == ("2024-11-10", "2024-11-15")


def test_pronoun_takes_the_previous_subject(make_doc, article):
    doc = make_doc(["Peruvian President Rosa Quispe arrived .", "She thanked Chile ."],
                   deps={3: "nsubj", 6: "nsubj"})
    ms = by_text(ActorResolver().mentions(doc, article(doc)))
    assert ms["She"].how == "pronoun" and ms["She"].actor.name == "Rosa Quispe"


def test_pronoun_left_alone_when_ambiguous(make_doc, article):
    # Two persons are subjects of the previous sentence: "He" is not resolved.
    doc = make_doc(["Peruvian President Rosa Quispe and Chilean President Tomás Rojas Vidal met .",
                    "He spoke ."], deps={3: "nsubj", 9: "conj", 13: "nsubj"})
    ms = ActorResolver().mentions(doc, article(doc))
    assert not [m for m in ms if m.text == "He"]


def test_historical_role_carries_its_date(make_doc, article):
    doc = make_doc(["Khiem cited talks that President Hồ Chí Minh and President Mateo Salas held "
                    "on May 23 , 1969 ."], deps={0: "nsubj"})
    ms = by_text(ActorResolver().mentions(doc, article(doc, published="2024-11-11")))
    ho = ms["Hồ Chí Minh"].actor
    assert ho.historical and ho.title_date == "1969-05-23" and ho.country == "VNM"
    assert ms["Mateo Salas"].actor.historical


def test_current_title_is_not_historical(make_doc, article):
    doc = make_doc(["Peruvian President Rosa Quispe spoke about 1969 ."], deps={3: "nsubj"})
    ms = by_text(ActorResolver().mentions(doc, article(doc, published="2024-11-11")))
    assert not ms["Rosa Quispe"].actor.historical


def test_groups_of_leaders_and_countries(make_doc, article):
    doc = make_doc(["Vietnamese President Le Khiem met Chilean President Tomás Rojas Vidal .",
                    "The two leaders discussed trade .",
                    "Both countries agreed ."])
    ms = by_text(ActorResolver().mentions(doc, article(doc)))
    leaders = ms["The two leaders"]
    assert leaders.actor.kind == "group" and leaders.how == "group"
    assert {a.name for a in leaders.members} == {"Le Khiem", "Tomás Rojas Vidal"}
    assert {a.country for a in ms["Both countries"].members} == {"VNM", "CHL"}


def test_they_refers_to_a_group_subject(make_doc, article):
    doc = make_doc(["Vietnamese President Le Khiem met Chilean President Tomás Rojas Vidal .",
                    "The two leaders discussed trade .",
                    "They agreed ."], deps={12: "nsubj", 13: "nsubj", 17: "nsubj"})
    ms = by_text(ActorResolver().mentions(doc, article(doc)))
    assert ms["They"].how == "pronoun" and len(ms["They"].members) == 2


def test_role_reference_with_nationality(make_doc, article):
    doc = make_doc(["Vietnamese President Le Khiem met Chilean President Tomás Rojas Vidal .",
                    "Khiem invited the Chilean President ."])
    ms = by_text(ActorResolver().mentions(doc, article(doc)))
    assert ms["the Chilean President"].actor.name == "Tomás Rojas Vidal"
    assert ms["the Chilean President"].how == "role_ref.title"


def test_capital_metonymy_only_when_it_acts(make_doc, article):
    doc = make_doc(["Hanoi said talks were held in Hanoi ."], deps={0: "nsubj", 6: "pobj"})
    doc[6].head = doc[5]
    doc[5].dep_ = "prep"
    ms = ActorResolver().mentions(doc, article(doc))
    metonymy = [m for m in ms if m.how == "capital_metonymy"]
    assert len(metonymy) == 1 and metonymy[0].start == 0
    assert (metonymy[0].actor.country, metonymy[0].actor.sector) == ("VNM", "GOV")


def test_state_organisations(make_doc, article):
    doc = make_doc(["Vietnam 's Foreign Ministry and the Chilean army replied ."])
    ms = by_text(ActorResolver().mentions(doc, article(doc)))
    assert (ms["Foreign Ministry"].actor.kind, ms["Foreign Ministry"].actor.country,
            ms["Foreign Ministry"].actor.sector) == ("org", "VNM", "GOV")
    assert (ms["army"].actor.country, ms["army"].actor.sector) == ("CHL", "MIL")


def test_case_sensitive_forms(make_doc, article):
    doc = make_doc(["The US told us to cook turkey in Turkey ."])
    ms = ActorResolver().mentions(doc, article(doc))
    assert [(m.text, m.actor.country) for m in ms] == [("US", "USA"), ("Turkey", "TUR")]


def test_igo_and_spans_are_tight(make_doc, article):
    doc = make_doc(["Việt Nam joined the Association of Southeast Asian Nations ( ASEAN ) and APEC ."])
    ms = ActorResolver().mentions(doc, article(doc))
    assert [(m.text, m.actor.kind, m.actor.igo or m.actor.country) for m in ms] == [
        ("Việt Nam", "state", "VNM"), ("Association of Southeast Asian Nations", "igo", "ASEAN"),
        ("ASEAN", "igo", "ASEAN"), ("APEC", "igo", "APEC")]


def test_no_actor_from_bare_title_party_state_or_month(make_doc, article):
    doc = make_doc(["The President said in May that the Party , the State and Latin America agreed ."])
    ms = ActorResolver().mentions(doc, article(doc))
    assert ms == []


def test_unlisted_title_tail_before_the_name(make_doc, article):
    doc = make_doc(["Sri Lankan Minister of Trade , Industry and Rural Enterprise Ravi Perera signed ."],
                   persons=[(10, 12)])
    ms = by_text(ActorResolver().mentions(doc, article(doc)))
    person = ms["Ravi Perera"].actor
    assert person.country == "LKA" and person.title == "Minister of Trade , Industry and Rural Enterprise"


def test_country_after_the_name_and_igo_officials(make_doc, article):
    doc = make_doc(["Security Council president Maria Lind of Denmark met U.N. Secretary-General Ahmed Sesay ."])
    ms = by_text(ActorResolver().mentions(doc, article(doc)))
    # the organisation's chair acts for it (dev gold convention); his state only follows the name
    lind = ms["Maria Lind"].actor
    assert (lind.country, lind.sector, lind.igo) == (None, "IGO", "UN")
    sesay = ms["Ahmed Sesay"].actor
    assert (sesay.country, sesay.sector, sesay.igo) == (None, "IGO", "UN")


def test_party_and_rebel_leaders(make_doc, article):
    doc = make_doc(["Hamas leader Khaled Meshaal and rebel leader Aslan Maskhadov spoke ."])
    ms = by_text(ActorResolver().mentions(doc, article(doc, dateline="Moscow")))
    assert (ms["Khaled Meshaal"].actor.country, ms["Khaled Meshaal"].actor.sector) == ("PSE", "PTY")
    assert ms["Aslan Maskhadov"].actor.sector == "REB"


def test_coordinated_titles_share_a_country_unless_two_sides(make_doc, article):
    doc = make_doc(["Indian President Arun Mehta and Premier Vikram Rao met ."])
    ms = by_text(ActorResolver().mentions(doc, article(doc, dateline="Kathmandu")))
    assert ms["Vikram Rao"].actor.country == "IND"
    doc = make_doc(["talks between U.S. Secretary of State Helen Marsh and Foreign Minister Kenji Aoki ."])
    ms = by_text(ActorResolver().mentions(doc, article(doc, dateline="Tokyo")))
    assert ms["Kenji Aoki"].actor.country == "JPN"


def test_hyphenated_compounds_and_the_soviet_capital(make_doc, article):
    doc = make_doc(["The U.S.-Japan talks and Sino-British trade irritated Moscow ."], deps={7: "nsubj"})
    ms = ActorResolver().mentions(doc, article(doc, published="1987-04-03"))
    assert [(m.text, m.actor.country) for m in ms] == [("U.S.", "USA"), ("Japan", "JPN"), ("Sino", "CHN"),
                                                      ("British", "GBR"), ("Moscow", "SUN")]
    assert ms[1].start == doc[1].idx + 5


def test_nationality_on_goods_and_datelines_are_not_actors(make_doc, article):
    doc = make_doc(["SINGAPORE , Nov. 9 - Japanese imports rose and Japanese officials met ."])
    ms = ActorResolver().mentions(doc, article(doc))
    assert [(m.text, m.start) for m in ms] == [("Japanese", doc[9].idx)]


def test_later_stated_nationality_fixes_an_earlier_guess(make_doc, article):
    doc = make_doc(["Prince Bandar Sultan met Rice .", "Prince Bandar , the Saudi national security adviser , left ."])
    ms = [m for m in ActorResolver().mentions(doc, article(doc, dateline="Washington")) if "Bandar" in m.text]
    assert {m.actor.country for m in ms} == {"SAU"}


def test_royal_title_points_to_the_monarchy_named(make_doc, article):
    doc = make_doc(["Saudi officials said Prince Bandar bin Sultan met Rice .", "Bandar left ."],
                   persons=[(11, 12)])
    ms = [m for m in ActorResolver().mentions(doc, article(doc, dateline="Washington")) if "Bandar" in m.text]
    assert [(m.text, m.actor.name, m.actor.country) for m in ms] == [
        ("Bandar bin Sultan", "Bandar bin Sultan", "SAU"), ("Bandar", "Bandar bin Sultan", "SAU")]


def test_separatist_takes_the_country_of_its_region(make_doc, article):
    doc = make_doc(["Chechen separatist leader Aslan Maskhadov met envoys in Bonn ."])
    ms = by_text(ActorResolver().mentions(doc, article(doc, dateline="Bonn")))
    assert (ms["Aslan Maskhadov"].actor.country, ms["Aslan Maskhadov"].actor.sector) == ("RUS", "REB")
    assert "Chechen" not in ms                         # a region, not a state mention


def test_national_mission_to_an_igo_is_national(make_doc, article):
    doc = make_doc(["Israeli U.N. Spokesman Dan Shapira spoke , and U.N. special envoy Moussa Ould Cheikh listened ."])
    ms = by_text(ActorResolver().mentions(doc, article(doc)))
    assert (ms["Dan Shapira"].actor.country, ms["Dan Shapira"].actor.sector) == ("ISR", "GOV")
    assert (ms["Moussa Ould Cheikh"].actor.sector, ms["Moussa Ould Cheikh"].actor.igo) == ("IGO", "UN")


def test_the_other_side_of_between_is_another_country(make_doc, article):
    doc = make_doc(["Japanese Prime Minister Yasuhiro Nakasone arrived .",
                    "talks between President Ronald Reagan and Nakasone will follow , U.S. aides said ."])
    ms = [m for m in ActorResolver().mentions(doc, article(doc, dateline="Tokyo")) if m.text == "Ronald Reagan"]
    assert ms[0].actor.country == "USA"


def test_reported_speech_shares_the_speakers_country(make_doc, article):
    # "Soviet spokesman Oleg Petrov said special ambassador Ivan Sorokin left"
    doc = make_doc(["said Soviet spokesman Oleg Petrov special ambassador Ivan Sorokin left ."],
                   deps={4: "nsubj"}, lemmas={0: "say"})
    ms = by_text(ActorResolver().mentions(doc, article(doc, dateline="Baghdad")))
    assert ms["Oleg Petrov"].actor.country == "SUN"
    assert ms["Ivan Sorokin"].actor.country == "SUN"


def test_country_possessive_before_a_person_and_first_name_reuse(make_doc, article):
    doc = make_doc(["Iraq 's Saddam Hussein faced troops .", "Later Saddam said no ."],
                   persons=[(2, 4), (8, 9)])
    ms = ActorResolver().mentions(doc, article(doc))
    people = [(m.text, m.actor.name, m.actor.country, m.how) for m in ms if m.actor.kind == "person"]
    assert people == [("Saddam Hussein", "Saddam Hussein", "IRQ", "possessive"),
                      ("Saddam", "Saddam Hussein", "IRQ", "short_name")]


def test_two_state_bodies_form_a_group(make_doc, article):
    doc = make_doc(["Vietnam and Chile signed a memorandum between the two defence ministries ."])
    ms = by_text(ActorResolver().mentions(doc, article(doc)))
    group = ms["the two defence ministries"]
    assert group.actor.kind == "group"
    assert [(m.kind, m.country, m.sector, m.name) for m in group.members] == [
        ("org", "VNM", "MIL", "Vietnam Defence Ministry"), ("org", "CHL", "MIL", "Chile Defence Ministry")]


def test_modifiers_between_owner_and_title(make_doc, article):
    doc = make_doc(["U.S. Agriculture Secretary Helen Marsh met EC Executive Commission president Pierre Lambert ."])
    ms = by_text(ActorResolver().mentions(doc, article(doc, dateline="Tokyo")))
    assert ms["Helen Marsh"].actor.country == "USA"
    assert (ms["Pierre Lambert"].actor.sector, ms["Pierre Lambert"].actor.igo) == ("IGO", "EC")


def test_a_kingdom_has_no_president(make_doc, article):
    doc = make_doc(["The U.S. envoy said President Ronald Reagan would call ."])
    ms = by_text(ActorResolver().mentions(doc, article(doc, dateline="Tokyo")))
    assert ms["Ronald Reagan"].actor.country == "USA"


def test_former_title_is_not_a_historical_actor_but_late_is(make_doc, article):
    doc = make_doc(["Japanese former Foreign Minister Hiroshi Mori praised the late President Kim Sung-ho ."])
    ms = by_text(ActorResolver().mentions(doc, article(doc, published="2006-11-01")))
    mori = ms["Hiroshi Mori"].actor
    assert mori.title == "Former Foreign Minister" and not mori.historical
    assert ms["Kim Sung-ho"].actor.historical


def test_the_visiting_minister_is_the_guest(make_doc, article):
    doc = make_doc(["Peruvian Foreign Minister Ana Cruz met Chilean Foreign Minister Luis Vera .",
                    "The visiting minister praised the talks ."])
    ms = by_text(ActorResolver().mentions(doc, article(doc, dateline="Santiago de Chile")))
    assert ms["The visiting minister"].actor.name == "Ana Cruz"


def test_the_office_stated_in_this_article_wins(make_doc, article):
    resolver = ActorResolver()
    first = make_doc(["Communist Party General Secretary Hu Jintao spoke ."])
    resolver.mentions(first, article(first, doc_id="a"))
    second = make_doc(["Chinese President Hu Jintao arrived .", "Later Hu left ."])
    ms = [m for m in resolver.mentions(second, article(second, doc_id="b")) if m.actor.kind == "person"]
    assert [(m.text, m.actor.title, m.actor.sector) for m in ms] == [
        ("Hu Jintao", "President", "GOV"), ("Hu", "President", "GOV")]


def test_the_north_and_the_south_of_korea(make_doc, article):
    doc = make_doc(["South Korea and North Korea met .", "The North accused the South of delays in the South China Sea ."])
    ms = [(m.text, m.actor.country) for m in ActorResolver().mentions(doc, article(doc))]
    assert ms == [("South Korea", "KOR"), ("North Korea", "PRK"), ("North", "PRK"), ("South", "KOR")]
