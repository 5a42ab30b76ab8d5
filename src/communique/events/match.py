"""Find event triggers in a parsed sentence and fill their argument frames from the lexicon."""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..model import Actor
from .arguments import Arg, MentionIndex, addressed_to_no_party, child, conjuncts, goods_modifier_origin, is_passive, prep_objects, subject_of
from .factuality import has_cue, infinitival
from .lexicon import Entry, Lexicon

VERB_POS = {"VERB"}
# Prepositions that set a noun event as the scene of the clause ("in a meeting with", "during his visit")
SCENE_PREPS = {"in", "during", "at", "after", "following", "before", "on", "upon", "ahead"}
NOUN_POS = {"NOUN", "PROPN"}
# Gatherings that, held "of" an organisation, are coded host or chair <-> the organisation
GATHERING_NOUNS = frozenset({"summit", "conference", "meeting", "session", "congress", "forum", "assembly"})
# Nouns for a meeting whose "with X" names the other side ("hosted talks with X")
MEETING_NOUNS = frozenset({"meeting", "talk", "summit", "conference", "dialogue", "session", "consultation",
                           "discussion", "negotiation", "round"})


@dataclass
class Candidate:
    """One trigger with its lexicon entry and the arguments found (before filtering)."""

    entry: Entry
    trigger: object                          # spaCy Token
    source: Arg
    target: Arg
    frame: str                               # which argument rule filled the slots
    support_verb: object | None = None       # "paid" in "paid a visit"
    objects: list = field(default_factory=list)   # object tokens (instruments for signing)
    witnesses: Arg | None = None
    signatories: Arg | None = None
    place_tokens: list = field(default_factory=list)   # "visit to Kabul": places that may name the host
    notes: list[str] = field(default_factory=list)


def _pos_class(token) -> str | None:
    if token.pos_ in VERB_POS:
        return "verb"
    if token.pos_ == "AUX" and token.dep_ not in ("aux", "auxpass"):
        return "verb"          # a main-verb copula ("X was firmly against Y's plan")
    if token.pos_ in NOUN_POS:
        return "noun"
    return None


def _with_conj_appos(tokens) -> list:
    out = []
    for t in tokens:
        for u in [t, *conjuncts(t)]:
            if u not in out:
                out.append(u)
            for a in u.children:
                if a.dep_ == "appos" and a not in out:
                    out.append(a)
                    out.extend(x for x in conjuncts(a) if x not in out)
    return out


# Particles parsed as prepositions that take an "of/from" phrase of their own ("pulled out of", "walked away from")
PARTICLE_PREPS = frozenset({"out", "away", "back", "off"})
# Heads that carry what the noun before them names ("an aid convoy", "a troop contingent", "a carrier strike group")
CARRIER_NOUNS = frozenset({"group", "convoy", "package", "shipment", "consignment", "cargo", "column", "contingent", "flotilla",
                           "squadron", "unit", "team", "detachment", "flight", "ship", "truck", "plane", "system", "battery",
                           "level"})
# Restrictions whose "on" phrase names what is restricted ("a ban on imports", "curbs on investment")
RESTRICTION_NOUNS = frozenset({"ban", "restriction", "curb", "limit", "embargo", "freeze", "moratorium", "cap", "quota"})
# Heads that count or measure what their "of" phrase names: "massed thousands of troops", "sent 50 tonnes of supplies"
QUANTITY_NOUNS = frozenset({"thousand", "hundred", "dozen", "ten", "score", "million", "tonne", "ton", "package", "batch",
                            "consignment", "cargo", "shipment", "barrel", "number", "group", "lot", "load", "pair", "couple", "range", "set", "host"})


def _measured(tokens) -> list:
    """The tokens with what a quantity head among them measures (two levels: "tens of thousands of troops"),
    what a restriction is on ("lifted its ban on imports") and what access is to ("blocked access to websites")."""
    out = list(tokens)
    for t in out:
        lemma = t.lemma_.lower()
        prep = "of" if t.like_num or lemma in QUANTITY_NOUNS else "on" if lemma in RESTRICTION_NOUNS else \
            "to" if lemma == "access" else None
        if prep:
            out.extend(o for o in prep_objects(t, {prep}) if o not in out)
    return out


def object_tokens(token, pos: str) -> list:
    """Tokens that may satisfy an entry's ``objects`` constraint ("described X as a danger": the "as" noun too)."""
    if pos == "verb":
        # ("allowed X access": the small clause's noun is parsed as a clausal complement)
        direct = _with_conj_appos(_measured([c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd")
                                             or _small_clause(c)]))
        via_prep = prep_objects(token, {"with", "in", "on", "of", "to", "for", "as"})
        # "pulled out of the talks", "walked away from the deal": the object of the particle's preposition
        via_prep += [o for c in token.children if c.dep_ == "prep" and c.lower_ in PARTICLE_PREPS
                     for o in prep_objects(c, {"of", "from"})]
        # a carrier noun is named by the noun before it: "sent a carrier strike group", "sent an aid convoy"
        compounds = [c for d in direct if d.lemma_.lower() in CARRIER_NOUNS
                     for c in d.children if c.dep_ == "compound" and c.i < d.i]
        return direct + compounds + _with_conj_appos(via_prep)
    if pos == "adj":
        # "ready for constructive work with X": the activity a stance adjective is about
        return _with_conj_appos(prep_objects(token, {"for", "to", "of"}))
    direct = prep_objects(token, {"of"})
    compounds = [c for c in token.children if c.dep_ in ("compound", "nmod") and c.i < token.i]
    return _with_conj_appos(direct) + compounds


def _is_one_of(token, words) -> bool:
    """The token's lemma or its own form is one of the words (a plural listed as such, or a word the
    lemmatiser gets wrong, still matches)."""
    return token.lemma_.lower() in words or token.lower_ in words


def _has_modifier(token, words) -> bool:
    """A word near the trigger: its children and grandchildren, its head, and for the object of a verb that verb's
    subject ("the navy staged drills": naval drills)."""
    near = list(token.children)
    for c in list(near):
        near.extend(c.children)
    if token.head.i != token.i:
        near.append(token.head)
        if token.dep_ == "dobj":
            near.extend(c for c in token.head.children if c.dep_ == "nsubj")
    return any(_is_one_of(t, words) for t in near)


def entry_fits(entry: Entry, token, pos: str, lexicon: Lexicon) -> tuple[bool, list, str]:
    """Does the token satisfy the entry's constraints? Returns (ok, object tokens, why not)."""
    objs: list = []
    if entry.objects:
        objs = [t for t in object_tokens(token, pos) if _is_one_of(t, entry.objects)]
        if not objs:
            return False, [], "object not in " + entry.id
    if entry.requires_prep and not any(       # a particle is sometimes parsed as an adverb ("brushed aside")
            c.dep_ in ("prep", "prt", "advmod") and c.lower_ in entry.requires_prep for c in token.children):
        return False, [], "required preposition missing"
    if entry.requires_modifier and not _has_modifier(token, entry.requires_modifier):
        return False, [], "required modifier missing"
    if entry.requires_light and not _carried_by_own_light(token, entry, lexicon):
        return False, [], "not carried by one of its light verbs"
    if entry.subjects and not any(_is_one_of(t, entry.subjects) for t in _measured(_own_subjects(token))):
        return False, [], "subject not in " + entry.id
    if entry.unless and any(_is_one_of(t, entry.unless) for t in _surroundings(token, pos) + _aimed_at(token, entry, pos)):
        return False, [], "an object or complement in the entry's 'unless' list"
    if entry.unless_subjects and pos == "verb" and any(
            t.lemma_.lower() in entry.unless_subjects for t in _own_subjects(token) + _tough_subjects(token)):
        return False, [], "a subject in the entry's 'unless_subjects' list"
    if entry.intransitive and any(c.dep_ in ("dobj", "ccomp") for c in token.children):
        return False, [], "has an object"
    if entry.requires_infinitive and not _object_infinitive(token):
        return False, [], "no to-infinitive complement"
    if entry.act_of_other and not _doers_of_wanted_act(token):
        return False, [], "the act wanted has no doer of its own"
    if entry.require_future and _means_of_other_act(token):
        return False, [], "the means of another act"
    return True, objs, ""


def _means_of_other_act(token) -> bool:
    """"will enhance trust by maintaining exchanges with X": a gerund after "by" says how the governing act is done; an
    intention it carries is that act's, not one of its own."""
    return token.dep_ == "pcomp" and token.head.lower_ == "by" and token.tag_ == "VBG"


def _judged(clause, entry: Entry) -> bool:
    """A copular clause that judges an act by one of the entry's own words ("X's decision was a mistake")."""
    return entry.type == "ACCUSE" and bool(entry.requires_modifier) and clause.lemma_ == "be" and any(
        _is_one_of(c, entry.requires_modifier) for c in clause.children if c.dep_ in ("attr", "acomp"))


