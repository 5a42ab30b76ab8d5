"""Story clustering and merging of events and agreements (pure logic, hand-built inputs)."""
from __future__ import annotations

from communique import stories as st
from communique.model import Actor, Article, ArticleResult, Mention

VNM = {"name": "Vietnam", "kind": "state", "country": "VNM"}
CHL = {"name": "Chile", "kind": "state", "country": "CHL"}
PER = {"name": "Peru", "kind": "state", "country": "PER"}
LEADER_V = {"name": "Tran Van Minh", "kind": "person", "country": "VNM", "sector": "GOV"}
LEADER_C = {"name": "Ana Rojas", "kind": "person", "country": "CHL", "sector": "GOV"}


def ev(eid, doc, cameo, src, tgt, date=None, status="occurred", place=None, ptype=None, **extra):
    ptype = ptype or {"04": "CONSULT", "05": "SUPPORT", "03": "AGREE", "19": "FIGHT"}[cameo[:2]]
    rec = {"event_id": eid, "doc_id": doc, "type": ptype, "mode": None, "cameo": cameo, "source": src, "target": tgt,
           "date": date, "date_precision": {10: "day", 7: "month", 4: "year"}.get(len(date or "")),
           "status": status, "location": place, "sentence": f"sentence of {eid}", "sentence_index": 0,
           "spans": {"trigger": [0, 1]}, "confidence": 0.5, "participants": [], "context": []}
    rec.update(extra)
    return rec


# ---------------------------------------------------------------------------- events


def test_visit_and_its_mirror_hosting_are_one_event():
    visit = ev("e1", "a", "042", LEADER_V, CHL, "2024-11")
    hosted = ev("e2", "b", "043", LEADER_C, LEADER_V, "2024-11-11")
    assert st.events_compatible(visit, hosted)


def test_visits_to_two_countries_stay_apart():
    assert not st.events_compatible(ev("e1", "a", "042", LEADER_V, CHL, "2024-11"),
                                    ev("e2", "a", "042", LEADER_V, PER, "2024-11"))


def test_undirected_talks_merge_either_way_but_praise_does_not():
    assert st.events_compatible(ev("e1", "a", "046", LEADER_V, LEADER_C, "2024-11-11"),
                                ev("e2", "b", "040", CHL, VNM, "2024-11-11"))
    assert not st.events_compatible(ev("e1", "a", "051", VNM, CHL, "2024-11-11"),
                                    ev("e2", "b", "051", CHL, VNM, "2024-11-11"))


def test_visit_and_talks_are_different_events():
    assert not st.events_compatible(ev("e1", "a", "042", LEADER_V, CHL, "2024-11"),
                                    ev("e2", "b", "040", LEADER_V, CHL, "2024-11-11"))


def test_dates_status_and_places_must_agree():
    base = ev("e1", "a", "057", VNM, CHL, "2024-11-11", place={"name": "Santiago", "country": "CHL"})
    assert st.events_compatible(base, ev("e2", "b", "057", CHL, VNM, "2024"))
    assert st.events_compatible(base, ev("e2", "b", "057", CHL, VNM, None))
    assert not st.events_compatible(base, ev("e2", "b", "057", VNM, CHL, "2024-11-12"))
    assert not st.events_compatible(base, ev("e2", "b", "057", VNM, CHL, "2024-12"))
    assert not st.events_compatible(base, ev("e2", "b", "057", VNM, CHL, "2024-11-11", status="planned"))
    assert not st.events_compatible(base, ev("e2", "b", "057", VNM, CHL, "2024-11-11",
                                             place={"name": "Hanoi", "country": "VNM"}))
    assert st.events_compatible(base, ev("e2", "b", "057", VNM, CHL, "2024-11-11",
                                         place={"name": "Santiago de Chile", "country": None}))


def test_two_persons_of_one_state_meeting_one_counterpart_are_two_events():
    minister = {"name": "Le Thi Hoa", "kind": "person", "country": "VNM", "sector": "GOV"}
    # both "in November": country pair, code and month agree, the persons do not
    assert not st.events_compatible(ev("e1", "a", "040", LEADER_V, LEADER_C, "2024-11"),
                                    ev("e2", "b", "040", LEADER_C, minister, "2024-11-12"))
    assert not st.events_compatible(ev("e1", "a", "036", LEADER_V, CHL, "2024-11", status="planned"),
                                    ev("e2", "b", "036", minister, CHL, "2024-11", status="planned"))


