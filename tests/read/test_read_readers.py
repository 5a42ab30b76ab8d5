"""Each reader, directories, stdin and every refusal reason, on inputs written by the tests."""
from __future__ import annotations

import gzip
import io
import json
import sys

import pytest

from communique.errors import InputError
from communique.read import ReadReport, read_paths

STORY = ("The foreign ministers of the two countries met in the capital on Monday and agreed to "
         "open a new border crossing for trucks before the end of the year.")

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Ministers agree on border crossing | Example Daily</title>
<meta property="og:site_name" content="Example Daily"><meta name="author" content="Lan Tran">
<meta property="article:published_time" content="2024-05-07T08:00:00Z"></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul>
<div class="lang"><a href="/vi">Tiếng Việt</a> | <a href="/en">English</a></div></nav>
<article><h1>Ministers agree on border crossing</h1>
<div class="share"><a>Share</a> <a>Tweet</a> <a>Print</a></div><span>Comments (4)</span>
<p>{story}</p>
<figure><img src="m.jpg"><figcaption>The two ministers tour the border gate after the talks.</figcaption></figure>
<p>Officials said the crossing would cut waiting times for drivers by half and help exporters of fruit and rice.</p>
</article><aside><h3>Related</h3><ul><li><a>Trade fair opens</a></li></ul></aside>
<footer>(c) 2024 Example Daily</footer></body></html>""".format(story=STORY)


def read(paths, **kwargs):
    report = ReadReport()
    articles = list(read_paths([str(p) for p in paths], report=report, **kwargs))
    return articles, report


def test_text_file(tmp_path):
    path = tmp_path / "border-talks.txt"
    path.write_text(f"Ministers agree on border crossing\n\n{STORY}\n", encoding="utf-8")
    (article,), report = read([path])
    assert article.doc_id == "border-talks"
    assert article.title == "Ministers agree on border crossing"
    assert article.body == STORY
    assert article.language == "en"
    assert article.source_path == str(path)
    assert report.read == 1 and report.skipped == []


def test_any_other_textual_extension_is_text(tmp_path):
    path = tmp_path / "story.md"
    path.write_text(STORY, encoding="utf-8")
    (article,), _ = read([path])
    assert article.body == STORY


def test_encodings_through_the_reader(tmp_path):
    (tmp_path / "u16.txt").write_bytes("\ufeffLe président a reçu l’ambassadeur à l’Élysée mardi matin.".encode("utf-16"))
    (tmp_path / "cp.txt").write_bytes("He said \u201cthe talks were useful\u201d and left for the airport.".encode("cp1252"))
    (tmp_path / "latin.txt").write_bytes("Le ministre a rencontré son homologue à Genève pour des entretiens.".encode("latin-1"))
    articles, report = read([tmp_path])
    bodies = {a.doc_id: a.body for a in articles}
    assert bodies["u16"].startswith("Le président a reçu l’ambassadeur")
    assert "\u201cthe talks were useful\u201d" in bodies["cp"]
    assert "rencontré" in bodies["latin"] and "Genève" in bodies["latin"]
    assert report.skipped == []


def test_html_page_with_furniture(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    (article,), _ = read([path])
    assert article.title == "Ministers agree on border crossing"
    assert article.outlet == "Example Daily"
    assert article.byline == "Lan Tran"
    assert article.published == "2024-05-07" and not article.published_inferred
    assert article.body.startswith(STORY)
    for furniture in ("Home", "Tiếng Việt", "Share", "Comments", "Related", "Trade fair", "(c) 2024"):
        assert furniture not in article.body
    assert article.captions == ["The two ministers tour the border gate after the talks."]
    start, end = article.caption_spans[0]
    assert article.body[start:end] == article.captions[0]


def test_html_without_article_text_is_refused(tmp_path):
    path = tmp_path / "menu.htm"
    path.write_text("<html><body><nav><a>Home</a> | <a>World</a></nav><footer>(c) 2024</footer></body></html>")
    articles, report = read([path])
    assert articles == []
    assert report.skipped[0][0] == str(path)
    assert report.skipped[0][1].startswith("no article text:")


def test_jsonl_records(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        {"id": "r1", "title": "Border crossing agreed", "text": STORY, "published": "2024-05-07",
         "outlet": "Example Wire", "url": "https://example.org/r1", "language": "en"},
        {"text": "PARIS, May 8, 2024 (Example Wire)\n\nFrance and Ghana signed a memorandum on training diplomats."},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    (first, second), report = read([path])
    assert (first.doc_id, first.title, first.published, first.outlet, first.url) == \
        ("r1", "Border crossing agreed", "2024-05-07", "Example Wire", "https://example.org/r1")
    assert first.body == STORY
    assert second.doc_id == "feed:2"
    assert (second.published, second.published_inferred, second.outlet, second.dateline) == \
        ("2024-05-08", False, "Example Wire", "Paris")
    assert second.body.startswith("PARIS, May 8, 2024 (Example Wire)")
    assert report.read == 2


def test_jsonl_bad_lines_are_skipped_with_their_line(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "ok1", "text": STORY}),
        '{"id": "broken", "text": ',
        json.dumps({"id": "no-text", "title": "Only a title"}),
        json.dumps({"id": "blank", "text": "   "}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "bad-date", "text": STORY, "published": "last week"}),
        "",
        json.dumps({"id": "ok2", "text": STORY}),
    ]) + "\n", encoding="utf-8")
    articles, report = read([path])
    assert [a.doc_id for a in articles] == ["ok1", "ok2"]
    where = dict(report.skipped)
    assert where[f"{path}:2"].startswith("malformed JSON:")
    assert where[f"{path}:3"] == "no text: the record has no 'text' field"
    assert where[f"{path}:4"] == "no text: the record's 'text' is empty"
    assert where[f"{path}:5"].startswith("bad record: expected a JSON object")
    assert where[f"{path}:6"].startswith("bad record: 'published'")


def test_empty_jsonl_files(tmp_path):
    (tmp_path / "zero.jsonl").write_bytes(b"")
    (tmp_path / "blank.jsonl").write_text("\n\n  \n")
    _, report = read([tmp_path / "zero.jsonl", tmp_path / "blank.jsonl"])
    assert report.skipped == [(str(tmp_path / "zero.jsonl"), "empty file: 0 bytes"),
                              (str(tmp_path / "blank.jsonl"), "empty file: only whitespace")]


def test_jsonl_max_bytes_applies_per_record(tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps({"id": "small", "text": STORY}) + "\n" +
                    json.dumps({"id": "large", "text": STORY * 20}) + "\n")
    articles, report = read([path], max_bytes=1000)
    assert [a.doc_id for a in articles] == ["small"]
    assert report.skipped[0][0] == f"{path}:2" and report.skipped[0][1].startswith("too large:")


def test_json_single_record_and_list(tmp_path):
    (tmp_path / "one.json").write_text(json.dumps({"text": STORY}))
    (tmp_path / "many.json").write_text(json.dumps([{"id": "a", "text": STORY}, {"id": "b"}, {"id": "c", "text": STORY}]))
    (tmp_path / "bad.json").write_text('{"text": ')
    articles, report = read([tmp_path / "one.json", tmp_path / "many.json", tmp_path / "bad.json"])
    assert [a.doc_id for a in articles] == ["one", "a", "c"]
    assert dict(report.skipped) == {f"{tmp_path / 'many.json'}:2": "no text: the record has no 'text' field",
                                    str(tmp_path / "bad.json"): "malformed JSON: Expecting value at line 1 column 10"}


def test_gzipped_jsonl(tmp_path):
    path = tmp_path / "feed.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"text": STORY}) + "\n")
    (article,), _ = read([path])
    assert article.body == STORY and article.doc_id == "feed:1"


def test_too_large_file(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text(STORY * 10)
    articles, report = read([path], max_bytes=200)
    assert articles == []
    assert report.skipped[0][1].startswith("too large:")


def test_missing_path(tmp_path):
    _, report = read([tmp_path / "nowhere.txt"])
    assert report.skipped == [(str(tmp_path / "nowhere.txt"), "not found: no such file or directory")]


def test_only_furniture_is_no_article(tmp_path):
    path = tmp_path / "furniture.txt"
    path.write_text("Vi\n\nComments0\n\nShare Tweet Print\n")
    _, report = read([path])
    assert report.skipped[0][1].startswith("no article text:")


def test_directories_are_recursive_sorted_and_skip_hidden(tmp_path):
    (tmp_path / "b.txt").write_text(STORY)
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text(STORY)
    (tmp_path / ".hidden.txt").write_text(STORY)
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "d.txt").write_text(STORY)
    (tmp_path / "README.md").write_text("# About these files")
    articles, report = read([tmp_path])
    assert [a.doc_id for a in articles] == ["a", "b", "c"]
    assert report.skipped == []


def test_published_override_wins_and_is_not_inferred(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text("HANOI, Nov. 19, 2006 (Xinhua)\n\n" + STORY)
    (article,), _ = read([path], published="2020-01-02")
    assert (article.published, article.published_inferred) == ("2020-01-02", False)
    with pytest.raises(InputError):
        read([path], published="19/11/2006")


def test_inferred_date_is_marked(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text("BERN — The two foreign ministers held talks on June 3 in the capital.\n\n"
                    "The visit marks the 30th anniversary of the treaty signed in Bern on June 1, 1995.")
    (article,), _ = read([path])
    assert (article.published, article.published_inferred, article.dateline) == ("2025-06-03", True, "Bern")


def _stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(data)), encoding="utf-8"))


def test_stdin_text(monkeypatch):
    _stdin(monkeypatch, f"Ministers agree on border crossing\n\n{STORY}".encode())
    (article,), _ = read(["-"])
    assert article.doc_id == "stdin" and article.body == STORY


def test_stdin_jsonl(monkeypatch):
    _stdin(monkeypatch, (json.dumps({"id": "s1", "text": STORY}) + "\nnot json\n").encode())
    articles, report = read(["-"])
    assert [a.doc_id for a in articles] == ["s1"]
    assert report.skipped[0][0] == "<stdin>:2"


def test_stdin_html(monkeypatch):
    _stdin(monkeypatch, PAGE.encode())
    (article,), _ = read(["-"])
    assert article.title == "Ministers agree on border crossing"


def test_report_summary():
    report = ReadReport(read=3, skipped=[("a", "binary file: contains NUL bytes"), ("b", "empty file: 0 bytes"),
                                         ("c", "empty file: only whitespace")])
    assert report.summary() == "read 3 article(s), skipped 3 (2 empty file, 1 binary file)"


def test_agency_credit_in_place_of_a_dateline(tmp_path):
    path = tmp_path / "credit.txt"
    path.write_text("XINHUA — The two premiers met in the capital on Monday and signed a trade accord.")
    (article,), _ = read([path])
    assert (article.dateline, article.outlet) == (None, "Xinhua")


def test_xhtml_with_xml_declaration_keeps_its_caption(tmp_path):
    path = tmp_path / "page.xhtml"
    path.write_bytes(('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body>'
                      f"<article><p>{STORY}</p><figure><img src=\"a.jpg\"/><figcaption>The ministers before the talks."
                      "</figcaption></figure><p>Officials said the atmosphere had been constructive and businesslike "
                      "throughout the meeting.</p></article></body></html>").encode("utf-8"))
    (article,), _ = read([path])
    assert article.captions == ["The ministers before the talks."]
