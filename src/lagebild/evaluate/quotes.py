"""Scoring quotes and reported speech against hand-written quote gold (``tests/gold/quotes/*.toml``).

A gold quote is ``{speaker, kind, text}`` plus an optional ``cue``; ``text``
is the quoted or reported content as it stands in the item text (without the
quotation marks and without the cue). A system quote (``Article.quotes``)
matches when

- the speaker matches (as in the entities scorer: ``name:`` gold against the
  actor's or the quote's ``speaker_name``, anything else by id; ``null`` only
  matches ``None``),
- the kind (``direct`` / ``indirect``) is the same, and
- the content spans overlap by at least half of the longer of the two.

Two layers are reported, overall and per language: ``quotes`` (all three
conditions) and ``spans`` (overlap only: did the system find the quote at
all?), plus the share of span-matched quotes with the right speaker and, where
gold names one, the right cue.

Example: gold »Wir lassen uns nicht erpressen« (Scholz, direct), system span
»Wir lassen uns nicht erpressen, sagte« with speaker Scholz → match (overlap
30/36 ≥ 0.5).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..model import Article
from .entities import Counts, LayerTally, _offset_map
from .events import _Actor, _actor_matches, _Ratio, check_actor, item_entries
from .gold import GoldFormatError, GoldItem, check_table, load_gold_file
from .items import AnalyzeFn, RunLog

KINDS = ("direct", "indirect")
MIN_OVERLAP = 0.5
_QUOTE_KEYS = {"speaker", "kind", "text", "occurrence", "cue", "note"}
LAYERS = ("quotes", "spans")


@dataclass(frozen=True)
class GoldQuote:
    start: int
    end: int
    text: str
    speaker: str | None
    kind: str
    cue: str | None = None
    line: int = 0


@dataclass(frozen=True)
class _SystemQuote:
    span: tuple[int, int] | None
    text: str
    speaker: _Actor
    kind: str
    cue: str | None


def gold_quotes(item: GoldItem) -> list[GoldQuote]:
    """The validated ``quotes`` of one gold item; :class:`GoldFormatError` names file and line."""
    return [_quote(raw, item, where=where, line=line) for raw, where, line in item_entries(item, "quotes")]


def _quote(raw: Any, item: GoldItem, *, where: str, line: int) -> GoldQuote:
    check_table(raw, _QUOTE_KEYS, what="quote", example="{ speaker = …, kind = …, text = … }", where=where)
    text = raw.get("text")
    if not isinstance(text, str) or not text.strip():
        raise GoldFormatError(where, "quote lacks 'text' (the quoted or reported content)")
    label = f"quote {text[:40]!r}"
    if raw.get("kind") not in KINDS:
        raise GoldFormatError(where, f"{label}: kind {raw.get('kind')!r} not one of {KINDS}")
    speaker = check_actor(raw.get("speaker"), what="speaker", where=where, label=label)
    occurrence = raw.get("occurrence", 1)
    if not isinstance(occurrence, int) or isinstance(occurrence, bool) or occurrence < 1:
        raise GoldFormatError(where, f"{label}: occurrence must be an integer ≥ 1")
    start = -1
    for _ in range(occurrence):
        start = item.text.find(text, start + 1)
        if start < 0:
            raise GoldFormatError(where, f"{label} (occurrence {occurrence}) not found in the text of "
                                         f"item {item.id!r}")
    cue = raw.get("cue")
    if cue is not None and (not isinstance(cue, str) or cue not in item.text):
        raise GoldFormatError(where, f"{label}: cue {cue!r} not found in the text of item {item.id!r}")
    return GoldQuote(start, start + len(text), text, speaker, raw["kind"], cue, line)


def load_quote_gold_file(path: str | Path) -> list[tuple[GoldItem, list[GoldQuote]]]:
    """One quotes gold file, every item and quote validated."""
    return [(item, gold_quotes(item)) for item in load_gold_file(path, kind="quotes")]


def evaluate_quotes(gold_items: Iterable[GoldItem], analyze_fn: AnalyzeFn) -> dict[str, Any]:
    """Run ``analyze_fn(text, published=…)`` on every gold item and score its quotes."""
    parsed = [(item, gold_quotes(item)) for item in gold_items]
    tally = LayerTally(LAYERS)
    speaker, cue = _Ratio(), _Ratio()
    errors: list[dict[str, Any]] = []
    log = RunLog()
    analysed = log.analyse((item for item, _ in parsed), analyze_fn)
    for (item, article), (_, gold) in zip(analysed, parsed, strict=True):
        tally.add(item.lang, score_quotes(item, gold, article, errors, speaker=speaker, cue=cue))
    return {
        "kind": "quotes",
        "items": log.items,
        "items_by_language": dict(sorted(log.items_by_language.items())),
        **tally.report(),
        "accuracy": {"speaker": speaker.to_dict(), "cue": cue.to_dict()},
        **log.report(errors),
    }


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Shared characters over the longer span: 1.0 for equal spans, 0.0 for disjoint ones."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    longest = max(a[1] - a[0], b[1] - b[0])
    return max(shared, 0) / longest if longest > 0 else 0.0


def score_quotes(item: GoldItem, gold: list[GoldQuote], article: Article, errors: list[dict[str, Any]], *,
                 speaker: _Ratio | None = None, cue: _Ratio | None = None) -> dict[str, Counts]:
    """Counts of both layers for one item; appends an error record per mistake."""
    speaker = speaker if speaker is not None else _Ratio()
    cue = cue if cue is not None else _Ratio()
    system = system_quotes(article, item.text)
    counts = {layer: Counts() for layer in LAYERS}

    def record(layer: str, error: str, g: GoldQuote | None, s: _SystemQuote | None) -> None:
        start, end = (g.start, g.end) if g else (s.span or (0, 0)) if s else (0, 0)
        errors.append({"item": item.id, "lang": item.lang, "layer": layer, "error": error,
                       "text": (g.text if g else s.text if s else "")[:60], "start": start, "end": end,
                       "gold": f"{g.speaker or '-'} {g.kind}" if g else None,
                       "system": _describe(s) if s else None})

    span_pairs = sorted(((overlap((g.start, g.end), s.span), gi, si) for gi, g in enumerate(gold)
                         for si, s in enumerate(system) if s.span is not None), reverse=True)
    by_span: dict[int, int] = {}
    used: set[int] = set()
    for share, gi, si in span_pairs:
        if share >= MIN_OVERLAP and gi not in by_span and si not in used:
            by_span[gi] = si
            used.add(si)
    c = counts["spans"]
    c.tp = len(by_span)
    c.fn = len(gold) - len(by_span)
    c.fp = len(system) - len(by_span)

    c = counts["quotes"]
    for gi, g in enumerate(gold):
        si = by_span.get(gi)
        if si is None:
            c.fn += 1
            record("quotes", "missed", g, None)
            continue
        s = system[si]
        same_speaker = _actor_matches(g.speaker, s.speaker)
        speaker.total += 1
        speaker.right += same_speaker
        if g.cue:
            cue.total += 1
            cue.right += (s.cue or "").casefold() == g.cue.casefold()
        if same_speaker and s.kind == g.kind:
            c.tp += 1
            continue
        c.fn += 1
        c.fp += 1
        record("quotes", "wrong speaker" if not same_speaker else "wrong kind", g, s)
    for si, s in enumerate(system):
        if si not in used:
            c.fp += 1
            record("quotes", "spurious", None, s)
    return counts


def system_quotes(article: Article, gold_text: str) -> list[_SystemQuote]:
    """The article's quotes with speaker names looked up and spans mapped onto the gold text.

    A quote without offsets is located by its text (first occurrence).
    """
    names = {a.id: a.name for a in article.actors if a.id}
    to_gold = _offset_map(article.text, gold_text)
    out = []
    for quote in article.quotes:
        start, end = quote.start, quote.end
        if start is None or end is None:
            found = article.text.find(quote.text) if quote.text else -1
            start, end = (found, found + len(quote.text)) if found >= 0 else (None, None)
        span = to_gold(start, end) if start is not None and end is not None else None
        name = names.get(quote.speaker, quote.speaker_name) if quote.speaker else quote.speaker_name
        out.append(_SystemQuote(span, quote.text, _Actor(quote.speaker, name), quote.kind, quote.cue))
    return out


def _describe(s: _SystemQuote) -> str:
    who = s.speaker.id or (f"? ({s.speaker.name})" if s.speaker.name else "-")
    if s.speaker.id and s.speaker.name:
        who = f"{s.speaker.id} ({s.speaker.name})"
    return f"{who} {s.kind}"
