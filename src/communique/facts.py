"""Facts the news states about a country pair: relationship level, relations since, memberships."""
from __future__ import annotations

from .model import Article, Fact, Mention


def extract_facts(doc, article: Article, mentions: list[Mention]) -> list[Fact]:
    return []
