"""What the quotes stage knows about a language, and how it cuts speaker phrases from tokens.

Why a separate module: :mod:`.quotes` decides *where* content and cue are;
this module loads the word lists of ``data/<lang>/`` (``speech_verbs.tsv``,
``attribution_cues.tsv``, ``subjunctive.txt``, ``quotes.toml``) and cuts the
speaker phrase around a cue. Example: in "…, schreibt die Webseite unter
Berufung auf Informanten." :func:`phrase_after` takes "die Webseite" ("unter"
stops it); :mod:`.speakers` then links it to an actor.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..model import Token

DATA = Path(__file__).resolve().parent / "data"

# A speaker phrase longer than this is a clause, not a name ("sagte der Minister, der …").
MAX_PHRASE = 8
# Pronoun speakers look this many sentences back for the person they stand for.
PRONOUN_LOOKBACK = 2
QUOTE_MARKS = frozenset("„“”»«‚‘’\"'")
_CLAUSE_PUNCT = frozenset(",;:.!?()[]–—-/")


@dataclass(frozen=True)
class SpeechLexicon:
    """The word lists of one language; see ``data/de/quotes.toml`` for what each one is for."""

    verbs: dict[str, str]
    cues: tuple[tuple[tuple[str, ...], str], ...]
    subjunctive: frozenset[str]
    # Subjunctive forms that also occur outside reported speech (Konjunktiv II: "hätten", "könnten").
    weak_subjunctive: frozenset[str]
    marks: tuple[tuple[str, str], ...]
    complementizers: frozenset[str]
    as_words: frozenset[str]
    stops: frozenset[str]
    determiners: frozenset[str]
    linkers: frozenset[str]
    source_nouns: frozenset[str]
    adverbs: frozenset[str]
    subordinators: frozenset[str]
    titles: frozenset[str]
    home_government: frozenset[str]
    title_roles: dict[str, str]
    particles: frozenset[str]
    from_words: frozenset[str]
    coordinators: frozenset[str]
    pronouns: frozenset[str]
    impersonal: frozenset[str]
    passive: frozenset[str]
    auxiliaries: frozenset[str]
    infinitive: frozenset[str]
    reflexive: frozenset[str]
    name_particles: frozenset[str]
    nouns_capitalised: bool
    unmarked_direct: bool
    subject_before_verb: bool
    bare_complement: bool


def _lines(path: Path) -> list[str]:
    if not path.is_file():
        return []
    lines = (line.split("#", 1)[0].rstrip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line.strip()]


@cache
def speech_lexicon(language: str) -> SpeechLexicon | None:
    """The lexicon for ``language`` (loaded once), or None when ``data/<language>/quotes.toml`` is missing."""
    folder = DATA / language
    if not (folder / "quotes.toml").is_file():
        return None
    config = tomllib.loads((folder / "quotes.toml").read_text(encoding="utf-8"))
    verbs = dict(line.split("\t") for line in _lines(folder / "speech_verbs.tsv"))
    cues = []
    for line in _lines(folder / "attribution_cues.tsv"):
        words, side = line.split("\t")
        cues.append((tuple(words.split()), side))
    # Longest cues first, so "nach Angaben" wins over a shorter cue starting the same way.
    cues.sort(key=lambda cue: -len(cue[0]))

    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in config.get(key, []))

    subjunctive = [line.split("\t") for line in _lines(folder / "subjunctive.txt")]
    return SpeechLexicon(
        verbs=verbs, cues=tuple(cues), subjunctive=frozenset(form[0] for form in subjunctive),
        weak_subjunctive=frozenset(form[0] for form in subjunctive if form[1:] == ["weak"]),
        impersonal=words("impersonal"), passive=words("passive"),
        auxiliaries=words("auxiliaries"), infinitive=words("infinitive"), reflexive=words("reflexive"), name_particles=words("name_particles"),
        marks=tuple((a, b) for a, b in config["marks"]), complementizers=words("complementizers"),
        as_words=words("as_words"), stops=words("stops"), determiners=words("determiners"),
        linkers=words("linkers"), source_nouns=words("source_nouns"), adverbs=words("adverbs"), subordinators=words("subordinators"),
        titles=words("titles"), home_government=words("home_government"), title_roles={k.lower(): v.lower() for k, v in config.get("title_roles", {}).items()},
        unmarked_direct=bool(config.get("unmarked_direct")),
        subject_before_verb=bool(config.get("subject_before_verb")), particles=words("particles"), from_words=words("from_words"),
        coordinators=words("coordinators"),
        pronouns=words("pronouns"), nouns_capitalised=bool(config.get("nouns_capitalised")),
        bare_complement=bool(config.get("bare_complement")))


def is_punct(token: Token) -> bool:
    return token.text in _CLAUSE_PUNCT


def phrase_after(tokens: list[Token], lex: SpeechLexicon) -> list[Token]:
    """The noun phrase that opens ``tokens``: "die Webseite „Daily NK“, dass …" → die Webseite „Daily NK“.

    Stops at clause punctuation, a stop word (preposition, time word), a
    pronoun's end, a second determiner after a noun, or (where nouns are
    capitalised) a lower-case word after a noun unless it links a genitive
    or is a name particle before a name ("Martijn van Hout"). At most
    MAX_PHRASE tokens.
    """
    out: list[Token] = []
    seen_noun = False
    open_mark = False
    for at, token in enumerate(tokens):
        word = token.text.lower()
        if token.text in QUOTE_MARKS:
            out.append(token)
            open_mark = not open_mark
            continue
        if open_mark:  # a quoted name ("„Daily NK“") is taken whole
            out.append(token)
            continue
        if is_punct(token) or word in lex.stops or word in lex.complementizers:
            break
        if out and word in lex.pronouns:
            break
        nxt = tokens[at + 1].text if at + 1 < len(tokens) else ""
        particle = word in lex.name_particles and nxt[:1].isupper()
        after_linker = bool(out) and out[-1].text.lower() in lex.linkers
        if seen_noun and word in lex.determiners and word not in lex.linkers and not particle and not after_linker:
            break
        if lex.nouns_capitalised and seen_noun and token.text[:1].islower() and not particle \
                and not after_linker and word not in lex.linkers and word not in lex.determiners:
            break
        if len(out) >= MAX_PHRASE:
            break
        out.append(token)
        if word in lex.pronouns:
            break
        if token.text[:1].isupper() or not lex.nouns_capitalised and word not in lex.determiners:
            seen_noun = True
    # A phrase never ends on a linker or determiner ("der Chef des" → "der Chef").
    while out and out[-1].text.lower() in lex.linkers | lex.determiners:
        out.pop()
    return out


def phrase_before(tokens: list[Token], lex: SpeechLexicon) -> list[Token]:
    """The phrase that ends ``tokens``, back to clause punctuation: "…, Putin" → Putin (at most MAX_PHRASE).

    An appositive's comma is stepped over ("Sadiq Khan, tweeted" → Sadiq Khan), and
    adverbs at either end and auxiliaries at the end are dropped ("Mendez once told" → Mendez,
    "Bloomberg hatte zuvor berichtet" → Bloomberg).
    """
    if tokens and tokens[-1].text == ",":
        tokens = tokens[:-1]
    if tokens and tokens[-1].text == ")":
        # "Die Internationale Organisation für Migration (IOM) erklärte": the short name in brackets.
        opening = next((at for at in range(len(tokens) - 2, -1, -1) if tokens[at].text == "("), None)
        if opening is not None and 0 < len(tokens) - opening - 2 <= 3:
            return tokens[opening + 1:-1]
    out: list[Token] = []
    for token in reversed(tokens):
        if is_punct(token) or token.text in QUOTE_MARKS:
            break
        out.append(token)
    out.reverse()
    while out and out[0].text.lower() in lex.as_words | lex.subordinators | lex.adverbs:
        out = out[1:]
    while len(out) > 1 and out[-1].text.lower() in lex.adverbs | lex.auxiliaries:
        out = out[:-1]
    if len(out) > MAX_PHRASE:
        return []
    return out


def noun_phrase_before(tokens: list[Token], lex: SpeechLexicon) -> list[Token]:
    """The noun phrase right before a postposition: "beteiligten sich örtlichen Medien zufolge" → Medien.

    Where nouns are capitalised, a lower-case word joins only as a determiner, a
    linker, or an adjective after one ("der staatsnahen Agentur"), and a
    determiner that links no genitive ends the phrase ("die Öffnung den Angaben
    zufolge" → den Angaben); elsewhere this is :func:`phrase_before`.
    """
    if not lex.nouns_capitalised:
        return phrase_before(tokens, lex)
    out: list[Token] = []
    for at in range(len(tokens) - 1, -1, -1):
        token = tokens[at]
        word = token.text.lower()
        if is_punct(token) or len(out) >= MAX_PHRASE:
            break
        before = tokens[at - 1] if at else None
        if token.text[:1].islower() and word not in lex.determiners and word not in lex.linkers \
                and token.text not in QUOTE_MARKS:
            if before is None or before.text.lower() not in lex.determiners | lex.linkers:
                break
        out.append(token)
        if word in lex.determiners and not (word in lex.linkers and before is not None
                                            and before.text[:1].isupper()):
            break
    out.reverse()
    while out and out[0].text.lower() in lex.linkers - lex.determiners:
        out = out[1:]
    return out


def _source_noun_at(tokens: list[Token], lex: SpeechLexicon) -> int | None:
    """Index of a leading report noun, after determiners and adjectives ("einem neuen Bericht")."""
    index = 0
    while index < len(tokens) and (tokens[index].text.lower() in lex.determiners
                                   or lex.nouns_capitalised and tokens[index].text[:1].islower()):
        index += 1
    if index < len(tokens) and tokens[index].text.lower() in lex.source_nouns:
        return index
    return None


def trim_at_source_noun(tokens: list[Token], lex: SpeechLexicon) -> list[Token]:
    """A report noun not followed by a linker ends the phrase: "italienischen Medienberichten Juventus" →
    italienischen Medienberichten (the club is the clause's object, not the source)."""
    index = _source_noun_at(tokens, lex)
    if index is None or _linker_after(tokens[index + 1:], lex) is not None:
        return tokens
    return tokens[:index + 1]


def _linker_after(tokens: list[Token], lex: SpeechLexicon) -> int | None:
    """Index of a linker that opens ``tokens``, perhaps after a participle ("released by", "der", "von")."""
    for at, token in enumerate(tokens[:3]):
        if token.text.lower() in lex.linkers:
            return at
        if not token.text[:1].islower() or token.text.lower() in lex.determiners:
            return None
    return None


def strip_source_noun(tokens: list[Token], lex: SpeechLexicon) -> list[Token]:
    """Drop a leading report noun: "Angaben der Polizei" → der Polizei; "dem Bericht" → (nothing)."""
    index = _source_noun_at(tokens, lex)
    if index is None:
        return tokens
    rest = tokens[index + 1:]
    # "a statement released by the court", "Angaben von X": over a participle and the linker.
    linker = _linker_after(rest, lex)
    if linker is not None and rest[linker].text.lower() not in lex.determiners:
        rest = rest[linker + 1:]
    return rest
