"""The linking stage: known-name mentions, then actors and places, date-aware.

``link_mentions(article, settings)`` reads ``article.sentences`` (with their
tokens; a sentence without tokens is cut into pieces from its text) and fills
``article.mentions``, ``article.actors`` (unique by id, in order of first
mention) and ``article.places``. Sentences are read in order so that short
forms refer back: after "Kim Jong Un", a bare "Kim" is him; after any full
personal name its surname is.

Example: in an article published 2019-02-27, "US-Präsident Donald Trump traf
Kim Jong Un in Hanoi. Kim lächelte." gives mentions US (GPE, iso:USA), Donald
Trump (PER, wd:Q22686, role president, cameo USAGOV), Kim Jong Un (PER,
wd:Q56226), Hanoi (GPE, gn:1581130) and Kim (PER, wd:Q56226).
"""

from __future__ import annotations

from ..kb.lookup import KB, load_kb
from ..kb.matcher import Match, NameMatcher, Piece, cut_pieces
from ..kb.names import NameEntry
from ..kb.records import KBActor, KBPlace
from ..model import Actor, Article, Mention, Place
from ..settings import Settings
from .capitals import capitals_as_governments
from .compounds import names_in_compounds
from .directions import directions_as_countries
from .ellipsis import expand_ellipses
from .language import LinkLanguage, link_language
from .places import choose_place, has_place_context
from .roles import Found, apply_roles, find_role_words
from .unknown import add_unknown_mentions

# Preference among actors sharing one name: a country before an organisation before a person.
_TYPE_ORDER = {"GPE": 0, "ORG": 1, "PER": 2}
# Adjectives and inhabitants are the country (GPE), as the entity guideline has it (tests/gold/entities).
_MENTION_TYPE = {"J": "GPE", "D": "GPE", "P": "GPE", "L": "LOC"}
_COORDINATORS = frozenset({"und", "oder", "sowie", "and", "or"})


class _Everyone:
    """A 'seen' set that contains every id: the matcher offers all refer-back forms."""

    def __contains__(self, ident: object) -> bool:
        return True


_EVERYONE = _Everyone()
# A full name or abbreviation before an adjective or demonym of the same spelling ("Bermuda").
_KIND_ORDER = {"N": 0, "A": 0, "S": 1, "R": 1}
# Lower-case name particles that belong to a surname ("von der Leyen", "al-Assad", "Van der Bellen").
_PARTICLES = frozenset({"von", "van", "der", "de", "del", "al", "el", "bin", "ibn", "la", "le", "da", "di", "dos"})


def kb_for(settings: Settings) -> KB:
    """The knowledge base the settings name (``kb.path``, ``kb.user_actors``), loaded once per process."""
    return load_kb(settings.kb.path or None, settings.kb.user_actors or None)


def _day(article: Article) -> str | None:
    return article.published[:10] if article.published and len(article.published) >= 10 else None


