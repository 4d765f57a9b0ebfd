"""Readers for the shared real-data corpora that benchmarks and real-data tests run on.

Each returns :class:`RawDocument` records as a user's input would arrive, so
one reader serves every benchmark and test instead of a CSV loop in each.
Example: ``read_10kgnad(Path("../shared"))[0].source`` → ``"10kgnad:0"``.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from ..model import RawDocument

GNAD = Path("data") / "german-news-10kgnad" / "articles.csv"
WIKINEWS = Path("data") / "english-news-wikinews"


def read_10kgnad(shared: Path, *, limit: int | None = None) -> list[RawDocument]:
    """The 1,006 derStandard articles of 10kGNAD (teaser + body, no title or date) as plain text."""
    csv.field_size_limit(sys.maxsize)
    with (shared / GNAD).open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";", quotechar="'"))[:limit]
    return [RawDocument(source=f"10kgnad:{i}", content=text, kind="text") for i, (_label, text) in enumerate(rows)]


def read_wikinews(shared: Path, *, limit: int | None = None) -> list[RawDocument]:
    """The 295 English Wikinews articles of 2019–2020, with their URL and publication day."""
    docs = []
    for path in sorted((shared / WIKINEWS).glob("wikinews_*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            docs += [RawDocument(source=row["url"], content=row["text"], kind="text", url=row["url"],
                                 published=row["date"]) for row in csv.DictReader(fh)]
    return docs[:limit]
