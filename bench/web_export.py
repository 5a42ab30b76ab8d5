"""Time the web views that aggregate over every event and each export format, on a built database.

    HF_HUB_OFFLINE=1 .venv/bin/communique ingest ../shared/corpus/diplomacy-dev.jsonl --db /tmp/web-dev.duckdb -q
    .venv/bin/python bench/web_export.py --db /tmp/web-dev.duckdb [--repeat 3] [--json]

Each view (overview, map, network) and each export format (written to a temporary file) runs
``--repeat`` times on one read-only store; the fastest run is reported, in milliseconds. A
measurement, not a test: figures move with the load on the machine (check ``uptime``).
"""
from __future__ import annotations

import argparse
import io
import json
import os
import tempfile
import time


def _best(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return round(best * 1000, 1)


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    from communique.export import FORMATS, export
    from communique.store import Store
    from communique.web import views

    out: dict = {"db": args.db}
    with Store.open(args.db, read_only=True) as store:
        out["n_events"] = len(store.events())
        out["n_articles"] = store.con.execute("SELECT count(*) FROM articles").fetchone()[0]
        times = {}
        for name, view in (("overview", views.overview), ("map", views.event_map), ("network", views.network)):
            times[f"view.{name}"] = _best(lambda v=view: v(store), args.repeat)
        with tempfile.TemporaryDirectory() as tmp:
            for fmt in FORMATS:
                path = os.path.join(tmp, f"events.{fmt}")

                def run(fmt=fmt, path=path):
                    if fmt == "parquet":
                        export(store, fmt, {}, io.StringIO(), path=path)
                    else:
                        with open(path, "w", encoding="utf-8") as fh:
                            export(store, fmt, {}, fh)

                times[f"export.{fmt}"] = _best(run, args.repeat)
        out["ms"] = times
    if args.json:
        print(json.dumps(out))
    else:
        print(f"{args.db}: {out['n_events']} events, {out['n_articles']} articles (best of {args.repeat}, ms)")
        for k, v in times.items():
            print(f"  {k:16s} {v:10.1f}")
    return out


if __name__ == "__main__":
    main()
