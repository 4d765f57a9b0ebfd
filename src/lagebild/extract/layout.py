"""Where the article sits on a flattened page: header, body, footer.

Every block (line) first gets a kind (:mod:`.kinds`); then the page is
read as a layout: the header runs up to the first paragraph that reads like
prose; its last headline-shaped line is the title, what follows it the
teaser; the body runs until a footer cue ("Zur Startseite"); headline-shaped
lines inside the body are crossheads, and those trailing after the last
paragraph are bylines or leftover links. Example page, top to bottom:
skip link, caption, credit, headline, teaser ending "Ein Kommentar.",
paragraphs, crosshead, paragraphs, author's name, "Zur Startseite".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import furniture as f
from .dateline import inner_dateline, leading_dateline
from .dates import find_date
from .kinds import (
    BYLINE,
    CAPTION,
    CREDIT,
    DATE,
    FOOTER,
    GENRE,
    RELATED,
    SKIP,
    TEXT,
    Block,
    attach_credits,
    body_like,
    classify,
    join_split_bylines,
    next_text,
)
from .region import WALL, densest_run

# Under a related-stories cue, prose up to this length is a linked story's teaser.
_LINK_TEASER = 250
# How many lines above the body the headline is looked for.
_TITLE_WINDOW = 15
# How far above the headline a genre label or byline (and a picture caption) may stand; a date
# line counts anywhere above the body.
_LABEL_REACH = 3
_CAPTION_REACH = 8
# Furniture that may sit between a teaser and the body.
_BETWEEN_TEASER_AND_BODY = {DATE, BYLINE, GENRE, CAPTION, CREDIT}


@dataclass
class Layout:
    """What the page says around the body, and the body's paragraphs (crossheads flagged)."""

    paragraphs: list[tuple[str, bool]] = field(default_factory=list)   # (text, is_heading)
    title: str | None = None
    teaser: str | None = None
    genre: str | None = None
    authors: list[str] = field(default_factory=list)
    captions: list[tuple[str, str | None]] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    dateline: str | None = None

    def add_authors(self, names: list[str]) -> None:
        for name in names:
            if name not in self.authors:
                self.authors.append(name)


def read_layout(texts: list[str], *, known_title: str | None = None) -> Layout:
    blocks = attach_credits(join_split_bylines([classify(t) for t in texts]))
    layout = Layout()
    run = _body_run(blocks)
    if run is None:
        return layout
    start, lead = _read_header(blocks, run, layout, known_title=known_title)
    _read_body(blocks, start, run[1], layout, lead=lead)
    if not layout.dates:
        layout.dates += _date_near_body(blocks, run)
    return layout


def _date_near_body(blocks: list[Block], run: tuple[int, int]) -> list[str]:
    """No date line of its own: the date in a short line closest above the body, else right below it.

    ``"Von Felix Berg // 1. November 2023"`` or ``"Veröffentlicht am: 28. Oktober 2023 | 3 Kommentare"``.
    """
    above = range(run[0] - 1, max(-1, run[0] - 1 - _TITLE_WINDOW), -1)
    below = range(run[1] + 1, min(len(blocks), run[1] + 1 + _TITLE_WINDOW))
    for i in [*above, *below]:
        if len(blocks[i].text) <= 100 and blocks[i].kind != CAPTION:
            found = find_date(blocks[i].text)
            if found:
                return [found[0]]
    return []


def _body_run(blocks: list[Block]) -> tuple[int, int] | None:
    """First and last block of the article body (before teaser detection)."""
    run = densest_run(_weights(blocks))
    if run is not None:
        first, last = run
        while last + 1 < len(blocks) and blocks[last + 1].kind == TEXT and f.ends_sentence(blocks[last + 1].text):
            last += 1  # a short closing sentence: "Die Gespräche gehen weiter."
        return first, last
    texts = [i for i, b in enumerate(blocks) if b.kind == TEXT]
    if not texts:
        return None
    sentence = next((i for i in texts if f.ends_sentence(blocks[i].text)), None)
    if sentence is not None:
        return sentence, len(blocks) - 1
    # Only short lines without a sentence: one line is the body; otherwise the first is its headline.
    return (texts[0] if len(texts) == 1 else texts[1]), len(blocks) - 1


