"""Publication dates written in page furniture, as ISO ``YYYY-MM-DD``.

Pages print the date in a few local shapes: ``26.04.2019, 14:03 Uhr``,
``26. April 2019``, ``Friday, January 4, 2019``, ``April 26, 2019``,
``4 January 2019`` or ``2019-04-26``. Month names come from the language
folders (``months.tsv``), so "Jänner" and "Sept." work without branches.
"""

from __future__ import annotations

import calendar
import re
from functools import cache

from .lexicon import lexicon

_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w.&-]*")


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    months = "|".join(sorted((re.escape(m) for m in lexicon().months), key=len, reverse=True))
    return (
        re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b"),
        re.compile(r"\b(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>(?:19|20)\d\d)\b"),
        re.compile(rf"\b(?P<d>\d{{1,2}})\.?\s+(?P<mn>{months})\.?\s+(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE),
        re.compile(rf"\b(?P<mn>{months})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b",
                   re.IGNORECASE),
    )


def find_date(text: str) -> tuple[str, re.Match[str]] | None:
    """The first valid date in ``text`` and its match: ``"Stand: 26.04.2019"`` → ``("2019-04-26", …)``."""
    best: tuple[str, re.Match[str]] | None = None
    for pattern in _patterns():
        match = pattern.search(text)
        if match is None:
            continue
        parts = match.groupdict()
        month = int(parts["m"]) if parts.get("m") else lexicon().months[parts["mn"].casefold()]
        day, year = int(parts["d"]), int(parts["y"])
        if not _valid(year, month, day):
            continue
        if best is None or match.start() < best[1].start():
            best = (f"{year:04d}-{month:02d}-{day:02d}", match)
    return best


def _valid(year: int, month: int, day: int) -> bool:
    """``31.02.2019`` is a typo or a score, not a date."""
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def date_line(line: str) -> str | None:
    """ISO date when the whole line is a date with furniture words around it, else None.

    ``"Veröffentlicht am 26.04.2019, 14:03 Uhr"`` → ``"2019-04-26"``; a body
    sentence that merely mentions a date is not a date line.
    """
    if len(line) > 80:
        return None
    found = find_date(line)
    if found is None:
        return None
    iso, match = found
    rest = _TIME.sub(" ", line[:match.start()] + " " + line[match.end():])
    lex = lexicon()
    for word in _WORD.findall(rest):
        word = word.rstrip(".").casefold()
        if word not in lex.date_cues and word not in lex.weekdays and word not in lex.months:
            return None
    return iso
