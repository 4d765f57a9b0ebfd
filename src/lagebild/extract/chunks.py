"""Article bodies split into sibling chunks (ads between them) that trafilatura reads only in part.

Some sites cut the body into several containers of the same kind, e.g.
``<div class="body-chunk"><p>…</p></div><div class="ad"/><div class="body-chunk"><p>…</p></div>``;
trafilatura picks the first. Later siblings with the same tag and class as
the container of the last extracted paragraph continue the article, so their
paragraphs are appended. Example input: the markup above, where trafilatura
kept only the first chunk → the paragraphs of the second chunk.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

PROBE_CHARS = 40
MIN_PARAGRAPH_CHARS = 40
MAX_LEVELS = 4
MAX_GROWTH = 3.0
MAX_LINK_SHARE = 0.3
_NOT_BODY = re.compile(r"author|bio|comment|related|promo|newsletter|share|social|teaser|card", re.IGNORECASE)


def continuation(tree: HtmlElement, last_block: str, known: str) -> list[str]:
    """Paragraph texts of later sibling chunks, in page order; [] when the body is not chunked."""
    probe = " ".join(last_block.split())[:PROBE_CHARS]
    if len(probe) < PROBE_CHARS:
        return []
    anchor = next((p for p in tree.iter("p") if " ".join(p.text_content().split()).startswith(probe)), None)
    if anchor is None:
        return []
    container = anchor.getparent()
    for _ in range(MAX_LEVELS):
        if container is None or container.getparent() is None:
            return []
        kind = (container.tag, container.get("class"))
        if kind[1] and not _NOT_BODY.search(kind[1]):
            siblings = [s for s in container.itersiblings() if (s.tag, s.get("class")) == kind]
            paragraphs = [text for s in siblings if _is_prose(s)
                          for text in _paragraphs(s) if text[:PROBE_CHARS] not in known]
            if paragraphs:
                # More than the body again several times over is a list of other stories.
                return paragraphs if sum(map(len, paragraphs)) <= MAX_GROWTH * len(known) else []
        container = container.getparent()
    return []


def _is_prose(chunk: HtmlElement) -> bool:
    """A chunk of article text: few links, no story headlines, not an author box or comment form."""
    if _NOT_BODY.search(chunk.get("class") or "") or next(chunk.iter("h1", "h2", "h3", "form"), None) is not None:
        return False
    text = len(" ".join(chunk.text_content().split()))
    linked = sum(len(" ".join(a.text_content().split())) for a in chunk.iter("a"))
    return text > 0 and linked / text <= MAX_LINK_SHARE


def _paragraphs(chunk: HtmlElement) -> list[str]:
    texts = (" ".join(p.text_content().split()) for p in chunk.iter("p"))
    return [text for text in texts if len(text) >= MIN_PARAGRAPH_CHARS]
