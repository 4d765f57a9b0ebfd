"""Migration 0002 backfills actors and events from articles stored under schema 0001.

The backfill is SQL over the stored JSON, ``record_events`` is Python over the
Article: the test checks that both give the same rows, so they cannot drift apart.
"""

from __future__ import annotations

import json
import sqlite3

from test_events_store import articles

from lagebild.model import Article
from lagebild.pipeline import Outcome
from lagebild.store import SQLiteStore
from lagebild.store.events import events
from lagebild.store.migrate import bundled_migrations, migrate


def _rows(path, table) -> list[tuple]:
    return sqlite3.connect(path).execute(f"SELECT * FROM {table} ORDER BY article_id, idx").fetchall()


def _store_under_0001(path, stored: list[Article]) -> None:
    """A database as lagebild left it before 0002: the first migration only, articles as JSON."""
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, database=str(path), migrations=bundled_migrations()[:1])
    for article in stored:
        conn.execute("INSERT INTO articles (id, language, status, title, published, source, url, genre, json, "
                     "created_at) VALUES (?, ?, 'ok', NULL, ?, 'old.txt', ?, NULL, ?, '2024-01-01T00:00:00+00:00')",
                     (article.id, article.language, article.published, article.url,
                      json.dumps(article.to_dict(), ensure_ascii=False)))
    conn.close()


def test_backfill_gives_the_rows_record_writes(tmp_path):
    old, new = tmp_path / "old.db", tmp_path / "new.db"
    _store_under_0001(old, articles())
    with SQLiteStore(old) as store:  # opening migrates
        assert store.stats()["schema version"] == len(bundled_migrations())
        assert len(events(store)) == 5
        assert {row.source_name for row in events(store, actor="wd:Q7747")} == {"Vladimir Putin"}
    with SQLiteStore(new) as store:
        for n, article in enumerate(articles()):
            store.record(Outcome(f"{n}.txt", article=article))
    assert _rows(old, "events") == _rows(new, "events")
    assert _rows(old, "actors") == _rows(new, "actors")


def test_backfill_of_articles_without_events(tmp_path):
    path = tmp_path / "old.db"
    _store_under_0001(path, [Article(text="Nur ein Satz ohne Ereignis.", language="de")])
    with SQLiteStore(path) as store:
        assert events(store) == []
        assert store.stats()["articles"] == 1
