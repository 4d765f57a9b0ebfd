"""Stored events out to people and other tools: a readable table, CSV, JSON Lines, GDELT 2.0 TSV.

Every writer takes :class:`~lagebild.store.events.EventRow` objects (what
``store.events.events`` returns) and a text stream, so the CLI prints by
passing ``sys.stdout`` and a test passes ``io.StringIO``.

Example: ``write_events(events(store, root="14"), "gdelt", sys.stdout)``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TextIO

from ..store.events import EventRow
from .gdelt import write_gdelt
from .labels import cameo_label
from .records import write_csv, write_jsonl
from .table import write_table

FORMATS = ("table", "csv", "json", "gdelt")

_WRITERS: dict[str, Callable[..., int]] = {"table": write_table, "csv": write_csv, "json": write_jsonl}


def write_events(rows: Iterable[EventRow], fmt: str, out: TextIO, *,
                 label: Callable[[str], str] = cameo_label) -> int:
    """Write ``rows`` in format ``fmt`` (one of :data:`FORMATS`); returns how many events were written."""
    if fmt == "gdelt":
        return write_gdelt(rows, out)
    if fmt not in _WRITERS:
        raise ValueError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")
    return _WRITERS[fmt](rows, out, label=label)


__all__ = ["FORMATS", "cameo_label", "write_csv", "write_events", "write_gdelt", "write_jsonl", "write_table"]
