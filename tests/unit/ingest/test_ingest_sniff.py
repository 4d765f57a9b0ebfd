"""Telling HTML, page text and JSON Lines apart by content."""

from __future__ import annotations

import pytest

from lagebild.ingest.sniff import looks_like_html, looks_like_jsonl


@pytest.mark.parametrize("text", [
    "<!DOCTYPE html><html><body><p>Hallo</p></body></html>",
    "\n\n  <html lang='de'><head><title>x</title></head></html>",
    "<?xml version='1.0'?>\n<!-- saved -->\n<html></html>",
    "<div class='article'><p>Ein Fragment</p></div>",
    "Gespeichert am 3.5.\n<!doctype html><html>",
])
def test_html(text):
    assert looks_like_html(text)


@pytest.mark.parametrize("text", [
    "Berlin (dpa) - Die Bundesregierung hat am Dienstag <b>nichts</b> beschlossen.",
    "<3 Liebesgrüße aus Berlin",
    "a < b und b > c, sagte der Mathematiker.",
])
def test_page_text(text):
    assert not looks_like_html(text)


def test_jsonl():
    assert looks_like_jsonl(b'\xef\xbb\xbf\n {"text": "x"}\n')
    assert not looks_like_jsonl(b"Berlin (dpa) {Klammer}")
    assert not looks_like_jsonl(b"{Anzeige} Berlin (dpa) - Die Regierung\n{\"text\": 1}")
