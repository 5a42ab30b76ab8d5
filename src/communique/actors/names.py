"""Personal names: naming conventions and the short forms a story uses after the first mention.

Conventions per country come from ``data/naming.tsv``. A name written with Vietnamese letters
(ư, ơ, đ, tone marks below or hooks) follows the Vietnamese convention whatever the country.
"""
from __future__ import annotations

import functools
import re
import unicodedata

from ..errors import DataFileError
from .gazetteer import DATA_DIR, _rows, fold

CONVENTIONS = ("given_last", "family_first", "either_order", "double_surname", "vn_family_names")
PARTICLES = frozenset({"al", "el", "bin", "ibn", "bint", "abu", "de", "da", "do", "dos", "das", "del", "della",
                       "di", "van", "von", "der", "den", "la", "le", "ben", "y", "e", "ul", "ud"})
ARABIC_LINKS = frozenset({"bin", "ibn", "bint", "al", "el", "abu"})
# Marks specific to Vietnamese: dot below, hook above, horn, breve, đ, and a circumflex carrying a
# tone mark (ầ, ố, ễ...).
_VIETNAMESE = re.compile("[\u0323\u0309\u031b\u0111\u0110]|\u0302[\u0300\u0301\u0303]|a\u0306")


@functools.lru_cache(maxsize=1)
def _naming() -> tuple[dict[str, str], frozenset[str]]:
    path = DATA_DIR / "naming.tsv"
    out: dict[str, str] = {}
    surnames: frozenset[str] = frozenset()
    for number, (convention, countries) in _rows(path, 2, 2):
        if convention not in CONVENTIONS:
            raise DataFileError(f"{path}:{number}: convention '{convention}' must be one of {CONVENTIONS}")
        if convention == "vn_family_names":
            surnames = frozenset(fold(s) for s in countries.split("|") if s.strip())
            continue
        for iso3 in countries.split("|"):
            if not re.match(r"^[A-Z]{3}$", iso3.strip()):
                raise DataFileError(f"{path}:{number}: '{iso3}' is not an ISO 3166 alpha-3 code")
            out[iso3.strip()] = convention
    return out, surnames


def conventions() -> dict[str, str]:
    return _naming()[0]


def looks_vietnamese(name: str) -> bool:
    """True for a name with letters only Vietnamese uses, or of 2-4 short words starting with a
    common Vietnamese family name ("To Lam", "Nguyen Tan Dung")."""
    if _VIETNAMESE.search(unicodedata.normalize("NFD", name)):
        return True
    words = fold(name).split()
    return 2 <= len(words) <= 4 and words[0] in _naming()[1] and all(len(w) <= 6 and w.isalpha() for w in words)


def convention_of(name: str, country: str | None) -> str:
    if looks_vietnamese(name):
        return "given_last"
    return conventions().get(country or "", "western")


def name_words(name: str) -> list[str]:
    """Folded words of a name, hyphenated parts kept together ("Ben-Elissar" -> "ben-elissar")."""
    joined = re.sub(r"\b(al|el)- ", r"\1-", fold(name).replace(" - ", "-"))     # "al- Samani" as "al-Samani"
    return [w for w in re.split(r"\s+", joined) if w]


def short_forms(name: str, country: str | None) -> set[str]:
    """Folded forms (words joined by one space) by which the person may be named again."""
    words = name_words(name)
    forms = {" ".join(words)}
    if len(words) < 2:
        return forms
    convention = convention_of(name, country)
    core = [w for w in words if w.rstrip(".") not in PARTICLES and not (len(w) <= 2 and w.endswith("."))]
    if convention in ("given_last", "western", "either_order"):
        first = len(words) - 1
        while first > 1 and words[first - 1] in PARTICLES:
            first -= 1
        if first < len(words) - 1:
            forms.add(" ".join(words[first:]))     # "Aart de Zeeuw" -> "De Zeeuw", "Jan van der Berg" -> "Van der Berg"
    if convention == "given_last":
        forms.add(words[-1])
    elif convention == "family_first":
        forms.add(words[0])
        if len(words) == 2 and "-" not in words[1]:
            forms.add(words[1])     # a Western given name first, as in Hong Kong: "Martin Lee" -> "Lee"
    elif convention == "either_order":
        forms.add(words[-1])
        if len(words) == 2:
            forms.add(words[0])     # "Sato Hiroshi" (family name first, as some wires write it) -> "Sato"
    elif convention == "double_surname" and len(core) >= 3:
        forms.update({" ".join(words[1:]), core[-2], " ".join(words[:2]), core[-1]})
    else:
        forms.add(core[-1] if core else words[-1])
        if any(w.rstrip("-") in ARABIC_LINKS or w.startswith(("al-", "el-")) for w in words[1:]):
            forms.add(words[0])     # "Bandar bin Sultan", "Turki al-Faisal" -> "Bandar", "Turki"
        # "Hafez al-Assad" -> "al-Assad" and "Assad"
        if "-" in words[-1]:
            forms.add(words[-1].split("-")[-1])
    return {f for f in forms if len(f) >= 2}


def one_edit_apart(a: str, b: str) -> bool:
    """Do two different words differ by one inserted, dropped or changed letter inside them
    ("schultz"/"shultz")? Not at either end: "Petrova" is another person than "Petrov"."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    short, long_ = sorted((a, b), key=len)
    i = next((k for k, (x, y) in enumerate(zip(short, long_)) if x != y), len(short))
    if i == 0 or i >= len(short) - 1:
        return False
    return short[i + 1:] == long_[i + 1:] if len(a) == len(b) else short[i:] == long_[i + 1:]
