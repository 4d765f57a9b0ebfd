"""One explicit write transaction on an autocommit connection.

``BEGIN IMMEDIATE`` takes the write lock up front, so two writers wait for
each other (busy timeout) instead of failing half-way through an input.

Example: ``with transaction(conn, database="news.db"): conn.execute("INSERT …")``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from ..errors import StoreError


@contextmanager
def transaction(conn: sqlite3.Connection, *, database: str) -> Iterator[None]:
    """Commit when the block ends, roll back when it raises; SQLite's own errors become :class:`StoreError`.

    A full disk or a lock held past the busy timeout then reads "news.db: cannot write …" in the CLI.
    """
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        raise StoreError(database, f"cannot write to the database ({exc})") from exc
    try:
        yield
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        _rollback(conn)
        raise StoreError(database, f"cannot write to the database ({exc})") from exc
    except BaseException:
        _rollback(conn)
        raise


def _rollback(conn: sqlite3.Connection) -> None:
    if conn.in_transaction:
        conn.execute("ROLLBACK")
