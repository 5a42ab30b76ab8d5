"""Highlighting and view helpers, on hand-made inputs."""
from __future__ import annotations

from communique.web.views import segments, sentence_segments


def test_segments_cut_at_every_boundary_and_keep_all_text():
    text = "Japan hosted Vietnam."
    segs = segments(text, [(0, 5, "source"), (6, 12, "trigger"), (13, 20, "target")])
    assert "".join(s["text"] for s in segs) == text
    assert [(s["text"], s["labels"]) for s in segs if s["labels"]] == [
        ("Japan", ["source"]), ("hosted", ["trigger"]), ("Vietnam", ["target"])]


def test_overlapping_spans_carry_both_labels():
    segs = segments("abcdef", [(0, 4, "actor"), (2, 6, "trigger")])
    assert [(s["text"], s["labels"]) for s in segs] == [("ab", ["actor"]), ("cd", ["actor", "trigger"]),
                                                        ("ef", ["trigger"])]


def test_out_of_range_and_empty_spans_are_dropped():
    segs = segments("abc", [(5, 9, "x"), (1, 1, "y"), (None, 2, "z")])
    assert segs == [{"text": "abc", "start": 0, "end": 3, "labels": []}]


def test_sentence_segments_shift_body_offsets():
    sentence = "Russia accused Ukraine."
    segs = sentence_segments(sentence, {"trigger": [107, 114], "source": [100, 106], "target": None}, offset=100)
    marked = {s["text"]: s["labels"] for s in segs if s["labels"]}
    assert marked == {"Russia": ["source"], "accused": ["trigger"]}
