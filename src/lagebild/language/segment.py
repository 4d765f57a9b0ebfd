"""Sentence splitting and tokenisation (placeholder)."""

from __future__ import annotations

import re

from ..model import Article, Sentence, Token
from ..settings import Settings

_SENT = re.compile(r"[^.!?\n]+[.!?]*")
_TOKEN = re.compile(r"\w+|[^\w\s]")


def segment_sentences(article: Article, settings: Settings) -> Article:
    article.sentences = []
    for m in _SENT.finditer(article.text):
        if m.group().strip():
            tokens = [Token(m.start() + t.start(), m.start() + t.end(), t.group()) for t in _TOKEN.finditer(m.group())]
            article.sentences.append(Sentence(m.start(), m.end(), tokens))
    return article
