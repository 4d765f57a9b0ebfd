"""English sentence splitting: titles, dotted abbreviations, initials, times."""

from __future__ import annotations

import pytest

ONE = [
    "Mrs. Jones and Dr. Lee met in London.",
    "The U.S. Army left the base.",
    "The U.N. Security Council met on Monday.",
    "It happened on Jan. 5 in Paris.",
    "He lives at No. 10 Downing Street.",
    "Tanks, e.g. the Leopard, arrived at the border.",
    "John F. Kennedy was shot in Dallas.",
    "The meeting ended at 5 p.m. on Friday.",
    "Apple Inc. said profits rose.",
    "“Who pays for this?” asked the minister.",
    "Gen. Miller and Sen. Brown spoke to reporters.",
    "St. Louis voted on Tuesday.",
    "She works for the Dept. of Labor.",
    "The ruling in Roe v. Wade stands.",
    "Prices rose 3.5 percent to $1,200 in 2019.",
    "He paused ... and then went on.",
    "The rally in Fresno, Calif. drew thousands.",
]


@pytest.mark.parametrize("text", ONE)
def test_stays_one_sentence(sentences, text):
    assert sentences(text) == [text]


TWO = [
    ("Mr. Smith arrived. He spoke briefly.", "Mr. Smith arrived."),
    ("He lives in the U.S. The company is in Ohio.", "He lives in the U.S."),
    ("She said no. The vote failed.", "She said no."),
    ("The talks ended at 5 p.m. The parties resume today.", "The talks ended at 5 p.m."),
    ("He scored 21. The team won.", "He scored 21."),
    ("He works for Acme Inc. The firm is small.", "He works for Acme Inc."),
    ('"We will stay." Then he left.', '"We will stay."'),
    ("Is it over? Nobody knows!", "Is it over?"),
    ("He waited... Then he left.", "He waited..."),
    ("They ignored the voters [...] Term limits are needed.", "They ignored the voters [...]"),
    ("Visit www.example.com. It is new.", "Visit www.example.com."),
    ("The storm hit (as forecast). Power failed.", "The storm hit (as forecast)."),
    ("She grew up in Tulsa, Okla. The family moved later.", "She grew up in Tulsa, Okla."),
]


@pytest.mark.parametrize(("text", "first"), TWO)
def test_splits_in_two(sentences, text, first):
    result = sentences(text)
    assert len(result) == 2, result
    assert result[0] == first


def test_heading_paragraph(segment):
    article = segment("Storm hits coast\n\nThe storm arrived on Monday. Roads closed.")
    assert [s.heading for s in article.sentences] == [True, False, False]


def test_dateline_paragraph_is_not_glued(sentences):
    assert sentences("Friday, January 4, 2019\n\nAn apartment block collapsed.") == [
        "Friday, January 4, 2019", "An apartment block collapsed."]
