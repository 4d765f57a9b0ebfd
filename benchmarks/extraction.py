"""Extraction benchmark: lagebild's HTML extractor next to plain trafilatura, in one run.

Two data sets from ``../shared/data`` (relative to the repository root):

* ``article-extraction-benchmark`` (181 pages, mostly English): the shingle
  metric of that benchmark (``\\w+`` tokens, 4-token shingles counted as a
  multiset, per-page tp/fp/fn normalised to sum 1, macro-averaged P and R);
* ``german-news-html`` (157 German pages): snippet metric (a ``with`` snippet
  found is a TP, missing an FN; a ``without`` snippet found is an FP), micro
  P/R/F1, plus publication-day and author accuracy where annotated.

Usage::

    .venv/bin/python benchmarks/extraction.py [--limit 20] [--data ../shared/data]

This is a script that prints figures, not a test; CPU is shared, so compare
speeds only within one run.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import charset_normalizer
import trafilatura

from lagebild.errors import NoArticleText
from lagebild.extract.html import extract_html
from lagebild.model import RawDocument

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data"


@dataclass
class Result:
    """What one extractor returned for one page."""

    text: str = ""
    date: str | None = None
    authors: list[str] = field(default_factory=list)
    failed: bool = False


Extractor = Callable[[str, str, str], Result]


def run_lagebild(html: str, url: str, source: str) -> Result:
    try:
        article = extract_html(RawDocument(source=source, content=html, kind="html", url=url))
    except NoArticleText:
        return Result(failed=True)
    return Result(article.text, article.published, list(article.authors))


def run_trafilatura_body(html: str, url: str, source: str, *, comments: bool = True) -> Result:
    return Result(trafilatura.extract(html, url=url, include_comments=comments) or "")


def run_trafilatura_body_nc(html: str, url: str, source: str) -> Result:
    """Without reader comments: the setting behind the published 0.958/0.960 figures."""
    return run_trafilatura_body(html, url, source, comments=False)


def run_trafilatura_meta(html: str, url: str, source: str, *, comments: bool = True) -> Result:
    """Default settings, but with metadata so date and author can be compared."""
    out = trafilatura.extract(html, url=url, with_metadata=True, output_format="json", include_comments=comments)
    if not out:
        return Result(failed=True)
    data = json.loads(out)
    authors = [a.strip() for a in (data.get("author") or "").split(";") if a.strip()]
    return Result(data.get("text") or "", data.get("date"), authors)


def run_trafilatura_meta_nc(html: str, url: str, source: str) -> Result:
    return run_trafilatura_meta(html, url, source, comments=False)


def decode(data: bytes) -> str:
    """Pages are stored as bytes; both extractors get the same decoded string."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        best = charset_normalizer.from_bytes(data).best()
        return str(best) if best is not None else data.decode("latin-1")


# --- metric (a): shingles -------------------------------------------------------------------------

_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = 4) -> Counter:
    tokens = _WORD.findall(text)
    return Counter(tuple(tokens[i:i + size]) for i in range(max(0, len(tokens) - size + 1)))


def page_scores(truth: str, pred: str) -> tuple[float, float, float]:
    """tp, fp, fn of one page, normalised to sum 1 (all zero for two empty texts)."""
    true_sh, pred_sh = shingles(truth), shingles(pred)
    tp = sum((true_sh & pred_sh).values())
    fp = sum((pred_sh - true_sh).values())
    fn = sum((true_sh - pred_sh).values())
    total = tp + fp + fn
    if total == 0:
        return 0.0, 0.0, 0.0
    return tp / total, fp / total, fn / total


