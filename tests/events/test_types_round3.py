"""Round-3 lexicon and matcher rules: each construction on a sentence written for this test, with a near miss.

Actors are given by hand (events_helpers), so the lexicon, the matcher, the argument rules and the
factuality cues are exercised with the real spaCy model.
"""
from __future__ import annotations

import pytest

from events_helpers import code, state
from test_types_coverage import ACTORS, has

pytestmark = pytest.mark.model

MORE_ACTORS = ACTORS | {"Qatar": state("QAT"), "Russia": state("RUS"), "Ukrainian": state("UKR"), "Ukraine": state("UKR"),
                        "Uganda": state("UGA"), "China": state("CHN"), "Somalia": state("SOM"),
                        "Addis Ababa": state("ETH"), "Kenyans": state("KEN")}


def coded(nlp, text):
    """(type, cameo, source, target, status, rule) per event, with the actors above."""
    def side(a):
        return None if a is None else (a.igo if a.kind == "igo" else a.country)
    return [(e.type, e.cameo, side(e.source), side(e.target), e.status, e.rule) for e in code(nlp, text, MORE_ACTORS).events]

CASES = [
    # a noun that needs its own light verb: a work stoppage is not an air strike
    ("Kenyan workers went on strike against the Ethiopian company.", "PROTEST", "143", "KEN", "ETH", "occurred"),
    ("Kenya launched a strike on Ethiopia.", "ASSAULT", "190", "KEN", "ETH", "occurred"),
    # a predicate noun under its own copula
    ("Germany has long been a firm advocate of Norway's membership.", "SUPPORT", "051", "DEU", "NOR", "occurred"),
    # what a quantity head measures is the object: troops massed, supplies sent
    ("Russia moved thousands of soldiers near the Ukrainian border.", "MOBILIZE", "154", "RUS", "UKR", "occurred"),
    ("Russia massed tens of thousands of troops near Ukraine.", "MOBILIZE", "154", "RUS", "UKR", "occurred"),
    ("Japan sent 50 tonnes of relief supplies to India.", "AID", "070", "JPN", "IND", "occurred"),
    # one side's large-scale drills show force
    ("Uganda began large-scale exercises near the Kenyan border.", "MOBILIZE", "150", "UGA", "KEN", "occurred"),
    # an apology addressed to a party
    ("Japan expressed regret to China over the incident.", "CONCEDE", "055", "JPN", "CHN", "occurred"),
    # a truce declared has its own code
    ("Kenya declared a ceasefire with Ethiopia.", "RETREAT", "0871", "KEN", "ETH", "occurred"),
    # goods delivered under trade
    ("Qatar began delivering gas to India under a new contract.", "COOPERATE", "061", "QAT", "IND", "occurred"),
    # keeping a party's people out
    ("Kenya banned Ethiopian flights.", "COERCE", "172", "KEN", "ETH", "occurred"),
    ("Kenya barred Ethiopian officials from entering the country.", "COERCE", "172", "KEN", "ETH", "occurred"),
    # retaliation: done it is an assault, announced it is a threat
    ("Kenya retaliated against Ethiopia.", "ASSAULT", "190", "KEN", "ETH", "occurred"),
    ("Kenya said it would retaliate against any Ethiopian attack.", "THREATEN", "138", "KEN", "ETH", "occurred"),
    ("Kenya said it would respond with force to any Ethiopian incursion.", "THREATEN", "138", "KEN", "ETH", "occurred"),
    # the light verb's indirect object is the target
    ("Kenya gave Ethiopia an ultimatum.", "THREATEN", "139", "KEN", "ETH", "occurred"),
    # being against a party's proposal
    ("Kenya was firmly against the Ethiopian plan.", "REJECT", "120", "KEN", "ETH", "occurred"),
    # naming a party's act a wrong
    ("Kenya described Ethiopia's policy as a danger to the region.", "ACCUSE", "111", "KEN", "ETH", "occurred"),
    ("Kenya called the Ethiopian decision contrary to international law.", "ACCUSE", "111", "KEN", "ETH", "occurred"),
    # what another party must do, in reported speech
    ("Kenya said Ethiopia must stop the attacks.", "REQUEST", "020", "KEN", "ETH", "occurred"),
    # a vow of a conflict act is a threat of it
    ("Kenya vowed to retaliate with force against any Ethiopian incursion.", "THREATEN", "138", "KEN", "ETH", "occurred"),
    ("Kenya pledged to impose sanctions on Ethiopia.", "THREATEN", "1312", "KEN", "ETH", "occurred"),
    # whose forces were moved, when the clause has no agent
    ("Kenyan troops were deployed to the Ethiopian border.", "MOBILIZE", "154", "KEN", "ETH", "occurred"),
    # the noun before the object's head names the thing too
    ("Kenya sent an aid convoy to Ethiopia.", "AID", "070", "KEN", "ETH", "occurred"),
    # REQUEST: telling a party to act, insisting that it act
    ("Kenya told Ethiopia to withdraw its troops.", "REQUEST", "0256", "KEN", "ETH", "occurred"),
    ("Kenya pushed Ethiopia to restore the ceasefire.", "REQUEST", "020", "KEN", "ETH", "occurred"),
    ("Kenya insisted that Ethiopia return the islands.", "REQUEST", "1053", "KEN", "ETH", "occurred"),
    # ACCUSE: allegations, cases in court, inquiries, verbal protests by a government
    ("Kenya alleged that Ethiopian agents had sabotaged the pipeline.", "ACCUSE", "112", "KEN", "ETH", "occurred"),
    ("Kenya filed a case against Ethiopia at the tribunal.", "ACCUSE", "115", "KEN", "ETH", "occurred"),
    ("Kenya took legal action against Ethiopia.", "ACCUSE", "115", "KEN", "ETH", "occurred"),
    ("Kenya took Ethiopia to the International Court of Justice.", "ACCUSE", "115", "KEN", "ETH", "occurred"),
    ("Kenya opened an investigation into Ethiopian companies.", "ACCUSE", "090", "KEN", "ETH", "occurred"),
    ("Kenya protested Ethiopia's decision.", "ACCUSE", "111", "KEN", "ETH", "occurred"),
    # a missile fired at no party shows force (the reading after the attack); aimed, it is an attack
    ("Kenya fired a ballistic missile into the sea.", "MOBILIZE", "150", "KEN", None, "occurred"),
    ("Kenya fired rockets at Ethiopian border posts.", "ASSAULT", "195", "KEN", "ETH", "occurred"),
    # MOBILIZE: war games, a declared mobilisation, fortified borders, missile systems
    ("Kenya held war games near the Ethiopian border.", "MOBILIZE", "150", "KEN", "ETH", "occurred"),
    ("Kenya declared a general mobilisation.", "MOBILIZE", "154", "KEN", None, "occurred"),
    ("Kenya fortified its border with Ethiopia.", "MOBILIZE", "154", "KEN", "ETH", "occurred"),
    ("Kenya deployed missile systems near the Ethiopian border.", "MOBILIZE", "154", "KEN", "ETH", "occurred"),
    # AID: refugees taken in, medics sent; RETREAT: prisoners swapped; PROTEST: crowds gathering
    ("Kenya took in thousands of refugees from Somalia.", "AID", "075", "KEN", "SOM", "occurred"),
    ("Kenya sent doctors to Ethiopia.", "AID", "073", "KEN", "ETH", "occurred"),
    ("Kenya and Ethiopia swapped prisoners.", "RETREAT", "0841", "KEN", "ETH", "occurred"),
    ("Thousands of Kenyan students gathered outside the Ethiopian embassy.", "PROTEST", "141", "KEN", "ETH", "occurred"),
    # the navy's drills are naval drills; a show of force; troop levels; a field hospital; a retreat from a place
    ("The Kenyan navy staged drills near the Ethiopian coast.", "MOBILIZE", "150", "KEN", "ETH", "occurred"),
    ("Kenya staged a show of force near the Ethiopian border.", "MOBILIZE", "150", "KEN", "ETH", "occurred"),
    ("Kenya increased its troop levels along the Ethiopian border.", "MOBILIZE", "154", "KEN", "ETH", "occurred"),
    ("Kenya sent a field hospital to Ethiopia.", "AID", "070", "KEN", "ETH", "occurred"),
    # a state protesting complains (ACCUSE); its people protesting demonstrate
    ("France protested over Kenya's decision to close its ports.", "ACCUSE", "111", "FRA", "KEN", "occurred"),
    ("Kenyans protested outside the Ethiopian embassy.", "PROTEST", "141", "KEN", "ETH", "occurred"),
    # PROTEST: a crowd protesting
    ("Kenyan students protested Ethiopia's decision.", "PROTEST", "141", "KEN", "ETH", "occurred"),
    ("Kenyan students protested outside the Ethiopian embassy.", "PROTEST", "141", "KEN", "ETH", "occurred"),
    # REJECT: waving a demand away, calling a meeting off
    ("Kenya brushed aside Ethiopia's demand.", "REJECT", "120", "KEN", "ETH", "occurred"),
    ("Kenya called off a planned meeting with Ethiopian officials.", "REJECT", "125", "KEN", "ETH", "occurred"),
    # SANCTION: leaving talks, cancelling a deal, ending an aid programme
    ("Kenya pulled out of talks with Ethiopia.", "SANCTION", "164", "KEN", "ETH", "occurred"),
    ("Kenya cancelled its arms contract with Ethiopia.", "SANCTION", "160", "KEN", "ETH", "occurred"),
    ("Kenya ended its development aid programme in Ethiopia.", "SANCTION", "162", "KEN", "ETH", "occurred"),
    # COERCE: round-ups, ships stopped, cyber intrusions, accounts blocked
    ("Kenya rounded up 40 Ethiopian migrants.", "COERCE", "173", "KEN", "ETH", "occurred"),
    ("Kenyan coast guard vessels blocked an Ethiopian supply mission.", "COERCE", "191", "KEN", "ETH", "occurred"),
    ("Kenyan hackers breached the networks of Ethiopian ministries.", "COERCE", "170", "KEN", "ETH", "occurred"),
    ("Kenya blocked the social media accounts of Ethiopian officials.", "COERCE", "1721", "KEN", "ETH", "occurred"),
    # ASSAULT: an exchange of fire, pounding positions
    ("Kenyan and Ethiopian troops exchanged fire near the border.", "ASSAULT", "193", "KEN", "ETH", "occurred"),
    ("Kenyan warplanes pounded Ethiopian positions.", "ASSAULT", "195", "KEN", "ETH", "occurred"),
    # RETREAT: forces leaving, fewer forces, a pause in strikes, people set free or released
    ("Kenyan troops withdrew from Somalia.", "RETREAT", "087", "KEN", "SOM", "occurred"),
    ("Kenya scaled back its troop deployment on the Ethiopian border.", "RETREAT", "087", "KEN", "ETH", "occurred"),
    ("Kenya declared a pause in its strikes on Ethiopia.", "RETREAT", "0871", "KEN", "ETH", "occurred"),
    ("Kenya set free 200 Ethiopian fishermen.", "RETREAT", "0841", "KEN", "ETH", "occurred"),
    ("The release of two Ethiopian guards by Kenya took place on a bridge.", "RETREAT", "0841", "KEN", "ETH", "occurred"),
    ("Kenya said it would withdraw its troops from Somalia.", "AGREE", "035", "KEN", "SOM", "planned"),
    # CONCEDE: mercy for a party's national
    ("Kenya granted clemency to an Ethiopian activist.", "CONCEDE", "080", "KEN", "ETH", "occurred"),
    ("Kenya dropped charges against two Ethiopian journalists.", "CONCEDE", "080", "KEN", "ETH", "occurred"),
    # AID: deposits, funding, weapons handed over
    ("Kenya deposited $2 billion in Ethiopia's central bank.", "AID", "071", "KEN", "ETH", "occurred"),
    ("Kenya funded two hospitals in Somalia.", "AID", "070", "KEN", "SOM", "occurred"),
    ("Kenya handed Ethiopia four attack helicopters.", "AID", "072", "KEN", "ETH", "occurred"),
    # COOPERATE: suspects handed over, forces side by side, trade deliveries
    ("Kenya handed over a suspected trafficker to Ethiopia.", "COOPERATE", "063", "KEN", "ETH", "occurred"),
    ("Kenyan and Ethiopian troops trained together near the border.", "COOPERATE", "062", "KEN", "ETH", "occurred"),
    ("Kenyan troops joined Ethiopian forces in a large exercise.", "COOPERATE", "062", "KEN", "ETH", "occurred"),
    ("Kenyan gas deliveries to Ethiopia began on Monday.", "COOPERATE", "061", "KEN", "ETH", "occurred"),
    # SUPPORT and CONSULT idioms
    ("Kenya threw its weight behind Ethiopia's candidate.", "SUPPORT", "051", "KEN", "ETH", "occurred"),
    ("Kenya's parliament approved the trade agreement with Ethiopia.", "SUPPORT", "057", "KEN", "ETH", "occurred"),
    ("Kenyan mediators shuttled between Ethiopia and Somalia.", "CONSULT", "045", "KEN", "ETH", "occurred"),
    ("Kenya's minister paid a courtesy call on the Ethiopian president.", "CONSULT", "042", "KEN", "ETH", "occurred"),
    # light verbs read on the word form too (the lemmatiser gives "stag" for "staged"); the split "sit-in"
    ("Kenya staged naval drills near the Ethiopian coast.", "MOBILIZE", "150", "KEN", "ETH", "occurred"),
    ("Kenyan students staged a sit-in outside the Ethiopian embassy.", "PROTEST", "141", "KEN", "ETH", "occurred"),
    # a small clause: the one given access
    ("Kenya allowed Ethiopian inspectors access to the site.", "RETREAT", "086", "KEN", "ETH", "occurred"),
    # forces named by a possessive: whose forces, from the clause above
    ("Kenya said its troops had withdrawn from Somalia.", "RETREAT", "087", "KEN", "SOM", "occurred"),
    # the act warned of names its party deep in the clause
    ("Kenya warned that it would walk out of the talks with Ethiopia.", "THREATEN", "134", "KEN", "ETH", "occurred"),
    # a cargo measures what it carries
    ("Kenya shipped its first cargo of natural gas to Ethiopia.", "COOPERATE", "061", "KEN", "ETH", "occurred"),
    # the parties asked, parsed as the subject of an infinitive clause
    ("Kenya implored Ethiopia and Somalia to settle their dispute.", "REQUEST", "027", "KEN", "SOM", "occurred"),
    # a place on the object names the host of a closed mission; "inside X" is where an attack or occupation is aimed
    ("Kenya shut its embassy in Addis Ababa.", "SANCTION", "161", "KEN", "ETH", "occurred"),
    ("Kenyan troops occupied positions inside Somalia.", "COERCE", "192", "KEN", "SOM", "occurred"),
    ("Kenya bombed a rebel camp inside Somalia.", "ASSAULT", "195", "KEN", "SOM", "occurred"),
    # a promise of one's own act names its partner in the act
    ("Kenya vowed that Kenya would ratify the new trade pact with Ethiopia.", "AGREE", "030", "KEN", "ETH", "planned"),
    ("Kenya pledged to resume reunions of separated families with Ethiopia.", "AGREE", "030", "KEN", "ETH", "planned"),
    ("Kenya expressed its readiness to resume reunions of separated families with Ethiopia.", "AGREE", "030", "KEN", "ETH",
     "planned"),
    # what a restriction is on, what access is to
    ("Kenya lifted its ban on seafood imports from Ethiopia.", "RETREAT", "085", "KEN", "ETH", "occurred"),
    ("Kenya lifted its freeze on trade with Ethiopia.", "RETREAT", "085", "KEN", "ETH", "occurred"),
    ("Kenya blocked access to Ethiopian news websites.", "COERCE", "1721", "KEN", "ETH", "occurred"),
    # idioms: saying no, taking land by force (vowed: a threat of occupation), rioters' acts, convictions
    ("Kenya said no to Ethiopia's call to reopen the border.", "REJECT", "120", "KEN", "ETH", "occurred"),
    ("Kenya vowed to take the disputed region from Ethiopia by force.", "THREATEN", "1382", "KEN", "ETH", "occurred"),
    ("Kenyan rioters torched the Ethiopian embassy.", "PROTEST", "145", "KEN", "ETH", "occurred"),
    ("A Kenyan court convicted an Ethiopian tourist of espionage.", "COERCE", "173", "KEN", "ETH", "occurred"),
    # where a promised help is given names who gets it; what is promised for a party's citizens
    ("Kenya vowed to help rebuild schools and hospitals in Somalia.", "AGREE", "033", "KEN", "SOM", "planned"),
    ("Japan pledged 150 million dollars to help rebuild power stations in Ethiopia.", "AGREE", "033", "JPN", "ETH", "planned"),
    ("Kenya promised to ease visa rules for Ethiopian citizens.", "AGREE", "035", "KEN", "ETH", "planned"),
    ("Kenyan hackers knocked out Ethiopian government websites.", "COERCE", "170", "KEN", "ETH", "occurred"),
    ("Kenya gave in to Ethiopia's demands.", "CONCEDE", "080", "KEN", "ETH", "occurred"),
    ("Kenya declined to attend the summit in Ethiopia.", "REJECT", "120", "KEN", "ETH", "occurred"),
    ("Kenya declined Ethiopia's invitation.", "REJECT", "120", "KEN", "ETH", "occurred"),
    # expecting aid from a party; the agent of a noun that governs the act
    ("Kenya is expecting further assistance from Japan.", "REQUEST", "023", "KEN", "JPN", "occurred"),
    ("The effort by Kenya to block an Ethiopian resolution failed.", "REJECT", "120", "KEN", "ETH", "planned"),
    # purpose clauses: troops sent to help, suspects sent to stand trial, work with a party to do something
    ("France sent 300 soldiers to help protect civilians in Somalia.", "AID", "074", "FRA", "SOM", "occurred"),
    ("Kenya transferred a captured militant to Ethiopia to stand trial.", "COOPERATE", "063", "KEN", "ETH", "occurred"),
    ("Kenyan investigators worked with Ethiopian prosecutors to trace laundered funds.", "COOPERATE", "060", "KEN", "ETH",
     "occurred"),
    ("Kenyan forces captured several Ethiopian posts near the border.", "COERCE", "171", "KEN", "ETH", "occurred"),
    # sitting down for a meeting
    ("Kenyan and Ethiopian officials sat down in Nairobi for negotiations on the border.", "CONSULT", "046", "KEN", "ETH",
     "occurred"),
    # a mission's presence in a country, and a trip it proceeds on
    ("The Kenyan delegation has already been in Ethiopia and will be proceeding to Egypt.", "CONSULT", "042", "KEN", "ETH",
     "occurred"),
    ("The Kenyan delegation has already been in Ethiopia and will be proceeding to Egypt.", "AGREE", "036", "KEN", "EGY",
     "planned"),
    # goods a measure is on name their origin's party
    ("Kenya imposed new tariffs on goods from Ethiopia on Monday.", "SANCTION", "163", "KEN", "ETH", "occurred"),
    ("Kenya introduced import quotas on textiles from Ethiopia on Monday.", "SANCTION", "163", "KEN", "ETH", "occurred"),
    # a meeting scheduled, or held between two others: the two named meet
    ("Kenya and Ghana have scheduled a meeting with Ethiopia for Friday.", "AGREE", "036", "KEN", "ETH", "planned"),
    ("Kenyan diplomats held talks between Ghana and Ethiopia in Nairobi on Monday.", "CONSULT", "040", "GHA", "ETH", "occurred"),
    # who an act was requested by ('as requested by X') asked it of those who did it
    ("Ghana and Peru agreed on a plan as requested by Japan.", "REQUEST", "020", "JPN", "GHA", "occurred"),
]