def _doers_of_wanted_act(verb) -> list:
    """Who is to do the act a verb (or noun) of wanting names: the object before its to-infinitive ("wants X to lift
    the ban") or the subject of its complement clause ("hopes X will lift the ban", "hopes that X can ...", "the hope
    that X would ..."). Empty for the subject's own act ("wants to improve ties"), which is an intention, not a
    request; and a state hoped for ("hopes X will be less severe") names no act."""
    doers = []
    clause_deps = ("xcomp", "ccomp", "acl") if verb.pos_ in NOUN_POS else ("xcomp", "ccomp")
    for c in verb.children:
        if c.dep_ not in clause_deps or c.pos_ != "VERB" or c.i < verb.i:
            continue
        to = next((a for a in c.children if a.dep_ == "aux" and a.lower_ == "to"), None)
        # (a thing of the party's is no doer: "hopes X's economy will grow" asks nothing of X)
        own = [s_ for s_ in c.children if s_.dep_ in ("nsubj", "nsubjpass") and s_.i < c.i
               and not any(p.dep_ == "poss" for p in s_.children)]
        if to is not None and not own:
            # "wants X to act": the object sits between the verb and "to" ("wants to act" has none)
            own = [d for d in verb.children if d.dep_ == "dobj" and d.right_edge.i + 1 == to.i]
        doers += own
    return doers


# Verbs of letting: "X should be allowed/left to decide" names the one let, not the one asked
PERMITTING_VERBS = frozenset({"allow", "permit", "let", "leave", "enable", "entitle", "empower"})


def _let_act(clause) -> bool:
    return clause.lemma_.lower() in PERMITTING_VERBS and any(c.dep_ == "auxpass" for c in clause.children)


def _not_the_speaker(pronoun, speaker: Arg) -> bool:
    """"Blair warned that it would leave X short of funds": "it" cannot be a person speaking of himself, it names a thing
    or a state of things (a state or an organisation may say "it will cut ties")."""
    return pronoun.lower_ == "it" and bool(speaker.actors) and all(a.kind == "person" for a in speaker.actors)


def _object_infinitive(verb) -> bool:
    """"told X to leave", "pushed X to act": an infinitive right after the verb's object, or one with its own subject
    ("implored X and Y to settle", parsed as a clause)."""
    ends = [d.right_edge.i for d in verb.children if d.dep_ in ("dobj", "dative")]
    for c in verb.children:
        to = next((a for a in c.children if a.dep_ == "aux" and a.lower_ == "to"), None)
        if c.dep_ not in ("xcomp", "ccomp", "advcl") or to is None:
            continue
        if not ends or any(to.i == e + 1 for e in ends) or any(s_.dep_ == "nsubj" and s_.i < to.i for s_ in c.children):
            return True      # (no object: "declined to attend")
    return False


def _as_clause(verb) -> bool:
    """A participle introduced by 'as' ('as requested by X', 'as proposed by X') says who wanted the act."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


def _small_clause(token) -> bool:
    """"allowed inspectors access": a verbless complement with a subject, parsed as a clausal complement."""
    return token.dep_ == "ccomp" and not any(c.dep_ in ("aux", "auxpass", "mark", "dobj") for c in token.children) \
        and any(c.dep_ == "nsubj" for c in token.children) and token.i == token.head.i + 1 + sum(
            1 for c in token.children if c.dep_ == "nsubj" for _ in c.subtree)


def _governing_subject(token, index: MentionIndex):
    """The state or organisation that is the subject of a clause above the token ("Rwanda said its forces ...")."""
    t = token
    for _ in range(6):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            subj = child(t, {"nsubj"})
            m = index.in_phrase(subj) if subj is not None and subj.i < token.i else None
            if m is not None and m.actor.kind in ("state", "igo"):
                return m
    return None


def _side_key(actor) -> str:
    return actor.igo if actor.kind == "igo" and actor.igo else (actor.country or actor.key)


def _sides(arg: Arg) -> set[str]:
    """The parties an argument names, so that one of a party's own acts is not aimed at itself."""
    return {_side_key(a) for a in arg.actors}


def _same_side(index: MentionIndex, token, sides: set) -> bool:
    """Does the token name the same party as one already known ("Chile ... vowed that Santiago would ...")?"""
    m = index.in_phrase(token)
    return m is not None and _side_key(m.actor) in sides


def _own_subjects(verb) -> list:
    """The verb's subject, or the subject of the verb it completes ("its forces would begin leaving X") or is coordinated
    with ("the jets struck X and now are poised to ..."); a passive verb completed passes on its own subject ("troops are
    poised to intervene", "forces were ordered to leave")."""
    deps = ("nsubj",)
    for _ in range(3):
        subj = [c for c in verb.children if c.dep_ in deps]
        if subj or verb.dep_ not in ("xcomp", "conj"):
            return subj
        verb, deps = verb.head, ("nsubj", "nsubjpass")
    return []


def _tough_subjects(verb) -> list:
    """The subject of "X is hard/easy to meet": the infinitive's object, raised over the adjective."""
    adj = verb.head
    if verb.dep_ != "xcomp" or adj.pos_ != "ADJ" or adj.dep_ != "acomp":
        return []
    return [c for c in adj.head.children if c.dep_ == "nsubj"]


def _surroundings(token, pos: str) -> list:
    """What can make a match no event: its objects, the verb it governs ("declined to comment"), its modifiers
    ("long-distance calls") and the noun that governs it ("the rate for calls", "the ability to defend")."""
    near = object_tokens(token, pos)
    # "the work force"; whose it is: "strengthen the leader's position" is politics, not a fortified position
    near += [c for o in list(near) for c in o.children if c.dep_ in ("amod", "compound", "poss") and c.i < o.i]
    near += [c for c in token.children if c.dep_ in ("xcomp", "amod", "compound", "npadvmod", "prt", "advmod")]   # "back away"
    if pos == "noun":   # "a pledge to fight the proposals": the noun's own infinitive; "exchanges and cooperation": its pair
        near += [c for c in token.children if (c.dep_ == "acl" and infinitival(c)) or c.dep_ == "conj"]
    near += [o for c in token.children if c.dep_ == "xcomp" for o in c.children if o.dep_ == "dobj"]   # "declined to give details"
    near += [g for c in token.children if c.dep_ in ("amod", "compound") for g in c.children if g.dep_ in ("amod", "compound", "npadvmod")]
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep":
        near.append(head.head)
    elif token.dep_ in ("acl", "relcl"):
        near.append(head)
    return near


def _aimed_at(token, entry: Entry, pos: str) -> list:
    """What a noun is aimed at through one of its target prepositions ("concern over the situation", "over X's safety"):
    its object too can make the match no event, since concern for a party's safety blames no one."""
    if pos == "verb" or not entry.target_preps:
        return []
    return prep_objects(token, set(entry.target_preps))


def _carried_by_own_light(noun, entry: Entry, lexicon: Lexicon) -> bool:
    """"went on strike", "called a strike": the noun hangs on one of the entry's own light verbs (a travel verb or a
    general support verb does not count, so "launched a strike" is left to the other readings of the noun)."""
    verb = _noun_support_verb(noun, entry, lexicon)
    return verb is not None and has_cue(verb, entry.light)


# Modals of obligation: "said X must withdraw" asks something of X
OBLIGATION_MODALS = frozenset({"must", "should"})
# Verbs that report what their subject says ("X said talks with Y would resume")
REPORTING_VERBS = frozenset({"say", "announce", "state", "confirm", "add", "tell", "report", "disclose"})
# "A and B exchanged accusations"; "Y denied/rejected X's accusations"
RECIPROCAL_VERBS = frozenset({"exchange", "trade", "swap"})
DENYING_VERBS = frozenset({"deny", "reject", "dismiss", "refute", "rebuff", "deflect"})
# Verbs whose object came from someone else ("received aid from X")
RECEIVING_VERBS = frozenset({"receive", "get", "obtain", "accept", "win", "secure"})
# Verbs whose object meeting the subject spoke to ("told a meeting with X")
ADDRESS_VERBS = frozenset({"tell", "address", "brief"})
# Noun events whose "from X" names who made them ("warnings from X", "support from X")
FROM_SOURCE_TYPES = frozenset({"THREATEN", "ACCUSE", "REQUEST", "SUPPORT", "AID", "REJECT", "AGREE", "SANCTION"})
# Nouns that count or measure an event noun: "a new round of talks", "months of negotiations"
PARTITIVES = frozenset({"round", "series", "set", "couple", "number", "day", "week", "month", "year", "hour",
                        "cycle", "rounds", "lot"})


def event_head(noun):
    """The phrase an event noun stands in: "round" for "a round of talks" (its verb and scene are the round's)."""
    t = noun
    for _ in range(2):
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in PARTITIVES \
                and t.head.head.pos_ == "NOUN":
            t = t.head.head
        else:
            break
    return t


def _noun_support_verb(noun, entry: Entry, lexicon: Lexicon):
    """The verb that carries a noun trigger ("held talks", "engaged in a meeting"), if any; a verb that ends the event
    ("called off the strike") carries none."""
    verb = _carrying_verb(noun, entry, lexicon)
    if verb is not None and any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ in lexicon.cues.get("cancelling_particles", ())
                                for c in verb.children):
        return None
    return verb


# Nouns that show a stance their "of" phrase names: "showed signs of concern", "voiced words of anger"
DISPLAY_NOUNS = frozenset({"sign", "expression", "word", "show", "display", "note"})


