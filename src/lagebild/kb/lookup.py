"""The knowledge base at analysis time: loaded once per process, read-only.

:func:`load_kb` reads ``kb/data/kb.json.gz`` (built by :mod:`lagebild.kb.build`)
plus an optional user TSV of extra actors, and caches the result per path.
:class:`KB` answers the questions the linker asks: which entries a name can
be (:attr:`KB.index`), which CAMEO code an actor carried on a date
(:meth:`KB.code_on`), who held an office on a date (:meth:`KB.holders`).

Example: ``load_kb().holders("USA", "president", on="2019-04-26")`` → Donald Trump.
"""

from __future__ import annotations

import gc
import gzip
import json
from functools import lru_cache
from pathlib import Path

from .names import NameEntry, name_pieces
from .records import KBActor, KBPlace
from .user import read_user_actors

DEFAULT_PATH = Path(__file__).parent / "data" / "kb.json.gz"

# Which held roles answer a role word's office; "president" and "chancellor" are titles, the rest roles.
_OFFICE_TITLES = {"president": ("president",), "chancellor": ("chancellor",), "monarch": ("monarch", "king"),
                  "supreme_leader": ("supreme leader",), "secretary_general": ("secretary-general",
                                                                             "secretary general")}


def _within(day: str | None, start: str | None, end: str | None) -> bool:
    """Whether ``day`` (ISO date) falls in [start, end); open ends are unbounded; no day means 'now'."""
    if day is None:
        return end is None
    return (start is None or start <= day) and (end is None or day < end)


class KB:
    def __init__(self, actors: list[KBActor], places: list[KBPlace],
                 names: list[tuple[str, str, list[str]]]) -> None:
        self.actors = actors
        self.places = places
        self.actor_by_id = {actor.id: actor for actor in actors}
        self.place_by_id = {place.id: place for place in places}
        self._alpha3 = {place.country: place.id[4:] for place in places if place.feature == "country"}
        self._governments: dict[str, KBActor] = {}
        self.index: dict[str, list[NameEntry]] = {}
        self._holders: dict[str, list[tuple[KBActor, tuple]]] = {}
        for actor in actors:
            self._add_roles(actor)
        for surface, kind, refs in names:
            self.add_name(surface, kind, [self.target(ref) for ref in refs])
        for entries in self.index.values():
            entries.sort(key=lambda entry: -len(entry.pieces))

    def target(self, ref: str) -> KBActor | KBPlace:
        return self.actors[int(ref[1:])] if ref[0] == "a" else self.places[int(ref[1:])]

    def add_name(self, surface: str, kind: str, targets: list[KBActor | KBPlace]) -> None:
        pieces = name_pieces(surface)
        if not pieces:
            return
        key = tuple(piece.casefold() for piece in pieces)
        entries = self.index.get(key[0])
        if entries is None:
            self.index[key[0]] = entries = []
        entries.append(NameEntry(key, tuple(pieces), kind, targets))

    def add_actor(self, actor: KBActor, names: list[str]) -> None:
        """Add an actor after loading (user TSV): later entries win over built ones of the same id."""
        self.actors.append(actor)
        self.actor_by_id[actor.id] = actor
        self._add_roles(actor)
        for name in names:
            self.add_name(name, "N", [actor])
            self.index[name_pieces(name)[0].casefold()].sort(key=lambda entry: -len(entry.pieces))

    def _add_roles(self, actor: KBActor) -> None:
        for role in actor.roles:
            self._holders.setdefault(role[2], []).append((actor, role))

    def country_of(self, iso2: str | None) -> KBActor | None:
        """The country actor (``iso:KOR``) for an ISO alpha-2 code (``KR``)."""
        return self.actor_by_id.get(f"iso:{self._alpha3.get(iso2 or '', '')}")

    def government_of(self, iso2: str | None) -> KBActor | None:
        """The government of a country as an actor (``kb:gov-usa``, cameo ``USAGOV``), made on first use."""
        iso3 = self._alpha3.get(iso2 or "")
        country = self.actor_by_id.get(f"iso:{iso3}")
        if country is None:
            return None
        if iso3 not in self._governments:
            self._governments[iso3] = KBActor(f"kb:gov-{iso3.lower()}", f"Government of {country.name}", "ORG",
                                              iso3, f"{country.cameo}GOV", (), ())
        return self._governments[iso3]

    def candidates(self, name: str, *, on: str | None = None) -> list[KBActor | KBPlace]:
        """What a name can denote, people in office on ``on`` first: ``candidates("Putin", on="2019-04-26")``."""
        key = tuple(piece.casefold() for piece in name_pieces(name))
        if not key:
            return []
        found = [t for e in self.index.get(key[0], ()) if e.key == key for t in e.targets]
        return sorted(dict.fromkeys(found), key=lambda t: (isinstance(t, KBPlace),
                                                           isinstance(t, KBActor) and self.role_on(t, on) is None))

    def code_on(self, actor: KBActor, day: str | None) -> str | None:
        """The actor's CAMEO code on ``day``: the latest-starting dated code that covers it, else the default."""
        covering = [code for code in actor.codes if _within(day, code[1], code[2])]
        if covering:
            return max(covering, key=lambda code: code[1] or "")[0]
        return actor.cameo

    def role_on(self, actor: KBActor, day: str | None) -> tuple | None:
        """The office (role, title, holder, start, end) the actor held on ``day``, heads first."""
        held = [role for role in actor.roles if _within(day, role[3], role[4])]
        order = {"head_of_state": 0, "head_of_government": 1, "foreign_minister": 2}
        return min(held, key=lambda role: order.get(role[0], 3)) if held else None

    def holders(self, holder: str, office: str, *, on: str | None) -> list[KBActor]:
        """Who held ``office`` for ``holder`` (``"USA"``, ``"IGOUNO"``) on the date ``on``.

        ``office`` is a role (``head_of_state``, ``head_of_government``,
        ``foreign_minister``), a title key (``president``, ``chancellor`` …) or
        ``leader`` (head of state, else head of government).
        """
        terms = [(actor, role) for actor, role in self._holders.get(holder, ()) if _within(on, role[3], role[4])]
        if office == "leader":
            return (self.holders(holder, "head_of_state", on=on)
                    or self.holders(holder, "head_of_government", on=on))
        return list(dict.fromkeys(actor for actor, role in terms if _fills(role, office)))

    def holds(self, actor: KBActor, office: str, *, on: str | None, holder: str | None = None) -> bool:
        """Whether ``actor`` held ``office`` on ``on`` (for ``holder`` only, if given): "der Präsident" after
        "Trump"."""
        held = [role for role in actor.roles if _within(on, role[3], role[4]) and holder in (None, role[2])]
        if office == "leader":
            return any(role[0] in ("head_of_state", "head_of_government") for role in held)
        return any(_fills(role, office) for role in held)


