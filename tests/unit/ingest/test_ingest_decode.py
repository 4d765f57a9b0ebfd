"""Encoding detection and binary refusal on raw bytes."""

from __future__ import annotations

import codecs

import pytest

from lagebild.errors import BinaryInput, UndecodableInput
from lagebild.ingest.decode import decode_bytes, refuse_binary

GERMAN = "Der Bürgermeister sagte am Dienstag, die Maßnahmen seien „übertrieben“ – 5 € pro Straße."


@pytest.mark.parametrize("data", [
    GERMAN.encode("utf-8"),
    codecs.BOM_UTF8 + GERMAN.encode("utf-8"),
    GERMAN.encode("utf-16"),                       # with BOM
    GERMAN.encode("utf-16-le"),                    # without BOM
    GERMAN.encode("utf-32"),
    GERMAN.encode("cp1252"),
], ids=["utf-8", "utf-8-bom", "utf-16-bom", "utf-16-le", "utf-32", "cp1252"])
def test_decodes_common_encodings(data):
    refuse_binary(data, source="a.txt")
    assert decode_bytes(data, source="a.txt") == GERMAN


def test_short_latin1_word_is_not_read_as_ebcdic():
    assert decode_bytes("Größe".encode("latin-1"), source="a.txt") == "Größe"


def test_html_meta_charset_latin1_is_read_as_windows_1252():
    page = '<html><head><meta charset="iso-8859-1"></head><body>Preis: 5 € – Straße</body></html>'
    text = decode_bytes(page.encode("cp1252"), source="a.html")
    assert "5 € – Straße" in text


def test_xml_declaration_encoding():
    page = "<?xml version='1.0' encoding='ISO-8859-15'?><html><body>Preis: 5 €</body></html>"
    assert "5 €" in decode_bytes(page.encode("iso8859_15"), source="a.xhtml")


def test_unknown_meta_charset_falls_back_to_guessing():
    page = '<meta http-equiv="Content-Type" content="text/html; charset=bogus-42">Größe und Übermaß'
    assert "Größe und Übermaß" in decode_bytes(page.encode("cp1252"), source="a.html")


def test_utf8_wins_over_a_wrong_meta_charset():
    page = '<meta charset="iso-8859-1"><p>Größe</p>'
    assert "Größe" in decode_bytes(page.encode("utf-8"), source="a.html")


def test_undecodable_bytes_name_the_input():
    junk = bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x01, 0x02, 0x03]) * 20
    with pytest.raises(UndecodableInput) as info:
        decode_bytes(junk, source="junk.txt")
    assert info.value.source == "junk.txt"
    assert "UTF-8" in info.value.reason


@pytest.mark.parametrize("data, what", [
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "PNG"),
    (b"%PDF-1.7\n%\xe2\xe3", "PDF"),
    (b"PK\x03\x04\x14\x00", "ZIP"),
    (b"some text\x00\x01\x02 more \x00 bytes\xff\x00", "NUL"),
])
def test_binary_files_are_refused(data, what):
    with pytest.raises(BinaryInput) as info:
        refuse_binary(data, source="x.txt")
    assert what in info.value.reason
