"""Which city a place name means (round 5): the project's capitals before another city's alternate name or
a more populous homonym, and a city in a report of a given year stands for the state of that year
(sentences written for the tests)."""
from __future__ import annotations

import pytest

from communique.actors.gazetteer import DATA_DIR, _rows
from communique.events.places import event_place, lookup, place_for


def _capitals():
    """(capital, iso3) of every present state in countries.tsv whose capital no other state shares."""
    rows = [(iso3, capitals, note) for _n, (iso3, _name, _al, _dem, capitals, note)
            in _rows(DATA_DIR / "countries.tsv", 6, 2) if not note.startswith("historical")]
    pairs = [(c.lstrip("="), iso3) for iso3, capitals, _note in rows for c in capitals.split("|") if c.strip()]
    shared = {c for c, _ in pairs if sum(1 for d, _ in pairs if d == c) > 1}
    return [(c.strip(), iso3) for c, iso3 in pairs if c not in shared]


# small capitals beside a city of the same name ten times their size, which a bare name means
OUTWEIGHED = {"Hamilton", "Stanley", "Plymouth", "Jamestown", "Victoria", "Saint-Pierre"}


@pytest.mark.parametrize("capital,iso3", _capitals())
def test_every_capital_names_its_own_country(capital, iso3):
    if capital in OUTWEIGHED:
        assert lookup(capital).country != iso3
        assert lookup(capital, expect_country=iso3).country == iso3      # "VICTORIA, Seychelles"
    else:
        loc = lookup(capital)
        assert loc is None or loc.country == iso3, (capital, loc)


def test_own_name_beats_a_bigger_citys_alternate_name():
    assert lookup("Islamabad").country == "PAK"
    assert lookup("Bridgetown").country == "BRB"
    assert lookup("Venice").country == "ITA"        # a city called so, not one listing it as another name


def test_capital_beats_a_more_populous_homonym():
    assert lookup("San Jose").country == "CRI"
    assert lookup("San Jose", expect_country="USA").country == "USA"   # an expected country still wins


def test_city_in_a_year_of_a_former_state():
    assert lookup("Moscow", year=1987).country == "SUN"
    assert lookup("Moscow", year=1995).country == "RUS"
    assert lookup("Moscow").country == "RUS"
    assert lookup("Prague", year=1980).country == "CSK"


def test_place_of_an_event_follows_the_year(nlp):
    doc = nlp("The two foreign ministers met in Moscow on Monday.")
    met = next(t for t in doc if t.text == "met")
    assert place_for(met, doc[:], year=1986).country == "SUN"
    assert event_place(met, doc[:], dateline=None, year=1986).country == "SUN"
    assert place_for(met, doc[:]).country == "RUS"


def test_dateline_city_with_its_country_in_a_former_year():
    loc = lookup("Moscow, Russia", year=1990, how="dateline")
    assert loc.country == "SUN" and loc.precision == "city"
