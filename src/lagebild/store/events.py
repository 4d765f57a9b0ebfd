"""Events as rows: written with their article, read back with filters.

The article's contract JSON stays the source of truth; ``actors`` and
``events`` (migration ``0002_events.sql``) are flat copies of it, so
"every protest by Russian actors in April" is one indexed query instead of a
scan over every stored article. Each event row carries what an export needs
without going back to the JSON: the source's and target's names, CAMEO actor
codes and countries (looked up in the article's actors), the place's name and
coordinates (in the article's places), and the article's publication date and
tone.

Example::

    with SQLiteStore("news.db") as store:
        rows = events(store, country="RUS", root="14", since="2019-04-01")
        rows[0].source_name, rows[0].cameo, rows[0].day   # ('Russia', '141', '2019-04-26')
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

from ..model import Actor, Article, Place

if TYPE_CHECKING:
    from .sqlite import SQLiteStore

MODES = ("asserted", "negated", "hypothetical", "future", "reported", "threatened", "demanded")


@dataclass(frozen=True)
class EventRow:
    """One stored event with what a table, CSV, JSON or GDELT export shows of it.

    ``day`` is the date the filters use: the event's own date, else the
    article's publication date, cut to ``YYYY-MM-DD`` (``None`` when neither is known).
    """

    article_id: str
    idx: int
    sentence: int
    source: str | None
    source_name: str | None
    source_cameo: str | None
    source_country: str | None
    target: str | None
    target_name: str | None
    target_cameo: str | None
    target_country: str | None
    cameo: str
    cameo_root: str
    plover: str | None
    goldstein: float | None
    quad_class: int | None
    mode: str
    date: str | None
    place: str | None
    place_name: str | None
    place_feature: str | None
    place_lat: float | None
    place_lon: float | None
    place_country: str | None
    trigger_text: str
    trigger_start: int
    trigger_end: int
    attributed_to: str | None
    confidence: float | None
    published: str | None
    tone: float | None
    day: str | None
    url: str | None
    input_source: str | None  # the input the article was first stored from (a path when no URL)
    stored_at: str  # when the article was stored (ISO, UTC): GDELT's DATEADDED


_STORED = [f.name for f in fields(EventRow)][:-4]  # columns of the events table, in order
_DAY = "substr(coalesce(e.date, e.published), 1, 10)"


def record_events(conn: sqlite3.Connection, article: Article) -> None:
    """Write the article's actors and events; call inside the transaction that stores the article.

    Only for a newly stored article: a duplicate already has its rows. When the
    article lists an actor or place id twice, the first entry wins (as in the
    backfill of migration 0002).
    """
    conn.executemany(
        "INSERT INTO actors (article_id, idx, id, name, type, country, cameo, role) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(article.id, n, a.id, a.name, a.type, a.country, a.cameo, a.role) for n, a in enumerate(article.actors)])
    actors: dict[str, Actor] = {}
    for actor in article.actors:
        if actor.id is not None:
            actors.setdefault(actor.id, actor)
    places: dict[str, Place] = {}
    for place in article.places:
        if place.id is not None:
            places.setdefault(place.id, place)
    rows = []
    for n, event in enumerate(article.events):
        source = actors.get(event.source) if event.source else None
        target = actors.get(event.target) if event.target else None
        place = places.get(event.place) if event.place else None
        rows.append((
            article.id, n, event.sentence,
            event.source, event.source_name or (source.name if source else None),
            source.cameo if source else None, source.country if source else None,
            event.target, event.target_name or (target.name if target else None),
            target.cameo if target else None, target.country if target else None,
            event.cameo, event.cameo[:2], event.plover, event.goldstein, event.quad_class, event.mode,
            event.date, event.place,
            *((place.name, place.feature, place.lat, place.lon, place.country) if place else (None,) * 5),
            event.trigger.text, event.trigger.start, event.trigger.end, event.attributed_to, event.confidence,
            article.published, article.tone.score))
    conn.executemany(f"INSERT INTO events ({', '.join(_STORED)}) VALUES ({', '.join('?' * len(_STORED))})",
                     rows)


def events(store: SQLiteStore, *, actor: str | None = None, country: str | None = None,
           root: str | None = None, mode: str | None = None, since: str | None = None,
           until: str | None = None, limit: int | None = None) -> list[EventRow]:
    """Stored events matching every given filter, oldest first (undated last), then by article and position.

    - ``actor``: an actor id (``wd:Q7747``) or a case-insensitive part of a name, on source or target;
    - ``country``: ISO alpha-3 (``RUS``) of the source's or the target's country;
    - ``root``: a CAMEO root (``"14"``) or any code prefix (``"141"``);
    - ``mode``: one of :data:`MODES`;
    - ``since`` / ``until``: ``YYYY-MM-DD``, inclusive, on :attr:`EventRow.day`; an event without
      any date never matches a date filter.
    """
    where: list[str] = []
    params: list[object] = []
    if actor:
        # casefold in Python: SQLite's lower() only folds ASCII, and names here are often German.
        where.append("(e.source = ? OR e.target = ? OR lagebild_fold(e.source_name) LIKE ? ESCAPE '\\' "
                     "OR lagebild_fold(e.target_name) LIKE ? ESCAPE '\\')")
        pattern = f"%{_escape_like(actor.casefold())}%"
        params += [actor, actor, pattern, pattern]
    if country:
        where.append("(e.source_country = ? OR e.target_country = ?)")
        params += [country.upper(), country.upper()]
    if root:
        if not root.isdigit() or len(root) < 2:
            raise ValueError(f"a CAMEO root or code prefix has at least two digits, not {root!r}")
        where.append("e.cameo_root = ? AND substr(e.cameo, 1, ?) = ?")
        params += [root[:2], len(root), root]
    if mode:
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}; one of {', '.join(MODES)}")
        where.append("e.mode = ?")
        params.append(mode)
    if since:
        where.append(f"{_DAY} >= ?")
        params.append(since)
    if until:
        where.append(f"{_DAY} <= ?")
        params.append(until)
    sql = (f"SELECT {', '.join('e.' + c for c in _STORED)}, {_DAY}, a.url, a.source, a.created_at "
           "FROM events AS e JOIN articles AS a ON a.id = e.article_id"
           + (f" WHERE {' AND '.join(where)}" if where else "")
           + f" ORDER BY {_DAY} IS NULL, {_DAY}, e.article_id, e.idx")
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    conn = store._conn  # package-private: the query lives next to the store it reads
    conn.create_function("lagebild_fold", 1, _fold, deterministic=True)
    return [EventRow(*row) for row in conn.execute(sql, params)]


def _fold(text: str | None) -> str | None:
    return text.casefold() if text is not None else None


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
