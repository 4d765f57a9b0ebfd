"""Throughput of sentence splitting + tokenisation on real German news (one core).

Reads the 10kGNAD test split (``;``-separated, ``'`` as quote character, column
``text``), segments every article a few times and prints sentences/s, tokens/s
and articles/s. Language detection is timed separately.

Run: ``.venv/bin/python benchmarks/segmentation.py [--rounds 3] [--csv PATH]``
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

from lagebild.language.detect import identify
from lagebild.language.segment import segment_sentences
from lagebild.model import Article
from lagebild.settings import Settings

DEFAULT_CSV = Path(__file__).resolve().parents[2] / "shared/data/german-news-10kgnad/articles.csv"


def read_texts(path: Path) -> list[str]:
    csv.field_size_limit(sys.maxsize)
    with open(path, newline="", encoding="utf-8") as fh:
        rows = csv.reader(fh, delimiter=";", quotechar="'")
        return [row[1] for row in rows if len(row) >= 2 and row[1].strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV, help="10kGNAD-style articles.csv")
    parser.add_argument("--rounds", type=int, default=3, help="passes over the corpus; the best one counts")
    args = parser.parse_args()
    texts = read_texts(args.csv)
    settings = Settings()
    segment_sentences(Article(text="Warm. Up.", language="de"), settings)  # compile the patterns

    best = None
    for _ in range(args.rounds):
        articles = [Article(text=text, language="de") for text in texts]
        started = time.perf_counter()
        for article in articles:
            segment_sentences(article, settings)
        elapsed = time.perf_counter() - started
        best = elapsed if best is None else min(best, elapsed)
    sentences = sum(len(a.sentences) for a in articles)
    tokens = sum(len(s.tokens) for a in articles for s in a.sentences)
    print(f"segmentation: {len(texts)} articles, {sentences} sentences, {tokens} tokens in {best:.3f} s")
    print(f"  {sentences / best:,.0f} sentences/s  {tokens / best:,.0f} tokens/s  "
          f"{len(texts) / best:,.0f} articles/s")

    identify("Warm up the model with one call.", default="de")
    started = time.perf_counter()
    for text in texts:
        identify(text, default="de")
    elapsed = time.perf_counter() - started
    print(f"language detection: {len(texts) / elapsed:,.0f} articles/s ({elapsed / len(texts) * 1000:.2f} ms each)")


if __name__ == "__main__":
    main()
