"""`communique extract --explain`: per sentence, which rules matched, the arguments found, the
factuality cue, and why an event was or was not emitted."""
from __future__ import annotations

from typing import Any, TextIO

from .model import ArticleResult


def _short(text: str, width: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _line(entry: dict[str, Any]) -> str:
    kind = entry.get("kind")
    if kind == "rule_not_matched":
        return f"    · {entry.get('rule')}: '{entry.get('token')}' not matched ({entry.get('why')})"
    mark = "✓" if entry.get("emitted") else "✗"
    parts = [f"    {mark} {entry.get('rule')} on '{entry.get('trigger')}'"]
    if entry.get("frame"):
        parts.append(f"frame={entry['frame']}")
    src = entry.get("source")
    tgt = entry.get("target")
    if src is not None:
        parts.append(f"source={', '.join(src) or '-'}")
    if tgt is not None:
        parts.append(f"target={', '.join(tgt) or '-'}")
    if entry.get("target_how"):
        parts.append(f"target from {entry['target_how']}")
    if entry.get("status"):
        cue = f" ({entry['cue']})" if entry.get("cue") else ""
        parts.append(f"status={entry['status']}{cue}")
    if entry.get("date"):
        parts.append(f"date={entry['date']} [{entry.get('date_how')}]")
    line = " ".join(parts)
    why = entry.get("why")
    if entry.get("emitted"):
        return f"{line} -> {entry.get('type')} {entry.get('cameo')} {entry.get('event_id')}"
    return f"{line} -> not emitted: {why}"


def write_explanation(result: ArticleResult, out: TextIO) -> None:
    """Print the trace of one coded article, sentence by sentence."""
    art = result.article
    out.write(f"== {art.doc_id}  published={art.published or '?'}"
              f"{' (inferred)' if art.published_inferred else ''}  dateline={art.dateline or '-'}\n")
    by_sentence: dict[int, list[dict[str, Any]]] = {}
    for entry in result.trace:
        by_sentence.setdefault(int(entry.get("sentence_index", -1)), []).append(entry)
    body = art.body
    for si, (start, end) in enumerate(result.sentences):
        entries = by_sentence.get(si)
        if not entries:
            continue
        out.write(f"[{si}] {_short(body[start:end])}\n")
        for entry in entries:
            out.write(_line(entry) + "\n")
    mentions = len(result.mentions)
    out.write(f"-- {len(result.events)} events, {len(result.agreements)} agreements, {mentions} actor mentions\n\n")
