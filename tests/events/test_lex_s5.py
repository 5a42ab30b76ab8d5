"""Session-5 lexicon and matcher rules: each construction on a sentence written for this test, with near misses that
must stay uncoded.

Actors are given by hand (events_helpers), so the lexicon, the matcher, the argument rules and the
factuality cues are exercised with the real spaCy model.
"""
from __future__ import annotations

import pytest

from communique.errors import DataFileError
from communique.events.lexicon import LEXICON_PATH, load_lexicon
from events_helpers import code, person, state
from test_types_coverage import has
from test_types_round3 import coded

pytestmark = pytest.mark.model


CASES = [
    # a military intervention: by armed forces, or said to be military; readiness for it threatens force
    ("Kenyan troops intervened in Somalia last year.", "ASSAULT", "190", "KEN", "SOM", "historical"),
    ("Ethiopia may intervene militarily in Somalia.", "THREATEN", "138", "ETH", "SOM", "occurred"),
    # the subject of a passive governor is the doer of its complement ("troops are poised to ...")
    ("Kenyan warplanes are poised to intervene in Somalia if the truce collapses.", "THREATEN", "138", "KEN", "SOM",
     "occurred"),
    # a wrong alleged as the ground of a punitive act: alleged by the actor against the party the act is aimed at
    ("The Kenyan government imposed tariffs on Ethiopian goods for alleged violation of a coffee pact.", "ACCUSE", "112",
     "KEN", "ETH", "occurred"),
    # a stance shown through a noun of display: "showed signs of concern over X's ..."
    ("Kenya has shown growing signs of concern over Ethiopia's military buildup.", "ACCUSE", "110", "KEN", "ETH", "occurred"),
    ("Kenya voiced words of anger at Ethiopia's decision.", "ACCUSE", "111", "KEN", "ETH", "occurred"),
    # a trend or conduct censured that is placed in a state is that state's
    ("The visiting Kenyan minister voiced concern about the growing mood of hostility to migrants in Ethiopia.", "ACCUSE",
     "110", "KEN", "ETH", "occurred"),
    # keeping ties up, as an intention (a future cue or "the priority is to")
    ("Kenya will maintain close ties with Ethiopia.", "AGREE", "030", "KEN", "ETH", "planned"),
    ("Kenya's first priority is to preserve stable relations with Ethiopia.", "AGREE", "030", "KEN", "ETH", "planned"),
    # a speaker's own announced act, named by a pronoun that can be his
    ("Kenya warned that it would cut ties with Ethiopia.", "THREATEN", "1313", "KEN", "ETH", "occurred"),
    # saying another party failed to keep its word accuses it
    ("Kenya said Ethiopia had failed to honour the border accord.", "ACCUSE", "112", "KEN", "ETH", "occurred"),
    ("Kenya imposed the duties because Ethiopia failed to keep its pledge to reopen the road, Kenyan officials said.",
     "ACCUSE", "112", "KEN", "ETH", "occurred"),
    # saying another party breaks a law or its word
    ("Kenya said Ethiopia had broken its promise to withdraw.", "ACCUSE", "112", "KEN", "ETH", "occurred"),
    # duties imposed on a party's goods are a trade sanction
    ("Kenya imposed anti-dumping duties on imports of Ethiopian sugar.", "SANCTION", "163", "KEN", "ETH", "occurred"),
    # wanting two other parties to talk asks them to
    ("Japan wants a dialogue between India and its neighbours.", "REQUEST", "026", "JPN", "IND", "occurred"),
]


@pytest.mark.parametrize("text, ptype, cameo, source, target, status", CASES)
def test_s5_construction_is_coded(nlp, text, ptype, cameo, source, target, status):
    events = coded(nlp, text)
    assert has(events, ptype, cameo, source, target, status), events


