"""HTML pages → Article: body text with trafilatura, metadata from structured data, captions.

trafilatura finds the main content (precision first, retried with looser
settings when that keeps only a stub); lagebild then rebuilds the text block
by block, so crossheads get exact offsets, and repairs what trafilatura
tends to get wrong on news pages: reader prompts and captions left in the
body, link teasers at its end, articles split into sibling chunks, and the
lead (standfirst) that sits outside the body container. Authors and dates
come from JSON-LD and meta tags before visible bylines and trafilatura's
guesses, and only names that look like a person survive. Example input: a
news page whose ``<article>`` holds ``<h1>``, a ``<figure>`` with
``<figcaption>… Foto: dpa</figcaption>``, paragraphs and an ``<h2>`` crosshead
→ Article(text="First paragraph…\\n\\nCrosshead\\n\\n…", headings=[Span(…,
"Crosshead")], captions=[Caption(…, "dpa")]).
"""

from __future__ import annotations

from html import unescape

from lxml.etree import ParserError
from lxml.html import HtmlElement
from trafilatura import bare_extraction
from trafilatura.metadata import extract_metadata
from trafilatura.settings import Document
from trafilatura.utils import load_html
from trafilatura.xml import xmltotxt

from ..errors import NoArticleText
from ..model import Article, RawDocument
from .authors import clean_authors
from .boilerplate import is_boilerplate
from .byline import find_byline
from .captions import find_captions
from .chunks import continuation
from .lead import PROBE_CHARS, find_lead
from .metadata import PageMetadata, iso_day, read_metadata
from .paragraphs import join_paragraphs

# trafilatura settings tried in turn: precision first; a result shorter than SHORT_BODY_CHARS is
# retried with the next setting, and the retry wins when it is RETRY_GAIN times longer (the
# stricter pass kept only a stub, e.g. a reprint notice or the site's slogan).
PASSES: tuple[dict[str, bool], ...] = ({"favor_precision": True}, {}, {"favor_recall": True})
SHORT_BODY_CHARS = 1000
RETRY_GAIN = 3.0
MAX_GUESSED_AUTHORS = 3
# A body needs this many words outside headings and lists; less is a menu or a teaser grid.
MIN_PROSE_WORDS = 10
_OPTIONS = {"include_comments": False, "include_tables": True}
# A trailing paragraph of this length that is exactly a link's text is a teaser for another story.
MIN_TEASER_CHARS = 20
MAX_TEASER_CHARS = 250


def extract_html(raw: RawDocument) -> Article:
    """The article in ``raw.content``; raises NoArticleText when the page has no body text."""
    tree = _parse(raw)
    blocks = _body_blocks(tree, raw.url, PASSES[0])
    for setting in PASSES[1:]:
        if _length(blocks) >= SHORT_BODY_CHARS:
            break
        retry = _body_blocks(tree, raw.url, setting)
        if _length(retry) > RETRY_GAIN * max(1, _length(blocks)):
            blocks = retry
    if not blocks:
        raise NoArticleText(raw.source, "no article body found in the HTML page")
    known = " ".join(" ".join(text.split()) for _, text in blocks)
    blocks.extend((False, text) for text in continuation(tree, blocks[-1][1], known) if not is_boilerplate(text))
    page = read_metadata(tree)
    # The lead carries the story's key facts, so it is body text as well as the teaser.
    teaser = find_lead(tree, page.description)
    if teaser and not _contains(blocks, teaser):
        blocks.insert(0, (False, teaser))
    text, headings = join_paragraphs((text, heading) for heading, text in blocks)
    meta = _describe(tree, raw, page)
    return Article(text=text, source=raw.source, url=meta.url, publisher=meta.publisher, title=meta.title,
                   authors=meta.authors, published=meta.published, captions=find_captions(tree),
                   headings=headings, teaser=teaser)


def _describe(tree: HtmlElement, raw: RawDocument, page: PageMetadata) -> PageMetadata:
    """What the caller gave wins, then structured data, then a visible byline, then trafilatura's guesses.

    trafilatura's metadata pass (dates via htmldate, bylines, titles) costs about a quarter of
    the extraction time, so it runs only for what structured data left open.
    """
    guessed: list[Document] = []

    def guess() -> Document:
        if not guessed:
            guessed.append(extract_metadata(tree, raw.url))
        return guessed[0]

    publisher = page.publisher or guess().sitename
    # A byline guess is used only when it names few people (a long list is a staff box).
    authors = clean_authors(page.authors, publisher=publisher, url=raw.url)
    if not authors:
        authors = clean_authors([find_byline(tree) or ""], publisher=publisher, url=raw.url)
    if not authors:
        authors = clean_authors((guess().author or "").split(";"), publisher=publisher, url=raw.url)
        authors = authors if len(authors) <= MAX_GUESSED_AUTHORS else []
    return PageMetadata(
        authors=authors,
        published=raw.published or page.published or iso_day(guess().date),
        publisher=unescape(publisher) if publisher else None,
        url=raw.url or page.url or guess().url,
        title=raw.title or page.title or unescape(guess().title or "") or None,
    )


def _parse(raw: RawDocument) -> HtmlElement:
    try:
        tree = load_html(raw.content)
    except (ParserError, ValueError) as err:  # lxml gives up on some broken pages
        raise NoArticleText(raw.source, f"the HTML page cannot be parsed ({err})") from err
    if tree is None:
        raise NoArticleText(raw.source, "the HTML page is empty or cannot be parsed")
    return tree


def _contains(blocks: list[tuple[bool, str]], lead: str) -> bool:
    probe = " ".join(lead.split())[:PROBE_CHARS]
    return any(probe in " ".join(text.split()) for _, text in blocks)


def _length(blocks: list[tuple[bool, str]]) -> int:
    return sum(len(text) for _, text in blocks)


def _body_blocks(tree: HtmlElement, url: str | None, setting: dict[str, bool]) -> list[tuple[bool, str]]:
    """(is_heading, text) for each block trafilatura keeps, reader prompts dropped; [] for a menu."""
    doc = bare_extraction(tree, url=url, **setting, **_OPTIONS)
    if doc is None or doc.body is None:
        return []
    blocks = []
    for element in doc.body:
        # The page title (h1) is Article.title, not a crosshead of the body.
        if element.tag == "head" and element.get("rend") == "h1":
            continue
        text = xmltotxt(element, False).strip()
        if text and not is_boilerplate(text):
            blocks.append((element.tag, text))
    # Paragraphs that are a single link, at the end of the body, are teasers for other stories.
    links = link_texts(tree) if blocks and len(blocks[-1][1]) <= MAX_TEASER_CHARS else set()
    while blocks and _squash(blocks[-1][1]) in links:
        blocks.pop()
    prose_words = sum(len(text.split()) for tag, text in blocks if tag not in ("head", "list"))
    return [(tag == "head", text) for tag, text in blocks] if prose_words >= MIN_PROSE_WORDS else []


def _squash(text: str) -> str:
    return " ".join(text.split())


def link_texts(tree: HtmlElement) -> set[str]:
    """Texts of the page's links long enough to be a headline."""
    return {text for a in tree.iter("a") if len(text := _squash(a.text_content())) >= MIN_TEASER_CHARS}
