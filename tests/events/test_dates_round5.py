"""Round-5 date rule: an active to-infinitive on a noun names an act of its own, so its date is not the
date of the event that governs the noun. Sentences are invented."""
from __future__ import annotations

from communique.events.dates import date_for, find_dates
from communique.model import Article
from communique.pipeline import code_articles

PUB = "2025-03-12"


def _token(doc, word):
    return next(t for t in doc if t.text == word)


def test_the_visit_an_invitation_is_for_does_not_date_its_acceptance(nlp):
    text = "Mayor Ines Duarte accepted an invitation from the Danish minister to visit Aarhus next year."
    doc = nlp(text)
    assert date_for(_token(doc, "accepted"), None, find_dates(text, 0, PUB), doc) is None


def test_talks_an_accord_provides_for_do_not_date_the_signing(nlp):
    text = "The two ministers signed an accord to hold border talks in June."
    doc = nlp(text)
    assert date_for(_token(doc, "signed"), None, find_dates(text, 0, PUB), doc) is None


def test_a_passive_infinitive_still_dates_the_meeting_it_is_on(nlp):
    text = "Ghana will attend a meeting to be held on Friday in Accra."
    doc = nlp(text)
    found = date_for(_token(doc, "attend"), None, find_dates(text, 0, PUB), doc)
    assert found is not None and found.text.endswith("Friday")


def test_an_accepted_invitation_to_visit_next_year_is_an_acceptance_that_occurred():
    body = ("OSLO - Norwegian Prime Minister Tove Lunde met Chilean President Raul Ibarra on Tuesday. "
            "Lunde accepted an invitation from Ibarra to visit Santiago next year.")
    events = next(iter(code_articles([Article(doc_id="t", body=body, published=PUB)]))).events
    accepted = [e for e in events if e.mode == "accept_invitation"]
    assert accepted and accepted[0].status == "occurred"
    assert accepted[0].date != "2026"
