"""Built-in actor knowledge (countries, organisations, titles), loaded from data files.

The data files under ``actors/data/`` are the source of truth and may be edited by hand:

    countries.tsv   ISO3, name, aliases, demonyms, capitals (metonymy), note
    igos.tsv        code, name, aliases of international organisations and groupings
    titles.tsv      titles and offices (-> sector, normalised title), state organisations, role words
    outlets.tsv     news agencies with a home country
    naming.tsv      personal-name conventions by country (used by names.py)
    regions.tsv     place phrases that hold a country form but are no actor ("Latin America")
    seats.tsv         cities standing for the organisation seated there when they act ("Brussels warned")
    object_nouns.tsv  nouns a nationality word modifies without naming the state ("Japanese imports"); with a
                      sector, people or firms of that country ("Iranian students": civilians, EDU)
    cities.tsv      large cities -> country, only to read the place of a dateline
    party_verbs.tsv verbs whose object is a party: a capital as their object is its government ("slammed Damascus")
    bare_bodies.tsv institutions some countries only have: whose a bare "Congress" is (usual country, others)

Each file is validated on load; a bad row raises ``DataFileError`` naming the file and line.

Matching ignores case and diacritics ("Việt Nam" = "viet nam"), except forms marked with a
leading ``=`` in the data (and short all-caps acronyms), which must match with exact case so
"US" is not "us" and "Turkey" is not "turkey". Keys are folded token texts joined without
spaces, so "Vietnam", "Viet Nam" and "Việt Nam" share one key and the lookup does not depend on
how an alias was tokenised.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from dataclasses import field as dc_field
from pathlib import Path

from ..errors import DataFileError

DATA_DIR = Path(__file__).resolve().parent / "data"
SECTORS = {"GOV", "MIL", "LEG", "JUD", "PTY", "OPP", "BUS", "MED", "CVL", "COP", "REL", "EDU", "NGO", "IGO", "REB"}
ENTRY_KINDS = ("country", "demonym", "capital", "igo", "title", "org", "role", "region")
_ISO3 = re.compile(r"^[A-Z]{3}$")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9.\-]{0,5}$")

_SPECIAL = str.maketrans({"đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss",
                          "æ": "ae", "Æ": "AE", "ı": "i", "\u2019": "'", "\u2018": "'", "`": "'"})


@functools.lru_cache(maxsize=200_000)
def fold_case(text: str) -> str:
    """Strip diacritics (NFKD, combining marks dropped, đ -> d), keep case."""
    text = text.translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@functools.lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Case- and diacritic-insensitive form: "Lương Cường" -> "luong cuong"."""
    return fold_case(text).lower()


def key_of(text: str, *, exact: bool = False) -> str:
    """Lookup key of a phrase: folded, with all whitespace removed."""
    return "".join((fold_case(text) if exact else fold(text)).split())


@dataclass(frozen=True)
class Entry:
    """One gazetteer form and what it stands for."""

    kind: str                     # one of ENTRY_KINDS
    name: str                     # canonical name (country name, IGO name, normalised title)
    country: str | None = None    # ISO3 (countries, demonyms, capitals, fixed-country orgs)
    code: str | None = None       # IGO code
    sector: str | None = None     # titles and organisations
    historical: bool = False      # a state that no longer exists


