"""The analysis pipeline: extraction, then a tuple of stages over one Article.

A stage is a plain function ``fn(article, settings) -> Article`` listed once in
:data:`STAGES` with what it requires and provides; :class:`Pipeline` checks the
wiring when it is built and records a stage's failure against the input
instead of stopping the batch.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from .errors import LagebildError, PipelineConfigError, StageFailed
from .events.coder import code_events
from .events.dates import resolve_event_dates
from .events.quotes import find_quotes
from .events.themes import label_themes
from .events.tone import score_tone
from .extract import extract_article
from .language.detect import detect_language
from .language.segment import segment_sentences
from .link import link_mentions
from .model import STATUS_OK, Article, RawDocument
from .settings import Settings

StageFn = Callable[[Article, Settings], Article]

# What extraction provides before the first stage runs.
EXTRACTED = frozenset({"text", "title", "teaser", "genre", "authors", "published", "captions", "dateline",
                       "headings"})


@dataclass(frozen=True)
class Stage:
    name: str
    run: StageFn
    requires: frozenset[str]
    provides: frozenset[str]
    # Stages that analyse language-specific content run only on supported languages.
    needs_supported_language: bool = True


STAGES: tuple[Stage, ...] = (
    Stage("language", detect_language, frozenset({"text"}), frozenset({"language"}),
          needs_supported_language=False),
    Stage("sentences", segment_sentences, frozenset({"text", "language"}), frozenset({"sentences", "tokens"})),
    Stage("mentions", link_mentions, frozenset({"sentences", "tokens", "language"}),
          frozenset({"mentions", "actors", "places"})),
    Stage("quotes", find_quotes, frozenset({"sentences", "mentions", "actors"}), frozenset({"quotes"})),
    Stage("events", code_events, frozenset({"sentences", "mentions", "actors", "quotes"}), frozenset({"events"})),
    Stage("event_dates", resolve_event_dates, frozenset({"events"}), frozenset({"event_dates"})),
    Stage("tone", score_tone, frozenset({"sentences", "language"}), frozenset({"tone"})),
    Stage("themes", label_themes, frozenset({"sentences", "language"}), frozenset({"themes"})),
)


@dataclass
class Outcome:
    """What happened to one input: an analysed article, or the error that stopped it."""

    source: str
    article: Article | None = None
    error: LagebildError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


class Pipeline:
    def __init__(self, settings: Settings | None = None, *, stages: tuple[Stage, ...] = STAGES) -> None:
        self.settings = settings or Settings()
        self.stages = stages
        available = set(EXTRACTED)
        for stage in stages:
            missing = stage.requires - available
            if missing:
                raise PipelineConfigError(
                    f"stage {stage.name!r} requires {sorted(missing)}, which no earlier stage provides")
            available |= stage.provides

    def analyze(self, raw: RawDocument) -> Article:
        """Extract and analyse one document; raises a :class:`LagebildError` naming the input."""
        article = extract_article(raw)
        for stage in self.stages:
            if stage.needs_supported_language and article.status != STATUS_OK:
                continue
            try:
                result = stage.run(article, self.settings)
            except LagebildError:
                raise
            except Exception as exc:  # a bug in a stage must not stop the batch
                raise StageFailed(raw.source, f"stage {stage.name!r} failed: {exc!r}") from exc
            if not isinstance(result, Article):
                raise StageFailed(raw.source, f"stage {stage.name!r} returned {type(result).__name__}, "
                                  "not an Article")
            article = result
        return article

    def analyze_many(self, inputs: Iterable[RawDocument | LagebildError]) -> Iterator[Outcome]:
        """Analyse each input in turn; an input error or failure becomes an Outcome, never an exception."""
        for item in inputs:
            if isinstance(item, LagebildError):
                yield Outcome(item.source, error=item)
                continue
            try:
                yield Outcome(item.source, article=self.analyze(item))
            except LagebildError as exc:
                yield Outcome(item.source, error=exc)
