"""One behaviour per test for the page-text furniture rules."""

from __future__ import annotations

import pytest

from lagebild.errors import NoArticleText
from lagebild.extract import furniture as f
from lagebild.extract.blocks import split_blocks
from lagebild.extract.dateline import inner_dateline, leading_dateline
from lagebild.extract.dates import date_line
from lagebild.extract.pagetext import extract_pagetext
from lagebild.model import RawDocument

BODY = ("Die Außenminister der EU-Staaten haben am Montag in Luxemburg über neue Sanktionen gegen Iran "
        "beraten. Eine Entscheidung soll beim nächsten Treffen fallen.")


def extract(text: str, **kwargs) -> object:
    return extract_pagetext(RawDocument("test", text, "text", **kwargs))


def test_blocks_normalise_spaces_and_soft_hyphens():
    assert split_blocks("Der Außen\u00administer\u00a0sagte  das.\n\n\nZweiter   Absatz.") == [
        "Der Außenminister sagte das.", "Zweiter Absatz."]


def test_blocks_join_lines_that_continue_a_sentence():
    text = "Die Regierung in Rom kündigte am Dienstag an,\ndass sie das Abkommen prüfen werde."
    assert split_blocks(text) == ["Die Regierung in Rom kündigte am Dienstag an, dass sie das Abkommen prüfen werde."]


def test_blocks_keep_page_lines_apart():
    assert split_blocks("zum Hauptinhalt\nEin Bild vom Gipfel.\n© AFP") == ["zum Hauptinhalt", "Ein Bild vom Gipfel.",
                                                                          "© AFP"]


@pytest.mark.parametrize("line, iso", [
    ("26.04.2019, 14:03 Uhr", "2019-04-26"),
    ("Stand: 3. Jänner 2020", "2020-01-03"),
    ("Friday, January 4, 2019", "2019-01-04"),
    ("Updated: April 26, 2019 3:00 PM ET", "2019-04-26"),
    ("Thu 14 Mar 2024 07.00 GMT", "2024-03-14"),
    ("Am 26. April 2019 trafen sich Putin und Kim in Wladiwostok.", None),
    ("31.02.2019", None),
])
def test_date_lines(line, iso):
    assert date_line(line) == iso


@pytest.mark.parametrize("text, dateline", [
    ("Wien – Die Regierung hat", "Wien"),
    ("Berlin (dpa) - Die Bundesregierung", "Berlin (dpa)"),
    ("WASHINGTON (Reuters) - The United States", "WASHINGTON (Reuters)"),
    ("LONDON, April 26 (Reuters) - Britain", "LONDON, April 26 (Reuters)"),
    ("Frankfurt am Main/Brüssel (dpa/AFP) – Die", "Frankfurt am Main/Brüssel (dpa/AFP)"),
    ("Die Regierung – Die Opposition", None),
    ("Putin (71) – Der Präsident", None),
    ("Oktober – Der Monat", None),
])
def test_leading_datelines(text, dateline):
    found = leading_dateline(text)
    assert (found.text if found else None) == dateline


def test_inner_dateline_after_teaser_sentence():
    found = inner_dateline("Regierung legt Budget vor. Wien – Die Bundesregierung hat am Montag")
    assert found is not None and found.text == "Wien"


@pytest.mark.parametrize("line, credit", [
    ("© Alexey NIKOLSKY / SPUTNIK / AFP", "Alexey NIKOLSKY / SPUTNIK / AFP"),
    ("Foto: Kay Nietfeld/dpa", "Kay Nietfeld/dpa"),
    ("REUTERS/Evelyn Hockstein", "REUTERS/Evelyn Hockstein"),
    ("picture alliance / dpa", "picture alliance / dpa"),
    ("Putin trifft Kim", None),
    ("Anna Müller", None),
])
def test_credit_lines(line, credit):
    assert f.credit_line(line) == credit


@pytest.mark.parametrize("line, names", [
    ("Von Anna Müller, Brüssel", ["Anna Müller"]),
    ("Von Anna Müller und Jan Berg", ["Anna Müller", "Jan Berg"]),
    ("By JOHN SMITH, Associated Press", ["John Smith"]),
    ("Von der Leyen warnt Moskau vor Eskalation", None),
    ("Von Moskau nach Peking", None),
])
def test_bylines(line, names):
    assert f.byline(line) == names


