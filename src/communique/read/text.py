"""Plain-text articles (.txt and any other file that decodes as text)."""
from __future__ import annotations

from ..model import Article
from .article import build_article
from .encoding import decode


def read_text(data: bytes, *, where: str, doc_id: str, source_path: str | None = None,
              published: str | None = None) -> Article:
    """One article from the bytes of a text file; ``InputError`` when it cannot be read."""
    text, _encoding = decode(data, where)
    return build_article(text, doc_id=doc_id, where=where, source_path=source_path,
                         override_published=published)
