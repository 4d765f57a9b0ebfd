"""Quotation mark pairing: German and English marks, apostrophes, blank lines, nesting."""

from __future__ import annotations

import pytest

from lagebild.events.marks import quotation_spans
from lagebild.events.speech import speech_lexicon


def spans(text: str, language: str) -> list[str]:
    marks = speech_lexicon(language).marks
    return [text[a + 1:b] for a, b in quotation_spans(text, marks, max_chars=3000)]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Er sagte: „Wir bleiben.“ Dann ging er.", "de", ["Wir bleiben."]),
    ("»Nein«, sagte sie, »das nicht.«", "de", ["Nein", "das nicht."]),
    ("„Er nannte es ‚Unsinn‘“, sagte sie.", "de", ["Er nannte es ‚Unsinn‘"]),
    ("“We stay,” he said.", "en", ["We stay,"]),
    ("'We stay,' he said, \"and we fight.\"", "en", ["We stay,", "and we fight."]),
    ("Putin's aides' statements don't count.", "en", []),
    ("„Ohne Ende\n\nNeuer Absatz“", "de", []),
])
def test_pairs(text, language, expected):
    assert spans(text, language) == expected


@pytest.mark.parametrize(("text", "language"), [
    ('She starred in "The Time of Your Life" and later in two other films.', "en"),
    ("Der Verein „Gemeinsam für Van der Bellen“ sammelt Spenden für den Wahlkampf.", "de"),
])
def test_quoted_titles_are_no_quotes(text, language):
    from lagebild.events.quotes import find_quotes
    from lagebild.language.tokens import tokenize
    from lagebild.model import Article, Sentence
    from lagebild.settings import Settings

    article = Article(text=text, language=language)
    article.sentences.append(Sentence(0, len(text), tokenize(text, 0, len(text), language=language)))
    assert find_quotes(article, Settings()).quotes == []
