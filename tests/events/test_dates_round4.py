"""Round-4 date rules: the occasion of an event dates it, and a planned event reads a sentence-mate's
yearless month forward. Sentences are invented."""
from __future__ import annotations

from communique.events.dates import DateMention, date_for, find_dates, settle

PUB = "2024-11-20"   # a Wednesday


def _token(doc, word):
    return next(t for t in doc if t.text == word)


def test_the_occasion_an_event_takes_place_during_dates_it(nlp):
    text = "Kenya will sign the accord during a regional summit to be held on Friday in Nairobi, officials said."
    doc = nlp(text)
    found = date_for(_token(doc, "sign"), None, find_dates(text, 0, PUB), doc)
    assert found is not None and found.text.endswith("Friday")


def test_the_occasion_after_at_dates_the_event(nlp):
    text = "The ministers agreed at a meeting held on Nov. 12 to reopen the border."
    doc = nlp(text)
    assert date_for(_token(doc, "agreed"), None, find_dates(text, 0, PUB), doc).value == "2024-11-12"


def test_a_date_in_a_clause_on_another_noun_still_does_not_date_the_event(nlp):
    text = "The envoy, who came for the summit held on Nov. 12, met the king."
    doc = nlp(text)
    assert date_for(_token(doc, "met"), None, find_dates(text, 0, PUB), doc) is None


def test_a_planned_event_reads_a_yearless_month_of_its_sentence_forward():
    june = DateMention(30, 37, "in June", "2024-06", "month", "month", explicit_year=False)
    value, precision, _text, how = settle((None, None, None, None), june, (0, 80), PUB, "planned")
    assert (value, precision, how) == ("2025-06", "month", "sentence")


def test_an_occurred_event_keeps_a_past_yearless_month_of_its_sentence():
    june = DateMention(30, 37, "in June", "2024-06", "month", "month", explicit_year=False)
    assert settle((None, None, None, None), june, (0, 80), PUB, "occurred")[0] == "2024-06"


def test_a_month_with_its_year_is_never_moved():
    june = DateMention(30, 42, "June 2024", "2024-06", "month", "month", explicit_year=True)
    assert settle((None, None, None, None), june, (0, 80), PUB, "planned")[0] == "2024-06"


def test_a_date_of_a_relative_clause_does_not_anchor_the_sentence(nlp):
    from communique.events.dates import may_anchor

    text = "Aid workers also hoped for new funds for the towns, where the Nov. 12 floods killed forty people."
    doc = nlp(text)
    nov12 = find_dates(text, 0, PUB)[0]
    assert not may_anchor(nov12, None, PUB, _token(doc, "killed"))
    assert may_anchor(nov12, None, PUB)


def test_a_date_of_a_main_clause_event_still_anchors(nlp):
    from communique.events.dates import may_anchor

    text = "Floods killed forty people on Nov. 12 in the north."
    doc = nlp(text)
    assert may_anchor(find_dates(text, 0, PUB)[0], None, PUB, _token(doc, "killed"))


def test_the_period_after_a_full_month_name_ends_the_sentence():
    text = "The premier said he would discuss the summit in June."
    (june,) = find_dates(text, 0, PUB)
    assert (june.text, text[june.start:june.end]) == ("June", "June")
    (nov,) = find_dates("They met on Nov. 4 in the capital.", 0, PUB)
    assert nov.text == "Nov. 4"
