"""What the pre-filter costs in accuracy: code the dev gold's documents with and without it.

    .venv/bin/python bench/prefilter_check.py [--gold gold/dev-events.json] [--json]

Prints, for both settings, the share of characters parsed, the time, the number of events, the
scores against the gold, and the events found only with or only without the filter.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    from communique.evaluate import corpus_records, load_gold, resolve_corpus
    from communique.evaluation.score import document_keys, score_events
    from communique.model import Article
    from communique.nlp import get_nlp
    from communique.pipeline import code_articles
    from communique.prefilter import blank_unlikely_paragraphs

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", default=str(ROOT / "gold" / "dev-events.json"))
    parser.add_argument("--corpus", default=None)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    gold = load_gold(args.gold)
    corpus = resolve_corpus(gold, args.gold, args.corpus)
    if corpus is None:
        print("the gold's corpus is absent", file=sys.stderr)
        return 1
    keys = document_keys(gold)
    records = corpus_records(corpus, keys)
    articles = [Article(doc_id=k, body=records[k]["text"], published=records[k].get("published"),
                        title=records[k].get("title")) for k in keys if k in records]
    chars = sum(len(a.body) for a in articles)
    blanked = sum(blank_unlikely_paragraphs(a.body)[1] for a in articles)
    get_nlp()
    results = {}
    events = {}
    for setting in (False, True):
        t0 = time.perf_counter()
        out = [e.to_dict() for r in code_articles(articles, prefilter=setting) for e in r.events]
        seconds = time.perf_counter() - t0
        report = score_events(gold, out)
        name = "prefilter" if setting else "no-prefilter"
        events[name] = {(e["doc_id"], e["type"], e["cameo"], json.dumps(e["source"]), json.dumps(e["target"]),
                         e["sentence"]) for e in out}
        results[name] = {"seconds": round(seconds, 2), "events": len(out),
                         "overall": report["overall"], "core_recall": report["tiers"]["core"]["recall"],
                         "date_accuracy": report["fields"]["date"]["accuracy"]}
    only_without = sorted(events["no-prefilter"] - events["prefilter"])
    only_with = sorted(events["prefilter"] - events["no-prefilter"])
    summary = {"articles": len(articles), "characters": chars,
               "blanked_share": round(blanked / chars, 4) if chars else 0.0,
               "results": results,
               "events_lost_by_prefilter": [{"doc": e[0], "type": e[1], "cameo": e[2], "sentence": e[5]}
                                            for e in only_without],
               "events_gained_by_prefilter": len(only_with)}
    if args.json:
        print(json.dumps(summary, indent=2, ensure_ascii=False))
    else:
        print(f"{len(articles)} articles, {chars} characters, {100 * summary['blanked_share']:.1f}% blanked")
        for name, r in results.items():
            o = r["overall"]
            print(f"{name:13} {r['seconds']:6.1f} s  {r['events']:4} events  P {o['precision']:.3f} "
                  f"R {o['recall']:.3f} F1 {o['f1']:.3f}  core R {r['core_recall']:.3f}")
        print(f"events only without the filter: {len(only_without)}; only with it: {len(only_with)}")
        for e in summary["events_lost_by_prefilter"][:20]:
            print(f"  lost {e['doc']}: {e['type']} {e['cameo']}  \"{e['sentence'][:90]}\"")
    return 0


if __name__ == "__main__":
    sys.exit(main())
