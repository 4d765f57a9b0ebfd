"""Article context for the event coder: borrowed and completed pairs, attribution, duplicates.

Some events name their actors only through the text around them: "Beide Seiten
einigten sich …" and "der Gipfel endete ohne gemeinsame Erklärung" take the pair
of a recent event; a one-sided cooperation ("Eine Zusicherung … durch Russland
gab es nicht") takes its partner from the latest pair of its side. Afterwards
one event is kept per sentence, root, mode and actor pair.

Example: after "Putin traf Kim.", "Beide Seiten einigten sich." gives
Putin → Kim 030.
"""

from __future__ import annotations

from ..model import Actor, Event, Quote, Sentence
from .roles import SentenceView, state_of
from .triggers import Pattern, PatternBook

# Intent, meetings, diplomatic and material cooperation: either direction is the same event.
SYMMETRIC_ROOTS = frozenset({"03", "04", "05", "06"})
# Cooperation whose partner the context gives when the sentence names only one side.
_COMPLETED_ROOTS = frozenset({"03", "05", "06", "07"})
_KEEP_BESIDE_NEGATED = 0.6   # confidence an event needs to stand beside a negated one of the same pair
_BORROW_SENTENCES = 4      # how far back "beide Seiten" / "der Gipfel … ohne Erklärung" look for their pair


def complete(events: list[Event], actors: dict[str, Actor]) -> list[Event]:
    """A one-sided cooperation event takes its partner from the latest pair of its side (3 sentences back).

    "Russland und Nordkorea vereinbarten … Eine Zusicherung wirtschaftlicher Hilfe durch Russland gab es
    nicht" → the assurance is Russia's to North Korea. A person stands for their country here ("Putin" for
    Russia), so a summit of the leaders also completes an assurance by the state.
    """
    def sides(actor_id: str | None) -> set[str]:
        actor = actors.get(actor_id or "")
        return {x for x in (actor_id, f"iso:{actor.country}" if actor and actor.country else None) if x}

    for n, event in enumerate(events):
        if event.target_name or not event.source or event.cameo[:2] not in _COMPLETED_ROOTS:
            continue
        for earlier in reversed(events[:n]):
            if event.sentence - earlier.sentence > 3 or not (earlier.source and earlier.target):
                continue
            if event.source in sides(earlier.source) | sides(earlier.target):
                partner = earlier.target if event.source in sides(earlier.source) else earlier.source
                partner_name = earlier.target_name if partner == earlier.target else earlier.source_name
                if partner not in sides(event.source):
                    event.target, event.target_name = partner, partner_name
                    event.confidence = round(max(0.1, (event.confidence or 0.5) - 0.1), 2)
                break
    return events


def borrowed(view: SentenceView, pattern: Pattern, earlier: list[Event], book: PatternBook) -> list:
    """"Beide Seiten einigten sich …" / "der Gipfel endete ohne gemeinsame Erklärung": an earlier pair."""
    roots = set(pattern.inherit)
    if not roots and not _has_pair_words(view, book):
        return []
    for event in reversed(earlier):
        if view.index - event.sentence > _BORROW_SENTENCES:
            break
        # a pattern without target roles ("Atomtest") borrows a one-sided event too
        if event.source_name and (event.target_name or not pattern.target) and (
                not roots or event.cameo[:2] in roots):
            return [((event.source, event.source_name), (event.target, event.target_name))]
    return []


def may_borrow(sent: Sentence, hits: list, book: PatternBook) -> bool:
    """Whether a sentence without names may still code an event from its context."""
    if any(p.inherit for _, found in hits for p in found):
        return True
    words = book.syntax.get("pair_words", [])
    text = " ".join(t.text.lower() for t in sent.tokens)
    return any(p.lower() in text for p in words)


def _has_pair_words(view: SentenceView, book: PatternBook) -> bool:
    """"beide Seiten", "both sides" in the sentence (looked for once per sentence)."""
    if view.pair_words is None:
        text = " " + " ".join(view.lower) + " "
        view.pair_words = any(f" {p.lower()} " in text for p in book.syntax.get("pair_words", []))
    return view.pair_words


def attribution(view: SentenceView, quote: Quote | None) -> str | None:
    """Who reports it: the quote's speaker, else "laut X"/"according to X", else a speech verb's subject."""
    if quote is not None and quote.speaker:     # a ministry or the Kremlin speaks for its state, as it acts for it
        speaker = view.actors.get(quote.speaker)
        return state_of(speaker, view.actors)[0] if speaker else quote.speaker
    cited = [u for u in view.units if u.governor and "source" in u.governor]
    if cited and (cited[0].actor or quote is None):     # "nach Angaben der Regierung in Kiew": Ukraine
        return cited[0].actor or cited[0].name
    if quote is not None:
        return quote.speaker_name
    speech = set(view.syntax.get("speech_verbs", []))
    for j, word in enumerate(view.lower):
        if word in speech:
            speaker = view.subject(j, verb=True)
            if speaker:
                return speaker[0].actor or speaker[0].name
    return None


def _key_pair(event: Event) -> tuple:
    pair = (event.source or event.source_name, event.target or event.target_name)
    return tuple(sorted(pair, key=str)) if event.cameo[:2] in SYMMETRIC_ROOTS else pair


def _specificity(code: str) -> tuple[int, bool]:
    """A leaf beats its root's "not specified below" code: 0331 > 033 > 030."""
    return len(code), not code.endswith("0")


def deduplicate(events: list[Event]) -> list[Event]:
    """One event per sentence, root and actor pair (either order for consultations).

    A negated event is kept apart from a non-negated one. Of two codings the one with a mode other than
    asserted wins ("eine mögliche Bahnverbindung und eine
    Pipeline" is one hypothetical project), then the more specific code ("humanitäre Hilfe" 073 over 070).
    """
    best: dict[tuple, int] = {}
    out: list[Event] = []
    for event in events:
        # a negated event is another event than an asserted one ("tested a missile but no nuclear test")
        key = (event.sentence, event.cameo[:2], _key_pair(event), event.mode == "negated")
        if key in best:
            kept = out[best[key]]
            if (event.mode != "asserted", _specificity(event.cameo)) > (kept.mode != "asserted",
                                                                       _specificity(kept.cameo)):
                out[best[key]] = event
            continue
        best[key] = len(out)
        out.append(event)
    # Beside a negated event of the same pair, a weakly found other one goes ("did not meet on the
    # sidelines of the summit": the summit's actors are only the subject of "meet").
    negated = {key[:3] for key in best if key[3]}
    out = [e for e in out if e.mode == "negated" or (e.confidence or 0) >= _KEEP_BESIDE_NEGATED
           or (e.sentence, e.cameo[:2], _key_pair(e)) not in negated]
    # A one-sided event is dropped when the same sentence has it with both sides.
    # In the symmetric roots either side counts ("Putin met Kim … for their first summit": Kim's summit).
    full = {(e.sentence, e.cameo[:2], e.source or e.source_name) for e in out if e.target_name}
    full |= {(e.sentence, e.cameo[:2], e.target or e.target_name) for e in out
             if e.target_name and e.source_name and e.cameo[:2] in SYMMETRIC_ROOTS}
    return [e for e in out if e.target_name or (e.sentence, e.cameo[:2], e.source or e.source_name) not in full]
