"""Quotes stage on hand-built articles: every quote form in German and English, speakers, cues, offsets."""

from __future__ import annotations

import re

import pytest

from lagebild.events.quotes import find_quotes
from lagebild.language.tokens import tokenize
from lagebild.model import Actor, Article, Mention, Quote, Sentence
from lagebild.settings import Settings

SETTINGS = Settings()
# Sentence ends: terminal punctuation plus any closing quotation marks, then a space.
_SENTENCE = re.compile(r".+?(?:[.!?][“”\"«»'’]*(?=\s|$)|$)", re.S)

ACTORS = {
    "wd:Q7747": Actor("wd:Q7747", "Vladimir Putin", "PER", "RUS", "RUSGOV"),
    "wd:Q56226": Actor("wd:Q56226", "Kim Jong Un", "PER", "PRK", "PRKGOV"),
    "kb:newsportal": Actor("kb:newsportal", "Nordblick", "ORG", "KOR", "KORMED"),
    "kb:yonhap": Actor("kb:yonhap", "Yonhap", "ORG", "KOR", "KORMED"),
    "iso:KOR": Actor("iso:KOR", "South Korea", "GPE", "KOR", "KOR"),
    "iso:RUS": Actor("iso:RUS", "Russia", "GPE", "RUS", "RUS"),
    "iso:UKR": Actor("iso:UKR", "Ukraine", "GPE", "UKR", "UKR"),
    "wd:Q1065": Actor("wd:Q1065", "United Nations", "ORG", None, "IGOUNO"),
}


def make_article(text: str, language: str = "de", *, names: dict[str, tuple[str, str]] | None = None) -> Article:
    """Sentences cut at terminal punctuation, tokens from the tokenizer, mentions for each ``names`` surface.

    ``names`` maps a surface form to (mention type, actor id); every occurrence becomes a mention.
    """
    article = Article(text=text, language=language)
    for found in _SENTENCE.finditer(text):
        start = found.start() + len(found.group()) - len(found.group().lstrip())
        if start < found.end():
            article.sentences.append(Sentence(start, found.end(), tokenize(text, start, found.end(),
                                                                            language=language)))
    actors = {}
    for surface, (kind, actor) in (names or {}).items():
        for hit in re.finditer(re.escape(surface), text):
            index = next(i for i, s in enumerate(article.sentences) if s.start <= hit.start() < s.end)
            article.mentions.append(Mention(hit.start(), hit.end(), surface, kind, index, actor))
            actors[actor] = ACTORS[actor]
    article.mentions.sort(key=lambda m: m.start)
    article.actors = list(actors.values())
    return article


def quotes_of(text: str, language: str = "de", **kwargs) -> list[Quote]:
    article = find_quotes(make_article(text, language, **kwargs), SETTINGS)
    for quote in article.quotes:
        assert article.text[quote.start:quote.end] == quote.text  # offsets are exact
    return article.quotes


PUTIN = {"Putin": ("PER", "wd:Q7747")}
KIM = {"Kim": ("PER", "wd:Q56226")}


# -- direct quotes ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "„Wir sind zu Gesprächen bereit“, sagte Putin am Montag.",
    "»Wir sind zu Gesprächen bereit«, sagte Putin.",
    "«Wir sind zu Gesprächen bereit», sagte Putin.",
    "“Wir sind zu Gesprächen bereit”, erklärte Putin.",
    "\"Wir sind zu Gesprächen bereit\", sagte Putin.",
    "„Wir sind zu Gesprächen bereit“, so Putin.",
    "Putin sagte: „Wir sind zu Gesprächen bereit.“",
    "Am Montag sagte Putin: „Wir sind zu Gesprächen bereit.“",
])
def test_german_direct_quote_forms(text):
    quotes = quotes_of(text, names=PUTIN)
    assert len(quotes) == 1
    quote = quotes[0]
    assert quote.kind == "direct"
    assert quote.text.startswith("Wir sind zu Gesprächen bereit")
    assert quote.speaker == "wd:Q7747"
    assert quote.cue in {"sagte", "erklärte", "so"}


