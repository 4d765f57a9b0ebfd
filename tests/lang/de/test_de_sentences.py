"""German sentence splitting: one behaviour a case, on sentences written for these tests."""

from __future__ import annotations

import pytest

ONE = [
    "Das gilt z. B. für kleine Banken.",
    "Das gilt z.B. für kleine Banken.",
    "Dr. Anna Berger leitet das Team in Linz.",
    "Prof. Karl Huber widersprach dem Bericht.",
    "Die Kosten, u.a. für Personal, steigen weiter.",
    "Er zahlte 1.000 Euro bzw. Teile davon zurück.",
    "Es kamen ca. 300 Menschen auf den Platz.",
    "Der Zug Nr. 12 fiel am Morgen aus.",
    "Die Kirche St. Stephan ist am Sonntag voll.",
    "Der Schaden beträgt 3 Mio. Euro.",
    "Es geht um 2 Mrd. Dollar an Hilfen.",
    "Rom wurde 753 v. Chr. gegründet.",
    "Das war im 12. Jh. noch üblich.",
    "Die Wahl findet am 25. April statt.",
    "Der 3. Weltkrieg blieb zum Glück aus.",
    "Am 1. Mai demonstrierten Tausende in Wien.",
    "Das Treffen beginnt um 12.30 Uhr im Rathaus.",
    "Papst Johannes Paul II. besuchte damals Wien.",
    "Das regelt Art. 5 des Grundgesetzes.",
    "„Wer zahlt das?“, fragte der Minister.",
    "„Nie wieder!“ rief die Menge vor dem Parlament.",
    "Er zögerte … und ging dann doch.",
    "Wien – Die Gewerkschaft fordert mehr Geld.",
    "Er sprach mit Mag. Huber und Dipl.-Ing. Maier.",
    "Die Regierung beschloss am 3. 4. neue Regeln.",
    "Sie erwähnte die UN-Sanktionen, d.h. die neuen Strafen.",
]


@pytest.mark.parametrize("text", ONE)
def test_stays_one_sentence(sentences, text):
    assert sentences(text) == [text]


TWO = [
    ("Die Regierung tagte lange. Der Kanzler schwieg.", "Die Regierung tagte lange."),
    ("Kommt er noch? Niemand weiß es!", "Kommt er noch?"),
    ("Das ist gut! Wir machen weiter.", "Das ist gut!"),
    ("Es kamen Autos, Busse usw. Die Straße war voll.", "Es kamen Autos, Busse usw."),
    ("Sie kaufte Obst, Brot etc. Dann ging sie heim.", "Sie kaufte Obst, Brot etc."),
    ("Das Werk öffnete 2015. Der Umsatz stieg.", "Das Werk öffnete 2015."),
    ("Die Inflation lag bei 3,5 Prozent. Die Zinsen stiegen.", "Die Inflation lag bei 3,5 Prozent."),
    ("Er sagte: „Wir bleiben.“ Dann ging er.", "Er sagte: „Wir bleiben.“"),
    ("»Wir gehen jetzt.« Sie nickte nur.", "»Wir gehen jetzt.«"),
    ('"Wir kommen wieder." Danach wurde es still.', '"Wir kommen wieder."'),
    ("Er wartete... Dann kam der Anruf.", "Er wartete..."),
    ("Sie erreichte Platz 3. Die Siegerin kam aus Graz.", "Sie erreichte Platz 3."),
    ("Es ist eine neue Art. Der Fund ist selten.", "Es ist eine neue Art."),
    ("Details stehen auf www.beispiel.at. Die Seite ist neu.", "Details stehen auf www.beispiel.at."),
    ("Die Koalition (SPÖ und ÖVP) einigte sich. Der Streit ist vorbei.",
     "Die Koalition (SPÖ und ÖVP) einigte sich."),
    ("(Das war so geplant.) Danach sprach er.", "(Das war so geplant.)"),
    ("Die Frage lautet: Wer zahlt? Niemand weiß es.", "Die Frage lautet: Wer zahlt?"),
    ("Das ist der 2. Teil. Im 3. Teil geht es weiter.", "Das ist der 2. Teil."),
    ("Er schrieb an info@beispiel.de. Die Antwort kam rasch.", "Er schrieb an info@beispiel.de."),
    ("Sie lebte 50 v. Chr. Die Römer kamen später.", "Sie lebte 50 v. Chr."),
    ("Der Umsatz stieg um 5 Mio. Das überraschte alle.", "Der Umsatz stieg um 5 Mio."),
    ("Er kam um 12 Uhr.\nDann begann die Sitzung.", "Er kam um 12 Uhr."),
]


@pytest.mark.parametrize(("text", "first"), TWO)
def test_splits_in_two(sentences, text, first):
    result = sentences(text)
    assert len(result) == 2, result
    assert result[0] == first


def test_paragraph_break_always_splits(sentences):
    assert sentences("Die Zahl stieg am 25.\n\nApril war ruhig.") == ["Die Zahl stieg am 25.", "April war ruhig."]


