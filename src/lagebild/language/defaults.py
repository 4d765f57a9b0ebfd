"""Per-language defaults: the word lists and switches the segmenter and tokenizer read.

Everything language-specific lives in ``data/<code>/`` (one folder per
language); this module only loads a folder into a frozen
:class:`LanguageDefaults`, once per process. Adding a language means adding a
folder, never an ``if lang == …`` branch. Example: ``defaults_for("de")``
reads ``data/de/abbreviations.txt`` and knows that ``"usw"`` may end a sentence.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class LanguageDefaults:
    """What segmentation and tokenisation need to know about one language.

    ``prefix_abbreviations`` never end a sentence ("Dr.", "ca."),
    ``abbreviations`` end one only before a ``sentence_starters`` word ("usw."),
    ``numeric_abbreviations`` are abbreviations only before a number ("Art. 5"),
    ``final_abbreviations`` end one before any capitalised word ("usw. Demgemäß").
    ``ordinal_dot``: a number with a full stop is an ordinal ("am 25. April");
    ``capitalised_nouns``: a capital letter alone does not signal a sentence start ("… Steuern").
    """

    code: str
    prefix_abbreviations: frozenset[str] = frozenset()
    abbreviations: frozenset[str] = frozenset()
    numeric_abbreviations: frozenset[str] = frozenset()
    final_abbreviations: frozenset[str] = frozenset()
    sentence_starters: frozenset[str] = frozenset()
    ordinal_dot: bool = False
    capitalised_nouns: bool = False


def _read_words(folder, name: str, *, capitalise: bool) -> frozenset[str]:
    """One entry a line, ``#`` starts a comment; lower-case entries gain a capitalised twin.

    The twin lets "Bzw." or "Ca." at the start of a sentence match "bzw" and "ca".
    """
    path = folder / name
    if not path.is_file():
        return frozenset()
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.split("#", 1)[0].strip()
        if not word:
            continue
        words.add(word)
        if capitalise and word[0].islower():
            words.add(word[0].upper() + word[1:])
    return frozenset(words)


@cache
def defaults_for(code: str) -> LanguageDefaults:
    """The defaults for ISO 639-1 ``code``; an unknown language gets empty lists, not an error.

    Segmenting a language without a data folder still works (every full stop
    before a capital letter ends a sentence); it is just less careful.
    """
    folder = resources.files("lagebild.language") / "data" / code
    if not folder.is_dir():
        return LanguageDefaults(code=code)
    options = {}
    config = folder / "language.toml"
    if config.is_file():
        options = tomllib.loads(config.read_text(encoding="utf-8"))
    return LanguageDefaults(
        code=code,
        prefix_abbreviations=_read_words(folder, "abbreviations_prefix.txt", capitalise=True),
        abbreviations=_read_words(folder, "abbreviations.txt", capitalise=True),
        numeric_abbreviations=_read_words(folder, "abbreviations_numeric.txt", capitalise=False),
        final_abbreviations=_read_words(folder, "abbreviations_final.txt", capitalise=False),
        sentence_starters=_read_words(folder, "sentence_starters.txt", capitalise=False),
        ordinal_dot=bool(options.get("ordinal_dot", False)),
        capitalised_nouns=bool(options.get("capitalised_nouns", False)),
    )
