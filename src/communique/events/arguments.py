"""Who did it to whom: from a trigger token to source and target actors over the dependency parse.

Argument rules (each named in the trace):
  active     nsubj -> source; dobj / target preposition object -> target
  passive    "by X" (agent) -> source; nsubjpass -> target
  control    xcomp / acl / advcl / conj without a subject borrow one ("agreed to enhance", "invited X to visit")
  nominal    poss / "by X" -> source; target preposition -> target; subject of a support verb ("paid a visit")
  between    "between X and Y" -> both
  modifier   two actors among a noun's modifiers ("a Vietnam - Chile joint statement")
  participle.adjective  "talks with visiting X": X is the visitor, the clause subject the host
  role       an unresolved "the king"/"the president": the one person named earlier with that title
  pronoun    an unresolved he/she: the person subject before it in its sentence, else the previous
             sentence's subject when that is one person
Frames added in match.py: invitation.of ("at the invitation of X"), nominal.of_igo (a summit "of" an
organisation; host from "opened by X" or the place), object.meeting.with ("chaired the meeting with X"),
object.originator ("accepted an invitation from X"), partitive "a round of talks".
Round 2 (here): relative "with whom"; role nouns with a plain adjective ("the constitutional monarch");
he/she past quoted sentences and country subjects, by the head of the main subject, chained; "it" = the
country/organisation subject before it; "them" = the plural object before it; "his country" = the person's
country; "his" in a fronted phrase, inside the subject phrase, or after "B's <noun> and his ..."; participle
agents ("X, backed by Y"); "X, ending a visit, said"; subject through an adjective ("is ready to");
"a delegation led by X".
Round 3: "the organisation"/"the alliance" = the organisation named last, "the kingdom" = the monarchy named
last; coordinated nationality words ("the U.S., Japanese and EC ministers", "Spanish and Moroccan police");
persons before an "and" inside one subject phrase; a dateline parsed as a first subject; a reduced relative
("a businessman charged with ... was arrested"); an agent after coordinated participles. The recovery
section (end of this module, called from extract.py) fills a slot the lexicon frame left empty.
Round 5: a "visiting" participle misread as a verb ("A and visiting B agreed"); "his" in an object-control
infinitive is the object ("told B to keep calm during his visit"); members named by "including" stand for a
plural noun that names no one; "they" for the two or more parties named together before it; a bare "the
three" for the list of three states before it; "the Union" capitalised as "the union"; "officials in <city>";
in recovery, a tie named as the object ("values the relations with X") and aid's recipient inside its object.
Round 6: in recovery, the "of" phrase of a visit noun is the traveller ("the visit of X to Y").
Round 7 (unseen-article audits): "left X for Y" sets out from X; "her tour will include X"; the place a
participle acts on ("the Strip, occupied by X,"); an organisation's own meeting held in a country is with
its host; the organisation deep in an attended gathering ("the meeting of ministers from the APEC forum");
a country in the "of" phrase of a topic noun or in another side's tie is a topic, not a party.
Round 8: a participle misread as an apposition of the subject lends it the talks in its time phrase ("X,
briefing reporters after talks with Y, said"); a state read as the subject of a for-to clause under a departure
verb is the destination ("left for Manila to attend the summit"); a warning's that-clause hung above the noun;
talks during X's visit to Y are between X and Y.
Session 4, round 2 (fresh-article audit): the subject of a light verb does the infinitive on its object ("he would
make efforts to improve relations with Y"); a document speaks for its author or issuer ("a statement by X urged Y",
"X issued a statement urging Y"); the one asked is the subject of a mandative complement ("requesting Japan buy",
"that X should meet Y"); police facing a crowd of one country are that country's; co-actors joined by "along with"
before the verb; rejecting "the overture" answers the one who made it shortly before.
Session 4, round 3: people named by a plural noun in a group's "of" phrase are those of its own of/from phrase
("a delegation of young lawmakers of Japan's X party"); in recovery, rejecting or welcoming a thing answers its
maker (a relative clause on it, "a plan that was rejected by Y"; its "by/from X" or participle agent, "demands by
X", "the plan put forward by X"); a sanction on goods named by a country's adjective falls on that country
("tariffs on Japanese electronic goods", "banned imports of Ugandan beef").
In extract.py: an organisation's gathering the clause is about is hosted by the country of its place, also with
the organisation named before the noun ("the ASEAN summit in Manila"), and attending it meets the organisation;
praise, recognition and good wishes without an addressee take the article's one partner. Round 2: "They pledged"
after talks is one act between the two; a bare "Talks are due to begin" after a visit is held by its parties; the
article dedupe keeps a further act marked "also", the other side's own pledge, and, in a sentence, the other side's
answer ("X invited Y, and Y accepted"); a verb coordinated with an embedding one is an act of its own.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..actors.gazetteer import fold, gazetteer
# "the three signed the pact": a bare count standing for that many parties named together before it (the actor reader
# turns the ones it can into a group mention; counted_antecedent reads the rest)
from ..actors.resolve import COUNT_WORDS
from ..model import Actor, Mention
from .places import country_name, lookup

SUBJ = {"nsubj", "csubj"}
PASS_SUBJ = {"nsubjpass", "csubjpass"}
# Role nouns that may stand for a person named earlier with one of these title words
ROLE_TITLES = {
    "king": {"king"}, "queen": {"queen"}, "monarch": {"king", "queen", "emperor", "sultan", "emir", "monarch"},
    "emperor": {"emperor"}, "sultan": {"sultan"}, "emir": {"emir"}, "president": {"president"},
    "premier": {"premier"}, "chancellor": {"chancellor"}, "pope": {"pope"},
}
# Groups that act for whoever leads them ("a delegation led by X")
GROUP_NOUNS = frozenset({"delegation", "team", "mission", "group", "party", "entourage", "contingent"})
# "his country", "her government": the country of the person
MONARCHY_NOUNS = frozenset({"kingdom", "sultanate", "emirate", "principality", "sheikdom", "sheikhdom"})
OWN_COUNTRY_NOUNS = frozenset({"country", "government", "nation"})
# People who act for the government of the place they are "in" ("officials in Kampala")
OFFICIAL_NOUNS = frozenset({"official", "authority", "leader", "minister"})
# "urged the organisation to ...": a definite description standing for the organisation named before it
IGO_DESCRIPTIONS = frozenset({"organisation", "organization", "alliance", "bloc", "body", "grouping", "union"})
# How many sentences before a definite description its organisation may be named (and no other one)
IGO_DESCRIPTION_REACH = 3
NP_DEPS = {"compound", "amod", "nmod", "poss", "flat", "appos", "nummod", "det", "case", "punct", "npadvmod"}


@dataclass
class Arg:
    """Actors found for one slot, with where they came from."""

    actors: list[Actor] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    how: str = ""
    certainty: float = 1.0

    def __bool__(self) -> bool:
        return bool(self.actors)

    def add(self, mention: Mention) -> None:
        members = mention.members if mention.actor.kind == "group" and mention.members else [mention.actor]
        for actor in members:
            if all(actor.key != a.key for a in self.actors):
                self.actors.append(actor)
                self.spans.append((mention.start, mention.end))


class MentionIndex:
    """Find the actor mention on or under a token."""

    def __init__(self, doc, mentions: list[Mention]):
        self.by_token: dict[int, Mention] = {}
        for m in mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for t in span:
                # a longer mention wins over a shorter one on the same token
                old = self.by_token.get(t.i)
                if old is None or (old.end - old.start) < (m.end - m.start):
                    self.by_token[t.i] = m

    def at(self, token) -> Mention | None:
        m = self.by_token.get(token.i)
        if m is None and token.lower_ in ("he", "she") and token.pos_ == "PRON":
            m = self.previous_person(token)
        if m is None and token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in ROLE_TITLES:
            m = self.role_holder(token)
        if m is None and token.lemma_.lower() in OWN_COUNTRY_NOUNS and token.tag_ == "NN":
            m = self.own_country(token)
        if m is None and token.lower_ == "it" and token.pos_ == "PRON" and token.dep_ in ("nsubj", "nsubjpass"):
            m = self.previous_body(token)
        if m is None and token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in IGO_DESCRIPTIONS:
            m = self.described_igo(token)
        if m is None and token.pos_ == "NOUN" and token.lower_ in MONARCHY_NOUNS:
            m = self.described_kingdom(token)
        if m is None and token.lower_ in ("whom", "who") and token.tag_ == "WP":
            # "X, with whom the minister met": the relative pronoun stands for the noun its clause modifies
            ante = relative_antecedent(token)
            if ante is not None and ante.i != token.i:
                m = self.by_token.get(ante.i)
            if m is None:
                # the clause hung on the wrong noun: "a message from X, with whom ...": the person named
                # right before the comma
                i = token.i - (2 if token.head.dep_ == "prep" and token.head.i == token.i - 1 else 1)
                while i >= token.sent.start and token.doc[i].is_punct:
                    i -= 1
                near = self.by_token.get(i) if i >= token.sent.start else None
                if near is not None and near.actor.kind == "person":
                    m = near
        return m

    def role_holder(self, token) -> Mention | None:
        """An unresolved "the king", "the monarch", "the president": the one person named earlier in the
        article with that title; nothing when two different people fit."""
        if token.tag_ in ("NNS", "NNPS") or not _definite(token):
            return None
        if any(c.dep_ in ("compound", "poss", "prep") or (c.dep_ == "amod" and (
                c.i in self.by_token or c.text[:1].isupper())) for c in token.children):
            return None       # "the Chilean president", "the president of X": the actor resolver's call
        # a plain adjective ("the constitutional monarch", "the visiting king") keeps the role
        words = ROLE_TITLES[token.lemma_.lower()]
        found: Mention | None = None
        for i in range(token.i - 1, -1, -1):
            m = self.by_token.get(i)
            if m is None or m.actor.kind != "person" or not m.actor.title:
                continue
            if not set(m.actor.title.lower().split()) & words:
                continue
            if found is not None and found.actor.key != m.actor.key:
                return None
            found = found or m
        return found

    def described_igo(self, token) -> Mention | None:
        """"the organisation", "the alliance", "the Union": the organisation named last, in this sentence
        or the few before it; nothing when the sentence naming it (up to the noun) names another one, or the
        noun is qualified ("the organisation of the summit", "the Kenyan body")."""
        if token.tag_ not in ("NN", "NNP") or not _definite(token):
            return None       # ("the Union", capitalised as the organisation's short name, is one too)
        if any(c.dep_ in ("compound", "poss", "prep", "nmod", "appos") or (c.dep_ == "amod" and (
                c.i in self.by_token or c.text[:1].isupper())) for c in token.children):
            return None
        if token.dep_ == "compound":
            return None       # "the union leaders", "the alliance members"
        doc = token.doc
        first = _reach_start(token, IGO_DESCRIPTION_REACH)
        found: Mention | None = None
        found_at = token.i
        for i in range(token.i - 1, first - 1, -1):
            if found is not None and i < doc[found_at].sent.start:
                break
            m = self.by_token.get(i)
            if m is None or m.actor.kind != "igo":
                continue
            if found is not None and found.actor.key != m.actor.key:
                return None
            if found is None:
                found, found_at = m, i
        return found

    def described_kingdom(self, token) -> Mention | None:
        """"arrived in the kingdom", "moved troops into the tiny coastal sultanate": the monarchy named last
        in this sentence or the one before, when no other state is named between them (descriptive adjectives
        allowed, a nationality word or an owner is not)."""
        if not _definite(token) or any(
                c.dep_ in ("compound", "poss", "prep") or (c.dep_ == "amod" and c.i in self.by_token)
                for c in token.children):
            return None
        first = _reach_start(token, 1)
        for i in range(token.i - 1, first - 1, -1):
            m = self.by_token.get(i)
            if m is None or m.actor.kind != "state":
                continue
            return m if m.actor.country in gazetteer().monarchies else None
        return None

    def own_country(self, token) -> Mention | None:
        """"his country", "her government": the country of the person the possessive stands for."""
        poss = [c for c in token.children if c.dep_ == "poss" and c.lower_ in ("his", "her")]
        if not poss or any(c.dep_ in ("amod", "compound") and c.i in self.by_token for c in token.children):
            return None
        owner = self.possessor(poss[0])
        if owner is None or owner.actor.kind != "person" or not owner.actor.country:
            return None
        code = owner.actor.country
        span = (token.left_edge.idx, token.idx + len(token.text))
        actor = Actor(name=country_name(code) or code, kind="state", country=code)
        return Mention(owner.doc_id, token.doc.text[span[0]:span[1]], span[0], span[1], actor, how="possessive.country")

    def previous_body(self, token) -> Mention | None:
        """An unresolved subject "it": the nearest clause subject before it in its sentence ("Kenya said it
        would ..."), else the main subject of the previous sentence, when that is a country, an organisation
        or an institution; nothing when that subject is a person or names no actor ("The plan ... It")."""
        doc = token.doc
        own = token.sent
        near = None
        for i in range(token.i - 1, own.start - 1, -1):
            if doc[i].dep_ in ("nsubj", "nsubjpass") and doc[i].lower_ != "it":
                near = doc[i]
                break
        if near is None and own.start > 0:
            prev = doc[own.start - 1].sent
            near = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if near is not None and _in_quote(near):
                return None
        if near is None:
            return None
        m = self.in_phrase(near) if near.pos_ != "PRON" else None
        if m is None or m.actor.kind in ("person", "group"):
            return None
        return m

    def previous_person(self, token, sentences_back: int = 2, chain: bool = True) -> Mention | None:
        """An unresolved "he"/"she": the person who is the subject before it in its own sentence ("X said he
        would ..."), else the subject of the nearest earlier sentence that has one, if that is one person."""
        doc = token.doc
        own = token.sent
        for i in range(token.i - 1, own.start - 1, -1):
            m = self.by_token.get(i)
            if m is not None and m.actor.kind == "person" and _is_subject(doc[i]):
                return m
        seen_persons: set[str] = set()     # persons named in the sentences passed over
        sent = own
        for _ in range(sentences_back):
            if sent.start == 0:
                return None
            sent = doc[sent.start - 1].sent
            while sent.start > 0 and _stray_quote(sent):
                sent = doc[sent.start - 1].sent     # a closing quote split off as a "sentence" of its own
            subjects = []
            # the main clause's subject counts ("X acknowledged that A and B ..." is about X); in it, the
            # mention on the head noun ("Israeli Prime Minister X": X, not Israel)
            main = {sent.root.i, *(c.i for c in sent.root.children if c.dep_ == "conj")}
            heads = [c for i in main for c in sent.doc[i].children if c.dep_ in ("nsubj", "nsubjpass")]
            if heads:
                for h in heads:
                    for u in [h, *conjuncts(h)]:
                        m = self.by_token.get(u.i)
                        if m is None and chain and u.lower_ in ("he", "she") and u.pos_ == "PRON":
                            m = self.previous_person(u, sentences_back, chain=False)
                        if m is None:
                            m = self.in_phrase(u)
                        owner = next((c for c in u.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
                        if m is None and chain and owner is not None:
                            # "His supporters said ...": the sentence is about the person the possessive names
                            m = self.previous_person(owner, sentences_back, chain=False)
                        if m is not None and not _in_quote(u) and m not in subjects:
                            subjects.append(m)
            for t in ([] if heads else sent):
                m = self.by_token.get(t.i)
                if m is None and chain and t.lower_ in ("he", "she") and t.pos_ == "PRON" and _is_subject(t):
                    m = self.previous_person(t, sentences_back, chain=False)   # "He visited X. He then ..."
                if m is None:
                    continue
                if _is_subject(t) and not _in_quote(t) and m not in subjects:
                    subjects.append(m)
            persons = {m.actor.key for m in subjects if m.actor.kind == "person"}
            if len(persons) == 1 and len(subjects) == 1:
                return subjects[0] if seen_persons <= persons else None
            if persons:
                return None       # the previous subject is not one person: do not guess
            seen_persons.update(self.by_token[t.i].actor.key for t in sent if t.i in self.by_token
                                and self.by_token[t.i].actor.kind == "person" and not _in_quote(t))
            # no person subject ("China is the third stop of his tour", a quoted sentence): a he/she
            # cannot stand for a country or an organisation, so look one sentence further back, as
            # long as the sentences passed over name no other person
        return None

    def in_phrase(self, token, depth: int = 3) -> Mention | None:
        """The mention on the token, else the nearest one among its noun-phrase modifiers."""
        m = self.at(token)
        if m is not None:
            return m
        if depth == 0:
            return None
        found: Mention | None = None
        for child in token.children:
            if child.dep_ in NP_DEPS:
                m = self.in_phrase(child, depth - 1)
                if m is not None and m.actor.kind == "person" and child.dep_ in ("appos", "flat", "compound"):
                    return m      # "his Japanese counterpart Taro Aso": the person named, not the demonym
                found = found or m
        return found

    def plural_antecedent(self, token) -> list[Mention]:
        """An unresolved object "them": the nearest plural object before it in its sentence that names
        actors ("talks with counterparts from A and B, to urge them to ..." -> A, B). An unresolved subject
        "they": the nearest object or subject before it that names two or more ("asked A and B whether they
        would ..."), since a plural noun alone may be people rather than the parties."""
        subject = token.lower_ == "they"
        deps = ("pobj", "dobj", "nsubj", "nsubjpass") if subject else ("pobj", "dobj")
        for i in range(token.i - 1, token.sent.start - 1, -1):
            t = token.doc[i]
            if t.dep_ not in deps or t.pos_ not in ("NOUN", "PROPN") or t.lower_ == "they":
                continue
            found = self.phrase_with_conjuncts(t)
            if not found:
                continue
            outer = t.head.head
            if t.dep_ == "pobj" and outer.dep_ in ("pobj", "dobj") and outer.i < t.i \
                    and outer.lower_ != "them" and self.phrase_with_conjuncts(outer):
                continue           # inside a larger object ("counterparts from A and B"): take the larger one
            return found if len(found) >= 2 or (t.tag_ in ("NNS", "NNPS") and not subject) else []
        return []

    def phrase_with_conjuncts(self, token) -> list[Mention]:
        """Mentions for a token and its coordinated siblings ("Chile and Peru")."""
        if token.lower_ in ("them", "they") and token.pos_ == "PRON" and token.i not in self.by_token:
            return self.plural_antecedent(token)
        if token.lower_ in COUNT_WORDS and token.pos_ == "NUM" and _definite(token) and token.i not in self.by_token:
            return self.counted_antecedent(token)
        found: list[Mention] = []
        for t in [token, *conjuncts(token)]:
            m = self.in_phrase(t)
            if m is not None and (states := self.mission_of(t)):
                found += [mm for mm in states if mm not in found]
                continue
            if m is None:
                for mm in self.through_prep(t) or self.led_by(t) or self.included(t):
                    if mm not in found:
                        found.append(mm)
            elif m not in found:
                found.append(m)
            # "Indian and French navies": coordinated modifiers name several actors (the first one too, when
            # the noun itself carried a mention: "Spanish and Moroccan police")
            for c in t.children:
                if c.dep_ in ("amod", "compound", "nmod") and c.i < t.i:
                    for cc in ([c] if conjuncts(c) else []) + conjuncts(c):
                        mm = self.at(cc)
                        if mm is not None and mm not in found:
                            found.append(mm)
            for mm in self.shared_head_modifiers(t) + self.side_by_side_modifiers(t):
                if mm not in found:
                    found.append(mm)
        for t in hedged_conjuncts(token):
            m = self.in_phrase(t)
            if m is not None and m not in found:
                found.append(m)
        return found

    def included(self, token) -> list[Mention]:
        """"toured several Gulf states, including Oman": a plural noun naming no actor stands for the
        members its "including" phrase names."""
        if token.tag_ not in ("NNS", "NNPS"):
            return []
        found: list[Mention] = []
        for o in prep_objects(token, {"including"}):
            for m in self.phrase_with_conjuncts(o):
                if m not in found:
                    found.append(m)
        return found

    def counted_antecedent(self, token) -> list[Mention]:
        """"Kenya, Uganda and Tanzania ... The three signed the pact": a bare "the two/three"
        stands for the nearest list before it, in its sentence or the two before, that names that many states."""
        wanted = COUNT_WORDS[token.lower_]
        for i in range(token.i - 1, _reach_start(token, 2) - 1, -1):
            t = token.doc[i]
            if t.dep_ == "conj" or not conjuncts(t):
                continue
            found = self.phrase_with_conjuncts(t)
            if found and len(found) == wanted and all(m.actor.kind == "state" for m in found):
                return found
        return []

    def side_by_side_modifiers(self, token) -> list[Mention]:
        """"Vietnamese and Laotian customs officers", parsed as two modifiers of the noun with the "and"
        hung on the first: each actor word names a party."""
        mods = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod") and c.i < token.i
                and self.at(c) is not None]
        if len(mods) < 2 or not any(t.dep_ == "cc" and t.lower_ == "and" for t in token.doc[mods[0].i:mods[-1].i]):
            return []
        return [self.at(c) for c in mods]

    def coordinated_persons(self, token) -> list[Mention]:
        """"Russian envoy A B and rebel leader C D started talks", parsed as one noun phrase headed by D: the
        persons named before an "and" inside the subject phrase are subjects too."""
        if not any(t.dep_ == "cc" and t.lower_ == "and" and t.i < token.i for t in token.subtree):
            return []
        found: list[Mention] = []
        for t in token.subtree:
            if t.i >= token.i:
                break
            m = self.by_token.get(t.i)
            if m is not None and m.actor.kind == "person" and t.dep_ in ("nmod", "compound", "conj", "appos") \
                    and any(c.dep_ == "cc" and c.lower_ == "and" for c in t.children) and m not in found:
                found.append(m)
        return found

    def shared_head_modifiers(self, token) -> list[Mention]:
        """"the U.S., Japanese and Chinese farm ministers", parsed as "U.S." with the plural
        noun in apposition: the coordinated actor words before that noun name more parties."""
        found: list[Mention] = []
        for a in token.children:
            if a.dep_ != "appos" or a.tag_ not in ("NNS", "NNPS") or a.i in self.by_token:
                continue
            for c in a.children:
                if c.dep_ in ("amod", "compound", "nmod") and c.i < a.i:
                    for cc in [c, *conjuncts(c)]:
                        m = self.in_phrase(cc, depth=1)
                        if m is not None and m not in found:
                            found.append(m)
        return found

    def mission_of(self, token) -> list[Mention]:
        """"the U.N. missions of Ghana and Kenya": a mission or delegation of states is theirs, though an
        organisation it is accredited to modifies it. Returns those states (empty when none is named)."""
        if token.pos_ != "NOUN" or token.lemma_.lower() not in GROUP_NOUNS:
            return []
        states: list[Mention] = []
        for o in prep_objects(token, {"of", "from"}):
            for t in [o, *conjuncts(o)]:
                m = self.in_phrase(t, depth=1)
                if m is not None and m.actor.kind == "state" and m not in states:
                    states.append(m)
        return states

    def led_by(self, token) -> list[Mention]:
        """A group led by someone ("a delegation led by the Kenyan minister"): the leader's side."""
        if token.pos_ != "NOUN" or token.lemma_.lower() not in GROUP_NOUNS:
            return []
        for c in token.children:
            if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in ("lead", "head"):
                for by in prep_objects(c, {"by"}):
                    m = self.in_phrase(by)
                    if m is not None:
                        return [m]
        return []

    def through_prep(self, token, nested: bool = True) -> list[Mention]:
        """A title phrase with an "of" complement ("President of Chile Gabriel Boric"), or people "from" or
        "in" a place ("negotiators from Canada and Mexico", "farmers in Poland"): the person, else the countries.
        People named only by a plural noun are those of its own of/from phrase, one level down ("a delegation
        of young lawmakers of Japan's X party" -> Japan)."""
        if token.pos_ not in ("PROPN", "NOUN"):
            return []
        common = token.pos_ == "NOUN"
        for p in token.children:
            if p.dep_ != "prep":
                continue
            if not (p.lower_ in ("from", "of") or (p.lower_ == "in" and common and nested)):
                continue
            for o in p.children:
                if o.dep_ != "pobj":
                    continue
                if token.text[:1].isupper() and p.lower_ == "of":
                    # a title: "President of Chile Gabriel Boric Font" names the person
                    near = [t for t in o.subtree if t.dep_ in ("appos", "flat", "compound", "pobj") or t.i == o.i]
                    persons = [self.at(t) for t in near if self.at(t) is not None and self.at(t).actor.kind == "person"]
                    if persons:
                        return persons[:1]
                out: list[Mention] = []
                for t in [o, *conjuncts(o)]:
                    found = self.mission_of(t) or [self.in_phrase(t)]
                    if found == [None] and nested and common and t.tag_ == "NNS":
                        found = self.through_prep(t, nested=False)
                    for m in found:
                        if m is not None and m not in out:
                            out.append(m)
                if not out and p.lower_ == "in" and token.lemma_.lower() in OFFICIAL_NOUNS:
                    out = self.city_officials(o)
                return out
        return []

    def city_officials(self, place) -> list[Mention]:
        """"talks with officials in Kampala": officials in a city that names no actor are its country's."""
        ent = next((e for e in place.doc.ents if e.start <= place.i < e.end and e.label_ in ("GPE", "LOC")), None)
        loc = lookup(ent.text, how="sentence") if ent is not None else None
        if loc is None or not loc.country:
            return []
        actor = Actor(name=country_name(loc.country) or loc.country, kind="state", country=loc.country)
        return [Mention("", ent.text, ent.start_char, ent.end_char, actor, how="officials.in_city")]

    def possessor(self, token) -> Mention | None:
        """The actor named by a possessive word itself ("Vietnam's", "their", "the President's")."""
        m = self.at(token)
        if m is not None:
            return m
        for c in token.children:
            if c.dep_ in ("compound", "flat", "amod"):
                m = self.at(c)
                if m is not None:
                    return m
        if token.lower_ in ("his", "her"):
            # "B's attendance at the summit and his visits to X": the person owning the first conjunct
            noun = token.head
            first = noun
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head
            for _ in range(3 if first.i != noun.i else 0):
                # the first conjunct, or a noun it hangs from ("B's attendance at the summit and his visits")
                owners = [self.at(c) for c in first.children if c.dep_ == "poss"]
                # "the success of B's attendance ... as well as his visits": the owner one "of" down
                owners += [self.at(g) for c in first.children if c.dep_ == "prep" and c.lower_ == "of"
                           for p in c.children if p.dep_ == "pobj" for g in p.children if g.dep_ == "poss"]
                owners = [m for m in owners if m is not None]
                if owners and owners[0].actor.kind == "person":
                    return owners[0]
                if first.dep_ != "pobj" or first.head.head.pos_ not in ("NOUN", "PROPN"):
                    break
                first = first.head.head
            # an unresolved "his": the person who is the subject of its clause, else of an earlier sentence
            t = token
            while t.head.i != t.i and t.pos_ not in ("VERB", "AUX"):
                t = t.head
            subj = child(t, SUBJ | PASS_SUBJ)
            controller = child(t.head, {"dobj"}) if subj is None and t.dep_ == "xcomp" and t.head.i != t.i else None
            if controller is not None and controller.i < t.i:
                # "A told B to keep calm during his visit": the infinitive's doer is the object, and so is "his"
                m = self.in_phrase(controller)
                if m is not None and m.actor.kind == "person":
                    return m
            if subj is not None and subj.left_edge.i <= token.i <= subj.right_edge.i:
                # "X said his visit will help": the phrase with "his" is itself the subject; the person
                # subject before it in the sentence owns it
                return self.previous_person(token)
            if subj is not None and subj.i > token.i and t.pos_ in ("VERB", "AUX") and token.i < t.i:
                # "During his visit to X, Y met Z": a fronted phrase's "his" is the clause's person subject
                m = self.in_phrase(subj)
                if m is not None and m.actor.kind == "person":
                    return m
            if subj is not None and subj.i < token.i:
                m = self.in_phrase(subj)
                if m is not None and m.actor.kind == "person":
                    return m
                if m is None and subj.pos_ != "PRON":
                    return None       # "The monarch ... his visit": an unresolved subject, do not guess
            return self.previous_person(token.sent[0], sentences_back=1) if token.sent.start > 0 else None
        return None

    def modifiers(self, token) -> list[Mention]:
        """Distinct mentions among a noun's pre-modifiers (compound, amod, nmod), left to right."""
        found: list[Mention] = []
        for child in token.children:
            if child.dep_ in ("compound", "amod", "nmod") and child.i < token.i:
                for t in child.subtree:
                    m = self.at(t)
                    if m is not None and m not in found:
                        found.append(m)
        return found


def _is_subject(token) -> bool:
    """The token is a clause subject or inside one (its name head is)."""
    t = token
    for _ in range(3):
        if t.dep_ in ("nsubj", "nsubjpass"):
            return True
        if t.dep_ not in ("compound", "flat", "amod", "appos", "conj") or t.head.i == t.i:
            return False
        t = t.head
    return False


def _stray_quote(sent) -> bool:
    """A "sentence" that is only the closing quotation mark of the one before ('"We are neighbours.' + '"')."""
    return any(t.text == '"' for t in sent) and all(t.is_punct or t.is_space for t in sent)


def _in_quote(token) -> bool:
    """The token stands inside quotation marks opened earlier on its line."""
    doc = token.doc
    text = doc.text
    start = text.rfind("\n", 0, token.idx) + 1
    return text.count('"', start, token.idx) % 2 == 1


def conjuncts(token) -> list:
    out = []
    stack = [c for c in token.children if c.dep_ == "conj"]
    while stack:
        t = stack.pop(0)
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ == "conj")
    return out


# "and, to a lesser extent, Spain": the noun of a hedge that sets off one more conjunct
HEDGE_NOUNS = frozenset({"extent", "degree"})


def hedged_conjuncts(token) -> list:
    """"supported by A and B and, to a lesser extent, C": a last conjunct set off by a hedge is parsed as an
    apposition of "extent" in a phrase hung on the verb; it belongs to the list that the token heads, the
    object of a preposition of that verb."""
    if token.dep_ != "pobj" or token.head.head.pos_ not in ("VERB", "AUX"):
        return []
    verb, out = token.head.head, []
    for p in verb.children:
        if p.dep_ == "prep" and p.i > token.i and any(c.dep_ == "cc" and token.i < c.i < p.i for c in verb.children):
            for n in p.children:
                if n.dep_ == "pobj" and n.lemma_.lower() in HEDGE_NOUNS:
                    out += [a for a in n.children if a.dep_ == "appos"]
    return out


def child(token, deps: set[str] | str):
    deps = {deps} if isinstance(deps, str) else deps
    for c in token.children:
        if c.dep_ in deps:
            return c
    return None


# Verbs that report their subject's statement ("Kenya said aid would be sent")
REPORTING_VERBS = frozenset({"say", "announce", "state", "confirm", "add", "report", "disclose"})
# Participles read as adjectives before a noun phrase: "talks with visiting X" (X is visiting), not "on visiting X"
ADJECTIVAL_PARTICIPLES = frozenset({"visit", "accompany"})
ADJECTIVAL_PREPS = frozenset({"with", "by", "for", "to", "from", "between", "against"})


def adjectival_participle(token) -> object | None:
    """The noun phrase after an adjectival participle ("with visiting President X" -> X), else None."""
    if token.tag_ != "VBG" or token.lemma_.lower() not in ADJECTIVAL_PARTICIPLES:
        return None
    if token.dep_ != "pcomp" or token.head.lower_ not in ADJECTIVAL_PREPS:
        return None
    if any(c.dep_ in SUBJ or c.dep_ == "aux" for c in token.children):
        return None
    return child(token, {"dobj"})


def misread_participle(token) -> object | None:
    """An adjectival participle parsed as a verb: "A and visiting B agreed" (a conjunct of a noun, with B as its
    object), "..., visiting Deputy Minister B told C" (no object, the subject of the next verb right after it).
    Returns the noun phrase of the one visiting, else None."""
    if token.tag_ != "VBG" or token.lemma_.lower() not in ADJECTIVAL_PARTICIPLES \
            or any(c.dep_ in SUBJ or c.dep_ == "aux" for c in token.children):
        return None
    obj = child(token, {"dobj"})
    if obj is not None:
        return obj if token.dep_ == "conj" and token.head.pos_ in ("NOUN", "PROPN") and obj.i > token.i else None
    if token.i + 1 >= len(token.doc):
        return None
    noun = token.doc[token.i + 1]
    while noun.dep_ in NP_DEPS and noun.dep_ != "punct" and noun.head.i > noun.i:
        noun = noun.head
    if noun.dep_ in SUBJ and noun.pos_ in ("NOUN", "PROPN") and noun.left_edge.i == token.i + 1:
        return noun
    return None


def prep_objects(token, preps) -> list:
    """Objects of the given prepositions attached to a token ("to" -> "Chile" in "visit to Chile")."""
    out = []
    for c in token.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps:
            for o in c.children:
                if o.dep_ in ("pobj", "pcomp"):
                    out.append(adjectival_participle(o) or o)
    return out


def _reach_start(token, sentences: int) -> int:
    """The first token of the sentence ``sentences`` before the token's own (or of the document): how far back
    a definite description may look for what it stands for."""
    first = token.sent.start
    for _ in range(sentences):
        if first == 0:
            break
        first = token.doc[first - 1].sent.start
    return first


def _definite(token) -> bool:
    """Does the noun carry "the"? A definite description may stand for a party named before it."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def relative_antecedent(pronoun):
    """The noun a relative "who/which/that" stands for: the head of its relative clause."""
    t = pronoun
    for _ in range(4):
        if t.head.i == t.i:
            return None
        if t.dep_ == "relcl":
            return t.head
        t = t.head
    return None


def reduced_relative(verb) -> bool:
    """A participle without be/have read as the main verb, while a later coordinated verb carries the
    sentence's own auxiliary and no subject ("A businessman charged with fraud was arrested")."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return any(c.dep_ == "conj" and c.i > verb.i and child(c, SUBJ | PASS_SUBJ) is None
               and any(a.dep_ in ("aux", "auxpass") for a in c.children) for c in verb.children)


def is_passive(verb) -> bool:
    return any(c.dep_ in PASS_SUBJ or c.dep_ == "auxpass" for c in verb.children)


DEPARTURE_VERBS = frozenset({"leave", "depart", "head", "fly", "travel", "set", "go"})


def destination_for_clause(verb, subj, index: MentionIndex) -> bool:
    """"X left for Manila to attend the summit" parsed as a for-to clause with Manila its subject: the
    place is where X went, and the infinitive borrows X as its doer."""
    m = index.at(subj)
    return (m is not None and m.actor.kind == "state" and subj.pos_ == "PROPN" and verb.dep_ == "advcl"
            and verb.head.lemma_.lower() in DEPARTURE_VERBS
            and any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children))


