"""Session-4 round-3 rules for actors and places, on sentences written for the tests."""
from __future__ import annotations

from communique.events.places import lookup
from communique.model import Article
from communique.pipeline import code_articles


def test_a_town_world_news_names_beats_a_bigger_namesake_abroad():
    """'Bethlehem' is the West Bank town (South Africa's is bigger), in a sentence and in a dateline."""
    assert lookup("Bethlehem").country == "PSE"
    assert lookup("BETHLEHEM", how="dateline").country == "PSE"


def test_a_town_named_with_its_country_keeps_that_country():
    """The listed town does not hide the namesake when the dateline names the country."""
    assert lookup("Bethlehem, South Africa", how="dateline").country == "ZAF"


def _events(body, published="2005-12-20"):
    return next(iter(code_articles([Article(doc_id="t", body=body, published=published)]))).events


def test_a_meeting_in_the_town_is_placed_there():
    events = _events("JERUSALEM, Dec 20 - Israeli Foreign Minister Ana Levi met Palestinian negotiator "
                          "Omar Haddad in Bethlehem on Tuesday.")
    meetings = [e for e in events if e.type == "CONSULT"]
    assert meetings and meetings[0].location.country == "PSE"
