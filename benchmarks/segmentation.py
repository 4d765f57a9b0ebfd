"""Throughput of sentence splitting + tokenisation on real German news (one core).

Reads the 10kGNAD test split (``;``-separated, ``'`` as quote character, column
``text``), segments every article a few times and prints sentences/s, tokens/s
and articles/s per CPU second of this process (``time.process_time``, so other
jobs on a shared machine do not skew the figure; wall-clock time is printed
too). Language detection is timed separately.

By default each article is dropped after counting, as in a streaming
``analyze_many`` run; ``--keep`` holds all of them, which mostly measures the
garbage collector walking ~400k live tokens.

Run: ``.venv/bin/python benchmarks/segmentation.py [--rounds 3] [--keep] [--csv PATH]``
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from lagebild.evaluate.corpora import read_10kgnad
from lagebild.language.detect import identify
from lagebild.language.segment import segment_sentences
from lagebild.model import Article
from lagebild.settings import Settings

REPO = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--rounds", type=int, default=3, help="passes over the corpus; the best one counts")
    parser.add_argument("--keep", action="store_true",
                        help="keep every segmented article in memory (slower: the garbage collector "
                             "walks ~400k live tokens)")
    args = parser.parse_args()
    texts = [raw.content for raw in read_10kgnad(args.shared)]
    settings = Settings()
    segment_sentences(Article(text="Warm. Up.", language="de"), settings)  # compile the patterns

    best = wall = None
    for _ in range(args.rounds):
        kept = []
        sentences = tokens = 0
        started, started_wall = time.process_time(), time.perf_counter()
        for text in texts:
            article = segment_sentences(Article(text=text, language="de"), settings)
            sentences += len(article.sentences)
            tokens += sum(len(sent.tokens) for sent in article.sentences)
            if args.keep:
                kept.append(article)
        elapsed, elapsed_wall = time.process_time() - started, time.perf_counter() - started_wall
        best = elapsed if best is None else min(best, elapsed)
        wall = elapsed_wall if wall is None else min(wall, elapsed_wall)
    mode = "all articles kept in memory" if args.keep else "streaming, each article dropped after use"
    print(f"segmentation ({mode}): {len(texts)} articles, {sentences} sentences, {tokens} tokens "
          f"in {best:.3f} CPU s ({wall:.3f} s wall), best of {args.rounds}")
    print(f"  {sentences / best:,.0f} sentences/s  {tokens / best:,.0f} tokens/s  "
          f"{len(texts) / best:,.0f} articles/s")

    identify("Warm up the model with one call.", default="de")
    started = time.process_time()
    for text in texts:
        identify(text, default="de")
    elapsed = time.process_time() - started
    print(f"language detection: {len(texts) / elapsed:,.0f} articles/s ({elapsed / len(texts) * 1000:.2f} ms each)")


if __name__ == "__main__":
    main()