@pytest.mark.parametrize("text, absent", [
    ("Kenya's central bank intervened in the Nairobi currency market.", "ASSAULT"),    # a market, no force
    ("Kenya intervened in the quarrel between Uganda and Ethiopia.", "ASSAULT"),         # mediation, no force
    ("Kenya denied the alleged violations of the truce.", "ACCUSE"),                    # no one alleges here
    ("Kenya's alleged breach of the truce angered its neighbours.", "ACCUSE"),          # no punitive act, no party
    ("Kenya showed signs of concern for the safety of Ethiopian refugees.", "ACCUSE"),  # sympathy, no blame
    ("Japan wants talks with India.", "REQUEST"),                                       # its own talks: no request
    ("Kenya voiced concern over the rising number of deaths in Ethiopia.", "ACCUSE"),   # a toll: no blame
    ("Kenya voiced concern about the fate of refugees in Ethiopia.", "ACCUSE"),
    ("Kenya and Ethiopia maintain close ties.", "AGREE"),                               # a state of things, no intention
    # the one to be let act is not the one asked
    ("Kenya and Ethiopia agreed that Somalia should be allowed to settle its quarrels on its own.", "REQUEST"),
    # a failure of one's own, one no one reports, or keeping up with others, accuses no one
    ("Kenya said it had failed to honour the accord.", "ACCUSE"),
    ("Ethiopia failed to honour the border accord.", "ACCUSE"),
    ("Kenya said Ethiopia had failed to keep up with its neighbours.", "ACCUSE"),
    ("Kenya said Ethiopia denied breaking the border accord.", "ACCUSE"),              # a denial reported
    ("Kenya said Ethiopia broke the world record.", "ACCUSE"),
    ("The Kenyan minister resumed his duties in Ethiopia on Monday.", "SANCTION"),       # a post's duties
    # a means gerund carries no intention of its own
    ("Kenya will keep building mutual confidence by maintaining exchanges with Ethiopia at every level.", "AGREE"),
])
def test_s5_near_miss_is_not_coded(nlp, text, absent):
    assert not any(e[0] == absent for e in coded(nlp, text))


def test_it_in_a_persons_warning_names_no_act_of_his_own(nlp):
    """"it" cannot be a person speaking of himself: what "it" would do is a forecast, no threat; "he" is his own act."""
    actors = {"Amina Odhiambo": person("Amina Odhiambo", "KEN", "Foreign Minister"), "Ethiopia": state("ETH")}

    def types(text):
        return [e.type for e in code(nlp, text, actors).events]
    assert "THREATEN" not in types("Amina Odhiambo warned that if the deal fails it would leave Ethiopia short of funds.")
    assert "THREATEN" in types("Amina Odhiambo warned that she would cut ties with Ethiopia.")


def test_accused_doer_is_for_verb_entries(tmp_path):
    """A noun has no doer of its own to accuse: the loader refuses the key on a noun entry."""
    path = tmp_path / "lexicon.yaml"
    text = LEXICON_PATH.read_text(encoding="utf-8")
    bad = '  - {id: x.bad, lemmas: [failure], pos: noun, type: ACCUSE, cameo: "112", accused_doer: true}\n'
    path.write_text(text.replace("entries:\n", "entries:\n" + bad, 1), encoding="utf-8")
    with pytest.raises(DataFileError, match="accused_doer are for verb entries"):
        load_lexicon(path)


def test_a_capitalised_noun_after_an_abbreviation_is_still_the_noun(nlp):
    """Wire copy capitalises the word after "U.S."; the tagger reads it as a name, the lexicon as the common noun."""
    actors = {"U.S.": state("USA"), "Kenya": state("KEN")}
    found = [(e.type, e.source.country, e.target.country) for e in code(
        nlp, "A ban on flower imports set off fresh U.S. Complaints about Kenya's farm policy.", actors).events]
    assert ("ACCUSE", "USA", "KEN") in found


@pytest.mark.parametrize("text", [
    "Kenya's deputy minister answered from Nairobi, saying Ethiopia would break international law by crossing the river.",
    "Kenya will impose tariffs on Ethiopian imports in retaliation for an alleged Ethiopian breach of the trade accord.",
])
def test_a_charge_about_an_act_to_come_is_coded(nlp, text):
    """The charge is made whatever the tense of the act charged or of the act it grounds (its status: factuality's)."""
    found = coded(nlp, text)
    assert any(e[0] == "ACCUSE" and e[1] == "112" and e[2:4] == ("KEN", "ETH") for e in found), found


def test_a_participle_opening_the_sentence_is_the_main_subjects_act(nlp):
    """"Welcoming X's offer ..., Y said": the tagger reads the opening participle as an adjective of the noun phrase after
    it; the act is the main subject's, aimed at the one whose offer it is (only for a reading that names its objects)."""
    actors = {"Daniel Mwangi": person("Daniel Mwangi", "KEN"), "Abebe Tadesse": person("Abebe Tadesse", "ETH", "Prime Minister")}

    def brief_of(text):
        return [(e.type, e.source.country, e.target.country if e.target else None) for e in code(nlp, text, actors).events]
    assert ("SUPPORT", "ETH", "KEN") in brief_of(
        "Welcoming President Daniel Mwangi's offer on Saturday to reopen the rail line, Abebe Tadesse said the step was "
        "overdue.")
    assert not any(b[0] == "SUPPORT" for b in brief_of(
        "Welcoming guests at the palace on Saturday, Abebe Tadesse said the rail line would reopen."))
