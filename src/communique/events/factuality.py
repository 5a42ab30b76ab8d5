"""Factuality of an event: occurred, planned, negated, hypothetical or historical, with the cue seen.

Order of tests: negated, hypothetical, historical (an anniversary of it, a date long before publication: over a
year back, or a month four or more months back, or a historical actor), planned (the word itself, a future auxiliary, a planning verb, noun or adjective governing
the trigger, a future modifier or phrase, an infinitival "to be held", or a future date), else occurred.

Cue words come from the lexicon's ``cues`` table. Cue verbs are matched on the lemma and on the
word form stripped of its inflection, because the parser's lemmatiser sometimes errs ("hopes" -> "hop").
"""
from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from .dates import own_event_noun

HISTORICAL_AFTER_DAYS = 366       # an event dated more than a year before publication is history
HISTORICAL_AFTER_MONTHS = 4       # ... and so is one dated to a month a season or more back ("last October")
FINITE = {"VBD", "VBZ", "VBP"}
OWN_CLAUSE_DEPS = {"conj", "advcl", "relcl"}
CLAUSE_UP = {"xcomp", "ccomp", "conj", "pcomp", "prep", "pobj", "dobj", "advcl", "acl", "nsubj", "nsubjpass",
             "relcl", "appos", "compound", "attr", "oprd", "dative", "npadvmod", "amod", "acomp"}


def _scheduled_today(trigger, entry, cues: dict) -> str | None:
    """"Baker holds talks with his counterparts today": a meeting in the simple present with a same-day time word is the
    day's schedule in wire style, still to happen when reported (a statement so dated, "Japan says today", is made)."""
    if (entry_type(entry) or "").upper() != "CONSULT":
        return None
    verb = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "nsubj") else trigger
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    day = next((c for c in verb.children if c.dep_ in ("npadvmod", "advmod")
                and c.lower_ in cues.get("same_day_words", ())), None)
    return f"{verb.text} {day.text}" if day is not None else None


def _alleged(trigger, entry) -> bool:
    """An accusation noun marked as alleged by its own modifier ("an alleged breach", "suspected violations")."""
    marks = getattr(entry, "requires_modifier", None) or ()
    return (entry_type(entry) or "").upper() == "ACCUSE" and trigger.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.lower_ in marks for c in trigger.children)


def _reporting_verb(token):
    """The nearest verb above the token whose that-clause holds it ("said [that] Y would break ...")."""
    t = token
    for _ in range(8):
        if t.dep_ == "ccomp" and t.head.pos_ in ("VERB", "AUX"):
            return t.head
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _stems(token) -> set[str]:
    """The lemma plus the word form with a regular inflection removed ("hopes", "hoped", "hoping" -> "hope")."""
    low = token.lower_
    out = {token.lemma_.lower(), low}
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""),
                         ("ing", ""), ("ing", "e")):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            out.add(low[: -len(suffix)] + repl)
    return out


def has_cue(token, words) -> bool:
    """Is the token one of the cue words (by lemma or by its de-inflected form)?"""
    return bool(words) and not _stems(token).isdisjoint(words)


def _negating(verb, cues) -> bool:
    """A verb that cancels what it governs: "refused", "postponed", or a phrasal one ("was put off")."""
    if has_cue(verb, cues.get("negating_verbs", ())):
        return True
    phrasals = cues.get("negating_phrasals", ())
    return any(c.dep_ == "prt" and f"{verb.lemma_.lower()} {c.lower_}" in phrasals for c in verb.children)


def _governors(token, limit: int = 6):
    """The trigger and the words that govern it, up to the clause that holds it."""
    out = [token]
    t = token
    while t.head.i != t.i and len(out) < limit and t.dep_ in CLAUSE_UP:
        if t.dep_ in OWN_CLAUSE_DEPS and _finite_clause(t):
            # "will support X and urges Y", "may doubt it, as the minister has urged ...", "X, who visited Y,
            # will ...": a finite conjunct, adverbial or relative clause has its own tense, modality and negation
            break
        t = t.head
        out.append(t)
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("xcomp", "pcomp", "conj", "acl", "advcl"):
            break
    return out


def _finite_clause(verb) -> bool:
    """A clause with its own tense: a finite verb, a finite or modal auxiliary, or its own subject."""
    if verb.tag_ in FINITE:
        return True
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") or (c.dep_ in ("aux", "auxpass") and (c.tag_ in FINITE or c.tag_ == "MD"))
               for c in verb.children)


