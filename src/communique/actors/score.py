"""Score actor resolution against hand-coded mentions (``gold/dev-actors.jsonl``).

Gold rows give character offsets into a corpus record's raw ``text``; the reader may strip
furniture (datelines, sign-offs) and shift offsets, so each gold span is mapped onto the article
body by its surface string, at the occurrence nearest to where the previous mentions put it.

Measures (all over gold mentions inside each document's ``coded_chars``):

- ``titled_person``: titled-person mentions whose overlapping predicted person has the gold
  country AND sector;
- ``country``: state mentions for which an overlapping predicted mention carries the gold country;
- ``person_bare``: the other person mentions, resolved to the gold country (for information);
- ``igo``: IGO mentions resolved to the gold code (the gold is not exhaustive there);
- ``false_state``: predicted state mentions in the coded part that overlap no gold state mention
  (lower is better; the gold leaves out place-only capitals and datelines).

``score_mentions`` is pure; ``evaluate_dev`` runs the real pipeline (reader + spaCy + resolver) and
is the only part that reads files.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Mention

MEASURES = ("titled_person", "country", "person_bare", "igo")


@dataclass
class Tally:
    right: int = 0
    total: int = 0
    misses: list[dict] = field(default_factory=list)

    def add(self, ok: bool, miss: dict) -> None:
        self.total += 1
        if ok:
            self.right += 1
        else:
            self.misses.append(miss)

    @property
    def rate(self) -> float:
        return self.right / self.total if self.total else 0.0


def read_gold(path: Path) -> tuple[dict[str, int], dict[str, list[dict]]]:
    """Coded length per document and gold mentions per document (in text order)."""
    coded: dict[str, int] = {}
    mentions: dict[str, list[dict]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if row.get("type") == "doc":
            coded[row["doc"]] = row["coded_chars"]
        else:
            mentions.setdefault(row["doc"], []).append(row)
    return coded, mentions


def align(raw: str, body: str, gold: list[dict]) -> list[tuple[dict, int, int] | tuple[dict, None, None]]:
    """Map gold spans (offsets into ``raw``) onto ``body`` by surface string and nearest position."""
    out: list = []
    # The reader may drop a dateline or furniture before the body: start from where the body's
    # opening stands in the raw text, then follow each matched mention.
    head = body[:60].strip()
    found = raw.find(head) if head else -1
    shift = -found if found >= 0 else 0
    for row in sorted(gold, key=lambda r: r["start"]):
        surface = raw[row["start"]:row["end"]]
        expected = row["start"] + shift
        best = None
        pos = body.find(surface)
        while pos >= 0:
            end = pos + len(surface)
            if (pos == 0 or not body[pos - 1].isalnum()) and (end == len(body) or not body[end].isalnum()):
                if best is None or abs(pos - expected) < abs(best - expected):
                    best = pos
            pos = body.find(surface, pos + 1)
        if best is None:
            out.append((row, None, None))
            continue
        shift = best - row["start"]
        out.append((row, best, best + len(surface)))
    return out


def score_mentions(raw: str, body: str, coded_chars: int, gold: list[dict], predicted: list[Mention],
                   tallies: dict[str, Tally], doc_id: str = "") -> int:
    """Add one document's results to ``tallies``; returns the number of false state mentions."""
    aligned = align(raw, body, [g for g in gold if g["start"] < coded_chars])
    gold_states: list[tuple[int, int, str]] = []
    last_end = 0
    for row, start, end in aligned:
        if start is None:
            miss = {"doc": doc_id, "gold": row, "why": "span not found in the read article"}
            overlapping = []
        else:
            last_end = max(last_end, end)
            overlapping = [m for m in predicted if m.start < end and start < m.end]
            miss = {"doc": doc_id, "text": body[start:end], "gold": (row.get("name"), row.get("country"),
                                                                       row.get("sector"), row.get("igo")),
                    "got": [(m.text, m.actor.kind, m.actor.name, m.actor.country, m.actor.sector, m.how)
                            for m in overlapping]}
        kind = row["kind"]
        if kind == "person":
            ok = any(m.actor.kind == "person" and m.actor.country == row.get("country")
                     and (m.actor.sector == row.get("sector") or not row.get("titled_person"))
                     for m in overlapping)
            tallies["titled_person" if row.get("titled_person") else "person_bare"].add(ok, miss)
        elif kind == "state":
            if start is not None:
                gold_states.append((start, end, row.get("country")))
            ok = any(m.actor.country == row.get("country") and m.actor.kind in ("state", "org")
                     for m in overlapping)
            tallies["country"].add(ok, miss)
        elif kind == "igo":
            ok = any(m.actor.kind == "igo" and m.actor.igo == row.get("igo") for m in overlapping)
            tallies["igo"].add(ok, miss)
    # False states: predicted state mentions in the coded part (by body position of the last gold
    # mention, mapped) overlapping no gold state mention.
    limit = coded_chars + (aligned[-1][1] - aligned[-1][0]["start"] if aligned and aligned[-1][1] is not None
                           else 0)
    false = 0
    for m in predicted:
        if m.actor.kind != "state" or m.start >= limit or m.how.startswith(("role_ref", "pronoun")):
            continue
        if not any(m.start < e and s < m.end for s, e, _c in gold_states):
            false += 1
            tallies.setdefault("_false", Tally()).add(False, {"doc": doc_id, "text": m.text, "how": m.how,
                                                              "country": m.actor.country})
    return false


