"""Per-language data folders load into LanguageDefaults; unknown languages still segment."""

from __future__ import annotations

from lagebild.language.alternation import literal_alternation as _alternation
from lagebild.language.defaults import defaults_for
from lagebild.language.segment import segment_sentences
from lagebild.model import Article
from lagebild.settings import Settings


def test_german_lists_load_with_capitalised_twins():
    lang = defaults_for("de")
    assert "bzw" in lang.abbreviations and "Bzw" in lang.abbreviations and "usw" in lang.final_abbreviations
    assert "Dr" in lang.prefix_abbreviations and "Die" in lang.sentence_starters
    assert lang.ordinal_dot


def test_english_has_no_ordinal_dot():
    assert not defaults_for("en").ordinal_dot
    assert "No" in defaults_for("en").numeric_abbreviations


def test_unknown_language_gets_empty_defaults_and_still_segments():
    assert defaults_for("xx").abbreviations == frozenset()
    article = segment_sentences(Article(text="Una frase. Otra frase.", language="xx"), Settings())
    assert len(article.sentences) == 2


def test_trie_alternation_prefers_longest_and_keeps_short():
    import re

    pattern = re.compile(rf"(?:{_alternation(['Dr', 'Dipl', 'D', 'd.h'])})\.")
    assert [pattern.fullmatch(w) is not None for w in ["Dr.", "Dipl.", "D.", "d.h.", "Di."]] == [
        True, True, True, True, False]
