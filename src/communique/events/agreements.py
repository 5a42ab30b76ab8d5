"""Instruments signed (joint statements, MoUs, treaties ...) as Agreement records linked to their event."""
from __future__ import annotations

from ..model import Actor, Agreement, Event

DROP_LEAD = {"a", "an", "the", "some", "several", "various", "many", "two", "three", "four", "five", "number", "of"}
FIELD_PREPS = ("on", "in", "for", "regarding")


def _np_text(token, doc) -> str:
    """The instrument's own phrase: the noun with its left modifiers and its of/on/in complements."""
    left = [t for t in token.lefts if t.dep_ in ("compound", "amod", "nmod", "det", "nummod", "punct", "poss")]
    start = min([token.i] + [t.left_edge.i for t in left])
    end = token.i + 1
    for c in token.rights:
        if c.dep_ == "prep" and c.lower_ in ("of", "on", "in", "for", "between", "regarding", "to"):
            end = max(end, c.right_edge.i + 1)
    words = [t for t in doc[start:end]]
    while words and (words[0].lower_ in DROP_LEAD or words[0].is_punct):
        words = words[1:]
    while words and words[-1].is_punct:
        words = words[:-1]
    if not words:
        return token.text
    return doc.text[words[0].idx:words[-1].idx + len(words[-1])]


def _field(token, doc) -> str | None:
    if token.lemma_.lower() == "memorandum":   # "memorandum of understanding on X"
        for c in token.rights:
            if c.dep_ == "prep" and c.lower_ == "of":
                for o in c.children:
                    if o.dep_ == "pobj" and o.lemma_.lower() == "understanding":
                        token = o
    for c in token.rights:
        if c.dep_ == "prep" and c.lower_ in FIELD_PREPS:
            objs = [o for o in c.children if o.dep_ == "pobj"]
            if not objs:
                continue
            o = objs[0]
            # "in the fields of agriculture, culture" -> "agriculture, culture"
            if o.lemma_.lower() in ("field", "area", "sector", "domain"):
                inner = [p for p in o.children if p.dep_ == "prep" and p.lower_ == "of"]
                if inner:
                    sub = list(inner[0].subtree)[1:]
                    if sub:
                        return doc.text[sub[0].idx:sub[-1].idx + len(sub[-1])]
            sub = [t for t in o.subtree if t.dep_ != "det"]
            # stop at a further preposition ("on defence cooperation between ...")
            cut = [t for t in sub if t.dep_ == "prep" and t.head.i == o.i]
            if cut:
                sub = [t for t in sub if t.i < cut[0].i]
            if sub:
                return doc.text[sub[0].idx:sub[-1].idx + len(sub[-1])]
    return None


def instrument_type(token, instruments: dict[str, str]) -> str:
    lemma = token.lemma_.lower()
    kind = instruments.get(lemma, "documents")
    if lemma == "statement" and not any(c.lower_ == "joint" for c in token.children):
        kind = "joint_statement" if any(c.lower_ in ("common", "joint") for c in token.lefts) else "declaration"
    if lemma == "memorandum":
        kind = "mou"
    return kind


def build_agreements(event: Event, instrument_tokens, doc, instruments: dict[str, str],
                     signatories: list[Actor]) -> list[Agreement]:
    """Agreement records for the instruments of a signing event; fills ``event.instrument``."""
    out: list[Agreement] = []
    parties = [a for a in (event.source, event.target) if a is not None]
    for tok in instrument_tokens:
        kind = instrument_type(tok, instruments)
        title = _np_text(tok, doc)
        ag = Agreement(
            doc_id=event.doc_id, instrument_type=kind, title=title, field=_field(tok, doc), parties=list(parties),
            signatories=list(signatories), date=event.date, date_precision=event.date_precision,
            location=event.location, status="signed" if event.status in ("occurred", "historical") else "announced",
            event_id=event.event_id, sentence_index=event.sentence_index, span=(tok.idx, tok.idx + len(tok.text)),
        )
        out.append(ag)
    if out:
        event.instrument = {"agreement_ids": [a.agreement_id for a in out], "types": [a.instrument_type for a in out],
                            "titles": [a.title for a in out]}
    return out
