"""Date expressions found in a sentence and resolved against the published date (no model needed)."""
from __future__ import annotations

import pytest

from communique.events.dates import find_dates

PUB = "2024-11-17"   # a Sunday


@pytest.mark.parametrize("text, value, precision", [
    ("during their talks in Santiago on November 11 morning (local time).", "2024-11-11", "day"),
    ("the meeting in Hanoi on May 23, 1969.", "1969-05-23", "day"),
    ("They met on 5 March 2023 in Rome.", "2023-03-05", "day"),
    ("The ministers met on Thursday.", "2024-11-14", "day"),
    ("The ministers met on Sunday.", "2024-11-17", "day"),
    ("He arrived yesterday.", "2024-11-16", "day"),
    ("They met last week.", "2024-11", "month"),
    ("He will visit next month.", "2024-12", "month"),
    ("The summit will be held in 2027.", "2027", "year"),
    ("The talks took place in March.", "2024-03", "month"),
    ("They met in October 2001.", "2001-10", "month"),
])
def test_date_forms(text, value, precision):
    found = find_dates(text, 0, PUB)
    assert [(d.value, d.precision) for d in found] == [(value, precision)]


def test_offsets_point_into_the_text():
    text = "Talks were held on November 11."
    d = find_dates(text, 100, PUB)[0]
    assert (d.start - 100, d.end - 100) == (19, 30) and text[19:30] == "November 11"


def test_durations_and_since_are_not_event_dates():
    assert find_dates("the first visit over the past 15 years", 0, PUB) == []
    assert find_dates("his third trip since 2001", 0, PUB) == []
    assert find_dates("to double trade by 2030", 0, PUB) == []


def test_a_yearless_date_far_in_the_past_is_read_as_next_year():
    # "April 29" in a report of March 1987 is the coming April
    assert find_dates("the visit on April 29", 0, "1987-03-31")[0].value == "1987-04-29"
    assert find_dates("the visit on March 2", 0, "1987-03-31")[0].value == "1987-03-02"


def test_forward_reads_a_weekday_as_the_coming_one():
    d = find_dates("He leaves on Wednesday.", 0, PUB)[0]
    assert d.value == "2024-11-13" and d.forward(PUB).value == "2024-11-20"


def test_relative_dates_need_a_published_date():
    assert find_dates("He arrived yesterday.", 0, None) == []
    assert find_dates("on May 23, 1969", 0, None)[0].value == "1969-05-23"


def test_sentences_without_date_words_skip_dateparser():
    assert find_dates("The two leaders discussed trade.", 0, PUB) == []
