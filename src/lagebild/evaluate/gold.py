"""Loading and validating hand-written gold files (TOML, one file per paragraph set).

Gold is written by people, so the loader is strict and its errors name the
file and line: a mention whose text is not in the paragraph, an id with an
unknown prefix or a misspelt type stops the evaluation instead of silently
scoring against a broken span. TOML because it is in the standard library,
keeps multi-line German text readable and allows one mention per line::

    kind = "entities"

    [[item]]
    id = "de-genitive-01"
    lang = "de"
    published = "2019-04-26"
    text = "Russlands Präsident Wladimir Putin empfing Kim Jong Un in Wladiwostok."
    mentions = [
      { text = "Russlands", type = "GPE", actor = "iso:RUS", place = "iso:RUS" },
      { text = "Wladimir Putin", type = "PER", actor = "wd:Q7747" },
      { text = "Kim Jong Un", type = "PER", actor = "wd:Q56226" },
      { text = "Wladiwostok", type = "GPE", place = "gn:2013348" },
    ]

A missing ``actor`` / ``place`` key means "no link". ``occurrence`` (1-based,
default 1) picks which whole-word occurrence of ``text`` is meant.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import LagebildError

MENTION_TYPES = ("PER", "ORG", "GPE", "LOC", "MISC")
LANGUAGES = ("de", "en")
ACTOR_ID = re.compile(r"^(wd:Q[1-9][0-9]*|iso:[A-Z]{3}|name:\S.*)$")
PLACE_ID = re.compile(r"^(gn:[1-9][0-9]*|iso:[A-Z]{3}|name:\S.*)$")
_ITEM_KEYS = {"id", "lang", "published", "text", "mentions", "note"}
_MENTION_KEYS = {"text", "occurrence", "type", "actor", "place", "note"}


class GoldFormatError(LagebildError):
    """A gold file that cannot be used; ``source`` is ``path:line``."""

    code = "E300"


@dataclass(frozen=True)
class GoldMention:
    start: int
    end: int
    text: str
    type: str
    actor: str | None = None
    place: str | None = None
    line: int = 0


@dataclass
class GoldItem:
    """One annotated paragraph; ``data`` keeps the raw table for kinds other than entities."""

    id: str
    kind: str
    lang: str
    published: str
    text: str
    mentions: list[GoldMention] = field(default_factory=list)
    source: str = ""
    data: dict[str, Any] = field(default_factory=dict)


def load_gold_file(path: str | Path, *, kind: str | None = None) -> list[GoldItem]:
    """All items of one gold file, validated; ``kind`` defaults to the file's ``kind`` key or folder name."""
    path = Path(path)
    raw = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise GoldFormatError(str(path), f"not valid TOML: {exc}") from exc
    lines = _LineFinder(raw)
    kind = data.get("kind") or kind or path.parent.name
    items = data.get("item")
    if not isinstance(items, list) or not items:
        raise GoldFormatError(f"{path}:1", "no [[item]] tables found")
    out = []
    for index, table in enumerate(items):
        line = lines.item(index)
        out.append(_item(table, kind=kind, where=f"{path}:{line}", lines=lines, item_line=line,
                         entities=kind == "entities"))
    return out


def load_gold_dir(gold_dir: str | Path) -> dict[str, list[GoldItem]]:
    """Every ``*.toml`` under ``gold_dir`` grouped by kind; item ids must be unique within a kind.

    The kind is the file's ``kind`` key, else its folder's name, so
    ``tests/gold/entities/*.toml`` and ``tests/gold/events/*.toml`` sort themselves.
    """
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise GoldFormatError(str(gold_dir), "gold directory not found")
    files = sorted(gold_dir.rglob("*.toml"))
    if not files:
        raise GoldFormatError(str(gold_dir), "no *.toml gold files found")
    kinds: dict[str, list[GoldItem]] = {}
    seen: dict[tuple[str, str], str] = {}
    for path in files:
        for item in load_gold_file(path):
            key = (item.kind, item.id)
            if key in seen:
                raise GoldFormatError(item.source, f"item id {item.id!r} already used at {seen[key]}")
            seen[key] = item.source
            kinds.setdefault(item.kind, []).append(item)
    return kinds


def locate(text: str, needle: str, occurrence: int = 1) -> tuple[int, int] | None:
    """Offsets of the ``occurrence``-th whole-word match of ``needle`` in ``text``.

    Whole-word means the characters around it are not letters or digits, so
    "US" is found in "US-Präsident" but not inside "USA", and "Kim" in
    "Kim-Putin-Gipfel" but not in "Kimchi".
    """
    pattern = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")
    for count, match in enumerate(pattern.finditer(text), start=1):
        if count == occurrence:
            return match.start(), match.end()
    return None


