"""The name tagger at analysis time: a linear model over feature strings, greedy BIO decoding.

The model file (``ner/data/de.npz``, built by ``scripts/train_ner.py``) holds
the feature strings, one weight row per feature (one column per tag), the tag
names and the word lists of :class:`~lagebild.ner.features.Lexicon`. It is
loaded once per process (:func:`load_tagger`).

Example: ``load_tagger().tag(["Sabine", "Kehrer", "sagte", "in", "Goslar", "."])``
→ ``["B-PER", "I-PER", "O", "O", "B-LOC", "O"]``; :func:`spans` turns tags into
``(first, last, type)`` token ranges.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np

from .features import (
    PAD_AFTER,
    PAD_BEFORE,
    Lexicon,
    context_features,
    history_features,
    neighbour_features,
    sentence_start,
    static_features,
    word_features,
)

DEFAULT_PATH = Path(__file__).parent / "data" / "de.npz"
_LISTS = ("first_names", "places", "lower_words", "surnames", "org_words", "common_nouns", "vocabulary")


def _allowed(tags: list[str]) -> np.ndarray:
    """allowed[p, t]: whether tag t may follow tag p (I-X only after B-X or I-X)."""
    n = len(tags)
    out = np.ones((n, n), dtype=bool)
    for p, prev in enumerate(tags):
        for t, tag in enumerate(tags):
            if tag.startswith("I-") and prev[2:] != tag[2:]:
                out[p, t] = False
    return out


class Tagger:
    def __init__(self, features: list[str], weights: np.ndarray, tags: list[str], lexicon: Lexicon,
                 threshold: float = 0.0) -> None:
        # A found name's weakest word must score this far above O (chosen on a tuning split in training).
        self.threshold = threshold
        self._cache: dict[str, tuple[list[int], ...]] = {}
        self._history_cache: dict[str, np.ndarray | None] = {}
        self._trans: np.ndarray | None = None
        self._base = np.zeros(len(tags), dtype=np.float32)
        self._bound: list[list[float]] = []
        self.index = {f: k for k, f in enumerate(features)}
        self.weights = weights.astype(np.float32)
        self.tags = tags
        self.lexicon = lexicon
        self._penalty = np.where(_allowed(tags), 0.0, -1e9).astype(np.float32)
        self._start = np.array([0.0 if not t.startswith("I-") else -1e9 for t in tags], dtype=np.float32)

    @classmethod
    def load(cls, path: str | Path) -> Tagger:
        with np.load(path, allow_pickle=False) as data:
            features = str(data["features"]).split("\n")
            weights = data["weights"]
            tags = str(data["tags"]).split("\n")
            lex = Lexicon(*(frozenset(str(data[k]).split("\n")) for k in _LISTS))
            threshold = float(data["threshold"]) if "threshold" in data else 0.0
        return cls(features, weights, tags, lex, threshold)

    def save(self, path: str | Path) -> None:
        features = [""] * len(self.index)
        for f, k in self.index.items():
            features[k] = f
        np.savez_compressed(
            path, features=np.array("\n".join(features)), weights=self.weights.astype(np.float16),
            tags=np.array("\n".join(self.tags)), threshold=np.array(self.threshold),
            **{k: np.array("\n".join(sorted(getattr(self.lexicon, k)))) for k in _LISTS})

    def _word_rows(self, word: str) -> tuple[list[int], ...]:
        """Rows of a word's own features and of what it gives its neighbours (cached per word)."""
        found = self._cache.get(word)
        if found is None:
            index = self.index
            parts = [word_features(word, self.lexicon) if word not in (PAD_BEFORE, PAD_AFTER) else []]
            parts += [neighbour_features(word, offset) for offset in ("-1", "-2", "+1", "+2")]
            found = tuple([k for k in (index.get(f) for f in feats) if k is not None] for feats in parts)
            if len(self._cache) > 200_000:
                self._cache.clear()
            self._cache[word] = found
        return found

    def static_scores(self, words: list[str], only: list[int] | None = None) -> np.ndarray:
        """Scores (tokens × tags) from the tag-independent features (the sum over :func:`static_features`).

        With ``only`` (token indices), just those rows are computed, in that order (``len(only)`` × tags).
        """
        index = self.index
        lex = self.lexicon
        n = len(words)
        lower = [w.casefold() for w in words]
        start = sentence_start(words)
        cached = [self._word_rows(w) for w in words]
        pad_before = self._word_rows(PAD_BEFORE)
        pad_after = self._word_rows(PAD_AFTER)
        rows: list[int] = []
        starts: list[int] = []
        for i in range(n) if only is None else only:
            starts.append(len(rows))
            rows += cached[i][0]
            rows += (cached[i - 1] if i else pad_before)[1]
            rows += (cached[i - 2] if i > 1 else pad_before)[2]
            rows += (cached[i + 1] if i + 1 < n else pad_after)[3]
            rows += (cached[i + 2] if i + 2 < n else pad_after)[4]
            rows.extend(k for k in (index.get(f) for f in context_features(words, lower, i, start, lex))
                        if k is not None)
        if not rows:
            return np.zeros((len(starts), len(self.tags)), dtype=np.float32)
        # Every token has the bias feature "b", so no token's run of rows is empty.
        return np.add.reduceat(self.weights[rows], starts, axis=0)

    def slow_static_scores(self, words: list[str]) -> np.ndarray:
        """:meth:`static_scores` without the per-word cache (the reference the tests compare with)."""
        out = np.zeros((len(words), len(self.tags)), dtype=np.float32)
        for i, feats in enumerate(static_features(words, self.lexicon)):
            rows = [k for k in (self.index.get(f) for f in feats) if k is not None]
            out[i] = self.weights[rows].sum(axis=0)
        return out

    def tag(self, words: list[str]) -> list[str]:
        """One tag per word, left to right; each choice sees the two before."""
        return self.tag_scored(words)[0]

    def _history_tables(self) -> None:
        """Precomputed history weights: ``_trans[p2, p]`` (tags before, the last state is the start) and
        ``_bound[p2][p]``, the most that history can raise a tag above ``O``."""
        states = [*self.tags, "<s>"]
        n = len(self.tags)
        hist = np.zeros((n + 1, n + 1, n), dtype=np.float32)
        allowed = np.zeros((n + 1, n), dtype=np.float32)
        for a, prev2 in enumerate(states):
            for b, prev in enumerate(states):
                feats = history_features("", prev, prev2)[:2]     # t-1 and t-2 (t-1w is per word)
                rows = [k for k in (self.index.get(f) for f in feats) if k is not None]
                hist[a, b] = self.weights[rows].sum(axis=0)
        for b in range(n + 1):
            allowed[b] = self._start if b == n else self._penalty[b]
        # The history after two O tags, folded into every word's scores, so that after O, O (most words)
        # nothing is left to add: the perceptron's bias and "t-1=O" weights largely cancel each other.
        self._base = hist[0, 0].copy()
        trans = hist - self._base + allowed[None, :, :]
        self._trans = trans
        finite = np.where(trans > -1e8, trans, -np.inf)
        self._bound = (finite.max(axis=2) - trans[:, :, 0] + 1e-3).tolist()

    def _word_history(self, word: str) -> np.ndarray | None:
        """Weights of "previous tag + this word" per previous state, or None when the word has none."""
        found = self._history_cache.get(word, False)
        if found is False:
            folded = word.casefold()
            rows = [self.index.get(f"t-1w={state}|{folded}") for state in [*self.tags, "<s>"]]
            if all(k is None for k in rows):
                found = None
            else:
                found = np.zeros((len(rows), len(self.tags)), dtype=np.float32)
                for b, k in enumerate(rows):
                    if k is not None:
                        found[b] = self.weights[k]
            if len(self._history_cache) > 200_000:
                self._history_cache.clear()
            self._history_cache[word] = found
        return found

    def tag_scored(self, words: list[str], *, skip_lower: bool = False) -> tuple[list[str], list[float]]:
        """Tags and, per word, how far the chosen tag's score lies above that of ``O`` (0 for ``O``).

        Greedy, left to right. A word whose own scores put ``O`` further ahead than any history could
        make up is ``O`` without the per-word step (most words: the result is the same).

        With ``skip_lower``, a word without a capital letter between two such words is ``O`` unscored (a
        shortcut for finding names: such a word can only be inside a name next to capitalised words).
        """
        n = len(words)
        if not n:
            return [], []
        if self._trans is None:
            self._history_tables()
        if skip_lower:
            upper = [w != w.lower() for w in words]
            scored = [i for i in range(n) if upper[i] or (i and upper[i - 1]) or (i + 1 < n and upper[i + 1])]
        else:
            scored = list(range(n))
        where = [-1] * n
        for row, i in enumerate(scored):
            where[i] = row
        scores = self.static_scores(words, scored if skip_lower else None) + self._base
        lead = (scores[:, 0] - scores[:, 1:].max(axis=1)).tolist()
        bound = self._bound
        tags = self.tags
        trans = self._trans
        start = len(tags)
        out: list[str] = []
        margins: list[float] = []
        p2 = p = start
        for i, word in enumerate(words):
            r = where[i]
            if r < 0:
                out.append(tags[0])
                margins.append(0.0)
                p2, p = p, 0
                continue
            extra = self._word_history(word)
            if lead[r] > bound[p2][p] and (extra is None or lead[r] > bound[p2][p] + float((extra[p] - extra[p, 0]).max())):
                k = 0
                margin = 0.0
            else:
                row = scores[r] + trans[p2, p]
                if extra is not None:
                    row = row + extra[p]
                k = int(row.argmax())
                margin = float(row[k] - row[0])
            out.append(tags[k])
            margins.append(margin)
            p2, p = p, k
        return out, margins

    def slow_tag_scored(self, words: list[str]) -> tuple[list[str], list[float]]:
        """:meth:`tag_scored` computed plainly, feature by feature (the reference the tests compare with)."""
        if not words:
            return [], []
        scores = self.slow_static_scores(words)
        index = self.index
        tags = self.tags
        out: list[str] = []
        margins: list[float] = []
        prev = prev2 = "<s>"
        p = -1
        for i, word in enumerate(words):
            row = scores[i] + (self._start if p < 0 else self._penalty[p])
            extra = [k for k in (index.get(f) for f in history_features(word, prev, prev2)) if k is not None]
            if extra:
                row = row + self.weights[extra].sum(axis=0)
            p = int(row.argmax())
            prev2, prev = prev, tags[p]
            out.append(prev)
            margins.append(float(row[p] - row[0]))
        return out, margins