@dataclass
class Gazetteer:
    """Phrase keys -> entries, split by case sensitivity, plus the prefix sets that prune lookups."""

    folded: dict[str, list[Entry]]
    exact: dict[str, list[Entry]]
    folded_prefixes: frozenset[str]
    exact_prefixes: frozenset[str]
    countries: dict[str, Entry]               # iso3 -> the country's own entry
    igos: dict[str, Entry]                    # code -> entry
    outlets: dict[str, str]                   # outlet form -> iso3
    # successor iso3 -> [(last year, historical iso3)]: "Moscow" in 1987 is the Soviet Union.
    predecessors: dict[str, list[tuple[int, str]]] = dc_field(default_factory=dict)
    object_nouns: frozenset[str] = frozenset()   # "Japanese imports": no actor
    monarchies: frozenset[str] = frozenset()     # where a royal title without nationality points
    cities: dict[str, str] = dc_field(default_factory=dict)   # folded city key -> iso3 (datelines only)
    max_tokens: int = 10
    # keys of forms written as several words ("united states"): only these may match across a space,
    # so "Israel is" is not read as "Israelis"
    spaced: frozenset[str] = frozenset()
    # folded noun -> sector: "Iranian students" names the country's students, not its state
    people_nouns: dict[str, str] = dc_field(default_factory=dict)
    # folded city -> igo code: "Brussels warned" is the EU
    seats: dict[str, str] = dc_field(default_factory=dict)
    # verb lemmas whose direct object is a party: "warned Tbilisi" is the government, "visited Tbilisi" a place
    party_verbs: frozenset[str] = frozenset()
    # body name -> (usual country, other countries having one): a bare "Congress" abroad is the US one
    bare_bodies: dict[str, tuple[str, frozenset[str]]] = dc_field(default_factory=dict)
    # republics with no prime minister: "Prime Minister X" in a Washington story is not American
    presidential: frozenset[str] = frozenset()
    # people nouns that, with no nationality, are of the country where the scene is ("demonstrators")
    scene_nouns: frozenset[str] = frozenset()

    def in_year(self, iso3: str, year: int | None) -> str:
        """The state a successor's capital stood for in ``year`` (RUS in 1987 -> SUN)."""
        if year is None:
            return iso3
        for until, old in self.predecessors.get(iso3, ()):
            if year <= until:
                return old
        return iso3

    def lookup(self, folded_key: str, exact_key: str) -> list[Entry]:
        return self.exact.get(exact_key, []) + self.folded.get(folded_key, [])


def _split(cell: str) -> list[str]:
    return [p.strip() for p in cell.split("|") if p.strip()]


