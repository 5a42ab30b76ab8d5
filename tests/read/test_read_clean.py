"""Furniture rules of the cleaner, on snippets written for the tests."""
from __future__ import annotations

import json

import pytest

from communique.errors import DataFileError
from communique.read import clean
from communique.read.clean import clean_text, parse_furniture, split_signoff

PARA = "The two ministers met in the capital on Monday and agreed to expand trade in farm goods."


@pytest.mark.parametrize("line", ["Vi", "EN | VI", "English Tiếng Việt", "EN / FR / ES", "English | Français"])
def test_language_switchers_go(line):
    result = clean_text(f"{line}\n\n{PARA}")
    assert result.body == PARA
    assert result.removed[0][0] == "language_switcher"


@pytest.mark.parametrize("line", ["Comments0", "Comments (3)", "0 comments", "12 Comments", "Bình luận (0)"])
def test_comment_counters_go(line):
    assert clean_text(f"{PARA}\n{line}").body == PARA


def test_language_words_inside_sentences_stay():
    text = "English is one of the working languages of the bloc, the envoy said in a speech."
    assert clean_text(text).body == text


def test_byline_goes_and_feeds_metadata():
    text = f"by VNA18 March 2023 Last updated at 09:10 AM\n\n{PARA}"
    result = clean_text(text)
    assert result.body == PARA
    assert (result.outlet, result.published) == ("VNA", "2023-03-18")


def test_byline_with_a_person():
    result = clean_text(f"By Maria Lopez\n\n{PARA}")
    assert result.body == PARA
    assert result.byline == "Maria Lopez" and result.outlet is None


def test_by_at_start_of_a_sentence_is_not_a_byline():
    text = "By Tuesday the two delegations had agreed on most of the text of the accord."
    assert clean_text(text).body == text


@pytest.mark.parametrize("line", ["Last updated: 18/03/2023 09:10", "Updated 2023-03-18 09:10 GMT+7",
                                  "Published: March 18, 2023"])
def test_updated_lines_go(line):
    assert clean_text(f"{line}\n\n{PARA}").body == PARA


def test_headline_found_and_repeats_removed():
    text = f"Ministers agree to expand farm trade\n\n{PARA}\nMinisters agree to expand farm trade\n\nMore text follows here."
    result = clean_text(text)
    assert result.title == "Ministers agree to expand farm trade"
    assert "Ministers agree" not in result.body
    assert result.body.startswith(PARA)


def test_long_first_paragraph_is_not_a_title():
    assert clean_text(PARA + "\n\nSecond paragraph of the story.").title is None


@pytest.mark.parametrize("marker", ["Ministers agree to expand farm trade - Ảnh 1.", "- Photo 2", "Photo 3:",
                                    "Ministers agree to expand farm trade – Photo 1"])
def test_photo_markers_go(marker):
    text = f"Ministers agree to expand farm trade\n\n{PARA}\n\n{marker}\n\nThe talks will resume in May, officials said."
    body = clean_text(text).body
    assert "Photo" not in body and "Ảnh" not in body
    assert body.endswith("officials said.")


def test_photo_number_prefix_keeps_the_caption():
    text = f"{PARA}\n\nPhoto 3: The minister greets the delegation at the airport.\n\nMore news follows."
    result = clean_text(text)
    assert result.captions == ["The minister greets the delegation at the airport."]


@pytest.mark.parametrize("caption", [
    "The two ministers shake hands after the signing. (Photo: VNA)",
    "The president inspects a guard of honour (Photo by Jane Doe)",
    "Photo: The foreign minister at the press conference.",
    "The delegations at the talks. (AP Photo/John Roe)",
    "The king receives the medal. Photo: Ministry of Foreign Affairs",
])
def test_captions_stay_and_are_listed_with_offsets(caption):
    result = clean_text(f"{PARA}\n\n{caption}\n\nThe visit ends on Friday, the ministry said.")
    assert caption in result.body
    assert result.captions == [caption]
    start, end = result.caption_spans[0]
    assert result.body[start:end] == caption


@pytest.mark.parametrize("signoff, outlet", [
    (" — VNA/VNS", "VNA/VNS"), (" (Reuters)", "Reuters"), (" -- Xinhua", "Xinhua"), (" /AFP/", "AFP"),
    (" REUTER", "Reuters"), ("\n\n— VNA", "VNA"),
])
def test_agency_signoffs_go_and_name_the_outlet(signoff, outlet):
    result = clean_text(PARA + signoff)
    assert result.body == PARA
    assert result.outlet == outlet


@pytest.mark.parametrize("ending", [
    "The ministers also discussed cooperation with ASEAN.",
    "He said the talks were useful (UN).",
    "The meeting was attended by the AU.",
    "They signed the deal in the presence of the EU envoy - a first.",
])
def test_ordinary_endings_are_not_signoffs(ending):
    assert split_signoff(ending) is None
    assert clean_text(f"{PARA}\n\n{ending}").body.endswith(ending)


@pytest.mark.parametrize("line", ["Share Tweet Print", "Share | Facebook | Twitter | Email", "Copy link", "Print"])
def test_share_rows_go(line):
    assert clean_text(f"{PARA}\n\n{line}").body == PARA


def test_read_more_and_related_lists_go():
    text = (f"{PARA}\n\nRead more: Minister visits port city\n\nRelated news\nLeaders meet at regional summit\n"
            "Trade fair opens in the capital\n\nTags: diplomacy, trade")
    assert clean_text(text).body == PARA


def test_related_inside_a_sentence_stays():
    text = "Related talks on fisheries will be held next month, the ministry said in a statement."
    assert clean_text(text).body == text


def test_credits_line_at_the_end_goes():
    assert clean_text(f"{PARA}\n\n(Reporting by Ann Lee; Editing by Bo Chan)").body == PARA


def test_clean_wire_text_is_left_alone():
    text = ("HANOI, Nov. 19, 2006 (Xinhua)\n\nThe two presidents signed a joint statement on Sunday.\n\n"
            "\"We agreed to deepen ties,\" the president said.")
    result = clean_text(text, find_title=False)
    assert result.body == text
    assert result.removed == []


def test_paragraph_breaks_are_kept_and_squeezed():
    assert clean_text("One paragraph here with words.\n\n\n\nTwo paragraph here.\r\nLine two.").body == \
        "One paragraph here with words.\n\nTwo paragraph here.\nLine two."


def test_furniture_data_is_validated():
    with pytest.raises(DataFileError, match="agencies"):
        parse_furniture({"agencies": [], "languages": {"codes": ["en"], "names": ["English"]},
                         "share_words": ["share"], "link_markers": ["related"]})
    with pytest.raises(DataFileError, match="share_words"):
        parse_furniture({"agencies": [{"name": "AFP"}], "languages": {"codes": ["en"], "names": ["English"]},
                         "share_words": "share", "link_markers": ["related"]})
    assert clean.furniture().agencies["ttxvn"] == "VNA"


def test_corpus_bodies_keep_their_text(corpus_dir):
    """Cleaning is conservative on clean wire text: on 50 records the body keeps >95% of the text."""
    from communique.read.jsonl import article_from_record

    records = []
    with open(corpus_dir / "diplomacy-dev.jsonl", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i % 8 == 0:
                records.append(json.loads(line))
            if len(records) == 50:
                break
    kept = total = 0
    for record in records:
        article = article_from_record(record, where="dev", default_id="x")
        kept += len(article.body)
        total += len(record["text"].strip())
        assert len(article.body) > 0.9 * len(record["text"].strip()), record["id"]
        assert article.published == record["published"]
    assert kept / total > 0.95
