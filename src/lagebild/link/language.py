"""Per-language word lists the linker needs, read from ``link/data/<lang>/``.

A new language is a new folder with the same files: ``roles.tsv`` (role
words → office), ``place_context.txt`` (words after which a town may stand),
``not_places.txt`` (words never read as towns), ``context_places.txt`` (towns
that need such context even when large), ``sentence_initial_words.txt``
(ordinary words that are surnames too, ignored as short names or towns when
they open a sentence), and optionally ``not_names.txt`` (words of this language
that are another language's name for something: English "Island" is not Iceland)
``former_words.txt`` ("ehemalige", "former": the role phrase after them is a past office) and
``capital_context.txt`` (when a capital stands for its government, see :mod:`.capitals`) and
``generic_words.txt`` (indefinite articles and ordinals that make a role word generic) and
``directions.tsv`` ("der Norden" for North Korea, see :mod:`.directions`) and
``home_country.txt`` (the readers' country unless the settings say otherwise).

Example: ``link_language("de").roles[("präsident",)]`` → ``Role("president", None)``.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..kb.names import name_pieces

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Role:
    office: str
    holder: str | None


@dataclass
class LinkLanguage:
    # Case-folded pieces of a role phrase → role; keyed again by first piece for the scan.
    roles: dict[tuple[str, ...], Role] = field(default_factory=dict)
    role_starts: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    place_words: frozenset[str] = frozenset()
    # Two-word contexts ("city of"), as case-folded pairs.
    place_pairs: frozenset[tuple[str, str]] = frozenset()
    # Prepositions fused with an article ("im", "vom"): context for regions and countries, not towns.
    place_words_with_article: frozenset[str] = frozenset()
    place_suffixes: tuple[str, ...] = ()
    not_places: frozenset[str] = frozenset()
    context_places: frozenset[str] = frozenset()
    sentence_initial: frozenset[str] = frozenset()
    not_names: frozenset[str] = frozenset()
    former: frozenset[str] = frozenset()
    generic: frozenset[str] = frozenset()
    # The readers' country when the settings name none: whose "Kanzler" or "president" an unnamed one is.
    home_country: str = "DEU"
    # "Norden" → ("PRK", {"PRK", "KOR"}): the country a direction names, and the article it needs.
    directions: dict[str, tuple[str, frozenset[str]]] = field(default_factory=dict)
    capital_prepositions: frozenset[str] = frozenset()
    capital_verbs: tuple[str, ...] = ()

    def is_place_context(self, word: str, *, article: bool = True) -> bool:
        folded = word.casefold()
        if article and folded in self.place_words_with_article:
            return True
        return folded in self.place_words or (folded.endswith(self.place_suffixes) if self.place_suffixes
                                              else False)


def _lines(path: Path) -> list[str]:
    if not path.is_file():
        return []
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=8)
def link_language(code: str) -> LinkLanguage:
    """Word lists for ``code``; a language without a folder falls back to German."""
    folder = DATA / code if (DATA / code).is_dir() else DATA / "de"
    language = LinkLanguage()
    rows = csv.DictReader([line for line in (folder / "roles.tsv").read_text(encoding="utf-8").splitlines()
                           if not line.startswith("#")], delimiter="\t")
    for row in rows:
        role = Role(row["office"], row["holder"] or None)
        for phrase in row["phrase"].split("|"):
            key = tuple(piece.casefold() for piece in name_pieces(phrase))
            language.roles[key] = role
            language.role_starts.setdefault(key[0], []).append(key)
    for keys in language.role_starts.values():
        keys.sort(key=len, reverse=True)
    context = _lines(folder / "place_context.txt")
    language.place_words = frozenset(w.casefold() for w in context if not w.startswith(("*", "+")) and " " not in w)
    language.place_pairs = frozenset(tuple(w.casefold().split(" ", 1)) for w in context if " " in w)
    language.place_words_with_article = frozenset(w[1:].casefold() for w in context if w.startswith("+"))
    language.place_suffixes = tuple(w[1:].casefold() for w in context if w.startswith("*"))
    language.not_places = frozenset(w.casefold() for w in _lines(folder / "not_places.txt"))
    language.context_places = frozenset(w.casefold() for w in _lines(folder / "context_places.txt"))
    capital = _lines(folder / "capital_context.txt")
    language.capital_prepositions = frozenset(w[1:].casefold() for w in capital if w.startswith("+"))
    language.capital_verbs = tuple(w.casefold() for w in capital if not w.startswith("+"))
    if (folder / "directions.tsv").is_file():
        lines = [line for line in (folder / "directions.tsv").read_text(encoding="utf-8").splitlines()
                 if not line.startswith("#")]
        for row in csv.DictReader(lines, delimiter="\t"):
            language.directions[row["word"]] = (row["country"], frozenset(row["context"].split("|")))
    home = _lines(folder / "home_country.txt")
    if home:
        language.home_country = home[0].upper()
    language.generic = frozenset(w.casefold() for w in _lines(folder / "generic_words.txt"))
    language.former = frozenset(w.casefold() for w in _lines(folder / "former_words.txt"))
    language.not_names = frozenset(w.casefold() for w in _lines(folder / "not_names.txt"))
    language.sentence_initial = frozenset(w.casefold() for w in _lines(folder / "sentence_initial_words.txt"))
    return language
