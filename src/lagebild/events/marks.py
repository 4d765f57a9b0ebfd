"""Quotation marks: pairing openers with closers in running text.

Why pairs and not a regex: German „…“ closes with the mark English opens
with (“), straight quotes " and ' open and close alike, and an apostrophe
("Putin's") must never open a quotation. The pairs come from the language's
``quotes.toml``, tried in order. Example: in ``Er sagte: „Wir bleiben.“``
the span is (10, 23), the offsets of „ and “.
"""

from __future__ import annotations


def quotation_spans(text: str, marks: tuple[tuple[str, str], ...], *, max_chars: int) -> list[tuple[int, int]]:
    """(opening, closing) offsets of quotation marks, outermost only, never across a blank line."""
    closers: dict[str, list[str]] = {}
    for opener, closer in marks:
        closers.setdefault(opener, []).append(closer)
    spans = []
    index = 0
    while index < len(text):
        char = text[index]
        if char not in closers or char in closers[char] and not _opens(text, index):
            index += 1
            continue
        limit = min(len(text), index + max_chars)
        blank = text.find("\n\n", index, limit)
        limit = blank if blank != -1 else limit
        close = -1
        for closer in closers[char]:
            at = index + 1
            while True:
                at = text.find(closer, at, limit)
                if at == -1 or closer != char or _closes(text, at):
                    break
                at += 1
            if at != -1 and (close == -1 or at < close):
                close = at
        if close == -1:
            index += 1
            continue
        spans.append((index, close))
        index = close + 1
    return spans


def _opens(text: str, index: int) -> bool:
    """A symmetric mark (" or ') opens before a word and after a space, a bracket or the start."""
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    return (before.isspace() or before in "([—–-:") and not after.isspace()


def _closes(text: str, index: int) -> bool:
    """A symmetric mark closes after a non-space and before a space, punctuation or the end."""
    before = text[index - 1]
    after = text[index + 1] if index + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()
