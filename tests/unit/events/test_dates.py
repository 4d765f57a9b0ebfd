"""Event dates: every date form in German and English, year boundaries, and the stage on hand-built events."""

from __future__ import annotations

import re

import pytest

from lagebild.events.dates import parse_published, resolve_date, resolve_event_dates
from lagebild.model import Article, Event, Sentence, Span
from lagebild.settings import Settings

SETTINGS = Settings()
FRIDAY = "2019-04-26"  # a Friday


@pytest.mark.parametrize(("expression", "published", "expected"), [
    # weekdays: past tense → the last such day on or before publication
    ("Putin traf Kim am Donnerstag.", FRIDAY, "2019-04-25"),
    ("Die Delegation reiste am Freitag ab.", FRIDAY, "2019-04-26"),
    ("Am Samstag brannte die Halle.", FRIDAY, "2019-04-20"),
    ("Sie sprachen Donnerstagabend miteinander.", FRIDAY, "2019-04-25"),
    ("am vergangenen Freitag", FRIDAY, "2019-04-19"),
    # future tense or modifier → forward
    ("Am Montag will er nach Peking reisen.", FRIDAY, "2019-04-29"),
    ("am kommenden Montag", FRIDAY, "2019-04-29"),
    ("nächsten Freitag", FRIDAY, "2019-05-03"),
    # relative days
    ("gestern", FRIDAY, "2019-04-25"),
    ("Gestern Abend", FRIDAY, "2019-04-25"),
    ("vorgestern", FRIDAY, "2019-04-24"),
    ("heute", FRIDAY, "2019-04-26"),
    ("morgen", FRIDAY, "2019-04-27"),
    ("Vergangene Nacht schlugen Raketen ein.", FRIDAY, "2019-04-25"),
    ("am Morgen", FRIDAY, None),
    ("vor drei Tagen", FRIDAY, "2019-04-23"),
    # weeks → Monday of that ISO week
    ("vergangene Woche", FRIDAY, "2019-04-15"),
    ("in der vergangenen Woche", FRIDAY, "2019-04-15"),
    ("nächste Woche", FRIDAY, "2019-04-29"),
    ("diese Woche", FRIDAY, "2019-04-22"),
    ("vor zwei Wochen", FRIDAY, "2019-04-08"),
    # months → YYYY-MM
    ("im Jänner", FRIDAY, "2019-01"),
    ("im Januar", FRIDAY, "2019-01"),
    ("Ende Feber", FRIDAY, "2019-02"),
    ("Anfang März", FRIDAY, "2019-03"),
    ("im Mai", FRIDAY, "2018-05"),
    ("im Mai soll der Vertrag unterzeichnet werden", FRIDAY, "2019-05"),
    ("im vergangenen Monat", FRIDAY, "2019-03"),
    ("im März 2017", None, "2017-03"),
    # years
    ("im Jahr 2018", None, "2018"),
    ("Ende 2018", None, "2018"),
    ("am 3. Jän. 2019", None, "2019-01-03"),
    ("vergangenes Jahr", FRIDAY, "2018"),
    # absolute days
    ("am 25. April", FRIDAY, "2019-04-25"),
    ("am 25. April 2019", None, "2019-04-25"),
    ("25.04.2019", None, "2019-04-25"),
    ("am 1.5.", FRIDAY, "2018-05-01"),
    ("2019-04-25", None, "2019-04-25"),
    ("am 31. April", FRIDAY, None),
    ("in der Nacht zu Donnerstag", FRIDAY, "2019-04-25"),
    ("Am Dienstag kommender Woche", FRIDAY, "2019-04-30"),
    ("am Montag vergangener Woche", FRIDAY, "2019-04-15"),
    ("an diesem Mittwoch", FRIDAY, "2019-04-24"),
    ("ab dem kommenden Jahr", FRIDAY, "2020"),
    # vague spans are no date
    ("in den kommenden Wochen", FRIDAY, None),
    ("seit Jahren", FRIDAY, None),
    # nothing temporal
    ("Die Lage ist angespannt.", FRIDAY, None),
])
def test_german_expressions(expression, published, expected):
    assert resolve_date(expression, published, "de") == expected


