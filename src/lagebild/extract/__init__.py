"""Extraction: a RawDocument becomes an Article with its body text and page metadata."""

from __future__ import annotations

from ..model import Article, RawDocument
from .html import extract_html
from .pagetext import extract_pagetext


def extract_article(raw: RawDocument) -> Article:
    """Dispatch on the document kind; raises :class:`~lagebild.errors.NoArticleText` when no body is found."""
    if raw.kind == "html":
        return extract_html(raw)
    return extract_pagetext(raw)