def test_unmarked_heading_paragraph_stands_alone(segment):
    article = segment("Krieg in Nahost\n\nDie Lage ist ernst. Die Regierung tagt.")
    assert [(article.text[s.start:s.end], s.heading) for s in article.sentences] == [
        ("Krieg in Nahost", True), ("Die Lage ist ernst.", False), ("Die Regierung tagt.", False)]


def test_heading_ending_in_quote_without_stop(segment):
    article = segment("Merkel: „Wir schaffen das“\n\nDie Kanzlerin blieb dabei.")
    assert [s.heading for s in article.sentences] == [True, False]


def test_last_paragraph_without_stop_is_no_heading(segment):
    article = segment("Die Lage ist ernst.\n\nFortsetzung folgt")
    assert [s.heading for s in article.sentences] == [False, False]


def test_marked_heading_is_cut_out_of_a_paragraph(segment):
    text = "Der Streit geht weiter. Neue Klage Das Gericht entscheidet im Mai."
    start = text.index("Neue")
    article = segment(text, headings=((start, start + len("Neue Klage")),))
    assert [(text[s.start:s.end], s.heading) for s in article.sentences] == [
        ("Der Streit geht weiter.", False), ("Neue Klage", True), ("Das Gericht entscheidet im Mai.", False)]


def test_offsets_are_exact_and_trimmed(segment):
    text = "  Erster Satz hier.   Zweiter Satz!  \n\n\n  Dritter Satz.  "
    article = segment(text)
    assert [text[s.start:s.end] for s in article.sentences] == ["Erster Satz hier.", "Zweiter Satz!",
                                                                 "Dritter Satz."]


@pytest.mark.parametrize("text", ["", "   \n\n  ", "…", "123"])
def test_degenerate_texts_do_not_crash(segment, text):
    article = segment(text)
    for sent in article.sentences:
        assert text[sent.start:sent.end] == text[sent.start:sent.end].strip() != ""


@pytest.mark.parametrize(("text", "first"), [
    ("Warum haben Sie gezögert? – Das war nicht meine Entscheidung.", "Warum haben Sie gezögert?"),
    ("Die Zahl stieg deutlich.. Wien reagierte.", "Die Zahl stieg deutlich.."),
    ("Er nannte Steuern, Abgaben usw. Demgemäß sinkt der Gewinn.", "Er nannte Steuern, Abgaben usw."),
    ("Sie sagte, weil ... Moderator: Bitte weiter.", "Sie sagte, weil ..."),
    ("Die Lage ist ernst. @ministerium antwortete sofort.", "Die Lage ist ernst."),
])
def test_splits_before_dash_handle_and_after_enumeration(sentences, text, first):
    assert sentences(text)[0] == first


def test_ordinal_with_slash_stays(sentences):
    assert len(sentences("Ein Kostüm zum 1./2. Weltkrieg wurde zurückgezogen.")) == 1


def test_prose_swept_into_a_heading_span_is_not_a_heading(segment):
    text = 'Umfassende Renovierung\n„Kein Abo nötig. Keine Werbung.“\n\nDer Start folgt im Mai.'
    article = segment(text, headings=((0, text.index("\n\n")),))
    assert [(text[s.start:s.end], s.heading) for s in article.sentences] == [
        ("Umfassende Renovierung", True), ("„Kein Abo nötig.", False), ("Keine Werbung.“", False),
        ("Der Start folgt im Mai.", False)]


def test_marked_heading_with_question_mark_stays_a_heading(segment):
    text = "Wer zahlt die Rechnung?\n\nDie Kosten trägt das Land."
    article = segment(text, headings=((0, text.index("\n\n")),))
    assert [s.heading for s in article.sentences] == [True, False]


def test_list_items_are_split_and_not_headings(segment):
    text = "Die Forderungen:\n- mehr Geld\n• kürzere Arbeitszeit\n\nDer Streik beginnt."
    article = segment(text)
    assert [(text[s.start:s.end], s.heading) for s in article.sentences] == [
        ("Die Forderungen:", False), ("- mehr Geld", False), ("• kürzere Arbeitszeit", False),
        ("Der Streik beginnt.", False)]


def test_single_line_break_inside_a_paragraph_is_whitespace(sentences):
    assert sentences("Die Regierung hat am\nMontag beschlossen, zu sparen.") == [
        "Die Regierung hat am\nMontag beschlossen, zu sparen."]


@pytest.mark.parametrize(("text", "first"), [
    ("Der Hund heißt Max. Müller hat ihn gekauft.", "Der Hund heißt Max."),
    ("Er segelte um das Kap. Dann kam der Sturm.", "Er segelte um das Kap."),
    ("Das sagte Jan. Müller widersprach.", "Das sagte Jan."),
])
def test_names_and_nouns_that_look_like_abbreviations(sentences, text, first):
    assert sentences(text)[0] == first


@pytest.mark.parametrize("text", ["Es dürfen max. 5 Personen rein.", "Siehe Kap. 3 im Bericht."])
def test_numeric_abbreviations_before_numbers(sentences, text):
    assert sentences(text) == [text]
