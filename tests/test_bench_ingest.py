"""Smoke test of bench/ingest_overhead.py on 5 articles of the dev corpus (a measurement, not a test
of the figures: only that every part runs, on the same articles, and the output adds up)."""
from __future__ import annotations

import json
import os
import subprocess
import sys

from testpaths import ROOT


def test_ingest_overhead_runs_on_five_articles(corpus_dir):
    corpus = corpus_dir / "diplomacy-dev.jsonl"
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "ingest_overhead.py"), "--n", "5", "--repeat", "1",
                          "--input", str(corpus), "--json"],
                         capture_output=True, text=True, timeout=600, env={**os.environ, "HF_HUB_OFFLINE": "1"})
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["n_articles"] == 5
    s, r = report["seconds"], report["ratios"]
    assert s["extract"] > 0 and s["store_plain"] > 0 and s["store_full"] > 0
    assert abs(s["clustering_merging"] - (s["store_full"] - s["store_plain"])) < 0.002
    assert abs(r["all_storing/extract"] - s["store_full"] / s["extract"]) < 0.01
    plain, full = report["counts"]["store-plain"], report["counts"]["store-full"]
    # both stores got the same articles and events; without clustering each article is its own story
    assert plain["articles"] == full["articles"] == 5
    assert plain["events"] == full["events"] == report["events"]
    assert plain["stories"] == 5 and plain["merged_events"] == plain["events"]
    assert full["stories"] <= 5 and full["merged_events"] <= full["events"]
    # the timing hook saw the clustering functions only in the normal store
    assert "choose_story" in report["stories_logic"]["store-full"]
    assert "choose_story" not in report["stories_logic"]["store-plain"]


def test_missing_input_is_a_clear_error(tmp_path):
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "ingest_overhead.py"), "--input",
                          str(tmp_path / "none.jsonl")], capture_output=True, text=True, timeout=60)
    assert out.returncode == 2 and "no input" in out.stderr
