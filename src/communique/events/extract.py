"""Extract events from a parsed article and its resolved mentions.

    found = extract_events(doc, article, mentions, explain=False)
    found.events, found.agreements, found.trace

Per sentence: triggers from the lexicon (a set lookup skips sentences without one), argument
frames over the dependency parse (events/arguments.py, events/match.py), then date, place and
factuality; duplicates are filtered within the sentence and within the article. When the source
cannot be told, nothing is emitted (the trace says why).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from ..model import Actor, Agreement, Article, Event, Fact, Location, Mention, Participant
from ..ontology import get_ontology
from . import places as places_mod
from .agreements import build_agreements
from .arguments import (BORDER_TYPES, PATIENT_TYPES, REPORTING_VERBS, WARNING_TYPES, Arg, MentionIndex, accompanying,
                        accused_actor, acted_on_place, addressed_meeting_doer, addressed_to_no_party, aid_recipient,
                        antecedent_maker, appositive_scene_doer, assured_party, border_neighbour, child, compound_organisation,
                        conjoined_object_party, conjuncts, crowd_country, crowd_police, dative_party,
                        departure_origin, displaced_by, displaced_from, document_author, domestic_authority,
                        domestic_group, forces_owner, gathering_host, gathering_in_focus, gathering_organisation,
                        goods_modifier_origin, group_destination, headline_passive, infinitive_target,
                        letter_addressee, light_verb_agent, object_maker, object_partner, patient_owner, place_holder,
                        prep_objects, protest_site, provoker, relative_clause_maker, relative_object_party,
                        root_noun_doer, scene_participle_doer, scene_security_force, threatened_goods_origin,
                        topic_party, tour_stops, traveller_of, unnamed_crowd, visit_host_beside, visit_of_talks,
                        wanted_clause, wanted_party, warned_act_agent)
from .dates import DateMention, _attachment, date_for, find_dates, may_anchor, refers_back, settle
from .factuality import classify, has_cue, is_future_clause
from .lexicon import get_lexicon
from .match import FROM_SOURCE_TYPES, GATHERING_NOUNS, MEETING_NOUNS, Candidate, find_candidates, split_group

EMBEDDING_TYPES = {"AGREE", "REQUEST", "REJECT", "THREATEN"}
# Sectors of private people: their trips are no diplomatic visits ("Japanese tourists visited Beijing")
PRIVATE_SECTORS = frozenset({"CVL", "EDU"})


@dataclass
class Extraction:
    events: list[Event] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    trace: list[dict[str, Any]] = field(default_factory=list)


def _side(actor: Actor | None) -> str:
    """What counts as the same party when comparing events: the IGO, else the country, else the name."""
    if actor is None:
        return ""
    if actor.kind == "igo" and actor.igo:
        return "igo:" + actor.igo
    return actor.country or actor.key


# Event types whose target is the other party of a talk or an accord, never its topic
TOPIC_TYPES = frozenset({"CONSULT", "AGREE"})

# Sectors that stand apart from their own state: talks between a government and its rebels, unions or
# farmers are an event
NON_STATE_SECTORS = frozenset({"REB", "OPP", "LAB", "AGR"})


def _same_party(a: Actor, b: Actor) -> bool:
    """One actor twice; two groups of one country with different sectors are two parties ("students protested
    against the government": CVL/EDU against GOV, a domestic event)."""
    return a.key == b.key and (a.kind != "org" or a.sector == b.sector)


def _distinct_persons(a: Actor | None, b: Actor | None) -> bool:
    """Two people who share no word of their names ("Musharraf" and "Shaukat Aziz"; not "Hu" and "Hu Jintao")."""
    if a is None or b is None or a.kind != "person" or b.kind != "person":
        return False
    return not set(a.name.lower().split()) & set(b.name.lower().split())


def _other_people(first: Event, ev: Event) -> bool:
    """A meeting of the same two countries that is another meeting: a second host met in another role ("He also
    met the Foreign Minister" after the President), a second traveller of the same country. The parties are compared
    side by side; the dedupe keys on countries because a restatement names its people more loosely."""
    return any(_distinct_persons(a, b) for a in (ev.source, ev.target) for b in (first.source, first.target)
               if a is not None and b is not None and _side(a) == _side(b))


def _named(actor: Actor | None, span, text: str) -> bool:
    """The person is named in the event's own sentence, not only reached through a pronoun ("they", "his")."""
    return actor is not None and span is not None and bool(
        set(text[span[0]:span[1]].lower().split()) & set(actor.name.lower().split()))


def _same_person(a: Actor | None, b: Actor | None) -> bool:
    """One named person twice ("Hu Jintao" and "Hu"): both people who share a word of their names."""
    return (a is not None and b is not None and a.kind == "person" and b.kind == "person"
            and bool(set(a.name.lower().split()) & set(b.name.lower().split())))


def _restates(first: Event, ev: Event, text: str) -> bool:
    """A later mention of an event already coded: same type, mode, code, ordered countries and status, and the same
    person acting (or received), named again, with no other counterpart ("Peres' visit to Morocco" ... "Peres,
    who arrived"). "They discussed trade" after a meeting names nobody and stays. The caller only asks this of an
    event whose sentence gives no date of its own, which would make it another occasion, and of one not recoded:
    a planned visit and a planned meeting both become intents to meet."""
    return (first.sentence_index < ev.sentence_index and first.type == ev.type and first.mode == ev.mode
            and first.cameo == ev.cameo and first.status == ev.status
            and (_side(first.source), _side(first.target)) == (_side(ev.source), _side(ev.target))
            and any(_same_person(getattr(first, role), getattr(ev, role))
                    and _named(getattr(ev, role), ev.spans.get(role), text) for role in ("source", "target"))
            and not _other_people(first, ev))


# "will also press Japan on beef" after "plans to ask Japan on rice": a speech act or pledge said with "also" in
# a later sentence is a further one between the same parties; meetings and invitations are not (one occasion
# is often retold with "also")
FURTHER_CUES = frozenset({"also"})


def _further_act(cand: Candidate, etype: str, cameo: str) -> bool:
    """The act is marked as one more of its kind ("X will also urge Y"): "also" on the trigger, its support verb
    or the verb whose infinitive it is. Meetings (CONSULT) and planned meetings or invitations (AGREE 036) are
    excluded: "he also met Y" retells the occasion as often as it adds one."""
    if etype == "CONSULT" or cameo == "036":
        return False
    heads = [cand.trigger] + ([cand.support_verb] if cand.support_verb is not None else [])
    heads += [h.head for h in list(heads) if h.dep_ in ("xcomp", "conj")]
    return any(c.dep_ == "advmod" and c.lower_ in FURTHER_CUES for h in heads for c in h.children)


def _own_pledge(first: Event, ev: Event, joint: bool) -> bool:
    """A pledge or statement of intent (AGREE other than a planned meeting) made by the other side is that side's
    own, not a restatement: "the two countries will jointly take the partnership forward" (coded from the first
    named) and then "Ochieng said Kenya is willing to strengthen cooperation with Uganda" are two events. A
    joint one ("the two sides will strengthen exchanges") has no side of its own: which is named first says
    nothing."""
    return not joint and ev.type == "AGREE" and ev.cameo != "036" and first.type == "AGREE" and first.source is not None \
        and ev.source is not None and _side(first.source) != _side(ev.source)


def _reply(first: Event, ev: Event, entry) -> bool:
    """"X invited Y to visit, and Y accepted the invitation", "X won assurances from Y that the law would pass
    before the X-Y summit": an act by another rule going the other way, directed or of another code, is the other
    side's own, not a second reading of the first. A meeting read from both ends stays one, and so do the acts of
    one subject ("X and Y will discuss the possibility of X opening a mission in Y")."""
    return first.rule != ev.rule and first.target is not None and ev.target is not None \
        and (not entry.symmetric or first.cameo != ev.cameo) \
        and (_side(first.source), _side(first.target)) == (_side(ev.target), _side(ev.source))


def _separate_act(first: Event, ev: Event, lemmas: dict[str, str], src_named: bool) -> bool:
    """Two acts of one kind between the same two parties, told in different sentences with words of different
    families and each dated only by the publication ("France's refusal to cut subsidies" ... "voters in France
    rejected the constitution"), the later one's doer named in its own sentence: the date key cannot tell them
    apart, and a restatement reuses a word of the first's family ("warned" ... "the warning") or refers back to its
    doer. Meetings are excluded: one meeting is retold in many words ("talks" ... "met", "visit")."""
    return (first.sentence_index != ev.sentence_index and src_named and ev.target is not None
            and ev.type != "CONSULT" and ev.cameo != "036" and first.date_how == ev.date_how == "published"
            and not _word_family(lemmas.get(first.event_id, ""), lemmas.get(ev.event_id, "")))


def _word_family(a: str, b: str) -> bool:
    """Two lemmas of one derivational family share their first four letters ("reject"/"rejection",
    "warn"/"warning"); an empty lemma is of every family (nothing to tell apart)."""
    return not a or not b or a[:4] == b[:4]


def _adversaries(a: Actor, b: Actor) -> bool:
    """Two parties of one country that are still two sides: a government and rebels or the opposition."""
    return (a.sector in NON_STATE_SECTORS) != (b.sector in NON_STATE_SECTORS)


def _one_side(a: Actor, b: Actor) -> bool:
    """Two mentions of one side that no sector tells apart ("the U.S." and an American official; a state
    counts as its government): an event of a country with itself is no event. A domestic event needs two
    sectors (the legislature against the president); protesters ("Kenyans took to the streets") are the people
    against their own authorities (the caller exempts protests)."""
    return _side(a) == _side(b) and not _adversaries(a, b) and (a.sector or "GOV") == (b.sector or "GOV")


def _dates_the_statement(dm: DateMention, cand: Candidate, doc) -> bool:
    """"The two sides will exchange views, a spokesman said on Thursday": a date on a reporting verb other
    than the trigger dates the statement, not the planned event, so it is not read as the coming day."""
    span = doc.char_span(dm.start, dm.end, alignment_mode="expand")
    if span is None:
        return False
    attach = _attachment(span.root)
    return attach.lemma_.lower() in REPORTING_VERBS and attach.i not in (
        cand.trigger.i, getattr(cand.support_verb, "i", None))


def _present_tense(cand: Candidate) -> bool:
    """"Nakasone leaves on Wednesday": a present-tense verb with a weekday speaks of the days ahead."""
    verb = cand.support_verb if cand.support_verb is not None else cand.trigger
    if verb.pos_ == "NOUN":
        verb = verb.head
    return verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _place_at(tok, year: int | None = None) -> Location | None:
    """The country-bearing place whose named entity covers the token, if any (the state of the report's year)."""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end and e.label_ in ("GPE", "LOC")), None)
    if ent is None:
        return None
    loc = places_mod.lookup(ent.text, how="sentence", year=year)
    return loc if loc is not None and loc.country else None


