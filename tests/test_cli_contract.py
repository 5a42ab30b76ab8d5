"""The command-line contract of DESIGN.md: `extract` event records and `--what mentions` records."""
from __future__ import annotations

import json

from communique.cli import main
from communique.read import read_paths

EVENT_FIELDS = {"event_id", "doc_id", "type", "mode", "context", "cameo", "goldstein", "quad", "source", "target",
                "participants", "date", "date_precision", "date_text", "status", "location", "sentence",
                "sentence_index", "spans", "rule", "confidence", "instrument", "story_id", "sources"}
ACTOR_FIELDS = {"name", "kind", "country", "sector", "title", "igo"}
LOCATION_FIELDS = {"name", "country", "lat", "lon", "precision"}


def _jsonl(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_extract_prints_every_field_of_the_event_record(seed_paths, capsys):
    assert main(["extract", *map(str, seed_paths), "--format", "jsonl", "--quiet"]) == 0
    events = _jsonl(capsys.readouterr().out)
    assert len(events) >= 10
    bodies = {a.doc_id: a.body for a in read_paths([str(p) for p in seed_paths])}
    for ev in events:
        assert EVENT_FIELDS <= set(ev), EVENT_FIELDS - set(ev)
        assert ev["status"] in {"occurred", "planned", "negated", "hypothetical", "historical"}
        assert ev["source"] is not None and ACTOR_FIELDS <= set(ev["source"])  # no event without a source
        if ev["target"] is not None:
            assert ACTOR_FIELDS <= set(ev["target"])
        if ev["location"] is not None:
            assert LOCATION_FIELDS <= set(ev["location"])
        assert ev["date"] is None or len(ev["date"]) in (4, 7, 10)
        assert 0 < ev["confidence"] <= 1 and ev["rule"]
        body = bodies[ev["doc_id"]]
        for role in ("trigger", "source", "target"):
            span = ev["spans"].get(role)
            if span:                                            # the offsets point at the words
                assert body[span[0]:span[1]].strip()
        t0, t1 = ev["spans"]["trigger"]
        assert body[t0:t1] in ev["sentence"]
        assert ev["sources"] == [ev["doc_id"]]


def test_extract_mentions_follow_the_contract(seed_paths, capsys):
    assert main(["extract", *map(str, seed_paths), "--what", "mentions", "--format", "jsonl", "--quiet"]) == 0
    mentions = _jsonl(capsys.readouterr().out)
    bodies = {a.doc_id: a.body for a in read_paths([str(p) for p in seed_paths])}
    assert mentions
    for m in mentions:
        assert {"doc_id", "text", "start", "end", "actor"} <= set(m)
        assert ACTOR_FIELDS <= set(m["actor"])
        assert bodies[m["doc_id"]][m["start"]:m["end"]] == m["text"]
