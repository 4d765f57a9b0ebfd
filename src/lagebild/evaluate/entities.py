"""Scoring mention detection and actor / place linking against entity gold.

Three layers, each as precision / recall / F1, overall and per language:

- mentions: a system mention counts when span *and* type equal a gold mention;
- actors: (span, actor) pairs; a gold mention without an actor contributes
  nothing, but a system link on it is spurious (e.g. "Wladimir" the taxi
  driver linked to Putin);
- places: (span, place) pairs, the same way.

A system mention's link is ``Mention.actor`` / ``Mention.place``, looked up in
``Article.actors`` / ``Article.places`` for the name. A gold link ``name:Daily NK``
(an entity with no Wikidata id in the seed data) matches a system actor whose
``name`` is "Daily NK" (case, accents and hyphens ignored), whatever its id.

Example: gold "Wladiwostok" → gn:2013348, system span right but place
gn:473247 (the city Vladimir) → mentions tp 1, places fp 1 + fn 1, and one
"wrong link" error naming both ids.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ..model import Article
from .gold import GoldItem
from .items import AnalyzeFn, RunLog

LAYERS = ("mentions", "actors", "places")


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict[str, Any]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn,
                "gold": self.tp + self.fn, "system": self.tp + self.fp}


class LayerTally:
    """Counts per layer, overall and per language: the shape of every scorer's ``overall``/``by_language``."""

    def __init__(self, layers: tuple[str, ...]) -> None:
        self.layers = layers
        self.totals = {layer: Counts() for layer in layers}
        self.by_lang: dict[str, dict[str, Counts]] = {}

    def add(self, lang: str, counts: dict[str, Counts]) -> None:
        per_lang = self.by_lang.setdefault(lang, {layer: Counts() for layer in self.layers})
        for layer in self.layers:
            self.totals[layer].add(counts[layer])
            per_lang[layer].add(counts[layer])

    def report(self) -> dict[str, Any]:
        return {"overall": {layer: self.totals[layer].to_dict() for layer in self.layers},
                "by_language": {lang: {layer: c[layer].to_dict() for layer in self.layers}
                                for lang, c in sorted(self.by_lang.items())}}


@dataclass(frozen=True)
class _Link:
    id: str | None
    name: str | None


def evaluate_entities(gold_items: Iterable[GoldItem], analyze_fn: AnalyzeFn) -> dict[str, Any]:
    """Run ``analyze_fn(text, published=…)`` on every gold item and score the three layers.

    ``analyze_fn`` is :func:`lagebild.analyze` in normal use; tests pass a
    function returning hand-built articles.
    """
    tally = LayerTally(LAYERS)
    errors: list[dict[str, Any]] = []
    gold_types: Counter[str] = Counter()
    log = RunLog()
    for item, article in log.analyse(gold_items, analyze_fn):
        gold_types.update(m.type for m in item.mentions)
        tally.add(item.lang, score_article(item, article, errors))
    return {
        "kind": "entities",
        "items": log.items,
        "items_by_language": dict(sorted(log.items_by_language.items())),
        **tally.report(),
        "mentions_by_type": _by_type(gold_types, errors),
        **log.report(errors),
    }


