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
    for entry in get_lexicon().entries:
        mapped = onto.cameo[entry.cameo].plover_type
        if mapped is None or mapped == entry.type:
            continue
        # pinned types (docs/ontology.md): statements and appeals (01/02 have no PLOVER type) and apologies (CONCEDE)
        assert (entry.cameo[:2], entry.type) in {("01", "SUPPORT"), ("02", "REQUEST"), ("05", "CONCEDE")}, entry.id


def test_appeals_are_requests_and_statements_are_support():
    for entry in get_lexicon().entries:
        if entry.cameo.startswith("02"):
            assert entry.type == "REQUEST", entry.id
        if entry.cameo.startswith("01"):
            assert entry.type == "SUPPORT", entry.id


def test_no_lemma_appears_twice_with_the_same_constraints():
    seen = {}
    for e in get_lexicon().entries:
        for lemma in e.lemmas:
            # an entry that needs its own light verbs is told apart by them ("went on strike" vs "launched a strike"),
            # one that needs a subject, an infinitive or no object by those
            key = (lemma, e.pos, e.objects, e.requires_prep, e.requires_modifier, e.light if e.requires_light else None,
                   e.subjects, e.requires_infinitive, e.intransitive)
            assert key not in seen, f"{lemma} in {e.id} and {seen[key]}: the second can never fire"
            seen[key] = e.id


def test_every_plover_type_has_a_verb_and_a_noun_or_phrase_entry():
    by_type = {}
    for e in get_lexicon().entries:
        by_type.setdefault(e.type, set()).add(e.pos)
    verbal = {t for t, pos in by_type.items() if "verb" in pos}
    assert verbal == set(get_ontology().types)


def test_requires_target_is_read(tmp_path):
    path = _write(tmp_path, '  - {id: x.ok, lemmas: [foo], pos: verb, type: REQUEST, cameo: "100", requires_target: true}\n')
    entry = next(e for e in load_lexicon(path).entries if e.id == "x.ok")
    assert entry.requires_target and not next(e for e in load_lexicon(path).entries if e.id == "accuse.criticise").requires_target


def test_requires_light_is_read_and_needs_a_noun_with_light_verbs(tmp_path):
    path = _write(tmp_path, '  - {id: x.ok, lemmas: [foo], pos: noun, type: PROTEST, cameo: "143", light: [go], requires_light: true}\n')
    entry = next(e for e in load_lexicon(path).entries if e.id == "x.ok")
    assert entry.requires_light and entry.specificity == 1
    bad = _write(tmp_path, '  - {id: x.bad, lemmas: [foo], pos: verb, type: PROTEST, cameo: "143", requires_light: true}\n')
    with pytest.raises(DataFileError, match="x.bad.*requires_light needs a noun entry"):
        load_lexicon(bad)


def _write(tmp_path, text: str):
    path = tmp_path / "lexicon.yaml"
    base = LEXICON_PATH.read_text(encoding="utf-8")
    path.write_text(base + text, encoding="utf-8")
    return path


def _edited(tmp_path, old: str, new: str):
    """A copy of the lexicon with its first ``old`` replaced by ``new``."""
    path = tmp_path / "lexicon.yaml"
    text = LEXICON_PATH.read_text(encoding="utf-8")
    assert old in text, f"the lexicon no longer has {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
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


def test_complement_codes_are_request_codes_under_their_root():
    onto = get_ontology()
    table = get_lexicon().complement_codes
    assert table["release"] == {"02": "0253", "10": "1053", "03": "0353"}
    for codes in table.values():
        for root, code in codes.items():
            wanted = {"13": "THREATEN", "03": "AGREE"}.get(root, "REQUEST")
            assert code.startswith(root) and onto.cameo[code].plover_type in (None, wanted)
    assert table["expel"] == {"13": "136"}