@pytest.mark.parametrize(("text", "cue"), [
    ("“We are ready for talks,” Putin said on Monday.", "said"),
    ("“We are ready for talks,” said Putin.", "said"),
    ("\"We are ready for talks,\" Putin told reporters.", "told"),
    ("'We are ready for talks,' Putin said.", "said"),
    ("Putin said: “We are ready for talks.”", "said"),
])
def test_english_direct_quote_forms(text, cue):
    quotes = quotes_of(text, "en", names=PUTIN)
    assert [(q.kind, q.speaker, q.cue) for q in quotes] == [("direct", "wd:Q7747", cue)]
    assert quotes[0].text.rstrip(".,") == "We are ready for talks"


def test_direct_quote_over_two_sentences_belongs_to_the_first():
    text = ("Der Gipfel war kurz. „Wir haben viel erreicht. Die Zusammenarbeit wird enger“, "
            "sagte Putin nach dem Treffen.")
    quotes = quotes_of(text, names=PUTIN)
    assert len(quotes) == 1
    assert quotes[0].text == "Wir haben viel erreicht. Die Zusammenarbeit wird enger"
    assert quotes[0].sentence == 1
    assert quotes[0].speaker == "wd:Q7747"


def test_short_quoted_names_and_scare_quotes_are_not_quotes():
    text = "Die Webseite „Nordblick“ nannte den Gipfel einen „taktischen Erfolg“."
    assert quotes_of(text, names={"Nordblick": ("ORG", "kb:newsportal")}) == []


def test_english_possessive_apostrophe_opens_no_quote():
    text = "Putin's visit to the region's capital ended early, officials' statements show."
    assert quotes_of(text, "en", names=PUTIN) == []


def test_uncued_follow_up_quote_keeps_the_speaker():
    text = "„Das Treffen war nützlich“, sagte Putin. „Wir werden uns bald wieder sehen und weiter reden.“"
    quotes = quotes_of(text, names=PUTIN)
    assert [(q.sentence, q.speaker, q.cue) for q in quotes] == [(0, "wd:Q7747", "sagte"), (1, "wd:Q7747", None)]


def test_unmarked_quote_before_sagte_is_direct():
    quotes = quotes_of("Die Gespräche waren sehr offen, sagte Putin in Moskau.", names=PUTIN)
    assert [(q.kind, q.text, q.speaker, q.cue) for q in quotes] == [
        ("direct", "Die Gespräche waren sehr offen", "wd:Q7747", "sagte")]


def test_hiess_es_has_a_cue_but_no_speaker():
    quotes = quotes_of("Die Verhandlungen sollen nächste Woche weitergehen, hieß es in Brüssel.")
    assert len(quotes) == 1
    assert (quotes[0].speaker, quotes[0].speaker_name, quotes[0].cue) == (None, None, "hieß es")
    assert quotes[0].text == "Die Verhandlungen sollen nächste Woche weitergehen"


# -- indirect speech -------------------------------------------------------------------------------

def test_konjunktiv_after_comma():
    quotes = quotes_of("Putin sagte, die Lage sei ernst.", names=PUTIN)
    assert [(q.kind, q.text, q.speaker, q.cue) for q in quotes] == [("indirect", "die Lage sei ernst",
                                                                      "wd:Q7747", "sagte")]


def test_comma_clause_needs_subjunctive_or_dass():
    assert quotes_of("Putin sagte, er komme morgen.", names=PUTIN)[0].text == "er komme morgen"
    assert quotes_of("Putin sagte ab, weil er krank war.", names=PUTIN) == []
    assert quotes_of("Putin sagte nichts, als er ging.", names=PUTIN) == []


def test_direct_quote_with_pronoun_speaker():
    text = "Putin lächelte. „Wir kommen gern wieder nach Wladiwostok“, sagte er."
    quotes = quotes_of(text, names=PUTIN)
    assert [(q.kind, q.speaker, q.cue) for q in quotes] == [("direct", "wd:Q7747", "sagte")]


