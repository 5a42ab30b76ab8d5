"""A user actors file (CSV or YAML) that adds or overrides actors.

CSV: a header row with ``name,kind,country,sector,title,aliases`` (``igo`` optional); aliases are
separated by ``|`` or ``;``. YAML: a list of mappings with the same keys (aliases as a list).
``kind`` is person, state, igo or org; persons are known from the first article on, the others
are added to the gazetteer and take precedence over the built-in entries with the same form.
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

from ..errors import DataFileError

KINDS = ("person", "state", "igo", "org")
FIELDS = ("name", "kind", "country", "sector", "title", "aliases", "igo")


def _check(path: Path, where: str, row: dict) -> dict:
    unknown = set(row) - set(FIELDS)
    if unknown:
        raise DataFileError(f"{path}:{where}: unknown field(s) {sorted(unknown)}; allowed: {', '.join(FIELDS)}")
    name = str(row.get("name") or "").strip()
    if not name:
        raise DataFileError(f"{path}:{where}: 'name' is empty")
    kind = str(row.get("kind") or "person").strip()
    if kind not in KINDS:
        raise DataFileError(f"{path}:{where}: kind '{kind}' must be one of {', '.join(KINDS)}")
    country = str(row.get("country") or "").strip() or None
    if country and not re.match(r"^[A-Z]{3}$", country):
        raise DataFileError(f"{path}:{where}: country '{country}' is not an ISO 3166 alpha-3 code")
    if kind == "state" and not country:
        raise DataFileError(f"{path}:{where}: a state needs its ISO3 country code")
    aliases = row.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [a.strip() for a in re.split(r"[|;]", aliases) if a.strip()]
    return {"name": name, "kind": kind, "country": country,
            "sector": str(row.get("sector") or "").strip() or None,
            "title": str(row.get("title") or "").strip() or None,
            "igo": str(row.get("igo") or "").strip() or None,
            "aliases": [str(a) for a in aliases]}


def load_user_actors(path: Path) -> list[dict]:
    """Validated entries of a user actors file; ``DataFileError`` names the file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"{path}: cannot read the actors file ({exc})") from exc
    if path.suffix.lower() in (".yaml", ".yml"):
        try:
            import yaml
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise DataFileError(f"{path}: reading YAML needs PyYAML; use a CSV file instead") from exc
        try:
            data = yaml.safe_load(text) or []
        except yaml.YAMLError as exc:
            raise DataFileError(f"{path}: not valid YAML ({exc})") from exc
        if not isinstance(data, list) or not all(isinstance(d, dict) for d in data):
            raise DataFileError(f"{path}: expected a list of mappings (name, kind, country, ...)")
        return [_check(path, f"entry {i}", d) for i, d in enumerate(data, 1)]
    reader = csv.DictReader(text.splitlines())
    if not reader.fieldnames or "name" not in reader.fieldnames:
        raise DataFileError(f"{path}:1: the CSV header must name the columns, at least 'name'")
    out = []
    for number, row in enumerate(reader, 2):
        if None in row:
            raise DataFileError(f"{path}:{number}: more cells than header columns")
        if not any((v or "").strip() for v in row.values()):
            continue
        out.append(_check(path, str(number), {k: v for k, v in row.items() if k}))
    return out
