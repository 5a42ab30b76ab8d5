"""DuckDB implementation of the store.

Each article is written in one transaction (article, sentences, mentions, actors, events, merged
events, agreements, facts, story), so an interrupted batch keeps every article already committed
and a re-run stores the rest. An article already stored (same content hash) is skipped.
"""
from __future__ import annotations

import collections
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime, timedelta, timezone
from typing import Any

import duckdb

from .. import stories as st
from ..errors import StoreError
from ..model import ArticleResult
from .schema import LATEST, MIGRATIONS

_CANDIDATE_LIMIT = 400      # earlier articles compared with a new one (inside the time window)
_DF_FLUSH_EVERY = 500       # articles between two writes of the term frequencies
_UNDATED_RECENT = 200       # an undated article is compared with this many latest articles


def _j(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _unj(text: str | None, default: Any = None) -> Any:
    return json.loads(text) if text else default


def _shift(day: str, days: int) -> str:
    d = st.parse_day(day)
    return (d + timedelta(days=days)).isoformat() if d else day



def _paged(sql: str, params: list[Any], limit: int | None, offset: int | None) -> tuple[str, list[Any]]:
    """Add LIMIT/OFFSET placeholders (and their values) to a query."""
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    if offset:
        sql += " OFFSET ?"
        params.append(int(offset))
    return sql, params

class Store:
    """A communique database. Open with ``Store.open(path, read_only=...)``."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str, read_only: bool, clustering: bool = True):
        self.con = con
        self.path = path
        self.read_only = read_only
        self.clustering = clustering
        self._resolver = None
        self._cache: _WriterCache | None = None

    # ------------------------------------------------------------------ opening

    @classmethod
    def open(cls, path: str | os.PathLike = "communique.duckdb", read_only: bool = False, *,
             clustering: bool = True) -> Store:
        """``clustering=False`` stores each article as its own story and each event as its own merged
        event: no clustering, no merging. For measuring what those cost (bench/ingest_overhead.py);
        later articles cannot join the stories of articles stored that way."""
        path = str(path)
        if read_only and path != ":memory:" and not os.path.exists(path):
            raise StoreError(f"no database at {path}; create it first with "
                             f"`communique ingest PATH... --db {path}`")
        try:
            con = duckdb.connect(path, read_only=read_only)
        except duckdb.IOException as exc:
            if "lock" in str(exc).lower():
                raise StoreError(f"{path} is in use by another process (an ingest still running?); "
                                 "try again when it has finished") from exc
            raise StoreError(f"cannot open the database {path}: {exc}") from exc
        except duckdb.Error as exc:
            raise StoreError(f"{path} is not a database communique can open: {exc}") from exc
        if not read_only:  # many tiny statements: one thread each is faster than fanning out
            con.execute("SET threads = 1")
        store = cls(con, path, read_only, clustering)
        try:
            if read_only:
                store._check_version()
            else:
                store.migrate()
        except BaseException:
            con.close()
            raise
        return store

    def close(self) -> None:
        try:
            if not self.read_only and self._cache is not None:
                self._flush_df()
        finally:
            self.con.close()

    def _flush_df(self) -> None:
        """Write the document frequencies counted since the last flush (one transaction).

        Until then they live in memory; after a crash the next writer recounts them from the
        features of the articles stored after ``df_seq``, so nothing is lost or counted twice."""
        cache = self._cache
        if cache is None or not cache.pending_df and cache.df_seq == cache.seq:
            return
        terms = list(cache.pending_df)
        self.con.execute("BEGIN TRANSACTION")
        try:
            if terms:
                self.con.execute("INSERT INTO term_df SELECT t, n FROM (SELECT unnest(?) AS t, unnest(?) AS n) "
                                 "ON CONFLICT (term) DO UPDATE SET df = term_df.df + excluded.df",
                                 [terms, [cache.pending_df[t] for t in terms]])
            self.con.execute("UPDATE store_meta SET value = ? WHERE key = 'df_seq'", [str(cache.seq)])
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            self._cache = None
            raise
        cache.pending_df.clear()
        cache.df_seq = cache.seq

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def version(self) -> int:
        has = self.con.execute("SELECT count(*) FROM information_schema.tables "
                               "WHERE table_name = 'schema_version'").fetchone()[0]
        if not has:
            return 0
        return self.con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]

    def _check_version(self) -> None:
        version = self.version()
        if version == 0:
            raise StoreError(f"{self.path} is not a communique database (no schema_version table)")
        if version > LATEST:
            raise StoreError(f"{self.path} has schema version {version}, newer than this communique "
                             f"({LATEST}); upgrade communique")
        if version < LATEST:
            raise StoreError(f"{self.path} has schema version {version}; open it once for writing "
                             f"(e.g. `communique ingest` with no new files) to upgrade it to {LATEST}")

    def migrate(self, upto: int | None = None) -> int:
        """Apply the missing migration steps in order, each in its own transaction."""
        upto = LATEST if upto is None else upto
        self.con.execute("CREATE TABLE IF NOT EXISTS schema_version "
                         "(version INTEGER PRIMARY KEY, description VARCHAR, applied_at TIMESTAMP)")
        current = self.version()
        if current > LATEST:
            raise StoreError(f"{self.path} has schema version {current}, newer than this communique ({LATEST})")
        for number, description, sql in MIGRATIONS:
            if number <= current or number > upto:
                continue
            try:
                self.con.execute("BEGIN TRANSACTION")
                for statement in (s.strip() for s in sql.split(";")):
                    if statement:
                        self.con.execute(statement)
                self.con.execute("INSERT INTO schema_version VALUES (?, ?, ?)",
                                 [number, description, datetime.now(timezone.utc).replace(tzinfo=None)])
                self.con.execute("COMMIT")
            except duckdb.Error as exc:
                self.con.execute("ROLLBACK")
                raise StoreError(f"{self.path}: migration {number} ({description}) failed: {exc}") from exc
        return self.version()

    # ------------------------------------------------------------------ writing

    def has_article(self, content_hash: str) -> bool:
        return self.con.execute("SELECT 1 FROM articles WHERE hash = ?", [content_hash]).fetchone() is not None

    def actor_resolver(self):
        """An ``ActorResolver`` that already knows the persons stored in earlier runs."""
        from ..actors.resolve import ActorResolver

        known = [
            {"name": r[0], "kind": r[1], "country": r[2], "sector": r[3], "title": r[4],
             "aliases": _unj(r[5], []), "how": r[6], "first_seen": r[7], "last_seen": r[8]}
            for r in self.con.execute("SELECT name, kind, country, sector, title, aliases, learned, first_seen, "
                                      "last_seen FROM actors WHERE kind = 'person' ORDER BY name").fetchall()
        ]
        self._resolver = ActorResolver(known=known)
        return self._resolver

    def finish_batch(self) -> None:
        """Make the file compact and durable at the end of a batch."""
        if not self.read_only:
            self._flush_df()
            self.con.execute("CHECKPOINT")

    def add_result(self, result: ArticleResult) -> bool:
        """Store one coded article in one transaction; False when it was already stored."""
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only")
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            if self.has_article(result.article.hash):
                con.execute("ROLLBACK")
                return False
            self._write(result)
            con.execute("COMMIT")
            if self._cache is not None and self._cache.seq - self._cache.df_seq >= _DF_FLUSH_EVERY:
                self._flush_df()
        except BaseException as exc:
            con.execute("ROLLBACK")
            self._cache = None  # it may hold what was rolled back
            if isinstance(exc, duckdb.Error):
                raise StoreError(f"{self.path}: could not store article {result.article.doc_id}: {exc}") from exc
            raise
        return True

    def _insert(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """Many rows in few statements (one per 300 rows): statements, not rows, cost time in DuckDB."""
        if not rows:
            return
        one = "(" + ", ".join("?" for _ in columns) + ")"
        for i in range(0, len(rows), 300):
            chunk = rows[i:i + 300]
            sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES " + ", ".join(one for _ in chunk)
            self.con.execute(sql, [v for row in chunk for v in row])

    @property
    def _writer(self) -> _WriterCache:
        if self._cache is None:
            self._cache = _WriterCache.load(self.con)
        return self._cache

    def _write(self, result: ArticleResult) -> None:
        art = result.article
        cache = self._writer
        if art.doc_id in cache.doc_ids or self.con.execute(
                "SELECT 1 FROM articles WHERE doc_id = ?", [art.doc_id]).fetchone() is not None:
            _rename_doc(result, f"{art.doc_id}~{art.hash[:8]}")  # same file name, other text: keep both
        cache.doc_ids.add(art.doc_id)
        doc_id = art.doc_id
        cache.seq += 1
        seq = cache.seq
        now = datetime.now(timezone.utc).replace(tzinfo=None)
        self._insert("articles", ["doc_id", "hash", "seq", "title", "published", "published_inferred", "outlet",
                                  "byline", "dateline", "language", "url", "body", "captions", "source_path",
                                  "ingested_at"],
                     [[doc_id, art.hash, seq, art.title, art.published, art.published_inferred, art.outlet,
                       art.byline, art.dateline, art.language, art.url, art.body, _j(list(art.captions)),
                       art.source_path, now]])
        self._insert("sentences", ["doc_id", "sentence_index", "start_char", "end_char"],
                     [[doc_id, i, s, e] for i, (s, e) in enumerate(result.sentences)])
        self._insert("mentions", ["doc_id", "mention_index", "text", "start_char", "end_char", "sentence_index",
                                  "how", "actor_name", "actor_kind", "country", "actor", "members"],
                     [[doc_id, i, m.text, m.start, m.end, m.sentence_index, m.how, m.actor.name, m.actor.kind,
                       m.actor.country, _j(m.actor.to_dict()), _j([a.to_dict() for a in m.members])]
                      for i, m in enumerate(result.mentions)])
        self._insert("facts", ["doc_id", "fact_index", "dyad_a", "dyad_b", "kind", "value", "date",
                               "sentence_index", "span_start", "span_end"],
                     [[doc_id, i, f.dyad[0], f.dyad[1], f.kind, f.value, f.date, f.sentence_index,
                       f.span[0] if f.span else None, f.span[1] if f.span else None]
                      for i, f in enumerate(result.facts)])
        self._write_actors(result)
        self._current = art
        story_id = self._assign_story(result, seq)[0] if self.clustering else self._own_story(result)
        for ev in result.events:
            ev.story_id = story_id
        self._merge_events(result, story_id, seq)
        self._merge_agreements(result, story_id, seq)

    # ------------------------------------------------------------------ actors

    def _write_actors(self, result: ArticleResult) -> None:
        art = result.article
        seen = art.published
        persons: dict[str, dict[str, Any]] = {}
        for m in result.mentions:
            a = m.actor
            if a.kind != "person" or not a.name:
                continue
            p = persons.setdefault(st.fold(a.name), {
                "name": a.name, "country": a.country, "sector": a.sector, "title": a.title, "aliases": [],
                "how": m.how, "n": 0, "titles": set()})
            p["n"] += 1
            p["country"] = p["country"] or a.country
            p["sector"] = p["sector"] or a.sector
            p["title"] = p["title"] or a.title
            if a.title and not a.historical:
                p["titles"].add(a.title)
            for form in (m.text, a.name):
                if _is_name(form) and form not in p["aliases"]:
                    p["aliases"].append(form)
        if not persons:
            return
        learned: dict[str, dict] = {}
        if self._resolver is not None and hasattr(self._resolver, "known_persons"):
            try:
                learned = {st.fold(d["name"]): d for d in self._resolver.known_persons() if d.get("name")}
            except Exception:  # the resolver's memory is a bonus; the mentions are the record
                learned = {}
        names = self._writer.actor_names
        known = [names[k] for k in persons if k in names]
        stored = {r[0]: r for r in self.con.execute(
            "SELECT name, aliases, first_seen, last_seen, title, n_mentions FROM actors "
            "WHERE name IN (SELECT unnest(?))", [known]).fetchall()} if known else {}
        new_rows, titles = [], []
        for key, p in persons.items():
            extra = learned.get(key, {})
            aliases = _dedupe_folded(p["aliases"] + [x for x in extra.get("aliases") or [] if _is_name(x)])
            # the spelling with diacritics, when one is known ("Lương Cường" over "Luong Cuong")
            best = max([extra.get("name") or p["name"]] + [x for x in aliases if st.fold(x) == key],
                       key=lambda x: sum(not c.isascii() for c in x))
            how = extra.get("how") or p["how"]
            row = stored.get(names.get(key, ""))
            if row is None:
                new_rows.append([best, "person", p["country"], p["sector"], p["title"],
                                 _j([x for x in aliases if x != best]), how, seen, seen, p["n"]])
                names[key] = best
            else:
                old_name, old_aliases = row[0], _unj(row[1], [])
                merged = [x for x in _dedupe_folded(old_aliases + aliases) if x != best]
                if old_name != best and old_name not in merged:
                    merged.insert(0, old_name)
                first = min(x for x in (row[2], seen) if x) if (row[2] or seen) else None
                last = max(x for x in (row[3], seen) if x) if (row[3] or seen) else None
                newer = bool(seen and (not row[3] or seen >= row[3]))
                title = p["title"] if newer and p["title"] else row[4]
                self.con.execute("UPDATE actors SET name = ?, aliases = ?, first_seen = ?, last_seen = ?, title = ?, "
                                 "n_mentions = ?, country = coalesce(country, ?), sector = coalesce(sector, ?) "
                                 "WHERE name = ?",
                                 [best, _j(merged), first, last, title, (row[5] or 0) + p["n"], p["country"],
                                  p["sector"], old_name])
                if old_name != best:
                    self.con.execute("UPDATE actor_titles SET name = ? WHERE name = ?", [best, old_name])
                    names[key] = best
            titles += [[best, t, art.doc_id, seen] for t in sorted(p["titles"])]
        self._insert("actors", ["name", "kind", "country", "sector", "title", "aliases", "learned",
                                "first_seen", "last_seen", "n_mentions"], new_rows)
        self._insert("actor_titles", ["name", "title", "doc_id", "date"], titles)

    # ------------------------------------------------------------------ stories

    def _candidates(self, published: str | None) -> list[tuple[str, st.ArticleFeatures]]:
        cache = self._writer
        rows = cache.nearby(published)
        feats = cache.features
        missing = [d for _, d, _ in rows if d not in feats]
        if missing:
            for doc_id, features, seq in self.con.execute(
                    "SELECT doc_id, features, seq FROM article_features WHERE doc_id IN (SELECT unnest(?))",
                    [missing]).fetchall():
                feat = st.ArticleFeatures.from_row(_unj(features))
                feat.seq = seq
                cache.remember(feat)
        return [(story_id, feats[d]) for _, d, story_id in rows if d in feats]

    def _own_story(self, result: ArticleResult) -> str:
        """A story of its own for an article (``clustering=False``): nothing compared, nothing kept."""
        art = result.article
        story_id = "st_" + art.hash[:12]
        self._writer.new_stories.add(story_id)
        self._insert("stories", ["story_id", "title", "first_date", "last_date", "n_articles"],
                     [[story_id, art.title, art.published, art.published, 1]])
        self._insert("story_articles", ["story_id", "doc_id", "duplicate_of", "similar_to", "score"],
                     [[story_id, art.doc_id, None, None, 0.0]])
        return story_id

    def _assign_story(self, result: ArticleResult, seq: int) -> tuple[str, str | None]:
        con = self.con
        cache = self._writer
        art = result.article
        feat = st.features(result)
        feat.doc_id, feat.seq = art.doc_id, seq
        candidates = self._candidates(art.published)
        df = cache.df
        for t in feat.terms:
            df[t] = df.get(t, 0) + 1
        cache.n_docs += 1
        choice = st.choose_story(feat, candidates, st.Idf(df, cache.n_docs))
        cache.pending_df.update(feat.terms.keys())
        self._insert("article_features", ["doc_id", "published", "seq", "features"],
                     [[art.doc_id, art.published, seq, _j(feat.to_row())]])
        cache.remember(feat)
        story_id = choice.story_id
        if story_id is None:
            story_id = "st_" + art.hash[:12]
            cache.new_stories.add(story_id)
            self._insert("stories", ["story_id", "title", "first_date", "last_date", "n_articles"],
                         [[story_id, art.title, art.published, art.published, 1]])
        else:
            con.execute("UPDATE stories SET n_articles = n_articles + 1, title = coalesce(title, ?), "
                        "first_date = CASE WHEN first_date IS NULL OR ? < first_date THEN ? ELSE first_date END, "
                        "last_date = CASE WHEN last_date IS NULL OR ? > last_date THEN ? ELSE last_date END "
                        "WHERE story_id = ?",
                        [art.title, art.published, art.published, art.published, art.published, story_id])
        duplicate_of = choice.duplicate_of
        if duplicate_of:  # a copy of a copy counts with the original
            root = con.execute("SELECT duplicate_of FROM story_articles WHERE doc_id = ?", [duplicate_of]).fetchone()
            if root and root[0]:
                duplicate_of = root[0]
        self._insert("story_articles", ["story_id", "doc_id", "duplicate_of", "similar_to", "score"],
                     [[story_id, art.doc_id, duplicate_of, choice.similar_to, round(choice.score, 4)]])
        cache.index(seq, art.doc_id, story_id, art.published)
        return story_id, duplicate_of

    # ------------------------------------------------------------------ merging

    def _article_meta(self, doc_ids: Iterable[str]) -> tuple[dict[str, dict], dict[str, str | None]]:
        ids = list(dict.fromkeys(doc_ids))
        if not ids:
            return {}, {}
        rows = self.con.execute(
            "SELECT a.doc_id, a.title, a.outlet, a.published, a.url, s.duplicate_of FROM articles a "
            "LEFT JOIN story_articles s USING (doc_id) WHERE a.doc_id IN (SELECT unnest(?))", [ids]).fetchall()
        meta = {r[0]: {"title": r[1], "outlet": r[2], "published": r[3], "url": r[4]} for r in rows}
        return meta, {r[0]: r[5] for r in rows}

    def _story_sources(self, kind: str, story_id: str) -> list[tuple[str, list[dict]]]:
        """The merged events (or agreements) of a story with their per-article records, in order."""
        table, link, merged, id_col = {
            "events": ("events", "event_sources", "merged_events", "event_id"),
            "agreements": ("agreements", "agreement_sources", "merged_agreements", "agreement_id")}[kind]
        rows = self.con.execute(
            f"SELECT m.merged_id, t.record FROM {merged} m JOIN {link} l ON l.merged_id = m.merged_id "
            f"JOIN {table} t ON t.{id_col} = l.{id_col} JOIN articles a ON a.doc_id = t.doc_id "
            f"WHERE m.story_id = ? ORDER BY m.seq, m.merged_id, a.seq, t.{id_col}", [story_id]).fetchall()
        out: dict[str, list[dict]] = {}
        for mid, rec in rows:
            out.setdefault(mid, []).append(_unj(rec))
        return list(out.items())

    def _merge(self, kind: str, records: list[dict], story_id: str, seq: int) -> None:
        """Attach new per-article records to the story's merged records, or start new ones."""
        id_col = "event_id" if kind == "events" else "agreement_id"
        link = "event_sources" if kind == "events" else "agreement_sources"
        first_article = story_id in self._writer.new_stories and \
            self._writer.story_seq.setdefault(story_id, seq) == seq
        existing = [] if first_article else self._story_sources(kind, story_id)
        assign = st.assign_events if kind == "events" else st.assign_agreements
        groups = {mid: list(recs) for mid, recs in existing}
        new_ids: list[str] = []
        rows, links = [], []
        pairs = assign(records, existing) if self.clustering else [(None, rec) for rec in records]
        for merged_id, rec in pairs:
            if merged_id is None:
                merged_id = rec[id_col]
                new_ids.append(merged_id)
            groups.setdefault(merged_id, []).append(rec)
            rows.append([rec[id_col], rec["doc_id"], merged_id, _j(rec)])
            links.append([merged_id, rec[id_col], rec["doc_id"]])
        self._insert(kind, [id_col, "doc_id", "merged_id", "record"], rows)
        self._insert(link, ["merged_id", id_col, "doc_id"], links)
        touched = list(dict.fromkeys(r[0] for r in links))
        if first_article:  # only this article's records: no need to ask the database
            art = self._current
            meta = {art.doc_id: {"title": art.title, "outlet": art.outlet, "published": art.published,
                                 "url": art.url}}
            dups: dict[str, str | None] = {art.doc_id: None}
        else:
            meta, dups = self._article_meta(r["doc_id"] for m in touched for r in groups[m])
        fresh = []
        for merged_id in touched:
            if kind == "events":
                merged = st.merge_event_records(groups[merged_id], meta, dups)
                merged["event_id"] = merged_id
                merged["story_id"] = story_id
                row = _merged_event_row(merged)
            else:
                merged = st.merge_agreement_records(groups[merged_id], meta, dups)
                merged["agreement_id"] = merged_id
                merged["story_id"] = story_id
                row = _merged_agreement_row(merged)
            if merged_id in new_ids:
                fresh.append([merged_id, story_id, seq, *row.values()])
                columns = ["merged_id", "story_id", "seq", *row]
            else:
                sets = ", ".join(f"{k} = ?" for k in row)
                self.con.execute(f"UPDATE merged_{kind} SET {sets} WHERE merged_id = ?", [*row.values(), merged_id])
        if fresh:
            self._insert(f"merged_{kind}", columns, fresh)

    def _merge_events(self, result: ArticleResult, story_id: str, seq: int) -> None:
        published = result.article.published
        records = list({ev.event_id: st.with_date_span(ev.to_dict(), published) for ev in result.events}.values())
        if records:
            self._merge("events", records, story_id, seq)

    def _merge_agreements(self, result: ArticleResult, story_id: str, seq: int) -> None:
        sentences, body = result.sentences, result.article.body
        records = []
        for ag in {a.agreement_id: a for a in result.agreements}.values():
            rec = ag.to_dict()
            i = rec.get("sentence_index")
            if i is not None and 0 <= i < len(sentences):
                rec["sentence"] = body[sentences[i][0]:sentences[i][1]]
            records.append(rec)
        if records:
            self._merge("agreements", records, story_id, seq)

    # ------------------------------------------------------------------ reading

    _EVENT_ORDERS = {"date": "date NULLS LAST, seq, merged_id", "-date": "date DESC NULLS LAST, seq, merged_id",
                     "sources": "n_sources DESC, date, merged_id", "seq": "seq, merged_id"}

    def events(self, country=None, actor=None, pair=None, type=None, status=None, since=None, until=None,
               text=None, limit=None, offset=0, sort="date", story_id=None) -> list[dict]:
        """Merged events, filtered; ``pair`` matches either direction."""
        sql, params = self._events_sql(sort, limit, offset, country=country, actor=actor, pair=pair, type=type,
                                       status=status, since=since, until=until, text=text, story_id=story_id)
        return [_unj(r[0]) for r in self.con.execute(sql, params).fetchall()]

    def iter_events(self, *, raw: bool = False, batch: int = 1000, limit=None, offset=0, sort="date",
                    **filters: Any) -> Iterator[dict | str]:
        """``events`` streamed: the records come ``batch`` at a time on a cursor of their own (the store
        stays usable meanwhile), so an export of millions of events never holds them all. ``raw``
        yields each record's JSON text unparsed (what ``json.dumps(record, ensure_ascii=False)`` gives).
        The cursor sees committed data only: a writer's open transaction stays invisible to it."""
        sql, params = self._events_sql(sort, limit, offset, **filters)
        cursor = self.con.cursor()
        try:
            cursor.execute(sql, params)
            while rows := cursor.fetchmany(batch):
                for (record,) in rows:
                    yield record if raw else _unj(record)
        finally:
            cursor.close()

    def _events_sql(self, sort: str, limit: int | None, offset: int, **filters: Any) -> tuple[str, list[Any]]:
        where, params = self._event_where(**filters)
        order = self._EVENT_ORDERS.get(sort)
        if order is None:
            raise StoreError(f"unknown sort {sort!r}; use date, -date, sources or seq")
        sql = "SELECT record FROM merged_events" + (" WHERE " + " AND ".join(where) if where else "")
        sql += f" ORDER BY {order}"
        return _paged(sql, params, limit, offset)

    @staticmethod
    def _event_where(country=None, actor=None, pair=None, type=None, status=None, since=None, until=None,
                     text=None, story_id=None) -> tuple[list[str], list[Any]]:
        """The WHERE conditions (joined with AND) and parameters of the event filters, on merged_events."""
        where: list[str] = []
        params: list[Any] = []
        if country:
            where.append("(source_country = ? OR target_country = ? OR countries LIKE ?)")
            params += [country.upper(), country.upper(), f"%|{country.upper()}|%"]
        if actor:
            where.append("(source_name ILIKE ? OR target_name ILIKE ?)")
            params += [f"%{actor}%", f"%{actor}%"]
        if pair:
            a, b = (x.upper() for x in pair)
            where.append("((source_country = ? AND target_country = ?) OR (source_country = ? AND target_country = ?))")
            params += [a, b, b, a]
        if type:
            where.append("type = ?")
            params.append(type.upper())
        if status:
            where.append("status = ?")
            params.append(status)
        if since:
            where.append("date IS NOT NULL AND date >= substr(?, 1, length(date))")
            params.append(since)
        if until:
            where.append("date IS NOT NULL AND date <= ?")
            params.append(until)
        if text:
            where.append("search_text ILIKE ?")
            params.append(f"%{text}%")
        if story_id:
            where.append("story_id = ?")
            params.append(story_id)
        return where, params

    def event(self, event_id: str) -> dict | None:
        """A merged event by its id, or by the id of any of its per-article events."""
        row = self.con.execute("SELECT record FROM merged_events WHERE merged_id = ?", [event_id]).fetchone()
        if row is None:
            row = self.con.execute("SELECT m.record FROM merged_events m JOIN events e ON e.merged_id = m.merged_id "
                                   "WHERE e.event_id = ?", [event_id]).fetchone()
        return _unj(row[0]) if row else None

    _ARTICLE_COLS = ("doc_id", "title", "published", "published_inferred", "outlet", "byline", "dateline",
                     "language", "url", "source_path", "hash", "ingested_at")

    def articles(self, limit=None, offset=0) -> list[dict]:
        sql = (f"SELECT {', '.join('a.' + c for c in self._ARTICLE_COLS)}, s.story_id, s.duplicate_of, "
               "(SELECT count(*) FROM events e WHERE e.doc_id = a.doc_id) FROM articles a "
               "LEFT JOIN story_articles s USING (doc_id) ORDER BY a.seq")
        sql, params = _paged(sql, [], limit, offset)
        out = []
        for r in self.con.execute(sql, params).fetchall():
            d = dict(zip(self._ARTICLE_COLS, r))
            d["ingested_at"] = str(d["ingested_at"]) if d["ingested_at"] else None
            d["story_id"], d["duplicate_of"], d["n_events"] = r[-3], r[-2], r[-1]
            out.append(d)
        return out

    def article(self, doc_id: str) -> dict | None:
        row = self.con.execute(f"SELECT {', '.join(self._ARTICLE_COLS)}, body, captions FROM articles "
                               "WHERE doc_id = ?", [doc_id]).fetchone()
        if row is None:
            return None
        d = dict(zip(self._ARTICLE_COLS, row))
        d["ingested_at"] = str(d["ingested_at"]) if d["ingested_at"] else None
        d["body"], d["captions"] = row[-2], _unj(row[-1], [])
        story = self.con.execute("SELECT story_id, duplicate_of FROM story_articles WHERE doc_id = ?",
                                 [doc_id]).fetchone()
        d["story_id"], d["duplicate_of"] = (story or (None, None))
        d["sentences"] = [list(r) for r in self.con.execute(
            "SELECT start_char, end_char FROM sentences WHERE doc_id = ? ORDER BY sentence_index", [doc_id]).fetchall()]
        d["mentions"] = []
        for text, start, end, sent, how, actor, members in self.con.execute(
                "SELECT text, start_char, end_char, sentence_index, how, actor, members FROM mentions "
                "WHERE doc_id = ? ORDER BY mention_index", [doc_id]).fetchall():
            m = {"text": text, "start": start, "end": end, "sentence_index": sent, "how": how,
                 "actor": _unj(actor)}
            if _unj(members):
                m["members"] = _unj(members)
            d["mentions"].append(m)
        d["events"] = []
        for rec, merged_id in self.con.execute("SELECT record, merged_id FROM events WHERE doc_id = ? "
                                               "ORDER BY event_id", [doc_id]).fetchall():
            e = _unj(rec)
            e["merged_id"] = merged_id
            d["events"].append(e)
        d["events"].sort(key=lambda e: (e.get("sentence_index") or 0, (e.get("spans") or {}).get("trigger") or [0]))
        d["agreements"] = [_unj(r[0]) for r in self.con.execute(
            "SELECT record FROM agreements WHERE doc_id = ? ORDER BY agreement_id", [doc_id]).fetchall()]
        d["facts"] = self._facts("doc_id = ?", [doc_id])
        return d

    def actors(self) -> list[dict]:
        rows = self.con.execute("SELECT name, kind, country, sector, title, aliases, learned, first_seen, "
                                "last_seen, n_mentions FROM actors ORDER BY n_mentions DESC, name").fetchall()
        keys = ("name", "kind", "country", "sector", "title", "aliases", "learned", "first_seen", "last_seen",
                "n_mentions")
        out = []
        for r in rows:
            d = dict(zip(keys, r))
            d["aliases"] = _unj(d["aliases"], [])
            out.append(d)
        return out

    def actor(self, name: str) -> dict | None:
        found = [a for a in self.actors() if a["name"] == name]
        if not found:
            found = [a for a in self.actors() if st.fold(a["name"]) == st.fold(name)
                     or st.fold(name) in (st.fold(x) for x in a["aliases"])]
        if not found:
            return None
        d = found[0]
        d["titles"] = [{"title": t, "date": date, "doc_id": doc} for t, date, doc in self.con.execute(
            "SELECT title, date, doc_id FROM actor_titles WHERE name = ? ORDER BY date NULLS LAST, doc_id",
            [d["name"]]).fetchall()]
        events = []
        for (rec,) in self.con.execute("SELECT record FROM merged_events WHERE record LIKE ? ORDER BY date, seq",
                                       [f"%{d['name']}%"]).fetchall():
            e = _unj(rec)
            names = [(e.get("source") or {}).get("name"), (e.get("target") or {}).get("name")]
            names += [p.get("name") for p in e.get("participants") or []]
            if d["name"] in names:
                events.append(e)
        d["events"] = events
        return d

    def stories(self, *, latest_first: bool = False, limit: int | None = None) -> list[dict]:
        """Stories by first date; ``latest_first``: by last date, newest first (undated last)."""
        order = "s.first_date NULLS LAST, s.story_id"
        if latest_first:
            order = "coalesce(s.last_date, '') DESC, " + order
        chosen = "stories" if limit is None else f"(SELECT * FROM stories s ORDER BY {order} LIMIT {int(limit)})"
        rows = self.con.execute(
            "SELECT s.story_id, s.title, s.first_date, s.last_date, s.n_articles, "
            "(SELECT count(*) FROM merged_events m WHERE m.story_id = s.story_id), "
            "(SELECT list(sa.doc_id ORDER BY a.seq) FROM story_articles sa JOIN articles a USING (doc_id) "
            " WHERE sa.story_id = s.story_id) "
            f"FROM {chosen} s ORDER BY {order}").fetchall()
        keys = ("story_id", "title", "first_date", "last_date", "n_articles", "n_events", "doc_ids")
        return [dict(zip(keys, r)) for r in rows]

    def story(self, story_id: str) -> dict | None:
        found = [s for s in self.stories() if s["story_id"] == story_id]
        if not found:
            return None
        d = found[0]
        d["articles"] = [
            {"doc_id": r[0], "title": r[1], "published": r[2], "outlet": r[3], "duplicate_of": r[4],
             "similar_to": r[5], "score": r[6]}
            for r in self.con.execute(
                "SELECT a.doc_id, a.title, a.published, a.outlet, sa.duplicate_of, sa.similar_to, sa.score "
                "FROM story_articles sa JOIN articles a USING (doc_id) WHERE sa.story_id = ? ORDER BY a.seq",
                [story_id]).fetchall()]
        d["n_independent"] = len({a["duplicate_of"] or a["doc_id"] for a in d["articles"]})
        d["events"] = self.events(story_id=story_id)
        d["agreements"] = [_unj(r[0]) for r in self.con.execute(
            "SELECT record FROM merged_agreements WHERE story_id = ? ORDER BY seq, merged_id", [story_id]).fetchall()]
        return d

    def agreements(self, pair: Sequence[str] | None = None) -> list[dict]:
        sql, params = "SELECT record FROM merged_agreements", []
        if pair:
            a, b = (x.upper() for x in pair)
            sql += " WHERE countries LIKE ? AND countries LIKE ?"
            params += [f"%|{a}|%", f"%|{b}|%"]
        rows = self.con.execute(sql + " ORDER BY date NULLS LAST, seq, merged_id", params).fetchall()
        return [_unj(r[0]) for r in rows]

    def _facts(self, where: str, params: list[Any]) -> list[dict]:
        rows = self.con.execute(
            "SELECT f.doc_id, f.dyad_a, f.dyad_b, f.kind, f.value, f.date, f.sentence_index, f.span_start, "
            "f.span_end, a.published, a.title, a.body, s.start_char, s.end_char, sa.duplicate_of "
            "FROM facts f JOIN articles a USING (doc_id) "
            "LEFT JOIN sentences s ON s.doc_id = f.doc_id AND s.sentence_index = f.sentence_index "
            "LEFT JOIN story_articles sa ON sa.doc_id = f.doc_id "
            f"WHERE {where} ORDER BY a.seq, f.fact_index", params).fetchall()
        out = []
        for (doc_id, da, db, kind, value, date, sent, s0, s1, published, title, body, st0, st1, dup) in rows:
            out.append({"doc_id": doc_id, "dyad": [da, db], "kind": kind, "value": value, "date": date,
                        "sentence_index": sent, "span": [s0, s1] if s0 is not None else None,
                        "published": published, "title": title, "duplicate_of": dup,
                        "sentence": body[st0:st1] if st0 is not None else (body[s0:s1] if s0 is not None else None)})
        return out

    def relations(self, a: str, b: str) -> dict:
        """What the stored news says about a country pair (see ``communique.relations``)."""
        from ..relations import build_relations

        x, y = sorted((a.upper(), b.upper()))
        facts = self._facts("f.dyad_a = ? AND f.dyad_b = ?", [x, y])
        events = self.events(pair=(x, y))
        return build_relations(a.upper(), b.upper(), facts=facts, events=events, agreements=self.agreements((x, y)))

    def pairs(self) -> list[dict]:
        return self.pair_counts()

    # ------------------------------------------------------------------ aggregates (SQL GROUP BY)

    # what ``event_counts`` can group by: a name and its SQL over merged_events (NULL = not known)
    EVENT_COUNT_KEYS = {
        "month": "nullif(substr(date, 1, 7), '')", "year": "nullif(substr(date, 1, 4), '')",
        "day": "CASE WHEN length(date) = 10 THEN date END", "type": "type", "mode": "mode", "quad": "quad",
        "status": "status", "cameo": "cameo", "source_country": "source_country",
        "target_country": "target_country", "story_id": "story_id",
    }

    def event_counts(self, by: Sequence[str] = ("month", "type"), **filters: Any) -> list[dict]:
        """Merged events counted per value of each key in ``by`` (see ``EVENT_COUNT_KEYS``), with the
        filters of ``events``. One dict per group: the keys plus ``n``; most events first, ties in key
        order. ``month`` is the date's first 7 characters (a year-only date stays a year; no date: None)."""
        unknown = [k for k in by if k not in self.EVENT_COUNT_KEYS]
        if unknown or not by:
            raise StoreError(f"cannot count events by {unknown or 'nothing'}; "
                             f"use some of {', '.join(self.EVENT_COUNT_KEYS)}")
        where, params = self._event_where(**filters)
        cols = ", ".join(f"{self.EVENT_COUNT_KEYS[k]} AS k{i}" for i, k in enumerate(by))
        sql = f"SELECT {cols}, count(*) AS n FROM merged_events"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += f" GROUP BY ALL ORDER BY n DESC, {', '.join(f'k{i} NULLS LAST' for i in range(len(by)))}"
        return [{**dict(zip(by, r[:-1])), "n": r[-1]} for r in self.con.execute(sql, params).fetchall()]

    def pair_counts(self, limit: int | None = None, **filters: Any) -> list[dict]:
        """Country pairs (either direction, two different countries) by number of merged events:
        ``dyad`` (sorted), ``n_events``, ``n_coop`` (quad 1-2), ``n_conflict`` (quad 3-4); the filters
        of ``events``; most events first."""
        where, params = self._event_where(**filters)
        where = ["source_country IS NOT NULL", "target_country IS NOT NULL", "source_country <> target_country",
                 *where]
        sql = ("SELECT least(source_country, target_country) AS a, greatest(source_country, target_country) AS b, "
               "count(*), count(*) FILTER (WHERE quad IN (1, 2)), count(*) FILTER (WHERE quad IN (3, 4)) "
               f"FROM merged_events WHERE {' AND '.join(where)} GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2")
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        rows = self.con.execute(sql, params).fetchall()
        return [{"dyad": [a, b], "n_events": n, "n_coop": c, "n_conflict": k} for a, b, n, c, k in rows]

    def place_counts(self, max_ids: int = 20, limit: int | None = None, **filters: Any) -> list[dict]:
        """Event places with coordinates: one row per (lat, lon rounded to 3 decimals, place name) with
        ``name``, ``country`` (of the place's first event), ``lat``, ``lon``, ``n_events``, ``n_coop``
        (quad 1-2), ``n_conflict`` (any other quad) and the ids of its first ``max_ids`` events (in date
        order). Most events first; ties in order of the place's first event. Filters of ``events``.

        The database groups the events by exact coordinates and name; the few groups that round to one
        point are joined here, with Python's ``round`` (DuckDB rounds halves of the decimal form up)."""
        where, params = self._event_where(**filters)
        sql = (  # a merged event's event_id is its merged_id; the location is parsed once per record
            "WITH l AS (SELECT merged_id, quad, date, seq, json_extract(record, '$.location') AS loc "
            "FROM merged_events" + (" WHERE " + " AND ".join(where) if where else "") + "), "
            "e AS (SELECT merged_id AS event_id, quad, date, seq, TRY_CAST(loc->>'lat' AS DOUBLE) AS lat, "
            "TRY_CAST(loc->>'lon' AS DOUBLE) AS lon, loc->>'name' AS name, loc->>'country' AS country FROM l), "
            "r AS (SELECT * EXCLUDE (date, seq), row_number() OVER (ORDER BY date NULLS LAST, seq, event_id) AS rn "
            "FROM e WHERE lat IS NOT NULL AND lon IS NOT NULL), "
            "q AS (SELECT *, row_number() OVER (PARTITION BY lat, lon, name ORDER BY rn) AS k FROM r) "
            "SELECT name, lat, lon, min(rn), arg_min(country, rn), count(*), count(*) FILTER (WHERE quad IN (1, 2)), "
            "count(*) FILTER (WHERE quad IS NOT NULL AND quad <> 0 AND quad NOT IN (1, 2)), "
            "list(event_id ORDER BY rn) FILTER (WHERE k <= ?), list(rn ORDER BY rn) FILTER (WHERE k <= ?) "
            "FROM q GROUP BY lat, lon, name")
        params += [int(max_ids), int(max_ids)]
        places: dict[tuple, dict[str, Any]] = {}
        for name, lat, lon, first, country, n, coop, conflict, ids, rns in sorted(
                self.con.execute(sql, params).fetchall(), key=lambda r: r[3]):
            key = (round(lat, 3), round(lon, 3), name)
            point = places.setdefault(key, {"name": name, "country": country, "lat": key[0], "lon": key[1],
                                            "n_events": 0, "n_coop": 0, "n_conflict": 0, "_ids": [], "_first": first})
            point["n_events"] += n
            point["n_coop"] += coop
            point["n_conflict"] += conflict
            point["_ids"] += zip(rns or [], ids or [])
        out = []
        for point in sorted(places.values(), key=lambda p: (-p["n_events"], p["_first"])):
            point["event_ids"] = [i for _, i in sorted(point.pop("_ids"))[:max_ids]]
            del point["_first"]
            out.append(point)
        return out if limit is None else out[:limit]

    def counts(self) -> dict[str, int]:
        """How many articles, merged events and stories the database holds."""
        row = self.con.execute("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM merged_events), "
                               "(SELECT count(*) FROM stories)").fetchone()
        return {"articles": row[0], "events": row[1], "stories": row[2]}

    def article_texts(self, doc_ids: Iterable[str], body: bool = True) -> dict[str, dict]:
        """Many articles in one query, without their coding: ``doc_id -> {doc_id, title, outlet, url,
        language, published[, body]}``; unknown ids are left out. For exports that need the text of
        many events' articles (``article`` costs several queries each)."""
        ids = sorted({d for d in doc_ids if d})
        if not ids:
            return {}
        cols = ["doc_id", "title", "outlet", "url", "language", "published"] + (["body"] if body else [])
        rows = self.con.execute(f"SELECT {', '.join(cols)} FROM articles WHERE doc_id IN (SELECT unnest(?))",
                                [ids]).fetchall()
        return {r[0]: dict(zip(cols, r)) for r in rows}


def _merged_event_row(merged: dict[str, Any]) -> dict[str, Any]:
    src, tgt = merged.get("source") or {}, merged.get("target") or {}
    countries = {src.get("country"), tgt.get("country")}
    countries |= {p.get("country") for p in merged.get("participants") or []}
    sentences = " ".join(d.get("sentence") or "" for d in merged.get("source_details") or [])
    return {
        "type": merged.get("type"), "mode": merged.get("mode"), "cameo": merged.get("cameo"),
        "quad": merged.get("quad"), "date": merged.get("date"), "status": merged.get("status"),
        "source_country": src.get("country"), "target_country": tgt.get("country"),
        "source_name": src.get("name"), "target_name": tgt.get("name"),
        "countries": "|" + "|".join(sorted(c for c in countries if c)) + "|",
        "search_text": sentences, "n_articles": merged["n_articles"], "n_sources": merged["n_sources"],
        "first_seen": merged.get("first_seen"), "last_seen": merged.get("last_seen"), "record": _j(merged),
    }


def _is_name(form: str | None) -> bool:
    """A spelling worth keeping as an alias: a capitalised name, not "the host" or "his counterpart"."""
    if not form or not form[0].isupper():
        return False
    return form.split()[0].lower() not in ("the", "his", "her", "their", "its", "our", "he", "she", "they",
                                           "him", "we", "i", "you", "it")


def _dedupe_folded(forms: list[str]) -> list[str]:
    """One spelling per folded form, the first seen ("Lương Cường" and "Luong Cuong" both stay)."""
    out: list[str] = []
    for form in forms:
        if form not in out and (form != st.fold(form) or all(st.fold(x) != form for x in out)):
            out.append(form)
    return out


def _merged_agreement_row(merged: dict[str, Any]) -> dict[str, Any]:
    countries = sorted({a.get("country") for a in merged.get("parties") or [] if a.get("country")})
    return {"instrument_type": merged.get("instrument_type"), "date": merged.get("date"),
            "status": merged.get("status"), "countries": "|" + "|".join(countries) + "|",
            "n_sources": merged["n_sources"], "record": _j(merged)}


class _WriterCache:
    """What a writing session keeps in memory between articles: it saves a query or a JSON parse
    per article. Dropped after a rollback and reloaded from the database."""

    MAX_FEATURES = 20000

    def __init__(self, seq: int, n_docs: int, df: dict[str, int], actor_names: dict[str, str]):
        self.seq = seq
        self.n_docs = n_docs
        self.df = df
        self.actor_names = actor_names
        self.features: dict[str, st.ArticleFeatures] = {}
        self.pending_df: collections.Counter = collections.Counter()  # counted, not yet in term_df
        self.df_seq = 0
        self.doc_ids: set[str] = set()       # stored in this session
        self.new_stories: set[str] = set()   # started in this session (nothing merged there before)
        self.story_seq: dict[str, int] = {}  # seq of the article that started each of them
        self.by_day: dict[int, list[tuple[int, str, str]]] = {}   # day ordinal -> (seq, doc_id, story_id)
        self.undated: list[tuple[int, str, str]] = []
        self.recent: collections.deque = collections.deque(maxlen=_UNDATED_RECENT)

    @classmethod
    def load(cls, con: duckdb.DuckDBPyConnection) -> _WriterCache:
        seq = con.execute("SELECT coalesce(max(seq), 0) FROM articles").fetchone()[0]
        n_docs = con.execute("SELECT count(*) FROM article_features").fetchone()[0]
        df = dict(con.execute("SELECT term, df FROM term_df").fetchall())
        names = {st.fold(n): n for (n,) in con.execute("SELECT name FROM actors").fetchall()}
        cache = cls(seq, n_docs, df, names)
        cache.df_seq = int(con.execute("SELECT value FROM store_meta WHERE key = 'df_seq'").fetchone()[0])
        for (features,) in con.execute("SELECT features FROM article_features WHERE seq > ? ORDER BY seq",
                                       [cache.df_seq]).fetchall():
            terms = _unj(features)["terms"]
            cache.pending_df.update(terms.keys())
            for t in terms:
                df[t] = df.get(t, 0) + 1
        for a_seq, doc_id, story_id, published in con.execute(
                "SELECT f.seq, f.doc_id, s.story_id, f.published FROM article_features f "
                "JOIN story_articles s USING (doc_id) ORDER BY f.seq").fetchall():
            cache.index(a_seq, doc_id, story_id, published)
        return cache

    def index(self, seq: int, doc_id: str, story_id: str, published: str | None) -> None:
        """Remember where an article sits in time, for the candidates of later articles."""
        day = st.parse_day(published)
        entry = (seq, doc_id, story_id)
        if day is None:
            self.undated.append(entry)
        else:
            self.by_day.setdefault(day.toordinal(), []).append(entry)
        self.recent.append(entry)

    def nearby(self, published: str | None) -> list[tuple[int, str, str]]:
        """Earlier articles that may share a story with one published then: same window, newest first."""
        day = st.parse_day(published)
        if day is None:
            return sorted(self.recent, reverse=True)[:_UNDATED_RECENT]
        rows = list(self.undated)[-_UNDATED_RECENT:]
        centre = day.toordinal()
        for d in range(centre - st.STORY_WINDOW_DAYS, centre + st.STORY_WINDOW_DAYS + 1):
            rows += self.by_day.get(d, [])
        return sorted(rows, reverse=True)[:_CANDIDATE_LIMIT]

    def remember(self, feat: st.ArticleFeatures) -> None:
        if len(self.features) >= self.MAX_FEATURES:  # keep the newer half
            keep = sorted(self.features.values(), key=lambda f: f.seq)[self.MAX_FEATURES // 2:]
            self.features = {f.doc_id: f for f in keep}
        self.features[feat.doc_id] = feat


def _rename_doc(result: ArticleResult, doc_id: str) -> None:
    """Give an article (and everything coded from it) a new doc_id before storing it."""
    result.article.doc_id = doc_id
    for m in result.mentions:
        m.doc_id = doc_id
    new_ids: dict[str, str] = {}
    for ev in result.events:
        ev.doc_id = doc_id
        ev.sources = [doc_id]
        old, ev.event_id = ev.event_id, ev.make_id()
        new_ids[old] = ev.event_id
    for ag in result.agreements:
        ag.doc_id = doc_id
        ag.event_id = new_ids.get(ag.event_id, ag.event_id) if ag.event_id else None
        ag.agreement_id = ""
        ag.__post_init__()
    for f in result.facts:
        f.doc_id = doc_id