def test_complement_code_under_the_wrong_root_is_refused(tmp_path):
    path = _edited(tmp_path, 'complement_codes:\n', 'complement_codes:\n  leave: {"02": "1053"}\n')
    with pytest.raises(DataFileError, match="complement_codes.leave"):
        load_lexicon(path)


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, entry_id, code", [
    ("Kenya urged Ethiopia to free the sailors.", "urged", "request.appeal", "0253"),
    ("India demanded that Nepal withdraw its troops.", "demanded", "request.demand", "1056"),
    ("France called on Iran to resume the talks.", "called", "request.call_on", "026"),
    ("Kenya urged Ethiopia to lift the embargo.", "urged", "request.appeal", "0254"),
    ("Kenya urged Ethiopia to remain calm.", "urged", "request.appeal", "020"),       # nothing finer
    ("Kenya urged calm.", "urged", "request.appeal", "020"),
])
def test_refine_cameo_reads_the_act_asked_for(nlp, text, trigger, entry_id, code):
    lex = get_lexicon()
    tok = next(t for t in nlp(text) if t.text == trigger)
    entry = next(e for e in lex.entries if e.id == entry_id)
    assert lex.refine_cameo(entry, tok) == code


@pytest.mark.model
def test_refine_cameo_leaves_other_entries_alone(nlp):
    lex = get_lexicon()
    tok = next(t for t in nlp("Kenya threatened Ethiopia to release the sailors.") if t.text == "threatened")
    entry = next(e for e in lex.entries if e.id == "threaten.threaten")
    assert lex.refine_cameo(entry, tok) == "130"


def test_trigger_conditions_name_what_a_common_verb_needs():
    cond = get_lexicon().trigger_conditions()
    assert cond["condemn"] is None                      # fits on its own
    assert {"hostage", "captive", "street"} <= cond["take"]       # "took hostages", "took to the streets"
    assert "out" in cond["rule"] and "down" in cond["turn"]
    assert set(cond) == {lemma for lemma, _pos in get_lexicon().by_key}


def test_threat_recode_maps_conflict_acts_to_threaten_codes():
    lex = get_lexicon()
    assert lex.threat_code("SANCTION", "161") == "1313"       # "could sever ties"
    assert lex.threat_code("SANCTION", "163") == "1312"       # "may impose sanctions"
    assert lex.threat_code("ASSAULT", "190") == "138"
    assert lex.threat_code("AGREE", "030") is None
    onto = get_ontology()
    assert all(onto.cameo[c].plover_type == "THREATEN" for c in lex.threat_recode.values())


def test_threat_recode_to_a_non_threat_code_is_refused(tmp_path):
    path = _edited(tmp_path, 'threat_recode:\n', 'threat_recode:\n  PROTEST: "141"\n')
    with pytest.raises(DataFileError, match="threat_recode.PROTEST"):
        load_lexicon(path)


def test_negated_agreement_is_recoded_as_a_rejection():
    assert get_lexicon().negated_recode == {"AGREE": "120", "CONCEDE": "124"}


def test_negated_recode_to_a_non_reject_code_is_refused(tmp_path):
    path = _edited(tmp_path, 'negated_recode: {AGREE: "120", CONCEDE: "124"}',
                   'negated_recode: {AGREE: "030", CONCEDE: "124"}')
    with pytest.raises(DataFileError, match="negated_recode.AGREE"):
        load_lexicon(path)


def test_subjects_infinitive_unless_and_intransitive_are_read_and_verb_only(tmp_path):
    path = _write(tmp_path, '  - {id: x.ok, lemmas: [foo], pos: verb, type: RETREAT, cameo: "087", subjects: [troop], '
                            'requires_infinitive: true, unless: [comment], intransitive: true}\n')
    entry = next(e for e in load_lexicon(path).entries if e.id == "x.ok")
    assert entry.subjects == {"troop"} and entry.requires_infinitive and entry.intransitive and entry.unless == {"comment"}
    assert entry.specificity == 3
    bad = _write(tmp_path, '  - {id: x.bad, lemmas: [foo], pos: noun, type: RETREAT, cameo: "087", subjects: [troop]}\n')
    with pytest.raises(DataFileError, match="x.bad.*verb entries"):
        load_lexicon(bad)


def test_trigger_conditions_take_the_most_selective_requirement():
    cond = get_lexicon().trigger_conditions()
    # "said no to X's call" needs "no", not any "to"; the split "sit-in" needs "sit"
    assert "to" not in cond["say"] and "no" in cond["say"]
    assert cond["in"] == {"sit"}
