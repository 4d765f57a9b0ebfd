"""The events stage: triggers → source, target, CAMEO code, PLOVER type, Goldstein weight and mode.

``code_events(article, settings)`` looks every token up in the language's
pattern index (:mod:`.triggers`); only sentences with a trigger are read
further. For each trigger the pattern's role finders (:mod:`.roles`) pick the
source and target groups among the linked mentions, :mod:`.modes` decides the
mode, and the ontology adds PLOVER, Goldstein and quad class. Symmetric
patterns ("trafen sich", "met") give one event per pair, coded once.

Article context (:mod:`.context`): "beide Seiten"/"both sides" (``syntax.pair_words``)
takes the pair of a recent two-sided event, patterns with ``inherit`` the actors
of a recent event of the listed CAMEO roots ("der Gipfel endete ohne gemeinsame
Erklärung" → the summit's pair); then duplicates are merged.

Example: "Putin und Kim trafen sich in Wladiwostok." → one event
``source=wd:Q7747, target=wd:Q56226, cameo=040, plover=CONSULT, mode=asserted``.
"""

from __future__ import annotations

from ..model import Article, Event, Mention, Span
from ..settings import Settings
from .context import SYMMETRIC_ROOTS, attribution, borrowed, complete, deduplicate, may_borrow
from .modes import ModeCues, find_mode, mode_cues, quote_at
from .ontology import describe
from .roles import SentenceView, Unit
from .triggers import Pattern, PatternBook, lookup, pattern_book

_CUES: dict[str, dict[str, ModeCues]] = {}
_REPRESSION = frozenset({"17"})     # coercion: arrests, bans, seizures
# Roots a state may act on at home (investigation, protest, force posture, coercion, violence): a place of its own is a target
_DOMESTIC = frozenset({"09", "14", "15", "17", "18", "19", "20"})
# Roots whose place alone may be the target, with no source named ("In Tiflis demonstrierten Zehntausende")
_PLACE_TARGET = frozenset({"14", "15", "17", "18", "19", "20"})
_BOTH_SIDES_BELOW = 0.6
# "wollen … zusammenarbeiten", "is ready to send aid": the expressed intent (03x) instead of the act itself.
_INTENT = {"04": "036", "05": "030", "06": "031", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
           "07": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334", "08": "035", "085": "0354",
           "084": "0353", "0841": "0353", "0842": "0353", "087": "0356", "0871": "0356", "0873": "0356",
           "0874": "0356"}


