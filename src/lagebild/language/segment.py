"""Sentence splitting: blocks first, then full stops judged one candidate at a time.

The text is cut into blocks that no sentence may cross: paragraphs (a blank
line) and the crossheads the extractor found (``article.headings``). A short
one-line paragraph without final punctuation that is followed by more text is
a heading too. Inside a block one regex finds every candidate boundary
(``.``, ``!``, ``?``, ``…`` plus closing quotes or brackets, then whitespace),
and :func:`_ends_sentence` decides from the word before and the word after,
using the language's word lists (``data/<code>/``). Candidates are about one
per sentence, so the Python logic stays off the per-character path; tokens
come from one ``finditer`` per sentence (:mod:`.tokens`).

Example: ``Er sagte: „Wir bleiben.“ Dann ging er am 25. April mit Dr. Kim.``
→ ``Er sagte: „Wir bleiben.“`` | ``Dann ging er am 25. April mit Dr. Kim.``
"""

from __future__ import annotations

import re

from ..model import Article, Sentence, Span, Token
from ..settings import Settings
from .defaults import LanguageDefaults, defaults_for
from .tokens import token_pattern

_CLOSERS = "\"'”“«»’‘›‹)]"
_OPENERS = "\"'„“”‚‘»«›‹([#@"
# A candidate boundary: terminal punctuation, closing quotes/brackets, whitespace, and (looked at,
# not consumed) opening quotes or an interview dash ("Warum? – Weil …") and the next word.
_BOUNDARY = re.compile(
    rf"(?P<stop>[.!?…]+)(?P<close>[{re.escape(_CLOSERS)}]*)\s+"
    rf"(?=(?P<open>(?:[-–—]\s+)?[{re.escape(_OPENERS)}]*)(?P<next>\w+|\S))")
# A blank line, or a line break before a list bullet ("…:\n- mehr Geld\n- weniger Arbeit").
_BULLETS = "-–—•*·▪►"
_PARAGRAPH = re.compile(rf"\n[^\S\n]*\n\s*|\n[^\S\n]*(?=[{re.escape(_BULLETS)}] )")
_DOTTED_WORD = re.compile(r"[^\W\d_]{1,3}(?:\.[^\W\d_]{1,3})+")
_ROMAN = re.compile(r"[IVX]{2,5}")
# Words that may be an ordinal: "25", "1./2" (not "Covid-19", which often ends a sentence).
_ORDINAL_WORD = re.compile(r"(?:\d{1,3}\./)?\d{1,3}")
# A paragraph ending in one of these (before closing quotes) is prose, not a heading.
_FINAL = frozenset(".!?…:;,。！？।")
_HEADING_MAX = 200
_WORD_MAX = 50


def segment_sentences(article: Article, settings: Settings) -> Article:
    """Fill ``article.sentences`` with exact, whitespace-free spans and their tokens.

    Example: ``"Krise in Kiew\\n\\nDie UN-Sanktionen greifen. Kim reist ab."`` → a heading
    sentence and two sentences.
    """
    text = article.text
    lang = defaults_for(article.language)
    finditer = token_pattern(article.language).finditer
    sentences = []
    for start, end, heading in _spans(text, article.headings, lang):
        tokens = [Token(m.start(), m.end(), m.group()) for m in finditer(text, start, end)]
        sentences.append(Sentence(start, end, tokens, heading))
    article.sentences = sentences
    return article


def _spans(text: str, headings: list[Span], lang: LanguageDefaults) -> list[tuple[int, int, bool]]:
    """(start, end, heading) for every sentence, in text order."""
    out: list[tuple[int, int, bool]] = []
    paragraphs = [(start, end, heading) for piece_start, piece_end, heading in _pieces(text, headings)
                  for start, end in (_lines if heading else _paragraphs)(text, piece_start, piece_end)]
    last = len(paragraphs) - 1
    for i, (start, end, heading) in enumerate(paragraphs):
        before = len(out)
        _split(text, start, end, lang, out)
        if len(out) != before + 1:
            # A marked heading line holding several sentences is prose the extractor swept into
            # the heading span ("Renovierung\n"Kein Abo. Keine Werbung.""): keep it as prose.
            continue
        # A heading the extractor missed: one sentence, alone on its line, more text after it.
        if heading or (i < last and _looks_like_heading(text, start, end)):
            out[-1] = (start, end, True)
    return out


