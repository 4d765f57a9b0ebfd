"""extract_html on small hand-written pages (German and English)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.errors import NoArticleText
from lagebild.extract.html import extract_html
from lagebild.model import RawDocument

FIXTURES = Path(__file__).parent / "fixtures"


def _page(name: str, **kwargs: str) -> RawDocument:
    return RawDocument(source=name, content=(FIXTURES / name).read_text(encoding="utf-8"), kind="html", **kwargs)


@pytest.fixture(scope="module")
def de_article():
    return extract_html(_page("de_article.html"))


@pytest.fixture(scope="module")
def en_article():
    return extract_html(_page("en_article.html"))


def test_body_paragraphs_are_joined_by_blank_lines(de_article):
    paragraphs = de_article.text.split("\n\n")
    assert paragraphs[0].startswith("Der Stadtrat hat am Montagabend")
    assert paragraphs[-1].endswith("über den Fortschritt der Arbeiten zu informieren.")
    assert "Mühlstraße einen geschützten Radweg" in de_article.text  # line breaks inside <p> collapse


def test_menu_footer_and_reader_prompts_are_not_body_text(de_article):
    for furniture in ("Startseite", "Impressum", "Alle Rechte vorbehalten", "Lesen Sie auch", "Von Anna"):
        assert furniture not in de_article.text


def test_title_is_metadata_not_body(de_article):
    assert de_article.title == "Stadtrat beschließt neuen Radweg entlang der Mühlstraße"
    assert not de_article.text.startswith("Stadtrat beschließt")


def test_crossheads_are_heading_spans_with_exact_offsets(de_article, en_article):
    assert [h.text for h in de_article.headings] == ["Anwohner sind geteilter Meinung", "Wie es weitergeht"]
    assert [h.text for h in en_article.headings] == ["Traffic expected to ease"]
    for article in (de_article, en_article):
        for heading in article.headings:
            assert article.text[heading.start:heading.end] == heading.text


def test_figcaption_with_credit_element(de_article):
    assert [(c.text, c.credit) for c in de_article.captions] == [
        ("Radfahrer an der Mühlstraße in der Innenstadt.", "Peter Meier/dpa")]
    assert "Peter Meier" not in de_article.text


def test_figcaption_with_copyright_tail(en_article):
    assert [(c.text, c.credit) for c in en_article.captions] == [
        ("Cars cross the harbour bridge on Monday morning.", "Reuters")]


def test_jsonld_authors_date_publisher_and_canonical_url(de_article):
    assert de_article.authors == ["Anna Schmidt", "Jan Roth"]
    assert de_article.published == "2024-03-05"
    assert de_article.publisher == "Musterstädter Anzeiger"
    assert de_article.url == "https://www.musterstaedter-anzeiger.example/lokales/radweg-123.html"


def test_site_name_as_author_is_dropped(en_article):
    assert en_article.authors == []
    assert en_article.publisher == "The Coastal Courier"
    assert en_article.published == "2023-11-20"


def test_given_url_date_and_title_win_over_the_page():
    article = extract_html(_page("de_article.html", url="https://example.org/a", published="2024-03-06",
                                 title="Eigener Titel"))
    assert (article.url, article.published, article.title) == ("https://example.org/a", "2024-03-06",
                                                                 "Eigener Titel")


def test_navigation_only_page_has_no_article_text():
    with pytest.raises(NoArticleText) as err:
        extract_html(_page("navigation_only.html"))
    assert err.value.source == "navigation_only.html"


def test_truncated_page_keeps_what_is_there():
    article = extract_html(_page("truncated.html"))
    assert article.text.startswith("Der Bundestag hat am Donnerstag über den Haushalt debattiert.")


@pytest.mark.parametrize("content", [
    "", "   ", "<html><head><title>Nur Kopf", "<<<>>><p", "<html><body><div><div><div>",
    "\x00\x01 binary \x02", '<?xml version="1.0" encoding="utf-8"?><html><body><p>kurz</p></body></html>',
    "<p>" + "Ein Satz ohne Ende " * 3,
])
def test_broken_pages_raise_no_article_text_never_anything_else(content):
    with pytest.raises(NoArticleText):
        extract_html(RawDocument(source="broken.html", content=content, kind="html"))


def test_malformed_but_readable_markup_still_extracts():
    body = "<p>" + " ".join(["Die Feuerwehr löschte in der Nacht einen Brand in einer Lagerhalle."] * 6)
    html = f"<html><body><div><span><b>{body}</div></p></b><p>Zweiter Absatz mit <i>offenen Tags"
    article = extract_html(RawDocument(source="messy.html", content=html, kind="html"))
    assert "Die Feuerwehr löschte in der Nacht" in article.text


def test_article_split_into_sibling_chunks_is_read_to_the_end():
    article = extract_html(_page("en_chunked.html"))
    assert "When the library opened its new lending room" in article.text
    assert article.text.endswith("paid for from the culture budget.")
    assert "Advertisement" not in article.text


def test_lead_quoted_by_the_description_is_the_teaser_and_leads_the_text():
    article = extract_html(_page("en_chunked.html"))
    assert article.teaser.startswith("Visitor numbers at the town library have doubled")
    assert article.text.startswith(article.teaser)
    assert article.text.count("Visitor numbers at the town library") == 1


def test_trailing_links_to_other_stories_are_not_body_text():
    sentence = "Die Feuerwehr war mit vierzig Einsatzkräften vor Ort und löschte den Brand bis zum Morgen. "
    html = ("<html><body><article><h1>Brand in Lagerhalle</h1>"
            f"<p>{sentence * 3}</p><p>{sentence * 2}</p>"
            '<p><a href="/a">Hochwasser: Pegel in Köln steigt weiter an</a></p>'
            '<p><a href="/b">Stadtrat beschließt neuen Radweg an der Mühlstraße</a></p>'
            "</article></body></html>")
    article = extract_html(RawDocument(source="links.html", content=html, kind="html"))
    assert article.text.endswith("bis zum Morgen.")
    assert "Hochwasser" not in article.text
