"""Checks on the hand-coded actor gold for the dev corpus (gold/dev-actors.jsonl).

The gold stores offsets only (no article text); these tests check that the file is
well formed and that every span fits the article text in ../shared/corpus.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLD_FILE = ROOT / "gold" / "dev-actors.jsonl"
KINDS = {"state", "person", "igo", "org"}
SECTORS = {"GOV", "MIL", "LEG", "PTY", "JUD", "BUS", "MED", "CVL", "IGO", "REB", "OPP"}
ISO3 = re.compile(r"^[A-Z]{3}$")
MENTION_KEYS = {"doc", "start", "end", "kind", "name", "country", "sector", "title", "igo", "titled_person"}


def _rows() -> list[dict]:
    assert GOLD_FILE.exists(), f"{GOLD_FILE} is missing"
    rows = []
    for n, line in enumerate(GOLD_FILE.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:  # pragma: no cover - reported as failure
            pytest.fail(f"line {n}: not JSON ({exc})")
    return rows


def _split(rows: list[dict]) -> tuple[dict[str, int], list[dict]]:
    docs: dict[str, int] = {}
    mentions = []
    for r in rows:
        if r.get("type") == "doc":
            docs[r["doc"]] = r["coded_chars"]
        else:
            mentions.append(r)
    return docs, mentions


def test_records_have_required_fields_and_valid_codes():
    docs, mentions = _split(_rows())
    assert len(docs) >= 1
    seen_docs: set[str] = set()
    for m in mentions:
        assert MENTION_KEYS <= set(m), f"missing fields in {m}"
        assert m["doc"] in docs, f"mention before its doc record: {m}"
        seen_docs.add(m["doc"])
        assert m["kind"] in KINDS, m
        assert isinstance(m["start"], int) and isinstance(m["end"], int) and m["start"] < m["end"], m
        assert m["end"] <= docs[m["doc"]], f"mention beyond coded_chars: {m}"
        assert m["country"] is None or ISO3.match(m["country"]), m
        assert isinstance(m["titled_person"], bool), m
        assert "text" not in m and "piece" not in m, "the gold must not copy article text"
        if m["kind"] == "state":
            assert m["country"] and m["name"], m
            assert not m["titled_person"], m
        if m["kind"] == "person":
            assert m["sector"] in SECTORS, m
            assert m["name"], m
            if m["sector"] == "IGO":
                assert m["country"] is None and m["igo"], m
            else:
                assert m["country"], m
            if m["titled_person"]:
                assert m["title"], m
        if m["kind"] == "igo":
            assert m["igo"], m


def test_doc_records_come_first_and_are_unique():
    seen: set[str] = set()
    for r in _rows():
        if r.get("type") == "doc":
            assert r["doc"] not in seen, f"doc listed twice: {r['doc']}"
            assert isinstance(r["coded_chars"], int) and r["coded_chars"] > 0
            seen.add(r["doc"])
        else:
            assert r["doc"] in seen


def test_mentions_do_not_overlap_within_a_doc():
    _, mentions = _split(_rows())
    by_doc: dict[str, list[tuple[int, int]]] = {}
    for m in mentions:
        by_doc.setdefault(m["doc"], []).append((m["start"], m["end"]))
    for doc, spans in by_doc.items():
        spans.sort()
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, f"{doc}: overlapping spans {(s1, e1)} {(s2, e2)}"


def test_spans_fit_the_article_text(corpus_dir):
    path = corpus_dir / "diplomacy-dev.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    texts = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        texts[rec["id"]] = rec["text"]
    docs, mentions = _split(_rows())
    for doc, cc in docs.items():
        assert doc in texts, f"unknown doc id {doc}"
        assert cc <= len(texts[doc])
    for m in mentions:
        text = texts[m["doc"]]
        piece = text[m["start"]:m["end"]]
        assert piece and piece == piece.strip(), f"span has edge whitespace: {m}"
        assert "\n" not in piece, f"span crosses a line: {m}"
        # a span starts and ends on a word boundary
        if m["start"] > 0:
            assert not (text[m["start"] - 1].isalnum() and piece[0].isalnum()), f"span starts mid-word: {m}"
        if m["end"] < len(text):
            assert not (text[m["end"]].isalpha() and piece[-1].isalnum()), f"span ends mid-word: {m}"
