"""Jobs that combine the stages with the adapters: read files, code them, store them.

The CLI and the notebook API call these; they hold no formatting and no argument parsing.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .model import Article, ArticleResult
from .pipeline import code_articles
from .read import DEFAULT_MAX_BYTES, ReadReport, read_paths

DEFAULT_DB = "communique.duckdb"


@dataclass
class IngestSummary:
    read: ReadReport
    stored: int = 0
    already: int = 0
    events: int = 0
    db: str = DEFAULT_DB
    failed: list[tuple[str, str]] = field(default_factory=list)


def extract_paths(
    paths: Iterable[str],
    *,
    report: ReadReport,
    max_bytes: int = DEFAULT_MAX_BYTES,
    published: str | None = None,
    n_process: int = 1,
    explain: bool = False,
    on_article: Callable[[ArticleResult], None] | None = None,
    actors_file: str | None = None,
) -> Iterator[ArticleResult]:
    """Stateless coding: read the paths and code every article, in order."""
    from .actors.resolve import ActorResolver

    articles = read_paths(paths, max_bytes=max_bytes, published=published, report=report)
    resolver = ActorResolver(user_file=actors_file) if actors_file else None
    for result in code_articles(articles, resolver=resolver, n_process=n_process, explain=explain):
        if on_article:
            on_article(result)
        yield result


def ingest_paths(
    paths: Iterable[str],
    *,
    db: str = DEFAULT_DB,
    report: ReadReport,
    max_bytes: int = DEFAULT_MAX_BYTES,
    published: str | None = None,
    n_process: int = 1,
    on_article: Callable[[ArticleResult], None] | None = None,
    actors_file: str | None = None,
) -> IngestSummary:
    """Code and store articles. Articles already stored (same content hash) are not parsed again;
    each article is committed on its own, so an interrupted run loses nothing already stored."""
    from .store import Store

    summary = IngestSummary(read=report, db=str(db))
    with Store.open(db) as store:
        def fresh(articles: Iterable[Article]) -> Iterator[Article]:
            for article in articles:
                if store.has_article(article.hash):
                    summary.already += 1
                    continue
                yield article

        articles = read_paths(paths, max_bytes=max_bytes, published=published, report=report)
        resolver = store.actor_resolver()
        if actors_file:
            resolver.add_user_file(actors_file)
        for result in code_articles(fresh(articles), resolver=resolver, n_process=n_process):
            store.add_result(result)
            summary.stored += 1
            summary.events += len(result.events)
            if on_article:
                on_article(result)
        store.finish_batch()
    return summary


def examples_dir() -> Path:
    """The bundled example articles (examples/ in a checkout, or inside the package)."""
    here = Path(__file__).resolve()
    for candidate in (here.parents[2] / "examples", here.parent / "examples"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the examples/ folder is missing from this installation")
