"""Datelines that open a news body: ``"Wien – "``, ``"Berlin (dpa) - "``, ``"WASHINGTON (Reuters) -"``.

The place (one to four capitalised words, ``/``-joined places, an optional
region or wire date after a comma) and an optional agency in brackets, or
the agency alone (``"(CNN) — "``), are followed by a dash. Example: ``"KIEW, 3. März (Reuters) - Die Ukraine …"``
has the dateline ``"KIEW, 3. März (Reuters)"``. The same shape after the
first sentence of a one-line text marks where a teaser ends and the body
begins (``"… gehört. Wien – Die Gewerkschaft …"``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .lexicon import lexicon

_TOKEN = r"(?:[A-ZÄÖÜÀ-Ý][a-zäöü]{0,2}\.|[A-ZÄÖÜÀ-ÝŁŚŻČŠŽ][\w'’-]*)"
_SENTENCE_END = re.compile(r"(?:[.!?…]|[.!?][\"“”»’])\s+")


@dataclass(frozen=True)
class Dateline:
    text: str     # "Berlin (dpa)"
    start: int    # where the dateline begins in the searched text
    end: int      # where the body text after the dash begins


@cache
def _pattern() -> re.Pattern[str]:
    lex = lexicon()
    particles = "|".join(re.escape(p) for p in sorted(lex.place_particles, key=len, reverse=True))
    months = "(?i:" + "|".join(re.escape(m) for m in sorted(lex.months, key=len, reverse=True)) + ")"
    place = rf"{_TOKEN}(?:\s+(?:(?:{particles})\s+)?{_TOKEN}){{0,3}}"
    return re.compile(
        rf"(?P<dateline>(?:(?P<place>{place}(?:\s*/\s*{place}){{0,3}})"
        rf"(?:,\s*{place})?(?:,\s*(?:\d{{1,2}}\.\s*(?:{months})|(?:{months})\.?\s+\d{{1,2}}))?)?"
        r"(?:\s*\((?P<agency>[^()\n]{1,40})\))?)"
        r"(?:\s+|(?<=\)))[–—-]{1,2}\s*(?=[„\"“'‚«»(A-ZÄÖÜ0-9])")


def leading_dateline(text: str) -> Dateline | None:
    """The dateline at the very start of ``text``, if any."""
    return _checked(_pattern().match(text), text)


def inner_dateline(text: str, *, within: int = 700) -> Dateline | None:
    """A dateline after the first sentence(s) of a run-on teaser + body text."""
    for end in _SENTENCE_END.finditer(text, 0, within):
        found = _checked(_pattern().match(text, end.end()), text)
        if found:
            return found
    return None


def _checked(match: re.Match[str] | None, text: str) -> Dateline | None:
    if match is None:
        return None
    lex = lexicon()
    place, agency = match.group("place"), match.group("agency")
    if place is None and agency is None:
        return None
    if place is not None:
        first = place.split()[0].rstrip(".")
        if first in lex.function_words or first.casefold() in lex.months or len(place) > 45:
            return None
    if agency is not None and not all(_agency_word(p) for p in lex.credit_split.split(agency) if p):
        return None
    return Dateline(match.group("dateline").strip(), match.start("dateline"), match.end())


def _agency_word(part: str) -> bool:
    part = part.strip()
    return (part.casefold() in lexicon().agencies or part.isupper() and len(part) <= 6
            or part.islower() and part.isalpha() and len(part) <= 4)
