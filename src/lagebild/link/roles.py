"""Role phrases: a country (or organisation) and a role word, with or without a name.

Shapes recognised, German and English alike::

    Russlands Präsident (Wladimir Putin)      genitive + role
    der russische Präsident (Wladimir Putin)  adjective + role
    US-Präsident (Donald Trump)               compound prefix + role
    Russian President (Vladimir Putin)        English premodifier + role
    Präsident Russlands / President of Russia role + country
    Bundeskanzler (Angela Merkel)             role word that implies its country
    Präsident Wladimir Putin                  role + name (country from the person)

With a name, the person keeps the name's link and gains the role; without one,
the office holder on the article's date is looked up ("der US-Präsident" in
April 2019 → Donald Trump) and the phrase becomes a PER mention of them.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..kb.lookup import KB
from ..kb.matcher import Piece
from ..kb.records import KBActor
from .language import LinkLanguage, Role

_LINKERS = frozenset({"der", "des", "of", "the"})
# Definite articles before a bare role word that make it refer back ("der Präsident", "the president").
_DEFINITE = frozenset({"der", "die", "das", "des", "dem", "den", "the"})


@dataclass
class Found:
    """One resolved name in a sentence: pieces first..last and what they denote."""

    first: int
    last: int
    kind: str                      # the name kind: N, A, J, D, S, R, P or "role"
    genitive: bool
    actor: KBActor | None = None
    place: object | None = None
    role: str | None = None
    reason: str | None = None
    # A role word waiting for its holder later in the article (the office it names).
    office: str | None = None


@dataclass
class RolePhrase:
    first: int
    last: int
    role: Role


def find_role_words(pieces: list[Piece], language: LinkLanguage, taken: set[int]) -> list[RolePhrase]:
    """Role phrases among the pieces no name has claimed, longest first."""
    out: list[RolePhrase] = []
    i = 0
    while i < len(pieces):
        if i in taken:
            i += 1
            continue
        for key in language.role_starts.get(pieces[i].text.casefold(), ()):
            end = i + len(key) - 1
            if end < len(pieces) and all(pieces[i + k].text.casefold() == key[k] and (k == 0 or pieces[i + k].joined)
                                         for k in range(len(key))):
                out.append(RolePhrase(i, end, language.roles[key]))
                i = end
                break
        i += 1
    return out


def _holder(found: Found) -> str | None:
    """The office-holding entity a country or organisation mention stands for (ISO alpha-3 / IGO code)."""
    actor = found.actor
    if actor is None:
        return None
    if actor.type == "GPE":
        return actor.id.removeprefix("iso:")
    if actor.type == "ORG" and actor.cameo and actor.cameo.startswith("IGO"):
        return actor.cameo
    return None


def apply_roles(text: str, pieces: list[Piece], found: list[Found], phrases: list[RolePhrase], kb: KB,
                day: str | None, language: LinkLanguage, language_code: str, *, home: str = "DEU",
                recent: list[KBActor] | None = None) -> list[Found]:
    """Attach roles to named people and turn bare role phrases into mentions of the office holder.

    ``home`` is the readers' country, for role words that imply it ("Bundeskanzler"); ``recent``
    the article's actors before this sentence, latest first, for a definite role word that refers
    back ("Trump … der Präsident"; earlier in the same sentence counts too). A definite role word nobody earlier holds comes back with ``office`` set and
    no actor, for the caller to resolve forwards ("The president said … Trump has pressed").
    Generic uses are skipped: after an indefinite article or an ordinal ("a North Korean leader",
    "erster amtierender Präsident", "46. Präsident").
    """
    by_first = {f.first: f for f in found}
    by_last = {f.last: f for f in found}
    new: list[Found] = []
    for phrase in phrases:
        implied_home = phrase.role.holder == "@home"
        igo_only = phrase.role.holder == "@igo"
        holder = None if implied_home or igo_only else phrase.role.holder
        # "Bundeskanzler-Schwenk", "US-Präsidenten-Wahl": a role word as a compound's first part is no person.
        if phrase.last + 1 < len(pieces) and pieces[phrase.last + 1].after_hyphen:
            continue
        start = phrase.first
        before = by_last.get(phrase.first - 1)
        joined = pieces[phrase.first].joined
        if holder is None and before is not None and joined and _holder(before):
            premodifier = (before.genitive or before.kind == "J" or pieces[phrase.first].after_hyphen
                           or (language_code == "en" and before.kind in "NA"))
            if premodifier:
                holder, start = _holder(before), before.first
        end = phrase.last
        after_index = phrase.last + 1
        if holder is None:
            # "Präsident Russlands", "President of Russia", "Präsident der USA"
            probe = after_index
            while probe < len(pieces) and pieces[probe].text.casefold() in _LINKERS and probe - after_index < 2:
                probe += 1
            following = by_first.get(probe)
            # Only a country's or organisation's name: "Präsident des Österreichischen Rechtsanwaltskammertags"
            # is no president of Austria.
            if following is not None and following.kind in "NA" and _holder(following) \
                    and (following.genitive or probe > after_index):
                # "die Präsidenten Russlands und der Ukraine": several offices, no one holder.
                if _coordinated_country(pieces, by_first, following.last + 1):
                    continue
                holder, end, after_index = _holder(following), following.last, following.last + 1
        if holder is None and implied_home:
            holder = home
        if igo_only and not (holder or "").startswith("IGO"):
            continue
        if any(p.text.casefold() in language.generic or p.text.isdigit() for p in pieces[max(0, start - 3):start]):
            continue
        # "an Bundeskanzler und SPÖ-Chef Werner Faymann": the name after the next office is the holder.
        if after_index + 1 < len(pieces) and pieces[after_index].text.casefold() in ("und", "and") and any(
                _is_person(by_first.get(k)) for k in range(after_index + 1, min(after_index + 5, len(pieces)))):
            continue
        # "Rupert Wolff, Präsident des …", "ÖVP-Chef, Vizekanzler, Kanzler": in apposition to someone else
        # or in a list of offices, the role word names no holder.
        lead = start - 1 if start > 0 and pieces[start - 1].text.casefold() in _DEFINITE else start
        if lead == start and start > 0 and text[pieces[start - 1].end:pieces[start].start].strip() == ",":
            continue
        former = start > 0 and pieces[start - 1].text.casefold() in language.former
        person = by_first.get(after_index)
        # "Präsident Wladimir Putin", and in apposition "South Korea's president, Yoon Suk Yeol".
        apposition = after_index < len(pieces) and (
            pieces[after_index].joined or text[pieces[after_index - 1].end:pieces[after_index].start].strip() == ",")
        if person is not None and person.actor is not None and person.actor.type == "PER" and apposition:
            held = kb.role_on(person.actor, day)
            # A person whose terms the KB knows but who held none on the day is a former (or future)
            # office holder: "Ex-Präsident Obama" in 2019 gets no role.
            office = phrase.role.office.replace("_", " ")
            if former:
                person.role = None if held else f"former {office}"
            else:
                person.role = held[1] if held else (None if person.actor.roles else office)
            person.reason = f"role phrase {_text(pieces, start, end)!r}"
            continue
        if holder is None and not former and start > 0 and pieces[start - 1].text.casefold() in _DEFINITE \
                and (after_index >= len(pieces) or pieces[after_index].text.casefold() not in _LINKERS):
            in_sentence = [f.actor for f in sorted(found, key=lambda f: -f.first)
                           if f.last < phrase.first and f.actor is not None]
            earlier = next((a for a in in_sentence + list(recent or ())
                            if a.type == "PER" and kb.holds(a, phrase.role.office, on=day)), None)
            if earlier is not None:
                held = kb.role_on(earlier, day)
                new.append(Found(phrase.first, phrase.last, "role", False, earlier, None, held[1] if held else None,
                                 f"role word {_text(pieces, start, end)!r} refers back"))
            else:
                new.append(Found(phrase.first, phrase.last, "role", False, None,
                                 reason=f"role word {_text(pieces, start, end)!r} refers forward",
                                 office=phrase.role.office))
            continue
        if holder is None or former:
            continue
        holders = kb.holders(holder, phrase.role.office, on=day)
        if holders:
            actor = holders[0]
            held = kb.role_on(actor, day)
            # The mention is the role word ("Präsident"); the country beside it is its own mention.
            new.append(Found(phrase.first, phrase.last, "role", False, actor, None, held[1] if held else None,
                             f"role phrase {_text(pieces, start, end)!r} at {day or 'today'}"))
    return new


def _is_person(found: Found | None) -> bool:
    return found is not None and found.actor is not None and found.actor.type == "PER"


def _coordinated_country(pieces: list[Piece], by_first: dict[int, Found], index: int) -> bool:
    """Whether piece ``index`` starts "und (der) <country>": the role word before was a plural."""
    if index >= len(pieces) or pieces[index].text.casefold() not in ("und", "and", "sowie"):
        return False
    probe = index + 1
    if probe < len(pieces) and pieces[probe].text.casefold() in _LINKERS:
        probe += 1
    following = by_first.get(probe)
    return following is not None and _holder(following) is not None


def _text(pieces: list[Piece], first: int, last: int) -> str:
    return " ".join(piece.text for piece in pieces[first:last + 1])
