"""Exports: PLOVER (validated against our schema of the manual's field table), GDELT 2.0 event
table, parquet and csv that load in DuckDB, on a real store built from hand-written articles."""
from __future__ import annotations

import csv
import io
import json
import sys
from importlib import resources
from pathlib import Path

import duckdb
import jsonschema
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "web"))

from sample import build_db  # noqa: E402

from communique.errors import CommuniqueError  # noqa: E402
from communique.export import GDELT_COLUMNS, export, gdelt_row, plover_record  # noqa: E402
from communique.store import Store  # noqa: E402


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = build_db(tmp_path_factory.mktemp("export") / "sample.duckdb")
    with Store.open(str(path), read_only=True) as s:
        yield s


@pytest.fixture(scope="module")
def plover_schema():
    return json.loads(resources.files("communique").joinpath("schemas/plover.schema.json").read_text("utf-8"))


def _export(store, fmt, filters=None, **kw) -> tuple[int, str]:
    out = io.StringIO()
    n = export(store, fmt, filters or {}, out, **kw)
    return n, out.getvalue()


def test_plover_records_validate_against_the_schema(store, plover_schema):
    n, text = _export(store, "plover")
    records = [json.loads(line) for line in text.splitlines()]
    assert n == len(records) == len(store.events())
    for record in records:
        jsonschema.validate(record, plover_schema)
    accuse = next(r for r in records if r["event"] == ["ACCUSE"])
    assert accuse["source"][0] == {"code": "RUS", "sector": None, "actor_text": "Russia",
                                   "identifier_text": "Russia", "kind": "state"}
    assert accuse["recipient"][0]["code"] == "UKR"
    assert accuse["quad_code"] == 3 and accuse["event_scale"] == -2.0
    assert accuse["date"] == "2024-02-01" and accuse["date_precision"] == "month"
    assert accuse["cite_info"]["coder"].startswith("communique ")
    assert accuse["cite_info"]["publication"] == "Other Wire"
    visit = next(r for r in records if r["mode"] == ["visit"])
    assert visit["source"][0]["office"] == "Foreign Minister" and visit["source"][0]["sector"] == "GOV"
    assert visit["event_loc"]["cc3"] == "CHL" and visit["event_loc"]["country code"] == "CL"
    assert visit["cite_info"]["url"] == "https://example.org/a1"
    start, end = visit["text_info"]["start"], visit["text_info"]["end"]
    assert store.article("a1")["body"][start:end] == "Tran Van Minh visited Santiago"


def test_schema_rejects_a_broken_record(store, plover_schema):
    record = plover_record(store.events()[0])
    jsonschema.validate(record, plover_schema)
    for broken in ({**record, "event": ["MAKE_STATEMENT"]}, {**record, "date": "March 2024"},
                   {k: v for k, v in record.items() if k != "id"}, {**record, "quad_code": 7}):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(broken, plover_schema)


def test_gdelt_has_61_columns_on_every_line(store):
    n, text = _export(store, "gdelt")
    lines = text.splitlines()
    assert n == len(lines) == len(store.events()) > 0
    assert all(len(line.split("\t")) == 61 for line in lines)
    assert len(GDELT_COLUMNS) == 61 and GDELT_COLUMNS[0] == "GlobalEventID" and GDELT_COLUMNS[-1] == "SOURCEURL"


def test_gdelt_loads_with_the_gdelt_column_names(store, tmp_path):
    n, text = _export(store, "gdelt", header=True)
    path = tmp_path / "events.tsv"
    path.write_text(text, encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text), delimiter="\t"))
    assert len(rows) == n
    row = next(r for r in rows if r["EventCode"] == "042")
    assert row["Actor1Code"] == "VNMGOV" and row["Actor1Name"] == "TRAN VAN MINH" and row["Actor2CountryCode"] == "CHL"
    assert row["Day"] == "20240304" and row["MonthYear"] == "202403" and row["Year"] == "2024"
    assert row["EventBaseCode"] == "042" and row["EventRootCode"] == "04" and row["QuadClass"] == "1"
    assert row["ActionGeo_FullName"] == "Santiago" and row["ActionGeo_CountryCode"] == "CI"  # FIPS for Chile
    assert row["ActionGeo_Type"] == "4" and float(row["ActionGeo_Lat"]) == pytest.approx(-33.45)
    assert row["SOURCEURL"] == "https://example.org/a1"
    assert len(row["DATEADDED"]) == 14
    loaded = duckdb.connect().execute(f"SELECT GlobalEventID, EventCode FROM read_csv('{path}', delim='\t', "
                                      "header=true, all_varchar=true)").fetchall()
    assert len(loaded) == n


