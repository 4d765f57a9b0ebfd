"""Temporal expressions: find them in a sentence and resolve them against the publication day.

Why our own small grammar: news dates are a few dozen forms per language
("am Donnerstag", "vergangene Woche", "im Jänner", "25. April 2019",
"last month", "April 25"), the names live in ``data/<lang>/timex.toml``,
and the resolution rules must be explainable. Example: "am Donnerstag" in
an article published on Friday 2019-04-26 → ``2019-04-25``.

Conventions (all ISO 8601, as precise as the text is):

- a day → ``YYYY-MM-DD``; a month ("im März", "Anfang März", "last month")
  → ``YYYY-MM``; a year ("im Jahr 2018", "last year") → ``YYYY``;
- a week ("vergangene Woche", "next week", "vor zwei Wochen") → the
  ``YYYY-MM-DD`` of that week's Monday (ISO week start), so week-level dates
  still sort and filter with day-level ones;
- a weekday or a day and month without a year is the closest one on or
  before publication, or on or after it when the sentence speaks of the
  future ("am Montag will er reisen", "next Monday"); "vergangenen Freitag"
  / "last Friday" is strictly before, "kommenden Montag" strictly after;
- without a publication date only expressions that carry their year resolve.
"""

from __future__ import annotations

import calendar
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
MIN_YEAR, MAX_YEAR = 1900, 2100


@dataclass(frozen=True)
class Timex:
    """One temporal expression at ``start``/``end`` of the searched text, with what it names.

    ``kind`` is date, month, year, weekday, day (relative day word), unit
    ("vergangene Woche") or ago ("vor drei Tagen"); ``relation`` is past,
    future or current for modified weekdays and units.
    """

    start: int
    end: int
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    offset: int = 0
    relation: str | None = None
    unit: str | None = None


@dataclass(frozen=True)
class TimexGrammar:
    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    months: dict[str, int]
    weekdays: dict[str, int]
    relations: dict[str, str]
    units: dict[str, str]
    numbers: dict[str, int]
    days: dict[str, int]
    future_cues: re.Pattern[str] | None
    clause_breaks: re.Pattern[str] | None
    nouns_capitalised: bool
    noun_markers: frozenset[str]


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@cache
def timex_grammar(language: str) -> TimexGrammar | None:
    """The compiled grammar for ``language`` (once per process), None without ``data/<language>/timex.toml``."""
    path = DATA / language / "timex.toml"
    if not path.is_file():
        return None
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    months = {name.lower(): i for i, names in enumerate(data["months"], 1) for name in names}
    weekdays = {name.lower(): i for i, names in enumerate(data["weekdays"]) for name in names}
    relations = {w.lower(): rel for rel in ("past", "future", "current") for w in data.get(rel, [])}
    units = {k.lower(): v for k, v in data.get("units", {}).items()}
    plural_units = {k.lower(): v for k, v in data.get("plural_units", {}).items()}
    numbers = {k.lower(): v for k, v in data.get("numbers", {}).items()}
    month = f"(?P<month>{_alternation(months)})"
    year = r"(?P<year>\d{4})"
    end = r"(?!\w)"
    mod = f"(?:(?P<rel>{_alternation(relations)})\\s+)"
    unit = f"(?P<unit>{_alternation(units)})"
    count = f"(?P<count>\\d{{1,3}}|{_alternation(numbers)})"
    counted = f"(?P<unit>{_alternation({**units, **plural_units})})"
    patterns = [("iso", r"(?<![\d-])(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})(?!\d)")]
    if data.get("numeric_dmy"):
        patterns.append(("dmy", r"(?<![\d.])(?P<day>\d{1,2})\.(?P<mon>\d{1,2})\.(?P<year>\d{4})?(?![\d.])"))
    if data.get("day_month"):
        patterns.append(("date", rf"(?<![\d.])(?P<day>\d{{1,2}}){data['ordinal']}\s*{month}{end}(?:,?\s+{year}"
                                 r"(?!\d))?"))
    if data.get("month_day"):
        patterns.append(("date", rf"(?<!\w){month}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s+{year}"
                                 r"(?!\d))?"))
    lead = _alternation(data.get("month_lead", []))
    patterns.append(("month", rf"(?<!\w)(?:{lead})\s*{month}{end}(?:\s+{year}(?!\d))?"))
    patterns.append(("month", rf"(?<!\w){month}\s+{year}(?!\d)"))
    patterns.append(("year", rf"(?<!\w)(?:{_alternation(data.get('year_lead', []))})\s*{year}(?!\d)"))
    suffixes = _alternation(data.get("weekday_suffixes", []))
    suffix = f"(?:{suffixes})?" if suffixes else ""
    week_units = _alternation(k for k, v in units.items() if v == "week")
    # "Dienstag kommender Woche", "Monday last week": the weekday inside a relative week.
    patterns.append(("weekday", rf"(?<!\w)(?P<weekday>{_alternation(weekdays)}){suffix}\s+"
                                rf"(?P<rel>{_alternation(relations)})\s+(?:{week_units}){end}"))
    patterns.append(("weekday", rf"(?<!\w){mod}?(?P<weekday>{_alternation(weekdays)}){suffix}{end}"))
    patterns.append(("unit", rf"(?<!\w){mod}{unit}{end}"))
    if data.get("ago_before"):
        patterns.append(("ago", rf"(?<!\w){re.escape(data['ago_before'])}\s+{count}\s+{counted}{end}"))
    if data.get("ago_after"):
        patterns.append(("ago", rf"(?<!\w){count}\s+{counted}\s+{re.escape(data['ago_after'])}{end}"))
    days = dict(data.get("days", {}))
    if days:
        # Case-sensitive: "morgen" is tomorrow, "am Morgen" is not.
        patterns.append(("day", rf"(?<!\w)(?-i:(?P<word>{_alternation(days)})){end}"))
    cues = data.get("future_cues", [])
    return TimexGrammar(
        patterns=tuple((kind, re.compile(p, re.IGNORECASE)) for kind, p in patterns),
        months=months, weekdays=weekdays, relations=relations, units={**units, **plural_units}, numbers=numbers, days=days,
        future_cues=re.compile(rf"(?<!\w)(?:{_alternation(cues)}){end}", re.IGNORECASE) if cues else None,
        clause_breaks=_word_or_mark(data.get("clause_breaks", [])),
        nouns_capitalised=bool(data.get("nouns_capitalised")),
        noun_markers=frozenset(w.lower() for w in data.get("noun_markers", [])))