class _ArticleLinker:
    """State for one article: what has been seen, for back-references and unique actors."""

    def __init__(self, kb: KB, language: LinkLanguage, language_code: str, day: str | None,
                 *, home: str = "DEU") -> None:
        self.kb = kb
        self.home = home
        self.matcher = NameMatcher(kb.index)
        self.language = language
        self.language_code = language_code
        self.day = day
        self.seen: dict[str, int] = {}            # actor id → order of last mention
        self._tick = 0
        self.seen_families: set[str] = set()        # countries and IGO code stems of actors seen
        self.aliases: dict[str, list[NameEntry]] = {}

    def sentence(self, text: str, spans: list[tuple[int, int]]) -> tuple[list[Piece], list[Found]]:
        pieces = cut_pieces(text, spans)
        before = self._recent()
        # Refer-back forms are all offered; _resolve keeps those whose bearer was seen, also earlier in
        # this very sentence ("Kim Jong Un … zum Jahrestag der Arbeiterpartei").
        matches = self.matcher.find(pieces, seen=_EVERYONE, aliases=self.aliases)
        found: list[Found] = []
        for match in matches:
            resolved = self._resolve(match, pieces, found[-1] if found else None)
            if resolved is not None:
                found.append(resolved)
                self._see(resolved)
        found += expand_ellipses(text, pieces, found, self.kb)
        found += names_in_compounds(pieces, found, self.kb, self.day)
        found += directions_as_countries(pieces, found, self.kb, self.language, self.seen_families)
        capitals_as_governments(text, pieces, found, self.kb, self.language)
        taken = {i for f in found for i in range(f.first, f.last + 1)}
        phrases = find_role_words(pieces, self.language, taken)
        found += apply_roles(text, pieces, found, phrases, self.kb, self.day, self.language, self.language_code,
                             home=self.home, recent=before)
        for f in found:
            self._see(f)
            if f.actor is not None and f.actor.type == "PER" and f.kind == "N" and f.last > f.first:
                self._learn_surname(pieces[f.first:f.last + 1], f.actor)
        found.sort(key=lambda f: (f.first, -f.last))
        return pieces, found

    def _see(self, found: Found) -> None:
        if found.actor is not None:
            self._tick += 1
            self.seen[found.actor.id] = self._tick
            self.seen_families.update(x for x in (found.actor.country, (found.actor.cameo or "")[:6]) if x)

    def _recent(self) -> list[KBActor]:
        """Actors seen so far in the article, most recently mentioned first."""
        order = sorted(self.seen.items(), key=lambda item: -item[1])
        return [actor for actor in (self.kb.actor_by_id.get(ident) for ident, _ in order) if actor is not None]

    def _learn_surname(self, name: list[Piece], actor: KBActor) -> None:
        """After "Alexander Van der Bellen", "Van der Bellen" (or after "Sebastian Kurz", "Kurz") is him."""
        start = next((k for k in range(1, len(name)) if name[k].text.casefold() in _PARTICLES), len(name) - 1)
        surname = name[start:]
        last = surname[-1].text
        if len(last) < 4 or not last[:1].isupper() or last.isupper():
            return
        entry = NameEntry(tuple(p.text.casefold() for p in surname), tuple(p.text for p in surname), "S",
                          [actor])
        self.aliases[entry.key[0]] = [entry]

    def _resolve(self, match: Match, pieces: list[Piece], previous: Found | None) -> Found | None:
        if match.first == match.last and pieces[match.first].text.casefold() in self.language.not_names:
            return None
        # "Kurz darauf …": an ordinary word that opens the sentence is no short name or town.
        if match.first == match.last == 0 and pieces[0].text.casefold() in self.language.sentence_initial \
                and all(entry.kind in "SRP" for entry in match.entries):
            return None
        actors: list[tuple[str, KBActor]] = []
        places: list[KBPlace] = []
        areas: list[KBPlace] = []
        for entry in match.entries:
            for target in entry.targets:
                if isinstance(target, KBPlace):
                    (areas if entry.kind == "L" else places).append(target)
                elif entry.kind != "R" or (self._refers_back(target) and not _qualified(pieces, match.first)):
                    actors.append((entry.kind, target))
        locative = has_place_context(pieces, match.first, self.language)
        # "im Weißen Haus" is the building; "das Weiße Haus erklärte" the actor.
        if areas and (not actors or locative):
            return Found(match.first, match.last, "L", match.genitive, None, None)
        if actors:
            kind, actor = min(actors, key=self._actor_rank)
            found = Found(match.first, match.last, kind, match.genitive, actor)
            following = pieces[match.last + 1] if match.last + 1 < len(pieces) else None
            compound_prefix = following is not None and (following.after_hyphen or (
                # English "US officials", "US president": the abbreviation premodifies like a prefix.
                self.language_code == "en" and kind == "A" and following.joined
                and following.text.casefold() not in _COORDINATORS))
            if actor.type == "GPE" and kind in "NA" and not compound_prefix:
                found.place = self.kb.place_by_id.get(actor.id)
            return found
        surface = " ".join(p.text for p in pieces[match.first:match.last + 1])
        if match.genitive:
            surface = match.entries[0].pieces[-1] if len(match.entries[0].pieces) == 1 else surface
        # "in Kyjiw und Cherson": a town coordinated with a place read as a place shares its context.
        coordinated = (previous is not None and previous.place is not None and previous.last == match.first - 2
                       and pieces[match.first - 1].text.casefold() in _COORDINATORS)
        place = choose_place(places, surface, pieces, match.first, match.last, self.language,
                             coordinated=coordinated)
        if place is None:
            return None
        if place.feature == "region":
            # First-order regions have no GeoNames id here: a LOC mention, linked to nothing.
            return Found(match.first, match.last, "L", match.genitive, None, None)
        return Found(match.first, match.last, "P", match.genitive, None, place)

    def _refers_back(self, target: KBActor) -> bool:
        """A refer-back form stands for ``target`` once it, or an actor of its country or organisation
        family, was mentioned: "die Union" after Scholz, "die Generalversammlung" after the UN."""
        if target.id in self.seen:
            return True
        if target.type != "ORG":
            return False
        family = target.country or (target.cameo or "")[:6] or None
        return family is not None and family in self.seen_families

    def _actor_rank(self, item: tuple[str, KBActor]) -> tuple:
        kind, actor = item
        in_office = self.kb.role_on(actor, self.day) is not None if actor.type == "PER" else False
        recent = -self.seen.get(actor.id, -1)
        # A short form is whoever bore it last ("Kim" after "Kim Yo Jong"); a full name, who held office.
        by_recency = recent if kind in "RS" else 0
        return (_TYPE_ORDER.get(actor.type, 3), _KIND_ORDER.get(kind, 2), by_recency, not in_office, recent,
                not actor.roles)


