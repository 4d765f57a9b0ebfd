"""HTML pages → Article, with trafilatura (placeholder until the extraction work lands)."""

from __future__ import annotations

import trafilatura

from ..errors import NoArticleText
from ..model import Article, RawDocument


def extract_html(raw: RawDocument) -> Article:
    doc = trafilatura.bare_extraction(raw.content, url=raw.url, with_metadata=True)
    if doc is None or not (doc.text or "").strip():
        raise NoArticleText(raw.source, "no article body found in the HTML page")
    return Article(text=doc.text, source=raw.source, url=raw.url or doc.url, title=doc.title,
                   publisher=doc.sitename, published=raw.published or doc.date,
                   authors=[a.strip() for a in (doc.author or "").split(";") if a.strip()])