# "X, along with Y, condemned ...", "X, together with Y, signed ...": words that join a co-actor to the subject
ACCOMPANYING_WORDS = frozenset({"along", "together"})


def accompanying(verb, subj, index: MentionIndex, after: bool = False) -> list[Mention]:
    """The co-actors joined to a subject by "along with" / "together with", hung on the subject or on the verb
    before it ("The United States, along with Britain and France, condemned Iran"): they act with the subject.
    With ``after``, ``subj`` is the object and the phrase follows it ("invited X along with Y and Z"): the
    object's company, who undergo the act with it."""
    found = []
    for head in (subj, verb):
        for p in head.children:
            if p.dep_ == "prep" and p.lower_ == "with" and any(
                    c.lower_ in ACCOMPANYING_WORDS for c in p.children if c.dep_ == "advmod"):
                withs = [p]
            elif p.dep_ in ("prep", "advmod") and p.lower_ in ACCOMPANYING_WORDS:
                withs = [w for w in p.children if w.dep_ == "prep" and w.lower_ == "with"]
            else:
                continue
            if (p.i < subj.i) if after else (p.i > verb.i):
                continue
            for w in withs:
                for o in w.children:
                    if o.dep_ == "pobj":
                        found += [m for m in index.phrase_with_conjuncts(o) if m not in found]
    return found