@pytest.mark.parametrize("text, ptype, cameo, source, target, status", CASES)
def test_round3_construction_is_coded(nlp, text, ptype, cameo, source, target, status):
    events = coded(nlp, text)
    assert has(events, ptype, cameo, source, target, status), events


@pytest.mark.parametrize("text, absent", [
    ("Kenya launched a strike on Ethiopia.", "PROTEST"),             # not a light verb of the stoppage
    ("Kenya gave Ethiopia an ultimatum.", "CONCEDE"),                # giving an ultimatum is not giving in
    ("Japan expressed regret over the decision.", "CONCEDE"),        # regret addressed to no one
    ("Kenya is against any attempt to change the rules.", "REJECT"),  # no party opposed
    ("Kenya called Ethiopia a friend.", "ACCUSE"),
    ("Kenya said the talks must continue.", "REQUEST"),              # no party asked
    ("Kenya said it must stop the attacks.", "REQUEST"),             # an obligation of its own
    ("Kenya would retaliate.", "ASSAULT"),                           # no party named
    ("Japan sent 50 tonnes of rice to India.", "AID"),               # trade goods are no aid
    ("Kenya banned plastic bags.", "COERCE"),
    ("Kenya pledged to help Ethiopia.", "THREATEN"),                 # a vow of help stays an intention
    ("Kenya told reporters it would go to court.", "REQUEST"),        # no act asked of anyone
    ("Kenya pushed troops to the Ethiopian border to deter attacks.", "REQUEST"),
    ("Kenya insisted that it had done nothing wrong.", "REQUEST"),
    ("Kenya gave a job to an Ethiopian engineer.", "CONCEDE"),        # giving is not giving in
    ("Kenya declined to comment on the Ethiopian report.", "REJECT"),  # silence is no refusal
    ("Kenya warned that food supplies had reached alarming levels.", "THREATEN"),   # a forecast, no party
    ("Kenya protested the fact that Ethiopian television ignored the talks.", "PROTEST"),
    ("Kenya met the requirements of Ethiopia.", "CONSULT"),           # meeting a requirement is no meeting
    ("The regulations are easier to meet for Ethiopian firms.", "CONSULT"),
    ("The drills showed the army's ability to defend Kenya.", "SUPPORT"),
    ("Kenya cut the price of long-distance telephone calls between Kenya and Ethiopia.", "CONSULT"),
    ("Kenya handed the Ethiopian prisoners to Ethiopia.", "COOPERATE"),   # prisoners returned are a release
    ("Kenya warned that Ethiopia would suffer.", "THREATEN"),         # a prediction aims no act at Ethiopia
    ("Kenya said to Ethiopia that there was no problem.", "REJECT"),
    ("Kenya eased restrictions on Ethiopian traders.", "RETREAT"),     # not a trade restriction: a concession (081)
    ("Kenya's coffee exports hit a record in 2024.", "ASSAULT"),      # hitting a record is no attack
    ("Ethiopia lost budget support from Kenya.", "SUPPORT"),          # budget support is money, not backing
    # near misses found on unseen news (sentences rewritten)
    ("Kenyan officials are giving up control in liberalising the rules.", "CONCEDE"),
    ("Kenya said Kenya must devalue the shilling.", "REQUEST"),       # an obligation of its own
    ("Kenya told reporters proposals to cut Ethiopia's quota were unacceptable.", "REQUEST"),
    ("The firm will cut 2,000 jobs and reduce its work force.", "RETREAT"),
    ("Kenyan forces captured several Ethiopian posts near the border.", "THREATEN"),
    ("The president's forced withdrawal of the nomination angered Kenya.", "RETREAT"),
    ("Kenyan wheat exports to Ethiopia fell 18 percent.", "COOPERATE"),   # trade statistics are no event
    ("Kenyan tea output declined to 98,250 tonnes over the spring.", "REJECT"),   # a fall, no refusal
    ("The Kenyan minister declined to give further details.", "REJECT"),
    ("Kenyan operators requested licences to export maize.", "REQUEST"),  # no party asked
    ("A Kenyan official, who asked not to be quoted by name, said the talks went well.", "REQUEST"),
    ("Kenya released its trade figures for Ethiopia on Monday.", "RETREAT"),
    ("The Kenyan lender has targeted retail banking as a sector to grow in.", "ASSAULT"),
    ("Cheap Ethiopian imports injured the Kenyan industry.", "ASSAULT"),
    ("The Kenyan company will occupy 3,000 square feet in Addis Ababa.", "COERCE"),
    ("The Kenyan president is fighting to recover from the Ethiopia scandal.", "ASSAULT"),
    ("Kenya sent troops to the Ethiopian border.", "AID"),            # a deployment, not help
    ("Asked if Kenya would retaliate against Ethiopian goods, he said no.", "THREATEN"),   # a question is no event
    ("Kenyan unions called off the strikes against the Ethiopian company.", "PROTEST"),
    ("Kenya declined to give a reason for the Ethiopian decision.", "REJECT"),
    ("Kenya refused to comment on Ethiopia.", "REJECT"),
    ("Striking Kenyan seamen said they would resign.", "ASSAULT"),    # a participle as adjective names no act
    ("The jailed Ethiopian activist began a hunger strike.", "COERCE"),
    ("An 11-day-old strike by Kenyan seamen is delaying coffee shipments.", "ASSAULT"),   # a labour strike
    ("Kenya unveiled spending cuts together with a freeze on fuel prices.", "SANCTION"),
    ("Kenyan pension funds have been rallying to strong markets abroad.", "PROTEST"),
    ("Kenya fired a ballistic missile into the sea.", "ASSAULT"),      # aimed at no one
    ("Kenya strengthened its cooperation with Ethiopia.", "MOBILIZE"),
    ("Kenya deployed a new IT system in Ethiopia.", "MOBILIZE"),
    ("Kenya received the Ethiopian award.", "CONSULT"),                # an award received is no guest
    ("Kenya opposed efforts by Ethiopia to back away from the targets.", "AGREE"),   # backing away is no backing
    ("Kenya pledged to fight the Ethiopian proposals.", "ASSAULT"),    # fighting a proposal is opposition
    ("The Kenyan mission in Ethiopia is in trouble.", "CONSULT"),     # a mission's trouble is no presence
    ("The Kenyan minister proceeded to the vote on the Ethiopian bill.", "CONSULT"),  # proceeding to an act is no trip
    ("The new tariff bill would hit Ethiopia hard, Kenyan officials said.", "ASSAULT"),   # a law hitting a party is no attack
    ("Kenya's Ruto said it will receive a line of credit from Ethiopia next year.", "CONSULT"),   # credit received is no guest
    ("Mortar rounds from an exchange of fire between Kenya and Ethiopia landed near a village.", "CONSULT"),   # fire exchanged
    ("The first oil tanker from Kenya arrived in Ethiopia on Monday.", "CONSULT"),   # cargo arriving is no visit
    ("Kenyan regulations are easier to meet for Ethiopian exporters.", "CONSULT"),   # rules met are no meeting
    ("The Bank of Kenya bought shillings to support the Ethiopian currency.", "SUPPORT"),   # a currency supported
    ("Ethiopia is due to receive 12.4 mln dlrs from a Kenyan fund next spring.", "CONSULT"),   # money received is no hosting
    ("Kenyan and Ethiopian growers, who jointly meet a third of regional demand, agreed on a price.", "CONSULT"),
    ("The Kenyan plan involved giving a bigger role to an Ethiopian fund.", "AID"),   # a role given is no aid
    ("Kenya shut down Ethiopia's major oil outlets through its territory.", "COERCE"),   # oil outlets are no media
    ("Kenya waged a war against Ethiopia to defend its conquest of Somalia.", "SUPPORT"),   # a conquest defended
    ("Kenya told its Ethiopian partners it would not sanction an increase in spending.", "SANCTION"),   # sanction = approve
    ("Kenya told its Ethiopian partners it would not sanction an increase in spending.", "THREATEN"),
])
def test_round3_near_miss_is_not_coded(nlp, text, absent):
    assert not any(e[0] == absent for e in coded(nlp, text))


