"""The scorer against the rules of shared/gold/README.md, checked by hand on made-up predictions."""
from __future__ import annotations

import json

import pytest

from communique.cli import main
from communique.errors import GoldError
from communique.evaluation.score import date_agrees, must_not_hit, score_events
from communique.evaluation.sentences import score_sentences


def gold_event(id="g1", tier="core", status="occurred", docs=("A",), plover=("CONSULT",), cameo=("040",),
               source="VNM", target="CHL", directed=True, date="2024-11-11", **extra):
    def side(code):
        if code is None or isinstance(code, dict):
            return code
        return {"igo": code} if len(code) != 3 else {"country": code}

    return {"id": id, "tier": tier, "status": status, "docs": list(docs), "plover": list(plover),
            "cameo": list(cameo), "source": side(source), "target": side(target), "directed": directed,
            "date": date, **extra}


def output(doc="A", type="CONSULT", cameo="040", source="VNM", target="CHL", date="2024-11-11",
           status="occurred", **extra):
    actor = lambda code: None if code is None else (
        {"name": code, "kind": "igo", "country": None, "igo": code} if len(code) != 3
        else {"name": code, "kind": "state", "country": code, "igo": None})
    return {"doc_id": doc, "type": type, "cameo": cameo, "source": actor(source), "target": actor(target),
            "date": date, "status": status, "sentence": f"made-up sentence in {doc}", "rule": "test", **extra}


def gold(*events, must_not=(), documents=None):
    g = {"events": list(events), "must_not": list(must_not)}
    if documents is not None:
        g["documents"] = documents
    return g


def overall(g, outs):
    return score_events(g, outs)["overall"]


# ------------------------------------------------------------------------------ condition 2: actors

def test_directed_gold_needs_the_gold_direction():
    g = gold(gold_event(directed=True))
    assert overall(g, [output(source="VNM", target="CHL")])["tp"] == 1
    assert overall(g, [output(source="CHL", target="VNM")])["tp"] == 0


def test_undirected_gold_matches_either_order():
    g = gold(gold_event(directed=False))
    assert overall(g, [output(source="CHL", target="VNM")])["tp"] == 1
    assert overall(g, [output(source="CHL", target="PER")])["tp"] == 0


def test_host_with_swapped_actors_matches_a_visit():
    visit = gold_event(cameo=("042",), directed=True)               # VNM visits CHL
    assert overall(gold(visit), [output(cameo="043", source="CHL", target="VNM")])["tp"] == 1
    # a gold that does not accept 042 gives no swap, even with the type right
    talks = gold_event(cameo=("040",), directed=True)
    assert overall(gold(talks), [output(cameo="043", source="CHL", target="VNM")])["tp"] == 0
    # and a 042 visit with swapped actors is the other party visiting: no match
    assert overall(gold(visit), [output(cameo="042", source="CHL", target="VNM")])["tp"] == 0


def test_igo_actor_resolves_through_its_code():
    g = gold(gold_event(target="APEC"))
    assert overall(g, [output(target="APEC")])["tp"] == 1
    assert overall(g, [output(target="PER")])["tp"] == 0


# ------------------------------------------------------------------------------ condition 1: type

def test_type_in_plover_list_or_cameo_prefix():
    g = gold(gold_event(plover=("SUPPORT",), cameo=("05",)))
    assert overall(g, [output(type="SUPPORT", cameo="010")])["tp"] == 1    # by PLOVER type
    assert overall(g, [output(type="COOPERATE", cameo="057")])["tp"] == 1  # by CAMEO prefix
    assert overall(g, [output(type="CONSULT", cameo="040")])["tp"] == 0


# ------------------------------------------------------------------------------ condition 3: date

def test_date_agrees_to_the_gold_precision():
    assert date_agrees("2024-11", "2024-11-11")
    assert date_agrees("2024", "2024-03")
    assert not date_agrees("2024-11-11", "2024-11")       # less precise than the gold
    assert not date_agrees("2024-11", "2024-12-01")
    assert date_agrees(None, None) and date_agrees(None, "1999")
    assert not date_agrees("2024-11", None)
    g = gold(gold_event(date="2024-11"))
    assert overall(g, [output(date="2024-11-30")])["tp"] == 1
    assert overall(g, [output(date="2024-10-30")])["tp"] == 0


