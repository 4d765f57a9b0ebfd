"""Run every kind of gold under a directory through its scorer.

Kinds are found by folder (``gold/entities/*.toml``) or by a file's ``kind``
key; a kind without a scorer is listed under ``skipped`` rather than failing,
so gold of a new kind can be committed before its scorer exists. To add a
scorer, put ``"themes": evaluate_themes`` into :data:`SCORERS`.

Example: ``run_evaluation("tests/gold")`` →
``{"gold_dir": "tests/gold", "kinds": {"entities": {...}, "events": {...}, "quotes": {...}},
"skipped": {}}``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from .entities import evaluate_entities
from .events import evaluate_events
from .gold import GoldItem, load_gold_dir
from .items import AnalyzeFn
from .quotes import evaluate_quotes

Scorer = Callable[[list[GoldItem], AnalyzeFn], dict[str, Any]]

SCORERS: dict[str, Scorer] = {
    "entities": evaluate_entities,
    "events": evaluate_events,
    "quotes": evaluate_quotes,
}


def run_evaluation(gold_dir: str | Path, *, analyze_fn: AnalyzeFn | None = None,
                   settings: Any = None) -> dict[str, Any]:
    """Score the pipeline (or ``analyze_fn``) on all gold under ``gold_dir``; a JSON-ready dict.

    Raises :class:`~lagebild.evaluate.gold.GoldFormatError` naming file and
    line when a gold file is broken.
    """
    if analyze_fn is None:
        analyze_fn = _pipeline_analyze(settings)
    kinds = load_gold_dir(gold_dir)
    report: dict[str, Any] = {"gold_dir": str(gold_dir), "kinds": {}, "skipped": {}}
    for kind, items in sorted(kinds.items()):
        scorer = SCORERS.get(kind)
        if scorer is None:
            report["skipped"][kind] = f"{len(items)} item(s), no scorer for kind {kind!r}"
            continue
        report["kinds"][kind] = scorer(items, analyze_fn)
    return report


def _pipeline_analyze(settings: Any) -> AnalyzeFn:
    """One pipeline for all items (building it once keeps the knowledge base loaded once)."""
    from ..model import RawDocument
    from ..pipeline import Pipeline

    pipeline = Pipeline(settings)

    def analyze(text: str, *, published: str | None = None):
        return pipeline.analyze(RawDocument(source="<gold>", content=text, kind="text", published=published))

    return analyze