def test_an_official_attacking_an_organisation_or_a_person_criticises(nlp):
    from events_helpers import igo, person

    actors = MORE_ACTORS | {"Amina Odhiambo": person("Amina Odhiambo", "KEN", "Foreign Minister"),
                            "Tesfaye Bekele": person("Tesfaye Bekele", "ETH", "Prime Minister"), "UN": igo("UN")}

    def coded_with(text):
        return [(e.type, e.target.igo or e.target.country if e.target else None) for e in code(nlp, text, actors).events]
    assert ("ACCUSE", "UN") in coded_with("Kenyan Foreign Minister Amina Odhiambo attacked the United Nations on Monday.")
    assert ("ACCUSE", "ETH") in coded_with("Kenyan Foreign Minister Amina Odhiambo attacked Tesfaye Bekele over the dam.")
    # a convoy or a country attacked is an assault
    assert ("ASSAULT", "UN") in coded_with("Kenyan troops attacked a UN convoy.")
    assert ("ASSAULT", "ETH") in coded_with("Kenya attacked Ethiopia.")


@pytest.mark.parametrize("text", [
    "Kenyan farmers pledged to fight the Ethiopian proposals.",
    "Kenya made a pledge to oppose the Ethiopian plan.",
])
def test_a_pledge_to_oppose_is_no_promise_of_cooperation(nlp, text):
    events = coded(nlp, text)
    assert not any(e[0] == "AGREE" for e in events), events


