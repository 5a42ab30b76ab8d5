"""Facts about country pairs, from sentences written for these tests and hand-built mentions."""
from __future__ import annotations

import pytest

from communique import facts as facts_module
from communique.errors import DataFileError
from communique.facts import canonical_level, extract_facts, level_rank
from communique.model import Actor, Article, Mention
from communique.nlp import normalise_quotes

STATES = {"Norway": "NOR", "Kenya": "KEN", "Kenyan": "KEN", "Brazil": "BRA", "Japan": "JPN", "India": "IND"}


def run(nlp, body, igos=()):
    doc = nlp(normalise_quotes(body))
    mentions = []
    for name, code in STATES.items():
        i = body.find(name)
        while i >= 0:
            if not body[i + len(name):i + len(name) + 1].isalpha():
                mentions.append(Mention("d", name, i, i + len(name), Actor(name, "state", country=code)))
            i = body.find(name, i + 1)
    for name in igos:
        i = body.index(name)
        mentions.append(Mention("d", name, i, i + len(name), Actor(name, "igo", igo=name)))
    mentions.sort(key=lambda m: m.start)
    found = extract_facts(doc, Article("d", body, published="2023-02-01"), mentions)
    return [(f.kind, f.dyad, f.value, f.date, f.sentence_index, body[f.span[0]:f.span[1]]) for f in found]


def test_upgrade_relations_since_membership(nlp):
    body = ("Norway and Kenya elevated their ties to a strategic partnership in June 2019. "
            "The Kenyan leader thanked Norway for its help. "
            "Both countries established diplomatic relations on 12 May 1964 and are both members of the "
            "Commonwealth group (CWG). "
            "Kenya hopes to upgrade the bilateral relationship to a comprehensive strategic partnership soon. "
            "Norway and Kenya have had diplomatic ties since 1964, officials said.")
    got = run(nlp, body)
    pair = ("KEN", "NOR")
    assert ("upgrade", pair, "Strategic Partnership", "2019-06", 0,
            "elevated their ties to a strategic partnership") in got
    assert ("relations_since", pair, "1964-05-12", "1964-05-12", 2, "established diplomatic relations on 12 May 1964") in got
    assert ("membership", pair, "CWG") in [g[:3] for g in got]
    assert ("upgrade_planned", pair, "Comprehensive Strategic Partnership") in [g[:3] for g in got]
    assert ("relations_since", pair, "1964", "1964") in [g[:4] for g in got]
    # an upgrade plan is not the current level
    assert not [g for g in got if g[0] == "level"]


def test_negated_relations_are_not_facts(nlp):
    got = run(nlp, "India and Japan have not established diplomatic relations with Brazil since 1990.")
    assert not [g for g in got if g[0] == "relations_since"]


def test_level_with_partner_after_with_and_pair_after_between(nlp):
    got = run(nlp, "Japan values its comprehensive partnership with India, officials said. "
                   "They discussed the strategic partnership between Brazil and India and the ties between "
                   "Brazil and Japan.")
    assert ("level", ("IND", "JPN"), "Comprehensive Partnership") in [g[:3] for g in got]
    assert ("level", ("BRA", "IND"), "Strategic Partnership") in [g[:3] for g in got]
    assert len([g for g in got if g[0] == "level"]) == 2


def test_group_words_resolve_to_the_main_pair(nlp):
    got = run(nlp, "Japan and India signed a free trade agreement. Japan praised India. "
                   "Both sides agreed to study upgrading their relations in the next few years. "
                   "Japan and India are both members of the G20.", igos=("G20",))
    kinds = {(g[0], g[1], g[2]) for g in got}
    assert ("trade", ("IND", "JPN"), "free trade agreement") in kinds
    assert ("upgrade_planned", ("IND", "JPN"), "higher level") in kinds
    assert ("membership", ("IND", "JPN"), "G20") in kinds


def test_no_pair_no_fact(nlp):
    assert run(nlp, "The company announced a strategic partnership with a software maker.") == []


def test_levels_data_file():
    assert canonical_level("Comprehensive  strategic partnership") == "Comprehensive Strategic Partnership"
    assert level_rank("Comprehensive Strategic Partnership") > level_rank("Strategic Partnership") > \
        level_rank("Comprehensive Partnership") > 0


def test_bad_levels_file_is_reported_with_its_line(tmp_path, monkeypatch):
    bad = tmp_path / "levels.tsv"
    bad.write_text("level\trank\tvariants\nStrategic Partnership\thigh\t\n", encoding="utf-8")
    monkeypatch.setattr(facts_module, "LEVELS_FILE", bad)
    facts_module._levels.cache_clear()
    try:
        with pytest.raises(DataFileError, match=r"levels.tsv:2"):
            facts_module._levels()
    finally:
        monkeypatch.undo()
        facts_module._levels.cache_clear()


def test_trade_agreement_under_talks_is_not_in_force(nlp):
    got = run(nlp, "Japan and India are negotiating a free trade agreement. "
                   "Japan and India have had a free trade agreement for five years.")
    assert [(g[0], g[2], g[4]) for g in got if g[0] == "trade"] == [
        ("trade", "free trade agreement (under negotiation or planned)", 0), ("trade", "free trade agreement", 1)]
