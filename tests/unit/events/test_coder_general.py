"""General coder mechanisms on own sentences: state organs with a place, and more (one test each)."""

from __future__ import annotations

from lagebild.events.coder import code_events
from lagebild.events.sample import sample_article
from lagebild.model import Actor, Article, Place, Quote
from lagebild.settings import Settings


def code(text: str, language: str = "de", **kw) -> Article:
    return code_events(sample_article(text, language, **kw), Settings())


def with_place(text: str, language: str, name: str, country: str = "EG") -> Article:
    """A sample article whose unknown ``name`` is linked as a city in ``country`` (as the linker would)."""
    article = sample_article(text, language, unknown=(name,))
    mention = next(m for m in article.mentions if m.text == name)
    mention.type, mention.place = "GPE", "gn:1"
    article.places = [Place("gn:1", name, country, 30.06, 31.25, "city")]
    return code_events(article, Settings())


def pairs(article: Article) -> list[tuple]:
    return [(e.source, e.target, e.cameo[:2], e.mode) for e in article.events]


def test_state_organ_in_a_city_acts_for_the_state():
    assert pairs(with_place("Die Polizei in Kairo hat vier Aktivisten festgenommen.", "de", "Kairo")) == [
        ("iso:EGY", None, "17", "asserted")]
    assert pairs(with_place("Police in Cairo detained four activists.", "en", "Cairo")) == [
        ("iso:EGY", None, "17", "asserted")]
    assert pairs(with_place("A Cairo court detained four activists.", "en", "Cairo"))[0][0] == "iso:EGY"
    # a city that is only where something happens stays a place (the target's state), never the subject
    assert pairs(with_place("Frankreich verhandelt in Kairo mit Israel.", "de", "Kairo"))[0][:2] == (
        "iso:FRA", "iso:ISR")


def test_a_place_of_the_source_state_makes_a_domestic_event():
    article = with_place("Iranian authorities arrested dozens of traders in Tabriz.", "en", "Tabriz", "IR")
    assert pairs(article) == [("iso:IRN", "iso:IRN", "17", "asserted")]
    # the same state named twice is still no event with itself
    assert all(e.source != e.target for e in code("Iran sagte, der Iran kritisiere Israel.").events)


def test_a_failed_agreement_is_a_negated_agreement():
    assert pairs(code("Russland und China haben sich nicht auf eine engere Zusammenarbeit geeinigt.")) == [
        ("iso:RUS", "iso:CHN", "05", "negated")]
    assert pairs(code("Russia and China failed to agree on closer cooperation.", "en")) == [
        ("iso:RUS", "iso:CHN", "05", "negated")]
    # agreed intent stays intent
    assert pairs(code("Russland und China einigten sich auf eine engere Zusammenarbeit.")) == [
        ("iso:RUS", "iso:CHN", "03", "asserted")]


def test_investigation_of_crimes_in_a_state_targets_that_state():
    article = code("Frankreich hat Ermittlungen wegen Kriegsverbrechen in Syrien eingeleitet.")
    assert [(e.source, e.target, e.cameo) for e in article.events] == [("iso:FRA", "iso:SYR", "094")]
    article = code("France opened an investigation into corruption in Syria.", "en")
    assert [(e.source, e.target, e.cameo) for e in article.events] == [("iso:FRA", "iso:SYR", "091")]


def test_stationed_in_a_state_protects_it_at_its_border_threatens_it():
    assert pairs(code("Frankreich stationiert Soldaten in Polen.")) == [("iso:FRA", "iso:POL", "07", "asserted")]
    assert pairs(code("Russland stationierte Truppen an der Grenze zur Ukraine."))[0][2] == "15"
    assert pairs(code("France is to station troops in Poland.", "en")) == [("iso:FRA", "iso:POL", "07", "future")]


def test_a_negated_light_verb_negates_its_event_noun():
    assert pairs(code("Iran has not conducted a weapons test.", "en")) == [("iso:IRN", None, "15", "negated")]
    assert pairs(code("Iran has conducted a weapons test.", "en")) == [("iso:IRN", None, "15", "asserted")]