def _weights(blocks: list[Block]) -> list[float]:
    """Prose counts its length; headline-shaped lines and furniture cost a little; footer cues are walls.

    A menu line costs more than a link under "Mehr zum Thema", so that forty menu entries keep the
    article apart while a short list of links inside it does not split it.
    """
    weights: list[float] = []
    in_links = False
    for i, block in enumerate(blocks):
        if block.kind == FOOTER:
            weights.append(WALL)
        elif block.kind == RELATED:
            in_links = f.bare_cue(block.text)
            weights.append(-20.0)
        elif block.kind != TEXT:
            weights.append(-10.0)
        elif in_links and _link_item(blocks, i):
            weights.append(-10.0)
        elif body_like(block.text) and not _question_over_prose(blocks, i):
            in_links = False
            weights.append(float(len(block.text)))
        elif f.ends_sentence(block.text):
            weights.append(-5.0)  # a short sentence: "Warum?" in an interview
        else:
            weights.append(-40.0)
    return weights


def _question_over_prose(blocks: list[Block], i: int) -> bool:
    """A one-line question above prose is a headline (``"Droht ein neuer Handelskrieg?"``)."""
    if not f.question_headline(blocks[i].text):
        return False
    before = next((blocks[j] for j in range(i - 1, -1, -1) if blocks[j].kind == TEXT), None)
    if before is not None and f.headline_like(before.text):
        return False  # the headline is already above: this is the first question of an interview
    nxt = next_text(blocks, i + 1)
    return nxt < len(blocks) and body_like(blocks[nxt].text) and not f.question_headline(blocks[nxt].text)


def _read_header(blocks: list[Block], run: tuple[int, int], layout: Layout, *,
                 known_title: str | None) -> tuple[int, list[str]]:
    """Title, teaser, bylines and dates above the body.

    Returns where the body begins, and prose found above it that belongs to the body: without a
    headline, a short opening sentence (``"Es ist vorbei."``) is text, not furniture.
    """
    start = run[0]
    positions = [i for i in range(start) if blocks[i].kind == TEXT]
    header = [blocks[i] for i in positions]
    title_at = _pick_title(header, known_title)
    # Furniture near the headline is the article's; further up it belongs to menus and other stories.
    top = positions[title_at] if title_at is not None else max(0, start - _TITLE_WINDOW)
    for i in range(start):
        kind = blocks[i].kind
        if kind == DATE or i >= top - (_CAPTION_REACH if kind == CAPTION else _LABEL_REACH):
            _take_furniture(blocks[i], layout)
    layout.dates.reverse()  # the date line closest above the body is the article's
    layout.title = header[title_at].text if title_at is not None else known_title
    if known_title and (layout.title is None or layout.title.casefold() not in known_title.casefold()):
        layout.title = known_title  # the page's headline differs: the source's title wins
    lead = [] if title_at is not None else (
        [b.text for b in header] if len(header) == start else _opening_sentences(header))
    teaser_parts = []
    for j, block in enumerate(header):
        if title_at is None or j <= title_at:
            continue
        name = f.name_line(block.text)
        if name:
            layout.add_authors([name])
        elif f.single_question(block.text) and not teaser_parts:
            lead.append(block.text)  # an interview's first question, not a standfirst
        elif lead:
            lead.append(block.text)
        elif f.word_count(block.text) >= 3 and (not f.title_like(block.text) or f.word_count(block.text) >= 5):
            teaser_parts.append(block.text)
    if teaser_parts:
        layout.teaser = " ".join(teaser_parts)
    elif not lead and _is_teaser(blocks[:run[1] + 1], start, has_title=layout.title is not None):
        layout.teaser = blocks[start].text
        nxt = next_text(blocks, start + 1)
        for block in blocks[start + 1:nxt]:
            _take_furniture(block, layout)
        start = nxt
    if layout.title and not known_title:
        prefixed = f.genre_prefix(layout.title)
        if prefixed:
            layout.genre = layout.genre or prefixed[0]
            layout.title = prefixed[1]
    if layout.teaser and layout.title and _squeezed(layout.teaser) == _squeezed(layout.title):
        layout.teaser = None  # the headline printed twice ("Ort : Titel" in a second spelling)
    if layout.teaser:
        suffix = f.genre_suffix(layout.teaser)
        if suffix:
            layout.genre = layout.genre or suffix[0]
            layout.teaser = suffix[1]
            layout.add_authors(suffix[2])
    return start, lead


