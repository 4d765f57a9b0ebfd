"""The library's public entry points; the CLI and any other face call only these."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from .ingest import iter_documents
from .model import Article, RawDocument
from .pipeline import Outcome, Pipeline
from .settings import Settings


def analyze(text: str, *, html: bool = False, published: str | None = None, url: str | None = None,
            settings: Settings | None = None) -> Article:
    """Analyse one text (flattened page text, or an HTML page with ``html=True``)."""
    raw = RawDocument(source=url or "<text>", content=text, kind="html" if html else "text",
                      url=url, published=published)
    return Pipeline(settings).analyze(raw)


def analyze_many(paths: Sequence[str], *, published: str | None = None,
                 settings: Settings | None = None) -> Iterator[Outcome]:
    """Analyse every document under ``paths`` (files, directories, ``-`` for stdin).

    ``published`` is the publication date for inputs that carry none of their own.
    """
    settings = settings or Settings()
    pipeline = Pipeline(settings)
    documents = iter_documents(paths, settings=settings.ingest)
    if published:
        documents = (replace(d, published=d.published or published) if isinstance(d, RawDocument) else d
                     for d in documents)
    yield from pipeline.analyze_many(documents)


def open_store(path: str | Path):
    """Open (and migrate) the embedded SQLite store at ``path``."""
    from .store.sqlite import SQLiteStore

    return SQLiteStore(path)
