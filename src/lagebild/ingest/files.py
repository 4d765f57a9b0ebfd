"""Paths → RawDocuments: files, directories, JSON Lines feeds and stdin, one input at a time.

Nothing here raises for a bad input: a missing file, an empty one, a PNG
among the pages or a cut-off ``.gz`` becomes a :class:`LagebildError` in
the stream, so the batch records it and goes on with the next input.

Example: ``iter_documents(["pages/", "feed.jsonl", "-"], settings=IngestSettings())``
yields ``RawDocument(source="pages/a.html", kind="html", …)``, then one
document per feed line (``feed.jsonl:1``, …), then what came on stdin.
"""

from __future__ import annotations

import gzip
import io
import os
import stat
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from ..errors import (
    EmptyInput,
    InputNotFound,
    InputTooLarge,
    LagebildError,
    MalformedInput,
    UnreadableInput,
    UnsupportedFormat,
)
from ..model import RawDocument
from ..settings import IngestSettings
from .compressed import GZIP_ERRORS, GZIP_MAGIC, gunzip, too_large
from .decode import decode_bytes, refuse_binary
from .jsonl import iter_jsonl
from .sniff import looks_like_html, looks_like_jsonl

T = TypeVar("T")

STDIN = "-"
STDIN_SOURCE = "<stdin>"

_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".html.gz", ".htm.gz")
_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")


def expand_paths(paths: Sequence[str]) -> list[str]:
    """The inputs ``paths`` stand for, directories walked (for counting and progress; never raises).

    A missing path stays in the list: it is still one input, one that will fail.
    """
    out: list[str] = []
    for name in paths:
        if name != STDIN and _is_dir(Path(name)):
            out += [str(item) for item in _walk(Path(name)) if isinstance(item, Path)]
        else:
            out.append(name)
    return out


def iter_documents(paths: Sequence[str], *, settings: IngestSettings) -> Iterator[RawDocument | LagebildError]:
    """Each input under ``paths`` as a RawDocument, or the error that makes it unusable, lazily."""
    for name in paths:
        if name == STDIN:
            yield from _read_stdin(sys.stdin.buffer, settings=settings)
            continue
        path = Path(name)
        info = _stat(path)
        if isinstance(info, LagebildError):
            yield info
        elif stat.S_ISDIR(info.st_mode):
            yield from _read_dir(path, settings=settings)
        else:
            yield from _read_file(path, info, settings=settings)


def _read_dir(path: Path, *, settings: IngestSettings) -> Iterator[RawDocument | LagebildError]:
    seen = False
    for item in _walk(path):
        seen = True
        if isinstance(item, LagebildError):
            yield item
            continue
        info = _stat(item)
        yield from [info] if isinstance(info, LagebildError) else _read_file(item, info, settings=settings)
    if not seen:
        yield EmptyInput(str(path), "directory has no files to read (hidden files and folders are skipped)")


def _walk(path: Path) -> Iterator[Path | LagebildError]:
    """Files under ``path`` in name order, skipping hidden entries; symlinked folders are not followed."""
    entries = _scandir(path)
    if isinstance(entries, LagebildError):
        yield entries
        return
    for entry in sorted(entries, key=lambda e: e.name):
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(Path(entry.path))
        elif entry.is_file():
            yield Path(entry.path)


def _read_file(path: Path, info: os.stat_result, *,
               settings: IngestSettings) -> Iterator[RawDocument | LagebildError]:
    name = str(path)
    lower = path.name.lower()
    if not (stat.S_ISREG(info.st_mode) or stat.S_ISFIFO(info.st_mode)):
        yield UnsupportedFormat(name, "not a regular file (a device or socket)")
        return
    if lower.endswith(_JSONL_SUFFIXES):
        yield from _read_jsonl_file(path, settings=settings)
        return
    if info.st_size > settings.max_bytes:
        yield InputTooLarge(name, too_large(f"{info.st_size} bytes is", settings.max_bytes))
        return
    data = _read_bytes(path, limit=settings.max_bytes + 1)
    if isinstance(data, LagebildError):
        yield data
        return
    if len(data) > settings.max_bytes:  # a pipe, or a file that grew since it was measured
        yield InputTooLarge(name, too_large("it is", settings.max_bytes))
        return
    hint = "html" if lower.endswith(_HTML_SUFFIXES) else None
    yield _value_or_error(to_document, data, source=name, kind=hint, max_bytes=settings.max_bytes)


