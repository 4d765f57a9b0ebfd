"""Event patterns per language, loaded once from ``patterns/<lang>.yaml`` and indexed by word form.

A pattern names its trigger forms (or a German weak-verb ``lemma`` whose forms
are generated), the CAMEO code, and how source and target are found. The
coder looks every token up in one dict (:attr:`PatternBook.by_form`), so the
cost per sentence does not grow with the number of patterns; noun patterns
marked ``compound: true`` also match as the head of a closed or hyphenated
compound ("Wirtschaftssanktionen", "UN-Sanktionen") through a suffix index.

Example (``de.yaml``)::

    - id: kritisieren
      lemma: kritisieren            # → kritisiere, kritisierte, kritisiert, …
      cameo: "111"
      example: {text: "Russland kritisierte die USA scharf.", source: Russland, target: USA, cameo: "111"}

English also merges ``en_petrarch.yaml`` (converted from PETRARCH2's dictionary)
under ``en.yaml``: a form in our own file always wins.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ..errors import PipelineConfigError
from .ontology import known

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_VERB_ROLES = {"source": ("subject",), "target": ("object", "rest")}
_NOUN_ROLES = {"source": ("compound", "genitive", "adjective", "agent", "subject"), "target": ("against",)}


@dataclass(frozen=True)
class Pattern:
    id: str
    cameo: str | None
    forms: frozenset[str]
    kind: str = "verb"                          # verb | noun
    source: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    symmetric: bool = False                     # "trafen sich": one event per pair, in either order
    particle: str | None = None                 # separable verb: "warf … vor" needs "vor" later in the clause
    requires: frozenset[str] = frozenset()      # one of these words must follow in the clause ("drohte mit")
    near: frozenset[str] = frozenset()          # one of these words must stand just before ("gemeinsame Erklärung")
    unless: frozenset[str] = frozenset()        # none of these words may stand in the clause ("lieferten sich")
    not_after: frozenset[str] = frozenset()     # not right after these words ("mit Hilfe von")
    inherit: tuple[str, ...] = ()               # CAMEO roots whose latest pair it takes when it has no actors
    objects: dict[str, str] = field(default_factory=dict)   # object word → more specific code
    mode: str | None = None                     # mode the trigger itself carries (demanded, threatened)
    compound: bool = False                      # noun may be the head of a compound
    needs_source: bool = False                  # no event without a source ("Heavy rains threaten …")
    both_sides: bool = False                    # no event unless source and target are found
    needs_target: bool = False                  # no event without a target ("rief zum Streik auf")
    swallow: bool | None = None                 # later triggers are its content (default: demands, threats …)
    states: bool = False                        # persons stand for their states (a pipeline links states)
    negated_cameo: str | None = None            # the code when negated ("failed to agree": no agreement, 057)
    confidence: float = 0.7
    example: dict[str, Any] | None = None


@dataclass
class PatternBook:
    language: str
    patterns: list[Pattern]
    by_form: dict[str, list[Pattern]]
    suffixes: dict[str, list[Pattern]]          # compound heads, for "…sanktionen"
    suffix_lengths: tuple[int, ...]
    syntax: dict[str, Any]
    modes: dict[str, dict[str, Any]]


def weak_forms(lemma: str, *, prefix: str = "") -> set[str]:
    """German weak verb: ``kritisieren`` → kritisiere, kritisierst, kritisiert, kritisierte(n/st/t), …

    The participle gets ``ge-`` unless the verb ends in ``-ieren`` or has an
    inseparable prefix (be-, ver-, er-, zer-, ent-, emp-, miss-, ge-).
    """
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1]
    e = "e" if stem.endswith(("t", "d", "chn", "gn", "ffn")) else ""
    forms = {lemma, stem + "e", stem + e + "st", stem + e + "t", stem + e + "te", stem + e + "ten",
             stem + e + "test", stem + e + "tet", stem + "end"}
    inseparable = lemma.endswith("ieren") or lemma.startswith(("be", "ver", "er", "zer", "ent", "emp", "miss", "ge"))
    forms.add(stem + e + "t" if inseparable else "ge" + stem + e + "t")
    if prefix:   # separable "auffordern": "forderte … auf", joined "aufgefordert", "aufzufordern"
        forms |= {prefix + f for f in forms} | {prefix + "ge" + stem + e + "t", prefix + "zu" + lemma}
    return forms


def _pattern(raw: dict[str, Any], defaults: dict[str, dict[str, tuple[str, ...]]], where: str) -> Pattern:
    kind = raw.get("kind", "verb")
    forms = {f.lower() for f in raw.get("forms", [])}
    particle = raw.get("particle")
    if raw.get("lemma"):
        forms |= weak_forms(raw["lemma"].lower(), prefix=particle or "")
    if particle:
        forms |= {particle + f for f in list(forms) if not f.startswith(particle)}
    if not forms:
        raise PipelineConfigError(f"{where}: pattern {raw.get('id')!r} has no forms")
    roles = defaults["noun" if kind == "noun" else "verb"]
    cameo = str(raw["cameo"]) if raw.get("cameo") else None
    objects = {str(k).lower(): str(v) for k, v in (raw.get("objects") or {}).items() if known(str(v))}
    if cameo is not None and not known(cameo):
        raise PipelineConfigError(f"{where}: pattern {raw.get('id')!r} has unknown CAMEO code {cameo!r}")
    return Pattern(
        id=str(raw["id"]), cameo=cameo, forms=frozenset(forms), kind=kind,
        source=tuple(raw.get("source", roles["source"])), target=tuple(raw.get("target", roles["target"])),
        symmetric=bool(raw.get("symmetric", False)), particle=particle,
        requires=frozenset(w.lower() for w in raw.get("requires", [])), objects=objects,
        near=frozenset(w.lower() for w in raw.get("near", [])),
        unless=frozenset(w.lower() for w in raw.get("unless", [])),
        not_after=frozenset(w.lower() for w in raw.get("not_after", [])), inherit=tuple(str(r) for r in raw.get("inherit", [])),
        mode=raw.get("mode"), compound=bool(raw.get("compound", False)), swallow=raw.get("swallow"),
        needs_source=bool(raw.get("needs_source", False)), both_sides=bool(raw.get("both_sides", False)),
        needs_target=bool(raw.get("needs_target", False)),
        states=bool(raw.get("states", False)),
        negated_cameo=str(raw["negated_cameo"]) if known(str(raw.get("negated_cameo", ""))) else None,
        confidence=float(raw.get("confidence", 0.7)), example=raw.get("example"))


def _read(name: str) -> dict[str, Any] | None:
    path = resources.files("lagebild.events").joinpath(f"patterns/{name}.yaml")
    if not path.is_file():
        return None
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)


@lru_cache(maxsize=8)
def pattern_book(language: str) -> PatternBook | None:
    """The patterns of one language (``None`` when it has none), with the ``*_extra`` file merged under it."""
    own = _read(language)
    if own is None:
        return None
    defaults = {"verb": _VERB_ROLES, "noun": _NOUN_ROLES}
    for kind, roles in (own.get("defaults") or {}).items():
        defaults[kind] = {k: tuple(v) for k, v in roles.items()}
    patterns = [_pattern(p, defaults, f"{language}.yaml") for p in own.get("patterns", [])]
    ours = {f for p in patterns for f in p.forms}
    skip = own.get("merge_skip") or {}
    skip_codes = {str(c) for c in skip.get("codes", [])}
    ours |= {str(f).lower() for f in skip.get("forms", [])}
    for extra in own.get("merge", []):
        for raw in (_read(extra) or {}).get("patterns", []):
            if raw.get("cameo") and (not known(str(raw["cameo"])) or str(raw["cameo"]) in skip_codes):
                continue
            pattern = _pattern(raw, defaults, f"{extra}.yaml")
            free = pattern.forms - ours
            if free and (pattern.cameo or pattern.objects):
                # Converted verbs are read strictly: subject and direct object only, lower confidence.
                patterns.append(Pattern(**{**pattern.__dict__, "forms": frozenset(free), "confidence": 0.5,
                                           "target": ("object",)}))
    by_form: dict[str, list[Pattern]] = {}
    suffixes: dict[str, list[Pattern]] = {}
    for pattern in patterns:
        for form in pattern.forms:
            by_form.setdefault(form, []).append(pattern)
            if pattern.compound:
                suffixes.setdefault(form, []).append(pattern)
    return PatternBook(language=language, patterns=patterns, by_form=by_form, suffixes=suffixes,
                       suffix_lengths=tuple(sorted({len(s) for s in suffixes}, reverse=True)),
                       syntax=own.get("syntax") or {}, modes=own.get("modes") or {})


def lookup(book: PatternBook, word: str) -> list[Pattern]:
    """Patterns a token triggers: its lower-case form, the part after a hyphen, or a compound head."""
    lower = word.lower()
    found = book.by_form.get(lower)
    if found:
        return found
    if "-" in lower:
        head = lower.rsplit("-", 1)[1]
        return [p for p in book.by_form.get(head, ()) if p.kind == "noun"]
    if book.suffix_lengths and word[:1].isupper():
        for length in book.suffix_lengths:
            if len(lower) >= length + 3:
                hit = book.suffixes.get(lower[-length:])
                if hit:
                    return hit
    return []
