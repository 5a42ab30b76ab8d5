"""Code a sentence written for a test, with actor mentions built by hand (no actor resolver)."""
from __future__ import annotations

import re

from communique.events.extract import extract_events
from communique.model import Actor, Article, Mention
from communique.nlp import normalise_quotes


def state(iso3: str, name: str | None = None) -> Actor:
    return Actor(name=name or iso3, kind="state", country=iso3)


def person(name: str, iso3: str, title: str = "President", historical: bool = False) -> Actor:
    return Actor(name=name, kind="person", country=iso3, sector="GOV", title=title, historical=historical)


def igo(code: str) -> Actor:
    return Actor(name=code, kind="igo", igo=code)


def mentions_for(text: str, actors: dict, doc_id: str = "t") -> list[Mention]:
    """``actors`` maps a surface string to an Actor, or to a list of Actors for a group ("the two leaders")."""
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for surface in sorted(actors, key=len, reverse=True):
        for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text):
            s, e = m.span()
            if any(s < te and e > ts for ts, te in taken):
                continue
            taken.append((s, e))
            value = actors[surface]
            if isinstance(value, list):
                out.append(Mention(doc_id, surface, s, e, Actor(surface, kind="group"), members=list(value)))
            else:
                out.append(Mention(doc_id, surface, s, e, value))
    return out


def code(nlp, text: str, actors: dict, published: str | None = "2024-06-14", dateline: str | None = None,
         explain: bool = False):
    article = Article(doc_id="t", body=text, published=published, dateline=dateline)
    doc = nlp(normalise_quotes(text))
    return extract_events(doc, article, mentions_for(text, actors), explain=explain)


def brief(found) -> list[tuple]:
    """(type, cameo, source country, target country, status) per event."""
    def side(a):
        return None if a is None else (a.igo if a.kind == "igo" else a.country)
    return [(e.type, e.cameo, side(e.source), side(e.target), e.status) for e in found.events]
