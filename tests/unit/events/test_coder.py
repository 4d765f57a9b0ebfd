"""The event coder on hand-built articles: roles, symmetric pairs, modes, attribution, the contract fields."""

from __future__ import annotations

import time

from lagebild.events.coder import code_events
from lagebild.events.sample import sample_article
from lagebild.model import Article, Place, Quote
from lagebild.settings import Settings


def code(text: str, language: str = "de", **kw) -> Article:
    return code_events(sample_article(text, language, **kw), Settings())


def summary(article: Article) -> list[tuple]:
    return [(e.source_name, e.target_name, e.cameo, e.mode) for e in article.events]


def test_symmetric_meeting_is_coded_once_per_pair():
    article = code("Putin und Kim trafen sich am Donnerstag.")
    assert summary(article) == [("Vladimir Putin", "Kim Jong Un", "040", "asserted")]
    three = code("Russland, China und Iran trafen sich in Teheran.")
    assert len([e for e in three.events if e.cameo == "040"]) == 3


def test_event_carries_contract_fields_and_exact_trigger_offsets():
    article = code("Die EU verhängte neue Sanktionen gegen Russland.")
    (event,) = article.events
    assert (event.source, event.target, event.cameo) == ("wd:Q458", "iso:RUS", "163")
    assert article.text[event.trigger.start:event.trigger.end] == event.trigger.text == "Sanktionen"
    assert (event.plover, event.quad_class, event.sentence) == ("COERCE", 4, 0)
    assert event.goldstein == -8.0 and 0 < event.confidence <= 1


def test_compound_prefix_is_the_source():
    assert summary(code("Die UN-Sanktionen gegen Nordkorea bleiben.")) == [
        ("United Nations", "North Korea", "163", "asserted")]


def test_passive_takes_the_agent_as_source():
    assert summary(code("Die Ukraine wurde von Russland angegriffen.")) == [
        ("Russia", "Ukraine", "190", "asserted")]


def test_inverted_german_subject():
    assert summary(code("Am Montag kritisierte Polen die EU.")) == [("Poland", "European Union", "111", "asserted")]


def test_negated_and_hypothetical_are_never_asserted():
    cases = {
        "Putin und Kim haben sich nicht getroffen.": "negated",
        "Es gab keine Zusicherung wirtschaftlicher Hilfe durch Russland.": "negated",
        "Putin sprach über eine mögliche Pipeline nach Nordkorea.": "hypothetical",
        "Russland könnte die Ukraine angreifen.": "hypothetical",
    }
    for text, mode in cases.items():
        modes = {e.mode for e in code(text).events}
        assert modes == {mode}, text
    en = {e.mode for e in code("Russia and Ukraine did not meet.", "en").events}
    assert en == {"negated"}


def test_future_demanded_threatened():
    assert {e.mode for e in code("Putin wird Kim im Mai treffen.").events} == {"future"}
    assert summary(code("Die USA forderten Nordkorea zur Abrüstung auf.")) == [
        ("United States", "North Korea", "100", "demanded")]
    assert {e.mode for e in code("North Korea threatened Japan with missiles.", "en").events} == {"threatened"}


def test_demanded_action_is_not_a_second_event():
    article = code("Moskau wirft der Ukraine vor, die Krim angegriffen zu haben.")
    assert [e.cameo[:2] for e in article.events] == ["11"]


def test_trigger_inside_a_quote_is_reported_and_attributed():
    article = sample_article("Merkel sagte, Russland habe die Ukraine angegriffen.", "de")
    start = article.text.index("Russland")
    article.quotes = [Quote(speaker="wd:Q567", text=article.text[start:-1], kind="indirect", sentence=0,
                            start=start, end=len(article.text) - 1, cue="sagte")]
    (event,) = code_events(article, Settings()).events
    assert (event.mode, event.attributed_to, event.source) == ("reported", "wd:Q567", "iso:RUS")


def test_stronger_mode_wins_over_reported_inside_a_quote():
    article = sample_article("Merkel sagte, Deutschland werde keine Waffen an Russland liefern.", "de")
    start = article.text.index("Deutschland")
    article.quotes = [Quote(speaker="wd:Q567", text="", kind="indirect", sentence=0, start=start,
                            end=len(article.text) - 1)]
    (event,) = code_events(article, Settings()).events
    assert (event.mode, event.attributed_to) == ("negated", "wd:Q567")


def test_laut_attributes_without_a_quotes_stage():
    (event,) = code("Laut Japan hat Nordkorea Südkorea angegriffen.").events
    assert (event.mode, event.attributed_to) == ("reported", "iso:JPN")


