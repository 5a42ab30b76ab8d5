"""The event lexicon (``events/data/lexicon.yaml``): loaded, validated against the ontology, indexed."""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..errors import DataFileError
from ..ontology import Ontology, get_ontology

LEXICON_PATH = Path(__file__).resolve().parent / "data" / "lexicon.yaml"
ENTRY_KEYS = {
    "id", "lemmas", "pos", "type", "mode", "cameo", "context", "objects", "requires_prep", "requires_modifier",
    "target_preps", "symmetric", "status", "roles", "strength", "pinned_type", "light", "actor_object",
    "target_from_previous", "target_from_place", "require_future", "requires_place", "requires_target",
    "requires_light", "subjects", "requires_infinitive", "unless", "unless_subjects", "intransitive",
    "act_of_other", "admitted", "accused_doer",
}
REQUIRED = ("id", "lemmas", "pos", "type", "cameo")


@dataclass(frozen=True)
class Entry:
    id: str
    lemmas: tuple[str, ...]
    pos: str                                # verb | noun | adj (a predicative adjective: "X is opposed to Y")
    type: str
    mode: str | None
    cameo: str
    context: tuple[str, ...]
    objects: frozenset[str] = frozenset()
    requires_prep: frozenset[str] = frozenset()
    requires_modifier: frozenset[str] = frozenset()
    target_preps: tuple[str, ...] = ()
    symmetric: bool = False
    status: str | None = None
    roles: dict[str, str] = field(default_factory=dict)
    strength: float = 0.7
    light: frozenset[str] = frozenset()
    target_from_previous: str | None = None
    target_from_place: bool = False
    require_future: bool = False
    actor_object: bool = True               # a verb's direct object is its target (False: "discussed Iraq" is a topic)
    requires_place: bool = False            # emit only when the target is a named place or state ("travelled to X")
    requires_target: bool = False           # a target-less match is no event ("pressed X to act" vs "pressed ahead")
    requires_light: bool = False            # a noun fits only when carried by one of its own `light` verbs ("went on strike")
    subjects: frozenset[str] = frozenset()  # a verb fits only with one of these nouns as its subject ("troops withdrew")
    requires_infinitive: bool = False       # a verb fits only with a to-infinitive complement ("told X to leave")
    unless: frozenset[str] = frozenset()    # words that, as its object, complement verb or governing noun, make it no event
    unless_subjects: frozenset[str] = frozenset()   # (verbs) subjects that make it no event ("the bill would hit X")
    intransitive: bool = False              # a verb fits only without a direct object or clausal complement
    act_of_other: bool = False              # (verbs) the act wanted has a doer of its own: "wants X to act", "hopes X will act"
    admitted: bool = False                  # the subject joins the organisation named: the organisation admits it
    accused_doer: bool = False              # (verbs) the doer is accused by whoever reports it ("said X failed to honour ...")

    @property
    def specificity(self) -> int:
        return (2 if self.objects or self.subjects else 0) + (
            1 if self.requires_modifier or self.requires_prep or self.requires_light or self.requires_infinitive
            or self.intransitive or self.act_of_other else 0)


