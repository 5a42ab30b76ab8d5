"""Render evaluation reports (the dicts of score.py / sentences.py) as readable text."""
from __future__ import annotations

from typing import Any

LIST_LIMIT = 25


def _pct(x: float | None) -> str:
    return "   -" if x is None else f"{100 * x:5.1f}"


def _clip(text: str | None, width: int = 110) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _table(title: str, rows: dict[str, dict], lines: list[str]) -> None:
    lines.append(f"\n{title}")
    lines.append(f"  {'':10} {'gold':>5} {'found':>5} {'out':>5} {'ok':>5}   {'P':>5} {'R':>5} {'F1':>5}")
    for key, r in rows.items():
        lines.append(f"  {key:10} {r['gold']:5} {r['found']:5} {r['outputs']:5} {r['correct']:5}   "
                     f"{_pct(r['precision'])} {_pct(r['recall'])} {_pct(r['f1'])}")


def _limited(items: list, details: bool) -> tuple[list, int]:
    if details or len(items) <= LIST_LIMIT:
        return items, 0
    return items[:LIST_LIMIT], len(items) - LIST_LIMIT


def format_event_report(report: dict[str, Any], *, details: bool = False, title: str = "") -> str:
    o, c = report["overall"], report["counts"]
    lines = [f"evaluation{': ' + title if title else ''}",
             f"  documents {c['documents']}; outputs {c['outputs']} ({c['counted']} counted, "
             f"{c['missing_source_or_target']} without source or target, "
             f"{c['outside_gold_documents']} outside the gold documents, "
             f"{c.get('beyond_coded_part', 0)} beyond the coded part of a document)",
             f"  precision {_pct(o['precision'])}  ({o['tp']}/{o['outputs']} outputs match gold)",
             f"  recall    {_pct(o['recall'])}  ({o['gold_found']}/{o['gold']} core+extended gold events found)",
             f"  F1        {_pct(o['f1'])}"]
    ta = report.get("type_actors")
    if ta:
        lines.append(f"  type + both actors only (date, status not required): P {_pct(ta['precision'])}  "
                     f"R {_pct(ta['recall'])}  F1 {_pct(ta['f1'])}")
    lines.append("\nrecall per tier")
    for tier, t in report["tiers"].items():
        lines.append(f"  {tier:10} {_pct(t['recall'])}  ({t['found']}/{t['gold']})")
    _table("per PLOVER type (gold: first listed type; outputs: their type)", report["by_type"], lines)
    _table("per CAMEO root", report["by_cameo_root"], lines)
    lines.append(f"\nfield accuracy on {report['fields_on']} event(s) matched by type and actors")
    for name, f in report["fields"].items():
        lines.append(f"  {name:8} {_pct(f['accuracy'])}  ({f['correct']}/{f['total']})")
    lines.append(f"\nmust_not hits: {c['must_not_hits']}")
    for rule in report["must_not"]:
        lines.append(f"  {rule['hits']} x {rule['why']}")
        for out in rule["outputs"]:
            lines.append(f"      {out['doc_id']}: {out['type']} {out['cameo']} {out['source']} -> {out['target']} "
                         f"{out['date']} {out['status']}  \"{_clip(out['sentence'], 80)}\"")
    missed, more = _limited(report["missed"], details)
    lines.append(f"\nmissed gold events: {len(report['missed'])}")
    for g in missed:
        lines.append(f"  [{g['tier']}] {g['id']}: {g['type']} {g['source']} -> {g['target']} {g['date']} {g['status']}")
        if g.get("evidence"):
            lines.append(f"      \"{_clip(g['evidence'])}\"")
    if more:
        lines.append(f"  ... {more} more (--details shows all)")
    unmatched, more = _limited(report["unmatched"], details)
    lines.append(f"\nunmatched outputs: {len(report['unmatched'])}")
    for out in unmatched:
        lines.append(f"  {out['doc_id']}: {out['type']} {out['cameo']} {out['source']} -> {out['target']} "
                     f"{out['date']} {out['status']} [{out['rule']}]")
        lines.append(f"      \"{_clip(out['sentence'])}\"")
    if more:
        lines.append(f"  ... {more} more (--details shows all)")
    if details:
        lines.append(f"\nmatches: {len(report['matches'])}")
        for m in report["matches"]:
            out = m["output"]
            lines.append(f"  {m['gold']} @ {m['doc']}: {out['type']} {out['cameo']} {out['source']} -> "
                         f"{out['target']} {out['date']} {out['status']} [{out['rule']}]")
    return "\n".join(lines) + "\n"


def format_sentence_report(report: dict[str, Any], *, details: bool = False) -> str:
    c = report["counts"]
    lines = ["sentence-level evaluation",
             f"  sentences {c['sentences']} ({c['negatives']} should yield nothing); gold events "
             f"{c['gold_events']}; outputs {c['outputs']}; over-generation "
             f"{c['over_generation'] if c['over_generation'] is not None else '-'} outputs per gold event; "
             f"{c['negatives_with_output']} negative sentence(s) with output",
             f"\n  {'level':11} {'P':>5} {'R':>5} {'F1':>5}"]
    for level, r in report["levels"].items():
        lines.append(f"  {level:11} {_pct(r['precision'])} {_pct(r['recall'])} {_pct(r['f1'])}")
    lines.append("\nrecall per gold type (type and dyad right)")
    for t, r in report["by_type"].items():
        lines.append(f"  {t:10} {_pct(r['recall'])}  ({r['found']}/{r['gold']})")
    wrong = [s for s in report["sentences"] if not s["ok"]]
    shown, more = _limited(wrong, details)
    lines.append(f"\nsentences not coded exactly as gold: {len(wrong)}")
    for s in shown:
        lines.append(f"  {s['id']}: \"{_clip(s['text'], 100)}\"")
        lines.append(f"      gold:   {'; '.join(s['gold']) or '(nothing)'}")
        lines.append(f"      output: {'; '.join(s['output']) or '(nothing)'}")
    if more:
        lines.append(f"  ... {more} more (--details shows all)")
    return "\n".join(lines) + "\n"