def subject_of(verb, index: MentionIndex, depth: int = 4) -> tuple[Arg, str]:
    """The actors doing ``verb``, climbing through control and coordination when it has no subject."""
    arg = Arg()
    if depth == 0:
        return arg, "none"
    if is_passive(verb):
        for by in prep_objects(verb, {"by"}):
            for m in index.phrase_with_conjuncts(by):
                arg.add(m)
        if not arg:
            # "was rammed and sunk by X": the agent after the last coordinated participle is everyone's
            for c in verb.children:
                if c.dep_ == "conj" and c.tag_ == "VBN" and child(c, SUBJ | PASS_SUBJ) is None:
                    for by in prep_objects(c, {"by"}):
                        for m in index.phrase_with_conjuncts(by):
                            arg.add(m)
        if not arg and not any(c.dep_ == "agent" for c in verb.children) and verb.dep_ == "ccomp" \
                and verb.head.lemma_.lower() in REPORTING_VERBS:
            # "Kenya said aid would be sent to Uganda": a country reporting its own agentless act did it
            reporter = child(verb.head, SUBJ)
            m = index.in_phrase(reporter) if reporter is not None else None
            if m is not None and m.actor.kind in ("state", "igo"):
                arg.add(m)
                arg.certainty = 0.75
                return arg, "passive.reported"
        return arg, "passive.agent"
    subj = child(verb, SUBJ)
    if subj is not None and destination_for_clause(verb, subj, index):
        subj = None
    if subj is not None and reduced_relative(verb):
        # "A Spanish businessman charged with smuggling was arrested": the noun is the one charged
        return arg, "participle.reduced"
    if subj is not None:
        if subj.tag_ == "WDT" or subj.lower_ in ("who", "which", "that"):
            if verb.dep_ == "relcl":
                for m in index.phrase_with_conjuncts(verb.head):
                    arg.add(m)
                return arg, "relcl"
        for m in index.phrase_with_conjuncts(subj):
            arg.add(m)
        for other in verb.children:
            # "the U.S. and China had held talks" parsed as two subjects side by side
            if other.dep_ in SUBJ and other.i != subj.i and any(c.dep_ == "cc" for c in subj.children):
                for m in index.phrase_with_conjuncts(other):
                    arg.add(m)
        for m in index.coordinated_persons(subj):
            arg.add(m)
        for m in accompanying(verb, subj, index) if arg else []:
            arg.add(m)
        if not arg and subj.tag_ in ("NNS", "NNPS"):
            # "20 ministers arrived, including those of A, B and C": the members the phrase names
            for o in prep_objects(subj, {"including"}) + [o for o in prep_objects(verb, {"including"}) if o.i > verb.i]:
                for m in index.phrase_with_conjuncts(o):
                    arg.add(m)
            if arg:
                return arg, "active.nsubj.including"
        if not arg:
            # "MEXICO CITY, March 12 -- Mexico's foreign ministry lauded ...": a dateline parsed as a first
            # subject that names no one; the subject nearest the verb is the doer
            later = [c for c in verb.children if c.dep_ in SUBJ and subj.i < c.i < verb.i]
            for m in index.phrase_with_conjuncts(later[-1]) if later else []:
                arg.add(m)
        return arg, "active.nsubj"
    visitor = adjectival_participle(verb)
    if visitor is not None:
        # "held talks with visiting President X": X is the one visiting
        for m in index.phrase_with_conjuncts(visitor):
            arg.add(m)
        arg.certainty = 0.9
        return arg, "participle.adjective"
    visitor = misread_participle(verb)
    if visitor is not None:
        # "A and visiting B officials agreed": the officials are visiting; their host is not the clause's subject
        for m in index.phrase_with_conjuncts(visitor):
            arg.add(m)
        arg.certainty = 0.85
        return arg, "participle.misread"
    head = verb.head
    if verb.dep_ == "xcomp" and head.i != verb.i:
        raised = child(head, PASS_SUBJ)
        if raised is None and head.dep_ == "conj" and is_passive(head) and child(head, SUBJ) is None:
            # "warplanes helped end the war and now are poised to intervene": the passive governor shares the
            # subject of the verb it is coordinated with, and raises it to its infinitive
            raised = child(head.head, SUBJ | PASS_SUBJ)
        if raised is not None and (raised.tag_ in ("WDT", "WP") or raised.lower_ in ("who", "which", "that")):
            raised = relative_antecedent(raised)   # "Y, who is scheduled to visit ..."
        if raised is not None:   # "X is expected to visit", "X was invited to attend"
            for m in index.phrase_with_conjuncts(raised):
                arg.add(m)
            if arg:
                return arg, "control.passive_subject"
        obj = child(head, {"dobj"})
        if obj is not None:   # object control: "invited X to visit"
            for m in index.phrase_with_conjuncts(obj):
                arg.add(m)
            if arg:
                arg.certainty = 0.9
                return arg, "control.object"
        inner, _ = subject_of(head, index, depth - 1)
        inner.certainty *= 0.95
        return inner, "control.subject"
    if verb.dep_ in ("acl", "amod", "advcl") and verb.tag_ == "VBN" and not child(verb, {"aux", "auxpass"}):
        # "fishermen detained near the border", "Asked about the pipeline, X said": noun and subject are the patient
        by = prep_objects(verb, {"by"})
        if by and verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
            # "Kenya, backed by Uganda, ...": the agent of the participle acted on the noun
            for m in index.phrase_with_conjuncts(by[0]):
                arg.add(m)
            arg.certainty = 0.9
            return arg, "participle.agent"
        return arg, "participle.passive"
    if verb.dep_ in ("advcl", "acl") and verb.tag_ == "VBG" and head.pos_ in ("NOUN", "PROPN") \
            and head.i < verb.i and head.dep_ not in ("pobj", "dobj"):
        # "X, ending a visit, said ...": a participle phrase hung on the subject noun names its doer
        m = index.in_phrase(head)
        if m is not None:
            arg.add(m)
            arg.certainty = 0.9
        return arg, "participle.subject"
    if verb.dep_ == "acomp" and verb.pos_ == "ADJ" and head.i != verb.i and head.pos_ in ("AUX", "VERB"):
        # "X is ready to deepen ties": the infinitive hangs on the adjective, the subject on the copula
        inner, _ = subject_of(head, index, depth - 1)
        return inner, "acomp.inherit"
    if verb.dep_ in ("conj", "advcl", "pcomp", "ccomp") and head.i != verb.i:
        if verb.dep_ == "pcomp":
            head = head.head       # "work on advancing": prep -> verb
        inner, _ = subject_of(head, index, depth - 1)
        inner.certainty *= 0.9
        return inner, f"{verb.dep_}.inherit"
    if verb.dep_ == "amod" and verb.tag_ == "VBG" and verb.lemma_.lower() in ADJECTIVAL_PARTICIPLES:
        # "talks with the visiting Freedonian leader": the noun modified is the visitor
        m = index.in_phrase(head)
        if m is None and head.dep_ in ("compound", "appos"):
            m = index.in_phrase(head.head)
        if m is not None:
            arg.add(m)
            arg.certainty = 0.9
        return arg, "participle.adjective"
    if verb.dep_ in ("acl", "relcl", "amod") and head.i != verb.i:
        # "the first country to establish relations": the noun modified, or what it stands in apposition to
        m = index.in_phrase(head)
        if m is None and head.dep_ == "appos":
            m = index.in_phrase(head.head)
        if m is not None:
            arg.add(m)
            arg.certainty = 0.85
        return arg, "acl.noun"
    return arg, "none"