def test_a_surname_is_the_same_person_and_a_state_does_not_rule_out_its_leader():
    surname = dict(LEADER_V, name="Minh")
    spelled = dict(LEADER_V, name="Trần Văn Minh")
    assert st.events_compatible(ev("e1", "a", "040", LEADER_V, LEADER_C, "2024-11-11"),
                                ev("e2", "b", "040", dict(LEADER_C, name="Rojas"), surname, "2024-11"))
    assert st.events_compatible(ev("e1", "a", "042", spelled, CHL), ev("e2", "b", "042", LEADER_V, CHL))
    assert st.events_compatible(ev("e1", "a", "040", LEADER_V, LEADER_C, "2024-11-11"),
                                ev("e2", "b", "040", VNM, LEADER_C, "2024-11-11"))


def test_a_report_naming_both_persons_does_not_keep_them_apart():
    # the coder may have taken the speaker for the visitor: the sentence names the other person too
    minister = {"name": "Le Thi Hoa", "kind": "person", "country": "VNM", "sector": "GOV"}
    told = ev("e1", "a", "042", minister, CHL, "2024-11-11",
              sentence="Minister Le Thi Hoa praised Tran Van Minh's visit to Chile.")
    assert st.events_compatible(told, ev("e2", "b", "042", LEADER_V, CHL, "2024-11-11"))
    other = ev("e1", "a", "042", minister, CHL, "2024-11-11", sentence="Minister Le Thi Hoa visited Chile.")
    assert not st.events_compatible(other, ev("e2", "b", "042", LEADER_V, CHL, "2024-11-11"))


def test_naming_both_persons_holds_with_report_days_six_days_apart():
    # both reports give no date, so each carries its report day; the later report looks back
    minister = {"name": "Le Thi Hoa", "kind": "person", "country": "VNM", "sector": "GOV"}
    told = ev("e1", "a", "042", minister, CHL, "2024-11-17", date_how="published",
              sentence="Minister Le Thi Hoa praised Tran Van Minh's official visits to Chile and Peru.")
    visit = ev("e2", "b", "042", LEADER_V, CHL, "2024-11-11", date_how="published",
               sentence="The president's visit is the first in years.")
    assert st.events_compatible(told, visit)
    assert [m for m, _ in st.assign_events([visit], [("e1", [told])])] == ["e1"]


def test_naming_both_persons_does_not_stack_on_a_month_or_a_missing_date():
    # one sentence names the envoy (for his own trip) and the premier (for the talks later this
    # month); the other report has the envoy's own meeting, dated only by its report day
    envoy = {"name": "Le Thi Hoa", "kind": "person", "country": "VNM", "sector": "GOV"}
    talks = ev("e1", "a", "036", LEADER_V, LEADER_C, "2024-11", status="planned", date_how="sentence",
               sentence="Le Thi Hoa's trip prepares Tran Van Minh's talks with Ana Rojas later this month.")
    meeting = ev("e2", "b", "036", envoy, LEADER_C, "2024-11-06", status="planned", date_how="published",
                 sentence="Le Thi Hoa said she would meet Ana Rojas and several ministers.")
    assert st.dates_compatible("2024-11", "2024-11-06")          # the month alone would take the day in
    assert not st.events_compatible(talks, meeting)
    assert not st.events_compatible(meeting, talks)
    assert not st.events_compatible(dict(talks, date=None), meeting)
    assert not st.events_compatible(dict(talks, date="2024"), meeting)
    # the same persons may still merge on a month that contains the day
    assert st.events_compatible(talks, dict(meeting, source=dict(LEADER_V, name="Minh")))
    # and with a day in both reports, naming the other person keeps them together again
    assert st.events_compatible(dict(talks, date="2024-11-06"), meeting)


def test_assign_events_keeps_two_meetings_of_one_visitor_apart():
    mayor = {"name": "Pablo Soto", "kind": "person", "country": "CHL", "sector": "GOV"}
    with_leader = ev("e1", "a", "040", LEADER_V, LEADER_C, "2024-11-11")
    with_mayor = ev("e2", "a", "040", LEADER_V, mayor, "2024-11")
    again = ev("e3", "b", "040", LEADER_C, dict(LEADER_V, name="Minh"), "2024-11-11")
    out = st.assign_events([with_leader, with_mayor, again], [])
    assert [m for m, _ in out] == [None, None, "e1"]


def test_events_without_any_participant_never_merge():
    assert not st.events_compatible(ev("e1", "a", "040", None, None), ev("e2", "b", "040", None, None))


