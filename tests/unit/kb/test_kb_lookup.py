"""The shipped knowledge base: coverage and date-aware answers."""

import time

import pytest

from lagebild.kb.lookup import load_kb


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def names(kb, word):
    return {target.id for entry in kb.index.get(word.casefold(), []) for target in entry.targets
            if entry.key == (word.casefold(),)}


def test_loads_fast_and_once():
    started = time.perf_counter()
    first = load_kb()
    assert load_kb() is first
    assert time.perf_counter() - started < 5


@pytest.mark.parametrize("word, ident", [
    ("Russland", "iso:RUS"), ("Nordkorea", "iso:PRK"), ("USA", "iso:USA"), ("Russia", "iso:RUS"),
    ("russischen", "iso:RUS"), ("nordkoreanischen", "iso:PRK"), ("Nordkoreanern", "iso:PRK"),
    ("Russin", "iso:RUS"), ("Wladiwostok", "gn:2013348"), ("Pjöngjang", "gn:1871859"),
    ("Peking", "gn:1816670"), ("Putin", "wd:Q7747"), ("NATO", "kb:north-atlantic-treaty-organization"),
    ("dpa", "kb:dpa"), ("Yonhap", "kb:yonhap"), ("KCNA", "kb:kcna"),
])
def test_known_names(kb, word, ident):
    assert ident in names(kb, word)


def test_every_iso_country_is_there(kb):
    countries = [a for a in kb.actors if a.id.startswith("iso:")]
    assert len(countries) >= 249
    assert kb.actor_by_id["iso:RUS"].cameo == "RUS"


@pytest.mark.parametrize("holder, office, day, name", [
    ("USA", "president", "2019-04-26", "Donald Trump"),
    ("USA", "president", "2022-03-01", "Joe Biden"),
    ("USA", "president", "2025-06-01", "Donald Trump"),
    ("RUS", "president", "2010-01-01", "Dmitry Medvedev"),
    ("RUS", "head_of_government", "2010-01-01", "Vladimir Putin"),
    ("RUS", "president", "2019-04-26", "Vladimir Putin"),
    ("USA", "foreign_minister", "2015-05-05", "John Kerry"),
    ("DEU", "chancellor", "2019-01-01", "Angela Merkel"),
    ("PRK", "leader", "2019-04-26", "Kim Jong Un"),
    ("IGOUNO", "secretary_general", "2019-04-26", "António Guterres"),
])
def test_office_holder_on_a_date(kb, holder, office, day, name):
    assert [a.name for a in kb.holders(holder, office, on=day)][:1] == [name]


def test_cameo_code_follows_the_date(kb):
    putin = kb.actor_by_id["wd:Q7747"]
    assert kb.code_on(putin, "2019-04-26") == "RUSGOV"
    assert kb.role_on(putin, "2010-06-01")[1] == "prime minister"
    assert kb.role_on(putin, "2019-04-26")[1] == "president"
    trump = kb.actor_by_id["wd:Q22686"]
    assert kb.role_on(trump, "2023-01-01") is None
    assert kb.role_on(trump, "2025-02-01")[1] == "president"


def test_candidates_for_a_name(kb):
    assert kb.candidates("Wladimir Putin", on="2019-04-26")[0].id == "wd:Q7747"
    assert [t.id for t in kb.candidates("Pjöngjang")] == ["gn:1871859"]
    assert kb.candidates("") == []


def test_government_of_a_country(kb):
    government = kb.government_of("US")
    assert (government.id, government.cameo, government.type) == ("kb:gov-usa", "USAGOV", "ORG")
    assert kb.government_of("XX") is None


def test_plain_ascii_spellings_are_the_same_person(kb):
    assert [t.id for t in kb.candidates("Antonio Guterres")] == ["wd:Q311440"]
    assert [t.id for t in kb.candidates("Recep Tayyip Erdogan")] == ["wd:Q39259"]
