"""Who speaks: a speaker phrase ("die südkoreanische Webseite „Daily NK“", "er") linked to an actor.

Why its own module: linking a phrase needs the article's mentions, actors and
earlier quotes, while :mod:`.speech` only cuts phrases from tokens. The order
of tries, and why: the phrase's head mention ("Daily NK", not the adjective
"südkoreanische"); a pronoun's person ("sagte er"); an unknown name after a
title ("Kremlsprecher Dmitri Peskow"); a definite title for the last person
of that role ("der US-Präsident"); an earlier phrase with the same head ("die
Webseite"); the actor behind a modifier ("Ein Sprecher der Taliban" → Taliban,
"dem ukrainischen Militär" → Ukraine); the readers' government ("ein
Regierungssprecher"); else the phrase as a name. State bodies speak for their
state (kb:kremlin, cameo RUSGOV → iso:RUS), as the event gold wants.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..model import Article, Mention, Token
from .speech import PRONOUN_LOOKBACK, QUOTE_MARKS, SpeechLexicon

_POSSESSIVES = frozenset({"'s", "’s"})
# CAMEO sectors of the state: a speaking government body, army, court, police, intelligence service
# or parliament is its state (the gold convention: the Kremlin → iso:RUS, CAMEO's RUSGOV collapsed).
STATE_SECTORS = ("GOV", "MIL", "JUD", "COP", "SPY", "LEG")


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
