"""Flattened page text → Article (placeholder until the furniture rules land)."""

from __future__ import annotations

from ..errors import NoArticleText
from ..model import Article, RawDocument


def extract_pagetext(raw: RawDocument) -> Article:
    text = raw.content.strip()
    if not text:
        raise NoArticleText(raw.source, "the text is empty")
    return Article(text=text, source=raw.source, url=raw.url, published=raw.published, title=raw.title)