def _carrying_verb(noun, entry: Entry, lexicon: Lexicon):
    noun = event_head(noun)
    if entry.light and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in DISPLAY_NOUNS:
        noun = noun.head.head      # "has shown signs of concern over X": the stance is carried by the verb of its display
    allowed = entry.light or lexicon.support_verbs
    head = noun.head
    # has_cue also reads the word form: the lemmatiser errs on some light verbs ("staged" -> "stag")
    if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX") and has_cue(head, allowed):
        return head
    if noun.dep_ == "nsubj" and entry.requires_light and head.pos_ == "VERB" and has_cue(head, entry.light):
        # a noun that acts under its own verb: "a relief convoy reached X", "the aid ship docked in X"
        return head
    if noun.dep_ == "attr" and head.pos_ in ("VERB", "AUX") and has_cue(head, entry.light):
        # a predicate noun under a copula the entry names itself: "X has been a strong advocate of Y's membership"
        return head
    if noun.dep_ == "pobj" and head.dep_ in ("prep", "prt") and head.lower_ in ("in", "on", "into"):
        # "engaged in talks"; "is in touch with X", "kept in contact with X" (a copula the entry names, a particle)
        verb = head.head
        if verb.pos_ in ("VERB", "AUX") and has_cue(verb, allowed):
            return verb
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("for", "on"):
        # "arrived here for a three-day visit", "left on a tour of Asia"
        verb = head.head
        if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in lexicon.travel_verbs:
            return verb
    if noun.dep_ == "conj":   # "held talks and a press conference"
        first = noun
        while first.dep_ == "conj":
            first = first.head
        if first.i != noun.i:
            return _carrying_verb(first, entry, lexicon)
    return None


def _organisations_of(index, noun) -> list:
    """Organisations in a gathering noun's "of" phrase ("a summit of the African Union"): the
    multilateral convention holds such a meeting with the organisation."""
    return [m for t in prep_objects(noun, {"of"}) for m in index.phrase_with_conjuncts(t) if m.actor.kind == "igo"]


def _hops_within(token, top, limit: int) -> bool:
    t = token
    for _ in range(limit + 1):
        if t.i == top.i:
            return True
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return False
        t = t.head
    return False


def _actors_from(index: MentionIndex, tokens, how: str, certainty: float = 1.0) -> Arg:
    arg = Arg(how=how, certainty=certainty)
    for t in tokens:
        for m in index.phrase_with_conjuncts(t):
            arg.add(m)
    return arg


def _np_actor_modifiers(index: MentionIndex, tokens) -> Arg:
    """Actors inside object noun phrases: "expelled the Russian ambassador", "valued Vietnam's decision"."""
    arg = Arg(how="object.modifier", certainty=0.85)
    for t in tokens:
        m = index.in_phrase(t)
        if m is None or m.actor.kind == "person":
            continue
        span = t.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and any(w.ent_type_ in ("MONEY", "QUANTITY", "PERCENT") for w in span):
            continue              # "100 million US dollars" names a currency, not a party
        arg.add(m)
    return arg


def _gathering_namer(index: MentionIndex, nouns) -> Arg:
    """The organisation named before a gathering noun, inside its phrase ("the 2004 ASEAN summit", "the yearly
    Shanghai Cooperation Organisation (SCO) forum"): the gathering is that organisation's."""
    arg = Arg(how="object.gathering_namer", certainty=0.85)
    for noun in nouns:
        for t in noun.doc[noun.left_edge.i:noun.i]:
            m = index.at(t)
            if m is not None and m.actor.kind == "igo":
                arg.add(m)
    return arg


# Censure whose object is an event ("indignation at a meeting between X and Y") is aimed at the event's parties
CENSURING_TYPES = frozenset({"ACCUSE", "PROTEST"})
EVENT_NOUNS = MEETING_NOUNS | {"visit", "trip", "tour"}


