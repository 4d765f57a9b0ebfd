"""Throughput of the linking stage (mention detection + linking) on 10kGNAD German news.

Sentences and tokens come from the real segmenter beforehand, so the figure
measures the linker alone (known names, roles, unknown-name tagger). Prints KB load time, resident memory,
sentences per second on one core, and the most frequent place and actor
mentions (to eyeball false matches).

Example: ``.venv/bin/python benchmarks/linking.py --articles 500``
"""

from __future__ import annotations

import argparse
import resource
import time
from collections import Counter
from pathlib import Path

from lagebild.evaluate.corpora import read_10kgnad
from lagebild.kb.lookup import load_kb
from lagebild.language.segment import segment_sentences
from lagebild.link.mentions import link_mentions
from lagebild.model import Article, RawDocument
from lagebild.settings import Settings

REPO = Path(__file__).resolve().parent.parent


def segmented(raw: RawDocument, settings: Settings) -> Article:
    article = Article(text=raw.content, language="de", published="2016-06-01")
    return segment_sentences(article, settings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--articles", type=int, default=None, help="how many articles to link (default: all)")
    parser.add_argument("--top", type=int, default=25, help="how many frequent mentions to list")
    args = parser.parse_args()
    started = time.perf_counter()
    load_kb()
    load_s = time.perf_counter() - started
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    settings = Settings()
    articles = [segmented(raw, settings) for raw in read_10kgnad(args.shared, limit=args.articles)]
    sentences = sum(len(a.sentences) for a in articles)
    started = time.process_time()
    for article in articles:
        link_mentions(article, settings)
    cpu_s = time.process_time() - started
    places: Counter[str] = Counter()
    actors: Counter[str] = Counter()
    for article in articles:
        for mention in article.mentions:
            if mention.place and not mention.actor:
                places[mention.text] += 1
            elif mention.actor:
                actors[f"{mention.text} → {mention.actor}"] += 1
    mentions = sum(len(a.mentions) for a in articles)
    print(f"kb load {load_s:.2f} s, max resident {rss_mb:.0f} MB after load, "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB at end")
    print(f"{len(articles)} articles, {sentences} sentences, {mentions} mentions in {cpu_s:.2f} s CPU: "
          f"{sentences / cpu_s:,.0f} sentences/s on one core")
    print("top places:", ", ".join(f"{k} {v}" for k, v in places.most_common(args.top)))
    print("top actors:", ", ".join(f"{k} {v}" for k, v in actors.most_common(args.top)))


if __name__ == "__main__":
    main()
