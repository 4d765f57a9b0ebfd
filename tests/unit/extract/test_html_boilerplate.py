"""Short body blocks that are reader prompts or furniture, never article text."""

from __future__ import annotations

import pytest

from lagebild.extract.boilerplate import is_boilerplate


@pytest.mark.parametrize("text", [
    "Lesen Sie auch: Was die Ampel jetzt plant",
    "Mehr zum Thema",
    "Anzeige",
    "Jetzt den Newsletter abonnieren und nichts verpassen!",
    "Sign up for our daily briefing.",
    "Read more: Storm warning for the coast",
    "https://www.example.com/artikel/123",
    "Write to Jane Doe at jane.doe@example.com",
    "Copyright © 2024 Example Media. All rights reserved.",
])
def test_furniture_blocks(text):
    assert is_boilerplate(text)


@pytest.mark.parametrize("text", [
    "Der Stadtrat hat am Montag beschlossen, den Radweg zu bauen.",
    "Mehrere Zeugen sahen den Unfall.",  # starts like "Mehr", but is a sentence
    "The council said it would read more reports before deciding.",
    "Lesen Sie auch das Kleingedruckte, rät die Verbraucherzentrale: " + "Viele Verträge enthalten Klauseln. " * 6,
])
def test_article_sentences_are_kept(text):
    assert not is_boilerplate(text)


@pytest.mark.parametrize("text", [
    "Marco Odermatt, Ski-Star aus der Schweiz. © AFP / Marco Bertorello",
    "Der Hafen am Morgen. Foto: Max Muster/dpa",
    "ANZEIGE - Heute mal ausgehen?",
    "© 2024 Beispielverlag",
    "* * *",
])
def test_captions_and_notices_left_in_the_body(text):
    assert is_boilerplate(text)
