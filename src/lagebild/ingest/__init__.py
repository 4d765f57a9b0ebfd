"""Sources → RawDocument (placeholder until the ingest work lands)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from ..errors import InputNotFound, LagebildError
from ..model import RawDocument
from ..settings import IngestSettings


def expand_paths(paths: Sequence[str]) -> list[str]:
    out = []
    for name in paths:
        path = Path(name)
        out += [str(p) for p in sorted(path.rglob("*")) if p.is_file()] if path.is_dir() else [name]
    return out


def iter_documents(paths: Sequence[str], *, settings: IngestSettings) -> Iterator[RawDocument | LagebildError]:
    for name in paths:
        path = Path(name)
        if not path.exists():
            yield InputNotFound(name, "no such file or directory")
            continue
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            kind = "html" if file.suffix in {".html", ".htm"} else "text"
            yield RawDocument(source=str(file), content=file.read_text(encoding="utf-8"), kind=kind)
