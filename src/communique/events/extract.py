"""Extract events from a parsed article and its resolved mentions."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import Agreement, Article, Event, Fact, Mention


@dataclass
class Extraction:
    events: list[Event] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    trace: list[dict[str, Any]] = field(default_factory=list)


def extract_events(doc, article: Article, mentions: list[Mention], *, explain: bool = False) -> Extraction:
    return Extraction()
