"""Author cleanup, credit splitting and date normalisation used by the HTML extractor."""

from __future__ import annotations

import pytest
from lxml.html import fromstring

from lagebild.extract.authors import clean_authors
from lagebild.extract.captions import find_captions, split_credit
from lagebild.extract.metadata import iso_day, read_metadata


@pytest.mark.parametrize("candidates, expected", [
    (["Von Anna Schmidt und Jan Roth (dpa)"], ["Anna Schmidt", "Jan Roth"]),
    (["By Jane Doe and John Smith"], ["Jane Doe", "John Smith"]),
    (["Anna Schmidt; Anna Schmidt"], ["Anna Schmidt"]),
    (["FOCUS-Online-Experte Robin Tschöpe"], ["Robin Tschöpe"]),
    (["John v. Berenberg-Consbruch"], ["John v. Berenberg-Consbruch"]),
    (["Redaktion"], []),
    (["Die Online-Redaktion"], []),
    (["dpa"], []),
    (["AFP, Reuters"], []),
    (["https://www.facebook.com/jane.doe"], []),
    (["@janedoe"], []),
    (["jane.doe@example.com"], []),
    (["spiegel.de"], []),
    (["Editorial Board"], []),
    (["Glory Global Solutions Germany"], []),
    (["Ein sehr langer Text, der sicher kein Name ist, sondern ein ganzer Satz aus dem Artikel"], []),
    (["janedoe"], []),
])
def test_clean_authors(candidates, expected):
    assert clean_authors(candidates) == expected


def test_site_name_is_not_an_author():
    assert clean_authors(["Hildesheimer Presse"], url="https://hildesheimer-presse.de/a") == []
    assert clean_authors(["Die Furche"], publisher="DIE FURCHE") == []
    assert clean_authors(["Anna Schmidt"], publisher="Die Furche", url="https://furche.at/x") == ["Anna Schmidt"]


@pytest.mark.parametrize("text, expected", [
    ("Merkel in Paris. Foto: AFP", ("Merkel in Paris.", "AFP")),
    ("Der Hafen am Morgen (Bild: Max Muster)", ("Der Hafen am Morgen", "Max Muster")),
    ("Cars on the bridge. © Reuters", ("Cars on the bridge.", "Reuters")),
    ("Protesters gather. Photo by Jane Doe / AP", ("Protesters gather.", "Jane Doe / AP")),
    ("Das Foto zeigt den Hafen am Morgen", ("Das Foto zeigt den Hafen am Morgen", None)),
])
def test_split_credit(text, expected):
    assert split_credit(text) == expected


def test_img_alt_with_credit_outside_figure_is_a_caption():
    tree = fromstring('<html><body><article><p>Text</p><img src="a.jpg" alt="Der Rhein bei Köln. Foto: dpa">'
                      '<img src="b.jpg" alt="Logo"></article></body></html>')
    assert [(c.text, c.credit) for c in find_captions(tree)] == [("Der Rhein bei Köln.", "dpa")]


@pytest.mark.parametrize("value, expected", [
    ("2019-10-19T08:03:00+02:00", "2019-10-19"), ("20191019", "2019-10-19"), ("2019-13-40", None),
    ("gestern", None), (None, None),
])
def test_iso_day(value, expected):
    assert iso_day(value) == expected


def test_jsonld_graph_and_broken_scripts():
    tree = fromstring('<html><head><script type="application/ld+json">{broken</script>'
                      '<script type="application/ld+json">{"@graph": [{"@type": "WebSite", "name": "X"},'
                      '{"@type": ["NewsArticle"], "author": "Anna Schmidt", "datePublished": "2024-01-02"}]}'
                      '</script><meta property="og:site_name" content="Beispielblatt"></head><body></body></html>')
    meta = read_metadata(tree)
    assert (meta.authors, meta.published, meta.publisher) == (["Anna Schmidt"], "2024-01-02", "Beispielblatt")


def test_visible_byline_and_comment_authors():
    from lagebild.extract.byline import find_byline

    tree = fromstring('<html><body><article><h1>T</h1><p class="meta">Von Cosima Künzel</p><p>Text</p>'
                      '<div id="comments"><span class="author">Leser Eins</span></div></article></body></html>')
    assert find_byline(tree) == "Von Cosima Künzel"
    assert clean_authors([find_byline(tree)]) == ["Cosima Künzel"]
    tree = fromstring('<html><body><article><p>Text</p><div class="comment-list">'
                      '<span class="author">Karl Leser</span></div></article></body></html>')
    assert find_byline(tree) is None


@pytest.mark.parametrize("text, expected", [
    ("Skispringerin in Ljubno. Foto: Jure Makovec (OC Ljubno)", ("Skispringerin in Ljubno.", "Jure Makovec (OC Ljubno)")),
    ("AfD-Chef will bleiben.© Ivo Mayr", ("AfD-Chef will bleiben.", "Ivo Mayr")),
    ("<p>Bernd Lucke verlässt den Hörsaal. Foto: Markus Scholz/dpa</p>", ("Bernd Lucke verlässt den Hörsaal.",
                                                                           "Markus Scholz/dpa")),
])
def test_split_credit_on_messy_captions(text, expected):
    assert split_credit(text) == expected


@pytest.mark.parametrize("candidates, expected", [
    (["Finian Cunningham. Sputnik International"], ["Finian Cunningham"]),
    (["Sarah E. Needleman"], ["Sarah E. Needleman"]),
    (["Mike Wuerthele, Malcolm Owen Monday"], ["Mike Wuerthele"]),
    (["The Water Coolest"], []),
    (["Nation Bureau"], []),
])
def test_clean_authors_on_english_bylines(candidates, expected):
    assert clean_authors(candidates) == expected
