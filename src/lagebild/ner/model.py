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

from .features import Lexicon, history_features, static_features

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

    def static_scores(self, words: list[str]) -> np.ndarray:
        """Scores (tokens × tags) from the tag-independent features."""
        index = self.index
        rows: list[int] = []
        starts: list[int] = []
        for feats in static_features(words, self.lexicon):
            starts.append(len(rows))
            rows.extend(k for k in (index.get(f) for f in feats) if k is not None)
        if not rows:
            return np.zeros((len(words), len(self.tags)), dtype=np.float32)
        # Every token has the bias feature "b", so no token's run of rows is empty.
        return np.add.reduceat(self.weights[rows], starts, axis=0)

    def tag(self, words: list[str]) -> list[str]:
        """One tag per word, left to right; each choice sees the two before."""
        return self.tag_scored(words)[0]

    def tag_scored(self, words: list[str]) -> tuple[list[str], list[float]]:
        """Tags and, per word, how far the chosen tag's score lies above that of ``O`` (0 for ``O``)."""
        if not words:
            return [], []
        scores = self.static_scores(words)
        index = self.index
        weights = self.weights
        tags = self.tags
        out: list[str] = []
        margins: list[float] = []
        prev = prev2 = "<s>"
        p = -1
        for i, word in enumerate(words):
            row = scores[i] + (self._start if p < 0 else self._penalty[p])
            extra = [k for k in (index.get(f) for f in history_features(word, prev, prev2)) if k is not None]
            if extra:
                row = row + weights[extra].sum(axis=0)
            p = int(row.argmax())
            prev2, prev = prev, tags[p]
            out.append(prev)
            margins.append(float(row[p] - row[0]))
        return out, margins


def names(tagger: Tagger, words: list[str]) -> list[tuple[int, int, str]]:
    """The names the tagger finds in ``words``, above its confidence threshold."""
    tags, margins = tagger.tag_scored(words)
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
