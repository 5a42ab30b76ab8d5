"""The DuckDB store: writing once, surviving interruptions, migrations, queries."""
from __future__ import annotations

import duckdb
import pytest
from builders import CHL, VNM, other, result, visit_a, visit_b

from communique.errors import StoreError
from communique.model import Fact
from communique.store import Store
from communique.store.schema import LATEST

TABLES = ["articles", "sentences", "mentions", "actors", "actor_titles", "events", "merged_events", "event_sources",
          "agreements", "merged_agreements", "agreement_sources", "facts", "stories", "story_articles",
          "article_features", "term_df"]


def snapshot(store: Store) -> dict:
    """Everything stored, minus ingest timestamps."""
    out = {t: store.con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in TABLES if t != "articles"}
    out["articles"] = store.con.execute("SELECT * EXCLUDE (ingested_at) FROM articles ORDER BY ALL").fetchall()
    return out


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "test.duckdb")


def test_same_article_twice_is_stored_once(db):
    with Store.open(db) as store:
        assert store.add_result(visit_a()) is True
        before = snapshot(store)
        assert store.has_article(visit_a().article.hash)
        assert store.add_result(visit_a()) is False
        assert store.add_result(visit_a(doc_id="other-name")) is False  # same text, other file name
        assert snapshot(store) == before
        assert store.con.execute("SELECT count(*) FROM articles").fetchone()[0] == 1


def test_same_doc_id_with_other_text_keeps_both(db):
    with Store.open(db) as store:
        store.add_result(visit_a(doc_id="x"))
        store.add_result(other(doc_id="x"))
        ids = [a["doc_id"] for a in store.articles()]
    assert ids[0] == "x" and ids[1].startswith("x~") and len(ids) == 2


def test_interrupted_batch_keeps_committed_articles_and_rerun_finishes(db, tmp_path, monkeypatch):
    batch = [visit_a, other, visit_b]
    original = Store._merge_events

    def crash_on_other(self, res, story_id, seq):
        original(self, res, story_id, seq)
        if res.article.doc_id == "o1":
            raise RuntimeError("power cut")

    monkeypatch.setattr(Store, "_merge_events", crash_on_other)
    with Store.open(db) as store:
        with pytest.raises(RuntimeError):
            for make in batch:
                store.add_result(make())
    with Store.open(db, read_only=True) as store:
        assert [a["doc_id"] for a in store.articles()] == ["a1"]
        for table in ("sentences", "mentions", "events", "facts", "story_articles", "article_features"):
            assert store.con.execute(f"SELECT count(*) FROM {table} WHERE doc_id = 'o1'").fetchone()[0] == 0
    monkeypatch.setattr(Store, "_merge_events", original)
    with Store.open(db) as store:
        stored = [store.add_result(make()) for make in batch]
        assert stored == [False, True, True]
        resumed = snapshot(store)
    clean_db = str(tmp_path / "clean.duckdb")
    with Store.open(clean_db) as store:
        for make in batch:
            store.add_result(make())
        assert snapshot(store) == resumed


def test_interrupted_ingest_job_then_rerun(tmp_path, nlp):
    from communique.jobs import ingest_paths
    from communique.read import ReadReport

    folder = tmp_path / "news"
    folder.mkdir()
    texts = ["The foreign ministers of Norway and Kenya met in Oslo on Tuesday to talk about fishing.",
             "Chile and Peru signed a water sharing accord on Friday, officials in Lima said.",
             "Japan's prime minister will visit Canada next month, his office said on Monday."]
    for i, text in enumerate(texts):
        (folder / f"n{i}.txt").write_text(text, encoding="utf-8")
    db = str(tmp_path / "jobs.duckdb")
    seen = []

    def stop_after_first(res):
        seen.append(res.article.doc_id)
        if len(seen) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ingest_paths([str(folder)], db=db, report=ReadReport(), on_article=stop_after_first)
    with Store.open(db, read_only=True) as store:
        first = [a["doc_id"] for a in store.articles()]
    assert len(first) == 2  # stored before the callback raised
    summary = ingest_paths([str(folder)], db=db, report=ReadReport())
    assert (summary.stored, summary.already) == (1, 2)
    summary = ingest_paths([str(folder)], db=db, report=ReadReport())
    assert (summary.stored, summary.already) == (0, 3)


def test_read_only_needs_an_existing_database(db):
    with pytest.raises(StoreError, match="communique ingest"):
        Store.open(db, read_only=True)


def test_read_only_store_refuses_writes_but_reads(db):
    with Store.open(db) as store:
        store.add_result(visit_a())
    with Store.open(db, read_only=True) as store:
        assert len(store.articles()) == 1
        with pytest.raises(StoreError, match="read-only"):
            store.add_result(other())


