"""`communique demo`: the main job on the bundled example articles.

Reads every article in ``examples/``, codes it, stores it in a DuckDB file, and prints the stored
(merged) events as a table, then says where the database is and what to try next.
"""
from __future__ import annotations

import sys
from pathlib import Path

from .jobs import examples_dir, ingest_paths
from .output import EVENT_COLUMNS, write_records
from .read import ReadReport


def run_demo(db: str = "communique-demo.duckdb", quiet: bool = False, out=None) -> int:
    out = out or sys.stdout
    examples = examples_dir()
    report = ReadReport()
    summary = ingest_paths([str(examples)], db=db, report=report)
    for where, reason in report.skipped:
        print(f"skipped {where}: {reason}", file=sys.stderr)

    from .store import Store

    with Store.open(db, read_only=True) as store:
        events = store.events()
        stories = store.stories()
    print(f"communique demo: {report.read} example article(s) from {examples}", file=out)
    print(f"{len(events)} event(s) in {len(stories)} story(ies):\n", file=out)
    write_records(events, "table", EVENT_COLUMNS, out=out)
    where = Path(db).resolve()
    print(f"\ndatabase: {where}", file=out)
    if not quiet:
        print(f"next: `communique events --db {db} --format jsonl` for the records, "
              f"`communique relations VNM CHL --db {db}` for a country pair, "
              f"`communique serve --db {db}` to browse them", file=out)
    return 0 if summary.stored or summary.already else 1
