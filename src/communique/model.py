"""Plain data objects that flow through the pipeline.

Nothing here reads files, opens sockets or touches a database. Each record knows how to turn
itself into the JSON shape of the contract in DESIGN.md (``to_dict``) and back (``from_dict``).
Character offsets always point into ``Article.body``.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, fields
from dataclasses import field as dc_field
from typing import Any

# Factuality values an event may carry (DESIGN.md).
STATUSES = ("occurred", "planned", "negated", "hypothetical", "historical")
# Kinds of actor (issue 3).
ACTOR_KINDS = ("state", "igo", "person", "org", "group")
# Date precisions.
PRECISIONS = ("day", "month", "year")


def content_hash(text: str) -> str:
    """Stable hash of an article's text, used to store the same article once."""
    normalised = " ".join(text.split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:32]


def _drop_private(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if not k.startswith("_")}


@dataclass
class Article:
    """One news article as read and cleaned."""

    doc_id: str
    body: str
    title: str | None = None
    published: str | None = None          # YYYY-MM-DD
    published_inferred: bool = False      # True when the date was inferred, not stated
    outlet: str | None = None
    byline: str | None = None
    dateline: str | None = None           # place named in the dateline ("Santiago de Chile")
    language: str | None = None
    url: str | None = None
    captions: list[str] = dc_field(default_factory=list)
    caption_spans: list[tuple[int, int]] = dc_field(default_factory=list)  # offsets in body
    source_path: str | None = None
    hash: str = ""

    def __post_init__(self) -> None:
        if not self.hash:
            self.hash = content_hash(self.body)

    def to_dict(self) -> dict[str, Any]:
        """The `communique read --format jsonl` record."""
        return {
            "doc_id": self.doc_id,
            "title": self.title,
            "published": self.published,
            "published_inferred": self.published_inferred,
            "outlet": self.outlet,
            "byline": self.byline,
            "dateline": self.dateline,
            "language": self.language,
            "url": self.url,
            "body": self.body,
            "captions": list(self.captions),
            "caption_spans": [list(s) for s in self.caption_spans],
            "hash": self.hash,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        known = {f.name for f in fields(cls)}
        kwargs = {k: v for k, v in d.items() if k in known}
        kwargs["caption_spans"] = [tuple(s) for s in d.get("caption_spans") or []]
        return cls(**kwargs)


@dataclass
class Actor:
    """Who acts: a state, an international organisation, a person acting for one, ..."""

    name: str
    kind: str                              # one of ACTOR_KINDS
    country: str | None = None             # ISO 3166-1 alpha-3
    sector: str | None = None              # PLOVER/CAMEO sector code: GOV, MIL, LEG, ...
    title: str | None = None
    igo: str | None = None                 # code of the organisation when kind == "igo"
    historical: bool = False               # named in a historical role (not a current actor)
    title_date: str | None = None          # date the text ties the title to, when it does

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "sector": self.sector,
            "title": self.title,
            "igo": self.igo,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Actor | None:
        if not d:
            return None
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in known})

    @property
    def key(self) -> str:
        """Identity used to compare actors: the igo code, the person, or the country."""
        if self.kind == "igo" and self.igo:
            return f"igo:{self.igo}"
        if self.kind == "person":
            return f"person:{self.name}"
        return f"{self.kind}:{self.country or self.name}"


@dataclass
class Mention:
    """A stretch of an article's text that names an actor."""

    doc_id: str
    text: str
    start: int                              # char offset in body
    end: int
    actor: Actor
    sentence_index: int = 0
    how: str = ""                           # gazetteer, apposition, title, coref.host, ...
    members: list[Actor] = dc_field(default_factory=list)  # for groups: "the two leaders"

    def to_dict(self) -> dict[str, Any]:
        """The `communique extract --what mentions` record."""
        d = {
            "doc_id": self.doc_id,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "actor": self.actor.to_dict(),
            "sentence_index": self.sentence_index,
            "how": self.how,
        }
        if self.members:
            d["members"] = [m.to_dict() for m in self.members]
        return d


@dataclass
class Location:
    name: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str | None = None            # venue, city, region, country
    how: str | None = None                  # sentence, dateline, context

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "precision": self.precision,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Location | None:
        if not d:
            return None
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in known})


@dataclass
class Participant:
    role: str                               # host, guest, signatory, witness, chair, party
    actor: Actor
    span: tuple[int, int] | None = None

    def to_dict(self) -> dict[str, Any]:
        d = {"role": self.role, **self.actor.to_dict()}
        d["span"] = list(self.span) if self.span else None
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Participant:
        actor = Actor.from_dict({k: v for k, v in d.items() if k not in ("role", "span")})
        assert actor is not None
        span = tuple(d["span"]) if d.get("span") else None
        return cls(role=d["role"], actor=actor, span=span)  # type: ignore[arg-type]