def test_not_a_communique_database(tmp_path):
    path = str(tmp_path / "plain.duckdb")
    duckdb.connect(path).close()
    with pytest.raises(StoreError, match="not a communique database"):
        Store.open(path, read_only=True)


def test_old_version_database_is_upgraded(db):
    con = duckdb.connect(db)
    old = Store(con, db, read_only=False)
    assert old.migrate(upto=1) == 1
    con.execute("INSERT INTO articles (doc_id, hash, seq, body, ingested_at) VALUES ('old', 'h0', 1, 'Old text.', now())")
    con.close()
    with pytest.raises(StoreError, match="schema version 1"):
        Store.open(db, read_only=True)
    with Store.open(db) as store:
        assert store.version() == LATEST
        versions = store.con.execute("SELECT version FROM schema_version ORDER BY version").fetchall()
        assert [v for (v,) in versions] == list(range(1, LATEST + 1))
        assert store.has_article("h0")
        store.add_result(visit_a())  # tables from step 2 are there
    with Store.open(db, read_only=True) as store:
        assert store.version() == LATEST


def test_failed_migration_rolls_back_and_says_which(db, monkeypatch):
    from communique.store import schema

    broken = schema.MIGRATIONS + [(LATEST + 1, "a broken step", "CREATE TABLE stories (x INTEGER)")]
    monkeypatch.setattr("communique.store.duck.MIGRATIONS", broken)
    monkeypatch.setattr("communique.store.duck.LATEST", LATEST + 1)
    with pytest.raises(StoreError, match="a broken step"):
        Store.open(db)
    monkeypatch.undo()
    with Store.open(db) as store:
        assert store.version() == LATEST


def test_queries(db):
    with Store.open(db) as store:
        for make in (visit_a, other, visit_b):
            store.add_result(make())
        events = store.events()
        assert len(events) == 6
        assert {e["event_id"] for e in store.events(pair=("CHL", "VNM"))} == \
            {e["event_id"] for e in store.events(pair=("VNM", "CHL"))}
        assert len(store.events(pair=("VNM", "CHL"))) == 4
        assert all(e["type"] == "SUPPORT" for e in store.events(type="support"))
        assert len(store.events(country="KEN")) == 2
        assert len(store.events(actor="rojas")) == 2
        assert len(store.events(since="2024-05-07")) == 2
        assert len(store.events(until="2024-05-06")) == 4
        assert len(store.events(text="wind power")) == 1
        page = store.events(limit=2, offset=1)
        assert [e["event_id"] for e in page] == [e["event_id"] for e in events[1:3]]
        most = store.events(sort="sources")
        assert most[0]["n_sources"] == 2 and most[-1]["n_sources"] == 1
        with pytest.raises(StoreError):
            store.events(sort="nonsense")

        visit = next(e for e in events if e["cameo"] == "042")
        assert visit["sources"] == ["a1", "b1"] and visit["n_articles"] == 2
        assert visit["first_seen"] == "2024-05-06" and visit["last_seen"] == "2024-05-08"
        # b1 tells the visit twice (visit, then welcome by the host): both reports are kept
        assert [d["doc_id"] for d in visit["source_details"]] == ["a1", "b1", "b1"]
        assert all(d["sentence"] and d["spans"]["trigger"] for d in visit["source_details"])
        second_report = visit["source_details"][2]["event_id"]
        assert store.event(second_report)["event_id"] == visit["event_id"]
        assert store.event("nope") is None

        art = store.article("b1")
        assert art["body"].startswith("Vietnamese President") and art["story_id"] == visit["story_id"]
        assert len(art["events"]) == 5 and len(art["mentions"]) == 5 and art["sentences"][0][0] == 0
        assert store.article("missing") is None

        actors = {a["name"]: a for a in store.actors()}
        minh = actors["Tran Van Minh"]
        assert minh["aliases"] == ["Minh"] and (minh["first_seen"], minh["last_seen"]) == ("2024-05-06", "2024-05-08")
        detail = store.actor("minh")
        assert detail["name"] == "Tran Van Minh" and detail["titles"][0]["title"] == "President"
        assert {e["cameo"] for e in detail["events"]} >= {"042", "051"}

        stories = store.stories()
        assert [s["n_articles"] for s in stories] == [2, 1]
        story = store.story(stories[0]["story_id"])
        assert story["doc_ids"] == ["a1", "b1"] and story["n_independent"] == 2
        assert len(story["events"]) == 4 and len(story["agreements"]) == 2
        assert store.story("nope") is None

        pairs = store.pairs()
        assert pairs[0] == {"dyad": ["CHL", "VNM"], "n_events": 4, "n_coop": 4, "n_conflict": 0}