def code_events(article: Article, settings: Settings) -> Article:
    """Fill ``article.events``; an article in a language without patterns gets none."""
    book = pattern_book(article.language)
    if book is None:
        article.events = []
        return article
    cues = _CUES.get(book.language)
    if cues is None:
        cues = _CUES[book.language] = mode_cues(book.modes)
    by_sentence: dict[int, list[Mention]] = {}
    for mention in article.mentions:
        by_sentence.setdefault(mention.sentence, []).append(mention)
    actors = {a.id: a for a in article.actors if a.id}
    places = {p.id: p for p in article.places if p.id}
    capitals = _capitals(article, settings) if places else frozenset()
    events: list[Event] = []
    for index, sent in enumerate(article.sentences):
        hits = [(i, found) for i, token in enumerate(sent.tokens) if (found := lookup(book, token.text))]
        if not hits:
            continue
        if index not in by_sentence and not may_borrow(sent, hits, book):
            continue     # nobody named and no "beide Seiten"/"der Gipfel …": nothing to code
        view = SentenceView(article, sent, index, by_sentence.get(index, []), actors, book, places,
                            _verbal(sent, hits, book), capitals)
        # Object words already read by a pattern, with that pattern's root: "Zusicherung … Hilfe" is one
        # 03 event, not also a 07 one; "provides humanitarian aid" may still refine 070 to 073.
        used: dict[int, str] = {}
        used_mode: dict[int, str] = {}     # "failed to agree on a ceasefire": the ceasefire is negated too
        deferred: list[tuple[int, tuple]] = []   # context nouns without a pair yet: may take a later one
        first = len(events)
        hits = hits + [(None, None)]
        n = -1
        while n + 1 < len(hits):
            n += 1
            i, candidates = hits[n]
            if i is None:     # "The summit ended without a joint statement, and Russia gave no … to Pyongyang"
                for j, option in deferred:
                    events.extend(_code(article, view, j, option[0], option[1], cues, events, book, option[2]))
                break
            options = _viable(view, i, candidates)
            if not options:
                continue
            # A word with a noun and a verb reading ("sanctions", "attack"): the reading that finds more actors.
            tried = [options[0]] + [o for o in options[1:] if o[0].kind != options[0][0].kind][:1]
            results = [(option, _code(article, view, i, option[0], option[1], cues, events, book, option[2]))
                       for option in tried if not (i in used and used[i] != option[1][:2])]
            if not results:
                continue
            (pattern, code, objects), coded = max(results, key=lambda r: _score(r[1]))
            if not coded and pattern.inherit:
                deferred.append((i, (pattern, code, objects)))
            for j in objects if coded else ():
                used.setdefault(j, code[:2])
                used_mode.setdefault(j, coded[0].mode)
            if i in used_mode and used_mode[i] == "negated":
                for event in coded:
                    event.mode = "negated"
            events.extend(coded)
            if (coded or pattern.mode in ("demanded", "threatened")) and _swallows(pattern, code):
                # also a demand without its sides: "… rief zu Verhandlungen auf" names no negotiations; what
                # follows "after"/"wegen" is the occasion, not the content ("threatened retaliation after the
                # US strike")
                hits = [h for h in hits if h[0] is None or h[0] <= i or _occasion(view, i, h[0])]
        if used and len(events) > first:
            # an object word coded before the verb that reads it ("Einen Besuch … sagte er nicht zu"): the verb's
            at = {t.start: j for j, t in enumerate(view.tokens)}
            events[first:] = [e for e in events[first:] if used.get(at.get(e.trigger.start, -1), e.cameo[:2])
                              == e.cameo[:2]]
    article.events = deduplicate(complete(events, actors))
    return article


def _capitals(article: Article, settings: Settings) -> frozenset[str]:
    """Ids of the article's places that are capitals ("Washington eased sanctions": the US government)."""
    from ..link.mentions import kb_for  # the knowledge base is loaded already when places were linked

    kb = kb_for(settings)
    return frozenset(p.id for p in article.places if p.id and getattr(kb.place_by_id.get(p.id), "capital", False))


def _verbal(sent, hits: list, book: PatternBook) -> frozenset[int]:
    """Token indices that may be verb triggers (German verbs are lower case): they bound roles."""
    capitalised = book.syntax.get("nouns_capitalised", False)
    return frozenset(i for i, found in hits if any(p.kind == "verb" for p in found)
                     and not (capitalised and i > 0 and sent.tokens[i].text[:1].isupper()))


def _named(unit: Unit) -> tuple[str | None, str]:
    return unit.actor, unit.name


def _score(events: list[Event]) -> int:
    return sum(bool(e.source_name) + bool(e.target_name) for e in events[:1])


