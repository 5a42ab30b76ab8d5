"""Resolve the actor mentions of a parsed article."""
from __future__ import annotations

from ..model import Article, Mention


class ActorResolver:
    """Finds and resolves actor mentions; remembers persons learned across articles."""

    def __init__(self, known=None):
        self.known = known

    def mentions(self, doc, article: Article) -> list[Mention]:
        return []