def _read_jsonl_file(path: Path, *, settings: IngestSettings) -> Iterator[RawDocument | LagebildError]:
    fh = _open(path)
    if isinstance(fh, LagebildError):
        yield fh
        return
    with fh:
        # peek, not seek: a feed may come through a named pipe
        packed = fh.peek(len(GZIP_MAGIC)).startswith(GZIP_MAGIC)
        with gzip.GzipFile(fileobj=fh) if packed else fh as stream:
            yield from _checked_jsonl(stream, name=str(path), max_bytes=settings.max_bytes)


def _checked_jsonl(fh: io.BufferedReader | gzip.GzipFile, *, name: str,
                   max_bytes: int) -> Iterator[RawDocument | LagebildError]:
    """Refuse a binary file posing as a feed once, instead of one error per "line" of it."""
    try:
        head = fh.peek(8192)
    except GZIP_ERRORS as exc:
        yield MalformedInput(name, f"truncated or corrupt gzip file ({exc})")
        return
    refused = _value_or_error(refuse_binary, head, source=name)
    if isinstance(refused, LagebildError):
        yield refused
        return
    yield from iter_jsonl(fh, name=name, max_bytes=max_bytes)


def _read_stdin(stream: BinaryIO, *, settings: IngestSettings) -> Iterator[RawDocument | LagebildError]:
    """Whatever was piped in: a page, page text, or JSON Lines (``<stdin>:LINENO``), told apart by content."""
    data = stream.read(settings.max_bytes + 1)
    if len(data) > settings.max_bytes:
        yield InputTooLarge(STDIN_SOURCE, too_large("the input is", settings.max_bytes))
        return
    if data.startswith(GZIP_MAGIC):
        unpacked = _value_or_error(gunzip, data, source=STDIN_SOURCE, max_bytes=settings.max_bytes)
        if isinstance(unpacked, LagebildError):
            yield unpacked
            return
        data = unpacked
    if looks_like_jsonl(data):
        yield from iter_jsonl(io.BytesIO(data), name=STDIN_SOURCE, max_bytes=settings.max_bytes)
    else:
        yield _value_or_error(to_document, data, source=STDIN_SOURCE, kind=None, max_bytes=settings.max_bytes)


def _value_or_error(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T | LagebildError:
    """``fn``'s result, or the input error it raised, as a value for the stream."""
    try:
        return fn(*args, **kwargs)
    except LagebildError as exc:
        return exc


def to_document(data: bytes, *, source: str, kind: str | None, max_bytes: int) -> RawDocument:
    """One page's bytes → RawDocument; ``kind`` ``None`` means "sniff html vs text from the content".

    Raises the input error that makes the bytes unusable (empty, binary, undecodable, broken gzip).
    Truncated or malformed HTML is not refused here: extraction decides whether it holds an article.
    """
    if data.startswith(GZIP_MAGIC):
        data = gunzip(data, source=source, max_bytes=max_bytes)
    if not data:
        raise EmptyInput(source, "empty file (0 bytes)")
    refuse_binary(data, source=source)
    text = decode_bytes(data, source=source)
    if not text.strip():
        raise EmptyInput(source, "only whitespace, no text")
    if kind is None:
        kind = "html" if looks_like_html(text) else "text"
    return RawDocument(source=source, content=text, kind=kind)


# The operating system answers these questions only by raising; each helper turns the answer
# into a value (the result, or the input error naming the path) so the stream can go on.

def _stat(path: Path) -> os.stat_result | LagebildError:
    try:
        return path.stat()
    except FileNotFoundError:
        return InputNotFound(str(path), "no such file or directory")
    except OSError as exc:
        return _os_error(path, exc)


def _is_dir(path: Path) -> bool:
    info = _stat(path)
    return not isinstance(info, LagebildError) and stat.S_ISDIR(info.st_mode)


def _scandir(path: Path) -> list[os.DirEntry] | LagebildError:
    try:
        with os.scandir(path) as entries:
            return list(entries)
    except OSError as exc:
        return _os_error(path, exc)


def _open(path: Path) -> io.BufferedReader | LagebildError:
    try:
        return open(path, "rb")
    except OSError as exc:
        return _os_error(path, exc)


def _read_bytes(path: Path, *, limit: int) -> bytes | LagebildError:
    try:
        with open(path, "rb") as fh:
            return fh.read(limit)
    except OSError as exc:
        return _os_error(path, exc)


def _os_error(path: Path, exc: OSError) -> LagebildError:
    if isinstance(exc, PermissionError):
        return UnreadableInput(str(path), "permission denied")
    if isinstance(exc, FileNotFoundError):
        return InputNotFound(str(path), "no such file or directory")
    return UnreadableInput(str(path), exc.strerror or str(exc))
