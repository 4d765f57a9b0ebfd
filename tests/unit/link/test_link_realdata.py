"""Must-contain / must-not-contain checks on shared real text (the linker alone; sentences cut crudely)."""

import pytest
from link_helpers import make_article

from lagebild.evaluate.corpora import read_10kgnad
from lagebild.link.mentions import link_mentions
from lagebild.settings import Settings


def test_reference_article(shared):
    text = (shared / "examples" / "reference-article.de.txt").read_text(encoding="utf-8")
    article = link_mentions(make_article(text, published="2019-04-26"), Settings())
    actors = {a.id: a for a in article.actors}
    assert {"wd:Q7747", "wd:Q56226", "wd:Q22686", "iso:RUS", "iso:PRK", "iso:KOR", "iso:CHN", "iso:USA",
            "wd:Q1065", "kb:dailynk", "kb:fefu"} <= set(actors)
    assert (actors["wd:Q7747"].cameo, actors["wd:Q7747"].role) == ("RUSGOV", "president")
    assert actors["wd:Q56226"].cameo == "PRKGOV"
    assert actors["wd:Q22686"].cameo == "USAGOV"
    places = {p.id for p in article.places if p.id.startswith("gn:")}
    assert places == {"gn:2013348", "gn:1871859"}


@pytest.mark.parametrize("limit", [300])
def test_no_ordinary_words_as_towns_in_german_news(shared, limit):
    bad = {"auch", "er", "ende", "man", "wladimir", "kim", "mitte", "norden", "zug"}
    found = []
    for raw in read_10kgnad(shared, limit=limit):
        text = raw.content
        article = link_mentions(make_article(text, published="2016-01-01"), Settings())
        found += [m.text for m in article.mentions if m.place and m.text.casefold() in bad]
    assert found == []
