"""Unknown names in the linking stage: typed mentions with exact offsets, actor null, the KB wins."""

from __future__ import annotations

from dataclasses import replace

from lagebild import Settings, analyze
from lagebild.language.segment import segment_sentences
from lagebild.link.mentions import link_mentions
from lagebild.model import Article
from lagebild.settings import NERSettings


def make_article(text: str, language: str = "de") -> Article:
    return segment_sentences(Article(text=text, language=language), Settings())


def _mentions(text: str, **kw) -> list[tuple[str, str, int, int, int, str | None, str | None]]:
    article = analyze(text, **kw)
    for m in article.mentions:
        assert article.text[m.start:m.end] == m.text
    return [(m.text, m.type, m.start, m.end, m.sentence, m.actor, m.place) for m in article.mentions]


def test_unknown_person_and_company():
    text = "Der Bürgermeister Heinrich Grabowski hat am Dienstag die Firma Okertal Solartechnik besucht."
    assert _mentions(text) == [
        ("Heinrich Grabowski", "PER", 18, 36, 0, None, None),
        ("Okertal Solartechnik", "ORG", 63, 83, 0, None, None),
    ]


def test_unknown_town_person_and_legal_form():
    text = ("Die Brauerei Hövelmann GmbH aus Bad Salzdetfurth will 40 Stellen streichen, "
            "sagte Geschäftsführerin Ulrike Brandes.")
    assert _mentions(text) == [
        ("Hövelmann GmbH", "ORG", 13, 27, 0, None, None),
        ("Bad Salzdetfurth", "GPE", 32, 48, 0, None, None),
        ("Ulrike Brandes", "PER", 100, 114, 0, None, None),
    ]


def test_sentence_index_and_title_outside():
    text = "Die Regierung tagte. Nach Angaben der Polizei in Obermachnitz wurde der Rentner Markus Feldhaus festgenommen."
    found = _mentions(text)
    assert ("Obermachnitz", "GPE", 49, 61, 1, None, None) in found
    assert ("Markus Feldhaus", "PER", 80, 95, 1, None, None) in found
    assert len(found) == 2


def test_ordinary_capitalised_words_are_no_names():
    assert _mentions("Die Regierung hat am Montag die Steuer erhöht.") == []
    assert _mentions("Auch Ende Mai will man die Steuer senken. Man weiß es nicht.") == []
    assert _mentions("Die Polizei sucht Zeugen, die am Abend einen Unfall beobachtet haben.") == []


def test_known_names_win_and_nothing_overlaps():
    text = "Die Landrätin Sabine Kehrer (SPD) kritisierte Bundeskanzler Olaf Scholz in Berlin."
    found = _mentions(text, published="2023-05-02")
    assert ("Sabine Kehrer", "PER", 14, 27, 0, None, None) in found
    linked = {m[0]: m[5] for m in found}
    assert linked["SPD"] is not None and linked["Olaf Scholz"] == "wd:Q61053"
    spans = sorted((m[2], m[3]) for m in found)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
    assert [m[0] for m in found] == ["Sabine Kehrer", "SPD", "Olaf Scholz", "Berlin"]


def test_setting_off():
    article = make_article("Der Bürgermeister Heinrich Grabowski besuchte die Firma Okertal Solartechnik.")
    off = replace(Settings(), ner=NERSettings(model="off"))
    assert link_mentions(article, off).mentions == []
    article = make_article("Der Bürgermeister Heinrich Grabowski besuchte die Firma Okertal Solartechnik.")
    assert [m.text for m in link_mentions(article, Settings()).mentions] == ["Heinrich Grabowski",
                                                                             "Okertal Solartechnik"]


def test_english_rules_find_people_firms_and_named_things():
    text = ("Hans Dietrich, the mayor of Weilheim in Bavaria, said his town would take in another 80 refugees. "
            "A local building firm, Ammertal Bau, has offered to convert an empty warehouse.")
    found = _mentions(text, published="2022-11-03")
    assert ("Hans Dietrich", "PER", 0, 13, 0, None, None) in found
    assert ("Ammertal Bau", "ORG", 121, 133, 1, None, None) in found


def test_english_rules_leave_ordinary_words_and_titles():
    assert _mentions("The government raised taxes on Monday. Officials said it was necessary.") == []
    found = _mentions("Emergencies Minister Yevgeny Zinichev arrived. Maria Ostrowski's shop reopened.")
    names = [(m[0], m[1]) for m in found]
    assert ("Yevgeny Zinichev", "PER") in names
    assert ("Maria Ostrowski", "PER") in names      # the possessive stays outside
    assert not any("Minister" in name for name, _ in names)
