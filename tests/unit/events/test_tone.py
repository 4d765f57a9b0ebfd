"""Tone stage: GDELT arithmetic, lexicon hits, negation, inflection and compounds, on hand-built articles."""

from __future__ import annotations

import re

import pytest

from lagebild.events.tone import load_tone_lexicon, measure_tone, score_tone
from lagebild.model import Article, Sentence, Token, Tone
from lagebild.settings import Settings

SETTINGS = Settings()
_SENT = re.compile(r"[^.!?]+[.!?]*")
_TOKEN = re.compile(r"\w+|[^\w\s]")


def make_article(text: str, language: str = "de", *, tokens: bool = True) -> Article:
    """An article with sentences and tokens cut by a plain regex (no segmenter stage involved)."""
    article = Article(text=text, language=language)
    if tokens:
        for m in _SENT.finditer(text):
            toks = [Token(m.start() + t.start(), m.start() + t.end(), t.group()) for t in _TOKEN.finditer(m.group())]
            article.sentences.append(Sentence(m.start(), m.end(), toks))
    return article


def tone_of(text: str, language: str = "de") -> Tone:
    return score_tone(make_article(text, language), SETTINGS).tone


DE_NEGATIVE = ("Bei einem Angriff auf ein Dorf im Norden wurden gestern zwölf Menschen getötet und viele verletzt. "
               "Die Regierung sprach von einem Massaker und warnte vor einer weiteren Eskalation des Konflikts. "
               "Die Lage bleibt angespannt, Hilfsorganisationen befürchten eine humanitäre Katastrophe.")
DE_POSITIVE = ("Nach langen Gesprächen haben sich beide Seiten auf einen Waffenstillstand geeinigt. "
               "Die Einigung gilt als großer Erfolg und als Durchbruch für die Zusammenarbeit in der Region. "
               "Beobachter äußerten sich optimistisch und lobten die friedliche Lösung.")
DE_NEUTRAL = ("Der Ausschuss tagt am Dienstag im Rathaus. Auf der Tagesordnung stehen der Haushalt für das "
              "kommende Jahr und die Neuordnung der Buslinien im Stadtgebiet. Die Sitzung beginnt um zehn Uhr.")
EN_NEGATIVE = ("Twelve people were killed and dozens injured in an attack on a market on Sunday. "
               "Officials warned of further violence as the conflict threatens to escalate into a wider war.")
EN_POSITIVE = ("Both sides reached a peace agreement after months of talks. Observers praised the breakthrough "
               "as a success for cooperation and said they were optimistic about the recovery.")
EN_NEUTRAL = ("The committee meets on Tuesday at the town hall. The agenda includes next year's budget "
              "and the new timetable for the city's bus routes.")


@pytest.mark.parametrize(("text", "language"), [(DE_NEGATIVE, "de"), (EN_NEGATIVE, "en")])
def test_negative_paragraph_scores_clearly_negative(text, language):
    tone = tone_of(text, language)
    assert tone.score < -5
    assert tone.negative > 3 * tone.positive


@pytest.mark.parametrize(("text", "language"), [(DE_POSITIVE, "de"), (EN_POSITIVE, "en")])
def test_positive_paragraph_scores_clearly_positive(text, language):
    tone = tone_of(text, language)
    assert tone.score > 5
    assert tone.positive > 3 * tone.negative


@pytest.mark.parametrize(("text", "language"), [(DE_NEUTRAL, "de"), (EN_NEUTRAL, "en")])
def test_neutral_paragraph_has_few_emotional_words(text, language):
    tone = tone_of(text, language)
    assert abs(tone.score) < 2
    assert tone.polarity < 3


def test_gdelt_arithmetic_per_hundred_words():
    # 5 words, "Einigung" (+1) flipped by "ohne": one negative word in five.
    tone = tone_of("Der Gipfel endete ohne Einigung.")
    assert tone == Tone(score=-20.0, positive=0.0, negative=20.0, polarity=20.0)


def test_polarity_is_positive_plus_negative():
    tone = tone_of(DE_NEGATIVE + " " + DE_POSITIVE)
    assert tone.polarity == pytest.approx(tone.positive + tone.negative, abs=1e-3)
    assert tone.score == pytest.approx(tone.positive - tone.negative, abs=1e-3)


