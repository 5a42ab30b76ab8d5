"""Round-4 lexicon and matcher rules: each construction on a sentence written for this test, with a near miss.

Actors are given by hand (events_helpers), so the lexicon, the matcher, the argument rules and the
factuality cues are exercised with the real spaCy model.
"""
from __future__ import annotations

import pytest

from communique.errors import DataFileError
from communique.events.lexicon import LEXICON_PATH, load_lexicon
from events_helpers import code, person
from test_types_round3 import MORE_ACTORS
from test_types_coverage import has

pytestmark = pytest.mark.model


def coded(nlp, text):
    """(type, cameo, source, target, status, rule) per event, with the actors of round 3."""
    def side(a):
        return None if a is None else (a.igo if a.kind == "igo" else a.country)
    return [(e.type, e.cameo, side(e.source), side(e.target), e.status, e.rule) for e in code(nlp, text, MORE_ACTORS).events]


CASES = [
    # wanting or hoping that another party act asks it to (request.want_act); the act picks the code
    ("Kenya hopes Ethiopia can strengthen its dialogue with the rebels.", "REQUEST", "026", "KEN", "ETH", "occurred"),
    ("Kenya hopes that Ethiopia will release the prisoners.", "REQUEST", "0253", "KEN", "ETH", "occurred"),
    ("Kenyan officials hoped Japan would provide new aid for their country.", "REQUEST", "023", "KEN", "JPN", "occurred"),
    ("Kenya wants Ethiopia to withdraw its troops from the border.", "REQUEST", "0256", "KEN", "ETH", "occurred"),
    ("Kenya wanted Ethiopia to lift its import controls within three years.", "REQUEST", "025", "KEN", "ETH", "occurred"),
    ("Kenya would like Ethiopia to reopen the border.", "REQUEST", "020", "KEN", "ETH", "planned"),
    # calling on a party asks it only with the act named
    ("Kenya called on Ethiopia to withdraw its troops.", "REQUEST", "0256", "KEN", "ETH", "occurred"),
    # support lent, given or delivered
    ("Kenya delivered a strong endorsement of the Ethiopian government.", "SUPPORT", "051", "KEN", "ETH", "occurred"),
    ("Kenya lent its support to Ethiopia's bid.", "SUPPORT", "051", "KEN", "ETH", "occurred"),
    # a party's complaints about another's conduct
    ("A ban on flower imports triggered Kenyan complaints about Ethiopia's farm policy.", "ACCUSE", "114", "KEN", "ETH",
     "occurred"),
    # a conflict act made to hang on another party's conduct is aimed at that party (a threat)
    ("Kenya said it would be forced to impose unilateral quotas if Ethiopia did not sign.", "THREATEN", "1312", "KEN", "ETH",
     "occurred"),
    ("Kenya will impose sanctions unless Ethiopia withdraws its troops.", "THREATEN", "1312", "KEN", "ETH", "occurred"),
    ("Kenya warned it would cut aid if Ethiopia continued the attacks.", "THREATEN", "1311", "KEN", "ETH", "occurred"),
    # a reaction caused by a party's act is aimed at that party; the actor word before coordinated reactions is theirs
    ("The Ethiopian missile test last month sparked Kenyan condemnations and sanctions.", "ACCUSE", "111", "KEN", "ETH",
     "occurred"),
    ("The Ethiopian missile test last month sparked Kenyan condemnations and sanctions.", "SANCTION", "16", "KEN", "ETH",
     "occurred"),
    ("Kenya's election reform drew praise from Ethiopia.", "SUPPORT", "051", "ETH", "KEN", "occurred"),
    # welcoming a party's interest approves of it
    ("Kenya welcomed Ethiopia's interest in joining the bloc.", "SUPPORT", "051", "KEN", "ETH", "occurred"),
    # censure of a meeting or a visit is aimed at its parties
    ("Kenya voiced strong indignation at a meeting between the Ethiopian president and a rebel commander.", "ACCUSE", "111",
     "KEN", "ETH", "occurred"),
    ("Kenya criticised Ethiopia's visit to the disputed island.", "ACCUSE", "111", "KEN", "ETH", "occurred"),
    # what two parties agree another should do is asked of it; "should" states an obligation as "must" does
    ("Kenya and Uganda agreed on Monday that Ethiopia should abandon all its nuclear programs.", "REQUEST", "020", "KEN",
     "ETH", "occurred"),
    ("Kenya said Ethiopia should open its market.", "REQUEST", "020", "KEN", "ETH", "occurred"),
    # an obligation stated in an opinion asks it; a person's extradition sought from where he is held; a claim about
    # another party's conduct alleges it
    ("Kenya now feels Ethiopia must hold off until the envoy arrives.", "REQUEST", "020", "KEN", "ETH", "occurred"),
    ("Kenya is seeking the extradition of a militant arrested recently in Ethiopia.", "REQUEST", "0213", "KEN", "ETH",
     "occurred"),
    ("Kenya claims Ethiopia is deliberately fanning extremism in Somalia.", "ACCUSE", "112", "KEN", "ETH", "occurred"),
    # verbs that end or cut an undertaking carry it ("winding up a visit", "finished a visit")
    ("The Kenyan foreign minister, winding up a three-day visit to Ethiopia, told reporters trade was growing.",
     "CONSULT", "042", "KEN", "ETH", "occurred"),
    ("The Kenyan president finished a two-day visit to Ethiopia on Friday.", "CONSULT", "042", "KEN", "ETH", "occurred"),
    # a vow of a hostile act that is no trigger of its own threatens it
    ("Kenyan rebels have vowed to destroy Ethiopia.", "THREATEN", "130", "KEN", "ETH", "occurred"),
    # joining an organisation: the organisation admits the member
    ("Kenya, Uganda and Ethiopia today became full members of the United Nations.", "SUPPORT", "050", "UN", "UGA", "occurred"),
    ("Kenya and Uganda are scheduled to join the United Nations in January.", "AGREE", "032", "UN", "KEN", "planned"),
]


