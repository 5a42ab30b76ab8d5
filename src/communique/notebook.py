"""The notebook API: read a communique database from Python, as lists of dicts or DataFrames.

    import communique
    db = communique.open("news.duckdb")
    db.events(pair=("VNM", "CHL"))          # list of event records (the JSONL contract)
    db.events_df(type="CONSULT")            # pandas DataFrame, one flat row per event
    db.relations("VNM", "CHL")              # what the news says about a country pair

DataFrames need pandas (``pip install 'communique[notebook]'``); everything else needs nothing
beyond communique. Each call opens the database read-only and closes it again, so a notebook
never holds a lock that would stop ``communique ingest`` from writing.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .errors import CommuniqueError, StoreError

PANDAS_HINT = "DataFrames need pandas: pip install 'communique[notebook]' (or pip install pandas)"


def _pandas():
    try:
        import pandas
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise CommuniqueError(PANDAS_HINT) from exc
    return pandas


class Notebook:
    """A read-only handle on a communique database, for notebooks and scripts."""

    def __init__(self, db: str | Path = "communique.duckdb"):
        self.db = str(db)
        if not Path(self.db).exists():
            raise StoreError(f"database {self.db} does not exist: build it with `communique ingest PATH --db {self.db}`")

    def __repr__(self) -> str:
        return f"communique.open({self.db!r})"

    @contextmanager
    def _store(self) -> Iterator[Any]:
        from .store import Store

        with Store.open(self.db, read_only=True) as store:
            yield store

    # ------------------------------------------------------------------ records

    def events(self, *, country: str | None = None, actor: str | None = None,
               pair: tuple[str, str] | list[str] | None = None, type: str | None = None,  # noqa: A002
               status: str | None = None, since: str | None = None, until: str | None = None,
               text: str | None = None, limit: int | None = None, offset: int = 0, sort: str = "date",
               as_frame: bool = False):
        """Stored events merged across sources; the filters of `communique events`."""
        with self._store() as store:
            records = store.events(country=country, actor=actor, pair=pair, type=type, status=status, since=since,
                                   until=until, text=text, limit=limit, offset=offset, sort=sort)
        return self._events_frame(records) if as_frame else records

    def event(self, event_id: str) -> dict[str, Any] | None:
        with self._store() as store:
            return store.event(event_id)

    def article(self, doc_id: str) -> dict[str, Any] | None:
        with self._store() as store:
            return store.article(doc_id)

    def articles(self, limit: int | None = None, offset: int = 0, as_frame: bool = False):
        with self._store() as store:
            records = store.articles(limit=limit, offset=offset)
        return self._frame(records) if as_frame else records

    def stories(self, as_frame: bool = False):
        with self._store() as store:
            records = store.stories()
        return self._frame(records) if as_frame else records

    def story(self, story_id: str) -> dict[str, Any] | None:
        with self._store() as store:
            return store.story(story_id)

    def agreements(self, as_frame: bool = False):
        with self._store() as store:
            records = store.agreements()
        return self._frame(records) if as_frame else records

    def actors(self, as_frame: bool = False):
        with self._store() as store:
            records = store.actors()
        return self._frame(records) if as_frame else records

    def actor(self, name: str) -> dict[str, Any] | None:
        with self._store() as store:
            return store.actor(name)

    def relations(self, a: str, b: str) -> dict[str, Any]:
        """Level, its history, relations since, agreements, timeline, memberships and facts, with sources."""
        with self._store() as store:
            return store.relations(a, b)

    def pairs(self, as_frame: bool = False):
        with self._store() as store:
            records = store.pairs()
        return self._frame(records) if as_frame else records

    def counts(self, by: tuple[str, ...] | list[str] = ("month", "type"), *, country: str | None = None,
               actor: str | None = None, pair: tuple[str, str] | list[str] | None = None,
               type: str | None = None, status: str | None = None, since: str | None = None,  # noqa: A002
               until: str | None = None, text: str | None = None, as_frame: bool = False):
        """Events counted in the database, grouped by ``by`` (any of month, year, day, type, mode, quad,
        status, cameo, source_country, target_country, story_id), with the filters of ``events``: one
        row per group with ``n``. Nothing but the counts leaves the database."""
        with self._store() as store:
            records = store.event_counts(by=tuple(by), country=country, actor=actor, pair=pair, type=type,
                                         status=status, since=since, until=until, text=text)
        return self._frame(records) if as_frame else records

    def places(self, as_frame: bool = False, **filters):
        """Event places with coordinates and their counts (as the web map), filters of ``events``."""
        with self._store() as store:
            records = store.place_counts(**filters)
        return self._frame(records) if as_frame else records

    # ------------------------------------------------------------------ DataFrames

    def events_df(self, **filters):
        """Events as a pandas DataFrame: the flat columns of `communique export --format csv`."""
        return self.events(**filters, as_frame=True)

    def articles_df(self, limit: int | None = None, offset: int = 0):
        return self.articles(limit=limit, offset=offset, as_frame=True)

    def stories_df(self):
        return self.stories(as_frame=True)

    def agreements_df(self):
        return self.agreements(as_frame=True)

    def actors_df(self):
        return self.actors(as_frame=True)

    def pairs_df(self):
        return self.pairs(as_frame=True)

    @staticmethod
    def _events_frame(records: list[dict[str, Any]]):
        from .export import arrow_table, flat_rows

        _pandas()
        frame = arrow_table(flat_rows(records)).to_pandas()
        if "date" in frame:
            # keep the text date (precision varies) and add a parsed day for plotting and resampling
            frame["day"] = _pandas().to_datetime(frame["date"], errors="coerce", format="mixed")
        return frame

    @staticmethod
    def _frame(records: list[dict[str, Any]]):
        return _pandas().DataFrame.from_records(records)