def _word_or_mark(items: list[str]) -> re.Pattern[str] | None:
    """Words match whole ("dass"), punctuation as is (",")."""
    words = [w for w in items if w[:1].isalnum()]
    marks = [m for m in items if not m[:1].isalnum()]
    parts = ([rf"(?<!\w)(?:{_alternation(words)})(?!\w)"] if words else []) + ([_alternation(marks)] if marks else [])
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


def is_noun_trigger(text: str, start: int, grammar: TimexGrammar) -> bool:
    """Whether the word at ``start`` is a noun: capitalised inside a German sentence, after an article
    or possessive in English ("the meeting", "Thursday's meeting")."""
    before = text[max(0, start - 40):start].split()
    previous = before[-1].lower() if before else ""
    if grammar.nouns_capitalised:
        return text[start:start + 1].isupper() and bool(previous) and previous[-1:] not in ".!?:\"„“"
    return previous in grammar.noun_markers or previous.endswith(("'s", "’s"))


def clause_around(text: str, start: int, end: int, grammar: TimexGrammar) -> tuple[int, int]:
    """The clause of ``text`` holding ``start:end``: between the clause breaks (",", "dass", "that") around it."""
    first, last = 0, len(text)
    if grammar.clause_breaks is None:
        return first, last
    for found in grammar.clause_breaks.finditer(text):
        if found.end() <= start:
            first = found.end()
        elif found.start() >= end:
            last = found.start()
            break
    return first, last


def find_timexes(text: str, grammar: TimexGrammar) -> list[Timex]:
    """All temporal expressions in ``text``, longest first where they overlap, in text order."""
    found: list[Timex] = []
    for kind, pattern in grammar.patterns:
        for match in pattern.finditer(text):
            timex = _build(kind, match, grammar)
            if timex is not None:
                found.append(timex)
    found.sort(key=lambda t: (t.start, -(t.end - t.start)))
    kept: list[Timex] = []
    for timex in found:
        if kept and timex.start < kept[-1].end:
            continue
        kept.append(timex)
    return kept


def speaks_of_future(text: str, grammar: TimexGrammar) -> bool:
    """Whether a sentence has a future cue ("wird", "soll", "will", "next")."""
    return bool(grammar.future_cues and grammar.future_cues.search(text))


