"""The embedded store: one SQLite file, no server, transactional, WAL, with FTS5 for full-text search.

Writes are idempotent: an article's id is a hash of its text, so storing the
same article again (a re-run, the same story from a feed and from its page)
changes nothing and is counted as a duplicate. Every input's last status is
kept in ``inputs``, so a batch can be resumed and its failures listed.

Example::

    with SQLiteStore("news.db") as store:
        store.record(Outcome("pages/a.html", article=article))   # -> "new"
        store.get(article.id[:8])                                 # -> the Article
"""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import StoreError
from ..model import STATUS_OK, STATUS_UNSUPPORTED_LANGUAGE, Article
from .base import Recorded
from .events import record_events
from .migrate import migrate, schema_version
from .transaction import transaction

if TYPE_CHECKING:
    from ..pipeline import Outcome

MIN_PREFIX = 6
_HEX = re.compile(r"^[0-9a-f]+$")
# Languages always listed by stats(), even with no article yet.
_MAIN_LANGUAGES = ("de", "en")


class SQLiteStore:
    """Articles and input statuses in one SQLite file (created and migrated on open)."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._conn = _connect(self.path)
        try:
            migrate(self._conn, database=self.path)
        except BaseException:
            self._conn.close()
            raise

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._conn.close()

    def record(self, outcome: Outcome) -> Recorded:
        """Store one input's outcome in one transaction; see the module docstring for the rules.

        A failed input never touches stored articles: if it once produced an
        article, that article and the link to it stay, and the failure is noted.
        """
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        if outcome.error is not None:
            with transaction(self._conn, database=self.path):
                self._conn.execute(
                    "INSERT INTO inputs (source, status, article_id, error_code, reason, updated_at) "
                    "VALUES (?, 'failed', NULL, ?, ?, ?) ON CONFLICT (source) DO UPDATE SET "
                    "status = 'failed', error_code = excluded.error_code, reason = excluded.reason, "
                    "updated_at = excluded.updated_at",
                    (outcome.source, outcome.error.code, outcome.error.reason, now))
            return "failed"
        article = outcome.article
        with transaction(self._conn, database=self.path):
            cursor = self._conn.execute(
                "INSERT INTO articles (id, language, status, title, published, source, url, genre, json, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
                (article.id, article.language, article.status, article.title, article.published,
                 article.source or outcome.source, article.url, article.genre,
                 json.dumps(article.to_dict(), ensure_ascii=False), now))
            new = cursor.rowcount == 1
            if new:
                self._conn.execute("INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)",
                                   (cursor.lastrowid, article.title or "", article.text))
                record_events(self._conn, article)
            self._conn.execute(
                "INSERT INTO inputs (source, status, article_id, error_code, reason, updated_at) "
                "VALUES (?, 'ok', ?, NULL, NULL, ?) ON CONFLICT (source) DO UPDATE SET status = 'ok', "
                "article_id = excluded.article_id, error_code = NULL, reason = NULL, "
                "updated_at = excluded.updated_at",
                (outcome.source, article.id, now))
        return "new" if new else "duplicate"

    def get(self, article_id: str) -> Article | None:
        """The article with this id, or with this unique id prefix (at least 6 hex digits).

        ``None`` when no article matches, and also when a prefix matches several (give more digits).
        """
        key = article_id.strip().lower()
        row = self._conn.execute("SELECT json FROM articles WHERE id = ?", (key,)).fetchone()
        if row is None and len(key) >= MIN_PREFIX and _HEX.match(key):
            # '~' sorts after every hex digit, so this range is "ids starting with key", via the index.
            rows = self._conn.execute("SELECT json FROM articles WHERE id >= ? AND id < ? LIMIT 2",
                                      (key, key + "~")).fetchall()
            row = rows[0] if len(rows) == 1 else None
        return Article.from_dict(json.loads(row[0])) if row else None

    def stats(self) -> dict[str, int | str]:
        """Flat counts for people: ``{"articles": 3, "articles de": 2, …, "database": "news.db"}``."""
        count = self._count
        out: dict[str, int | str] = {"articles": count("SELECT count(*) FROM articles")}
        by_language = dict(self._conn.execute(
            "SELECT language, count(*) FROM articles WHERE status = ? GROUP BY language", (STATUS_OK,)))
        for language in sorted(set(_MAIN_LANGUAGES) | set(by_language)):
            out[f"articles {language}"] = by_language.get(language, 0)
        out["unsupported language"] = count("SELECT count(*) FROM articles WHERE status = ?",
                                            STATUS_UNSUPPORTED_LANGUAGE)
        out["actors"] = count("SELECT count(DISTINCT coalesce(id, name)) FROM actors")
        out["events"] = count("SELECT count(*) FROM events")
        out["events negated"] = count("SELECT count(*) FROM events WHERE mode = 'negated'")
        out["events hypothetical"] = count("SELECT count(*) FROM events WHERE mode = 'hypothetical'")
        out["inputs ok"] = count("SELECT count(*) FROM inputs WHERE status = 'ok'")
        out["inputs failed"] = count("SELECT count(*) FROM inputs WHERE status = 'failed'")
        out["schema version"] = schema_version(self._conn)
        out["database"] = self.path
        return out

    def failures(self) -> list[tuple[str, str, str]]:
        """``(source, error code, reason)`` for every input whose last run failed, by source."""
        return [tuple(row) for row in self._conn.execute(
            "SELECT source, error_code, reason FROM inputs WHERE status = 'failed' ORDER BY source")]

    def search(self, query: str, *, limit: int = 20) -> list[tuple[str, str | None]]:
        """``(id, title)`` of articles matching an FTS5 query over title and text, best first.

        Example: ``store.search("Bundesregierung AND Sanktionen")``.
        """
        return [tuple(row) for row in self._conn.execute(
            "SELECT a.id, a.title FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
            "WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?", (query, limit))]

    def _count(self, sql: str, *params: object) -> int:
        return self._conn.execute(sql, params).fetchone()[0]


def _connect(path: str) -> sqlite3.Connection:
    """An autocommit connection in WAL mode; a file that is no SQLite database is a :class:`StoreError`."""
    hint = "is it an SQLite file, in a folder that exists and is writable?"
    try:
        conn = sqlite3.connect(path, isolation_level=None)
    except sqlite3.Error as exc:
        raise StoreError(path, f"cannot open the database ({exc}); {hint}") from exc
    try:
        for pragma in ("busy_timeout = 10000", "journal_mode = WAL", "synchronous = NORMAL", "foreign_keys = ON"):
            conn.execute(f"PRAGMA {pragma}")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(path, f"cannot open the database ({exc}); {hint}") from exc
    return conn
