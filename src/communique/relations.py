"""What the news says about one pair of countries, each item with its sources.

``build_relations`` is pure: it takes the facts, merged events and registry agreements the store
found for the pair and returns one dict (the JSON of `communique relations A B --format json`);
``format_relations`` renders the same dict as text.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from .facts import level_rank

# How a merged event shows up in a pair's timeline.
_TIMELINE_KIND = {"042": "visit", "043": "visit", "040": "talks", "041": "call", "044": "meeting",
                  "045": "mediation", "046": "talks", "057": "signing", "054": "recognition"}


def _source(f: Mapping[str, Any]) -> dict[str, Any]:
    return {"doc_id": f["doc_id"], "published": f.get("published"), "sentence_index": f.get("sentence_index"),
            "span": f.get("span"), "sentence": f.get("sentence")}


def _group_facts(facts: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """One entry per (kind, value, date) with all the sentences that state it."""
    groups: dict[tuple, dict[str, Any]] = {}
    for f in facts:
        key = (f["kind"], f["value"], f.get("date"))
        g = groups.setdefault(key, {"kind": f["kind"], "value": f["value"], "date": f.get("date"), "sources": []})
        if all(s["doc_id"] != f["doc_id"] or s["span"] != f.get("span") for s in g["sources"]):
            g["sources"].append(_source(f))
    for g in groups.values():
        g["n_sources"] = len({s["doc_id"] for s in g["sources"]})
    return list(groups.values())


def _current_level(facts: Sequence[Mapping[str, Any]]) -> tuple[str | None, list[dict[str, Any]], list[dict]]:
    """Current level (latest statement; on a tie the higher level), its sources, and the history."""
    stated = [f for f in facts if f["kind"] in ("level", "upgrade")]
    if not stated:
        return None, [], []

    def when(f: Mapping[str, Any]) -> str:
        return f.get("date") or f.get("published") or ""

    best = max(stated, key=lambda f: (when(f)[:10], f["kind"] == "upgrade", level_rank(f["value"])))
    sources = [_source(f) for f in stated if f["value"] == best["value"]]
    history: dict[str, dict[str, Any]] = {}
    for f in sorted(stated, key=when):
        h = history.setdefault(f["value"], {"level": f["value"], "date": None, "first_reported": when(f) or None,
                                            "sources": []})
        if f["kind"] == "upgrade" and f.get("date") and not h["date"]:
            h["date"] = f["date"]
        h["sources"].append(_source(f))
    ordered = sorted(history.values(), key=lambda h: (h["date"] or h["first_reported"] or "",
                                                      level_rank(h["level"])))
    return best["value"], sources, ordered


def _relations_since(facts: Sequence[Mapping[str, Any]]) -> tuple[str | None, list[dict[str, Any]]]:
    """The most precise date of the majority year, with every sentence that agrees with it."""
    since = [f for f in facts if f["kind"] == "relations_since" and f.get("date")]
    if not since:
        return None, []
    years: dict[str, int] = defaultdict(int)
    for f in since:
        years[f["date"][:4]] += 1
    year = max(years, key=lambda y: (years[y], -int(y) if y.isdigit() else 0))
    agreeing = [f for f in since if f["date"][:4] == year]
    best = max(agreeing, key=lambda f: len(f["date"]))["date"]
    return best, [_source(f) for f in agreeing if best.startswith(f["date"])]


def _timeline_entry(e: Mapping[str, Any]) -> dict[str, Any]:
    cameo = e.get("cameo") or ""
    return {
        "event_id": e["event_id"], "kind": _TIMELINE_KIND.get(cameo[:3], (e.get("mode") or e.get("type") or "").lower()),
        "date": e.get("date"), "type": e.get("type"), "mode": e.get("mode"), "cameo": cameo,
        "status": e.get("status"),
        "source": (e.get("source") or {}).get("name"), "target": (e.get("target") or {}).get("name"),
        "location": (e.get("location") or {}).get("name"),
        "instrument": e.get("instrument"), "story_id": e.get("story_id"),
        "n_sources": e.get("n_sources"), "sources": [
            {"doc_id": s["doc_id"], "published": s.get("published"), "sentence_index": s.get("sentence_index"),
             "spans": s.get("spans"), "sentence": s.get("sentence")} for s in e.get("source_details") or []],
    }


def _agreement_entry(ag: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "agreement_id": ag["agreement_id"], "instrument_type": ag.get("instrument_type"), "title": ag.get("title"),
        "field": ag.get("field"), "date": ag.get("date"), "status": ag.get("status"),
        "location": (ag.get("location") or {}).get("name"),
        "parties": [p.get("country") or p.get("name") for p in ag.get("parties") or []],
        "signatories": [p.get("name") for p in ag.get("signatories") or []],
        "event_ids": ag.get("event_ids") or [], "history": ag.get("history") or [],
        "n_sources": ag.get("n_sources"),
        "sources": [{k: s.get(k) for k in ("doc_id", "published", "sentence_index", "span", "sentence")}
                    for s in ag.get("source_details") or []],
    }


def build_relations(a: str, b: str, *, facts: Sequence[Mapping[str, Any]], events: Sequence[Mapping[str, Any]],
                    agreements: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The relations record for a pair: level, relations since, agreements, timeline, memberships, facts."""
    level, level_sources, level_history = _current_level(facts)
    since, since_sources = _relations_since(facts)
    memberships: dict[str, dict[str, Any]] = {}
    for f in facts:
        if f["kind"] == "membership":
            m = memberships.setdefault(f["value"], {"organisation": f["value"], "sources": []})
            m["sources"].append(_source(f))
    timeline = sorted((_timeline_entry(e) for e in events),
                      key=lambda t: (t["date"] or "9999", t["event_id"]))
    return {
        "pair": [a, b],
        "dyad": sorted([a, b]),
        "level": level,
        "level_sources": level_sources,
        "level_history": level_history,
        "diplomatic_relations_since": since,
        "diplomatic_relations_sources": since_sources,
        "agreements": [_agreement_entry(ag) for ag in agreements],
        "timeline": timeline,
        "visits": [t for t in timeline if t["kind"] == "visit"],
        "talks": [t for t in timeline if t["kind"] in ("talks", "meeting", "call")],
        "signings": [t for t in timeline if t["kind"] == "signing"],
        "memberships": list(memberships.values()),
        "facts": _group_facts(facts),
        "n_events": len(events),
    }


