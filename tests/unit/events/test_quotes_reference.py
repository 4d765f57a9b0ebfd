"""The quotes stage behind the real segmenter and linker, on the shared reference article.

Hand-built articles (test_quotes.py) pin each rule; this checks that the rules still
meet what the earlier stages really produce (mention types, token cuts) on the article
lagebild was started from: Daily NK's report in Konjunktiv is one source over three sentences.
"""

from __future__ import annotations

import pytest

from lagebild.events.quotes import find_quotes
from lagebild.extract import extract_article
from lagebild.language.detect import detect_language
from lagebild.language.segment import segment_sentences
from lagebild.link import link_mentions
from lagebild.model import RawDocument
from lagebild.settings import Settings


@pytest.fixture(scope="module")
def reference(shared):
    settings = Settings()
    text = (shared / "examples" / "reference-article.de.txt").read_text(encoding="utf-8")
    article = extract_article(RawDocument("reference", text, "text", published="2019-04-26"))
    for stage in (detect_language, segment_sentences, link_mentions, find_quotes):
        article = stage(article, settings)
    return article


def test_reference_article_reported_speech_of_the_website(reference):
    quotes = reference.quotes
    assert [(q.kind, q.speaker, q.cue) for q in quotes] == [
        ("indirect", "kb:dailynk", "so meldet"),
        ("indirect", "kb:dailynk", "hätten"),
        ("indirect", "kb:dailynk", "schreibt"),
    ]
    assert quotes[0].text == "Nordkoreas Wirtschaft sogar der Stillstand drohe"
    assert quotes[2].text.startswith("Außer Lebensmitteln kauften")
    assert [q.sentence for q in quotes] == [1, 2, 3]
    for quote in quotes:
        assert reference.text[quote.start:quote.end] == quote.text


def test_reference_article_commentary_sentences_are_no_quotes(reference):
    """Putin "sprach über" a pipeline and North Korea "signalisiert, dass …": topics, not quotations."""
    quoted = {q.sentence for q in reference.quotes}
    for index, sent in enumerate(reference.sentences):
        text = reference.text[sent.start:sent.end]
        if text.startswith(("Putin sprach", "Nordkorea signalisiert", "Prompt sprach")):
            assert index not in quoted
