"""Round-5 factuality cues, each on a sentence written for this test (real spaCy model, actors by hand)."""
from __future__ import annotations

import pytest

from test_types_coverage import has
from test_types_round4 import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, ptype, cameo, source, target, status", [
    # a verb in the simple past keeps its tense under "soon" ("soon after X" places it after a past event)
    ("Soon after the rescue, the Kenyan president thanked Ethiopia.", "SUPPORT", "051", "KEN", "ETH", "occurred"),
    ("The Kenyan president visited Ethiopia soon after the floods.", "CONSULT", "042", "KEN", "ETH", "occurred"),
    # ... while a future or a planning verb still makes "soon" a plan
    ("The Kenyan president will visit Ethiopia soon.", "AGREE", "036", "KEN", "ETH", "planned"),
    ("Kenya and Ethiopia agreed to meet soon.", "AGREE", "036", "KEN", "ETH", "planned"),
    # what an anniversary commemorates is history (cues.anniversary_nouns)
    ("The year 2024 marks the 45th anniversary since Kenya and Ethiopia forged diplomatic ties.", "SUPPORT", "054", "KEN",
     "ETH", "historical"),
    ("Kenya and Ethiopia forged diplomatic ties last week.", "SUPPORT", "054", "KEN", "ETH", "occurred"),
    # an invitation decided in the past was made (cues.decision_verbs); a planned one stays a plan
    ("Kenyan leaders decided at a summit in Nairobi to invite Ethiopia to join the bloc.", "AGREE", "036", "KEN", "ETH",
     "occurred"),
    ("Kenya plans to invite Ethiopia to the summit.", "AGREE", "036", "KEN", "ETH", "planned"),
    ("Kenya decided to visit Ethiopia.", "AGREE", "036", "KEN", "ETH", "planned"),
    # a planning verb over another noun plans that noun, not the event named in its phrase
    ("A sharp rise in coffee sales is expected as a result of the Kenyan president's trip to Ethiopia.", "CONSULT", "042",
     "KEN", "ETH", "occurred"),
    ("The Kenyan president is expected to pay a visit to Ethiopia.", "AGREE", "036", "KEN", "ETH", "planned"),
    ("Kenya is likely to announce on Monday a package of sanctions against Ethiopia.", "SANCTION", "163", "KEN", "ETH",
     "planned"),
    # a passive infinitive of holding parsed onto the verb the event noun hangs on still says it is to come
    ("The Kenyan president left on Friday to take part in the summit of the United Nations to be held in Geneva.",
     "AGREE", "036", "KEN", "UN", "planned"),
])
def test_round5_status(nlp, text, ptype, cameo, source, target, status):
    events = coded(nlp, text)
    assert has(events, ptype, cameo, source, target, status), events
