"""A capital standing for its government when it acts: "Washington und Seoul bestreiten das".

News metonymy: the capital as subject means the government. The rule is a
cautious reading of position, not syntax: the capital has no locative word
before it ("in Seoul" stays a place), it opens the sentence or follows "und",
"and", "sowie" or a comma, and the next word is written in lower case (a verb
or a conjunction, not a dateline's "Wien – Die …"), and it is not coordinated
with a town read as a place ("von Brüssel und Paris"). The mention keeps its place
and gains the government as actor: ``kb:gov-usa``, cameo ``USAGOV``.
"""

from __future__ import annotations

from ..kb.lookup import KB
from ..kb.matcher import Piece
from .language import LinkLanguage
from .places import has_place_context
from .roles import Found

_JOINERS = frozenset({"und", "and", "sowie", "wie", "als"})


def capitals_as_governments(text: str, pieces: list[Piece], found: list[Found], kb: KB,
                            language: LinkLanguage) -> None:
    """Give capital-city mentions in subject position the government of their country as actor."""
    by_last = {f.last: f for f in found}
    for f in found:
        place = f.place
        if f.actor is not None or place is None or not getattr(place, "capital", False) or f.genitive:
            continue
        if has_place_context(pieces, f.first, language):
            continue
        if f.first > 0:
            before = pieces[f.first - 1]
            gap = text[before.end:pieces[f.first].start]
            if before.text.casefold() not in _JOINERS and "," not in gap:
                continue
            # "von Brüssel und Paris": coordinated with a town read as a place, it is a place too.
            partner = by_last.get(f.first - 2)
            if partner is not None and partner.actor is None and partner.place is not None:
                continue
        after = f.last + 1
        if after >= len(pieces) or not pieces[after].text[:1].islower():
            continue
        if text[pieces[f.last].end:pieces[after].start].strip():
            continue
        government = kb.government_of(place.country)
        if government is not None:
            f.actor = government
            f.reason = f"capital {place.name!r} acting for its government"