def _conduct_agents(tokens, index: MentionIndex) -> list:
    """Who did the conduct a censure is about: "concern over alleged abuses by X", "anger at the abuses committed by
    Ethiopian troops"; a party named only as a place ("by rebels in X") did nothing."""
    holders = list(tokens) + [c for t in tokens for c in t.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    agents = [a for h in holders for a in prep_objects(h, {"by"})]
    return [a for a in agents if index.at(a) is not None
            or any(index.at(c) is not None for c in a.children if c.dep_ in ("amod", "compound", "poss"))]


def _names_state(index: MentionIndex, token) -> bool:
    m = index.at(token)
    return m is not None and m.actor.kind == "state"


def _placed_in_state(tokens, entry: Entry, index: MentionIndex) -> list:
    """"concern about the rising tide of protectionism in X": a trend or conduct censured that is placed in a state is that
    state's; only through nouns (at most three), none of them one of the entry's 'unless' words ("the fate of refugees in
    X" blames no one)."""
    found = []
    for t in tokens:
        for p in t.subtree:
            if p.dep_ != "prep" or p.lower_ != "in" or p.head.pos_ not in NOUN_POS or not _hops_within(p, t, 4):
                continue
            path, up = [], p.head
            while up.i != t.i:
                path.append(up)
                up = up.head
            if any(_is_one_of(w, entry.unless) for w in path + [t] if w.pos_ in NOUN_POS):
                continue
            found += [o for o in p.children if o.dep_ == "pobj" and _names_state(index, o)]
    return found


def _event_parties(tokens, index: MentionIndex, source: Arg) -> Arg:
    """The parties of a meeting or a visit named as an object ("a meeting between X and Y", "X's visit to Y"), other than
    the censuring side."""
    found = Arg(how="censured_event.parties", certainty=0.75)
    own = _sides(source)
    for t in tokens:
        if t.lemma_.lower() not in EVENT_NOUNS:
            continue
        mentions = [m for p in t.children if p.dep_ == "poss" for m in [index.possessor(p)] if m is not None]
        mentions += [m for o in prep_objects(t, {"between", "by", "with"}) for m in index.phrase_with_conjuncts(o)]
        for m in mentions:
            if _side_key(m.actor) not in own:
                found.add(m)
    return found


# Conflict acts and threats whose condition names the party they are aimed at ("... unless X withdraws")
CONDITIONED_TYPES = frozenset({"THREATEN", "SANCTION", "ASSAULT", "COERCE"})


def _condition_subjects(verb, lexicon: Lexicon) -> list:
    """Subjects of an if/unless clause on the verb or on the act it announces ("warned it would cut aid if X ...")."""
    marks = lexicon.cues.get("condition_marks", frozenset())
    acts = [verb] + [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"]
    acts += [g for a in acts[1:] for g in a.children if g.dep_ in ("xcomp", "ccomp") and g.pos_ == "VERB"]
    return [s_ for a in acts for c in a.children
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
            for s_ in c.children if s_.dep_ in ("nsubj", "nsubjpass")]


def verb_frame(entry: Entry, verb, objs, index: MentionIndex, lexicon: Lexicon) -> Candidate:
    source, how = subject_of(verb, index)
    source.how = how
    target = Arg()
    frame = how
    passive = is_passive(verb)
    if how == "participle.adjective":
        # "X held talks with visiting Y": Y visits X; the host is the subject of the governing clause
        target = Arg()
        up = verb.head
        while up.head.i != up.i and up.pos_ not in ("VERB", "AUX"):
            up = up.head
        if up.pos_ in ("VERB", "AUX"):
            host, host_how = subject_of(up, index)
            if host:
                target = host
                target.how = f"host.{host_how}"
                target.certainty *= 0.85
        return Candidate(entry, verb, source, target, frame, objects=objs, place_tokens=[])
    if how == "participle.passive" and _as_clause(verb) and prep_objects(verb, {"by"}):
        # "agreed on a roadmap as requested by X": X asked it of those who did what the clause says
        source = _actors_from(index, prep_objects(verb, {"by"}), "as_participle.agent", 0.9)
        up = verb.head
        while up.head.i != up.i and up.pos_ not in ("VERB", "AUX"):
            up = up.head
        target, up_how = subject_of(up, index) if up.pos_ in ("VERB", "AUX") else (Arg(), "none")
        target.how = f"as_participle.{up_how}"
        return Candidate(entry, verb, source, target, "participle.as_agent", objects=objs, place_tokens=[])
    if how == "participle.agent":
        # "Kenya, backed by Uganda, ...": the noun the participle modifies is the one acted on
        target = _actors_from(index, [verb.head], "participle.noun", 0.9)
    elif passive:
        subj = [c for c in verb.children if c.dep_ == "nsubjpass"]
        subj = [t for t in subj if t not in objs]
        if subj:
            target = _actors_from(index, subj, "passive.nsubjpass")
    else:
        if not entry.objects and entry.actor_object:
            dobj = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
            target = _actors_from(index, dobj, "active.dobj")
        else:
            # "granted X access", parsed as a small clause: its subject is the one given to
            dative = [c for c in verb.children if c.dep_ == "dative"] + [
                s_ for c in verb.children if _small_clause(c) for s_ in c.children if s_.dep_ == "nsubj"]
            target = _actors_from(index, dative, "active.dative")
    if not target and entry.target_preps:
        target = _actors_from(index, prep_objects(verb, set(entry.target_preps)), "prep." + "/".join(entry.target_preps))
    if not target and entry.target_preps and objs:
        target = _actors_from(index, [o for t in objs for o in prep_objects(t, set(entry.target_preps))], "object.prep")
    if not target and objs and entry.type in ("AGREE", "REJECT"):
        # "accepted an invitation from X", "turned down the proposal by X": who made it is the target
        target = _actors_from(index, [x for o in objs for x in prep_objects(o, {"from", "by"})], "object.originator", 0.9)
    if not target and not passive:
        # "hosted a summit of the African Union": the multilateral convention, host <-> organisation
        gatherings = [o for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in GATHERING_NOUNS]
        found = Arg(how="object.gathering.of_igo", certainty=0.9)
        for o in gatherings:
            for m in _organisations_of(index, o):
                found.add(m)
        if found:
            target = found
    if not target and not passive:
        # "co-chaired the meeting with X", "hosted talks with X": the other side of the meeting
        meetings = [o for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in MEETING_NOUNS]
        if meetings:
            target = _actors_from(index, [x for o in meetings for x in prep_objects(o, {"with"})], "object.meeting.with", 0.9)
    if not target and "between" not in entry.target_preps:
        between = prep_objects(verb, {"between"})
        if between:
            target = _actors_from(index, between, "between")
    if not target and entry.target_preps and not objs and not passive and "with" in entry.target_preps:
        # "discussed a range of issues on trade with his counterpart": the with-phrase hangs on a noun
        # inside the object phrase (never inside another clause)
        dobj = [c for c in verb.children if c.dep_ == "dobj"]
        inside = [t for o in dobj for t in o.subtree if t.dep_ == "prep" and t.lower_ == "with"
                  and t.head.pos_ in ("NOUN", "PROPN") and _hops_within(t, o, 8)]
        target = _actors_from(index, [c for p in inside[:1] for c in p.children if c.dep_ == "pobj"],
                              "object.with.deep", 0.85)
    if not target and objs:
        # "attended the 2004 ASEAN summit in X": the organisation naming the gathering, before a place below it
        target = _gathering_namer(index, [o for o in objs if o.lemma_.lower() in MEETING_NOUNS | GATHERING_NOUNS])
    if not target and entry.target_preps and objs:
        # the preposition hangs lower in the object phrase: "conveyed regards from A, B and C to his host"
        inside = [t for o in objs for t in o.subtree if t.dep_ == "prep" and t.lower_ in entry.target_preps]
        pobjs = [c for p in inside for c in p.children if c.dep_ == "pobj"]
        target = _actors_from(index, pobjs, "object.prep.deep", 0.85)
    if not target and entry.target_preps:
        # "moved troops to its border with Finland", "struck targets in southern Lebanon"
        holders = [c for c in verb.children if c.dep_ == "dobj"] + prep_objects(verb, set(entry.target_preps) | {"to"})
        inner = [p for h in holders for p in h.children if p.dep_ == "prep" and (p.lower_ in entry.target_preps or p.lower_ == "with")]
        target = _actors_from(index, [c for p in inner for c in p.children if c.dep_ == "pobj"], "object.prep.inner", 0.85)
    if not target and entry.target_preps:
        # "imposed tariffs on goods from X", "lifted the ban on imports from X": where the goods come from
        goods = lexicon.cues.get("goods_nouns", frozenset())
        holders = prep_objects(verb, set(entry.target_preps)) + [
            c for o in objs for p in o.children if p.dep_ == "prep" and p.lower_ in entry.target_preps
            for c in p.children if c.dep_ == "pobj"]
        goods_held = [h for h in holders if h.lemma_.lower() in goods]
        # the "from" phrase may hang on the goods or, misattached, on the verb
        origin = [c for h in goods_held for c in prep_objects(h, {"from"})] + (prep_objects(verb, {"from"}) if goods_held else [])
        target = _actors_from(index, origin, "object.goods_origin", 0.85)
    if not target and (entry.type == "REQUEST" or entry.mode == "allege") and not passive:
        # "demanded that X withdraw", "insisted that X should pay": the subject of the clause asked for
        # ("alleged that X's agents sabotaged the cable": the one accused)
        # ("said X must stop the attacks": a clause of obligation names the one asked, with or without "that";
        # "implored X and Y to settle", parsed as a clause with its own subject)
        # ("hopes X can strengthen the dialogue": a verb of wanting needs no mark, its clause is the act wanted)
        # ("said X's decision was a mistake": a copular judgement names the one whose act it judges)
        clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")
                   and (entry.act_of_other or _judged(c, entry) or any(
                       (m.dep_ == "mark" and m.lower_ == "that") or (m.dep_ == "aux" and m.lower_ in OBLIGATION_MODALS)
                       or (m.dep_ == "aux" and m.lower_ == "to" and entry.type == "REQUEST") for m in c.children))]
        # (one to be let act is not the one asked: "said the Lebanese should be allowed to decide" asks whoever is to
        # allow them)
        target = _actors_from(index, [s for c in clauses[:1] if not (entry.type == "REQUEST" and _let_act(c))
                                      for s in c.children if s.dep_ in ("nsubj", "nsubjpass")], "that_clause.subject", 0.85)
        if _sides(target) & _sides(source):
            target = Arg()          # "X said X must devalue": an obligation of its own asks nothing of another
    if not target and entry.type in ("THREATEN", "ACCUSE", "AGREE") and not passive:
        # "warned that it would cut ties with X": who the warner's own announced act is aimed at
        # ("vowed that Santiago would ratify the pact with Peru": a promise of one's own act, named by its capital)
        own = _sides(source)
        for c in verb.children:
            if c.dep_ != "ccomp" or c.pos_ not in ("VERB", "AUX") or c.i < verb.i \
                    or c.left_edge.pos_ in ("AUX", "VERB") or c.left_edge.lower_ in ("if", "unless", "should"):
                continue       # not an inverted condition ("should X go ahead") or a fronted quote
            if has_cue(c, lexicon.cues.get("consequence_verbs", ())):
                continue       # "cautioned that this might bring reprisals against X": a forecast, not the warner's act
            subj_c = [s_ for s_ in c.children if s_.dep_ in ("nsubj", "nsubjpass")]
            if not subj_c or any(s_.pos_ != "PRON" and not _same_side(index, s_, own) or _not_the_speaker(s_, source)
                                 for s_ in subj_c):
                # "warned that Y would suffer" predicts, it aims no act at Y: only the warner's own announced
                # act ("warned that it would cut ties with Y") names a target
                continue
            objs_c = [o for o in c.children if o.dep_ in ("dobj", "dative")]
            found = _actors_from(index, objs_c, "that_clause.object", 0.8)
            if not found:
                preps_c = prep_objects(c, {"with", "on", "to", "against"})
                preps_c += [x for o in objs_c for p in o.children if p.dep_ == "prep"
                            and p.lower_ in ("with", "on", "to", "against") for x in p.children if x.dep_ == "pobj"]
                found = _actors_from(index, preps_c, "that_clause.prep", 0.8)
            if not found:
                # deeper in the announced act: "warned that it would walk out of the talks with X"
                deep = [p for p in c.subtree if p.dep_ == "prep" and p.lower_ in ("with", "on", "to", "against")
                        and _hops_within(p, c, 5)]
                found = _actors_from(index, [x for p in deep for x in p.children if x.dep_ == "pobj"], "that_clause.prep.deep", 0.75)
            if found and not _sides(found) & own:
                target = found      # "X warned that it would hit X's firms" aims at no other party
                break
    if not target and not (entry.type == "REQUEST" and addressed_to_no_party(verb, index)):
        # control: "pledged to expand cooperation with Australia", "threatened to impose sanctions on Iran"
        # (a purpose clause only when it gives help: "sent soldiers to help protect civilians in X")
        # ("ruled out sending troops to X": a gerund right after the verb is its complement, though parsed as an adverbial)
        verb_end = max([verb.i] + [c.i for c in verb.children if c.dep_ == "prt"])
        for x in verb.children:
            helping = x.dep_ in ("xcomp", "advcl") and any(   # (only a complement or purpose clause is read below)
                has_cue(t, lexicon.cues.get("help_verbs", ())) for t in x.subtree if t.pos_ == "VERB")
            purpose = x.dep_ == "advcl" and helping and infinitival(x)
            gerund = x.dep_ == "advcl" and x.tag_ == "VBG" and x.left_edge.i == verb_end + 1
            if (x.dep_ == "xcomp" or purpose or gerund) and x.pos_ in ("VERB", "AUX"):
                objs_x = [c for c in x.children if c.dep_ in ("dobj", "dative")] if not purpose else []
                found = _actors_from(index, objs_x, "control.xcomp.object", 0.85)
                if not found and not purpose:
                    preps_x = prep_objects(x, {"with", "on", "to", "against", "from", "toward", "towards"})
                    preps_x += [c for o in objs_x for p in o.children if p.dep_ == "prep"
                                and p.lower_ in ("with", "on", "to", "against") for c in p.children if c.dep_ == "pobj"]
                    found = _actors_from(index, preps_x, "control.xcomp.prep", 0.8)
                if not found and objs_x:
                    found = _np_actor_modifiers(index, objs_x)
                if not found:
                    # deeper in the act: "pledged to resume reunions of families with X", "promised to ease rules for X's
                    # citizens"; where help is given is who gets it: "vowed to help rebuild schools in X"
                    wanted = {"with", "to", "against", "toward", "towards", "for"} | ({"in"} if helping else set())
                    tops = [x] + [v for v in x.subtree if v.dep_ in ("xcomp", "advcl") and v.pos_ == "VERB" and v.i != x.i]
                    deep = [p for p in x.subtree if p.dep_ == "prep" and p.lower_ in wanted
                            and p.head.i != x.i and any(_hops_within(p, top, 5) for top in tops)]
                    found = _actors_from(index, [c for p in deep for c in p.children if c.dep_ == "pobj"],
                                         "control.xcomp.prep.deep", 0.75)
                if found:
                    target = found
                    break
    if not target and not passive:
        dobj = [c for c in verb.children if c.dep_ == "dobj"]
        if dobj and (entry.objects or not index.in_phrase(dobj[0])):
            target = _np_actor_modifiers(index, _with_conj_appos(dobj))
            poss = [c for c in dobj[0].children if c.dep_ == "poss"]
            if not target and poss and poss[0].lower_ not in ("its", "their", "our", "my", "your"):
                # "vetoed his bid", "backed her candidacy": the person whose act or claim it is
                m = index.possessor(poss[0])
                if m is not None and m.actor.kind == "person" and all(m.actor.key != a.key for a in source.actors):
                    target = Arg(how="object.possessor", certainty=0.8)
                    target.add(m)
    if not target and not passive and entry.type in CENSURING_TYPES:
        # "condemned the meeting between X and Y", "criticised X's visit to the shrine": the parties of the event
        target = _event_parties([c for c in verb.children if c.dep_ == "dobj"], index, source)
    if not target and not passive and entry.type in CONDITIONED_TYPES:
        # "will impose sanctions unless X withdraws", "warned it would cut aid if X continued the raids": a conflict act
        # made to hang on another party's conduct is aimed at that party
        found = _actors_from(index, _condition_subjects(verb, lexicon), "condition.subject", 0.75)
        if found and not _sides(found) & _sides(source):
            target = found
    if not source and entry.mode == "sign" and objs:
        # "an agreement between A and B was signed", "the A-B accord was signed": the parties named on the instrument
        parties = Arg(how="instrument.parties", certainty=0.85)
        for o in objs:
            for m in index.modifiers(o):
                parties.add(m)
            for b in prep_objects(o, {"between"}):
                for m in index.phrase_with_conjuncts(b):
                    parties.add(m)
        if len(parties.actors) >= 2:
            source = parties
            target = Arg()
    if not source and verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and infinitival(verb):
        # "an effort by Beijing to block the resolution", "X's decision to expel diplomats": the noun's agent acts
        noun = verb.head
        agents = [m for p in noun.children if p.dep_ == "poss" for m in [index.possessor(p)] if m is not None]
        agents += [m for b in prep_objects(noun, {"by"}) for m in index.phrase_with_conjuncts(b)]
        source = Arg(how="infinitive.noun_agent", certainty=0.8)
        for m in agents:
            source.add(m)
    if not source and entry.subjects:
        # "its forces would begin leaving X": whose forces they are
        owners = Arg(how="subject.owner", certainty=0.85)
        for subj in _own_subjects(verb):
            for p in subj.children:
                m = index.possessor(p) if p.dep_ == "poss" else None
                if m is None and p.dep_ == "poss" and p.lower_ in ("its", "their"):
                    m = _governing_subject(subj, index)      # "X said its forces would leave": X's forces
                if m is not None:
                    owners.add(m)
        source = owners
    if not source and passive and objs and (entry.type == "MOBILIZE" or entry.mode == "withdraw"):
        # "Thai troops were deployed to the frontier": whose forces they are is who moved them
        source = _np_actor_modifiers(index, [o for o in objs if o.dep_ == "nsubjpass"])
        source.how = "passive.own_forces"
    # the place may hang on the object: "shut its embassy in Caracas"
    places = [c for c in verb.children if c.dep_ == "dobj"] + prep_objects(verb, set(entry.target_preps)) + [
        p for o in objs for p in prep_objects(o, set(entry.target_preps))]
    cand = Candidate(entry, verb, source, target, frame, objects=objs, place_tokens=places)
    return cand


# Reactions a party's act can cause ("sparked condemnation", "drew sanctions", "earned praise"): aimed at the one who acted
REACTION_TYPES = frozenset({"ACCUSE", "SANCTION", "THREATEN", "REJECT", "PROTEST", "SUPPORT"})


def _reaction_to(noun, index: MentionIndex, lexicon: Lexicon):
    """(the party whose act caused the reaction, the actor word before the first of coordinated reactions) for a
    reaction noun that is the object of a verb of causing ("X's missile test sparked Kenyan condemnations and sanctions"), else
    None. The subject is the cause; the party named in it is the one reacted to."""
    first = event_head(noun)
    while first.dep_ == "conj" and first.head.pos_ == "NOUN":
        first = first.head
    verb = first.head
    if first.dep_ != "dobj" or not has_cue(verb, lexicon.cues.get("reaction_verbs", ())):
        return None
    cause = child(verb, {"nsubj"})
    m = index.in_phrase(cause) if cause is not None else None
    if m is None or m.actor.kind == "person" and not m.actor.country:
        return None
    target = Arg(how="reaction.cause", certainty=0.8)
    target.add(m)
    mods = [index.at(c) for c in first.children if c.dep_ in ("amod", "compound", "nmod") and c.i < first.i]
    mods = [x for x in mods if x is not None]
    return target, (mods[0] if len(mods) == 1 and first.i != noun.i else None)


def noun_frame(entry: Entry, noun, objs, index: MentionIndex, lexicon: Lexicon) -> Candidate:
    source = Arg()
    frame = "nominal"
    poss = [c for c in noun.children if c.dep_ == "poss"]
    if poss:
        source = Arg(how="nominal.poss")
        for p in poss:
            m = index.possessor(p)
            if m is not None:
                source.add(m)
    by = prep_objects(noun, {"by"})
    signatories = _actors_from(index, by, "nominal.by") if by else None
    if not source and signatories and entry.mode != "sign":
        source, signatories = signatories, None
    support = _noun_support_verb(noun, entry, lexicon)
    witnesses = None
    if support is not None:
        inherited, how = subject_of(support, index)
        inherited.how = f"support.{support.lemma_.lower()}.{how}"
        if support.lemma_.lower() == "witness":
            witnesses = inherited
        elif not source or (inherited and all(p.pos_ == "PRON" for p in poss)):
            # "The host noted his admiration": the clause subject is surer than a possessive pronoun
            source = inherited
    scene_objects: list = []
    head_noun = event_head(noun)
    if not source and witnesses is None and entry.symmetric and head_noun.dep_ == "pobj" \
            and head_noun.head.lower_ in SCENE_PREPS:
        scene = head_noun.head.head
        if scene.pos_ == "NOUN" and scene.dep_ == "pobj" and scene.head.lower_ in ("at", "in", "during") \
                and scene.head.head.pos_ in ("VERB", "AUX") and head_noun.head.lower_ in ("after", "following", "before"):
            # "told reporters at a briefing after talks with X": the speaker at the briefing held the talks
            scene = scene.head.head
        between = _actors_from(index, prep_objects(noun, {"between"}), "between")
        if scene.pos_ in ("VERB", "AUX"):
            # "In a meeting with X, Hu said ...": the clause subject took part (not in a meeting between others:
            # "X voiced indignation at a meeting between Y and Z")
            inherited, how = subject_of(scene, index)
            if not between or _sides(between) & _sides(inherited):
                inherited.how = f"scene.{head_noun.head.lower_}.{how}"
                inherited.certainty *= 0.85
                source = inherited
                scene_objects = [c for c in scene.children if c.dep_ in ("dobj", "dative")]
        elif scene.pos_ in ("NOUN", "PROPN") and head_noun.head.lower_ == "on":
            # "Okello, on a three-day visit to Kenya, said ..."
            m = index.at(scene)
            if m is not None:
                source = Arg(how="scene.on.noun", certainty=0.85)
                source.add(m)
    target = Arg()
    invited_by = entry.mode == "invite" and noun.dep_ == "pobj" and noun.head.lower_ in ("at", "on", "upon", "by")
    if invited_by:
        # "X arrived at the invitation of Y" / "at Y's invitation": Y invited X
        if not source:
            inviter = prep_objects(noun, {"of", "from"})
            source = _actors_from(index, inviter, "invitation.of")
        up = noun.head
        while up.head.i != up.i and up.pos_ not in ("VERB", "AUX"):
            up = up.head
        if source and up.pos_ in ("VERB", "AUX"):
            guest, guest_how = subject_of(up, index)
            if guest:
                target = guest
                target.how = f"invitation.guest.{guest_how}"
                target.certainty *= 0.9
                return Candidate(entry, noun, source, target, frame, objects=objs)
    preps = set(entry.target_preps)
    target_tokens = prep_objects(noun, preps)
    if support is not None:
        target_tokens += prep_objects(support, preps)
        if not target_tokens and noun.dep_ == "dobj":
            # "gave X an ultimatum", "paid X a visit": the light verb's indirect object
            target_tokens = [c for c in support.children if c.dep_ == "dative"]
    if not target_tokens and noun.dep_ in ("pobj", "dobj") and preps:
        # PP attached one word too high: "the success of X's attendance at the summit", "praised X's aid to Y"
        outer = noun.head.head if noun.dep_ == "pobj" else noun.head
        nxt = noun.right_edge.i + 1
        for c in outer.children:
            if c.dep_ == "prep" and c.i == nxt and c.lower_ in preps:
                target_tokens = [o for o in c.children if o.dep_ == "pobj"]
    if target_tokens:
        target = _actors_from(index, target_tokens, "nominal.prep")
    if not target and preps:
        # the preposition hangs lower: "talks on military cooperation with Egypt"
        deep = [t for t in noun.subtree if t.dep_ == "prep" and t.lower_ in preps and t.head.i != noun.i
                and t.head.pos_ in ("NOUN", "PROPN") and _hops_within(t, noun, 3)]
        target = _actors_from(index, [c for p in deep for c in p.children if c.dep_ == "pobj"], "nominal.prep.deep", 0.85)
    if not target and entry.type == "REQUEST":
        # "expressed the hope that X would release them", "its demand that X withdraw": the clause's subject is asked
        target = _actors_from(index, _doers_of_wanted_act(noun), "nominal.wanted_act.subject", 0.85)
    if not target and entry.type in CENSURING_TYPES and target_tokens:
        # "voiced indignation at a meeting between X and Y", "anger over X's visit": the parties of the event censured
        target = _event_parties(target_tokens, index, source)
    if not target and entry.type in CENSURING_TYPES and target_tokens:
        target = _actors_from(index, _conduct_agents(target_tokens, index), "nominal.conduct.agent", 0.85)
    if not target and entry.type == "ACCUSE" and target_tokens:
        target = _actors_from(index, _placed_in_state(target_tokens, entry, index), "nominal.conduct.place", 0.75)
    if not target and noun.lemma_.lower() in GATHERING_NOUNS:
        # multilateral convention: "the summit of the African Union" is held with the organisation
        gathering = Arg(how="nominal.of_igo", certainty=0.9)
        for m in _organisations_of(index, noun):
            gathering.add(m)
        if gathering:
            target = gathering
            if not source and noun.dep_ == "nsubjpass":
                # "the summit was declared open by X", "the meeting was chaired by X"
                source = _actors_from(index, prep_objects(noun.head, {"by"}), "chair.passive.agent", 0.9)
    if not target and preps:
        # "its readiness to cooperate with X", "an offer to help X": the infinitive after the noun names the other side
        for x in noun.children:
            if x.dep_ == "acl" and x.pos_ == "VERB" and infinitival(x):
                objs_x = [c for c in x.children if c.dep_ in ("dobj", "dative")]
                found = _actors_from(index, objs_x, "nominal.infinitive.object", 0.85)
                if not found:
                    found = _actors_from(index, prep_objects(x, preps | {"with", "between"}), "nominal.infinitive.prep", 0.8)
                if not found:
                    # "its readiness to resume reunions of families with X": deeper in the act
                    deep = [p for p in x.subtree if p.dep_ == "prep" and p.lower_ in ("with", "to", "against", "toward", "towards")
                            and p.head.i != x.i and _hops_within(p, x, 5)]
                    found = _actors_from(index, [c for p in deep for c in p.children if c.dep_ == "pobj"],
                                         "nominal.infinitive.prep.deep", 0.75)
                if found:
                    target = found
                    break
    if not target and entry.type in REACTION_TYPES:
        # "X's missile test sparked Kenyan condemnations and sanctions", "the move drew criticism from Y": a reaction
        # caused by a party's act is aimed at that party
        reaction = _reaction_to(noun, index, lexicon)
        if reaction is not None:
            target, borrowed = reaction
            if not source and borrowed is not None and all(a.key != borrowed.actor.key for a in target.actors):
                source = Arg(how="reaction.shared_modifier", certainty=0.8)
                source.add(borrowed)
    if not target and scene_objects:
        # "Hu told X in a meeting the same day": the one spoken to took part
        target = _actors_from(index, scene_objects, "scene.object", 0.8)
    between = prep_objects(noun, {"between"})
    if support is not None:
        between += prep_objects(support, {"between"})
    if between and not (source and target):
        pair = _actors_from(index, between, "nominal.between")
        if source and entry.symmetric and len(pair.actors) >= 2 and not _sides(source) & _sides(pair):
            # "Kenya held talks between Ghana and Ethiopia": the two named meet; the subject only brings them together
            source, target = pair, Arg()
        elif not source and len(pair.actors) >= 2:
            source = pair
        elif not target:
            target = pair
    mods = index.modifiers(noun)
    if entry.mode == "sign":
        for o in objs:
            mods += [m for m in index.modifiers(o) if m not in mods]
            for b in prep_objects(o, {"between"}):
                mods += [m for m in index.phrase_with_conjuncts(b) if m not in mods]
    if len(mods) >= 2 and not (source and target):
        pair = Arg(how="nominal.modifiers", certainty=0.9)
        for m in mods:
            pair.add(m)
        if not source:
            source = pair
        elif not target:
            target = pair
    if not source and (target or entry.target_from_place) and len(mods) == 1 \
            and all(a.key != mods[0].actor.key for a in target.actors) \
            and any(c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i and index.at(c) is mods[0] for c in noun.children):
        # "US air strikes against Iraq", "Russian warnings to Japan": the one actor word before the noun
        # is its agent when the other side is named by a preposition or by the place ("a Kenyan relief convoy
        # reached X")
        source = Arg(how="nominal.modifier", certainty=0.8)
        source.add(mods[0])
    if not source:
        for x in noun.children:
            if x.dep_ == "acl" and x.tag_ == "VBN" and not any(c.dep_ == "aux" for c in x.children):
                # "sanctions imposed by X on Y", "the aid promised by X to Y": the participle's agent made it
                by = prep_objects(x, {"by"})
                if by:
                    source = _actors_from(index, by, "nominal.participle.agent", 0.9)
                    if source and not target and preps:
                        target = _actors_from(index, prep_objects(x, preps), "nominal.participle.prep", 0.9)
                    break
    if (not source or support is not None and support.lemma_.lower() in RECEIVING_VERBS) and noun.dep_ == "dobj" \
            and noun.head.lemma_.lower() in RECEIVING_VERBS and entry.type in ("AID", "SUPPORT", "AGREE", "COOPERATE"):
        # "Y received aid from X": X gave it, Y got it ("Y received assurances from X": the receiving verb also carries
        # the noun, but its subject is the one given them)
        givers = prep_objects(noun, {"from"}) or prep_objects(noun.head, {"from"})
        giver = _actors_from(index, givers, "received.from", 0.9) if givers else Arg()
        if giver:
            source = giver
            receiver, how = subject_of(noun.head, index)
            if receiver:
                receiver.how = f"received.{how}"
                target = receiver
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and not target:
        verb_ = noun.head
        vlemma = verb_.lemma_.lower()
        if vlemma in RECIPROCAL_VERBS and not source:
            # "A and B exchanged accusations": each did it to the other
            both, how = subject_of(verb_, index)
            if len(both.actors) >= 2:
                source = Arg(list(both.actors), list(both.spans), f"reciprocal.{how}", both.certainty * 0.9)
                target = Arg(list(both.actors), list(both.spans), f"reciprocal.{how}", both.certainty * 0.9)
        elif has_cue(verb_, lexicon.cues.get("answering_verbs", ())) \
                and entry.type.lower() in lexicon.cues.get("statement_types", ()) and source:
            # "Y denied X's accusations", "Y will not accept X's demands": the statement was aimed at the one
            # answering it
            denier, how = subject_of(verb_, index)
            if denier and all(a.key not in {b.key for b in source.actors} for a in denier.actors):
                denier.how = f"denied_by.{how}"
                denier.certainty *= 0.85
                target = denier
    if not source and "from" not in preps and entry.type in FROM_SOURCE_TYPES:
        # "warnings from Moscow", "support from Japan", "aid from Japan to Kenya": who it came from
        source = _actors_from(index, prep_objects(noun, {"from"}), "nominal.from", 0.85)
    if not source and target and noun.dep_ == "dobj" and noun.head.lemma_.lower() in ADDRESS_VERBS \
            and noun.lemma_.lower() in MEETING_NOUNS:
        # "told a meeting with X", "addressed a session with X": the speaker took part
        source, how = subject_of(noun.head, index)
        source.how = f"address.{how}"
        source.certainty *= 0.85
    if not source and target and entry.symmetric and noun.dep_ in ("nsubj", "nsubjpass") \
            and noun.head.dep_ == "ccomp" and noun.head.head.lemma_.lower() in REPORTING_VERBS:
        # "Kenya said talks with Ethiopia would resume": the one reporting its own talks took part
        source, how = subject_of(noun.head.head, index)
        source.how = f"reported.{how}"
        source.certainty *= 0.8
    if entry.mode == "sign":
        parties = signatories if signatories and len(signatories.actors) >= 2 else None
        if parties is None and source and len(source.actors) >= 2:
            parties = source
        if parties is None and witnesses and len(witnesses.actors) >= 2:
            parties = witnesses
        if parties is not None and parties is not source:
            source = Arg(list(parties.actors), list(parties.spans), parties.how, parties.certainty * 0.95)
    cand = Candidate(entry, noun, source, target, frame, support_verb=support, objects=objs,
                     witnesses=witnesses, signatories=signatories, place_tokens=target_tokens)
    return cand


def find_candidates(sent, index: MentionIndex, lexicon: Lexicon, trace: list | None = None) -> list[Candidate]:
    """All triggers of one sentence with the best-fitting entry for each."""
    out: list[Candidate] = []
    trigger_lemmas = lexicon.trigger_lemmas
    for token in sent:
        lemma = _capitalised_noun_lemma(token) or token.lemma_.lower()
        if lemma not in trigger_lemmas and token.lower_ not in trigger_lemmas:
            continue
        pos = _pos_class(token)
        adjectives = (lexicon.candidates(lemma, "adj") or lexicon.candidates(token.lower_, "adj")) if _predicative(token) else []
        if adjectives:
            pos = "adj"
        if pos is None or _asked_about(token, lexicon) or _in_fixed_phrase(token, lexicon):
            continue
        entries = adjectives or lexicon.candidates(lemma, pos)
        if not entries:
            continue
        opening = _opening_participle(token, entries, index) if pos == "verb" and token.dep_ == "amod" else None
        if opening is not None:
            out.append(opening)
            continue
        chosen: Candidate | None = None
        for entry in entries:
            ok, objs, why = entry_fits(entry, token, pos, lexicon)
            if not ok:
                if trace is not None:
                    trace.append({"token": token.text, "offset": token.idx, "rule": entry.id, "matched": False, "why": why})
                continue
            if pos == "verb" and token.dep_ == "amod" and entry.mode != "visit":
                break     # a participle used as an adjective names no act ("striking seamen", "the jailed activist"),
                #           except a visitor's ("talks with the visiting Ghanaian minister")
            cand = _framed(entry, token, pos, objs, index, lexicon)
            if (entry.act_of_other or entry.admitted or lemma in REPORTING_VERBS and entry.requires_target) and not cand.target:
                # the doer of the act wanted is no party ("hopes the talks will succeed"), nothing joined is an
                # organisation ("joined X to fight the rebels"), an obligation said of one's own side asks no one ("said
                # X and Y should strengthen cooperation"): no event, and no governing candidate either (the act itself
                # may be one: "hopes it will sign a deal with X")
                if trace is not None:
                    trace.append({"token": token.text, "offset": token.idx, "rule": entry.id, "matched": False,
                                  "why": "no organisation joined" if entry.admitted else "no other party asked"})
                continue
            chosen = chosen or cand
            if not entry.requires_target or _may_get_target(cand, lexicon):
                chosen = cand
                break
            # an entry that needs a party this match lacks gives way to the next reading ("fired a missile into the
            # sea" is no attack on anyone: a show of force)
            if trace is not None:
                trace.append({"token": token.text, "offset": token.idx, "rule": entry.id, "matched": False,
                              "why": "needs a target; next reading tried"})
        if chosen is not None:
            out.append(chosen)
    _vows_of_force(out, lexicon)
    _alleged_grounds(out, index, lexicon)
    _verbal_attacks(out, index, lexicon)
    out = [_verbal_protest(c, index, lexicon) for c in out]
    return out


def _opening_participle(token, entries: list[Entry], index: MentionIndex) -> Candidate | None:
    """"Welcoming X's offer to ..., Y said": a participle opening the sentence, misread as an adjective of the noun phrase
    after it, is a clause whose doer is the main clause's subject and whose object is that phrase's head; only for a
    reading that names its objects ("welcomed X's offer"), aimed at the party the object belongs to."""
    if token.i != token.sent.start or token.tag_ != "VBG":
        return None
    head = token.head
    while head.dep_ in ("compound", "poss", "amod", "nmod") and head.head.i != head.i:
        head = head.head
    root = token.sent.root
    entry = next((e for e in entries if e.objects and _is_one_of(head, e.objects)), None)
    if entry is None or head.i <= token.i or root.pos_ != "VERB":
        return None
    source, how = subject_of(root, index)
    source.how = "opening_participle." + how
    target = Arg(how="opening_participle.object_owner", certainty=0.85)
    for owner in (index.possessor(c) for c in head.children if c.dep_ == "poss"):
        if owner is not None:
            target.add(owner)
    target = target or _np_actor_modifiers(index, [head])
    if not source or not target or _sides(source) & _sides(target):
        return None
    return Candidate(entry, token, source, target, "opening_participle", objects=[head], place_tokens=[])


def _capitalised_noun_lemma(token) -> str | None:
    """"U.S. Complaints about X": wire copy capitalises the word after an abbreviation, and the tagger then reads a common
    plural noun as a name (lemma "Complaints"); read it as the common noun (a name in an entity span stays a name)."""
    if token.pos_ != "PROPN" or not token.is_title or token.ent_type_ or token.i == 0:
        return None
    before = token.doc[token.i - 1]
    if not (before.text.endswith(".") and len(before.text) > 1 and before.text[:-1].replace(".", "").isupper()):
        return None
    return token.lower_[:-1] if token.tag_ == "NNPS" and token.lower_.endswith("s") else token.lower_


def _predicative(token) -> bool:
    """An adjective or participle said of the clause's subject: "X is opposed to Y's plan", "X has been concerned over
    Y's build-up" (parsed as a passive participle); an affirmed copula only ("is not opposed" states no stance)."""
    if token.dep_ == "acomp":
        copula = token.head
    elif token.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in token.children):
        copula = token
    else:
        return False
    return not any(c.dep_ == "neg" for c in copula.children)


