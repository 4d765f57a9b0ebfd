"""Themes stage: compound-aware keyword patterns, the evidence threshold, ordering, unsupported languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.events.themes import (
    MIN_BODY_HITS,
    load_theme_matcher,
    parse_theme_patterns,
    rank_themes,
)
from lagebild.events.themes import label_themes as run_label_themes
from lagebild.model import Article, Sentence, Token
from lagebild.settings import Settings

SETTINGS = Settings()
DATA = Path(__file__).resolve().parents[3] / "src" / "lagebild" / "events" / "data"
LABELS = {"SANCTIONS", "NUCLEAR", "MILITARY", "ECONOMY", "DIPLOMACY", "ELECTION", "PROTEST", "TERRORISM",
          "MIGRATION", "HUMAN_RIGHTS", "HEALTH", "ENVIRONMENT", "CRIME", "ENERGY"}


def themes(text: str, language: str = "de", *, title: str | None = None, teaser: str | None = None) -> list[str]:
    article = Article(text=text, language=language, title=title, teaser=teaser)
    return run_label_themes(article, SETTINGS).themes


def test_german_compounds_count_for_their_theme():
    text = ("Die UN-Sanktionen gegen Pjöngjang bleiben in Kraft. Der Sicherheitsrat verschärfte die "
            "Sanktionsliste wegen des Atomprogramms und neuer Raketentests; Experten fordern nukleare Abrüstung.")
    found = themes(text)
    assert "SANCTIONS" in found and "NUCLEAR" in found


def test_english_keywords():
    text = ("The UN imposed new sanctions on Pyongyang. Diplomats said the sanctioned firms helped the "
            "nuclear programme; talks on denuclearization stalled as the army tested a missile.")
    found = themes(text, "en")
    assert {"SANCTIONS", "NUCLEAR", "DIPLOMACY"} <= set(found)


def test_one_body_mention_is_not_enough_but_a_title_mention_is():
    text = "Der Minister sprach auch über die Sanktionen. Danach ging es um Schulbau und Radwege."
    assert MIN_BODY_HITS > 1
    assert "SANCTIONS" not in themes(text)
    assert "SANCTIONS" in themes(text, title="EU verlängert Russland-Sanktionen")
    assert "SANCTIONS" in themes(text, teaser="Die Strafmaßnahmen gelten weiter.")


def test_themes_are_sorted_by_strength():
    text = ("Die Wirtschaft schrumpft, die Arbeitslosigkeit steigt, die Inflation auch. Die Zentralbank senkt "
            "den Leitzins. Am Rande gab es Proteste und eine Kundgebung vor dem Parlament.")
    assert themes(text) == ["ECONOMY", "PROTEST"]
    assert rank_themes({"ECONOMY": 4, "NUCLEAR": 1, "CRIME": 1}, {"NUCLEAR": 1}) == ["ECONOMY", "NUCLEAR"]
    assert rank_themes({"ECONOMY": 2}, {"NUCLEAR": 1}) == ["NUCLEAR", "ECONOMY"]


@pytest.mark.parametrize(("word", "theme"), [("Anatomie", "NUCLEAR"), ("Auswahl", "ELECTION"),
                                             ("kriegen", "MILITARY"), ("Restaurant", "NUCLEAR"),
                                             ("verhandeln", "ECONOMY"), ("Protestanten", "PROTEST"),
                                             ("Sanitäter", "CRIME"), ("Arbeitsklima", "ENVIRONMENT")])
def test_false_friends_do_not_count(word, theme):
    assert theme not in load_theme_matcher("de").themes_of(word.lower())


@pytest.mark.parametrize(("word", "theme"), [("atomprogrammes", "NUCLEAR"), ("un-sanktionen", "SANCTIONS"),
                                             ("bundespräsidentenwahl", "ELECTION"), ("außenhandel", "ECONOMY"),
                                             ("krieges", "MILITARY"), ("akw", "NUCLEAR"), ("uranfabrik", "NUCLEAR")])
def test_compound_and_anchored_patterns_match(word, theme):
    assert theme in load_theme_matcher("de").themes_of(word)


def test_sentence_tokens_are_used_when_present():
    text = "Atom hier, Atom da."
    article = Article(text=text, language="de")
    # Tokens deliberately differ from the text: the stage must read the segmenter's tokens.
    article.sentences = [Sentence(0, len(text), [Token(0, 4, "Sanktionen"), Token(5, 9, "Embargo")])]
    assert run_label_themes(article, SETTINGS).themes == ["SANCTIONS"]


@pytest.mark.parametrize("language", ["fr", "und"])
def test_unsupported_language_is_left_untouched(language):
    article = Article(text="Sanktionen, Sanktionen, Atomprogramm, Atomtest.", language=language, themes=["X"])
    assert run_label_themes(article, SETTINGS).themes == ["X"]


def test_pattern_syntax():
    matcher = parse_theme_patterns(["# comment", "NUCLEAR\tatom", "NUCLEAR\t!anatom", "ECONOMY\thandel*",
                                    "ECONOMY\t*handel", "NUCLEAR\t=akw"])
    assert matcher.themes_of("atomtest") == ("NUCLEAR",)
    assert matcher.themes_of("anatomie") == ()
    assert matcher.themes_of("handelskrieg") == ("ECONOMY",)
    assert matcher.themes_of("außenhandel") == ("ECONOMY",)
    assert matcher.themes_of("verhandeln") == ()
    assert matcher.themes_of("akws") == ()


@pytest.mark.parametrize("line", ["nuclear\tatom", "NUCLEAR atom", "NUCLEAR\t", "NUCLEAR\ttwo words"])
def test_bad_pattern_lines_are_refused(line):
    with pytest.raises(ValueError, match="THEME<TAB>pattern"):
        parse_theme_patterns([line])


@pytest.mark.parametrize("language", ["de", "en"])
def test_theme_files_use_the_known_labels(language):
    lines = (DATA / language / "themes.tsv").read_text(encoding="utf-8").splitlines()
    used = {line.split("\t")[0] for line in lines if line.strip() and not line.startswith("#")}
    assert used == LABELS


def test_reference_article_themes(shared):
    text = (shared / "examples" / "reference-article.de.txt").read_text(encoding="utf-8")
    body = text[text.index("Nach dem Gipfel von Wladiwostok"):text.index("Benedikt Voigt")]
    found = themes(body, title="Kim-Putin-Gipfel in Wladiwostok: Nur ein taktischer Erfolg",
                   teaser="Zum ersten Mal haben sich Wladimir Putin und Kim Jong Un getroffen.")
    assert {"SANCTIONS", "NUCLEAR", "ECONOMY", "DIPLOMACY"} <= set(found)
    assert found[0] in {"DIPLOMACY", "ECONOMY"}
    assert not {"ELECTION", "HEALTH", "ENVIRONMENT", "MIGRATION"} & set(found)
