"""CAMEO codes with their Goldstein weight, PLOVER type and quad class, loaded once.

The table is compiled by ``scripts/build_ontology.py`` from the shared CAMEO and
PLOVER files into ``data/ontology.json``; nothing here reads ``../shared``.
A leaf code without its own Goldstein weight takes its parent's, and quad class
follows the CAMEO root as GDELT assigns it.

Example: ``describe("0311")`` → ``CodeInfo(code="0311", root="03", plover="AGREE",
goldstein=5.2, quad_class=1, label="Express intent to cooperate economically")``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..errors import PipelineConfigError

# Roots 01–05 verbal cooperation, 06–08 material cooperation, 09–13 verbal conflict, 14–20 material conflict.
_QUAD = {**dict.fromkeys(range(1, 6), 1), **dict.fromkeys(range(6, 9), 2),
         **dict.fromkeys(range(9, 14), 3), **dict.fromkeys(range(14, 21), 4)}


@dataclass(frozen=True)
class CodeInfo:
    code: str
    root: str
    label: str
    plover: str | None
    goldstein: float | None
    quad_class: int


@lru_cache(maxsize=1)
def _table() -> dict:
    text = resources.files("lagebild.events").joinpath("data/ontology.json").read_text(encoding="utf-8")
    return json.loads(text)


def _codes() -> dict[str, dict]:
    return _table()["codes"]


def state_id(alpha2: str | None) -> str | None:
    """A place's ISO alpha-2 country as a state actor id: ``"UA"`` → ``"iso:UKR"``."""
    alpha3 = _table().get("countries", {}).get((alpha2 or "").upper())
    return f"iso:{alpha3}" if alpha3 else None


def known(code: str) -> bool:
    return code in _codes()


@lru_cache(maxsize=512)
def describe(code: str) -> CodeInfo:
    """Everything the contract wants beside a CAMEO code; unknown codes are a configuration error."""
    codes = _codes()
    entry = codes.get(code)
    if entry is None:
        raise PipelineConfigError(f"unknown CAMEO event code {code!r} (see events/data/ontology.json)")
    goldstein = entry.get("goldstein")
    for parent in (code[:3], code[:2]):
        if goldstein is None and parent in codes:
            goldstein = codes[parent].get("goldstein")
    return CodeInfo(code=code, root=code[:2], label=entry.get("label", ""), plover=entry.get("plover"),
                    goldstein=goldstein, quad_class=_QUAD[int(code[:2])])


def all_codes() -> list[str]:
    return sorted(_codes())