def test_a_pledge_to_help_stays_a_promise(nlp):
    events = coded(nlp, "Kenya made a pledge to help Ethiopia.")
    assert has(events, "AGREE", "030", "KEN", "ETH", "planned"), events


def test_a_warned_consequence_names_no_target(nlp):
    # the one whose firms would be hit is not the one warned
    events = coded(nlp, "Kenya warned the step might lead to retaliation against Kenyan firms in Ethiopia.")
    assert not any(e[0] == "THREATEN" and e[3] == "KEN" for e in events), events
    events = coded(nlp, "Kenya warned that it would cut ties with Ethiopia.")
    assert has(events, "THREATEN", "1313", "KEN", "ETH"), events


AID_RETREAT_MOBILIZE = [
    # aid rushed, flown or carried to where it is needed
    ("Kenya rushed food and medicine to Ethiopia after the floods.", "AID", "070", "KEN", "ETH", "occurred"),
    ("A Kenyan aid flight landed in Addis Ababa on Sunday.", "AID", "073", "KEN", "ETH", "occurred"),
    ("The Kenyan aid ship docked in Ethiopia.", "AID", "073", "KEN", "ETH", "occurred"),
    ("Kenya bailed out Ethiopia's banks.", "AID", "071", "KEN", "ETH", "occurred"),
    ("Kenya provided naval escorts to Ethiopian tankers.", "AID", "074", "KEN", "ETH", "occurred"),
    # forces recalled, a truce honoured, things handed back
    ("Kenya recalled its warships from Ethiopian waters.", "RETREAT", "087", "KEN", "ETH", "occurred"),
    ("Kenya has honoured the ceasefire with Ethiopia.", "RETREAT", "0871", "KEN", "ETH", "occurred"),
    ("Kenya gave back the seized tanker to Ethiopia.", "RETREAT", "0842", "KEN", "ETH", "occurred"),
    # forces massed or moved, named by a noun
    ("The massing of Kenyan troops near the Ethiopian border alarmed the region.", "MOBILIZE", "154", "KEN", "ETH", "occurred"),
]


@pytest.mark.parametrize("text, ptype, cameo, source, target, status", AID_RETREAT_MOBILIZE)
def test_aid_retreat_mobilize_frames(nlp, text, ptype, cameo, source, target, status):
    events = coded(nlp, text)
    assert has(events, ptype, cameo, source, target, status), events


@pytest.mark.parametrize("text", [
    "The Kenyan economy gave back its gains.",                    # no party handed anything back
    "The movement of Kenyan workers to Ethiopia rose.",           # people moving are no forces
    "Kenya flew the delegation to Ethiopia.",                     # a delegation flown is no aid
    "Ethiopia opened the Ogaden region to relief convoys from Kenya.",   # access granted, not aid delivered
])
def test_aid_retreat_mobilize_near_misses(nlp, text):
    events = coded(nlp, text)
    assert not any(e[0] in ("AID", "RETREAT", "MOBILIZE") for e in events), events