def names(tagger: Tagger, words: list[str]) -> list[tuple[int, int, str]]:
    """The names the tagger finds in ``words``, above its confidence threshold."""
    tags, margins = tagger.tag_scored(words, skip_lower=True)
    return spans(tags, margins, tagger.threshold)


def spans(tags: list[str], margins: list[float] | None = None,
          threshold: float = 0.0) -> list[tuple[int, int, str]]:
    """``(first, last, type)`` for each B-/I- run of one type (last inclusive).

    With ``margins`` (from :meth:`Tagger.tag_scored`), a span whose weakest word lies less than
    ``threshold`` above ``O`` is left out.
    """
    out: list[tuple[int, int, str]] = []
    start = -1
    kind = ""
    for i, tag in enumerate([*tags, "O"]):
        if start >= 0 and not (tag.startswith("I-") and tag[2:] == kind):
            if margins is None or min(margins[start:i]) >= threshold:
                out.append((start, i - 1, kind))
            start = -1
        if tag.startswith("B-") or (tag.startswith("I-") and start < 0):
            start, kind = i, tag[2:]
    return out


@lru_cache(maxsize=4)
def load_tagger(path: str | None = None) -> Tagger:
    """The shipped German tagger (or the one at ``path``), loaded once per process."""
    return Tagger.load(path or DEFAULT_PATH)