_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des", "the", "a", "an", "ein", "eine", "einer", "eines"})


def _qualified(pieces: list[Piece], first: int) -> bool:
    """A short form after an adjective names another body: "der nationale Sicherheitsrat"."""
    if first == 0:
        return False
    word = pieces[first - 1].text
    return word[:1].islower() and word.casefold() not in _ARTICLES and word.endswith(("e", "en", "er", "es", "em",
                                                                                          "al", "ic", "an"))


def _resolve_forward(sentences: list[tuple[list[Piece], list[Found]]], kb: KB, day: str | None,
                     home: str) -> None:
    """Link waiting role words to the first later person who held that office on the day, one of the
    readers' country first ("the president warned that Putin … Biden announced" → Biden)."""
    flat = [f for _, found in sentences for f in found]
    for index, waiting in enumerate(flat):
        if waiting.office is None or waiting.actor is not None:
            continue
        later = [f.actor for f in flat[index + 1:] if f.actor is not None and f.actor.type == "PER"
                 and kb.holds(f.actor, waiting.office, on=day)]
        later = [a for a in later if kb.holds(a, waiting.office, on=day, holder=home)] + later
        later = later[0] if later else None
        if later is not None:
            held = kb.role_on(later, day)
            waiting.actor, waiting.role = later, held[1] if held else None


def _contract_actor(kb: KB, actor: KBActor, role: str | None, day: str | None) -> Actor:
    if role is None and actor.type == "PER":
        held = kb.role_on(actor, day)
        role = held[1] if held else None
    return Actor(actor.id, actor.name, actor.type, actor.country, kb.code_on(actor, day), role)


def _contract_place(place: KBPlace) -> Place:
    return Place(place.id, place.name, place.country, place.lat, place.lon, place.feature)


def link_mentions(article: Article, settings: Settings) -> Article:
    """Fill mentions, actors and places from the knowledge base (the ``mentions`` stage)."""
    kb = kb_for(settings)
    language = link_language(article.language)
    home = settings.kb.home_country or language.home_country
    linker = _ArticleLinker(kb, language, article.language, _day(article), home=home.upper())
    mentions: list[Mention] = []
    actors: dict[str, Actor] = {}
    places: dict[str, Place] = {}
    text = article.text
    sentences = []
    for sent in article.sentences:
        spans = [(token.start, token.end) for token in sent.tokens] or [(sent.start, sent.end)]
        sentences.append(linker.sentence(text, spans))
    _resolve_forward(sentences, kb, linker.day, linker.home)
    for index, (pieces, found) in enumerate(sentences):
        for f in found:
            if f.actor is None and f.place is None and f.kind == "role":
                continue
            start, end = pieces[f.first].start, pieces[f.last].end
            if f.genitive:
                # The English possessive stays outside the span ("Putin" in "Putin's"); German "Putins" is whole.
                last = pieces[f.last].text
                end -= 2 if last.endswith(("'s", "’s")) else 1 if last.endswith(("'", "’")) else 0
            actor_id = place_id = None
            if f.actor is not None:
                actor_id = f.actor.id
                if actor_id not in actors or (f.role and not actors[actor_id].role):
                    actors[actor_id] = _contract_actor(kb, f.actor, f.role, linker.day)
            if f.place is not None:
                place_id = f.place.id
                places.setdefault(place_id, _contract_place(f.place))
            kind = "PER" if f.kind == "role" else _MENTION_TYPE.get(f.kind)
            if kind is None:
                kind = f.actor.type if f.actor is not None else "GPE"
            mentions.append(Mention(start, end, text[start:end], kind, index, actor_id, place_id))
    article.mentions = add_unknown_mentions(article, mentions, settings, kb)
    article.actors = list(actors.values())
    article.places = list(places.values())
    return article