def _opening_sentences(header: list[Block]) -> list[str]:
    """Without a headline, short sentences right above the prose open the body: ``"Es ist vorbei."``.

    (A plain text with no furniture at all keeps every line above its prose; see the caller.)
    """
    lead: list[str] = []
    for block in reversed(header[-3:]):
        if not f.ends_sentence(block.text):
            break
        lead.insert(0, block.text)
    return lead


def _squeezed(text: str) -> str:
    return "".join(text.split()).casefold()


def _pick_title(header: list[Block], known_title: str | None) -> int | None:
    if known_title:
        # The source's title may carry a site name ("… | Beispielzeitung"): a contained line counts.
        wanted = " ".join(known_title.split()).casefold()
        found = next((j for j, b in enumerate(header) if b.text.casefold() == wanted), None)
        if found is None:
            found = next((j for j, b in enumerate(header) if len(b.text) >= 15 and b.text.casefold() in wanted),
                         None)
        if found is not None:
            return found
    # The headline stands close above the teaser or body, and has a few words (page tools such as
    # "Auf die Merkliste" rarely have more than three). A short line above it is a kicker or a
    # section name; but when the line above is itself a full headline, the last line is its subheadline.
    candidates = [j for j, b in enumerate(header[-_TITLE_WINDOW:], start=max(0, len(header) - _TITLE_WINDOW))
                  if _opens_like_words(b.text) and f.headline_like(b.text) and not f.name_line(b.text)]
    # A one-word line is a menu entry, unless it is the only line above the body.
    preferred = ([j for j in candidates if f.word_count(header[j].text) >= 4]
                 or [j for j in candidates if f.word_count(header[j].text) >= 2]
                 or (candidates if len(header) == 1 else []))
    if not preferred:
        return None
    last = preferred[-1]
    if last - 1 in candidates and f.word_count(header[last - 1].text) >= 5:
        return last - 1
    return last


def _is_teaser(blocks: list[Block], start: int, *, has_title: bool) -> bool:
    """Is the first prose block a standfirst rather than the body's first paragraph?"""
    text = blocks[start].text
    nxt = next_text(blocks, start + 1)
    if nxt >= len(blocks) or len(text) > 600 or leading_dateline(text):
        return False
    if f.genre_suffix(text):
        return True
    between = {b.kind for b in blocks[start + 1:nxt]}
    if not has_title:
        between -= {CAPTION, CREDIT}
    if between & _BETWEEN_TEASER_AND_BODY and any(b.kind == TEXT and body_like(b.text) for b in blocks[nxt:]):
        return True
    return leading_dateline(blocks[nxt].text) is not None


def _take_furniture(block: Block, layout: Layout) -> None:
    if block.kind == GENRE:
        layout.genre = layout.genre or block.genre
        layout.add_authors(block.names)
    elif block.kind == BYLINE:
        layout.add_authors(block.names)
        if block.date:
            layout.dates.append(block.date)
    elif block.kind == DATE and block.date:
        layout.dates.append(block.date)
    elif block.kind == CAPTION:
        layout.captions.append((block.text, block.credit))