@pytest.mark.parametrize(("text", "content", "cue"), [
    ("So meldet die Agentur Yonhap, dass die Grenze geschlossen werde.", "die Grenze geschlossen werde",
     "so meldet"),
    ("Die Agentur Yonhap teilte mit, dass die Grenze geschlossen werde.", "die Grenze geschlossen werde",
     "teilte"),
    ("Wie die Agentur Yonhap berichtete, wurde die Grenze geschlossen.", "wurde die Grenze geschlossen",
     "berichtete"),
    ("Die Grenze sei geschlossen worden, meldete die Agentur Yonhap unter Berufung auf Beamte.",
     "Die Grenze sei geschlossen worden", "meldete"),
])
def test_german_reporting_clauses(text, content, cue):
    quotes = quotes_of(text, names={"Yonhap": ("ORG", "kb:yonhap")})
    assert [(q.kind, q.text, q.speaker, q.cue) for q in quotes] == [("indirect", content, "kb:yonhap", cue)]


@pytest.mark.parametrize(("text", "content", "cue"), [
    ("Laut Yonhap wurde die Grenze geschlossen.", "wurde die Grenze geschlossen", "Laut"),
    ("Die Grenze wurde laut Yonhap geschlossen.", "Die Grenze wurde laut Yonhap geschlossen", "laut"),
    ("Yonhap zufolge wurde die Grenze geschlossen.", "wurde die Grenze geschlossen", "zufolge"),
    ("Nach Angaben von Yonhap wurde die Grenze geschlossen.", "wurde die Grenze geschlossen", "Nach Angaben"),
    ("Unter Berufung auf Yonhap hieß die Grenze dicht.", "hieß die Grenze dicht", "Unter Berufung auf"),
    ("Die Grenze wurde geschlossen, laut Yonhap.", "Die Grenze wurde geschlossen", "laut"),
])
def test_german_prepositional_attribution(text, content, cue):
    quotes = quotes_of(text, names={"Yonhap": ("ORG", "kb:yonhap")})
    assert [(q.kind, q.text, q.speaker, q.cue) for q in quotes] == [("indirect", content, "kb:yonhap", cue)]


def test_report_noun_is_stripped_from_the_source():
    quotes = quotes_of("Einem Bericht der Agentur Yonhap zufolge ist die Grenze zu.",
                       names={"Yonhap": ("ORG", "kb:yonhap")})
    assert [(q.speaker, q.speaker_name, q.text) for q in quotes] == [("kb:yonhap", "Yonhap", "ist die Grenze zu")]


@pytest.mark.parametrize(("text", "content", "cue"), [
    ("Putin said that the talks had been useful.", "the talks had been useful", "said"),
    ("Putin said the talks had been useful.", "the talks had been useful", "said"),
    ("Putin told reporters the talks had been useful.", "the talks had been useful", "told"),
    ("According to Putin, the talks had been useful.", "the talks had been useful", "According to"),
    ("The talks had been useful, according to Putin.", "The talks had been useful", "according to"),
])
def test_english_reported_speech(text, content, cue):
    quotes = quotes_of(text, "en", names=PUTIN)
    assert [(q.kind, q.text, q.speaker, q.cue) for q in quotes] == [("indirect", content, "wd:Q7747", cue)]


def test_english_unquoted_clause_before_said():
    quotes = quotes_of("The talks had been useful, the Russian president said.", "en")
    assert [(q.text, q.speaker, q.speaker_name) for q in quotes] == [
        ("The talks had been useful", None, "the Russian president")]


# -- speakers --------------------------------------------------------------------------------------

def test_unnamed_spokesperson_of_an_unnamed_ministry_keeps_the_phrase_and_no_actor():
    text = "Ein Sprecher des russischen Außenministeriums sagte, die Gespräche seien beendet."
    quotes = quotes_of(text, names={"russischen": ("MISC", "iso:RUS")})
    assert (quotes[0].speaker, quotes[0].speaker_name) == (None, "Ein Sprecher des russischen Außenministeriums")


def test_spokesman_speaks_for_the_named_organisation():
    quotes = quotes_of("A spokesman for the United Nations said that the convoy was delayed.", "en",
                       names={"United Nations": ("ORG", "wd:Q1065")})
    assert (quotes[0].speaker, quotes[0].speaker_name) == ("wd:Q1065", "A spokesman for the United Nations")
    quotes = quotes_of("Ein Sprecher der Vereinten Nationen sagte, der Konvoi sei verspätet.",
                       names={"Vereinten Nationen": ("ORG", "wd:Q1065")})
    assert quotes[0].speaker == "wd:Q1065"