def _sources_text(sources: Sequence[Mapping[str, Any]]) -> str:
    ids = list(dict.fromkeys(s["doc_id"] for s in sources))
    return f"[{', '.join(ids)}]" if ids else ""


def format_relations(rel: Mapping[str, Any]) -> str:
    """A readable text block of a relations record."""
    a, b = rel["pair"]
    lines = [f"Relations {a} – {b}", ""]
    lines.append(f"Level:                 {rel.get('level') or 'not stated'} {_sources_text(rel.get('level_sources') or [])}")
    for h in rel.get("level_history") or []:
        when = h.get("date") or h.get("first_reported") or "?"
        lines.append(f"  {when:<10}  {h['level']} {_sources_text(h['sources'])}")
    since = rel.get("diplomatic_relations_since")
    lines.append(f"Diplomatic relations:  {('since ' + since) if since else 'not stated'} "
                 f"{_sources_text(rel.get('diplomatic_relations_sources') or [])}")
    members = rel.get("memberships") or []
    if members:
        lines.append("Both members of:       " + ", ".join(
            f"{m['organisation']} {_sources_text(m['sources'])}" for m in members))
    lines += ["", f"Timeline ({len(rel.get('timeline') or [])} events):"]
    for t in rel.get("timeline") or []:
        who = " → ".join(x for x in (t.get("source"), t.get("target")) if x)
        where = f" in {t['location']}" if t.get("location") else ""
        status = "" if t.get("status") == "occurred" else f" ({t.get('status')})"
        lines.append(f"  {t.get('date') or '?':<10}  {t['kind'] or '?':<10} {who}{where}{status}  "
                     f"{t.get('n_sources') or 0} source(s) {_sources_text(t['sources'])}")
        inst = t.get("instrument") or {}
        for title in inst.get("titles") or []:
            lines.append(f"{'':14}- {title}")
    agreements = rel.get("agreements") or []
    lines += ["", f"Agreements ({len(agreements)}):"]
    for ag in agreements:
        label = ag.get("title") or " ".join(x for x in (ag.get("instrument_type"), ag.get("field")) if x)
        lines.append(f"  {ag.get('date') or '?':<10}  {label} — {ag.get('status')} "
                     f"{_sources_text(ag.get('sources') or [])}")
    facts = [f for f in rel.get("facts") or [] if f["kind"] not in ("level", "relations_since", "membership")]
    if facts:
        lines += ["", "Other facts:"]
        for f in facts:
            when = f" ({f['date']})" if f.get("date") else ""
            lines.append(f"  {f['kind']:<16} {f['value']}{when} {_sources_text(f['sources'])}")
    return "\n".join(lines) + "\n"
