"""How names are cut into pieces, the unit the matcher compares.

A piece is a run of word characters, with inner apostrophes and dots kept:
``"Kim Jong-un"`` → ``Kim | Jong | un``; ``"U.S."`` → ``U.S``. Text is cut the
same way, so ``"Kim Jong Un"`` and ``"Kim Jong-un"`` meet, and the prefix of a
compound (``"US-Präsident"`` → ``US | Präsident``) is a piece of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

PIECE = re.compile(r"\w+(?:['’.]\w+)*")


def name_pieces(surface: str) -> list[str]:
    """``name_pieces("Kim Jong-un")`` → ``["Kim", "Jong", "un"]``."""
    return PIECE.findall(surface)


@dataclass(slots=True)
class NameEntry:
    """One known name: its case-folded pieces, the pieces as written, its kind and what it may denote.

    Kinds: ``N`` name, ``A`` abbreviation (exact case), ``J`` adjective,
    ``D`` demonym, ``S`` surname safe on its own, ``R`` form that only refers
    back to a full name earlier in the article, ``P`` place name (context-gated).
    """

    key: tuple[str, ...]
    pieces: tuple[str, ...]
    kind: str
    targets: list = field(default_factory=list)
