"""A table for people at a terminal: one line per event, the columns a reader scans first.

``date  source  cameo  target  mode  trigger  article`` — the CAMEO code with
its label ("111 Criticize or denounce"), names rather than ids, and the full
article id so ``lagebild show <id>`` opens the article. Long cells are cut
with "…" so a line stays readable; the CSV and JSON exports keep everything.

Example line::

    2019-04-25  Russia  138 Threaten with military force  Ukraine  threatened  drohte  3f9a0c1d2e4b5a69
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TextIO

from ..store.events import EventRow

HEADER = ("date", "source", "event", "target", "mode", "trigger", "article")
# Widest a column may grow before its cells are cut; the article id is never cut.
MAX_WIDTH = (10, 24, 36, 24, 12, 20, 16)
UNKNOWN = "?"  # an event with neither an actor id nor a name on that side
UNDATED = "-"


def table_cells(row: EventRow, *, label: Callable[[str], str]) -> tuple[str, ...]:
    event = f"{row.cameo} {label(row.cameo)}".strip()
    return (row.day or UNDATED, _actor(row.source_name, row.source), event,
            _actor(row.target_name, row.target), row.mode, row.trigger_text, row.article_id)


def write_table(rows: Iterable[EventRow], out: TextIO, *, label: Callable[[str], str]) -> int:
    """Header and aligned rows (all rows are read first to size the columns); returns the row count."""
    lines = [tuple(_cut(_one_line(cell), limit)
                   for cell, limit in zip(table_cells(row, label=label), MAX_WIDTH, strict=True))
             for row in rows]
    if not lines:
        return 0
    widths = [max(len(cell) for cell in column) for column in zip(HEADER, *lines, strict=True)]
    for cells in (HEADER, *lines):
        out.write("  ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True)).rstrip() + "\n")
    return len(lines)


def _actor(name: str | None, actor_id: str | None) -> str:
    return name or actor_id or UNKNOWN


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"
