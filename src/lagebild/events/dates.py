"""Event dates stage: each event gets the date its own sentence gives, resolved against publication.

Why the event's sentence and the expression nearest its trigger: a sentence
may name two times ("Nach dem Treffen am Donnerstag kündigte Putin für
kommenden Montag Gespräche an"), and the one next to the verb belongs to it.
No expression means no date: undated background never inherits the
publication day. Resolution rules and conventions are in :mod:`.timex`.

Example: published 2019-04-26, "Prompt sprach Putin am Donnerstag von einer
möglichen Abrüstung." → the event triggered by "sprach" gets ``2019-04-25``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ..model import Article, Event
from ..settings import Settings
from .timex import (
    Timex,
    TimexGrammar,
    calendar_day,
    clause_around,
    find_timexes,
    is_noun_trigger,
    resolve,
    speaks_of_future,
    timex_grammar,
)

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def parse_published(published: str | date | None) -> date | None:
    """The publication day from ``article.published`` ("2019-04-26", "2019-04-26T08:00:00+02:00"), else None."""
    if published is None or isinstance(published, date):
        return published
    found = _DAY.match(published.strip())
    if found is None:
        return None
    year, month, day = (int(g) for g in found.groups())
    return calendar_day(year, month, day) if 1 <= month <= 12 else None


def resolve_date(expression: str, published: str | date | None, lang: str, *, future: bool = False) -> str | None:
    """The ISO 8601 date of the first temporal expression in ``expression``, or None.

    ``resolve_date("am Donnerstag", "2019-04-26", "de")`` → ``"2019-04-25"``;
    ``future`` (or a future cue in the text itself, "am kommenden Montag") looks forward.
    """
    grammar = timex_grammar(lang)
    if grammar is None:
        return None
    day = parse_published(published)
    future = future or speaks_of_future(expression, grammar)
    for timex in find_timexes(expression, grammar):
        value = resolve(timex, day, future=future)
        if value is not None:
            return value
    return None


def resolve_event_dates(article: Article, settings: Settings) -> Article:
    """Set ``Event.date`` from the event's sentence (the ``event_dates`` stage); an event without one keeps its date."""
    grammar = timex_grammar(article.language)
    if grammar is None or not article.events:
        return article
    published = parse_published(article.published)
    per_sentence: dict[int, list[tuple[Timex, bool]]] = {}
    for event in article.events:
        if not 0 <= event.sentence < len(article.sentences):
            continue
        if event.sentence not in per_sentence:
            per_sentence[event.sentence] = _sentence_times(article, event.sentence, grammar)
        siblings = [e for e in article.events if e.sentence == event.sentence and e is not event]
        timexes = [item for item in per_sentence[event.sentence]
                   if not any(_claims(other, item[0], article, grammar) for other in siblings)]
        value = _event_date(event, timexes, published)
        if value is not None:
            event.date = value
    return article


def _claims(event: Event, timex: Timex, article: Article, grammar: TimexGrammar) -> bool:
    """Whether a noun trigger owns an expression right next to it: "beim Treffen am Donnerstag …
    Hilfe gegen die UN-Sanktionen" → Thursday is the meeting's, not the sanctions'.

    A verb's expression is shared ("Am Donnerstag trafen sie sich und vereinbarten …").
    """
    if not is_noun_trigger(article.text, event.trigger.start, grammar):
        return False
    first, last = sorted((event.trigger.end, timex.start)) if timex.start >= event.trigger.end \
        else sorted((timex.end, event.trigger.start))
    return len(article.text[first:last].split()) <= 1


def _sentence_times(article: Article, index: int, grammar: TimexGrammar) -> list[tuple[Timex, bool]]:
    """Expressions of one sentence with article offsets, each with whether its clause speaks of the future.

    The clause, not the sentence: in "Nach dem Treffen am Donnerstag …, die am 2. Mai enden sollen"
    only "am 2. Mai" is future.
    """
    sent = article.sentences[index]
    text = article.text[sent.start:sent.end]
    out = []
    for timex in find_timexes(text, grammar):
        first, last = clause_around(text, timex.start, timex.end, grammar)
        future = speaks_of_future(text[first:last], grammar)
        out.append((replace(timex, start=timex.start + sent.start, end=timex.end + sent.start), future))
    return out


def _event_date(event: Event, timexes: list[tuple[Timex, bool]], published: date | None) -> str | None:
    """The resolvable expression nearest the trigger (an expression inside the trigger counts as nearest)."""
    def distance(item: tuple[Timex, bool]) -> tuple[int, int]:
        timex = item[0]
        return max(0, timex.start - event.trigger.end, event.trigger.start - timex.end), timex.start

    for timex, future in sorted(timexes, key=distance):
        value = resolve(timex, published, future=future or event.mode == "future")
        if value is not None:
            return value
    return None