def test_merge_keeps_every_source_and_best_values():
    recs = [ev("e1", "a", "042", VNM, CHL, "2024-11", place={"name": "Chile", "country": "CHL", "precision": "country"}),
            ev("e2", "b", "042", LEADER_V, CHL, "2024-11-11", place={"name": "Santiago", "country": "CHL", "precision": "city"}),
            ev("e3", "c", "043", LEADER_C, LEADER_V, "2024-11-11", place={"name": "Santiago", "country": "CHL", "precision": "city"}),
            ev("e4", "d", "042", LEADER_V, CHL, "2024-11-11", place={"name": "Valparaiso", "country": "CHL", "precision": "city"})]
    articles = {d: {"title": f"title {d}", "published": p, "outlet": "W", "url": None}
                for d, p in zip("abcd", ["2024-11-17", "2024-11-11", "2024-11-12", "2024-11-12"])}
    merged = st.merge_event_records(recs, articles, duplicate_of={"d": "c"})
    assert merged["event_id"] == "e1" and merged["cameo"] == "042"
    assert merged["date"] == "2024-11-11" and merged["date_precision"] == "day"
    assert merged["source"]["name"] == "Tran Van Minh" and merged["target"]["country"] == "CHL"
    assert merged["location"]["name"] == "Santiago"
    assert merged["sources"] == ["a", "b", "c", "d"]
    assert merged["n_articles"] == 4 and merged["n_sources"] == 3  # d copies c
    assert (merged["first_seen"], merged["last_seen"]) == ("2024-11-11", "2024-11-17")
    assert [s["event_id"] for s in merged["source_details"]] == ["e1", "e2", "e3", "e4"]
    assert merged["disagreements"] == {"location": ["Santiago", "Valparaiso"]}


def test_assign_events_starts_and_joins_groups():
    existing = [("m1", [ev("e1", "a", "042", LEADER_V, CHL, "2024-11")])]
    new = [ev("n1", "b", "043", CHL, VNM, "2024-11-11"), ev("n2", "b", "042", LEADER_V, PER, "2024-11-14"),
           ev("n3", "b", "042", VNM, PER, "2024-11-14")]
    assigned = st.assign_events(new, existing)
    assert [m for m, _ in assigned] == ["m1", None, "n2"]


def test_in_one_article_dates_must_share_a_day_and_places_must_agree():
    same_day = [ev("n1", "b", "042", VNM, PER, "2024-11-14"), ev("n2", "b", "042", VNM, PER, "2024-11-14")]
    month_and_day = [ev("n1", "b", "042", VNM, PER, "2024-11", date_text="next month"),
                     ev("n2", "b", "042", VNM, PER, "2024-11-14", date_text="November 14")]
    week_and_day = [st.with_date_span(ev("n1", "b", "042", VNM, PER, "2024-11", date_text="last week"), "2024-11-20"),
                    ev("n2", "b", "042", VNM, PER, "2024-11-19", date_text="yesterday")]
    two_cities = [ev("n1", "b", "042", VNM, PER, "2024-11-14", place={"name": "Lima", "country": "PER"}),
                  ev("n2", "b", "042", VNM, PER, "2024-11-14", place={"name": "Cusco", "country": "PER"})]
    assert [m for m, _ in st.assign_events(same_day, [])] == [None, "n1"]
    assert [m for m, _ in st.assign_events(month_and_day, [])] == [None, "n1"]
    assert [m for m, _ in st.assign_events(week_and_day, [])] == [None, None]   # last week is Nov 11-17
    assert [m for m, _ in st.assign_events(two_cities, [])] == [None, None]
    # across articles a month still takes in a day of it
    assert st.events_compatible(ev("a1", "a", "042", VNM, PER, "2024-11"), ev("b1", "b", "042", VNM, PER, "2024-11-14"))


# ---------------------------------------------------------------------------- clustering


def article_result(doc_id, body, published, countries):
    art = Article(doc_id=doc_id, body=body, published=published)
    mentions = []
    for name, code in countries:
        i = body.index(name)
        mentions.append(Mention(doc_id, name, i, i + len(name), Actor(name, "state", country=code)))
    return ArticleResult(article=art, mentions=mentions)


VISIT_1 = ("The president of Vietnam arrived in Chile for a state visit focused on copper, fruit exports and "
           "a new shipping route between Valparaiso and Haiphong.")
VISIT_2 = ("Chile received the Vietnamese president, whose state visit dealt with copper, fruit exports and a "
           "planned shipping route linking Haiphong with Valparaiso.")
