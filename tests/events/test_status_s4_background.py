"""Session-4 status and date rules: a month a season or more back is background (historical), "last/next/
this" with a month's name, a passive infinitive of holding parsed with its noun as subject, and another event
noun's date or time phrase kept to that noun. Sentences are invented."""
from __future__ import annotations

from datetime import date

from communique.events.dates import date_for, find_dates
from communique.events.factuality import _long_before
from communique.model import Article
from communique.pipeline import code_articles

PUB = "2025-03-12"


def _token(doc, word):
    return next(t for t in doc if t.text == word)


def _events(body, published=PUB):
    return next(iter(code_articles([Article(doc_id="t", body=body, published=published)]))).events


def test_last_next_and_this_with_a_month_name_are_placed_by_the_report_month():
    assert [(d.text, d.value, d.precision) for d in find_dates("They met last April.", 0, PUB)] == \
        [("last April", "2024-04", "month")]
    assert find_dates("They met last March.", 0, PUB)[0].value == "2024-03"      # the report's own month: a year back
    assert find_dates("They will meet next May.", 0, PUB)[0].value == "2025-05"
    assert find_dates("They will meet next March.", 0, PUB)[0].value == "2026-03"
    assert find_dates("They will meet this June.", 0, PUB)[0].value == "2025-06"
    assert find_dates("They met last April 3.", 0, PUB)[0].text == "April 3"    # a day is a day's


def test_a_month_four_or_more_months_back_is_background_a_bare_year_is_not():
    pub = date(2025, 3, 12)
    assert _long_before(date(2024, 11, 1), pub, month_known=True)
    assert not _long_before(date(2024, 12, 1), pub, month_known=True)
    assert not _long_before(date(2025, 1, 1), pub, month_known=False)      # "in 2025" says no month
    assert _long_before(date(2024, 1, 1), pub, month_known=False)          # more than a year back


def test_an_act_of_last_october_is_history_one_of_last_month_is_news():
    old = _events("Portugal and Angola signed a fisheries accord last October, the ministry said.")
    assert any(e.type == "SUPPORT" and e.status == "historical" and e.date == "2024-10" for e in old), old
    recent = _events("Portugal and Angola signed a fisheries accord in February, the ministry said.")
    assert any(e.type == "SUPPORT" and e.status == "occurred" for e in recent), recent


def test_a_conference_to_be_held_parsed_as_its_subject_is_to_come():
    events = _events("During her visit to Portugal, which comes weeks before the OPEC summit to be held in Vienna in "
                     "December, the minister will stress oil prices.", published="2025-10-02")
    held = [e for e in events if e.rule.startswith("consult.summit")]
    assert held and all(e.status == "planned" and e.date == "2025-12" for e in held), events


def test_another_event_nouns_date_is_its_own(nlp):
    text = "He expressed his appreciation for the planned visit of the Angolan president next February."
    doc = nlp(text)
    assert date_for(_token(doc, "appreciation"), _token(doc, "expressed"), find_dates(text, 0, PUB), doc) is None
    assert date_for(_token(doc, "visit"), None, find_dates(text, 0, PUB), doc) is not None


def test_another_event_nouns_time_phrase_does_not_plan_the_trigger():
    events = _events("Jordan expressed its appreciation for the visit of Russian President Ivan Sokolov next week.")
    assert any(e.type == "SUPPORT" and e.status == "occurred" for e in events), events
    assert any(e.type == "AGREE" and e.status == "planned" for e in events), events