def _parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    while len(parts) < 3:
        parts.append(1)
    try:
        return date(*parts[:3])
    except ValueError:
        return None


def _long_before(when: date, pub: date, *, month_known: bool) -> bool:
    """Is an event of this date background to the report? More than a year back always; with its month
    known, also four calendar months or more back: our conventions (gold/dev-events-notes.md) code
    "last October" in a March report as history, "last month" or two months back as news. A bare year
    ("in 2006") says nothing about months."""
    if (pub - when).days > HISTORICAL_AFTER_DAYS:
        return True
    return month_known and (pub.year - when.year) * 12 + pub.month - when.month >= HISTORICAL_AFTER_MONTHS


def classify(trigger, entry, cues: dict, event_date: str | None, published: str | None,
             historical_actor: bool = False, own_negation: bool = False) -> tuple[str, str | None]:
    """Return (status, cue) for a trigger token and its lexicon entry."""
    alleged = _alleged(trigger, entry)
    if alleged or getattr(entry, "accused_doer", False) and not any(c.dep_ == "neg" for c in trigger.children):
        # "X said Y would break the law": the allegation is the saying, made whatever the tense of the act alleged;
        # "imposed tariffs for an alleged breach of the pact": a charge no one reports is made when the act against the
        # party is announced, as its ground
        said = _reporting_verb(trigger)
        if said is not None:
            speech = SimpleNamespace(type=entry.type, status=None, mode=None, accused_doer=False)
            return classify(said, speech, cues, event_date, published, historical_actor)
        if alleged:
            return "occurred", None
    chain = _governors(trigger)
    neg_words = cues.get("negation", frozenset())
    # negated: "did not visit", "no talks", "refused to meet" (a REJECT verb is itself the event); not across a phrase
    # of circumstance or topic ("declined to give details on his meeting", "refused ... during the bombing")
    for below, t in zip([None] + chain, chain):
        if below is not None and below.dep_ == "prep" and below.lower_ in cues.get("circumstance_preps", ()):
            break
        for c in t.children:
            if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no" and t.i == trigger.i):
                return "negated", f"{c.text} {t.text}"
        # "will stop in Cairo to meet X": a purpose, not a halt ("ruled out sending troops" is no purpose)
        purpose = below is not None and below.dep_ == "advcl" and infinitival(below)
        if t.i != trigger.i and _negating(t, cues) and not own_negation and not purpose:
            if _statement_answered(trigger, t, entry, cues):
                continue
            return "negated", t.text
    # "warned X against attacking", "prevented X from entering": the gerund is not an event that happened
    averted = _averted(trigger, cues)
    if averted:
        return "hypothetical", averted
    # hypothetical: "if", modal verbs
    conditional = any(t.dep_ == "mark" and t.lower_ in cues.get("hypothetical_marks", ()) for t in trigger.sent)
    # "said it would retaliate / impose sanctions": a conflict act announced in reported speech is a threat, not a plan
    threat = (entry_type(entry) or "").lower() in cues.get("threat_types", ())
    for t in chain:
        for c in t.children:
            if c.dep_ == "aux" and c.lower_ in cues.get("hypothetical_modals", ()):
                if c.lower_ in cues.get("future_in_past", ()) and not conditional and not threat:
                    continue          # reported "would": future in the past ("said he would visit")
                return "hypothetical", c.text
            if c.dep_ == "advcl":
                continue
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in cues.get("hypothetical_marks", ()) for c in t.children):
            mark = next(c for c in t.children if c.dep_ == "mark")
            return "hypothetical", mark.text
    # "X insisted that Y withdraw its troops": a mandative subjunctive (bare verb in a that-clause of a verb of
    # demanding) names an act someone wants, not one that happened. Not for conflict acts: a hypothetical one reads
    # as the actor's own threat, and here the act is someone else's demand.
    # "it is unlikely that troops would be sent", "inconceivable that X would make concessions", "X is unlikely to visit"
    improbable = _improbable(chain, cues)
    if improbable:
        return "hypothetical", improbable
    mandative = _mandative(chain, cues)
    if mandative and (entry_type(entry) or "").lower() not in cues.get("threat_types", ()):
        return "hypothetical", mandative
    # "is ready to impose sanctions": readiness for a conflictual act is a threat, not a plan
    if (entry_type(entry) or "").lower() in cues.get("threat_types", ()):
        ready = _readiness(chain, cues)
        if ready:
            return "hypothetical", ready
    # "a possible strike", "potential sanctions": the noun names an option, not a fact
    for c in trigger.children:
        if c.dep_ == "amod" and c.i < trigger.i and has_cue(c, cues.get("hypothetical_modifiers", ())):
            return "hypothetical", c.text
    # "X must wait until the envoy visits": a present-tense temporal clause takes the main clause's modality
    temporal = _temporal_clause(chain, cues)
    if temporal is not None and temporal[0] == "hypothetical":
        return temporal
    # a main clause under a condition: "Japan will send aid if India agrees", "unless X, Y will ..."
    # A threat is conditional by nature: its own if-clause states what it demands ("vowed retaliation if the
    # raids continue" is a threat that was made), so the trigger's own condition does not count for those types.
    # ("will threaten X if Y attacks" is still a threat not yet made).
    own_condition_ok = (entry_type(entry) or "").lower() in cues.get("conditional_types", ()) and not any(
        c.dep_ == "aux" and c.lower_ in cues.get("future_aux", ()) for c in trigger.children)
    for t in chain:
        if own_condition_ok and t.i == trigger.i:
            continue
        for c in t.children:
            if c.dep_ == "advcl":
                mark = next((m for m in c.children if m.dep_ == "mark" and m.lower_ in cues.get("condition_marks", ())), None)
                if mark is not None:
                    return "hypothetical", f"{mark.text} {c.text}"
    commemorated = _commemorated(trigger, cues)
    if commemorated:
        return "historical", commemorated
    when = _parse_iso(event_date)
    pub = _parse_iso(published)
    if when and pub and _long_before(when, pub, month_known=event_date.count("-") >= 1):
        strong = _future_cue(chain, cues, reported=False)
        if strong is None:
            return "historical", event_date
        return "planned", strong             # "X, who last came in 1993, was scheduled to meet ...": the cue wins
    if historical_actor:
        return "historical", "historical actor"
    if temporal is not None:
        return temporal
    if _decided_invitation(chain, entry, cues) or _answered_invitation(trigger, entry):
        return "occurred", None
    future = _future_cue(chain, cues)
    if entry.status == "planned" and not _agreed_on_a_thing(trigger, cues):
        return "planned", trigger.text
    if future:
        return "planned", future
    modifier = _future_modifier(trigger, cues, content=(entry_type(entry) or "").upper() != "CONSULT")
    if modifier:
        return "planned", modifier
    phrase = _planned_phrase(trigger, cues)
    if phrase:
        return "planned", phrase
    if when and pub and when > pub:
        return "planned", event_date
    onset = _onset_phrase(chain, cues)
    if onset and not (when and pub and when < pub):
        return "planned", onset
    scheduled = _scheduled_today(trigger, entry, cues)
    if scheduled:
        return "planned", scheduled
    return "occurred", None


