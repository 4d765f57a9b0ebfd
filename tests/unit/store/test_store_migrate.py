"""The migration runner: each numbered file applied once, atomically with its record."""

from __future__ import annotations

import sqlite3

import pytest

from lagebild.errors import StoreError
from lagebild.store import SQLiteStore
from lagebild.store.migrate import Migration, bundled_migrations, migrate, split_statements


def _conn(path):
    return sqlite3.connect(path, isolation_level=None)


def test_bundled_migrations_are_numbered_in_order():
    migrations = bundled_migrations()
    assert migrations[0].version == 1 and migrations[0].name == "0001_initial.sql"
    assert [m.version for m in migrations] == sorted({m.version for m in migrations})


def test_migrations_are_recorded_once_and_reopening_is_idempotent(tmp_path):
    path = tmp_path / "news.db"
    SQLiteStore(path).close()
    with SQLiteStore(path) as store:
        assert store.stats()["schema version"] == len(bundled_migrations())
    rows = _conn(path).execute("SELECT version, name FROM _lagebild_migrations").fetchall()
    assert rows == [(m.version, m.name) for m in bundled_migrations()]
    assert migrate(_conn(path), database=str(path)) == []


def test_new_migration_is_applied_on_open(tmp_path):
    conn = _conn(tmp_path / "news.db")
    extra = [*bundled_migrations(), Migration(99, "0099_notes.sql", "CREATE TABLE notes (x TEXT);")]
    assert migrate(conn, database="news.db", migrations=extra) == [m.version for m in extra]
    assert conn.execute("SELECT count(*) FROM notes").fetchone() == (0,)


def test_failing_migration_leaves_neither_schema_nor_record(tmp_path):
    conn = _conn(tmp_path / "news.db")
    broken = Migration(1, "0001_broken.sql", "CREATE TABLE half (x TEXT);\nCREATE TABLE (oops;")
    with pytest.raises(StoreError, match="0001_broken.sql"):
        migrate(conn, database="news.db", migrations=[broken])
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "half" not in tables
    assert conn.execute("SELECT count(*) FROM _lagebild_migrations").fetchone() == (0,)
    assert not conn.in_transaction


def test_database_from_a_newer_lagebild_is_refused(tmp_path):
    path = tmp_path / "news.db"
    SQLiteStore(path).close()
    conn = _conn(path)
    conn.execute("INSERT INTO _lagebild_migrations VALUES (999, '0999_future.sql', 'now')")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        SQLiteStore(path)


def test_split_statements_keeps_triggers_whole_and_drops_comments():
    sql = """-- a comment
CREATE TABLE t (x TEXT); -- trailing
CREATE TRIGGER t_ai AFTER INSERT ON t BEGIN
    UPDATE t SET x = 'a;b' WHERE x IS NULL;
END;
-- only a comment at the end
"""
    statements = split_statements(sql)
    assert len(statements) == 2
    assert statements[1].startswith("CREATE TRIGGER") and statements[1].endswith("END;")
