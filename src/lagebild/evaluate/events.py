"""Scoring coded events against hand-written event gold (``tests/gold/events/*.toml``).

A gold event is ``{trigger, source, target, cameo, mode}`` plus optional
``attributed_to`` and ``date``; see ``tests/gold/events/README.md``. A system
event (``Article.events``) matches a gold event when

- source and target match (ids compared as the entities scorer compares
  links: ``name:Daily NK`` against the system actor's name, anything else by
  id; ``null`` only matches ``None``),
- the CAMEO root (first two digits) is the same, and
- the mode is the same.

Meetings, negotiations and agreements (roots 03, 04, 05) and material
cooperation (06) are symmetric: "Putin traf Kim" and "Kim traf Putin" are the
same event, so they match in either direction, and gold codes them once per
pair; a system that emits both directions is not charged for the second.

Besides precision / recall / F1 (overall, per language, per gold CAMEO root
and per mode) and a ``triggers`` layer (trigger overlap and root only: was the
event found at all?) the report gives, over matched events, the share with the exact
leaf code, the share with the right date (where gold has one) and the share
with the right ``attributed_to`` (where gold has one).

Example: gold ``Putin → Kim 043 asserted``, system ``Kim → Putin 040 asserted``
→ tp 1 (symmetric, same root), leaf accuracy 0/1.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..model import Article
from .entities import Counts, _offset_map, link_matches
from .gold import ACTOR_ID, GoldFormatError, GoldItem, check_table, load_gold_file, locate
from .items import AnalyzeFn, RunLog

MODES = ("asserted", "negated", "hypothetical", "future", "reported", "threatened", "demanded")
SYMMETRIC_ROOTS = frozenset({"03", "04", "05", "06"})
ROOTS = tuple(f"{n:02d}" for n in range(1, 21))
_EVENT_KEYS = {"trigger", "occurrence", "source", "target", "cameo", "mode", "attributed_to", "date", "note"}
_CAMEO = re.compile(r"^[0-9]{2,4}$")

# Every code of CAMEO.eventcodes.txt (shared/data/cameo) below the roots, so a misspelt leaf
# ("059", "1901") stops the loader; a test checks this list against the shared file.
CAMEO_CODES = frozenset("""
010 011 012 013 014 015 016 017 018 019 020 021 0211 0212 0213 0214 022 023 0231 0232 0233 0234 024
0241 0242 0243 0244 025 0251 0252 0253 0254 0255 0256 026 027 028 030 031 0311 0312 0313 0314 032
033 0331 0332 0333 0334 034 0341 0342 0343 0344 035 0351 0352 0353 0354 0355 0356 036 037 038 039
040 041 042 043 044 045 046 050 051 052 053 054 055 056 057 060 061 062 063 064 070 071 072 073 074
075 080 081 0811 0812 0813 0814 082 083 0831 0832 0833 0834 084 0841 0842 085 086 0861 0862 0863
087 0871 0872 0873 0874 090 091 092 093 094 100 101 1011 1012 1013 1014 102 103 1031 1032 1033 1034
104 1041 1042 1043 1044 105 1051 1052 1053 1054 1055 1056 106 107 108 110 111 112 1121 1122 1123
1124 1125 113 114 115 116 120 121 1211 1212 122 1221 1222 1223 1224 123 1231 1232 1233 1234 124
1241 1242 1243 1244 1245 1246 125 126 127 128 129 130 131 1311 1312 1313 132 1321 1322 1323 1324
133 134 135 136 137 138 1381 1382 1383 1384 1385 139 140 141 1411 1412 1413 1414 142 1421 1422 1423
1424 143 1431 1432 1433 1434 144 1441 1442 1443 1444 145 1451 1452 1453 1454 150 151 152 153 154
160 161 162 1621 1622 1623 163 164 165 166 1661 1662 1663 170 171 1711 1712 172 1721 1722 1723 1724
173 174 175 180 181 182 1821 1822 1823 183 1831 1832 1833 184 185 186 190 191 192 193 194 195 196
200 201 202 203 204 2041 2042
""".split()) | frozenset(ROOTS)


@dataclass(frozen=True)
class GoldEvent:
    start: int
    end: int
    trigger: str
    source: str | None
    target: str | None
    cameo: str
    mode: str
    attributed_to: str | None = None
    date: str | None = None
    line: int = 0

    @property
    def root(self) -> str:
        return self.cameo[:2]


@dataclass(frozen=True)
class _Actor:
    id: str | None
    name: str | None


@dataclass(frozen=True)
class _SystemEvent:
    index: int
    source: _Actor
    target: _Actor
    cameo: str
    mode: str
    span: tuple[int, int] | None
    trigger: str
    date: str | None
    attributed_to: _Actor

    @property
    def root(self) -> str:
        return self.cameo[:2]


# ---------------------------------------------------------------------------------------------- loading

def entry_lines(item: GoldItem, key: str) -> list[int]:
    """Line numbers of the inline tables in ``key = [ … ]`` of one item (for ``path:line`` errors)."""
    path, _, line = item.source.rpartition(":")
    if not path or not line.isdigit():
        return []
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except OSError:
        return []
    lines = raw.split("\n")
    offset = sum(len(text) + 1 for text in lines[:int(line) - 1])
    next_item = re.compile(r"^[ \t]*\[\[\s*item\s*\]\]", re.MULTILINE).search(raw, offset + 1)
    stop = next_item.start() if next_item else len(raw)
    found = re.compile(rf"^[ \t]*{re.escape(key)}\s*=", re.MULTILINE).search(raw, offset, stop)
    if found is None:
        return []
    return [raw.count("\n", 0, found.start() + m.start()) + 1
            for m in re.finditer(r"\{", raw[found.start():stop])]


def where_of(item: GoldItem, lines: list[int], number: int) -> str:
    path = item.source.rpartition(":")[0] or item.source
    return f"{path}:{lines[number]}" if number < len(lines) else item.source


def check_actor(value: Any, *, what: str, where: str, label: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not ACTOR_ID.match(value):
        raise GoldFormatError(where, f"{label}: {what} {value!r} is not wd:Q…, iso:XXX or name:… "
                                     "(leave the key out for an unknown actor)")
    return value


def item_entries(item: GoldItem, key: str) -> list[tuple[Any, str, int]]:
    """(entry, ``path:line``, line) for each inline table under ``key`` of one item, after checking the item.

    Shared by the event and quote gold: ``key`` must be a list (an empty one says "none here") and
    the item may carry no other keys than the common ones and ``key``.
    """
    entries = item.data.get(key)
    if not isinstance(entries, list):
        raise GoldFormatError(item.source, f"item {item.id!r}: {key!r} must be a list (may be empty)")
    unknown = set(item.data) - {"id", "lang", "published", "text", key, "note"}
    if unknown:
        raise GoldFormatError(item.source, f"item {item.id!r}: unknown keys {sorted(unknown)}")
    lines = entry_lines(item, key)
    return [(raw, where_of(item, lines, n), lines[n] if n < len(lines) else 0) for n, raw in enumerate(entries)]


def gold_events(item: GoldItem) -> list[GoldEvent]:
    """The validated ``events`` of one gold item; :class:`GoldFormatError` names file and line."""
    return [_event(raw, item, where=where, line=line) for raw, where, line in item_entries(item, "events")]


def _event(raw: Any, item: GoldItem, *, where: str, line: int) -> GoldEvent:
    check_table(raw, _EVENT_KEYS, what="event", example="{ trigger = …, cameo = …, mode = … }", where=where)
    trigger = raw.get("trigger")
    if not isinstance(trigger, str) or not trigger:
        raise GoldFormatError(where, "event lacks 'trigger'")
    label = f"event {trigger!r}"
    cameo = raw.get("cameo")
    if not isinstance(cameo, str) or not _CAMEO.match(cameo) or cameo not in CAMEO_CODES:
        raise GoldFormatError(where, f"{label}: cameo {cameo!r} is not a CAMEO code (a string of 2–4 digits "
                                     "from CAMEO.eventcodes.txt, e.g. \"043\"; root = first two)")
    mode = raw.get("mode")
    if mode not in MODES:
        raise GoldFormatError(where, f"{label}: mode {mode!r} not one of {MODES}")
    source = check_actor(raw.get("source"), what="source", where=where, label=label)
    target = check_actor(raw.get("target"), what="target", where=where, label=label)
    attributed = check_actor(raw.get("attributed_to"), what="attributed_to", where=where, label=label)
    date = raw.get("date")
    if date is not None and not valid_date(date):
        raise GoldFormatError(where, f"{label}: date {date!r} is not an ISO date: YYYY-MM-DD (a week: its "
                                     "Monday), YYYY-MM (\"im Jänner\") or YYYY")
    occurrence = raw.get("occurrence", 1)
    if not isinstance(occurrence, int) or isinstance(occurrence, bool) or occurrence < 1:
        raise GoldFormatError(where, f"{label}: occurrence must be an integer ≥ 1")
    span = locate(item.text, trigger, occurrence)
    if span is None:
        raise GoldFormatError(where, f"{label} (occurrence {occurrence}) not found as a whole word in the "
                                     f"text of item {item.id!r}")
    return GoldEvent(span[0], span[1], trigger, source, target, cameo, mode, attributed, date, line)


def valid_date(value: Any) -> bool:
    """As precise as the text (the event-dates convention of ``events/timex.py``): a day
    ``2019-04-25``, a month ``2025-01`` ("im Jänner") or a year ``2018``; a week ("vergangene
    Woche") is written as its Monday."""
    if not isinstance(value, str) or not re.fullmatch(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?", value):
        return False
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        dt.date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def load_event_gold_file(path: str | Path) -> list[tuple[GoldItem, list[GoldEvent]]]:
    """One events gold file, every item and event validated."""
    return [(item, gold_events(item)) for item in load_gold_file(path, kind="events")]


# ---------------------------------------------------------------------------------------------- scoring

@dataclass
class _Ratio:
    right: int = 0
    total: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"accuracy": round(self.right / self.total, 4) if self.total else None,
                "right": self.right, "total": self.total}


class _Tally:
    def __init__(self) -> None:
        self.overall = Counts()
        self.by_lang: dict[str, Counts] = {}
        # Detection only (trigger overlap and CAMEO root, actors and mode ignored): tells a coder
        # whether a miss is a missed event or a wrong actor/mode on a found one.
        self.triggers = Counts()
        self.triggers_by_lang: dict[str, Counts] = {}
        self.by_root: dict[str, Counts] = {}
        self.by_mode: dict[str, Counts] = {}
        self.leaf = _Ratio()
        self.date = _Ratio()
        self.attribution = _Ratio()
        self.date_invented = 0
        self.symmetric_duplicates = 0

    def count(self, lang: str, root: str, mode: str, *, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        for c in (self.overall, self.by_lang.setdefault(lang, Counts()),
                  self.by_root.setdefault(root, Counts()), self.by_mode.setdefault(mode, Counts())):
            c.tp += tp
            c.fp += fp
            c.fn += fn


def evaluate_events(gold_items: Iterable[GoldItem], analyze_fn: AnalyzeFn) -> dict[str, Any]:
    """Run ``analyze_fn(text, published=…)`` on every gold item and score its events.

    All gold is validated before the first analysis, so a broken file fails
    fast with ``path:line``.
    """
    parsed = [(item, gold_events(item)) for item in gold_items]
    tally = _Tally()
    errors: list[dict[str, Any]] = []
    log = RunLog()
    analysed = log.analyse((item for item, _ in parsed), analyze_fn)
    for (item, article), (_, gold) in zip(analysed, parsed, strict=True):
        tally.by_lang.setdefault(item.lang, Counts())
        tally.triggers_by_lang.setdefault(item.lang, Counts())
        score_events(item, gold, article, tally, errors)
    return {
        "kind": "events",
        "items": log.items,
        "items_by_language": dict(sorted(log.items_by_language.items())),
        "overall": {"events": tally.overall.to_dict(), "triggers": tally.triggers.to_dict()},
        "by_language": {lang: {"events": c.to_dict(), "triggers": tally.triggers_by_lang[lang].to_dict()}
                        for lang, c in sorted(tally.by_lang.items())},
        "by_root": {root: c.to_dict() for root, c in sorted(tally.by_root.items())},
        "by_mode": {mode: tally.by_mode[mode].to_dict() for mode in MODES if mode in tally.by_mode},
        "accuracy": {"leaf code": tally.leaf.to_dict(), "date": tally.date.to_dict(),
                     "attributed_to": tally.attribution.to_dict()},
        "dates_invented": tally.date_invented,
        "symmetric_duplicates": tally.symmetric_duplicates,
        **log.report(errors),
    }


def score_events(item: GoldItem, gold: list[GoldEvent], article: Article, tally: _Tally,
                 errors: list[dict[str, Any]]) -> None:
    """Match one item's system events to its gold events and add the counts to ``tally``."""
    system = system_events(article, item.text)
    _count_triggers(gold, system, tally, item.lang)
    pairs = sorted(((_affinity(g, s), gi, si) for gi, g in enumerate(gold) for si, s in enumerate(system)
                    if event_matches(g, s)), reverse=True)
    gold_match: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, si in pairs:
        if gi not in gold_match and si not in used:
            gold_match[gi] = si
            used.add(si)

    def record(error: str, g: GoldEvent | None, s: _SystemEvent | None, *, detail: str = "") -> None:
        start, end = (g.start, g.end) if g else (s.span or (0, 0)) if s else (0, 0)
        text = g.trigger if g else s.trigger if s else ""
        gold_detail = system_detail = ""
        if detail == "date":
            gold_detail, system_detail = f" date={g.date}", f" date={s.date}"
        elif detail == "attribution":
            gold_detail = f" attributed_to={g.attributed_to}"
            system_detail = f" attributed_to={s.attributed_to.id or s.attributed_to.name}"
        errors.append({"item": item.id, "lang": item.lang, "layer": "events", "error": error, "text": text,
                       "start": start, "end": end, "gold": describe_gold(g) + gold_detail if g else None,
                       "system": describe_system(s) + system_detail if s else None})

    for gi, g in enumerate(gold):
        si = gold_match.get(gi)
        if si is None:
            continue
        s = system[si]
        tally.count(item.lang, g.root, g.mode, tp=1)
        if len(g.cameo) > 2:
            tally.leaf.total += 1
            tally.leaf.right += s.cameo == g.cameo
            if s.cameo != g.cameo:
                record("wrong leaf", g, s)
        if g.date:
            tally.date.total += 1
            tally.date.right += s.date == g.date
            if s.date != g.date:
                record("wrong date", g, s, detail="date")
        elif s.date:
            tally.date_invented += 1
        if g.attributed_to:
            tally.attribution.total += 1
            ok = _actor_matches(g.attributed_to, s.attributed_to)
            tally.attribution.right += ok
            if not ok:
                record("wrong attribution", g, s, detail="attribution")

    # Symmetric events are coded once per pair: the reverse of an earlier or matched system event is
    # no new event (not charged, counted apart).
    kept = set(used)
    for si, s in enumerate(system):
        if si in used:
            continue
        if s.root in SYMMETRIC_ROOTS and any(_same_pair(s, system[o]) for o in kept):
            used.add(si)
            tally.symmetric_duplicates += 1
        else:
            kept.add(si)

    for gi, g in enumerate(gold):
        if gi in gold_match:
            continue
        tally.count(item.lang, g.root, g.mode, fn=1)
        near = _nearest(g, [(si, s) for si, s in enumerate(system) if si not in used])
        if near is None:
            record("missed", g, None)
            continue
        si, s = near
        used.add(si)
        tally.count(item.lang, s.root, s.mode, fp=1)
        record(_difference(g, s), g, s)
    for si, s in enumerate(system):
        if si not in used:
            tally.count(item.lang, s.root, s.mode, fp=1)
            record("spurious", None, s)


def _count_triggers(gold: list[GoldEvent], system: list[_SystemEvent], tally: _Tally, lang: str) -> None:
    found: set[int] = set()
    for g in gold:
        for si, s in enumerate(system):
            if si not in found and s.root == g.root and _overlaps(g, s):
                found.add(si)
                break
    c = Counts(tp=len(found), fp=len(system) - len(found), fn=len(gold) - len(found))
    tally.triggers.add(c)
    tally.triggers_by_lang[lang].add(c)


def system_events(article: Article, gold_text: str) -> list[_SystemEvent]:
    """The article's events with actor names looked up and trigger offsets mapped onto the gold text."""
    names = {a.id: a.name for a in article.actors if a.id}
    to_gold = _offset_map(article.text, gold_text)
    out = []
    for index, event in enumerate(article.events):
        trigger = event.trigger
        span = to_gold(trigger.start, trigger.end) if trigger is not None else None
        out.append(_SystemEvent(
            index=index,
            source=_actor(event.source, event.source_name, names),
            target=_actor(event.target, event.target_name, names),
            cameo=str(event.cameo), mode=event.mode, span=span,
            trigger=trigger.text if trigger is not None else "",
            date=event.date, attributed_to=_actor(event.attributed_to, None, names)))
    return out


def _actor(actor_id: str | None, surface: str | None, names: dict[str, str]) -> _Actor:
    if actor_id is None:
        return _Actor(None, surface)
    return _Actor(actor_id, names.get(actor_id, surface))


def _actor_matches(gold_id: str | None, actor: _Actor) -> bool:
    """``null`` gold (an unknown or unnamed actor) wants no id; ids and ``name:`` as in the entities scorer."""
    if gold_id is None:
        return actor.id is None
    if actor.id is None and not gold_id.startswith("name:"):
        return False
    return link_matches(gold_id, actor.id, actor.name)


def _direct(g: GoldEvent, s: _SystemEvent) -> bool:
    return _actor_matches(g.source, s.source) and _actor_matches(g.target, s.target)


def _swapped(g: GoldEvent, s: _SystemEvent) -> bool:
    return g.root in SYMMETRIC_ROOTS and _actor_matches(g.source, s.target) and _actor_matches(g.target, s.source)


def event_matches(g: GoldEvent, s: _SystemEvent) -> bool:
    """Source, target (either way for symmetric roots), CAMEO root and mode."""
    return s.root == g.root and s.mode == g.mode and (_direct(g, s) or _swapped(g, s))


def _overlaps(g: GoldEvent, s: _SystemEvent) -> bool:
    return s.span is not None and s.span[0] < g.end and g.start < s.span[1]


def _affinity(g: GoldEvent, s: _SystemEvent) -> tuple[int, int, int, int]:
    """Among matching pairs prefer the same trigger, then the same leaf code, then the same direction."""
    return (_overlaps(g, s), s.cameo == g.cameo, _direct(g, s), -s.index)


def _same_pair(a: _SystemEvent, b: _SystemEvent) -> bool:
    return (a.root == b.root and a.mode == b.mode and a.source == b.target and a.target == b.source)


def _nearest(g: GoldEvent, candidates: list[tuple[int, _SystemEvent]]) -> tuple[int, _SystemEvent] | None:
    """A system event that is probably meant as this gold event: same trigger, else same actors,
    else same root with one actor right."""
    for si, s in candidates:
        if _overlaps(g, s):
            return si, s
    for si, s in candidates:
        if _direct(g, s) or _swapped(g, s):
            return si, s
    for si, s in candidates:  # another trigger word for the same act, one actor missed
        if s.root == g.root and (_actor_matches(g.source, s.source) or _actor_matches(g.target, s.target)):
            return si, s
    return None


def _difference(g: GoldEvent, s: _SystemEvent) -> str:
    if not (_direct(g, s) or _swapped(g, s)):
        return "wrong actors"
    if s.root != g.root:
        return "wrong root"
    return "wrong mode"


def describe_gold(g: GoldEvent) -> str:
    return f"{g.source or '-'} → {g.target or '-'} {g.cameo} {g.mode}"


def describe_system(s: _SystemEvent) -> str:
    def name(actor: _Actor) -> str:
        if actor.id and actor.name:
            return f"{actor.id} ({actor.name})"
        return actor.id or (f"? ({actor.name})" if actor.name else "-")
    return f"{name(s.source)} → {name(s.target)} {s.cameo} {s.mode}"