def _year_before(published: str) -> str:
    return f"{int(published[:4]) - 1:04d}{published[4:7]}"


def _names(arg: Arg | None) -> list[str]:
    return [a.name for a in arg.actors] if arg else []


_PAST_MARKERS = {"late", "then", "then-", "former", "ex"}


def _speaks_of_the_past(sent, published: str | None) -> bool:
    """Whether a sentence carries its own sign of the past: a marker word or a year well before the report."""
    year_now = int(published[:4]) if published else None
    for tok in sent:
        low = tok.lower_
        if low in _PAST_MARKERS or low.startswith("then-"):
            return True
        if year_now and len(low) == 4 and low.isdigit() and 1000 < int(low) < year_now - 1:
            return True
    return False


def _date_for(cand: Candidate, dates: list[DateMention], doc) -> DateMention | None:
    """The date expression of the candidate's event (dates.date_for)."""
    return date_for(cand.trigger, cand.support_verb, dates, doc)


def _warned_about(trig, warning) -> bool:
    """"warnings from X that US air strikes could harm relations": an event noun subject of the that-clause of a
    warning (hung on the warning or on the verb above it) is what is warned about, not an act of its own."""
    clause = trig.head
    if trig.dep_ not in ("nsubj", "nsubjpass") or trig.pos_ != "NOUN" or clause.dep_ not in ("ccomp", "acl") \
            or trig.i < warning.i or not any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
        return False
    holders = {warning.i, warning.head.i, warning.head.head.i}
    return clause.head.i in holders


# Acts whose object may be a tie with the one acted towards ("values the relations with China")
OBJECT_PARTNER_TYPES = frozenset({"SUPPORT", "AGREE", "COOPERATE"})
# A speaker's own acts said to an addressee ("assured Y that X will defend ...", "told Y it would not sign")
ASSURED_TYPES = frozenset({"AGREE", "SUPPORT", "REJECT", "COOPERATE", "AID", "THREATEN"})
# Pressing acts that a second verb of one subject aims at the party the first verb's object names ("accused Japan
# of ... and threatened to retaliate", "accused X ... and called for an end to ...")
CONJOINED_TYPES = frozenset({"THREATEN", "ACCUSE", "REQUEST", "REJECT", "SANCTION"})
# Acts that parties may take together, one pledge shared ("reaffirmed their commitment")
JOINT_TYPES = frozenset({"AGREE", "SUPPORT", "COOPERATE"})