def test_test_noun_without_actor_takes_the_earlier_test_actor():
    article = code("Nordkorea hat eine Rakete getestet. Einen Atomtest gab es nach Angaben Japans nicht.")
    assert [(e.source, e.cameo, e.mode) for e in article.events] == [
        ("iso:PRK", "150", "asserted"), ("iso:PRK", "150", "negated")]


def test_criticism_codes_the_speech_act_only():
    assert pairs(code("Japan verurteilte den nordkoreanischen Raketentest.")) == [
        ("iso:JPN", "iso:PRK", "11", "asserted")]


def test_provide_and_allow_aid():
    assert pairs(code("Japan stellt dem Iran humanitäre Hilfe bereit.")) == [("iso:JPN", "iso:IRN", "07", "asserted")]
    assert pairs(code("Iran allowed UN inspectors into its facilities.", "en"))[0][:3] == (
        "iso:IRN", "wd:Q1065", "08")


def test_troops_sent_to_an_ally_are_military_cooperation():
    assert [e.cameo for e in code("Nordkorea hat Soldaten nach Russland entsandt.").events] == ["062"]
    assert [e.cameo for e in code("North Korea sent troops to Russia.", "en").events] == ["062"]


def test_a_comma_alone_does_not_join_the_speaker_to_a_target():
    article = code("North Korea sent troops to Russia, South Korea said.", "en")
    assert [(e.source, e.target) for e in article.events] == [("iso:PRK", "iso:RUS")]
    listed = code("Russland, China und Iran trafen sich.")
    assert len(listed.events) == 3


def test_a_negated_event_is_kept_beside_an_asserted_one():
    article = code("North Korea test-fired a missile but has not conducted a nuclear test.", "en")
    assert sorted(e.mode for e in article.events) == ["asserted", "negated"]
    # a meeting noun that only borrows the subject of the negated verb is no second event
    assert [e.mode for e in code("Russia and China did not meet at the summit.", "en").events] == ["negated"]


def test_one_side_of_a_meeting_is_dropped_beside_the_meeting():
    article = code("Putin met Kim in Moscow for their first summit.", "en")
    assert [(e.source, e.target) for e in article.events] == [("wd:Q7747", "wd:Q56226")]


def test_an_ungoverned_capital_acts_for_its_state():
    article = sample_article("Ottawa eased sanctions on Iran.", "en", unknown=("Ottawa",))
    mention = next(m for m in article.mentions if m.text == "Ottawa")
    mention.type, mention.place = "GPE", "gn:6094817"      # GeoNames: Ottawa, capital of Canada
    article.places = [Place("gn:6094817", "Ottawa", "CA", 45.41, -75.70, "city")]
    assert pairs(code_events(article, Settings())) == [("iso:CAN", "iso:IRN", "08", "asserted")]
    # a city that is no capital stays a place
    assert pairs(with_place("Alexandria eased sanctions on Iran.", "en", "Alexandria"))[0][0] is None


def test_a_call_without_addressee_is_no_appeal_and_its_content_no_event():
    article = code("Die Gewerkschaft hat zu einem Streik aufgerufen.", unknown=("Gewerkschaft",))
    assert [e for e in article.events if e.cameo.startswith("02")] == []
    assert code("Ein Bischof rief zu Verhandlungen mit Russland auf.").events == []


def test_a_statement_by_the_speaker_is_the_speech_act():
    article = sample_article("Guterres said he was pessimistic about a ceasefire.", "en", unknown=("Guterres",))
    guterres = next(m for m in article.mentions if m.text == "Guterres")
    guterres.actor = "wd:Q311440"
    article.actors.append(Actor("wd:Q311440", "António Guterres", "PER"))
    content = article.text[14:-1]
    article.quotes = [Quote(start=14, end=len(article.text) - 1, kind="indirect", cue="said", text=content,
                            sentence=0, speaker="wd:Q311440")]
    events = [e for e in code_events(article, Settings()).events if e.cameo.startswith("01")]
    assert [(e.source, e.mode) for e in events] == [("wd:Q311440", "asserted")]