@pytest.mark.parametrize(("plain", "negated", "language"), [
    ("Das Treffen war ein Erfolg.", "Das Treffen war kein Erfolg.", "de"),
    ("Die Verhandlungen sind gelungen.", "Die Verhandlungen sind nicht gelungen.", "de"),
    ("Es gab eine Krise.", "Es gab nie eine Krise.", "de"),
    ("The meeting was a success.", "The meeting was not a success.", "en"),
    ("The talks brought progress.", "The talks brought no real progress.", "en"),
    ("There was a crisis.", "There was never a crisis.", "en"),
])
def test_negator_flips_polarity(plain, negated, language):
    assert tone_of(plain, language).score * tone_of(negated, language).score < 0


def test_negation_reaches_three_words_but_not_four():
    assert tone_of("Es gab keine wirklich große Einigung.").score < 0      # 3rd word after "keine"
    assert tone_of("Es gab keine wirklich sehr große Einigung.").score > 0  # 4th word: out of scope


def test_negation_stops_at_sentence_end():
    assert tone_of("Das sagte er nicht. Erfolg hatte der Plan trotzdem.").score > 0


@pytest.mark.parametrize(("text", "language"), [("Das war nicht nur ein Erfolg.", "de"),
                                                ("It was not only a success.", "en")])
def test_not_only_does_not_negate(text, language):
    assert tone_of(text, language).score > 0


@pytest.mark.parametrize("word", ["Krisen", "Angriffen", "Sanktionen", "Wirtschaftskrise", "Flüchtlingskrisen",
                                  "Luftangriffe"])
def test_inflected_and_compound_german_words_are_found(word):
    assert load_tone_lexicon("de").sign(word) == -1


@pytest.mark.parametrize("word", ["Wahlkampf", "Sozialversicherung", "vergleichen", "Regierung"])
def test_neutral_words_and_misleading_compounds_stay_neutral(word):
    assert load_tone_lexicon("de").sign(word) == 0


def test_sentence_tokens_and_text_fallback_agree():
    with_tokens = score_tone(make_article(DE_NEGATIVE), SETTINGS).tone
    from_text = score_tone(make_article(DE_NEGATIVE, tokens=False), SETTINGS).tone
    assert with_tokens == from_text


def test_empty_text_gives_zero_tone():
    assert tone_of("") == Tone()
    assert measure_tone(["2019", ".", "42"], load_tone_lexicon("de")) == Tone()


@pytest.mark.parametrize("language", ["fr", "und", "../de"])
def test_unsupported_language_is_left_untouched(language):
    article = make_article(DE_NEGATIVE, language)
    article.tone = Tone(score=1.5)
    assert score_tone(article, SETTINGS).tone == Tone(score=1.5)


def test_reference_article_is_clearly_negative(shared):
    text = (shared / "examples" / "reference-article.de.txt").read_text(encoding="utf-8")
    body = text[text.index("Nach dem Gipfel von Wladiwostok"):text.index("Benedikt Voigt")]
    tone = tone_of(body)
    assert tone.score < -1.0
    assert tone.negative > 1.3 * tone.positive


def test_lexicon_is_loaded_once_per_process():
    assert load_tone_lexicon("de") is load_tone_lexicon("de")


@pytest.mark.parametrize("text", ["The plan didn't bring a success.", "The plan didn\u2019t bring a success."])
def test_english_contractions_negate(text):
    assert tone_of(text, "en").score < 0  # tokens "didn", "'", "t"
    assert score_tone(make_article(text, "en", tokens=False), SETTINGS).tone.score < 0  # token "didn't"
    # A tokeniser that splits off "n't" (Penn Treebank style).
    assert measure_tone(["The", "plan", "did", "n't", "bring", "a", "success", "."], load_tone_lexicon("en")).score < 0


def test_stages_wire_into_the_pipeline():
    from lagebild.events.themes import label_themes
    from lagebild.pipeline import STAGES, Pipeline, Stage

    extra = (Stage("tone", score_tone, frozenset({"sentences", "language"}), frozenset({"tone"})),
             Stage("themes", label_themes, frozenset({"sentences", "language"}), frozenset({"themes"})))
    names = [stage.name for stage in Pipeline(stages=STAGES + extra).stages]
    assert names[-2:] == ["tone", "themes"]
