"""Views: each takes the store and request parameters and returns one plain dict.

The HTML page and its JSON twin (`/api/...`) are both built from the dict a view returns, so
page and API never drift apart. Nothing here renders HTML; highlighting is returned as a list
of text segments with labels, and the templates escape every segment.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

PAGE_SIZE = 50
EVENT_SORTS = ("date", "-date", "sources")


class NotFound(LookupError):
    """A record asked for by id does not exist; the app turns it into a 404."""


# ---------------------------------------------------------------------------- helpers

def segments(text: str, spans: list[tuple[int, int, str]]) -> list[dict[str, Any]]:
    """Cut ``text`` at every span boundary; each piece lists the labels of the spans covering it.

    ``spans`` are (start, end, label) in character offsets of ``text``. Out-of-range and empty
    spans are dropped. Overlapping spans are fine: a piece covered by two spans carries both labels.
    """
    n = len(text)
    clean = [(max(0, s), min(n, e), label) for s, e, label in spans
             if s is not None and e is not None and s < e and s < n and e > 0]
    cuts = sorted({0, n, *(s for s, _, _ in clean), *(e for _, e, _ in clean)})
    out = []
    for start, end in zip(cuts, cuts[1:]):
        labels = sorted({label for s, e, label in clean if s <= start and end <= e})
        out.append({"text": text[start:end], "start": start, "end": end, "labels": labels})
    return out


def _pair_of(event: dict[str, Any]) -> list[str] | None:
    a = (event.get("source") or {}).get("country")
    b = (event.get("target") or {}).get("country")
    if a and b and a != b:
        return sorted([a, b])
    return None


def _event_row(e: dict[str, Any]) -> dict[str, Any]:
    """The fields an events list shows, plus links; the full record stays under `event`."""
    return {**e, "pair": _pair_of(e), "link_id": e.get("merged_id") or e.get("event_id")}


def _sentence_offset(article: dict[str, Any] | None, sentence: str | None, spans: dict[str, Any] | None,
                     sentence_index: int | None = None) -> int | None:
    """Where ``sentence`` starts in the article body: spans are body offsets, the sentence is shown alone."""
    article = article or {}
    body = article.get("body")
    if not body or not sentence:
        return None
    bounds = article.get("sentences") or []
    if sentence_index is not None and 0 <= sentence_index < len(bounds):
        start = bounds[sentence_index][0]
        if body[start:start + len(sentence)] == sentence:
            return start
    trig = (spans or {}).get("trigger")
    start = body.find(sentence)
    if trig and start >= 0 and not (start <= trig[0] <= start + len(sentence)):
        # the same sentence twice in one article: take the copy that holds the trigger
        around = body.find(sentence, max(0, trig[0] - len(sentence)))
        start = around if around >= 0 else start
    return start if start >= 0 else None


def sentence_segments(sentence: str, spans: dict[str, Any] | None, offset: int | None) -> list[dict[str, Any]]:
    """Highlight trigger, source and target in a sentence, given the sentence's offset in the body."""
    marks = []
    for label, span in (spans or {}).items():
        if not span or len(span) != 2:
            continue
        if offset is not None:
            marks.append((span[0] - offset, span[1] - offset, label))
        elif span[1] <= len(sentence):  # spans already relative to the sentence
            marks.append((span[0], span[1], label))
    return segments(sentence, marks)


# ---------------------------------------------------------------------------- views

def overview(store) -> dict[str, Any]:
    """Counted in the database (GROUP BY), so it costs the same for a thousand events or millions."""
    by_month: dict[str, dict[str, int]] = defaultdict(dict)
    types: Counter = Counter()
    for row in store.event_counts(by=("month", "type")):
        month = row["month"] or "undated"
        by_month[month][row["type"]] = row["n"]
        types[row["type"]] += row["n"]
    months = sorted(m for m in by_month if m != "undated") + (["undated"] if "undated" in by_month else [])
    timeline = [{"month": m, "counts": by_month[m], "total": sum(by_month[m].values())} for m in months]
    return {
        "title": "Overview",
        "n_events": sum(types.values()),
        "n_articles": store.counts()["articles"],
        "types": [{"type": t, "n": n} for t, n in sorted(types.items(), key=lambda tn: (-tn[1], str(tn[0])))],
        "timeline": timeline,
        "top_pairs": store.pair_counts(limit=10),
        "latest_stories": store.stories(latest_first=True, limit=10),
    }


def events_list(store, *, country=None, actor=None, pair=None, type=None, status=None, since=None, until=None,
                text=None, sort="date", page=1, per_page=PAGE_SIZE) -> dict[str, Any]:
    if sort not in EVENT_SORTS:
        sort = "date"
    page = max(1, page)
    per_page = max(1, min(per_page, 500))
    pair_list = [p.upper() for p in pair.replace("-", " ").replace(",", " ").split()] if pair else None
    if pair_list is not None and len(pair_list) != 2:
        pair_list = None
    filters = {"country": country or None, "actor": actor or None, "pair": pair_list, "type": type or None,
               "status": status or None, "since": since or None, "until": until or None, "text": text or None}
    rows = store.events(**filters, limit=per_page + 1, offset=(page - 1) * per_page, sort=sort)
    has_next = len(rows) > per_page
    return {
        "title": "Events",
        "filters": {**filters, "pair": "-".join(pair_list) if pair_list else None},
        "sort": sort,
        "sorts": list(EVENT_SORTS),
        "page": page,
        "per_page": per_page,
        "has_next": has_next,
        "items": [_event_row(e) for e in rows[:per_page]],
    }


