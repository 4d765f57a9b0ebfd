"""Tokenisation with one precompiled regular expression per language.

Speed matters (tens of thousands of sentences a second), so a sentence is
tokenised by a single ``finditer`` over the article text between the
sentence's offsets: no slicing, no per-character Python. Branch order decides
what wins: URLs and e-mail addresses stay whole, known abbreviations keep their
full stop, numbers keep their separators, words keep inner hyphens and
apostrophes, and every other visible character is a token of its own.
Example: ``„Die UN-Sanktionen kosten 1.000 Mio. Euro“, sagte Dr. Kim.`` →
``„ Die UN-Sanktionen kosten 1.000 Mio. Euro “ , sagte Dr. Kim .``
"""

from __future__ import annotations

import re
from functools import cache

from ..model import Token
from .alternation import literal_alternation
from .defaults import LanguageDefaults, defaults_for

# Top-level domains that make "orf.at" or "bundesregierung.de" one token without "www.".
_TLDS = "at|de|ch|com|org|net|eu|info|io|gov|edu|uk|fr|it|es|ru|us|tv|int"

# The rest of an address: anything but spaces and quotes, not ending in punctuation.
_PATH = r"[^\s<>\"“”„«»]*[^\s<>\"“”„«».,;:!?)\]'’]"
_URL = rf"(?:https?://|ftp://|www\.){_PATH}"
_EMAIL = r"[\w.+-]++@[\w-]+(?:\.[\w-]+)+"
_DOMAIN = rf"(?:[\w-]++\.)+(?:{_TLDS})(?:/{_PATH}|(?![\w-]|\.\w))"
_HANDLE = r"[#@]\w+"
# The common case first: a plain word or number that ends at a space, a bracket or a comma
# (not "3,5"); nothing else can start there, so the other branches are skipped. Possessive
# quantifiers (``++``) stop the engine from retrying every shorter prefix of a long word.
_PLAIN = r"\w++(?=\s|[;!?)\]\"“”»«]|,(?!\d))"
# A lone punctuation mark that cannot start a longer token (not ".", "#", "@", "…", "-").
_PUNCT = r"[^\w\s.#@…\-]"
# "z.B.", "U.S.", "i.d.R.": short letter groups, each closed by a full stop.
_DOTTED = r"[^\W\d_]{1,3}\.(?:[^\W\d_]{1,3}\.)+"
# An initial or a spaced abbreviation part: "F." in "John F. Kennedy", "z." in "z. B.".
_INITIAL = r"[^\W\d_]\.(?!\w)"
# A word or a number with separators ("1.000", "3,5", "12.30", "2:1") joined by inner hyphens
# or apostrophes ("Kim-Putin-Gipfel", "2:1-Führung", "don't"); a trailing hyphen stays when
# the compound is elided ("Süd- und Nordkorea").
# Word characters include combining accents, soft hyphens and zero-width joiners, so text that
# is not NFC-normalised ("Mu\u0308ller") or carries hyphenation hints ("Ge\u00adsetz") stays whole.
_PART = r"(?:\d+(?:[.,:]\d+)+|[\w\u0300-\u036f\u00ad\u200c\u200d]+)"
_WORD = rf"{_PART}(?:[-‐‑'’]{_PART})*(?:-(?=[\s,/]))?"
# An elided first part: "Arbeitszeiten und -leistungen".
_SUFFIX = r"-[a-zäöüß]\w*(?:-\w+)*"
_ELLIPSIS = r"\.\.\.+|…"


@cache
def token_pattern(code: str) -> re.Pattern[str]:
    """The compiled tokenizer for language ``code`` (built once per process)."""
    return _compile(defaults_for(code))


def _compile(lang: LanguageDefaults) -> re.Pattern[str]:
    # Matching only ever starts where a token may start (a previous token swallows a whole
    # word), so the branches need no look-behind.
    branches = [_PLAIN, _PUNCT, _URL, _EMAIL, _DOMAIN, _HANDLE]
    known = lang.prefix_abbreviations | lang.abbreviations | lang.final_abbreviations
    if known:
        branches.append(rf"{literal_alternation(sorted(known))}\.(?![^\W_])")
    if lang.numeric_abbreviations:
        branches.append(rf"{literal_alternation(sorted(lang.numeric_abbreviations))}\.(?=\s*\d)")
    branches += [_DOTTED, _INITIAL, _WORD, _SUFFIX, _ELLIPSIS, r"\S"]
    return re.compile("|".join(branches))


def tokenize(text: str, start: int = 0, end: int | None = None, *, language: str = "de") -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``; ``token.text == text[token.start:token.end]``.

    Example: ``tokenize("Süd- und Nordkorea")`` → ``Süd-``, ``und``, ``Nordkorea``.
    """
    pattern = token_pattern(language)
    stop = len(text) if end is None else end
    return [Token(m.start(), m.end(), m.group()) for m in pattern.finditer(text, start, stop)]
