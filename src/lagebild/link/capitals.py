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
_SPATIAL = frozenset({"innerhalb", "außerhalb", "oberhalb", "unterhalb", "inside", "outside"})


def _acting_verb_after(pieces: list[Piece], by_first: dict[int, Found], index: int,
                       language: LinkLanguage) -> bool:
    if index < len(pieces) and pieces[index].text.casefold() in _JOINERS:
        partner = by_first.get(index + 1)
        if partner is None:
            return False
        index = partner.last + 1
    if index >= len(pieces) or not pieces[index].joined or pieces[index].after_hyphen:
        return False
    word = pieces[index].text.casefold()
    # Short entries ("hat", "sei") are whole words; longer ones beginnings ("reagier" → "reagierte").
    return pieces[index].text[:1].islower() and any(
        word == verb if len(verb) <= 3 else word.startswith(verb) for verb in language.capital_verbs)


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
        # "Real Madrid", "Rapid Wien", "University of Washington": after a capitalised word (with "of"/"von"
        # between) the capital is part of a name; "Brussels-based" is a compound.
        if not addressed and f.first > 0 and pieces[f.first].joined and pieces[f.first - 1].text[:1].isupper():
            continue
        if f.first > 1 and pieces[f.first - 1].text in ("of", "von") and pieces[f.first - 2].text[:1].isupper():
            continue
        if f.last + 1 < len(pieces) and pieces[f.last + 1].after_hyphen:
            continue
        # "Moskaus Außenminister", "Moscow's shadow fleet": the capital as possessor before its noun is
        # the state; after a noun or a name ("die Vorgangsweise Wiens", "Rapid Wiens") it is the city.
        possessor = f.genitive and (f.first == 0 or (pieces[f.first - 1].text[:1].islower()
                                                      and pieces[f.first - 1].text.casefold() not in _SPATIAL))
        if possessor or addressed or _acting_verb_after(pieces, by_first, f.last + 1, language):
            country = kb.country_of(place.country)
            if country is not None:
                f.actor = country
                f.reason = f"capital {place.name!r} standing for its government"