# ---------------------------------------------------------------- recovery
# When the lexicon frame (match.py) leaves a slot empty, a few general constructions still name the party
# elsewhere in the sentence. Each returns an Arg whose ``how`` names the construction.

# Prepositions that, deep inside an infinitive, name the party an intended act is aimed at
INFINITIVE_TARGET_PREPS = frozenset({"to", "with", "against", "for"})
# Event types whose that-clause may name the act warned against or complained about
WARNING_TYPES = frozenset({"THREATEN", "ACCUSE"})
# Acts done at or across a border: "massed troops along its border with X" is aimed at X
BORDER_TYPES = frozenset({"MOBILIZE", "RETREAT", "COERCE", "ASSAULT", "PROTEST", "SANCTION"})
BORDER_NOUNS = frozenset({"border", "frontier", "boundary", "borderline"})
# Where a crowd protests names whom it protests against: "outside the US embassy", "marched on the X consulate"
PROTEST_SITE_PREPS = frozenset({"outside", "at", "near", "on", "against", "before", "to"})
# A crowd's own authorities, named without a country ("protested against the government"): the protesters' state
AUTHORITY_NOUNS = frozenset({"government", "police", "authority", "presidency", "parliament", "regime", "president",
                             "ministry", "cabinet", "junta"})
# Acts whose object's owner or nationality is the one acted on: "released six detained American executives"
PATIENT_TYPES = frozenset({"RETREAT", "COERCE", "SANCTION", "ASSAULT"})