CLAUSAL = {"xcomp", "ccomp", "acl", "relcl", "advcl", "conj", "parataxis"}
CONTROL_LINKS = {"xcomp", "ccomp", "dobj", "pcomp", "pobj", "prep"}


def _future_cue(chain, cues: dict, reported: bool = True) -> str | None:
    """A future auxiliary on the trigger's clause, or a planning verb, adjective or noun it is the complement of.

    ``reported=False`` leaves out reported "would" (future in the past), which history can carry too.
    """
    for t in chain:
        for c in t.children:
            if c.dep_ == "aux" and (c.lower_ in cues.get("future_aux", ()) or c.lower_ in cues.get("deontic_modals", ())
                                    or (reported and c.lower_ in cues.get("future_in_past", ()))):
                return f"{c.text} {t.text}"
    for below, above in zip(chain, chain[1:]):
        if below.dep_ == "nsubjpass" and below.i == chain[0].i and above.pos_ == "VERB" \
                and has_cue(above, cues.get("planned_verbs", ())):
            return above.text               # "the visit was planned to mark ...", "the talks were scheduled"
        if below.dep_ not in CONTROL_LINKS:
            break
        if below.dep_ == "prep" and below.lower_ in cues.get("occasion_preps", ()) and chain[-1].tag_ == "VBD":
            break       # "agreed to develop ties during a visit by X": the visit was the occasion, not what was agreed
            #             ("hopes to sign during a visit" stays a plan)
        if below.dep_ == "xcomp" and above.lemma_.lower() in ("be", "have") and any(c.lower_ == "to" for c in below.children):
            return f"{above.text} to"       # "are to meet", "still has to sign": not done yet
        if below.dep_ == "ccomp" and below.i < above.i:
            break       # a clause before the verb keeps its own tense ("Peru has already ratified its accord; Ethiopia plans ...")
        if above.pos_ in ("VERB", "AUX") and has_cue(above, cues.get("planned_verbs", ())) and not any(
                c.dep_ == "prt" and c.lower_ in cues.get("phrasal_not_planned", ()) for c in above.children):
            return above.text               # not "set up a commission", "set off on a tour": a different verb
        if below.dep_ in ("xcomp", "prep") and above.pos_ == "ADJ" and has_cue(above, cues.get("planned_adjectives", ())):
            return above.text               # "is ready to sign", "is willing to help", "is committed to deepening"
        if above.pos_ == "NOUN" and below.dep_ in ("pobj", "prep", "pcomp") and has_cue(above, cues.get("planned_nouns", ())):
            return above.text               # "preparations for the visit", "plans for talks"
        if below.dep_ == "prep" and above.pos_ == "VERB":
            # "laid the groundwork for the visit", "made preparations for the talks": the "for" phrase hung on the verb
            planning = next((o for o in above.children if o.dep_ == "dobj" and has_cue(o, cues.get("planned_nouns", ()))), None)
            if planning is not None:
                return planning.text
        if below.dep_ == "prep" and above.pos_ == "NOUN" and not has_cue(above, cues.get("count_nouns", ())):
            break       # "expansion is expected as a result of X's visit": what is planned is the result, not the visit
            #             ("is likely to announce a series of sanctions": a count of them is still them)
    return None