def evaluate_dev(gold_path: Path, corpus_path: Path, *, resolver=None) -> dict:
    """Run reader + spaCy + resolver on the gold documents and score them."""
    import tempfile

    from ..nlp import annotate
    from ..read import read_paths      # the scorer drives the real pipeline, adapters included
    from .resolve import ActorResolver

    coded, gold = read_gold(gold_path)
    raw: dict[str, dict] = {}
    with corpus_path.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            if record.get("id") in coded:
                raw[record["id"]] = record
    with tempfile.TemporaryDirectory() as tmp:
        subset = Path(tmp) / "dev-actors.jsonl"
        subset.write_text("".join(json.dumps(raw[d], ensure_ascii=False) + "\n" for d in coded if d in raw),
                          encoding="utf-8")
        articles = list(read_paths([str(subset)]))
    resolver = resolver or ActorResolver()
    tallies = {name: Tally() for name in MEASURES}
    false_states = 0
    for article, doc in zip(articles, annotate(a.body for a in articles)):
        record = raw.get(article.doc_id)
        if record is None:
            continue
        predicted = resolver.mentions(doc, article)
        false_states += score_mentions(record["text"], article.body, coded[article.doc_id],
                                       gold.get(article.doc_id, []), predicted, tallies, article.doc_id)
    return report(tallies, false_states, len(articles))


def report(tallies: dict[str, Tally], false_states: int, documents: int) -> dict:
    out = {"documents": documents, "false_state": false_states}
    for name in MEASURES:
        t = tallies[name]
        out[name] = round(t.rate, 4)
        out[f"{name}_n"] = t.total
    out["misses"] = {name: tallies[name].misses for name in MEASURES}
    out["false_states"] = tallies.get("_false", Tally()).misses
    return out


def main(argv: Iterable[str] | None = None) -> int:
    """``python -m communique.actors.score GOLD CORPUS [--misses]``: print the scores as JSON."""
    import argparse

    p = argparse.ArgumentParser(prog="python -m communique.actors.score", description=main.__doc__)
    p.add_argument("gold", type=Path, help="gold/dev-actors.jsonl")
    p.add_argument("corpus", type=Path, help="../shared/corpus/diplomacy-dev.jsonl")
    p.add_argument("--misses", action="store_true", help="also print every miss")
    args = p.parse_args(list(argv) if argv is not None else None)
    result = evaluate_dev(args.gold, args.corpus)
    if not args.misses:
        result = {k: v for k, v in result.items() if k not in ("misses", "false_states")}
    print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
