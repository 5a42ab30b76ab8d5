"""Acceptance for issue 2 through the command line: `communique read`."""
from __future__ import annotations

import json

import pytest

from communique.cli import main

STORY = ("The foreign ministers of the two countries met in the capital on Monday and agreed to "
         "open a new border crossing for trucks before the end of the year.")


def run(capsys, *argv):
    status = main(["read", *map(str, argv)])
    out, err = capsys.readouterr()
    return status, [json.loads(line) for line in out.splitlines() if line.strip()], err


def test_seeds_match_gold_metadata(capsys, seed_paths, gold_path):
    status, records, _ = run(capsys, *seed_paths, "--format", "jsonl")
    assert status == 0
    by_file = {f"{r['doc_id']}.txt": r for r in records}
    documents = json.loads(gold_path.read_text(encoding="utf-8"))["documents"]
    for doc in documents:
        record = by_file[doc["file"]]
        assert record["title"] == doc["title"]
        assert record["outlet"] == doc["outlet"]
        assert record["dateline"] == doc["dateline"]
        assert record["language"] == doc["language"]
        if doc.get("published"):
            assert (record["published"], record["published_inferred"]) == (doc["published"], False)
        else:
            assert record["published"] == doc["published_inferred"]
            assert record["published_inferred"] is True
        for text in doc["not_in_body"]:
            assert text not in record["body"], (doc["file"], text)
        for text in doc["in_body"]:
            assert text in record["body"], (doc["file"], text)


def test_seed_captions_kept_and_listed(capsys, seed_paths):
    _, records, _ = run(capsys, *seed_paths)
    article = next(r for r in records if r["captions"])
    assert len(article["captions"]) == 3
    for caption, (start, end) in zip(article["captions"], article["caption_spans"], strict=True):
        assert caption.endswith("(Photo: VNA)")
        assert article["body"][start:end] == caption
    assert not article["body"].startswith(("Vi", article["title"]))


def bad_folder(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "good.txt").write_text(f"Ministers agree on border crossing\n\n{STORY}\n", encoding="utf-8")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "zero.jsonl").write_bytes(b"")
    (folder / "feed.jsonl").write_text("\n".join([
        json.dumps({"id": "feed-1", "text": STORY}),
        '{"id": "feed-2", "text": "unterminated',
        json.dumps({"id": "feed-3", "text": "Two envoys exchanged notes on a visa waiver at the ministry on Friday."}),
    ]) + "\n", encoding="utf-8")
    (folder / "latin.txt").write_bytes("Le ministre a rencontré son homologue à Genève pour parler du commerce.".encode("latin-1"))
    (folder / "menu.html").write_text("<html><body><nav><a>Home</a> | <a>World</a></nav>"
                                      "<footer>(c) 2024</footer></body></html>")
    return folder


def test_folder_with_bad_files(capsys, tmp_path):
    folder = bad_folder(tmp_path)
    status, records, err = run(capsys, folder)
    assert status == 0
    assert sorted(r["doc_id"] for r in records) == ["feed-1", "feed-3", "good", "latin"]
    latin = next(r for r in records if r["doc_id"] == "latin")
    assert "rencontré" in latin["body"] and "Genève" in latin["body"]
    expected = {
        f"skipped {folder / 'photo.jpg'}: binary file",
        f"skipped {folder / 'empty.txt'}: empty file",
        f"skipped {folder / 'zero.jsonl'}: empty file",
        f"skipped {folder / 'feed.jsonl'}:2: malformed JSON",
        f"skipped {folder / 'menu.html'}: no article text",
    }
    lines = [line for line in err.splitlines() if line.startswith("skipped ")]
    assert len(lines) == len(expected)
    for start in expected:
        assert any(line.startswith(start) for line in lines), start
    assert "read 4 article(s), skipped 5" in err


def test_strict_fails_when_something_was_skipped(capsys, tmp_path):
    status, records, _ = run(capsys, bad_folder(tmp_path), "--strict")
    assert status != 0 and len(records) == 4


def test_nothing_read_is_an_error(capsys, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    status, records, err = run(capsys, tmp_path / "empty.txt", tmp_path / "missing.txt")
    assert status != 0 and records == []
    assert "not found" in err


def test_bad_published_option(capsys, tmp_path):
    (tmp_path / "a.txt").write_text(STORY)
    status, _, err = run(capsys, tmp_path / "a.txt", "--published", "yesterday")
    assert status == 2 and "YYYY-MM-DD" in err


@pytest.mark.parametrize("fmt", ["table", "csv"])
def test_other_formats(capsys, tmp_path, fmt):
    (tmp_path / "a.txt").write_text(STORY)
    assert main(["read", str(tmp_path / "a.txt"), "--format", fmt, "-q"]) == 0
    assert "doc_id" in capsys.readouterr().out


def test_examples_read_cleanly(capsys):
    from communique.jobs import examples_dir

    status, records, err = run(capsys, examples_dir(), "--strict")
    assert status == 0, err
    assert 6 <= len(records) <= 10
    for record in records:
        words = len(record["body"].split())
        assert 100 <= words <= 420, (record["doc_id"], words)
        assert record["language"] == "en" and record["published"]
    html = next(r for r in records if r["doc_id"] == "lima-summit-page")
    assert html["captions"] and "Order of the Sun" in html["captions"][0]
    assert "Comments" not in html["body"] and "Related" not in html["body"]
