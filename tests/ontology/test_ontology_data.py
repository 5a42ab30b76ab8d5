"""The packaged ontology: PLOVER 2.0 types, contexts, CAMEO codes, pinned choices, validation."""
from __future__ import annotations

import shutil

import pytest

from communique.errors import DataFileError
from communique.ontology import get_ontology, load_ontology
from communique.ontology.load import DATA_DIR


def test_plover_has_sixteen_types_and_thirty_seven_contexts():
    onto = get_ontology()
    assert len(onto.types) == 16
    assert len(onto.contexts) == 37
    assert onto.types["CONSULT"].quad == 1 and onto.types["ASSAULT"].quad == 4
    assert "visit" in onto.types["CONSULT"].modes
    assert onto.version.startswith("communique-ontology")


def test_cameo_codes_have_names_goldstein_and_plover_mapping():
    onto = get_ontology()
    assert {c.root for c in onto.cameo.values()} == {f"{i:02d}" for i in range(1, 21)}
    assert onto.cameo["042"].goldstein == 1.9
    assert onto.cameo["042"].plover_type == "CONSULT" and onto.cameo["042"].plover_mode == "visit"
    assert onto.cameo["057"].plover_type == "SUPPORT"
    # PLOVER dropped statements and appeals
    assert onto.cameo["010"].plover_type is None and onto.cameo["020"].plover_type is None


def test_pinned_choices_and_extensions():
    onto = get_ontology()
    assert onto.types["SANCTION"].quad == 4            # manual's section, not its summary table
    assert onto.types["ACCUSE"].base_score < 0         # printed +3 read as a sign typo
    assert onto.cameo["163"].plover_type == "SANCTION"  # formal sanctions
    for ptype, mode in [("SUPPORT", "sign"), ("SUPPORT", "award"), ("AGREE", "invite"), ("CONSULT", "host"),
                        ("CONSULT", "summit"), ("SUPPORT", "establish_relations"), ("SUPPORT", "upgrade_relations"),
                        ("AGREE", "accept_invitation")]:
        assert onto.is_extension(ptype, mode)
    assert not onto.is_extension("CONSULT", "visit")
    assert {"host", "guest", "signatory", "witness", "chair"} <= set(onto.participant_roles)


@pytest.fixture
def data_copy(tmp_path):
    for name in ("plover.yaml", "cameo.tsv"):
        shutil.copy(DATA_DIR / name, tmp_path / name)
    return tmp_path


def test_bad_cameo_row_names_file_and_line(data_copy):
    path = data_copy / "cameo.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[4] = lines[4].replace("\t-0.4\t", "\tlots\t")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"cameo.tsv: line 5: Goldstein score 'lots'"):
        load_ontology(data_copy)


def test_unknown_plover_type_is_refused(data_copy):
    path = data_copy / "cameo.tsv"
    text = path.read_text(encoding="utf-8").replace("\tCONSULT\tvisit\t", "\tCONSULTX\tvisit\t", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError, match="unknown PLOVER type 'CONSULTX'"):
        load_ontology(data_copy)


def test_missing_type_is_refused(data_copy):
    path = data_copy / "plover.yaml"
    text = path.read_text(encoding="utf-8").replace("  MOBILIZE:", "  # MOBILIZE:", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError, match="16 event types"):
        load_ontology(data_copy)
