"""Article-level scoring: output event records against gold in the format of shared/gold/README.md.

Everything here is a pure function over dicts (the gold file as loaded, event records as in the
DESIGN.md contract). An output matches a gold event when (README "Scoring"):

1. its type is in the gold ``plover`` list, or its CAMEO code starts with one of the gold ``cameo`` codes;
2. its source and target resolve to the gold countries (or IGO codes), in either order when
   ``directed`` is false; a 043 "host" with the actors swapped matches a 042 "visit" (and back);
3. its date agrees with the gold date to the gold's precision; a null gold date matches any date;
4. its status is the gold status (historical gold also matches an output dated on the gold date).

Matching is one to one per article, best pair first. Recall is over core + extended gold events
(historical ones are optional: "carry the real date and status, or do not output them"), with a
figure per tier. Precision is over outputs that have both a source and a target; an output that
hits a ``must_not`` rule is a false positive whatever else it matches.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import PurePath
from typing import Any

from ..errors import GoldError

TIERS = ("core", "extended", "historical")
RECALL_TIERS = ("core", "extended")          # historical gold events are optional to output
GOLD_STATUSES = ("occurred", "planned", "negated", "hypothetical", "historical")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
MUST_NOT_KEYS = {
    "actor_any": "an actor (source, target or participant) whose name contains one of these names",
    "status": "the output status",
    "status_any": "one of these statuses",
    "date_from": "output date on or after this date (an undated output does not hit)",
    "date_to": "output date on or before this date (an undated output does not hit)",
    "dyad": "source and target are these two countries/IGOs, either order",
    "cameo_any": "CAMEO code starting with one of these",
    "plover_any": "PLOVER type is one of these",
    "source_country": "source resolves to this country/IGO",
    "target_country": "target resolves to this country/IGO",
    "source_country_any": "source resolves to one of these",
    "target_country_any": "target resolves to one of these",
    "docs": "only in these documents (ids or id prefixes)",
    "doc": "only in this document (or these documents)",
}


# ------------------------------------------------------------------------------------------ helpers

def fold(text: str | None) -> str:
    """Lower case, accents dropped, spaces collapsed: 'Lương Cường' -> 'luong cuong'."""
    if not text:
        return ""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w\s]", " ", plain.lower()).split())


def names_agree(gold_name: str | None, output_name: str | None) -> bool:
    """One name contains the other once folded ('Boric Font' ~ 'Gabriel Boric Font')."""
    g, o = fold(gold_name), fold(output_name)
    if not g or not o:
        return False
    return f" {g} " in f" {o} " or f" {o} " in f" {g} "


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def prf(tp: int, n_output: int, n_gold: int) -> dict[str, Any]:
    """Precision, recall and F1 with their counts (0.0 when a denominator is 0)."""
    p = tp / n_output if n_output else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = _f1(p, r)
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "tp": tp, "outputs": n_output, "gold": n_gold}


def gold_code(side: dict | None) -> str | None:
    """The code a gold side names: its IGO code, else its country; None leaves the side open."""
    if not side:
        return None
    return side.get("igo") or side.get("country")


def output_codes(actor: dict | None) -> set[str]:
    """What an output actor resolves to for matching: ``actor.country`` and, for IGOs, ``actor.igo``."""
    if not actor:
        return set()
    return {c for c in (actor.get("country"), actor.get("igo")) if c}


def _fits(code: str | None, codes: set[str]) -> bool:
    return code is None or code in codes


def cameo_accepts(gold: dict, code: str | None) -> bool:
    """A CAMEO code matches when one of the gold codes is its prefix or equal to it."""
    return bool(code) and any(str(code).startswith(str(c)) for c in gold.get("cameo") or [])


def type_agrees(gold: dict, out: dict) -> bool:
    return out.get("type") in (gold.get("plover") or []) or cameo_accepts(gold, out.get("cameo"))


def _host_visit_swap(gold: dict, out: dict) -> bool:
    cameo = str(out.get("cameo") or "")
    return (cameo.startswith("043") and cameo_accepts(gold, "042")) or \
           (cameo.startswith("042") and cameo_accepts(gold, "043"))


def actors_agree(gold: dict, out: dict) -> str | None:
    """How the output's actors fit the gold: 'direct', 'reversed' (undirected gold), 'host-swap', or None."""
    gs, gt = gold_code(gold.get("source")), gold_code(gold.get("target"))
    os_, ot = output_codes(out.get("source")), output_codes(out.get("target"))
    if _fits(gs, os_) and _fits(gt, ot):
        return "direct"
    if _fits(gs, ot) and _fits(gt, os_):
        if not gold.get("directed", False):
            return "reversed"
        if _host_visit_swap(gold, out):
            return "host-swap"
    return None


