"""The gazetteer entity ruler (nlp.GazetteerRuler): exact-case and case-insensitive forms on phrase matchers."""
from __future__ import annotations

import pytest

from communique.errors import DataFileError
from communique.nlp import GazetteerRuler


@pytest.fixture(scope="module")
def blank():
    import spacy

    return spacy.blank("en")


def ruled(blank, text, patterns):
    ruler = GazetteerRuler(blank)
    ruler.add_patterns(patterns)
    return [(e.text, e.label_, e.ent_id_) for e in ruler(blank.make_doc(text)).ents]


PATTERNS = [
    {"label": "GPE", "pattern": [{"ORTH": "Chad"}], "id": "TCD"},
    {"label": "GPE", "pattern": [{"ORTH": "U.S."}], "id": "USA"},
    {"label": "GPE", "pattern": "United States", "id": "USA"},
    {"label": "GPE", "pattern": "United States of America", "id": "USA"},
    {"label": "NORP", "pattern": [{"ORTH": "U.S."}], "id": "USA"},
    {"label": "NORP", "pattern": "Zambian", "id": "ZMB"},
    {"label": "GPE", "pattern": [{"ORTH": "New"}, {"ORTH": "Zork"}], "id": "NZK"},
]


def test_exact_case_forms_match_only_in_that_case(blank):
    assert ruled(blank, "Chad and chad", PATTERNS) == [("Chad", "GPE", "TCD")]
    assert ruled(blank, "New Zork or new zork", PATTERNS) == [("New Zork", "GPE", "NZK")]


def test_case_insensitive_forms_match_any_case(blank):
    assert ruled(blank, "ZAMBIAN and zambian", PATTERNS) == [("ZAMBIAN", "NORP", "ZMB"), ("zambian", "NORP", "ZMB")]


def test_longest_match_wins_and_a_tie_goes_to_the_first_pattern(blank):
    assert ruled(blank, "the United States of America", PATTERNS) == [("United States of America", "GPE", "USA")]
    assert ruled(blank, "a U.S. envoy", PATTERNS) == [("U.S.", "GPE", "USA")]


def test_ruler_overwrites_overlapping_entities(blank):
    from spacy.tokens import Span

    ruler = GazetteerRuler(blank)
    ruler.add_patterns(PATTERNS)
    doc = blank.make_doc("envoys of the United States met")
    doc.ents = [Span(doc, 2, 5, label="ORG")]
    assert [(e.text, e.label_) for e in ruler(doc).ents] == [("United States", "GPE")]


def test_other_token_patterns_are_refused(blank):
    with pytest.raises(DataFileError):
        GazetteerRuler(blank).add_patterns([{"label": "GPE", "pattern": [{"LOWER": "chad"}]}])