def _clause_of(token):
    """The verb whose clause the token is in (the first verb or auxiliary above it)."""
    t = token
    while t.head.i != t.i and t.pos_ not in ("VERB", "AUX"):
        t = t.head
    return t


def addressed_to_no_party(verb, index: MentionIndex) -> bool:
    """"urges the international community to increase aid to X", "urged donors to send food to X": an appeal
    whose addressee is its object and names no party asks no party; the one the act asked for would benefit is
    no addressee (a pronoun addressee, even unread, is someone's; so is "others ..., notably X", a party set
    beside the clause as an example of those asked)."""
    inf = next((c for c in verb.children if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj" and inf is not None and c.i < inf.i), None)
    return obj is not None and obj.pos_ != "PRON" and not index.phrase_with_conjuncts(obj) \
        and index.in_phrase(obj) is None and not any(t.dep_ == "appos" and index.at(t) for t in inf.subtree)


def infinitive_target(verb, index: MentionIndex) -> Arg:
    """"has agreed to provide loans totalling two billion dollars to X": the party in a "to/with/against" phrase
    anywhere in the infinitive's own clause (the frame only looks at the infinitive's direct phrases)."""
    arg = Arg(how="infinitive.deep", certainty=0.8)
    for x in verb.children:
        if x.dep_ != "xcomp" or x.pos_ not in ("VERB", "AUX"):
            continue
        for c in x.children:
            # "refused to allow UN investigators to enter": the party let (or not) into the act
            subj = child(c, SUBJ) if c.dep_ in ("ccomp", "xcomp") and c.i > x.i else None
            for m in index.phrase_with_conjuncts(subj) if subj is not None and subj.pos_ != "PRON" else []:
                if m.actor.kind in ("state", "igo", "org", "person"):
                    arg.add(m)
        if arg:
            arg.how = "infinitive.subject"
            return arg
        for p in x.subtree:
            if p.dep_ not in ("prep", "dative") or p.lower_ not in INFINITIVE_TARGET_PREPS:
                continue
            owner = _clause_of(p)
            if owner.i != x.i and (child(owner, SUBJ | PASS_SUBJ) is not None or owner.dep_ not in ("advcl", "xcomp", "acl")):
                continue        # a clause of its own with its own doer
            for o in p.children:
                if o.dep_ == "pobj" and not _measure(o):
                    for m in index.phrase_with_conjuncts(o):
                        if m.actor.kind in ("state", "igo"):
                            arg.add(m)
            if arg:
                return arg
    return arg


def _measure(token) -> bool:
    """"for 196 mln Canadian dlrs": an amount, whose nationality word names a currency, not a party."""
    return any(t.ent_type_ in ("MONEY", "QUANTITY", "PERCENT", "CARDINAL") for t in token.subtree)


def group_destination(verb, index: MentionIndex) -> Arg:
    """"A Kenyan farming delegation to China has signed three contracts": a group subject sent "to" a country acts
    with that country."""
    arg = Arg(how="subject.group.destination", certainty=0.85)
    subj = child(verb, SUBJ)
    if subj is None or subj.lemma_.lower() not in GROUP_NOUNS:
        return arg
    for o in prep_objects(subj, {"to"}):
        m = index.in_phrase(o)
        if m is not None and m.actor.kind in ("state", "igo"):
            arg.add(m)
    return arg


def warned_act_agent(trigger, support, index: MentionIndex, event_lemmas) -> Arg:
    """"warnings from X that US air strikes against Y could harm relations": the party warned is the one
    whose act the that-clause warns about (the actor word on an event noun subject)."""
    arg = Arg(how="warning.act_agent", certainty=0.8)
    holders = [trigger] + ([support] if support is not None else [])
    if trigger.dep_ in ("dobj", "nsubjpass") and trigger.head.pos_ in ("VERB", "AUX"):
        holders.append(trigger.head)        # "ignored warnings from X that ...": the clause hung on the verb
    elif trigger.dep_ == "pobj" and trigger.head.dep_ == "prep" and trigger.head.head.pos_ in ("VERB", "AUX", "ADJ"):
        holders.append(trigger.head.head)   # "glossed over warnings from X that ...": the same, one word higher
        #                                     (the verb may be misread as an adjective after "meantime,")
    clauses = [c for h in holders for c in h.children
               if c.dep_ in ("ccomp", "acl") and c.i > trigger.i and c.pos_ in ("VERB", "AUX")]
    # the parse may hang the whole sentence on the that-clause ("X, meantime, glossed over warnings from Y
    # that ...", with "glossed" read as an adjective): a clause above the noun, its "that" after the noun
    clauses += [a for a in trigger.ancestors if a.pos_ in ("VERB", "AUX") and a.i > trigger.i]
    for c in clauses:
        if not any(m.dep_ == "mark" and m.lower_ == "that" and m.i > trigger.i for m in c.children):
            continue
        subj = next((x for x in c.children if x.dep_ in SUBJ and x.i > trigger.i), None)
        if subj is None or subj.pos_ != "NOUN" or subj.lemma_.lower() not in event_lemmas or subj.i in index.by_token:
            continue
        for mod in subj.children:
            if mod.dep_ in ("compound", "amod", "poss", "nmod") and mod.i < subj.i:
                m = index.at(mod)
                if m is not None and m.actor.kind in ("state", "igo"):
                    arg.add(m)
        if arg:
            return arg
    return arg


def displaced_from(trigger, index: MentionIndex) -> Arg:
    """"ignored warnings from X": the "from" phrase right after an object event noun, attached to the verb."""
    arg = Arg(how="nominal.from.displaced", certainty=0.8)
    if trigger.pos_ != "NOUN" or trigger.dep_ != "dobj":
        return arg
    nxt = trigger.right_edge.i + 1
    for p in trigger.head.children:
        if p.dep_ == "prep" and p.i == nxt and p.lower_ == "from":
            for o in p.children:
                if o.dep_ == "pobj":
                    for m in index.phrase_with_conjuncts(o):
                        arg.add(m)
    return arg


def _clause_tokens(top):
    """Tokens of the clause or noun phrase headed by ``top``, without the clauses of other verbs inside it."""
    out = []
    stack = [top]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if not (c.pos_ in ("VERB", "AUX") and c.dep_ not in ("amod", "compound")
                                                   and c.i != top.i))
    return out


def border_neighbour(top, index: MentionIndex) -> Arg:
    """"massed troops along its border with X", "near the X border", "pulled out of the X border town": the
    country on the other side of a border named in the act's own clause."""
    arg = Arg(how="border.neighbour", certainty=0.8)
    for t in _clause_tokens(top):
        if t.lemma_.lower() not in BORDER_NOUNS or t.pos_ != "NOUN":
            continue
        holders = [t] + ([t.head] if t.dep_ == "compound" else [])      # "the Sudanese border town"
        withs = prep_objects(t, {"with"})
        nxt = t.doc[t.right_edge.i + 1] if t.right_edge.i + 1 < len(t.doc) else None
        if not withs and nxt is not None and nxt.lower_ == "with" and nxt.dep_ == "prep":
            withs = [o for o in nxt.children if o.dep_ == "pobj"]       # "with X" hung on the verb
        for o in withs:
            for m in index.phrase_with_conjuncts(o):
                arg.add(m)
        for h in holders:
            for c in h.children:
                if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < h.i and c.i != t.i:
                    m = index.at(c)
                    if m is not None and m.actor.kind == "state":
                        arg.add(m)
        if arg:
            return arg
    return arg


def patient_owner(trigger, index: MentionIndex) -> Arg:
    """"expelled dozens of Sudanese refugees", "froze the assets of German companies", "the expulsion of a
    Russian attache": the nationality or owner named one "of" down from the act's object."""
    arg = Arg(how="object.of.owner", certainty=0.8)
    objs = [trigger] if trigger.pos_ == "NOUN" else [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    for o in objs if trigger.pos_ != "NOUN" else []:
        # "released six detained American executives", "Burundian diplomats would be expelled"
        m = index.in_phrase(o)
        if m is not None and m.actor.kind in ("state", "person", "org"):
            arg.add(m)
    if arg:
        return arg
    for o in objs:
        for inner in prep_objects(o, {"of"}):
            for m in index.phrase_with_conjuncts(inner):
                if m.actor.kind in ("state", "person", "org"):
                    arg.add(m)
    return arg


# How many sentences back "the overture" may find the overture made
ANTECEDENT_REACH = 2


def antecedent_maker(verb, index: MentionIndex) -> Arg:
    """"Georgia made a peace overture to Russia. Moscow rejected the overture": a definite object with no owner of
    its own names again a thing said shortly before with the same noun; its maker there (possessor, "by/from X",
    or the subject of the verb it is the object of) is the one answered."""
    arg = Arg(how="object.antecedent_maker", certainty=0.7)
    for o in [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]:
        if not _definite(o) or any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("of", "by", "from")
                                   for c in o.children):
            continue
        doc = o.doc
        for i in range(o.i - 1, _reach_start(o, ANTECEDENT_REACH) - 1, -1):
            t = doc[i]
            if t.lemma_.lower() != o.lemma_.lower() or t.pos_ != "NOUN":
                continue
            _add_maker(arg, t, index)
            return arg
    return arg


def relative_clause_maker(verb, index: MentionIndex) -> Arg:
    """"Kenya offered a truce plan that was later rejected by Uganda", "a peace offer by Kenya, which Uganda
    rejected": a verb in a relative clause answers the maker of the noun the clause is on (its possessor,
    "by/from X", or the subject of the verb it is the object of). A clause hung on the maker's name inside the
    noun's "by/from" phrase is read as on the noun. Not when the relative word is the clause's subject
    ("Uganda, which rejected ...": the clause's doer, not what it answers)."""
    arg = Arg(how="relative_clause.maker", certainty=0.75)
    if verb.dep_ != "relcl" or any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in verb.children):
        return arg
    noun = verb.head
    if noun.dep_ == "pobj" and noun.head.lower_ in ("by", "from") and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
    if noun.pos_ == "NOUN":
        _add_maker(arg, noun, index)
    return arg


def object_maker(verb, index: MentionIndex) -> Arg:
    """"rejected demands by Uganda", "rejected the proposal from X", "welcomed the peace plan put forward by X",
    "the budget for the region presented by the bloc's presidency": what is answered is made by the party of its
    "by/from" phrase (also hung on the verb: "rejected the proposal from X") or of the agent of a participle on it
    (also on the noun of its own prepositional phrase, where the parser often hangs it)."""
    arg = Arg(how="object.maker", certainty=0.75)
    for o in [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]:
        owners = prep_objects(o, {"by", "from"}) + prep_objects(verb, {"from"})
        nouns = [o, *(b for p in o.children if p.dep_ == "prep" for b in p.children if b.dep_ == "pobj")]
        owners += [b for n in nouns for p in n.children if p.dep_ == "acl" and p.tag_ == "VBN"
                   for b in prep_objects(p, {"by"})]
        for b in owners:
            for m in index.phrase_with_conjuncts(b):
                if m.actor.kind in ("state", "igo") or m.actor.country:
                    arg.add(m)
    return arg