def adjective_frame(entry: Entry, adjective, objs, index: MentionIndex, lexicon: Lexicon) -> Candidate:
    """A stance adjective: the subject of its copula holds the stance, the object of its preposition is what it is
    about ("X is critical of Y's policy": X -> Y)."""
    if adjective.dep_ == "acomp":
        source, how = subject_of(adjective.head, index)
    else:
        source, how = _actors_from(index, [c for c in adjective.children if c.dep_ == "nsubjpass"], "adjective.subject"), \
            "adjective.subject"
    source.how = how
    target = _actors_from(index, prep_objects(adjective, set(entry.target_preps)), "prep." + "/".join(entry.target_preps))
    if not target and objs:
        # "X is ready for constructive work with Y": the partner of the activity the stance is about
        target = _actors_from(index, [w for o in objs for w in prep_objects(o, {"with"})], "adjective.activity.with")
    return Candidate(entry, adjective, source, target, "adjective." + how, objects=objs, place_tokens=[])


def _may_get_target(cand: Candidate, lexicon: Lexicon) -> bool:
    """A target found, one the coder can still supply (a group subject split, a place, an earlier event), or an aim
    named without a party ("fired missiles at it"; "into the sea" aims at no one)."""
    e = cand.entry
    open_spaces = lexicon.cues.get("open_spaces", frozenset())
    aimed = any(c.dep_ == "prep" and c.lower_ in e.target_preps and any(
        g.dep_ == "pobj" and g.lemma_.lower() not in open_spaces for g in c.children) for c in cand.trigger.children)
    return bool(cand.target) or (e.symmetric and len(cand.source.actors) >= 2) or e.target_from_place \
        or e.target_from_previous is not None or aimed


