"""The SQLite store: idempotent records, failures, lookups and counts."""

from __future__ import annotations

import sqlite3

import pytest

from lagebild.errors import EmptyInput, InputNotFound, NoArticleText, StoreError
from lagebild.model import STATUS_UNSUPPORTED_LANGUAGE, Actor, Article, Event, Sentence, Span
from lagebild.pipeline import Outcome
from lagebild.store import SQLiteStore, Store
from lagebild.store.migrate import bundled_migrations


def _article(text="Berlin (dpa) - Die Bundesregierung hat am Dienstag getagt.", **kw) -> Article:
    kw.setdefault("language", "de")
    return Article(text=text, **kw)


def _ok(source, article):
    return Outcome(source, article=article)


def _failed(source, error_type=NoArticleText, reason="no article body found"):
    return Outcome(source, error=error_type(source, reason))


@pytest.fixture
def store(tmp_path):
    with SQLiteStore(tmp_path / "news.db") as store:
        yield store


def _count(store, table):
    return sqlite3.connect(store.path).execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_satisfies_the_store_protocol(store):
    typed: Store = store
    assert typed.stats()["articles"] == 0


def test_wal_mode(store):
    assert sqlite3.connect(store.path).execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_duplicates_are_stored_once(store):
    article = _article(source="a.txt")
    assert store.record(_ok("a.txt", article)) == "new"
    assert store.record(_ok("a.txt", article)) == "duplicate"
    # the same text from another input, differently spaced: the same article id
    again = _article(text="Berlin  (dpa) -\nDie Bundesregierung hat am Dienstag getagt.", source="b.html")
    assert again.id == article.id
    assert store.record(_ok("b.html", again)) == "duplicate"
    assert _count(store, "articles") == 1 and _count(store, "articles_fts") == 1
    assert store.get(article.id).source == "a.txt"  # the stored row is kept
    assert store.stats()["inputs ok"] == 2


def test_round_trip_keeps_the_contract(store):
    article = _article(title="Kabinett tagt", published="2019-04-26", url="https://example.org/a",
                       sentences=[Sentence(0, 14)], actors=[Actor("DEU", "Deutschland", "country")])
    store.record(_ok("a.txt", article))
    assert store.get(article.id).to_dict() == article.to_dict()


def test_get_by_prefix(store):
    article = _article()
    store.record(_ok("a.txt", article))
    assert store.get(article.id[:6]).id == article.id
    assert store.get(article.id.upper()).id == article.id
    assert store.get(article.id[:5]) is None
    assert store.get("ffffffffffffffff") is None
    assert store.get("not-hex-at-all") is None


def test_ambiguous_prefix_finds_nothing(store):
    store.record(_ok("a.txt", _article(text="eins", id="abcdef0000000001")))
    store.record(_ok("b.txt", _article(text="zwei", id="abcdef0000000002")))
    assert store.get("abcdef") is None
    assert store.get("abcdef0000000002").text == "zwei"


def test_failures_are_recorded(store):
    assert store.record(_failed("b.txt", EmptyInput, "empty file (0 bytes)")) == "failed"
    assert store.record(_failed("a.txt", InputNotFound, "no such file or directory")) == "failed"
    assert store.failures() == [("a.txt", "E001", "no such file or directory"),
                                ("b.txt", "E003", "empty file (0 bytes)")]
    assert _count(store, "articles") == 0


def test_input_that_failed_then_succeeds_becomes_ok(store):
    store.record(_failed("a.txt"))
    store.record(_ok("a.txt", _article()))
    assert store.failures() == []
    assert store.stats()["inputs ok"] == 1 and store.stats()["inputs failed"] == 0


def test_input_that_succeeded_then_fails_keeps_its_article(store):
    article = _article()
    store.record(_ok("a.txt", article))
    store.record(_failed("a.txt"))
    assert store.get(article.id) is not None
    assert store.failures() == [("a.txt", "E007", "no article body found")]
    row = sqlite3.connect(store.path).execute("SELECT article_id FROM inputs WHERE source = 'a.txt'").fetchone()
    assert row == (article.id,)


def test_nothing_is_lost_when_a_later_input_fails(tmp_path):
    path = tmp_path / "news.db"
    articles = [_article(text=f"Artikel Nummer {n}.") for n in range(3)]
    with SQLiteStore(path) as store:
        for n, article in enumerate(articles):
            store.record(_ok(f"{n}.txt", article))
        store.record(_failed("kaputt.html"))
    with SQLiteStore(path) as store:
        assert [store.get(a.id).text for a in articles] == [a.text for a in articles]
        assert store.stats()["inputs failed"] == 1


def test_stats(store):
    store.record(_ok("de.txt", _article()))
    store.record(_ok("en.txt", _article(text="The government met on Tuesday.", language="en")))
    store.record(_ok("fr.txt", _article(text="Le gouvernement.", language="fr",
                                        status=STATUS_UNSUPPORTED_LANGUAGE)))
    store.record(_failed("x.html"))
    assert store.stats() == {"articles": 3, "articles de": 1, "articles en": 1, "unsupported language": 1,
                             "actors": 0, "events": 0, "events negated": 0, "events hypothetical": 0,
                             "inputs ok": 3, "inputs failed": 1, "schema version": len(bundled_migrations()),
                             "database": store.path}


def test_stats_count_actors_and_events_by_mode(store):
    article = _article()
    article.actors = [Actor("iso:RUS", "Russia", "GPE", "RUS", "RUS")]
    trigger = Span(0, 4, article.text[:4])
    article.events = [Event("iso:RUS", None, "057", mode, 0, trigger) for mode in ("negated", "asserted", "negated")]
    store.record(_ok("de.txt", article))
    stats = store.stats()
    assert (stats["actors"], stats["events"], stats["events negated"], stats["events hypothetical"]) == (1, 3, 2, 0)


def test_full_text_search(store):
    article = _article(title="Kabinett")
    store.record(_ok("a.txt", article))
    store.record(_ok("b.txt", _article(text="Ganz etwas anderes.")))
    assert store.search("bundesregierung") == [(article.id, "Kabinett")]


def test_closed_on_exit(tmp_path):
    with SQLiteStore(tmp_path / "news.db") as store:
        pass
    with pytest.raises(sqlite3.ProgrammingError):
        store.stats()


def test_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("this is not a database, just some text that is long enough" * 20)
    with pytest.raises(StoreError) as info:
        SQLiteStore(path)
    assert info.value.source == str(path) and "not a database" in info.value.reason


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError):
        SQLiteStore(tmp_path / "no" / "such" / "news.db")


def test_write_failure_is_a_store_error_and_rolls_back(store):
    article = _article()
    store.record(_ok("a.txt", article))
    locker = sqlite3.connect(store.path, isolation_level=None)
    store._conn.execute("PRAGMA busy_timeout = 50")
    locker.execute("BEGIN IMMEDIATE")
    with pytest.raises(StoreError, match="cannot write"):
        store.record(_ok("b.txt", _article(text="Noch ein Artikel.")))
    locker.execute("ROLLBACK")
    assert store.record(_ok("b.txt", _article(text="Noch ein Artikel."))) == "new"
    assert not store._conn.in_transaction
