"""English tokenisation: contractions, dotted abbreviations, money and times."""

from __future__ import annotations

import pytest

CASES = [
    ("the U.S. economy", ["the", "U.S.", "economy"]),
    ("they don't know", ["they", "don't", "know"]),
    ("Mr. Smith", ["Mr.", "Smith"]),
    ("No. 10", ["No.", "10"]),
    ("she said no.", ["she", "said", "no", "."]),
    ("$5.5 billion", ["$", "5.5", "billion"]),
    ("a state-of-the-art plant", ["a", "state-of-the-art", "plant"]),
    ("e.g. tanks", ["e.g.", "tanks"]),
    ("at 10 p.m. sharp", ["at", "10", "p.m.", "sharp"]),
    ("1,000 people", ["1,000", "people"]),
    ("(AP) said", ["(", "AP", ")", "said"]),
    ("“Yes,” he said", ["“", "Yes", ",", "”", "he", "said"]),
    ("mail press@example.com now", ["mail", "press@example.com", "now"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_tokens(tokens, text, expected):
    assert tokens(text) == expected
