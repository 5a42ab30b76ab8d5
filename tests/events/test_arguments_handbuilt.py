"""Argument rules on hand-built parses (no trained model): active, passive, control, nominal, between."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from communique.events.arguments import MentionIndex, subject_of
from communique.events.lexicon import get_lexicon
from communique.events.match import find_candidates
from communique.model import Actor, Mention


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def parse(vocab, words, heads, deps, pos, lemmas, tags=None):
    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, tags=tags or [""] * len(words),
              sent_starts=[True] + [False] * (len(words) - 1))
    return doc


def mention(doc, i, iso3, kind="state"):
    t = doc[i]
    return Mention("t", t.text, t.idx, t.idx + len(t.text), Actor(t.text, kind=kind, country=iso3))


def test_active_subject_and_object(vocab):
    doc = parse(vocab, ["Japan", "visited", "India", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                ["PROPN", "VERB", "PROPN", "PUNCT"], ["Japan", "visit", "India", "."])
    index = MentionIndex(doc, [mention(doc, 0, "JPN"), mention(doc, 2, "IND")])
    (cand,) = find_candidates(doc[:], index, get_lexicon())
    assert cand.entry.id == "consult.visit.verb"
    assert [a.country for a in cand.source.actors] == ["JPN"] and cand.source.how == "active.nsubj"
    assert [a.country for a in cand.target.actors] == ["IND"]


def test_passive_agent_is_the_source(vocab):
    words = ["India", "was", "praised", "by", "Japan", "."]
    doc = parse(vocab, words, [2, 2, 2, 2, 3, 2], ["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct"],
                ["PROPN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"], ["India", "be", "praise", "by", "Japan", "."])
    index = MentionIndex(doc, [mention(doc, 0, "IND"), mention(doc, 4, "JPN")])
    (cand,) = find_candidates(doc[:], index, get_lexicon())
    assert [a.country for a in cand.source.actors] == ["JPN"] and cand.source.how == "passive.agent"
    assert [a.country for a in cand.target.actors] == ["IND"]


def test_object_control_gives_the_embedded_subject(vocab):
    words = ["Japan", "invited", "India", "to", "visit", "."]
    doc = parse(vocab, words, [1, 1, 1, 4, 1, 1], ["nsubj", "ROOT", "dobj", "aux", "xcomp", "punct"],
                ["PROPN", "VERB", "PROPN", "PART", "VERB", "PUNCT"], ["Japan", "invite", "India", "to", "visit", "."])
    index = MentionIndex(doc, [mention(doc, 0, "JPN"), mention(doc, 2, "IND")])
    arg, how = subject_of(doc[4], index)
    assert [a.country for a in arg.actors] == ["IND"] and how == "control.object"


def test_nominal_possessive_and_preposition(vocab):
    words = ["Japan", "'s", "visit", "to", "India", "ended", "."]
    doc = parse(vocab, words, [2, 0, 5, 2, 3, 5, 5], ["poss", "case", "nsubj", "prep", "pobj", "ROOT", "punct"],
                ["PROPN", "PART", "NOUN", "ADP", "PROPN", "VERB", "PUNCT"], ["Japan", "'s", "visit", "to", "India", "end", "."])
    index = MentionIndex(doc, [mention(doc, 0, "JPN"), mention(doc, 4, "IND")])
    (cand,) = find_candidates(doc[:], index, get_lexicon())
    assert cand.entry.id == "consult.visit.noun"
    assert [a.country for a in cand.source.actors] == ["JPN"] and cand.source.how == "nominal.poss"
    assert [a.country for a in cand.target.actors] == ["IND"]


def test_between_x_and_y(vocab):
    words = ["talks", "between", "Japan", "and", "India", "ended", "."]
    doc = parse(vocab, words, [5, 0, 1, 2, 2, 5, 5], ["nsubj", "prep", "pobj", "cc", "conj", "ROOT", "punct"],
                ["NOUN", "ADP", "PROPN", "CCONJ", "PROPN", "VERB", "PUNCT"], ["talk", "between", "Japan", "and", "India", "end", "."])
    index = MentionIndex(doc, [mention(doc, 2, "JPN"), mention(doc, 4, "IND")])
    (cand,) = find_candidates(doc[:], index, get_lexicon())
    assert [a.country for a in cand.source.actors] == ["JPN", "IND"] and cand.source.how == "nominal.between"


def test_group_mention_gives_its_members(vocab):
    words = ["The", "leaders", "met", "."]
    doc = parse(vocab, words, [1, 2, 2, 2], ["det", "nsubj", "ROOT", "punct"], ["DET", "NOUN", "VERB", "PUNCT"],
                ["the", "leader", "meet", "."])
    group = Mention("t", "The leaders", 0, 11, Actor("the leaders", kind="group"),
                    members=[Actor("Japan", kind="state", country="JPN"), Actor("India", kind="state", country="IND")])
    index = MentionIndex(doc, [group])
    (cand,) = find_candidates(doc[:], index, get_lexicon())
    assert [a.country for a in cand.source.actors] == ["JPN", "IND"]
