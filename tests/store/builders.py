"""Hand-built coded articles for store tests (texts written for these tests)."""
from __future__ import annotations

from communique.model import Actor, Agreement, Article, ArticleResult, Event, Fact, Location, Mention

VNM = Actor("Vietnam", "state", country="VNM")
CHL = Actor("Chile", "state", country="CHL")
PER = Actor("Peru", "state", country="PER")
NOR = Actor("Norway", "state", country="NOR")
KEN = Actor("Kenya", "state", country="KEN")
PRES_V = Actor("Tran Van Minh", "person", country="VNM", sector="GOV", title="President")
PRES_C = Actor("Ana Rojas", "person", country="CHL", sector="GOV", title="President")

CAMEO = {"042": ("CONSULT", "visit", 1.9, 1), "043": ("CONSULT", "host", 2.8, 1), "040": ("CONSULT", "meet", 1.0, 1),
         "046": ("CONSULT", "talks", 7.0, 1), "057": ("SUPPORT", "sign", 8.0, 1), "051": ("SUPPORT", "praise", 3.4, 1),
         "190": ("FIGHT", "fight", -10.0, 4)}


def sentences_of(body: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for i, ch in enumerate(body):
        if ch == "." and (i + 1 == len(body) or body[i + 1] in " \n"):
            out.append((start, i + 1))
            start = i + 2
    if start < len(body):
        out.append((start, len(body)))
    return out


def mention(doc_id: str, body: str, text: str, actor: Actor, nth: int = 0, how: str = "gazetteer") -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = body.index(text, start + 1)
    sents = sentences_of(body)
    idx = next(i for i, (s, e) in enumerate(sents) if s <= start < e)
    return Mention(doc_id, text, start, start + len(text), actor, sentence_index=idx, how=how)


def event(doc_id: str, body: str, trigger: str, cameo: str, source: Actor | None, target: Actor | None,
          date: str | None = None, place: str | None = None, place_country: str | None = None,
          status: str = "occurred", instrument: dict | None = None) -> Event:
    t0 = body.index(trigger)
    sents = sentences_of(body)
    idx = next(i for i, (s, e) in enumerate(sents) if s <= t0 < e)
    s0, s1 = sents[idx]
    ptype, mode, gold, quad = CAMEO[cameo]
    precision = {10: "day", 7: "month", 4: "year"}.get(len(date or ""))
    return Event(doc_id=doc_id, type=ptype, mode=mode, context=["diplomatic"], cameo=cameo, goldstein=gold, quad=quad,
                 source=source, target=target, sentence=body[s0:s1], sentence_index=idx,
                 spans={"trigger": [t0, t0 + len(trigger)], "source": None, "target": None},
                 rule="test." + mode, confidence=0.8, date=date, date_precision=precision, status=status,
                 location=Location(place, place_country, precision="country" if place == "Chile" else "city") if place else None,
                 instrument=instrument)


def result(doc_id: str, body: str, *, published: str | None, title: str | None = None,
           mentions: list[tuple] = (), events: list[dict] = (), agreements: list[dict] = (),
           facts: list[Fact] = (), dateline: str | None = None) -> ArticleResult:
    art = Article(doc_id=doc_id, body=body, title=title, published=published, outlet="Test Wire", dateline=dateline)
    ms = [mention(doc_id, body, *m) for m in mentions]
    evs = [event(doc_id, body, **e) for e in events]
    ags = [Agreement(doc_id=doc_id, **a) for a in agreements]
    return ArticleResult(article=art, mentions=ms, events=evs, agreements=ags, facts=list(facts),
                         sentences=sentences_of(body))


# Two reports of one state visit, written for the tests; a third article about something else.
VISIT_A = ("President Tran Van Minh of Vietnam began an official visit to Chile on Monday. "
           "Minh and Chilean President Ana Rojas held talks in Santiago about trade, mining and farming. "
           "The two presidents witnessed the signing of a joint statement and a memorandum on farming. "
           "Vietnam and Chile have had a comprehensive partnership since 2009.")
VISIT_B = ("Vietnamese President Tran Van Minh is in Santiago this week on an official visit to Chile. "
           "Rojas welcomed Minh and the two presidents discussed trade, mining and farming cooperation. "
           "After the talks, a joint statement was signed along with a memorandum on farming. "
           "Minh also praised Chile for its support.")
OTHER = ("Norwegian and Kenyan officials met in Nairobi to discuss a wind power project and fishing quotas. "
         "The Norwegian delegation praised Kenya for its climate policy.")


def visit_a(doc_id: str = "a1", published: str = "2024-05-06") -> ArticleResult:
    return result(doc_id, VISIT_A, published=published, title="Vietnamese president visits Chile",
                  dateline="Santiago",
                  mentions=[("Tran Van Minh", PRES_V), ("Vietnam", VNM), ("Chile", CHL), ("Minh", PRES_V, 1),
                            ("Ana Rojas", PRES_C), ("Vietnam", VNM, 1), ("Chile", CHL, 2)],
                  events=[dict(trigger="official visit", cameo="042", source=PRES_V, target=CHL, date="2024-05",
                               place="Chile", place_country="CHL"),
                          dict(trigger="held talks", cameo="046", source=PRES_V, target=PRES_C, date="2024-05-06",
                               place="Santiago", place_country="CHL"),
                          dict(trigger="signing", cameo="057", source=VNM, target=CHL, date="2024-05-06",
                               place="Santiago", place_country="CHL",
                               instrument={"types": ["joint_statement", "mou"], "titles": ["joint statement"]})],
                  agreements=[dict(instrument_type="joint_statement", parties=[VNM, CHL], date="2024-05-06",
                                   status="signed", sentence_index=2),
                              dict(instrument_type="mou", field="agriculture", parties=[VNM, CHL],
                                   date="2024-05-06", status="signed", sentence_index=2)])


def visit_b(doc_id: str = "b1", published: str = "2024-05-08") -> ArticleResult:
    return result(doc_id, VISIT_B, published=published, title="Chile welcomes Vietnamese leader",
                  mentions=[("Tran Van Minh", PRES_V), ("Chile", CHL), ("Rojas", PRES_C), ("Minh", PRES_V, 1),
                            ("Chile", CHL, 1)],
                  events=[dict(trigger="official visit", cameo="042", source=PRES_V, target=CHL, date="2024-05-06",
                               place="Santiago", place_country="CHL"),
                          dict(trigger="welcomed", cameo="043", source=PRES_C, target=PRES_V, date="2024-05-06",
                               place="Santiago", place_country="CHL"),
                          dict(trigger="discussed", cameo="040", source=PRES_C, target=PRES_V, date="2024-05-06"),
                          dict(trigger="signed", cameo="057", source=CHL, target=VNM, date="2024-05",
                               instrument={"types": ["joint_statement"], "titles": ["joint statement"]}),
                          dict(trigger="praised", cameo="051", source=PRES_V, target=CHL, date="2024-05-06")],
                  agreements=[dict(instrument_type="joint_statement", parties=[CHL, VNM], date="2024-05",
                                   status="signed", sentence_index=2),
                              dict(instrument_type="mou", field="agriculture", parties=[VNM, CHL],
                                   status="signed", sentence_index=2)])


def other(doc_id: str = "o1", published: str = "2024-05-07") -> ArticleResult:
    return result(doc_id, OTHER, published=published, title="Norway and Kenya talk wind power",
                  mentions=[("Norwegian", NOR), ("Kenyan", KEN), ("Norwegian", NOR, 1), ("Kenya", KEN)],
                  events=[dict(trigger="met", cameo="040", source=NOR, target=KEN, date="2024-05-07",
                               place="Nairobi", place_country="KEN"),
                          dict(trigger="praised", cameo="051", source=NOR, target=KEN, date="2024-05-07")])
