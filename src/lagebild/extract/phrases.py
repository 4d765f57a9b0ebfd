"""Phrase lists for HTML extraction, read once from ``extract/data/<lang>/html_*.txt``.

Pages mix languages ("Teilen" beside "Share") and are extracted before their
language is known, so the lists of every language folder are merged; a new
language is a new folder. Example line in ``data/de/html_boilerplate.txt``:
``Mehr zum Thema``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


@cache
def phrases(name: str) -> tuple[str, ...]:
    """Non-comment lines of ``html_<name>.txt`` across all language folders, in folder order."""
    out: list[str] = []
    for folder in sorted(p for p in DATA.iterdir() if p.is_dir()):
        path = folder / f"html_{name}.txt"
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                line = line.strip()
                if line and not line.startswith("#"):
                    out.append(line)
    return tuple(out)
