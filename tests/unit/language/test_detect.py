"""Language identification on short news paragraphs written for these tests."""

from __future__ import annotations

import subprocess
import sys

import pytest

from lagebild.language.detect import detect_language, identify
from lagebild.model import STATUS_OK, STATUS_UNSUPPORTED_LANGUAGE, Article
from lagebild.settings import LanguageSettings, Settings

PARAGRAPHS = {
    "de": "Die Landesregierung hat am Dienstag ein neues Hilfspaket für die Bauern beschlossen. "
          "Die Opposition kritisiert, dass das Geld zu spät komme.",
    "en": "The city council approved a new budget on Tuesday after weeks of debate. "
          "Critics say the money for public transport is not enough.",
    "fr": "Le conseil municipal a adopté mardi un nouveau budget après des semaines de débat. "
          "Les critiques estiment que les transports publics restent oubliés.",
    "es": "El ayuntamiento aprobó el martes un nuevo presupuesto tras semanas de debate. "
          "Los críticos dicen que el dinero para el transporte público no basta.",
    "ru": "Городской совет во вторник утвердил новый бюджет после нескольких недель споров. "
          "Критики считают, что денег на общественный транспорт недостаточно.",
    "ar": "وافق مجلس المدينة يوم الثلاثاء على ميزانية جديدة بعد أسابيع من النقاش. "
          "ويقول المنتقدون إن أموال النقل العام غير كافية.",
    "zh": "市议会周二在数周辩论后批准了新的预算。批评者说，公共交通的资金仍然不足。",
}


@pytest.mark.parametrize(("lang", "text"), sorted(PARAGRAPHS.items()))
def test_identifies_news_paragraph(lang, text):
    assert identify(text, default="xx")[0] == lang


@pytest.mark.parametrize(("lang", "status"), [("de", STATUS_OK), ("en", STATUS_OK),
                                              ("fr", STATUS_UNSUPPORTED_LANGUAGE),
                                              ("ru", STATUS_UNSUPPORTED_LANGUAGE),
                                              ("zh", STATUS_UNSUPPORTED_LANGUAGE)])
def test_status_follows_supported_languages(lang, status):
    article = detect_language(Article(text=PARAGRAPHS[lang]), Settings())
    assert (article.language, article.status) == (lang, status)


@pytest.mark.parametrize("text", ["", "   ", "12.30 – 14.00", "+++ 2:1 +++", "👍😀🎉", "Ja.", "\u200b\n\n"])
def test_too_short_falls_back_to_default(text):
    article = detect_language(Article(text=text), Settings())
    assert (article.language, article.status) == ("de", STATUS_OK)


def test_default_comes_from_settings():
    settings = Settings(language=LanguageSettings(default="en"))
    assert detect_language(Article(text="OK!"), settings).language == "en"


def test_short_sentence_with_enough_letters_is_identified():
    assert identify("Der Bürgermeister trat am Montag überraschend zurück.", default="xx")[0] == "de"


def test_title_helps_a_one_line_body():
    article = Article(text="Mehr dazu später.", title="Regierung beschließt neues Gesetz zur Pflege")
    assert detect_language(article, Settings()).language == "de"


def test_model_loads_lazily_and_once():
    code = ("import lagebild.language.detect as d; assert d._identifier.cache_info().currsize == 0; "
            "d.identify('Die Regierung tagte am Montag in Wien.', default='de'); "
            "d.identify('The government met on Monday in Vienna.', default='de'); "
            "info = d._identifier.cache_info(); assert (info.misses, info.hits) == (1, 1), info")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_only_iso_639_1_codes_come_out():
    # The full model calls this headline Nigerian Pidgin ("pcm", 0.87); restricted, it leans to
    # English but not confidently enough for a 40-letter text, so the default wins.
    assert identify("Nigeria join African trade bloc for free trade", default="xx")[0] in {"en", "xx"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Kim Jong-un besucht Moskau", "de"),          # the model leans to Luxembourgish
    ("Real Madrid gewinnt Clasico", "de"),
    ("Trump meets Kim in Hanoi.", "en"),
    ("Macron en visite officielle à Berlin", "fr"),
])
def test_headlines(text, lang):
    assert detect_language(Article(text=text), Settings()).language == lang
