"""German coordinated compounds with a dropped tail: "Süd- und Nordkorea", "Ost- und Westdeutschland".

The first conjunct ends in a hyphen and lends itself the second's tail: try
``"Süd" + "korea"`` for every tail of "Nordkorea" until a known name appears.
"""

from __future__ import annotations

from ..kb.lookup import KB
from ..kb.matcher import Piece
from .roles import Found

_CONJUNCTIONS = frozenset({"und", "oder", "bis", "sowie"})


def expand_ellipses(text: str, pieces: list[Piece], found: list[Found], kb: KB) -> list[Found]:
    """Found names for hyphen-truncated first conjuncts whose completed form is a known country or name."""
    by_first = {f.first: f for f in found}
    taken = {i for f in found for i in range(f.first, f.last + 1)}
    new: list[Found] = []
    for i in range(len(pieces) - 2):
        piece = pieces[i]
        if i in taken or not text.startswith("-", piece.end) or pieces[i + 1].text.casefold() not in _CONJUNCTIONS:
            continue
        second = by_first.get(i + 2)
        if second is None or second.actor is None or second.last != i + 2:
            continue
        word = pieces[i + 2].text
        for cut in range(2, len(word) - 2):
            candidate = (piece.text + word[cut:]).casefold()
            actors = [t for e in kb.index.get(candidate, ()) if len(e.key) == 1 and e.kind in "NA"
                      for t in e.targets if not hasattr(t, "population")]
            if actors:
                new.append(Found(i, i, "N", False, actors[0], reason=f"ellipsis {piece.text}- … {word}"))
                break
    return new