def _temporal_clause(chain, cues: dict) -> tuple[str, str] | None:
    """A present-tense "until/before/when/once/after" clause under a modal or future main clause.

    "must wait until the envoy visits" -> hypothetical; "will sign when the envoy arrives" -> planned.
    """
    head = chain[-1]
    if head.dep_ != "advcl" or head.tag_ not in ("VBZ", "VBP"):
        return None
    mark = next((m for m in head.children if m.dep_ in ("mark", "advmod") and m.lower_ in cues.get("temporal_marks", ())), None)
    if mark is None:
        return None
    outer = _governors(head.head)
    for t in outer:
        for c in t.children:
            if c.dep_ == "aux" and c.lower_ not in cues.get("future_in_past", ()) and (
                    c.lower_ in cues.get("hypothetical_modals", ()) or c.lower_ in cues.get("deontic_modals", ())):
                if mark.lower_ == "when":
                    # "we can settle it when he visits Washington": a when-clause takes its event as
                    # given; only the main clause's act is in doubt
                    return "planned", f"{c.text} {t.text} {mark.text}"
                return "hypothetical", f"{c.text} {t.text} {mark.text}"
    future = _future_cue(outer, cues)
    if future:
        return "planned", f"{future} {mark.text}"
    return None


def _improbable(chain, cues: dict) -> str | None:
    """An adjective of improbability over the trigger's clause: its complement ("unlikely to visit") or the predicate
    of the clause it is a that-clause of ("it is inconceivable that X would ...")."""
    words = cues.get("improbable_adjectives", ())
    top = chain[-1]
    for below, above in [*zip(chain, chain[1:]), (top, top.head)]:
        if above.pos_ == "ADJ" and below.dep_ in ("xcomp", "ccomp") and has_cue(above, words):
            return above.text
        if below.dep_ == "ccomp" and above.pos_ in ("AUX", "VERB"):
            adj = next((c for c in above.children if c.dep_ == "acomp" and has_cue(c, words)), None)
            if adj is not None:
                return adj.text
    return None


def _mandative(chain, cues: dict) -> str | None:
    """The verb of demanding whose that-clause holds the trigger's clause in the bare (subjunctive) form."""
    for below, above in zip(chain, chain[1:]):
        if below.dep_ == "ccomp" and below.tag_ == "VB" and has_cue(above, cues.get("mandative_verbs", ())) and not any(
                c.dep_ in ("aux", "auxpass") for c in below.children):
            return above.text
    return None


def _statement_answered(trigger, verb, entry, cues: dict) -> bool:
    """"Y denied X's accusations", "Y rejected X's demands": the statement was made; the denial answers it
    (and is a REJECT of its own), it does not negate it. Only for statement nouns that are the verb's object."""
    return (trigger.pos_ in ("NOUN", "PROPN") and trigger.head.i == verb.i and trigger.dep_ in ("dobj", "nsubjpass")
            and has_cue(verb, cues.get("answering_verbs", ()))
            and (entry_type(entry) or "").lower() in cues.get("statement_types", ()))


