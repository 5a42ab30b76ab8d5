"""Wire-news date forms (ranges, datelines, relative phrases, times) and the attachment of dates to events."""
from __future__ import annotations

import pytest

from communique.events.dates import DateMention, date_for, find_dates, may_anchor, settle

PUB = "2024-11-19"   # a Tuesday


@pytest.mark.parametrize("text, value, precision", [
    ("The envoy will be in the capital from 3rd to 5th December.", "2024-12-03", "day"),
    ("the 12-14 March consultations", "2025-03-12", "day"),
    ("a state visit on Dec. 2-4", "2024-12-02", "day"),
    ("The delegations met earlier this month.", "2024-11", "month"),
    ("The treaty should be ready early next year.", "2025", "year"),
    ("They signed the accord late last year.", "2023", "year"),
    ("The envoys talked this week.", "2024-11", "month"),
    ("The leaders will meet tomorrow.", "2024-11-20", "day"),
    ("The ministers quarrelled last Friday.", "2024-11-15", "day"),
    ("the 1975 accords", "1975", "year"),
])
def test_wire_forms(text, value, precision):
    found = find_dates(text, 0, PUB)
    assert [(d.value, d.precision) for d in found] == [(value, precision)]


def test_times_and_amounts_are_not_years():
    assert find_dates("The session opened at 10:15 a.m. (0915 GMT) in the hall.", 0, PUB) == []
    assert find_dates("Customs seized 2000 tonnes of sugar.", 0, PUB) == []
    assert find_dates("The talks resumed at 1930 hours.", 0, PUB) == []


def test_dateline_date_is_marked_and_not_an_event_date():
    found = find_dates("OSLO, Nov. 18, 2024 (Wire) -- The two envoys met today.", 0, PUB)
    assert [(d.kind, d.value) for d in found] == [("dateline", "2024-11-18"), ("relative", "2024-11-19")]
    found = find_dates("QUITO, March 3 - The ministers met.", 0, "2024-03-03")
    assert found[0].kind == "dateline" and found[0].text == "March 3"


def test_a_range_read_forward_for_a_planned_visit():
    d = find_dates("will visit from 3rd to 5th May", 0, PUB)[0]
    assert d.kind == "range" and d.value == "2025-05-03"


def _mention(text, value, precision="day", kind="day", start=0):
    return DateMention(start, start + len(text), text, value, precision, kind, True)


def test_anchor_only_for_current_day_or_month():
    assert may_anchor(_mention("Monday", "2024-11-18"), None, PUB)
    assert not may_anchor(_mention("2019", "2019", "year", "year"), None, PUB)
    assert not may_anchor(_mention("Dec. 5", "2024-12-05"), None, PUB)          # after publication
    assert not may_anchor(_mention("Nov. 18", "2024-11-18", kind="dateline"), None, PUB)


def test_settle_keeps_own_date_and_drops_the_bare_publication_year():
    own = ("2024-11-18", "day", "Monday", "sentence")
    assert settle(own, None, (0, 50), PUB, "occurred") == own
    assert settle(("2024", "year", "2024", "sentence"), None, (0, 50), PUB, "occurred")[3] != "sentence"
    assert settle((None,) * 4, None, (0, 50), PUB, "historical") == (None,) * 4


def test_settle_shares_the_sentence_date_then_uses_the_published_day():
    anchor = _mention("Monday", "2024-11-18", start=10)
    assert settle((None,) * 4, anchor, (0, 50), PUB, "occurred") == ("2024-11-18", "day", "Monday", "sentence")
    # a date of an earlier sentence is not carried over
    assert settle((None,) * 4, anchor, (60, 90), PUB, "occurred") == (PUB, "day", None, "published")
    assert settle((None,) * 4, None, (0, 50), PUB, "planned") == (PUB, "day", None, "published")
    assert settle((None,) * 4, None, (0, 50), None, "occurred") == (None,) * 4


def _dates_and_trigger(nlp, text, trigger_word):
    doc = nlp(text)
    trigger = next(t for t in doc if t.text == trigger_word)
    return doc, trigger, find_dates(text, 0, PUB)


def test_date_in_a_clause_about_another_noun_is_not_the_events():
    # "Hu met with the envoys invited on Nov. 4 ." (hand-built parse): the date dates the invitation
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    words = ["Hu", "met", "with", "the", "envoys", "invited", "on", "Nov.", "4", "."]
    heads = [1, 1, 1, 4, 2, 4, 5, 6, 7, 1]
    deps = ["nsubj", "ROOT", "prep", "det", "pobj", "acl", "prep", "pobj", "nummod", "punct"]
    pos = ["PROPN", "VERB", "ADP", "DET", "NOUN", "VERB", "ADP", "PROPN", "NUM", "PUNCT"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    dates = find_dates(doc.text, 0, PUB)
    assert [d.text for d in dates] == ["Nov. 4"]
    assert date_for(doc[1], None, dates, doc) is None
    # the same clause on the trigger noun itself dates it: "the talks held on Nov. 4"
    words = ["They", "praised", "the", "talks", "held", "on", "Nov.", "4", "."]
    heads = [1, 1, 3, 1, 3, 4, 5, 6, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "acl", "prep", "pobj", "nummod", "punct"]
    pos = ["PRON", "VERB", "DET", "NOUN", "VERB", "ADP", "PROPN", "NUM", "PUNCT"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    assert date_for(doc[3], None, find_dates(doc.text, 0, PUB), doc).value == "2024-11-04"


def test_time_adverb_hung_on_the_speaker_dates_the_reported_meeting(nlp):
    text = "Peace will come, said the foreign minister Monday when meeting his Kenyan counterpart."
    doc, trigger, dates = _dates_and_trigger(nlp, text, "meeting")
    assert date_for(trigger, None, dates, doc).value == "2024-11-18"


def test_date_of_a_clause_on_the_trigger_noun_counts(nlp):
    doc, trigger, dates = _dates_and_trigger(nlp, "They discussed the summit to be held on Dec. 9.", "summit")
    assert date_for(trigger, None, dates, doc).value == "2024-12-09"


def test_weekday_attached_to_the_reporting_verb_dates_the_statement(nlp):
    doc, trigger, dates = _dates_and_trigger(nlp, "The two ministers met on Monday in the capital.", "met")
    assert date_for(trigger, None, dates, doc).value == "2024-11-18"


def test_dateline_never_dates_an_event(nlp):
    text = "OSLO, Nov. 18, 2024 (Wire) -- The two envoys met in the old palace."
    doc, trigger, dates = _dates_and_trigger(nlp, text, "met")
    assert date_for(trigger, None, dates, doc) is None


def test_clause_on_the_verbs_object_dates_the_event():
    # "The king will attend a summit to be held on Dec. 9 ." (hand-built parse)
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    words = ["The", "king", "will", "attend", "a", "summit", "to", "be", "held", "on", "Dec.", "9", "."]
    heads = [1, 3, 3, 3, 5, 3, 8, 8, 5, 8, 9, 10, 3]
    deps = ["det", "nsubj", "aux", "ROOT", "det", "dobj", "aux", "auxpass", "relcl", "prep", "pobj", "nummod",
            "punct"]
    pos = ["DET", "NOUN", "AUX", "VERB", "DET", "NOUN", "PART", "AUX", "VERB", "ADP", "PROPN", "NUM", "PUNCT"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    assert date_for(doc[3], None, find_dates(doc.text, 0, PUB), doc).value == "2024-12-09"
