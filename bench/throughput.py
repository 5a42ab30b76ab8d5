"""Throughput and peak memory of the whole pipeline against bare spaCy, on the same texts, in one run.

    .venv/bin/python bench/throughput.py --n 500 --json

Takes the first N articles of ../shared/corpus/throughput.jsonl.gz, writes them to a temporary JSONL
file, and runs each variant in a fresh subprocess (so each peak RSS is its own):

    spacy        bare ``nlp.pipe`` of the model package over the record texts (the baseline)
    spacy-2p     the same with ``n_process=2``
    extract      `communique extract FILE.jsonl` in-process: reading JSONL, cleaning, metadata, parse,
                 actors, events, JSONL output (to /dev/null)
    extract-2p   the same with ``--processes 2``
    extract-nofilter  the same stages without the pre-filter (``code_articles(prefilter=False)``)

Loading (model, gazetteers, lexicon, place names: one short article is coded first) is timed
apart and left out of the rates. Prints one line per variant, then the ratios
extract/spacy; ``--json`` prints everything as one JSON object. On a shared machine use ``--repeat 3``:
variants run round robin and the fastest run of each is kept. A measurement, not a test.
"""
from __future__ import annotations

import argparse
import contextlib
import gzip
import io
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "throughput.jsonl.gz"
VARIANTS = ("spacy", "spacy-2p", "extract", "extract-2p", "extract-nofilter")


def first_records(path: Path, n: int) -> list[dict]:
    records = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                records.append(json.loads(line))
            if len(records) >= n:
                break
    return records


def peak_rss_mb() -> dict[str, float]:
    """Peak resident memory of this process and of its largest finished child (Linux: KiB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"peak_rss_mb": round(own, 1), "peak_rss_children_mb": round(children, 1)}


WARM_UP_TEXT = ("GENEVA, May 4 - The Foreign Minister of Norway met his Chilean counterpart in Geneva on "
                "Monday and invited him to visit Oslo.\n\nThe two ministers signed an agreement on fisheries.")


def warm_up() -> None:
    """Load everything loaded once per process (model, gazetteers, lexicon, place names) before timing."""
    from communique.model import Article
    from communique.pipeline import code_articles

    for _ in code_articles([Article(doc_id="warm-up", body=WARM_UP_TEXT, published="2024-05-04")]):
        pass
    try:                                   # the place-name index is built on first use
        from communique.events.places import country_location

        country_location("NOR")
    except ImportError:
        pass


def run_variant(variant: str, path: str) -> dict:
    """Runs inside the fresh subprocess."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    texts = [json.loads(line)["text"] for line in open(path, encoding="utf-8") if line.strip()]
    t0 = time.perf_counter()
    if variant.startswith("spacy"):
        import importlib

        from communique.nlp import MODEL_PACKAGE

        nlp = importlib.import_module(MODEL_PACKAGE).load()
        loaded = time.perf_counter()
        n_process = 2 if variant.endswith("2p") else 1
        n_docs = sum(1 for _ in nlp.pipe(texts, n_process=n_process, batch_size=32))
        events = None
    elif variant == "extract-nofilter":
        from communique.output import write_jsonl
        from communique.pipeline import code_articles
        from communique.read import ReadReport, read_paths

        warm_up()
        loaded = time.perf_counter()
        articles = read_paths([path], report=ReadReport())
        with open(os.devnull, "w", encoding="utf-8") as sink:
            events = write_jsonl((e.to_dict() for r in code_articles(articles, prefilter=False) for e in r.events),
                                 sink)
        n_docs = len(texts)
    else:
        from communique.cli import main

        warm_up()
        loaded = time.perf_counter()
        argv = ["extract", path, "--format", "jsonl", "--quiet"]
        if variant.endswith("2p"):
            argv += ["--processes", "2"]
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            status = main(argv)
        if status not in (0, None):
            raise SystemExit(f"communique extract exited with {status}")
        events = out.getvalue().count("\n")
        n_docs = len(texts)
    done = time.perf_counter()
    return {"variant": variant, "articles": n_docs, "load_seconds": round(loaded - t0, 2),
            "seconds": round(done - loaded, 2), "events": events, **peak_rss_mb()}


def measure(variant: str, path: str) -> dict:
    cmd = [sys.executable, __file__, "--variant", variant, "--input", path]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        return {"variant": variant, "error": proc.stderr.strip().splitlines()[-1:] or ["failed"]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=500, help="number of articles (default 500)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--variants", default=",".join(VARIANTS), help=f"comma list of {', '.join(VARIANTS)}")
    parser.add_argument("--json", action="store_true", help="print the results as one JSON object")
    parser.add_argument("--repeat", type=int, default=1,
                        help="run every variant this many times, round robin, and keep the fastest (default 1)")
    parser.add_argument("--variant", help=argparse.SUPPRESS)
    parser.add_argument("--input", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.variant:                      # inside the per-variant subprocess
        print(json.dumps(run_variant(args.variant, args.input)))
        return 0

    if not args.corpus.is_file():
        print(f"{args.corpus} is absent: nothing to measure", file=sys.stderr)
        return 1
    records = first_records(args.corpus, args.n)
    words = sum(len(r["text"].split()) for r in records)
    chars = sum(len(r["text"]) for r in records)
    results = []
    with tempfile.TemporaryDirectory(prefix="communique-bench-") as tmp:
        path = str(Path(tmp) / "bench.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        best: dict[str, dict] = {}
        for round_ in range(args.repeat):          # round robin, so load from others hits every variant
            for variant in [v.strip() for v in args.variants.split(",")]:
                result = measure(variant, path)
                if not args.json:
                    print(f"round {round_ + 1}: {json.dumps(result)}", file=sys.stderr)
                kept = best.get(variant)
                if kept is None or ("seconds" in result and result["seconds"] < kept.get("seconds", float("inf"))):
                    best[variant] = result
        for variant, result in best.items():
            if "seconds" in result and result["seconds"] > 0:
                result["articles_per_s"] = round(len(records) / result["seconds"], 1)
                result["words_per_s"] = round(words / result["seconds"])
            results.append(result)

    by = {r["variant"]: r for r in results}

    def ratio(a: str, b: str) -> float | None:
        if "seconds" in by.get(a, {}) and "seconds" in by.get(b, {}) and by[a]["seconds"]:
            return round(by[b]["seconds"] / by[a]["seconds"], 3)
        return None

    summary = {
        "n_articles": len(records), "words": words, "characters": chars, "corpus": str(args.corpus),
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cpus": os.cpu_count(), "processor": platform.processor() or platform.machine()},
        "date": time.strftime("%Y-%m-%d %H:%M %Z"),
        "results": results,
        "ratio_extract_vs_spacy": ratio("extract", "spacy"),
        "ratio_extract_2p_vs_spacy": ratio("extract-2p", "spacy"),
        "ratio_extract_2p_vs_spacy_2p": ratio("extract-2p", "spacy-2p"),
    }
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        for r in results:
            if "error" in r:
                print(f"{r['variant']:11} failed: {r['error']}")
                continue
            print(f"{r['variant']:11} {r['articles_per_s']:8.1f} articles/s {r['words_per_s']:8d} words/s "
                  f"peak RSS {r['peak_rss_mb']:.0f} MB (children {r['peak_rss_children_mb']:.0f} MB)")
        print(f"extract / spacy throughput: {summary['ratio_extract_vs_spacy']}  "
              f"(2 processes: {summary['ratio_extract_2p_vs_spacy']} of 1-process spaCy, "
              f"{summary['ratio_extract_2p_vs_spacy_2p']} of 2-process spaCy)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