@pytest.mark.parametrize("text, ptype, cameo, source, target, status", CASES)
def test_round4_construction_is_coded(nlp, text, ptype, cameo, source, target, status):
    events = coded(nlp, text)
    assert has(events, ptype, cameo, source, target, status), events


@pytest.mark.parametrize("text, absent", [
    ("Kenya wants to improve relations with Ethiopia.", "REQUEST"),        # its own act: an intention
    ("Kenya hopes to deepen cooperation with Ethiopia.", "REQUEST"),
    ("Kenya hopes the talks will succeed.", "REQUEST"),                    # the doer is no party
    ("Kenya hopes Ethiopia's economy will grow.", "REQUEST"),              # a thing of the party's is no doer
    ("Kenya wants the talks to resume soon.", "REQUEST"),
    ("Kenya argued the new duty would not unfairly hit goods from Ethiopia.", "ASSAULT"),   # economic, not an attack
    ("A private Kenyan rice trader visited Ethiopia last week.", "CONSULT"),          # a trader is no envoy
    ("Kenya voiced complaints about the weather.", "ACCUSE"),                       # no party complained of
    ("Kenya would retaliate if it were attacked.", "THREATEN"),                     # its own condition names no party
    ("Kenya welcomed Ethiopia's interest in joining the bloc.", "CONSULT"),          # no hosting
    ("The Kenyan and Ethiopian ministers will meet the press together after lunch.", "AGREE"),  # meeting reporters is no meeting
    ("Kenya rejected any possibility that rebels might endanger security in Ethiopia.", "REJECT"),   # a denial
    ("The Kenyan trade law says that Ethiopia must be a member of the bloc.", "REQUEST"),          # a rule, not a request
    ("The Kenyan president gave a speech on trade at a private university.", "CONSULT"),           # addressed to no party
    ("Kenya endorsed Ethiopia's bid to join the United Nations.", "AGREE"),          # joining only wished for
    ("Kenya hopes to join the United Nations.", "SUPPORT"),
    ("Kenya can play a role by actively joining the United Nations debates.", "SUPPORT"),   # only modifies what is joined
    ("Kenya joined Ethiopia in condemning the attack.", "SUPPORT"),                 # a state joined admits no one
    ("Kenya joined the United Nations in condemning the raid.", "SUPPORT"),         # siding with it in an act
    ("Kenya claimed that it had won the vote over Ethiopia.", "ACCUSE"),            # its own claim names no one
    ("Kenya vowed to deepen ties with Ethiopia.", "THREATEN"),                      # a vow of cooperation stays a promise
    ("Kenya took new steps to strengthen the Ethiopian leader's position.", "MOBILIZE"),   # politics, not a fortification
    ("Kenya reached a deal with Ethiopia on the tax plan in exchange for passage of the budget.", "CONSULT"),  # an idiom
    ("Kenya will open its market three years after joining the United Nations.", "SUPPORT"),   # a condition
])
def test_round4_near_miss_is_not_coded(nlp, text, absent):
    assert not any(e[0] == absent for e in coded(nlp, text))


