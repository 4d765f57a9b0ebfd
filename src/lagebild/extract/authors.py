"""Author strings from page metadata → person names, or nothing.

Metadata "authors" are often the site ("SPIEGEL ONLINE"), a desk
("Redaktion"), an agency ("dpa"), a profile URL or a social handle. A wrong
author is worse than none, so a candidate that does not look like a person's
name is dropped. Example: ``["Von Anna Schmidt und Jan Roth (dpa)", "faz.net",
"https://example.com/autor/x"]`` → ``["Anna Schmidt", "Jan Roth"]``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from urllib.parse import urlsplit

from .phrases import phrases

MAX_AUTHORS = 6
MAX_NAME_CHARS = 50
MAX_NAME_WORDS = 5

_SPLIT = re.compile(r"\s*(?:;|,|\||&|\s/\s|\bund\b|\band\b|\bmit\b|\bwith\b|\n|(?<=\w\w)\.\s)\s*",
                    re.IGNORECASE)
_BRACKETS = re.compile(r"\s*[(\[][^)\]]*[)\]]\s*")
_UNWANTED = re.compile(r"@|https?:|www\.|\.(?:com|de|net|org|at|ch|info)\b|\d", re.IGNORECASE)
_ARTICLES = {"die", "der", "das", "the"}
_NAME_WORD = re.compile(r"^(?:[^\W\d_][\w'’.-]*)$")


@cache
def _not_name_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in phrases("not_names"))


@cache
def _roles() -> frozenset[str]:
    return frozenset(w.casefold() for w in phrases("roles"))


@cache
def _particles() -> frozenset[str]:
    return frozenset(phrases("name_particles"))


@cache
def _prefix() -> re.Pattern[str]:
    words = sorted(set(phrases("byline_prefixes")), key=len, reverse=True)
    return re.compile(rf"^(?:{'|'.join(re.escape(w) for w in words)})(?:(?<=:)|\s+)", re.IGNORECASE)


def clean_authors(candidates: Iterable[str], *, publisher: str | None = None, url: str | None = None) -> list[str]:
    """Person names among ``candidates`` (split, cleaned, deduplicated, in page order).

    A name that spells the publisher or the site's host ("Hildesheimer Presse" on
    hildesheimer-presse.de) is the site, not a person.
    """
    sites = [_letters(publisher or ""), _letters(urlsplit(url or "").hostname or "")]
    names: list[str] = []
    seen: set[str] = set()
    for candidate in candidates:
        if not isinstance(candidate, str):
            continue
        for part in _SPLIT.split(_BRACKETS.sub(" ", candidate)):
            name = _as_person_name(part)
            if not name or name.casefold() in seen or _names_site(name, sites):
                continue
            seen.add(name.casefold())
            names.append(name)
    return names[:MAX_AUTHORS]


def _letters(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalpha())


def _names_site(name: str, sites: list[str]) -> bool:
    words = name.split()
    if words[0].casefold() in _ARTICLES:
        words = words[1:]
    letters = _letters(" ".join(words))
    return len(letters) >= 4 and any(letters in site for site in sites if site)


def _as_person_name(text: str) -> str | None:
    """``"Von Anna Schmidt"`` → ``"Anna Schmidt"``; ``"Redaktion"``, ``"@anna"``, ``"x.de"`` → None."""
    text = " ".join(text.split()).strip(" -–—:·•")
    text = _prefix().sub("", text).strip(" -–—:")
    text = _strip_roles(text)
    if not text or len(text) > MAX_NAME_CHARS or _UNWANTED.search(text):
        return None
    words = text.split()
    if not 2 <= len(words) <= MAX_NAME_WORDS:
        return None
    if any(_is_not_name(w) for w in words):
        return None
    for word in words:
        if word in _particles():
            continue
        if not _NAME_WORD.match(word) or not word[0].isupper():
            return None
    if words[0] in _particles() or words[-1] in _particles() or words[0].casefold() in _ARTICLES:
        return None
    return text


def _is_not_name(word: str) -> bool:
    """``"Redaktion"``, ``"Software-Redaktion"``, ``"dpa"`` are not parts of a person's name."""
    not_names = _not_name_words()
    return any(part.casefold().strip(".") in not_names for part in word.split("-"))


def _strip_roles(text: str) -> str:
    """``"FOCUS-Online-Experte Robin Tschöpe"`` → ``"Robin Tschöpe"``: a leading role word goes."""
    words = text.split()
    while len(words) > 2 and (_is_not_name(words[0]) or words[0].casefold() in _roles()):
        words = words[1:]
    return " ".join(words)
