"""Merging round 3 (issue 6, acceptance 3): dates compared as the intervals their words mean, and
the stricter rule for two reports inside one article. Hand-built records; every sentence is invented."""
from __future__ import annotations

from communique import stories as st

VNM = {"name": "Vietnam", "kind": "state", "country": "VNM"}
CHL = {"name": "Chile", "kind": "state", "country": "CHL"}
PER = {"name": "Peru", "kind": "state", "country": "PER"}
MINH = {"name": "Tran Van Minh", "kind": "person", "country": "VNM", "sector": "GOV"}
HOA = {"name": "Le Thi Hoa", "kind": "person", "country": "VNM", "sector": "GOV"}
ROJAS = {"name": "Ana Rojas", "kind": "person", "country": "CHL", "sector": "GOV"}
AU = {"name": "African Union", "kind": "igo", "country": None, "igo": "AU"}

PUB = "2024-11-20"   # a Wednesday


def rec(eid, doc, cameo, src, tgt, date=None, text=None, how="sentence", published=PUB, status="occurred",
        sentence=None):
    """An event record as the store keeps it: with the interval of its date."""
    if date is None:
        date, how = published, "published"
    r = {"event_id": eid, "doc_id": doc, "type": {"03": "AGREE", "04": "CONSULT"}[cameo[:2]], "cameo": cameo,
         "source": src, "target": tgt, "date": date, "date_text": text, "date_how": how, "status": status,
         "location": None, "sentence": sentence or f"sentence of {eid}", "spans": {}}
    return st.with_date_span(r, published)


# ---------------------------------------------------------------------------- door 1: intervals

def test_a_week_phrase_is_its_week_not_its_month():
    last_week = rec("e1", "a", "042", VNM, PER, "2024-11", "last week")            # Nov 11-17
    assert (last_week["date_start"], last_week["date_end"]) == ("2024-11-11", "2024-11-17")
    assert not st.events_compatible(last_week, rec("e2", "b", "042", VNM, PER, "2024-11-19", "yesterday"))
    assert st.events_compatible(last_week, rec("e2", "b", "042", VNM, PER, "2024-11-13", "November 13"))
    # the month alone (an older record without the interval) still takes in any day of it
    bare = {k: v for k, v in last_week.items() if k not in ("date_start", "date_end")}
    assert st.events_compatible(bare, rec("e2", "b", "042", VNM, PER, "2024-11-19", "yesterday"))


def test_earlier_this_month_ends_the_day_before_the_report():
    earlier = rec("e1", "a", "040", VNM, CHL, "2024-11", "earlier this month")     # Nov 1-19
    assert not st.events_compatible(earlier, rec("e2", "b", "040", VNM, CHL, "2024-11-20", "on Wednesday"))
    assert st.events_compatible(earlier, rec("e2", "b", "040", VNM, CHL, "2024-11-04", "on Monday"))


def test_a_week_that_crosses_the_month_meets_a_day_of_the_next_month():
    next_week = rec("e1", "a", "036", VNM, CHL, "2024-12", "next week", published="2024-11-27", status="planned")
    assert (next_week["date_start"], next_week["date_end"]) == ("2024-12-02", "2024-12-08")
    assert st.events_compatible(next_week, rec("e2", "b", "036", VNM, CHL, "2024-12-03", "December 3",
                                               published="2024-11-27", status="planned"))


def test_a_sunday_report_means_this_week_as_the_coming_one_too():
    # written on Sunday 24 November: "this week" may be the week ending that day or the one starting
    this_week = rec("e1", "a", "036", MINH, CHL, "2024-11", "this week", published="2024-11-24", status="planned")
    assert st.events_compatible(this_week, rec("e2", "b", "036", MINH, CHL, "2024-11-27", "on Wednesday",
                                               published="2024-11-25", status="planned"))


def test_the_merged_event_keeps_the_days_every_report_allows():
    early = rec("e1", "a", "036", MINH, CHL, "2024-12", "early next month", status="planned")
    exact = rec("e2", "a", "036", MINH, CHL, "2024-12-07", "from 7th to 9th December", status="planned")
    assert st.events_compatible(early, exact)
    merged = st.merge_event_records([early, exact], {"a": {"published": PUB}})
    assert merged["date"] == "2024-12-07"
    assert (merged["date_start"], merged["date_end"]) == ("2024-12-07", "2024-12-09")


# ---------------------------------------------------------------------------- door 2: one article