def _read_body(blocks: list[Block], start: int, last: int, layout: Layout, *, lead: list[str]) -> None:
    paragraphs: list[str] = list(lead)
    in_links = False
    prose_seen = any(body_like(text) for text in lead)
    for i in range(start, last + 1):
        block = blocks[i]
        if block.kind == RELATED:
            in_links = f.bare_cue(block.text)  # "Mehr zum Thema" alone: its links follow
            continue
        if block.kind != TEXT:
            # Bylines and genre labels further down belong to teasers of other stories.
            if block.kind not in (BYLINE, GENRE) or not prose_seen:
                _take_furniture(block, layout)
            continue
        if in_links and _link_item(blocks, i):
            continue
        in_links = False
        name = f.name_line(block.text)
        if name and i > start:
            layout.add_authors([name])  # an author box between paragraphs
            continue
        paragraphs.append(block.text)
        prose_seen = prose_seen or body_like(block.text)
    _read_after(blocks[last + 1:], layout)
    _read_tail(paragraphs, layout)
    if not paragraphs:
        return
    _split_dateline(paragraphs, layout)
    interview = layout.genre == "interview"
    for k, text in enumerate(paragraphs):
        heading = (k + 1 < len(paragraphs) and _crosshead(text) and body_like(paragraphs[k + 1])
                   and not (interview and text.endswith("?")))
        layout.paragraphs.append((text, heading))


def _crosshead(text: str) -> bool:
    """Headline-shaped and opening with a word or quote: not a "— Name" attribution, bullet or footnote."""
    return _opens_like_words(text) and f.headline_like(text) and len(text) <= 120


def _opens_like_words(text: str) -> bool:
    """Headlines open with a word, a number or a quote, never with a dash, bullet or legend symbol."""
    return text[0].isalnum() or text[0] in "„\"“‚«»'"


def _link_item(blocks: list[Block], i: int) -> bool:
    """Under "Mehr zum Thema": a link title, or a short teaser between two link titles."""
    text = blocks[i].text
    if f.title_like(text):
        return True
    if len(text) > _LINK_TEASER or i == 0 or not f.title_like(blocks[i - 1].text):
        return False
    nxt = next_text(blocks, i + 1)
    return nxt < len(blocks) and f.title_like(blocks[nxt].text)


def _read_after(blocks: list[Block], layout: Layout) -> None:
    """After the last paragraph: the author's name, a byline or a date; picture captions up to the footer."""
    signature = True
    for block in blocks:
        if block.kind == FOOTER:
            return
        if block.kind == CAPTION:
            _take_furniture(block, layout)
        elif signature and block.kind in (BYLINE, DATE):
            _take_furniture(block, layout)
        elif signature and block.kind == TEXT and f.name_line(block.text):
            layout.add_authors([f.name_line(block.text)])
        elif block.kind != SKIP:
            signature = False


def _read_tail(paragraphs: list[str], layout: Layout) -> None:
    """Headline-shaped lines after the last paragraph: the author's name, else leftover links."""
    tail: list[str] = []
    while len(paragraphs) > 1 and f.title_like(paragraphs[-1]) and not paragraphs[-1].endswith("?"):
        tail.append(paragraphs.pop())
    for text in reversed(tail[-2:]):  # the lines right after the last paragraph
        name = f.name_line(text)
        if name:
            layout.add_authors([name])


def _split_dateline(paragraphs: list[str], layout: Layout) -> None:
    first = paragraphs[0]
    found = leading_dateline(first)
    if found is None and layout.teaser is None and len(paragraphs[0]) > 200:
        found = inner_dateline(first)
        if found is not None:
            # One run-on line: teaser, then "Wien – " and the body (the 10kGNAD shape).
            layout.teaser = first[:found.start].strip()
    if found is None or found.end >= len(first):
        return
    layout.dateline = found.text
    paragraphs[0] = first[found.end:]
    if layout.genre is None:
        layout.genre = "news"
