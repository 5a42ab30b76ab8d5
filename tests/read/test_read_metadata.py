"""Metadata from text: places, datelines, dates stated and inferred, headlines, language."""
from __future__ import annotations

import pytest

from communique.read import metadata as md


@pytest.mark.parametrize("caps, expected", [
    ("SANTIAGO DE CHILE", "Santiago de Chile"), ("PORT-AU-PRINCE", "Port-au-Prince"), ("HANOI", "Hanoi"),
    ("UNITED NATIONS", "United Nations"), ("THE HAGUE", "The Hague"), ("Tokyo", "Tokyo"),
])
def test_title_case_place(caps, expected):
    assert md.title_case_place(caps) == expected


@pytest.mark.parametrize("text, place, date, agency", [
    ("SANTIAGO DE CHILE — The presidents met.", "Santiago de Chile", None, None),
    ("HANOI, Nov. 19, 2006 (Xinhua)\n\nThe leaders met.", "Hanoi", "2006-11-19", "Xinhua"),
    ("WASHINGTON, March 20 - The envoy said.", "Washington", None, None),
    ("LAGOS 1996-08-29\n\nNigeria said.", "Lagos", "1996-08-29", None),
    ("SAN JOSE, Costa Rica 1996-08-28\n\nText.", "San Jose, Costa Rica", "1996-08-28", None),
    ("Tokyo, April 17 - U.S. officials said.", "Tokyo", None, None),
    ("MAR DEL PLATA, Argentina, Nov. 4, 2005 (Xinhua)\n\nText.", "Mar del Plata, Argentina", "2005-11-04", "Xinhua"),
    ("GENEVA (Reuters) - Talks resumed.", "Geneva", None, "Reuters"),
    ("NAIROBI, Kenya (AP) _ The envoy arrived.", "Nairobi, Kenya", None, "AP"),
])
def test_datelines(text, place, date, agency):
    line = md.find_dateline(text)
    assert line is not None
    assert (line.place, line.date, line.agency) == (place, date, agency)


@pytest.mark.parametrize("text", [
    "The presidents met in Hanoi on Monday.", "NATO\n\nThe alliance said.", "Monday, November 18, 2024",
    "UPDATE: talks resume", "Dec 13, 2005\n\nMiddle East news highlights on Tuesday:",
])
def test_not_datelines(text):
    assert md.find_dateline(text) is None


def test_dateline_month_day_without_year():
    assert md.find_dateline("MOSCOW, Oct 20 - Iran said.").month_day == (10, 20)


@pytest.mark.parametrize("text, expected", [
    ("17 November 2024", "2024-11-17"), ("Nov. 19, 2006", "2006-11-19"), ("1996-08-29", "1996-08-29"),
    ("March 3rd, 2021", "2021-03-03"), ("November 2024", None), ("yesterday", None),
])
def test_parse_date(text, expected):
    assert md.parse_date(text) == expected


@pytest.mark.parametrize("line, expected", [
    ("Tuesday, 14 January 2025", "2025-01-14"), ("17 November 2024 12:00 PM", "2024-11-17"),
    ("Dec 13, 2005", "2005-12-13"), ("The talks ended on 17 November 2024.", None),
])
def test_date_only_line(line, expected):
    assert md.date_only_line(line) == expected


def test_inferred_date_from_anniversary_in_the_same_sentence():
    text = ("BERN — The two foreign ministers held talks on June 3 in the capital.\n\n"
            "The visit marks the 30th anniversary of the treaty signed in Bern on June 1, 1995.")
    assert md.infer_published(text, md.find_dateline(text)) == "2025-06-03"


def test_inferred_date_from_anniversary_of_an_earlier_sentence():
    text = ("The prime ministers met on 9 April.\n\nThe countries set up relations in 1980. "
            "This year marks the fortieth anniversary of that step.")
    assert md.infer_published(text) == "2020-04-09"


def test_inferred_date_from_explicit_year_ignores_future_targets():
    text = ("The leaders met on Tuesday, May 6, and agreed to double trade by 2030.\n\n"
            "Trade grew by 12 percent in 2013, officials said, and a plan for 2014-2020 was adopted.")
    assert md.infer_published(text) == "2013-05-06"


def test_inferred_date_uses_a_full_date_as_is():
    assert md.infer_published("The summit opened on November 11, 2024 in the capital.") == "2024-11-11"


def test_no_year_means_no_inferred_date():
    assert md.infer_published("The presidents met on November 11 in the capital.") is None


def test_future_day_mentions_are_not_the_report_date():
    text = ("The minister will travel to Paris on December 3, officials said.\n\n"
            "In 2019 the two sides met on 14 July in Lyon.")
    assert md.infer_published(text) == "2019-07-14"


@pytest.mark.parametrize("line, expected", [
    ("State President’s Chile, Peru trip a success: official", True),
    ("Ministers agree to expand trade", True),
    ("The two ministers met in the capital on Monday and agreed to expand trade.", False),
    ("Vi", False), ("17 November 2024", False), ("By Jane Roe and John Doe", False),
])
def test_looks_like_headline(line, expected):
    assert md.looks_like_headline(line) is expected


def test_language_detection():
    assert md.detect_language("The two presidents held talks on trade and security in the capital.") == "en"
    assert md.detect_language("Chủ tịch nước hội đàm với Tổng thống Chile tại thủ đô Santiago.") == "vi"
    assert md.detect_language("Hi") is None
