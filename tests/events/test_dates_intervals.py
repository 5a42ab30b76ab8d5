"""The interval a date's words mean, a coming weekday read forward, and sentence dates that cannot
date a past act. Sentences are invented."""
from __future__ import annotations

import pytest

from communique.events.dates import DateMention, date_for, find_dates, interval, settle

PUB = "2024-11-20"   # a Wednesday


@pytest.mark.parametrize("value, text, span", [
    ("2024-11", "last week", ("2024-11-11", "2024-11-17")),
    ("2024-11", "this week", ("2024-11-18", "2024-11-24")),
    ("2024-11", "next week", ("2024-11-25", "2024-12-01")),
    ("2024-11", "earlier this week", ("2024-11-18", "2024-11-19")),
    ("2024-11", "later this week", ("2024-11-21", "2024-11-24")),
    ("2024-11", "early this week", ("2024-11-18", "2024-11-20")),
    ("2024-11", "earlier this month", ("2024-11-01", "2024-11-19")),
    ("2024-11", "later this month", ("2024-11-21", "2024-11-30")),
    ("2024-10", "last month", ("2024-10-01", "2024-10-31")),
    ("2024-12", "early next month", ("2024-12-01", "2024-12-10")),
    ("2025", "early next year", ("2025-01-01", "2025-04-30")),
    ("2024-04", "late April", ("2024-04-21", "2024-04-30")),
    ("2024-04", "mid-April", ("2024-04-11", "2024-04-20")),
    ("2024-04", "in April", ("2024-04-01", "2024-04-30")),
    ("2024-12-07", "from 7th to 9th December", ("2024-12-07", "2024-12-09")),
    ("2024-12-02", "Dec. 2-4", ("2024-12-02", "2024-12-04")),
    ("2024-12-04", "from Dec. 4 to 15", ("2024-12-04", "2024-12-15")),
    ("2024-12-30", "Dec. 30 to Jan. 2", ("2024-12-30", "2025-01-02")),
    ("2024-12-30", "Dec. 30 to 2", ("2024-12-30", "2024-12-30")),        # an end before the start: no range
    ("2024-11-18", "on Monday", ("2024-11-18", "2024-11-18")),
    ("1998", "1998", ("1998-01-01", "1998-12-31")),
])
def test_interval_of_a_date_phrase(value, text, span):
    assert interval(value, text, PUB) == span


def test_a_range_that_names_the_month_first_is_found_and_dated_by_its_first_day():
    found = find_dates("The premier tours four countries from Dec. 4 to 15 and returns on Dec. 16.", 0, PUB)
    assert [(d.text, d.value, d.kind) for d in found] == [("Dec. 4 to 15", "2024-12-04", "range"),
                                                          ("Dec. 16", "2024-12-16", "day")]
    spring = find_dates("the visit to Lima, April 29 to May 5", 0, PUB)[0]    # a coming spring
    assert (spring.value, interval(spring.value, spring.text, PUB)) == ("2025-04-29", ("2025-04-29", "2025-05-05"))
    assert find_dates("the session ran on Nov. 18 - 19:00 hours", 0, PUB)[0].text == "Nov. 18"


def test_a_sunday_report_stands_between_two_weeks():
    sunday = "2024-11-24"
    assert interval("2024-11", "this week", sunday) == ("2024-11-18", "2024-12-01")
    assert interval("2024-11", "last week", sunday) == ("2024-11-11", "2024-11-24")
    assert interval("2024-11", "earlier this week", sunday) == ("2024-11-18", "2024-11-23")


def test_no_date_no_interval_and_relative_words_need_the_report_day():
    assert interval(None, "last week", PUB) is None
    assert interval("2024-11", "last week", None) == ("2024-11-01", "2024-11-30")


@pytest.mark.parametrize("text, trigger, value", [
    ("The premier, who will start a visit to Peru on Sunday, praised the ties.", "visit", "2024-11-24"),
    ("The envoy is due to arrive in Lima on Monday.", "arrive", "2024-11-25"),
    ("The delegation is scheduled to visit Quito on Thursday.", "visit", "2024-11-21"),
    ("During the trip she is to call on the president, the foreign minister and the speaker, Monday in Lima.",
     "call", "2024-11-25"),
    ("The minister begins a tour of Asia starting Friday.", "tour", "2024-11-22"),
    ("The two leaders will meet on Wednesday.", "meet", "2024-11-20"),        # the report day itself
    ("The envoy arrived in Lima on Monday.", "arrived", "2024-11-18"),
    ("He said on Monday that he would visit Chile.", "visit", "2024-11-18"),  # Monday dates the saying
])
def test_a_weekday_said_of_the_days_ahead_is_the_coming_one(nlp, text, trigger, value):
    doc = nlp(text)
    trig = next(t for t in doc if t.text == trigger)
    assert date_for(trig, None, find_dates(text, 0, PUB), doc).value == value


def test_a_date_of_one_noun_does_not_date_the_noun_joined_to_it(nlp):
    text = ("With the visit to Peru by the Chilean foreign minister on Monday and the expected visits to "
            "Chile by the Peruvian premier, relations are warming.")
    doc = nlp(text)
    dates = find_dates(text, 0, PUB)
    first, second = [t for t in doc if t.lemma_ == "visit"]
    assert date_for(first, None, dates, doc).value == "2024-11-18"
    assert date_for(second, None, dates, doc) is None


def test_an_act_takes_no_sentence_date_on_the_wrong_side_of_the_report():
    # "After visiting Peru, the minister is on his way to Chile, where he is to arrive on Sunday."
    sunday = DateMention(60, 66, "Sunday", "2024-11-24", "day", "weekday", False, "2024-11-24")
    assert settle((None,) * 4, sunday, (0, 80), PUB, "occurred") == (PUB, "day", None, "published")
    assert settle((None,) * 4, sunday, (0, 80), PUB, "planned")[:3] == ("2024-11-24", "day", "Sunday")
    # "The envoy, who arrived on Monday, is to meet the king."
    monday = DateMention(25, 31, "Monday", "2024-11-18", "day", "weekday", False, "2024-11-25")
    assert settle((None,) * 4, monday, (0, 60), PUB, "planned") == (PUB, "day", None, "published")
    assert settle((None,) * 4, monday, (0, 60), PUB, "occurred")[:3] == ("2024-11-18", "day", "Monday")
