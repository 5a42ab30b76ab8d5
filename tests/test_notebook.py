"""The notebook API: `communique.open(db)` over a real store built from hand-written articles."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "web"))

from sample import build_db  # noqa: E402

import communique  # noqa: E402
from communique.errors import StoreError  # noqa: E402


@pytest.fixture(scope="module")
def nb(tmp_path_factory):
    return communique.open(build_db(tmp_path_factory.mktemp("nb") / "sample.duckdb"))


def test_records(nb):
    events = nb.events()
    assert len(events) == 5 and {"event_id", "type", "source", "target", "sentence", "spans"} <= set(events[0])
    assert [e["type"] for e in nb.events(pair=("RUS", "UKR"))] == ["ACCUSE"]
    stories = nb.stories()
    in_stories = [d for st in stories for d in st["doc_ids"]]
    assert sorted(in_stories) == ["a1", "b2", "x3"]  # every article in exactly one story
    assert nb.agreements()[0]["instrument_type"] == "mou"
    assert "Tran Van Minh" in {a["name"] for a in nb.actors()}
    rel = nb.relations("VNM", "CHL")
    assert rel["level"] == "comprehensive partnership" and rel["timeline"]
    assert nb.event(events[0]["event_id"])["event_id"] == events[0]["event_id"]


def test_missing_database_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        communique.open(tmp_path / "nope.duckdb")


def test_frames(nb):
    pd = pytest.importorskip("pandas", reason="pandas is the optional [notebook] extra")
    frame = nb.events_df(type="CONSULT")
    assert isinstance(frame, pd.DataFrame)
    assert len(frame) == len(nb.events(type="CONSULT")) == 3
    assert {"source_country", "target_country", "goldstein", "lat", "lon", "day"} <= set(frame.columns)
    assert str(frame["goldstein"].dtype) == "float64"
    assert frame["day"].notna().all()
    assert len(nb.stories_df()) == len(nb.stories()) and "story_id" in nb.stories_df().columns
    assert len(nb.actors_df()) == len(nb.actors())
    assert len(nb.agreements(as_frame=True)) == 1
    assert list(nb.pairs_df().columns) == ["dyad", "n_events", "n_coop", "n_conflict"]


def test_counts_and_places_come_from_the_database(nb):
    counts = nb.counts()
    assert counts[0] == {"month": "2024-03", "type": "CONSULT", "n": 3}
    assert {(c["month"], c["type"]): c["n"] for c in counts} == {
        ("2024-03", "CONSULT"): 3, ("2024-03", "SUPPORT"): 1, ("2024-02", "ACCUSE"): 1}
    assert nb.counts(by=["quad"], pair=("VNM", "CHL")) == [{"quad": 1, "n": 3}]
    assert nb.counts(by=("type",), since="2024-03-05") == [{"type": "CONSULT", "n": 1}]
    places = {p["name"]: p for p in nb.places()}
    assert places["Santiago"]["n_events"] == 3 and places["Tokyo"]["country"] == "JPN"
    assert [p["name"] for p in nb.places(type="SUPPORT")] == ["Santiago"]
