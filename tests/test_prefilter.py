"""The pre-filter blanks paragraphs that cannot hold an event, keeping every offset."""
from __future__ import annotations

from communique.prefilter import blank_unlikely_paragraphs, inflections, may_hold_event

TEXT = (
    "OSLO, June 3 - Markets were calm on Monday.\n\n"
    "Net profit rose 12 percent to 45 million crowns in the quarter, the company said.\n\n"
    "Norway's prime minister met his Swedish counterpart in Oslo to discuss fishing rights.\n\n"
    "Shares closed higher.\n\n"
    "He also invited the visitors to return next year.\n"
)


def test_inflections_cover_regular_and_irregular_forms():
    assert {"visit", "visits", "visited", "visiting"} <= inflections("visit")
    assert {"met", "meeting", "meets"} <= inflections("meet")
    assert {"stopped", "stopping"} <= inflections("stop")
    assert {"signed", "signing"} <= inflections("sign")
    assert {"held", "holding"} <= inflections("hold")


def test_a_paragraph_needs_an_actor_and_a_trigger():
    assert may_hold_event("Norway's prime minister met his Swedish counterpart.")
    assert not may_hold_event("Net profit rose 12 percent to 45 million crowns in the quarter.")
    assert not may_hold_event("Norway is a cold country.")           # actor, no trigger
    assert may_hold_event("He also invited the visitors to return next year.")  # pronoun stands for an actor


def test_blanking_keeps_length_line_breaks_offsets_and_the_lead():
    masked, blanked = blank_unlikely_paragraphs(TEXT)
    assert len(masked) == len(TEXT)
    assert [i for i, c in enumerate(masked) if c == "\n"] == [i for i, c in enumerate(TEXT) if c == "\n"]
    assert masked.startswith("OSLO, June 3 - Markets were calm on Monday.")      # the lead stays
    assert "Net profit" not in masked and "Shares closed" not in masked
    blank = masked[TEXT.index("Net profit"):TEXT.index("Norway's") - 2]
    assert blank.startswith(".") and not blank[1:].strip()
    start = TEXT.index("Norway's prime minister")
    assert masked[start:start + 40] == TEXT[start:start + 40]
    assert "invited the visitors" in masked
    assert blanked == len("Net profit rose 12 percent to 45 million crowns in the quarter, the company said.") + \
        len("Shares closed higher.")


def test_text_with_nothing_to_blank_is_returned_unchanged():
    text = "Chile and Peru signed a trade pact.\n\nThe two presidents met in Lima."
    assert blank_unlikely_paragraphs(text) == (text, 0)


ARTICLE = (
    "LIMA, March 4 - Copper output at the mine rose 8 percent in February, the operator said.\n\n"
    "Quarterly revenue was 310 million soles, up from 280 million a year earlier.\n\n"
    "Peru's foreign minister met his Bolivian counterpart in Lima on Tuesday to discuss border trade.\n\n"
    "Analysts expect prices to stay firm.\n"
)


def test_pipeline_with_the_prefilter_keeps_events_and_offsets(nlp):
    from communique.model import Article
    from communique.pipeline import code_articles

    def events(prefilter: bool):
        article = Article(doc_id="prefilter-test", body=ARTICLE, published="2024-03-04")
        result = next(code_articles([article], prefilter=prefilter))
        return [(e.type, e.cameo, e.source.key if e.source else None, e.target.key if e.target else None,
                 tuple(e.spans.get("trigger") or ()), e.sentence) for e in result.events]

    filtered, unfiltered = events(True), events(False)
    assert filtered == unfiltered
    assert filtered, "the meeting sentence should yield an event"
    for _type, _cameo, _s, _t, trigger, sentence in filtered:
        assert sentence in ARTICLE
        if trigger:
            assert ARTICLE[trigger[0]:trigger[1]].strip()


def test_a_trigger_that_needs_a_companion_word_needs_it_in_the_paragraph():
    from communique.prefilter import Vocabulary, _has_trigger

    vocab = Vocabulary(frozenset({"took", "condemned"}), {"took": frozenset({"hostage", "hostages"})})
    assert _has_trigger("Rebels took two envoys hostage".split(), vocab.triggers, vocab.needs)
    assert not _has_trigger("Exporters took a larger share".split(), vocab.triggers, vocab.needs)
    assert _has_trigger("Ministers condemned the raid".split(), vocab.triggers, vocab.needs)


def test_a_paragraph_introducing_a_titled_person_is_kept():
    from communique.prefilter import may_hold_event

    # no trigger word, but later paragraphs name "Lund" bare: who he is must be parsed
    assert may_hold_event("Norwegian Prime Minister Per Lund on Monday restated his country's view.")
    assert not may_hold_event("The weather in the capital stayed mild on Monday.")