@pytest.mark.parametrize(("text", "language", "name"), [
    ("Kremlsprecher Dmitri Peskow sagte, die Lage sei ruhig.", "de", "Dmitri Peskow"),
    ("Kremlin spokesman Dmitry Peskov said the situation was calm.", "en", "Dmitry Peskov"),
    ("Wie die Agentur Reuters unter Berufung auf Diplomaten meldet, ist die Lage ruhig.", "de", "Reuters"),
])
def test_unknown_person_after_a_title_keeps_the_name(text, language, name):
    quotes = quotes_of(text, language)
    assert (quotes[0].speaker, quotes[0].speaker_name) == (None, name)


def test_adjective_mention_is_skipped_for_the_named_source():
    text = "So meldet die südkoreanische Webseite „Nordblick“, dass die Preise stiegen."
    quotes = quotes_of(text, names={"südkoreanische": ("MISC", "iso:KOR"), "Nordblick": ("ORG", "kb:newsportal")})
    assert (quotes[0].speaker, quotes[0].speaker_name, quotes[0].cue) == ("kb:newsportal", "Nordblick", "so meldet")


@pytest.mark.parametrize(("text", "language"), [
    ("Putin traf am Montag Berater. Er sagte, die Lage sei stabil.", "de"),
    ("Putin met advisers on Monday. He said the situation was stable.", "en"),
])
def test_pronoun_speaker_is_the_last_clear_person(text, language):
    quotes = quotes_of(text, language, names=PUTIN)
    assert [(q.sentence, q.speaker, q.speaker_name) for q in quotes] == [(1, "wd:Q7747", "Vladimir Putin")]


def test_pronoun_with_two_people_and_none_opening_stays_unknown():
    text = "Gestern trafen sich Kim und Putin. Er sagte, die Lage sei stabil."
    quotes = quotes_of(text, names={**PUTIN, **KIM})
    assert (quotes[0].speaker, quotes[0].speaker_name) == (None, "Er")


def test_reference_pattern_reported_speech_of_a_website():
    """Konjunktiv report, a subjunctive sentence without a cue, then ", schreibt die Webseite": one source."""
    text = ("Die Lage im Land bleibt schwierig. So meldet die Webseite „Nordblick“, dass den Bauern eine "
            "Missernte drohe. Selbst in der Hauptstadt hätten die Bäcker kaum noch Mehl. Außer Brot kauften "
            "die Menschen kaum etwas, schreibt die Webseite unter Berufung auf Händler im Süden. Dabei hatte "
            "Kim im Januar Wohlstand versprochen.")
    quotes = quotes_of(text, names={"Nordblick": ("ORG", "kb:newsportal"), **KIM})
    assert [(q.sentence, q.kind, q.speaker, q.cue) for q in quotes] == [
        (1, "indirect", "kb:newsportal", "so meldet"),
        (2, "indirect", "kb:newsportal", "hätten"),
        (3, "indirect", "kb:newsportal", "schreibt"),
    ]
    assert quotes[0].text == "den Bauern eine Missernte drohe"
    assert quotes[2].text == "Außer Brot kauften die Menschen kaum etwas"


def test_subjunctive_sentence_without_a_reported_neighbour_is_no_quote():
    assert quotes_of("Die Lage ist ruhig. Es wäre besser, wenn alle blieben.") == []


def test_plain_statements_have_no_quotes():
    text = ("Putin sprach über eine mögliche Pipeline. Beide Seiten einigten sich auf mehr Zusammenarbeit. "
            "Nordkorea signalisiert damit, dass es Partner hat.")
    assert quotes_of(text, names=PUTIN) == []


def test_language_without_data_gets_no_quotes():
    article = make_article("„Nous sommes prêts à discuter“, a dit Poutine.", "fr")
    assert find_quotes(article, SETTINGS).quotes == []