def date_agrees(gold_date: str | None, out_date: str | None) -> bool:
    """Agreement to the gold's precision: '2024-11-11' agrees with gold '2024-11'; not the reverse."""
    if not gold_date:
        return True
    return bool(out_date) and str(out_date).startswith(gold_date)


def status_agrees(gold: dict, out: dict) -> bool:
    if out.get("status") == gold.get("status"):
        return True
    return gold.get("status") == "historical" and bool(gold.get("date")) and out.get("date") == gold.get("date")


def has_both_actors(out: dict) -> bool:
    """Outputs without a source or a target are not counted either way (README)."""
    return bool(out.get("source")) and bool(out.get("target"))


def event_matches(gold: dict, out: dict) -> bool:
    """The four conditions of the README, all together."""
    return (type_agrees(gold, out) and actors_agree(gold, out) is not None
            and date_agrees(gold.get("date"), out.get("date")) and status_agrees(gold, out))


def _pair_quality(gold: dict, out: dict) -> float:
    """Which output is 'the best one' for a gold event when several match."""
    q = 0.0
    if str(out.get("cameo") or "") in [str(c) for c in gold.get("cameo") or []]:
        q += 3
    if out.get("type") == (gold.get("plover") or [None])[0]:
        q += 2
    if actors_agree(gold, out) == "direct":
        q += 2
    if gold.get("date") and out.get("date") == gold.get("date"):
        q += 1
    if status_agrees(gold, out):
        q += 1
    if date_agrees(gold.get("date"), out.get("date")):
        q += 1
    for side in ("source", "target"):
        g, o = gold.get(side) or {}, out.get(side) or {}
        if g.get("sector") and g.get("sector") == o.get("sector"):
            q += 0.5
    return q + 0.1 * float(out.get("confidence") or 0.0)