def _viable(view: SentenceView, i: int, candidates: list[Pattern]) -> list[tuple[Pattern, str, list[int]]]:
    """Patterns whose conditions hold, constrained ones first, with their code and the object words read."""
    # "its demand for …": after a determiner the noun reading comes first, else the verb reading.
    before = view.lower[i - 1] if i > 0 else ""
    noun_first = before in view.syntax.get("noun_markers", ()) or before.endswith(
        tuple(view.syntax.get("noun_marker_suffixes", ())) or "\0")
    ordered = sorted(candidates, key=lambda p: (not (p.particle or p.requires or p.near),
                                                (p.kind == "noun") != noun_first))
    token = view.tokens[i].text
    capitalised = view.syntax.get("nouns_capitalised", False)
    after = [j for j in range(i + 1, len(view.lower)) if view.clause[j] == view.clause[i]]
    # Object words: the next words (also past a comma: "bereit, … zu vermitteln"), and in a verb-final
    # language the clause before the trigger ("hat die Vorwürfe zurückgewiesen").
    window = list(range(i + 1, min(len(view.lower), i + 9))) + [j for j in (i - 1, i - 2) if j >= 0]
    if view.syntax.get("verb_final"):
        window += [j for j in range(i - 1, -1, -1) if view.clause[j] == view.clause[i]]
    viable = []
    for pattern in ordered:
        if capitalised and (pattern.kind == "noun") != token[:1].isupper() and (i > 0 or pattern.kind == "noun"):
            continue     # German: "Treffen" is the noun, "treffen" the verb (a verb may open the sentence)
        if not capitalised and pattern.kind == "verb" and (noun_first or (
                before in view.prep_class and before not in view.syntax.get("infinitive_markers", ()))):
            continue     # English: "the talks", "in force", "its demand" are nouns ("to agree" is a verb)
        if capitalised and pattern.kind == "verb" and (before in view.syntax.get("noun_markers", ())
                                                       or _attributive(view, i)):
            continue     # German: "in den besetzten Gebieten", "die international anerkannte Regierung"
        if before in pattern.not_after:
            continue     # "mit Hilfe von …" is no aid
        if pattern.particle and not view.lower[i].startswith(pattern.particle) and not _particle_after(
                view, after, pattern.particle):
            continue
        if pattern.requires and not pattern.requires.intersection(_clause_words(view, i)):
            continue
        if pattern.unless and pattern.unless.intersection(_clause_words(view, i)):
            continue
        if pattern.near and not any(view.lower[j] in pattern.near for j in range(max(0, i - 3), i)):
            continue
        found = _object_code(pattern, view.lower, window)
        code = found[0][0] if found else pattern.cameo
        if code is None:
            continue
        viable.append((pattern, code, [j for _, j in found]))
    return viable


def _particle_after(view: SentenceView, after: list[int], particle: str) -> bool:
    """The separable particle ends the clause ("sagte … zu.", "rief X auf, …"): "sagte … zu einer Zeitung" has none."""
    ends = set(view.syntax.get("coordination", ())) | set(view.syntax.get("clause_links", ())) | {"dass"}
    for j in after:
        if view.lower[j] == particle:
            nxt = view.lower[j + 1] if j + 1 < len(view.lower) else "."
            if not nxt.isalnum() or nxt in ends:
                return True
    return False


def _attributive(view: SentenceView, i: int) -> bool:
    """An inflected participle between a lower-case word and a common noun: "international anerkannte Regierung"."""
    if i == 0 or i + 1 >= len(view.tokens) or not view.lower[i].endswith(("e", "en", "er", "es", "em")):
        return False
    before, after = view.tokens[i - 1].text, view.tokens[i + 1].text
    return (before.isalpha() and before.islower() and after[:1].isupper() and after.isalpha()
            and i + 1 not in view.unit_at and not view.named_at(i + 1))


def _swallows(pattern: Pattern, code: str) -> bool:
    """Demands, threats, criticism, accusations and denials are coded as the speech act only.

    "Moskau wirft Kiew vor, die Brücke angegriffen zu haben" is 112 and no 19x:
    later triggers of the sentence are what is demanded, threatened or alleged.
    """
    if pattern.swallow is not None:
        return pattern.swallow
    return pattern.mode in ("demanded", "threatened") or code[:3] in ("111", "112") or code == "016"


def _object_code(pattern: Pattern, lower: list[str], positions: list[int]) -> list[tuple[str, int]]:
    """"verhängte Sanktionen" → 163: object words after the trigger make the code more specific.

    ``"wirtschaftlich*"`` matches a prefix, ``"*sanktionen"`` a suffix. Returns (code, index) of every
    object word, the first decides the code.
    """
    found: list[tuple[str, int]] = []
    if not pattern.objects:
        return found
    prefixes, suffixes = _wildcards(pattern)
    for j in positions:
        word = lower[j]
        code = pattern.objects.get(word)
        if code is None and prefixes and word.startswith(tuple(prefixes)):
            code = next(v for k, v in prefixes.items() if word.startswith(k))
        if code is None and suffixes and word.endswith(tuple(suffixes)):
            code = next(v for k, v in suffixes.items() if word.endswith(k))
        if code:
            found.append((code, j))
    return found