def test_an_own_act_hoped_for_stays_an_event_of_its_own(nlp):
    # the hope names no other doer, so it neither codes a request nor swallows the signing it governs
    events = coded(nlp, "Kenya said it hopes that it will sign a deal with Ethiopia.")
    assert has(events, "AGREE", "03", "KEN", "ETH", "planned"), events
    assert not any(e[0] == "REQUEST" for e in events), events


def test_admitted_is_read(tmp_path):
    head = LEXICON_PATH.read_text(encoding="utf-8").split("\nentries:\n")[0] + "\nentries:\n"
    path = tmp_path / "lex.yaml"
    path.write_text(head + '  - {id: x.ok, lemmas: [foo], pos: noun, type: SUPPORT, cameo: "050", admitted: true}\n',
                    encoding="utf-8")
    assert next(e for e in load_lexicon(path).entries if e.id == "x.ok").admitted


def test_act_of_other_is_read_and_verb_only(tmp_path):
    head = LEXICON_PATH.read_text(encoding="utf-8").split("\nentries:\n")[0] + "\nentries:\n"
    ok = tmp_path / "ok.yaml"
    ok.write_text(head + '  - {id: x.ok, lemmas: [foo], pos: verb, type: REQUEST, cameo: "020", pinned_type: true, '
                         'act_of_other: true}\n', encoding="utf-8")
    entry = next(e for e in load_lexicon(ok).entries if e.id == "x.ok")
    assert entry.act_of_other and entry.specificity == 1
    bad = tmp_path / "bad.yaml"
    bad.write_text(head + '  - {id: x.bad, lemmas: [foo], pos: noun, type: REQUEST, cameo: "020", pinned_type: true, '
                          'act_of_other: true}\n', encoding="utf-8")
    with pytest.raises(DataFileError, match="x.bad.*verb entries"):
        load_lexicon(bad)


def test_calling_on_a_person_without_an_act_is_a_visit(nlp):
    actors = MORE_ACTORS | {"Abebe Kebede": person("Abebe Kebede", "ETH"), "Hana Tesfaye": person("Hana Tesfaye", "ETH",
                                                                                                 "Foreign Minister")}

    def brief(text):
        return [(e.type, e.cameo, e.source.country, e.target.country if e.target else None) for e in code(nlp, text, actors).events]
    events = brief("The Kenyan envoy called on President Abebe Kebede in the afternoon.")
    assert ("CONSULT", "042", "KEN", "ETH") in events, events
    # a visit still to come is an intention to meet
    events = brief("During his stay the Kenyan envoy is to call on President Abebe Kebede and Foreign Minister Hana Tesfaye.")
    assert ("AGREE", "036", "KEN", "ETH") in events, events
    assert not any(e[0] == "REQUEST" for e in events), events
    events = coded(nlp, "Kenya called on Ethiopia for restraint.")
    assert not any(e[0] == "CONSULT" for e in events), events


def test_a_reaction_to_no_party_has_no_target(nlp):
    # the cause names no party: the criticism is aimed at no one the coder can name
    events = coded(nlp, "The new labour law sparked criticism from Kenya.")
    assert not any(e[0] == "ACCUSE" and e[3] is not None for e in events), events


def test_a_meeting_between_others_is_no_scene_of_the_subject(nlp):
    # the one voicing indignation at a meeting between others did not take part in it
    events = coded(nlp, "Kenya voiced strong indignation at a meeting between the Ethiopian president and a rebel commander.")
    assert not any(e[0] == "CONSULT" and e[2] == "KEN" for e in events), events
    events = coded(nlp, "In a meeting with Ethiopia, Kenya said ties were good.")
    assert has(events, "CONSULT", "040", "KEN", "ETH"), events


def test_an_obligation_of_ones_own_side_asks_no_one_and_swallows_nothing(nlp):
    events = coded(nlp, "Kenya and Ethiopia should further strengthen cooperation on training, said the Kenyan minister.")
    assert has(events, "AGREE", "030", "KEN", "ETH", "planned"), events
    assert not any(e[0] == "REQUEST" for e in events), events
