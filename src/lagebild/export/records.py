"""Machine-readable exports that keep every stored field: CSV with a header, and JSON Lines.

Both carry the same columns as :class:`~lagebild.store.events.EventRow`, plus
``cameo_label`` right after ``cameo`` so a spreadsheet is readable without the
code book. CSV writes a missing value as an empty cell, JSON as ``null``.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable
from dataclasses import asdict, fields
from typing import Any, TextIO

from ..store.events import EventRow

COLUMNS: tuple[str, ...] = tuple(
    name for f in fields(EventRow) for name in ((f.name, "cameo_label") if f.name == "cameo" else (f.name,)))


def _record(row: EventRow, label: Callable[[str], str]) -> dict[str, Any]:
    data = asdict(row)
    data["cameo_label"] = label(row.cameo)
    return {name: data[name] for name in COLUMNS}


def write_csv(rows: Iterable[EventRow], out: TextIO, *, label: Callable[[str], str]) -> int:
    """A header line, then one line per event (RFC 4180 quoting, ``\\n`` line ends)."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(_record(row, label))
        count += 1
    return count


def write_jsonl(rows: Iterable[EventRow], out: TextIO, *, label: Callable[[str], str]) -> int:
    """One JSON object per line, UTF-8 text kept as is (no ``\\u`` escapes for umlauts)."""
    count = 0
    for row in rows:
        out.write(json.dumps(_record(row, label), ensure_ascii=False) + "\n")
        count += 1
    return count
