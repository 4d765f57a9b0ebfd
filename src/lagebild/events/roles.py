"""Who is source and who is target of a trigger: actor mentions read by clause, word order and preposition.

A :class:`SentenceView` turns one sentence's tokens and linked mentions into
*units* (one actor mention each; nested mentions keep the outer one, and a
nationality adjective right before a name is absorbed by it: "dem russischen
Präsidenten Wladimir Putin" is one unit). Each unit knows the preposition that
governs it ("mit", "gegen", "von", "with", "by" …, from ``syntax.prepositions``
in the language's pattern file) and its clause (cut at commas, semicolons,
colons, dashes and brackets).

Role finders, named in the pattern files:

- ``subject``: the first ungoverned unit of the clause before the trigger, else
  (German inversion, "Am Montag kritisierte Putin die USA") right after it;
  a passive clause with an agent ("wurde von X kritisiert") swaps roles;
- ``object``: the next ungoverned unit after the trigger (or, verb-final, before it);
- a preposition class (``with``, ``against``, ``agent``, ``to``, ``for`` …);
- ``compound``: a name inside the trigger token ("UN-Sanktionen", "Kim-Putin-Gipfel");
- ``genitive``: "Nordkoreas Abrüstung", "Russia's attack", and where the language has it
  (``syntax.postnominal_genitive``) "Abrüstung Nordkoreas"; English "of" is a preposition class;
- ``after``: the first name after the trigger (the addressee of a threat whose content names it);
- ``adjective``: a nationality adjective right before the trigger ("russische Sanktionen");
- ``rest``: any other name of the clause (the last resort for a verb's target);
- ``any``: the first unit of the sentence not used otherwise (a last resort for meetings).

Every finder returns a coordinated group ("Putin und Kim" → both).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Actor, Article, Mention, Place, Sentence
from .ontology import state_id
from .triggers import PatternBook

_ACTOR_TYPES = frozenset({"PER", "ORG", "GPE", "NORP", "MISC"})
# CAMEO sectors of the state itself (government, military, judiciary, police, intelligence, legislature).
_STATE_SECTORS = frozenset({"GOV", "MIL", "JUD", "COP", "SPY", "LEG"})


@dataclass
class Unit:
    first: int
    last: int
    actor: str | None
    name: str
    mention: Mention
    adjective: bool = False
    place: bool = False              # a place standing for its state: never a subject
    compound_prefix: bool = False    # the name is the first part of a hyphenated word ("Nato-Generalsekretär")
    oblique: bool = False            # after "dem"/"den"/"des": dative, accusative or genitive, never the subject
    governor: frozenset[str] | None = None      # classes of the preposition that governs the unit
    clause: int = 0


def state_of(actor: Actor, actors: dict[str, Actor]) -> tuple[str | None, str]:
    """A government, army, ministry or court acts for its state, as CAMEO's RUSGOV/RUSMIL do.

    Example: ``kb:gov-rus`` (cameo RUSGOV) → ``("iso:RUS", "Russia")``; persons and IGOs keep their id.
    """
    code = actor.cameo or ""
    if (actor.type == "ORG" and actor.country and code[:3] == actor.country
            and code[3:6] in _STATE_SECTORS):
        state = f"iso:{actor.country}"
        return state, actors[state].name if state in actors else actor.country
    return actor.id, actor.name


def _modifies(prev: Unit, unit: Unit, between: list[str], stops: frozenset[str], strict: bool) -> bool:
    """"russischen Präsidenten Wladimir Putin", "Russlands Präsident Wladimir Putin": one actor, the person."""
    lower = [w for w in between if w.isalpha() and w.islower() and len(w) > 2]
    if (lower and not strict and prev.adjective and unit.mention.type == "PER" and len(lower) == len(between)
            and not stops.intersection(lower)):
        return True                     # "the American basketball player Brittney Griner": English role nouns
    if (not strict and between and not lower and unit.mention.type == "PER" and prev.mention.type in ("ORG", "GPE")
            and all(w[:1].isupper() for w in between)):
        return True                     # "NATO Secretary-General Mark Rutte": a capitalised English role
    if lower and (len(between) > 1 or lower[0] in stops or strict):
        return False                    # "ukrainischen Militär hat Russland": a verb lies between ("North
                                        # Korean leader Kim Jong Un" keeps its one role word)
    if prev.adjective:
        return True
    if unit.mention.type != "PER":
        return False
    if prev.mention.type == "PER":      # "Die Kanzlerin a. D. Angela Merkel": a role word, then the name
        return prev.first == prev.last
    # "Nato-Generalsekretär Mark Rutte", "US-Präsident Donald Trump": the name is the prefix of a role word
    return prev.compound_prefix or (prev.mention.type == "GPE" and prev.mention.text.endswith("s"))


class SentenceView:
    """One sentence's tokens, clauses and actor units, built only for sentences with a trigger."""

    def __init__(self, article: Article, sent: Sentence, index: int, mentions: list[Mention],
                 actors: dict[str, Actor], book: PatternBook, places: dict[str, Place] | None = None,
                 triggers: frozenset[int] = frozenset(), capitals: frozenset[str] = frozenset()) -> None:
        self.triggers = triggers     # token indices with a trigger: a preposition's reach ends there
        self.capitals = capitals     # place ids of capitals: ungoverned, they speak for their state
        self.places = places or {}
        self.pair_words: bool | None = None      # filled on demand by the coder
        self.actors = actors
        self.index = index
        self.sent = sent
        self.tokens = sent.tokens
        self.lower = [t.text.lower() for t in sent.tokens]
        syntax = book.syntax
        self.syntax = syntax
        self.stops = frozenset(syntax.get("auxiliaries", ()))
        self.light_prefixes = tuple(w[:-1] for w in syntax.get("light_verbs", ()) if w.endswith("*"))
        self.prep_class: dict[str, frozenset[str]] = {}
        for cls, words in (syntax.get("prepositions") or {}).items():
            for word in words:
                self.prep_class[word] = self.prep_class.get(word, frozenset()) | {cls}
        breaks = set(syntax.get("clause_breaks", [",", ";", ":", "–", "(", ")"]))
        self.clause = self._clauses(breaks, set())
        self.units = self._units(mentions, actors)
        # A comma between two names lists them ("Russland, China und Iran"): no clause edge there.
        listing = self._listing_commas()
        if listing:
            self.clause = self._clauses(breaks, listing)
            for unit in self.units:
                unit.clause = self.clause[unit.first]
        self.unit_at: dict[int, Unit] = {}
        for unit in self.units:
            for i in range(unit.first, unit.last + 1):
                self.unit_at.setdefault(i, unit)

    def _listing_commas(self) -> set[int]:
        """Commas inside a list of names: "A, B und C", "A, B, C" (not "Laut A, B hat …")."""
        starts = {u.first: u for u in self.units}
        ends = {u.last for u in self.units}
        coord = set(self.syntax.get("coordination", ())) - {","}
        glue = set(self.syntax.get("determiners", ()))
        commas = set()
        for j, word in enumerate(self.lower):
            if word != "," or j - 1 not in ends or j + 1 not in starts:
                continue
            k = starts[j + 1].last + 1
            if k < len(self.lower) and (self.lower[k] in coord or self.lower[k] == ","):
                k += 1
                while k < len(self.lower) and self.lower[k] in glue:
                    k += 1
                if k in starts:
                    commas.add(j)
        return commas

    def _clauses(self, breaks: set[str], keep: set[int]) -> list[int]:
        clauses, clause = [], 0
        relative = set(self.syntax.get("relative_pronouns", ()))
        resume: int | None = None       # the clause an embedded relative clause interrupts
        top = 0
        for j, word in enumerate(self.lower):
            if word in breaks and j not in keep:
                if resume is not None and word == ",":
                    clause, resume = resume, None     # "…, der über die Grenze geflohen war, Asyl": back again
                    clauses.append(top + 1)           # the closing comma itself belongs to no clause
                    top += 1
                    continue
                top += 1
                if (word == "," and j + 1 < len(self.lower) and self.lower[j + 1] in relative and j > 0
                        and self.tokens[j - 1].text[:1].isupper() and self._closes(j + 1, breaks)):
                    resume = clause
                clause = top
            clauses.append(clause)
        return clauses

    def _closes(self, start: int, breaks: set[str]) -> bool:
        """Whether a comma closes the relative clause opened at ``start``: its last word is a lower-case verb
        ("…, der über die Grenze geflohen war, …"), and the sentence goes on after it."""
        for j in range(start, len(self.lower)):
            if self.lower[j] in breaks:
                return (self.lower[j] == "," and j + 1 < len(self.lower) and self.lower[j + 1].isalpha()
                        and self.tokens[j - 1].text.isalpha() and self.tokens[j - 1].text.islower())
        return False

    # --- units -------------------------------------------------------------------------------------
    def _token_index(self, offset: int, *, end: bool = False) -> int | None:
        for i, token in enumerate(self.tokens):
            if token.start <= offset < token.end or (end and token.start < offset <= token.end):
                return i
        return None

    def _units(self, mentions: list[Mention], actors: dict[str, Actor]) -> list[Unit]:
        usable = [m for m in mentions if m.type in _ACTOR_TYPES and (m.actor or m.place or m.type in ("PER", "ORG"))]
        endings = tuple(self.syntax.get("adjective_endings", ()))
        usable.sort(key=lambda m: (m.start, -(m.end - m.start)))
        units: list[Unit] = []
        for mention in usable:
            if units and mention.start < units[-1].mention.end:      # nested in the previous one
                continue
            first, last = self._token_index(mention.start), self._token_index(mention.end, end=True)
            if first is None or last is None:
                continue
            actor = actors.get(mention.actor) if mention.actor else None
            place = None
            if actor:
                actor_id, name = state_of(actor, actors)
            elif mention.place:      # "die Stadt Charkiw", "in Berlin": the state the place lies in
                place = self.places.get(mention.place)
                actor_id = mention.place if mention.place.startswith("iso:") else state_id(
                    place.country if place else None)
                if actor_id is None:
                    continue
                name = actors[actor_id].name if actor_id in actors else mention.text
            else:
                actor_id, name = None, mention.text
            adjective = mention.type not in ("PER", "ORG") and (
                mention.text[:1].islower() or mention.text.lower().endswith(endings or ("\0",)))
            units.append(Unit(first, last, actor_id, name, mention, adjective=adjective,
                              place=mention.actor is None and mention.place is not None,
                              compound_prefix=mention.end < self.tokens[last].end))
        named = {i for m in mentions for i in self._span_tokens(m.start, m.end)}
        self.named = named
        merged: list[Unit] = []
        for unit in units:   # "russischen Präsidenten Wladimir Putin": the adjective belongs to the name
            prev = merged[-1] if merged else None
            coord = set(self.syntax.get("coordination", ()))
            gap = range(prev.last + 1, unit.first) if prev is not None else range(0)
            # German role words are capitalised: a lower-case word between is a verb ("Erdogan empfing Selenskyj")
            if (prev is not None and not any(j in self.triggers for j in gap)
                    and _modifies(prev, unit, [self.tokens[j].text for j in gap], self.stops,
                                  bool(self.syntax.get("nouns_capitalised")))
                    and 0 < unit.first - prev.last <= 3
                    and not any(self._is_break(i) for i in range(prev.last + 1, unit.first))
                    and not any(self.lower[i] in coord for i in range(prev.last + 1, unit.first))
                    and not any(self.lower[i] in self.prep_class for i in range(prev.last + 1, unit.first))):
                unit.first = prev.first
                merged[-1] = unit
            else:
                merged.append(unit)
        self._state_organs(merged)
        postpositions: dict[str, frozenset[str]] = {}
        for cls, words in (self.syntax.get("postpositions") or {}).items():
            for word in words:
                postpositions[word] = postpositions.get(word, frozenset()) | {cls}
        oblique = set(self.syntax.get("oblique_articles", ()))
        for unit in merged:
            unit.oblique = self._after_oblique_article(unit.first, oblique, named)
            unit.clause = self.clause[unit.first]
            unit.governor = self._governor(unit.first, named)
            if unit.governor is None and unit.last + 1 < len(self.lower):   # "Yonhap zufolge"
                unit.governor = postpositions.get(self.lower[unit.last + 1])
            if (unit.place and unit.governor is None and not unit.oblique and not unit.adjective
                    and unit.mention.place in self.capitals):
                unit.place = False      # "Washington eased sanctions", "hat Teheran gedroht": the government
        return merged

    def _state_organs(self, units: list[Unit]) -> None:
        """"Die Polizei in Minsk", "Prosecutors in Seoul", "a Moscow court": the organ acts for the place's state.

        A place right after an organ word and "in" (``syntax.state_organs``), or right before an organ
        word, is no longer a place but the state acting: it may be a subject, and the unit spans the organ.
        """
        organs = set(self.syntax.get("state_organs", ()))
        if not organs:
            return
        at = {w for w, cls in self.prep_class.items() if "at" in cls and " " not in w}
        taken = {j for u in units for j in range(u.first, u.last + 1)}
        for unit in list(units):
            if not unit.place or unit.actor is None:
                continue
            # "Die Behörden hätten in der Grenzstadt Hyesan … festgenommen": a bare organ acts for the state
            # its clause is set in (the first organ word before the place, after an article, named by no one)
            bare = [k for k in range(unit.first - 2) if self.lower[k] in organs and k not in taken and k > 0
                    and self.lower[k - 1] in set(self.syntax.get("determiners", ())) | {"the"}
                    and self.clause[k] == self.clause[unit.first]]
            if bare and not any(u.first < unit.first and u.clause == unit.clause and not u.place for u in units):
                k = bare[0]
                units.append(Unit(k, k, unit.actor, unit.name, unit.mention))
                units.sort(key=lambda u: u.first)
                taken.add(k)
            k = unit.first - 2
            if k >= 0 and self.lower[unit.first - 1] in at and self.lower[k] in organs and k not in taken:
                unit.first, unit.place = k, False
            elif (unit.last + 1 < len(self.lower) and self.lower[unit.last + 1] in organs
                  and unit.last + 1 not in taken and unit.mention.text[:1].isupper()):
                unit.last, unit.place = unit.last + 1, False

    def named_at(self, i: int) -> bool:
        """Whether token ``i`` belongs to any mention (a name or a place)."""
        return i in self.named

    def _after_oblique_article(self, first: int, oblique: set[str], named: set[int]) -> bool:
        """"den Journalisten Evan Gershkovich": the article before the role noun marks the case."""
        k, nouns = first - 1, 0
        while k >= 0 and nouns < 2 and k not in named and self.tokens[k].text[:1].isupper() and (
                self.lower[k] not in oblique):
            k, nouns = k - 1, nouns + 1
        return k >= 0 and self.lower[k] in oblique

    def _span_tokens(self, start: int, end: int) -> list[int]:
        return [i for i, t in enumerate(self.tokens) if t.start < end and t.end > start]

    def _is_break(self, i: int) -> bool:
        return i > 0 and self.clause[i] != self.clause[i - 1]

    def _governor(self, first: int, named: set[int]) -> frozenset[str] | None:
        """The preposition class a few words before the unit ("mit dem russischen …"), or None."""
        j, steps = first - 1, 0
        while j >= 0 and steps < 4:
            word = self.lower[j]
            if j > 0 and f"{self.lower[j - 1]} {word}" in self.prep_class:     # "according to"
                return self.prep_class[f"{self.lower[j - 1]} {word}"]
            if word in self.prep_class:
                found = self.prep_class[word]
                if found <= {"of", "genitive"} and steps < 3:    # "by members of the EU": the agent
                    outer = self._governor(j, named)
                    if outer and "agent" in outer:
                        return found | outer
                return found
            if (j in named or self._is_break(j + 1) or not word.isalpha() or word in self.stops
                    or j in self.triggers):
                return None          # another name (or place), a clause edge, a number, an auxiliary verb
            j -= 1
            steps += 1
        return None

    # --- groups ------------------------------------------------------------------------------------
    def group(self, unit: Unit) -> list[Unit]:
        """The unit and the units coordinated with it ("Putin und Kim", "Russland, China und Iran")."""
        coord = set(self.syntax.get("coordination", ["und", "and", ",", "sowie", "&"]))
        glue = coord | set(self.syntax.get("determiners", []))
        found, closed = [unit], 1
        index = self.units.index(unit)
        for nxt in self.units[index + 1:]:
            between = self.lower[found[-1].last + 1:nxt.first]
            if not all(w in glue for w in between) or not any(w in coord for w in between):
                break
            found.append(nxt)
            if any(w in coord and w != "," for w in between):
                closed = len(found)
        # a comma alone lists only when a real coordinator follows ("A, B und C"); in "… to Russia, South
        # Korea's spy agency said" the comma ends the group
        return found[:closed]

    # --- role finders ------------------------------------------------------------------------------
    def location(self, i: int) -> str | None:
        """Where it happened: a place named after "in"/"bei"/"at" in the trigger's clause, else in the sentence.

        "Putin und Kim trafen sich in Wladiwostok" → ``gn:2013348``.
        """
        located = [u for u in self.units if u.mention.place and u.governor and "at" in u.governor]
        same = [u for u in located if u.clause == self.clause[i]]
        chosen = (same or located)[:1]
        return chosen[0].mention.place if chosen else None

    def in_clause(self, i: int) -> list[Unit]:
        return [u for u in self.units if u.clause == self.clause[i] and not (u.first <= i <= u.last)]

    def subject(self, i: int, *, verb: bool, places: bool = False) -> list[Unit]:
        units = [u for u in self.in_clause(i) if u.governor is None and (places or not u.place) and not u.oblique]
        before = [u for u in units if u.last < i]
        if before:
            if self.syntax.get("subject") == "nearest":     # English: "Wang Yi said Beijing would not …"
                determiners = set(self.syntax.get("determiners", ()))
                # "expelled the Russian ambassador and downgraded …": an adjective after "the" is an object's
                heads = [u for u in before if not (u.adjective and u.first > 0
                                                   and self.lower[u.first - 1] in determiners)] or before
                return self.group(self.group_start(heads[-1]))
            return self.group(before[0])
        linked = self._linked_subject(i, places)
        if linked:
            return linked
        if verb and self.syntax.get("inversion") and not self._unnamed_subject(i):
            skip = set(self.syntax.get("inversion_skip", []))
            j, nouns = i + 1, 0
            # "kritisiert die Grünen-Abgeordnete Madeleine Petrovic": articles, adverbs and up to two role nouns
            while j < len(self.tokens) and j not in self.unit_at and (self.lower[j] in skip or (
                    nouns < 2 and self.tokens[j].text[:1].isupper()
                    and self.lower[j] not in self.prep_class and self.clause[j] == self.clause[i])):
                nouns += self.lower[j] not in skip
                j += 1
            unit = self.unit_at.get(j)
            if unit is not None and unit.governor is None and not unit.place and not unit.oblique:
                return self.group(unit)
        if verb and i > 0 and self.lower[i - 1] == ",":   # "Putin, der Kremlchef, kritisierte …"
            earlier = [u for u in self.units if u.last < i and u.governor is None and not u.place]
            if earlier:
                return self.group(earlier[0])
            # "Moscow denies …", "Washington eased …": a city right before the verb speaks for its state
            prev = self.unit_at.get(i - 1)
            if prev is not None and prev.place and prev.governor is None:
                return [prev]
        return []

    def _unnamed_subject(self, i: int) -> bool:
        """"Der Minister rief die USA auf": an article and a noun open the clause, so a name after the verb is
        no inverted subject (``syntax.nominative_articles``)."""
        clause = self.clause[i]
        start = next(j for j in range(len(self.lower)) if self.clause[j] == clause)
        if start < len(self.lower) and not self.lower[start].isalnum():
            start += 1
        return (start + 1 < i and self.lower[start] in set(self.syntax.get("nominative_articles", ()))
                and self.tokens[start + 1].text[:1].isupper() and start + 1 not in self.unit_at)

    def group_start(self, unit: Unit) -> Unit:
        """The first unit of the coordination a unit ends ("Russia and China" from "China")."""
        coord = set(self.syntax.get("coordination", ["und", "and", ",", "sowie", "&"]))
        glue = coord | set(self.syntax.get("determiners", []))
        index = start = self.units.index(unit)
        while index > 0:
            prev = self.units[index - 1]
            between = self.lower[prev.last + 1:self.units[index].first]
            if not between or not all(w in glue for w in between) or not any(w in coord for w in between):
                break
            index -= 1
            if any(w in coord and w != "," for w in between) or index < start - 1:
                continue
            # "Russia, South Korea said": a comma alone before the unit joins only a list that goes on
            nxt = self.units[start + 1] if start + 1 < len(self.units) else None
            if nxt is None or not any(w in coord and w != "," for w in self.lower[unit.last + 1:nxt.first]):
                index = start
                break
        return self.units[index]

    def _linked_subject(self, i: int, places: bool) -> list[Unit]:
        """", aber keine Einigung erzielt": a clause opened by "aber"/"und" shares the previous subject."""
        clause = self.clause[i]
        start = next(j for j in range(len(self.lower)) if self.clause[j] == clause)
        first = start + 1 if start + 1 < len(self.lower) and self.lower[start] in (",", ";") else start
        if clause == 0 or self.lower[first] not in self.syntax.get("clause_links", ()):
            return []
        earlier = [u for u in self.units if u.clause == clause - 1 and u.governor is None and (places or not u.place)]
        return self.group(earlier[0]) if earlier else []

    def object(self, i: int, taken: list[Unit]) -> list[Unit]:
        units = [u for u in self.in_clause(i) if u.governor is None and u not in taken
                 and not any(u in self.group(t) for t in taken)]
        after = [u for u in units if u.first > i and not self._past_trigger(i, u)]
        if after:
            return self.group(after[0])
        if self.syntax.get("verb_final"):
            before = [u for u in units if u.last < i]
            if before:
                return self.group(before[0])
        return []

    def rest(self, i: int, taken: list[Unit]) -> list[Unit]:
        """Last resort for a target: any other name of the clause ("kritisierte die Hinrichtungen … im Iran")."""
        units = [u for u in self.in_clause(i) if u not in taken and not (
            u.governor and u.governor & {"agent", "source"}) and not any(u in self.group(t) for t in taken)]
        after = [u for u in units if u.first > i and not self._past_trigger(i, u)]
        if after:
            return self.group(after[0])
        before = [u for u in units if u.last < i] if self.syntax.get("verb_final") else []
        return self.group(before[-1]) if before else []

    def _past_trigger(self, i: int, unit: Unit) -> bool:
        """Another trigger stands between: "travel to Washington to meet Biden" (Biden is met, not travelled to)."""
        return any(i < j < unit.first for j in self.triggers)

    def governed(self, i: int, cls: str, *, window: int | None = None) -> list[Unit]:
        """A unit after "mit"/"gegen"/… in the clause: after the trigger first, else before it (verb-final)."""
        units = [u for u in self.in_clause(i) if u.governor and cls in u.governor]
        after = [u for u in units if u.first > i and (window is None or u.first - i <= window)]
        if after:
            return self.group(after[0])
        before = [u for u in units if u.last < i] if window is None else []
        if before:
            return self.group(before[-1])
        if i + 2 < len(self.lower) and self.lower[i + 1] == ",":    # "bereit, zwischen A und B zu vermitteln"
            nxt = [u for u in self.in_clause(i + 2) if u.governor and cls in u.governor]
            return self.group(nxt[0]) if nxt else []
        return []

    def compound(self, i: int) -> list[Unit]:
        return [u for u in self.units if u.first <= i <= u.last]

    def genitive(self, i: int) -> list[Unit]:
        prev = self.unit_at.get(i - 1)
        if prev is not None and prev.mention.text.lower().endswith(("s", "'s", "’s")) and not prev.adjective:
            return [prev]
        nxt = self.unit_at.get(i + 1)
        if nxt is not None and nxt.mention.text.endswith("s") and not nxt.adjective and self.syntax.get(
                "postnominal_genitive"):
            return self.group(nxt)
        return []

    def after(self, i: int) -> list[Unit]:
        """The first name after the trigger in the sentence: the addressee of what is demanded or threatened."""
        rest = [u for u in self.units if u.first > i and not u.adjective and not (
            u.governor and u.governor & {"agent", "source"})]
        return self.group(rest[0]) if rest else []

    def adjective(self, i: int) -> list[Unit]:
        for j in (i - 1, i - 2):
            unit = self.unit_at.get(j)
            if unit is not None and unit.adjective:
                return [unit]
        return []

    def any(self, i: int, taken: list[Unit]) -> list[Unit]:
        rest = [u for u in self.units if u not in taken and not u.adjective and not u.place
                and not (u.first <= i <= u.last)]
        return rest[:1]

    def passive_clause(self, i: int) -> bool:
        """Whether the trigger's clause has a passive auxiliary ("wurde", "was")."""
        passive = set(self.syntax.get("passive", []))
        return any(self.lower[j] in passive for j in range(len(self.lower)) if self.clause[j] == self.clause[i])

    def passive_agent(self, i: int) -> list[Unit]:
        """"wurde von X kritisiert", "was condemned by X": the agent, when the clause is passive."""
        passive = set(self.syntax.get("passive", []))
        clause = self.clause[i]
        if not any(self.lower[j] in passive for j in range(len(self.lower)) if self.clause[j] == clause):
            return []
        agents = [u for u in self.in_clause(i) if u.governor and "agent" in u.governor]
        return self.group(agents[0]) if agents else []