@pytest.mark.parametrize(("expression", "published", "expected"), [
    ("Putin met Kim on Thursday.", FRIDAY, "2019-04-25"),
    ("on Tuesday", FRIDAY, "2019-04-23"),
    ("The talks will resume on Tuesday.", FRIDAY, "2019-04-30"),
    ("next Monday", FRIDAY, "2019-04-29"),
    ("last Friday", FRIDAY, "2019-04-19"),
    ("yesterday", FRIDAY, "2019-04-25"),
    ("today", FRIDAY, "2019-04-26"),
    ("tomorrow", FRIDAY, "2019-04-27"),
    ("Last night rockets hit the city.", FRIDAY, "2019-04-25"),
    ("tonight", FRIDAY, "2019-04-26"),
    ("three days ago", FRIDAY, "2019-04-23"),
    ("last week", FRIDAY, "2019-04-15"),
    ("next week", FRIDAY, "2019-04-29"),
    ("last month", FRIDAY, "2019-03"),
    ("last year", FRIDAY, "2018"),
    ("in January", FRIDAY, "2019-01"),
    ("in May", FRIDAY, "2018-05"),
    ("early March", FRIDAY, "2019-03"),
    ("mid-March", FRIDAY, "2019-03"),
    ("in March 2017", None, "2017-03"),
    ("in 2018", None, "2018"),
    ("by late 2018", None, "2018"),
    ("mid-2018", None, "2018"),
    ("on April 25", FRIDAY, "2019-04-25"),
    ("April 25th", FRIDAY, "2019-04-25"),
    ("April 25, 2019", None, "2019-04-25"),
    ("25 April 2019", None, "2019-04-25"),
    ("Tuesday next week", FRIDAY, "2019-04-30"),
    ("The storm is expected to reach the coast late on Monday.", FRIDAY, "2019-04-29"),
    ("in the coming weeks", FRIDAY, None),
    ("for years", FRIDAY, None),
    ("He may come.", FRIDAY, None),
    ("The committee sat.", FRIDAY, None),
])
def test_english_expressions(expression, published, expected):
    assert resolve_date(expression, published, "en") == expected


@pytest.mark.parametrize(("expression", "language", "expected"), [
    ("im Dezember", "de", "2018-12"),
    ("in December", "en", "2018-12"),
    ("am 30. Dezember", "de", "2018-12-30"),
    ("on December 30", "en", "2018-12-30"),
    ("vergangene Woche", "de", "2018-12-24"),
    ("last month", "en", "2018-12"),
    ("am Montag", "de", "2018-12-31"),
    ("am 2. Jänner", "de", "2019-01-02"),
    ("im Jänner", "de", "2019-01"),
])
def test_year_boundary(expression, language, expected):
    assert resolve_date(expression, "2019-01-03", language) == expected


def test_future_looks_into_next_year():
    assert resolve_date("Im Februar soll gewählt werden.", "2019-12-20", "de") == "2020-02"
    assert resolve_date("am 2. Januar", "2019-12-20", "de", future=True) == "2020-01-02"


def test_without_publication_only_dates_with_a_year_resolve():
    assert resolve_date("am Donnerstag", None, "de") is None
    assert resolve_date("am 25. April", None, "de") is None
    assert resolve_date("gestern", None, "de") is None
    assert resolve_date("am 25. April 2019", None, "de") == "2019-04-25"


def test_published_with_time_and_zone():
    assert parse_published("2019-04-26T08:15:00+02:00").isoformat() == FRIDAY
    assert parse_published("26 April") is None
    assert resolve_date("gestern", "2019-04-26T08:15:00+02:00", "de") == "2019-04-25"


def test_unknown_language_resolves_nothing():
    assert resolve_date("hier", FRIDAY, "fr") is None


# -- the stage on hand-built events ----------------------------------------------------------------

def make_article(text: str, published: str | None, language: str = "de") -> Article:
    article = Article(text=text, language=language, published=published)
    for found in re.finditer(r".+?(?<!\d)[.!?](?=\s|$)", text):
        start = found.start() + len(found.group()) - len(found.group().lstrip())
        article.sentences.append(Sentence(start, found.end()))
    return article