FLOOD = "Heavy rain flooded villages in northern Peru and the army sent helicopters to rescue stranded farmers."


def feats(doc_id, body, published, countries):
    return st.features(article_result(doc_id, body, published, countries))


def test_related_reports_join_one_story_and_unrelated_ones_do_not():
    a = feats("a", VISIT_1, "2024-11-10", [("Vietnam", "VNM"), ("Chile", "CHL")])
    b = feats("b", VISIT_2, "2024-11-12", [("Chile", "CHL"), ("Vietnamese", "VNM")])
    c = feats("c", FLOOD, "2024-11-11", [("Peru", "PER")])
    idf = st.idf_weights(set(a.terms) | set(b.terms) | set(c.terms), {}, 3)
    choice = st.choose_story(b, [("s1", a), ("s2", c)], idf)
    assert choice.story_id == "s1" and choice.duplicate_of is None
    assert st.choose_story(c, [("s1", a)], idf).story_id is None


def test_outside_the_time_window_starts_a_new_story():
    a = feats("a", VISIT_1, "2024-11-10", [("Vietnam", "VNM"), ("Chile", "CHL")])
    b = feats("b", VISIT_2, "2024-12-20", [("Chile", "CHL"), ("Vietnamese", "VNM")])
    idf = st.idf_weights(set(a.terms) | set(b.terms), {}, 2)
    assert st.choose_story(b, [("s1", a)], idf).story_id is None


def test_syndicated_copy_is_flagged_as_duplicate():
    a = feats("a", VISIT_1 + " " + VISIT_2, "2024-11-10", [("Vietnam", "VNM")])
    copy = feats("b", "Reposted: " + VISIT_1 + " " + VISIT_2, "2024-11-11", [("Vietnam", "VNM")])
    idf = st.idf_weights(set(a.terms), {}, 2)
    choice = st.choose_story(copy, [("s1", a)], idf)
    assert choice.story_id == "s1" and choice.duplicate_of == "a"


def test_fold_and_terms():
    assert st.fold("Lương Cường") == "luong cuong"
    terms = st.content_terms("The talks on copper exports and the copper prices")
    assert terms["copper"] == 2 and "the" not in terms and terms["talk"] == 1


# ---------------------------------------------------------------------------- agreements


def ag(aid, doc, itype, field=None, parties=(VNM, CHL), date=None, status="signed", title=None):
    return {"agreement_id": aid, "doc_id": doc, "instrument_type": itype, "field": field, "title": title,
            "parties": list(parties), "signatories": [], "date": date, "status": status, "location": None,
            "event_id": None, "sentence_index": 0, "span": None}


def test_agreements_merge_on_type_field_parties_and_date():
    a = ag("g1", "a", "mou", "defence", date="2024-11-11")
    assert st.agreements_compatible(a, ag("g2", "b", "mou", None, (CHL, VNM), "2024-11"))
    assert not st.agreements_compatible(a, ag("g2", "b", "mou", "agriculture"))
    assert not st.agreements_compatible(a, ag("g2", "b", "joint_statement", "defence"))
    assert not st.agreements_compatible(a, ag("g2", "b", "mou", "defence", (VNM, PER)))


def test_announcement_and_signing_are_linked():
    merged = st.merge_agreement_records(
        [ag("g1", "a", "treaty", "extradition", status="announced"),
         ag("g2", "b", "treaty", "extradition", date="2024-03-02", title="Extradition Treaty")],
        {"a": {"published": "2024-02-01"}, "b": {"published": "2024-03-03"}})
    assert merged["status"] == "signed" and merged["date"] == "2024-03-02" and merged["title"] == "Extradition Treaty"
    assert [(h["status"], h["doc_id"]) for h in merged["history"]] == [("announced", "a"), ("signed", "b")]
    assert merged["n_sources"] == 2


def test_one_sided_events_do_not_merge():
    assert not st.events_compatible(ev("e1", "a", "030", VNM, None, "2024-11"),
                                    ev("e2", "b", "030", VNM, None, "2024-11"))


def test_spelling_with_diacritics_wins():
    plain = dict(LEADER_V, name="Luong Cuong")
    marked = dict(LEADER_V, name="Lương Cường")
    merged = st.merge_event_records([ev("e1", "a", "042", plain, CHL), ev("e2", "b", "042", marked, CHL)], {})
    assert merged["source"]["name"] == "Lương Cường"