def _greedy_one_to_one(pairs: list[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """Best pair first; each gold index and each output index used once."""
    used_gold: set[int] = set()
    used_out: set[int] = set()
    chosen = []
    for _q, gi, oi in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        if gi in used_gold or oi in used_out:
            continue
        used_gold.add(gi)
        used_out.add(oi)
        chosen.append((gi, oi))
    return chosen


# ------------------------------------------------------------------------------------------ must_not

def _all_actors(out: dict) -> list[dict]:
    actors = [out.get("source"), out.get("target")] + list(out.get("participants") or [])
    return [a for a in actors if a]


def must_not_hit(rule: dict, out: dict) -> bool:
    """Does this output fall under a must_not rule? Every condition given must hold."""
    m = rule.get("match") or {}
    if "actor_any" in m and not any(names_agree(name, a.get("name"))
                                    for name in m["actor_any"] for a in _all_actors(out)):
        return False
    if "status" in m and out.get("status") != m["status"]:
        return False
    if "status_any" in m and out.get("status") not in m["status_any"]:
        return False
    date = out.get("date")
    if "date_from" in m and (not date or str(date) < m["date_from"]):
        return False
    if "date_to" in m and (not date or str(date)[: len(m["date_to"])] > m["date_to"]):
        return False
    src, tgt = output_codes(out.get("source")), output_codes(out.get("target"))
    if "dyad" in m:
        a, b = m["dyad"]
        if not ((a in src and b in tgt) or (b in src and a in tgt)):
            return False
    if "cameo_any" in m and not any(str(out.get("cameo") or "").startswith(c) for c in m["cameo_any"]):
        return False
    if "plover_any" in m and out.get("type") not in m["plover_any"]:
        return False
    if "source_country" in m and m["source_country"] not in src:
        return False
    if "target_country" in m and m["target_country"] not in tgt:
        return False
    if "source_country_any" in m and src.isdisjoint(m["source_country_any"]):
        return False
    if "target_country_any" in m and tgt.isdisjoint(m["target_country_any"]):
        return False
    for key in ("docs", "doc"):
        if key in m:
            docs = [m[key]] if isinstance(m[key], str) else m[key]
            if not any(str(out.get("doc_id") or "").startswith(d) for d in docs):
                return False
    return True


# ------------------------------------------------------------------------------------------ validation

def validate_gold(gold: Any, where: str = "gold") -> dict:
    """Check the structure the scorer relies on; raise ``GoldError`` naming the event and field."""
    if not isinstance(gold, dict) or not isinstance(gold.get("events"), list):
        raise GoldError(f"{where}: expected a JSON object with an 'events' list (see shared/gold/README.md)")
    seen: set[str] = set()
    for i, ev in enumerate(gold["events"]):
        name = f"{where}: event #{i + 1}" + (f" ({ev.get('id')})" if isinstance(ev, dict) and ev.get("id") else "")
        if not isinstance(ev, dict):
            raise GoldError(f"{name}: expected an object")
        for key in ("id", "tier", "status", "docs", "source", "target"):
            if key not in ev:
                raise GoldError(f"{name}: missing '{key}'")
        if ev["id"] in seen:
            raise GoldError(f"{name}: duplicate id")
        seen.add(ev["id"])
        if ev["tier"] not in TIERS:
            raise GoldError(f"{name}: tier '{ev['tier']}' is not one of {', '.join(TIERS)}")
        if ev["status"] not in GOLD_STATUSES:
            raise GoldError(f"{name}: status '{ev['status']}' is not one of {', '.join(GOLD_STATUSES)}")
        if not isinstance(ev["docs"], list) or not ev["docs"]:
            raise GoldError(f"{name}: 'docs' must be a non-empty list of document ids")
        if not (ev.get("plover") or ev.get("cameo")):
            raise GoldError(f"{name}: give at least one acceptable 'plover' type or 'cameo' code")
        for side in ("source", "target"):
            if ev[side] is not None and not isinstance(ev[side], dict):
                raise GoldError(f"{name}: '{side}' must be an object like {{\"country\": \"VNM\"}} or null")
        date = ev.get("date")
        if date is not None and not (isinstance(date, str) and _DATE.match(date)):
            raise GoldError(f"{name}: date '{date}' must be YYYY-MM-DD, YYYY-MM, YYYY or null")
        span = ev.get("evidence_span")
        if span is not None and not (isinstance(span, list) and len(span) == 2 and all(isinstance(x, int) for x in span)):
            raise GoldError(f"{name}: evidence_span must be [start, end] character offsets")
    for i, rule in enumerate(gold.get("must_not") or []):
        match = rule.get("match") if isinstance(rule, dict) else None
        if not isinstance(match, dict) or not match:
            raise GoldError(f"{where}: must_not #{i + 1}: expected {{\"why\": ..., \"match\": {{...}}}}")
        unknown = sorted(set(match) - set(MUST_NOT_KEYS))
        if unknown:
            raise GoldError(f"{where}: must_not #{i + 1}: unknown condition(s) {', '.join(unknown)}; "
                            f"known: {', '.join(sorted(MUST_NOT_KEYS))}")
    return gold


# ------------------------------------------------------------------------------------------ documents

def coded_limits(gold: dict) -> dict[str, int]:
    """Documents coded only in part: only events in ``text[:coded_chars]`` were coded."""
    limits = {}
    for d in gold.get("documents") or []:
        key = d.get("doc") or d.get("id") or (PurePath(d["file"]).stem if d.get("file") else None)
        if key and isinstance(d.get("coded_chars"), int):
            limits[key] = d["coded_chars"]
    return limits


def raw_position(out: dict, text: str | None) -> int:
    """Where an output's evidence starts in the document's raw text: its sentence found in the text,
    else its trigger offset (offsets into the cleaned body, close to the raw ones)."""
    sentence = " ".join((out.get("sentence") or "").split())
    if text and sentence:
        head = sentence[:60]
        at = text.find(head)
        if at < 0:
            at = " ".join(text.split()).find(head)     # the reader may have collapsed spaces
        if at >= 0:
            return at
    spans = out.get("spans") or {}
    trigger = spans.get("trigger") or spans.get("source") or [0]
    return int(trigger[0] or 0)


def document_keys(gold: dict) -> list[str]:
    """Ids of the gold's documents: ``doc`` (record id) or the ``file`` name without extension."""
    keys = []
    for d in gold.get("documents") or []:
        key = d.get("doc") or d.get("id") or (PurePath(d["file"]).stem if d.get("file") else None)
        if key:
            keys.append(key)
    if not keys:
        keys = sorted({d for ev in gold.get("events") or [] for d in ev.get("docs") or []})
    return keys


def resolve_doc(doc_id: str | None, keys: list[str]) -> str | None:
    """The gold document an id belongs to: equal, or the longest key it starts with, or that starts with it."""
    if not doc_id:
        return None
    if doc_id in keys:
        return doc_id
    prefixed = [k for k in keys if doc_id.startswith(k)]
    if prefixed:
        return max(prefixed, key=len)
    extended = [k for k in keys if k.startswith(doc_id)]
    return extended[0] if len(extended) == 1 else None


# ------------------------------------------------------------------------------------------ display

def _side(actor: dict | None) -> str:
    if not actor:
        return "-"
    code = actor.get("igo") or actor.get("country") or "?"
    name = actor.get("name") or actor.get("actor")
    return f"{name} ({code})" if name else code


def brief_output(out: dict) -> dict:
    return {
        "doc_id": out.get("doc_id"), "type": out.get("type"), "cameo": out.get("cameo"),
        "source": _side(out.get("source")), "target": _side(out.get("target")),
        "date": out.get("date"), "status": out.get("status"), "rule": out.get("rule"),
        "sentence": out.get("sentence"),
    }


def brief_gold(ev: dict, texts: dict[str, str] | None = None) -> dict:
    evidence = ev.get("evidence")
    span = ev.get("evidence_span")
    if not evidence and span and texts:
        for d in ev.get("docs") or []:
            text = texts.get(d)
            if text:
                evidence = text[span[0]:span[1]]
                break
    return {
        "id": ev.get("id"), "tier": ev.get("tier"), "docs": ev.get("docs"),
        "type": "/".join(ev.get("plover") or []), "cameo": "/".join(ev.get("cameo") or []),
        "source": _side(ev.get("source")), "target": _side(ev.get("target")),
        "directed": ev.get("directed", False), "date": ev.get("date"), "status": ev.get("status"),
        "evidence": evidence,
    }


# ------------------------------------------------------------------------------------------ fields

def _field_checks(gold: dict, out: dict) -> Iterable[tuple[str, bool]]:
    """(field, correct) for each field the gold states, on a pair matched by type and actors."""
    swapped = actors_agree(gold, out) in ("reversed", "host-swap")
    sides = {"source": "target", "target": "source"} if swapped else {"source": "source", "target": "target"}
    for gside, oside in sides.items():
        g, o = gold.get(gside) or {}, out.get(oside) or {}
        if g.get("actor"):
            yield gside, names_agree(g["actor"], o.get("name"))
        if g.get("sector"):
            yield "sector", g["sector"] == o.get("sector")
    if gold.get("date"):
        yield "date", date_agrees(gold["date"], out.get("date"))
    loc, oloc = gold.get("location") or {}, out.get("location") or {}
    if loc.get("place"):
        yield "place", names_agree(loc["place"], oloc.get("name"))
    elif loc.get("country"):
        yield "place", loc["country"] == oloc.get("country")
    yield "status", status_agrees(gold, out)


FIELDS = ("source", "target", "sector", "date", "place", "status")


# ------------------------------------------------------------------------------------------ scoring

def score_events(gold: dict, outputs: list[dict], *, texts: dict[str, str] | None = None) -> dict[str, Any]:
    """Score output event records against gold; returns a report dict (see module docstring).

    ``texts`` (doc id -> raw text) is used only to show evidence spans of missed gold events.
    """
    validate_gold(gold)
    keys = document_keys(gold)
    events = gold["events"]
    rules = gold.get("must_not") or []

    gold_by_doc: dict[str, list[int]] = defaultdict(list)
    for gi, ev in enumerate(events):
        for d in ev["docs"]:
            gold_by_doc[resolve_doc(d, keys) or d].append(gi)

    out_by_doc: dict[str, list[int]] = defaultdict(list)
    limits = coded_limits(gold)
    beyond = 0
    outside = 0
    not_counted = 0
    countable: list[int] = []
    hits: dict[int, list[int]] = defaultdict(list)      # rule index -> output indices
    barred: set[int] = set()
    for oi, out in enumerate(outputs):
        doc = resolve_doc(out.get("doc_id"), keys)
        if doc is None:
            outside += 1
            continue
        if doc in limits and raw_position(out, (texts or {}).get(doc)) >= limits[doc]:
            beyond += 1
            continue
        if not has_both_actors(out):
            not_counted += 1
            continue
        countable.append(oi)
        out_by_doc[doc].append(oi)
        for ri, rule in enumerate(rules):
            if must_not_hit(rule, out):
                hits[ri].append(oi)
                barred.add(oi)

    strict: list[tuple[int, int, str]] = []            # (gold, output, doc)
    relaxed: list[tuple[int, int, str]] = []
    for doc, ois in out_by_doc.items():
        gis = gold_by_doc.get(doc, [])
        strict_pairs, relaxed_pairs = [], []
        for gi in gis:
            g = events[gi]
            for oi in ois:
                if oi in barred:
                    continue
                o = outputs[oi]
                if not (type_agrees(g, o) and actors_agree(g, o)):
                    continue
                q = _pair_quality(g, o)
                relaxed_pairs.append((q, gi, oi))
                if date_agrees(g.get("date"), o.get("date")) and status_agrees(g, o):
                    strict_pairs.append((q, gi, oi))
        strict += [(gi, oi, doc) for gi, oi in _greedy_one_to_one(strict_pairs)]
        relaxed += [(gi, oi, doc) for gi, oi in _greedy_one_to_one(relaxed_pairs)]

    matched_gold = {gi for gi, _, _ in strict}
    matched_out = {oi for _, oi, _ in strict}
    n_countable = len(countable)
    recall_gold = [gi for gi, ev in enumerate(events) if ev["tier"] in RECALL_TIERS]

    n_gold = len(recall_gold)
    found = len([gi for gi in recall_gold if gi in matched_gold])
    p = len(matched_out) / n_countable if n_countable else 0.0
    r = found / n_gold if n_gold else 0.0
    overall = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(_f1(p, r), 4),
               "tp": len(matched_out), "outputs": n_countable, "gold": n_gold, "gold_found": found}

    tiers = {}
    for tier in TIERS:
        ids = [gi for gi, ev in enumerate(events) if ev["tier"] == tier]
        found = [gi for gi in ids if gi in matched_gold]
        tiers[tier] = {"gold": len(ids), "found": len(found),
                       "recall": round(len(found) / len(ids), 4) if ids else 0.0}

    def per_key(gold_key, out_key) -> dict[str, dict]:
        g_all = Counter(gold_key(events[gi]) for gi in recall_gold)
        g_hit = Counter(gold_key(events[gi]) for gi in recall_gold if gi in matched_gold)
        o_all = Counter(out_key(outputs[oi]) for oi in countable)
        o_hit = Counter(out_key(outputs[oi]) for oi in countable if oi in matched_out)
        table = {}
        for k in sorted(set(g_all) | set(o_all), key=lambda x: str(x)):
            p = o_hit[k] / o_all[k] if o_all[k] else 0.0
            r = g_hit[k] / g_all[k] if g_all[k] else 0.0
            table[str(k)] = {"gold": g_all[k], "found": g_hit[k], "outputs": o_all[k], "correct": o_hit[k],
                             "precision": round(p, 4), "recall": round(r, 4),
                             "f1": round(_f1(p, r), 4)}
        return table

    by_type = per_key(lambda ev: (ev.get("plover") or ["?"])[0], lambda o: o.get("type") or "?")
    by_root = per_key(lambda ev: str((ev.get("cameo") or ["??"])[0])[:2], lambda o: str(o.get("cameo") or "??")[:2])

    field_counts = {f: [0, 0] for f in FIELDS}
    for gi, oi, _doc in relaxed:
        for name, ok in _field_checks(events[gi], outputs[oi]):
            field_counts[name][1] += 1
            field_counts[name][0] += int(ok)
    fields = {f: {"correct": c, "total": t, "accuracy": round(c / t, 4) if t else None}
              for f, (c, t) in field_counts.items()}

    # The same scores when only type and both actors must agree (date and status not required).
    loose_out = {oi for _, oi, _ in relaxed}
    loose_found = len({gi for gi, _, _ in relaxed} & set(recall_gold))
    lp = len(loose_out) / n_countable if n_countable else 0.0
    lr = loose_found / n_gold if n_gold else 0.0
    type_actors = {"precision": round(lp, 4), "recall": round(lr, 4), "f1": round(_f1(lp, lr), 4),
                   "tp": len(loose_out), "outputs": n_countable, "gold": n_gold, "gold_found": loose_found}

    return {
        "overall": overall,
        "type_actors": type_actors,
        "tiers": tiers,
        "by_type": by_type,
        "by_cameo_root": by_root,
        "fields": fields,
        "fields_on": len(relaxed),
        "must_not": [{"why": rules[ri].get("why") or f"rule {ri + 1}", "hits": len(ois),
                      "outputs": [brief_output(outputs[oi]) for oi in ois]}
                     for ri, ois in sorted(hits.items())],
        "missed": [brief_gold(events[gi], texts) for gi in range(len(events))
                   if gi not in matched_gold and events[gi]["tier"] in RECALL_TIERS],
        "unmatched": [brief_output(outputs[oi]) for oi in countable if oi not in matched_out],
        "matches": [{"gold": events[gi]["id"], "doc": doc, "output": brief_output(outputs[oi])}
                    for gi, oi, doc in sorted(strict, key=lambda t: (t[2], t[0]))],
        "counts": {"outputs": len(outputs), "outside_gold_documents": outside,
                   "beyond_coded_part": beyond,
                   "missing_source_or_target": not_counted, "counted": n_countable,
                   "must_not_hits": len(barred), "documents": len(keys)},
    }
