"""The event lexicon: coverage of the ontology and validation of the data file."""
from __future__ import annotations

import pytest

from communique.errors import DataFileError
from communique.events.lexicon import LEXICON_PATH, get_lexicon, load_lexicon
from communique.ontology import get_ontology


def test_lexicon_covers_every_plover_type_and_cameo_root():
    lex = get_lexicon()
    assert {e.type for e in lex.entries} == set(get_ontology().types)
    assert {e.cameo[:2] for e in lex.entries} == {f"{i:02d}" for i in range(1, 21)}


def test_lexicon_has_fine_diplomacy_codes():
    codes = {e.cameo for e in get_lexicon().entries} | set(get_lexicon().future_recode.values())
    for code in ["030", "032", "033", "036", "037", "038", "039", "040", "041", "042", "043", "044", "045", "046",
                 "050", "051", "052", "053", "054", "055", "056", "057", "061", "062", "063", "064", "161", "163", "166"]:
        assert code in codes, code


def test_every_entry_agrees_with_the_cameo_table_unless_pinned():
    onto = get_ontology()
    raw = {e.id: e for e in get_lexicon().entries}
    for entry in raw.values():
        mapped = onto.cameo[entry.cameo].plover_type
        assert mapped is None or mapped == entry.type or entry.id in {
            "support.apologise", "request.appeal", "request.call_on", "request.appeal.noun", "request.ask",
            "support.regards", "support.condolences", "support.congratulate"}, entry.id


def _write(tmp_path, text: str):
    path = tmp_path / "lexicon.yaml"
    base = LEXICON_PATH.read_text(encoding="utf-8")
    path.write_text(base + text, encoding="utf-8")
    return path


def test_unknown_key_is_refused(tmp_path):
    path = _write(tmp_path, '  - {id: x.bad, lemmas: [foo], pos: verb, type: CONSULT, cameo: "040", colour: red}\n')
    with pytest.raises(DataFileError, match=r"x.bad.*unknown keys \['colour'\]"):
        load_lexicon(path)


def test_code_that_does_not_exist_is_refused(tmp_path):
    path = _write(tmp_path, '  - {id: x.bad, lemmas: [foo], pos: verb, type: CONSULT, cameo: "049"}\n')
    with pytest.raises(DataFileError, match="unknown CAMEO code '049'"):
        load_lexicon(path)


def test_type_that_contradicts_the_code_is_refused(tmp_path):
    path = _write(tmp_path, '  - {id: x.bad, lemmas: [foo], pos: verb, type: ASSAULT, cameo: "042"}\n')
    with pytest.raises(DataFileError, match="maps to CONSULT, not ASSAULT"):
        load_lexicon(path)


def test_unquoted_yaml_boolean_word_gets_a_clear_message(tmp_path):
    path = _write(tmp_path, '  - {id: x.bad, lemmas: [foo], pos: verb, type: CONSULT, cameo: "040", target_preps: [on]}\n')
    with pytest.raises(DataFileError, match="quote words"):
        load_lexicon(path)
