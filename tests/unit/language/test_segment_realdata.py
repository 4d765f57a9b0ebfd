"""Offset properties of segmentation over real news (first 200 10kGNAD articles, 100 Wikinews).

Every visible character belongs to exactly one sentence and one token, spans
are trimmed and ordered, and token texts equal their slices of the article.
"""

from __future__ import annotations

import pytest

from lagebild.evaluate.corpora import read_10kgnad, read_wikinews
from lagebild.language.segment import segment_sentences
from lagebild.model import Article
from lagebild.settings import Settings

ROWS = 200


@pytest.fixture(scope="module")
def texts(shared):
    return [raw.content for raw in read_10kgnad(shared, limit=ROWS)]


@pytest.fixture(scope="module")
def english_texts(shared):
    return [raw.content for raw in read_wikinews(shared, limit=ROWS // 2)]


def _check_offsets(text: str, language: str) -> None:
    article = segment_sentences(Article(text=text, language=language), Settings())
    covered = 0
    previous_end = 0
    for sent in article.sentences:
        span = text[sent.start:sent.end]
        assert span and span == span.strip()
        assert sent.start >= previous_end
        assert "\n\n" not in span.replace("\xa0", " ").replace(" ", "")  # never across a blank line
        previous_end = sent.end
        token_end = sent.start
        for token in sent.tokens:
            assert token.text == text[token.start:token.end]
            assert token.start >= token_end and not text[token_end:token.start].strip()
            token_end = token.end
        assert token_end == sent.end
        covered += sum(len(t.text) for t in sent.tokens)
    assert covered == sum(1 for char in text if not char.isspace())


def test_offsets_cover_every_visible_character_once(texts):
    for text in texts:
        _check_offsets(text, "de")


def test_english_offsets_cover_every_visible_character_once(english_texts):
    for text in english_texts:
        _check_offsets(text, "en")


def test_sentence_count_is_plausible(texts):
    settings = Settings()
    counts = [len(segment_sentences(Article(text=text, language="de"), settings).sentences) for text in texts]
    words = sum(len(text.split()) for text in texts)
    assert 12 < words / sum(counts) < 25  # German news: roughly 15-20 words a sentence
