"""The lead (standfirst) under the headline, found through the page's own description.

trafilatura often skips the lead because it sits in the article header, not
the body container; yet it carries the key facts. A page's meta description
usually repeats the lead, so a visible element whose text starts like the
description is the lead. Example input: ``<meta name="description"
content="Kurz vor der Betriebsversammlung mehren sich Spekulationen …">`` and
``<p class="intro">Kurz vor der Betriebsversammlung mehren sich Spekulationen,
dass …</p>`` → that paragraph's text.
"""

from __future__ import annotations

from lxml.html import HtmlElement

PROBE_CHARS = 50
MIN_LEAD_CHARS = 60
MAX_LEAD_CHARS = 1000
_BLOCKS = {"p", "div", "section", "header", "h2", "h3", "span", "strong", "b", "em", "td", "li"}
_SKIP = {"script", "style", "noscript", "head", "title", "meta", "template", "textarea"}


def find_lead(tree: HtmlElement, description: str | None) -> str | None:
    """The visible text that the description quotes, or None when the page does not show it."""
    description = " ".join((description or "").split()).rstrip(".…").rstrip()
    if len(description) < MIN_LEAD_CHARS:
        return None
    probe = description[:PROBE_CHARS]
    body = tree.find("body")
    if body is None:
        return None
    for element in body.iter():
        if not isinstance(element.tag, str) or element.tag in _SKIP or not element.text:
            continue
        if probe not in " ".join(element.text.split()):
            continue
        if any(a.tag in _SKIP or a.tag in ("a", "nav", "footer", "aside") for a in element.iterancestors()):
            continue
        block = element if element.tag in _BLOCKS else element.getparent()
        text = " ".join(block.text_content().split())
        if MIN_LEAD_CHARS <= len(text) <= MAX_LEAD_CHARS and text.startswith(probe):
            return text
    return None

