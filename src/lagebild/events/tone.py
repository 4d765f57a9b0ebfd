"""Article tone the GDELT way: emotional words per 100 words, counted from a lexicon.

Why word counts and not a model: the figures are comparable with GDELT's
``V2Tone`` (tone, positive score, negative score, polarity), cheap enough for
thousands of articles a second, and explainable word by word. For example
"Der Gipfel endete ohne Einigung." has 5 words and one polar word,
"Einigung" (+1), flipped by "ohne" to -1: score -20.0, positive 0.0,
negative 20.0, polarity 20.0.

The lexicon for a language lives in ``data/<lang>/``: ``tone.tsv`` (built by
``scripts/build_tone_lexicons.py``), ``negators.txt``, ``negation_cancel.txt``
and ``suffixes.txt``. A language without ``tone.tsv`` is left untouched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from ..model import Article, Tone
from ..settings import Settings

DATA = Path(__file__).resolve().parent / "data"

# A negator flips a polar word at most this many words later ("nicht wirklich ein Erfolg"),
# as VADER looks three words back; further away it usually belongs to another phrase.
NEGATION_WINDOW = 3
# Stripping an ending must leave a stem this long, so "Rate" never turns into "rat".
MIN_STEM = 4
# A compound's head is looked up only when at least this much stays in front of it
# ("Wirtschafts|krise", "Heim|sieg"): shorter fronts are mostly prefixes ("Ver|einigung", "Be|steuerung").
MIN_MODIFIER = 4
# Per-word results are remembered; the memo is dropped when it grows past this size.
MEMO_LIMIT = 300_000

# Tokens that end a negation's scope: sentence ends and strong clause breaks.
_BOUNDARY = frozenset(".!?;:")
_APOSTROPHES = frozenset("'\u2019")
_TOKEN = re.compile(r"\w+(?:['’]\w+)*|[.!?;:]")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass
class ToneLexicon:
    """Word signs for one language plus the rules that use them."""

    signs: dict[str, int]
    heads: dict[str, int]
    negators: frozenset[str]
    cancel: frozenset[str]
    suffixes: tuple[str, ...]
    memo: dict[str, int] = field(default_factory=dict)

    def sign(self, text: str) -> int:
        """+1, -1 or 0 for a token, e.g. "Wirtschaftskrisen" -> -1 via "wirtschaftskrise" -> "krise".

        Compound heads are tried only for capitalised tokens (nouns in German), so the
        verb "vergleichen" never reaches "leiche".
        """
        known = self.memo.get(text)
        if known is not None:
            return known
        if len(self.memo) >= MEMO_LIMIT:
            self.memo.clear()
        word = text.lower()
        forms = [word] + [word[:-len(s)] for s in self.suffixes
                          if word.endswith(s) and len(word) - len(s) >= MIN_STEM]
        # A listed form wins even when it is 0: neutral entries block the compound-head guess.
        found = next((self.signs[f] for f in forms if f in self.signs), None)
        if found is None:
            found = 0
            if text[:1].isupper():
                found = next((self.heads[f[i:]] for f in forms for i in range(MIN_MODIFIER, len(f))
                              if f[i:] in self.heads), 0)
        self.memo[text] = found
        return found


def _lines(path: Path) -> list[str]:
    if not path.exists():
        return []
    return [line.rstrip("\n") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


@cache
def load_tone_lexicon(language: str) -> ToneLexicon | None:
    """The lexicon for ``language`` (e.g. "de"), read once per process; None when we have none."""
    folder = DATA / language
    if not language.isalpha() or not (folder / "tone.tsv").exists():
        return None
    signs: dict[str, int] = {}
    heads: dict[str, int] = {}
    for line in _lines(folder / "tone.tsv"):
        parts = line.split("\t")
        signs[parts[0]] = int(parts[1])
        if len(parts) > 2 and parts[2] == "h":
            heads[parts[0]] = int(parts[1])
    suffixes = sorted((s.strip() for s in _lines(folder / "suffixes.txt")), key=len, reverse=True)
    negators = {w.strip().lower() for w in _lines(folder / "negators.txt")}
    negators |= {w.replace("'", "\u2019") for w in negators}  # "didn’t" typeset with a curly apostrophe
    return ToneLexicon(signs, heads,
                       negators=frozenset(negators),
                       cancel=frozenset(w.strip().lower() for w in _lines(folder / "negation_cancel.txt")),
                       suffixes=tuple(suffixes))


def article_tokens(article: Article) -> list[str]:
    """The body's token texts, with "." between sentences so a negation never crosses one.

    Uses the segmenter's tokens when there are any, else a plain word split of
    ``article.text``, e.g. "Kein Erfolg. Krieg!" -> ["Kein", "Erfolg", ".", "Krieg", "!"].
    """
    if any(sent.tokens for sent in article.sentences):
        tokens: list[str] = []
        for sent in article.sentences:
            tokens.extend(token.text for token in sent.tokens)
            tokens.append(".")
        return tokens
    return _TOKEN.findall(article.text)


def measure_tone(tokens: Iterable[str], lexicon: ToneLexicon) -> Tone:
    """GDELT figures for a token sequence, e.g. ["kein", "Erfolg"] -> score -50.0 (2 words, 1 negative)."""
    words = positive = negative = 0
    memo, negators, cancel = lexicon.memo, lexicon.negators, lexicon.cancel
    since_negator = NEGATION_WINDOW + 1
    after_negator = False
    previous = ""
    for text in tokens:
        glued, previous = previous in _APOSTROPHES, text
        if text in _BOUNDARY:
            since_negator, after_negator = NEGATION_WINDOW + 1, False
            continue
        # "didn't" split as "didn", "'", "t": the "t" is part of the word before, not a word of its own.
        if glued or not (text.isalpha() or _LETTER.search(text)):
            continue
        words += 1
        word = text.lower()
        if after_negator and word in cancel:  # "nicht nur", "not only"
            since_negator = NEGATION_WINDOW + 1
        after_negator = False
        if word in negators:
            since_negator, after_negator = 0, True
            continue
        since_negator += 1
        sign = memo.get(text)
        if sign is None:
            sign = lexicon.sign(text)
        if sign and since_negator <= NEGATION_WINDOW:
            sign = -sign
        if sign > 0:
            positive += 1
        elif sign < 0:
            negative += 1
    if not words:
        return Tone()
    pos, neg = 100.0 * positive / words, 100.0 * negative / words
    return Tone(score=round(pos - neg, 4), positive=round(pos, 4), negative=round(neg, 4),
                polarity=round(pos + neg, 4))


def score_tone(article: Article, settings: Settings) -> Article:
    """Stage: fill ``article.tone`` from the body; articles in a language without a lexicon stay as they are."""
    lexicon = load_tone_lexicon(article.language)
    if lexicon is not None:
        article.tone = measure_tone(article_tokens(article), lexicon)
    return article