def _item(table: Any, *, kind: str, where: str, lines: _LineFinder, item_line: int,
          entities: bool) -> GoldItem:
    if not isinstance(table, dict):
        raise GoldFormatError(where, "an item must be a table")
    for key in ("id", "lang", "published", "text"):
        if not isinstance(table.get(key), str) or not table[key].strip():
            raise GoldFormatError(where, f"item lacks {key!r} (a non-empty string)")
    if entities:
        unknown = set(table) - _ITEM_KEYS
        if unknown:
            raise GoldFormatError(where, f"item {table['id']!r}: unknown keys {sorted(unknown)}")
    if table["lang"] not in LANGUAGES:
        raise GoldFormatError(where, f"item {table['id']!r}: lang {table['lang']!r} not one of {LANGUAGES}")
    try:
        dt.date.fromisoformat(table["published"])
    except ValueError as exc:
        raise GoldFormatError(where, f"item {table['id']!r}: published {table['published']!r} "
                                     "is not a YYYY-MM-DD date") from exc
    text = table["text"]
    mentions = []
    if entities or "mentions" in table:
        raw_mentions = table.get("mentions")
        if not isinstance(raw_mentions, list):
            raise GoldFormatError(where, f"item {table['id']!r}: 'mentions' must be a list (may be empty)")
        for number, raw in enumerate(raw_mentions):
            line = lines.mention(item_line, number)
            mentions.append(_mention(raw, text, where=f"{where.rsplit(':', 1)[0]}:{line}", line=line))
        _check_overlaps(mentions, where=where.rsplit(":", 1)[0])
    return GoldItem(id=table["id"], kind=kind, lang=table["lang"], published=table["published"], text=text,
                    mentions=sorted(mentions, key=lambda m: m.start), source=where, data=dict(table))


def check_table(raw: Any, allowed: frozenset[str] | set[str], *, what: str, example: str, where: str) -> None:
    """A gold entry is an inline table with known keys only; else GoldFormatError naming ``where``."""
    if not isinstance(raw, dict):
        raise GoldFormatError(where, f"{'an' if what[0] in 'aeiou' else 'a'} {what} must be an inline table {example}")
    unknown = set(raw) - allowed
    if unknown:
        raise GoldFormatError(where, f"{what} has unknown keys {sorted(unknown)}")


def _mention(raw: Any, text: str, *, where: str, line: int) -> GoldMention:
    check_table(raw, _MENTION_KEYS, what="mention", example="{ text = …, type = … }", where=where)
    needle = raw.get("text")
    if not isinstance(needle, str) or not needle:
        raise GoldFormatError(where, "mention lacks 'text'")
    if raw.get("type") not in MENTION_TYPES:
        raise GoldFormatError(where, f"mention {needle!r}: type {raw.get('type')!r} "
                                     f"not one of {MENTION_TYPES}")
    occurrence = raw.get("occurrence", 1)
    if not isinstance(occurrence, int) or isinstance(occurrence, bool) or occurrence < 1:
        raise GoldFormatError(where, f"mention {needle!r}: occurrence must be an integer ≥ 1")
    for key, pattern, hint in (("actor", ACTOR_ID, "wd:Q…, iso:XXX or name:…"),
                               ("place", PLACE_ID, "gn:<geonameid>, iso:XXX or name:…")):
        value = raw.get(key)
        if value is not None and (not isinstance(value, str) or not pattern.match(value)):
            raise GoldFormatError(where, f"mention {needle!r}: {key} {value!r} is not {hint}")
    span = locate(text, needle, occurrence)
    if span is None:
        found = len(list(re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text)))
        raise GoldFormatError(where, f"mention {needle!r} (occurrence {occurrence}) not found as a whole "
                                     f"word in the item text ({found} occurrence(s) there)")
    return GoldMention(span[0], span[1], needle, raw["type"], raw.get("actor"), raw.get("place"), line)


def _check_overlaps(mentions: list[GoldMention], *, where: str) -> None:
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    for before, after in zip(ordered, ordered[1:], strict=False):
        if after.start < before.end:
            raise GoldFormatError(f"{where}:{after.line}",
                                  f"mention {after.text!r} overlaps {before.text!r} "
                                  "(gold mentions are flat; split compounds instead)")


class _LineFinder:
    """Line numbers for error messages: tomllib gives values, not positions, so search the raw text."""

    _ITEM = re.compile(r"^[ \t]*\[\[\s*item\s*\]\]", re.MULTILINE)
    _MENTIONS = re.compile(r"^[ \t]*mentions\s*=", re.MULTILINE)

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.item_starts = [m.start() for m in self._ITEM.finditer(raw)]

    def _line_of(self, offset: int) -> int:
        return self.raw.count("\n", 0, offset) + 1

    def item(self, index: int) -> int:
        if index < len(self.item_starts):
            return self._line_of(self.item_starts[index])
        return 1

    def mention(self, item_line: int, number: int) -> int:
        """Line of the item's ``number``-th inline table after its ``mentions =`` key."""
        found = self._MENTIONS.search(self.raw, _offset_of_line(self.raw, item_line))
        if found is None:
            return item_line
        mentions_at = found.start()
        tables = list(re.finditer(r"\{", self.raw[mentions_at:]))
        if number < len(tables):
            return self._line_of(mentions_at + tables[number].start())
        return item_line


def _offset_of_line(raw: str, line: int) -> int:
    offset = 0
    for _ in range(line - 1):
        offset = raw.index("\n", offset) + 1
    return offset