def shingle_prf(pages: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    precisions, recalls = [], []
    for tp, fp, fn in pages:
        if fp == 0 and fn == 0:
            precisions.append(1.0)
            recalls.append(1.0)
            continue
        if tp + fp > 0:
            precisions.append(tp / (tp + fp))
        if tp + fn > 0:
            recalls.append(tp / (tp + fn))
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# --- metric (b): snippets, dates, authors -----------------------------------------------------------

def squash(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def name_set(value: str | list[str] | None) -> set[str]:
    """Author strings as a set of names: 'A und B', 'A, B', 'A; B', ['A', 'B'] all split alike."""
    if not value:
        return set()
    parts = value if isinstance(value, list) else [value]
    names: set[str] = set()
    for part in parts:
        for name in re.split(r"\s*(?:[,;/&]|\bund\b|\band\b)\s*", part):
            name = " ".join(name.split()).casefold()
            if name:
                names.add(name)
    return names


@dataclass
class GermanTally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    dates: int = 0
    dates_right: int = 0
    authored: int = 0
    authors_right: int = 0
    authors_wrong: int = 0
    unauthored: int = 0
    unauthored_returned: int = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def add(self, gold: dict, result: Result) -> None:
        text = squash(result.text)
        for snippet in gold.get("with") or []:
            if squash(snippet) in text:
                self.tp += 1
            else:
                self.fn += 1
        for snippet in gold.get("without") or []:
            if squash(snippet) in text:
                self.fp += 1
        if gold.get("date"):
            self.dates += 1
            self.dates_right += (result.date or "")[:10] == gold["date"]
        author = gold.get("author")
        if author is None:
            return
        predicted = name_set(result.authors)
        if name_set(author):
            self.authored += 1
            if predicted == name_set(author):
                self.authors_right += 1
            elif predicted:
                self.authors_wrong += 1
        else:
            self.unauthored += 1
            self.unauthored_returned += bool(predicted)


# --- runs -----------------------------------------------------------------------------------------

def timed(extractors: list[Extractor], pages: list[tuple[str, str, str]]) -> list[tuple[list[Result], float]]:
    """Each extractor's results and seconds; pages are interleaved so a busy shared CPU slows both alike."""
    results: list[list[Result]] = [[] for _ in extractors]
    seconds = [0.0] * len(extractors)
    for html, url, source in pages:
        for i, extractor in enumerate(extractors):
            start = time.perf_counter()
            results[i].append(extractor(html, url, source))
            seconds[i] += time.perf_counter() - start
    return list(zip(results, seconds, strict=True))


# Plain trafilatura with its defaults (reader comments included), then without comments, then ours.
NAMES = ("trafilatura", "trafilatura-nc", "lagebild")


def bench_shingles(folder: Path, limit: int | None) -> None:
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    items = sorted(truth.items())[:limit]
    pages = [(decode(gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes())), item["url"], key)
             for key, item in items]
    print(f"\n(a) article-extraction-benchmark: {len(pages)} pages, shingle metric (macro P/R)")
    print(f"{'extractor':<14}{'precision':>10}{'recall':>10}{'F1':>8}{'pages/s':>10}{'empty':>7}")
    runs = timed([run_trafilatura_body, run_trafilatura_body_nc, run_lagebild], pages)
    for name, (results, seconds) in zip(NAMES, runs, strict=True):
        scores = [page_scores(item["articleBody"], res.text) for (_, item), res in zip(items, results, strict=True)]
        p, r, f = shingle_prf(scores)
        empty = sum(not res.text for res in results)
        print(f"{name:<14}{p:>10.3f}{r:>10.3f}{f:>8.3f}{len(pages) / seconds:>10.1f}{empty:>7}")


def bench_german(folder: Path, limit: int | None) -> None:
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    items = sorted(truth.items())[:limit]
    pages = [(decode(gzip.decompress((folder / "html" / item["file"]).read_bytes())), url, item["file"])
             for url, item in items]
    print(f"\n(b) german-news-html: {len(pages)} pages, snippet metric (micro P/R), metadata")
    print(f"{'extractor':<14}{'precision':>10}{'recall':>10}{'F1':>8}{'pages/s':>10}{'empty':>7}"
          f"{'date':>12}{'author ok':>12}{'author wrong':>14}{'author on none':>16}")
    runs = timed([run_trafilatura_meta, run_trafilatura_meta_nc, run_lagebild], pages)
    for name, (results, seconds) in zip(NAMES, runs, strict=True):
        tally = GermanTally()
        for (_, gold), res in zip(items, results, strict=True):
            tally.add(gold, res)
        p, r, f = tally.prf()
        empty = sum(not res.text for res in results)
        print(f"{name:<14}{p:>10.3f}{r:>10.3f}{f:>8.3f}{len(pages) / seconds:>10.1f}{empty:>7}"
              f"{f'{tally.dates_right}/{tally.dates}':>12}"
              f"{f'{tally.authors_right}/{tally.authored}':>12}{f'{tally.authors_wrong}/{tally.authored}':>14}"
              f"{f'{tally.unauthored_returned}/{tally.unauthored}':>16}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder holding the data sets")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages of each set")
    parser.add_argument("--only", choices=("a", "b"), help="run one data set only")
    args = parser.parse_args(argv)
    if args.only != "b":
        bench_shingles(args.data / "article-extraction-benchmark", args.limit)
    if args.only != "a":
        bench_german(args.data / "german-news-html", args.limit)
    print("\nempty: pages without body text (lagebild: NoArticleText). date: exact day / annotated pages."
          "\nauthor ok: same set of names / pages naming an author; wrong: another non-empty answer;"
          "\non none: pages annotated with no author where one was returned (abstaining is right)."
          "\npages/s: extractors interleaved page by page; trafilatura (a) without metadata, (b) with.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