@pytest.mark.parametrize("line, genre", [
    ("Ein Kommentar", "commentary"), ("Kolumne", "commentary"), ("Opinion", "commentary"),
    ("Eine Analyse", "analysis"), ("Analysis", "analysis"), ("Interview", "interview"),
    ("Kommentare", None), ("Interviews mit Zeitzeugen", None),
])
def test_genre_markers(line, genre):
    marker = f.genre_marker(line)
    assert (marker[0] if marker else None) == genre


def test_genre_marker_ending_the_teaser_is_stripped():
    assert f.genre_suffix("Moskau und Kiew reden wieder. Doch Frieden ist fern. Ein Kommentar.") == (
        "commentary", "Moskau und Kiew reden wieder. Doch Frieden ist fern.", [])
    assert f.genre_suffix("Das sagte er im Interview.") is None


def test_empty_input_raises():
    with pytest.raises(NoArticleText):
        extract("  \n\n \u00a0")


def test_furniture_only_raises():
    with pytest.raises(NoArticleText):
        extract("zum Hauptinhalt\nTeilen\nDrucken\n\nZur Startseite")


def test_single_short_line_is_body_not_headline():
    article = extract("Russland und China vertiefen ihre Zusammenarbeit")
    assert article.text == "Russland und China vertiefen ihre Zusammenarbeit" and article.title is None


def test_headline_over_prose_is_title():
    article = extract(f"Iran-Sanktionen vertagt\n\n{BODY}")
    assert article.title == "Iran-Sanktionen vertagt" and article.text == BODY


def test_source_metadata_wins():
    article = extract(f"Iran-Sanktionen vertagt\n26.04.2019\n\n{BODY}", published="2019-04-27",
                      title="Iran-Sanktionen vertagt")
    assert article.published == "2019-04-27" and article.title == "Iran-Sanktionen vertagt"
    assert article.text == BODY


def test_caption_needs_prose_after_its_credit():
    article = extract(f"{BODY}\n\nEin Schlusssatz steht hier.\n© dpa")
    assert article.captions == [] and article.text.endswith("Ein Schlusssatz steht hier.")


def test_author_name_after_last_paragraph():
    article = extract(f"Titel der Meldung hier\n\n{BODY}\n\n{BODY}\n\nJan Berg\n\nZur Startseite")
    assert article.authors == ["Jan Berg"] and "Jan Berg" not in article.text


def test_crosshead_is_own_paragraph_with_offsets():
    text = f"Titel der Meldung hier\n\n{BODY}\nWas Brüssel jetzt plant\n{BODY}"
    article = extract(text)
    assert [h.text for h in article.headings] == ["Was Brüssel jetzt plant"]
    span = article.headings[0]
    assert article.text[span.start - 2:span.end + 2] == "\n\nWas Brüssel jetzt plant\n\n"


def test_related_link_list_inside_body_is_dropped():
    article = extract(f"{BODY}\n\nLesen Sie auch\nIran droht mit Vergeltung\nEU berät über Ölembargo\n\n{BODY}")
    assert "Iran droht" not in article.text and article.text.count("Luxemburg") == 2


def test_short_opening_sentence_without_headline_stays_in_body():
    article = extract(f"Es ist vorbei.\n\n{BODY}")
    assert article.title is None and article.text.startswith("Es ist vorbei.\n\n")


def test_first_interview_question_is_body_not_teaser():
    article = extract(f"Interview\nDer Minister im Gespräch über Iran\n\nHerr Minister, wie geht es weiter?\n\n{BODY}")
    assert article.genre == "interview" and article.title == "Der Minister im Gespräch über Iran"
    assert article.teaser is None and article.text.startswith("Herr Minister, wie geht es weiter?\n\n")


def test_question_headline_above_prose():
    article = extract(f"Droht ein neuer Handelskrieg mit China?\n\n{BODY}")
    assert article.title == "Droht ein neuer Handelskrieg mit China?" and article.text == BODY


def test_headline_with_subheadline_below():
    article = extract(f"EU vertagt Sanktionen gegen Iran\nMinister uneins über Ölembargo – Entscheidung im Mai\n\n{BODY}")
    assert article.title == "EU vertagt Sanktionen gegen Iran"
    assert article.teaser == "Minister uneins über Ölembargo – Entscheidung im Mai"


@pytest.mark.parametrize("line, names", [
    ("Von unserem Korrespondenten Max Berg in Kairo, dpa", ["Max Berg"]),
    ("By Jane Roe in Washington", ["Jane Roe"]),
    ("Von AFP", []),
])
def test_bylines_with_roles_places_and_agencies(line, names):
    assert f.byline(line) == names