def _fills(role: tuple, office: str) -> bool:
    """Whether a held role (role, title, holder, start, end) answers a role word's office."""
    titles = _OFFICE_TITLES.get(office)
    return role[1] in titles if titles else role[0] == office


def _read(path: Path) -> KB:
    # Hundreds of thousands of small objects that live for the whole process: the cyclic collector
    # would rescan them again and again while they are created.
    paused = gc.isenabled()
    gc.disable()
    try:
        return _decode(path)
    finally:
        if paused:
            gc.enable()


def _decode(path: Path) -> KB:
    with gzip.open(path, "rb") as fh:
        data = json.loads(fh.read())
    actors = [KBActor(a[0], a[1], a[2], a[3], a[4], tuple(tuple(c) for c in a[5]), tuple(tuple(r) for r in a[6]))
              for a in data["actors"]]
    places = [KBPlace(p[0], p[1], p[2], p[3], p[4], p[5], p[6], bool(p[7])) for p in data["places"]]
    return KB(actors, places, data["names"])


def load_kb(path: str | None = None, user_actors: str | None = None) -> KB:
    """The knowledge base, read once per process (per path pair).

    ``user_actors`` names a TSV of extra actors (see ``docs/kb.md``); they are
    added on top of the built file without rebuilding the package.
    """
    return _load(str(path) if path else str(DEFAULT_PATH), str(user_actors) if user_actors else None)


@lru_cache(maxsize=4)
def _load(path: str, user_actors: str | None) -> KB:
    kb = _read(Path(path))
    if user_actors:
        for actor, names in read_user_actors(Path(user_actors)):
            kb.add_actor(actor, names)
    return kb
