"""Gzip inputs (``page.html.gz``, ``feed.jsonl.gz``), read with a bound on the unpacked size.

A truncated download is the usual failure: ``gzip`` then reports "Compressed
file ended before the end-of-stream marker was reached", which becomes a
:class:`MalformedInput` naming the file instead of a traceback.

Example: ``b"\\x1f\\x8b\\x08..."`` (the first bytes of any gzip file).
"""

from __future__ import annotations

import gzip
import io
import zlib

from ..errors import InputTooLarge, MalformedInput

GZIP_MAGIC = b"\x1f\x8b"

# What gzip raises on a damaged or cut-off stream.
GZIP_ERRORS = (EOFError, gzip.BadGzipFile, zlib.error)


def gunzip(data: bytes, *, source: str, max_bytes: int) -> bytes:
    """Unpack ``data`` but refuse more than ``max_bytes`` of output (a zip bomb stays small)."""
    with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
        try:
            out = fh.read(max_bytes + 1)
        except GZIP_ERRORS as exc:
            raise MalformedInput(source, f"truncated or corrupt gzip file ({exc})") from exc
    if len(out) > max_bytes:
        raise InputTooLarge(source, too_large("unpacks to", max_bytes))
    return out


def too_large(what: str, max_bytes: int) -> str:
    """The one wording of a size refusal, e.g. ``too_large("104857600 bytes is", 20000000)``."""
    return (f"{what} over the limit of {max_bytes} bytes (raise it with ingest.max_bytes in lagebild.toml "
            "or LAGEBILD_INGEST_MAX_BYTES)")
