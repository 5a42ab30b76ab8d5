"""Sentence-level scoring: single sentences with the event tuples they should yield.

Gold is JSONL, one sentence per line (gold/README.md)::

    {"id": "s01", "text": "...", "published": "2024-03-02",
     "events": [{"type": "CONSULT", "source": "FRA", "target": "DEU", "cameo": "042", "directed": true}]}

``type`` and ``cameo`` may be a list of acceptable values; ``source``/``target`` are ISO3 or IGO
codes; ``directed`` defaults to true; ``events: []`` marks a sentence that should yield nothing.
Four levels are scored, each one-to-one inside a sentence: ``type`` (PLOVER type),
``dyad`` (source and target), ``cameo_root`` (first two digits) and ``event`` (type and dyad together,
the headline F1). Over-generation is output events per gold event.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from ..errors import GoldError
from .score import _f1, output_codes

LEVELS = ("event", "type", "dyad", "cameo_root")


def _as_list(value) -> list[str]:
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def validate_sentence_gold(items: Any, where: str = "sentences") -> list[dict]:
    if not isinstance(items, list):
        raise GoldError(f"{where}: expected a list of sentence records")
    seen: set[str] = set()
    for i, item in enumerate(items):
        name = f"{where}: line {i + 1}"
        if not isinstance(item, dict) or not item.get("id") or not isinstance(item.get("text"), str):
            raise GoldError(f"{name}: each line needs an 'id' and a 'text'")
        if item["id"] in seen:
            raise GoldError(f"{name}: duplicate id '{item['id']}'")
        seen.add(item["id"])
        if not isinstance(item.get("events"), list):
            raise GoldError(f"{name} ({item['id']}): 'events' must be a list (empty when nothing should be coded)")
        for ev in item["events"]:
            if not isinstance(ev, dict) or not ev.get("type") or "source" not in ev or "target" not in ev:
                raise GoldError(f"{name} ({item['id']}): each event needs 'type', 'source' and 'target'")
    return items


def _type_ok(gold: dict, out: dict) -> bool:
    return out.get("type") in _as_list(gold.get("type"))


def _dyad_ok(gold: dict, out: dict) -> bool:
    """Source and target agree. A gold event without a target needs only the source; the other
    order is accepted when the gold is undirected, or for a host (043) reported as a visit (042)
    and the reverse, as in the article-level rules."""
    src, tgt = output_codes(out.get("source")), output_codes(out.get("target"))
    gs, gt = gold.get("source"), gold.get("target")

    def agrees(s_codes, t_codes) -> bool:
        if not s_codes or (gt is not None and not t_codes):
            return False
        return (gs is None or gs in s_codes) and (gt is None or gt in t_codes)

    if agrees(src, tgt):
        return True
    if gold.get("directed", True) and not _visit_mirror(gold, out):
        return False
    return gt is not None and agrees(tgt, src)


def _visit_mirror(gold: dict, out: dict) -> bool:
    code = str(out.get("cameo") or "")
    golds = [str(c) for c in _as_list(gold.get("cameo"))]
    return (code.startswith("043") and any(c.startswith("042") for c in golds)) or \
        (code.startswith("042") and any(c.startswith("043") for c in golds))


def _root_ok(gold: dict, out: dict) -> bool:
    code = str(out.get("cameo") or "")
    return bool(code) and any(code[:2] == c[:2] for c in _as_list(gold.get("cameo")))


CHECKS = {
    "type": _type_ok,
    "dyad": _dyad_ok,
    "cameo_root": _root_ok,
    "event": lambda g, o: _type_ok(g, o) and _dyad_ok(g, o),
}


def _count_matches(golds: list[dict], outs: list[dict], ok) -> int:
    """Size of a maximum one-to-one matching (augmenting paths; sentences hold a handful of events)."""
    match_of_out: dict[int, int] = {}

    def augment(gi: int, seen: set[int]) -> bool:
        for oi, out in enumerate(outs):
            if oi in seen or not ok(golds[gi], out):
                continue
            seen.add(oi)
            if oi not in match_of_out or augment(match_of_out[oi], seen):
                match_of_out[oi] = gi
                return True
        return False

    return sum(augment(gi, set()) for gi in range(len(golds)))


def score_sentences(items: list[dict], outputs: list[dict]) -> dict[str, Any]:
    """Score output event records (``doc_id`` = sentence id) against sentence gold."""
    validate_sentence_gold(items)
    by_id: dict[str, list[dict]] = defaultdict(list)
    for out in outputs:
        by_id[str(out.get("doc_id"))].append(out)

    tp = Counter()
    n_gold = n_out = 0
    per_type_gold, per_type_hit = Counter(), Counter()
    sentences = []
    false_alarms = 0
    for item in items:
        golds, outs = item["events"], by_id.get(item["id"], [])
        n_gold += len(golds)
        n_out += len(outs)
        if not golds and outs:
            false_alarms += 1
        hits = {level: _count_matches(golds, outs, check) for level, check in CHECKS.items()}
        for level, n in hits.items():
            tp[level] += n
        for g in golds:
            t = _as_list(g["type"])[0]
            per_type_gold[t] += 1
            if any(CHECKS["event"](g, o) for o in outs):
                per_type_hit[t] += 1
        sentences.append({
            "id": item["id"], "text": item["text"], "ok": hits["event"] == len(golds) == len(outs),
            "gold": [f"{'/'.join(_as_list(g['type']))} {g.get('source')}->{g.get('target')} "
                     f"{'/'.join(_as_list(g.get('cameo')))}" for g in golds],
            "output": [f"{o.get('type')} {'/'.join(sorted(output_codes(o.get('source')))) or '-'}->"
                       f"{'/'.join(sorted(output_codes(o.get('target')))) or '-'} {o.get('cameo')} "
                       f"[{o.get('rule')}]" for o in outs],
        })

    levels = {}
    for level in LEVELS:
        p = tp[level] / n_out if n_out else 0.0
        r = tp[level] / n_gold if n_gold else 0.0
        levels[level] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(_f1(p, r), 4),
                         "tp": tp[level]}
    return {
        "levels": levels,
        "by_type": {t: {"gold": per_type_gold[t], "found": per_type_hit[t],
                        "recall": round(per_type_hit[t] / per_type_gold[t], 4)}
                    for t in sorted(per_type_gold)},
        "counts": {"sentences": len(items), "gold_events": n_gold, "outputs": n_out,
                   "over_generation": round(n_out / n_gold, 4) if n_gold else None,
                   "negatives_with_output": false_alarms,
                   "negatives": sum(1 for i in items if not i["events"])},
        "sentences": sentences,
    }
