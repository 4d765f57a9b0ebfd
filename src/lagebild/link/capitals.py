"""A capital standing for its government when it acts: "Washington und Seoul bestreiten das".

News metonymy: the capital as the one acting or addressed means the country
(the entity guideline links it to ``iso:XXX`` and keeps its place). Read from
position, with the language's ``capital_context.txt``: the capital has no
locative word before it ("in Seoul" stays a place), and either a verb of
acting follows it (or follows "und <capital>": "Washington und Seoul
bestreiten"), or a preposition of address or a conjunction precedes it
("Sanktionen gegen Pjöngjang", "Kritik an Moskau", "falls Pjöngjang …"), or it
is a possessor ("Moskaus Außenminister", "Moscow's fleet"). "Kiew blieb
verschont" stays a place.
"""

from __future__ import annotations

from ..kb.lookup import KB
from ..kb.matcher import Piece
from .language import LinkLanguage
from .places import has_place_context
from .roles import Found

_JOINERS = frozenset({"und", "and", "sowie"})


def _acting_verb_after(pieces: list[Piece], by_first: dict[int, Found], index: int,
                       language: LinkLanguage) -> bool:
    if index < len(pieces) and pieces[index].text.casefold() in _JOINERS:
        partner = by_first.get(index + 1)
        if partner is None:
            return False
        index = partner.last + 1
    if index >= len(pieces):
        return False
    word = pieces[index].text
    return word[:1].islower() and word.casefold().startswith(language.capital_verbs)


def capitals_as_governments(text: str, pieces: list[Piece], found: list[Found], kb: KB,
                            language: LinkLanguage) -> None:
    """Give capital-city mentions that act or are addressed their country as actor."""
    by_first = {f.first: f for f in found}
    for f in found:
        place = f.place
        if f.actor is not None or place is None or not getattr(place, "capital", False):
            continue
        if has_place_context(pieces, f.first, language):
            continue
        addressed = f.first > 0 and pieces[f.first - 1].text.casefold() in language.capital_prepositions
        # "Moskaus Außenminister", "Moscow's shadow fleet": the capital as possessor is the state.
        if f.genitive or addressed or _acting_verb_after(pieces, by_first, f.last + 1, language):
            country = kb.country_of(place.country)
            if country is not None:
                f.actor = country
                f.reason = f"capital {place.name!r} standing for its government"
