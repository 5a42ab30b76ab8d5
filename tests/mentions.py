"""Actor mentions of a parsed text, grouped by their surface text: the shared helper of the resolver tests."""
from __future__ import annotations

from communique.actors.resolve import ActorResolver
from communique.model import Article


def resolve(nlp, text, published="2005-06-10", **fields):
    """Resolve every actor mention of ``text`` as one article (``fields``: dateline, outlet ...);
    returns {mention text: [mentions in order]}."""
    doc = nlp(text)
    out: dict = {}
    article = Article(doc_id="t", body=text, published=published, **fields)
    for m in ActorResolver().mentions(doc, article):
        out.setdefault(m.text, []).append(m)
    return out
