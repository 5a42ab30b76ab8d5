"""The coding pipeline, stage by stage, in the order it runs.

    articles -> pre-filter -> annotate (spaCy) -> mentions/actors -> events (+ agreements, facts) -> results

The pre-filter (``communique.prefilter``) blanks paragraphs that cannot hold an event before the
parse, keeping every offset; ``prefilter=False`` parses everything.

Readers and the store stay outside: this module takes ``Article`` objects and returns
``ArticleResult`` objects. An ``ActorResolver`` lives across the articles of one run so a person
learned in one article ("Peruvian President Dina Boluarte") is known in the next ("Boluarte").
"""
from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator

from . import nlp as nlp_module
from .actors.resolve import ActorResolver
from .events.extract import extract_events
from .facts import extract_facts
from .model import Article, ArticleResult


def prefilter_text(body: str) -> str:
    """Stage 0: the body with paragraphs that cannot hold an event blanked (same length and offsets)."""
    from .prefilter import blank_unlikely_paragraphs

    return blank_unlikely_paragraphs(body)[0]


def code_article(article: Article, doc, resolver: ActorResolver, *, explain: bool = False) -> ArticleResult:
    """Code one parsed article: resolve its actor mentions, then its events."""
    mentions = resolver.mentions(doc, article)
    found = extract_events(doc, article, mentions, explain=explain)
    return ArticleResult(
        article=article,
        mentions=mentions,
        events=found.events,
        agreements=found.agreements,
        facts=found.facts + extract_facts(doc, article, mentions),
        sentences=[(s.start_char, s.end_char) for s in doc.sents],
        trace=found.trace,
    )


def code_articles(
    articles: Iterable[Article],
    *,
    resolver: ActorResolver | None = None,
    n_process: int = 1,
    batch_size: int = 16,
    explain: bool = False,
    prefilter: bool = True,
) -> Iterator[ArticleResult]:
    """Parse and code articles in order, batching the spaCy work.

    One ``nlp.pipe`` call streams over all the articles (worker processes start once, not once per
    chunk); ``tee`` keeps each article next to its doc while spaCy reads ahead.
    """
    resolver = resolver or ActorResolver()
    for_texts, for_results = itertools.tee(articles)
    texts = (prefilter_text(a.body) if prefilter else a.body for a in for_texts)
    docs = nlp_module.annotate(texts, n_process=n_process, batch_size=batch_size)
    for article, doc in zip(for_results, docs):
        yield code_article(article, doc, resolver, explain=explain)
