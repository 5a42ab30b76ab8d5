"""Factuality cues beyond auxiliaries: adjectives of readiness, future modifiers, planning nouns, infinitival
clauses, averted gerunds, and cue verbs the lemmatiser gets wrong. Sentences written for these tests."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from communique.events.factuality import classify, has_cue
from communique.events.lexicon import get_lexicon
from communique.nlp import normalise_quotes

pytestmark = pytest.mark.model

PLAIN = SimpleNamespace(status=None)


def status_of(nlp, text: str, trigger: str, published: str = "2024-06-14"):
    doc = nlp(normalise_quotes(text))
    tok = next(t for t in doc if t.text == trigger)
    return classify(tok, PLAIN, get_lexicon().cues, None, published)


@pytest.mark.parametrize("text, trigger, cue", [
    ("Japan is ready to visit India.", "visit", "ready"),
    ("Kenya is willing to meet Ethiopia.", "meet", "willing"),
    ("The minister is due to arrive in Paris on Friday.", "arrive", "due"),
    ("Japan hopes to visit India.", "visit", "hopes"),
    ("The upcoming visit to India was discussed.", "visit", "upcoming"),
    ("Officials discussed a planned summit in Nairobi.", "summit", "planned"),
    ("Officials began preparations for the visit to India.", "visit", "preparations"),
    ("The talks to be held in Nairobi were announced on Monday.", "talks", "to be held"),
    ("Kenya offered to host the talks.", "host", "offered"),
    ("Kenya is committed to deepening ties with Ethiopia.", "deepening", "committed"),
    ("Kenya is keen on hosting the summit.", "hosting", "keen"),
])
def test_planned_cues(nlp, text, trigger, cue):
    status, seen = status_of(nlp, text, trigger)
    assert status == "planned"
    assert cue in seen


@pytest.mark.parametrize("text, trigger", [
    ("Japan warned India against attacking the border post.", "attacking"),
    ("The patrol prevented the rebels from seizing the bridge.", "seizing"),
])
def test_averted_gerund_is_not_an_occurred_event(nlp, text, trigger):
    status, cue = status_of(nlp, text, trigger)
    assert status == "hypothetical"
    assert cue.split()[-1] in ("against", "from")


@pytest.mark.parametrize("text, trigger", [
    ("Japan visited India last week.", "visited"),
    ("The visit to India ended on Monday.", "visit"),               # no future modifier
    ("Kenya attacked the border post.", "attacked"),
])
def test_plain_past_stays_occurred(nlp, text, trigger):
    assert status_of(nlp, text, trigger)[0] == "occurred"


def test_negation_reaches_through_an_adjective(nlp):
    assert status_of(nlp, "Kenya is not ready to meet Ethiopia.", "meet")[0] == "negated"


def test_cue_words_match_inflected_forms_the_lemmatiser_misses(nlp):
    doc = nlp("Portugal hopes to boost trade.")
    hopes = doc[1]
    assert has_cue(hopes, {"hope"})
    assert not has_cue(hopes, {"hop", "hose"} - {hopes.lemma_.lower()})



@pytest.mark.parametrize("text, trigger", [
    ("Kenya will send aid to Ethiopia if the rains fail.", "send"),
    ("Unless the talks resume, Kenya will recall its ambassador.", "recall"),
])
def test_condition_on_the_main_clause_is_hypothetical(nlp, text, trigger):
    status, cue = status_of(nlp, text, trigger)
    assert status == "hypothetical" and cue.split()[0].lower() in ("if", "unless")


def test_poised_to_is_planned(nlp):
    assert status_of(nlp, "Kenya is poised to sign a new pact.", "sign")[0] == "planned"


def test_denying_a_request_is_a_refusal_but_denying_an_allegation_is_not_coded(nlp):
    from events_helpers import code, state
    actors = {"Kenya": state("KEN"), "Ethiopia": state("ETH"), "Ethiopian": state("ETH")}
    refused = code(nlp, "Kenya denied the Ethiopian request for overflight rights.", actors).events
    assert [(e.type, e.source.country, e.target.country) for e in refused] == [("REJECT", "KEN", "ETH")]
    denial = code(nlp, "Kenya denied the Ethiopian allegations.", actors).events
    assert not any(e.type == "REJECT" for e in denial)


def test_a_finite_conjunct_keeps_its_own_tense(nlp):
    text = "Kenya will continue to support the talks and urges Ethiopia to join them."
    assert status_of(nlp, text, "urges")[0] == "occurred"
    assert status_of(nlp, "Kenya will visit Ethiopia and sign a pact.", "sign")[0] == "planned"


def test_possible_or_potential_noun_is_hypothetical(nlp):
    assert status_of(nlp, "Kenya discussed a possible strike on the rebel camps.", "strike") == ("hypothetical", "possible")
    assert status_of(nlp, "Officials warned of potential sanctions.", "sanctions")[0] == "hypothetical"
    assert status_of(nlp, "The eventual deployment of the force was approved.", "deployment")[0] == "planned"


def test_a_modal_in_another_clause_does_not_reach_the_trigger(nlp):
    text = "Analysts may doubt it, as the minister has publicly urged Kenya to act."
    assert status_of(nlp, text, "urged")[0] == "occurred"
    assert status_of(nlp, "The envoy, who may visit Kenya, praised Ethiopia.", "praised")[0] == "occurred"


def test_agreeing_on_a_thing_is_a_deal_reached_but_agreeing_to_act_is_a_promise(nlp):
    entry = SimpleNamespace(status="planned")
    cues = get_lexicon().cues

    def status(text):
        tok = next(t for t in nlp(text) if t.lemma_ == "agree")
        return classify(tok, entry, cues, None, "2024-06-14")[0]
    assert status("Kenya and Ethiopia agreed on a joint statement.") == "occurred"
    assert status("Kenya and Ethiopia agreed to build a road.") == "planned"
    assert status("Kenya and Ethiopia agreed on Monday to build a road.") == "planned"
    assert status("Kenya and Ethiopia agreed that talks will resume.") == "planned"


def test_an_explicit_plan_wins_over_an_old_date_from_a_relative_clause(nlp):
    doc = nlp("The king, who last visited Kenya in 1993, was scheduled to meet the president.")
    meet = next(t for t in doc if t.text == "meet")
    visited = next(t for t in doc if t.text == "visited")
    cues = get_lexicon().cues
    assert classify(meet, PLAIN, cues, "1993", "2024-06-14")[0] == "planned"
    assert classify(visited, PLAIN, cues, "1993", "2024-06-14")[0] == "historical"
    said = nlp("In 1990 the king said he would visit Kenya.")
    visit = next(t for t in said if t.text == "visit")
    assert classify(visit, PLAIN, cues, "1990", "2024-06-14")[0] == "historical"    # reported 'would' is no plan now


def test_readiness_for_a_conflict_act_is_a_threat_but_for_cooperation_a_plan(nlp):
    cues = get_lexicon().cues
    doc = nlp("Kenya is ready to impose sanctions on Ethiopia.")
    impose = next(t for t in doc if t.text == "impose")
    assert classify(impose, SimpleNamespace(status=None, type="SANCTION"), cues, None, "2024-06-14") == ("hypothetical", "ready")
    doc = nlp("Kenya is ready to sign a pact with Ethiopia.")
    sign = next(t for t in doc if t.text == "sign")
    assert classify(sign, SimpleNamespace(status=None, type="SUPPORT"), cues, None, "2024-06-14")[0] == "planned"


@pytest.mark.parametrize("text, trigger, status", [
    ("Kenya says Ethiopia must wait until the envoy visits Nairobi.", "visits", "hypothetical"),
    ("Kenya will sign the deal when the envoy arrives in Nairobi.", "arrives", "planned"),
    ("Kenya signed the deal when the envoy arrived in Nairobi.", "arrived", "occurred"),
    ("Kenya plans to sign the deal once the envoy visits Nairobi.", "visits", "planned"),
])
def test_present_tense_temporal_clause_takes_the_main_clause_modality(nlp, text, trigger, status):
    assert status_of(nlp, text, trigger)[0] == status
