"""Random strings of tricky pieces never break segmentation's offset guarantees or detection.

Seeded, so a failure reproduces; the pieces are the characters and short forms that
steer the splitter and tokenizer (stops, quotes, bullets, abbreviations, marks).
"""

from __future__ import annotations

import random

from lagebild.language.detect import detect_language
from lagebild.language.segment import segment_sentences
from lagebild.model import STATUS_OK, STATUS_UNSUPPORTED_LANGUAGE, Article, Span
from lagebild.settings import Settings

PIECES = list("ab AZ.!?…\n\n\t„“»«\"'()-–:;,0123456789äöüß@#/•") + [
    "😀", "\u200b", "\xa0", "中", "д", "...", "z.B.", "Dr.", "www.x.at", "\u0308", "\xad", "Die", "usw."]


def test_random_texts_keep_offsets_exact():
    rng = random.Random(7)
    settings = Settings()
    for _ in range(3000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 40)))
        headings = [Span(rng.randint(-3, len(text) + 3), rng.randint(-3, len(text) + 3), "")
                    for _ in range(rng.randint(0, 2))]
        language = rng.choice(["de", "en", "xx"])
        article = segment_sentences(Article(text=text, id="x", language=language, headings=headings), settings)
        previous_end = 0
        for sent in article.sentences:
            span = text[sent.start:sent.end]
            assert span and span == span.strip(), (text, sent)
            assert sent.start >= previous_end, (text, headings)
            previous_end = sent.end
            assert all(text[t.start:t.end] == t.text for t in sent.tokens)


def test_random_texts_get_a_language():
    rng = random.Random(11)
    settings = Settings()
    for _ in range(200):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 80)))
        article = detect_language(Article(text=text, id="x"), settings)
        assert len(article.language) == 2
        assert article.status in (STATUS_OK, STATUS_UNSUPPORTED_LANGUAGE)
