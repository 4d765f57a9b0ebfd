"""Quotes stage: who said what, direct ("„…“, sagte X") and reported ("laut X", Konjunktiv).

Why rules and not a model: attribution in news follows a handful of
patterns, each with a cue word an analyst can check, and the cue is kept on
every quote. Four passes over the sentences, in this order:

1. **direct** — text between quotation marks (also over several sentences),
   attributed by a cue right after the closing mark ("…“, sagte Putin",
   "…," he said) or right before the opening one ("Putin sagte: „…“");
2. **clauses** — a speech verb with its content in the same sentence:
   "Die Lage ist ernst, sagte X." (content before), "So meldet X, dass …",
   "Er sagte, die Lage sei ernst.", "X said (that) …" (content after);
3. **prepositional cues** — "laut X", "X zufolge", "nach Angaben von X",
   "unter Berufung auf X", "according to X": the sentence is the content;
4. **continuation** — a sentence in Konjunktiv ("hätten die Händler …")
   next to a reported one is reported by the same speaker.

Example: "So meldet die Webseite „Daily NK“, dass der Wirtschaft der
Stillstand drohe." → one indirect quote, content "der Wirtschaft der
Stillstand drohe", cue "so meldet", speaker the Daily NK mention's actor.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from ..link.language import link_language
from ..link.mentions import kb_for
from ..model import Article, Quote, Sentence, Token
from ..settings import Settings
from .marks import quotation_spans
from .speakers import SpeakerLinker
from .speech import (
    QUOTE_MARKS,
    SpeechLexicon,
    is_punct,
    noun_phrase_before,
    phrase_after,
    phrase_before,
    speech_lexicon,
    strip_source_noun,
    trim_at_source_noun,
)

# A quotation needs this many words to be speech without a cue; shorter ones are names or
# scare quotes ("die Webseite „Daily NK“", "ein „taktischer Erfolg“").
MIN_UNCUED_WORDS = 4
# Quotation marks never pair across more than this many characters.
MAX_QUOTE_CHARS = 3000
# A subject before a post-posed verb ("…," the minister said) is at most this many tokens.
MAX_SUBJECT = 6
# After ", sagte X" at most this many words may follow ("am Donnerstag in Moskau vor Journalisten").
MAX_TAIL = 8
_END_PUNCT = ".!?…:;,"
_WORD = re.compile(r"[^\W\d_]+")


@dataclass
class _Found:
    start: int
    end: int
    kind: str
    sentence: int
    cue: str | None
    phrase: list[Token]
    # The content precedes its cue (", schreibt X"): a Konjunktiv sentence before it joins it.
    content_first: bool = False
    # A quotation that is a sentence of its own: without a cue it speaks for the quote before it.
    standalone: bool = False
    # The reported clause has a Konjunktiv I form ("drohe"), so a Konjunktiv II sentence may continue it.
    strong: bool = False


def find_quotes(article: Article, settings: Settings) -> Article:
    """Fill ``article.quotes`` (the ``quotes`` stage); a language without ``data/<lang>/quotes.toml`` gets none."""
    lex = speech_lexicon(article.language)
    if lex is None or not article.sentences:
        article.quotes = []
        return article
    finder = _QuoteFinder(article, lex)
    found = finder.direct()
    covered = {index for f in found for index in range(f.sentence, finder.sentence_at(f.end) + 1)}
    for index, sent in enumerate(article.sentences):
        if sent.heading or index in covered:
            continue
        clauses = finder.clauses(index, sent)
        if not clauses:
            clauses = [c for c in [finder.prepositional(index, sent)] if c is not None]
        found.extend(clauses)
    found.sort(key=lambda f: (f.sentence, f.start))
    found = finder.continue_reported(found)
    # The readers' country as the linker sees it: the setting, else the language's default (DEU, USA).
    home = settings.kb.home_country or link_language(article.language).home_country
    linker = SpeakerLinker(article, lex, capital_country=_capitals(article, settings), home=home)
    quotes: list[Quote] = []
    last: dict[int, Quote] = {}
    for f in found:
        speaker = linker.link(f.phrase, f.sentence)
        quote = Quote(speaker=speaker.actor, speaker_name=speaker.name, text=article.text[f.start:f.end],
                      kind=f.kind, sentence=f.sentence, start=f.start, end=f.end, cue=f.cue)
        if not f.phrase and (f.cue is None and f.standalone or f.kind == "indirect" and f.cue in lex.subjunctive):
            # A continuation or an uncued quotation sentence speaks for the quote just before it.
            before = last.get(f.sentence) or last.get(f.sentence - 1)
            if before is not None:
                quote.speaker, quote.speaker_name = before.speaker, before.speaker_name
        quotes.append(quote)
        last[f.sentence] = quote
    article.quotes = quotes
    return article


def _capitals(article: Article, settings: Settings) -> Callable[[str], str | None]:
    """Place id → ``iso:XXX`` for a capital among the article's places (knowledge base loaded on first use).

    Place countries are ISO alpha-2 ("KP"); the country actor is found through the knowledge base.
    """
    countries = {place.id: place.country for place in article.places if place.id and place.country}

    def capital_country(place_id: str | None) -> str | None:
        if place_id not in countries:
            return None
        kb = kb_for(settings)
        place = kb.place_by_id.get(place_id)
        country = kb.country_of(countries[place_id]) if place is not None and place.capital else None
        return country.id if country is not None else None

    return capital_country


class _QuoteFinder:
    def __init__(self, article: Article, lex: SpeechLexicon) -> None:
        self.article = article
        self.text = article.text
        self.lex = lex
        self.starts = [sent.start for sent in article.sentences]

    def sentence_at(self, offset: int) -> int:
        return max(0, bisect_right(self.starts, offset) - 1)

    # -- 1. direct quotes ------------------------------------------------------------------------

    def direct(self) -> list[_Found]:
        found: list[_Found] = []
        last_close = -1
        for open_at, close_at in quotation_spans(self.text, self.lex.marks, max_chars=MAX_QUOTE_CHARS):
            start, end = _strip(self.text, open_at + 1, close_at, punct=",")
            if start >= end:
                continue
            first, last = self.sentence_at(open_at), self.sentence_at(close_at)
            cue, phrase = self._cue_after(last, close_at)
            split = bool(found) and found[-1].cue is not None and self.sentence_at(last_close) == first
            if cue is None and split:
                # '"…," wrote X, "…"': the second part of a split quotation is X's too.
                cue, phrase = found[-1].cue, found[-1].phrase
            if cue is None:
                cue, phrase = self._cue_before(first, open_at, words=len(self.text[start:end].split()))
            if cue is None and (len(self.text[start:end].split()) < MIN_UNCUED_WORDS
                                or self._title(self.text[start:end])):
                continue
            opens = next((t for t in self._tokens(first) if not is_punct(t)), None)
            standalone = opens is not None and opens.start == open_at
            found.append(_Found(start, end, "direct", first, cue, phrase, standalone=standalone))
            last_close = close_at
        return found

    def _title(self, content: str) -> bool:
        """A quoted name ("The Time of Your Life", "Gemeinsam für Van der Bellen"): every word capitalised
        but the function words, and no sentence end inside."""
        if content.rstrip()[-1:] in ".!?":
            return False
        function = self.lex.determiners | self.lex.linkers | self.lex.stops | self.lex.name_particles
        words = [w for w in _WORD.findall(content)]
        return bool(words) and all(w[:1].isupper() or w.lower() in function for w in words)

    def _tokens(self, index: int) -> list[Token]:
        return self.article.sentences[index].tokens

    def _cue_after(self, index: int, close_at: int) -> tuple[str | None, list[Token]]:
        """A cue right after a closing mark: "…“, sagte Putin." / "…," he said. / "…“, so der Minister."."""
        tokens = [t for t in self._tokens(index) if t.start > close_at]
        while tokens and tokens[0].text in ",–—-":
            tokens = tokens[1:]
        return self._post_cue(tokens)

    def _post_cue(self, tokens: list[Token]) -> tuple[str | None, list[Token]]:
        """Cue and speaker phrase where the cue follows its content: "sagte X" or "X sagte"."""
        if not tokens:
            return None, []
        verb_class = self._verb(tokens, 0)
        if verb_class is not None:
            return tokens[0].text, phrase_after(tokens[1:], self.lex)
        for at, token in enumerate(tokens[1:MAX_SUBJECT + 1], start=1):
            word = token.text.lower()
            if is_punct(token) or word in self.lex.stops or word in self.lex.complementizers \
                    or word in self.lex.passive:
                break
            verb_class = self._verb(tokens, at)
            if verb_class is not None and verb_class != "so":
                if tokens[0].text.lower() in self.lex.stops:
                    break
                return token.text, tokens[:at]
        return None, []

    def _cue_before(self, index: int, open_at: int, *, words: int) -> tuple[str | None, list[Token]]:
        """A speech verb before the opening mark: "Putin sagte: „…“", "He said "…"", "X said it was "…"".

        Right before the mark (or its ":"/","), any quotation counts; further back
        (the quotation ends a clause the verb opened) only one of MIN_UNCUED_WORDS
        words, so "meldet die Webseite „Nordblick“, dass …" quotes no name.
        """
        tokens = [t for t in self._tokens(index) if t.end <= open_at]
        for at in range(len(tokens) - 1, -1, -1):
            verb_class = self._verb(tokens, at)
            if verb_class is None or verb_class == "so" or self._passive(tokens, at):
                continue
            adjacent = at >= len(tokens) - 2 and all(t.text in ":," for t in tokens[at + 1:])
            if not adjacent and words < MIN_UNCUED_WORDS:
                return None, []
            return tokens[at].text, self._subject(tokens, at)
        return None, []

    def _verb(self, tokens: list[Token], at: int) -> str | None:
        """The speech-verb class of ``tokens[at]``; a capitalised form inside a German sentence is a noun
        ("In diesem Schreiben")."""
        token = tokens[at]
        if self.lex.nouns_capitalised and at > 0 and token.text[:1].isupper():
            return None
        verb_class = self.lex.verbs.get(token.text.lower())
        following = tokens[at + 1].text.lower() if at + 1 < len(tokens) else ""
        if following in self.lex.reflexive:
            return None  # "Dies bestätigt sich"
        if verb_class == "es" and following not in self.lex.impersonal:
            return None  # "heißt" is only a cue in "heißt es"; "Nexus heißt: Google pur" is not
        return verb_class

    def _passive(self, tokens: list[Token], at: int) -> bool:
        """"was reported", "betont werden", "zu sagen": the verb is passive or an infinitive, no speech act."""
        return at > 0 and tokens[at - 1].text.lower() in self.lex.passive | self.lex.infinitive \
            or at + 1 < len(tokens) and tokens[at + 1].text.lower() in self.lex.passive

    def _subject(self, tokens: list[Token], at: int) -> list[Token]:
        """Speaker of a verb whose content follows: after the verb when something else opens the clause
        ("Dazu sagte Putin", "So meldet X"), else before it ("Putin sagte am Donnerstag")."""
        before = phrase_before(tokens[:at], self.lex)
        after = phrase_after(tokens[at + 1:], self.lex)
        words = [t.text.lower() for t in before]
        opened_by_other = not before or (len(before) == 1 and words[0] in self.lex.adverbs) \
            or words[0] in self.lex.stops
        if after and opened_by_other:
            return after
        return [] if opened_by_other else before

    # -- 2. speech verb with its clause ----------------------------------------------------------

    def clauses(self, index: int, sent: Sentence) -> list[_Found]:
        """Speech-verb quotes of one sentence, left to right, never overlapping
        ("…, sagte X und ergänzte: …" gives two)."""
        tokens = sent.tokens
        found: list[_Found] = []
        for at, token in enumerate(tokens):
            verb_class = self._verb(tokens, at)
            if verb_class is None or self._passive(tokens, at):
                continue
            if found and token.start < found[-1].end:
                continue
            quote = self._content_before(index, sent, at, verb_class) \
                or self._content_after(index, sent, at, verb_class)
            if quote is not None and found and at > 0 and tokens[at - 1].text.lower() in self.lex.coordinators:
                quote.phrase = found[-1].phrase  # "sagte X und ergänzte: …": the same speaker
            if quote is not None and not any(q.start < quote.end and quote.start < q.end for q in found):
                found.append(quote)
        return found

    def _content_before(self, index: int, sent: Sentence, at: int, verb_class: str) -> _Found | None:
        """"<content>, sagte X." / "<content>, X said." / "<content>, schreibt X unter Berufung auf Y"."""
        tokens = sent.tokens
        comma = next((c for c in range(at - 1, max(-1, at - MAX_SUBJECT - 2), -1) if tokens[c].text == ","), None)
        if comma is None or comma < 2:
            return None
        between = tokens[comma + 1:at]
        words = [t.text.lower() for t in between]
        if words == ["so"] and "so" in self.lex.adverbs and not self.lex.subject_before_verb:
            between, words = [], []     # "…, so meldet X": the cue verb follows "so" (German inversion)
        if any(is_punct(t) for t in between) or any(w in self.lex.complementizers for w in words):
            return None
        if words and (words[0] in self.lex.stops or words[0] in self.lex.as_words or words[0] in self.lex.subordinators
                      or tokens[0].text.lower() in self.lex.as_words or not self.lex.subject_before_verb):
            # "…, am Dienstag sagte" / "…, wie berichtet" / "…, indem man sagt": not a cue clause; in
            # German the cue verb comes right after the comma ("…, sagte X"), never "…, X sagte".
            return None
        if verb_class == "so" and between:
            return None
        impersonal = verb_class == "es"  # "hieß es" (_verb saw the "es")
        phrase = between or ([] if impersonal else self._inverted_subject(tokens, at + 1))
        if phrase and not between and self.lex.nouns_capitalised and phrase[0].text[:1].islower() \
                and phrase[0].text.lower() not in self.lex.determiners | self.lex.pronouns:
            return None  # "…, so volltrunken und aggressiv": "so" + adjective, no speaker
        after = at + 1 if between else (tokens.index(phrase[-1]) + 1 if phrase else at + 1 + impersonal)
        if impersonal and after < len(tokens) and tokens[after].text.lower() in self.lex.from_words:
            phrase = phrase_after(tokens[after + 1:], self.lex)  # "hieß es aus Pjöngjang"
            after += 1 + len(phrase)
        if not phrase and not impersonal:
            return None  # "Sie reden, schreiben und lesen": a list of verbs, no speaker
        tail = tokens[after:]
        # The cue clause ends the sentence, perhaps with a prepositional tail ("sagte X am Montag in Y.")
        # or a verb particle ("fügte X hinzu"); "…, sagte X und ergänzte: …" ends it too. Anything else
        # ("said he intended …") is a new clause.
        if tail and not is_punct(tail[0]) and tail[0].text.lower() not in self.lex.stops | self.lex.particles:
            return None
        clause_end = next((i for i, t in enumerate(tail) if t.text in ",:;"), len(tail))
        if len([t for t in tail[:clause_end] if not is_punct(t)]) > MAX_TAIL:
            return None  # "…, organizers reported this year 908 of the attendees brought …": a new clause
        for offset, token in enumerate(tail[:-1]):
            if self._verb(tail, offset) is not None:
                break
            following = {t.text.lower() for t in tail[offset + 1:]}
            if token.text == ":" or token.text == "," and following & (self.lex.subjunctive | self.lex.complementizers):
                return None  # "…, sagte X nun, er habe …": the content follows; ", citing Y" does not
        # The content starts after a colon before it ("Linz – X ist vorgeprescht: Er sehe …, sagte er").
        colon = next((c for c in range(comma - 1, 0, -1) if tokens[c].text == ":"), None)
        first = tokens[colon + 1].start if colon is not None and colon + 1 < comma else sent.start
        start, end = _strip(self.text, first, tokens[comma].start)
        cue = token_cue(tokens, at, self.lex)
        if impersonal:
            cue = f"{cue} {tokens[at + 1].text}"
        content = [t.text.lower() for t in tokens[:comma]]
        reported = verb_class in {"report", "es"} or not self.lex.unmarked_direct \
            or any(w in self.lex.subjunctive for w in content)
        strong = any(w in self.lex.subjunctive - self.lex.weak_subjunctive for w in content)
        return _Found(start, end, "indirect" if reported else "direct", index, cue, phrase,
                      content_first=True, strong=strong)

    def _inverted_subject(self, tokens: list[Token], start: int) -> list[Token]:
        """The subject after an inverted verb, over a short time or place phrase before it:
        "informierte am Sonntag die Landespolizeidirektion" → die Landespolizeidirektion."""
        phrase = phrase_after(tokens[start:], self.lex)
        if phrase or start >= len(tokens) or tokens[start].text.lower() not in self.lex.stops:
            return phrase
        for skip in range(start + 1, min(start + 4, len(tokens))):
            if tokens[skip].text.lower() in self.lex.determiners:
                return phrase_after(tokens[skip:], self.lex)
        return []

    def _content_after(self, index: int, sent: Sentence, at: int, verb_class: str) -> _Found | None:
        """"So meldet X, dass …" / "Er sagte, die Lage sei ernst." / "Wie X meldete, …" / "X said (that) …"."""
        if verb_class == "so":
            return None
        tokens = sent.tokens
        rest = tokens[at + 1:]
        opener = None  # index in tokens where the content starts
        for offset, token in enumerate(rest):
            word = token.text.lower()
            if word in self.lex.complementizers:
                opener = at + 1 + offset + 1
                break
            if token.text in ",:":
                following = [t.text.lower() for t in rest[offset + 1:]]
                as_clause = tokens[0].text.lower() in self.lex.as_words
                if token.text == ":" or as_clause or following[:1] and following[0] in self.lex.complementizers \
                        or any(w in self.lex.subjunctive for w in following):
                    opener = at + 1 + offset + 1
                    if following and following[0] in self.lex.complementizers:
                        opener += 1
                break
            if is_punct(token):
                break
        colon = opener is not None and tokens[opener - 1].text == ":"
        if opener is None and self.lex.bare_complement and verb_class in {"say", "tell"} \
                and phrase_before(tokens[:at], self.lex) and rest and not is_punct(rest[0]):
            listener = phrase_after(rest, self.lex) if verb_class == "tell" else []
            opener = at + 1 + len(listener)
        if opener is None or opener >= len(tokens):
            return None
        start, end = _strip(self.text, tokens[opener].start, sent.end)
        if start >= end or len(self.text[start:end].split()) < 2:
            return None
        head = tokens[:opener]
        if verb_class == "es":
            phrase = []  # "In einer Mitteilung, die sein Büro verbreitete, hieß es: …": nobody named
        elif tokens[0].text.lower() in self.lex.as_words:
            phrase = phrase_after(tokens[1:at], self.lex)  # "Wie die Agentur X unter Berufung auf Y meldet"
        else:
            phrase = self._subject(head, at)
        content = [t.text.lower() for t in tokens[opener:]]
        strong = any(w in self.lex.subjunctive - self.lex.weak_subjunctive for w in content)
        # "Zeidler kündigte an: Wir müssen …" is said as written; a "dass" or Konjunktiv clause is reported.
        direct = colon and verb_class in {"say", "state"} and not any(w in self.lex.subjunctive for w in content)
        return _Found(start, end, "direct" if direct else "indirect", index, token_cue(tokens, at, self.lex),
                      phrase, strong=strong)

    # -- 3. prepositional cues -------------------------------------------------------------------

    def prepositional(self, index: int, sent: Sentence) -> _Found | None:
        tokens = sent.tokens
        words = [t.text.lower() for t in tokens]
        for cue_words, side in self.lex.cues:
            size = len(cue_words)
            for at in range(len(tokens) - size + 1):
                if tuple(words[at:at + size]) != cue_words:
                    continue
                cue_end = at + size
                if side == "after":
                    phrase = trim_at_source_noun(phrase_after(tokens[cue_end:], self.lex), self.lex)
                    cut_from, cut_to = at, cue_end + len(phrase)
                elif side == "before":
                    phrase = noun_phrase_before(tokens[:at], self.lex)
                    cut_from, cut_to = at - len(phrase), cue_end
                else:
                    phrase = []
                    cut_from, cut_to = at, cue_end
                start, end = self._rest_of_sentence(sent, cut_from, cut_to)
                if start >= end:
                    continue
                cue = self.text[tokens[at].start:tokens[cue_end - 1].end]
                return _Found(start, end, "indirect", index, cue, strip_source_noun(phrase, self.lex) or phrase)
        return None

    def _rest_of_sentence(self, sent: Sentence, cut_from: int, cut_to: int) -> tuple[int, int]:
        """The sentence without a leading or trailing attribution phrase; the whole sentence when it is inside."""
        tokens = sent.tokens
        if cut_from == 0:
            rest = cut_to
            while rest < len(tokens) and tokens[rest].text in ",:":
                rest += 1
            return _strip(self.text, tokens[rest].start if rest < len(tokens) else sent.end, sent.end)
        tail = tokens[cut_to:]
        if not tail or is_punct(tail[0]):  # "…, according to X." / "…, according to X, which cited Y."
            return _strip(self.text, sent.start, tokens[cut_from].start)
        return _strip(self.text, sent.start, sent.end)

    # -- 4. Konjunktiv continuation --------------------------------------------------------------

    def continue_reported(self, found: list[_Found]) -> list[_Found]:
        """Add sentences in the subjunctive that follow a reported sentence, or precede a ", schreibt X" one.

        "So meldet X, dass … drohe. Selbst in Y hätten die Händler Mühe." → the
        second sentence is X's too. Chains go on while the subjunctive does.
        """
        if not self.lex.subjunctive:
            return found
        by_sentence = {f.sentence: f for f in found}
        added: list[_Found] = []
        for index, sent in enumerate(self.article.sentences):
            if index in by_sentence or sent.heading or not self._subjunctive(sent):
                continue
            forms = {t.text.lower() for t in sent.tokens} & self.lex.subjunctive
            strong = bool(forms - self.lex.weak_subjunctive)
            if not strong:
                # A Konjunktiv II form reports only in the main clause ("hätten die Händler …"),
                # not in a subordinate one ("…, weil die Partei einbüßen würde").
                first_comma = next((t.start for t in sent.tokens if t.text == ","), sent.end)
                forms = {t.text.lower() for t in sent.tokens if t.start < first_comma} & forms
                if not forms:
                    continue
            previous = by_sentence.get(index - 1)
            following = by_sentence.get(index + 1)
            source = None
            if previous is not None and previous.kind == "indirect" and (strong or previous.strong):
                source = previous
            elif following is not None and following.content_first and following.kind == "indirect":
                source = following
            if source is None:
                continue
            start, end = _strip(self.text, sent.start, sent.end)
            cue = next(t.text for t in sent.tokens if t.text.lower() in forms)
            new = _Found(start, end, "indirect", index, cue, source.phrase, strong=strong or source.strong)
            by_sentence[index] = new
            added.append(new)
        return sorted(found + added, key=lambda f: (f.sentence, f.start))

    def _subjunctive(self, sent: Sentence) -> bool:
        return any(t.text.lower() in self.lex.subjunctive and t.text not in QUOTE_MARKS for t in sent.tokens)


def token_cue(tokens: list[Token], at: int, lex: SpeechLexicon) -> str:
    """The cue as written: the verb, with a clause-opening "so"/"wie" before it ("So meldet")."""
    if at > 0 and tokens[at - 1].text.lower() in {"so"} | lex.as_words and at == 1:
        return f"{tokens[0].text.lower()} {tokens[at].text}"
    return tokens[at].text


def _strip(text: str, start: int, end: int, *, punct: str = _END_PUNCT) -> tuple[int, int]:
    """Trim spaces, final punctuation and stray opening quotation marks from a content span.

    Inside quotation marks only a trailing comma goes ("„Wir bleiben“, sagte er" keeps the words as said).
    """
    while start < end and (text[start].isspace() or text[start] in QUOTE_MARKS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in punct):
        end -= 1
    return start, end
