"""Session-4 round-2 rules on pronouns and untitled offices: a pronoun with a name in brackets is that
person; a relative ("his father") is not the person the possessive refers to; an official acting on a
state is not guessed of that state. Sentences written for the tests."""
from __future__ import annotations

from mentions import resolve


def test_a_pronoun_with_a_bracketed_name_is_that_person(nlp):
    ms = resolve(nlp, "WASHINGTON, April 20 (Reuters) - U.S. Agriculture Secretary Tom Reed said on Monday he hoped "
                      "Japan would open its rice market.\n\n\"I hope we can settle the matter when he (Japanese Prime "
                      "Minister Ken Oda) visits Washington,\" Reed told reporters.")
    assert [m.actor.name for m in ms["he"]][-1] == "Ken Oda"


def test_a_relative_is_not_the_person_the_possessive_names(nlp):
    ms = resolve(nlp, "Peruvian President Jorge Kato arrived in Tokyo on Thursday for a visit to Japan. His father "
                      "praised the Japanese government for its support of the family.")
    assert "His" not in ms
    ms = resolve(nlp, "Peruvian President Jorge Kato arrived in Tokyo on Thursday for a visit to Japan. His "
                      "delegation signed two agreements.")
    assert [m.actor.country for m in ms["His"]] == ["PER"]


def test_an_official_acting_on_a_state_is_not_of_that_state(nlp):
    ms = resolve(nlp, "WASHINGTON, March 10 (Reuters) - Foreign Secretary Peter Hall urged the United States on "
                      "Tuesday to drop its tariffs on Canadian lumber.")
    assert ms["Peter Hall"][0].actor.country not in (None, "USA")
    ms = resolve(nlp, "WASHINGTON, March 10 (Reuters) - Secretary of State Ann Gray urged Congress on Tuesday to "
                      "pass the budget.")
    assert ms["Ann Gray"][0].actor.country == "USA"


def test_a_crowd_with_no_nationality_is_of_the_scenes_country(nlp):
    ms = resolve(nlp, "BUENOS AIRES, Nov 4 (Reuters) - Police fired tear gas at demonstrators protesting the visit "
                      "of U.S. President Tom Reed on Friday.")
    crowd = ms["demonstrators"][0].actor
    assert (crowd.kind, crowd.country, crowd.sector) == ("org", "ARG", "CVL")
    ms = resolve(nlp, "TOKYO, Nov 4 (Reuters) - Protesters in Seoul burned Japanese flags on Friday.")
    assert ms["Protesters"][0].actor.country == "KOR"
    ms = resolve(nlp, "BEIRUT, Nov 4 (Reuters) - Iranian students protested outside the French embassy on Friday.")
    assert "students" not in ms and ms["Iranian"][0].actor.country == "IRN"


def test_a_minister_at_home_meets_their_own_head_of_state(nlp):
    ms = resolve(nlp, "CAIRO, Jan 3 (Reuters) - Egyptian Foreign Minister Amr Nabil met President Hosni Kamal on "
                      "Sunday before leaving for the Soviet Union.")
    assert ms["Hosni Kamal"][0].actor.country == "EGY"
    ms = resolve(nlp, "BEIJING, Jan 3 (Xinhua) - Chinese Premier Wen Li met President John Mensah on Monday, as the "
                      "Ghanaian leader began a visit to China.")
    assert ms["John Mensah"][0].actor.country == "GHA"