def test_quotes_serialise_with_the_contract(article_validator):
    article = find_quotes(make_article("Putin sagte, die Lage sei ernst.", names=PUTIN), SETTINGS)
    errors = list(article_validator.iter_errors(article.to_dict()))
    assert errors == []
    assert article.to_dict()["quotes"][0]["cue"] == "sagte"


# -- guards found on real news ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Sie reden, schreiben und lesen an vielen Stationen.",  # a list of verbs
    "In diesem Schreiben wurde nichts gesagt.",  # a capitalised verb form is a noun
    "Dies bestätigt sich auch in den Zahlen, die vorliegen.",  # reflexive: no speech
    "Nexus heißt in Softwarefragen wie immer: Google pur.",  # "heißt" without "es"
    "Wie schon im Vorjahr muss hier betont werden, dass die Zahlen vorläufig sind.",  # passive
    "Many were vulnerable, but the last victim was quickly reported missing.",  # English passive
])
def test_no_quote_without_a_speaking_subject(text):
    language = "en" if text.startswith("Many") else "de"
    assert quotes_of(text, language) == []


def test_two_cues_in_one_sentence_give_two_quotes():
    text = "Wir sind nicht zufrieden, sagte Putin und ergänzte: Wir müssen weiter verhandeln."
    quotes = quotes_of(text, names=PUTIN)
    assert [(q.kind, q.text, q.cue) for q in quotes] == [
        ("direct", "Wir sind nicht zufrieden", "sagte"), ("direct", "Wir müssen weiter verhandeln", "ergänzte")]
    assert {q.speaker for q in quotes} == {"wd:Q7747"}


def test_inverted_subject_after_a_time_phrase():
    quotes = quotes_of("Die Ermittlungen seien nicht abgeschlossen, teilte am Sonntag die Agentur Yonhap mit.",
                       names={"Yonhap": ("ORG", "kb:yonhap")})
    assert [(q.kind, q.speaker, q.cue) for q in quotes] == [("indirect", "kb:yonhap", "teilte")]


def test_comma_after_the_inverted_speaker_moves_the_content_behind_it():
    quotes = quotes_of("In einem Interview sagte Putin nun, er habe den Brief nie erhalten.", names=PUTIN)
    assert [(q.text, q.speaker) for q in quotes] == [("er habe den Brief nie erhalten", "wd:Q7747")]


def test_auxiliary_and_adverb_leave_the_subject():
    quotes = quotes_of("Die Agentur Yonhap hatte zuvor berichtet, die Grenze sei zu.",
                       names={"Yonhap": ("ORG", "kb:yonhap")})
    assert [(q.speaker, q.speaker_name) for q in quotes] == [("kb:yonhap", "Yonhap")]


def test_zufolge_takes_only_the_noun_phrase_before_it():
    quotes = quotes_of("Die Firma befindet sich Insidern zufolge in Verhandlungen.")
    assert [(q.speaker_name, q.cue) for q in quotes] == [("Insidern", "zufolge")]


def test_name_inside_a_compound_is_not_the_speaker():
    quotes = quotes_of("Der Markt bleibt schwierig, so der frühere Russland-Chef der Firma.",
                       names={"Russland": ("GPE", "iso:RUS")})
    assert (quotes[0].speaker, quotes[0].speaker_name) == (None, "der frühere Russland-Chef der Firma")


def test_modifier_mention_of_any_type_is_not_the_speaker():
    text = "So meldet die südkoreanische Webseite „Nordblick“, dass die Preise stiegen."
    quotes = quotes_of(text, names={"südkoreanische": ("GPE", "iso:KOR"), "Nordblick": ("ORG", "kb:newsportal")})
    assert quotes[0].speaker == "kb:newsportal"

def test_institution_of_a_country_speaks_for_the_country():
    quotes = quotes_of("The South Korean ministry said that prices rose.", "en",
                       names={"South Korean": ("GPE", "iso:KOR")})
    assert (quotes[0].speaker, quotes[0].speaker_name) == ("iso:KOR", "The South Korean ministry")
    quotes = quotes_of("Ukraine's air force said it had shot down ten drones.", "en",
                       names={"Ukraine": ("GPE", "iso:UKR")})
    assert quotes[0].speaker == "iso:UKR"
    quotes = quotes_of("Laut dem südkoreanischen Militär wurden zehn Drohnen abgeschossen.",
                       names={"südkoreanischen": ("GPE", "iso:KOR")})
    assert quotes[0].speaker == "iso:KOR"