def _framed(entry: Entry, token, pos: str, objs: list, index: MentionIndex, lexicon: Lexicon) -> Candidate:
    """The argument frame of one reading of a trigger."""
    if entry.mode == "sign":
        # coordinated instruments often hang off the wrong word: take every instrument noun under the trigger
        objs = list(objs)
        for t in token.subtree:
            if t.pos_ in NOUN_POS and t.lemma_.lower() in lexicon.instruments and t not in objs and t.i != token.i:
                if not any(t.head.i == o.i and t.dep_ == "compound" for o in objs):
                    objs.append(t)
        objs.sort(key=lambda t: t.i)
    frame = verb_frame if pos == "verb" else adjective_frame if pos == "adj" else noun_frame
    cand = frame(entry, token, objs, index, lexicon)
    if entry.admitted:
        # "X joined NATO", "X became a member of the EU": the organisation admits X; "the three should all join by the
        # spring": an organisation left unsaid, the article's (extract fills it in)
        organisation = _organisation_joined(token, pos, index, lexicon)
        if not organisation and pos == "verb" and _joins_unsaid(token, lexicon):
            organisation = Arg(how="organisation.unsaid")
            cand.source, cand.target = organisation, cand.source
        else:
            cand.source, cand.target = organisation, (cand.source if organisation else Arg())
    if entry.accused_doer:
        # "X said Y had failed to honour the deal": the one who says so accuses the doer (of an act done to something named:
        # "failed to keep up with the times" keeps nothing)
        reporter = _reporter_of(token, index) if _act_on_object(token, entry) else Arg()
        accused = cand.source if reporter and not _sides(reporter) & _sides(cand.source) else Arg()
        cand.source, cand.target = (reporter, accused) if accused else (Arg(), Arg())
    return cand


