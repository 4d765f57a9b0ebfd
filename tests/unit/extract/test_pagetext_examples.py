"""The bundled examples/articles/ (what `make run` ingests) extract cleanly: a body, no page furniture."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lagebild.extract.pagetext import extract_pagetext
from lagebild.model import RawDocument

EXAMPLES = Path(__file__).resolve().parents[3] / "examples" / "articles"
FURNITURE = ("zum Hauptinhalt", "Skip to main content", "Zur Startseite", "Mehr zum Thema", "Teilen",
             "Reporting by", "Foto:", "Artikel kommentieren")


def _documents() -> list[RawDocument]:
    docs = [RawDocument(p.name, p.read_text(encoding="utf-8"), "text") for p in sorted(EXAMPLES.glob("*.txt"))]
    for n, line in enumerate((EXAMPLES / "feed.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        record = json.loads(line)
        docs.append(RawDocument(f"feed.jsonl:{n}", record["text"], "text", url=record["url"],
                                published=record["published"]))
    return docs


def test_examples_are_there():
    assert 6 <= len(list(EXAMPLES.glob("*.*"))) - 1 <= 8  # README.md aside
    assert len(_documents()) >= 7


@pytest.mark.parametrize("raw", _documents(), ids=lambda raw: raw.source)
def test_example_extracts_without_furniture(raw):
    article = extract_pagetext(raw)
    assert len(article.text) > 400
    assert not any(cue in article.text for cue in FURNITURE)
    assert article.published is not None or raw.source.startswith(("kommentar", "osze"))