# ------------------------------------------------------------------------------ condition 4: status

def test_historical_gold_matches_historical_status_or_the_real_date():
    g = gold(gold_event(id="h", tier="historical", status="historical", date="1971-03-25", directed=False))
    assert overall(g, [output(status="historical", date="1971-03-25")])["tp"] == 1
    assert overall(g, [output(status="occurred", date="1971-03-25")])["tp"] == 1   # dated on the gold date
    assert overall(g, [output(status="occurred", date="2024-11-11")])["tp"] == 0  # reported as news
    assert overall(g, [output(status="historical", date=None)])["tp"] == 0        # needs its real date


def test_planned_is_not_occurred():
    g = gold(gold_event(status="planned"))
    assert overall(g, [output(status="occurred")])["tp"] == 0
    assert overall(g, [output(status="planned")])["tp"] == 1


# ------------------------------------------------------------------------------ matching and counts

def test_one_to_one_per_article():
    g = gold(gold_event())
    o = overall(g, [output(), output()])
    assert (o["tp"], o["outputs"], o["precision"], o["recall"]) == (1, 2, 0.5, 1.0)
    assert o["f1"] == round(2 * 0.5 * 1.0 / 1.5, 4)


def test_a_gold_event_in_two_articles_absorbs_one_output_in_each():
    g = gold(gold_event(docs=("A", "B")))
    o = overall(g, [output(doc="A"), output(doc="B"), output(doc="B")])
    assert (o["tp"], o["outputs"], o["gold_found"], o["gold"]) == (2, 3, 1, 1)


def test_best_output_is_matched_first():
    # two gold events; the first output fits both, the second only the first one: both must be found
    g = gold(gold_event(id="talks", plover=("CONSULT",), cameo=("040",), date=None),
             gold_event(id="visit", plover=("CONSULT",), cameo=("042",), date=None))
    report = score_events(g, [output(cameo="042"), output(cameo="040")])
    assert report["overall"]["tp"] == 2
    assert {m["gold"]: m["output"]["cameo"] for m in report["matches"]} == {"talks": "040", "visit": "042"}


def test_outputs_without_source_or_target_are_not_counted():
    g = gold(gold_event(), gold_event(id="g2", tier="extended", plover=("SUPPORT",), cameo=("05",)))
    report = score_events(g, [output(), output(target=None), output(source=None, type="SUPPORT", cameo="051")])
    o = report["overall"]
    assert (o["tp"], o["outputs"], o["precision"], o["recall"]) == (1, 1, 1.0, 0.5)
    assert report["counts"]["missing_source_or_target"] == 2


def test_must_not_hit_is_a_false_positive_listed_by_name():
    rule = {"why": "nobody visited Vietnam", "match": {"target_country": "VNM", "cameo_any": ["042"],
                                                       "status": "occurred", "date_from": "2024-01-01"}}
    g = gold(gold_event(plover=("CONSULT",), cameo=("04",), directed=False), must_not=[rule])
    report = score_events(g, [output(cameo="042", source="CHL", target="VNM")])
    assert report["overall"]["tp"] == 0 and report["overall"]["outputs"] == 1
    assert report["must_not"][0]["why"] == "nobody visited Vietnam"
    assert report["must_not"][0]["hits"] == 1
    # the same event with an older date does not hit the rule, and matches
    ok = score_events(gold(gold_event(plover=("CONSULT",), cameo=("04",), directed=False, date=None),
                           must_not=[rule]), [output(cameo="042", source="CHL", target="VNM", date="2023-05")])
    assert ok["overall"]["tp"] == 1 and not ok["must_not"]


def test_must_not_rule_limited_to_one_document():
    rule = {"why": "planned, not done", "match": {"doc": "A", "target_country_any": ["CHL", "PER"],
                                                  "status": "occurred"}}
    assert must_not_hit(rule, output(doc="A-long-id"))
    assert not must_not_hit(rule, output(doc="B"))
    assert not must_not_hit(rule, output(doc="A", target="ARG"))