def test_english_appositive_subject_and_quote_after_a_clause():
    text = ('The mayor of the city, Putin, tweeted, "We will rebuild every house on this street." '
            'Kim said it was "the moment of maximum opportunity" for talks.')
    quotes = quotes_of(text, "en", names={**PUTIN, **KIM})
    assert [(q.kind, q.speaker, q.cue) for q in quotes] == [("direct", "wd:Q7747", "tweeted"),
                                                            ("direct", "wd:Q56226", "said")]


def test_weak_subjunctive_continues_only_a_strong_report():
    text = ("Trainer Müller kündigte an: Wir müssen jetzt einen neuen Anlauf nehmen. "
            "Seine Stützen könnten für die Partie fit werden.")
    quotes = quotes_of(text)
    assert [(q.sentence, q.kind) for q in quotes] == [(0, "direct")]


def test_definite_title_names_the_last_person_of_that_role():
    text = "„Manchmal muss man gehen“, sagte Putin in Wladiwostok. Kim habe zu viel verlangt, fügte der Präsident hinzu."
    article = make_article(text, names=PUTIN)
    article.actors[0].role = "president"
    quotes = find_quotes(article, SETTINGS).quotes
    assert [(q.kind, q.speaker, q.cue) for q in quotes] == [("direct", "wd:Q7747", "sagte"),
                                                            ("indirect", "wd:Q7747", "fügte")]


def test_unmarked_clause_is_direct_in_german_and_reported_in_english():
    assert quotes_of("Die Einigung ist nah, sagten Diplomaten.")[0].kind == "direct"
    assert quotes_of("An agreement is within reach, diplomats said.", "en")[0].kind == "indirect"


def test_capital_as_source_is_its_country(monkeypatch):
    from lagebild.events import quotes as quotes_module
    from lagebild.model import Place

    class _KB:
        place_by_id = {"gn:1871859": type("P", (), {"capital": True})()}

        @staticmethod
        def country_of(iso2):
            return type("A", (), {"id": "iso:PRK"})() if iso2 == "KP" else None

    monkeypatch.setattr(quotes_module, "kb_for", lambda settings: _KB)
    text = "Der Gipfel sei ein Erfolg gewesen, hieß es aus Pjöngjang."
    article = make_article(text)
    start = text.index("Pjöngjang")
    article.mentions.append(Mention(start, start + 9, "Pjöngjang", "GPE", 0, None, "gn:1871859"))
    article.places.append(Place("gn:1871859", "Pyongyang", "KP"))
    quotes = find_quotes(article, SETTINGS).quotes
    assert [(q.speaker, q.cue, q.text) for q in quotes] == [("iso:PRK", "hieß es", "Der Gipfel sei ein Erfolg gewesen")]


def test_state_body_speaks_for_its_state():
    article = make_article("Die Grenze bleibe offen, teilte der Kreml mit.")
    start = article.text.index("Kreml")
    article.mentions.append(Mention(start, start + 5, "Kreml", "ORG", 0, "kb:kremlin"))
    article.actors.append(Actor("kb:kremlin", "Kremlin", "ORG", "RUS", "RUSGOV"))
    quotes = find_quotes(article, SETTINGS).quotes
    assert [(q.speaker, q.speaker_name) for q in quotes] == [("iso:RUS", "Kreml")]


def test_unnamed_government_speaker_is_the_readers_government():
    from dataclasses import replace

    quotes = quotes_of("Deutschland werde weiter helfen, sagte ein Regierungssprecher.")
    assert (quotes[0].speaker, quotes[0].speaker_name) == ("iso:DEU", "ein Regierungssprecher")
    settings = replace(SETTINGS, kb=replace(SETTINGS.kb, home_country="AUT"))
    article = find_quotes(make_article("Österreich werde weiter helfen, sagte ein Regierungssprecher."), settings)
    assert article.quotes[0].speaker == "iso:AUT"


