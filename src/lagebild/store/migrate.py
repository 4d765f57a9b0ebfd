"""A small migration runner: numbered SQL files applied once, each with its record, atomically.

Files live in ``store/migrations/`` as ``NNNN_what.sql`` (``0001_initial.sql``).
Each pending file runs inside one ``BEGIN IMMEDIATE`` transaction together with
its row in ``_lagebild_migrations``, so a crash leaves the schema either before
or after a migration, never half-way, and two processes opening a fresh
database at once do not both apply it.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import resources

from ..errors import StoreError
from .transaction import transaction

_FILE = re.compile(r"^(\d{4})_(\w+)\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def bundled_migrations() -> list[Migration]:
    """The migrations shipped in the package, in version order."""
    folder = resources.files(__package__) / "migrations"
    found = []
    for entry in folder.iterdir():
        match = _FILE.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise StoreError("store/migrations", "two migration files share a version number")
    return found


def migrate(conn: sqlite3.Connection, *, database: str,
            migrations: list[Migration] | None = None) -> list[int]:
    """Apply the pending ``migrations`` (default: the bundled ones); returns the versions applied.

    ``conn`` must be in autocommit mode (``isolation_level=None``): transactions are explicit here.
    """
    migrations = bundled_migrations() if migrations is None else migrations
    conn.execute("CREATE TABLE IF NOT EXISTS _lagebild_migrations ("
                 "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
    known = max((m.version for m in migrations), default=0)
    current = schema_version(conn)
    if current > known:
        raise StoreError(database, f"database schema version {current} is newer than this lagebild "
                                   f"knows ({known}); upgrade lagebild")
    applied = []
    for migration in migrations:
        with transaction(conn, database=database):
            if _is_applied(conn, migration.version):  # another process got there first
                continue
            for statement in split_statements(migration.sql):
                _execute(conn, statement, database=database, migration=migration)
            conn.execute("INSERT INTO _lagebild_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                         (migration.version, migration.name,
                          datetime.now(timezone.utc).isoformat(timespec="seconds")))
        applied.append(migration.version)
    return applied


def _execute(conn: sqlite3.Connection, statement: str, *, database: str, migration: Migration) -> None:
    try:
        conn.execute(statement)
    except sqlite3.Error as exc:
        raise StoreError(database, f"migration {migration.name} failed ({exc}); nothing of it was "
                                   "applied") from exc


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT coalesce(max(version), 0) FROM _lagebild_migrations").fetchone()[0]


def _is_applied(conn: sqlite3.Connection, version: int) -> bool:
    return conn.execute("SELECT 1 FROM _lagebild_migrations WHERE version = ?", (version,)).fetchone() is not None


def split_statements(sql: str) -> list[str]:
    """Complete SQL statements of a script, in order (SQLite's own tokenizer decides where one ends).

    ``executescript`` would commit the open transaction first, so statements run one by one.
    """
    statements, buffer = [], ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if _strip_comments(buffer):
                statements.append(buffer.strip())
            buffer = ""
    if _strip_comments(buffer):
        statements.append(buffer.strip())
    return statements


def _strip_comments(sql: str) -> str:
    return "\n".join(line.split("--", 1)[0] for line in sql.splitlines()).strip()
