"""The contract: Article.to_dict() validates against shared/spec/article.schema.json and round-trips."""

from __future__ import annotations

from lagebild.model import (
    Actor,
    Article,
    Caption,
    Event,
    Mention,
    Place,
    Quote,
    Sentence,
    Span,
    Tone,
    article_id,
)


def _full_article() -> Article:
    text = "Putin traf Kim in Wladiwostok. Es gab keine Erklärung."
    return Article(
        text=text, source="x.txt", language="de", title="Gipfel", teaser="Ein Treffen.", genre="commentary",
        authors=["Anna Muster"], published="2019-04-26", captions=[Caption("Ein Bild.", "AFP")],
        headings=[Span(0, 5, "Putin")],
        sentences=[Sentence(0, 30), Sentence(31, 55)],
        mentions=[Mention(0, 5, "Putin", "PER", 0, actor="wd:Q7747"),
                  Mention(18, 29, "Wladiwostok", "LOC", 0, place="gn:2013348")],
        actors=[Actor("wd:Q7747", "Vladimir Putin", "PER", "RUS", "RUSGOV", "head of state")],
        places=[Place("gn:2013348", "Vladivostok", "RU", 43.1, 131.9, "city")],
        events=[Event("wd:Q7747", None, "043", "asserted", 0, Span(6, 10, "traf"), plover="CONSULT",
                      goldstein=2.8, quad_class=1, date="2019-04-25", confidence=0.9)],
        quotes=[Quote(None, "Es gab keine Erklärung.", "indirect", 1, start=31, end=55, cue="laut")],
        tone=Tone(-2.0, 1.0, 3.0, 4.0), themes=["DIPLOMACY"])


def test_full_article_validates(article_validator):
    errors = list(article_validator.iter_errors(_full_article().to_dict()))
    assert not errors, [e.message for e in errors]


def test_empty_sections_validate_and_stay_empty(article_validator):
    data = Article(text="Nur ein Satz.").to_dict()
    assert not list(article_validator.iter_errors(data))
    for key in ("mentions", "actors", "places", "events", "quotes", "themes", "captions", "authors"):
        assert data[key] == []


def test_round_trip_through_dict():
    article = _full_article()
    assert Article.from_dict(article.to_dict()).to_dict() == article.to_dict()


def test_id_ignores_whitespace_and_case_but_not_words():
    assert article_id("Putin  traf\nKim.") == article_id(" putin traf kim. ")
    assert article_id("Putin traf Kim.") != article_id("Putin traf Xi.")
