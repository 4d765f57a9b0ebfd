"""Known-name matching over a sentence's pieces: longest first, case- and inflection-aware.

The index is keyed on a name's first piece (case-folded), so each piece of
text costs one dict look-up plus a comparison of the few names that start with
it; no regex ever runs over the whole knowledge base. Genitive ``-s`` on the
last piece (``Russlands``, ``Putins``, ``Trump's``) is accepted for names,
never for abbreviations (``USA`` must not become ``USAs``).

Example: pieces of ``"Russlands Präsident Wladimir Putin"`` give two matches,
``Russlands`` (N → iso:RUS, genitive) and ``Wladimir Putin`` (N → wd:Q7747).
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass

from .names import PIECE, NameEntry

# Between two pieces of one name only blanks or a compound hyphen may stand.
_JOIN = re.compile(r"[ \t\u00a0]+|-|[ \t]*-[ \t]*")
_GENITIVE = ("'s", "’s", "s", "'", "’")
_INFLECTING = frozenset("NSRPDL")


@dataclass(slots=True)
class Piece:
    start: int
    end: int
    text: str
    # Whether this piece continues the previous one (only blanks or a hyphen between them).
    joined: bool
    # Whether the previous piece ended in a hyphen that belongs to this compound ("US-Präsident").
    after_hyphen: bool


@dataclass(slots=True)
class Match:
    first: int          # index of the first piece
    last: int           # index of the last piece (inclusive)
    entries: list[NameEntry]
    genitive: bool


def cut_pieces(text: str, spans: list[tuple[int, int]]) -> list[Piece]:
    """Pieces of ``text`` inside the given token spans, with how each joins the one before.

    Example: spans of ``"US-Präsident Trump"`` → ``US``, ``Präsident`` (after hyphen), ``Trump``.
    """
    pieces: list[Piece] = []
    for start, end in spans:
        for found in PIECE.finditer(text, start, end):
            joined = after_hyphen = False
            if pieces:
                gap = text[pieces[-1].end:found.start()]
                if gap == " ":
                    joined = True
                elif gap == "-":
                    joined = after_hyphen = True
                elif gap:
                    joined = bool(_JOIN.fullmatch(gap))
                    after_hyphen = joined and "-" in gap
            pieces.append(Piece(found.start(), found.end(), found.group(), joined, after_hyphen))
    return pieces


def _case_ok(entry: NameEntry, pieces: list[Piece], first: int) -> bool:
    kind = entry.kind
    if kind == "A":
        return all(pieces[first + k].text == entry.pieces[k] for k in range(len(entry.pieces) - 1)) and \
            pieces[first + len(entry.pieces) - 1].text == entry.pieces[-1]
    if kind == "J" and not entry.pieces[0][:1].isupper():
        # The bare German base form capitalised is the language ("auf Deutsch", "Russisch lernen").
        last = pieces[first + len(entry.pieces) - 1].text
        return not (entry.pieces[-1].endswith("sch") and last[:1].isupper())
    for k, written in enumerate(entry.pieces):
        text = pieces[first + k].text
        if written[:1].isupper() and not text[:1].isupper():
            return False
        # "UN" is not the surname "Un", "AUCH" in a headline is still no town: short all-caps words
        # only match names written in capitals.
        if len(text) <= 3 and text.isupper() and not written.isupper():
            return False
    return True


def _last_piece_ok(entry: NameEntry, text: str) -> tuple[bool, bool]:
    """(matches, is genitive) for the last piece, accepting a genitive ending on inflecting kinds."""
    want = entry.key[-1]
    folded = text.casefold()
    if folded == want:
        return True, False
    if entry.kind in _INFLECTING and folded.startswith(want):
        return folded[len(want):] in _GENITIVE, True
    return False, False


class NameMatcher:
    """Finds known names in a list of pieces; ``index`` maps a case-folded first piece to entries."""

    def __init__(self, index: dict[str, list[NameEntry]]) -> None:
        self.index = index

    def _candidates(self, folded: str, aliases: dict[str, list[NameEntry]]) -> list[NameEntry]:
        found = self.index.get(folded, [])
        extra = aliases.get(folded)
        if extra:
            found = found + extra
        if folded[-1] not in "s'’":
            return found
        for ending in _GENITIVE:
            if folded.endswith(ending) and len(folded) > len(ending) + 2:
                stem = folded[: -len(ending)]
                found = found + [e for e in self.index.get(stem, ()) if len(e.key) == 1]
                if stem in aliases:
                    found = found + aliases[stem]
        return found

    def find(self, pieces: list[Piece], *, seen: Container[str] = frozenset(),
             aliases: dict[str, list[NameEntry]] | None = None) -> list[Match]:
        """Left to right, the longest name at each piece; ``R`` entries only for actors in ``seen``."""
        aliases = aliases or {}
        matches: list[Match] = []
        n = len(pieces)
        i = 0
        while i < n:
            best: list[NameEntry] = []
            best_len = 0
            genitive = False
            for entry in self._candidates(pieces[i].text.casefold(), aliases):
                size = len(entry.key)
                if size < best_len or i + size > n:
                    continue
                if size > 1 and not all(pieces[i + k].joined and pieces[i + k].text.casefold() == entry.key[k]
                                        for k in range(1, size - 1)):
                    continue
                if size > 1 and not pieces[i + size - 1].joined:
                    continue
                ok, is_gen = _last_piece_ok(entry, pieces[i + size - 1].text)
                if not ok or (is_gen and entry.kind == "A") or not _case_ok(entry, pieces, i):
                    continue
                if entry.kind == "R" and not any(t.id in seen for t in entry.targets):
                    continue
                if size > best_len:
                    best, best_len, genitive = [entry], size, is_gen
                else:
                    best.append(entry)
            if best:
                matches.append(Match(i, i + best_len - 1, best, genitive))
                i += best_len
            else:
                i += 1
        return matches
