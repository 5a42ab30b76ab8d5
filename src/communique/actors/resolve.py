"""Resolve the actor mentions of a parsed article.

One pass per article, in this order (each rule names itself in ``Mention.how``):

1. ``gazetteer`` / ``demonym`` / ``capital_metonymy``: countries, nationality words, IGOs and
   state organisations are looked up on folded token n-grams (longest match, exact case for
   ambiguous forms), also inside hyphenated tokens ("U.S.-Japan", "Sino-British", "pro-Moscow").
   A capital ("Hanoi said") or a seat of government ("the Kremlin") stands for the government of
   its state only where it acts: subject, possessor, agent, the object of with/between/against/
   by/from/on/over, or the direct object of a verb whose object is a party (data/party_verbs.tsv:
   "slammed Damascus", not "visited Damascus"); "in Hanoi" is a place. Capitals of successor
   states map to the state of the time ("Moscow" before 1992 is the Soviet Union; see the note
   column of countries.tsv). An institution without a country ("the National Assembly") is that of
   an "of" chain after it ("the Central Committee of the Communist Party of China"), else of the
   story's dateline, else of its agency; a body only some countries have (data/bare_bodies.tsv) is
   otherwise the one its bare name usually means ("Congress" in a report from Nairobi). Not
   actors: the dateline place, regions ("Latin America"), a nationality word on goods or markets
   ("Japanese imports", data/object_nouns.tsv), "Party"/"State"/"President" alone, a place before
   "-based" ("British-based U.S. planes"). In a story naming both Koreas, "the North"/"the South" are
   PRK/KOR. ``organ``: an unnamed organ of an organisation is it ("the aircraft committee of GATT");
   ``friendship_body``: "the Japan-China Friendship Association" is a civil body of the first state.
2. ``title_apposition``: persons are learned from the text, never from a list of leaders:
   a title phrase before a name ("Peruvian President Rosa Quispe", "President of Chile Tomás
   Rojas Vidal", "Deputy Prime Minister and Minister of Foreign Affairs Tran Quoc Hung", "Minister of
   Trade and Consumer Affairs X" with an unlisted tail, "Chancellor of the Exchequer X": a tail
   opened by "of"/"for" is never part of the name, and a name after a bare "of" holds no title ("the
   secretary general of X's party"); "Secretary-General of the OAS X"; "Arab League (AL) chief X";
   "the EU's foreign and security policy chief X"; "Ambassador to Athens X", "the U.S. ambassador to
   the United Nations, X,", where the place or body after "to" is the post) or after it ("X, the Chinese foreign
   minister", "X of Italy", "X, the country's ruler", "X, who as Kenya's envoy to Rome ..."). The sector comes from the title nearest the
   name, or from the organisation in the phrase ("Defence Ministry spokesman", "Hamas leader");
   "rebel"/"separatist" make it REB; an official of an IGO ("U.N. Secretary-General X", "X, the
   Danish lawyer who leads the OSCE mission") has no country, sector IGO and ``igo`` set. A title
   followed by a name belongs to that name, never to the name before it ("X, US Secretary of State Y"). The country comes from the phrase (demonym, "of <country>",
   "<country>'s", a party or institution of one state). For an un-nationalised title ("Prime
   Minister X") it comes, in order, from: the same person stated earlier (here or in an earlier
   article; "President Nathan" after "Singaporean President A B Nathan"); a name written the Vietnamese way; a titled person just before with another office
   ("Chinese President A and Premier B", not "between A and B"); a country named at least twice
   in the sentence and more than any other; the dateline (not one seating an organisation:
   "BRUSSELS"); the outlet or agency (outlets.tsv, also
   found in the opening or closing lines: "(Xinhua)", "— VNA"); a country that leads the sentence;
   the article's most-mentioned country (the outlet only when the story names its country); never the
   country of the person acting on the holder ("visiting U.S. official A told B, chairman of ...": B is
   spoken to, not spoken of, and is not guessed American), nor a state without that office (a
   monarchy has no president, a presidential republic no prime minister). A short
   name after a title ("President Bush") is the person named more fully earlier in the article.
   Such a guess is marked: a country stated later (in the
   article or in a later article) replaces it, also in the earlier mentions of the article.
   ``counterpart``: "his Chilean counterpart X" takes the title and sector of the possessor.
   ``possessive``: "Iraq's Saddam Hussein" (a PERSON entity owned by a country) serves that country.
   The office stated in an article is the one all its mentions of that person carry; the
   person memory across articles keeps names, aliases, country and first/last seen.
3. ``short_name`` / ``learned`` / ``ner``: later mentions by a short form (naming conventions in
   ``names.py``: "Cường", "Boric Font", "Boluarte", "Hu"; a short form shared by two persons of the
   article goes to the one with a current office) of a person of this article or of one
   learned in an earlier article (a one-word form from an earlier article needs NER's PERSON
   label; a word that is no name, like "Jun" in "Jun 5", needs it too); other PERSON entities become
   untitled persons (``ner``, no country), except: "X of Rwanda" or "Senator X of Maine" (a region of one
   state; ``of_country``, learned so its short forms follow, also those the NER missed or cut short:
   "Alhaji Sulaiman | Bangura Koroma of Sierra Leone" is one name), a one-letter
   misspelling of a surname placed here ("Schultz" after "George Shultz"), the country of a titled person of the same surname named here (``ner.surname``:
   "Laura Bush"), else the dateline's when their sentence names no other country (``ner.dateline``).
   Not persons: a city after a preposition or as the object of visit/tour/leave ("visited X"), a name a
   place or press noun introduces ("the capital X", "the village of X", "the daily X", "the X
   crossing"), nor that name elsewhere in the article ("Kommersant said"), nor one given a region noun
   ("the Kansai region"); "Mar del Plata" cut to "del Plata". A short form learned in another article
   yields to a full name of this article ending in it ("Martin Lee" ... "Lee"). A month's short form the NER puts in a name stays in
   it ("Zhao Jun"), and so does a nickname in quotes.
4. Coreference, walking the article in order:
   - ``role_ref.host`` / ``role_ref.guest``: "the host", "his host" -> the first titled
     government person of the host country (the dateline's country, else the "visit to X"
     country), or that state's government when no person is named; "the guest"/"the visitor" ->
     the first one of another country; "the visiting minister" -> the minister not of the host country.
   - ``role_ref.title``: "the Chilean President", "the State President", "the minister": the person
     of that country and title when exactly one fits (``title_fits``: "the president" is not a vice
     president; "the king"/"the monarch" only a royal) (else, with a nationality, that state with the
     title's sector); "the leader", "the official", "the Vietnamese leader": the last person who was
     a clause subject (of that country); with no person of that country, the nearest unplaced person
     subject of its own or the previous sentence, which it places ("Sultani will host Malik after a
     storm forced the Afghan leader to cancel": Sultani is AFG).
   - ``counterpart``: "his counterpart" without a name -> a person of another country than the
     possessor with the same title.
   - ``group``: "the two leaders", "the two presidents", "both leaders", "the Presidents" -> the
     first two titled persons of different countries (heads of state first); "the two sides", "the
     two countries", "both countries" -> the two countries named in the sentence (or the one
     before), else the leaders' countries, else the two most-mentioned; "Vietnam and the two
     countries" -> the two most-mentioned others; "the (top) diplomats/leaders of the two (ADJ)
     countries" -> one person of each state (foreign minister, head), else the two governments.
     ``group_antecedent``: a plain "the ministers/leaders/delegates/negotiators" is what the nearest
     earlier plural of that noun was said of ("ASEAN foreign ministers", "foreign ministers of the Arab
     League", "Israeli and Palestinian negotiators"), else two persons holding that office, else no one
     (the dateline is no default); "the two sides" the story's two states cannot give may be the last
     "A and (the) B" pair of a state and an organisation ("Iran and the European Union").
   - ``crowd_scene``: "demonstrators", "protesters" with no nationality are people of the country
     of the scene (a place in the sentence, else the dateline's), as "Iranian students" are Iran's.
   - ``state_description``: "the island nation", "the tiny Balkan state", "the kingdom" (a royal
     noun: a monarchy) -> the one state of the nearest earlier sentence naming states that is not
     named in the description's own clause; a place ("in the country") or a modifier ("state media")
     is none.
   - ``pronoun``: he/she (as subject) and his/her (starting a sentence) -> the subject of the
     previous sentence when that subject is one person and no person comes before the pronoun in
     its own sentence (the main clause's person when the other subjects are states; the one person
     a previous sentence names when its subject is no person), never to one the article has shown
     to be of the other gender ("Spokeswoman X", "Mrs. X", someone already called "she"); they (as subject) -> the previous
     sentence's subject when that is a group
     or two coordinated actors of one kind. Anything else is left unresolved.
5. Time: a titled person in a sentence that carries a year at least two years before the
   article's publication year (or its latest year), and who is not that sentence's main
   subject, or whose title is marked late/then, is ``historical`` with ``title_date``; a year in a
   clause of its own that does not hold the person ("who last came in 1993", "since ascending the
   throne in 1972") does not count, one in a relative clause on the person ("who died in 1981") does. A
   "former Foreign Minister" acts now: not historical, title "Former Foreign Minister"; an
   organisation's office after the name outranks it ("Former U.S. Secretary of State X, now U.N.
   special envoy": UN). Offices also come from a "who is/was (named)" clause, from a delegation a
   person leads ("a delegation of the Komeito party of Japan led by X", "X, head of the delegation"),
   and a head of state with no country met by a lower official is the dateline's ("CAIRO - Foreign
   Minister A met President B"). A pronoun with a name in brackets is that person ("when he (Prime
   Minister X) visits"); "his father" is no one we know.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Actor, Article, Mention
from .gazetteer import Entry, Gazetteer, extended, fold, fold_case, gazetteer, key_of
from .names import looks_vietnamese, one_edit_apart, short_forms
from .userfile import load_user_actors

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
NOT_NAME = frozenset(fold(w) for w in (
    "State", "Party", "Government", "The", "A", "An", "This", "That", "These", "Those", "His", "Her", "Their",
    "Its", "He", "She", "They", "We", "I", "It", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Monday",
    "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Photo", "Comments", "Last", "Updated",
    "Week", "Summit", "Meeting", "Forum", "City", "Province", "News", "Agency", "Ministry", "Office",
    "Council", "Committee", "Assembly", "Congress", "Republic", "Kingdom", "Union", "Nations", "Organization",
    "Organisation", "Economic", "Leaders", "Communist", "National", "Central", "People", "Order", "Grand",
    "Vision", "Area", "Free", "Trade", "Strategic", "Comprehensive", "Partnership",
    "Agreement", "Treaty", "Declaration", "Statement", "Joint", "Ambassador", "Embassy", "Palace", "House",
    "Square", "Street", "Airport", "University", "Museum", "Monday's", "Renewal", "East", "West",
    "North", "South", "Sea", "Ocean", "Gulf", "Pacific", "Atlantic", "Asia", "Europe", "Africa", "America",
    "Latin", "Caribbean", "Middle", "Charter", "Convention", "Foreign", "Affairs", "Defence", "Defense",
    "Minister", "President", "Prime", "Premier", "Deputy", "Vice", "General", "Secretary", "Chairman", "Speaker",
    "Radio", "Television", "Press", "Times", "Post", "Daily", "Reuters", "Xinhua", "AFP", "AP", "VNA", "Yes",
    "No", "Not", "But", "And", "Or", "If", "When", "While", "After", "Before", "Following", "On", "In", "At",
    "With", "For", "From", "To", "Of", "By", "As", "According", "Regarding", "Meanwhile", "Besides", "However",
    "Today", "Tomorrow", "Yesterday", "Prize", "Award", "Medal", "Stadium", "Bridge", "Road", "Avenue",
    "Highway", "River", "Mountain", "Island", "Islands", "Bay", "Strait", "Valley", "Mausoleum", "Foundation",
    "Institute", "Centre", "Center", "Bank", "Fund", "Group", "Company", "Corporation", "Inc", "Ltd", "Co",
    "Senator", "Governor", "Mayor", "King", "Queen", "Prince", "Emir", "Sheikh", "Pope", "Lord", "Sir",
    "Board", "Corp", "Corp.", "Inc.", "Co.", "Ltd.", "Plc", "Insurance", "Electric", "Motors", "Airlines",
    "Industries", "Holdings", "Association", "Federation", "Service", "Services", "Systems", "Securities",
    "Trust", "Capital", "Partners", "Commission", "Authority", "Exchange", "Oil", "Energy", "Chemical",
    "International", "Sports", "Department", "Administration", "Revs", "Net", "Shr", "Qtr", "Mln",
)) | frozenset(MONTHS)
# "Zhao Jun", "Li Dec": a month's short form can be a given name (never "May", a word as well)
MONTH_SHORT_FORMS = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})
# heads of government that a presidential republic has none of
PREMIER_TITLES = frozenset({"Prime Minister", "Premier", "Deputy Prime Minister", "First Deputy Prime Minister",
                            "Deputy Premier", "Vice Premier", "Prime Minister-designate"})
ROYAL_TITLES = frozenset({"King", "Queen", "Prince", "Crown Prince", "Emir", "Sultan", "Sheikh", "Shah", "Monarch"})
ROMAN = frozenset({"II", "III", "IV", "VI", "VII", "VIII"})
NON_PERSON_ENTS = frozenset({"ORG", "GPE", "NORP", "FAC", "PRODUCT", "MONEY", "DATE", "TIME", "PERCENT",
                             "QUANTITY", "CARDINAL", "LOC", "EVENT", "LAW", "WORK_OF_ART"})
PLACE_AFTER = frozenset({"city", "province", "street", "airport", "university", "mausoleum", "museum", "square",
                         "avenue", "road", "bridge", "hall", "foundation", "prize", "award", "trail", "stadium",
                         "park", "school", "institute", "centre", "center", "campaign", "crossing", "checkpoint",
                         "region", "prefecture", "district", "valley"})
# nouns after which a name is a region's everywhere in the article ("the Kansai region" ... "Kansai's exchanges")
REGION_NOUNS = frozenset({"region", "province", "prefecture", "district", "valley"})
RANK_WORDS = frozenset({"vice", "deputy", "first", "acting", "senior", "assistant"})
QUOTES = frozenset({'"', "'"})
PLACE_BEFORE = frozenset({"capital", "city", "town", "village", "port", "province", "region", "island", "daily",
                          "newspaper", "weekly", "magazine"})
PRESS_NOUNS = frozenset({"daily", "newspaper", "weekly", "magazine", "tabloid", "journal", "agency",
                         "broadcaster", "television", "radio"})
NAME_PARTICLES = frozenset({"de", "da", "di", "del", "du", "la", "le", "van", "von", "der", "bin", "ibn", "al"})
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "madam", "madame", "h.e.", "sir"})
# "the late President X", "then-President X": named in a role of the past (historical).
FEMININE_WORDS = frozenset({"mrs", "mrs.", "ms", "ms.", "madam", "madame", "queen", "princess", "empress", "duchess",
                            "she", "her"})
MASCULINE_WORDS = frozenset({"mr", "mr.", "sir", "king", "prince", "emperor", "duke", "he", "his"})
# Verbs of acting on another party ("X urged the United States"): their object is not the subject's own state
# (unlike "left Nepal" or "proposed China and Africa tap ...").
ADDRESS_VERBS = frozenset({"urge", "ask", "call", "press", "tell", "warn", "accuse", "criticize", "criticise",
                           "condemn", "blame", "invite", "meet", "visit", "thank", "congratulate", "threaten",
                           "appeal", "request", "talk", "write", "protest", "reassure", "assure", "lobby"})
# "His father praised ...": a relative owned by the pronoun acts, not the person it refers to
KINSHIP_NOUNS = frozenset({"father", "mother", "son", "daughter", "brother", "sister", "wife", "husband", "widow",
                           "widower", "family", "relatives", "parents", "children", "uncle", "aunt", "cousin",
                           "nephew", "niece", "grandson", "granddaughter", "grandfather", "grandmother", "sons",
                           "daughters", "brothers", "sisters", "fiancee", "fiance"})
HISTORICAL_MARKS = frozenset({"late", "then", "deceased", "founding"})
# "former Foreign Minister X": a person acting now, with a title they no longer hold.
# "X, member of the Political Bureau of the CPC Central Committee": the body after "of" gives sector and country
MEMBER_TITLE = Entry("title", "Member", sector="GOV")
# given names that are also a nationality or a country ("German Volkov", "Jordan Smith")
NATION_GIVEN_NAMES = frozenset({"German", "Jordan"})
BODY_HEADS = frozenset({"movement", "front", "party", "organization", "organisation", "union", "army", "league",
                        "association", "council", "committee", "alliance", "brigades", "brigade", "forces"})
ORGAN_NOUNS = frozenset({"committee", "council", "commission", "panel", "board", "secretariat", "body", "bodies",
                         "committees", "councils", "agency", "agencies", "court", "tribunal", "assembly"})
FRIENDSHIP_BODIES = frozenset({"association", "society", "committee", "group", "council", "league", "federation"})
BASED_WORDS = frozenset({"based", "headquartered", "stationed"})
FORMER_MARKS = frozenset({"former", "ex", "ex-", "erstwhile"})
# "X, who was named/appointed U.N. envoy": the office follows the verb
APPOINTED_WORDS = frozenset({"named", "appointed", "nominated", "elected", "now"})
# what a "former Soviet ..." can be without being Soviet now
ONCE_STATE_NOUNS = frozenset({"republic", "republics", "state", "states", "satellite", "satellites", "country",
                              "countries", "territory", "territories", "colony", "colonies", "bloc", "nation", "nations"})
REBEL_MARKS = frozenset({"rebel", "separatist", "guerrilla", "insurgent", "militant"})
PREFIX_MODIFIERS = frozenset({"acting", "outgoing", "incoming", "new", "visiting", "newly", "elected",
                              "interim", "caretaker", "current", "incumbent", "-", "designated", "designate",
                              "top", "senior", "exiled", "military"}) | HISTORICAL_MARKS | REBEL_MARKS | FORMER_MARKS
CONNECTORS = frozenset({"and", "of", "'s", "the", ","})
AGENT_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent", "csubj", "dative"})
AGENT_PREPS = frozenset({"with", "between", "against", "by", "toward", "towards", "and", "from", "on", "over"})
# Institutions a capital names the state of ("a Moscow court", "a court in Tehran", "Beijing authorities")
CAPITAL_INSTITUTIONS = frozenset({"court", "police", "government", "authority", "prosecutor", "ministry",
                                  "parliament", "regime", "leadership", "tribunal"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
PERSON_PLURALS = frozenset({"leaders", "presidents", "ministers", "prime ministers", "foreign ministers",
                            "heads of state", "counterparts", "premiers", "delegates", "negotiators"})
STATE_PLURALS = frozenset({"sides", "countries", "nations", "states", "governments"})
# Head nouns of a definite description that refers back to a state ("the island nation", "the tiny
# Balkan state", "the kingdom"); the royal ones refer only to a monarchy.
STATE_NOUNS = frozenset({"country", "nation", "state", "republic", "kingdom", "sultanate", "emirate",
                         "monarchy", "principality"})
ROYAL_STATE_NOUNS = frozenset({"kingdom", "sultanate", "emirate", "monarchy", "principality"})
# Prepositions whose object is a place, not a party ("elections in the country").
PLACE_PREPS = frozenset({"in", "across", "throughout", "inside", "within", "around", "into", "at", "near"})
OF_GROUP_PLURALS = frozenset({"diplomats", "officials"})
COMPASS_WORDS = frozenset({"north", "south", "east", "west", "central", "greater", "old", "new"})
SPOKES_TITLES = frozenset({"Spokesman", "Spokeswoman", "Spokesperson", "Foreign Ministry Spokesman",
                           "Foreign Ministry Spokeswoman"})
# "the three should sign by May": a bare count standing for that many parties (numeral_refs; events.arguments too)
COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
NOUN_SLOTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj"})
GROUP_NOUNS = frozenset({"delegation", "mission", "team", "negotiating", "delegations"})
# Words that make a person named beside them likely a guest, not a national, of the dateline's country
TRAVEL_VERBS = frozenset({"visit", "tour", "reach", "leave", "enter"})
VISITOR_WORDS = frozenset({"visit", "tour", "trip", "arrive", "arrival", "guest", "visitor", "delegation", "host"})
DIPLOMATIC_TITLES = ("foreign", "diplomat", "ambassador", "secretary of state", "envoy")
GENERIC_ROLES = frozenset({"leader", "official"})
GUEST_ROLES = frozenset({"guest", "visitor"})
HEAD_TITLES = ("President", "State President", "Prime Minister", "Premier", "Chancellor", "King", "Queen", "Emir")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_DATE_MDY = re.compile(r"\b([A-Z][a-z]{2,8})\.? (\d{1,2}) ?,? (1[89]\d\d|20\d\d)\b")
_DATE_DMY = re.compile(r"\b(\d{1,2}) ([A-Z][a-z]{2,8}) ?,? (1[89]\d\d|20\d\d)\b")
_DATELINE = re.compile(r"^\s*([A-Z][A-Za-z .'\u00c0-\u1ef9-]{1,40}?)\s*(?:,|\(|\s[-\u2013\u2014]|\s\d|\n)")


@dataclass
class Person:
    """A person learned from text (or given by the user): what the ``actors`` command lists."""

    name: str
    country: str | None = None
    sector: str | None = None
    title: str | None = None
    aliases: set[str] = field(default_factory=set)     # folded short forms
    how: str = "learned"
    first_seen: str | None = None
    last_seen: str | None = None
    historical: bool = False
    title_date: str | None = None
    igo: str | None = None                             # the organisation an IGO official serves
    guessed: bool = False                              # country inferred from context, not stated

    def actor(self, *, historical: bool = False, title_date: str | None = None) -> Actor:
        return Actor(name=self.name, kind="person", country=self.country, sector=self.sector, title=self.title,
                     igo=self.igo, historical=historical, title_date=title_date if historical else None)

    def to_dict(self) -> dict:
        return {"name": self.name, "kind": "person", "country": self.country, "sector": self.sector,
                "title": self.title, "igo": self.igo, "aliases": sorted(self.aliases), "how": self.how,
                "first_seen": self.first_seen, "last_seen": self.last_seen, "historical": self.historical}


@dataclass
class _Hit:
    start: int          # token indices
    end: int
    entries: list[Entry]

    def first(self, *kinds: str) -> Entry | None:
        """The entry of the first listed kind that this phrase has (kinds in order of preference)."""
        for kind in kinds:
            for e in self.entries:
                if e.kind == kind:
                    return e
        return None


@dataclass
class _Ref:
    """A mention found in the article, before it becomes a ``Mention``."""

    start: int
    end: int
    actor: Actor
    how: str
    person: Person | None = None
    members: list[Actor] = field(default_factory=list)
    chars: tuple[int, int] | None = None    # a part of one token ("U.S." in "U.S.-Japan")


class ActorResolver:
    """Finds and resolves actor mentions; remembers persons learned across articles."""

    def __init__(self, known: Iterable[dict] | None = None, *, user_file: str | Path | None = None):
        self.gaz: Gazetteer = gazetteer()
        self._persons: dict[str, Person] = {}          # folded full name -> person
        self._alias_index: dict[str, set[str]] = {}    # folded short form -> person keys
        entries = list(known or [])
        if user_file:
            entries += load_user_actors(Path(user_file))
        forms: list[tuple[str, Entry]] = []
        for item in entries:
            forms += self._add_known(item)
        if forms:
            self.gaz = extended(self.gaz, forms)

    def outlet_pattern(self) -> re.Pattern:
        """One regular expression for every outlet name (longest first), built once."""
        if getattr(self, "_outlet_re", None) is None or self._outlet_re[0] is not self.gaz:
            names = sorted(self.gaz.outlets, key=len, reverse=True)
            pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
            self._outlet_re = (self.gaz, pattern)
        return self._outlet_re[1]

    def add_user_file(self, path: str | Path) -> None:
        """Add (or override) actors from a user file (CSV or YAML; see ``userfile.py``)."""
        forms: list[tuple[str, Entry]] = []
        for item in load_user_actors(Path(path)):
            forms += self._add_known(item)
        if forms:
            self.gaz = extended(self.gaz, forms)

    # ------------------------------------------------------------------ known actors

    def _add_known(self, item: dict) -> list[tuple[str, Entry]]:
        kind = item.get("kind") or "person"
        name = item["name"]
        aliases = [a for a in item.get("aliases") or [] if a]
        if kind == "person":
            person = self._learn(name, item.get("country"), item.get("sector"), item.get("title"),
                                 how=item.get("how") or "user_file", published=item.get("first_seen"))
            for alias in aliases:
                # Only name-like aliases: a stored mention text such as "He" or "the host" is no name.
                words = alias.split()
                if words and all(w[:1].isupper() for w in words) and words[0].lower() not in NOT_NAME:
                    self._index_alias(fold(" ".join(words)), key_of(person.name))
                    person.aliases.add(fold(" ".join(words)))
            if item.get("last_seen"):
                person.last_seen = item["last_seen"]
            return []
        if kind == "state":
            country = item.get("country")
            base = self.gaz.countries.get(country or "")
            entry = Entry("country", base.name if base else name, country=country)
            return [(a, entry) for a in [name] + aliases]
        if kind == "igo":
            code = item.get("igo") or item.get("code") or name
            entry = Entry("igo", item.get("title") or name, code=code, sector="IGO")
            return [(a, entry) for a in [name] + aliases]
        entry = Entry("org", name, country=item.get("country"), code="USER", sector=item.get("sector"))
        return [(a, entry) for a in [name] + aliases]

    def _index_alias(self, alias: str, key: str) -> None:
        self._alias_index.setdefault(alias, set()).add(key)

    def _learn(self, name: str, country, sector, title, *, how: str, published: str | None,
               historical: bool = False) -> Person:
        key = key_of(name)
        person = self._persons.get(key)
        if person is None:
            person = Person(name=name, country=country, sector=sector, title=title, how=how,
                            first_seen=published, last_seen=published, historical=historical)
            self._persons[key] = person
        else:
            # Prefer the spelling with diacritics ("Lương Cường" over "Luong Cuong").
            if sum(c != d for c, d in zip(name, fold_case(name))) > sum(
                    c != d for c, d in zip(person.name, fold_case(person.name))):
                person.name = name
            person.country = person.country or country
            stated = how != "counterpart" and person.how == "counterpart"
            if title and (not person.title or stated or (not historical and person.historical)):
                person.title, person.sector = title, sector or person.sector
                if stated:
                    person.how = how
            person.sector = person.sector or sector
            person.historical = person.historical and historical
            if published:
                person.first_seen = min(filter(None, [person.first_seen, published]))
                person.last_seen = max(filter(None, [person.last_seen, published]))
        for form in short_forms(person.name, person.country) | short_forms(name, person.country):
            self._index_alias(form, key)
            person.aliases.add(form)
        return person

    def known_persons(self) -> list[dict]:
        """Persons learned so far: name, country, sector, title, aliases, how, first/last seen."""
        return [p.to_dict() for p in self._persons.values()]

    def person(self, name: str) -> Person | None:
        return self._persons.get(key_of(name))

    # ------------------------------------------------------------------ one article

    def mentions(self, doc, article: Article) -> list[Mention]:
        """Resolved actor mentions of one parsed article, in text order."""
        return _ArticleResolver(self, doc, article).run()


class _ArticleResolver:
    def __init__(self, resolver: ActorResolver, doc, article: Article):
        self.r = resolver
        self.gaz = resolver.gaz
        self.doc = doc
        self.article = article
        self.body = article.body
        self.words = [t.text for t in doc]
        self.folded = [fold(w) for w in self.words]
        self.lower = [w.lower() for w in self.words]
        self.space = [not w.strip() for w in self.words]
        self.sent_of: list[int] = [0] * len(doc)
        self.sent_bounds: list[tuple[int, int]] = []
        for i, sent in enumerate(doc.sents):
            self.sent_bounds.append((sent.start, sent.end))
            for j in range(sent.start, sent.end):
                self.sent_of[j] = i
        self.claimed = [False] * len(doc)
        self.refs: list[_Ref] = []
        self.persons: list[Person] = []              # persons named in this article, first-seen order
        self.guessed_here: set[str] = set()        # persons whose country this article guessed
        self.roles: dict[str, tuple] = {}          # person key -> (title, sector, igo, as IGO official) stated here
        self.genders: dict[str, str] = {}          # person key -> "f" or "m", from a title, honorific or pronoun
        self.published = article.published
        self._press: frozenset[str] | None = None   # names this article gives a press noun

    # ---------------------------------------------------------------- helpers

    def span_text(self, start: int, end: int) -> str:
        return self.doc[start:end].text

    def char_span(self, start: int, end: int) -> tuple[int, int]:
        return self.doc[start].idx, self.doc[end - 1].idx + len(self.doc[end - 1].text)

    def add_ref(self, ref: _Ref) -> None:
        if ref.chars is None:
            for i in range(ref.start, ref.end):
                self.claimed[i] = True
        self.refs.append(ref)

    def free(self, start: int, end: int) -> bool:
        return not any(self.claimed[start:end])

    def country_actor(self, iso3: str, *, sector: str | None = None, title: str | None = None) -> Actor:
        entry = self.gaz.countries.get(iso3)
        return Actor(name=entry.name if entry else iso3, kind="state", country=iso3, sector=sector, title=title)

    # ---------------------------------------------------------------- 1. gazetteer scan

    def scan(self) -> list[_Hit]:
        gaz = self.gaz
        hits: list[_Hit] = []
        n = len(self.words)
        i = 0
        while i < n:
            if self.space[i]:
                i += 1
                continue
            best = None
            fk = ek = ""
            f_alive = e_alive = True
            crossed = False     # a space lies between the tokens read so far
            for j in range(i, min(n, i + gaz.max_tokens)):
                if self.space[j]:
                    break
                crossed = crossed or (j > i and bool(self.doc[j - 1].whitespace_))
                if f_alive:
                    fk += "".join(self.folded[j].split())
                    f_alive = fk in gaz.folded_prefixes
                if e_alive:
                    ek += "".join(fold_case(self.words[j]).split())
                    e_alive = ek in gaz.exact_prefixes
                if not (f_alive or e_alive):
                    break
                entries = (gaz.exact.get(ek, []) if e_alive and (not crossed or ek in gaz.spaced) else []) + \
                    (gaz.folded.get(fk, []) if f_alive and (not crossed or fk in gaz.spaced) else [])
                if entries:
                    best = (j + 1, entries)
            if best:
                hits.append(_Hit(i, best[0], best[1]))
                i = best[0]
            else:
                i += 1
        return hits

    # ---------------------------------------------------------------- article context

    def home_countries(self, hits: list[_Hit]) -> None:
        """Dateline country, outlet country and country counts, used as fallbacks."""
        self.dateline_country = None
        self.dateline_end = 0
        place = self.article.dateline
        m = _DATELINE.match(self.body[:120])
        if m and m.group(1).isupper():
            self.dateline_end = m.end(1)       # "SINGAPORE, Nov. 9": a place line, not an actor
        if not place:
            place = m.group(1) if m else None
        if place and "," in self.body[:80].split("\n")[0]:
            # "KHASAVYURT, Russia 1996-08-31": the country after the place
            comma = self.body.find(",")
            for h in hits:
                if self.doc[h.start].idx > comma + 2:
                    break
                if self.doc[h.start].idx > comma and (e := h.first("country")) and e.country:
                    self.dateline_country = e.country
                    break
        if place and not self.dateline_country:
            self.dateline_country = self.gaz.cities.get(key_of(place))
        if place and not self.dateline_country:
            for key in (key_of(place), key_of(place, exact=True)):
                for e in self.gaz.folded.get(key, []) + self.gaz.exact.get(key, []):
                    if e.country and e.kind in ("capital", "country"):
                        self.dateline_country = e.country
                        break
                if self.dateline_country:
                    break
        self.outlet_country = None
        outlets = self.gaz.outlets
        if self.article.outlet and self.article.outlet in outlets:
            self.outlet_country = outlets[self.article.outlet]
        else:
            edges = self.body[:300] + "\n" + self.body[-300:]
            m = self.r.outlet_pattern().search(edges)
            if m:
                self.outlet_country = outlets[m.group(1)]
        counts: Counter = Counter()
        regions: Counter = Counter()
        for h in hits:
            e = h.first("country", "demonym")
            if e:
                counts[e.country] += 1
            elif (r := h.first("region")) and r.country:
                regions[r.country] += 1
        self.country_counts = counts
        self.region_counts = regions
        years = [int(y) for y in _YEAR.findall(self.body)]
        if self.published and self.published[:4].isdigit():
            self.ref_year = int(self.published[:4])
        else:
            self.ref_year = max(years) if years else None
        # the dateline's and the agency's state as it was in the story's year ("MOSCOW" or TASS in 1987: the
        # Soviet Union), as for a capital named in the text
        if self.dateline_country:
            self.dateline_country = self.gaz.in_year(self.dateline_country, self.ref_year)
        if self.outlet_country:
            self.outlet_country = self.gaz.in_year(self.outlet_country, self.ref_year)
        self.host_country = self.dateline_country or self.visit_country(hits)
        self.dateline_seat = bool(place) and fold(place.split(",")[0].strip()) in self.gaz.seats

    def visit_country(self, hits: list[_Hit]) -> str | None:
        for h in hits:
            e = h.first("country", "capital")
            if not e:
                continue
            tok = self.doc[h.end - 1]
            head = tok.head
            if tok.dep_ == "pobj" and head.lower_ in ("to", "in") and head.head.lemma_ in (
                    "visit", "trip", "tour", "travel", "talk", "summit"):
                return e.country
            if tok.dep_ == "dobj" and head.lemma_ == "visit":
                return e.country
        return None

    def fallback_country(self, name: str, at: int, phrase_start: int, exclude: frozenset = frozenset(),
                         republican: bool = False, premier: bool = False) -> str | None:
        """Country of a person whose title names none: Vietnamese name, a country named twice in
        the sentence, dateline, outlet, the sentence's main country, the most-mentioned country.
        ``exclude`` holds countries the person cannot be of ("talks between X and Nakasone"); a
        kingdom has no president and a presidential republic no prime minister ("TOKYO - President
        Reagan", "WASHINGTON - ... Prime Minister X"). A dateline city that seats an organisation
        ("BRUSSELS") is where leaders of many states gather, so it guesses no one's country."""
        if looks_vietnamese(name):
            return "VNM"
        lacking = (self.gaz.monarchies if republican else frozenset()) | (
            self.gaz.presidential if premier else frozenset())
        # The outlet's country only when the story names it: a news agency reports on foreign leaders too.
        outlet = self.outlet_country if self.country_counts.get(self.outlet_country) else None
        dateline = None if self.dateline_seat else self.dateline_country
        for guess in (self.sentence_country(at, phrase_start, strong=True), dateline,
                      outlet, self.sentence_country(at, phrase_start)):
            if guess and guess not in exclude and guess not in lacking:
                return guess
        for iso3, _n in self.country_counts.most_common():
            if iso3 not in exclude and iso3 not in lacking:
                return iso3
        return None

    def other_side(self, phrase_start: int, end: int) -> frozenset:
        """In "between A and B", A and B are of two countries: the country of the other one."""
        a = self.sent_bounds[self.sent_of[phrase_start]][0]
        if "between" not in self.folded[max(a, phrase_start - 6):phrase_start]:
            return frozenset()
        if end + 1 < len(self.words) and self.folded[end] == "and":
            span = self.name_after(end + 1)
            if span:
                other = self.known_by_alias(self.span_text(*span))
                if other and other.country:
                    return frozenset({other.country})
        return frozenset()

    def partner_subjects(self, start: int, end: int) -> list[int]:
        """Subject tokens of the act whose object (or "with" partner) is the phrase start..end."""
        root = self.doc[start:end].root
        if root.dep_ in ("dobj", "dative"):
            verb = root.head
        elif root.dep_ == "pobj" and root.head.lower_ == "with":
            verb = root.head.head
            if verb.pos_ == "NOUN" and verb.dep_ == "pobj":
                verb = verb.head.head       # "In a meeting with B, A said": B is A's counterpart
        else:
            return []
        return [c.i for c in verb.children if c.dep_ == "nsubj"]

    def met_by_subordinate(self, start: int, end: int) -> bool:
        """Is the phrase met by a titled person who is no head of state or government ("Foreign Minister
        A met President B")?"""
        subjects = self.partner_subjects(start, end)
        persons = [r.person for r in self.refs for i in subjects if r.start <= i < r.end and r.person is not None]
        return bool(persons) and all(p.title and p.title not in HEAD_TITLES and not any(
            t in p.title for t in ("President", "Prime Minister", "Premier", "King")) for p in persons)

    def partner_country(self, start: int, end: int) -> frozenset:
        """The person is the object of another person's act ("visiting U.S. official A told B", "A met
        with B", "in a meeting with B, A said"): B is guessed of another country than A's."""
        subjects = self.partner_subjects(start, end)
        found = {r.actor.country for r in self.refs for i in subjects
                 if r.start <= i < r.end and r.actor.kind == "person" and r.actor.country}
        # a short form not yet placed at this stage ("Li said") names a person met earlier in the article
        found |= {p.country for i in subjects if self.doc[i].pos_ == "PROPN" and not any(
            r.start <= i < r.end for r in self.refs) and (p := self.known_by_alias(self.words[i])) and p.country}
        return frozenset(found)

    def addressed_countries(self, start: int, end: int) -> frozenset:
        """The person is the subject of an act on a state ("Foreign Secretary X urged the United States",
        "X met with Japan"): an official does not act on their own state, so a title with no country is
        not guessed of that state (under a WASHINGTON dateline X is no American)."""
        root = self.doc[start:end].root
        if root.dep_ != "nsubj" or root.head.lemma_ not in ADDRESS_VERBS:
            return frozenset()
        objects = [c for c in root.head.children if c.dep_ in ("dobj", "dative")]
        objects += [g for c in root.head.children if c.dep_ == "prep" and c.lower_ in ("with", "to", "against")
                    for g in c.children if g.dep_ == "pobj"]
        objects += [g for o in objects for g in o.conjuncts]
        found = set()
        for tok in objects:
            h = self.hit_at.get(tok.i) or self.hit_end.get(tok.i) or self.hit_inside.get(tok.i)
            if h and (e := h.first("country")):
                found.add(e.country)
        return frozenset(found)

    def briefing_capital(self, at: int) -> str | None:
        """"Foreign Ministry spokesman X told reporters in Beijing": a spokesperson of a state organ named without its
        state, briefing in a capital named in their own clause, speaks for the state of that capital (ministries brief
        at home; an organisation's spokesperson in a regional hub does not count)."""
        verb = self.doc[at]
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            for obj in prep.children:
                h = self.hit_at.get(obj.i) or self.hit_end.get(obj.i + 1)
                if obj.dep_ == "pobj" and h is not None and (e := h.first("capital")) is not None:
                    return self.gaz.in_year(e.country, self.ref_year)
        return None

    def speaker_country(self, at: int) -> str | None:
        """A person named inside what a stated-nationality speaker said shares the speaker's country:
        "Soviet spokesman A said special ambassador B left"."""
        tok = self.doc[at]
        for _ in range(6):
            if tok.head.i == tok.i:
                return None
            below, tok = tok, tok.head
            if tok.lemma_ in ("say", "tell", "announce", "add", "state", "confirm"):
                break
        else:
            return None
        if below.dep_ in ("dobj", "dative"):
            return None         # "A told B": B is spoken to, not spoken of
        for child in tok.children:
            if child.dep_ in SUBJECT_DEPS:
                for ref in self.refs:
                    if ref.start <= child.i < ref.end and ref.person is not None and ref.person.country \
                            and not ref.person.guessed and ref.start < at:
                        return ref.person.country
        return None

    # ---------------------------------------------------------------- names

    def names_a_place(self, j: int) -> bool:
        """Does the name ending before token ``j`` name a place or facility ("Charles de Gaulle airport",
        "George Washington Bridge", "Lenin Square")? The rest of the name (particles, capitalised words)
        may come first."""
        n = len(self.words)
        for k in range(j, min(n, j + 4)):
            if self.folded[k] in PLACE_AFTER:
                return True
            if not (self.folded[k] in NAME_PARTICLES or self.words[k][:1].isupper() and self.words[k].isalpha()):
                return False
        return False

    def is_name_token(self, i: int, *, loose: bool = False) -> bool:
        """A capitalised word that can be part of a personal name. ``loose`` also accepts a title
        word after a particle ("Bandar bin Sultan")."""
        w = self.words[i]
        if not w or not w[0].isupper() or self.claimed[i]:
            return False
        if i in self.hit_at and not (loose and self.hit_at[i].first("title") and self.hit_at[i].end == i + 1):
            return False
        if loose:
            return w.isalpha()
        f = self.lower[i]
        if f in NOT_NAME or f in HONORIFICS:
            return False
        core = w.replace("'", "").replace(".", "").replace("-", "")
        if not core.isalpha():
            return False
        if w.isupper() and len(core) > 1 and not self.doc_is_upper:
            # acronyms and datelines are not names; a regnal number after a name is ("Abdullah II")
            return w in ROMAN and i > 0 and self.words[i - 1][:1].isupper()
        return True

    def name_after(self, i: int) -> tuple[int, int] | None:
        """The name starting at token i (after optional honorifics), up to five tokens."""
        n = len(self.words)
        while i < n and self.folded[i] in HONORIFICS:
            i += 1
        if i + 2 < n and self.folded[i] in ("al", "el") and self.words[i + 1] == "-" and self.is_name_token(i + 2):
            start = i                           # "al-Wasila al-Samani"
            span = self.name_after(i + 2)
            return (start, span[1]) if span else None
        if i + 1 < n and (self.words[i] == "He" or self.words[i] in NATION_GIVEN_NAMES) and self.is_name_token(i + 1) \
                and self.doc[i].whitespace_:
            span = self.name_after(i + 1)       # a surname or first name that is also a common word
            return (i, span[1]) if span else None
        if i >= n or not self.is_name_token(i):
            return None
        j = i + 1
        while j < n and j - i < 6:
            if self.is_name_token(j):
                j += 1
                continue
            if self.words[j] == "-" and j + 1 < n and self.words[j + 1].isalpha() and self.words[j + 1].islower() \
                    and not self.doc[j - 1].whitespace_ and not self.doc[j].whitespace_:
                j += 2          # "Roh Moo-hyun", "Park Chung-hee"
                continue
            if self.words[j] in QUOTES and j + 3 < n and self.words[j + 2] == self.words[j] \
                    and self.words[j + 1][:1].isupper() and self.is_name_token(j + 3):
                j += 4          # 'Douglas "Pete" Peterson': a nickname in quotes inside the name
                continue
            k = j
            while k < n and k - j < 3 and (self.folded[k] in PARTICLES_LOWER or self.words[k] == "-"):
                k += 1
            if k > j and k < n and (self.is_name_token(k) or self.is_name_token(k, loose=True)):
                j = k + 1
                continue
            break
        return i, j

    # ---------------------------------------------------------------- 2. titled persons

    def title_entry(self, h: _Hit) -> Entry | None:
        """A title, or a role word that works as one before a name ("Hamas leader X")."""
        e = h.first("title")
        if e is None and (r := h.first("role")) and r.name in ("leader", "official") and self.words[h.start].islower():
            e = Entry("title", r.name.title(), sector=r.sector)
        return e

    def title_tail(self, end: int) -> int | None:
        """Start of the title hit that an unlisted title tail hangs from, reading left from ``end``:
        "Minister [of Trade, Industry and Rural Enterprise]", "Assistant Secretary of State
        [for South Asian Affairs]". None when no title hit is reached within ten tokens, or when a
        possessor follows a bare "of" ("the secretary general of [X]'s party": X is no secretary general)."""
        i = end - 1
        if i >= 0 and self.folded[i] == "of" and self.possessor_at(end):
            return None
        while i >= 0 and end - i <= 14:
            if i in self.hit_end and self.title_entry(self.hit_end[i]):
                return i if i < end - 1 else None
            w = self.words[i]
            inside_name = w == "'s" and i > 0 and self.words[i - 1][:1].isupper() and self.words[i + 1][:1].isupper()
            if not (w in (",", "-", "&") or self.folded[i] in ("of", "and", "for", "the", "on", "in") or inside_name
                    or (w[:1].isupper() and w.replace("-", "").isalpha())):
                return None
            if self.space[i]:
                return None
            i -= 1
        return None

    def tail_countries(self, tail_start: int, end: int) -> list[tuple[int, str]]:
        """The one state an "of" tail names ("Chairman of the National Committee of the Chinese People's
        Political Consultative Conference X"); after "for" or "to" a state is the office's remit or host."""
        found: list[tuple[int, str]] = []
        for k in range(tail_start, end):
            if self.folded[k] in ("for", "to"):
                return []
            if k in self.hit_at and (e := self.hit_at[k].first("country", "demonym")):
                found.append((k, e.country))
        return found if len({c for _k, c in found}) == 1 else []

    def possessor_at(self, start: int) -> bool:
        """Does the name starting at ``start`` own what follows it ("X's party")?"""
        span = self.name_after(start)
        return span is not None and span[1] < len(self.words) and self.folded[span[1]] == "'s"

    def modifiers_to_owner(self, i: int) -> int | None:
        """Up to three modifier words (four joined by "and") left of a title that lead to its owner (a
        country, demonym, organisation or IGO): returns the owner's last token, else None."""
        j = i
        while j >= 0 and i - j < 5 and j not in self.hit_end:
            if j < i and self.folded[j] == "'s" and j - 1 in self.hit_end:
                j -= 1          # "Ruritania's Liberal party leader"
                break
            word = self.words[j]
            if word == "and" and j < i and j >= 1 and self.words[j - 1].islower() and self.words[j + 1].islower():
                j -= 1          # "the EU's foreign and security policy chief"
                continue
            if i - j >= 3 and "and" not in self.lower[j + 1:i + 1]:
                return None
            pos = self.doc[j].pos_
            if not word.replace("-", "").isalpha() or self.space[j]:
                return None
            if not (word[:1].isupper() and pos in ("", "PROPN", "NOUN", "ADJ") or pos in ("NOUN", "ADJ")):
                return None
            j -= 1
        if j < 0 or j == i or j not in self.hit_end:
            return None
        h = self.hit_end[j]
        owner = h.first("country", "demonym", "igo") or ((o := h.first("org")) and o.country and o)
        return j if owner else None

    def title_prefix(self, end: int) -> dict | None:
        """Read a title phrase that ends just before token ``end`` (leftwards)."""
        titles: list[Entry] = []
        countries: list[tuple[int, str]] = []
        igos: list[str] = []
        orgs: list[Entry] = []
        roles: list[Entry] = []
        historical = False
        former = False
        rebel = False
        tail_start = None
        short_form = None
        if end >= 3 and self.words[end - 1] == ")" and self.words[end - 3] == "(" and self.words[end - 2][:1].isupper():
            end -= 3        # "Special Representative for Somalia (SRSG) X", "leader of the ... Movement (Hamas) X"
            short_form = self.hit_at.get(end + 1)
        i = end - 1
        if i not in self.hit_end or not self.title_entry(self.hit_end[i]) and self.portfolio_tail(end):
            tail = self.title_tail(end)
            if tail is not None:
                tail_start, i = tail + 1, tail
        start = end if tail_start is None else tail_start
        while i >= 0:
            if i in self.hit_end:
                h = self.hit_end[i]
                if not titles and (to := self.host_of_title(h)) is not None:
                    start = to          # "ambassador to Canada/Ottawa": the place after "to" is the host
                    i = to - 1
                    continue
                if h.start < start and (e := self.title_entry(h)):
                    titles.insert(0, e)
                elif (e := h.first("country", "demonym")) and not h.first("title"):
                    countries.insert(0, (h.start, e.country))
                elif (e := h.first("region")) and e.country:
                    countries.insert(0, (h.start, e.country))     # "Chechen separatist leader"
                elif e := h.first("igo"):
                    igos.insert(0, e.code)
                elif (e := h.first("role")) and e.name in ("counterpart",):
                    roles.insert(0, e)
                elif (e := h.first("org")) and e.country and titles:
                    orgs.insert(0, e)       # "Hamas leader X", "Kremlin spokesman X" (Soviet in 1987)
                    countries.insert(0, (h.start, self.gaz.in_year(e.country, self.ref_year)))
                elif (e := h.first("org")) and (titles or tail_start is not None):
                    orgs.insert(0, e)       # "Foreign Ministry spokesman"
                elif (e := h.first("capital")) and titles and not e.name.startswith("="):
                    countries.insert(0, (h.start, self.gaz.in_year(e.country, self.ref_year)))  # "Beijing Mayor X"
                else:
                    break
                start = h.start
                i = h.start - 1
                continue
            w = self.folded[i]
            if w in PREFIX_MODIFIERS:
                historical = historical or w in HISTORICAL_MARKS
                former = former or w in FORMER_MARKS
                rebel = rebel or w in REBEL_MARKS
                start = i
                i -= 1
                continue
            if titles and (j := self.modifiers_to_owner(i)) is not None:
                start = j + 1       # "U.S. Agriculture Secretary", "EC Executive Commission president"
                i = j
                continue
            if w == ")" and (titles or roles) and i >= 3 and self.words[i - 2] == "(" and self.words[i - 1].isupper() \
                    and i - 3 in self.hit_end:
                start = i - 2       # "Arab League (AL) chief X": the acronym repeats the organisation
                i -= 3
                continue
            if w == "and" and not (i - 1 in self.hit_end and self.title_entry(self.hit_end[i - 1])):
                break       # "Vietnam and President X": the country is not part of X's title
            if w in CONNECTORS and (titles or roles or countries or igos) or (w == "'s" and i - 1 in self.hit_end):
                start = i
                i -= 1
                continue
            break
        # Trim connectors off the left edge ("the", "and", ",").
        while start < end and self.folded[start] in CONNECTORS:
            start += 1
        if not titles and not roles:
            return None
        title_text = None
        if tail_start is not None:
            first = next(k for k in range(start, end) if k in self.hit_at and self.title_entry(self.hit_at[k]))
            title_text = " ".join(self.doc[first:end].text.split())
            if not countries and short_form is not None and (e := short_form.first("org")) and e.country:
                orgs.append(e)      # "the leader of the Islamic Resistance Movement (Hamas) X": the body's state
                countries.append((short_form.start, e.country))
            if not countries:
                countries = self.tail_countries(tail_start, end)
        return {"start": start, "titles": titles, "countries": countries, "roles": roles, "igos": igos,
                "orgs": orgs, "historical": historical, "title_text": title_text, "rebel": rebel, "former": former,
                "head": titles[-1] if tail_start is None and titles else (titles[0] if titles else None)}

    def host_of_title(self, h: _Hit) -> int | None:
        """Is this country, capital or organisation the place a title is held at ("Ambassador to Athens",
        "envoy to Canada", "ambassador to the United Nations"), not the holder's own state? Returns
        the position of its "to"."""
        k = h.start - 1 - (h.start >= 1 and self.folded[h.start - 1] == "the")
        if h.first("country", "capital", "igo") and k >= 1 and self.folded[k] == "to" \
                and k - 1 in self.hit_end and self.title_entry(self.hit_end[k - 1]) is not None:
            return k
        return None

    def after_host(self, k: int) -> int:
        """The token after "to [the] <place or organisation>" at ``k`` (the post a title is held at), else ``k``."""
        j = k + 1 + (k + 1 < len(self.words) and self.folded[k + 1] == "the")
        if k < len(self.words) and self.folded[k] == "to" and j in self.hit_at \
                and self.hit_at[j].first("country", "capital", "igo"):
            return self.hit_at[j].end
        return k

    def title_suffix(self, end: int) -> dict | None:
        """Read what follows a name ending at ``end``: "of Italy", ", the Chinese foreign minister",
        ", vice-chairman of the Standing Committee of China's NPC", ", its foreign minister"."""
        n = len(self.words)
        i = end
        countries: list[tuple[int, str]] = []
        of_countries: list[tuple[int, str]] = []
        if i + 1 < n and self.folded[i] == "of":
            k = i + 1 + (self.folded[i + 1] == "the")
            # "X of Italy"; "Senator X of Maine": a region of one state names that state
            if k in self.hit_at and ((c := self.hit_at[k].first("country"))
                                     or ((c := self.hit_at[k].first("region")) and c.country)):
                of_countries.append((k, c.country))
                i = self.hit_at[k].end
        if i >= n or self.words[i] != ",":
            return {"titles": [], "countries": of_countries, "of_countries": of_countries, "historical": False,
                    "roles": [], "igos": [], "orgs": [], "title_text": None} if of_countries else None
        i += 1
        if i + 1 < n and self.folded[i] == "who" and self.folded[i + 1] == "as":
            i += 2          # "X, who as Israel's ambassador to Washington led ...": the office he held
        elif i + 1 < n and self.folded[i] == "who" and self.folded[i + 1] in ("is", "was", "has", "had"):
            # "X, who is the U.S. deputy trade representative", "X, who was named U.N. envoy": a relative clause
            # giving the office
            i += 2 + (i + 2 < n and self.folded[i + 2] == "been")
            if i < n and self.folded[i] in APPOINTED_WORDS:
                i += 1
        if i < n and self.folded[i] in ("the", "a", "an", "its", "his", "her", "their"):
            i += 1
        titles: list[Entry] = []
        igos: list[str] = []
        orgs: list[Entry] = []
        historical = False
        former = False
        rebel = False
        loose = 0
        first_title = None
        last = i
        while i < n and i - end < 16:
            w = self.folded[i]
            if w in ("country", "kingdom", "nation", "republic") and i + 1 < n and self.folded[i + 1] == "'s":
                # "X, the country's ruler" (the dateline's), "the kingdom's envoy" (the monarchy named most)
                meant = self.royal_country(Entry("title", "King")) if w == "kingdom" else self.dateline_country
                if meant:
                    countries.append((i, meant))
                i += 2
                continue
            if i in self.hit_at:
                h = self.hit_at[i]
                if (e := self.title_entry(h)) and self.name_after(h.end):
                    break       # "X, US Secretary of State Y": the title is the next person's
                if e:
                    titles.append(e)
                    first_title = first_title if first_title is not None else i
                elif e := h.first("country", "demonym"):
                    countries.append((h.start, e.country))
                elif (e := h.first("region")) and e.country:
                    countries.append((h.start, e.country))
                elif e := h.first("igo"):
                    igos.append(e.code)
                elif e := h.first("org"):
                    orgs.append(e)
                    if e.country:
                        countries.append((h.start, e.country))      # "a member of the CPC Central Committee"
                elif e := h.first("capital"):
                    pass
                else:
                    break
                i = h.end
                last = i
                continue
            word = self.words[i]
            if w in PREFIX_MODIFIERS:
                historical = historical or w in HISTORICAL_MARKS
                former = former or w in FORMER_MARKS
                rebel = rebel or w in REBEL_MARKS
            elif w == "'s" and countries and i - 1 in self.hit_end:
                pass                # "Britain's secretary for trade"
            elif not titles and w in RANK_WORDS and i + 1 in self.hit_at and self.title_entry(self.hit_at[i + 1]):
                pass                # "X, Vice Finance Minister for ...": a rank before the office
            elif not titles and w == "member" and i + 1 < n and self.folded[i + 1] == "of":
                titles.append(MEMBER_TITLE)     # "X, member of the Political Bureau of ...": of that body
                first_title = i
            elif not titles and loose < 4 and (word == "-" or word.isalpha() and word.islower()
                                                and (self.doc[i].pos_ in ("", "ADJ", "NOUN", "ADV")
                                                     or self.doc[i].tag_ == "VBN")):
                loose += 1          # "the commercial counselor", "the iron-fisted ruler"
            elif titles and (w in ("of", "the", "'s", "and", "for", "in") or
                             (word[:1].isupper() and word.replace("-", "").isalpha())):
                pass
            else:
                break
            i += 1
        if titles and not countries and not igos and i < n and self.folded[i] in GROUP_NOUNS \
                and self.folded[i - 1] == "the":
            # "X, head of the delegation": the delegation the article described before
            owned, igos = self.earlier_delegation(end)
            countries.extend(owned)
        if rebel or any(self.folded[k] in REBEL_MARKS for k in range(end, min(i + 8, n))):
            rebel = True
        igo_head = False
        if titles and i + 1 < n and self.folded[i] in ("who", "which") and self.doc[i + 1].lemma_ in (
                "head", "lead", "chair", "run", "direct"):
            # "X, the Danish lawyer who leads the OSCE mission": an official of the organisation
            for k in range(i + 2, min(i + 5, n)):
                if k in self.hit_at and (e := self.hit_at[k].first("igo")):
                    igos.append(e.code)
                    igo_head = True
                    break
        if not titles:
            return {"titles": [], "countries": of_countries, "of_countries": of_countries, "historical": False,
                    "roles": [], "igos": [], "orgs": [], "title_text": None} if of_countries else None
        return {"titles": titles, "countries": of_countries + countries, "of_countries": of_countries,
                "historical": historical, "roles": [], "igos": igos, "orgs": orgs, "title_text": None,
                "rebel": rebel, "countries_after": True, "former": former, "igo_head": igo_head}

    def sentence_text(self, s: int) -> str:
        a, b = self.sent_bounds[s]
        return self.doc[a:b].text

    def title_date(self, s: int, start: int, end: int, marked: bool) -> tuple[bool, str | None]:
        """Is the person at token ``start`` named in a historical role? With the date tied to it."""
        text = self.sentence_text(s)
        years = [int(y) for y in _YEAR.findall(text)]
        old = [y for y in years if self.ref_year and y <= self.ref_year - 2]
        if old and not marked and not self.year_reaches(s, start, end, old):
            old = []
        if not old and not marked:
            return False, None
        if not marked:
            # The main subject of its sentence is acting now, whatever years the sentence names.
            for tok in self.doc[start:end]:
                root = tok
                while root.head.i != root.i and root.dep_ in ("compound", "flat", "appos", "amod"):
                    root = root.head
                if root.dep_ in SUBJECT_DEPS and root.head.dep_ == "ROOT":
                    return False, None
        date = None
        for m in _DATE_MDY.finditer(text):
            if (mo := MONTHS.get(m.group(1).lower())) and int(m.group(3)) in old:
                date = f"{m.group(3)}-{mo:02d}-{int(m.group(2)):02d}"
                break
        if date is None:
            for m in _DATE_DMY.finditer(text):
                if (mo := MONTHS.get(m.group(2).lower())) and int(m.group(3)) in old:
                    date = f"{m.group(3)}-{mo:02d}-{int(m.group(1)):02d}"
                    break
        if date is None and old:
            date = str(min(old))
        return True, date

    def year_reaches(self, s: int, start: int, end: int, old: list[int]) -> bool:
        """Does one of the ``old`` years of sentence ``s`` bear on the person at ``start:end``? Not
        when the year sits in a clause of its own that does not hold the person ("X, ascending the
        throne in 1972, left today"; "Y, who last came in 1993, will meet Z": Z is not historical);
        yes in the person's clause, or in a relative clause on the person ("Z, who died in 1981")."""
        a, b = self.sent_bounds[s]
        wanted = {str(y) for y in old}
        for tok in self.doc[a:b]:
            if tok.text not in wanted:
                continue
            clause = tok
            while clause.head.i != clause.i and not (
                    clause.pos_ in ("VERB", "AUX") or clause.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp", "pcomp")):
                clause = clause.head
            if clause.head.i == clause.i:
                return True             # the year hangs from the sentence's root
            if clause.left_edge.i <= start and end - 1 <= clause.right_edge.i:
                return True             # the person is inside the year's clause
            if clause.dep_ in ("relcl", "acl") and start <= clause.head.i < end:
                return True             # "X, who died in 1981"
        return False

    def titled_persons(self) -> None:
        pending_counterparts: list[tuple[_Ref, dict]] = []
        candidates: list[tuple[int, int, dict]] = []
        for h in self.hits:
            if not (self.title_entry(h) or h.first("country", "demonym", "igo", "org") or
                    (h.first("role") and h.first("role").name == "counterpart")):
                continue
            span = self.name_after(h.end)
            prefix_end = span[0] if span else h.end
            comma = self.after_host(h.end) if self.title_entry(h) else h.end
            if not span and comma < len(self.words) and self.words[comma] == ",":
                span = self.name_after(comma + 1)          # "his Brazilian counterpart, Celso Amorim"
                if span and (span[1] >= len(self.words) or self.words[span[1]] not in (",", ".", ")")):
                    span = None
                if span and comma > h.end:
                    prefix_end = comma      # "the U.S. ambassador to the United Nations, X": read from the comma
            if not span and (of_info := self.head_of_group(h) or self.title_of_owner(h)):
                candidates.append(of_info)              # "the head of the British delegation, X"
                continue
            if not span:
                continue
            prefix = self.title_prefix(prefix_end)
            if prefix:
                self.complete_from_suffix(prefix, span[1])
                candidates.append((span[0], span[1], prefix))
        # Names the title does not touch directly: "Minister of Trade and Consumer Affairs X" (an
        # unlisted tail), "X, the Chinese foreign minister", "X of the Ivory Coast, its ...".
        for start, end in self.name_spans_before_suffix():
            if any(c[0] <= start < c[1] or start <= c[0] < end for c in candidates) or self.portfolio_of(start):
                continue
            prefix = self.title_prefix(start)
            if prefix:
                self.complete_from_suffix(prefix, end)
                candidates.append((start, end, prefix))
                continue
            suffix = self.title_suffix(end)
            if suffix and suffix["titles"]:
                candidates.append((start, end, suffix))
        for start, end, info in self.paired_titles() + self.delegation_leaders():
            same = next((c for c in candidates if c[0] <= start < c[1] or start <= c[0] < end), None)
            if same is None:
                candidates.append((start, end, info))
            elif info["titles"][0].name == "Head of Delegation" and not (same[2]["countries"] or same[2]["igos"]):
                same[2]["countries"], same[2]["igos"] = info["countries"], info["igos"]   # "led by Vice Premier X"
        self.title_countries = {pos for _s, _e, info in candidates for pos, _c in info["countries"]}
        for start, end, info in sorted(candidates, key=lambda c: c[0]):
            if not self.free(start, end) or not self.person_like(start, end):
                continue
            self.titled_person(start, end, info, pending_counterparts)
        self.possessive_persons()
        self.pending_counterparts = pending_counterparts

    def head_of_group(self, h: _Hit) -> tuple[int, int, dict] | None:
        """"the head/leader of the <nationality or IGO> delegation/mission/team, X," -> X holds that
        office for that state (or organisation)."""
        e = self.title_entry(h)
        if e is None or e.name not in ("Head", "Leader", "Chief") or h.end + 3 >= len(self.words) \
                or self.folded[h.end] != "of":
            return None
        walked = self.owners_of_phrase(h.end + 1, h.end + 6, lambda k: self.folded[k] in GROUP_NOUNS | {"the", "'s"},
                                       orgs=False)
        if walked is None:
            return None
        comma, countries, igos, span = walked
        if self.folded[comma - 1] in GROUP_NOUNS and not (countries or igos) and self.folded[comma - 2] == "the":
            countries, igos = self.earlier_delegation(h.start)     # "X, head of the delegation,"
        if self.folded[comma - 1] not in GROUP_NOUNS or not (countries or igos):
            return None
        title = f"{e.name} of {self.words[comma - 1].lower().capitalize()}"      # "Head of Delegation"
        return span[0], span[1], self.of_title_info(Entry("title", title, sector=e.sector), countries, igos, h)

    def delegation_owner(self, k: int) -> tuple[list, list]:
        """The one state or organisation a delegation noun at token k is said to be of: a nationality
        before it ("a Japanese parliamentary delegation") or in its "of"/"from" phrase ("a delegation of
        young lawmakers of Japan's Komeito Party"). The phrase ends at a verb, a comma or a preposition
        of place or aim ("a delegation to China" is not China's); two parties make none."""
        n = len(self.words)
        countries: list[tuple[int, str]] = []
        igos: list[str] = []

        def take(hit: _Hit) -> bool:
            if c := hit.first("country", "demonym"):
                countries.append((hit.start, c.country))
            elif g := hit.first("igo"):
                igos.append(g.code)
            elif (o := hit.first("org")) and o.country:
                countries.append((hit.start, o.country))
            else:
                return False
            return True

        i = k - 1
        while i >= 0 and (i in self.hit_end or self.words[i].islower() and self.doc[i].pos_ in ("ADJ", "NOUN")):
            if i in self.hit_end:
                if not take(self.hit_end[i]) and not self.hit_end[i].first("org"):
                    break       # "a Chinese government delegation": a body of the state passes
                i = self.hit_end[i].start - 1
            else:
                i -= 1
        if k + 1 < n and self.folded[k + 1] in ("of", "from"):
            i = k + 2
            while i < n and i - k < 12 and self.words[i] not in (",", ".", ";") \
                    and self.folded[i] not in ("to", "in", "for", "at", "on", "with", "who", "which", "that") \
                    and self.doc[i].pos_ not in ("VERB", "AUX"):
                if i in self.hit_at:
                    take(self.hit_at[i])
                    i = self.hit_at[i].end
                    continue
                i += 1
        parties = {c for _i, c in countries} | set(igos)
        return (countries, igos) if len(parties) == 1 else ([], [])

    def delegation_leaders(self) -> list[tuple[int, int, dict]]:
        """"a delegation of the Komeito party of Japan led by Sato Hiroshi", "a Chinese delegation headed
        by X": the leader is of the delegation's state (or organisation), whatever order the name's parts
        are in."""
        out = []
        n = len(self.words)
        for k, w in enumerate(self.folded):
            if w not in GROUP_NOUNS or k + 3 >= n:
                continue
            j = next((j for j in range(k + 1, min(k + 14, n - 2)) if self.folded[j] in ("led", "headed")
                      and self.folded[j + 1] == "by"), None)
            if j is None or any(self.words[x] in (",", ".", ";") for x in range(k + 1, j)):
                continue
            countries, igos = self.delegation_owner(k)
            span = self.name_after(j + 2)
            i = j + 2
            while span is None and i < n and i - j < 8 and (i in self.hit_at or self.words[i][:1].isupper()):
                i = self.hit_at[i].end if i in self.hit_at else i + 1      # "led by Vice Premier X"
                span = self.name_after(i)
            if (countries or igos) and span:
                title = Entry("title", "Head of Delegation", sector="GOV")
                out.append((span[0], span[1], self.of_title_info(title, countries, igos, self.hit_at.get(k)
                                                                 or _Hit(k, k + 1, []))))
        return out

    def earlier_delegation(self, before: int) -> tuple[list, list]:
        """The owner of the nearest earlier delegation noun that names one ("a delegation of Japan's
        Komeito Party ... X, head of the delegation")."""
        for k in range(before - 1, -1, -1):
            if self.folded[k] in GROUP_NOUNS and (owner := self.delegation_owner(k))[0] + owner[1]:
                return owner
        return [], []

    def title_of_owner(self, h: _Hit) -> tuple[int, int, dict] | None:
        """"the president of the national bank of Mexico, X," / "the secretary-general of the OAS, X,": a title
        whose "of" phrase names one state (or organisation), then a name set off by commas."""
        e = self.title_entry(h)
        if e is None or h.end + 2 >= len(self.words) or self.folded[h.end] != "of" or h.start == 0 \
                or self.folded[h.start - 1] not in ("the", "a"):
            return None
        walked = self.owners_of_phrase(h.end, h.end + 8, lambda k: self.words[k].isalpha() and
                                       self.doc[k].pos_ not in ("VERB", "AUX", "PRON"), orgs=True)
        if walked is None:
            return None
        _comma, countries, igos, span = walked
        if len({c for _i, c in countries} | set(igos)) != 1:
            return None
        return span[0], span[1], self.of_title_info(e, countries, igos, h)

    def owners_of_phrase(self, k: int, limit: int, word_ok, *, orgs: bool):
        """Walk a title's "of" phrase from token k to its comma (before token limit), collecting the
        states and organisations it names, then the name set off after the comma. Both "of" titles
        walk alike; only the plain words they let pass (word_ok) and whether another named body may
        stand in the phrase ("the bank of Mexico") differ. Returns (comma, countries, igos, name span)
        or None when the phrase holds anything else or no name follows."""
        n = len(self.words)
        countries: list[tuple[int, str]] = []
        igos: list[str] = []
        while k < n and k < limit and self.words[k] != ",":
            if k in self.hit_at:
                hk = self.hit_at[k]
                if c := hk.first("country", "demonym"):
                    countries.append((k, c.country))
                elif g := hk.first("igo"):
                    igos.append(g.code)
                elif not (orgs and hk.first("org")):
                    return None
                k = hk.end
                continue
            if not word_ok(k):
                return None
            k += 1
        if k >= n or self.words[k] != ",":
            return None
        span = self.name_after(k + 1)
        if not span or (span[1] < n and self.words[span[1]] not in (",", ".", ")")):
            return None
        return k, countries, igos, span

    @staticmethod
    def of_title_info(title: Entry, countries: list, igos: list, h: _Hit) -> dict:
        """The title record of a name found through an "of" phrase."""
        return {"titles": [title], "countries": countries, "roles": [], "igos": igos, "orgs": [],
                "historical": False, "title_text": None, "start": h.start}

    def paired_titles(self) -> list[tuple[int, int, dict]]:
        """"the Chinese and Mauritian premiers, A and B": A is the Chinese premier, B the Mauritian one
        (two nationalities, one plural office, two names in the same order)."""
        out = []
        n = len(self.words)
        for h in self.hits:
            e = h.first("role", "title")
            if e is None or fold(e.name) not in PERSON_PLURALS or h.end + 1 >= n or self.words[h.end] != ",":
                continue
            singular = next((x for x in self.gaz.folded.get(key_of(fold(e.name)[:-1]), []) if x.kind == "title"), None)
            if singular is None:
                continue
            # two nationalities before the plural: "D1 and D2 <plural>"
            b = self.hit_end.get(h.start - 1)
            a = self.hit_end.get(b.start - 2) if b and b.start >= 2 and self.folded[b.start - 1] == "and" else None
            ca, cb = (a.first("demonym", "country") if a else None), (b.first("demonym", "country") if b else None)
            if ca is None or cb is None or ca.country == cb.country:
                continue
            first = self.name_after(h.end + 1)
            if not first or first[1] + 1 >= n or self.folded[first[1]] != "and":
                continue
            second = self.name_after(first[1] + 1)
            if not second:
                continue
            for (s0, e0), (hit, c) in (((first[0], first[1]), (a, ca)), ((second[0], second[1]), (b, cb))):
                out.append((s0, e0, {"titles": [singular], "countries": [(hit.start, c.country)], "roles": [],
                                     "igos": [], "orgs": [], "historical": False, "title_text": None,
                                     "start": s0}))
        return out

    def person_like(self, start: int, end: int) -> bool:
        """Can this be a person? Not when the statistical NER labels it something else, nor a
        one-word name that runs on into more capitals ("General Electric Co"), nor a name ending in the
        head noun of a body ("the Islamic Resistance Movement")."""
        if self.folded[end - 1] in BODY_HEADS:
            return False
        if end - start > 1:
            return True
        label = self.doc[start].ent_type_
        if label == "PERSON":
            return True
        if label in NON_PERSON_ENTS:
            return False
        if end < len(self.words) and self.words[end][:1].isupper():
            return False        # "General Electric Co": one word of a longer proper name
        return True

    def complete_from_suffix(self, prefix: dict, end: int) -> None:
        """A country after the name completes a title before it: "President X of Italy",
        "Prince X, current Saudi national security adviser"."""
        after = self.title_suffix(end)
        if not after:
            return
        if prefix.get("former") and after["titles"] and after["igos"] and not after["countries"] \
                and not after.get("former") and not after["historical"]:
            # "former U.S. Secretary of State X, now U.N. special envoy for ...": the organisation's
            # office held now is the one the person acts in
            start = prefix["start"]
            prefix.clear()
            prefix.update(after, start=start)
            return
        if after.get("of_countries"):
            prefix["countries"] = after["of_countries"]
            prefix["countries_after"] = True
        elif after["countries"] and not prefix["countries"] and not prefix.get("igos"):
            prefix["countries"] = after["countries"]
            prefix["countries_after"] = True

    def possessive_persons(self) -> None:
        """ "Iraq's Saddam Hussein": a PERSON entity owned by a country serves that country
        (no title, so no sector)."""
        for ent in self.doc.ents:
            if ent.label_ != "PERSON":
                continue
            span = self.trim_person(ent.start, ent.end)
            if not span or not self.free(*span) or span[0] < 2 or self.folded[span[0] - 1] != "'s":
                continue
            h = self.hit_end.get(span[0] - 2)
            c = h.first("country") if h else None
            if c is None:
                continue
            name = self.span_text(*span)
            known = self.r.person(name) or self.known_by_alias(name)
            person = self.r._learn(known.name if known else name, c.country, None, None, how="possessive",
                                   published=self.published)
            self.note_person(person)
            self.add_ref(_Ref(span[0], span[1], person.actor(), "possessive", person))

    def name_spans_before_suffix(self) -> list[tuple[int, int]]:
        """PERSON entities, and runs of two or more name-like words before a comma."""
        spans = []
        for ent in self.doc.ents:
            if ent.label_ == "PERSON" and (span := self.trim_person(ent.start, ent.end)):
                a = span[0]
                # NER often drops the first part of an Arabic name: "al-Wasila al- [Samani]".
                while a > 0 and span[0] - a < 4 and (self.is_name_token(a - 1) or self.words[a - 1] == "-"
                                                     or self.folded[a - 1] in ("al", "el", "al-", "el-")) \
                        and not self.ends_title_tail(a):
                    a -= 1
                while a < span[0] and not self.is_name_token(a) and self.folded[a] not in ("al", "el"):
                    a += 1
                if a == span[0] and a >= 2 and self.words[a - 1] in NATION_GIVEN_NAMES and self.ends_title_tail(a - 1):
                    a -= 1          # "Minister of Economic Development German Volkov": a given name
                spans.append((a, span[1]))
        for k, word in enumerate(self.words):
            if word not in (",", "of") or k < 2:
                continue
            j = k
            while j > 0 and j - 1 >= k - 4 and (self.is_name_token(j - 1) or j >= 2 and j < k and self.is_name_token(j - 2)
                                                and self.folded[j - 1] in NAME_PARTICLES):
                j -= 1          # "Jan de Wit, chairman of ...": a particle inside the name
            if j >= 1 and k - j == 1 and self.words[j - 1] == "He" and self.sent_bounds[self.sent_of[j]][0] != j - 1:
                j -= 1                          # "said He Guoqiang, head of ..."
            if k - j >= 2 and not any(j < b and a < k for a, b in spans):
                spans.append((j, k))
        return spans

    def portfolio_of(self, start: int) -> bool:
        """Do the capitals from ``start`` name an office's remit ("the Assistant Secretary of State for [Arms
        Control],")? They follow "for" after a title and are no person."""
        return start >= 2 and self.folded[start - 1] == "for" and start - 2 in self.hit_end \
            and self.title_entry(self.hit_end[start - 2]) is not None

    def portfolio_tail(self, end: int) -> bool:
        """Does a "for" tail naming a place end before ``end`` ("Special Representative for Somalia X")? The
        place is the office's remit, not the holder's state, so the tail is read as part of the title."""
        title = self.title_tail(end)
        return title is not None and self.folded[self.hit_end[title].end] == "for"

    def ends_title_tail(self, end: int) -> bool:
        """Does an unlisted title tail opened by "of"/"for" end just before token ``end``? Then the
        words before it belong to the office, not to the name after it: "Chancellor of the
        Exchequer [Nigel Lawson]", "Secretary of Commerce [Bruce Smart]"."""
        title = self.title_tail(end)
        return title is not None and self.folded[self.hit_end[title].end] in ("of", "for")

    def titled_person(self, start: int, end: int, info: dict, pending: list) -> None:
        name = self.span_text(start, end)
        s = self.sent_of[start]
        historical, tdate = self.title_date(s, start, end, info["historical"])
        titles = info["titles"]
        if info["roles"] and not titles:
            ref = _Ref(start, end, Actor(name=name, kind="person"), "counterpart")
            self.add_ref(ref)
            pending.append((ref, info))
            return
        title = info.get("title_text") or " and ".join(dict.fromkeys(e.name for e in titles))
        head = info.get("head") or titles[0]
        sector = head.sector
        generic = {"Chairman", "Vice Chairman", "Chairwoman", "Vice Chairwoman", "President", "Spokesman",
                   "Spokeswoman", "Spokesperson", "Secretary", "Minister", "Head", "Director", "Chief", "Leader",
                   "Official", "Member"}
        if info.get("orgs") and head.name in generic:
            sector = info["orgs"][0].sector         # "Defence Ministry spokesman", "vice-chairman of the NPC"
        if info.get("rebel"):
            sector = "REB"
            title = title if "rebel" in title.lower() else f"Rebel {title}"
        if info.get("former"):
            title = f"Former {title}"
        known = self.fuller_here(name) or self.holder_here(name, title) or self.r.person(name) \
            or self.known_by_alias(name)
        if known is not None and not known.historical:
            name = known.name
        igo = None
        igo_office = head.name in ("Envoy", "Special Envoy", "Representative", "Special Representative",
                                   "Spokesman", "Spokeswoman", "Official", "Coordinator", "Commissioner") or (
            head.name in ("President", "Chairman", "Chairwoman", "Chair") and info.get("countries_after"))
        # "Security Council president X of Sweden": the organisation's chair, whose state only follows
        national = info["countries"] and not info.get("countries_after")
        if sector == "IGO" or info.get("igo_head") or (
                info.get("igos") and (not info["countries"] or (igo_office and not national))):
            # An official of an organisation ("U.N. Secretary-General X", "OSCE envoy X").
            country, sector = None, "IGO"
            igo = info["igos"][0] if info.get("igos") else None
        elif info["countries"]:
            country = info["countries"][-1][1] if not info.get("igos") else info["countries"][0][1]
        elif known and known.country and not known.guessed:
            country = known.country
        elif head.country:
            country = head.country              # an office of one state only ("Pope": the Holy See)
        elif info.get("rebel") and self.region_counts:
            country = self.region_counts.most_common(1)[0][0]   # separatists of a region named here
        else:
            # the other side of the sentence's act is another state's, except for an opposition figure:
            # "Prime Minister X accused opposition leader Y" is a quarrel at home
            other = frozenset() if head.sector == "OPP" else \
                self.other_side(info.get("start", start), end) | self.partner_country(start, end) \
                | self.addressed_countries(start, end)
            if head.name in HEAD_TITLES and not self.dateline_seat and self.met_by_subordinate(start, end):
                # "CAIRO - Egyptian Foreign Minister A met President B": a minister meets their own head of
                # state at home; the head of state named with no country under the dateline is the dateline's
                other -= {self.dateline_country}
            country = (self.coordinated_country(info.get("start", start), title)
                       or self.royal_country(head) or self.speaker_country(start)
                       or (self.briefing_capital(start) if head.name in SPOKES_TITLES and not info.get("igos")
                           and (info.get("orgs") or "Ministry" in head.name) else None)
                       or self.fallback_country(name, start, info.get("start", start), exclude=other,
                                                republican=head.name in ("President", "Vice President")
                                                and not info.get("orgs") and not info.get("igos"),
                                                premier=head.name in PREMIER_TITLES))
        explicit = bool(info["countries"])
        person = self.r._learn(name, country, sector, title, how="title_apposition", published=self.published,
                               historical=historical)
        if person.guessed and country and person.country != country and (
                explicit or key_of(person.name) not in self.guessed_here):
            person.country = country            # stated, or guessed afresh in this article
        if explicit:
            person.guessed = False
            self.guessed_here.discard(key_of(person.name))
        elif person.guessed or not (known and known.country):
            person.guessed = True
            self.guessed_here.add(key_of(person.name))
        if igo and not person.igo:
            person.igo = igo
        self.note_person(person)
        if not historical:
            # The office this article states is the one its mentions carry (a person learned
            # elsewhere as party chief is "President" in "Chinese President Hu Jintao").
            self.roles[key_of(person.name)] = (title, sector, igo, sector == "IGO")
        self.add_ref(_Ref(start, end, person.actor(historical=historical, title_date=tdate), "title_apposition",
                          person))

    def royal_country(self, title: Entry) -> str | None:
        """A royal title without nationality ("Prince X") -> the monarchy the article names most."""
        if title.name not in ROYAL_TITLES:
            return None
        for iso3, _n in self.country_counts.most_common():
            if iso3 in self.gaz.monarchies:
                return iso3
        return None

    def sentence_country(self, at: int, phrase_start: int, *, strong: bool = False) -> str | None:
        """The country the sentence names most (once more than any other), leaving out countries in
        other persons' titles, places ("to Canada", "in Tokyo") and the other side of "between A
        and B": "... when President X said the U.S. would impose tariffs" -> USA."""
        a, b = self.sent_bounds[self.sent_of[at]]
        counts: Counter = Counter()
        for h in self.hits:
            if not (a <= h.start < b) or h.start in self.title_countries:
                continue
            e = h.first("country", "demonym")
            if e is None and (o := h.first("org")) and o.country:
                e = o
            if e is None or not e.country or (e.kind == "demonym" and self.on_object(h)):
                continue
            tok = self.doc[h.end - 1]
            if tok.dep_ == "pobj" and tok.head.lower_ in ("to", "in", "into", "at", "toward", "towards"):
                continue
            counts[e.country] += 1
        for i, _a, _b, e in self.compounds:
            if a <= i < b:
                counts[e.country] += 1
        k = phrase_start - 1
        if k >= 0 and self.folded[k] in ("and", ","):
            for ref in self.refs:
                if ref.end == k and ref.person is not None:
                    counts.pop(ref.person.country, None)    # "between A and B": B is the other side
        ranked = counts.most_common(2)
        if strong and (not ranked or ranked[0][1] < 2):
            return None         # only a country named twice or more outweighs the dateline
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            return ranked[0][0]
        return None

    def coordinated_country(self, start: int, title: str) -> str | None:
        """The country of a titled person listed just before with another office: "Chinese President
        A and Premier B" (two presidents side by side are more likely of two countries)."""
        k = start - 1
        if k < 0 or self.folded[k] not in ("and", ","):
            return None
        for ref in self.refs:
            if ref.end == k and ref.person is not None and ref.person.country and ref.how == "title_apposition" \
                    and ref.person.title != title and not ref.person.guessed:
                before = self.folded[max(0, ref.start - 8):ref.start]
                if "between" in before or "and" in before:
                    return None     # "talks between A and B": two sides, likely two countries
                return ref.person.country
        return None

    def resolve_counterpart_name(self, ref: _Ref, info: dict) -> None:
        possessor = self.previous_person(ref.start, same_sentence=True) or self.last_subject_person(ref.start)
        name = ref.actor.name
        country = info["countries"][-1][1] if info["countries"] else None
        title = possessor.title if possessor else None
        sector = possessor.sector if possessor else "GOV"      # counterparts are officials
        if country is None:
            known = self.r.person(name) or self.known_by_alias(name)
            country = known.country if known else None
        person = self.r._learn(name, country, sector, title, how="counterpart", published=self.published)
        self.note_person(person)
        ref.actor = person.actor()
        ref.person = person
        self.relink_short_forms(person, ref.end)

    def relink_short_forms(self, person: Person, after: int) -> None:
        """A person learned only after the names pass ("his South Korean counterpart Park Jung-ho") is the
        one its short forms name later ("Park will host a dinner"), where that pass found no one."""
        forms = short_forms(person.name, person.country)
        for ref in self.refs:
            if ref.start >= after and ref.person is None and ref.actor.kind == "person" \
                    and ref.how.startswith("ner") and " ".join(fold(ref.actor.name).split()) in forms:
                ref.actor, ref.person, ref.how = person.actor(), person, "short_name"

    def note_person(self, person: Person) -> None:
        if all(p is not person for p in self.persons):
            self.persons.append(person)

    def fuller_here(self, name: str) -> Person | None:
        """The one person named more fully earlier in this article whose short form ``name`` is
        ("George W. Bush" ... "President Bush"), before any same-named person of another article."""
        words = fold(name).split()
        keys = self.r._alias_index.get(" ".join(words), set())
        local = [p for p in self.persons if key_of(p.name) in keys and len(fold(p.name).split()) > len(words)]
        return local[0] if len(local) == 1 else None

    def holder_here(self, name: str, title: str) -> Person | None:
        """The one person of this article holding ``title`` whose fuller name has the one word ``name``
        ("Singaporean President A B Nathan" ... "President Nathan"), even where the naming convention
        guessed another short form."""
        words = fold(name).split()
        if len(words) != 1:
            return None
        local = [p for p in self.persons if p.title == title and not p.historical
                 and words[0] in fold(p.name).split()[1:]]
        return local[0] if len(local) == 1 else None

    def prefer_titled(self, keys: list[str]) -> list[str]:
        """Among several persons of this article sharing a short form, the one with a current
        title when only one has it ("President X Y" and "his wife Z Y": "Y" is the president)."""
        if len(keys) < 2:
            return keys
        titled = [k for k in keys if (p := self.r._persons.get(k)) and p.title and not p.historical]
        return titled if len(titled) == 1 else keys

    def known_by_alias(self, name: str) -> Person | None:
        keys = self.r._alias_index.get(" ".join(fold(name).split()), set())
        local = [p for p in self.persons if key_of(p.name) in keys]
        if len(local) > 1:
            wanted = self.prefer_titled([key_of(p.name) for p in local])
            local = [p for p in local if key_of(p.name) in wanted]
        if len(local) == 1:
            return local[0]
        if len(keys) == 1 and not local:
            return self.r._persons.get(next(iter(keys)))
        return None

    def month_in_name(self, i: int, start: int) -> bool:
        """A month's short form inside a name the NER gives ("Zhao Jun"), not a date ("Jun 5")."""
        return i > start and self.lower[i] in MONTH_SHORT_FORMS and self.words[i][:1].isupper() \
            and not (i + 1 < len(self.words) and self.words[i + 1][:1].isdigit())

    def trim_person(self, start: int, end: int) -> tuple[int, int] | None:
        while start < end:
            if start in self.hit_at:
                start = self.hit_at[start].end
            elif start in self.hit_inside:
                start = self.hit_inside[start].end      # "[State] Councilor X": the rest of a title
            elif self.lower[start] in HONORIFICS or self.lower[start] in NOT_NAME or self.words[start] == "-":
                start += 1
            else:
                break
        while end > start and (self.folded[end - 1] in ("'s", "'", ",", ".") or not self.is_name_token(end - 1)) \
                and not self.month_in_name(end - 1, start):
            end -= 1
        if end <= start:
            return None
        if not all(self.is_name_token(i) or self.folded[i] in PARTICLES_LOWER or self.words[i] == "-"
                   or self.month_in_name(i, start) for i in range(start, end)):
            return None
        if self.words[start].islower() and start > 0 and self.lower[start - 1] in NOT_NAME \
                and self.lower[start - 1] not in HONORIFICS and self.words[start - 1][:1].isupper():
            return None         # "Mar del Plata": the capitalised word before the particle is the name's own
        return start, end

    # ---------------------------------------------------------------- 3. names again

    def named_persons(self) -> None:
        """Short forms of persons known here or earlier, then untitled PERSON entities, then short forms
        again: of persons those entities introduced ("X of Rwanda" ... "X's" surname the NER missed)."""
        self.short_names()
        self.untitled_persons()
        self.short_names()
        self.first_names_taken_for_bodies()

    def first_names_taken_for_bodies(self) -> None:
        """"Bangladeshi President Iajuddin Ahmed ... Iajuddin urged the UN": a one-word name the statistical
        NER took for an organisation is the one titled person of this article whose name starts with it."""
        for ent in self.doc.ents:
            if ent.label_ != "ORG" or len(ent) != 1 or not self.free(ent.start, ent.end) \
                    or ent.start in self.hit_at or ent.start in self.hit_inside or not self.is_name_token(ent.start) \
                    or not self.words[ent.start][1:].islower():
                continue
            word = self.folded[ent.start]
            fits = {key_of(p.name): p for p in self.persons if p.title and p.country and len(p.name.split()) >= 2
                    and fold(p.name.split()[0]) == word}
            if len(fits) == 1:
                person = next(iter(fits.values()))
                self.add_ref(_Ref(ent.start, ent.end, person.actor(), "short_name", person))

    def short_names(self) -> None:
        """Short forms of persons known here or earlier ("Bush" after "President George W. Bush")."""
        n = len(self.words)
        index = self.r._alias_index
        max_words = 4
        local_keys = {key_of(p.name) for p in self.persons}
        i = 0
        while i < n:
            if self.claimed[i] or not self.words[i][:1].isupper():
                i += 1
                continue
            if i > 0 and self.doc[i].ent_iob_ == "I" and self.doc[i].ent_type_ == "PERSON" \
                    and self.is_name_token(i - 1):
                i += 1          # "Laura Bush" is not a short form of another Bush
                continue
            found = None
            for j in range(min(n, i + max_words), i, -1):
                if not self.free(i, j):
                    continue
                alias = " ".join(self.folded[i:j]).replace(" - ", "-")
                keys = index.get(alias)
                if not keys or j - i == 1 and self.lower[i] in NOT_NAME and self.doc[i].ent_type_ != "PERSON":
                    continue        # "Jun 5" is no "Zhao Jun" named again
                local = self.prefer_titled([k for k in keys if k in local_keys])
                if len(local) == 1:
                    found = (j, self.r._persons[local[0]], "short_name")
                elif not local and len(keys) == 1:
                    person = self.r._persons[next(iter(keys))]
                    # A lone short word from an earlier article needs NER's agreement, and is no one else this
                    # article has named in full ("Martin Lee" ... "Lee" is not a Lee of another story).
                    if (j - i > 1 or alias == " ".join(fold(person.name).split()) or self.doc[i].ent_type_ == "PERSON"
                            or person.how == "user_file") and not self.other_full_name(alias, i, person):
                        found = (j, person, "learned")
                break
            if found and not self.names_a_place(found[0]) \
                    and (found[0] >= n or not self.is_name_token(found[0])):
                j, person, how = found
                if how == "learned":
                    person.last_seen = max(filter(None, [person.last_seen, self.published]), default=None)
                    self.note_person(person)
                    local_keys.add(key_of(person.name))
                self.add_ref(_Ref(i, j, person.actor(), how, person))
                i = j
                continue
            i += 1

    def untitled_persons(self) -> None:
        """PERSON entities no title or short form placed: a first name alone, "X of <country>", else a guess."""
        for ent in self.doc.ents:
            if ent.label_ != "PERSON":
                continue
            span = self.trim_person(ent.start, ent.end)
            if not span or not self.free(*span):
                continue
            if span[1] - span[0] == 1 and self.sent_bounds[self.sent_of[span[0]]][0] == span[0] \
                    and self.doc[span[0]].pos_ != "PROPN":
                continue
            if span[1] < len(self.words) and self.doc[span[1]].like_num:
                continue        # "Revs 12.5 mln": a table row, not a person
            if self.names_a_place(span[1]) or self.after_place_noun(span[0]):
                continue
            name = self.span_text(*span)
            if key_of(name) in self.press_names() or name in self.gaz.outlets:
                continue        # "Kommersant said", once "the Kommersant daily" or a listed outlet

            if key_of(name) in self.gaz.cities and (span[0] > 0 and self.folded[span[0] - 1] in (
                    "in", "to", "for", "from", "at", "into", "toward", "towards") or self.travelled_to(span)):
                continue        # a city the statistical NER took for a person ("left for X", "visited X")
            if span[1] - span[0] == 1:
                # A first name alone for a person named in full here ("Saddam", "Kamal"), when only one fits.
                word = self.folded[span[0]]
                fits = [p for p in self.persons if len(p.name.split()) >= 2 and fold(p.name.split()[0]) == word]
                if len(fits) != 1:
                    fits = self.misspelt_surname(word)
                if len(fits) == 1:
                    self.add_ref(_Ref(span[0], span[1], fits[0].actor(), "short_name", fits[0]))
                    continue
            span, of_country = self.name_before_of_country(span)
            name = self.span_text(*span)
            if of_country and of_country["of_countries"] and not of_country["titles"]:
                # "Paul Kagame of Rwanda": a person of the country stated after the name
                country = of_country["of_countries"][0][1]
                person = self.r._learn(name, country, None, None, how="of_country", published=self.published)
                self.note_person(person)
                self.add_ref(_Ref(span[0], span[1], person.actor(), "of_country", person))
                continue
            country, how = self.untitled_country(name, span[0])
            self.add_ref(_Ref(span[0], span[1], Actor(name=name, kind="person", country=country), how))

    def name_before_of_country(self, span: tuple[int, int]) -> tuple[tuple[int, int], dict | None]:
        """The person's span and what follows it. The statistical NER may cut a long name short ("Alhaji
        Sulaiman | Bangura Koroma of Sierra Leone"): up to three more name words outside any entity belong to
        it when "of <country>" follows them."""
        end = span[1]
        while end < len(self.words) and end - span[1] < 3 and self.is_name_token(end) \
                and not self.doc[end].ent_type_ and end not in self.hit_at and not self.claimed[end]:
            end += 1
        if end > span[1] and (after := self.title_suffix(end)) and after["of_countries"] and not after["titles"]:
            return (span[0], end), after
        return span, self.title_suffix(span[1])

    def other_full_name(self, alias: str, before: int, person: Person) -> bool:
        """Does the article name, before token ``before``, another person in full whose last word is
        ``alias`` ("Martin Lee" before a "Lee" learned from another article)?"""
        for ent in self.doc.ents:
            if ent.start >= before:
                break
            words = fold(ent.text).split()
            if ent.label_ == "PERSON" and len(words) >= 2 and words[-1] == alias \
                    and key_of(ent.text) != key_of(person.name):
                return True
        return False

    def press_names(self) -> frozenset[str]:
        """Keys of the names this article gives a press noun ("the Kommersant daily", "the daily X") or a
        region noun ("the Kansai region"): the same name elsewhere in the article is that outlet or
        region, not a person."""
        if self._press is None:
            names = set()
            for i, w in enumerate(self.folded):
                if w in REGION_NOUNS and i > 0 and self.words[i - 1][:1].isupper():
                    names.add(key_of(self.words[i - 1]))
                if w not in PRESS_NOUNS:
                    continue
                j = i                   # "the Kommersant daily": capitalised words before the noun
                while j > 0 and i - j < 3 and self.words[j - 1][:1].isupper() and self.words[j - 1].isalpha() \
                        and self.folded[j - 1] not in ("the", "a", "an"):
                    j -= 1
                k = i + 1               # "the daily Kommersant"
                while k < len(self.words) and k - i <= 3 and self.words[k][:1].isupper() and self.words[k].isalpha():
                    k += 1
                names.update(key_of(self.span_text(a, b)) for a, b in ((j, i), (i + 1, k)) if b > a)
            self._press = frozenset(names)
        return self._press

    def misspelt_surname(self, word: str) -> list[Person]:
        """The persons of this article whose surname a long one-word name misspells by one letter
        ("Schultz" for "Shultz" named in the lead): a wire's typo, not another person."""
        if len(word) < 6:
            return []
        return [p for p in self.persons if len(p.name.split()) >= 2 and p.country
                and one_edit_apart(word, fold(p.name.split()[-1]))]

    def after_place_noun(self, start: int) -> bool:
        """"the capital Grozny", "the village of X", "the daily X": a name a place or press noun
        introduces is no person."""
        k = start - 1 - (start >= 2 and self.folded[start - 1] == "of")
        return k >= 0 and self.folded[k] in PLACE_BEFORE

    def travelled_to(self, span: tuple[int, int]) -> bool:
        """Is the name the object of a verb of travel ("visited X", "toured X")? Then a city of that
        name is the place, not a person."""
        head = self.doc[span[0]:span[1]].root
        return head.dep_ == "dobj" and head.head.lemma_.lower() in TRAVEL_VERBS

    def untitled_country(self, name: str, at: int) -> tuple[str | None, str]:
        """A person named only by NER: the country of a titled person of the same surname named here ("Laura
        Bush" beside President George W. Bush), else the dateline's when no sentence naming the person names
        another country (a foreign visitor in the dateline city is usually named beside their own or their
        tour's)."""
        surname = fold(name.split()[-1])
        kin = {p.country for p in self.persons if p.country and not p.guessed and len(p.name.split()) >= 2
               and fold(p.name.split()[-1]) == surname}
        if len(kin) == 1:
            return kin.pop(), "ner.surname"
        if not self.dateline_country:
            return None, "ner"
        named_in = {self.sent_of[i] for i, w in enumerate(self.folded) if w == surname} | {self.sent_of[at]}
        if any(self.sent_of[t.i] in named_in and t.lemma_.lower() in VISITOR_WORDS for t in self.doc):
            return None, "ner"      # "during his visit, X met Chinese leaders": a guest of the dateline's country
        for h in self.hits:
            e = h.first("country", "demonym", "org") if self.sent_of[h.start] in named_in else None
            if e is not None and e.country and e.country != self.dateline_country:
                return None, "ner"
        return self.dateline_country, "ner.dateline"

    # ---------------------------------------------------------------- 1b. places, orgs, states

    def gazetteer_refs(self) -> None:
        for h in self.hits:
            if not self.free(h.start, h.end) or self.doc[h.start].idx < self.dateline_end:
                continue
            e = h.first("country", "igo", "demonym", "org", "capital")
            if e is None or (e.kind in ("country", "demonym", "capital") and self.based_in(h.end)):
                continue
            if e.kind == "country":
                if self.names_a_round(h):
                    continue
                if self.counted_object(h):
                    if (people := self.people_of(h, e)) is not None:
                        self.add_ref(_Ref(h.start, h.end, people, "demonym.people"))
                    continue
                # a state named alone is coded at the level of the state, with no sector ("China said" is CHN, as
                # in CAMEO dictionaries and the contract's example); its nationality word before a party noun
                # is its government below ("Iraqi officials", "the Chilean side")
                self.add_ref(_Ref(h.start, h.end, self.country_actor(e.country), "gazetteer"))
            elif e.kind == "demonym":
                if self.once_was(h.start, h.end):
                    continue        # "the former Soviet republic of Georgia": what a state once was
                if self.on_object(h):
                    people = self.people_of(h, e)
                    if people is not None:
                        self.add_ref(_Ref(h.start, h.end, people, "demonym.people"))
                    continue
                self.add_ref(_Ref(h.start, h.end, self.country_actor(e.country, sector="GOV"), "demonym"))
            elif e.kind == "igo":
                self.add_ref(_Ref(h.start, h.end, Actor(name=e.name, kind="igo", igo=e.code), "gazetteer"))
            elif e.kind == "capital":
                if self.inside_name(h):
                    continue
                if (named := self.named_after_capital(h)) is not None:
                    iso3 = self.gaz.in_year(e.country, self.ref_year)
                    if self.acts(_Hit(h.start, named + 1, h.entries)):
                        name = self.span_text(h.start, named + 1)
                        self.add_ref(_Ref(h.start, named + 1, Actor(name=name, kind="org", country=iso3),
                                          "capital_name"))
                    continue
                if self.acts(h) and not self.is_dateline(h):
                    seated = self.seated_igo(h, e)
                    if seated is not None:
                        self.add_ref(_Ref(h.start, h.end, seated, "seat_metonymy"))
                        continue
                    iso3 = self.gaz.in_year(e.country, self.ref_year)
                    self.add_ref(_Ref(h.start, h.end, self.country_actor(iso3, sector="GOV"),
                                      "capital_metonymy"))
            elif e.kind == "org":
                self.org_ref(h, e)
        self.compound_refs()
        self.divided_nation_refs()

    def based_in(self, end: int) -> bool:
        """"British-based U.S. planes", "a London-based group": a place word before '-based' says where
        something is kept, not whose it is."""
        return end + 1 < len(self.words) and self.words[end] == "-" and self.folded[end + 1] in BASED_WORDS

    def inside_name(self, h: _Hit) -> bool:
        """"McDonnell Douglas", "Port Victoria": a capital's name that ends a longer proper name
        (a capitalised name word before it, no place or title) is no capital."""
        i = h.start - 1
        if i < 0 or i in self.hit_end or self.folded[i] in COMPASS_WORDS:
            return False
        tok = self.doc[i]
        return tok.pos_ == "PROPN" and tok.text[:1].isupper()

    def named_after_capital(self, h: _Hit) -> int | None:
        """"the Peking Review", "the Tehran Times": a capital modifying a capitalised name (no place
        or title) names an outlet or body of its country. Returns the name's last token."""
        j = h.end
        while j < len(self.words) and j not in self.hit_at and self.doc[j].pos_ == "PROPN" \
                and self.words[j][:1].isupper():
            j += 1
        if j == h.end or j in self.hit_at:
            return None
        head = self.doc[h.end - 1].head
        return j - 1 if h.end <= head.i < j else None

    def organ_refs(self) -> None:
        """"the aircraft committee of GATT", "the executive board of the IMF": an unnamed organ of an
        organisation stands for it, as its named organs do (igos.tsv), so the organ noun is the organisation."""
        for h in self.hits:
            e = h.first("igo")
            k = h.start - 1 - (h.start >= 2 and self.folded[h.start - 1] == "the")
            if e is None or k < 1 or self.folded[k] != "of" or self.folded[k - 1] not in ORGAN_NOUNS:
                continue
            start = k - 1
            while start > 0 and self.words[start - 1].isalpha() and self.words[start - 1].islower() \
                    and self.folded[start - 1] not in ("the", "a", "an", "its", "their") and k - start < 4:
                start -= 1
            if self.free(start, h.end):
                self.add_ref(_Ref(start, h.end, Actor(name=e.name, kind="igo", igo=e.code), "organ"))

    def friendship_bodies(self) -> None:
        """"The Japan-China Friendship Association": a friendship body named by two states is a civil body of
        the first (its home), and names neither state as a party."""
        n = len(self.words)
        for h in self.hits:
            first = h.first("country")
            k = h.end
            if first is None or k + 2 >= n or self.words[k] != "-" or k + 1 not in self.hit_at \
                    or not self.hit_at[k + 1].first("country"):
                continue
            j = self.hit_at[k + 1].end
            if j >= n or self.folded[j] != "friendship":
                continue
            end = next((m + 1 for m in range(j + 1, min(n, j + 4)) if self.folded[m] in FRIENDSHIP_BODIES), None)
            if end is not None and self.free(h.start, end):
                self.add_ref(_Ref(h.start, end, Actor(name=self.span_text(h.start, end), kind="org",
                                                      country=first.country, sector="NGO"), "friendship_body"))

    def divided_nation_refs(self) -> None:
        """ "the North" / "the South" for the two Koreas, in a story that names both."""
        if not {"KOR", "PRK"} <= set(self.country_counts):
            return
        n = len(self.words)
        for i, word in enumerate(self.words):
            if word not in ("North", "South") or self.claimed[i] or i in self.hit_at or i == 0:
                continue
            if self.folded[i - 1] != "the" or (i + 1 < n and self.words[i + 1][:1].isupper()):
                continue        # "the South China Sea"
            iso3 = "PRK" if word == "North" else "KOR"
            self.add_ref(_Ref(i, i + 1, self.country_actor(iso3), "gazetteer"))

    def find_compounds(self) -> list[tuple[int, int, int, Entry]]:
        """Countries inside one hyphenated token: "U.S.-Japan", "Sino-British", "pro-Moscow".
        Returns (token, char start, char end, entry)."""
        gaz = self.gaz
        out = []
        for i, text in enumerate(self.words):
            if i in self.hit_at or len(text) < 4 or ("-" not in text and "/" not in text):
                continue
            tok = self.doc[i]
            for m in re.finditer(r"[^-/]+", text):
                part = m.group(0)
                if part == text or fold(text[:m.start()]) in FORMER_MARKS and self.once_was(i, i + 1, compound=True):
                    continue        # "ex-Soviet states": what a state once was
                if fold(text[m.end():]).lstrip("-/") in BASED_WORDS:
                    continue        # "U.S.-based"
                entries = gaz.exact.get(key_of(part, exact=True), []) + gaz.folded.get(key_of(part), [])
                e = next((x for x in entries if x.kind in ("country", "demonym", "capital")), None)
                if e is not None:
                    a = tok.idx + m.start()
                    out.append((tok.i, a, a + len(part), e))
        return out

    def once_was(self, start: int, end: int, *, compound: bool = False) -> bool:
        """Is the nationality word at start..end what a state once was ("the former Soviet republic of
        Georgia", "ex-Soviet states")? Not so for a person ("former Soviet leader X" was Soviet)."""
        if not compound:
            k = start - 1 - (start > 1 and self.words[start - 1] == "-")
            if k < 0 or self.folded[k] not in FORMER_MARKS:
                return False
        return end < len(self.words) and self.folded[end] in ONCE_STATE_NOUNS

    def compound_refs(self) -> None:
        for i, a, b, e in self.compounds:
            if self.claimed[i]:
                continue
            iso3 = self.gaz.in_year(e.country, self.ref_year) if e.kind == "capital" else e.country
            self.add_ref(_Ref(i, i + 1, self.country_actor(iso3, sector="GOV" if e.kind == "capital" else None),
                              "capital_metonymy" if e.kind == "capital" else "gazetteer", chars=(a, b)))

    def on_object(self, h: _Hit) -> bool:
        """A nationality word on goods, markets, currencies... ("Japanese imports") names no actor."""
        n = len(self.words)
        for k in (h.end, h.end + 1):
            if k < n and self.folded[k] in self.gaz.object_nouns:
                return True
            if k < n and not (self.words[k].isalpha() and self.words[k].islower()):
                break
        return False

    def names_a_round(self, h: _Hit) -> bool:
        """"the Uruguay Round", "the Uruguay trade round": talks named after the place they opened, not the state."""
        n = len(self.words)
        for k in (h.end, h.end + 1):
            if k < n and self.folded[k] == "round":
                return True
            if k < n and not (self.words[k].isalpha() and self.words[k].islower()):
                break
        return False

    def counted_object(self, h: _Hit) -> bool:
        """"1.5 million US dollars", "300 Hong Kong dollars": a country's name between a number and a noun of
        goods or money counts that country's things, as "Japanese imports" names them, and is no actor."""
        k = h.start - 1
        return k >= 0 and self.doc[k].like_num and self.on_object(h)

    def seated_igo(self, h: _Hit, e: Entry) -> Actor | None:
        """"Brussels warned Hungary": an acting city that seats an organisation (seats.tsv) is that
        organisation, unless its sentence names the host state too ("Belgian ministers ... Brussels")."""
        code = self.gaz.seats.get(fold(self.span_text(h.start, h.end)))
        if code is None:
            return None
        a, b = self.sent_bounds[self.sent_of[h.start]]
        for other in self.hits:
            if a <= other.start < b and other is not h:
                host = other.first("country", "demonym")
                if host is not None and host.country == e.country:
                    return None
        igo = self.gaz.igos[code]
        return Actor(name=igo.name, kind="igo", igo=code)

    def people_of(self, h: _Hit, e: Entry) -> Actor | None:
        """"Iranian students", "Chinese companies": the country's people or firms (its sector), not the state."""
        n = len(self.words)
        for k in (h.end, h.end + 1):
            if k < n and self.folded[k] in self.gaz.people_nouns:
                state = self.country_actor(e.country)
                return Actor(name=f"{state.name} {self.words[k]}", kind="org", country=e.country,
                             sector=self.gaz.people_nouns[self.folded[k]])
            if k < n and not (self.words[k].isalpha() and self.words[k].islower()):
                break
        return None

    def crowd_refs(self) -> None:
        """"Demonstrators clashed with police", "protesters burned a U.S. flag": a crowd with no nationality
        word is of the country where the scene is, as "Iranian students" is Iran's (people, not the state)."""
        for i, w in enumerate(self.folded):
            if w not in self.gaz.scene_nouns or self.claimed[i] or i == 0 or i - 1 in self.hit_end \
                    or self.folded[i - 1] == "'s":
                continue        # "Iranian students", "Argentina's protesters": the nationality says it
            country = self.scene_country(i)
            if country:
                state = self.country_actor(country)
                self.add_ref(_Ref(i, i + 1, Actor(name=f"{state.name} {self.words[i]}", kind="org", country=country,
                                                  sector=self.gaz.people_nouns[w]), "crowd_scene"))

    def scene_country(self, i: int) -> str | None:
        """The country of the place the sentence of token i names ("in Buenos Aires", "outside the embassy
        in Beirut", "in Lebanon"), else the dateline's (not a city seating an organisation)."""
        a, b = self.sent_bounds[self.sent_of[i]]
        for k in range(a, b - 1):
            if self.folded[k] not in PLACE_PREPS | {"outside"}:
                continue
            j = k + 1 + (self.folded[k + 1] == "the")
            h = self.hit_at.get(j)
            if h and (e := h.first("country", "capital")) or h and (e := h.first("region")) and e.country:
                return self.gaz.in_year(e.country, self.ref_year)
            span = self.name_after(j)
            if span and (iso3 := self.gaz.cities.get(key_of(self.span_text(*span)))):
                return iso3
        return None if self.dateline_seat else self.dateline_country

    def is_dateline(self, h: _Hit) -> bool:
        return self.doc[h.start].idx < 60 and self.words[h.start].isupper()

    def acts(self, h: _Hit) -> bool:
        """Does a place name stand for its government here (subject, possessor, partner)?"""
        tok = self.doc[h.end - 1]
        if self.doc[h.start:h.end].root is not None:
            tok = self.doc[h.start:h.end].root
        dep = tok.dep_
        if dep == "conj":
            first = tok.head
            while first.dep_ == "conj":
                first = first.head
            dep, tok = first.dep_, first
        if dep in AGENT_DEPS:
            return True
        if h.start >= 2 and self.words[h.start - 1] == "-" and self.folded[h.start - 2] in ("pro", "anti"):
            return True         # "pro-Moscow leaders"
        if dep == "pobj" and tok.head.lower_ in AGENT_PREPS:
            return True
        if dep == "dobj" and tok.head.lemma_.lower() in self.gaz.party_verbs:
            return True         # "it slammed Damascus", "urged Pyongyang to return"
        if dep == "compound" and tok.head.lemma_.lower() in CAPITAL_INSTITUTIONS:
            return True         # "a Moscow court sentenced ..."
        if dep == "pobj" and tok.head.lower_ == "in" and tok.head.head.lemma_.lower() in CAPITAL_INSTITUTIONS \
                and tok.head.head.i < tok.i:
            return True         # "a court in Tehran convicted ..."
        return False

    def org_ref(self, h: _Hit, e: Entry) -> None:
        if e.code == "USER":
            self.add_ref(_Ref(h.start, h.end, Actor(name=e.name, kind="org", country=e.country, sector=e.sector),
                              "user_file"))
            return
        if e.country and e.sector not in ("GOV", "MIL"):
            self.add_ref(_Ref(h.start, h.end, Actor(name=e.name, kind="org", country=e.country, sector=e.sector),
                              "org"))
            return
        if e.country:
            iso3 = self.gaz.in_year(e.country, self.ref_year)
            self.add_ref(_Ref(h.start, h.end, self.country_actor(iso3, sector=e.sector), "capital_metonymy"))
            return
        if e.name.endswith("ies") or e.name in ("Troops", "Forces", "Soldiers"):
            plural = True
        else:
            plural = False
        country, how = None, "org"
        i = h.start - 1
        if i >= 0 and self.folded[i] == "'s":
            i -= 1
        if i in self.hit_end and (c := self.hit_end[i].first("country", "demonym", "org")) and c.country:
            country = c.country     # "China's Foreign Ministry", "the CPC Central Committee"
        elif of_country := self.owner_after(h.end):
            country = of_country
        elif not plural and self.words[h.start][:1].isupper() and self.words[h.start] != self.words[h.start].upper():
            # A capitalised institution with no country named ("the National Assembly", "Congress"):
            # the country the story is filed from, else the agency's (a Chinese agency's report
            # from Washington speaks of the US Congress, not of China's).
            country, how = self.dateline_country or self.outlet_country, "org.context"
            if (body := self.gaz.bare_bodies.get(e.name)) and country not in body[1]:
                country = body[0]       # "Congress" in a report from Nairobi: the US Congress
        if plural and h.start >= 1 and self.folded[h.start - 1] in ("two", "both"):
            # "the two defence ministries": the two states' bodies, as a group
            start = h.start - 1 - (h.start >= 2 and self.folded[h.start - 2] == "the")
            body = e.name[:-3] + "y" if e.name.endswith("ies") else e.name.removesuffix("s")
            members = [Actor(name=f"{a.name} {body}", kind="org", country=a.country, sector=e.sector)
                       for a in self.pair_states(at=h.start)]
            if len(members) == 2:
                self.add_ref(_Ref(start, h.end, Actor(name=" and ".join(m.name for m in members), kind="group"),
                                  "group", members=members))
            return
        if not country or plural:
            return
        entry = self.gaz.countries.get(country)
        cname = entry.name if entry else country
        self.add_ref(_Ref(h.start, h.end, Actor(name=f"{cname} {e.name}", kind="org", country=country,
                                                sector=e.sector), how))

    def owner_after(self, k: int) -> str | None:
        """The state an institution belongs to, named in an "of" chain after it: "Congress of Peru",
        "the Central Committee of the Communist Party of China" (through other bodies, up to three)."""
        n = len(self.words)
        for _ in range(3):
            if k + 1 >= n or self.folded[k] != "of":
                return None
            k += 1 + (self.folded[k + 1] == "the")
            h = self.hit_at.get(k)
            if h is None:
                return None
            if c := h.first("country"):
                return c.country
            if not (o := h.first("org")):
                return None
            if o.country:
                return o.country        # "the Political Bureau of the CPC Central Committee"
            k = h.end
        return None

    # ---------------------------------------------------------------- 4. coreference

    def subject_of(self, ref: _Ref) -> bool:
        for tok in self.doc[ref.start:ref.end]:
            t = tok
            while t.dep_ in ("compound", "flat", "amod") and t.head.i != t.i:
                t = t.head
            if t.dep_ in SUBJECT_DEPS:
                return True
            if t.dep_ == "conj" and t.head.dep_ in SUBJECT_DEPS:
                return True
        return False

    def previous_person(self, before: int, *, same_sentence: bool) -> Person | None:
        s = self.sent_of[before]
        for ref in sorted(self.refs, key=lambda r: -r.start):
            if ref.start >= before:
                continue
            if same_sentence and self.sent_of[ref.start] != s:
                return None
            if ref.person is not None:
                return ref.person
        return None

    def last_subject_person(self, before: int) -> Person | None:
        s = self.sent_of[before]
        for ref in sorted(self.refs, key=lambda r: -r.start):
            if ref.start >= before or self.sent_of[ref.start] < s - 3:
                continue
            if ref.person is not None and self.subject_of(ref):
                return ref.person
        return None

    def previous_subject(self, before: int) -> list[_Ref]:
        """Subject mentions of the nearest earlier sentence that has one."""
        s = self.sent_of[before]
        by_sentence: dict[int, list[_Ref]] = {}
        for ref in self.refs:
            rs = self.sent_of[ref.start]
            if rs < s and rs >= s - 2 and self.subject_of(ref):
                by_sentence.setdefault(rs, []).append(ref)
        if not by_sentence:
            return []
        return sorted(by_sentence[max(by_sentence)], key=lambda r: r.start)

    def leaders(self) -> list[Person]:
        """The first two current titled persons of different countries (the story's principals)."""
        chosen: list[Person] = []
        ranked = [p for p in self.persons if p.title and not p.historical and p.country]
        heads = [p for p in ranked if p.title in HEAD_TITLES]
        gov = [p for p in ranked if p.sector == "GOV"]
        for p in heads + gov + ranked:
            if all(p.country != c.country for c in chosen):
                chosen.append(p)
            if len(chosen) == 2:
                break
        return chosen

    def sentence_countries(self, at: int) -> list[str]:
        """Distinct countries named (as states) in the sentence of token ``at`` before it,
        else in the previous sentence."""
        s = self.sent_of[at]
        for sent in (s, s - 1):
            found: list[str] = []
            for r in self.refs:
                if self.sent_of[r.start] == sent and r.start < at and r.actor.kind == "state" \
                        and r.how in ("gazetteer", "demonym") and r.actor.country not in found:
                    found.append(r.actor.country)
            if found:
                return found
        return []

    def pair_states(self, exclude: set[str] | None = None, at: int | None = None) -> list[Actor]:
        """The two states a story is about: the leaders' countries, else the most-mentioned two.
        With ``exclude`` ("Vietnam and the two countries"), the two most-mentioned others."""
        nearby = self.sentence_countries(at) if at is not None else []
        if len(nearby) == 2 and not exclude:
            return [self.country_actor(c) for c in nearby]
        leaders = self.leaders()
        if len(leaders) == 2 and not exclude:
            return [self.country_actor(p.country) for p in leaders]
        ranked = [(c, k) for c, k in self.country_counts.most_common() if c not in (exclude or set())]
        if len(ranked) < 2 or len(ranked) > 2 and ranked[2][1] == ranked[1][1]:
            return []       # a third state named as often as the second: the story has no two states
        return [self.country_actor(c) for c, _ in ranked[:2]]

    def coordinated_countries(self, start: int, end: int) -> set[str]:
        """Countries coordinated with a group phrase ("Vietnam and the two countries")."""
        root = self.doc[start:end].root
        partners = [c for c in root.children if c.dep_ == "conj"]
        if root.dep_ == "conj":
            partners.append(root.head)
        out = set()
        for tok in partners:
            h = self.hit_at.get(tok.i) or self.hit_end.get(tok.i)
            if h and (e := h.first("country")):
                out.add(e.country)
        return out

    def coreference(self) -> None:
        n = len(self.words)
        for h in self.hits:
            e = h.first("role", "title")
            if e is None or not self.free(h.start, h.end):
                continue
            if h.end + 1 < n and self.folded[h.end] == "of" and e.kind == "role" \
                    and fold(e.name) in PERSON_PLURALS | OF_GROUP_PLURALS:
                self.of_pair_ref(h.start, h.end, fold(e.name))
                continue
            if h.end < n and (self.folded[h.end] in ("/", "of", "that", "which", "who", "whose")
                              or self.is_name_token(h.end) or self.claimed[h.end]):
                continue
            det_start, det = self.determiner(h.start)
            if det is None or self.apposition_of_person(det_start):
                continue
            countries = [c for _, c in det.get("countries", [])]
            phrase = fold(e.name)
            if det["two"] or (det["word"] == "the" and phrase in PERSON_PLURALS | STATE_PLURALS):
                self.group_ref(det_start, h.end, phrase, e, two=det["two"])
                continue
            if e.kind == "role" and phrase == "host":
                self.host_ref(det_start, h.end, guest=False)
            elif e.kind == "role" and phrase in GUEST_ROLES:
                self.host_ref(det_start, h.end, guest=True)
            elif e.kind == "role" and phrase == "counterpart":
                self.counterpart_ref(det_start, h.end, countries)
            elif e.kind == "title" or phrase in GENERIC_ROLES:
                self.title_ref(det_start, h.end, e, countries, det["word"], visiting=det.get("visiting", False))
        self.state_descriptions()
        self.numeral_refs()
        self.pronouns()

    def apposition_of_person(self, start: int) -> bool:
        """Is the phrase at ``start`` set off after a person's name ("Robert Hale, the Assistant Secretary of State
        for Arms Control,")? It is that person's office, not a mention of someone named before."""
        return start >= 2 and self.words[start - 1] == "," and any(
            r.end == start - 1 and r.actor.kind == "person" for r in self.refs)

    def state_descriptions(self) -> None:
        """"Japan and Fiji signed a pact. The island nation also asked Japan for loans": a definite
        description headed by a state noun ("the island nation", "the tiny Balkan state", "the
        kingdom") refers back to a state of the nearest earlier sentence that names one. It must be
        the only such state left once the states named in the description's own clause are set
        aside (a description is not its clause-mate: the island nation is not Japan) and, for a
        royal noun, the only monarchy. A place ("elections in the country"), a modifier ("state
        media") or an "of" phrase ("the state of emergency") is no party."""
        n = len(self.words)
        for i in range(n):
            tok = self.doc[i]
            if self.folded[i] not in STATE_NOUNS or not self.words[i].islower() or tok.pos_ != "NOUN" \
                    or tok.dep_ in ("compound", "amod", "nmod", "poss") or self.claimed[i] \
                    or (i + 1 < n and self.folded[i + 1] in ("of", "'s", "-")):
                continue
            if tok.dep_ == "pobj" and self.folded[tok.head.i] in PLACE_PREPS:
                continue
            start = self.description_start(i)
            if start is None:
                continue
            meant = self.state_antecedent(i, royal=self.folded[i] in ROYAL_STATE_NOUNS)
            if meant:
                self.add_ref(_Ref(start, i + 1, self.country_actor(meant), "state_description"))

    def numeral_refs(self) -> None:
        """"Kenya, Uganda and Tanzania ... The three should sign by May": a bare "the" + number
        standing for a noun refers to the last list of that many states or organisations named in its own or the
        two previous sentences ("A, B and (the) C"), as a group."""
        n = len(self.words)
        for i in range(1, n):
            count = COUNT_WORDS.get(self.folded[i])
            tok = self.doc[i]
            if count is None or self.folded[i - 1] != "the" or self.claimed[i] or tok.dep_ not in NOUN_SLOTS \
                    or (i + 1 < n and self.doc[i + 1].pos_ in ("NOUN", "PROPN", "ADJ", "NUM")):
                continue
            members = self.listed_parties(i - 1, count)
            if members:
                name = " and ".join(m.name for m in members)
                self.add_ref(_Ref(i - 1, i + 1, Actor(name=name, kind="group"), "group_numeral", members=members))

    def listed_parties(self, before: int, count: int) -> list[Actor]:
        """The last list of exactly ``count`` distinct states or organisations ("A, B and (the) C") ending before
        token ``before`` in its own or the two previous sentences."""
        s = self.sent_of[before]
        parties = sorted((r for r in self.refs if r.end <= before and s - 2 <= self.sent_of[r.start] <= s
                          and r.actor.kind in ("state", "igo") and r.how == "gazetteer"), key=lambda r: r.start)
        best: list = []
        run: list = []
        for r in parties:
            gap = [self.folded[k] for k in range(run[-1].end, r.start)] if run else None
            if run and gap in ([","], ["and"], ["and", "the"], [",", "and"], [",", "and", "the"], [",", "the"]):
                run.append(r)
            else:
                run = [r]
            if len(run) == count and gap and gap[-1] in ("and", "the") and "and" in gap:
                best = list(run)
        keys = {r.actor.key for r in best}
        if len(keys) != count:
            return []
        return [r.actor if r.actor.kind == "igo" else self.country_actor(r.actor.country) for r in best]

    def description_start(self, i: int) -> int | None:
        """The "the" opening a description of head token i over at most three modifiers (lower-case
        words, a capitalised adjective, or a region beyond any one state: "the Balkan state", "the Central
        Asian country"; never a nationality: "the Chinese state" names its state itself, nor a region of
        one state: "the Chechen republic")."""
        k = i - 1
        while k >= 0 and i - k <= 4 and self.folded[k] != "the":
            h = self.hit_end.get(k)
            if h is not None and (r := h.first("region")) and not r.country and len(h.entries) == 1:
                k = h.start - 1     # a region beyond any one state: "the Central Asian country"
                continue
            if k in self.hit_end or k in self.hit_at or self.claimed[k] or self.words[k] in (",", "and", "or") \
                    or self.doc[k].pos_ not in ("ADJ", "NOUN", "PROPN", "VERB", "ADV", "PUNCT") \
                    or self.doc[k].head.i != i and self.doc[k].head.i < k:
                return None
            k -= 1
        return k if k >= 0 and self.folded[k] == "the" and i - k <= 4 else None

    def state_antecedent(self, i: int, *, royal: bool) -> str | None:
        """The state a description at token i refers back to: named earlier in its own sentence outside its
        clause ("cooperation with Kazakhstan, as agreed during a visit by X to the Central Asian country"),
        else in the nearest earlier sentence naming states; only when one state is left."""
        s = self.sent_of[i]
        clause = self.clause_of(i)
        own = {r.actor.country for r in self.refs if self.sent_of[r.start] == s and r.actor.country
               and self.clause_of(r.start) == clause}
        for sent in (s, s - 1, s - 2):
            if sent < 0:
                return None
            named = [r.actor.country for r in self.refs if self.sent_of[r.start] == sent and r.actor.country
                     and r.actor.kind in ("state", "person") and r.start < i]
            left = {c for c in named if c not in own and (not royal or c in self.gaz.monarchies)}
            if not left and (sent == s or not named):
                continue
            return left.pop() if len(left) == 1 else None
        return None

    def clause_of(self, i: int) -> int:
        """The verb (or root) governing token i: its clause."""
        t = self.doc[i]
        while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
            t = t.head
        return t.i

    def determiner(self, start: int) -> tuple[int, dict | None]:
        """Read "the", "his", "the two", "both", "the Chilean", "the visiting" before a role or title."""
        i = start - 1
        countries = []
        visiting = False
        while i >= 0 and (i in self.hit_end and (c := self.hit_end[i].first("demonym", "country"))
                          or self.folded[i] in ("visiting", "top", "senior")):
            if i in self.hit_end and c:
                countries.insert(0, (i, c.country))
                i = self.hit_end[i].start - 1
            else:
                visiting = visiting or self.folded[i] == "visiting"
                i -= 1
        two = False
        if i >= 0 and self.folded[i] in ("two", "both"):
            two = True
            if self.folded[i] == "both":
                return i, {"word": "both", "two": True, "countries": countries, "visiting": visiting}
            i -= 1
        if i >= 0 and self.folded[i] in ("the", "his", "her", "their", "its"):
            return i, {"word": self.folded[i], "two": two, "countries": countries, "visiting": visiting}
        return start, None

    def group_ref(self, start: int, end: int, phrase: str, e: Entry, *, two: bool = False) -> None:
        """"the two sides", "the ministers", "the leaders": the group an earlier plural of the same noun
        named ("ASEAN foreign ministers ... The ministers"), else two persons of different states holding
        that office, else (only "the two ...") the story's two states. A plain "the ministers" with no
        such antecedent stays unresolved: the dateline is no default for a group."""
        if phrase in PERSON_PLURALS and not two:
            named = self.plural_antecedent(start, phrase.split()[-1])
            if len(named) == 1:
                self.add_ref(_Ref(start, end, named[0], "group_antecedent"))
                return
            if len(named) == 2:
                name = " and ".join(m.name for m in named)
                self.add_ref(_Ref(start, end, Actor(name=name, kind="group"), "group_antecedent", members=named))
                return
        if phrase in STATE_PLURALS:
            members = self.pair_states(exclude=self.coordinated_countries(start, end), at=start) \
                or self.coordinated_pair(start)
        elif phrase in ("leaders", "presidents", "heads of state", "counterparts") or e.name in HEAD_TITLES:
            members = [p.actor() for p in self.leaders()]
        elif phrase in PERSON_PLURALS or e.kind == "title":
            # "the two foreign ministers": persons with that title, else the two states' officials.
            singular = phrase[:-1] if phrase.endswith("s") else phrase
            chosen: list[Person] = []
            for p in self.persons:
                if p.title and singular in fold(p.title) and all(p.country != c.country for c in chosen):
                    chosen.append(p)
            if len(chosen) == 2:
                members = [p.actor() for p in chosen]
            elif not two:
                return
            else:
                title = singular.title()
                members = [self.country_actor(a.country, sector=e.sector, title=title) for a in self.pair_states()]
        else:
            return
        if len(members) != 2:
            return
        name = " and ".join(m.name for m in members)
        self.add_ref(_Ref(start, end, Actor(name=name, kind="group"), "group", members=members))

    def coordinated_pair(self, before: int) -> list[Actor]:
        """"Iran and the European Union resumed talks ... The two sides": the last two parties named as "A and
        (the) B" in the two sentences before, when the story's two states cannot say (one is an organisation)."""
        s = self.sent_of[before]
        parties = sorted((r for r in self.refs if r.end <= before and s - 2 <= self.sent_of[r.start] < s
                          and r.actor.kind in ("state", "igo") and r.how == "gazetteer"), key=lambda r: r.start)
        pairs = [(a, b) for a, b in zip(parties, parties[1:])
                 if [self.folded[k] for k in range(a.end, b.start)] in (["and"], ["and", "the"])
                 and a.actor.key != b.actor.key]
        if not pairs:
            return []
        a, b = pairs[-1]
        return [a.actor if a.actor.kind == "igo" else self.country_actor(a.actor.country),
                b.actor if b.actor.kind == "igo" else self.country_actor(b.actor.country)]

    def plural_antecedent(self, before: int, noun: str) -> list[Actor]:
        """The states or organisations that the nearest earlier plural ``noun`` was said of, before it
        ("ASEAN foreign ministers", "Chinese and Japanese leaders") or in an "of"/"from" phrase after it
        ("foreign ministers of the Arab League"). Earlier anaphors ("the ministers") are passed over; a
        plain plural naming no one ("Foreign ministers met in Cairo") ends the search with no one."""
        named_at = {r.end - 1: r for r in self.refs if r.actor.kind in ("state", "igo") and not r.actor.historical}
        for j in range(before - 1, -1, -1):
            if self.folded[j] != noun:
                continue
            actors = self.named_before(j, named_at) or self.named_after(j)
            if actors:
                return actors
            if self.folded[j - 1] != "the":
                return []
        return []

    def named_before(self, j: int, named_at: dict) -> list[Actor]:
        """States or organisations premodifying token j, over up to three lower-case words
        ("ASEAN foreign ministers", "Chinese and Japanese trade ministers")."""
        actors: list[Actor] = []
        k = j - 1
        while k >= 0 and j - k <= 3 and not actors and self.words[k].islower() and self.words[k].isalpha() \
                and self.doc[k].pos_ in ("ADJ", "NOUN"):
            k -= 1
        while k >= 0 and (r := named_at.get(k)) is not None:
            actors.insert(0, r.actor)
            k = r.start - 1
            if k >= 0 and self.folded[k] in ("and", ","):
                k -= 1
        return self.distinct_parties(actors)

    def named_after(self, j: int) -> list[Actor]:
        """States or organisations in an "of"/"from" phrase right after token j ("ministers of the Arab
        League", "delegates from China and Japan")."""
        n = len(self.words)
        k = j + 1
        if k >= n or self.folded[k] not in ("of", "from"):
            return []
        k += 1
        if k < n and self.folded[k] == "the":
            k += 1
        actors: list[Actor] = []
        starts = {r.start: r for r in self.refs if r.actor.kind in ("state", "igo") and not r.actor.historical}
        while k < n and (r := starts.get(k)) is not None:
            actors.append(r.actor)
            k = r.end
            if k < n and self.folded[k] in ("and", ","):
                k += 1
        return self.distinct_parties(actors)

    def distinct_parties(self, actors: list[Actor]) -> list[Actor]:
        """One or two distinct parties (a state as its government), else none."""
        out: list[Actor] = []
        for a in actors:
            if a.kind == "state":
                a = self.country_actor(a.country, sector="GOV")
            if all((a.igo, a.country) != (b.igo, b.country) for b in out):
                out.append(a)
        return out if len(out) in (1, 2) else []

    def of_pair_ref(self, start: int, end: int, phrase: str) -> None:
        """"the (top) diplomats of the two (neighbouring) countries", "the leaders of both nations":
        one person of each of the two states (a diplomat: the foreign minister; a leader: the head of
        state or government), else the two governments."""
        det_start, det = self.determiner(start)
        if det is None or det["word"] != "the" or det["two"]:
            return
        n = len(self.words)
        k = end + 1
        if k < n and self.folded[k] == "the":
            k += 1
        if k >= n or self.folded[k] not in ("two", "both"):
            return
        k += 1
        while k < n and k - end < 8 and k not in self.hit_at and (
                self.doc[k].pos_ in ("ADJ", "NOUN", "PROPN") and self.words[k].islower() or self.words[k] == "-"):
            k += 1          # "the two resource-rich countries"
        h = self.hit_at.get(k)
        r = h.first("role") if h else None
        if r is None or fold(r.name) not in STATE_PLURALS:
            return
        states = self.pair_states(at=det_start)
        if len(states) != 2:
            return
        if phrase in ("leaders", "presidents", "heads of state", "premiers", "prime ministers"):
            wanted = lambda p: p.title in HEAD_TITLES or fold(p.title) in ("prime minister", "premier")
        elif phrase in ("diplomats", "foreign ministers"):
            wanted = lambda p: any(t in fold(p.title) for t in DIPLOMATIC_TITLES)
        elif phrase == "ministers":
            wanted = lambda p: title_fits("Minister", p.title)
        else:
            wanted = lambda p: p.sector == "GOV"
        members: list[Actor] = []
        for state in states:
            fits = [p for p in self.persons if p.country == state.country and p.title and not p.historical
                    and wanted(p)]
            if len({key_of(p.name) for p in fits}) != 1:
                members = [self.country_actor(s.country, sector="GOV") for s in states]
                break
            members.append(fits[0].actor())
        name = " and ".join(m.name for m in members)
        self.add_ref(_Ref(det_start, h.end, Actor(name=name, kind="group"), "group", members=members))

    def host_ref(self, start: int, end: int, *, guest: bool) -> None:
        if not self.host_country:
            return
        pool = [p for p in self.persons if p.title and not p.historical and p.country and p.sector == "GOV"]
        if guest:
            pool = [p for p in pool if p.country != self.host_country]
        else:
            pool = [p for p in pool if p.country == self.host_country]
        if pool:
            person = pool[0]
            self.add_ref(_Ref(start, end, person.actor(), "role_ref.guest" if guest else "role_ref.host", person))
        elif not guest:
            self.add_ref(_Ref(start, end, self.country_actor(self.host_country, sector="GOV"), "role_ref.host"))

    def counterpart_ref(self, start: int, end: int, countries: list[str]) -> None:
        possessor = self.previous_person(start, same_sentence=True) or self.last_subject_person(start)
        if possessor is None:
            return
        pool = [p for p in self.persons if p is not possessor and not p.historical and p.country
                and p.country != possessor.country]
        if countries:
            pool = [p for p in pool if p.country == countries[-1]]
        # a counterpart holds the possessor's office: the foreign minister's counterpart is the other
        # foreign minister, never the prime minister named earlier (no one fits: the demonym's state)
        same = [p for p in pool if p.title and possessor.title and (
            title_fits(possessor.title, p.title) or title_fits(p.title, possessor.title))]
        pick = same if possessor.title else pool
        if len({key_of(p.name) for p in pick}) == 1:
            self.add_ref(_Ref(start, end, pick[0].actor(), "counterpart", pick[0]))

    def title_ref(self, start: int, end: int, e: Entry, countries: list[str], word: str, *,
                  visiting: bool = False) -> None:
        phrase = fold(e.name)
        pool = [p for p in self.persons if not p.historical]
        if countries:
            pool = [p for p in pool if p.country == countries[-1]]
        if visiting and self.host_country:
            pool = [p for p in pool if p.country != self.host_country]    # "the visiting minister"
        if e.kind == "title":
            fitting = [p for p in pool if p.title and title_fits(e.name, p.title)]
            keys = {key_of(p.name) for p in fitting}
            if len(keys) == 1:
                self.add_ref(_Ref(start, end, fitting[0].actor(), "role_ref.title", fitting[0]))
            elif not keys and (countries or e.country):
                # "the Chilean minister": that state's office; "the Pope", "the Dalai Lama": an office of one
                # state that one person holds at a time, named alone, is its holder
                country = countries[-1] if countries else e.country
                self.add_ref(_Ref(start, end, self.country_actor(country, sector=e.sector, title=e.name),
                                  "role_ref.title"))
            return
        if phrase in GENERIC_ROLES:
            person = self.last_subject_person(start)
            if countries:
                if person is None or person.country != countries[-1]:
                    keys = {key_of(p.name) for p in pool}
                    person = pool[0] if len(keys) == 1 else None
                if person is not None:
                    self.add_ref(_Ref(start, end, person.actor(), "role_ref.title", person))
                else:
                    self.place_unplaced_subject(start, end, countries[-1])
                return
            if person is not None and word == "the":
                self.add_ref(_Ref(start, end, person.actor(), "role_ref.title", person))

    def place_unplaced_subject(self, start: int, end: int, country: str) -> None:
        """"Sultani will host Malik ... after a storm forced the Afghan leader to cancel": a description with a
        nationality and no person of that state to refer to refers back to the nearest person who is a subject
        in its own or the previous sentence when we could not place that person; the description places them,
        in all their mentions."""
        s = self.sent_of[start]
        for ref in sorted(self.refs, key=lambda r: -r.start):
            if ref.start >= start or self.sent_of[ref.start] < s - 1:
                continue
            if not self.subject_of(ref) or ref.actor.kind != "person":
                continue
            if ref.actor.country or ref.person is not None:
                return
            keys = {key_of(ref.actor.name), key_of(ref.actor.name.split()[-1])}     # "Hamid Sultani", "Sultani"
            for other in self.refs:
                if other.person is None and other.actor.kind == "person" and not other.actor.country \
                        and key_of(other.actor.name) in keys:
                    other.actor.country = country
            self.add_ref(_Ref(start, end, Actor(name=ref.actor.name, kind="person", country=country),
                              "role_ref.title"))
            return

    def pronouns(self) -> None:
        for i, w in enumerate(self.lower):
            if w not in ("he", "she", "his", "her", "they", "him") or self.claimed[i]:
                continue
            if (named := self.bracketed_person(i)) is not None:
                self.pronoun_ref(i, named)      # '"... when he (Japanese Prime Minister X) visits"'
                continue
            if w == "him" or w in ("his", "her") and i + 1 < len(self.words) and self.lower[i + 1] in KINSHIP_NOUNS:
                continue
            tok = self.doc[i]
            sent_start = self.sent_bounds[self.sent_of[tok.i]][0]
            at_start = all(self.doc[k].is_punct or self.doc[k].is_space for k in range(sent_start, tok.i))
            if w in ("he", "she", "they") and tok.dep_ not in SUBJECT_DEPS:
                continue
            if w in ("his", "her") and not at_start:
                continue
            # An antecedent in the same sentence before the pronoun makes it ambiguous to us.
            before = [r for r in self.refs if sent_start <= r.start < tok.i and (r.person or r.members)]
            if before and not at_start:
                continue
            subjects = self.previous_subject(tok.i)
            if w == "they":
                groups = [r for r in subjects if r.members]
                if len(groups) == 1 and len(subjects) == 1:
                    g = groups[0]
                    self.add_ref(_Ref(tok.i, tok.i + 1, g.actor, "pronoun", members=g.members))
                elif len(subjects) == 2 and len({r.actor.kind for r in subjects}) == 1 \
                        and subjects[0].actor.kind in ("person", "state"):
                    members = [r.actor for r in subjects]
                    self.add_ref(_Ref(tok.i, tok.i + 1, Actor(name=" and ".join(m.name for m in members),
                                                              kind="group"), "pronoun", members=members))
                continue
            persons = [r for r in subjects if r.person is not None]
            if len(subjects) > 1 and len(persons) == 1 and not any(r.members for r in subjects) \
                    and (any(t.dep_ in SUBJECT_DEPS and t.head.dep_ == "ROOT"
                             for t in self.doc[persons[0].start:persons[0].end])
                         or all(r is persons[0] or r.actor.kind == "state" and r.actor.country == persons[0].actor.country
                                for r in subjects)):
                # "..., a state X is the solution, the king said. He ...": the main subject; "Kenyan Foreign
                # Minister X arrived ... His delegation ...": the person, not their own nationality word
                subjects = persons
            if len(subjects) == 1 and len(persons) == 1:
                if not self.other_unplaced_person(sent_start, tok.i, persons[0].person):
                    self.pronoun_ref(tok.i, persons[0].person)
            elif w in ("he", "she") and at_start and not persons and not any(r.members for r in subjects):
                # "X is the third leg of Y's tour. He visited Z": the previous sentence's subject is
                # no person, and it names exactly one person (and no unresolved name).
                s = self.sent_of[tok.i]
                named = [r for r in self.refs if self.sent_of[r.start] == s - 1
                         and (r.person is not None or r.actor.kind == "person" or r.members)]
                if named and all(r.person is not None for r in named) and len({id(r.person) for r in named}) == 1:
                    self.pronoun_ref(tok.i, named[0].person)

    def other_unplaced_person(self, sent_start: int, i: int, person: Person) -> bool:
        """Is another person named, one we could not place, in the pronoun's sentence before it ("Y opened the
        door ... by saying he was suspending")? The pronoun is more likely theirs than the last sentence's
        subject X; a short form sharing a word with X's name ("Lee said ... he" after Martin Lee) is X."""
        words = set(fold(person.name).split())
        return any(r.actor.kind == "person" and r.person is None and not r.members
                   and not words & set(fold(r.actor.name).split())
                   for r in self.refs if sent_start <= r.start < i)

    def bracketed_person(self, i: int) -> Person | None:
        """The person a writer names in brackets right after a pronoun inside a quote ("when he (Oda)
        visits", "he (Japanese Prime Minister X)")."""
        n = len(self.words)
        if i + 2 >= n or self.words[i + 1] != "(":
            return None
        close = next((k for k in range(i + 2, min(i + 12, n)) if self.words[k] == ")"), None)
        if close is None:
            return None
        inside = [r for r in self.refs if i + 2 <= r.start and r.end <= close and r.person is not None]
        return inside[-1].person if len({id(r.person) for r in inside}) == 1 else None

    def pronoun_ref(self, i: int, person: Person) -> None:
        """Resolve the pronoun at token ``i`` to ``person`` unless its gender contradicts what the
        article has shown of them ("he" is not the spokeswoman, nor someone already called "she");
        the first pronoun that fits shows their gender for the later ones."""
        key = key_of(person.name)
        gender = "f" if self.lower[i] in FEMININE_WORDS else "m"
        known = self.genders.get(key) or self.stated_gender(person)
        if known and known != gender:
            return
        self.genders[key] = gender
        self.add_ref(_Ref(i, i + 1, person.actor(), "pronoun", person))

    def stated_gender(self, person: Person) -> str | None:
        """A gender the text states for a person: a gendered title ("Spokeswoman", "Queen") or an
        honorific before one of their mentions ("Mrs. X")."""
        words = set((person.title or "").lower().replace("-", " ").split())
        for ref in self.refs:
            if ref.person is person and ref.chars is None and ref.start > 0:
                words.add(self.lower[ref.start - 1])
        if any(w.endswith("woman") for w in words) or words & FEMININE_WORDS - {"she", "her"}:
            return "f"
        if words & MASCULINE_WORDS - {"he", "his"}:
            return "m"      # not "-man": "chairman" and "spokesman" are said of women too
        return None

    # ---------------------------------------------------------------- run

    def run(self) -> list[Mention]:
        self.doc_is_upper = self.body[:400].upper() == self.body[:400]
        self.hits = self.scan()
        self.hit_at = {h.start: h for h in self.hits}
        self.hit_end = {h.end - 1: h for h in self.hits}
        self.hit_inside = {k: h for h in self.hits for k in range(h.start + 1, h.end)}
        self.compounds = self.find_compounds()
        self.home_countries(self.hits)
        self.titled_persons()
        self.friendship_bodies()
        self.organ_refs()
        self.gazetteer_refs()
        self.named_persons()
        for ref, info in self.pending_counterparts:
            self.resolve_counterpart_name(ref, info)
        self.crowd_refs()
        self.coreference()
        out = []
        for ref in self.refs:
            if ref.person is not None:      # the person may have been completed later in the article
                ref.actor = ref.person.actor(historical=ref.actor.historical, title_date=ref.actor.title_date)
                role = self.roles.get(key_of(ref.person.name))
                if role and not ref.actor.historical:
                    title, sector, igo, official = role
                    ref.actor.title, ref.actor.sector = title, sector
                    ref.actor.igo = igo or ref.actor.igo
                    if official:
                        ref.actor.country = None
        for ref in sorted(self.refs, key=lambda r: (r.start, r.chars or (0, 0))):
            a, b = ref.chars or self.char_span(ref.start, ref.end)
            out.append(Mention(doc_id=self.article.doc_id, text=self.body[a:b], start=a, end=b, actor=ref.actor,
                               sentence_index=self.sent_of[ref.start], how=ref.how, members=list(ref.members)))
        return out


SUBORDINATE_MARKS = frozenset({"vice", "deputy", "assistant", "under", "former", "acting"})


def title_fits(asked: str, title: str) -> bool:
    """Can "the <asked>" refer to a person holding ``title``? "the minister" fits "Foreign
    Minister" and "Deputy Prime Minister and Foreign Minister"; "the president" does not fit
    "Vice President"; "the king"/"the monarch" fit only a royal; one head of a non-royal
    government may be called by another's title ("the premier" for a Prime Minister)."""
    if asked in ROYAL_TITLES or title in ROYAL_TITLES:
        return title in ROYAL_TITLES and (asked == "Monarch" or asked == title)
    if asked in HEAD_TITLES and title in HEAD_TITLES:
        return True
    want = fold(asked).split()
    for part in fold(title).split(" and "):
        words = part.split()
        for k in range(len(words) - len(want) + 1):
            if words[k:k + len(want)] == want and not (k > 0 and words[k - 1] in SUBORDINATE_MARKS):
                return True
    return False


PARTICLES_LOWER = frozenset({"al", "el", "bin", "ibn", "bint", "abu", "de", "da", "do", "dos", "das", "del", "della",
                             "di", "van", "von", "der", "den", "la", "le", "ben", "y", "arap"})