def test_english_role_words_between_adjective_or_organisation_and_person():
    article = code("Russia released the American basketball player Brittney Griner.", "en",
                   unknown=("Brittney Griner",))
    assert [e.target_name for e in article.events] == ["Brittney Griner"]
    article = code("Zelensky will meet NATO Secretary-General Mark Rutte.", "en", unknown=("Zelensky", "Mark Rutte"))
    names = {e.source_name for e in article.events} | {e.target_name for e in article.events}
    assert "Mark Rutte" in names and not any("NATO" in (n or "") or "North Atlantic" in (n or "") for n in names)


def test_a_negated_object_word_negates_the_verb():
    assert pairs(code("Russland lieferte keine Waffen an Syrien.")) == [("iso:RUS", "iso:SYR", "07", "negated")]
    assert pairs(code("Russia sent no weapons to Syria.", "en")) == [("iso:RUS", "iso:SYR", "07", "negated")]
    assert pairs(code("Russland lieferte Waffen an Syrien.")) == [("iso:RUS", "iso:SYR", "07", "asserted")]


def test_a_pronoun_subject_takes_the_latest_source_and_object_nouns_go_with_their_verb():
    article = code("Putin traf Kim. Einen Besuch in Japan sagte er nicht zu.")
    assert [(e.source, e.target, e.cameo, e.mode) for e in article.events if e.sentence == 1] == [
        ("wd:Q7747", "iso:JPN", "036", "negated")]


def test_a_context_noun_may_take_the_pair_of_a_later_event_of_its_sentence():
    article = code("The summit ended without a joint statement, and Russia promised no aid to North Korea.", "en")
    assert ("iso:RUS", "iso:PRK", "05", "negated") in pairs(article)


def test_a_pipeline_links_states_and_rests_on_the_speaker():
    (event,) = code("Putin sprach über eine mögliche Pipeline nach Nordkorea.").events
    assert (event.source, event.target, event.mode, event.attributed_to) == (
        "iso:RUS", "iso:PRK", "hypothetical", "wd:Q7747")
    article = code("Putin and Xi agreed on closer ties, including a possible new pipeline.", "en")
    assert ("iso:RUS", "iso:CHN", "06", "hypothetical") in pairs(article)


def test_a_bare_organ_acts_for_the_state_of_its_clause_and_opposition_is_domestic():
    article = with_place("Die Behörden haben in der Stadt Kairo Dutzende Händler festgenommen.", "de", "Kairo")
    assert pairs(article) == [("iso:EGY", "iso:EGY", "17", "asserted")]
    assert pairs(with_place("Police in Cairo detained four opposition activists.", "en", "Cairo")) == [
        ("iso:EGY", "iso:EGY", "17", "asserted")]
    assert pairs(code("Iran nahm vier Oppositionelle fest.")) == [("iso:IRN", "iso:IRN", "17", "asserted")]
    # other people arrested stay unnamed
    assert pairs(with_place("Police in Cairo detained four tourists.", "en", "Cairo")) == [
        ("iso:EGY", None, "17", "asserted")]


def test_a_denial_answers_the_claim_reported_just_before():
    article = code("Russland soll laut Japan Kiew angegriffen haben. Moskau weist das zurück.")
    denial = [e for e in article.events if e.sentence == 1]
    assert [(e.source, e.target, e.cameo) for e in denial] == [("iso:RUS", "iso:JPN", "016")]
    assert [(e.attributed_to, e.mode) for e in article.events if e.sentence == 0] == [("iso:JPN", "reported")]
    # without a reported claim before, a denial has no target
    assert [e.target for e in code("Russland bestritt, Kiew angegriffen zu haben.").events] == [None]


