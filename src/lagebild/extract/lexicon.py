"""Cue-word lists for page furniture, loaded once from ``extract/data/<lang>/``.

Page text arrives before its language is known, and pages mix languages
("Teilen" beside "Share"), so the lists of every language folder are merged.
A new language is a new folder; nothing here names a language. Example entry
in ``data/de/footer.txt``: ``Zur Startseite``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Lexicon:
    skip: frozenset[str]            # casefolded whole lines
    short_cues: tuple[str, ...]     # casefolded substrings of short furniture lines
    footer: re.Pattern[str]         # line prefix that ends the article
    related: re.Pattern[str]        # line prefix that introduces a link list
    prompts: re.Pattern[str]        # reader prompts (newsletter, subscribe)
    consent: re.Pattern[str]        # words of a cookie consent notice
    genres: dict[str, str]          # casefolded marker -> genre
    byline: re.Pattern[str]         # byline prefix, group "rest"
    credit_prefix: re.Pattern[str]  # picture credit prefix at line start
    credit_inline: re.Pattern[str]  # picture credit at the tail of a caption
    credit_cues: frozenset[str]     # casefolded credit prefixes without their colon: a fast pre-check
    caption_prefix: re.Pattern[str]  # "Image caption, …"
    wire_tails: re.Pattern[str]     # newsroom credits at the end
    wire_endings: re.Pattern[str]   # "… contributed to this report."
    agencies: frozenset[str]        # casefolded agency names
    months: dict[str, int]          # casefolded month name -> number
    weekdays: frozenset[str]        # casefolded
    date_cues: frozenset[str]       # casefolded
    function_words: frozenset[str]  # as written (capitalised)
    name_particles: frozenset[str]
    given_names: frozenset[str]     # "Benedikt": a bare name line must start with one
    name_split: re.Pattern[str]     # between names: ",", ";", "&", "und", "and"
    credit_split: re.Pattern[str]   # between parts of a credit: "/", ",", "via", "für"
    author_words: tuple[str, ...]   # "von", "by": "Ein Kommentar von Anna Müller"
    byline_place: re.Pattern[str]   # " in Brüssel" at the end of a byline part
    place_particles: tuple[str, ...]  # "am" in "Frankfurt am Main"


def _lines(name: str) -> list[str]:
    out: list[str] = []
    for folder in sorted(p for p in DATA.iterdir() if p.is_dir()):
        path = folder / name
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                out.append(line)
    return out


def _pairs(name: str) -> list[tuple[str, str]]:
    return [tuple(part.strip() for part in line.split("\t", 1)) for line in _lines(name)]  # type: ignore[misc]


def _alternation(words: list[str]) -> str:
    # Longest first so "Ein Kommentar" wins over "Ein"; spaces match any run of spaces.
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _prefix(words: list[str]) -> re.Pattern[str]:
    """Cue at the start of a line, ending at a word boundary ("Kommentare (3)", not "Kommentarfunktion")."""
    return re.compile(rf"^(?:{_alternation(words)})(?:(?<=\W)|(?!\w))", re.IGNORECASE)


@cache
def lexicon() -> Lexicon:
    """Read every data folder once per process."""
    credit_words = _lines("credit_prefixes.txt")
    return Lexicon(
        skip=frozenset(w.casefold() for w in _lines("skip.txt")),
        short_cues=tuple(w.casefold() for w in _lines("short_cues.txt")),
        footer=_prefix(_lines("footer.txt")),
        related=_prefix(_lines("related.txt")),
        prompts=re.compile(rf"(?<!\w)(?:{_alternation(_lines('prompts.txt'))})", re.IGNORECASE),
        consent=re.compile(rf"(?<!\w)(?:{_alternation(_lines('consent.txt'))})", re.IGNORECASE),
        genres={marker.casefold(): genre for marker, genre in _pairs("genres.tsv")},
        byline=re.compile(rf"^(?:{_alternation(_lines('byline_prefixes.txt'))})(?:(?<=\W)|\s+)(?P<rest>.+)$"),
        credit_prefix=re.compile(rf"^(?:{_alternation(credit_words)})\s*", re.IGNORECASE),
        credit_inline=re.compile(rf"(?:^|\s|\(|\||(?<=[.!?…“”\"]))(?P<credit>(?:{_alternation(credit_words)})\s*[^()|]{{1,90}}?)"
                                 r"\)?\s*$", re.IGNORECASE),
        credit_cues=frozenset(w.casefold().rstrip(":, ") for w in credit_words),
        caption_prefix=re.compile(rf"^(?:{_alternation(_lines('caption_prefixes.txt'))})\s*", re.IGNORECASE),
        wire_tails=_prefix(_lines("wire_tails.txt")),
        wire_endings=re.compile(rf"(?:{_alternation(_lines('wire_tail_endings.txt'))})\W*$", re.IGNORECASE),
        agencies=frozenset(w.casefold() for w in _lines("agencies.txt")),
        months={name.casefold(): int(num) for name, num in _pairs("months.tsv")},
        weekdays=frozenset(w.casefold() for w in _lines("weekdays.txt")),
        date_cues=frozenset(w.casefold() for w in _lines("date_cues.txt")),
        function_words=frozenset(_lines("function_words.txt")),
        name_particles=frozenset(_lines("name_particles.txt")),
        given_names=frozenset(_lines("given_names.txt")),
        name_split=re.compile(rf"\s*(?:,|;|\s+&\s+|\s+(?:{_alternation(_lines('name_joiners.txt'))})\s+)\s*"),
        credit_split=re.compile(
            rf"\s*(?:/|,|;|\||·|\s+(?:{_alternation(_lines('credit_joiners.txt'))})\s+)\s*"),
        author_words=tuple(sorted({w.casefold() for w in _lines("byline_prefixes.txt") if w.isalpha()})),
        place_particles=tuple(_lines("place_particles.txt")),
        byline_place=re.compile(rf"\s+(?:{_alternation(_lines('byline_places.txt'))})\s+[A-ZÄÖÜ].*$"),
    )
