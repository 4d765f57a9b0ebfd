"""Token features for the name tagger: plain strings, looked up in the model's feature table.

One function, :func:`static_features`, gives the features of every token of a
sentence that do not depend on the tags already chosen (word, affixes, shape,
neighbours, word lists); :func:`history_features` gives the few that do (the
previous tags). Training and tagging use exactly these two functions, so a
feature string means the same in both.

Example: in ``["Sabine", "Kehrer", "sagte"]`` the token ``Kehrer`` gets, among
others, ``w=kehrer``, ``s3=rer``, ``sh=Xx``, ``w-1=sabine``, ``fn-1`` (the
previous word is a known first name) and ``w+1=sagte``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Lexicon:
    """Word lists the features consult; shipped inside the model file."""

    first_names: frozenset[str]     # case-folded first names (first pieces of known personal names)
    places: frozenset[str]          # case-folded one-word place names
    lower_words: frozenset[str]     # words seen written in lower case (so "Auch" at a start is "auch")
    surnames: frozenset[str] = frozenset()      # case-folded last pieces of known personal names
    org_words: frozenset[str] = frozenset()     # case-folded capitalised pieces of known organisation names
    # Not a feature: capitalised words the training data saw often and never in a name ("Regierung");
    # a sentence whose only capitalised words are these is not worth tagging.
    common_nouns: frozenset[str] = frozenset()
    # Words seen at least twice in the training data; the others (and unseen words) are "rare".
    vocabulary: frozenset[str] = frozenset()


@lru_cache(maxsize=65536)
def shape(word: str) -> str:
    """Short word shape: runs of upper, lower, digit, other collapsed ("Kehrer" → "Xx", "GmbH" → "XxX")."""
    out = []
    last = ""
    for ch in word:
        c = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if c != last:
            out.append(c)
            last = c
    return "".join(out[:6])


_OPENERS = frozenset({'"', "„", "“", "«", "»", "(", "'", "‚", "‘", "[", "-", "–", ":"})


PAD_BEFORE = "<s>"
PAD_AFTER = "</s>"


def word_features(word: str, lex: Lexicon) -> list[str]:
    """Features of a word on its own (the same wherever it stands): cacheable per word."""
    w = word.casefold()
    feats = ["b", "w=" + w, "s2=" + w[-2:], "s3=" + w[-3:], "s4=" + w[-4:], "p3=" + w[:3], "sh=" + shape(word)]
    if len(word) > 1 and word.isupper():
        feats.append("allcaps")
    if "-" in word:
        feats.append("hyph")
        feats.append("hl=" + w.rsplit("-", 1)[-1][-4:])
    if w in lex.first_names:
        feats.append("fn")
    if w in lex.places:
        feats.append("pl")
    if w in lex.surnames:
        feats.append("ln")
    if w in lex.org_words:
        feats.append("org")
    if len(w) <= 2:
        feats.append("short")
    if w not in lex.vocabulary:
        feats.append("rare")
        feats.append("rare|s3=" + w[-3:])
    return feats


def neighbour_features(word: str, offset: str) -> list[str]:
    """Features a word (or a pad) gives the token at ``offset`` from it ("-1": it is the previous word)."""
    if word in (PAD_BEFORE, PAD_AFTER):
        w = sh = word
    else:
        w = word.casefold()
        sh = shape(word)
    if offset in ("-2", "+2"):
        return ["w" + offset + "=" + w]
    return ["w" + offset + "=" + w, "sh" + offset + "=" + sh, "s3" + offset + "=" + w[-3:]]


def context_features(words: list[str], lower: list[str], i: int, start: int, lex: Lexicon) -> list[str]:
    """Features of the token at ``i`` that need the word together with its neighbours or position."""
    n = len(words)
    w = lower[i]
    word = words[i]
    cap = word[:1].isupper()
    before = lower[i - 1] if i else PAD_BEFORE
    feats = ["w-1w=" + before + "|" + w, "ww+1=" + w + "|" + (lower[i + 1] if i + 1 < n else PAD_AFTER)]
    if i <= start:
        feats.append("init")
        if cap:
            feats.append("init-low" if w in lex.lower_words else "init-cap")
    elif cap and w in lex.lower_words:
        feats.append("cap-low")
    first_names = lex.first_names
    if i:
        prev_cap = words[i - 1][:1].isupper()
        if w in lex.surnames and before in first_names:
            feats.append("fn-ln")
        if prev_cap and before in first_names:
            feats.append("fn-1")
        feats.append("cap-1=" + ("1" if prev_cap else "0") + ("1" if cap else "0"))
    if i + 1 < n:
        next_cap = words[i + 1][:1].isupper()
        if next_cap and lower[i + 1] in first_names:
            feats.append("fn+1")
        feats.append("cap+1=" + ("1" if next_cap else "0") + ("1" if cap else "0"))
    if w not in lex.vocabulary:
        feats.append("rare|w-1=" + before)
        feats.append("rare|sh=" + shape(word) + ("|init" if i <= start else ""))
    return feats


def sentence_start(words: list[str]) -> int:
    """Index of the first word after opening punctuation: it counts as sentence-initial ("„Auch …")."""
    start = 0
    while start < len(words) and words[start] in _OPENERS:
        start += 1
    return start


def static_features(words: list[str], lex: Lexicon) -> list[list[str]]:
    """The tag-independent features of each token of one sentence (see the module doc)."""
    n = len(words)
    lower = [w.casefold() for w in words]
    start = sentence_start(words)
    out: list[list[str]] = []
    for i in range(n):
        feats = word_features(words[i], lex)
        feats += neighbour_features(words[i - 1] if i else PAD_BEFORE, "-1")
        feats += neighbour_features(words[i - 2] if i > 1 else PAD_BEFORE, "-2")
        feats += neighbour_features(words[i + 1] if i + 1 < n else PAD_AFTER, "+1")
        feats += neighbour_features(words[i + 2] if i + 2 < n else PAD_AFTER, "+2")
        feats += context_features(words, lower, i, start, lex)
        out.append(feats)
    return out


def history_features(word: str, prev: str, prev2: str) -> list[str]:
    """Features on the tags already chosen for the two tokens before (greedy left-to-right tagging)."""
    return ["t-1=" + prev, "t-2=" + prev2 + "|" + prev, "t-1w=" + prev + "|" + word.casefold()]
