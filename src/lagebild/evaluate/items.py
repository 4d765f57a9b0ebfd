"""Running the pipeline over gold items, shared by every scorer.

One refused item must not hide the scores of the others: its failure is
logged and it is scored as an article with nothing found. The log also
records items whose detected language differs from the gold's.
Example: ``for item, article in log.analyse(items, analyze_fn): score(item, article)``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..errors import LagebildError
from ..model import Article
from .gold import GoldItem

AnalyzeFn = Callable[..., Article]


@dataclass
class RunLog:
    failed: list[dict[str, str]] = field(default_factory=list)
    language_mismatch: list[str] = field(default_factory=list)
    items_by_language: Counter[str] = field(default_factory=Counter)

    def analyse(self, items: Iterable[GoldItem], analyze_fn: AnalyzeFn) -> Iterator[tuple[GoldItem, Article]]:
        """Each item with the article ``analyze_fn(text, published=…)`` made of it."""
        for item in items:
            self.items_by_language[item.lang] += 1
            try:
                article = analyze_fn(item.text, published=item.published)
            except LagebildError as exc:
                self.failed.append({"item": item.id, "error": str(exc)})
                article = Article(text=item.text, language=item.lang)
            if article.language != item.lang:
                self.language_mismatch.append(item.id)
            yield item, article

    @property
    def items(self) -> int:
        return sum(self.items_by_language.values())

    def report(self, errors: list[dict[str, Any]]) -> dict[str, Any]:
        """The report fields every scorer shares."""
        return {
            "language_mismatch": self.language_mismatch,
            "failed": self.failed,
            "error_counts": dict(Counter(f"{e['layer']}: {e['error']}" for e in errors).most_common()),
            "errors": errors,
        }
