"""JSON Lines inputs: one article per line, read as a stream.

Each line is an object with ``text`` (page text) or ``html`` (a page), and
optionally ``url``, ``published`` and ``title``. A line is its own input,
named ``path:LINENO``: a broken line is reported and the next lines go on.
The size limit applies per line, so a large feed is fine while one absurd
record is refused.

Example line: ``{"text": "Berlin (dpa) - …", "url": "https://example.org/a", "published": "2019-04-26"}``
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from ..errors import EmptyInput, InputTooLarge, LagebildError, MalformedInput
from ..model import RawDocument
from .compressed import GZIP_ERRORS, too_large
from .decode import decode_bytes

_OPTIONAL = ("url", "published", "title")
_JSON_TYPES = {dict: "object", list: "array", str: "string", int: "number", float: "number",
               bool: "boolean", type(None): "null"}


def iter_jsonl(fh: BinaryIO, *, name: str, max_bytes: int) -> Iterator[RawDocument | LagebildError]:
    """One RawDocument or error per non-blank line of ``fh``; an error for the file if it has no lines."""
    lineno = records = 0
    skipping = False  # inside an over-long line that was already reported
    while True:
        try:
            line = fh.readline(max_bytes + 1)
        except GZIP_ERRORS as exc:
            yield MalformedInput(name, f"truncated or corrupt gzip file after line {lineno} ({exc})")
            return
        if not line:
            break
        if skipping:
            skipping = not line.endswith(b"\n")
            continue
        lineno += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            records += 1
            yield InputTooLarge(f"{name}:{lineno}", too_large("the line is", max_bytes))
            skipping = True
            continue
        if not line.strip():
            continue
        records += 1
        source = f"{name}:{lineno}"
        try:
            yield parse_record(line, source=source)
        except LagebildError as exc:
            yield exc
    if not records:
        yield EmptyInput(name, "no JSON Lines records (the file is empty or has only blank lines)")


def parse_record(line: bytes, *, source: str) -> RawDocument:
    """One JSON Lines record → RawDocument; raises :class:`MalformedInput` saying what is wrong."""
    text = decode_bytes(line, source=source)
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        raise MalformedInput(source, f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(record, dict):
        raise MalformedInput(source, f"a JSON {_JSON_TYPES.get(type(record), 'value')}, not an object "
                                     "with 'text' or 'html'")
    # Page text given by the producer wins over its HTML: it is what they meant to be analysed.
    kind = "text" if "text" in record else "html" if "html" in record else None
    if kind is None:
        raise MalformedInput(source, "record has neither 'text' nor 'html'")
    content = record[kind]
    if not isinstance(content, str):
        raise MalformedInput(source, f"'{kind}' is a JSON {_JSON_TYPES.get(type(content), 'value')}, "
                                     "not a string")
    if not content.strip():
        raise EmptyInput(source, f"'{kind}' is empty")
    extras = {}
    for key in _OPTIONAL:
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise MalformedInput(source, f"'{key}' is a JSON {_JSON_TYPES.get(type(value), 'value')}, "
                                         "not a string")
        extras[key] = value or None
    return RawDocument(source=source, content=content, kind=kind, **extras)