# Verbs whose subject says what the clause under them holds ("X said Y failed ...", "X complained that Y ...")
SAYING_VERBS = REPORTING_VERBS | frozenset({"charge", "complain", "insist", "argue", "claim", "note", "stress", "accuse",
                                            "blame", "allege", "assert", "declare", "protest"})


def _act_on_object(verb, entry: Entry) -> bool:
    """The verb's complement is one of the entry's acts (when it names them), done to a direct object, without a
    particle."""
    return not entry.requires_modifier or any(c.dep_ == "xcomp" and _is_one_of(c, entry.requires_modifier) and child(c, {"dobj"}) is not None
               and child(c, {"prt"}) is None for c in verb.children)


def _reporter_of(token, index: MentionIndex) -> Arg:
    """The subject of the nearest verb of saying above the token, through at most five heads; none above a denial ("X said
    Y denied breaking the pact" reports no charge of X's)."""
    t = token
    for _ in range(5):
        if t.head.i == t.i or t.head.lemma_.lower() in DENYING_VERBS:
            break
        t = t.head
        if t.pos_ == "VERB" and t.lemma_.lower() in SAYING_VERBS:
            reporter, _how = subject_of(t, index)
            reporter.how = "reporter." + t.lemma_.lower()
            return reporter
    return Arg()