def test_outputs_beyond_the_coded_part_of_a_document_are_left_out():
    text = "First paragraph names Chile.\n\nSecond paragraph was not coded."
    g = gold(gold_event(), documents=[{"doc": "A", "coded_chars": 30}])
    early = output(sentence="First paragraph names Chile.")
    late = output(sentence="Second paragraph was not coded.", target="PER")
    report = score_events(g, [early, late], texts={"A": text})
    assert report["overall"]["outputs"] == 1 and report["overall"]["precision"] == 1.0
    assert report["counts"]["beyond_coded_part"] == 1


def test_must_not_actor_names_fold_accents():
    rule = {"why": "history", "match": {"actor_any": ["Hồ Chí Minh"], "status": "occurred"}}
    out = output()
    out["source"]["name"] = "President Ho Chi Minh"
    assert must_not_hit(rule, out)
    out["status"] = "historical"
    assert not must_not_hit(rule, out)


def test_recall_per_tier_and_historical_left_out_of_overall_recall():
    g = gold(gold_event(id="c1"), gold_event(id="c2", target="PER"),
             gold_event(id="e1", tier="extended", plover=("SUPPORT",), cameo=("05",)),
             gold_event(id="h1", tier="historical", status="historical", date="1969-05-23"))
    report = score_events(g, [output(), output(type="SUPPORT", cameo="057")])
    assert report["tiers"]["core"] == {"gold": 2, "found": 1, "recall": 0.5}
    assert report["tiers"]["extended"] == {"gold": 1, "found": 1, "recall": 1.0}
    assert report["tiers"]["historical"]["recall"] == 0.0
    o = report["overall"]
    assert (o["gold"], o["gold_found"], o["recall"], o["precision"]) == (3, 2, round(2 / 3, 4), 1.0)
    assert [m["id"] for m in report["missed"]] == ["c2"]
    assert report["by_type"]["CONSULT"]["recall"] == 0.5
    assert report["by_type"]["SUPPORT"]["precision"] == 1.0


def test_output_doc_ids_match_gold_ids_by_prefix():
    g = gold(gold_event(docs=("004",)),
             documents=[{"file": "004_df99.txt"}, {"file": "000_3baf.txt"}])
    report = score_events(g, [output(doc="004_df99"), output(doc="000_3baf"), output(doc="999_other")])
    assert report["overall"]["tp"] == 1
    assert report["overall"]["outputs"] == 2               # the output of 000 is a false positive
    assert report["counts"]["outside_gold_documents"] == 1


def test_field_accuracy_on_pairs_matched_by_type_and_actors():
    g = gold(gold_event(date="2024-11-11", location={"country": "CHL", "place": "Santiago de Chile"},
                        source={"country": "VNM", "sector": "GOV", "actor": "Lương Cường"}))
    out = output(date="2024-11-12", location={"name": "Santiago de Chile", "country": "CHL"})
    out["source"].update(name="Luong Cuong", sector="GOV")
    report = score_events(g, [out])
    assert report["overall"]["tp"] == 0                    # wrong day: no match
    f = report["fields"]
    assert f["date"] == {"correct": 0, "total": 1, "accuracy": 0.0}
    assert f["source"]["accuracy"] == 1.0 and f["sector"]["accuracy"] == 1.0 and f["place"]["accuracy"] == 1.0
    assert f["status"]["accuracy"] == 1.0


def test_type_and_actors_score_ignores_date_and_status():
    g = gold(gold_event(id="g1", date="2024-11-11"), gold_event(id="g2", plover=("SUPPORT",), cameo=("057",)))
    wrong_day = output(date="2024-11-20")                                 # right type and actors
    wrong_type = output(type="ACCUSE", cameo="111")                       # right actors only
    report = score_events(g, [wrong_day, wrong_type])
    assert report["overall"]["tp"] == 0
    ta = report["type_actors"]
    assert (ta["tp"], ta["outputs"], ta["gold_found"], ta["gold"]) == (1, 2, 1, 2)
    assert ta["precision"] == 0.5 and ta["recall"] == 0.5 and ta["f1"] == 0.5