def test_in_one_article_an_undated_report_needs_the_same_named_actor():
    talks = rec("e1", "a", "036", VNM, CHL, "2024-11-24", "on Sunday", status="planned")
    traders = rec("e2", "a", "036", CHL, VNM, status="planned")      # "business people will also hold talks"
    assert not st.events_compatible(talks, traders)
    # across articles the report day still stands for a stated day before it
    assert st.events_compatible(rec("e1", "a", "040", VNM, CHL, "2024-11-18", "on Monday"),
                                rec("e2", "b", "040", CHL, VNM))
    # an organisation named in both is a named actor
    arrived = rec("e3", "c", "042", AU, PER, "2024-11-16", "on Saturday")
    staying = rec("e4", "c", "042", AU, PER)                          # "is paying a five-day visit"
    assert st.events_compatible(arrived, staying)


def test_in_one_article_an_undated_report_is_the_news_of_the_week_around_the_report():
    visit = rec("e1", "a", "042", MINH, PER)                           # "Minh's visit is the first in years"
    assert st.events_compatible(visit, rec("e2", "a", "042", MINH, PER, "2024-11-18", "on Monday"))
    # a day stated far before the report is background, not the visit being reported
    assert not st.events_compatible(visit, rec("e2", "a", "042", MINH, PER, "2024-11-07", "Nov. 7"))
    # and a coming day inside the week is part of it ("during the visit he is to call on ... Monday")
    assert st.events_compatible(visit, rec("e2", "a", "042", MINH, PER, "2024-11-25", "Monday"))
    # across articles the report day only looks back
    assert not st.events_compatible(visit, rec("e2", "b", "042", MINH, PER, "2024-11-25", "Monday"))


def test_in_one_article_a_state_stands_for_a_person_only_if_its_sentence_names_them():
    # the prime minister met the visitor (no date); the visitor's talks with "his counterpart", coded
    # as the state, were on Sunday: another official, another meeting
    with_pm = rec("e1", "a", "040", ROJAS, MINH)
    with_counterpart = rec("e2", "a", "040", MINH, CHL, "2024-11-17", "on Sunday",
                           sentence="Minh arrived on Sunday and met his Chilean counterpart, Pablo Soto.")
    assert st.person_tie(with_pm, with_counterpart) == "same"
    assert not st.events_compatible(with_pm, with_counterpart)
    # the state is coded from a title, and the sentence names the person: the same meeting
    titled = rec("e3", "a", "040", MINH, CHL, "2024-11-19", "Tuesday",
                 sentence="Chilean Foreign Minister Ana Rojas, who met Minh on Tuesday, praised the talks.")
    assert st.events_compatible(with_pm, titled)
    # across articles a state may stand for its leader
    assert st.events_compatible(dict(with_pm, doc_id="b"), with_counterpart)


def test_in_one_article_two_stated_dates_merge_when_their_intervals_meet():
    earlier = rec("e1", "a", "040", VNM, CHL, "2024-11", "earlier this week")   # Nov 18-19
    assert st.events_compatible(earlier, rec("e2", "a", "040", HOA, CHL, "2024-11-19", "on Tuesday"))
    assert not st.events_compatible(earlier, rec("e2", "a", "040", HOA, CHL, "2024-11-20", "on Wednesday"))


def test_report_days_are_no_disagreement_about_the_date():
    first = rec("e1", "a", "042", MINH, PER, published="2024-11-18")
    later = rec("e2", "b", "042", MINH, PER, published="2024-11-20")
    assert st.events_compatible(first, later)
    merged = st.merge_event_records([first, later], {"a": {"published": "2024-11-18"}, "b": {"published": PUB}})
    assert merged["date"] == "2024-11-18" and "date" not in merged["disagreements"]


def test_the_merged_date_is_the_report_with_the_fewest_days():
    tour = rec("e1", "a", "036", MINH, PER, "2024-12-04", "from Dec. 4 to 15", status="planned")
    leg = rec("e2", "b", "036", MINH, PER, "2024-12-09", "Dec. 9 to 10", status="planned")
    assert st.events_compatible(tour, leg)
    merged = st.merge_event_records([tour, leg], {"a": {"published": PUB}, "b": {"published": PUB}})
    assert (merged["date"], merged["date_text"]) == ("2024-12-09", "Dec. 9 to 10")
    assert (merged["date_start"], merged["date_end"]) == ("2024-12-09", "2024-12-10")