def test_both_sides_take_the_latest_pair():
    article = code("Putin traf Kim in Wladiwostok. Beide Seiten einigten sich auf engere Zusammenarbeit.")
    assert ("Vladimir Putin", "Kim Jong Un", "030", "asserted") in summary(article)


def test_unknown_actor_keeps_its_name():
    (event,) = code("Nawalny kritisierte Putin.", unknown=("Nawalny",)).events
    assert (event.source, event.source_name, event.target) == (None, "Nawalny", "wd:Q7747")


def test_noun_trigger_needs_capital_in_german_and_risk_is_no_threat():
    assert code("Der Wirtschaft Nordkoreas drohe der Stillstand.").events == []
    assert code("Wir treffen Vorbereitungen.").events == []


def test_unsupported_language_and_no_trigger_give_no_events():
    assert code("Putin und Kim trafen sich.", "fr").events == []
    assert code("Das Wetter in Russland ist schön.").events == []


def test_english_basics():
    assert summary(code("Putin and Kim met in Vladivostok.", "en")) == [
        ("Vladimir Putin", "Kim Jong Un", "040", "asserted")]
    assert summary(code("Russia was condemned by the EU.", "en")) == [
        ("European Union", "Russia", "111", "asserted")]


def test_speed_many_sentences():
    text = " ".join(["Die Regierung in Berlin beriet am Montag über den Haushalt des kommenden Jahres."] * 150
                    + ["Putin traf Kim in Wladiwostok."] * 50)
    article = sample_article(text, "de")
    start = time.perf_counter()
    for _ in range(5):
        code_events(article, Settings())
    assert (time.perf_counter() - start) / 5 < 0.1


def test_intent_words_make_an_intent_event():
    assert summary(code("Japan und Südkorea wollen militärisch enger zusammenarbeiten.")) == [
        ("Japan", "South Korea", "0312", "asserted")]


def test_mutual_fighting_is_coded_both_ways():
    pairs = {(s, t) for s, t, c, m in summary(code("Die Kämpfe zwischen Israel und der Hamas dauern an."))}
    assert pairs == {("Israel", "Hamas"), ("Hamas", "Israel")}


def test_postposition_source_is_not_the_subject():
    (event,) = code("Japan zufolge hat Nordkorea eine Rakete getestet.").events
    assert (event.source_name, event.mode, event.attributed_to) == ("North Korea", "reported", "iso:JPN")


def test_threat_needs_someone_who_threatens():
    assert code("Heavy rains threaten Germany.", "en").events == []
    assert code("Den Bauern in Polen droht mit dem Regen eine Missernte.").events == []


def test_converted_petrarch_verb_needs_both_sides():
    assert code("China plans a new road.", "en").events == []


def test_soll_with_perfect_infinitive_is_reported_not_future():
    (event,) = code("Russland soll die Ukraine angegriffen haben.").events
    assert event.mode == "reported"
    assert {e.mode for e in code("Russland soll die Ukraine im Mai angreifen.").events} == {"future"}


def test_participles_idioms_and_places_are_not_events_or_sources():
    assert [e.cameo for e in code("Die USA kritisieren den Siedlungsbau in den besetzten Gebieten Israels.").events
            ] == ["111"]
    assert code("China verließ das Treffen mit Hilfe von Japan.").events[0].cameo[:2] != "07"
    assert code("Ein Gericht in Russland hat Gershkovich zu 16 Jahren Haft verurteilt.",
                unknown=("Gershkovich",)).events[0].cameo == "173"


def test_any_other_name_of_the_clause_is_the_last_resort_target():
    assert summary(code("Polen kritisierte die Hinrichtungen von Demonstranten im Iran.")) == [
        ("Poland", "Iran", "111", "asserted")]


def test_auxiliary_stops_a_preposition_from_governing_the_subject():
    (event,) = code("Im Mai hatte Polen die Grenzkontrollen zu Deutschland verlängert.").events
    assert (event.source_name, event.target_name, event.cameo) == ("Poland", "Germany", "172")


def test_clause_opened_by_aber_keeps_the_subject_and_negation():
    article = code("Die Ukraine und Russland haben sich getroffen, aber keine Einigung über eine Waffenruhe erzielt.")
    assert ("Ukraine", "Russia", "057", "negated") in summary(article)
    assert not any(e.cameo == "0871" for e in article.events)


def test_english_subject_is_the_nearest_name_before_the_verb():
    (event,) = code("Merkel said China would not supply weapons to Russia.", "en").events
    assert (event.source_name, event.target_name, event.cameo, event.mode) == ("China", "Russia", "072", "negated")


