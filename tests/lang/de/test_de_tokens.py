"""German tokenisation: compounds, numbers, abbreviations, quotes and addresses."""

from __future__ import annotations

import pytest

CASES = [
    ("Die UN-Sanktionen greifen", ["Die", "UN-Sanktionen", "greifen"]),
    ("der Kim-Putin-Gipfel", ["der", "Kim-Putin-Gipfel"]),
    ("Süd- und Nordkorea", ["Süd-", "und", "Nordkorea"]),
    ("Arbeitszeiten und -leistungen", ["Arbeitszeiten", "und", "-leistungen"]),
    ("1.000 Euro", ["1.000", "Euro"]),
    ("3,5 Prozent", ["3,5", "Prozent"]),
    ("um 12.30 Uhr", ["um", "12.30", "Uhr"]),
    ("am 25. April", ["am", "25", ".", "April"]),
    ("z.B. heute", ["z.B.", "heute"]),
    ("z. B. heute", ["z.", "B.", "heute"]),
    ("Dr. Kim", ["Dr.", "Kim"]),
    ("ca. 300", ["ca.", "300"]),
    ("„Wir bleiben“", ["„", "Wir", "bleiben", "“"]),
    ("»Ja«, sagte sie", ["»", "Ja", "«", ",", "sagte", "sie"]),
    ("siehe www.orf.at/news/1", ["siehe", "www.orf.at/news/1"]),
    ("auf https://example.org/a?b=1.", ["auf", "https://example.org/a?b=1", "."]),
    ("an presse@beispiel.at schreiben", ["an", "presse@beispiel.at", "schreiben"]),
    ("das Portal derstandard.at.", ["das", "Portal", "derstandard.at", "."]),
    ("Foto: pic.twitter.com/AbC12xY", ["Foto", ":", "pic.twitter.com/AbC12xY"]),
    ("Katzian (SPÖ) sagte", ["Katzian", "(", "SPÖ", ")", "sagte"]),
    ("Wien – Die", ["Wien", "–", "Die"]),
    ("Er ging...", ["Er", "ging", "..."]),
    ("der 2:1-Sieg", ["der", "2:1-Sieg"]),
    ("Wie geht's?", ["Wie", "geht's", "?"]),
    ("am 24.12.2015", ["am", "24.12.2015"]),
    ("Art. 5 GG", ["Art.", "5", "GG"]),
    ("#Wahl2024 läuft", ["#Wahl2024", "läuft"]),
    ("Preis: 5 %", ["Preis", ":", "5", "%"]),
    ("Herr Mu\u0308ller kam", ["Herr", "Mu\u0308ller", "kam"]),
    ("das Ge\u00adsetz gilt", ["das", "Ge\u00adsetz", "gilt"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_tokens(tokens, text, expected):
    assert tokens(text) == expected


def test_token_offsets_are_exact(segment):
    text = "Die „UN-Sanktionen“ kosten 1.000 Mio. Euro, sagte Dr. Kim-Jong in St. Pölten."
    for sent in segment(text).sentences:
        for token in sent.tokens:
            assert text[token.start:token.end] == token.text
            assert sent.start <= token.start < token.end <= sent.end
