"""Language identification with py3langid, careful with short and odd texts.

The model is loaded on first use, once per process (not at import time: the
CLI's ``--help`` should not pay for it). Normalised probabilities let us tell a
confident "fr" from a shrug: a text with too few letters to judge ("+++ 12:30
+++", "👍👍") or a short text the model is unsure about gets the configured
default language instead of a guess. Example: ``"Merkel trifft Macron in
Paris."`` → ``"de"``.
"""

from __future__ import annotations

import re
from functools import cache

from ..model import STATUS_OK, STATUS_UNSUPPORTED_LANGUAGE, Article
from ..settings import Settings

# Enough to identify an article; the rest only costs time.
_SAMPLE_CHARS = 1000
# Fewer letters than this and no model can tell languages apart reliably.
_MIN_LETTERS = 20
# Below this many letters a guess under _SURE is weighed against the supported languages.
_SHORT_LETTERS = 200
_SURE = 0.6
# A short text whose best guess is an unsupported language below this is treated as undecided.
_UNSURE = 0.3
# A supported language this close to an unsupported best guess (as a share of its
# probability) wins on a short text: "Kim Jong-un besucht Moskau" is lb 0.36, de 0.25.
_CLOSE = 0.5
_LETTER = re.compile(r"[^\W\d_]")
# A Chinese character, kana or hangul syllable says about as much as a short word.
_WIDE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_WIDE_WEIGHT = 3


@cache
def _identifier():
    """py3langid's identifier with normalised probabilities, built on first use.

    It is restricted to languages with an ISO 639-1 code, the contract's ``language``: the
    model's three-letter extras (Nigerian Pidgin "pcm", "zxx" for no language, Cantonese "yue")
    otherwise steal short English or Chinese paragraphs from "en" and "zh".
    """
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages([code for code in identifier.labels if len(code) == 2])
    return identifier


def identify(text: str, *, default: str, supported: tuple[str, ...] = ()) -> tuple[str, float]:
    """(ISO 639-1 code, probability) for ``text``; ``(default, 0.0)`` when it is too short to tell.

    A long text gets the model's best guess. A short one (a headline, a one-line
    teaser) spreads its probability thin over close relatives, so there the best
    ``supported`` language wins when it leads or comes close, an unsupported
    language needs at least a modest lead, and otherwise ``default`` is used.
    Example: ``identify("Путин встретился с Ким Чен Ыном во Владивостоке.", default="de")``
    → ``("ru", 0.99…)``.
    """
    sample = text[:_SAMPLE_CHARS]
    letters = len(_LETTER.findall(sample)) + _WIDE_WEIGHT * len(_WIDE.findall(sample))
    if letters < _MIN_LETTERS:
        return default, 0.0
    identifier = _identifier()
    lang, probability = identifier.classify(sample)
    if probability >= _SURE or letters >= _SHORT_LETTERS or lang in supported:
        return lang, probability
    scores = dict(identifier.rank(sample))
    best = max(supported, key=lambda code: scores.get(code, 0.0), default=None)
    if best is not None and scores.get(best, 0.0) >= _CLOSE * probability:
        return best, scores[best]
    if probability >= _UNSURE:
        return lang, probability
    return default, probability


def detect_language(article: Article, settings: Settings) -> Article:
    """Set ``article.language`` and mark languages we do not analyse as unsupported.

    The title is read with the text: a one-line body plus a headline is often enough.
    """
    text = article.text if not article.title else f"{article.title}\n{article.text}"
    lang, _ = identify(text, default=settings.language.default, supported=settings.language.supported)
    article.language = lang
    article.status = STATUS_OK if lang in settings.language.supported else STATUS_UNSUPPORTED_LANGUAGE
    return article