def test_split_quotation_keeps_one_speaker():
    text = '"On behalf of the court," wrote Chief Justice Putin, "I am saddened to report his death."'
    quotes = quotes_of(text, "en", names=PUTIN)
    assert [(q.text, q.speaker, q.cue) for q in quotes] == [
        ("On behalf of the court", "wd:Q7747", "wrote"),
        ("I am saddened to report his death.", "wd:Q7747", "wrote")]


@pytest.mark.parametrize(("text", "content", "name"), [
    ("The judge died at 99, according to a statement released by the Supreme Court.",
     "The judge died at 99", "the Supreme Court"),
    ("According to a poll published by NBC News, most members favoured an inquiry.",
     "most members favoured an inquiry", "NBC News"),
])
def test_english_report_nouns_lead_to_their_source(text, content, name):
    quotes = quotes_of(text, "en")
    assert [(q.text, q.speaker_name) for q in quotes] == [(content, name)]


@pytest.mark.parametrize("text", [
    "Qawi was later accused of inciting the murder, which he denied.",
    "Few own a costume, organizers reported this year that 900 of 2000 guests brought one to the event.",
])
def test_english_relative_and_long_tails_are_no_post_cue(text):
    assert all(not q.text.startswith(("Qawi", "Few")) for q in quotes_of(text, "en"))


def test_konjunktiv_ii_in_a_subordinate_clause_continues_nothing():
    text = ("Die Regierung sei stabil, sagte Putin. Ein Bruch ist unwahrscheinlich, weil die Partei viel "
            "verlieren würde.")
    quotes = quotes_of(text, names=PUTIN)
    assert [q.sentence for q in quotes] == [0]


def test_short_name_in_brackets_is_the_speaker_phrase():
    text = "Die Internationale Organisation für Migration (IOM) erklärte am Dienstag, die Route sei gefährlich."
    quotes = quotes_of(text)
    assert [(q.speaker_name, q.text) for q in quotes] == [("IOM", "die Route sei gefährlich")]


def test_cue_clause_ends_at_a_comma_before_a_new_clause():
    text = ("Er glaube nicht, dass man bis Jänner fertig werde, meinte Putin, aber erste Schritte sollen "
            "am Parteitag präsentiert werden.")
    quotes = quotes_of(text, names=PUTIN)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Er glaube nicht, dass man bis Jänner fertig werde", "wd:Q7747")]


@pytest.mark.parametrize("text", [
    "Es ist reine Fiktion zu sagen: Mit mehr Beamten wäre alles anders gekommen.",
    "Menschen, die so geschlossen agieren, so volltrunken und aggressiv, gab es noch nicht.",
    "Österreich verhinderte, dass die Spieler sagen konnten: Wir sind bei der EM dabei.",
])
def test_german_infinitives_and_adjectives_are_no_cues(text):
    assert quotes_of(text) == []


def test_german_cue_verb_follows_the_comma():
    quotes = quotes_of("In welcher Höhe, könne man noch nicht sagen, teilte Putin mit.", names=PUTIN)
    assert [(q.text, q.cue, q.speaker) for q in quotes] == [
        ("In welcher Höhe, könne man noch nicht sagen", "teilte", "wd:Q7747")]
    assert quotes_of("Das entspricht einem Diskurs der Polizei, indem man sagt, alles sei ruhig.")[0].text \
        == "alles sei ruhig"


def test_news_agency_behind_a_spokesman_is_the_listener():
    article = make_article("Die Truppen kämen am Montag, erklärte ein Heeressprecher der Agentur Yonhap.",
                           names={"Yonhap": ("ORG", "kb:yonhap")})
    quotes = find_quotes(article, SETTINGS).quotes
    assert (quotes[0].speaker, quotes[0].speaker_name) == (None, "ein Heeressprecher der Agentur Yonhap")


def test_hiess_es_after_a_relative_clause_names_nobody():
    quotes = quotes_of("In einer Mitteilung, die sein Büro verbreitete, hieß es: Der Minister bleibt im Amt.")
    assert [(q.speaker_name, q.cue, q.text) for q in quotes] == [(None, "hieß", "Der Minister bleibt im Amt")]
