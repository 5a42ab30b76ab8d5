"""The `communique` command: a thin shell over the library.

Each command parses its options, calls one library function and prints what it returns.
Errors from the library (``CommuniqueError``) become one-line messages and exit status 2.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from . import __version__
from .errors import CommuniqueError
from .output import EVENT_COLUMNS, Progress, write_records

EPILOG_EXAMPLES = {
    "read": "example: communique read examples/ --format jsonl",
    "extract": "example: communique extract examples/*.txt --format jsonl",
    "ingest": "example: communique ingest examples/ --db news.duckdb",
    "events": "example: communique events --db news.duckdb --pair VNM CHL --format table",
    "actors": "example: communique actors --db news.duckdb --format table",
    "stories": "example: communique stories --db news.duckdb",
    "agreements": "example: communique agreements --db news.duckdb --format json",
    "relations": "example: communique relations VNM CHL --db news.duckdb --format json",
    "eval": "example: communique eval ../shared/gold/seeds.json ../shared/seeds/*.txt",
    "serve": "example: communique serve --db news.duckdb --port 8000",
    "export": "example: communique export --format gdelt --db news.duckdb -o events.tsv",
    "demo": "example: communique demo",
}


# ---------------------------------------------------------------------------- helpers

def _reading_options(p: argparse.ArgumentParser) -> None:
    from .read import DEFAULT_MAX_BYTES

    p.add_argument("paths", nargs="+", metavar="PATH", help="files, directories, or - for stdin")
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES,
                   help=f"refuse files larger than this (default {DEFAULT_MAX_BYTES})")
    p.add_argument("--published", metavar="YYYY-MM-DD", help="publication date to use for every article")
    p.add_argument("--strict", action="store_true", help="exit non-zero when any input was skipped")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar and no summary")
    p.add_argument("--actors", metavar="FILE",
                   help="user actors file (CSV or YAML: name, kind, country, sector, title, aliases) "
                        "that adds or overrides actors")


def _db_option(p: argparse.ArgumentParser) -> None:
    from .jobs import DEFAULT_DB

    p.add_argument("--db", default=DEFAULT_DB, help=f"DuckDB file (default {DEFAULT_DB})")


def _finish_reading(report, args) -> int:
    """Report skipped inputs (one line each) and the summary; return the exit status."""
    for where, reason in report.skipped:
        print(f"skipped {where}: {reason}", file=sys.stderr)
    if not args.quiet:
        print(report.summary(), file=sys.stderr)
    if report.read == 0:
        return 1
    if args.strict and report.skipped:
        return 1
    return 0


# ---------------------------------------------------------------------------- commands

def cmd_read(args) -> int:
    from .read import ReadReport, read_paths

    report = ReadReport()
    articles = read_paths(args.paths, max_bytes=args.max_bytes, published=args.published, report=report)
    columns = [("doc_id", "doc_id", 28), ("published", "published", 10), ("outlet", "outlet", 12),
               ("dateline", "dateline", 18), ("lang", "language", 4), ("title", "title", 60)]
    write_records((a.to_dict() for a in articles), args.format, columns, out=sys.stdout)
    return _finish_reading(report, args)


def cmd_extract(args) -> int:
    from .jobs import extract_paths
    from .read import ReadReport

    report = ReadReport()
    progress = Progress("articles", quiet=args.quiet)
    results = extract_paths(args.paths, report=report, max_bytes=args.max_bytes, published=args.published,
                            n_process=args.processes, explain=args.explain,
                            on_article=lambda _r: progress.update(), actors_file=args.actors)
    if args.explain:
        from .explain import write_explanation

        for result in results:
            write_explanation(result, sys.stdout)
    elif args.what == "mentions":
        write_records((m.to_dict() for r in results for m in r.mentions), args.format,
                      [("doc_id", "doc_id", 24), ("text", "text", 30), ("kind", "actor.kind", 7),
                       ("name", "actor.name", 28), ("country", "actor.country", 4),
                       ("sector", "actor.sector", 4), ("title", "actor.title", 30), ("how", "how", 16)])
    elif args.what == "agreements":
        write_records((a.to_dict() for r in results for a in r.agreements), args.format)
    else:
        write_records((e.to_dict() for r in results for e in r.events), args.format, EVENT_COLUMNS)
    progress.close()
    return _finish_reading(report, args)


def cmd_ingest(args) -> int:
    from .jobs import ingest_paths
    from .read import ReadReport

    report = ReadReport()
    progress = Progress("articles", quiet=args.quiet)
    summary = ingest_paths(args.paths, db=args.db, report=report, max_bytes=args.max_bytes,
                           published=args.published, n_process=args.processes,
                           on_article=lambda _r: progress.update(), actors_file=args.actors)
    progress.close()
    status = _finish_reading(report, args)
    if not args.quiet:
        print(f"stored {summary.stored} new article(s) with {summary.events} event(s); "
              f"{summary.already} already stored; database: {summary.db}", file=sys.stderr)
    return status if summary.stored or summary.already else max(status, 1)


def _event_filters(args) -> dict:
    return {
        "country": args.country, "actor": args.actor, "pair": args.pair, "type": args.type,
        "status": args.status, "since": args.since, "until": args.until, "text": args.text,
        "limit": args.limit,
    }


def _add_event_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--country", help="events with this country (ISO3) as source or target")
    p.add_argument("--actor", help="events whose source or target name contains this text")
    p.add_argument("--pair", nargs=2, metavar=("A", "B"), help="events between two countries, either direction")
    p.add_argument("--type", help="PLOVER type, e.g. CONSULT")
    p.add_argument("--status", help="occurred, planned, negated, hypothetical or historical")
    p.add_argument("--since", metavar="YYYY-MM-DD", help="events on or after this date")
    p.add_argument("--until", metavar="YYYY-MM-DD", help="events on or before this date")
    p.add_argument("--text", help="events whose sentence contains this text")
    p.add_argument("--limit", type=int, default=None, help="at most this many events")


def cmd_events(args) -> int:
    from .store import Store

    with Store.open(args.db, read_only=True) as store:
        events = store.events(**_event_filters(args))
    write_records(events, args.format, EVENT_COLUMNS)
    return 0


def cmd_actors(args) -> int:
    from .store import Store

    with Store.open(args.db, read_only=True) as store:
        actors = store.actors()
    write_records(actors, args.format,
                  [("name", "name", 30), ("kind", "kind", 7), ("country", "country", 4), ("sector", "sector", 4),
                   ("title", "title", 34), ("learned", "learned", 12), ("first", "first_seen", 10),
                   ("last", "last_seen", 10), ("aliases", "aliases", 40)])
    return 0


def cmd_stories(args) -> int:
    from .store import Store

    with Store.open(args.db, read_only=True) as store:
        stories = store.stories()
    write_records(stories, args.format,
                  [("story", "story_id", 14), ("first", "first_date", 10), ("last", "last_date", 10),
                   ("articles", "n_articles", 8), ("events", "n_events", 6), ("title", "title", 70)])
    return 0


def cmd_agreements(args) -> int:
    from .store import Store

    with Store.open(args.db, read_only=True) as store:
        agreements = store.agreements()
    write_records(agreements, args.format,
                  [("date", "date", 10), ("type", "instrument_type", 16), ("title", "title", 50),
                   ("field", "field", 14), ("parties", "party_codes", 16), ("status", "status", 9),
                   ("n", "n_sources", 3)])
    return 0


def cmd_relations(args) -> int:
    from .relations import format_relations
    from .store import Store

    with Store.open(args.db, read_only=True) as store:
        rel = store.relations(args.a, args.b)
    if args.format == "json":
        print(json.dumps(rel, ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(format_relations(rel))
    return 0


def cmd_eval(args) -> int:
    from .evaluate import run_eval

    return run_eval(args)


def cmd_serve(args) -> int:
    from .web.app import serve

    serve(db=args.db, host=args.host, port=args.port)
    return 0


def cmd_export(args) -> int:
    from .export import export
    from .store import Store

    out = open(args.output, "w", encoding="utf-8", newline="") if args.output and args.format != "parquet" else None
    try:
        with Store.open(args.db, read_only=True) as store:
            n = export(store, args.format, _event_filters(args), out or sys.stdout, path=args.output,
                       header=args.header)
    finally:
        if out:
            out.close()
    print(f"exported {n} event(s)" + (f" to {args.output}" if args.output else ""), file=sys.stderr)
    return 0


def cmd_demo(args) -> int:
    from .demo import run_demo

    return run_demo(db=args.db, quiet=args.quiet)


# ---------------------------------------------------------------------------- parser

def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="communique",
        description="Turn news about international relations into source-linked event data.",
    )
    parser.add_argument("--version", action="version", version=f"communique {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, func: Callable, help: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, description=help, epilog=EPILOG_EXAMPLES[name])
        p.set_defaults(func=func)
        return p

    p = command("read", cmd_read, "Read and clean articles; print one record per article.")
    _reading_options(p)
    p.add_argument("--format", choices=["jsonl", "table", "csv"], default="jsonl")

    p = command("extract", cmd_extract, "Code articles into events without a database.")
    _reading_options(p)
    p.add_argument("--format", choices=["jsonl", "table", "csv"], default="jsonl")
    p.add_argument("--what", choices=["events", "mentions", "agreements"], default="events",
                   help="what to print (default events)")
    p.add_argument("--explain", action="store_true", help="show which rules fired and why events were (not) emitted")
    p.add_argument("--processes", type=int, default=1, help="parallel spaCy processes (default 1)")

    p = command("ingest", cmd_ingest, "Code articles and store them in the database.")
    _reading_options(p)
    _db_option(p)
    p.add_argument("--processes", type=int, default=1, help="parallel spaCy processes (default 1)")

    p = command("events", cmd_events, "List stored events (merged across sources).")
    _db_option(p)
    _add_event_filters(p)
    p.add_argument("--format", choices=["table", "jsonl", "csv"], default="table")

    p = command("actors", cmd_actors, "List known actors with aliases, country, sector, title.")
    _db_option(p)
    p.add_argument("--format", choices=["table", "jsonl", "csv"], default="table")

    p = command("stories", cmd_stories, "List stories: articles clustered around one happening.")
    _db_option(p)
    p.add_argument("--format", choices=["table", "jsonl", "csv"], default="table")

    p = command("agreements", cmd_agreements, "List agreements signed or announced.")
    _db_option(p)
    p.add_argument("--format", choices=["table", "jsonl", "csv", "json"], default="table")

    p = command("relations", cmd_relations, "What is known about a pair of countries.")
    p.add_argument("a", metavar="A", help="ISO3 code, e.g. VNM")
    p.add_argument("b", metavar="B", help="ISO3 code, e.g. CHL")
    _db_option(p)
    p.add_argument("--format", choices=["table", "json"], default="table")

    p = command("eval", cmd_eval, "Score events against gold annotations.")
    p.add_argument("gold", metavar="GOLD.json", help="gold file (format of shared/gold/README.md)")
    p.add_argument("paths", nargs="*", metavar="PATH", help="articles to code and score")
    p.add_argument("--pred", metavar="FILE", help="score these event records (JSONL) instead of coding")
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.add_argument("--corpus", metavar="FILE",
                   help="JSONL corpus holding the gold's documents by id (default: the gold's 'corpus' field)")
    p.add_argument("--sentences", action="store_true",
                   help="GOLD is sentence-level JSONL (gold/README.md): score type, dyad and CAMEO root")
    p.add_argument("--details", action="store_true", help="list every miss, false alarm and match")
    p.add_argument("--processes", type=int, default=1, help="parallel spaCy processes (default 1)")

    p = command("serve", cmd_serve, "Serve web pages and a JSON API over the database.")
    _db_option(p)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)

    p = command("export", cmd_export, "Export events: jsonl, csv, parquet, plover or gdelt.")
    _db_option(p)
    _add_event_filters(p)
    p.add_argument("--format", choices=["jsonl", "csv", "parquet", "plover", "gdelt"], default="jsonl")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout (required for parquet)")
    p.add_argument("--header", action="store_true", help="gdelt: put the GDELT column names on the first line")

    p = command("demo", cmd_demo, "Run the main job on the bundled example articles.")
    p.add_argument("--db", default="communique-demo.duckdb", help="database to build (default communique-demo.duckdb)")
    p.add_argument("--quiet", "-q", action="store_true")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return args.func(args) or 0
    except CommuniqueError as exc:
        print(f"communique: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `communique events | head`
        return 0
    except KeyboardInterrupt:
        print("communique: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
