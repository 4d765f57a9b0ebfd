"""Reader for the PETRARCH/Phoenix actor dictionaries (``Phoenix.Countries.actors.txt``).

Only what the knowledge base needs: each record's phrases and its date-bounded
CAMEO codes. A record looks like::

    VLADIMIR_PUTIN_  # CountryInfo.txt
    +PUTIN_
    \t[RUSGOV >080508]
    \t[RUSELI]

Dates are ``YYMMDD`` or ``YYYYMMDD``; ``<d`` means up to ``d``, ``>d`` from
``d`` on, ``d1-d2`` between (inclusive). Output dates are ISO strings or ``None``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

_CODE = re.compile(r"\[([A-Z0-9~]+)(?:\s+([<>]?)(\d{6,8})(?:-(\d{6,8}))?)?\]")


@dataclass
class PhoenixRecord:
    phrases: list[str] = field(default_factory=list)
    # (code, start, end); start/end None when open.
    codes: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    default: str | None = None


def iso_date(raw: str) -> str:
    """``080508`` → ``2008-05-08``; two-digit years above 30 are 19xx (the files start in the 1950s)."""
    if len(raw) == 6:
        year = int(raw[:2])
        raw = ("19" if year > 30 else "20") + raw
    month, day = raw[4:6], raw[6:8]
    # Some entries carry a malformed date ("2004017"); clamp to a valid calendar day.
    month = month if "01" <= month <= "12" else "01"
    day = day if "01" <= day <= "31" else "01"
    return f"{raw[:4]}-{month}-{day}"


def _phrase(text: str) -> str:
    return " ".join(text.replace("_", " ").split())


def read_records(path: Path) -> list[PhoenixRecord]:
    """Parse one actor dictionary into records (comments and blank lines skipped)."""
    records: list[PhoenixRecord] = []
    current: PhoenixRecord | None = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if line.startswith(("\t", " ")) and line.strip().startswith("["):
            if current is None:
                continue
            for code, op, first, second in _CODE.findall(line):
                if not first:
                    current.default = code
                elif second:
                    current.codes.append((code, iso_date(first), iso_date(second)))
                elif op == "<":
                    current.codes.append((code, None, iso_date(first)))
                else:
                    current.codes.append((code, iso_date(first), None))
            continue
        if line.startswith("+"):
            if current is not None:
                current.phrases.append(_phrase(line[1:].split("[", 1)[0]))
            continue
        current = PhoenixRecord()
        records.append(current)
        head, _, rest = line.partition("[")
        current.phrases.append(_phrase(head))
        if rest:
            match = _CODE.match("[" + rest)
            if match:
                current.default = match.group(1)
    return records