_WILDCARDS: dict[str, tuple[dict[str, str], dict[str, str]]] = {}


def _wildcards(pattern: Pattern) -> tuple[dict[str, str], dict[str, str]]:
    """The pattern's "prefix*" and "*suffix" object words, worked out once per pattern."""
    cached = _WILDCARDS.get(pattern.id)
    if cached is None:
        cached = _WILDCARDS[pattern.id] = (
            {k[:-1]: v for k, v in pattern.objects.items() if k.endswith("*")},
            {k[1:]: v for k, v in pattern.objects.items() if k.startswith("*")})
    return cached


def _role(view: SentenceView, i: int, role: str, taken: list[Unit], verb: bool) -> list[Unit]:
    if role == "subject":
        agent = view.passive_agent(i) if verb else []
        return agent or view.subject(i, verb=verb)
    if role == "object":
        return view.object(i, taken)
    if role == "compound":
        return view.compound(i)
    if role == "genitive":
        return view.genitive(i)
    if role == "adjective":
        return view.adjective(i)
    if role == "any":
        return view.any(i, taken)
    if role == "after":
        return view.after(i)
    if role == "rest":
        return view.rest(i, taken)
    return view.governed(i, role)


def _found_by(view: SentenceView, i: int, roles: tuple[str, ...], role: str) -> bool:
    """Whether ``role`` is the first of ``roles`` that finds a source."""
    for name in roles:
        if name == "any":
            continue
        if _role(view, i, name, [], False):
            return name == role
    return False


def _light_verb(view: SentenceView, i: int) -> bool:
    """A verb that lets the subject act the noun ("verhängte Sanktionen", "verübte einen Anschlag").

    Without ``syntax.light_verbs`` every clause subject may be the noun's source.
    """
    light = view.syntax.get("light_verbs")
    if not light:
        return True
    clause = view.clause[i]
    return any(view.lower[j] in light or any(view.lower[j].startswith(p) for p in view.light_prefixes)
               for j in range(len(view.lower)) if view.clause[j] == clause and j != i)


def _find(view: SentenceView, i: int, roles: tuple[str, ...], taken: list[Unit], verb: bool,
          *, source: bool = False) -> list[Unit]:
    for role in roles:
        found = [u for u in _role(view, i, role, taken, verb) if u not in taken]
        if source and role != "subject":   # "der Vertrag von Amsterdam": a place is no source
            found = [u for u in found if not u.place]
        if found:
            return found
    return []