def test_a_report_day_date_stands_for_an_earlier_stated_date():
    from communique.stories import dates_compatible

    assert dates_compatible("2024-11-17", "2024-11-11", "published", "sentence")      # reported six days later
    assert dates_compatible("2024-11-11", "2024-11-17", "sentence", "published")
    assert not dates_compatible("2024-11-17", "2024-11-11")                           # two stated days differ
    assert not dates_compatible("2024-11-17", "2024-11-20", "published", "sentence")  # after the report
    assert not dates_compatible("2024-11-17", "2024-08-01", "published", "sentence")  # too long before


def test_merged_date_prefers_a_stated_date_over_the_report_day():
    from communique.stories import _best_date

    records = [{"date": "2024-11-17", "date_precision": "day", "date_how": "published"},
               {"date": "2024-11-11", "date_precision": "day", "date_text": "November 11", "date_how": "sentence"}]
    assert _best_date(records) == ("2024-11-11", "day", "November 11")


def test_merged_date_from_report_days_only_is_the_earliest_report():
    from communique.stories import _best_date

    records = [{"date": "2024-11-17", "date_precision": "day", "date_how": "published"},
               {"date": "2024-11-11", "date_precision": "day", "date_how": "published"}]
    assert _best_date(records)[0] == "2024-11-11"


def _placed(eid, doc, cameo, src, tgt, date, sentence, src_text, tgt_text, trigger, start=100, **extra):
    """An event whose spans point into an article where ``sentence`` starts at ``start``."""
    def span(text):
        i = sentence.index(text)
        return [start + i, start + i + len(text)]
    return ev(eid, doc, cameo, src, tgt, date, sentence=sentence,
              spans={"trigger": span(trigger), "source": span(src_text), "target": span(tgt_text)}, **extra)


def test_the_other_person_must_be_named_nearer_the_act_than_the_coded_one():
    minister = {"name": "Le Thi Hoa", "kind": "person", "country": "VNM", "sector": "GOV"}
    visit = ev("e2", "b", "042", LEADER_V, CHL, "2024-11-11")
    # the speaker was coded as the visitor; the president is named at the visit itself
    praised = _placed("e1", "a", "042", minister, CHL, "2024-11-11",
                      "Minister Le Thi Hoa praised Tran Van Minh's official visit to Chile.",
                      "Minister Le Thi Hoa", "Chile", "visit", start=240)
    assert st._sentence_start(praised, "source", st._fold_chars(praised["sentence"])) == 240
    assert st.person_tie(praised, visit) == "named" and st.events_compatible(praised, visit)
    # the premier's talks, coded right; the envoy is named for his own trip, further from the talks
    envoy = {"name": "Le Thi Hoa", "kind": "person", "country": "VNM", "sector": "GOV"}
    talks = _placed("e3", "c", "040", LEADER_V, LEADER_C, "2024-11-20",
                    "Le Thi Hoa's trip prepares Tran Van Minh's talks with Ana Rojas on November 20.",
                    "Tran Van Minh", "Ana Rojas", "talks", date_how="sentence")
    meeting = ev("e4", "d", "040", envoy, LEADER_C, "2024-11-20", date_how="sentence",
                 sentence="Le Thi Hoa met Ana Rojas on November 20.")
    assert st.person_tie(talks, meeting) == "conflict"
    assert not st.events_compatible(talks, meeting) and not st.events_compatible(meeting, talks)
    # spans that do not fit the sentence: the name alone decides, as before
    unplaced = dict(talks, spans={"trigger": [5, 9], "source": [900, 913], "target": None})
    assert st.person_tie(unplaced, meeting) != "conflict" and st.events_compatible(unplaced, meeting)


def test_reports_that_state_no_date_need_a_person_in_common_to_merge_across_days():
    # two officials' separate meetings with one delegation, reported two days apart, both coded
    # state to state with the report day as date
    first = ev("e1", "a", "030", VNM, CHL, "2024-11-02", status="planned", date_how="published")
    later = ev("e2", "b", "030", VNM, CHL, "2024-11-04", status="planned", date_how="published")
    assert st.dates_compatible("2024-11-02", "2024-11-04", "published", "published")
    assert not st.events_compatible(first, later)
    assert st.events_compatible(first, dict(later, date="2024-11-02"))                 # same report day
    assert st.events_compatible(dict(first, date_how="sentence"), later)                # a stated date
    assert st.events_compatible(dict(first, cameo="036", source=LEADER_V),              # the same person
                                dict(later, cameo="036", source=dict(LEADER_V, name="Minh")))