def entry_type(entry) -> str | None:
    return getattr(entry, "type", None)


def _readiness(chain, cues: dict) -> str | None:
    for below, above in zip(chain, chain[1:]):
        if below.dep_ not in ("xcomp", "prep", "pcomp"):
            break
        if above.pos_ in ("ADJ", "VERB") and has_cue(above, cues.get("threat_readiness", ())):
            return above.text
    return None


def _agreed_on_a_thing(trigger, cues: dict) -> bool:
    """ "agreed on a joint statement", "agreed upon the plan": a deal reached, not a promise.

    Only for the words in ``cues.agree_on_words``, and only without a clause ("agreed to build",
    "agreed that ... will") and with a non-date object of on/upon.
    """
    if not has_cue(trigger, cues.get("agree_on_words", ())):
        return False
    if any(c.dep_ in ("xcomp", "ccomp") for c in trigger.children):
        return False
    for c in trigger.children:
        if c.dep_ == "prep" and c.lower_ in ("on", "upon"):
            objs = [o for o in c.children if o.dep_ == "pobj"]
            if objs and all(o.ent_type_ not in ("DATE", "TIME") for o in objs):
                return True
    return False


def _future_modifier(trigger, cues: dict, content: bool = False) -> str | None:
    """A noun trigger marked as future ("the upcoming visit", "talks scheduled for Thursday", "two rounds of talks,
    scheduled for ...") or an infinitival clause ("talks to be held", also when parsed as the subject of
    that passive infinitive). For a ``content`` noun (a refusal, a call, an effort: not a meeting) an active
    infinitive is what is refused or asked ("France's refusal to cut subsidies"), no time."""
    counted = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and trigger.head.head.pos_ == "NOUN" \
        else None
    for c in [*trigger.children, *(counted.children if counted is not None else ())]:
        if c.dep_ in ("amod", "compound", "nmod") and c.i < c.head.i and has_cue(c, cues.get("planned_modifiers", ())):
            return c.text
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > c.head.i and has_cue(c, cues.get("planned_modifiers", ())):
            return c.text
    for c in trigger.children:
        if c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX") and infinitival(c):
            if any(a.dep_ == "auxpass" for a in c.children):
                return f"to be {c.text}"
            if not content and not _held_in_the_past(trigger):
                return f"to {c.text}"
    if trigger.dep_ == "pobj" and trigger.head.dep_ == "prep":
        # "to take part in the summit of X to be held in Y": the passive infinitive is parsed onto the verb the noun
        # hangs on; a passive of holding without a subject can only say what is to be held
        for c in trigger.head.head.children:
            if c.dep_ == "advcl" and c.i > trigger.i and infinitival(c) and any(a.dep_ == "auxpass" for a in c.children) \
                    and has_cue(c, cues.get("holding_verbs", ())):
                return f"to be {c.text}"
    head = trigger.head
    if trigger.dep_ == "nsubjpass" and head.pos_ in ("VERB", "AUX") and infinitival(head) \
            and has_cue(head, cues.get("holding_verbs", ())):
        return f"to be {head.text}"     # "the conference to be held in May", parsed with the noun as its subject
    t = trigger
    # "the agreement to be signed", "a meeting scheduled to take place": the trigger is itself the infinitive; not
    # after an ordinal ("the first minister to visit X" says who did it, not what is to come)
    if t.dep_ in ("acl", "relcl") and t.head.pos_ in ("NOUN", "PROPN", "ADJ") and infinitival(t) and not _ranked(t.head, cues):
        return f"to {t.text}"
    return None


def _held_in_the_past(noun) -> bool:
    """"Officials opened talks to end the strike", "arrived for talks to end the war", "agreed after talks to reopen the
    border": an active infinitive on the noun says what the talks were for, not that they are to come, when the verb
    the noun hangs on (as object or in a phrase) is a simple past."""
    t = noun
    while t.dep_ in ("pobj", "prep", "dobj") and t.head.i != t.i:
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t.tag_ == "VBD" and not any(c.dep_ == "aux" for c in t.children)
    return False


def _ranked(noun, cues: dict) -> bool:
    """"the first Israeli minister", "the only country": a noun ranked by an ordinal or "only" (or that word itself)."""
    words = cues.get("ordinal_words", ())
    return has_cue(noun, words) or any(c.dep_ in ("amod", "advmod") and has_cue(c, words) for c in noun.children)


