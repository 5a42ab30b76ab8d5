"""Load and validate the ontology data files (PLOVER types, contexts, CAMEO codes)."""
from __future__ import annotations

import csv
import functools
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..errors import DataFileError

DATA_DIR = Path(__file__).resolve().parent / "data"
CAMEO_COLUMNS = ["code", "root", "name", "goldstein", "plover_type", "plover_mode", "plover_context"]


@dataclass(frozen=True)
class PloverType:
    name: str
    quad: int
    base_score: float
    needs_target: bool
    modes: tuple[str, ...]                 # modes of the PLOVER manual
    extension_modes: tuple[str, ...] = ()  # communique's own diplomacy modes
    table_modes: tuple[str, ...] = ()      # modes only the CAMEO->PLOVER table uses
    mode_scores: dict[str, float] = field(default_factory=dict)

    def allows(self, mode: str | None) -> bool:
        return mode is None or mode in self.modes or mode in self.extension_modes or mode in self.table_modes


@dataclass(frozen=True)
class CameoCode:
    code: str
    root: str
    name: str
    goldstein: float
    plover_type: str | None                # None for roots 01 and 02 (PLOVER dropped them)
    plover_mode: str | None
    plover_context: tuple[str, ...]


@dataclass
class Ontology:
    version: str
    types: dict[str, PloverType]
    contexts: tuple[str, ...]
    sectors: tuple[str, ...]
    participant_roles: tuple[str, ...]
    cameo: dict[str, CameoCode]
    pinned: dict

    def quad(self, plover_type: str) -> int:
        return self.types[plover_type].quad

    def goldstein(self, code: str) -> float | None:
        entry = self.cameo.get(code)
        return entry.goldstein if entry else None

    def is_extension(self, plover_type: str, mode: str | None) -> bool:
        t = self.types.get(plover_type)
        return bool(t and mode and mode in t.extension_modes)


def _fail(path: Path, where: str, what: str) -> DataFileError:
    return DataFileError(f"{path}: {where}: {what}")


