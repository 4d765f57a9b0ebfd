"""Unknown-name mentions: names the knowledge base does not know (German: the name tagger; English: rules).

Runs after known-name matching, on the mentions it found: a sentence is
tagged only when a cheap pass finds a candidate, a capitalised token that no
known-name mention covers and that is neither an ordinary word opening the
sentence ("Auch", "Ende") nor a common noun the tagger's training data only
ever saw outside names ("Regierung"). German capitalises every noun, so the
tagger then decides. A tagged name becomes a mention with ``actor`` and
``place`` null; one that overlaps a known-name mention is dropped (the
knowledge base wins). The tagger's LOC is GPE (towns, countries) unless the
name ends like a region, sea, mountain or building, or follows "Insel" and the like; names
ending like an event ("Winterspiele") are MISC; currencies are no names (word lists in
``ner/data/de_*.txt``).

English has no tagger: :func:`english_names` takes runs of capitalised words
and types them by rules, with the tagger's word lists (first names, surnames, places).

Example: "Die Firma Okertal Solartechnik hat Sabine Kehrer eingestellt." →
``Okertal Solartechnik`` (ORG) and ``Sabine Kehrer`` (PER), both unlinked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..kb.lookup import KB
from ..kb.names import name_pieces
from ..kb.records import KBPlace
from ..model import Article, Mention, Token
from ..ner.features import Lexicon
from ..ner.model import Tagger, load_tagger, names
from ..settings import Settings
from .language import link_language

_DATA = Path(__file__).resolve().parent.parent / "ner" / "data"
# How unknown names are found per language: the tagger (ner/data/<lang>.npz) or rules; others: not at all.
_MODES = {"de": "model", "en": "rules"}
_WORD = re.compile(r"\w+")
_OPENERS = frozenset({'"', "„", "“", "«", "»", "(", "'", "‚", "‘", "[", "-", "–", ":"})


@dataclass(frozen=True)
class _Words:
    not_names: frozenset[str]          # never an unknown name alone (currencies: "Euro", "Dollar")
    loc_context: frozenset[str]        # a name right after these is a LOC ("Insel")
    loc_suffixes: tuple[str, ...]      # a tagged LOC ending so is a LOC, other LOCs are GPE (towns)
    misc_suffixes: tuple[str, ...]     # a name ending so is a MISC (events: "Winterspiele")
    particles: frozenset[str]          # lower-case words that may stand inside a name ("von", "für")
    titles: frozenset[str]             # words before a name, outside it ("Präsidentin", "Dr.")
    legal_forms: frozenset[str]        # "GmbH", "AG": the name before is an organisation
    function: frozenset[str]           # words that only open sentences ("The", "After"; English rules)
    gpe_context: frozenset[str]        # a name after these is a place ("in"; English rules)


def _lines(path: Path) -> list[str]:
    if not path.is_file():
        return []
    return [line.strip().casefold() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=4)
def _words(language: str) -> _Words:
    """Word lists of ``ner/data/<language>_*.txt`` (a missing file is an empty list)."""
    def read(name: str) -> list[str]:
        return _lines(_DATA / f"{language}_{name}.txt")
    roles = {key[0] for key in link_language(language).roles if len(key) == 1}
    return _Words(frozenset(read("not_names")), frozenset(read("loc_context")), tuple(read("loc_suffixes")),
                  tuple(read("misc_suffixes")), frozenset(read("particles")), frozenset(read("titles")) | roles,
                  frozenset(read("legal_forms")), frozenset(read("function_words")),
                  frozenset(read("gpe_context")))


def tagger_for(settings: Settings, language: str) -> Tagger | None:
    """The tagger for ``language`` (``[ner] model`` overrides the shipped German one; ``off``: none).

    For a language found by rules (English) this is the German model, whose word lists (first names,
    surnames, places from the knowledge base) the rules read.
    """
    chosen = settings.ner.model
    if chosen == "off" or language not in _MODES:
        return None
    if _MODES[language] == "rules":
        return load_tagger(str(_DATA / "de.npz"))
    return load_tagger(chosen or str(_DATA / f"{language}.npz"))


def candidates(tokens: list[Token], covered: set[int], tagger: Tagger) -> list[int]:
    """Indices of tokens that may be part of an unknown name (see the module doc)."""
    lex = tagger.lexicon
    out = []
    start = 0
    while start < len(tokens) and tokens[start].text in _OPENERS:
        start += 1
    for i, token in enumerate(tokens):
        word = token.text
        if i in covered or not word[:1].isupper():
            continue
        folded = word.casefold()
        if i <= start and folded in lex.lower_words:
            continue
        if folded in lex.common_nouns:
            continue
        out.append(i)
    return out


def _declined(kb: KB, name: str, kind: str) -> bool:
    """Whether the knowledge base knows ``name`` as an organisation or place (of the tagger's type).

    The linker saw such a name and declined it here ("Die Union tagte." without a country to say which
    Union; a sentence-initial "Ende", also a French town), so it is no unknown name either. Personal
    names are exempt: a first name or surname is shared by many ("Wladimir" the taxi driver).
    """
    if kind == "PER":
        return False
    key = tuple(p.casefold() for p in name_pieces(name))
    for entry in kb.index.get(key[0], ()) if key else ():
        if entry.key != key:
            continue
        for target in entry.targets:
            if isinstance(target, KBPlace) or target.type == "GPE":
                if kind in ("GPE", "LOC"):
                    return True
            elif target.type == kind:
                return True
    return False


def unknown_mentions(article: Article, known: list[Mention], tagger: Tagger, kb: KB | None = None,
                     *, rules: bool = False) -> list[Mention]:
    """Mentions of names the tagger finds outside the known-name mentions ``known``.

    With ``kb``, a name the knowledge base knows as an organisation or place is left out (see :func:`_declined`).
    With ``rules``, names come from :func:`english_names` instead of the tagger (whose word lists they use).
    """
    by_sentence: dict[int, list[Mention]] = {}
    for mention in known:
        by_sentence.setdefault(mention.sentence, []).append(mention)
    words = _words(article.language)
    text = article.text
    out: list[Mention] = []
    ordinary: frozenset[str] | None = None
    for index, sent in enumerate(article.sentences):
        tokens = sent.tokens
        if not tokens:
            continue
        covered = _covered(tokens, by_sentence.get(index, ()))
        if rules:
            if ordinary is None:
                ordinary = frozenset(w for w in _WORD.findall(text) if w.islower())
            found = english_names(tokens, covered, tagger.lexicon, words, ordinary)
            cand_set = {i for first, last, _ in found for i in range(first, last + 1)}
        else:
            cand_set = set(candidates(tokens, covered, tagger))
            if not cand_set:
                continue
            found = names(tagger, [t.text for t in tokens])
        for first, last, kind in found:
            trimmed = (first, last) if rules else _trim(tokens, first, last, cand_set, tagger, words)
            if trimmed is None:
                continue
            first, last = trimmed
            # "Hövelmann GmbH": a legal form after the name belongs to it and makes it an organisation.
            while last + 1 < len(tokens) and tokens[last + 1].text.casefold() in words.legal_forms \
                    and tokens[last].end == tokens[last + 1].start - 1:
                last += 1
            if tokens[last].text.casefold() in words.legal_forms:
                kind = "ORG"
            if any(i in covered for i in range(first, last + 1)):
                continue
            if first not in cand_set or not any(i in cand_set for i in range(first, last + 1)):
                continue
            start, end = tokens[first].start, tokens[last].end
            if rules and text.endswith(("'s", "’s"), start, end):
                end -= 2                # the English possessive stays outside ("Perlman" in "Perlman's")
            name = text[start:end]
            folded = name.casefold()
            if folded in words.not_names:
                continue
            if first and tokens[first - 1].text.casefold() in words.loc_context and kind in ("LOC", "PER"):
                kind = "LOC"        # "auf der Insel Russki"
            elif kind == "LOC":
                kind = "LOC" if folded.endswith(words.loc_suffixes) and words.loc_suffixes else "GPE"
            elif folded.endswith(words.misc_suffixes) and words.misc_suffixes:
                kind = "MISC"       # "Olympischen Winterspiele"
            if kb is not None and _declined(kb, name, kind):
                continue
            out.append(Mention(start, end, name, kind, index))
    return out


def _trim(tokens: list[Token], first: int, last: int, cands: set[int], tagger: Tagger,
          words: _Words) -> tuple[int, int] | None:
    """The name without what the tagger let into it: a lower-case word that is no name particle ends it
    ("Hermilda Gavria näht große Taschen"); titles, common nouns and non-candidates before it
    ("Premier Yıldırım", "Presseratsmitglied Koller") and particles, punctuation or titles after it go; a
    dash or comma inside ends it. None when
    nothing of a name is left (a single letter, an ordinary word in capitals)."""
    for i in range(first + 1, last + 1):
        text = tokens[i].text
        if (text.isalpha() and text.islower() and text not in words.particles) or not text[:1].isalnum():
            last = i - 1        # also at a dash or comma: "Hadzic – Schick, Avdijaj" is no one name
            break
    common = tagger.lexicon.common_nouns
    while first < last:
        folded = tokens[first].text.casefold()
        if first in cands and folded not in words.titles and folded not in common:
            break
        first += 1
    while last > first and (tokens[last].text in words.particles or not tokens[last].text[:1].isalnum()
                            or tokens[last].text.casefold() in words.titles):
        last -= 1           # "Kärntens Landeshauptmann": the title after is no part either
    if tokens[first].text.casefold() in words.titles:
        return None
    if first == last:
        text = tokens[first].text
        folded = text.casefold()
        # A single letter; a shouted ordinary word ("FRAU" in a heading).
        if len(text) < 2 or (text.isupper() and (folded in common or folded in words.titles
                                                 or folded in tagger.lexicon.lower_words)):
            return None
    return first, last


def english_names(tokens: list[Token], covered: set[int], lex: Lexicon, words: _Words,
                  ordinary: frozenset[str] = frozenset()) -> list[tuple[int, int, str]]:
    """English by rules: runs of capitalised words (particles inside) outside known names, typed by
    legal forms and organisation heads, first names and surnames, place names or a preceding "in".

    A run at the start of a sentence (or after an opening mark) counts only when its first word is a
    known first name, surname or place, or it goes on with another capitalised word; a single word with
    nothing to type it is left out ("Officials said …"), and so is one the article also writes in lower
    case (``ordinary``: "House", "First").
    """
    out: list[tuple[int, int, str]] = []
    n = len(tokens)
    start = 0
    while start < n and tokens[start].text in _OPENERS:
        start += 1
    i = 0
    while i < n:
        text = tokens[i].text
        folded = text.casefold()
        if i in covered or not text[:1].isupper() or folded in words.not_names or folded in words.function:
            i += 1
            continue
        j = i
        while j + 1 < n and (j + 1) not in covered:
            nxt = tokens[j + 1].text
            if nxt[:1].isupper() and nxt.casefold() not in words.not_names:
                j += 1
            elif nxt in words.particles:
                k = j + 1          # "State of the Union": particles, then a capitalised word
                while k < n and k - j <= 2 and tokens[k].text in words.particles:
                    k += 1
                if k < n and k not in covered and tokens[k].text[:1].isupper():
                    j = k
                else:
                    break
            else:
                break
        first, last = i, j
        i = j + 1
        # Titles go, also inside ("Emergencies Minister Yevgeny Zinichev" → "Yevgeny Zinichev").
        inner = [k for k in range(first, last) if tokens[k].text.casefold() in words.titles]
        if inner:
            first = inner[-1] + 1
        while last > first and tokens[last].text in words.particles:
            last -= 1
        head = tokens[first].text.casefold()
        tail = tokens[last].text.casefold()
        # A title phrase ("Secretary of State", "Managing Director"), a letter, a mark inside.
        if head in words.titles or tail in words.titles or tokens[first].text in words.particles \
                or len(tokens[first].text) < 2 or any(not t.text[:1].isalnum() for t in tokens[first:last + 1]):
            continue
        initial = first <= start or tokens[first - 1].text in _OPENERS or tokens[first - 1].text in ".:"
        known = head in lex.first_names or head in lex.surnames or head in lex.places
        if first == last and ((initial and not known) or head in ordinary):
            continue
        before = tokens[first - 1].text.casefold() if first else ""
        if tail in words.legal_forms:
            kind = "ORG"
        elif tail.endswith(words.misc_suffixes) and words.misc_suffixes:
            kind = "MISC"
        elif head in lex.first_names and before not in words.gpe_context:
            kind = "PER"
        elif last > first and tail in lex.surnames:
            kind = "PER"
        elif (first == last and head in lex.places) or before in words.gpe_context:
            kind = "GPE"
        elif tail in words.loc_suffixes:
            kind = "LOC"
        elif last > first:
            kind = "MISC"
        else:
            continue
        out.append((first, last, kind))
    return out


def _covered(tokens: list[Token], mentions) -> set[int]:
    return {i for i, t in enumerate(tokens) for m in mentions if t.start < m.end and m.start < t.end}


def add_unknown_mentions(article: Article, known: list[Mention], settings: Settings,
                         kb: KB | None = None) -> list[Mention]:
    """``known`` plus the unknown-name mentions, in text order (the linker's last step)."""
    tagger = tagger_for(settings, article.language)
    if tagger is None:
        return known
    found = unknown_mentions(article, known, tagger, kb, rules=_MODES[article.language] == "rules")
    if not found:
        return known
    return sorted(known + found, key=lambda m: (m.start, -m.end))