@dataclass
class Event:
    """One coded event with its evidence (DESIGN.md, contract: event record)."""

    doc_id: str
    type: str                               # PLOVER type
    mode: str | None
    context: list[str]
    cameo: str
    goldstein: float | None
    quad: int | None
    source: Actor | None
    target: Actor | None
    sentence: str
    sentence_index: int
    spans: dict[str, list[int] | None]      # trigger, source, target: [start, end] in body
    rule: str
    confidence: float
    participants: list[Participant] = dc_field(default_factory=list)
    date: str | None = None
    date_precision: str | None = None
    date_text: str | None = None
    date_how: str | None = None             # sentence, context, published (fallback)
    status: str = "occurred"
    status_cue: str | None = None
    location: Location | None = None
    instrument: dict[str, Any] | None = None
    story_id: str | None = None
    sources: list[str] = dc_field(default_factory=list)
    event_id: str = ""

    def __post_init__(self) -> None:
        if not self.sources:
            self.sources = [self.doc_id]
        if not self.event_id:
            self.event_id = self.make_id()

    def make_id(self) -> str:
        trig = self.spans.get("trigger") or [0, 0]
        key = f"{self.doc_id}|{self.sentence_index}|{trig[0]}|{trig[1]}|{self.type}|{self.cameo}|" \
              f"{self.source.key if self.source else ''}|{self.target.key if self.target else ''}"
        return "ev_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "doc_id": self.doc_id,
            "type": self.type,
            "mode": self.mode,
            "context": list(self.context),
            "cameo": self.cameo,
            "goldstein": self.goldstein,
            "quad": self.quad,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "participants": [p.to_dict() for p in self.participants],
            "date": self.date,
            "date_precision": self.date_precision,
            "date_text": self.date_text,
            "date_how": self.date_how,
            "status": self.status,
            "status_cue": self.status_cue,
            "location": self.location.to_dict() if self.location else None,
            "sentence": self.sentence,
            "sentence_index": self.sentence_index,
            "spans": {k: (list(v) if v else None) for k, v in self.spans.items()},
            "rule": self.rule,
            "confidence": self.confidence,
            "instrument": self.instrument,
            "story_id": self.story_id,
            "sources": list(self.sources),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        return cls(
            doc_id=d["doc_id"],
            type=d["type"],
            mode=d.get("mode"),
            context=list(d.get("context") or []),
            cameo=d.get("cameo") or "",
            goldstein=d.get("goldstein"),
            quad=d.get("quad"),
            source=Actor.from_dict(d.get("source")),
            target=Actor.from_dict(d.get("target")),
            sentence=d.get("sentence") or "",
            sentence_index=d.get("sentence_index") or 0,
            spans=dict(d.get("spans") or {}),
            rule=d.get("rule") or "",
            confidence=d.get("confidence") or 0.0,
            participants=[Participant.from_dict(p) for p in d.get("participants") or []],
            date=d.get("date"),
            date_precision=d.get("date_precision"),
            date_text=d.get("date_text"),
            date_how=d.get("date_how"),
            status=d.get("status") or "occurred",
            status_cue=d.get("status_cue"),
            location=Location.from_dict(d.get("location")),
            instrument=d.get("instrument"),
            story_id=d.get("story_id"),
            sources=list(d.get("sources") or []),
            event_id=d.get("event_id") or "",
        )


@dataclass
class Agreement:
    """An instrument signed or announced: treaty, agreement, MoU, joint statement, ..."""

    doc_id: str
    instrument_type: str                    # treaty, agreement, mou, joint_statement, declaration, plan, documents
    title: str | None = None
    field: str | None = None                # defence, agriculture, trade, ...
    parties: list[Actor] = dc_field(default_factory=list)
    signatories: list[Actor] = dc_field(default_factory=list)
    date: str | None = None
    date_precision: str | None = None
    location: Location | None = None
    status: str = "signed"                  # announced, signed, ratified, in_force
    event_id: str | None = None
    sentence_index: int | None = None
    span: tuple[int, int] | None = None
    agreement_id: str = ""

    def __post_init__(self) -> None:
        if not self.agreement_id:
            key = f"{self.doc_id}|{self.instrument_type}|{self.title}|{self.field}|{self.span}"
            self.agreement_id = "ag_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        return {
            "agreement_id": self.agreement_id,
            "doc_id": self.doc_id,
            "instrument_type": self.instrument_type,
            "title": self.title,
            "field": self.field,
            "parties": [a.to_dict() for a in self.parties],
            "signatories": [a.to_dict() for a in self.signatories],
            "date": self.date,
            "date_precision": self.date_precision,
            "location": self.location.to_dict() if self.location else None,
            "status": self.status,
            "event_id": self.event_id,
            "sentence_index": self.sentence_index,
            "span": list(self.span) if self.span else None,
        }


@dataclass
class Fact:
    """Something the news states about a country pair (relationship level, relations since, ...)."""

    doc_id: str
    dyad: tuple[str, str]                   # sorted pair of ISO3 codes
    kind: str                               # level, relations_since, membership, trade, statement
    value: str
    date: str | None = None
    sentence_index: int | None = None
    span: tuple[int, int] | None = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["dyad"] = list(self.dyad)
        d["span"] = list(self.span) if self.span else None
        return d


@dataclass
class ArticleResult:
    """Everything coded from one article."""

    article: Article
    mentions: list[Mention] = dc_field(default_factory=list)
    events: list[Event] = dc_field(default_factory=list)
    agreements: list[Agreement] = dc_field(default_factory=list)
    facts: list[Fact] = dc_field(default_factory=list)
    sentences: list[tuple[int, int]] = dc_field(default_factory=list)  # sentence offsets in body
    trace: list[dict[str, Any]] = dc_field(default_factory=list)       # for --explain