def _load_plover(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise DataFileError(f"{path}: not valid YAML ({exc}); fix the syntax") from exc
    except OSError as exc:
        raise DataFileError(f"{path}: cannot be read ({exc})") from exc
    if not isinstance(data, dict):
        raise _fail(path, "top level", "expected a mapping with version, types, contexts, sectors")
    for key in ("version", "types", "contexts", "sectors", "extensions"):
        if key not in data:
            raise _fail(path, "top level", f"missing key '{key}'")
    return data


def _build_types(path: Path, data: dict) -> dict[str, PloverType]:
    ext = (data.get("extensions") or {}).get("modes") or {}
    table = data.get("table_modes") or {}
    types: dict[str, PloverType] = {}
    for name, spec in data["types"].items():
        if not isinstance(spec, dict):
            raise _fail(path, f"types.{name}", "expected a mapping with quad, base_score, modes")
        quad = spec.get("quad")
        if quad not in (1, 2, 3, 4):
            raise _fail(path, f"types.{name}.quad", f"must be 1-4, got {quad!r}")
        try:
            base = float(spec.get("base_score"))
        except (TypeError, ValueError):
            raise _fail(path, f"types.{name}.base_score", "must be a number") from None
        types[name] = PloverType(
            name=name, quad=quad, base_score=base, needs_target=bool(spec.get("needs_target")),
            modes=tuple(spec.get("modes") or ()), extension_modes=tuple(ext.get(name) or ()),
            table_modes=tuple(table.get(name) or ()), mode_scores=dict(spec.get("mode_scores") or {}),
        )
    if len(types) != 16:
        raise _fail(path, "types", f"PLOVER 2.0 has 16 event types, found {len(types)}")
    for name in list(ext) + list(table):
        if name not in types:
            raise _fail(path, "extensions/table_modes", f"unknown PLOVER type '{name}'")
    return types


def _load_cameo(path: Path, types: dict[str, PloverType], contexts: set[str], aliases: dict,
                overrides: dict) -> dict[str, CameoCode]:
    codes: dict[str, CameoCode] = {}
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise DataFileError(f"{path}: cannot be read ({exc})") from exc
    with handle:
        reader = csv.reader(handle, delimiter="\t")
        header = next(reader, None)
        if header != CAMEO_COLUMNS:
            raise _fail(path, "line 1", f"header must be {' '.join(CAMEO_COLUMNS)}")
        for lineno, row in enumerate(reader, start=2):
            if not row or not row[0].strip():
                continue
            if len(row) != len(CAMEO_COLUMNS):
                raise _fail(path, f"line {lineno}", f"expected {len(CAMEO_COLUMNS)} tab-separated columns, got {len(row)}")
            code, root, name, gold, ptype, pmode, pctx = (c.strip() for c in row)
            if not code.isdigit() or not 2 <= len(code) <= 4 or not code.startswith(root):
                raise _fail(path, f"line {lineno}", f"bad CAMEO code '{code}' for root '{root}'")
            try:
                goldstein = float(gold)
            except ValueError:
                raise _fail(path, f"line {lineno}", f"Goldstein score '{gold}' is not a number") from None
            if not -10 <= goldstein <= 10:
                raise _fail(path, f"line {lineno}", f"Goldstein score {goldstein} outside -10..10")
            context = [aliases.get(c.strip(), c.strip()) for c in pctx.split(";") if c.strip()]
            over = overrides.get(code) or {}
            if over:
                ptype = over.get("plover_type", ptype) or ""
                pmode = over.get("plover_mode", pmode) or ""
                context = list(over.get("plover_context", context) or [])
            if ptype and ptype not in types:
                raise _fail(path, f"line {lineno}", f"unknown PLOVER type '{ptype}'")
            if ptype and pmode and not types[ptype].allows(pmode):
                raise _fail(path, f"line {lineno}", f"mode '{pmode}' is not a mode of {ptype}")
            for c in context:
                if c not in contexts:
                    raise _fail(path, f"line {lineno}", f"unknown PLOVER context '{c}'")
            if code in codes:
                raise _fail(path, f"line {lineno}", f"duplicate CAMEO code '{code}'")
            codes[code] = CameoCode(code, root, name, goldstein, ptype or None, pmode or None, tuple(context))
    roots = {c.root for c in codes.values()}
    missing = [f"{i:02d}" for i in range(1, 21) if f"{i:02d}" not in roots]
    if missing:
        raise _fail(path, "codes", f"CAMEO roots missing: {', '.join(missing)}")
    return codes


def load_ontology(data_dir: Path | str = DATA_DIR) -> Ontology:
    """Read and validate ``plover.yaml`` and ``cameo.tsv`` from ``data_dir``."""
    data_dir = Path(data_dir)
    ppath = data_dir / "plover.yaml"
    data = _load_plover(ppath)
    types = _build_types(ppath, data)
    contexts = tuple(data["contexts"] or ())
    if len(contexts) != 37 or len(set(contexts)) != 37:
        raise _fail(ppath, "contexts", f"PLOVER 2.0 has 37 distinct contexts, found {len(set(contexts))}")
    aliases = data.get("context_aliases") or {}
    for alias, target in aliases.items():
        if target not in contexts:
            raise _fail(ppath, f"context_aliases.{alias}", f"'{target}' is not a context")
    sectors = tuple(s for group in (data["sectors"] or {}).values() for s in group)
    roles = tuple((data["extensions"] or {}).get("participant_roles") or ())
    pinned = dict(data.get("pinned") or {})
    if "SANCTION_quad" in pinned and types["SANCTION"].quad != pinned["SANCTION_quad"]:
        raise _fail(ppath, "pinned.SANCTION_quad", "disagrees with types.SANCTION.quad")
    cameo = _load_cameo(data_dir / "cameo.tsv", types, set(contexts), aliases,
                        {str(k): v for k, v in (data.get("cameo_overrides") or {}).items()})
    return Ontology(version=str(data["version"]), types=types, contexts=contexts, sectors=sectors,
                    participant_roles=roles, cameo=cameo, pinned=pinned)


@functools.lru_cache(maxsize=1)
def get_ontology() -> Ontology:
    """The packaged ontology, loaded once per process."""
    return load_ontology(DATA_DIR)
