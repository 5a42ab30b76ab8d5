"""Session-4 lexicon rules (stance, evaluation, intent): each construction on a sentence written for this test,
with near misses that must stay uncoded.

Actors are given by hand (events_helpers), so the lexicon, the matcher, the argument rules and the
factuality cues are exercised with the real spaCy model.
"""
from __future__ import annotations

import pytest

from test_types_coverage import has
from test_types_round3 import coded

pytestmark = pytest.mark.model


CASES = [
    # concern voiced about a party's conduct is mild disapproval of that party
    ("Kenya expressed concern over Ethiopia's arms build-up.", "ACCUSE", "110", "KEN", "ETH", "occurred"),
    ("Kenya has voiced concern about Ethiopia's growing influence.", "ACCUSE", "110", "KEN", "ETH", "occurred"),
    # a critic of a party's conduct, predicated under a copula
    ("Kenya has been a vocal critic of Ethiopia's dam project.", "ACCUSE", "111", "KEN", "ETH", "occurred"),
    # a stated stance against a party's plan: opposition or resistance to it, or being its opponent
    ("Kenya reiterated its opposition to Ethiopia's plan.", "REJECT", "120", "KEN", "ETH", "occurred"),
    ("Kenyan resistance to Ethiopia's plan hardened.", "REJECT", "120", "KEN", "ETH", "occurred"),
    ("Kenya is the most vocal opponent of Ethiopia's bid.", "REJECT", "120", "KEN", "ETH", "occurred"),
    # intentions to deepen trust, or to carry a partnership forward
    ("Kenya is willing to deepen mutual understanding with Ethiopia.", "AGREE", "030", "KEN", "ETH", "planned"),
    ("Kenya and Ethiopia will jointly carry forward their cooperative partnership.", "AGREE", "030", "KEN", "ETH",
     "planned"),
    ("Kenya will push forward cooperation with Ethiopia.", "AGREE", "030", "KEN", "ETH", "planned"),
    # a stance said of a party with a predicative adjective (or a participle parsed as a passive)
    ("Kenya is strongly opposed to Ethiopia's plan.", "REJECT", "120", "KEN", "ETH", "occurred"),
    ("Kenya has been concerned over Ethiopia's rising military might.", "ACCUSE", "110", "KEN", "ETH", "occurred"),
    ("Kenya is critical of Ethiopia's policy.", "ACCUSE", "111", "KEN", "ETH", "occurred"),
    ("Kenya was disappointed with Ethiopia's decision.", "ACCUSE", "111", "KEN", "ETH", "occurred"),
    ("Kenya is grateful to Ethiopia for its help.", "SUPPORT", "051", "KEN", "ETH", "occurred"),
    ("Kenya is supportive of Ethiopia's bid.", "SUPPORT", "051", "KEN", "ETH", "occurred"),
    # speaking highly of a party praises it
    ("Kenya spoke highly of Ethiopia's long-term efforts to promote peace.", "SUPPORT", "051", "KEN", "ETH", "occurred"),
    # keeping to a policy toward a party, stated as an intention
    ("Kenya will continue to adhere to its one-China policy.", "AGREE", "032", "KEN", "CHN", "planned"),
    ("Kenya will stick to its policy toward Ethiopia.", "AGREE", "032", "KEN", "ETH", "planned"),
    # concern over conduct whose doer is named by its agent phrase
    ("Kenya voiced concern over the abuses committed by Ethiopian troops.", "ACCUSE", "110", "KEN", "ETH", "occurred"),
    ("Kenya will voice its concern over alleged mistreatment of refugees by Ethiopia.", "ACCUSE", "110", "KEN", "ETH", "planned"),
    # asking a party for asylum
    ("The Ethiopian diplomat sought asylum in Kenya.", "REQUEST", "023", "ETH", "KEN", "occurred"),
    ("The Ethiopian pilots asked Kenya for political asylum.", "REQUEST", "023", "ETH", "KEN", "occurred"),
    # a message of congratulation or sympathy sent to a party
    ("Kenya sent a congratulatory message to Ethiopia.", "SUPPORT", "018", "KEN", "ETH", "occurred"),
    ("Kenya's president sent a message of congratulations to Ethiopia.", "SUPPORT", "018", "KEN", "ETH", "occurred"),
    # looking forward to closer ties, or furthering them, as intentions
    ("Kenya looks forward to closer cooperation with Ethiopia.", "AGREE", "030", "KEN", "ETH", "planned"),
    ("Kenya will further its cooperation with Ethiopia.", "AGREE", "030", "KEN", "ETH", "planned"),
    # appreciation expressed 'on' a party (wire English)
    ("China expressed appreciation on Kenya's support.", "SUPPORT", "051", "CHN", "KEN", "occurred"),
    # saying that another party's act was a wrong judges it (a copular judgement whose subject names the party)
    ("Kenya said Ethiopia's decision to close the border was a mistake.", "ACCUSE", "111", "KEN", "ETH", "occurred"),
    ("Kenya told reporters that the Ethiopian action was a violation of the law.", "ACCUSE", "111", "KEN", "ETH",
     "occurred"),
    # blocking the adoption of a party's proposal rejects it; displeasure felt at a party's words
    ("Kenya blocked the adoption of Ethiopia's proposal.", "REJECT", "120", "KEN", "ETH", "occurred"),
    ("Kenya felt indignation at Ethiopia's hostile statements.", "ACCUSE", "111", "KEN", "ETH", "occurred"),
    # accepting a party's proposal agrees to it; refusing to accept it rejects it
    ("Kenya accepted Ethiopia's proposal.", "AGREE", "030", "KEN", "ETH", "planned"),
    ("Kenya will not accept Ethiopia's proposal.", "REJECT", "120", "KEN", "ETH", "occurred"),
    ("Kenya said it did not plan to accept amendments to its pact with Ethiopia.", "REJECT", "120", "KEN", "ETH", "occurred"),
]