def _code(article: Article, view: SentenceView, i: int, pattern: Pattern, code: str,
          cues: dict[str, ModeCues], earlier: list[Event], book: PatternBook,
          objects: list[int] = ()) -> list[Event]:
    verb = pattern.kind == "verb"
    sources = _find(view, i, tuple(r for r in pattern.source if r != "any"), [], verb, source=True)
    # "Die HDP befürchtet die Festnahme …": a noun's source from the clause subject of an unrelated verb is weak
    weak_subject = bool(sources) and not verb and not _light_verb(view, i) and _found_by(
        view, i, pattern.source, "subject")
    if verb and sources and "subject" in pattern.source and view.passive_agent(i) == sources:
        targets = [u for u in view.subject(i, verb=True, places=True) if u not in sources] or _find(
            view, i, pattern.target, sources, verb)
    else:
        targets = _find(view, i, pattern.target, sources, verb)
    if verb and not sources and "subject" in pattern.source:
        # "Die EU-Hilfen für die Ukraine wurden aufgestockt": a passive without agent, the subject's compound prefix
        owner = [u for u in view.in_clause(i) if u.compound_prefix and u.last < i and u.governor is None]
        if owner and view.passive_clause(i):
            sources = owner[:1]
            targets = [t for t in targets if t is not owner[0]]
    if verb and not sources and "subject" in pattern.source and _pronoun_subject(view, i):
        sources = _antecedent(view, earlier)     # "Einen Besuch sagte er nicht zu": the last event's source
        targets = [t for t in targets if t.actor != (sources[0].actor if sources else None)]
    if not sources and targets and "any" in pattern.source:   # "beim Treffen mit Putin … für Kim"
        sources = view.any(i, targets)
    if code == "016" and sources and not targets:
        targets = _claimant(view, earlier, sources)    # "… sagt Kiew. Moskau bestreitet das": denied to Kyiv
    if not sources and targets and code[:2] not in _PLACE_TARGET and pattern.target[:1] != ("at",) and all(
            t.governor and "at" in t.governor for t in targets):
        targets = []      # "Archäologen haben in Australien eine Perle untersucht": where, not whom
    opposed = (not targets and sources and code[:2] in _REPRESSION and sources[0].actor
               and sources[0].actor.startswith("iso:") and _opposition(view, i))
    if opposed:
        targets = sources[:1]        # "Die Polizei in Minsk nahm Oppositionelle fest": the state's own opposition
    pairs: list[tuple[tuple[str | None, str | None], tuple[str | None, str | None]]] = []
    # Mutual acts outside the symmetric roots ("Gefechte zwischen A und B") are coded in both directions.
    both = code[:2] not in SYMMETRIC_ROOTS
    group = sources if len(sources) >= 2 and not targets else targets if len(targets) >= 2 and not sources else []
    if pattern.symmetric and group:
        pairs = [(_named(a), _named(b)) for n, a in enumerate(group) for b in group[n + 1:]]
        if both:
            pairs += [(t, s) for s, t in pairs]
    elif sources or targets:
        pairs = [(_named(s) if s else (None, None), _named(t) if t else (None, None))
                 for s in (sources or [None]) for t in (targets or [None])]
    # "North Korean authorities arrested traders in Hyesan": a place of the source's own state as the target
    # is a domestic event (PRK → PRK); any other same-actor pair is one actor named twice.
    domestic = {t.actor for t in targets if t.place and t.actor} & {
        s.actor for s in sources if not s.place} if code[:2] in _DOMESTIC else set()
    if opposed:
        domestic.add(sources[0].actor)
    confidence = pattern.confidence - (0.2 if weak_subject else 0.0)
    if not pairs:
        pairs = borrowed(view, pattern, earlier, book)
        confidence -= 0.2
    elif not (sources and targets) and not (pattern.symmetric and len(sources) >= 2):
        confidence -= 0.1
    if (pattern.needs_source and not sources) or (pattern.needs_target and not targets) or (
            pattern.both_sides and not ((sources and targets) or (pattern.symmetric and len(sources) >= 2))):
        return []
    if not pairs or (pattern.confidence < _BOTH_SIDES_BELOW and not (sources and targets)):
        return []       # converted PETRARCH verbs ("plans", "take", "controls") code only with both sides
    speaker = None
    if pattern.states:
        persons = [s[0] for s, _ in pairs if _state(view, s) != s]
        pairs = [(_state(view, s), _state(view, t)) for s, t in pairs]
        speaker = persons[0] if persons else None     # the project rests on the person's words
    token = view.tokens[i]
    if code[:2] in _INTENT and _intended(view, i, book):
        code = _INTENT.get(code, _INTENT[code[:2]])
    quote = quote_at(article.quotes, token.start)
    mode = find_mode(view, i, pattern, cues, quote)
    if mode != "negated" and any(j > i and view.lower[j - 1] in cues["negated"].before for j in objects):
        mode = "negated"       # "Iran ließ keine Inspektoren … in seine Anlagen", "sent no weapons"
    if mode == "reported" and code[:2] == "01" and quote is not None and quote.speaker and any(
            s.actor == quote.speaker for s in sources):
        mode = "asserted"      # "Guterres said he was pessimistic": the statement is the speech act itself
    if mode == "negated" and pattern.negated_cameo and code == pattern.cameo:
        code = pattern.negated_cameo     # "failed to agree", "haben sich nicht geeinigt": no agreement (057)
    attributed = attribution(view, quote) if mode == "reported" or quote else speaker
    info = describe(code)
    return [Event(source=s[0], target=t[0], cameo=code, mode=mode, sentence=view.index,
                  trigger=Span(token.start, token.end, token.text), source_name=s[1], target_name=t[1],
                  plover=info.plover, goldstein=info.goldstein, quad_class=info.quad_class,
                  attributed_to=attributed, confidence=round(max(0.1, min(1.0, confidence)), 2),
                  place=view.location(i))
            for s, t in pairs if s[0] != t[0] or (s[0] is None and s != t) or s[0] in domestic]


