"""HTML pages (.html, .htm): the article text via trafilatura, with figure captions kept.

Nothing is fetched: the page is given as bytes. trafilatura drops ``<figcaption>``, so each figure
is first replaced by a paragraph holding its caption, which the cleaner then marks as a caption.
"""
from __future__ import annotations

import re

from ..errors import InputError
from ..model import Article
from .article import build_article
from .encoding import decode


def _promote_captions(html: str) -> tuple[str, list[str]]:
    """The page with every figure replaced by a <p> of its caption, and the captions."""
    import lxml.html
    from lxml import etree

    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return html, []
    captions = []
    for caption in tree.iter("figcaption"):
        text = " ".join(caption.text_content().split())
        if not text:
            continue
        figure = caption.getparent()
        while figure is not None and figure.tag != "figure":
            figure = figure.getparent()
        target = figure if figure is not None else caption
        paragraph = etree.Element("p")
        paragraph.text = text
        paragraph.tail = target.tail
        parent = target.getparent()
        if parent is None:
            continue
        parent.replace(target, paragraph)
        captions.append(text)
    return lxml.html.tostring(tree, encoding="unicode"), captions


def extract_html(html: str) -> tuple[str | None, dict[str, str | None], list[str]]:
    """(article text, page metadata, figure captions) of a page."""
    import trafilatura

    prepared, captions = _promote_captions(html)
    text = trafilatura.extract(prepared, include_comments=False, include_tables=False, include_images=False,
                               include_links=False, output_format="txt",
                               date_extraction_params={"extensive_search": False, "original_date": True})
    meta = trafilatura.extract_metadata(html, extensive=False)
    info = {
        "title": getattr(meta, "title", None),
        "date": getattr(meta, "date", None),
        "sitename": getattr(meta, "sitename", None),
        "author": getattr(meta, "author", None),
        "url": getattr(meta, "url", None),
    }
    return text, info, captions


def read_html(data: bytes, *, where: str, doc_id: str, source_path: str | None = None,
              published: str | None = None) -> Article:
    """One article from the bytes of an HTML page; ``InputError`` when it holds no article text."""
    html, _encoding = decode(data, where)
    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html)   # lxml refuses text that still declares its encoding
    if not re.search(r"<\s*(?:html|body|p|div|article|h1)\b", html, re.I):
        raise InputError(where, "no article text: not an HTML page")
    text, info, captions = extract_html(html)
    if not text or not text.strip():
        raise InputError(where, "no article text: the page holds no article body")
    # trafilatura puts one paragraph per line; the rest of communique separates them by a blank line.
    text = "\n\n".join(line for line in text.split("\n") if line.strip())
    date = info["date"] if info["date"] and re.fullmatch(r"\d{4}-\d\d-\d\d", info["date"]) else None
    return build_article(text, doc_id=doc_id, where=where, source_path=source_path, title=info["title"],
                         published=date, outlet=info["sitename"], byline=info["author"], url=info["url"],
                         override_published=published, captions=captions)
