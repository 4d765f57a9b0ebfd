"""Training the name tagger: an averaged perceptron over GermEval 2014 (offline, a few minutes on one core).

Data: ``NER-de-dev.tsv`` and ``NER-de-test.tsv`` of GermEval 2014 (CC BY 4.0).
The last :data:`HELD_OUT` sentences of ``NER-de-test.tsv`` are never trained
on; :func:`main` reports exact-span P/R/F1 on them.

Labels (outer level only): PER, ORG, LOC as they are, OTH → MISC. The
``-deriv`` and ``-part`` variants ("deutsche", "EU-Politik") become ``O``:
for the contract, country adjectives and name prefixes of compounds are the
knowledge base's business (it links them), and other derived adjectives
("Berliner") are not mentions.

Learning: the classic averaged perceptron (weights averaged over every step,
via the running-sum trick), greedy left-to-right decoding with the two
previous predicted tags as features, the same decoder as at analysis time.

Usage: ``python scripts/train_ner.py [--epochs 12] [--out src/lagebild/ner/data/de.npz]``.
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter
from pathlib import Path

import numpy as np

from .features import Lexicon, history_features, static_features
from .model import DEFAULT_PATH, Tagger, _allowed, names, spans

GERMEVAL = Path("/work/shared/data/german-training/germeval2014")
HELD_OUT = 1000
TUNE = 1500
PRUNE = 0.05
COMMON_MIN = 2   # a capitalised word seen this often and never in a name is a common noun (skip list)
TAGS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
_TYPES = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "OTH": "MISC"}

Sentence = tuple[list[str], list[str]]


def read_germeval(path: Path) -> list[Sentence]:
    """(words, outer tags mapped to our labels) per sentence."""
    out: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            if not line.strip():
                if words:
                    out.append((words, tags))
                words, tags = [], []
                continue
            cols = line.split("\t")
            words.append(cols[1])
            tags.append(map_tag(cols[2]))
    if words:
        out.append((words, tags))
    return _repair(out)


def map_tag(tag: str) -> str:
    """GermEval outer tag → ours: ``B-OTH`` → ``B-MISC``; ``-deriv``/``-part`` → ``O``."""
    if tag == "O" or tag.endswith(("deriv", "part")):
        return "O"
    return tag[:2] + _TYPES[tag[2:]]


def _repair(sentences: list[Sentence]) -> list[Sentence]:
    """An I- whose B- was a dropped -part/-deriv starts the span instead."""
    for _, tags in sentences:
        for i, tag in enumerate(tags):
            if tag.startswith("I-") and (i == 0 or tags[i - 1][2:] != tag[2:]):
                tags[i] = "B-" + tag[2:]
    return sentences


def splits(root: Path = GERMEVAL) -> tuple[list[Sentence], list[Sentence]]:
    """(training sentences, held-out sentences): the held-out ones are the last HELD_OUT of the test file."""
    dev = read_germeval(root / "NER-de-dev.tsv")
    test = read_germeval(root / "NER-de-test.tsv")
    return dev + test[:-HELD_OUT], test[-HELD_OUT:]


def build_lexicon(train: list[Sentence]) -> Lexicon:
    """Word lists from the training sentences and the shipped knowledge base (names only, no labels)."""
    from ..kb.lookup import load_kb
    from ..kb.records import KBActor, KBPlace

    lower = Counter(w for words, _ in train for w in words if len(w) > 1 and w.islower())
    lower_words = frozenset(lower)
    first: set[str] = set()
    places: set[str] = set()
    last: set[str] = set()
    orgs: set[str] = set()
    for entries in load_kb().index.values():
        for entry in entries:
            for target in entry.targets:
                if isinstance(target, KBActor) and target.type == "PER" and entry.kind == "N" \
                        and len(entry.pieces) > 1 and entry.pieces[0][:1].isupper() and entry.pieces[0].isalpha():
                    first.add(entry.pieces[0].casefold())
                    last.add(entry.pieces[-1].casefold())
                elif isinstance(target, KBActor) and target.type == "ORG" and entry.kind in "NA":
                    orgs.update(p.casefold() for p in entry.pieces if p[:1].isupper() and len(p) > 1)
                elif len(entry.pieces) == 1 and ((isinstance(target, KBPlace) and entry.kind == "P")
                                                 or (isinstance(target, KBActor) and target.type == "GPE"
                                                     and entry.kind == "N")):
                    places.add(entry.pieces[0].casefold())
    for words, tags in train:
        for i in range(len(words) - 1):
            if tags[i] == "B-PER" and tags[i + 1] == "I-PER" and words[i].isalpha():
                first.add(words[i].casefold())
    first = {w for w in first if len(w) > 1 and w not in lower_words}
    places = {w for w in places if len(w) > 2 and w not in lower_words}
    last = {w for w in last if len(w) > 2 and w not in lower_words and w.isalpha()}
    outside: Counter[str] = Counter()
    inside: set[str] = set()
    for words, tags in train:
        for word, tag in zip(words, tags, strict=True):
            if word[:1].isupper():
                (outside.update if tag == "O" else inside.update)((word.casefold(),))
    common = {w for w, c in outside.items() if c >= COMMON_MIN and w not in inside and w not in first
              and w not in last and w not in places and w not in orgs}
    counts = Counter(w.casefold() for words, _ in train for w in words)
    vocabulary = frozenset(w for w, c in counts.items() if c >= 2)
    return Lexicon(frozenset(first), frozenset(places), lower_words, frozenset(last), frozenset(orgs),
                   frozenset(common), vocabulary)


class _Table:
    """Growable feature → row table for training."""

    def __init__(self, n_tags: int, capacity: int = 1 << 20) -> None:
        self.index: dict[str, int] = {}
        self.w = np.zeros((capacity, n_tags), dtype=np.float32)
        self.u = np.zeros((capacity, n_tags), dtype=np.float32)   # sum of step * update, for averaging

    def rows(self, feats: list[str], grow: bool) -> list[int]:
        out = []
        for f in feats:
            k = self.index.get(f)
            if k is None:
                if not grow:
                    continue
                k = self.index[f] = len(self.index)
                if k >= len(self.w):
                    self.w = np.concatenate([self.w, np.zeros_like(self.w)])
                    self.u = np.concatenate([self.u, np.zeros_like(self.u)])
            out.append(k)
        return out


def train(sentences: list[Sentence], lexicon: Lexicon, *, epochs: int = 8, seed: int = 1,
          log=print) -> Tagger:
    """Averaged perceptron over ``sentences``; returns a :class:`Tagger` with averaged, pruned weights."""
    tag_id = {t: k for k, t in enumerate(TAGS)}
    allowed = _allowed(TAGS)
    penalty = np.where(allowed, 0.0, -1e9).astype(np.float32)
    start = np.array([0.0 if not t.startswith("I-") else -1e9 for t in TAGS], dtype=np.float32)
    table = _Table(len(TAGS))
    data = []
    for words, tags in sentences:
        static = [np.array(table.rows(f, True), dtype=np.int64) for f in static_features(words, lexicon)]
        data.append((words, [tag_id[t] for t in tags], static))
    rng = random.Random(seed)
    step = 1
    for epoch in range(epochs):
        t0 = time.time()
        rng.shuffle(data)
        errors = total = 0
        for words, gold, static in data:
            prev = prev2 = "<s>"
            p = -1
            for i, word in enumerate(words):
                hist = np.array(table.rows(history_features(word, prev, prev2), True), dtype=np.int64)
                rows = np.concatenate([static[i], hist])
                w = table.w
                score = w[rows].sum(axis=0) + (start if p < 0 else penalty[p])
                guess = int(score.argmax())
                truth = gold[i]
                if guess != truth:
                    errors += 1
                    table.w[rows, truth] += 1.0
                    table.w[rows, guess] -= 1.0
                    table.u[rows, truth] += step
                    table.u[rows, guess] -= step
                step += 1
                total += 1
                # Train on the predicted history, as the decoder will see it.
                p = guess
                prev2, prev = prev, TAGS[guess]
        log(f"epoch {epoch + 1}: token errors {errors / total:.4f} ({time.time() - t0:.1f}s, "
            f"{len(table.index)} features)")
    n = len(table.index)
    averaged = table.w[:n] - table.u[:n] / step
    keep = np.abs(averaged).max(axis=1) >= PRUNE
    features = [""] * n
    for f, k in table.index.items():
        features[k] = f
    kept = [features[k] for k in np.flatnonzero(keep)]
    log(f"kept {len(kept)} of {n} features")
    return Tagger(kept, averaged[keep], TAGS, lexicon)


def _prf(tp: int, fp: int, fn: int, beta: float = 1.0) -> tuple[float, float, float]:
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    b2 = beta * beta
    f = (1 + b2) * prec * rec / (b2 * prec + rec) if prec + rec else 0.0
    return prec, rec, f


def score(tagger: Tagger, sentences: list[Sentence]) -> dict[str, tuple[float, float, float, int, int, int]]:
    """Exact span + type P/R/F1 (at the tagger's threshold) overall ("all") and per type: (P, R, F1, tp, fp, fn)."""
    counts: dict[str, list[int]] = {}
    for words, tags in sentences:
        gold = set(spans(tags))
        pred = set(names(tagger, words))
        for kind in ("all", *sorted({s[2] for s in gold | pred})):
            g = gold if kind == "all" else {s for s in gold if s[2] == kind}
            p = pred if kind == "all" else {s for s in pred if s[2] == kind}
            c = counts.setdefault(kind, [0, 0, 0])
            c[0] += len(g & p)
            c[1] += len(p - g)
            c[2] += len(g - p)
    return {kind: (*_prf(tp, fp, fn), tp, fp, fn) for kind, (tp, fp, fn) in counts.items()}


def choose_threshold(tagger: Tagger, sentences: list[Sentence], log=print) -> float:
    """The margin threshold with the best F0.5 (precision counts double) on ``sentences``."""
    scored = [(set(spans(tags)), tagger.tag_scored(words)) for words, tags in sentences]
    best = (-1.0, 0.0)
    for threshold in (0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0, 12.0, 15.0, 20.0, 25.0):
        tp = fp = fn = 0
        for gold, (tags, margins) in scored:
            pred = set(spans(tags, margins, threshold))
            tp += len(gold & pred)
            fp += len(pred - gold)
            fn += len(gold - pred)
        prec, rec, f_half = _prf(tp, fp, fn, 0.5)
        log(f"threshold {threshold:4.1f}: P {prec:.3f} R {rec:.3f} F1 {_prf(tp, fp, fn)[2]:.3f} F0.5 {f_half:.3f}")
        if f_half > best[0]:
            best = (f_half, threshold)
    return best[1]


def format_scores(scores: dict) -> str:
    lines = [f"{'type':6} {'P':>6} {'R':>6} {'F1':>6} {'tp':>6} {'fp':>6} {'fn':>6}"]
    for kind in ("all", "PER", "ORG", "LOC", "MISC"):
        if kind in scores:
            p, r, f, tp, fp, fn = scores[kind]
            lines.append(f"{kind:6} {p:6.3f} {r:6.3f} {f:6.3f} {tp:6d} {fp:6d} {fn:6d}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=GERMEVAL, help="folder with the GermEval 2014 TSV files")
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--out", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--tune", action="store_true",
                        help="only train on all but the last TUNE training sentences and score those")
    args = parser.parse_args(argv)
    train_set, held_out = splits(args.data)
    t0 = time.time()
    fit, tune = train_set[:-TUNE], train_set[-TUNE:]
    first = train(fit, build_lexicon(fit), epochs=args.epochs)
    print(f"tuning split (last {TUNE} training sentences), model trained on the rest:")
    threshold = choose_threshold(first, tune)
    print(f"chosen threshold {threshold}")
    if args.tune:
        return 0
    tagger = train(train_set, build_lexicon(train_set), epochs=args.epochs)
    tagger.threshold = threshold
    print(f"trained on {len(train_set)} sentences (twice: tuning, then all) in {time.time() - t0:.0f}s")
    print(f"held-out split ({len(held_out)} sentences), threshold {threshold}:")
    print(format_scores(score(tagger, held_out)))
    tagger.threshold = 0.0
    print("held-out split, no threshold:")
    print(format_scores(score(tagger, held_out)))
    tagger.threshold = threshold
    if not args.tune:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        tagger.save(args.out)
        print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")
    return 0
