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
    """Commit when the block ends, roll back (and re-raise) when it raises."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        raise StoreError(database, f"cannot write to the database ({exc})") from exc
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
