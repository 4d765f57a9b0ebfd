"""Offset properties of segmentation over real news (first 200 10kGNAD articles, 100 Wikinews).

Every visible character belongs to exactly one sentence and one token, spans
are trimmed and ordered, and token texts equal their slices of the article.
"""

from __future__ import annotations

import csv
import itertools
import sys

import pytest

from lagebild.language.segment import segment_sentences
from lagebild.model import Article
from lagebild.settings import Settings

ROWS = 200


@pytest.fixture(scope="module")
def texts(shared):
    csv.field_size_limit(sys.maxsize)
    path = shared / "data" / "german-news-10kgnad" / "articles.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = csv.reader(fh, delimiter=";", quotechar="'")
        return [row[1] for row in itertools.islice(rows, ROWS)]


@pytest.fixture(scope="module")
def english_texts(shared):
    path = shared / "data" / "english-news-wikinews" / "wikinews_2019.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return [row["text"] for row in itertools.islice(csv.DictReader(fh), ROWS // 2)]


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
