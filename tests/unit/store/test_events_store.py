"""Events stored with their article, and the filters of ``store.events.events``."""

from __future__ import annotations

import sqlite3

import pytest

from lagebild.errors import StoreError
from lagebild.model import Actor, Article, Event, Place, Span, Tone
from lagebild.pipeline import Outcome
from lagebild.store import SQLiteStore
from lagebild.store.events import events

RUSSIA = Actor("iso:RUS", "Russia", "GPE", country="RUS", cameo="RUS")
PUTIN = Actor("wd:Q7747", "Vladimir Putin", "PER", country="RUS", cameo="RUSGOV", role="head of state")
UKRAINE = Actor("iso:UKR", "Ukraine", "GPE", country="UKR", cameo="UKR")
SCHOLZ = Actor("wd:Q61053", "Olaf Scholz", "PER", country="DEU", cameo="DEUGOV")
MOSKAU = Place("gn:524901", "Moskau", country="RU", lat=55.75, lon=37.62, feature="city")


def _event(source, target, cameo, *, mode="asserted", trigger="kritisierte", **kw) -> Event:
    return Event(source=source, target=target, cameo=cameo, mode=mode, sentence=kw.pop("sentence", 0),
                 trigger=Span(10, 10 + len(trigger), trigger), **kw)


def articles() -> list[Article]:
    """Three articles: dated and undated events, known and unknown actors, a repeated actor id."""
    first = Article(
        text="Putin kritisierte die Ukraine scharf. Moskau drohte mit Gegenmaßnahmen.", language="de",
        published="2019-04-26", url="https://example.org/a", tone=Tone(score=-3.5),
        actors=[PUTIN, RUSSIA, UKRAINE, Actor("wd:Q7747", "Wladimir Putin", "PER", country="RUS")],
        places=[MOSKAU],
        events=[_event("wd:Q7747", "iso:UKR", "111", goldstein=-2.0, quad_class=3, plover="DISAPPROVE"),
                _event("iso:RUS", "iso:UKR", "138", mode="threatened", trigger="drohte", sentence=1,
                       place="gn:524901", date="2019-04-25", confidence=0.8)])
    second = Article(
        text="Scholz traf Selenskyj in Kiew. Eine Einigung gab es nicht.", language="de",
        published="2023-06-01T09:30:00+02:00",
        actors=[SCHOLZ],
        events=[_event("wd:Q61053", None, "040", trigger="traf", target_name="Selenskyj"),
                _event("wd:Q61053", None, "057", mode="negated", trigger="Einigung", sentence=1,
                       target_name="Selenskyj", attributed_to="wd:Q61053")])
    undated = Article(
        text="Özdemir forderte Gespräche mit Russland.", language="de",
        actors=[RUSSIA],
        events=[_event(None, "iso:RUS", "0234", mode="demanded", trigger="forderte", source_name="Özdemir")])
    return [first, second, undated]


@pytest.fixture
def store(tmp_path):
    with SQLiteStore(tmp_path / "news.db") as store:
        for n, article in enumerate(articles()):
            store.record(Outcome(f"{n}.txt", article=article))
        yield store


def _keys(rows) -> list[tuple[str, int]]:
    ids = {a.id: n for n, a in enumerate(articles())}
    return [(ids[row.article_id], row.idx) for row in rows]


def test_all_events_dated_first_then_undated(store):
    assert _keys(events(store)) == [(0, 1), (0, 0), (1, 0), (1, 1), (2, 0)]


def test_row_carries_actor_and_place_details(store):
    [row] = events(store, mode="threatened")
    assert (row.source, row.source_name, row.source_cameo, row.source_country) == ("iso:RUS", "Russia", "RUS", "RUS")
    assert (row.target_name, row.target_country) == ("Ukraine", "UKR")
    assert (row.place_name, row.place_feature, row.place_lat, row.place_lon, row.place_country) == (
        "Moskau", "city", 55.75, 37.62, "RU")
    assert (row.date, row.day, row.published, row.tone, row.confidence) == (
        "2019-04-25", "2019-04-25", "2019-04-26", -3.5, 0.8)
    assert (row.trigger_text, row.trigger_start, row.trigger_end, row.sentence) == ("drohte", 10, 16, 1)
    assert row.url == "https://example.org/a" and row.input_source == "0.txt" and row.stored_at


def test_first_actor_with_an_id_wins(store):
    [row] = events(store, root="11")
    assert row.source_name == "Vladimir Putin" and row.source_cameo == "RUSGOV"
    assert (row.goldstein, row.quad_class, row.plover) == (-2.0, 3, "DISAPPROVE")


@pytest.mark.parametrize(("actor", "expected"), [
    ("wd:Q7747", [(0, 0)]),
    ("iso:UKR", [(0, 1), (0, 0)]),
    ("putin", [(0, 0)]),
    ("SELENSK", [(1, 0), (1, 1)]),
    ("özdem", [(2, 0)]),          # casefold beyond ASCII
    ("ÖZDEMIR", [(2, 0)]),
    ("%", []),                    # LIKE wildcards are matched literally
    ("wd:Q", []),                 # an id matches whole, never as a prefix
])
def test_actor_filter(store, actor, expected):
    assert _keys(events(store, actor=actor)) == expected


def test_country_filter_on_source_or_target(store):
    assert _keys(events(store, country="rus")) == [(0, 1), (0, 0), (2, 0)]
    assert _keys(events(store, country="DEU")) == [(1, 0), (1, 1)]
    assert events(store, country="FRA") == []


def test_root_filter_takes_a_root_or_a_code_prefix(store):
    assert _keys(events(store, root="13")) == [(0, 1)]
    assert _keys(events(store, root="02")) == [(2, 0)]
    assert _keys(events(store, root="023")) == [(2, 0)]
    assert events(store, root="024") == []
    with pytest.raises(ValueError, match="two digits"):
        events(store, root="4")


def test_mode_filter(store):
    assert _keys(events(store, mode="negated")) == [(1, 1)]
    with pytest.raises(ValueError, match="unknown mode"):
        events(store, mode="maybe")


def test_date_filters_use_the_event_date_else_the_publication_date(store):
    assert _keys(events(store, since="2019-04-26")) == [(0, 0), (1, 0), (1, 1)]
    assert _keys(events(store, until="2019-04-25")) == [(0, 1)]
    # a datetime publication date counts by its day, and until is inclusive
    assert _keys(events(store, since="2023-06-01", until="2023-06-01")) == [(1, 0), (1, 1)]


def test_filters_combine_and_limit(store):
    assert _keys(events(store, country="RUS", mode="asserted")) == [(0, 0)]
    assert _keys(events(store, limit=2)) == [(0, 1), (0, 0)]


def test_a_duplicate_article_adds_no_events(store):
    for article in articles():
        assert store.record(Outcome("again.txt", article=article)) == "duplicate"
    conn = sqlite3.connect(store.path)
    assert conn.execute("SELECT count(*) FROM events").fetchone() == (5,)
    assert conn.execute("SELECT count(*) FROM actors").fetchone() == (6,)


def test_a_failed_event_write_rolls_back_the_article(store):
    broken = Article(text="Ein Artikel mit kaputtem Ereignis.", language="de",
                     events=[Event(None, None, "010", "asserted", 0, Span(0, 3, None))])
    with pytest.raises(StoreError, match="NOT NULL"):  # the events row fails after the article row
        store.record(Outcome("broken.txt", article=broken))
    assert store.get(broken.id) is None
