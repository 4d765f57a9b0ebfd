"""The public ``tokenize`` helper: offsets into the whole text, limits respected."""

from __future__ import annotations

from lagebild.language.tokens import tokenize


def test_offsets_point_into_the_whole_text():
    text = "Vorspann. Kim-Putin-Gipfel in Wladiwostok."
    tokens = tokenize(text, 10, len(text))
    assert [t.text for t in tokens] == ["Kim-Putin-Gipfel", "in", "Wladiwostok", "."]
    assert all(text[t.start:t.end] == t.text for t in tokens)


def test_end_limit_cuts_lookahead():
    # "No." is an abbreviation only before a number; the limit hides the "10".
    assert [t.text for t in tokenize("No. 10", 0, 3, language="en")] == ["No", "."]
    assert [t.text for t in tokenize("No. 10", language="en")] == ["No.", "10"]


def test_unknown_language_uses_generic_rules():
    assert [t.text for t in tokenize("Dr. Who", language="xx")] == ["Dr", ".", "Who"]
