"""Helpers for the per-language cases: segment a string and look at sentence and token texts.

The language is the test's folder name (``tests/lang/de/…`` → ``de``).
"""

from __future__ import annotations

import pytest

from lagebild.language.segment import segment_sentences
from lagebild.model import Article, Span
from lagebild.settings import Settings


@pytest.fixture
def segment(request):
    language = request.path.parent.name

    def run(text: str, headings: tuple[tuple[int, int], ...] = ()) -> Article:
        spans = [Span(start, end, text[start:end]) for start, end in headings]
        return segment_sentences(Article(text=text, language=language, headings=spans), Settings())

    return run


@pytest.fixture
def sentences(segment):
    """Sentence texts of one string."""
    return lambda text: [text[s.start:s.end] for s in segment(text).sentences]


@pytest.fixture
def tokens(segment):
    """Token texts of one string, over all its sentences."""
    return lambda text: [t.text for s in segment(text).sentences for t in s.tokens]