def _pieces(text: str, headings: list[Span]) -> list[tuple[int, int, bool]]:
    """Cut the text at the extractor's heading spans; overlapping or empty spans are ignored."""
    pieces = []
    pos = 0
    for span in sorted(headings, key=lambda span: span.start):
        start, end = max(span.start, 0), min(span.end, len(text))
        if start < pos or end <= start:
            continue
        pieces.append((pos, start, False))
        pieces.append((start, end, True))
        pos = end
    pieces.append((pos, len(text), False))
    return pieces


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Non-empty paragraphs of ``text[start:end]``, trimmed of surrounding whitespace."""
    out = []
    pos = start
    for m in _PARAGRAPH.finditer(text, start, end):
        _append_trimmed(text, pos, m.start(), out)
        pos = m.end()
    _append_trimmed(text, pos, end, out)
    return out


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Non-empty lines of a heading span: a crosshead is one line, so each line is judged alone."""
    out: list[tuple[int, int]] = []
    pos = start
    while (newline := text.find("\n", pos, end)) != -1:
        _append_trimmed(text, pos, newline, out)
        pos = newline + 1
    _append_trimmed(text, pos, end, out)
    return out


def _append_trimmed(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append((start, end))


def _looks_like_heading(text: str, start: int, end: int) -> bool:
    """A crosshead the extractor did not mark: one short line without final punctuation.

    Example: ``"Angriff auf Kiew"`` or ``Merkel: „Wir schaffen das“`` standing alone.
    """
    if end - start > _HEADING_MAX or text.find("\n", start, end) != -1 or text[start] in _BULLETS:
        return False
    last = end - 1
    while last > start and text[last] in _CLOSERS:
        last -= 1
    return text[last] not in _FINAL


def _split(text: str, start: int, end: int, lang: LanguageDefaults, out: list[tuple[int, int, bool]]) -> None:
    """Append the sentences of one paragraph to ``out``."""
    sent_start = start
    for m in _BOUNDARY.finditer(text, start, end):
        if _ends_sentence(text, m, lang, sent_start):
            out.append((sent_start, m.end("close"), False))
            sent_start = m.end()
    out.append((sent_start, end, False))


def _ends_sentence(text: str, m: re.Match[str], lang: LanguageDefaults, floor: int) -> bool:
    """Whether candidate ``m`` ends a sentence; the subtle cases are abbreviations and ordinals."""
    stop, nxt = m.group("stop"), m.group("next")
    if nxt[0].islower() and not m.group("open").endswith(("@", "#")):  # „Wer?“, fragte er / z. B. der
        return False
    if "?" in stop or "!" in stop:
        return True
    if stop != "." and stop != "..":
        # An ellipsis often marks an omission inside a sentence; a capital after it means a new
        # sentence only where nouns are not capitalised anyway (English, not German).
        return (nxt in lang.sentence_starters or text.startswith(":", m.end("next"))  # "… Mahrer: Die"
                or (not lang.capitalised_nouns and nxt[0].isupper()))
    if m.group("close"):  # „Wir bleiben.“ Dann …
        return True
    if not (nxt[0].isalnum() or m.group("open")):  # "etc. – und", "ca. -5 Grad"
        return False
    word = _word_before(text, m.start(), floor)
    if not word:
        return True
    if word in lang.prefix_abbreviations:
        return False
    if word in lang.numeric_abbreviations:
        return not nxt[0].isdigit()
    if word in lang.final_abbreviations:  # "Busse usw. Demgemäß …"
        return nxt[0].isupper() or nxt[0].isdigit()
    if word[-1].isdigit():
        # German "am 25. April", "im 1./2. Weltkrieg"; a year, an amount or a name with a number
        # ("im Jahr 2015. Die", "1.000.", "Covid-19.") ends the sentence.
        if lang.ordinal_dot and _ORDINAL_WORD.fullmatch(word):
            return nxt in lang.sentence_starters
        return True
    if (word in lang.abbreviations or (len(word) == 1 and word.isalpha()) or _DOTTED_WORD.fullmatch(word)
            or (lang.ordinal_dot and _ROMAN.fullmatch(word))):
        return nxt in lang.sentence_starters
    tail = word.rpartition("-")[2]  # "Dipl.-Ing. Müller"
    return tail == word or tail not in lang.prefix_abbreviations


def _word_before(text: str, end: int, floor: int) -> str:
    """The word that a full stop at ``end`` closes, without opening brackets or quotes ("(ca" → "ca")."""
    lo = max(floor, end - _WORD_MAX)
    start = max(text.rfind(" ", lo, end), text.rfind("\n", lo, end), text.rfind("\xa0", lo, end),
                text.rfind("\t", lo, end), lo - 1) + 1
    return text[start:end].lstrip(_OPENERS)