@pytest.mark.parametrize("text, ptype, cameo, source, target, status", CASES)
def test_s4_construction_is_coded(nlp, text, ptype, cameo, source, target, status):
    events = coded(nlp, text)
    assert has(events, ptype, cameo, source, target, status), events


@pytest.mark.parametrize("text, absent", [
    ("Kenya expressed concern about the safety of Ethiopian citizens.", "ACCUSE"),    # sympathy, no blame
    ("Kenya expressed concern about Ethiopia's safety.", "ACCUSE"),
    ("Kenya expressed concern about the situation in Ethiopia.", "ACCUSE"),           # a state of affairs, no conduct
    ("Concern over Ethiopia's economy grew in Kenya.", "ACCUSE"),                      # not voiced by a party
    ("Ethiopia's opposition leader visited Kenya.", "REJECT"),                         # the parliamentary opposition
    ("Kenya's opposition to the plan is well known.", "REJECT"),                       # no party's plan named
    ("Kenya carried forward its cooperation with Ethiopia last year.", "AGREE"),       # done, no intention stated
    ("Kenya has long been a sharp critic of the Ethiopia war launched by Uganda.", "ACCUSE"),   # the war's author is not named
    ("Some Kenyan officials are worried about the worsening Kenya-Ethiopia relations.", "ACCUSE"),  # ties, no conduct
    ("Kenya is not opposed to Ethiopia's plan.", "REJECT"),                            # no stance against it
    ("Kenya is concerned about the safety of Ethiopian citizens.", "ACCUSE"),
    ("Kenya is worried about the situation in Ethiopia.", "ACCUSE"),
    ("Kenya was disappointed with the outcome of its talks with Ethiopia.", "ACCUSE"),
    ("Ethiopia was critical to the success of the talks with Kenya.", "ACCUSE"),       # 'critical to': crucial
    ("The talks were concerned with Ethiopia's debt.", "ACCUSE"),                      # 'concerned with': about
    ("The matter concerned Ethiopia.", "ACCUSE"),
    ("Kenya spoke of Ethiopia's efforts.", "SUPPORT"),                                 # no praise
    ("Kenya will stick to its tough policy toward Ethiopia.", "AGREE"),                # a hard line is no cooperation
    ("Kenya adhered to the one-China policy in 1990.", "AGREE"),                       # no intention stated
    ("Kenya expressed concern over the abuses committed by rebels in Ethiopia.", "ACCUSE"),   # rebels are not the state
    ("Kenya sent a message to Ethiopia.", "SUPPORT"),                                  # only a communication
    ("Kenya voiced concern over the abuses committed by Ethiopian troops.", "AGREE"),   # abuses committed are no promise
    ("Kenya expressed anger at the violation of the ceasefire by Ethiopia.", "RETREAT"),  # a ceasefire broken, not declared
    ("Kenya looked forward to the match.", "AGREE"),                                   # no ties
    ("Kenya will further its interests in the region.", "AGREE"),
    ("A former Ethiopian minister who had sought refuge in its embassy was granted asylum by Kenya.", "REQUEST"),  # no party asked
    ("Kenya said it would be a mistake to cut aid to Ethiopia.", "ACCUSE"),          # advice, no party's act judged
    ("Kenya said its own decision was a mistake.", "ACCUSE"),                         # its own act
    ("Kenya said Ethiopia's decision was correct.", "ACCUSE"),
    ("Kenya accepted the plan.", "AGREE"),                                             # no party's plan named
])
def test_s4_near_miss_is_not_coded(nlp, text, absent):
    assert not any(e[0] == absent for e in coded(nlp, text))
