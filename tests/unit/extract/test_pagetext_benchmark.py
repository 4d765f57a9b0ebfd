"""Accuracy floor on real pages: the article-extraction benchmark's HTML, flattened like a browser copy.

Each page is turned into page text (block elements on their own lines, scripts
and styles dropped), extracted with :func:`extract_pagetext`, and scored with
the benchmark's shingle metric (4-token tuples, per-page normalised tp/fp/fn,
mean precision and recall). Copying the whole page with no extraction scores
F1 0.64 (precision 0.47); the floors below guard what the furniture rules add.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from pathlib import Path

import lxml.html

from lagebild.errors import NoArticleText
from lagebild.extract.pagetext import extract_pagetext
from lagebild.model import RawDocument

F1_FLOOR = 0.86
PRECISION_FLOOR = 0.83
GERMAN_F1_FLOOR = 0.88
_BLOCK_TAGS = frozenset("p div br h1 h2 h3 h4 h5 h6 li ul ol section article header footer nav aside figure "
                        "figcaption blockquote table tr td th main form pre dd dt dl hr address time button".split())
_DROP = "//script|//style|//noscript|//template|//svg|//head|//iframe"
_TOKEN = re.compile(r"\w+")
_BLANKS = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")


def flatten(html: str) -> str:
    """Page text as a browser copy gives it: each block element on its own line."""
    root = lxml.html.fromstring(html)
    for node in root.xpath(_DROP):
        node.drop_tree()
    out: list[str] = []

    def walk(node) -> None:
        block = isinstance(node.tag, str) and node.tag in _BLOCK_TAGS
        out.append("\n" if block else "")
        out.append(node.text or "")
        for child in node:
            walk(child)
        out.append("\n" if block else "")
        out.append(node.tail or "")

    walk(root)
    return _BLANKS.sub("\n\n", "".join(out))


def _shingles(text: str) -> Counter:
    tokens = _TOKEN.findall(text)
    return Counter(tuple(tokens[i:i + 4]) for i in range(len(tokens) - 3))


def _score(predicted: str, expected: str) -> tuple[float, float, float]:
    pred, true = _shingles(predicted), _shingles(expected)
    tp, fp, fn = sum((pred & true).values()), sum((pred - true).values()), sum((true - pred).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (1.0, 0.0, 0.0)


def english_scores(shared: Path) -> tuple[float, float, float]:
    """F1, precision, recall of the shingle metric over the benchmark's 181 pages."""
    folder = shared / "data" / "article-extraction-benchmark"
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    scores = []
    for key, item in truth.items():
        html = gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8", "replace")
        scores.append(_score(_body(key, flatten(html)), item["articleBody"]))
    precisions = [tp / (tp + fp) for tp, fp, _ in scores if tp + fp > 0]
    recalls = [tp / (tp + fn) for tp, _, fn in scores if tp + fn > 0]
    precision, recall = sum(precisions) / len(precisions), sum(recalls) / len(recalls)
    return 2 * precision * recall / (precision + recall), precision, recall


def german_scores(shared: Path) -> tuple[float, float, float]:
    """F1, precision, recall of the must / must-not snippets over 157 German news pages (micro-averaged)."""
    folder = shared / "data" / "german-news-html"
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    found = missed = leaked = 0
    for url, item in truth.items():
        html = gzip.decompress((folder / "html" / item["file"]).read_bytes()).decode("utf-8", "replace")
        text = " ".join(_body(url, flatten(html)).split())
        hits = [" ".join(s.split()) in text for s in item.get("with", [])]
        found, missed = found + sum(hits), missed + len(hits) - sum(hits)
        leaked += sum(" ".join(s.split()) in text for s in item.get("without", []))
    precision, recall = found / (found + leaked), found / (found + missed)
    return 2 * precision * recall / (precision + recall), precision, recall


def _body(source: str, text: str) -> str:
    try:
        return extract_pagetext(RawDocument(source, text, "text")).text
    except NoArticleText:
        return ""


def test_flattened_benchmark_pages(shared):
    f1, precision, recall = english_scores(shared)
    assert f1 >= F1_FLOOR and precision >= PRECISION_FLOOR, (f1, precision, recall)


def test_flattened_german_news_pages(shared):
    """All visible text scores F1 0.705 here (the data set's README)."""
    f1, precision, recall = german_scores(shared)
    assert f1 >= GERMAN_F1_FLOOR, (f1, precision, recall)


if __name__ == "__main__":  # print the figures: python tests/unit/extract/test_pagetext_benchmark.py
    import os
    import sys

    here = Path(__file__).resolve()
    shared_dir = Path(os.environ.get("LAGEBILD_SHARED", here.parents[4] / "shared"))
    for name, scorer in (("english (shingles)", english_scores), ("german (snippets)", german_scores)):
        f1, precision, recall = scorer(shared_dir)
        sys.stdout.write(f"{name}: F1 {f1:.3f}  precision {precision:.3f}  recall {recall:.3f}\n")
