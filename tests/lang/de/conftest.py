"""Helpers for the de language cases: segment a string and look at sentence and token texts."""

from __future__ import annotations

import pytest

from lagebild.language.segment import segment_sentences
from lagebild.model import Article, Span
from lagebild.settings import Settings


def _segment(text: str, headings: tuple[tuple[int, int], ...] = ()) -> Article:
    spans = [Span(start, end, text[start:end]) for start, end in headings]
    article = Article(text=text, language="de", headings=spans)
    return segment_sentences(article, Settings())


@pytest.fixture
def segment():
    return _segment


@pytest.fixture
def sentences():
    """Sentence texts of one string."""
    return lambda text: [text[s.start:s.end] for s in _segment(text).sentences]


@pytest.fixture
def tokens():
    """Token texts of one string, over all its sentences."""
    return lambda text: [t.text for s in _segment(text).sentences for t in s.tokens]