def event_detail(store, event_id: str) -> dict[str, Any]:
    event = store.event(event_id)
    if event is None:
        raise NotFound(f"no event {event_id}")
    sources = []
    for detail in event.get("source_details") or []:
        sentence = detail.get("sentence") or (event.get("sentence") if detail.get("doc_id") == event.get("doc_id") else None)
        spans = detail.get("spans") or (event.get("spans") if detail.get("doc_id") == event.get("doc_id") else None)
        offset = None
        if sentence and spans:
            offset = _sentence_offset(store.article(detail["doc_id"]), sentence, spans, detail.get("sentence_index"))
        sources.append({**detail, "sentence": sentence,
                        "segments": sentence_segments(sentence, spans, offset) if sentence else []})
    return {
        "title": f"{event.get('type')} {event.get('mode') or ''}".strip(),
        "event": {k: v for k, v in event.items() if k != "source_details"},
        "pair": _pair_of(event),
        "sources": sources,
    }


def article_detail(store, doc_id: str) -> dict[str, Any]:
    article = store.article(doc_id)
    if article is None:
        raise NotFound(f"no article {doc_id}")
    body = article.get("body") or ""
    marks = [(m["start"], m["end"], "actor") for m in article.get("mentions") or []]
    events = article.get("events") or []
    for e in events:
        if e.get("doc_id") == doc_id:
            trig = (e.get("spans") or {}).get("trigger")
            if trig:
                marks.append((trig[0], trig[1], "trigger"))
    return {
        "title": article.get("title") or doc_id,
        "article": {k: v for k, v in article.items() if k not in ("events", "mentions")},
        "mentions": article.get("mentions") or [],
        "segments": segments(body, marks),
        "items": [_event_row(e) for e in events],
    }


def articles_list(store, *, page=1, per_page=PAGE_SIZE) -> dict[str, Any]:
    page = max(1, page)
    rows = store.articles(limit=per_page + 1, offset=(page - 1) * per_page)
    items = [{k: v for k, v in a.items() if k != "body"} for a in rows[:per_page]]
    return {"title": "Articles", "page": page, "per_page": per_page, "has_next": len(rows) > per_page, "items": items}


def pair_detail(store, a: str, b: str) -> dict[str, Any]:
    a, b = sorted([a.upper(), b.upper()])
    relations = store.relations(a, b)
    events = store.events(pair=[a, b])
    return {"title": f"{a} – {b}", "a": a, "b": b, "relations": relations,
            "items": [_event_row(e) for e in events]}


def pairs_list(store) -> dict[str, Any]:
    return {"title": "Country pairs", "items": store.pairs()}


def actors_list(store) -> dict[str, Any]:
    return {"title": "Actors", "items": store.actors()}


def actor_detail(store, name: str) -> dict[str, Any]:
    actor = store.actor(name)
    if actor is None:
        raise NotFound(f"no actor {name}")
    events = actor.get("events") or []
    return {"title": actor.get("name") or name, "actor": {k: v for k, v in actor.items() if k != "events"},
            "items": [_event_row(e) for e in events]}


def agreements_list(store) -> dict[str, Any]:
    return {"title": "Agreements", "items": store.agreements()}


def stories_list(store) -> dict[str, Any]:
    return {"title": "Stories", "items": store.stories()}


def story_detail(store, story_id: str) -> dict[str, Any]:
    story = store.story(story_id)
    if story is None:
        raise NotFound(f"no story {story_id}")
    events = story.get("events") or []
    return {"title": story.get("title") or story_id,
            "story": {k: v for k, v in story.items() if k != "events"},
            "items": [_event_row(e) for e in events]}


def network(store) -> dict[str, Any]:
    """Countries as nodes, pairs as edges weighted by events; colour by cooperation vs conflict."""
    edges = []
    degree: Counter = Counter()
    for p in store.pair_counts():
        a, b = p["dyad"]
        n, coop, conflict = p.get("n_events") or 0, p.get("n_coop") or 0, p.get("n_conflict") or 0
        edges.append({"source": a, "target": b, "n_events": n, "n_coop": coop, "n_conflict": conflict,
                      "tone": "cooperation" if coop >= conflict else "conflict"})
        degree[a] += n
        degree[b] += n
    nodes = [{"id": c, "n_events": n} for c, n in degree.most_common()]
    return {"title": "Network of country interactions", "nodes": nodes, "items": edges}


def event_map(store) -> dict[str, Any]:
    """One point per place (lat/lon), with its events counted by quad (counted in the database)."""
    return {"title": "Map of event places", "items": store.place_counts(max_ids=20)}