@dataclass
class Lexicon:
    entries: list[Entry]
    support_verbs: frozenset[str]
    travel_verbs: frozenset[str]
    instruments: dict[str, str]             # noun lemma -> instrument type
    cues: dict[str, frozenset[str] | tuple[str, ...]]
    by_key: dict[tuple[str, str], list[Entry]]
    trigger_lemmas: frozenset[str]
    future_recode: dict[str, str] = field(default_factory=dict)
    version: int = 1
    complement_codes: dict[str, dict[str, str]] = field(default_factory=dict)   # requested act -> {"02"|"10": code}
    threat_recode: dict[str, str] = field(default_factory=dict)                 # type or CAMEO code -> THREATEN code
    negated_recode: dict[str, str] = field(default_factory=dict)                # type -> REJECT code ("could not agree")

    def threat_code(self, ptype: str, cameo: str) -> str | None:
        """The THREATEN code for a hypothetical conflict event ("could sever ties" -> 1313), else None."""
        return self.threat_recode.get(cameo) or self.threat_recode.get(ptype)

    def candidates(self, lemma: str, pos: str) -> list[Entry]:
        return self.by_key.get((lemma, pos), [])

    def trigger_conditions(self) -> dict[str, frozenset[str] | None]:
        """Per trigger lemma, the words one of which must also be present for any of its entries to fit.

        ``None`` when some entry of the lemma fits on its own ("condemn"); otherwise the union over the
        entries of the words each cannot fit without ("take" needs "hostage" or "captive", "rule" needs
        "out"). A pre-filter can use it to skip text where a common verb such as "take" or "hold" cannot
        be a trigger.
        """
        out: dict[str, frozenset[str] | None] = {}
        for (lemma, _pos), entries in self.by_key.items():
            if out.get(lemma, frozenset()) is None:
                continue
            needs: set[str] = set(out.get(lemma) or ())
            for e in entries:
                words = _required_words(e)
                if not words:
                    needs = None
                    break
                needs |= words
            out[lemma] = None if needs is None else frozenset(needs)
        return out

    def refine_cameo(self, entry: Entry, trigger) -> str:
        """The CAMEO sub-code of a generic appeal, demand or threat, from the act asked for or threatened.

        "urged X to release the sailors" -> 0253, "demanded that X withdraw" -> 1056, "called on X to resume
        talks" -> 026, "threatened to expel X's diplomats" -> 136, "agreed to hold talks" -> 036; any other entry
        keeps its own code.
        """
        root = entry.cameo[:2]
        if entry.cameo not in ("020", "100", "130", "030") or not self.complement_codes:
            return entry.cameo
        for c in trigger.children:
            if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX"):
                # the object of the act asked for is the finer clue ("to lift the sanctions" -> 0254), else the verb
                words = [o for o in c.children if o.dep_ in ("dobj", "nsubjpass")] + [c]
                for w in words:
                    codes = self.complement_codes.get(w.lemma_.lower())
                    if codes and root in codes:
                        return codes[root]
        return entry.cameo


def _required_words(entry: Entry) -> set[str]:
    """Words one of which an entry cannot fit without. Every requirement must hold, so the most selective one
    alone is a sound condition ("say" with "no" and "to" needs "no", not any "to")."""
    light = entry.light if entry.requires_light else frozenset()
    for words in (entry.objects, entry.subjects, entry.requires_modifier, light, entry.requires_prep):
        if words:
            return set(words)
    return {"to"} if entry.requires_infinitive else set()


def _err(path: Path, where: str, what: str) -> DataFileError:
    return DataFileError(f"{path}: {where}: {what}")


def _words(value, path: Path, where: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list) and any(isinstance(v, bool) for v in value):
        raise _err(path, where, "YAML read a word as true/false: quote words like \"on\", \"no\", \"yes\"")
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _err(path, where, "expected a list of words")
    return [v.lower() for v in value]