# the prepositions that name what a sanction or tariff falls on
SANCTIONED_PREPS = frozenset({"against", "on"})


def goods_modifier_origin(trigger, verb, index: MentionIndex, goods) -> Arg:
    """"tariff sanctions against Kenyan cut flowers", "imposed sanctions on Ugandan textile exports",
    "banned imports of Ugandan beef": goods a sanction falls on, named by the adjective of their country, are that
    country's (the actor reader leaves a nationality word on goods unplaced: goods are no party)."""
    arg = Arg(how="goods.modifier", certainty=0.8)
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    # "lift the sanctions it imposed on Ugandan imports": the goods named in the sanctions' own relative clause
    heads = [trigger, *objects] + [c for o in objects for c in o.children if c.dep_ == "relcl"] + (
        [verb] if verb is not None else [])
    held = [o for t in heads for o in prep_objects(t, SANCTIONED_PREPS)] + objects
    held = [h for h in held if h.lemma_.lower() in goods]
    held += [o for h in held for o in prep_objects(h, {"of"}) if o.lemma_.lower() in goods]   # "imports of X beef"
    for h in held:
        for c in h.children:
            if c.dep_ not in ("amod", "compound", "nmod") or c.i > h.i:
                continue
            m = index.at(c)
            if m is None:
                code = next((e.country for e in gazetteer().lookup(fold(c.text), c.text)
                             if e.kind == "demonym" and e.country), None)
                if code is None:
                    continue
                actor = Actor(name=country_name(code) or code, kind="state", country=code)
                m = Mention("", c.text, c.idx, c.idx + len(c.text), actor, how="goods.demonym")
            if m.actor.kind == "state":
                arg.add(m)
    return arg


def threatened_goods_origin(trigger, index: MentionIndex, goods) -> Arg:
    """"threatened to raise tariffs on Ugandan farm goods", "a threat to impose duties on Kenyan exports": the act
    threatened is a sanction on goods, whose country is the one threatened."""
    arg = Arg(how="goods.modifier.threatened", certainty=0.75)
    dep = "xcomp" if trigger.pos_ in ("VERB", "AUX") else "acl"
    for act in (c for c in trigger.children if c.dep_ == dep and c.pos_ == "VERB"):
        found = goods_modifier_origin(act, None, index, goods)
        for a, sp in zip(found.actors, found.spans):
            arg.actors.append(a)
            arg.spans.append(sp)
    return arg


def _add_maker(arg: Arg, noun, index: MentionIndex) -> None:
    """Add to arg the party that made the thing a noun names: a possessor, a "by/from X" phrase, else the
    subject of the verb the noun is the object of (a state, an organisation or someone of a country)."""
    owners = [index.possessor(c) for c in noun.children if c.dep_ == "poss"]
    owners += [m for b in prep_objects(noun, {"by", "from"}) for m in index.phrase_with_conjuncts(b)]
    for m in owners:
        if m is not None and (m.actor.kind in ("state", "igo") or m.actor.country):
            arg.add(m)
    if not arg and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        found = subject_of(noun.head, index)[0]
        for a, sp in zip(found.actors, found.spans):
            if a.kind in ("state", "igo") or a.country:
                arg.actors.append(a)
                arg.spans.append(sp)


def accused_actor(verb, index: MentionIndex, event_lemmas) -> Arg:
    """"charged that Azerbaijani forces had shelled border villages": the one accused is the doer of the
    act the that-clause reports (its verb an event word)."""
    arg = Arg(how="that_clause.accused", certainty=0.8)
    for c in verb.children:
        if c.dep_ != "ccomp" or c.i < verb.i or c.lemma_.lower() not in event_lemmas:
            continue
        subj = child(c, SUBJ)
        if subj is not None and subj.pos_ != "PRON":
            for m in index.phrase_with_conjuncts(subj):
                arg.add(m)
        if arg:
            return arg
    return arg


def protest_site(verb, index: MentionIndex) -> Arg:
    """"burned flags outside the US embassy", "marched on the French consulate": the party whose mission or
    country the crowd gathers at or marches on."""
    arg = Arg(how="protest.site", certainty=0.8)
    for o in prep_objects(verb, PROTEST_SITE_PREPS):
        for m in index.phrase_with_conjuncts(o):
            if m.actor.kind in ("state", "org", "igo"):
                arg.add(m)
    return arg


def domestic_authority(top, index: MentionIndex, country: str) -> Arg:
    """"Chilean students marched to protest against the government", "rallied against abuses by the
    police": authorities named with no country of their own, in the act's clause or its purpose clause, are
    those of the protesters' own country."""
    arg = Arg(how="protest.domestic", certainty=0.75)
    scope = _clause_tokens(top)
    for x in top.children:
        if x.dep_ in ("xcomp", "advcl") and x.pos_ == "VERB":
            scope += _clause_tokens(x)          # "to protest against the government", "to press the government"
    for t in scope:
        if t.pos_ != "NOUN" or t.lemma_.lower() not in AUTHORITY_NOUNS or t.tag_ != "NN":
            continue
        if not _definite(t):
            continue
        named = index.in_phrase(t)
        if named is not None:
            if named.actor.country == country and named.actor.kind != "state":
                arg.add(named)             # "against the government's measures", resolved to the country's
                return arg
            continue
        span = (t.idx, t.idx + len(t.text))
        name = f"{country_name(country) or country} {t.lemma_.title()}"
        arg.actors.append(Actor(name=name, kind="org", country=country, sector="COP" if t.lemma_ == "police" else "GOV"))
        arg.spans.append(span)
        return arg
    return arg


def dative_party(verb, index: MentionIndex) -> Arg:
    """"promised Kyiv more air defences", "denied UN investigators access": the indirect object."""
    arg = Arg(how="dative", certainty=0.85)
    for c in verb.children:
        if c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN"):
            for m in index.phrase_with_conjuncts(c):
                arg.add(m)
    return arg


def displaced_by(trigger, index: MentionIndex) -> Arg:
    """"the arrest of a Japanese businessman by Chinese police": the agent's "by" phrase hung on the object
    of the event noun, one "of" down."""
    arg = Arg(how="nominal.by.displaced", certainty=0.85)
    if trigger.pos_ != "NOUN":
        return arg
    for o in prep_objects(trigger, {"of"}):
        for by in prep_objects(o, {"by"}):
            for m in index.phrase_with_conjuncts(by):
                arg.add(m)
    return arg


# Modals of a mandative clause ("asked that X should meet Y")
MANDATIVE_MODALS = frozenset({"should", "must"})


def wanted_clause(verb) -> bool:
    """A mandative complement: "requesting Japan buy more rice", "her request that Serbia should meet the envoy":
    a clause with its own subject whose verb is a bare subjunctive or takes "should"/"must" (what is asked for,
    not something that happens or is planned)."""
    if verb.dep_ not in ("ccomp", "acl") or verb.pos_ not in ("VERB", "AUX") or child(verb, SUBJ) is None:
        return False
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    if any(c.lower_ in MANDATIVE_MODALS for c in auxes):
        return True
    return verb.tag_ == "VB" and not auxes


def wanted_party(head, index: MentionIndex) -> Arg:
    """The one asked, as the subject of a mandative complement of the request ("requesting Japan buy")."""
    arg = Arg(how="request.mandative_subject", certainty=0.8)
    for c in head.children:
        subj = child(c, SUBJ) if wanted_clause(c) else None
        if subj is not None and subj.pos_ != "PRON":
            for m in index.phrase_with_conjuncts(subj):
                arg.add(m)
    return arg


# Light verbs whose subject is the agent of their object noun ("made efforts to improve ties", "took steps to")
LIGHT_VERBS = frozenset({"make", "take", "exert", "redouble", "intensify", "step", "spare", "undertake"})


# Documents that speak for whoever issues or signs them ("a statement by X urged Y", "issued a statement urging Y")
DOCUMENT_NOUNS = frozenset({"statement", "letter", "message", "resolution", "communique", "declaration", "note",
                            "appeal", "memorandum"})
# Verbs by which a party puts out a document of its own
ISSUING_VERBS = frozenset({"issue", "release", "publish", "send", "deliver", "adopt", "sign"})


def document_author(trigger, index: MentionIndex) -> Arg:
    """"A statement by X on Monday urged Iran to ...", "X's letter urged ...", "X issued a statement urging Y":
    a document that urges, accuses or praises speaks for its author: the possessor or "by/from X" of the document
    noun that is the trigger's subject or that the trigger hangs on, else the subject of the verb that issued it."""
    if trigger.dep_ == "acl" and trigger.head.pos_ == "NOUN":
        noun = trigger.head
    else:
        noun = child(trigger, SUBJ)
    if noun is None or noun.lemma_.lower() not in DOCUMENT_NOUNS or index.in_phrase(noun, depth=1) is not None:
        return Arg()
    arg = Arg(how="document.author", certainty=0.8)
    for p in noun.children:
        m = index.possessor(p) if p.dep_ == "poss" else None
        if m is not None:
            arg.add(m)
    for b in prep_objects(noun, {"by", "from"}):
        for m in index.phrase_with_conjuncts(b):
            arg.add(m)
    if not arg and noun.dep_ == "dobj" and noun.head.lemma_.lower() in ISSUING_VERBS:
        found, how = subject_of(noun.head, index)
        found.how, found.certainty = f"document.issuer.{how}", 0.8
        return found
    return arg


def light_verb_agent(trigger, index: MentionIndex) -> Arg:
    """"X said he would make efforts to improve relations with Y": an infinitive on a noun that is the object of a
    light verb is done by the light verb's subject (the noun's agent). A verb of attitude ("supported efforts to",
    "welcomed the decision to") is not one: the effort may be another's."""
    noun = trigger.head
    if trigger.dep_ != "acl" or noun.pos_ != "NOUN" or noun.dep_ != "dobj" \
            or noun.head.lemma_.lower() not in LIGHT_VERBS:
        return Arg()
    found, how = subject_of(noun.head, index)
    found.how, found.certainty = f"light_verb.{how}", 0.8
    return found


def traveller_of(noun, index: MentionIndex) -> Arg:
    """"the expected visit of the Russian president to Chile": the "of" phrase of a visit noun names who travels
    (a visit is made by someone; "a visit of two days" names no one and gives nothing)."""
    arg = Arg(how="nominal.of.traveller", certainty=0.85)
    if noun.pos_ != "NOUN":
        return arg
    for o in prep_objects(noun, {"of"}):
        for m in index.phrase_with_conjuncts(o):
            arg.add(m)
    return arg


VISIT_NOUNS = frozenset({"visit", "trip", "tour", "stay"})


