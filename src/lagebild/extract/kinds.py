"""What each line of a flattened page is: prose, or a kind of furniture.

:func:`classify` looks at one line alone (``"© AFP"`` is a credit, ``"Von
Anna Müller"`` a byline, ``"Zur Startseite"`` a footer cue); two small passes
then look at neighbours: a credit makes the line above it a caption, and
``"By"`` followed by a name on the next line is one byline.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import furniture as f
from .dates import date_line

TEXT, SKIP, CREDIT, CAPTION, DATE, BYLINE, GENRE, FOOTER, RELATED = (
    "text", "skip", "credit", "caption", "date", "byline", "genre", "footer", "related")


@dataclass
class Block:
    text: str
    kind: str = TEXT
    credit: str | None = None       # CAPTION, CREDIT
    names: list[str] = field(default_factory=list)  # BYLINE, GENRE
    genre: str | None = None        # GENRE
    date: str | None = None         # DATE


def classify(text: str) -> Block:
    """One block's kind, from the most specific test to the least."""
    marker = f.genre_marker(text)
    if marker:
        return Block(text, GENRE, genre=marker[0], names=marker[1])
    if f.is_skip(text):
        return Block(text, SKIP)
    iso = date_line(text)
    if iso:
        return Block(text, DATE, date=iso)
    if f.is_footer(text):
        return Block(text, FOOTER)
    if f.is_related(text):
        return Block(text, RELATED)
    if f.is_wire_tail(text) or f.is_prompt(text):
        return Block(text, SKIP)
    names = f.byline(text)
    if names is not None:
        return Block(text, BYLINE, names=names)
    parts = [p.strip() for p in text.split(" | ")] if " | " in text and len(text) <= 150 else []
    if parts and all(f.byline(p) or date_line(p) or f.is_skip(p) for p in parts):
        # "Von Anna Müller | 26.04.2019, 14:03 Uhr"
        block = Block(text, BYLINE)
        for part in parts:
            block.names += f.byline(part) or []
            block.date = block.date or date_line(part)
        return block
    credit = f.credit_line(text)
    if credit:
        return Block(text, CREDIT, credit=credit)
    caption = f.marked_caption(text)
    if caption:
        return Block(caption, CAPTION)
    pair = f.caption_with_credit(text)
    if pair:
        return Block(pair[0], CAPTION, credit=pair[1])
    return Block(text)


def body_like(text: str) -> bool:
    """Prose rather than a headline or link: a sentence of some length, or a long run of words."""
    return ((len(text) >= 40 and f.ends_sentence(text) and len(text.split()) >= 6) or len(text) >= 200) \
        and not f.code_like(text)


def join_split_bylines(blocks: list[Block]) -> list[Block]:
    """``"By"`` on one line and the name on the next (a link in the page) make one byline."""
    for i in range(len(blocks) - 1):
        block, nxt = blocks[i], blocks[i + 1]
        if block.kind == TEXT and len(block.text) <= 12 and nxt.kind == TEXT and len(nxt.text) <= 60:
            names = f.byline(f"{block.text} {nxt.text}")
            if names:
                block.kind, block.names, nxt.kind = BYLINE, names, SKIP
    return blocks


def attach_credits(blocks: list[Block]) -> list[Block]:
    """A credit line makes the line above it a caption when more prose follows further down."""
    prose_after = [False] * (len(blocks) + 1)
    for i in range(len(blocks) - 1, -1, -1):
        prose_after[i] = prose_after[i + 1] or (blocks[i].kind == TEXT and len(blocks[i].text) >= 150)
    first_text = next((i for i, b in enumerate(blocks) if b.kind == TEXT), len(blocks))
    for i, block in enumerate(blocks):
        if block.kind == CAPTION and block.credit is None and i and blocks[i - 1].kind == CREDIT:
            # "Image source, Reuters" / "Image caption, …": the credit stands above its caption.
            block.credit, blocks[i - 1].kind = blocks[i - 1].credit, SKIP
            continue
        if block.kind != CREDIT or i == 0 or not prose_after[i + 1]:
            continue
        if i + 1 < len(blocks) and blocks[i + 1].kind == CAPTION and blocks[i + 1].credit is None:
            continue
        above = blocks[i - 1]
        if above.kind == TEXT and len(above.text) <= 400 and not _headline_over_credit(blocks, i, first_text):
            above.kind, above.credit = CAPTION, block.credit
            block.kind = SKIP
    return blocks


def _headline_over_credit(blocks: list[Block], i: int, first_text: int) -> bool:
    """``"Headline" / "© AFP" / teaser …``: a picture without a caption; the line above is the headline."""
    above = blocks[i - 1].text
    if not f.title_like(above) or first_text < i - 1:
        return False
    following = next((blocks[j] for j in range(i + 1, len(blocks)) if blocks[j].kind == TEXT), None)
    return following is not None and not f.title_like(following.text)


def next_text(blocks: list[Block], i: int) -> int:
    while i < len(blocks) and blocks[i].kind != TEXT:
        i += 1
    return i