def load_lexicon(path: Path | str = LEXICON_PATH, ontology: Ontology | None = None) -> Lexicon:
    """Read and validate a lexicon file; every entry's codes must exist in the ontology."""
    path = Path(path)
    onto = ontology or get_ontology()
    try:
        # the C loader when PyYAML has it (the lexicon is loaded once per process; pure Python takes ~0.7 s)
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        raise DataFileError(f"{path}: not valid YAML ({exc}); fix the syntax") from exc
    except OSError as exc:
        raise DataFileError(f"{path}: cannot be read ({exc})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise _err(path, "top level", "expected a mapping with an 'entries' list")
    instruments: dict[str, str] = {}
    for itype, nouns in (data.get("instruments") or {}).items():
        for noun in _words(nouns, path, f"instruments.{itype}"):
            instruments[noun] = itype
    cues = {k: frozenset(_words(v, path, f"cues.{k}")) for k, v in (data.get("cues") or {}).items()}
    cues["planned_phrases"] = tuple(sorted(cues.get("planned_phrases", ()), key=len, reverse=True))
    support = frozenset(_words(data.get("support_verbs"), path, "support_verbs"))
    entries: list[Entry] = []
    seen: set[str] = set()
    roles_ok = set(onto.participant_roles)
    for n, raw in enumerate(data["entries"], start=1):
        where = f"entry {n}" + (f" ({raw.get('id')})" if isinstance(raw, dict) and raw.get("id") else "")
        if not isinstance(raw, dict):
            raise _err(path, where, "expected a mapping")
        unknown = set(raw) - ENTRY_KEYS
        if unknown:
            raise _err(path, where, f"unknown keys {sorted(unknown)}; allowed: {sorted(ENTRY_KEYS)}")
        for key in REQUIRED:
            if not raw.get(key):
                raise _err(path, where, f"missing '{key}'")
        if raw["id"] in seen:
            raise _err(path, where, "duplicate id")
        seen.add(raw["id"])
        if raw["pos"] not in ("verb", "noun", "adj"):
            raise _err(path, where, f"pos must be verb, noun or adj, got {raw['pos']!r}")
        ptype, mode, cameo = raw["type"], raw.get("mode"), str(raw["cameo"])
        if ptype not in onto.types:
            raise _err(path, where, f"unknown PLOVER type '{ptype}'")
        if not onto.types[ptype].allows(mode):
            raise _err(path, where, f"mode '{mode}' is not a mode of {ptype} (PLOVER or extension)")
        code = onto.cameo.get(cameo)
        if code is None:
            raise _err(path, where, f"unknown CAMEO code '{cameo}'")
        if code.plover_type and code.plover_type != ptype and not raw.get("pinned_type"):
            raise _err(path, where, f"CAMEO {cameo} maps to {code.plover_type}, not {ptype}; "
                                    "fix the type or set pinned_type: true and document why")
        context = _words(raw.get("context"), path, f"{where}.context")
        for c in context:
            if c not in onto.contexts:
                raise _err(path, where, f"unknown PLOVER context '{c}'")
        objects = raw.get("objects")
        if objects == "@instruments":
            object_set = frozenset(instruments)
        else:
            object_set = frozenset(_words(objects, path, f"{where}.objects"))
        roles = raw.get("roles") or {}
        for slot, role in roles.items():
            if slot not in ("source", "target") or role not in roles_ok:
                raise _err(path, where, f"bad role {slot}: {role}; roles are {sorted(roles_ok)}")
        status = raw.get("status")
        if status not in (None, "planned"):
            raise _err(path, where, "status may only be 'planned'")
        if raw.get("requires_light") and (raw["pos"] != "noun" or not raw.get("light")):
            raise _err(path, where, "requires_light needs a noun entry with its own 'light' verbs")
        if (raw.get("subjects") or raw.get("requires_infinitive") or raw.get("intransitive") or raw.get("act_of_other")
                or raw.get("accused_doer")) and raw["pos"] != "verb":
            raise _err(path, where, "subjects, requires_infinitive, intransitive, act_of_other and accused_doer are for verb entries")
        strength = float(raw.get("strength", 0.7))
        if not 0 < strength <= 1:
            raise _err(path, where, "strength must be in (0, 1]")
        entries.append(Entry(
            id=raw["id"], lemmas=tuple(_words(raw["lemmas"], path, f"{where}.lemmas")), pos=raw["pos"],
            type=ptype, mode=mode, cameo=cameo, context=tuple(context or code.plover_context), objects=object_set,
            requires_prep=frozenset(_words(raw.get("requires_prep"), path, where)),
            requires_modifier=frozenset(_words(raw.get("requires_modifier"), path, where)),
            target_preps=tuple(_words(raw.get("target_preps"), path, where)), symmetric=bool(raw.get("symmetric")),
            status=status, roles=dict(roles), strength=strength,
            light=frozenset(_words(raw.get("light"), path, where)),
            target_from_previous=raw.get("target_from_previous"), target_from_place=bool(raw.get("target_from_place")),
            require_future=bool(raw.get("require_future")), requires_place=bool(raw.get("requires_place")),
            actor_object=bool(raw.get("actor_object", True)), requires_target=bool(raw.get("requires_target")),
            requires_light=bool(raw.get("requires_light")),
            subjects=frozenset(_words(raw.get("subjects"), path, f"{where}.subjects")),
            requires_infinitive=bool(raw.get("requires_infinitive")),
            unless=frozenset(_words(raw.get("unless"), path, f"{where}.unless")),
            unless_subjects=frozenset(_words(raw.get("unless_subjects"), path, f"{where}.unless_subjects")),
            intransitive=bool(raw.get("intransitive")), act_of_other=bool(raw.get("act_of_other")),
            admitted=bool(raw.get("admitted")), accused_doer=bool(raw.get("accused_doer")),
        ))
    ids = {e.id for e in entries}
    for e in entries:
        if e.target_from_previous and e.target_from_previous not in ids:
            raise _err(path, e.id, f"target_from_previous names unknown entry '{e.target_from_previous}'")
    by_key: dict[tuple[str, str], list[Entry]] = {}
    for e in entries:
        for lemma in e.lemmas:
            by_key.setdefault((lemma, e.pos), []).append(e)
    for group in by_key.values():
        group.sort(key=lambda e: (-e.specificity, -e.strength))
    recode = {str(k): str(v) for k, v in (data.get("future_recode") or {}).items()}
    for ptype, code in recode.items():
        if ptype not in onto.types or code not in onto.cameo or onto.cameo[code].plover_type != "AGREE":
            raise _err(path, f"future_recode.{ptype}", f"needs a PLOVER type and an AGREE CAMEO code, got {code!r}")
    travel = frozenset(_words(data.get("travel_verbs"), path, "travel_verbs"))
    complements = _complement_codes(data.get("complement_codes"), path, onto)
    threats = _threat_recode(data.get("threat_recode"), path, onto)
    negated = {str(k): str(v) for k, v in (data.get("negated_recode") or {}).items()}
    for ptype, code in negated.items():
        if ptype not in onto.types or code not in onto.cameo or onto.cameo[code].plover_type != "REJECT":
            raise _err(path, f"negated_recode.{ptype}", f"needs a PLOVER type and a REJECT CAMEO code, got {code!r}")
    return Lexicon(complement_codes=complements, threat_recode=threats, negated_recode=negated, future_recode=recode, entries=entries, support_verbs=support, travel_verbs=travel, instruments=instruments, cues=cues, by_key=by_key,
                   trigger_lemmas=frozenset(lemma for lemma, _pos in by_key), version=int(data.get("version", 1)))


def _threat_recode(raw, path: Path, onto: Ontology) -> dict[str, str]:
    """``threat_recode``: PLOVER type or CAMEO code -> a THREATEN CAMEO code."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise _err(path, "threat_recode", "expected a mapping of type or CAMEO code -> THREATEN code")
    out: dict[str, str] = {}
    for key, code in raw.items():
        key, code = str(key), str(code)
        if key not in onto.types and key not in onto.cameo:
            raise _err(path, f"threat_recode.{key}", "key must be a PLOVER type or a CAMEO code (quote codes: \"161\")")
        known = onto.cameo.get(code)
        if known is None or known.plover_type != "THREATEN":
            raise _err(path, f"threat_recode.{key}", f"'{code}' is not a THREATEN code in the CAMEO table")
        out[key] = code
    return out


def _complement_codes(raw, path: Path, onto: Ontology) -> dict[str, dict[str, str]]:
    """``complement_codes``: verb lemma -> {"02": appeal code, "10": demand code, "13": threat code, "03": intention
    code}, each a REQUEST (02, 10), THREATEN (13) or AGREE (03) code under its root."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise _err(path, "complement_codes", "expected a mapping of verb -> {\"02\": code, \"10\": code}")
    out: dict[str, dict[str, str]] = {}
    for verb, codes in raw.items():
        where = f"complement_codes.{verb}"
        if not isinstance(verb, str) or not isinstance(codes, dict):
            raise _err(path, where, "expected a verb mapped to {\"02\": code, \"10\": code}")
        for root, code in codes.items():
            root, code = str(root), str(code)
            known = onto.cameo.get(code)
            wanted = {"13": "THREATEN", "03": "AGREE"}.get(root, "REQUEST")
            if root not in ("02", "10", "13", "03") or known is None or not code.startswith(root) or (
                    known.plover_type not in (None, wanted)):
                raise _err(path, where, f"'{root}: {code}' must map an appeal (02), demand (10), threat (13) or intention "
                                        "(03) root to an existing REQUEST/THREATEN/AGREE code under that root (quote codes: \"0253\")")
        out[verb.lower()] = {str(r): str(c) for r, c in codes.items()}
    return out


@functools.lru_cache(maxsize=1)
def get_lexicon() -> Lexicon:
    """The packaged lexicon, loaded once per process."""
    return load_lexicon(LEXICON_PATH)