def visit_of_talks(noun, index: MentionIndex) -> tuple[Arg, Arg]:
    """"Talks during X's visit to Y focused on trade": talks held during a visit are between the traveller (the
    visit's owner or "of" phrase) and the place visited (its "to" phrase); nothing unless both are named."""
    for visit in prep_objects(noun, {"during"}):
        if visit.lemma_.lower() not in VISIT_NOUNS:
            continue
        traveller = traveller_of(visit, index)
        for owner in (c for c in visit.children if c.dep_ == "poss"):
            m = index.at(owner)
            if m is not None:
                traveller.add(m)
        host = Arg(how="visit.destination", certainty=0.8)
        for o in prep_objects(visit, {"to"}):
            for m in index.phrase_with_conjuncts(o):
                host.add(m)
        if traveller and host:
            traveller.how = "visit.traveller"
            return traveller, host
    return Arg(), Arg()


def root_noun_doer(trigger, index: MentionIndex) -> Arg:
    """"Argentina's economy minister, X, conferred with IMF officials.", parsed as a participle on the
    sentence's root noun: with no other verb in the sentence, the noun is the doer."""
    arg = Arg(how="participle.root_noun", certainty=0.8)
    head = trigger.head
    if trigger.dep_ != "acl" or head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN") or prep_objects(trigger, {"by"}):
        return arg
    m = index.in_phrase(head)
    if m is not None:
        arg.add(m)
    return arg


def headline_passive(verb) -> bool:
    """"Ten fishermen detained near the border": a verb that needs an object, written as a participle with
    a subject but no object and no be/have, is a headline's passive (the subject was acted on)."""
    return verb.tag_ == "VBN" and verb.dep_ == "ROOT" and child(verb, SUBJ) is not None and not any(
        c.dep_ in ("aux", "auxpass", "dobj", "dative", "ccomp", "xcomp", "prt") for c in verb.children)


def forces_owner(trigger, index: MentionIndex) -> Arg:
    """"the deployment of Belarusian missile units", "the withdrawal of Kenyan troops": whose forces are
    moved is who moves them."""
    arg = Arg(how="nominal.of.forces", certainty=0.85)
    if trigger.pos_ != "NOUN":
        return arg
    for o in prep_objects(trigger, {"of"}):
        m = index.in_phrase(o)
        if m is not None and m.actor.kind in ("state", "org", "igo"):
            arg.add(m)
    return arg


def place_holder(verb, index: MentionIndex) -> Arg:
    """"withdrew its troops from three villages claimed by X", "shelled towns held by X": the one holding
    or claiming the place acted on."""
    arg = Arg(how="place.holder", certainty=0.8)
    places = [c for c in verb.children if c.dep_ == "dobj"] + prep_objects(verb, {"from", "in", "into", "on", "near"})
    for p in places:
        for c in p.children:
            if c.dep_ == "acl" and c.tag_ == "VBN":
                for by in prep_objects(c, {"by"}):
                    for m in index.phrase_with_conjuncts(by):
                        if m.actor.kind in ("state", "igo", "org"):
                            arg.add(m)
    return arg


def provoker(verb, index: MentionIndex) -> Arg:
    """"put its air force on high alert as Taiwan held elections", "scrambled jets as Chinese drones flew
    near Okinawa", "raised readiness in response to the Chinese manoeuvres": a show of force answers the
    party acting in the clause or phrase that gives its occasion."""
    arg = Arg(how="occasion.party", certainty=0.75)
    for c in verb.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("as", "while", "when") for m in c.children):
            subj = child(c, SUBJ)
            if subj is not None and subj.pos_ != "PRON":
                for m in index.phrase_with_conjuncts(subj):
                    arg.add(m)
        if c.dep_ == "prep" and c.lower_ in ("in", "amid"):
            objs = [o for o in c.children if o.dep_ == "pobj"]
            if c.lower_ == "in":      # "in response to X"
                objs = [x for o in objs if o.lower_ == "response" for x in prep_objects(o, {"to"})]
            for o in objs:
                m = index.in_phrase(o)
                if m is not None:
                    arg.add(m)
    return arg


def unnamed_crowd(verb, index: MentionIndex) -> bool:
    """"Thousands of peasants and workers marched through the streets of X": a noun subject whose whole
    phrase names no actor (no nationality, no owner); its people can only be told by where they act."""
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subj) and all(s.pos_ == "NOUN" and all(index.at(t) is None for t in s.subtree) for s in subj)


def _inside_longer_name(ent) -> bool:
    """"George Washington Avenue", "Lenin Square": a place entity after a capitalised name word is part of
    a street's or a facility's name, not the place itself."""
    if ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    return before.pos_ == "PROPN" and before.text[:1].isupper() and not before.is_sent_start


def crowd_country(verb, index: MentionIndex, dateline_country: str | None) -> str | None:
    """The country of an unnamed crowd: the one country of the places named in its act's clause ("through
    the streets of X"), else the dateline's when the sentence names no actor of another country."""
    found = set()
    for t in _clause_tokens(verb):
        ent = next((e for e in t.doc.ents if e.start <= t.i < e.end and e.label_ in ("GPE", "LOC", "FAC")), None)
        if ent is not None and t.i == ent.root.i and not _inside_longer_name(ent):
            loc = lookup(ent.text, how="sentence")
            if loc is not None and loc.country:
                found.add(loc.country)
    if len(found) == 1:
        return found.pop()
    if found or not dateline_country:
        return None
    others = {index.at(t).actor.country for t in verb.sent if index.at(t) is not None}
    return dateline_country if others <= {dateline_country, None} else None


# Domestic groups named by "the country's ...": the head noun (or a compound on it) gives the sector
DOMESTIC_GROUP_SECTORS = {"union": "LAB", "unionist": "LAB", "labour": "LAB", "labor": "LAB", "worker": "LAB",
                          "farmer": "AGR", "peasant": "AGR"}
DOMESTIC_OWNERS = frozenset({"country", "nation"})


# Security forces named without a country ("clashes between police and demonstrators")
SECURITY_NOUNS = frozenset({"police", "policeman", "policemen", "gendarme", "gendarmerie"})
# Sectors of a country's own people (a crowd), against whom its security forces act
CROWD_SECTORS = frozenset({"CVL", "EDU", "LAB", "AGR", "OPP"})


def crowd_police(trigger, crowd: list, index: MentionIndex) -> Arg:
    """"clashes between police and demonstrators", "protesters clashed with riot police": police named with no
    country, facing a crowd placed in one country (``crowd``, the actors read for the clash), are that country's
    police (a clash at home)."""
    countries = {a.country for a in crowd if a.kind == "org" and a.sector in CROWD_SECTORS and a.country}
    if len(countries) != 1:
        return Arg()
    sides = [o for p in ("between", "with") for o in prep_objects(trigger, {p})]
    sides += [c for c in trigger.children if c.dep_ in SUBJ]
    sides = [t for o in sides for t in [o, *conjuncts(o)]]
    police = next((t for t in sides if t.lemma_.lower() in SECURITY_NOUNS and index.in_phrase(t) is None), None)
    if police is None:
        return Arg()
    country = countries.pop()
    arg = Arg(how="crowd.police", certainty=0.7)
    arg.actors.append(Actor(name=f"{country_name(country) or country} police", kind="org", country=country,
                            sector="COP"))
    arg.spans.append((police.idx, police.idx + len(police.text)))
    return arg


def domestic_group(heads, index: MentionIndex, country: str) -> Arg:
    """"opened talks with the country's top union leaders", "met the nation's farmers": a group of "the country"
    or "the nation" is that of the acting country (its unions, its farmers), a party of its own beside the
    government. ``heads``: the trigger and its support verb."""
    arg = Arg(how="domestic.group", certainty=0.7)
    partners = [o for h in heads for o in prep_objects(h, {"with", "between"})]
    partners += [c for h in heads if h.pos_ == "VERB" for c in h.children if c.dep_ == "dobj"]
    for o in partners:
        if o.pos_ != "NOUN":
            continue
        owner = next((c for c in o.children if c.dep_ == "poss"), None)
        if owner is None or owner.lemma_.lower() not in DOMESTIC_OWNERS or not _definite(owner):
            continue
        words = [o] + [c for c in o.children if c.dep_ in ("compound", "amod", "nmod")]
        sector = next((DOMESTIC_GROUP_SECTORS[w.lemma_.lower()] for w in words
                       if w.lemma_.lower() in DOMESTIC_GROUP_SECTORS), None)
        if sector is None:
            continue
        arg.actors.append(Actor(name=f"{country_name(country) or country} {o.lemma_.title()}", kind="org",
                                country=country, sector=sector))
        arg.spans.append((owner.left_edge.idx, o.idx + len(o.text)))
        return arg
    return arg


SCENE_PARTICIPLES = frozenset({"follow", "precede"})


def scene_participle_doer(noun, index: MentionIndex) -> Arg:
    """"he told journalists at a news conference following talks with X" with "following" parsed as a participle on
    the briefing (not as a preposition): the speaker at the briefing held the talks."""
    part = noun.head
    if noun.dep_ != "dobj" or part.tag_ != "VBG" or part.lemma_.lower() not in SCENE_PARTICIPLES:
        return Arg()
    verb = part.head
    if part.dep_ == "acl" and verb.dep_ == "pobj" and verb.head.lower_ in ("at", "in", "during"):
        verb = verb.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return Arg()
    found, how = subject_of(verb, index)
    found.how = f"scene.participle.{how}"
    found.certainty *= 0.8
    return found


# "the end of the summit", "on the eve of the conference": nouns that only take a phase of a gathering
GATHERING_PHASES = frozenset({"end", "close", "closing", "opening", "start", "beginning", "eve", "conclusion",
                              "outcome"})


def gathering_in_focus(noun) -> bool:
    """A gathering the clause is about: its subject ("the summit of X opened in Y") or the phase a noun names
    ("the end of the conference of X in Y"); a gathering named as where someone was ("X said at the
    summit") is the speaker's attendance, not the host's meeting."""
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in GATHERING_PHASES


def compound_organisation(noun, index: MentionIndex) -> Arg:
    """"the ASEAN summit in Manila": the organisation named before a gathering noun holds it (as "the summit
    of ASEAN" does); two organisations or a state beside it ("the EU-Ukraine summit") name other sides."""
    arg = Arg(how="nominal.compound_igo", certainty=0.85)
    named = [index.at(c) for c in noun.children if c.dep_ in ("compound", "nmod", "amod") and c.i < noun.i]
    named = [m for m in named if m is not None]
    if len(named) == 1 and named[0].actor.kind == "igo":
        arg.add(named[0])
    return arg


SCENE_TIME_PREPS = frozenset({"after", "before", "following", "during"})


def appositive_scene_doer(noun, index: MentionIndex) -> Arg:
    """"X, briefing reporters after talks with Y, said" with the participle read as a noun ("briefing
    reporters" an apposition of X): the talks in the time phrase of that apposition are the subject's."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in SCENE_TIME_PREPS:
        return Arg()
    holder = noun.head.head
    if holder.dep_ != "appos" or holder.pos_ != "NOUN" or not any(
            c.dep_ in ("compound", "amod") and c.lower_.endswith("ing") for c in holder.children):
        return Arg()
    subject = holder.head
    m = index.at(subject)
    if subject.dep_ not in SUBJ or m is None or m.actor.kind not in ("person", "state"):
        return Arg()
    arg = Arg(how="scene.appositive", certainty=0.8)
    arg.add(m)
    return arg


ADDRESS_VERBS = frozenset({"tell", "address", "brief"})


def addressed_meeting_doer(noun, index: MentionIndex) -> Arg:
    """"X told a meeting with Kenyan exporters that ...", "X addressed a meeting of Y": who speaks to a meeting
    takes part in it."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in ADDRESS_VERBS:
        return Arg()
    found, how = subject_of(verb, index)
    found.how = f"address.{how}"
    found.certainty *= 0.8
    return found


