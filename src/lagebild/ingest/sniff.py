"""Content sniffing: what an input really is, whatever its file name says.

A page saved from a browser as ``article.txt`` may still be HTML, and text
piped into ``lagebild analyze -`` carries no name at all.

Example: ``"<!DOCTYPE html><html>…"`` is HTML; ``'{"text": "…"}\\n'`` is JSON Lines;
``"Berlin (dpa) - Die Bundesregierung …"`` is page text.
"""

from __future__ import annotations

import re

# Page text almost never starts with a tag; an HTML page almost always does (after a comment or
# an XML declaration at most), so the first real token decides.
_LEADING_TAG = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|article|p)\b",
    re.IGNORECASE | re.DOTALL)
_HTML_ROOT = re.compile(r"<(?:!doctype\s+html|html)\b", re.IGNORECASE)

_HEAD = 4096


def looks_like_html(text: str) -> bool:
    """True for a document that starts with HTML markup, or has ``<html`` near its top."""
    head = text[:_HEAD]
    return bool(_LEADING_TAG.match(head) or _HTML_ROOT.search(head[:1024]))


def looks_like_jsonl(data: bytes) -> bool:
    """True when the first non-blank line is a ``{…}`` object (only used where no file name tells).

    Page text that merely starts with a brace (``{Anzeige} Berlin …``) does not end its line with one.
    """
    first = data.lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 1)[0].rstrip()
    return first.startswith(b"{") and first.endswith(b"}")