def test_gdelt_row_without_date_or_place_is_still_61_columns():
    row = gdelt_row({"event_id": "ev_x", "doc_id": "d", "type": "CONSULT", "cameo": "040", "quad": 1})
    assert len(row) == 61 and row[1] == "" and row[-1] == "d"


def test_parquet_reads_back_in_duckdb(store, tmp_path):
    path = tmp_path / "events.parquet"
    n = export(store, "parquet", {}, io.StringIO(), path=str(path))
    con = duckdb.connect()
    count, = con.execute(f"SELECT count(*) FROM '{path}'").fetchone()
    assert count == n == len(store.events())
    consult, = con.execute(f"SELECT count(*) FROM '{path}' WHERE type = 'CONSULT'").fetchone()
    assert consult == len(store.events(type="CONSULT"))
    types = {name: kind for name, kind, *_ in con.execute(f"DESCRIBE SELECT * FROM '{path}'").fetchall()}
    assert types["event_id"] == "VARCHAR" and types["goldstein"] == "DOUBLE" and types["quad"] == "BIGINT"
    assert types["lat"] == "DOUBLE" and types["trigger_start"] == "BIGINT"


def test_parquet_needs_a_path(store):
    with pytest.raises(CommuniqueError, match="-o FILE"):
        export(store, "parquet", {}, io.StringIO(), path=None)


def test_filters_reach_the_store(store):
    n, text = _export(store, "jsonl", {"pair": ["VNM", "CHL"], "limit": None})
    assert n == len(store.events(pair=["VNM", "CHL"])) == len(text.splitlines()) > 0


def test_csv_is_flat_and_loads_in_duckdb(store, tmp_path):
    n, text = _export(store, "csv")
    path = tmp_path / "events.csv"
    path.write_text(text, encoding="utf-8")
    rows = duckdb.connect().execute(f"SELECT source_country, target_country, lat FROM read_csv_auto('{path}')").fetchall()
    assert len(rows) == n == len(store.events())
    header = text.splitlines()[0].split(",")
    assert "source_country" in header and "sentence" in header and "trigger_start" in header


def test_export_command_writes_a_file(tmp_path):
    from communique.cli import main

    db = build_db(tmp_path / "cli.duckdb")
    out = tmp_path / "events.tsv"
    assert main(["export", "--db", str(db), "--format", "gdelt", "-o", str(out), "--type", "CONSULT"]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3 and all(len(line.split("\t")) == 61 for line in lines)


def test_plover_reads_articles_in_batches_not_one_by_one(store, monkeypatch):
    calls = []
    real = store.article_texts

    def counted(doc_ids):
        ids = list(doc_ids)
        calls.append(ids)
        return real(ids)

    def refuse(doc_id):
        raise AssertionError("store.article called once per event")

    monkeypatch.setattr(store, "article", refuse)
    monkeypatch.setattr(store, "article_texts", counted)
    n, text = _export(store, "plover")
    assert n == len(store.events()) and len(calls) == 1
    assert {r["cite_info"]["citation"] for r in map(json.loads, text.splitlines())} <= set(calls[0])
    assert any(json.loads(line)["source"][0]["actor_text"] == "Russia" for line in text.splitlines())


def test_jsonl_streams_the_stored_records_unchanged(store):
    n, text = _export(store, "jsonl", {"type": "CONSULT"})
    assert [json.loads(line) for line in text.splitlines()] == store.events(type="CONSULT")
    assert n == len(store.events(type="CONSULT")) == 3