def test_invalid_gold_is_refused_with_the_event_named():
    with pytest.raises(GoldError, match="g1.*tier"):
        score_events(gold(gold_event(tier="important")), [])
    with pytest.raises(GoldError, match="unknown condition"):
        score_events(gold(gold_event(), must_not=[{"why": "x", "match": {"colour": "red"}}]), [])
    with pytest.raises(GoldError, match="date"):
        score_events(gold(gold_event(date="11/11/2024")), [])


# ------------------------------------------------------------------------------ sentence level

def test_sentence_levels_by_hand():
    items = [
        {"id": "s1", "text": "x", "events": [{"type": "CONSULT", "source": "FRA", "target": "DEU", "cameo": "042"}]},
        {"id": "s2", "text": "y", "events": [{"type": "ACCUSE", "source": "USA", "target": "IRN", "cameo": "112",
                                               "directed": True}]},
        {"id": "s3", "text": "z", "events": []},
    ]
    outs = [output(doc="s1", type="CONSULT", cameo="043", source="FRA", target="DEU"),  # all right, root 04
            output(doc="s1", type="SUPPORT", cameo="051", source="FRA", target="DEU"),  # extra
            output(doc="s2", type="ACCUSE", cameo="111", source="IRN", target="USA"),   # wrong direction
            output(doc="s3", type="CONSULT", cameo="040", source="GBR", target="FRA")]  # on a negative
    r = score_sentences(items, outs)
    lv = r["levels"]
    assert (lv["event"]["tp"], lv["type"]["tp"], lv["dyad"]["tp"], lv["cameo_root"]["tp"]) == (1, 2, 1, 2)
    assert lv["event"]["precision"] == 0.25 and lv["event"]["recall"] == 0.5
    assert lv["type"]["f1"] == round(2 * 0.5 * 1.0 / 1.5, 4)
    assert r["counts"]["over_generation"] == 2.0
    assert r["counts"]["negatives_with_output"] == 1
    assert r["by_type"]["ACCUSE"]["recall"] == 0.0


def test_sentence_dyad_rules_for_hosts_and_one_sided_events():
    items = [
        {"id": "h", "text": "x", "events": [{"type": "CONSULT", "source": "FRA", "target": "POL", "cameo": "042"}]},
        {"id": "m", "text": "y", "events": [{"type": "MOBILIZE", "source": "RUS", "target": None, "cameo": "152"}]},
        {"id": "a", "text": "z", "events": [{"type": "ACCUSE", "source": "USA", "target": "IRN", "cameo": "112"}]},
    ]
    outs = [output(doc="h", type="CONSULT", cameo="043", source="POL", target="FRA"),   # the host's view
            output(doc="m", type="MOBILIZE", cameo="152", source="RUS", target=None),   # no target needed
            output(doc="a", type="ACCUSE", cameo="112", source="IRN", target="USA")]    # directed: wrong way
    lv = score_sentences(items, outs)["levels"]
    assert lv["event"]["tp"] == 2 and lv["dyad"]["tp"] == 2


# ------------------------------------------------------------------------------ the command

def test_eval_command_scores_a_prediction_file(tmp_path, capsys):
    gpath = tmp_path / "gold.json"
    gpath.write_text(json.dumps(gold(gold_event(), gold_event(id="g2", target="PER"))), encoding="utf-8")
    ppath = tmp_path / "pred.jsonl"
    ppath.write_text("\n".join(json.dumps(o) for o in [output(), output(target="ARG")]) + "\n", encoding="utf-8")
    assert main(["eval", str(gpath), "--pred", str(ppath), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["overall"]["precision"] == 0.5 and report["overall"]["recall"] == 0.5
    assert main(["eval", str(gpath), "--pred", str(ppath)]) == 0
    text = capsys.readouterr().out
    assert "precision" in text and "missed gold events: 1" in text and "unmatched outputs: 1" in text


def test_eval_command_reports_a_bad_gold_file(tmp_path, capsys):
    gpath = tmp_path / "gold.json"
    gpath.write_text("{not json", encoding="utf-8")
    assert main(["eval", str(gpath), "--pred", str(gpath)]) == 2
    assert "not valid JSON" in capsys.readouterr().err
