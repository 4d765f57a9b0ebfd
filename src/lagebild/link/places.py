"""When a capitalised word that names a town really is the town.

Measured risk (shared/data/kb/README.md): on 300 German articles 2,343 words
matched a town of 15,000+ people, mostly ordinary words and first names
("Auch", "Ende", "Man", "Wladimir", "Kim"). So a town name counts only

* never if it is on the language's ``not_places`` list;
* with context: a locative preposition or place noun right before it
  ("in Wladiwostok", "Hauptstadt Pjöngjang", "nach der Krim" with one article
  between), or a name of two or more pieces ("Rio de Janeiro");
* without context only for large, unambiguous places: capitals of 100,000, towns of
  a million people, or towns of 300,000 whose German name differs from the
  English one (an exonym like "Wladiwostok" is German evidence in itself),
  and never for words on ``context_places`` ("Essen").

Among towns of the same name the most populous wins.

Example: "Nach dem Gipfel von Wladiwostok" → Vladivostok (gn:2013348);
"Am Ende" → nothing.
"""

from __future__ import annotations

from ..kb.matcher import Piece
from ..kb.records import KBPlace
from .language import LinkLanguage

_ARTICLES = frozenset({"der", "dem", "den", "des", "die", "the"})
LARGE = 1_000_000
LARGE_EXONYM = 300_000
LARGE_CAPITAL = 100_000


def has_place_context(pieces: list[Piece], first: int, language: LinkLanguage, *, article: bool = True) -> bool:
    """A locative word right before piece ``first``, with one article between only if ``article``.

    Countries and regions take articles ("in der Ukraine", "auf der Krim"), towns do not: "von dem
    Deal", "in den Bergen" are no towns.
    """
    if first >= 2 and (pieces[first - 2].text.casefold(), pieces[first - 1].text.casefold()) in language.place_pairs:
        return True
    before = first - 1
    if article and before >= 0 and pieces[before].text.casefold() in _ARTICLES:
        before -= 1
    return before >= 0 and language.is_place_context(pieces[before].text, article=article)


def choose_place(candidates: list[KBPlace], surface: str, pieces: list[Piece], first: int, last: int,
                 language: LinkLanguage, *, coordinated: bool = False) -> KBPlace | None:
    """The place a matched town name denotes here, or None when the evidence is too weak.

    ``coordinated``: the name follows "und" after a town read as a place ("in Kyjiw und Cherson").
    """
    folded = surface.casefold()
    if folded in language.not_places or not candidates:
        return None
    # A town before a region of the same name ("New York"), then capitals, then the most populous.
    place = max(candidates, key=lambda p: (p.feature == "city", p.capital, p.population))
    if last > first or coordinated or has_place_context(pieces, first, language, article=place.feature != "city"):
        return place
    if folded in language.context_places or place.feature != "city":
        return None
    exonym = surface != place.name
    if (place.capital and place.population >= LARGE_CAPITAL) or place.population >= LARGE or (exonym and place.population >= LARGE_EXONYM):
        return place
    return None
