"""Bytes → text: refuse binary files, then find the encoding.

News pages arrive as UTF-8 mostly, but archives and older CMS exports are
still cp1252/latin-1, and Windows tools write UTF-16 with a BOM. The order
is: BOM, strict UTF-8, the page's own ``<meta charset>`` (when there is one), then
charset-normalizer restricted to encodings plausible for European news.

Example: ``b"Gr\\xf6\\xdfe"`` (latin-1) decodes to ``"Größe"``, while
``b"\\x89PNG\\r\\n..."`` is refused as a binary file.
"""

from __future__ import annotations

import codecs
import re
from encodings import normalize_encoding, search_function

import charset_normalizer

from ..errors import BinaryInput, UndecodableInput

# Magic numbers of formats people drop into an input folder by mistake.
_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx/.odt)"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"RIFF", "a RIFF media file"),
    (b"OggS", "an Ogg media file"),
)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Candidates for charset-normalizer: Western, Central and Eastern European code pages and
# BOM-less UTF-16/32. Leaving out EBCDIC stops short latin-1 words decoding as cp037 noise.
_LEGACY = ["cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "cp1251", "koi8_r", "mac_roman",
           "cp850", "utf_16_le", "utf_16_be", "utf_32_le", "utf_32_be"]

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""\A\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.IGNORECASE)

# Browsers read these labels as windows-1252 (WHATWG Encoding), and so do pages that use them; a
# UTF-16 label inside the page cannot be true of bytes that spell it in ASCII, so it means UTF-8.
_WHATWG_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252",
                   "ascii": "cp1252", "iso8859-1": "cp1252",
                   "utf-16": "utf-8", "utf-16le": "utf-8", "utf-16be": "utf-8"}

_SNIFF = 8192


def refuse_binary(data: bytes, *, source: str) -> None:
    """Raise :class:`BinaryInput` for known binary formats and NUL-bearing data that is not UTF-16/32."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise BinaryInput(source, f"binary file ({what}), not text or HTML")
    head = data[:_SNIFF]
    if b"\x00" in head and not _bom_encoding(head) and not _looks_like_utf16(head):
        raise BinaryInput(source, "binary file (contains NUL bytes), not text or HTML")


def decode_bytes(data: bytes, *, source: str) -> str:
    """The text of ``data``; raises :class:`UndecodableInput` when no plausible encoding fits."""
    encoding = _bom_encoding(data)
    if encoding:
        text = _try_decode(data, encoding)
        if text is None:
            raise UndecodableInput(source, f"starts with a {encoding} byte-order mark but is not valid {encoding}")
        return text
    text = _try_decode(data, "utf-8")
    if text is not None:
        return text
    declared = _declared_charset(data)
    text = _try_decode(data, declared) if declared else None
    if text is not None:
        return text
    return _guess(data, source=source)


def _bom_encoding(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def _looks_like_utf16(head: bytes) -> bool:
    """BOM-less UTF-16 text has a NUL in (nearly) every other byte; binary files scatter them."""
    if len(head) < 4:
        return False
    even, odd = head[0::2], head[1::2]
    return max(even.count(0) / len(even), odd.count(0) / len(odd)) > 0.9


def _try_decode(data: bytes, encoding: str) -> str | None:
    """Strict decoding; ``None`` means "not this encoding" and the caller tries the next one.

    Python reports invalid bytes only by raising, so this one helper turns the
    exception into a value; an unknown label (``charset=foo``) is ``None`` too.
    """
    if search_function(normalize_encoding(encoding)) is None:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _declared_charset(data: bytes) -> str | None:
    match = _XML_ENCODING.match(data[:_SNIFF]) or _META_CHARSET.search(data[:_SNIFF])
    if not match:
        return None
    label = match.group(1).decode("ascii").lower()
    return _WHATWG_ALIASES.get(label, label)


def _guess(data: bytes, *, source: str) -> str:
    best = charset_normalizer.from_bytes(data, cp_isolation=_LEGACY).best()
    if best is None:
        raise UndecodableInput(source, "bytes are neither UTF-8 nor a known legacy encoding "
                                       "(save the file as UTF-8)")
    # cp1250 and cp1252 agree on every German letter; cp1252 is what German pages really use.
    text = _try_decode(data, "cp1252") if "cp1252" in best.could_be_from_charset else None
    return text if text is not None else str(best)
