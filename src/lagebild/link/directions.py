""""Der Norden" and "the South": a half of a divided country named by its direction.

In an article about the Koreas, "der Dialog mit dem Norden" means North Korea.
The language's ``directions.tsv`` lists each word, the country it names and the
countries one of which must have been mentioned before; the word must follow a
definite article ("dem Norden", "im Norden", "the South"), so "Norden" the
compass point in other articles stays unread.
"""

from __future__ import annotations

from ..kb.lookup import KB
from ..kb.matcher import Piece
from .language import LinkLanguage
from .roles import Found

_DEFINITE = frozenset({"der", "dem", "den", "des", "im", "vom", "zum", "the"})


def directions_as_countries(pieces: list[Piece], found: list[Found], kb: KB, language: LinkLanguage,
                            seen_countries: set[str]) -> list[Found]:
    """Found countries for direction words whose divided country the article is about."""
    taken = {i for f in found for i in range(f.first, f.last + 1)}
    new: list[Found] = []
    for i, piece in enumerate(pieces):
        rule = language.directions.get(piece.text)
        if rule is None or i in taken or i == 0 or pieces[i - 1].text.casefold() not in _DEFINITE:
            continue
        country, context = rule
        if not seen_countries & context:
            continue
        actor = kb.actor_by_id.get(f"iso:{country}")
        if actor is not None:
            new.append(Found(i, i, "N", False, actor, kb.place_by_id.get(actor.id),
                             reason=f"direction {piece.text!r} in an article about {sorted(context)}"))
    return new