def _rows(path: Path, columns: int, required: int):
    """Yield (line number, cells) of a TSV data file, skipping comments, blanks and the header."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DataFileError(f"{path}: cannot be read ({exc})") from exc
    header_seen = False
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            header_seen = True
            continue
        if len(cells) > columns:
            raise DataFileError(f"{path}:{number}: {len(cells)} tab-separated columns, expected at most "
                                f"{columns}; fix the row or its tabs")
        cells += [""] * (columns - len(cells))
        for i in range(required):
            if not cells[i].strip():
                raise DataFileError(f"{path}:{number}: column {i + 1} is empty; every row needs "
                                    f"its first {required} columns")
        yield number, [c.strip() for c in cells]


def _form(raw: str) -> tuple[str, bool]:
    """A data-file form and whether it must match with exact case."""
    if raw.startswith("="):
        return raw[1:], True
    return raw, bool(_ACRONYM.match(raw)) and len(raw.replace(".", "")) <= 4


_NOTE = re.compile(r"^(?:monarchy|presidential|(historical)?(?:\s+until=(\d{4}))?(?:\s+successor=([A-Z]{3}))?)\s*$")


def load_predecessors(path: Path) -> dict[str, list[tuple[int, str]]]:
    """From the note column: ``historical until=1991 successor=RUS`` on the SUN row."""
    out: dict[str, list[tuple[int, str]]] = {}
    for number, (iso3, *_rest, note) in _rows(path, 6, 2):
        m = _NOTE.match(note)
        if not m:
            raise DataFileError(f"{path}:{number}: note '{note}' must be 'monarchy', 'presidential' or "
                                "look like 'historical until=YYYY successor=ISO'")
        if m.group(2) and m.group(3):
            out.setdefault(m.group(3), []).append((int(m.group(2)), iso3))
    return out


def load_countries(path: Path) -> list[tuple[Entry, list[tuple[str, str]]]]:
    """Countries with their (kind, form) list; forms keep the '=' marker."""
    out = []
    seen: set[str] = set()
    for number, (iso3, name, aliases, demonyms, capitals, note) in _rows(path, 6, 2):
        if not _ISO3.match(iso3):
            raise DataFileError(f"{path}:{number}: '{iso3}' is not an ISO 3166 alpha-3 code (three capitals)")
        if iso3 in seen:
            raise DataFileError(f"{path}:{number}: country {iso3} is listed twice")
        seen.add(iso3)
        historical = note.startswith("historical")
        entry = Entry("country", name.lstrip("="), country=iso3, historical=historical)
        forms = [("country", name)] + [("country", a) for a in _split(aliases)]
        forms += [("demonym", d) for d in _split(demonyms)] + [("capital", c) for c in _split(capitals)]
        out.append((entry, forms))
    return out


def load_igos(path: Path) -> list[tuple[Entry, list[str]]]:
    out = []
    seen: set[str] = set()
    for number, (code, name, aliases) in _rows(path, 3, 2):
        if not re.match(r"^[A-Z0-9]{2,10}$", code):
            raise DataFileError(f"{path}:{number}: IGO code '{code}' must be 2-10 capitals or digits")
        if name in seen:
            raise DataFileError(f"{path}:{number}: IGO '{name}' is listed twice")
        seen.add(name)
        out.append((Entry("igo", name, code=code, sector="IGO"), [name] + _split(aliases)))
    return out


def load_titles(path: Path) -> list[tuple[str, Entry]]:
    out = []
    for number, (phrase, kind, sector, title, country) in _rows(path, 5, 4):
        if kind not in ("title", "org", "role"):
            raise DataFileError(f"{path}:{number}: kind '{kind}' must be title, org or role")
        if sector not in SECTORS:
            raise DataFileError(f"{path}:{number}: sector '{sector}' is not one of {sorted(SECTORS)}")
        if country and not _ISO3.match(country):
            raise DataFileError(f"{path}:{number}: '{country}' is not an ISO 3166 alpha-3 code")
        out.append((phrase, Entry(kind, title, country=country or None, sector=sector)))
    return out


def load_outlets(path: Path) -> dict[str, str]:
    out = {}
    for number, (outlet, country) in _rows(path, 2, 2):
        if not _ISO3.match(country):
            raise DataFileError(f"{path}:{number}: '{country}' is not an ISO 3166 alpha-3 code")
        out[outlet] = country
    return out


def _prefixes(keys) -> frozenset[str]:
    return frozenset(k[:i] for k in keys for i in range(1, len(k) + 1))


def _add(folded: dict, exact: dict, form: str, entry: Entry, *, front: bool = False,
         spaced: set | None = None) -> None:
    text, is_exact = _form(form)
    table = exact if is_exact else folded
    key = key_of(text, exact=is_exact)
    if not key:
        return
    keys = [key]
    if is_exact and not _ACRONYM.match(text):
        keys.append(key_of(text.upper(), exact=True))   # "CHILE" in datelines and headlines
    if spaced is not None and len(text.split()) > 1:
        spaced.update(keys)
    for k in keys:
        bucket = table.setdefault(k, [])
        if entry in bucket:
            continue
        if front:
            bucket.insert(0, entry)
        else:
            bucket.append(entry)


def build_gazetteer(data_dir: Path = DATA_DIR) -> Gazetteer:
    folded: dict[str, list[Entry]] = {}
    exact: dict[str, list[Entry]] = {}
    spaced: set[str] = set()
    countries: dict[str, Entry] = {}
    igos: dict[str, Entry] = {}
    for entry, forms in load_countries(data_dir / "countries.tsv"):
        countries[entry.country] = entry
        for kind, form in forms:
            _add(folded, exact, form, entry if kind == "country" else
                 Entry(kind, entry.name, country=entry.country, historical=entry.historical), spaced=spaced)
    for entry, forms in load_igos(data_dir / "igos.tsv"):
        igos.setdefault(entry.code, entry)
        for form in forms:
            _add(folded, exact, form, entry, spaced=spaced)
    for phrase, entry in load_titles(data_dir / "titles.tsv"):
        _add(folded, exact, phrase, entry, spaced=spaced)
    for number, (phrase, country) in _rows(data_dir / "regions.tsv", 2, 1):
        if country and not _ISO3.match(country):
            raise DataFileError(f"{data_dir / 'regions.tsv'}:{number}: '{country}' is not an ISO 3166 alpha-3 code")
        _add(folded, exact, phrase, Entry("region", phrase, country=country or None), spaced=spaced)
    outlets = load_outlets(data_dir / "outlets.tsv")
    noun_rows = [cells for _n, cells in _rows(data_dir / "object_nouns.tsv", 3, 1)]
    nouns = frozenset(fold(noun) for noun, _sector, _scene in noun_rows)
    people = {fold(noun): sector for noun, sector, _scene in noun_rows if sector}
    scene = frozenset(fold(noun) for noun, sector, where in noun_rows if sector and where == "scene")
    seats = {}
    for number, (city, code) in _rows(data_dir / "seats.tsv", 2, 2):
        if code not in igos:
            raise DataFileError(f"{data_dir / 'seats.tsv'}:{number}: '{code}' is not an organisation of igos.tsv")
        seats[fold(city)] = code
    for sector in set(people.values()) - SECTORS:
        raise DataFileError(f"{data_dir / 'object_nouns.tsv'}: sector '{sector}' is not one of {sorted(SECTORS)}")
    notes = {r[0]: r[5] for _n, r in _rows(data_dir / "countries.tsv", 6, 2)}
    monarchies = frozenset(iso3 for iso3, note in notes.items() if note == "monarchy")
    cities = {}
    for number, (city, iso3) in _rows(data_dir / "cities.tsv", 2, 2):
        if not _ISO3.match(iso3):
            raise DataFileError(f"{data_dir / 'cities.tsv'}:{number}: '{iso3}' is not an ISO 3166 alpha-3 code")
        cities.setdefault(key_of(city), iso3)
    return Gazetteer(folded, exact, _prefixes(folded), _prefixes(exact), countries, igos, outlets,
                     load_predecessors(data_dir / "countries.tsv"), nouns, monarchies, cities,
                     spaced=frozenset(spaced), people_nouns=people, seats=seats,
                     party_verbs=frozenset(verb.lower() for _n, (verb,) in _rows(data_dir / "party_verbs.tsv", 1, 1)),
                     bare_bodies=load_bare_bodies(data_dir / "bare_bodies.tsv"),
                     presidential=frozenset(iso3 for iso3, note in notes.items() if note == "presidential"),
                     scene_nouns=scene)


def load_bare_bodies(path: Path) -> dict[str, tuple[str, frozenset[str]]]:
    bodies = {}
    for number, (body, usual, also) in _rows(path, 3, 2):
        codes = [usual, *_split(also)]
        if bad := [c for c in codes if not _ISO3.match(c)]:
            raise DataFileError(f"{path}:{number}: {bad[0]!r} is not an ISO 3166 alpha-3 code")
        bodies[body] = (usual, frozenset(codes))
    return bodies


def extended(base: Gazetteer, forms: list[tuple[str, Entry]]) -> Gazetteer:
    """A copy of ``base`` where the given forms come first (user entries override built-in ones)."""
    folded = {k: list(v) for k, v in base.folded.items()}
    exact = {k: list(v) for k, v in base.exact.items()}
    spaced = set(base.spaced)
    for form, entry in forms:
        text, is_exact = _form(form)
        table = exact if is_exact else folded
        table[key_of(text, exact=is_exact)] = []          # override: drop the built-in meaning
        _add(folded, exact, form, entry, front=True, spaced=spaced)
    return Gazetteer(folded, exact, _prefixes(folded), _prefixes(exact), dict(base.countries),
                     dict(base.igos), dict(base.outlets), dict(base.predecessors), base.object_nouns,
                     base.monarchies, base.cities, base.max_tokens, frozenset(spaced), dict(base.people_nouns), dict(base.seats),
                     base.party_verbs, dict(base.bare_bodies), base.presidential, base.scene_nouns)


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The built-in gazetteer, built once per process."""
    return build_gazetteer()


