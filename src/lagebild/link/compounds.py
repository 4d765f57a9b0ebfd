"""Short names beside another person's name: "Kim-Putin-Gipfel", "Putin und Kim verhandelten".

A refer-back form such as "Kim" normally needs a full name earlier in the
article. Hyphen-joined or coordinated with another person's name it is itself
a name, and the bearer in office on the article's date is meant (Kim Jong Un
in 2019).
"""

from __future__ import annotations

from ..kb.lookup import KB
from ..kb.matcher import Piece
from ..kb.records import KBActor
from .roles import Found

_AND = frozenset({"und", "and", "sowie"})


def _is_person(found: Found | None) -> bool:
    return found is not None and found.actor is not None and found.actor.type == "PER"


def names_in_compounds(pieces: list[Piece], found: list[Found], kb: KB, day: str | None) -> list[Found]:
    """Found persons for refer-back forms hyphen-joined to a person's name."""
    by_first = {f.first: f for f in found}
    by_last = {f.last: f for f in found}
    taken = {i for f in found for i in range(f.first, f.last + 1)}
    new: list[Found] = []
    for i, piece in enumerate(pieces):
        if i in taken:
            continue
        next_is_person = i + 1 < len(pieces) and pieces[i + 1].after_hyphen and _is_person(by_first.get(i + 1))
        previous_is_person = piece.after_hyphen and _is_person(by_last.get(i - 1))
        # "Putin und Kim verhandelten": coordinated with a named person, too.
        if i + 2 < len(pieces) and pieces[i + 1].text.casefold() in _AND and _is_person(by_first.get(i + 2)):
            next_is_person = True
        if i >= 2 and pieces[i - 1].text.casefold() in _AND and _is_person(by_last.get(i - 2)):
            previous_is_person = True
        if not (next_is_person or previous_is_person):
            continue
        holders = [t for e in kb.index.get(piece.text.casefold(), ()) if e.kind == "R" and len(e.key) == 1
                   for t in e.targets if isinstance(t, KBActor) and kb.role_on(t, day) is not None]
        if holders and piece.text[:1].isupper():
            new.append(Found(i, i, "R", False, holders[0], reason=f"name in compound {piece.text!r}"))
    return new