def visit_host_beside(participle, index: MentionIndex) -> Arg:
    """"A and visiting B officials agreed": the party coordinated with the visitors is their host."""
    arg = Arg(how="participle.beside", certainty=0.85)
    if participle.dep_ == "conj" and participle.head.pos_ in ("NOUN", "PROPN"):
        m = index.in_phrase(participle.head)
        if m is not None and m.actor.kind in ("state", "person", "igo"):
            arg.add(m)
    return arg


def object_partner(verb, index: MentionIndex) -> Arg:
    """"Kenya values its ties with Peru", "praised the cooperation with X": the party a tie named as the act's
    object is with."""
    arg = Arg(how="object.with", certainty=0.8)
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"):
        for o in prep_objects(obj, {"with"}):
            for m in index.phrase_with_conjuncts(o):
                if m.actor.kind in ("state", "igo"):
                    arg.add(m)
    return arg


AID_RECIPIENT_PREPS = frozenset({"to", "for", "in"})


def aid_recipient(verb, index: MentionIndex) -> Arg:
    """"released ten million euros in emergency aid for storm victims in Fiji": the country that a
    "to/for/in" phrase inside the aid's object, or inside its "to/for" phrase, names receives it (amounts aside;
    an "in" on the verb itself is where the aid was released, not who got it)."""
    arg = Arg(how="aid.object.recipient", certainty=0.8)
    scopes = [c for c in verb.children if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("to", "for"))]
    for scope in scopes:
        for p in scope.subtree:
            if p.dep_ != "prep" or p.lower_ not in AID_RECIPIENT_PREPS or _clause_of(p).i != verb.i:
                continue
            for o in p.children:
                if o.dep_ == "pobj" and not _measure(o):
                    for m in index.phrase_with_conjuncts(o):
                        if m.actor.kind == "state":
                            arg.add(m)
            if arg:
                return arg
    return arg


# "left Bahrain for Baghdad": the phrase that names where a traveller goes
DESTINATION_PREPS = frozenset({"for", "to"})


def departure_origin(verb) -> tuple[set[int], list]:
    """"X left Bahrain for Baghdad" (the "for" phrase may hang on the object): the direct object of a travel
    verb is where the traveller sets out from, no host. The token indices of that object phrase without its
    destination phrase, and the destinations named on the verb or on the object."""
    objects = [c for c in verb.children if c.dep_ == "dobj"] if verb.pos_ == "VERB" else []
    ahead = [p for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ in DESTINATION_PREPS]
    origin = {t.i for o in objects for t in o.subtree} - {t.i for p in ahead for t in p.subtree}
    destinations = prep_objects(verb, DESTINATION_PREPS) + [o for t in objects for o in prep_objects(t, DESTINATION_PREPS)]
    return origin, destinations


# Verbs whose object lists the stops of a tour ("his trip will also include Ghana")
ITINERARY_VERBS = frozenset({"include", "cover"})


def tour_stops(noun) -> list:
    """"His trip will also include Ghana and Togo": a visit noun that is the subject of "include" has
    the places its object lists as destinations (the tokens, read as places by the caller)."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in ITINERARY_VERBS:
        return []
    return [t for c in verb.children if c.dep_ == "dobj" for t in (c, *conjuncts(c))]


def acted_on_place(verb) -> list:
    """"The border town, occupied by Kenya in 1990, ...": a participle with its agent acts on the noun it
    modifies; that noun, when it is a place, names whose land was acted on (the caller reads it as a place)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.pos_ not in ("PROPN", "NOUN"):
        return []
    return [verb.head]



def gathering_host(trigger, verb, organisations: set[str], year: int | None = None) -> Arg:
    """"APEC will hold a ministerial meeting in Vietnam", "EU leaders held their summit in Vienna": an
    organisation's own meeting held in a country is with that country, its host (the dev gold's host <->
    grouping). Only a place "in" the meeting or the verb holding it; a city seating the organisation
    ("in Brussels" for the EU) hosts nothing."""
    arg = Arg(how="gathering.in_place", certainty=0.75)
    heads = [trigger] + ([verb] if verb is not None and verb.i != trigger.i else [])
    for o in (o for h in heads for o in prep_objects(h, {"in"})):
        ent = next((e for e in o.doc.ents if e.start <= o.i < e.end and e.label_ in ("GPE", "LOC")), None)
        if ent is None or gazetteer().seats.get(fold(ent.text)) in organisations:
            continue
        loc = lookup(ent.text, how="sentence", year=year)
        if loc is not None and loc.country:
            actor = Actor(name=country_name(loc.country) or loc.country, kind="state", country=loc.country)
            arg.actors.append(actor)
            arg.spans.append((ent.start_char, ent.end_char))
            return arg
    return arg


# Nouns whose "of" phrase names what is talked about ("the problems of Somalia"), not a party
TOPIC_NOUNS = frozenset({"problem", "issue", "question", "situation", "matter", "future", "status", "fate"})
# Ties whose own modifier names one side ("EU relations with Russia"): the pair is the tie's, a topic
TIE_NOUNS = frozenset({"relation", "tie", "relationship"})


def topic_party(token, index: MentionIndex, source_sides: set[str]) -> bool:
    """"agreed to talk over the problems of Somalia", "the talk focused on EU relations with Russia": a
    country whose own phrase is the "of" phrase of a topic noun, or the "with" phrase of a tie that its own
    modifier gives to another side, is what the act is about, not its other party (a phrase hung lower, "the
    question of the islands with Japan", is left alone: a misattached partner)."""
    head = token
    while head.dep_ in NP_DEPS | {"conj", "cc"} and head.head.i != head.i:
        head = head.head
    if head.dep_ != "pobj":
        return False
    prep, noun = head.head, head.head.head
    if prep.lower_ == "of" and noun.lemma_.lower() in TOPIC_NOUNS:
        return True
    if prep.lower_ in ("with", "between") and noun.lemma_.lower() in TIE_NOUNS:
        owners = [index.in_phrase(c) for c in noun.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
        return any(m is not None and (m.actor.igo or m.actor.country) not in source_sides for m in owners
                   if m is not None and m.actor.kind in ("state", "igo"))
    return False


def gathering_organisation(verb, objects, index: MentionIndex) -> Arg:
    """"took part in the meeting of farm ministers from the APEC forum": the organisation whose gathering is
    attended may be named deeper in the object, after "of" or "from" (its members' phrase); only an
    organisation, never a state (the ministers "from Kenya" are attendees)."""
    arg = Arg(how="object.organisation.deep", certainty=0.8)
    for obj in objects:
        for p in obj.subtree:
            if p.dep_ == "prep" and p.lower_ in ("of", "from") and p.i > obj.i and p.head.i - obj.i <= 4:
                for o in (c for c in p.children if c.dep_ == "pobj"):
                    for m in index.phrase_with_conjuncts(o):
                        if m.actor.kind == "igo":
                            arg.add(m)
        if arg:
            return arg
    return arg


# Verbs that say something to someone about the speaker's own course ("assured Y that it will ...")
ASSURING_VERBS = frozenset({"assure", "reassure", "tell", "promise", "inform", "notify", "warn"})


def assured_party(verb, index: MentionIndex, on_own_side) -> Arg:
    """"X assured Y that X will defend the accord", "told Y it would not sign": an act of the speaker's own
    side, said in a clause to an addressee, is directed at the addressee (a speaker of another side, "Y told
    Z that X will ...", reports someone else's act and names no addressee of it)."""
    arg = Arg(how="clause.addressee", certainty=0.8)
    head = verb.head
    if verb.dep_ != "ccomp" or head.lemma_.lower() not in ASSURING_VERBS:
        return arg
    speaker = child(head, SUBJ)
    said_by = index.in_phrase(speaker) if speaker is not None else None
    if said_by is not None and not on_own_side(said_by.actor):
        return arg
    for c in head.children:
        if c.dep_ in ("dobj", "dative") and c.pos_ in ("PROPN", "NOUN"):
            for m in index.phrase_with_conjuncts(c):
                arg.add(m)
    return arg


def relative_object_party(verb, index: MentionIndex) -> Arg:
    """"Uganda, which Kenya blames for the raid", "its neighbours A and B, whom it accuses of ...": the relative
    word is the act's object, so the one acted on is the party the clause hangs on (or the names set beside it)."""
    arg = Arg(how="relative.object", certainty=0.8)
    if verb.dep_ != "relcl" or not any(c.dep_ == "dobj" and c.tag_ in ("WP", "WDT") for c in verb.children):
        return arg
    noun = verb.head
    for t in [a for a in noun.children if a.dep_ == "appos"] or [noun]:
        for m in index.phrase_with_conjuncts(t):
            arg.add(m)
    return arg


def scene_security_force(verb, index: MentionIndex) -> Arg:
    """"Seven hijackers surrendered and British police said ...": a surrender that names no one surrendered to is to
    the police or troops of the scene, named in the sentence with their country."""
    arg = Arg(how="scene.security_force", certainty=0.7)
    for t in verb.sent:
        m = index.by_token.get(t.i)
        if m is not None and m.actor.sector in ("COP", "MIL") and m.actor.country:
            arg.add(m)
    return arg


def letter_addressee(verb, index: MentionIndex) -> Arg:
    """"proposed in a letter to his Ugandan counterpart that ...", "urged, in a message to the council, ...": an act
    put in a letter or message is addressed to the one the letter is sent to."""
    arg = Arg(how="document.addressee", certainty=0.8)
    for doc_noun in prep_objects(verb, {"in"}):
        if doc_noun.lemma_.lower() not in DOCUMENT_NOUNS:
            continue
        for o in prep_objects(doc_noun, {"to"}):
            for m in index.phrase_with_conjuncts(o):
                arg.add(m)
    return arg


def conjoined_object_party(verb, index: MentionIndex) -> Arg:
    """"Kenya has accused Uganda of cheating and has threatened to retaliate": a verb sharing its subject with the
    verb before it, and with no object of its own, acts on the party that verb's object names."""
    arg = Arg(how="conj.shared_object", certainty=0.7)
    head = verb.head
    if verb.dep_ != "conj" or head.pos_ != "VERB" or child(verb, SUBJ | PASS_SUBJ | {"dobj", "dative"}) is not None:
        return arg       # ("met X and urged them to ...": the second verb's own object, even unread, is its party)
    for obj in (c for c in head.children if c.dep_ == "dobj"):
        # the object itself a party ("accused Uganda"), not a thing named after one ("took the IMF path")
        for m in (index.at(t) for t in [obj, *conjuncts(obj)]):
            if m is not None and (m.actor.kind in ("state", "igo") or m.actor.country):
                arg.add(m)
    return arg