def test_the_occasion_of_a_threat_is_an_event_of_its_own():
    article = code("Iran threatened retaliation after the US strike on Syria.", "en")
    assert ("iso:USA", "iso:SYR", "19", "asserted") in pairs(article)
    assert ("iso:IRN", "iso:USA", "13", "threatened") in pairs(article)
    # what is threatened stays the threat's content
    assert [e.cameo[:2] for e in code("Iran threatened a strike on Israel.", "en").events] == ["13"]
    # a labour strike is no attack
    labour = code("Workers began a strike against Siemens.", "en", unknown=("Siemens",))
    assert not any(e.cameo.startswith("19") for e in labour.events)


def test_compound_owner_of_aid_and_of_a_passive_subject():
    assert pairs(code("Die EU-Hilfen für Syrien wurden aufgestockt.")) == [("wd:Q458", "iso:SYR", "07", "asserted")]
    article = code("Die EU-Sanktionen gegen Syrien wurden verschärft.")
    assert all(e.source == "wd:Q458" for e in article.events) and article.events


def test_precision_guards_on_news_text():
    # "zu" as a preposition is no separable particle: no promise
    assert code("Das sei ernst, sagte Putin zu einer japanischen Zeitung.").events == []
    assert [e.cameo for e in code("Japan sagte der Ukraine weitere Hilfe zu.").events] == ["033"]
    # refugees taken in are no admission to an alliance; "erlaubt" needs something international allowed in
    assert code("Japan hat im Vorjahr 90.000 Asylwerber aufgenommen.").events == []
    assert code("Die Todesstrafe ist in Japan erlaubt.").events == []
    # where researchers worked is no target of an investigation
    assert code("Archäologen haben in Japan eine Perle untersucht.").events == []
    # a pronoun is the subject of a verb, not of an event noun
    article = code("Putin traf Kim. Er reagierte damit auf ein Manöver.")
    assert all(e.sentence == 0 for e in article.events)
    # a place of the source's state is a domestic target only for coercion and violence
    article = with_place("Die ägyptischen Behörden riefen in Kairo zur Ruhe auf.", "de", "Kairo")
    assert all(e.source != e.target for e in article.events)


def test_an_appeal_needs_its_addressee_not_its_speaker():
    article = code("Der Minister rief die USA erneut zu Gesprächen auf.")
    assert [(e.source, e.target, e.mode) for e in article.events] == [(None, "iso:USA", "demanded")]


def test_an_unnamed_subject_before_the_verb_blocks_inversion():
    assert pairs(code("Die Regierung kritisierte Polen scharf.")) == [(None, "iso:POL", "11", "asserted")]
    assert pairs(code("Am Montag kritisierte Polen die EU.")) == [("iso:POL", "wd:Q458", "11", "asserted")]


def test_so_meldet_after_the_content_is_a_cue_clause_and_its_events_are_reported():
    from lagebild.events.quotes import find_quotes

    article = find_quotes(sample_article("Nordkorea hat Soldaten nach Russland entsandt, so meldet Südkorea.", "de"),
                          Settings())
    assert [(q.kind, q.speaker, q.text) for q in article.quotes] == [
        ("indirect", "iso:KOR", "Nordkorea hat Soldaten nach Russland entsandt")]
    (event,) = code_events(article, Settings()).events
    assert (event.source, event.target, event.mode, event.attributed_to) == ("iso:PRK", "iso:RUS", "reported", "iso:KOR")


def test_a_relative_clause_interrupts_its_clause_which_goes_on_after():
    article = code("Südkorea gewährte einem nordkoreanischen Soldaten, der über die Grenze geflohen war, Asyl.")
    assert pairs(article) == [("iso:KOR", "iso:PRK", "07", "asserted")]
    # the relative clause itself stays a clause of its own
    article = code("Japan kritisierte China, das die Grenze zu Russland geschlossen hatte, scharf.")
    assert ("iso:JPN", "iso:CHN", "11", "asserted") in pairs(article)


def test_an_infinitive_clause_after_a_comma_is_no_relative_clause():
    article = code("Japan rief China dazu auf, die Grenze zu öffnen, und nicht zu drohen.")
    assert [(e.source, e.target, e.mode) for e in article.events if e.cameo.startswith("02")] == [
        ("iso:JPN", "iso:CHN", "demanded")]