def test_agency_only_byline_is_not_a_headline():
    article = extract(f"EU vertagt Sanktionen gegen Iran\nVon AFP\n\n{BODY}")
    assert article.title == "EU vertagt Sanktionen gegen Iran" and article.authors == [] and article.text == BODY


def test_source_title_with_site_name_still_finds_the_headline():
    article = extract(f"Menü\nIran-Sanktionen vertagt\n\n{BODY}", title="Iran-Sanktionen vertagt | Beispielzeitung")
    assert article.title == "Iran-Sanktionen vertagt" and article.text == BODY


def test_agency_only_dateline():
    found = leading_dateline("(CNN) — The president said")
    assert found is not None and found.text == "(CNN)"
    assert leading_dateline("(66) – Der Präsident") is None


def test_legend_lines_are_not_headlines():
    article = extract(f"██ Partei A – 12 Sitze\n██ Partei B – 9 Sitze\n\n{BODY}")
    assert article.title is None and article.text.startswith("██ Partei A")


def test_inline_read_also_link_keeps_the_crosshead_after_it():
    article = extract(f"{BODY}\n\nLesen Sie auch: Iran droht mit Vergeltung\n\nWas Brüssel jetzt plant\n\n{BODY}")
    assert "Iran droht" not in article.text
    assert [h.text for h in article.headings] == ["Was Brüssel jetzt plant"]


def test_densest_run_skips_menus_and_stops_at_walls():
    from lagebild.extract.region import WALL, densest_run
    assert densest_run([-40, -40, 180, 320, -40, 410, -40, WALL, 150]) == (2, 5)
    assert densest_run([-40, -10]) is None
    # An earlier run close to the best one wins over reader comments after a wall.
    assert densest_run([350, WALL, 400]) == (0, 0)
    assert densest_run([60, -400, 50, 60]) == (2, 3)


def test_menu_above_and_comments_below_are_not_body():
    menu = "\n".join(["Politik", "Nahost-Konflikt", "Klimapolitik", "Bundestagswahl", "Ukraine-Krieg",
                      "Europäische Union", "Newsletter", "Podcasts", "Wetter heute"])
    comments = ("Kommentare\nleser_123 schreibt:\nDas ist doch alles nur Theater, die Sanktionen bringen "
                "gar nichts und das weiß auch jeder in Brüssel.\nAntworten")
    article = extract(f"{menu}\n\nIran-Sanktionen vertagt\n\n{BODY}\n\n{BODY}\n\n{comments}")
    assert article.title == "Iran-Sanktionen vertagt" and article.text == f"{BODY}\n\n{BODY}"


def test_bylines_and_genre_labels_of_other_stories_are_ignored():
    text = (f"EU vertagt Sanktionen gegen Iran\nVon Anna Müller\n\n{BODY}\n\n{BODY}\n\nKommentar\nVon Jan Berg\n\n"
            f"{BODY}\n\nComment")
    article = extract(text)
    assert article.authors == ["Anna Müller"] and article.genre is None


def test_bare_name_line_needs_a_known_given_name():
    assert f.name_line("Benedikt Voigt") == "Benedikt Voigt"
    assert f.name_line("Ultium Cells") is None
    assert f.name_line("Anna-Lena Berg, Kairo") == "Anna-Lena Berg"


def test_bylines_of_stories_far_above_the_headline_are_ignored():
    sidebar = "Von Jan Berg\nRusslands Wirtschaft wächst\n" + "\n".join(f"Rubrik {n}" for n in range(6))
    article = extract(f"{sidebar}\nEU vertagt Sanktionen gegen Iran\nVon Anna Müller\n\n{BODY}\n\n{BODY}")
    assert article.title == "EU vertagt Sanktionen gegen Iran" and article.authors == ["Anna Müller"]


def test_author_box_between_paragraphs_is_an_author_not_a_crosshead():
    article = extract(f"EU vertagt Sanktionen gegen Iran\n\n{BODY}\n\nJulia Weber\n\n{BODY}")
    assert article.authors == ["Julia Weber"] and article.headings == [] and "Julia Weber" not in article.text


def test_date_in_a_byline_line_when_no_date_line_exists():
    article = extract(f"EU vertagt Sanktionen gegen Iran\nFelix Berg // 1. November 2023\n\n{BODY}\n\n{BODY}")
    assert article.published == "2023-11-01"


def test_menu_lines_without_a_headline_do_not_open_the_body():
    article = extract(f"zum Hauptinhalt\nNahost\nUkraine-Krieg\nKlima\n\nEs ist vorbei.\n\n{BODY}")
    assert article.title is None and article.text == f"Es ist vorbei.\n\n{BODY}"