def test_a_hypothetical_reading_wins_over_an_asserted_duplicate():
    article = code("Putin sprach über eine mögliche Bahnverbindung und eine Pipeline nach Nordkorea.")
    assert {e.mode for e in article.events} == {"hypothetical"}


def test_attributive_participle_is_no_trigger():
    article = code("Die international anerkannte Regierung in Syrien forderte die USA zum Abzug auf.")
    assert [e.cameo for e in article.events] == ["106"]


def test_infinitive_to_keeps_the_verb_reading_and_failed_negates():
    modes = {e.mode for e in code("Russia and Ukraine failed to agree on a ceasefire.", "en").events}
    assert modes == {"negated"}


def test_comma_after_a_source_phrase_is_no_list():
    article = code("Laut Japan, Nordkorea hat Südkorea angegriffen.")
    assert [(e.source_name, e.target_name) for e in article.events] == [("North Korea", "South Korea")]


def test_event_place_is_the_place_named_after_in():
    article = sample_article("Israel und die Hamas verhandeln in Doha.", "de", unknown=("Doha",))
    doha = next(m for m in article.mentions if m.text == "Doha")
    doha.type, doha.place = "GPE", "gn:290030"
    article.places = [Place("gn:290030", "Doha", "QA", 25.28, 51.53, "city")]
    (event,) = code_events(article, Settings()).events
    assert (event.place, event.cameo) == ("gn:290030", "046")


def test_dative_or_accusative_name_is_no_subject():
    (event,) = code("Den USA warf China Spionage vor.").events
    assert (event.source_name, event.target_name, event.cameo) == ("China", "United States", "1125")


def test_source_phrase_adjective_is_not_merged_into_the_subject():
    (event,) = code("Laut dem ukrainischen Militär hat Russland Kiew mit Raketen beschossen.").events
    assert (event.source_name, event.cameo, event.mode, event.attributed_to) == (
        "Russia", "195", "reported", "iso:UKR")


def test_present_passive_with_wird_is_no_future():
    assert {e.mode for e in code("Der Ukraine wird von Russland Spionage vorgeworfen.").events} == {"asserted"}
    assert {e.mode for e in code("Russland wird der Ukraine Spionage vorwerfen.").events} == {"future"}


def test_meeting_verb_needs_two_parties():
    assert code("Selenskyj traf am Montag per Zufall ein.").events == []


def test_english_role_word_between_adjective_and_name_and_infinitive_targets():
    assert summary(code("Putin met North Korean leader Kim in Vladivostok.", "en")) == [
        ("Vladimir Putin", "Kim Jong Un", "040", "asserted")]
    assert ("Angela Merkel", "Joe Biden", "040", "future") in summary(
        code("Merkel will travel to Washington next week to meet President Biden.", "en"))


def test_adjective_in_an_object_is_no_subject_of_the_next_verb():
    assert ("Poland", "Russia", "161", "asserted") in summary(
        code("Poland expelled the Russian ambassador and downgraded diplomatic relations with Moscow.", "en"))


def test_inverted_subject_after_a_role_noun():
    (event,) = code("Am Montag kritisierte die Oppositionsführerin Merkel die Regierung Polens.").events
    assert (event.source_name, event.target_name) == ("Angela Merkel", "Poland")


def test_article_before_a_role_noun_marks_the_object():
    (event,) = code("Russland hat den Journalisten Gershkovich festgenommen.", unknown=("Gershkovich",)).events
    assert (event.source_name, event.target_name, event.cameo) == ("Russia", "Gershkovich", "173")
    (event,) = code("Gestern nahm die Polizei in Moskau den Reporter Gershkovich fest.", unknown=("Gershkovich",)).events
    assert event.source_name != "Gershkovich"


def test_passive_agent_inside_an_of_phrase():
    assert summary(code("Russia was condemned by members of the EU.", "en")) == [
        ("European Union", "Russia", "111", "asserted")]


def test_noun_source_through_an_unrelated_verb_is_less_confident():
    (weak,) = code("Polen befürchtet neue Sanktionen gegen Russland.").events
    (strong,) = code("Polen verhängte neue Sanktionen gegen Russland.").events
    assert weak.confidence < strong.confidence


def test_article_restored_without_tokens_codes_nothing_and_does_not_fail():
    stored = Article.from_dict(code("Putin traf Kim in Wladiwostok.").to_dict())
    assert code_events(stored, Settings()).events == []


def test_coding_twice_gives_the_same_events():
    article = code("Putin und Kim trafen sich. Beide Seiten einigten sich auf eine engere Zusammenarbeit.")
    first = [e.__dict__.copy() for e in article.events]
    assert [e.__dict__ for e in code_events(article, Settings()).events] == first
