"""How the text asserts an event: asserted, negated, hypothetical, future, reported, demanded, threatened.

Cues come from the ``modes`` section of the language's pattern file, in two
kinds: ``before`` words stand at most ``window`` tokens before the trigger in
its clause ("keine offizielle Zusicherung", "eine mögliche Pipeline", "did not
meet", "failed to agree"); ``clause`` words may stand anywhere in the trigger's
clause ("könnte", "would", "scheiterte"); ``clause_verbs`` words only count for
verb triggers ("Putin traf Kim nicht"): in "wenn die USA nicht von ihrer Forderung
abrücken" the "nicht" belongs to "abrücken", not to the demand.

Precedence, strongest first: negated, hypothetical, the trigger's own mode
(a demand pattern is ``demanded``), threatened/demanded cues before the
trigger, future, reported, asserted. A negated or hypothetical event is
therefore never asserted, and "X sagte, es werde keine Einigung geben" is
negated *and* attributed.

Example: "Doch es gab keine offizielle Zusicherung durch Russland." → negated.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Quote
from .roles import SentenceView
from .triggers import Pattern

ORDER = ("negated", "hypothetical", "threatened", "demanded", "future", "reported")


@dataclass
class ModeCues:
    before: frozenset[str]
    clause: frozenset[str]
    clause_verbs: frozenset[str]     # clause-wide cues for verb triggers only ("nicht", "not")
    window: int
    cancel: frozenset[str]
    existential: frozenset[str]      # "gab es nicht": then clause_verbs cues count for nouns too
    together: tuple[frozenset[str], ...] = ()   # word pairs that mark it wherever they meet in the clause
    passive: frozenset[str] = frozenset()       # future auxiliaries that also form the passive ("wird")
    participle_prefix: str = ""


def mode_cues(modes: dict) -> dict[str, ModeCues]:
    cues = {}
    for name in ORDER:
        raw = modes.get(name) or {}
        cues[name] = ModeCues(before=frozenset(w.lower() for w in raw.get("before", [])),
                              clause=frozenset(w.lower() for w in raw.get("clause", [])),
                              clause_verbs=frozenset(w.lower() for w in raw.get("clause_verbs", [])),
                              window=int(raw.get("window", 4)),
                              cancel=frozenset(w.lower() for w in raw.get("cancel", [])),
                              existential=frozenset(w.lower() for w in raw.get("existential", [])),
                              together=tuple(frozenset(w.lower() for w in pair) for pair in raw.get("together", [])),
                              passive=frozenset(w.lower() for w in raw.get("passive", [])),
                              participle_prefix=str(raw.get("participle_prefix", "")))
    return cues


def _has(view: SentenceView, i: int, cues: ModeCues, *, verb: bool) -> bool:
    clause = view.clause[i]
    lower = view.lower
    start = i
    while start > 0 and view.clause[start - 1] == clause and i - start < cues.window:
        start -= 1
    for j in range(start, i):
        if (lower[j] in cues.before or (j > 0 and f"{lower[j - 1]} {lower[j]}" in cues.before)) and not (
                j + 1 < len(lower) and lower[j + 1] in cues.cancel):
            return True     # a word, or a two-word cue ending there ("is to station")
    clause_words = {w for j, w in enumerate(lower) if view.clause[j] == clause}
    words = cues.clause | cues.clause_verbs if verb or cues.existential & clause_words else cues.clause
    if not words:
        return False
    for j, word in enumerate(lower):
        if view.clause[j] == clause and j != i and word in words:
            if not (j + 1 < len(lower) and lower[j + 1] in cues.cancel):
                return True
    return False


def _negated_light_verb(view: SentenceView, i: int, cues: ModeCues) -> bool:
    """"has not conducted a nuclear test", "hat keinen Test durchgeführt": a negated light verb negates its noun.

    The light verb (``syntax.light_verbs``) stands at most ``window`` words before the noun, the cue
    right before the light verb (one word may stand between: "did not even hold").
    """
    light = set(view.syntax.get("light_verbs", ()))
    if not light:
        return False
    clause = view.clause[i]
    for j in range(max(0, i - cues.window - 1), i):
        word = view.lower[j]
        if view.clause[j] != clause or not (word in light or word.startswith(view.light_prefixes or ("\0",))):
            continue
        for k in (j - 1, j - 2):
            if k >= 0 and view.clause[k] == clause and view.lower[k] in cues.clause_verbs:
                return True
    return False


def quote_at(quotes: list[Quote], offset: int) -> Quote | None:
    for quote in quotes:
        if quote.start is not None and quote.end is not None and quote.start <= offset < quote.end:
            return quote
    return None


def find_mode(view: SentenceView, i: int, pattern: Pattern, cues: dict[str, ModeCues],
              quote: Quote | None) -> str:
    """The mode of the event triggered at token ``i`` (see the module docstring for precedence)."""
    verb = pattern.kind == "verb"
    if _has(view, i, cues["negated"], verb=verb) or (not verb and _negated_light_verb(view, i, cues["negated"])):
        return "negated"
    if _has(view, i, cues["hypothetical"], verb=verb):
        return "hypothetical"
    if pattern.mode:
        return pattern.mode
    for name in ("threatened", "demanded"):
        if _before_in_clause(view, i, cues[name]):
            return name
    if _rumoured(view, i, cues["reported"]):
        return "reported"
    if _has(view, i, cues["future"], verb=verb) and not (verb and _passive_present(view, i, cues["future"], pattern)):
        return "future"
    if quote is not None or _has(view, i, cues["reported"], verb=verb):
        return "reported"
    return "asserted"


def _passive_present(view: SentenceView, i: int, cues: ModeCues, pattern: Pattern) -> bool:
    """"Dem Konzern wird vorgeworfen": "wird" with a participle is a present passive, no future.

    A participle is a form with the ``participle_prefix`` ("ge", also after a separable particle:
    "vorgeworfen", "angegriffen") or one ending in "t" ("kritisiert").
    """
    if not cues.passive or not any(view.lower[j] in cues.passive for j in range(len(view.lower))
                                   if view.clause[j] == view.clause[i]):
        return False
    form = view.lower[i]
    stem = form[len(pattern.particle):] if pattern.particle and form.startswith(pattern.particle) else form
    return stem.startswith(cues.participle_prefix or "\0") or form.endswith("t")


def _rumoured(view: SentenceView, i: int, cues: ModeCues) -> bool:
    """"Russland soll den Damm gesprengt haben": "soll" with a perfect infinitive reports, it is no future."""
    clause = view.clause[i]
    words = {w for j, w in enumerate(view.lower) if view.clause[j] == clause}
    return any(pair <= words for pair in cues.together)


def _before_in_clause(view: SentenceView, i: int, cues: ModeCues) -> bool:
    """"drohte mit einem Angriff": the cue is earlier in the same clause than the trigger."""
    clause = view.clause[i]
    occasion = set(view.syntax.get("occasion_words", ()))    # "threatened retaliation after the US strike"
    return any(view.lower[j] in cues.clause and not occasion.intersection(view.lower[j + 1:i])
               for j in range(i) if view.clause[j] == clause)
