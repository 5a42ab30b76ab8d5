"""Hand-written articles and their coded results, stored in a real DuckDB store for the web,
export and notebook tests. The texts are written for these tests; the records are built with
``communique.model`` so they have the contract's shape."""
from __future__ import annotations

from pathlib import Path

from communique.model import Actor, Agreement, Article, ArticleResult, Event, Fact, Location, Mention, Participant

VNM = Actor("Vietnam", "state", country="VNM")
CHL = Actor("Chile", "state", country="CHL")
JPN = Actor("Japan", "state", country="JPN")
RUS = Actor("Russia", "state", country="RUS")
UKR = Actor("Ukraine", "state", country="UKR")
MINISTER = Actor("Tran Van Minh", "person", country="VNM", sector="GOV", title="Foreign Minister")
SANTIAGO = Location("Santiago", "CHL", -33.45, -70.66, "city", "sentence")
TOKYO = Location("Tokyo", "JPN", 35.68, 139.69, "city", "dateline")

XSS_TITLE = "<script>alert(1)</script>"

TEXTS = {
    "a1": ("Minister visits Chile", "2024-03-04", "Test Wire", "https://example.org/a1",
           ["HANOI — Foreign Minister Tran Van Minh visited Santiago on Monday.",
            "Vietnam and Chile signed a memorandum on farming trade.",
            "Chile's president praised the <b>ties</b> & called them strong."]),
    "b2": ("Talks in Tokyo", "2024-03-05", "Other Wire", None,
           ["TOKYO — Japan hosted Vietnam's delegation for talks on Tuesday.",
            "Russia accused Ukraine of shelling a border town."]),
    "x3": (XSS_TITLE, "2024-03-06", "Test Wire", None,
           ["A short note: Vietnam and Chile held talks in Santiago on Monday."]),
}


def _article(doc_id: str) -> tuple[Article, list[tuple[int, int]]]:
    title, published, outlet, url, sentences = TEXTS[doc_id]
    body = " ".join(sentences)
    bounds, pos = [], 0
    for s in sentences:
        bounds.append((pos, pos + len(s)))
        pos += len(s) + 1
    return Article(doc_id=doc_id, body=body, title=title, published=published, outlet=outlet, url=url,
                   language="en", dateline=None), bounds


def _at(body: str, text: str, start: int = 0) -> tuple[int, int]:
    i = body.index(text, start)
    return (i, i + len(text))


def _event(art, bounds, index, type_, mode, cameo, goldstein, quad, source, target, trigger, src_text, tgt_text,
           date, place, rule, context=("diplomatic",)) -> Event:
    s0, s1 = bounds[index]
    body = art.body
    spans = {"trigger": list(_at(body, trigger, s0)), "source": list(_at(body, src_text, s0)),
             "target": list(_at(body, tgt_text, s0)) if tgt_text else None}
    return Event(doc_id=art.doc_id, type=type_, mode=mode, context=list(context), cameo=cameo, goldstein=goldstein,
                 quad=quad, source=source, target=target, sentence=body[s0:s1], sentence_index=index, spans=spans,
                 rule=rule, confidence=0.8, date=date, date_precision="day" if date and len(date) == 10 else "month",
                 date_text="Monday", date_how="sentence", location=place,
                 participants=[Participant("guest", source), Participant("host", target)] if target else [])


def _mentions(art, actors) -> list[Mention]:
    out = []
    for actor, text in actors:
        start = 0
        while True:
            i = art.body.find(text, start)
            if i < 0:
                break
            out.append(Mention(art.doc_id, text, i, i + len(text), actor, how="test"))
            start = i + len(text)
    return sorted(out, key=lambda m: m.start)


def sample_results() -> list[ArticleResult]:
    a1, b1 = _article("a1")
    b2, bb = _article("b2")
    x3, bx = _article("x3")
    results = [
        ArticleResult(
            article=a1, sentences=b1,
            mentions=_mentions(a1, [(MINISTER, "Tran Van Minh"), (VNM, "Vietnam"), (CHL, "Chile")]),
            events=[
                _event(a1, b1, 0, "CONSULT", "visit", "042", 1.9, 1, MINISTER, CHL, "visited", "Tran Van Minh",
                       "Santiago", "2024-03-04", SANTIAGO, "consult.visit"),
                _event(a1, b1, 1, "SUPPORT", "sign", "057", 8.0, 1, VNM, CHL, "signed", "Vietnam", "Chile",
                       "2024-03-04", SANTIAGO, "support.sign"),
            ],
            agreements=[Agreement("a1", "mou", title="memorandum on farming trade", field="agriculture",
                                  parties=[VNM, CHL], date="2024-03-04", date_precision="day", sentence_index=1)],
            facts=[Fact("a1", ("CHL", "VNM"), "level", "comprehensive partnership", date="2024-03-04",
                        sentence_index=2)],
        ),
        ArticleResult(
            article=b2, sentences=bb,
            mentions=_mentions(b2, [(JPN, "Japan"), (VNM, "Vietnam"), (RUS, "Russia"), (UKR, "Ukraine")]),
            events=[
                _event(b2, bb, 0, "CONSULT", "host", "043", 2.8, 1, JPN, VNM, "hosted", "Japan", "Vietnam",
                       "2024-03-05", TOKYO, "consult.host"),
                _event(b2, bb, 1, "ACCUSE", None, "112", -2.0, 3, RUS, UKR, "accused", "Russia", "Ukraine",
                       "2024-02", None, "accuse.accuse", context=("military",)),
            ],
        ),
        ArticleResult(
            article=x3, sentences=bx,
            mentions=_mentions(x3, [(VNM, "Vietnam"), (CHL, "Chile")]),
            events=[_event(x3, bx, 0, "CONSULT", None, "040", 1.0, 1, VNM, CHL, "talks", "Vietnam", "Chile",
                           "2024-03-04", SANTIAGO, "consult.talks")],
        ),
    ]
    return results


def build_db(path: Path) -> Path:
    from communique.store import Store

    with Store.open(str(path)) as store:
        for result in sample_results():
            store.add_result(result)
        store.finish_batch()
    return path
