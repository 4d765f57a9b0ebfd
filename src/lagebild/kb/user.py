"""User-supplied actors: a plain TSV read at load time, so no rebuild is needed.

Columns (header line required, ``#`` lines are comments, empty cells allowed)::

    name	aliases	type	country	cameo	role	title	start	end	id
    Erika Musterfrau	Musterfrau|Bürgermeisterin Musterfrau	PER	DEU	DEUGOV	head_of_government	mayor	2021-05-01		kb:erika-musterfrau

``aliases`` are extra names (``|``-separated); ``type`` is PER, ORG or GPE;
``role`` one of head_of_state, head_of_government, foreign_minister (or any
word, kept as the role); ``id`` defaults to ``user:<slug of name>``.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from pathlib import Path

from ..errors import PipelineConfigError
from .records import KBActor

COLUMNS = ("name", "aliases", "type", "country", "cameo", "role", "title", "start", "end", "id")
_TYPES = {"PER", "ORG", "GPE", "GROUP"}


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def read_user_actors(path: Path) -> list[tuple[KBActor, list[str]]]:
    """Each row → (actor, names to match). Rows sharing a name become one actor with several terms."""
    if not path.is_file():
        raise PipelineConfigError(f"user actors file {str(path)!r} not found (setting kb.user_actors / "
                                  "LAGEBILD_KB_USER_ACTORS): give the path of a TSV file, see docs/kb.md")
    lines = [line for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    if rows and "name" not in rows[0]:
        raise PipelineConfigError(f"{path}: the first line must be the header {' '.join(COLUMNS)}")
    grouped: dict[str, list[dict[str, str]]] = {}
    for number, row in enumerate(rows, start=2):
        name = (row.get("name") or "").strip()
        kind = (row.get("type") or "PER").strip().upper()
        if not name or kind not in _TYPES:
            raise PipelineConfigError(f"{path}, row {number}: needs a name and a type among {sorted(_TYPES)}")
        grouped.setdefault(name, []).append(row)
    out = []
    for name, group in grouped.items():
        first = group[0]
        country = (first.get("country") or "").strip().upper() or None
        cameo = (first.get("cameo") or "").strip() or None
        codes, roles, names = [], [], [name]
        for row in group:
            names += [a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()]
            start, end = (row.get("start") or "").strip() or None, (row.get("end") or "").strip() or None
            if (row.get("role") or "").strip():
                holder = country or cameo or ""
                roles.append((row["role"].strip(), (row.get("title") or row["role"]).strip().lower(),
                              holder, start, end))
            if cameo and (start or end):
                codes.append((cameo, start, end))
        actor = KBActor((first.get("id") or "").strip() or f"user:{_slug(name)}", name,
                        (first.get("type") or "PER").strip().upper(), country, cameo, tuple(codes), tuple(roles))
        out.append((actor, list(dict.fromkeys(names))))
    return out