def event_at(article: Article, trigger: str, *, mode: str = "asserted") -> Event:
    start = article.text.index(trigger)
    sentence = next(i for i, s in enumerate(article.sentences) if s.start <= start < s.end)
    event = Event(source=None, target=None, cameo="040", mode=mode, sentence=sentence,
                  trigger=Span(start, start + len(trigger), trigger))
    article.events.append(event)
    return event


def test_stage_dates_each_event_from_its_sentence():
    text = ("Der Gipfel brachte kaum Ergebnisse. Am Donnerstag trafen sich beide Staatschefs in der Hafenstadt. "
            "Im Jänner hatte der Machthaber Fortschritt versprochen. Die Wirtschaft leidet seit Jahren.")
    article = make_article(text, FRIDAY)
    met = event_at(article, "trafen")
    promised = event_at(article, "versprochen")
    suffers = event_at(article, "leidet")
    resolve_event_dates(article, SETTINGS)
    assert (met.date, promised.date, suffers.date) == ("2019-04-25", "2019-01", None)


def test_stage_prefers_the_expression_nearest_the_trigger():
    text = ("Nach dem Treffen am Donnerstag kündigte Putin für den kommenden Montag neue Gespräche an, "
            "die am 2. Mai enden sollen.")
    article = make_article(text, FRIDAY)
    met = event_at(article, "Treffen")
    announced = event_at(article, "Gespräche")
    resolve_event_dates(article, SETTINGS)
    assert met.date == "2019-04-25"
    assert announced.date == "2019-04-29"


def test_stage_future_mode_looks_forward():
    article = make_article("Putin reist am Dienstag nach Peking.", FRIDAY)
    travel = event_at(article, "reist", mode="future")
    resolve_event_dates(article, SETTINGS)
    assert travel.date == "2019-04-30"


def test_stage_english_article():
    text = "The ministers met on Tuesday in Geneva. They said a ceasefire will start next Monday."
    article = make_article(text, FRIDAY, "en")
    met = event_at(article, "met")
    ceasefire = event_at(article, "ceasefire")
    resolve_event_dates(article, SETTINGS)
    assert (met.date, ceasefire.date) == ("2019-04-23", "2019-04-29")


def test_stage_without_publication_keeps_relative_dates_empty():
    article = make_article("Am Donnerstag trafen sie sich, am 25. April 2019 in Wladiwostok.", None)
    met = event_at(article, "trafen")
    resolve_event_dates(article, SETTINGS)
    assert met.date == "2019-04-25"  # the Thursday cannot be placed, the full date can
    article = make_article("Am Donnerstag trafen sie sich.", None)
    met = event_at(article, "trafen")
    assert resolve_event_dates(article, SETTINGS).events[0].date is None


def test_stage_date_serialises_with_the_contract(article_validator):
    article = make_article("Gestern trafen sie sich.", FRIDAY)
    event_at(article, "trafen")
    data = resolve_event_dates(article, SETTINGS).to_dict()
    assert data["events"][0]["date"] == "2019-04-25"
    assert list(article_validator.iter_errors(data)) == []


def test_noun_trigger_owns_the_expression_next_to_it():
    text = ("Der Druck war groß, beim Treffen am Donnerstag Hilfe gegen die Sanktionen zu erreichen. "
            "Am Donnerstag trafen sich beide und vereinbarten mehr Handel.")
    article = make_article(text, FRIDAY)
    meeting = event_at(article, "Treffen")
    sanctions = event_at(article, "Sanktionen")
    met = event_at(article, "trafen")
    agreed = event_at(article, "vereinbarten")
    resolve_event_dates(article, SETTINGS)
    assert (meeting.date, sanctions.date) == ("2019-04-25", None)
    assert (met.date, agreed.date) == ("2019-04-25", "2019-04-25")  # a verb's expression is shared


def test_english_noun_trigger_owns_the_expression_next_to_it():
    text = "After the meeting on Tuesday the ministers signed a trade deal that had been discussed for months."
    article = make_article(text, FRIDAY, "en")
    meeting = event_at(article, "meeting")
    deal = event_at(article, "deal")
    resolve_event_dates(article, SETTINGS)
    assert (meeting.date, deal.date) == ("2019-04-23", None)