def _by_type(gold_types: Counter[str], errors: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Mention scores per type, derived from the error records (a wrong type costs both types)."""
    per_type = {t: Counts() for t in sorted(gold_types)}
    for e in errors:
        if e["layer"] != "mentions":
            continue
        if e["gold"]:
            per_type.setdefault(e["gold"], Counts()).fn += 1
        if e["system"]:
            per_type.setdefault(e["system"], Counts()).fp += 1
    for mention_type, counts in per_type.items():
        counts.tp = gold_types[mention_type] - counts.fn
    return {t: c.to_dict() for t, c in sorted(per_type.items())}


def score_article(item: GoldItem, article: Article, errors: list[dict[str, Any]]) -> dict[str, Counts]:
    """Counts for one gold item against one analysed article; appends an error record per mistake."""
    counts = {layer: Counts() for layer in LAYERS}
    to_gold = _offset_map(article.text, item.text)
    actors = {a.id: _Link(a.id, a.name) for a in article.actors if a.id}
    places = {p.id: _Link(p.id, p.name) for p in article.places if p.id}

    def record(layer: str, error: str, start: int, end: int, gold: Any = None, system: Any = None) -> None:
        errors.append({"item": item.id, "lang": item.lang, "layer": layer, "error": error,
                       "text": item.text[start:end], "start": start, "end": end,
                       "gold": gold, "system": system})

    system_types: dict[tuple[int, int], str] = {}
    system_actor: dict[tuple[int, int], _Link] = {}
    system_place: dict[tuple[int, int], _Link] = {}
    for mention in article.mentions:
        span = to_gold(mention.start, mention.end)
        if span is None:
            counts["mentions"].fp += 1
            errors.append({"item": item.id, "lang": item.lang, "layer": "mentions", "error": "unaligned",
                           "text": mention.text, "start": mention.start, "end": mention.end,
                           "gold": None, "system": mention.type})
            continue
        system_types.setdefault(span, mention.type)
        if mention.actor:
            system_actor.setdefault(span, actors.get(mention.actor, _Link(mention.actor, None)))
        if mention.place:
            system_place.setdefault(span, places.get(mention.place, _Link(mention.place, None)))

    gold_types = {(m.start, m.end): m.type for m in item.mentions}
    c = counts["mentions"]
    for span, gold_type in gold_types.items():
        system_type = system_types.get(span)
        if system_type == gold_type:
            c.tp += 1
        elif system_type is None:
            c.fn += 1
            record("mentions", "missed", *span, gold=gold_type)
        else:
            c.fn += 1
            c.fp += 1
            record("mentions", "wrong type", *span, gold=gold_type, system=system_type)
    for span, system_type in system_types.items():
        if span not in gold_types:
            c.fp += 1
            record("mentions", "spurious", *span, system=system_type)

    for layer, attr, system_links in (("actors", "actor", system_actor), ("places", "place", system_place)):
        c = counts[layer]
        gold_links = {(m.start, m.end): getattr(m, attr) for m in item.mentions if getattr(m, attr)}
        for span, gold_id in gold_links.items():
            link = system_links.get(span)
            if link is None:
                c.fn += 1
                record(layer, "missed link", *span, gold=gold_id)
            elif link_matches(gold_id, link.id, link.name):
                c.tp += 1
            else:
                c.fn += 1
                c.fp += 1
                record(layer, "wrong link", *span, gold=gold_id, system=_describe(link))
        for span, link in system_links.items():
            if span not in gold_links:
                c.fp += 1
                record(layer, "spurious link", *span, system=_describe(link))
    return counts


def link_matches(gold_id: str, system_id: str | None, system_name: str | None) -> bool:
    """Whether a system link satisfies a gold link; ``name:`` gold compares names, anything else ids.

    >>> link_matches("name:Daily NK", "kb:daily-nk", "Daily NK")
    True
    """
    if gold_id.startswith("name:"):
        return system_name is not None and _fold(system_name) == _fold(gold_id[5:])
    return gold_id == system_id


def _fold(name: str) -> str:
    """"Kim Jong-un" and "kim jong un" compare equal; so do "Zelenskyy" with and without accents."""
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.replace("-", " ").casefold().split())


def _describe(link: _Link) -> str:
    return f"{link.id} ({link.name})" if link.name else str(link.id)


def _offset_map(system_text: str, gold_text: str) -> Callable[[int, int], tuple[int, int] | None]:
    """Maps system offsets onto the gold text; identity unless the pipeline changed the text.

    Extraction may normalise whitespace or drop a stray line; aligning the two
    texts keeps the scorer fair instead of counting every later span wrong.
    """
    if system_text == gold_text:
        return lambda start, end: (start, end)
    blocks = difflib.SequenceMatcher(None, system_text, gold_text, autojunk=False).get_matching_blocks()

    def position(offset: int) -> int | None:
        for a, b, size in blocks:
            if a <= offset < a + size:
                return b + offset - a
        return None

    def mapped(start: int, end: int) -> tuple[int, int] | None:
        first, last = position(start), position(end - 1) if end > start else None
        if first is None or last is None:
            return None
        return first, last + 1

    return mapped
