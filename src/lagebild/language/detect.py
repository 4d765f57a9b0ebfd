"""Language identification (placeholder)."""

from __future__ import annotations

from ..model import STATUS_OK, STATUS_UNSUPPORTED_LANGUAGE, Article
from ..settings import Settings


def detect_language(article: Article, settings: Settings) -> Article:
    import py3langid

    lang, _ = py3langid.classify(article.text[:5000])
    article.language = lang
    article.status = STATUS_OK if lang in settings.language.supported else STATUS_UNSUPPORTED_LANGUAGE
    return article