def ruler_patterns() -> list[dict]:
    """Entity-ruler patterns (spaCy format) for countries, demonyms, capitals and organisations.

    Case-insensitive forms become phrase patterns (the ruler matches them on LOWER); exact-case
    forms become token patterns on ORTH, so "US" and "Chad" never match "us" and "chad".
    """
    return list(_ruler_patterns())


@functools.lru_cache(maxsize=1)
def _ruler_patterns() -> tuple[dict, ...]:
    patterns: list[dict] = []
    seen: set[tuple[str, str]] = set()

    def add(label: str, form: str, ent_id: str) -> None:
        text, is_exact = _form(form)
        if (label, text) in seen or "," in text:
            return
        seen.add((label, text))
        if is_exact:
            patterns.append({"label": label, "pattern": [{"ORTH": t} for t in text.split()], "id": ent_id})
            if not _ACRONYM.match(text):
                patterns.append({"label": label, "pattern": [{"ORTH": t.upper()} for t in text.split()],
                                 "id": ent_id})
        else:
            patterns.append({"label": label, "pattern": text, "id": ent_id})
            plain = fold_case(text)
            if plain != text and (label, plain) not in seen:
                seen.add((label, plain))
                patterns.append({"label": label, "pattern": plain, "id": ent_id})

    for entry, forms in load_countries(DATA_DIR / "countries.tsv"):
        for kind, form in forms:
            label = "NORP" if kind == "demonym" else "GPE"
            add(label, form, entry.country)
    for entry, forms in load_igos(DATA_DIR / "igos.tsv"):
        for form in forms:
            add("ORG", form, entry.code)
    return tuple(patterns)
