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


def static_features(words: list[str], lex: Lexicon) -> list[list[str]]:
    """The tag-independent features of each token of one sentence (see the module doc)."""
    n = len(words)
    lower = [w.casefold() for w in words]
    shapes = [shape(w) for w in words]
    caps = [w[:1].isupper() for w in words]
    # The first word after opening punctuation counts as sentence-initial ("„Auch …").
    start = 0
    while start < n and words[start] in _OPENERS:
        start += 1
    pad = ["<s>", "<s>"]
    lw = pad + lower + ["</s>", "</s>"]
    out: list[list[str]] = []
    first_names = lex.first_names
    places = lex.places
    lower_words = lex.lower_words
    surnames = lex.surnames
    org_words = lex.org_words
    vocabulary = lex.vocabulary
    for i in range(n):
        w = lower[i]
        word = words[i]
        j = i + 2
        feats = [
            "b",
            "w=" + w,
            "s2=" + w[-2:],
            "s3=" + w[-3:],
            "s4=" + w[-4:],
            "p3=" + w[:3],
            "sh=" + shapes[i],
            "w-1=" + lw[j - 1],
            "w+1=" + lw[j + 1],
            "w-2=" + lw[j - 2],
            "w+2=" + lw[j + 2],
            "w-1w=" + lw[j - 1] + "|" + w,
            "ww+1=" + w + "|" + lw[j + 1],
            "sh-1=" + (shapes[i - 1] if i else "<s>"),
            "sh+1=" + (shapes[i + 1] if i + 1 < n else "</s>"),
            "s3-1=" + lw[j - 1][-3:],
            "s3+1=" + lw[j + 1][-3:],
        ]
        if i <= start:
            feats.append("init")
            if caps[i]:
                feats.append("init-low" if w in lower_words else "init-cap")
        elif caps[i] and w in lower_words:
            feats.append("cap-low")
        if len(word) > 1 and word.isupper():
            feats.append("allcaps")
        if "-" in word:
            feats.append("hyph")
            feats.append("hl=" + w.rsplit("-", 1)[-1][-4:])
        if w in first_names:
            feats.append("fn")
        if w in places:
            feats.append("pl")
        if w in surnames:
            feats.append("ln")
            if i and lower[i - 1] in first_names:
                feats.append("fn-ln")
        if w in org_words:
            feats.append("org")
        if i and lower[i - 1] in first_names and caps[i - 1]:
            feats.append("fn-1")
        if i + 1 < n and lower[i + 1] in first_names and caps[i + 1]:
            feats.append("fn+1")
        if i + 1 < n:
            feats.append("cap+1=" + ("1" if caps[i + 1] else "0") + ("1" if caps[i] else "0"))
        if i:
            feats.append("cap-1=" + ("1" if caps[i - 1] else "0") + ("1" if caps[i] else "0"))
        if len(w) <= 2:
            feats.append("short")
        if w not in vocabulary:
            feats.append("rare")
            feats.append("rare|w-1=" + lw[j - 1])
            feats.append("rare|s3=" + w[-3:])
            feats.append("rare|sh=" + shapes[i] + ("|init" if i <= start else ""))
        out.append(feats)
    return out


def history_features(word: str, prev: str, prev2: str) -> list[str]:
    """Features on the tags already chosen for the two tokens before (greedy left-to-right tagging)."""
    return ["t-1=" + prev, "t-2=" + prev2 + "|" + prev, "t-1w=" + prev + "|" + word.casefold()]
