"""Every page and article of the shared real data sets goes through the pipeline without an error.

Each analysed article must also satisfy the contract's invariants (valid JSON
schema, exact sentence offsets), so a regression anywhere in extraction or
segmentation on real news shows up here.
"""

from __future__ import annotations

import json
import re

import pytest

from lagebild import Pipeline, RawDocument
from lagebild.errors import NoArticleText
from lagebild.evaluate.corpora import read_10kgnad, read_wikinews
from lagebild.ingest import iter_documents
from lagebild.settings import IngestSettings


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _check(article, validator):
    data = article.to_dict()
    errors = sorted(validator.iter_errors(data), key=str)
    assert not errors, errors[0].message
    assert article.text.strip()
    for sent in article.sentences:
        span = article.text[sent.start:sent.end]
        assert span and span == span.strip()


def _has_no_article(raw) -> bool:
    """A record with fewer than five words (e.g. a Wikinews stub holding only its date line) has no article."""
    return len(re.findall(r"\w+", raw.content)) < 5


def _run_all(pipeline, raws, validator):
    failures = []
    for raw in raws:
        try:
            article = pipeline.analyze(raw)
        except NoArticleText as exc:
            if not _has_no_article(raw):
                failures.append(f"{raw.source}: {exc!r}"[:300])
            continue
        except Exception as exc:  # collect all, report together
            failures.append(f"{raw.source}: {exc!r}"[:300])
            continue
        try:
            _check(article, validator)
        except AssertionError as exc:
            failures.append(f"{raw.source}: {exc}"[:300])
    assert not failures, f"{len(failures)} failed:\n" + "\n".join(failures[:20])


def _html_pages(folder):
    """Through the real reader, so the pages' own encodings are honoured as for a user."""
    for doc in iter_documents([str(folder)], settings=IngestSettings()):
        assert isinstance(doc, RawDocument), str(doc)
        assert doc.kind == "html"
        yield doc


def test_article_extraction_benchmark_pages(pipeline, shared, article_validator):
    folder = shared / "data" / "article-extraction-benchmark" / "html"
    raws = list(_html_pages(folder))
    assert len(raws) == 181
    _run_all(pipeline, raws, article_validator)


def test_german_news_html_pages(pipeline, shared, article_validator):
    folder = shared / "data" / "german-news-html" / "html"
    raws = list(_html_pages(folder))
    assert len(raws) == 157
    _run_all(pipeline, raws, article_validator)


def test_10kgnad_articles(pipeline, shared, article_validator):
    raws = read_10kgnad(shared)
    assert len(raws) == 1006
    _run_all(pipeline, raws, article_validator)


def test_10kgnad_is_german(pipeline, shared):
    languages = [pipeline.analyze(raw).language for raw in read_10kgnad(shared, limit=200)]
    assert languages.count("de") >= 198


def test_wikinews_articles(pipeline, shared, article_validator):
    raws = read_wikinews(shared)
    assert len(raws) == 295
    _run_all(pipeline, raws, article_validator)
    english = [pipeline.analyze(raw).language for raw in raws[:50]]
    assert english.count("en") == 50


def test_jsonl_of_real_articles_round_trips(tmp_path, shared):
    """Real texts through the JSON Lines reader and the store: stored once, read back equal."""
    from lagebild import analyze_many, open_store

    rows = read_wikinews(shared)[-20:]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"text": r.content, "url": r.url, "published": r.published}) + "\n"
                            for r in rows), encoding="utf-8")
    with open_store(tmp_path / "t.db") as store:
        first = [store.record(o) for o in analyze_many([str(feed)])]
        second = [store.record(o) for o in analyze_many([str(feed)])]
        assert first == ["new"] * len(rows)
        assert second == ["duplicate"] * len(rows)
        outcome = next(iter(analyze_many([str(feed)])))
        assert store.get(outcome.article.id).to_dict() == outcome.article.to_dict()