def _shared_pledge(cand: Candidate) -> bool:
    """"A and B reaffirmed their commitment", "A and B jointly pledged", "A and B committed themselves", "in a joint
    statement, A and B ...": the act is one the sources share."""
    heads = [cand.trigger] + ([cand.support_verb] if cand.support_verb is not None else [])
    verbs = [h for h in heads if h.pos_ in ("VERB", "AUX")]
    objects = [c for h in verbs for c in h.children if c.dep_ == "dobj"]
    occasions = [o for h in verbs for p in h.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return any(c.dep_ == "poss" and c.lower_ == "their" for t in heads + objects for c in t.children) \
        or any(o.lower_ == "themselves" for o in objects) \
        or any(c.dep_ == "advmod" and c.lower_ in ("jointly", "together") for h in heads for c in h.children) \
        or any(c.dep_ == "amod" and c.lower_ == "joint" for o in occasions for c in o.children)


def _partner_phrase(cand: Candidate) -> bool:
    """"met with a panel of experts", "A's officials and a creditors' committee met", "visits to a
    temple", "arrived in Boston": the sentence says who or where the other side is, though it names no
    actor, so the article's usual partner is not it."""
    heads = [cand.trigger] + ([cand.support_verb] if cand.support_verb is not None else [])
    preps = {"with", "between"} | ({"to", "in", "for"} if cand.entry.mode == "visit" else set())
    for h in heads:
        if prep_objects(h, preps):
            return True
        if h.pos_ in ("VERB", "AUX") and any(
                (c.dep_ == "dobj" and cand.entry.mode == "visit") or (c.dep_ in ("nsubj", "nsubjpass") and conjuncts(c))
                for c in h.children):
            return True
    return False


def _briefing(cand: Candidate, cues) -> bool:
    """"a spokesman said at a press conference": a briefing is no gathering of parties unless the sentence names its
    other side ("a joint news conference with X")."""
    return cand.trigger.pos_ == "NOUN" and any(
        c.dep_ == "compound" and has_cue(c, cues.get("briefing_modifiers", ())) for c in cand.trigger.children)


def _answered_statement(cand: Candidate, other: Candidate, cues) -> bool:
    """"Kenya will not accept Uganda's demands for ...": a demand, charge or threat (cues.statement_types, the acts
    factuality keeps made when answered) with a maker of its own, other than the one answering it, was made; it is an
    event of its own, not only the object of the answer."""
    own = {_side(a) for a in cand.source.actors}
    return cand.entry.type.lower() in cues.get("statement_types", ()) and cand.trigger.pos_ == "NOUN" and bool(own) \
        and not own & {_side(a) for a in other.source.actors}


def _suppressed(cand: Candidate, cands: list[Candidate], cues) -> str | None:
    """Embedded triggers ("invited X to visit", "accepted the invitation") belong to the governing event."""
    trig = cand.trigger
    for other in cands:
        if other is cand:
            continue
        ot = other.trigger
        if trig in other.objects and not _answered_statement(cand, other, cues):
            return f"object of {other.entry.id}"
        if trig.dep_ in ("xcomp", "advcl") and trig.head.i == ot.i and any(
                c.lower_ == "to" and c.dep_ == "aux" for c in trig.children) and trig.i > ot.i:
            own = {_side(a) for a in cand.target.actors}
            if not (trig.dep_ == "advcl" and own and not own & {_side(a) for a in other.target.actors}):
                return f"purpose clause of {other.entry.id} ('{ot.text}')"
            # "will travel to X to meet Y": a purpose with another party of its own is an event of its own
        if other.entry.type == "REQUEST" and trig.head.i == ot.i and wanted_clause(trig):
            # "requested that X should meet Y": the meeting is what is asked for, not planned
            return f"the act asked for by {other.entry.id} ('{ot.text}')"
        if other.entry.type == "THREATEN" and _warned_about(trig, ot):
            return f"the act warned about by {other.entry.id} ('{ot.text}')"
        if other.entry.type in EMBEDDING_TYPES and not (trig.dep_ == "conj" and trig.head.i == ot.i):
            # (a verb coordinated with the embedding one is an act of its own: "X invited Y, and Y accepted
            # the invitation", "agreed to resume talks and pledged to boost trade")
            t = trig
            for _ in range(4):
                if t.head.i == t.i:
                    break
                if t.dep_ not in ("xcomp", "ccomp", "dobj", "pcomp", "conj"):
                    break
                t = t.head
                if t.i == ot.i:
                    return f"embedded under {other.entry.id} ('{ot.text}')"
    return None


class _Coder:
    def __init__(self, doc, article: Article, mentions: list[Mention], explain: bool):
        self.doc = doc
        self.article = article
        self.lex = get_lexicon()
        # ids of the visit entries, looked up once (visit_rule runs inside loops over the events coded)
        self.visit_entries = frozenset(e.id for e in self.lex.entries if e.mode == "visit")
        self.onto = get_ontology()
        self.index = MentionIndex(doc, mentions)
        self.explain = explain
        self.out = Extraction()
        self.anchor: DateMention | None = None
        self.by_rule: dict[str, list[Event]] = {}
        self.seen: dict[tuple, list[Event]] = {}
        self.published = article.published
        # a place stands for the state of the report's year ("Moscow" in 1987 is the Soviet Union)
        self.year = int(article.published[:4]) if article.published and article.published[:4].isdigit() else None
        self._dateline: Location | None | bool = False
        self.dates: list[DateMention] = []
        # target-less talks, calls, visits, meetings and invitations whose sentence leaves the other side unsaid
        self.partner_open: set[str] = set()
        # target-less pledges, proposals and calls, which may be made to the one organisation the source meets
        self.forum_open: set[str] = set()
        # events that may restate an earlier one (_restates): no date of their own, type not recoded
        self.undated: set[str] = set()
        # the trigger lemma of each event kept (_separate_act)
        self.lemmas: dict[str, str] = {}

    # ---------------------------------------------------------------- helpers
    def note(self, **entry) -> None:
        if self.explain:
            self.out.trace.append(entry)

    def dateline(self) -> Location | None:
        if self._dateline is False:
            self._dateline = places_mod.lookup(self.article.dateline, how="dateline", year=self.year) if self.article.dateline else None
        return self._dateline  # type: ignore[return-value]

    def set_anchor(self, cands: list[Candidate], dates: list[DateMention]) -> None:
        """A current date attached to a trigger of this sentence becomes the context date for what follows."""
        for cand in cands:
            dm = _date_for(cand, self.dates, self.doc)
            if dm is None or not may_anchor(dm, self.anchor, self.published, cand.trigger):
                continue
            self.anchor = dm
            return

    # ---------------------------------------------------------------- main loop
    def run(self) -> Extraction:
        triggers = self.lex.trigger_lemmas
        for si, sent in enumerate(self.doc.sents):
            if not any(t.lemma_.lower() in triggers for t in sent):
                continue
            rejected: list[dict] | None = [] if self.explain else None
            cands = find_candidates(sent, self.index, self.lex, rejected)
            for r in rejected or ():
                self.note(sentence_index=si, kind="rule_not_matched", **r)
            if not cands:
                continue
            dates = find_dates(sent.text, sent.start_char, self.published)
            self.dates = dates
            if dates:
                self.set_anchor(cands, dates)
            for cand in cands:
                why = _suppressed(cand, cands, self.lex.cues)
                if why:
                    self.note(sentence_index=si, kind="candidate", trigger=cand.trigger.text, rule=cand.entry.id,
                              emitted=False, why=why)
                    continue
                self.code(si, sent, cand)
        self.fill_counterparts()
        self.drop_covered()
        return self.out

    # the other party of talks left to the article ("after talks on the debt", "in a phone call"):
    # meetings (symmetric), visits and gatherings; invitations, which always have a guest
    COUNTERPART_TYPES = frozenset({"CONSULT"})
    COUNTERPART_MODES = frozenset({"visit", "summit"})      # besides the symmetric ones (talks, calls, meetings)
    INVITATION_MODES = frozenset({"invite", "accept_invitation"})
    COUNTERPART_ROLES = {"guest": "host", "host": "guest"}
    # praise, appreciation and good wishes are voiced to someone ("hailed the cooperation between the two
    # countries"); defending a stance (052) and signing or ratifying (057) need not face the article's partner
    COUNTERPART_CAMEOS = frozenset({"051", "054", "018"})

    # a proposal, pledge or call made at an organisation's gathering is made to the organisation
    FORUM_TYPES = frozenset({"AGREE", "REQUEST"})

    def fill_counterparts(self) -> None:
        """Talks, calls, visits, meetings, invitations and praise coded without their other side (partner_open) take
        the one party the whole article shows the source dealing with (article_partner); the rule says so
        ("+context.dyad") and confidence drops. An event that then repeats one coded with its target is dropped."""
        kept: list[Event] = []
        for ev in self.out.events:
            other = self.article_partner(ev.source) if ev.event_id in self.partner_open \
                and ev.status in ("occurred", "planned") else None
            forum = self.article_forum(ev) if ev.event_id in self.forum_open else None
            if forum is not None:
                ev = replace(ev, target=forum, rule=f"{ev.rule}+context.forum", event_id="",
                             confidence=round(ev.confidence * 0.7, 3),
                             participants=[*ev.participants, Participant("party", forum, None)])
            elif other is not None:
                role = self.COUNTERPART_ROLES.get(ev.participants[0].role, ev.participants[0].role)
                filled = replace(ev, target=other, rule=f"{ev.rule}+context.dyad", event_id="",
                                 confidence=round(ev.confidence * 0.7, 3),
                                 participants=[*ev.participants, Participant(role, other, None)])
                pair = sorted((_side(ev.source), _side(other)))
                if any(o.type == ev.type and o.target is not None and sorted((_side(o.source), _side(o.target))) == pair
                       and o.status == ev.status and (o.sentence_index == ev.sentence_index or o.date == ev.date)
                       for o in self.out.events) or (
                        ev.event_id in self.undated and any(_restates(o, filled, self.doc.text) for o in kept)):
                    self.note(sentence_index=ev.sentence_index, kind="candidate", rule=ev.rule, emitted=False,
                              why=f"context partner {_side(other)} repeats an event coded with it")
                    continue
                ev = filled
            kept.append(ev)
        self.out.events = kept

    def article_forum(self, ev: Event) -> Actor | None:
        """"In her speech, X proposed a decade against poverty" at the summit of an organisation the article has X's
        country meet: the organisation, when it is the one party the events before show the source dealing with,
        in a meeting."""
        own = _side(ev.source)
        partners: dict[str, Event] = {}
        for o in self.out.events:
            if o is ev:
                break
            if o.target is None or o.status not in ("occurred", "planned"):
                continue
            for a, b in ((o.source, o.target), (o.target, o.source)):
                if _side(a) == own and _side(b) != own:
                    partners[_side(b)] = o
        if len(partners) != 1:
            return None
        met = next(iter(partners.values()))
        other = met.target if _side(met.source) == own else met.source
        return other if other.kind == "igo" and (met.type == "CONSULT" or met.cameo == "036") else None

    def article_partner(self, src: Actor | None) -> Actor | None:
        """The one party the article's two-party events coded so far pair the source's side with (any type: a talk,
        a visit, a request, a negotiation before a signing); nothing when there are several, or when either side is
        an organisation (its members meet among themselves)."""
        if src is None or src.kind == "igo":
            return None
        own = _side(src)
        partners: dict[str, Actor] = {}
        for ev in self.out.events:
            if ev.target is None or ev.status not in ("occurred", "planned"):
                continue
            for a, b in ((ev.source, ev.target), (ev.target, ev.source)):
                if _side(a) == own and _side(b) != own:
                    partners[_side(b)] = b
        if len(partners) != 1:
            return None
        other = next(iter(partners.values()))
        return None if other.kind == "igo" else other

    def drop_covered(self) -> None:
        """"X arrived here for a visit to Y": a target-less event is a copy of one of the same type, by the
        same side, coded in its sentence with its target (signings stay: their agreements point at them)."""
        events = self.out.events
        def covered(e: Event) -> bool:
            return e.target is None and e.mode != "sign" and any(
                o is not e and o.sentence_index == e.sentence_index and o.type == e.type and o.target is not None
                and _side(o.source) == _side(e.source) for o in events)
        kept = [e for e in events if not covered(e)]
        for e in events:
            if all(e is not k for k in kept):
                start, end = e.spans["trigger"]
                self.note(sentence_index=e.sentence_index, kind="candidate", trigger=self.doc.text[start:end],
                          offset=start, rule=e.rule, emitted=False,
                          why="no target; covered by an event of the same type with its target in the sentence")
        self.out.events = kept

    def gathering_host_state(self, cand: Candidate, tgts: list[Actor], sent) -> Actor | None:
        """"the summit of the organisation opened in Lisbon", "the end of the X conference in Lisbon" (a
        gathering the clause is about): the country of its place hosts the organisation's meeting. Only "the
        summit of X" as a subject may take the dateline's country; an organisation named before the noun
        ("the IMF committee meeting") needs a place in the sentence, since such a meeting is often reported
        from a member's capital."""
        trig = cand.trigger
        if not tgts and trig.lemma_.lower() in GATHERING_NOUNS:
            owner = compound_organisation(trig, self.index)
            if not owner:
                return None
            cand.target = owner
        elif not tgts or cand.target.how != "nominal.of_igo" or any(a.kind != "igo" for a in tgts):
            return None
        place = places_mod.place_for(trig, sent, year=self.year)
        if place is None and cand.target.how == "nominal.of_igo" and trig.dep_ in ("nsubj", "nsubjpass"):
            place = self.dateline()
        if place is None or not place.country:
            return None
        cand.source.how = f"host from place ({place.how})"
        return Actor(name=places_mod.country_name(place.country) or place.country, kind="state",
                     country=place.country)

    def code(self, si: int, sent, cand: Candidate) -> None:
        entry = cand.entry
        trig = cand.trigger
        base = dict(sentence_index=si, kind="candidate", trigger=trig.text, offset=trig.idx, rule=entry.id,
                    frame=cand.source.how or cand.frame, source=_names(cand.source), target=_names(cand.target))
        if entry.require_future and not is_future_clause(trig, self.lex.cues):
            self.note(**base, emitted=False, why="needs a future or commitment cue (will, agreed to ...)")
            return
        if entry.mode == "visit" and cand.source and self.thing_subject(cand):
            self.note(**base, emitted=False, why="the one arriving is a thing, not a visitor")
            return
        self.recover_arguments(cand)
        if entry.type in TOPIC_TYPES:
            self.drop_topics(cand)
        srcs, tgts = split_group(cand.source, cand.target)
        target_how = cand.target.how
        inferred = None
        if entry.mode == "visit" and srcs and (all(a.kind == "org" and a.sector in PRIVATE_SECTORS for a in srcs)
                                               or self.bare_plural_people(cand.source)):
            self.note(**base, emitted=False, why="the travellers are private people (tourists, students), not envoys")
            return
        certainty = min(cand.source.certainty or 1.0, cand.target.certainty or 1.0)
        if not tgts and entry.target_from_previous:
            prev = self.by_rule.get(entry.target_from_previous) or []
            if prev and prev[-1].source is not None:
                tgts = [prev[-1].source]
                target_how = f"previous {entry.target_from_previous}"
                certainty *= 0.85
        if not entry.symmetric and entry.type in JOINT_TYPES and not tgts and len(srcs) >= 2 and \
                self.plural_pronoun_source(cand):
            # "They pledged to increase cooperation" with "they" (or "the two leaders") read as the two parties:
            # one act between them
            srcs, tgts = srcs[:1], srcs[1:]
            target_how = "group split (they)"
        if not entry.symmetric and entry.type in JOINT_TYPES and not tgts and _shared_pledge(cand) \
                and len(self.named_apart(cand.source, srcs)) >= 2:
            # "A, B and C renewed their pledge to cut tariffs": a pledge they share, the first
            # named with each other
            srcs, tgts = srcs[:1], srcs[1:]
            target_how = "group split (shared pledge)"
        if entry.symmetric and not tgts and len(srcs) >= 2 and len({_side(a) for a in srcs}) <= 2 \
                and not cand.source.how.endswith(".including"):
            # (members picked out of a larger group, "ministers including A, B and C", are not two sides; nor are
            # the leaders of five countries meeting, which is a gathering with no one pair)
            srcs, tgts = srcs[:1], srcs[1:2] + srcs[2:]
            target_how = "group split"
        if not srcs and gathering_in_focus(trig) and trig.tag_ == "NN":
            host = self.gathering_host_state(cand, tgts, sent)
            if host is not None:
                srcs, tgts = [host], list(cand.target.actors)
                certainty *= 0.7
        if not srcs and entry.mode == "sign" and not cand.source:
            pairs = self.occasion_parties(sent)
            if pairs:
                for s, t in pairs:
                    self.code_pair(si, sent, cand, [s], [t], "context (visit)", certainty * 0.7)
                return
        if srcs and not tgts and entry.mode == "sign":
            partner = self.article_partner(srcs[0])
            if partner is not None:
                tgts, target_how, inferred = [partner], "context (the article's one partner)", "context.dyad"
                certainty *= 0.7
        if not srcs and (entry.symmetric or entry.type in JOINT_TYPES) and not tgts:
            # "They pledged to increase cooperation" after a meeting: a pledge the two parties share
            pair = self.earlier_pair(si, cand)
            if pair is not None:
                srcs, tgts = [pair.source], [pair.target]
                cand.source.how = target_how = f"both sides of {pair.rule} in sentence {pair.sentence_index}"
                certainty *= 0.75
        if not srcs:
            self.note(**base, emitted=False, why="no source: cannot tell who acted")
            return
        self.code_pair(si, sent, cand, srcs, tgts, target_how, certainty, inferred)

    def recover_arguments(self, cand: Candidate) -> None:
        """Fill an empty slot from a construction the lexicon frame does not read (arguments.py, recovery):
        a headline's passive (its subject was acted on); a "from X" or "by X" hung one word off; a meeting
        verb misread as a participle; then for the target: the indirect object, the party deep in an
        infinitive, a delegation's destination, the doer warned about or accused, a border's other side, the
        owner of what was acted on, a protest's site or the protesters' own authorities. A party on the
        source's side is no target (except a protest's own government)."""
        trig = cand.trigger
        self.read_itinerary(cand)
        if cand.entry.mode == "visit" and cand.source.how.startswith("participle.") and cand.target and \
                {_side(a) for a in cand.target.actors} <= {_side(a) for a in cand.source.actors}:
            # "the visiting Peruvian minister raised concerns": the host read off the clause is the visitor;
            # "A and visiting B agreed": the host is A (else the place or the dateline, in code_pair)
            cand.target = visit_host_beside(trig, self.index)
        if cand.entry.type in ("COERCE", "ASSAULT") and cand.entry.actor_object and cand.source and not cand.target \
                and headline_passive(trig):
            # the ones detained are the subject; who detained them is not said
            cand.source, cand.target = Arg(how="participle.headline"), cand.source
            cand.target.how = "participle.headline.patient"
            return
        if not cand.source and cand.entry.admitted and cand.source.how == "organisation.unsaid":
            cand.source = self.organisation_joined_before()
        if not cand.source and cand.entry.type in FROM_SOURCE_TYPES:
            found = displaced_from(trig, self.index)
            if found:
                cand.source = found
        if not cand.source and (cand.entry.type == "MOBILIZE" or cand.entry.mode == "withdraw"):
            found = forces_owner(trig, self.index)
            if found:
                cand.source = found
        if not cand.source and cand.entry.mode != "sign":
            found = displaced_by(trig, self.index)
            if found:
                cand.source = found
        if not cand.source and trig.pos_ == "VERB":
            found = light_verb_agent(trig, self.index) or document_author(trig, self.index)
            if found:
                cand.source = found
        if not cand.source and cand.entry.type == "ASSAULT" and cand.entry.symmetric and cand.target:
            found = crowd_police(trig, cand.target.actors, self.index)
            if found:
                cand.source = found
        if not cand.source and cand.entry.mode == "visit":
            found = traveller_of(trig, self.index)
            if found:
                cand.source = found
        if not cand.source and cand.entry.symmetric and trig.pos_ == "NOUN":
            found = scene_participle_doer(trig, self.index) or appositive_scene_doer(trig, self.index)
            if not found and cand.target:
                # a meeting told or addressed has its partner named ("told a news conference" has none)
                found = addressed_meeting_doer(trig, self.index)
            if found:
                cand.source = found
        if not cand.source and not cand.target and cand.entry.symmetric and trig.pos_ == "NOUN":
            cand.source, cand.target = visit_of_talks(trig, self.index)
        if not cand.source and cand.source.how == "participle.passive" and cand.entry.type == "CONSULT":
            # a meeting verb is not read as a passive ("X, conferred with Y." is X conferring)
            found = root_noun_doer(trig, self.index)
            if found:
                cand.source = found
        if not cand.source and cand.entry.type == "PROTEST" and trig.pos_ == "VERB" and unnamed_crowd(trig, self.index):
            # "thousands of peasants marched through the streets of X": people of the country they march in
            dl = self.dateline()
            code = crowd_country(trig, self.index, dl.country if dl is not None else None)
            if code:
                name = f"{places_mod.country_name(code) or code} protesters"
                cand.source = Arg(actors=[Actor(name=name, kind="org", country=code, sector="CVL")],
                                  spans=[(trig.idx, trig.idx + len(trig.text))], how="crowd.place", certainty=0.7)
        if cand.target and cand.source and trig.pos_ == "VERB":
            # "invited Serbia along with Bosnia and Montenegro": the object's company is acted on with it
            obj = child(trig, {"dobj"})
            own = {_side(a) for a in cand.source.actors} | {_side(a) for a in cand.target.actors}
            for m in accompanying(trig, obj, self.index, after=True) if obj is not None else []:
                if _side(m.actor) not in own:
                    cand.target.add(m)
        if cand.target or not cand.source:
            return
        if cand.entry.type == "ASSAULT" and cand.entry.symmetric:
            # "protesters clashed with police": the crowd's own country's police (a party on its side)
            found = crowd_police(trig, cand.source.actors, self.index)
            if found:
                cand.target = found
                return
        verb = cand.support_verb if cand.support_verb is not None else (trig if trig.pos_ == "VERB" else None)
        tries = []
        etype = cand.entry.type
        if verb is not None:
            asks_none = etype == "REQUEST" and addressed_to_no_party(verb, self.index)
            tries += [lambda: dative_party(verb, self.index),
                      lambda: Arg() if asks_none else infinitive_target(verb, self.index),
                      lambda: group_destination(verb, self.index)]
        if etype == "REQUEST":
            tries.append(lambda: wanted_party(trig, self.index))
        if verb is not None:
            tries.append(lambda: letter_addressee(verb, self.index))
        if verb is not None and etype in ASSURED_TYPES:
            sides = {_side(a) for a in cand.source.actors}
            tries.append(lambda: assured_party(verb, self.index, lambda a: _side(a) in sides))
        if etype in WARNING_TYPES:
            tries.append(lambda: warned_act_agent(trig, cand.support_verb, self.index, self.lex.trigger_lemmas))
        if etype == "REJECT" and verb is not None:
            tries += [lambda: relative_clause_maker(verb, self.index), lambda: antecedent_maker(verb, self.index)]
        goods = self.lex.cues.get("goods_nouns", frozenset())
        if etype == "SANCTION" or cand.entry.cameo == "085":
            # sanctions imposed or lifted on a country's goods
            tries.append(lambda: goods_modifier_origin(trig, verb, self.index, goods))
        if etype == "THREATEN":
            tries.append(lambda: threatened_goods_origin(trig, self.index, goods))
        if etype in ("REJECT", "SUPPORT") and verb is not None:
            tries.append(lambda: object_maker(verb, self.index))
        if trig.pos_ == "VERB":
            tries.append(lambda: relative_object_party(trig, self.index))
        if verb is not None and etype in CONJOINED_TYPES:
            tries.append(lambda: conjoined_object_party(verb, self.index))
        if etype == "ACCUSE" and verb is not None:
            tries.append(lambda: accused_actor(verb, self.index, self.lex.trigger_lemmas))
        if etype in BORDER_TYPES:
            tries.append(lambda: border_neighbour(verb if verb is not None else trig, self.index))
        if etype in PATIENT_TYPES:
            tries.append(lambda: patient_owner(trig, self.index))
        if etype in BORDER_TYPES and verb is not None:
            tries.append(lambda: place_holder(verb, self.index))
        if etype == "MOBILIZE" and verb is not None:
            tries.append(lambda: provoker(verb, self.index))
        if cand.entry.cameo == "0874" and trig.pos_ == "VERB":
            tries.append(lambda: scene_security_force(trig, self.index))
        if etype == "PROTEST" and verb is not None:
            tries.append(lambda: protest_site(verb, self.index))
        if verb is not None and etype == "AID":
            tries.append(lambda: aid_recipient(verb, self.index))
        if verb is not None and etype in OBJECT_PARTNER_TYPES:
            tries.append(lambda: object_partner(verb, self.index))
        if etype == "CONSULT" and cand.entry.mode == "summit" and verb is not None and cand.objects:
            # "attended the meeting of ministers from the APEC forum": the organisation deep in the gathering
            tries.append(lambda: gathering_organisation(verb, cand.objects, self.index))
        if etype == "CONSULT" and trig.lemma_.lower() in GATHERING_NOUNS | MEETING_NOUNS:
            # "X spoke at the ASEAN summit": attending an organisation's gathering is meeting the organisation;
            # "X completed a round of IMF talks": talks named after an organisation are held with it
            tries.append(lambda: compound_organisation(trig, self.index))
        organisations = {a.igo for a in cand.source.actors if a.kind == "igo"}
        if etype == "CONSULT" and cand.entry.symmetric and len(organisations) == len(cand.source.actors) \
                and cand.source.how.startswith(("active.", "support.")):
            # an organisation's own meeting held in a country, the organisation the one that meets or holds it
            # (not a state's attendance; "X at the APEC meeting in Peru" names only the meeting)
            tries.append(lambda: gathering_host(trig, verb, organisations, self.year))
        own = {_side(a) for a in cand.source.actors}
        country = cand.source.actors[0].country
        if etype == "PROTEST" and country:
            # protesters' own authorities: the one target on the source's side
            tries.append(lambda: domestic_authority(verb if verb is not None else trig, self.index, country))
            own = set()
        for attempt in tries:
            found = attempt()
            kept = Arg(how=found.how, certainty=found.certainty)
            for a, sp in zip(found.actors, found.spans):
                if _side(a) not in own:
                    kept.actors.append(a)
                    kept.spans.append(sp)
            if kept:
                cand.target = kept
                return
        if etype in ("CONSULT", "AGREE", "COOPERATE") and country:
            # "talks with the country's union leaders": the acting state's own unions or farmers
            found = domestic_group([trig] + ([verb] if verb is not None else []), self.index, country)
            if found:
                cand.target = found

    def drop_topics(self, cand: Candidate) -> None:
        """Talks and agreements are with a party, not about it: a target named only inside the topic ("discuss the
        problems of X", "focused on EU relations with X") is dropped (arguments.topic_party)."""
        own = {_side(a).removeprefix("igo:") for a in cand.source.actors}
        kept = Arg(how=cand.target.how, certainty=cand.target.certainty)
        for a, sp in zip(cand.target.actors, cand.target.spans):
            span = self.doc.char_span(*sp, alignment_mode="expand")
            if span is None or not topic_party(span.root, self.index, own):
                kept.actors.append(a)
                kept.spans.append(sp)
        if len(kept.actors) < len(cand.target.actors):
            cand.target = kept

    def organisation_joined_before(self) -> Arg:
        """"the accession of A, B and C ... The three should all join by the spring": the organisation an
        unsaid "join" means is the one of the article's last event of support between a member and an organisation
        (an accession approved, a membership granted)."""
        for ev in reversed(self.out.events):
            if ev.type == "SUPPORT":
                for role in ("target", "source"):
                    org, span = getattr(ev, role), ev.spans.get(role)
                    if org is not None and org.kind == "igo" and span:
                        return Arg([org], [tuple(span)], "organisation.article", 0.7)
        return Arg()

    def read_itinerary(self, cand: Candidate) -> None:
        """Where a traveller goes, against the frame's first reading: "left Bahrain for Baghdad" sets out from
        Bahrain (no host); "her tour will include Honduras" goes there; "the town, occupied by X," is the place
        acted on (its country is the one that loses it, read as a place in code_pair)."""
        trig = cand.trigger
        if cand.entry.requires_place:
            origin, destinations = departure_origin(trig)
            if origin:
                cand.place_tokens = [t for t in cand.place_tokens if t.i not in origin] + [
                    o for o in destinations if o not in cand.place_tokens]
                kept = Arg(how=cand.target.how, certainty=cand.target.certainty)
                for a, sp in zip(cand.target.actors, cand.target.spans):
                    span = self.doc.char_span(*sp, alignment_mode="expand")
                    if span is None or span.start not in origin:
                        kept.actors.append(a)
                        kept.spans.append(sp)
                cand.target = kept
        if cand.entry.mode == "visit" and trig.pos_ == "NOUN":
            stops = tour_stops(trig)
            if stops:
                found = Arg(how="nominal.itinerary", certainty=0.85)
                for t in stops:
                    m = self.index.in_phrase(t)
                    if m is not None and m.actor.kind == "state":
                        found.add(m)
                cand.place_tokens = stops + cand.place_tokens
                if found:
                    cand.target = found
        if not cand.target and cand.frame == "participle.agent":
            cand.place_tokens = cand.place_tokens + acted_on_place(trig)

    def bare_plural_people(self, source: Arg) -> bool:
        """"visas for Pakistanis visiting India", "Kenyans travelling to Uganda": a nationality noun in the plural
        without "the" is people of that country, not its envoys ("the Pakistanis visited" may be a delegation)."""
        if len(source.spans) != 1:
            return False
        span = self.doc.char_span(*source.spans[0], alignment_mode="expand")
        if span is None or len(span) != 1:
            return False
        tok, actor = span[0], source.actors[0]
        plural = tok.tag_ in ("NNPS", "NNS") or (tok.ent_type_ == "NORP" and tok.lower_.endswith("s"))
        return plural and actor.kind == "state" and not any(c.dep_ == "det" for c in tok.children)

    PLURAL_SUBJECTS = frozenset({"they", "both"})
    SIDE_NOUNS = frozenset({"side", "country", "nation", "leader", "minister", "government", "delegation",
                            "party", "diplomat", "official", "president", "counterpart"})

    def plural_pronoun_source(self, cand: Candidate) -> bool:
        """The sources were all read from one "they" (or "both"), or one counted noun ("the two leaders"), not
        named one by one."""
        spans = {tuple(sp) for sp in cand.source.spans}
        if len(spans) != 1:
            return False
        span = self.doc.char_span(*next(iter(spans)), alignment_mode="expand")
        return span is not None and (span.text.lower() in self.PLURAL_SUBJECTS or self.counted_sides(span.root))

    @classmethod
    def counted_sides(cls, noun) -> bool:
        """"the two sides", "both leaders": a noun for a party counted as two."""
        return noun.lemma_.lower() in cls.SIDE_NOUNS and any(
            c.lower_ in ("two", "both") and c.dep_ in ("nummod", "det", "predet") for c in noun.children)

    def earlier_pair(self, si: int, cand: Candidate) -> Event | None:
        """"They discussed ...", "the two sides also agreed ...": a plural subject that names no one stands
        for the two parties of the event coded just before (this or the previous sentence)."""
        verb = cand.support_verb if cand.support_verb is not None else cand.trigger
        subj = None
        for _ in range(3):
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None or verb.dep_ not in ("conj", "xcomp") or verb.head.i == verb.i:
                break
            verb = verb.head
        if subj is None:
            return self.retold_meeting(si, cand)
        # "the two sides", "the ministers of the two countries": the pair may lie further back than "they"
        counted_pair = self.counted_sides(subj) or any(
            self.counted_sides(o) for p in subj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)
        plural = subj.lower_ in self.PLURAL_SUBJECTS or counted_pair
        if not plural or self.index.in_phrase(subj) is not None:
            return None
        for ev in reversed(self.out.events):
            if ev.sentence_index < si - (8 if counted_pair else 1):
                return None
            if ev.target is not None and ev.type in ("CONSULT", "AGREE", "COOPERATE", "SUPPORT") \
                    and _side(ev.source) != _side(ev.target) and ev.target.kind != "igo":
                return None if self.governs(ev, cand.trigger) else ev
        return None

    def governs(self, ev: Event, trigger) -> bool:
        """"A proposed to B that they meet": the act is what the event of its own sentence puts forward (its trigger
        governs the act's clause), so "they" are not yet two parties acting."""
        span = self.doc.char_span(*ev.spans["trigger"], alignment_mode="expand")
        if span is None:
            return False
        t = trigger
        while t.head.i != t.i and t.dep_ not in ("advcl", "conj"):   # ("..., while they endorsed ...": an act too)
            t = t.head
            if t.i == span.root.i:
                return True
        return False

    def retold_meeting(self, si: int, cand: Candidate) -> Event | None:
        """"Kenya and Uganda will hold talks on trade this month. Talks are set to open in Nairobi on Wednesday": a
        meeting noun that is itself the subject and names no party is held between the parties of the visit or
        the meeting plan reported one sentence back; only as the subject of the main clause ("sanctions would
        stay after the meeting started" may be another meeting). Talks already reported as talks are that event again (the
        article dedupe would keep the copy when only this sentence gives a date), so they lend no parties."""
        trig = cand.trigger
        if trig.pos_ != "NOUN" or trig.dep_ not in ("nsubj", "nsubjpass") or trig.head.dep_ != "ROOT" \
                or cand.entry.type != "CONSULT" \
                or any(c.dep_ in ("poss", "prep", "compound", "amod", "acl", "relcl") for c in trig.children):
            return None
        for ev in reversed(self.out.events):
            if ev.sentence_index < si - 1:
                return None
            if ev.target is not None and (ev.type == "CONSULT" or ev.cameo == "036") \
                    and _side(ev.source) != _side(ev.target):
                if not self.visit_rule(ev.rule) or self.gathering_arrivals(ev):
                    return None
                return ev
        return None

    def gathering_arrivals(self, visit: Event) -> bool:
        """"Leaders from A, B and C arrived in Dhaka for the summit": visits of several parties to one host in one
        sentence are arrivals at a gathering, so a meeting told of next is not held between one of them and the host."""
        return len({_side(e.source) for e in self.out.events if e.sentence_index == visit.sentence_index
                    and e.target is not None and _side(e.target) == _side(visit.target)
                    and self.visit_rule(e.rule)}) > 1

    def visit_rule(self, rule: str) -> bool:
        """The event was coded by a visit entry (a planned visit keeps its rule when it becomes AGREE 036)."""
        return rule.split("+")[0] in self.visit_entries

    THING_NOUNS = frozenset({"aid", "shipment", "donation", "cargo", "consignment", "goods", "delivery", "supply",
                             "relief", "food", "weapon", "arm", "equipment", "money", "fund", "loan", "grain", "fuel",
                             "medicine", "vaccine", "letter", "message"})

    def thing_subject(self, cand: Candidate) -> bool:
        """"Japanese aid arrived in Kabul": the subject's head noun is a thing, named after its giver."""
        verb = cand.support_verb if cand.support_verb is not None else cand.trigger
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in self.THING_NOUNS

    # forces pull out of the place their own sentence names: the reporter's city is not where they leave
    NO_DATELINE_TYPES = frozenset({"RETREAT"})

    def to_region(self, cand: Candidate) -> bool:
        """"began a tour of the Balkan region": the journey's destination is a region, so the dateline's state
        is no host."""
        regions = self.lex.cues.get("region_nouns", ())
        return any(c.dep_ == "prep" and any(o.dep_ == "pobj" and o.lemma_.lower() in regions for o in c.children)
                   for c in cand.trigger.children)

    def counted_gathering(self, cand: Candidate) -> bool:
        """"proposed holding five-nation talks with A, B, C and D": a meeting noun in the act named by the count of
        its parties or as multilateral is one gathering, not a meeting with each partner apart."""
        cues = self.lex.cues
        counts, nouns = cues.get("gathering_counts", ()), cues.get("gathering_count_nouns", ())
        for tok in cand.trigger.subtree:
            if tok.pos_ != "NOUN" or tok.lemma_.lower() not in MEETING_NOUNS:
                continue
            words = tok.doc[tok.left_edge.i:tok.i].text.lower().split()
            if any(w in cues.get("gathering_modifiers", ()) for w in words) or any(
                    len(parts) == 2 and (parts[0] in counts or parts[0].isdigit()) and parts[1].rstrip("s") in nouns
                    for parts in (w.split("-") for w in words)):
                return True
        return False

    def named_place(self, cand: Candidate) -> Location | None:
        """A place that is the object of the trigger ("visit to Kabul", "visited Hanoi"), else the place a
        relative "where" stands for: names the host country."""
        for tok in cand.place_tokens:
            loc = _place_at(tok, self.year)
            if loc is not None:
                return loc
        return self.relative_place(cand)

    def relative_place(self, cand: Candidate) -> Location | None:
        """"Officials in Uganda and Kenya, where he arrived next": the trigger's relative "where" stands for
        the place named right before it (the last of coordinated places), not the first place of the sentence."""
        verb = cand.support_verb if cand.support_verb is not None else cand.trigger
        where = next((c for c in verb.children if c.lower_ == "where" and c.dep_ == "advmod" and c.i < verb.i), None)
        if where is None or verb.dep_ != "relcl":
            return None
        for i in range(where.i - 1, verb.head.left_edge.i - 1, -1):
            loc = _place_at(verb.doc[i], self.year)
            if loc is not None:
                return loc
        return None

    OCCASION_WORDS = frozenset({"visit", "trip", "occasion", "talk", "summit", "tour"})

    def occasion_parties(self, sent) -> list[tuple[Actor, Actor]]:
        """Parties of "documents were signed on this occasion / during the visit": the article's visits so far."""
        if not any(t.lemma_.lower() in self.OCCASION_WORDS for t in sent):
            return []
        out: list[tuple[Actor, Actor]] = []
        for ev in self.out.events:
            if ev.type == "CONSULT" and ev.mode == "visit" and ev.status == "occurred" and ev.target is not None:
                pair = (ev.source, ev.target)
                if all(_side(p[1]) != _side(ev.target) for p in out):
                    out.append(pair)  # type: ignore[arg-type]
        return out

    def code_pair(self, si, sent, cand: Candidate, srcs: list[Actor], tgts: list[Actor], target_how, certainty,
                  inferred: str | None = None) -> None:
        entry = cand.entry
        trig = cand.trigger
        base = dict(sentence_index=si, kind="candidate", trigger=trig.text, offset=trig.idx, rule=entry.id,
                    frame=cand.source.how or cand.frame, source=[a.name for a in srcs], target=[a.name for a in tgts])
        # date, factuality, place
        dm = _date_for(cand, self.dates, self.doc)
        date_value = date_prec = date_text = date_how = None
        if dm is not None:
            date_value, date_prec, date_text, date_how = dm.value, dm.precision, dm.text, "sentence"
        # an actor in a historical role makes the event history only when the sentence gives no date
        # and itself speaks of the past ("the late President", "then-", an old year): a person once
        # named with an old date ("king since 1972") still acts in the present elsewhere.
        historical_actor = dm is None and any(a.historical for a in srcs + tgts) \
            and _speaks_of_the_past(sent, self.published)
        if dm is not None and not dm.explicit_year and self.published:
            plain, _ = classify(trig, entry, self.lex.cues, None, self.published, historical_actor,
                                own_negation=entry.type == "REJECT")
            if (plain == "planned" or _present_tense(cand)) and not _dates_the_statement(dm, cand, self.doc):
                later = dm.forward(self.published)
                date_value, date_prec, date_text = later.value, later.precision, later.text
        status, cue = classify(trig, entry, self.lex.cues, date_value, self.published, historical_actor,
                               own_negation=entry.type == "REJECT")
        date_value, date_prec, date_text, date_how = settle(
            (date_value, date_prec, date_text, date_how), self.anchor, (sent.start_char, sent.end_char),
            self.published, status, back_reference=refers_back(sent))
        location = places_mod.place_for(trig, sent, year=self.year)
        if entry.requires_place and not any(a.kind in ("state", "igo") for a in tgts):
            tgts = []
            if self.named_place(cand) is None:
                self.note(**base, emitted=False, why="travel verb without a named destination")
                return
        struck = entry.type == "ASSAULT" or entry.cameo.startswith("19")
        if not tgts and (entry.target_from_place or struck):
            place = self.named_place(cand)
            if place is None and not entry.requires_place and (entry.target_from_place or entry.type == "ASSAULT"):
                # the place struck is the sentence's own place, never the dateline's; a place held or blockaded
                # must be the act's own object ("occupied the town of X", not "occupying offices in X")
                place = location or (self.dateline() if status != "historical" and not struck
                                     and entry.type not in self.NO_DATELINE_TYPES and not self.to_region(cand) else None)
            src_country = srcs[0].country
            if place and place.country and place.country != src_country:
                name = places_mod.country_name(place.country) or place.country
                tgts = [Actor(name=name, kind="state", country=place.country)]
                target_how = f"place ({place.how})"
                certainty *= 0.8
        if len(tgts) >= 2 and self.counted_gathering(cand):
            tgts = []
        if entry.requires_target and not tgts:
            self.note(**base, emitted=False, why="needs a target")
            return
        # one event per (source, target) pair; a signing stays one event
        pairs: list[tuple[Actor, Actor | None]] = []
        if entry.mode == "sign" or (entry.symmetric and (not tgts or target_how == "group split")):
            pairs.append((srcs[0], tgts[0] if tgts else None))
        elif entry.symmetric:
            # "X met A and B", "consultations with A, B and C": one meeting per named partner; "A and B negotiated
            # deals with C": each party named on its own with C (not the members of "the two countries")
            pairs.extend((s, t) for s in [srcs[0], *self.named_apart(cand.source, srcs[1:])] for t in tgts)
        else:
            for s in srcs:
                for t in tgts or [None]:
                    pairs.append((s, t))
        for s, t in pairs:
            if t is not None and (_same_party(s, t) or (_one_side(s, t) and entry.type != "PROTEST") or (
                    _side(s) == _side(t) and not _adversaries(s, t) and entry.type in
                    ("CONSULT", "AGREE", "SUPPORT", "COOPERATE", "AID"))):
                self.note(**base, emitted=False, why=f"source and target are the same party ({_side(s)})")
                continue
            self.emit(si, sent, cand, s, t, status, cue, (date_value, date_prec, date_text, date_how),
                      self.place_of(cand, sent, t, status), certainty, target_how, inferred)

    @staticmethod
    def named_apart(arg: Arg, actors: list[Actor]) -> list[Actor]:
        """The actors that the argument names each with a span of its own, and that are a state or an
        organisation or belong to one ("A, B and C": yes; the members of one group word, a person of no
        country: no)."""
        def own_span(a: Actor) -> bool:
            return a in arg.actors and arg.spans.count(arg.spans[arg.actors.index(a)]) == 1
        return [a for a in actors if own_span(a) and (a.country or a.igo)]

    def place_of(self, cand, sent, target, status):
        """Where the event happened (places.event_place)."""
        host = target.country if target is not None and target.kind == "state" else None
        return places_mod.event_place(cand.trigger, sent, dateline=self.dateline(),
                                      destination=self.named_place(cand), host=host,
                                      visit=cand.entry.mode == "visit", historical=status == "historical",
                                      year=self.year)

    def where(self, location: Location | None, entry, target: Actor | None, status: str) -> Location | None:
        """The sentence's place, else the host country of a visit, else the dateline (not for history)."""
        if location is not None or status == "historical":
            return location
        dl = self.dateline()
        if entry.mode == "visit" and target is not None and target.kind == "state" and target.country:
            if dl and dl.country == target.country:
                return dl
            return places_mod.country_location(target.country, how="context")
        return dl

    def emit(self, si, sent, cand: Candidate, src: Actor, tgt: Actor | None, status, cue, dateinfo, location,
             certainty, target_how, inferred: str | None = None) -> None:
        """Build the event and keep it unless it repeats one already coded; an argument inferred from the
        article rather than read in the sentence shows in the rule ("support.sign.verb+context.dyad")."""
        entry = cand.entry
        trig = cand.trigger
        etype, emode, ecameo = entry.type, entry.mode, self.lex.refine_cameo(entry, trig)
        recode = self.lex.future_recode.get(etype)
        if status == "planned" and recode:
            # PLOVER: future-tense CONSULT/SUPPORT/COOPERATE/AID are AGREE (intent to ...)
            etype, ecameo = "AGREE", recode
            emode = emode if self.onto.types["AGREE"].allows(emode) else None
        elif status == "hypothetical" and (threat := self.lex.threat_code(etype, ecameo)):
            # "Kenya could sever ties with Ethiopia": saying so is a threat, made now
            etype, ecameo, emode = "THREATEN", threat, None
            cue, status = f"{cue} (threat)" if cue else "threat", "occurred"
        elif status == "negated" and etype in self.lex.negated_recode:
            # "Kenya could not agree with Ethiopia": the refusal happened
            etype, ecameo, emode = "REJECT", self.lex.negated_recode[etype], None
            cue, status = f"{cue} (refusal)" if cue else "refusal", "occurred"
        code = self.onto.cameo[ecameo]
        ptype = self.onto.types[etype]
        src_span = cand.source.spans[cand.source.actors.index(src)] if src in cand.source.actors else None
        tgt_span = cand.target.spans[cand.target.actors.index(tgt)] if tgt is not None and tgt in cand.target.actors else None
        if tgt is not None and tgt_span is None and tgt in cand.source.actors:
            tgt_span = cand.source.spans[cand.source.actors.index(tgt)]
        participants = []
        roles = entry.roles or {}
        participants.append(Participant(roles.get("source", "party"), src, tuple(src_span) if src_span else None))
        if tgt is not None:
            participants.append(Participant(roles.get("target", "party"), tgt, tuple(tgt_span) if tgt_span else None))
        if cand.witnesses:
            for a, sp in zip(cand.witnesses.actors, cand.witnesses.spans):
                participants.append(Participant("witness", a, tuple(sp)))
        signatories = list(cand.signatories.actors) if cand.signatories else []
        for a, sp in zip(signatories, cand.signatories.spans if cand.signatories else []):
            if all(a.key != p.actor.key or p.role != "signatory" for p in participants):
                participants.append(Participant("signatory", a, tuple(sp)))
        date_value, date_prec, date_text, date_how = dateinfo
        confidence = entry.strength * certainty * (0.9 if tgt is None else 1.0) * (0.95 if date_how == "published" else 1.0)
        ev = Event(
            doc_id=self.article.doc_id, type=etype, mode=emode, context=list(entry.context),
            cameo=ecameo, goldstein=code.goldstein, quad=ptype.quad, source=src, target=tgt,
            sentence=sent.text, sentence_index=si,
            spans={"trigger": [trig.idx, trig.idx + len(trig.text)], "source": list(src_span) if src_span else None,
                   "target": list(tgt_span) if tgt_span else None},
            rule=f"{entry.id}+{inferred}" if inferred else entry.id, confidence=round(confidence, 3),
            participants=participants,
            date=date_value, date_precision=date_prec, date_text=date_text, date_how=date_how,
            status=status, status_cue=cue, location=location,
        )
        base = dict(sentence_index=si, kind="candidate", trigger=trig.text, offset=trig.idx, rule=entry.id,
                    frame=cand.source.how or cand.frame, source=[src.name], target=[tgt.name] if tgt else [],
                    target_how=target_how, status=status, cue=cue, date=date_value, date_how=date_how)
        # duplicates: one event per type, parties and status in a sentence; and per type, mode, code,
        # parties, date and status in the article (a mirrored visit/host is one)
        mode_key = "visit" if ecameo in ("042", "043") and (tgt is None or tgt.kind != "igo") else emode
        sides = (_side(src), _side(tgt))
        if ecameo == "043" and mode_key == "visit":
            sides = sides[::-1]          # "A hosted B" is "B visited A"
        if entry.symmetric or etype != entry.type:
            sides = tuple(sorted(sides))
        # a visit keeps its direction: "X's trip follows visits to X by Y officials" is two visits
        in_sentence = (si, etype, sides if mode_key == "visit" else tuple(sorted(sides)), status, mode_key == "visit")
        key = (etype, mode_key, "visit" if mode_key == "visit" else ecameo, sides, date_value, status)
        if tgt is None and _briefing(cand, self.lex.cues):
            self.note(**base, emitted=False, why="a briefing with no other side named")
            return
        if tgt is None:
            # "recalled its ambassador from X and suspended ties", "At the talks, ...": a target-less copy of
            # an event already coded with its target adds nothing
            for first in self.out.events:
                if first.type == etype and first.target is not None and _side(first.source) == _side(src) and (
                        first.sentence_index == si or (first.date == date_value and first.status == status)):
                    self.note(**base, emitted=False, why=f"no target; covered by {first.rule} in sentence {first.sentence_index}")
                    return
            if src.kind == "igo" and any(o.type == etype and o.sentence_index == si and o.target is not None
                                         and _side(o.target) == _side(src) for o in self.out.events):
                # "attended the meeting of the APEC forum": the organisation's own gathering, already coded
                # as the attendance of it
                self.note(**base, emitted=False, why="no target; the organisation's gathering is attended in the sentence")
                return
        further = _further_act(cand, etype, ecameo)
        joint = (target_how or "").startswith(("group split", "both sides"))
        if date_how != "sentence" and etype == entry.type and not further:
            first = next((o for o in self.out.events if tgt is not None and _restates(o, ev, self.doc.text)), None)
            if first is not None:
                self.note(**base, emitted=False, why=f"restates {first.rule} in sentence {first.sentence_index}")
                return
            self.undated.add(ev.event_id)
        self.lemmas[ev.event_id] = trig.lemma_.lower()
        src_named = src_span is not None and _named(src, src_span, self.doc.text)
        for k in (in_sentence, key):
            # a later sentence's meeting of the same countries with another person is another meeting (one
            # sentence naming several hosts, "met A, B and C", stays one occasion)
            first = next((o for o in self.seen.get(k, ()) if (not _reply(o, ev, entry) if k is in_sentence else not (
                (entry.type == "CONSULT" and _other_people(o, ev)) or further or _own_pledge(o, ev, joint)
                or _separate_act(o, ev, self.lemmas, src_named)))), None)
            if first is not None:
                self.note(**base, emitted=False, why=f"duplicate of {first.rule} in sentence {first.sentence_index}")
                return
        self.seen.setdefault(in_sentence, []).append(ev)
        self.seen.setdefault(key, []).append(ev)
        if entry.mode == "sign" and cand.objects and status in ("occurred", "planned", "historical"):
            self.out.agreements.extend(build_agreements(ev, cand.objects, self.doc, self.lex.instruments, signatories))
        self.out.events.append(ev)
        if tgt is None and not _partner_phrase(cand) and (entry.mode in self.INVITATION_MODES or (
                etype in self.COUNTERPART_TYPES and (entry.symmetric or emode in self.COUNTERPART_MODES))
                or (etype == "SUPPORT" and ev.cameo in self.COUNTERPART_CAMEOS)):
            self.partner_open.add(ev.event_id)
        if tgt is None and etype in self.FORUM_TYPES and src.kind != "igo":
            self.forum_open.add(ev.event_id)
        self.by_rule.setdefault(entry.id, []).append(ev)
        self.note(**base, emitted=True, why="emitted", event_id=ev.event_id, cameo=ev.cameo, type=ev.type)


def extract_events(doc, article: Article, mentions: list[Mention], *, explain: bool = False) -> Extraction:
    """Code the events of one parsed article (``doc`` is the parse of ``normalise_quotes(article.body)``)."""
    return _Coder(doc, article, mentions, explain).run()
