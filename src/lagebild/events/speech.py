"""What the quotes stage knows about a language: speech verbs, cues, marks, and speaker phrases.

Why a separate module: :mod:`.quotes` decides *where* content and cue are;
this module cuts the speaker phrase around a cue and links it to an actor,
from word lists in ``data/<lang>/`` (``speech_verbs.tsv``,
``attribution_cues.tsv``, ``subjunctive.txt``, ``quotes.toml``). Example:
in "…, schreibt die Webseite unter Berufung auf Informanten." the phrase
after "schreibt" is "die Webseite" ("unter" stops it); "die Webseite" has no
name of its own, so :func:`link_speaker` finds the earlier speaker phrase
ending in "Webseite" ("die Webseite „Daily NK“") and reuses its actor.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import tomllib

from ..model import Article, Mention, Token

DATA = Path(__file__).resolve().parent / "data"

# A speaker phrase longer than this is a clause, not a name ("sagte der Minister, der …").
MAX_PHRASE = 8
# Pronoun speakers look this many sentences back for the person they stand for.
PRONOUN_LOOKBACK = 2
QUOTE_MARKS = frozenset("„“”»«‚‘’\"'")
_CLAUSE_PUNCT = frozenset(",;:.!?()[]–—-/")
_POSSESSIVES = frozenset({"'s", "’s"})
# CAMEO sectors of the state: a speaking government body, army, court, police, intelligence service
# or parliament is its state (the gold convention: the Kremlin → iso:RUS, CAMEO's RUSGOV collapsed).
STATE_SECTORS = ("GOV", "MIL", "JUD", "COP", "SPY", "LEG")


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


@dataclass
class Speaker:
    actor: str | None
    name: str | None


class SpeakerLinker:
    """Links speaker phrases of one article to actors, remembering earlier speakers for "die Webseite".

    ``capital_country`` maps a place id to ``iso:XXX`` when the place is a capital:
    "hieß es aus Pjöngjang" is North Korea's government speaking.
    """

    def __init__(self, article: Article, lex: SpeechLexicon, *,
                 capital_country: Callable[[str], str | None] | None = None, home: str | None = None) -> None:
        self.article = article
        self.lex = lex
        self.home = f"iso:{home}" if home else None
        self.types = {actor.id: actor.type for actor in article.actors if actor.id}
        # Government bodies speak for their state: kb:kremlin (RUSGOV) → iso:RUS.
        self.state_of = {actor.id: f"iso:{actor.country}" for actor in article.actors
                         if actor.id and actor.type != "PER" and not actor.id.startswith("iso:") and actor.country
                         and actor.cameo and len(actor.cameo) == 6 and actor.cameo[3:] in STATE_SECTORS}
        self.names = {actor.id: actor.name for actor in article.actors if actor.id}
        self.media = {actor.id: True for actor in article.actors if actor.id and (actor.cameo or "").endswith("MED")}
        self.capital_country = capital_country or (lambda place: None)
        self.known: list[tuple[str, Speaker]] = []  # (head noun, speaker) of linked phrases
        self.said: list[tuple[int, Speaker]] = []  # (sentence, speaker) of every quote so far

    def link(self, phrase: list[Token], sentence: int) -> Speaker:
        """Speaker for a phrase: its head mention, a pronoun's person, an unknown name, an earlier
        phrase's actor, a modifier's actor ("Ein Sprecher der Taliban"), the home government
        ("ein Regierungssprecher"), or the phrase as a name."""
        speaker = self._link(phrase, sentence)
        if speaker.actor in self.state_of:
            speaker = Speaker(self.state_of[speaker.actor], speaker.name)
        self.said.append((sentence, speaker))
        return speaker

    def _link(self, phrase: list[Token], sentence: int) -> Speaker:
        if not phrase:
            return Speaker(None, None)
        text = self.article.text
        name = text[phrase[0].start:phrase[-1].end]
        words = [token.text.lower() for token in phrase]
        if len(phrase) == 1 and words[0] in self.lex.pronouns:
            return self._pronoun(sentence, name)
        head = self._head(phrase)
        mention = self._mention_in(phrase, head_only=True)
        if mention is not None:
            speaker = self._speaker_of(mention)
            if head:
                self.known.append((head, speaker))
            return speaker
        person = self._name_after_title(phrase)
        if person:
            return Speaker(None, text[person[0].start:person[-1].end])
        if head and words[0] in self.lex.determiners and len(phrase) <= 3:
            actor = self._titled_person(head, sentence, phrase[0].start)
            if actor is not None:
                return Speaker(actor, self.names.get(actor))
        if head and words[0] in self.lex.determiners:
            for known_head, speaker in reversed(self.known):
                if known_head == head:
                    return speaker
        mention = self._mention_in(phrase, head_only=False)
        if mention is not None:  # the actor behind the phrase; the phrase says who spoke for it
            return Speaker(self._speaker_of(mention).actor, name)
        if self.home and any(w in self.lex.home_government for w in words):
            return Speaker(self.home, name)  # "ein Regierungssprecher": the readers' government
        return Speaker(None, name)

    def _speaker_of(self, mention: Mention) -> Speaker:
        actor = mention.actor or (self.capital_country(mention.place) if mention.place else None)
        return Speaker(actor, mention.text)

    def _pronoun(self, sentence: int, name: str) -> Speaker:
        """"sagte er": the speaker of a quote in this or the previous sentence, else the last clear person."""
        for said_in, speaker in reversed(self.said):
            if said_in < sentence - 1:
                break
            if speaker.actor and self.types.get(speaker.actor) == "PER" or not speaker.actor and speaker.name \
                    and speaker.name[:1].isupper() and len(speaker.name.split()) <= 4:
                return speaker
        actor = self._person_before(sentence)
        return Speaker(actor, self.names.get(actor) if actor else name)

    def _titled_person(self, head: str, sentence: int, before: int) -> str | None:
        """"fügte der US-Präsident hinzu" after "sagte Trump": the last person (a speaker first, then a
        mention) of this or the previous PRONOUN_LOOKBACK sentences whose role the title names."""
        role = next((r for title, r in self.lex.title_roles.items()
                     if head == title or self.lex.nouns_capitalised and head.endswith(title)), None)
        if role is None:
            return None
        roles = {actor.id: (actor.role or "").lower() for actor in self.article.actors if actor.id}
        candidates = [s.actor for said_in, s in self.said if said_in >= sentence - PRONOUN_LOOKBACK and s.actor]
        candidates += [m.actor for m in self.article.mentions
                       if sentence - PRONOUN_LOOKBACK <= m.sentence <= sentence and m.start < before and m.actor]
        for actor in reversed(candidates):
            if self.types.get(actor) == "PER" and role in roles.get(actor, ""):
                return actor
        return None

    def _head(self, phrase: list[Token]) -> str | None:
        """The last plain word before any quoted name or linker: "die Webseite „Daily NK“" → webseite."""
        head = None
        for token in phrase:
            word = token.text.lower()
            if token.text in QUOTE_MARKS or word in self.lex.linkers and head:
                break
            if word not in self.lex.determiners:
                head = word
        return head

    def _is_title(self, word: str) -> bool:
        """A role or kind noun before a name: "spokesman", and in compounds "Kremlsprecher", "Außenministerin"."""
        return word in self.lex.titles or self.lex.nouns_capitalised and any(
            word.endswith(title) and len(word) > len(title) + 2 for title in self.lex.titles)

    def _name_after_title(self, phrase: list[Token]) -> list[Token]:
        """"Kremlin spokesman Dmitry Peskov" → Dmitry Peskov; "die Agentur Reuters" → Reuters."""
        for at in range(len(phrase) - 2, -1, -1):
            if self._is_title(phrase[at].text.lower()):
                if any(t.text.lower() in self.lex.linkers for t in phrase[1:at]):
                    return []  # "ein Heeressprecher der Agentur Yonhap": the agency is not the speaker
                rest = phrase[at + 1:]
                if rest[0].text[:1].isupper() and rest[0].text.lower() not in self.lex.determiners \
                        and all(t.text[:1].isupper() or t.text.lower() in self.lex.name_particles for t in rest):
                    return rest
                return []
        return []

    def _mention_in(self, phrase: list[Token], *, head_only: bool) -> Mention | None:
        """The named actor a phrase is about; with ``head_only`` its head, not a modifier.

        A head is not followed by the noun it modifies ("die südkoreanische
        Webseite „Daily NK“" → Daily NK) and not behind a linker ("Ein Sprecher
        der Taliban"); without ``head_only`` those count too, so the spokesman
        speaks for the Taliban. Never: adjectives typed MISC and names inside a
        token ("Österreich" in "Österreich-Chef"; a possessive "Ukraine's" is fine).
        """
        text = self.article.text
        starts = {t.start for t in phrase}
        ends = {t.end for t in phrase}
        linked_from = None  # offset of the first linker after a head noun
        seen_word = False
        for token in phrase:
            word = token.text.lower()
            if word in self.lex.linkers and seen_word and linked_from is None:
                linked_from = token.start
            if word not in self.lex.determiners:
                seen_word = True
        best = None
        for mention in self.article.mentions:
            if mention.actor is None and mention.place is None or mention.type == "MISC":
                continue
            possessive = text[mention.end:mention.end + 2] in _POSSESSIVES
            if mention.start not in starts or mention.end not in ends and not possessive:
                continue
            if mention.actor is None and self.capital_country(mention.place) is None:
                continue
            if head_only:
                if linked_from is not None and mention.start > linked_from or possessive:
                    continue
                following = [t for t in phrase if t.start >= mention.end and t.text not in QUOTE_MARKS]
                if following and following[0].text.lower() not in self.lex.linkers:
                    continue
            elif self.media.get(mention.actor or ""):
                continue  # "erklärte ein Heeressprecher der APA": the agency is the listener (dative)
            if best is None or mention.end - mention.start > best.end - best.start:
                best = mention
        return best

    def _person_before(self, sentence: int) -> str | None:
        """The person a pronoun stands for: the only person (or the sentence-opening one) in a recent sentence."""
        for index in range(sentence - 1, max(-1, sentence - 1 - PRONOUN_LOOKBACK), -1):
            people = [m for m in self.article.mentions
                      if m.sentence == index and m.actor and self.types.get(m.actor) == "PER"]
            if not people:
                continue
            if len({m.actor for m in people}) == 1:
                return people[0].actor
            sent = self.article.sentences[index]
            opening = [m for m in people if m.start in {t.start for t in sent.tokens[:3]}]
            return opening[0].actor if opening else None
        return None