def test_facts_are_stored_with_their_sentence(db):
    fact = Fact(doc_id="a1", dyad=("CHL", "VNM"), kind="level", value="Comprehensive Partnership",
                sentence_index=3, span=(290, 315))
    res = visit_a()
    res.facts = [fact]
    with Store.open(db) as store:
        store.add_result(res)
        stored = store.article("a1")["facts"]
    assert stored[0]["kind"] == "level" and stored[0]["sentence"].startswith("Vietnam and Chile have had")


def test_reingest_of_corpus_subset_changes_nothing(tmp_path, corpus_dir, nlp):
    import json

    from communique.jobs import ingest_paths
    from communique.read import ReadReport

    lines = (corpus_dir / "diplomacy-dev.jsonl").read_text(encoding="utf-8").splitlines()[:12]
    subset = tmp_path / "subset.jsonl"
    subset.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = str(tmp_path / "corpus.duckdb")
    first = ingest_paths([str(subset)], db=db, report=ReadReport())
    assert first.stored == len(lines) and first.already == 0
    with Store.open(db, read_only=True) as store:
        before = snapshot(store)
        events_before = json.dumps(store.events())
    again = ingest_paths([str(subset)], db=db, report=ReadReport())
    assert again.stored == 0 and again.already == len(lines)
    with Store.open(db, read_only=True) as store:
        assert snapshot(store) == before
        assert json.dumps(store.events()) == events_before


def test_agreement_announced_then_signed_is_one_entry(db):
    body_1 = "Officials said Vietnam and Chile will sign a visa waiver agreement next week."
    body_2 = "Vietnam and Chile signed a visa waiver agreement in Hanoi on Tuesday."
    r1 = result("n1", body_1, published="2024-06-01", mentions=[("Vietnam", VNM), ("Chile", CHL)],
                agreements=[dict(instrument_type="agreement", field="visa", parties=[VNM, CHL], status="announced")])
    r2 = result("n2", body_2, published="2024-06-05", mentions=[("Vietnam", VNM), ("Chile", CHL)],
                agreements=[dict(instrument_type="agreement", field="visa", parties=[CHL, VNM], status="signed",
                                 date="2024-06-04")])
    with Store.open(db) as store:
        store.add_result(r1)
        store.add_result(r2)
        registry = store.agreements()
    assert len(registry) == 1
    entry = registry[0]
    assert entry["status"] == "signed" and entry["date"] == "2024-06-04" and entry["sources"] == ["n1", "n2"]
    assert entry["party_codes"] == "VNM, CHL"
    assert [h["status"] for h in entry["history"]] == ["announced", "signed"]


def test_database_held_by_a_writer_gives_a_clear_message(db):
    import subprocess
    import sys

    code = ("from communique.store import Store\n"
            "try:\n"
            f"    Store.open({db!r}, read_only=True)\n"
            "except Exception as exc:\n"
            "    print(type(exc).__name__, exc)\n")
    with Store.open(db):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60).stdout
    assert out.startswith("StoreError") and "in use by another process" in out


def test_term_frequencies_survive_a_crash_between_flushes(db, tmp_path):
    store = Store.open(db)
    store.add_result(visit_a())
    store.add_result(other())
    store.con.close()  # the process dies: the in-memory counts were never written
    with Store.open(db) as store:
        store.add_result(visit_b())
    clean = str(tmp_path / "clean.duckdb")
    with Store.open(clean) as store:
        for make in (visit_a, other, visit_b):
            store.add_result(make())
    tables = {}
    for path in (db, clean):
        with Store.open(path, read_only=True) as store:
            tables[path] = (store.con.execute("SELECT * FROM term_df ORDER BY ALL").fetchall(),
                            store.con.execute("SELECT value FROM store_meta WHERE key = 'df_seq'").fetchone())
    assert tables[db] == tables[clean] and tables[db][1] == ("3",) and len(tables[db][0]) > 20


def test_one_person_two_spellings_is_one_actor_with_the_diacritics(db):
    from builders import PRES_V
    from communique.model import Actor

    marked = Actor("Trần Văn Minh", "person", country="VNM", sector="GOV", title="President")
    body = "President Trần Văn Minh met farmers. He thanked them."
    later = result("m2", body, published="2024-07-01",
                   mentions=[("Trần Văn Minh", marked), ("He", marked, 0, "pronoun")])
    with Store.open(db) as store:
        store.add_result(visit_a())
        store.add_result(later)
        actors = {a["name"]: a for a in store.actors()}
        assert PRES_V.name not in actors
        minh = actors["Trần Văn Minh"]
        assert set(minh["aliases"]) == {"Minh", "Tran Van Minh"}
        assert (minh["first_seen"], minh["last_seen"]) == ("2024-05-06", "2024-07-01")
        assert {t["doc_id"] for t in store.actor("Tran Van Minh")["titles"]} == {"a1", "m2"}
