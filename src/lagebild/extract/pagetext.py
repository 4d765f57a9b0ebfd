"""Flattened page text → Article: the body without page furniture, plus what the furniture says.

Input is what a browser copy or a plain-text dump of a news page gives:
skip links, captions and credits, headline, teaser, byline, body with
crossheads, footer links, all as lines. Plain article text without any
furniture passes through as body. Example input::

    zum Hauptinhalt
    Kim-Putin-Gipfel in Wladiwostok: Nur ein taktischer Erfolg
    Zum ersten Mal haben sich … getroffen. Ein Kommentar.
    Nach dem Gipfel von Wladiwostok …
    Benedikt Voigt
    Zur Startseite
"""

from __future__ import annotations

from ..errors import NoArticleText
from ..model import Article, Caption, RawDocument
from .blocks import normalise_line, split_blocks
from .layout import read_layout
from .paragraphs import join_paragraphs


def extract_pagetext(raw: RawDocument) -> Article:
    """Separate page furniture from the article; raises NoArticleText when no body is left."""
    blocks = split_blocks(raw.content)
    if not blocks:
        raise NoArticleText(raw.source, "the text is empty")
    known_title = normalise_line(raw.title) if raw.title and raw.title.strip() else None
    layout = read_layout(blocks, known_title=known_title)
    if not layout.paragraphs:
        raise NoArticleText(raw.source, "only page furniture (navigation, captions, footer links) was found")
    text, headings = join_paragraphs(layout.paragraphs)
    return Article(
        text=text, source=raw.source, url=raw.url, title=layout.title, teaser=layout.teaser,
        genre=layout.genre, authors=layout.authors, published=raw.published or _first(layout.dates),
        captions=[Caption(caption, credit) for caption, credit in layout.captions],
        dateline=layout.dateline, headings=headings,
    )


def _first(dates: list[str]) -> str | None:
    return dates[0] if dates else None
