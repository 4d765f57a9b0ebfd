"""Golden pages: each tests/golden/pages/NAME.txt is extracted and compared with NAME.json.

The JSON lists the expected title, teaser, genre, authors, captions, dateline,
published date and crosshead texts (only the keys present are compared), plus
snippets the body must and must not contain.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lagebild.extract.pagetext import extract_pagetext
from lagebild.model import RawDocument

PAGES = Path(__file__).resolve().parents[2] / "golden" / "pages"
CASES = sorted(PAGES.glob("*.txt"))
FIELDS = ("title", "teaser", "genre", "authors", "dateline", "published")


def test_enough_golden_pages():
    assert len(CASES) >= 18
    assert all(p.with_suffix(".json").exists() for p in CASES)


@pytest.mark.parametrize("page", CASES, ids=[p.stem for p in CASES])
def test_golden_page(page: Path, article_validator):
    expected = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    raw = RawDocument(page.name, page.read_text(encoding="utf-8"), "text",
                      published=expected.get("raw_published"), title=expected.get("raw_title"))
    article = extract_pagetext(raw)
    for name in FIELDS:
        if name in expected:
            assert getattr(article, name) == expected[name], name
    if "captions" in expected:
        assert [{"text": c.text, "credit": c.credit} for c in article.captions] == expected["captions"]
    if "headings" in expected:
        assert [h.text for h in article.headings] == expected["headings"]
    for heading in article.headings:
        assert article.text[heading.start:heading.end] == heading.text
        assert article.text[:heading.start].endswith("\n\n") or heading.start == 0
        assert article.text[heading.end:].startswith("\n\n")
    for snippet in expected.get("must_contain", []):
        assert snippet in article.text, snippet
    for snippet in expected.get("must_not_contain", []):
        assert snippet not in article.text, snippet
    assert "\u00a0" not in article.text and "\u00ad" not in article.text
    assert "\n\n\n" not in article.text and article.text == article.text.strip()
    assert not list(article_validator.iter_errors(article.to_dict()))
