"""Hand-built articles for linker tests: sentences and tokens cut by a crude rule, not the real segmenter."""

from __future__ import annotations

import re

from lagebild.model import Article, Sentence, Token

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|(?=\n)|$)")
_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")


def make_article(text: str, *, published: str | None = None, language: str = "de") -> Article:
    """One sentence per ``.``/``!``/``?``/newline-terminated run; tokens are words (hyphens kept) and marks.

    Example: ``make_article("US-Präsident Trump kam.")`` → one sentence, tokens
    ``US-Präsident``, ``Trump``, ``kam``, ``.``.
    """
    article = Article(text=text, published=published, language=language)
    for found in _SENTENCE.finditer(text):
        if not found.group().strip():
            continue
        start = found.start() + len(found.group()) - len(found.group().lstrip())
        tokens = [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, found.end())]
        article.sentences.append(Sentence(start, found.end(), tokens))
    return article
