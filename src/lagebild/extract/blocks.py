"""Flattened page text → paragraphs ("blocks"), whitespace normalised, words untouched.

A browser copy puts every page element on its own line (skip link, caption,
credit, headline …), while a plain-text dump may hard-wrap a paragraph over
several lines. So each line is a block, except that lines of one paragraph
are joined back when they are visibly wrapped: a line that stops mid-sentence
before a lower-case continuation, a hyphenated break, or a run of lines of
nearly equal width. Example: ``"Der Gipfel endete ohne\\ngemeinsame Erklärung."``
is one block.
"""

from __future__ import annotations

import re

_INVISIBLE = ("\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")
_SPACE_CHARS = "\t\u00a0\u2000-\u200a\u202f\u205f\u3000\f\v"
# Only runs that need rewriting: two or more spaces, or any other space character.
_SPACES = re.compile(rf" {{2,}}|[ {_SPACE_CHARS}]*[{_SPACE_CHARS}][ {_SPACE_CHARS}]*")
_GROUP_BREAK = re.compile(r"\n\s*\n")
_TERMINAL = frozenset(".!?:;\"“”’»«)…")


def normalise_line(line: str) -> str:
    """NBSP and other spaces → one space, soft hyphens and zero-width marks removed, ends stripped."""
    for mark in _INVISIBLE:
        if mark in line:  # str.replace on a short list beats str.translate on long texts
            line = line.replace(mark, "")
    return _SPACES.sub(" ", line).strip()


def split_blocks(content: str) -> list[str]:
    """Non-empty paragraphs of ``content`` in reading order."""
    content = content.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    blocks: list[str] = []
    content = normalise_line(content)  # once over the whole text; newlines are kept
    for group in _GROUP_BREAK.split(content):
        lines = [line for line in (raw.strip() for raw in group.split("\n")) if line]
        if lines:
            blocks.extend(_join_wrapped(lines))
    return blocks


def _join_wrapped(lines: list[str]) -> list[str]:
    if len(lines) == 1:
        return lines
    if _evenly_wrapped(lines):
        return [_glue(lines)]
    out = [lines[0]]
    for line in lines[1:]:
        prev = out[-1]
        if _continues(prev, line):
            out[-1] = _glue([prev, line])
        else:
            out.append(line)
    return out


def _evenly_wrapped(lines: list[str]) -> bool:
    """Three or more lines cut at nearly the same width: a hard-wrapped paragraph."""
    body = [len(line) for line in lines[:-1]]
    return len(body) >= 2 and min(body) >= 45 and max(body) - min(body) <= 25 and len(lines[-1]) <= max(body) + 5


def _continues(prev: str, line: str) -> bool:
    if prev.endswith("-") and len(prev) > 1 and prev[-2].isalpha() and line[:1].islower():
        return True
    return len(prev) >= 30 and prev[-1] not in _TERMINAL and line[:1].islower()


def _glue(lines: list[str]) -> str:
    text = lines[0]
    for line in lines[1:]:
        # A break after a hyphen inside a word ("Außen-\nminister") joins without a space.
        if text.endswith("-") and len(text) > 1 and text[-2].isalpha() and line[:1].islower():
            text = text[:-1] + line
        else:
            text = f"{text} {line}"
    return text
