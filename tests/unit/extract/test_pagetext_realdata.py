"""Page-text extraction over real articles in ../shared: nothing crashes, no body is cut short.

10kGNAD rows are teaser + "Wien – " + body on one line; Wikinews texts open
with a date line. Both must come out whole (teaser + dateline + body ≈ input).
"""

from __future__ import annotations

import pytest

from lagebild.errors import NoArticleText
from lagebild.evaluate.corpora import read_10kgnad, read_wikinews
from lagebild.extract.blocks import split_blocks
from lagebild.extract.pagetext import extract_pagetext
from lagebild.model import RawDocument


def _norm(text: str | None) -> int:
    return len("".join((text or "").replace("\u00ad", "").split()))


def _kept(article) -> int:
    return sum(_norm(part) for part in (article.text, article.teaser, article.title, article.dateline))


@pytest.fixture(scope="module")
def gnad(shared):
    return [raw.content for raw in read_10kgnad(shared)]


@pytest.fixture(scope="module")
def wikinews(shared):
    return [{"text": raw.content} for raw in read_wikinews(shared)]


def test_10kgnad_rows_keep_their_text(gnad):
    assert len(gnad) == 1006
    datelines = 0
    for i, text in enumerate(gnad):
        article = extract_pagetext(RawDocument(f"10kgnad:{i}", text, "text"))
        assert _kept(article) >= 0.97 * _norm(text), i
        assert article.title is None and article.captions == []
        datelines += article.dateline is not None
        if article.dateline:
            assert not article.text.startswith(("–", "-", "—"))
    assert datelines > 600  # most derStandard rows carry "Wien – " or another dateline


def test_wikinews_texts_keep_their_body(wikinews):
    empty = 0
    for i, row in enumerate(wikinews):
        try:
            article = extract_pagetext(RawDocument(f"wikinews:{i}", row["text"], "text"))
        except NoArticleText:
            empty += 1  # a row holding nothing but its date line
            continue
        # Every long paragraph of the input survives whole: in the body, the teaser or a caption.
        kept = " ".join([article.text, article.teaser or ""] + [c.text for c in article.captions])
        for block in split_blocks(row["text"]):
            if len(block) >= 200:
                assert block in kept, (i, block[:80])
        for heading in article.headings:
            assert article.text[heading.start:heading.end] == heading.text
    assert empty <= 2


def test_wikinews_date_line_gives_published(wikinews):
    rows = [r for r in wikinews if r["text"].startswith(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"))]
    dated = [extract_pagetext(RawDocument("w", r["text"], "text")).published for r in rows[:40]]
    assert all(d is not None and d[:4] in {"2019", "2020"} for d in dated)


def test_reference_article(shared):
    text = (shared / "examples/reference-article.de.txt").read_text(encoding="utf-8")
    article = extract_pagetext(RawDocument("reference", text, "text"))
    assert article.title == "Kim-Putin-Gipfel in Wladiwostok: Nur ein taktischer Erfolg"
    assert article.genre == "commentary" and article.authors == ["Benedikt Voigt"]
    assert article.teaser.endswith("nicht weiter gebracht.")
    assert [c.credit for c in article.captions] == ["Alexey NIKOLSKY / SPUTNIK / AFP"]
    assert [h.text for h in article.headings] == ["Kim zeigt auch China: Es gibt noch andere wirtschaftliche Partner"]
    assert article.text.startswith("Nach dem Gipfel von Wladiwostok")
    assert article.text.endswith("überhaupt nichts.")
