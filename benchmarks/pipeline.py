"""Whole-pipeline throughput on real German news: articles per second per core, peak memory, time per stage.

Runs every 10kGNAD article (plain text, teaser + body) through extraction and
every analysis stage in one process (one core), and reports CPU time so a busy
machine skews the figure less than wall time would. The per-stage table is the
profile that says where the time goes.

    python benchmarks/pipeline.py [--limit N] [--rounds 2]
"""

from __future__ import annotations

import argparse
import resource
import time
from dataclasses import replace
from pathlib import Path

from lagebild import Pipeline, load_settings
from lagebild.evaluate.corpora import read_10kgnad
from lagebild.extract import extract_article
from lagebild.pipeline import STAGES

REPO = Path(__file__).resolve().parent.parent


def timed(fn, name: str, totals: dict[str, float]):
    def run(*args):
        start = time.process_time()
        try:
            return fn(*args)
        finally:
            totals[name] = totals.get(name, 0.0) + time.process_time() - start
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--rounds", type=int, default=2, help="the first round also warms caches; best is reported")
    args = parser.parse_args()

    raws = read_10kgnad(args.shared, limit=args.limit)
    start = time.process_time()
    settings = load_settings()  # LAGEBILD_* variables apply, e.g. LAGEBILD_NER_MODEL=off
    Pipeline(settings).analyze(raws[0])  # loads the knowledge base, lexicons and models once
    startup = time.process_time() - start

    best = None
    for _ in range(args.rounds):
        totals: dict[str, float] = {}
        stages = tuple(replace(s, run=timed(s.run, s.name, totals)) for s in STAGES)
        pipeline = Pipeline(settings, stages=stages)
        extract = timed(extract_article, "extract", totals)
        counts = {"sentences": 0, "events": 0, "mentions": 0}
        start = time.process_time()
        for raw in raws:
            article = extract(raw)
            for stage in pipeline.stages:
                article = stage.run(article, pipeline.settings)
            counts["sentences"] += len(article.sentences)
            counts["events"] += len(article.events)
            counts["mentions"] += len(article.mentions)
        elapsed = time.process_time() - start
        if best is None or elapsed < best[0]:
            best = (elapsed, totals, counts)

    elapsed, totals, counts = best
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"10kGNAD: {len(raws)} German articles, {counts['sentences']} sentences, "
          f"{counts['mentions']} mentions, {counts['events']} events")
    print(f"start-up (first article, loads resources): {startup:.2f} s CPU")
    print(f"throughput: {len(raws) / elapsed:.1f} articles/s per core ({elapsed:.2f} s CPU, best of {args.rounds})")
    print(f"peak memory: {peak_mb:.0f} MB resident")
    print(f"{'stage':<12} {'CPU s':>8} {'share':>7} {'ms/article':>11}")
    for name, seconds in sorted(totals.items(), key=lambda kv: -kv[1]):
        print(f"{name:<12} {seconds:8.2f} {seconds / elapsed:7.1%} {1000 * seconds / len(raws):11.2f}")


if __name__ == "__main__":
    main()