def _onset_phrase(chain, cues: dict) -> str | None:
    """ "is visiting X starting Saturday", "makes a tour from June 29": a start date on a clause not in the past.

    The date is often not the one the event takes (it hangs on the participle, or the weekday is read as the last
    one), so the phrase itself marks the event as not yet begun; a past tense ("visited X starting May 2") does not.
    """
    if any(t.tag_ in ("VBD", "VBN") or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in t.children) for t in chain
           if t.pos_ in ("VERB", "AUX")):
        return None
    for t in chain:
        for c in t.children:
            if c.lower_ in cues.get("onset_words", ()) and c.dep_ in ("prep", "advcl", "acl") and any(
                    d.ent_type_ == "DATE" and d.lower_ not in cues.get("present_dates", ()) for d in c.subtree if d.i != c.i):
                return c.text
    return None


def infinitival(verb) -> bool:
    """A to-infinitive ("to meet"): the verb carries its own "to"."""
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)


def _averted(trigger, cues: dict) -> str | None:
    """The trigger is the gerund of "warn/caution against", "prevent/stop/deter from"."""
    t = trigger
    if t.dep_ not in ("pcomp", "pobj") or t.head.dep_ != "prep":
        return None
    prep = t.head
    if prep.lower_ not in ("against", "from"):
        return None
    verb = prep.head
    if verb.pos_ in ("VERB", "AUX") and has_cue(verb, cues.get("averting_verbs", ())):
        return f"{verb.text} {prep.text}"
    return None


def _commemorated(trigger, cues: dict) -> str | None:
    """An anniversary word above the trigger: what it commemorates is the past ("marks the 45th anniversary since X and
    Y forged ties", "the anniversary of the establishment of relations")."""
    words = cues.get("anniversary_nouns", ())
    t = trigger
    for _ in range(6):
        if t.head.i == t.i:
            return None
        below, t = t, t.head
        if t.pos_ == "NOUN" and has_cue(t, words):
            return t.text
        if below.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since" for c in below.children):
            found = next((c for c in t.children if c.dep_ in ("dobj", "nsubj", "attr") and has_cue(c, words)), None)
            return found.text if found is not None else None
    return None


def _decided_invitation(chain, entry, cues: dict) -> bool:
    """An invitation decided in the past was made by deciding it ("decided at the summit to invite X"): invitations
    and acceptances are occurred events, the visit they lead to is the plan."""
    if getattr(entry, "mode", None) not in ("invite", "accept_invitation") or len(chain) < 2 or chain[0].dep_ != "xcomp":
        return False
    decision = chain[1]
    return decision.tag_ == "VBD" and has_cue(decision, cues.get("decision_verbs", ())) and not any(
        c.dep_ in ("aux", "neg") for c in decision.children)


def _answered_invitation(trigger, entry) -> bool:
    """"The minister will arrive on Monday at the invitation of her counterpart": the invitation an act answers
    ("at/on/upon the invitation of") was made before the act, whatever the act's tense."""
    return getattr(entry, "mode", None) == "invite" and trigger.dep_ == "pobj" \
        and trigger.head.lower_ in ("at", "on", "upon")


def _planned_phrase(trigger, cues: dict) -> str | None:
    """A time phrase of the future in the trigger's own phrase ("will meet soon", "talks next month").

    A verb in the simple past keeps its tense: its "soon" places it after something that happened ("Soon after the
    rescue, X thanked Y", "X soon met Y").
    """
    if trigger.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in trigger.children):
        return None
    text = _own_text(trigger).lower()
    return next((phrase for phrase in cues.get("planned_phrases", ()) if phrase in text), None)


def _own_text(trigger) -> str:
    """The trigger's phrase without its embedded clauses (so "invited X to visit ... soon" stays the invitation)
    and without another event noun's phrase below it ("appreciation for the visit next week" is of today)."""
    skip = set()
    for c in trigger.children:
        if c.dep_ in CLAUSAL:
            skip.update(t.i for t in c.subtree)
    for t in trigger.subtree:
        if t.i != trigger.i and t.i not in skip and own_event_noun(t):
            skip.update(x.i for x in t.subtree)
    words = [t.text for t in trigger.subtree if t.i not in skip]
    return " ".join(words)


def is_future_clause(trigger, cues: dict) -> bool:
    """A future auxiliary or planning verb governs the trigger (used by require_future entries)."""
    return _future_cue(_governors(trigger), cues) is not None


def is_negated(trigger, cues) -> bool:
    return any(c.dep_ == "neg" for t in _governors(trigger) for c in t.children)
