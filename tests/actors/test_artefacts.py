"""Acceptance 2: no false actors from artefacts (real model on short texts written for the test)."""
from __future__ import annotations

from communique.actors.resolve import ActorResolver
from communique.model import Article
from communique.nlp import normalise_quotes

TEXT = ("HANOI, May 3 (VNA) \u2013 The President said in May that the Party and the State would keep "
        "their promises.\n\nVi\u1ec7t Nam\u2019s leaders met on Monday. The Party\u2019s Central Committee and "
        "the State\u2019s agencies agreed in March.\n\n\u201cWe are ready,\u201d he said. President\n\n"
        "Comments0\nLast updated at 12:00 PM")


def test_no_actor_from_titles_party_state_months_or_page_furniture(nlp):
    doc = nlp(normalise_quotes(TEXT))
    mentions = ActorResolver().mentions(doc, Article(doc_id="a", body=TEXT))
    texts = [m.text for m in mentions]
    assert "Việt Nam" in texts
    for m in mentions:
        assert m.text == TEXT[m.start:m.end]
        assert m.text not in ("President", "Party", "State", "May", "March", "Monday", "he", "Comments0")
        assert not m.text.startswith(("'", "\u2019")) and m.actor.kind != "person", m
    assert "HANOI" not in texts                          # the dateline is a place, not an actor


def test_curly_apostrophe_keeps_country_spans_tight(nlp):
    text = "Chile\u2019s President and Peru\u2019s ministers met."
    doc = nlp(normalise_quotes(text))
    mentions = ActorResolver().mentions(doc, Article(doc_id="b", body=text))
    assert [(m.text, m.actor.country) for m in mentions] == [("Chile", "CHL"), ("Peru", "PER")]
