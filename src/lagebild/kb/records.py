"""What the knowledge base holds per actor and per place (read-only, shared by all articles)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True, eq=False)
class KBActor:
    id: str
    name: str
    type: str
    country: str | None
    cameo: str | None
    codes: tuple[tuple[str, str | None, str | None], ...]
    # (role, title, holder, start, end): holder is an ISO alpha-3 code or an IGO's CAMEO code.
    roles: tuple[tuple[str, str, str, str | None, str | None], ...]


@dataclass(slots=True, eq=False)
class KBPlace:
    id: str
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    population: int
    feature: str
    capital: bool