def _build(kind: str, match: re.Match[str], grammar: TimexGrammar) -> Timex | None:
    groups = match.groupdict()
    span = {"start": match.start(), "end": match.end()}
    year = int(groups["year"]) if groups.get("year") else None
    if year is not None and not MIN_YEAR <= year <= MAX_YEAR:
        return None
    relation = grammar.relations.get((groups.get("rel") or "").lower())
    if kind in {"iso", "dmy", "date"}:
        month = int(groups["mon"]) if groups.get("mon") else grammar.months[groups["month"].lower()]
        day = int(groups["day"])
        if not 1 <= month <= 12 or not 1 <= day <= 31:
            return None
        return Timex(kind="date", year=year, month=month, day=day, **span)
    if kind == "month":
        return Timex(kind="month", year=year, month=grammar.months[groups["month"].lower()], **span)
    if kind == "year":
        return Timex(kind="year", year=year, **span)
    if kind == "weekday":
        weekday = grammar.weekdays[groups["weekday"].lower()]
        if match.group().lower().endswith(tuple(u for u, v in grammar.units.items() if v == "week")):
            return Timex(kind="weekday", weekday=weekday, relation=relation, unit="week", **span)
        return Timex(kind="weekday", weekday=weekday, relation=relation, **span)
    if kind == "unit":
        return Timex(kind="unit", unit=grammar.units[groups["unit"].lower()], relation=relation, **span)
    if kind == "ago":
        count = groups["count"].lower()
        number = int(count) if count.isdigit() else grammar.numbers[count]
        return Timex(kind="ago", unit=grammar.units[groups["unit"].lower()], offset=-number, **span)
    return Timex(kind="day", offset=grammar.days[groups["word"]], **span)


def resolve(timex: Timex, published: date | None, *, future: bool = False) -> str | None:
    """The ISO 8601 date a temporal expression names; None when it needs a publication date it lacks."""
    if timex.kind == "date" and timex.year is not None:
        return _iso_day(timex.year, timex.month, timex.day)
    if timex.kind == "month" and timex.year is not None:
        return f"{timex.year:04d}-{timex.month:02d}"
    if timex.kind == "year":
        return f"{timex.year:04d}"
    if published is None:
        return None
    if timex.kind == "date":
        year = published.year
        day = calendar_day(year, timex.month, timex.day)
        if day is not None and future and day < published:
            year += 1
        elif day is not None and not future and day > published:
            year -= 1
        return _iso_day(year, timex.month, timex.day)
    if timex.kind == "month":
        if future:
            year = published.year + (timex.month < published.month)
        else:
            year = published.year - (timex.month > published.month)
        return f"{year:04d}-{timex.month:02d}"
    if timex.kind == "day":
        return (published + timedelta(days=timex.offset)).isoformat()
    if timex.kind == "weekday":
        return _weekday(timex, published, future).isoformat()
    step = {"past": -1, "future": 1, "current": 0}.get(timex.relation or "", 0)
    return _shift(published, timex.unit or "", timex.offset if timex.kind == "ago" else step)


def _weekday(timex: Timex, published: date, future: bool) -> date:
    if timex.unit == "week":  # "Dienstag kommender Woche": that day of the next (last, this) ISO week
        step = {"past": -1, "future": 1}.get(timex.relation or "", 0)
        return published + timedelta(days=timex.weekday - published.weekday(), weeks=step)
    back = (published.weekday() - timex.weekday) % 7  # days since the last such day, 0 = today
    if timex.relation == "current":
        return published - timedelta(days=published.weekday() - timex.weekday)
    if timex.relation == "past":
        return published - timedelta(days=back or 7)
    ahead = (timex.weekday - published.weekday()) % 7
    if timex.relation == "future":
        return published + timedelta(days=ahead or 7)
    return published + timedelta(days=ahead) if future else published - timedelta(days=back)


def _shift(published: date, unit: str, step: int) -> str | None:
    """``step`` weeks/months/years/days from the publication day, at that unit's precision."""
    if unit == "day":
        # "vor drei Tagen" counts from publication; "am nächsten Tag" counts from the story, not resolvable.
        return (published + timedelta(days=step)).isoformat() if step < 0 else None
    if unit == "week":
        monday = published - timedelta(days=published.weekday())
        return (monday + timedelta(weeks=step)).isoformat()
    if unit == "month":
        months = published.year * 12 + published.month - 1 + step
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    if unit == "year":
        return f"{published.year + step:04d}"
    return None


def calendar_day(year: int, month: int, day: int) -> date | None:
    """The day, or None for one the calendar lacks (31 April, 29 February outside a leap year)."""
    if not MIN_YEAR <= year <= MAX_YEAR or day > calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)


def _iso_day(year: int, month: int, day: int) -> str | None:
    found = calendar_day(year, month, day)
    return found.isoformat() if found else None