def _organisation_joined(token, pos: str, index: MentionIndex, lexicon: Lexicon) -> Arg:
    """The organisation itself as the object joined ("joined NATO", "a member of the EU" , "joined NATO in 1999"); not
    one that only modifies it ("joining GATT discussions"), not a state ("joined Kenya in condemning ..."), none when
    joining is only wished for ("Moldova's bid to join the EU", "wants to become a member of NATO": no one admitted it)
    and none when the organisation is joined in an act ("joined the UN in condemning the raid")."""
    joined = Arg(how="organisation.joined")
    verb = token if pos == "verb" else token.head
    if verb.dep_ in ("xcomp", "acl") and has_cue(verb.head, lexicon.cues.get("aspiration_words", ())):
        return joined
    if any(o.pos_ == "VERB" or o.ent_type_ not in ("DATE", "TIME") for o in prep_objects(verb, {"in"})):
        return joined          # "joined NATO in condemning the raid", "joined the EU in its appeal": siding, not joining
    if verb.dep_ in ("advcl", "pcomp") and verb.tag_ in ("VB", "VBG") or verb.dep_ == "relcl":
        # "to join GATT, China has much to do", "three years after joining the WTO": a condition; "X, which joined NATO in
        # 1999, ...": background to the sentence's news
        return joined
    objects = [c for c in token.children if c.dep_ == "dobj"] if pos == "verb" else prep_objects(token, {"of"})
    for o in objects:
        m = index.at(o)
        if m is not None and m.actor.kind == "igo":
            joined.add(m)
    return joined


def _joins_unsaid(verb, lexicon: Lexicon) -> bool:
    """"The three should all join by the spring": a main-clause "join" with no object and no phrase but a time names
    no organisation, so it is the one the article is about (not "joined in condemning", "wants to join", "after
    joining")."""
    if verb.dep_ in ("advcl", "pcomp", "relcl", "amod") or any(c.dep_ in ("dobj", "dative", "prt") for c in verb.children):
        return False
    if verb.dep_ in ("xcomp", "acl") and has_cue(verb.head, lexicon.cues.get("aspiration_words", ())):
        return False
    preps = [c for c in verb.children if c.dep_ == "prep"]
    return all(o.ent_type_ in ("DATE", "TIME") for p in preps for o in p.children if o.dep_ == "pobj") \
        and all(any(o.dep_ == "pobj" for o in p.children) for p in preps)


def _verbal_protest(cand: Candidate, index: MentionIndex, lexicon: Lexicon) -> Candidate:
    """"France protested over Canada's decision": a state, an organisation or an official protesting (named in the
    singular, not "Kenyans" or "students") complains; it is the lemma's own ACCUSE entry, not a street protest."""
    if cand.entry.type != "PROTEST" or cand.trigger.pos_ != "VERB":
        return cand
    verbal = next((e for e in lexicon.candidates(cand.trigger.lemma_.lower(), "verb") if e.type == "ACCUSE" and not e.requires_prep),
                  None)
    subj = child(cand.trigger, {"nsubj"})
    if verbal is None or subj is None or subj.tag_ != "NNP" and not _speaking(index.in_phrase(subj), lexicon):
        return cand
    return verb_frame(replace(verbal, id=verbal.id + "+official"), cand.trigger, cand.objects, index, lexicon)


def _speaking(mention, lexicon: Lexicon) -> bool:
    return mention is not None and _speaks_for_government(mention.actor, lexicon)


def _speaks_for_government(actor: Actor, lexicon: Lexicon) -> bool:
    """A person whose title speaks for a government ("the foreign minister", "a spokesman")."""
    titles = lexicon.cues.get("speaking_titles", frozenset())
    return actor.kind == "person" and any(w in (actor.title or "").lower() for w in titles)


def _verbal_attacks(cands: list[Candidate], index: MentionIndex, lexicon: Lexicon) -> None:
    """"The foreign minister attacked the OSCE": an attack by an official on an organisation or a person, named
    itself as the object (not a place, a base or a convoy), is criticism: the lemma's own ACCUSE entry."""
    for cand in cands:
        if cand.entry.type != "ASSAULT" or cand.trigger.pos_ != "VERB" or is_passive(cand.trigger):
            continue
        verbal = next((e for e in lexicon.candidates(cand.trigger.lemma_.lower(), "verb") if e.type == "ACCUSE"), None)
        dobj = child(cand.trigger, {"dobj"})
        m = index.at(dobj) if verbal is not None and dobj is not None else None
        if m is None or m.actor.kind not in ("igo", "person"):
            continue
        speakers = [a for a in cand.source.actors if _speaks_for_government(a, lexicon)]
        if m.actor.kind == "igo" or (speakers and len(speakers) == len(cand.source.actors)):
            cand.entry = replace(verbal, id=cand.entry.id + "+verbal", objects=frozenset(), requires_target=False)


def _in_fixed_phrase(token, lexicon: Lexicon) -> bool:
    """The trigger is the middle word of a fixed phrase ("in exchange for", "in return for")."""
    if token.i == token.sent.start or token.i + 1 >= token.sent.end:
        return False
    doc = token.doc
    return f"{doc[token.i - 1].lower_} {token.lower_} {doc[token.i + 1].lower_}" in lexicon.cues.get("fixed_phrases", ())


def _asked_about(token, lexicon: Lexicon) -> bool:
    """"Asked if X would retaliate, he said ...": the act of a question put to someone is no event."""
    t = token
    for _ in range(4):
        if t.dep_ in ("ccomp", "advcl", "xcomp") and any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in t.children) \
                and has_cue(t.head, lexicon.cues.get("question_verbs", ())):
            return True
        if t.head.i == t.i or t.dep_ in ("ROOT",):
            return False
        t = t.head
    return False


def _vows_of_force(cands: list[Candidate], lexicon: Lexicon) -> None:
    """"vowed to retaliate against X", "pledged to impose sanctions on X", "vowed to destroy X": promising a conflict or
    hostile act threatens it.

    The vow takes the THREATEN code of the act (``threat_recode``); the act itself stays embedded under it.
    """
    vows = lexicon.cues.get("vow_verbs", frozenset())
    hostile = lexicon.cues.get("hostile_verbs", frozenset())
    at = {c.trigger.i: c for c in cands}
    for cand in cands:
        if cand.entry.type != "AGREE" or cand.trigger.lemma_.lower() not in vows:
            continue
        for x in cand.trigger.children:
            act = at.get(x.i)
            code = lexicon.threat_code(act.entry.type, act.entry.cameo) if x.dep_ == "xcomp" and act else None
            if code:
                cand.entry = replace(cand.entry, id=cand.entry.id + "+threat", type="THREATEN", mode=None, cameo=code,
                                     status=None, context=act.entry.context)
                break
            if x.dep_ == "xcomp" and has_cue(x, hostile):
                # "vowed to destroy X", "vowed to avenge the raid": a hostile act that is no trigger of its own
                cand.entry = replace(cand.entry, id=cand.entry.id + "+threat", type="THREATEN", mode=None, cameo="130",
                                     status=None, context=("military",))
                break


# Prepositions that give the ground of an act ("imposed tariffs on X for alleged dumping", "in retaliation against ...")
GROUND_PREPS = frozenset({"for", "over", "against"})
# Types of acts taken against a party on the ground of its alleged wrong
PUNITIVE_TYPES = frozenset({"SANCTION", "COERCE", "ASSAULT", "THREATEN", "REDUCE", "ACCUSE"})


def _alleged_grounds(cands: list[Candidate], index: MentionIndex, lexicon: Lexicon) -> None:
    """"X imposed tariffs on Y's goods for alleged violation of the pact": a wrong alleged as the ground of a punitive act
    is alleged by the one who acts, against the one the act is aimed at (or the party the wrong is said of: "an alleged
    Kenyan breach"). Only a wrong with no party of its own saying it ("the alleged violation" named by no one) is read so."""
    at = {c.trigger.i: c for c in cands}
    for cand in cands:
        if cand.entry.type != "ACCUSE" or cand.trigger.pos_ not in NOUN_POS or cand.source or not cand.entry.requires_modifier:
            continue
        act = _punitive_act_over(cand.trigger, at)
        if act is None or not act.source:
            continue
        own = _actors_from(index, [c for c in cand.trigger.children if c.dep_ in ("amod", "compound", "poss")], "alleged.modifier")
        target = cand.target or own or act.target or (goods_modifier_origin(
            act.trigger, act.support_verb, index, lexicon.cues.get("goods_nouns", frozenset())) if act.entry.type == "SANCTION" else Arg())
        if target and not (_sides(target) & _sides(act.source)):
            cand.source = Arg(list(act.source.actors), list(act.source.spans), "alleged.ground_of." + act.entry.id, 0.8)
            cand.target = target


def _punitive_act_over(noun, at: dict):
    """The punitive act whose ground-giving phrase holds the noun, through at most one noun in between ("for alleged
    dumping", "in retaliation for alleged dumping")."""
    t = noun
    for _ in range(3):
        prep = t.head
        if t.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in GROUND_PREPS:
            return None
        act = at.get(prep.head.i)
        if act is not None:
            return act if act.entry.type in PUNITIVE_TYPES else None
        if prep.head.pos_ not in NOUN_POS:
            return None
        t = prep.head       # "in retaliation for": the noun of reprisal hangs on the act
        if t.dep_ == "pobj" and t.head.dep_ == "prep":
            act = at.get(t.head.head.i)
            if act is not None:
                return act if act.entry.type in PUNITIVE_TYPES else None
    return None


def split_group(source: Arg, target: Arg) -> tuple[list[Actor], list[Actor]]:
    """Source and target actor lists after removing overlap; a group subject becomes a pair."""
    srcs = list(source.actors)
    tgts = [a for a in target.actors]
    if tgts and len(srcs) > 1:
        keys = {a.key for a in tgts}
        rest = [a for a in srcs if a.key not in keys]
        if rest:
            srcs = rest
    return srcs, tgts
