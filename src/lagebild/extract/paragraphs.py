"""The body text both extractors produce: paragraphs joined by a blank line, crossheads as spans.

Example: ``join_paragraphs([("Lage in Kiew", True), ("Die Regierung …", False)])``
→ ``("Lage in Kiew\\n\\nDie Regierung …", [Span(0, 12, "Lage in Kiew")])``.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Span


def join_paragraphs(paragraphs: Iterable[tuple[str, bool]]) -> tuple[str, list[Span]]:
    """(text, is_heading) pairs → the body text and the exact spans of its crossheads."""
    parts: list[str] = []
    headings: list[Span] = []
    offset = 0
    for text, heading in paragraphs:
        if heading:
            headings.append(Span(offset, offset + len(text), text))
        parts.append(text)
        offset += len(text) + 2
    return "\n\n".join(parts), headings
