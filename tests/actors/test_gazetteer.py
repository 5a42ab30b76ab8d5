"""Data files: folding, lookups, ruler patterns, validation with file and line."""
from __future__ import annotations

import shutil

import pytest

from communique.actors import gazetteer as gz
from communique.actors.names import looks_vietnamese, short_forms
from communique.errors import DataFileError


def test_folding_ignores_case_and_diacritics():
    assert gz.fold("Lương Cường") == "luong cuong"
    assert gz.fold("Đổi Mới") == "doi moi"
    assert gz.key_of("Việt Nam") == gz.key_of("Vietnam") == gz.key_of("Viet Nam")


def test_lookups_cover_variants_demonyms_capitals_and_igos():
    g = gz.gazetteer()
    assert g.folded[gz.key_of("Côte d'Ivoire")][0].country == "CIV"
    assert g.folded[gz.key_of("Ivory Coast")][0].country == "CIV"
    assert g.folded[gz.key_of("Perú")][0].country == "PER"
    assert g.folded[gz.key_of("Chilean")][0].kind == "demonym"
    assert g.folded[gz.key_of("Hanoi")][0].kind == "capital"
    assert g.exact["U.S."][0].country == "USA"
    assert "us" not in g.folded                        # "US" only with exact case
    assert g.folded[gz.key_of("Asia-Pacific Economic Cooperation")][0].code == "APEC"
    assert g.folded[gz.key_of("Soviet Union")][0].country == "SUN"
    assert g.in_year("RUS", 1987) == "SUN" and g.in_year("RUS", 2006) == "RUS"


def test_ruler_patterns_are_case_sensitive_for_ambiguous_forms():
    patterns = gz.ruler_patterns()
    labels = {(p["label"], str(p["pattern"])) for p in patterns}
    assert ("GPE", str([{"ORTH": "US"}])) in labels
    assert ("GPE", str([{"ORTH": "Chad"}])) in labels and ("GPE", "chad") not in labels
    assert ("NORP", "Vietnamese") in labels and ("ORG", "ASEAN") not in labels
    assert ("ORG", str([{"ORTH": "ASEAN"}])) in labels
    assert ("GPE", "Viet Nam") in labels and ("GPE", "Việt Nam") in labels


def test_naming_conventions():
    assert "cuong" in short_forms("Lương Cường", "VNM")
    assert {"boric", "boric font", "gabriel boric"} <= short_forms("Gabriel Boric Font", "CHL")
    assert "hu" in short_forms("Hu Jintao", "CHN")
    assert "boluarte" in short_forms("Dina Boluarte", "PER")
    assert "assad" in short_forms("Hafez al-Assad", "SYR")
    assert looks_vietnamese("Trần Thanh Mẫn") and looks_vietnamese("To Lam") and not looks_vietnamese("Li Peng")


@pytest.fixture
def data_copy(tmp_path):
    target = tmp_path / "data"
    shutil.copytree(gz.DATA_DIR, target)
    return target


@pytest.mark.parametrize("name, bad_row, message", [
    ("countries.tsv", "VNMX\tNowhere\t\t\t\t\n", "alpha-3"),
    ("countries.tsv", "XXA\tNowhere\t\t\t\tsoon\n", "note"),
    ("igos.tsv", "bad code\tSomething\t\n", "IGO code"),
    ("titles.tsv", "tsar\ttitle\tKING\tTsar\t\n", "sector"),
    ("titles.tsv", "tsar\tperson\tGOV\tTsar\t\n", "kind"),
    ("outlets.tsv", "Gazette\tGazetteland\n", "alpha-3"),
    ("regions.tsv", "Somewhere\textra\tcolumns\n", "columns"),
])
def test_bad_rows_raise_with_file_and_line(data_copy, name, bad_row, message):
    path = data_copy / name
    lines = path.read_text(encoding="utf-8").count("\n")
    with path.open("a", encoding="utf-8") as fh:
        fh.write(bad_row)
    with pytest.raises(DataFileError) as info:
        gz.build_gazetteer(data_copy)
    assert f"{path}:{lines + 1}:" in str(info.value) and message in str(info.value)
