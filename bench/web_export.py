"""Time the web views that aggregate over every event and each export format, on a built database.

    HF_HUB_OFFLINE=1 .venv/bin/communique ingest ../shared/corpus/diplomacy-dev.jsonl --db /tmp/web-dev.duckdb -q
    .venv/bin/python bench/web_export.py --db /tmp/web-dev.duckdb [--repeat 3] [--scale K] [--json]

``--scale K`` first copies the database to a temporary file and repeats every merged event K times
(new ids, same articles) in SQL, to see how the figures grow with the number of events. Each view (overview, map, network) and each export format (written to a temporary file) runs
``--repeat`` times on one read-only store; the fastest run is reported, in milliseconds. A
measurement, not a test: figures move with the load on the machine (check ``uptime``).
"""
from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import tempfile
import time


def _best(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return round(best * 1000, 1)


def scaled_copy(db: str, k: int, folder: str) -> str:
    """A copy of ``db`` in which each merged event appears ``k`` times (ids suffixed ``_2``..``_k``)."""
    import duckdb

    path = os.path.join(folder, f"x{k}.duckdb")
    shutil.copy(db, path)
    con = duckdb.connect(path)
    cols = [r[0] for r in con.execute("SELECT column_name FROM information_schema.columns "
                                      "WHERE table_name = 'merged_events' ORDER BY ordinal_position").fetchall()]
    picked = []
    for c in cols:
        if c == "merged_id":
            picked.append("merged_id || '_' || k")
        elif c == "record":
            picked.append("replace(record, '\"event_id\": \"' || merged_id || '\"', "
                          "'\"event_id\": \"' || merged_id || '_' || k || '\"')")
        else:
            picked.append(c)
    con.execute(f"INSERT INTO merged_events SELECT {', '.join(picked)} FROM merged_events, range(2, ?) t(k)",
                [k + 1])
    con.execute("CHECKPOINT")
    con.close()
    return path


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        db = scaled_copy(args.db, args.scale, folder) if args.scale > 1 else args.db
        return _measure(args, db)


def _measure(args, db: str) -> dict:
    from communique.export import FORMATS, export
    from communique.store import Store
    from communique.web import views

    out: dict = {"db": args.db, "scale": args.scale}
    with Store.open(db, read_only=True) as store:
        counts = store.counts()
        out["n_events"], out["n_articles"] = counts["events"], counts["articles"]
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
        print(f"{args.db} x{args.scale}: {out['n_events']} events, {out['n_articles']} articles (best of {args.repeat}, ms)")
        for k, v in times.items():
            print(f"  {k:16s} {v:10.1f}")
    return out


if __name__ == "__main__":
    main()