def _state(view: SentenceView, named: tuple[str | None, str | None]) -> tuple[str | None, str | None]:
    """A person's state ("Putin sprach über eine Pipeline": Russia's pipeline); others unchanged."""
    actor = view.actors.get(named[0] or "")
    if actor is None or actor.type != "PER" or not actor.country:
        return named
    state = f"iso:{actor.country}"
    return state, view.actors[state].name if state in view.actors else actor.country


def _opposition(view: SentenceView, i: int) -> bool:
    """An opposition word (``syntax.domestic_opposition``) in the trigger's clause."""
    words = view.syntax.get("domestic_opposition", ())
    clause = view.clause[i]
    return any(view.lower[j].startswith(tuple(words)) for j in range(len(view.lower))
               if view.clause[j] == clause and j != i) if words else False


def _claimant(view: SentenceView, earlier: list[Event], sources: list[Unit]) -> list[Unit]:
    """Whose claim a denial answers: the attribution of a reported event in this or the sentence before."""
    own = {u.actor for u in sources}
    for event in reversed(earlier):
        if view.index - event.sentence > 1:
            break
        claimant = event.attributed_to
        if event.mode == "reported" and claimant and ":" in claimant and claimant not in own:
            actor = view.actors.get(claimant)
            mention = Mention(event.trigger.start, event.trigger.start, claimant, "ORG", sentence=view.index)
            return [Unit(-1, -1, claimant, actor.name if actor else claimant, mention)]
    return []


def _occasion(view: SentenceView, i: int, j: int) -> bool:
    """Trigger ``j`` after a speech act at ``i`` stands in an occasion phrase ("after the strike", "wegen …")."""
    words = set(view.syntax.get("occasion_words", ()))
    return any(view.lower[k] in words for k in range(max(i + 1, j - 3), j))


def _pronoun_subject(view: SentenceView, i: int) -> bool:
    """A subject pronoun ("er", "sie", "he", "they") in the trigger's clause."""
    pronouns = set(view.syntax.get("subject_pronouns", ()))
    clause = view.clause[i]
    return any(view.lower[j] in pronouns for j in range(len(view.lower)) if view.clause[j] == clause and j != i)


def _antecedent(view: SentenceView, earlier: list[Event]) -> list[Unit]:
    """The source of the latest event in this or the two sentences before, as a unit of its own."""
    for event in reversed(earlier):
        if view.index - event.sentence > 2:
            break
        if event.source_name:
            mention = Mention(event.trigger.start, event.trigger.start, event.source_name, "PER", sentence=view.index)
            return [Unit(-1, -1, event.source, event.source_name, mention)]
    return []


def _intended(view: SentenceView, i: int, book: PatternBook) -> bool:
    """An intent word ("wollen", "bereit", "wants to", "ready to") earlier in the trigger's clause."""
    cues = set((book.modes.get("intent") or {}).get("clause", []))
    clause = view.clause[i]
    return any(view.lower[j] in cues for j in range(i) if view.clause[j] == clause)


def _clause_words(view: SentenceView, i: int) -> set[str]:
    """Words of the trigger's clause but the trigger ("haben sich … geeinigt": "sich" may come first)."""
    clause = view.clause[i]
    return {w for j, w in enumerate(view.lower) if j != i and view.clause[j] == clause}
