"""Throughput of the linking stage (mention detection + linking) on 10kGNAD German news.

Sentences and tokens are cut crudely here (regex), so the figure measures the
linker alone, not the segmenter. Prints KB load time, resident memory,
sentences per second on one core, and the most frequent place and actor
mentions (to eyeball false matches).

Example: ``.venv/bin/python benchmarks/linking.py --articles 2000``
"""

from __future__ import annotations

import argparse
import re
import resource
import time
from collections import Counter
from pathlib import Path

from lagebild.kb.lookup import load_kb
from lagebild.link.mentions import link_mentions
from lagebild.model import Article, Sentence, Token
from lagebild.settings import Settings

CORPUS = Path("/work/shared/data/german-news-10kgnad/articles.csv")
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|(?=\n)|$)")
_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")


def crude_article(text: str) -> Article:
    article = Article(text=text, language="de", published="2016-06-01")
    for found in _SENTENCE.finditer(text):
        if found.group().strip():
            tokens = [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, found.start(), found.end())]
            article.sentences.append(Sentence(found.start(), found.end(), tokens))
    return article


def read_corpus(limit: int) -> list[str]:
    """One article per line, ``label;text`` (the text sometimes quoted with ``'``)."""
    texts = []
    with CORPUS.open(encoding="utf-8") as fh:
        for line in fh:
            _, _, text = line.rstrip("\n").partition(";")
            texts.append(text.strip("'"))
            if len(texts) >= limit:
                break
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000, help="how many articles to link")
    parser.add_argument("--top", type=int, default=25, help="how many frequent mentions to list")
    args = parser.parse_args()
    started = time.perf_counter()
    load_kb()
    load_s = time.perf_counter() - started
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    articles = [crude_article(text) for text in read_corpus(args.articles)]
    sentences = sum(len(a.sentences) for a in articles)
    settings = Settings()
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
