"""Unknown-name tagging on real German news: tagger tokens/s, added time per article, what it finds.

Runs the 10kGNAD articles (plain text) through language, sentences and
known-name linking with the tagger off, then times the unknown-name step
(:func:`lagebild.link.unknown.unknown_mentions`: cheap candidate pass, then the
tagger on the sentences with candidates) per article, and the bare tagger over
every sentence for its tokens/s. CPU time, one core.

    .venv/bin/python benchmarks/ner.py [--limit N] [--show 30]
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

from lagebild.evaluate.corpora import read_10kgnad
from lagebild.extract import extract_article
from lagebild.language.detect import detect_language
from lagebild.language.segment import segment_sentences
from lagebild.link import link_mentions
from lagebild.link.mentions import kb_for
from lagebild.link.unknown import _covered, candidates, tagger_for, unknown_mentions
from lagebild.settings import NERSettings, Settings

REPO = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--show", type=int, default=30, help="print this many found names, at random")
    args = parser.parse_args()
    off = replace(Settings(), ner=NERSettings(model="off"))
    kb = kb_for(off)
    tagger = tagger_for(Settings(), "de")
    articles = []
    known_time = 0.0
    for raw in read_10kgnad(args.shared, limit=args.limit):
        article = extract_article(raw)
        article = segment_sentences(detect_language(article, off), off)
        if article.language != "de":
            continue
        start = time.process_time()
        article = link_mentions(article, off)
        known_time += time.process_time() - start
        articles.append(article)
    n = len(articles)
    tokens = sum(len(s.tokens) for a in articles for s in a.sentences)
    sentences = sum(len(a.sentences) for a in articles)

    # The unknown-name step as the pipeline runs it.
    found = []
    start = time.process_time()
    for article in articles:
        found.append(unknown_mentions(article, article.mentions, tagger, kb))
    unknown_time = time.process_time() - start

    # How many sentences the cheap pass sends to the tagger.
    tagged_sentences = tagged_tokens = 0
    for article in articles:
        by_sentence: dict[int, list] = {}
        for m in article.mentions:
            by_sentence.setdefault(m.sentence, []).append(m)
        for index, sent in enumerate(article.sentences):
            if sent.tokens and candidates(sent.tokens, _covered(sent.tokens, by_sentence.get(index, ())), tagger):
                tagged_sentences += 1
                tagged_tokens += len(sent.tokens)

    # The bare tagger over every sentence.
    start = time.process_time()
    for article in articles:
        for sent in article.sentences:
            tagger.tag_scored([t.text for t in sent.tokens])
    tagger_time = time.process_time() - start

    names = [m for ms in found for m in ms]
    print(f"{n} German articles, {sentences} sentences, {tokens} tokens ({tokens / n:.0f} per article)")
    print(f"tagger alone, every sentence: {tokens / tagger_time:,.0f} tokens/s "
          f"({1000 * tagger_time / n:.1f} ms per article)")
    print(f"cheap pass sends {tagged_sentences / sentences:.0%} of sentences "
          f"({tagged_tokens / tokens:.0%} of tokens) to the tagger")
    print(f"known-name linking: {1000 * known_time / n:.1f} ms per article")
    print(f"unknown-name step: {1000 * unknown_time / n:.1f} ms per article added "
          f"({n / unknown_time:.0f} articles/s for this step alone)")
    print(f"found {len(names)} unknown names ({len(names) / n:.1f} per article; known-name mentions "
          f"{sum(len(a.mentions) for a in articles) / n:.1f}): {dict(Counter(m.type for m in names))}")
    rng = random.Random(0)
    for m in rng.sample(names, min(args.show, len(names))):
        print(f"  {m.type:5} {m.text}")


if __name__ == "__main__":
    main()
