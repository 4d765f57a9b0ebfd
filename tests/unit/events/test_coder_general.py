"""General coder mechanisms on own sentences: state organs with a place, and more (one test each)."""

from __future__ import annotations

from lagebild.events.coder import code_events
from lagebild.events.sample import sample_article
from lagebild.model import Article, Place
from lagebild.settings import Settings


def code(text: str, language: str = "de", **kw) -> Article:
    return code_events(sample_article(text, language, **kw), Settings())


def with_place(text: str, language: str, name: str) -> Article:
    """A sample article whose unknown ``name`` is linked as a city in Egypt (as the linker would)."""
    article = sample_article(text, language, unknown=(name,))
    mention = next(m for m in article.mentions if m.text == name)
    mention.type, mention.place = "GPE", "gn:360630"
    article.places = [Place("gn:360630", name, "EG", 30.06, 31.25, "city")]
    return code_events(article, Settings())


def pairs(article: Article) -> list[tuple]:
    return [(e.source, e.target, e.cameo[:2], e.mode) for e in article.events]


def test_state_organ_in_a_city_acts_for_the_state():
    assert pairs(with_place("Die Polizei in Kairo hat vier Aktivisten festgenommen.", "de", "Kairo")) == [
        ("iso:EGY", None, "17", "asserted")]
    assert pairs(with_place("Police in Cairo detained four activists.", "en", "Cairo")) == [
        ("iso:EGY", None, "17", "asserted")]
    assert pairs(with_place("A Cairo court detained four activists.", "en", "Cairo"))[0][0] == "iso:EGY"
    # a city that is only where something happens stays a place (the target's state), never the subject
    assert pairs(with_place("Frankreich verhandelt in Kairo mit Israel.", "de", "Kairo"))[0][:2] == (
        "iso:FRA", "iso:ISR")
