"""Reader prompts and link-list cues that trafilatura sometimes keeps inside the body.

A short block that starts with a known cue ("Mehr zum Thema", "Lesen Sie
auch"), mentions a reader prompt ("newsletter", "abonnieren"), is a bare
web address, carries an e-mail address ("Write to … at …@…") or is only a
furniture word ("Anzeige") is page furniture, not article text. Long blocks are never dropped: a cue at
the start of a real paragraph is too rare to risk losing it. Example input:
``"Lesen Sie auch: Was die Ampel jetzt plant"`` → boilerplate.
"""

from __future__ import annotations

import re
from functools import cache

from .captions import split_credit
from .phrases import phrases

MAX_BOILERPLATE_CHARS = 200
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")


@cache
def _cue() -> re.Pattern[str]:
    words = sorted(set(phrases("boilerplate")), key=len, reverse=True)
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"^(?:{alternation})(?:(?<=\W)|(?!\w))", re.IGNORECASE)


@cache
def _prompt() -> re.Pattern[str]:
    words = sorted(set(phrases("prompts")), key=len, reverse=True)
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)


@cache
def _whole() -> frozenset[str]:
    return frozenset(w.casefold() for w in phrases("furniture"))


def is_boilerplate(text: str) -> bool:
    """True for a short block that is a reader prompt, a link-list cue or a lone furniture word."""
    if len(text) > MAX_BOILERPLATE_CHARS:
        return False
    if not any(ch.isalnum() for ch in text):  # separators such as "*" or "* * *"
        return True
    if text.strip(" :.!|»›>-–—").casefold() in _whole():
        return True
    if _ADDRESS.fullmatch(text.strip()) or _EMAIL.search(text):
        return True
    if split_credit(text)[1] is not None:  # a picture caption left in the body ("… © AFP / Name")
        return True
    return _cue().match(text) is not None or _prompt().search(text) is not None
