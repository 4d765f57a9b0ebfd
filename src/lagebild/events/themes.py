"""Topic labels such as SANCTIONS, NUCLEAR or ECONOMY from per-language keyword patterns.

Why keywords inside words: German news packs its topic into compounds, so
"Die UN-Sanktionen treffen das Atomprogramm" must yield SANCTIONS ("sanktion"
inside "UN-Sanktionen") and NUCLEAR ("atom" inside "Atomprogramm"). Patterns live
in ``data/<lang>/themes.tsv``; a language without that file is left untouched.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from ..language.alternation import literal_alternation
from ..model import Article
from ..settings import Settings
from .tone import article_tokens

DATA = Path(__file__).resolve().parent / "data"

# A theme needs this many keyword words in the body. One mention is often a passing
# reference ("wie schon im Atomstreit"); two in a news article of a few hundred words
# mean the topic is part of the story. Any mention in the title or teaser counts on its own.
MIN_BODY_HITS = 2
# A keyword in the title or teaser says more about the topic than one in the body.
TITLE_WEIGHT = 3
MEMO_LIMIT = 300_000

_WORD = re.compile(r"\w+(?:-\w+)*")


def _pattern_regex(pattern: str) -> str:
    """``"atom"`` anywhere, ``"uran*"`` at the start, ``"*handel"`` at the end, ``"=akw"`` the whole word."""
    if pattern.startswith("="):
        return rf"\A{re.escape(pattern[1:])}\Z"
    start, end = pattern.endswith("*"), pattern.startswith("*")
    core = re.escape(pattern.strip("*"))
    return (r"\A" if start else "") + core + (r"\Z" if end else "")


def _prefilter(patterns: Iterable[str]) -> re.Pattern[str]:
    """A regex that matches a word iff some keyword pattern (exclusions aside) may match it."""
    kinds: dict[str, list[str]] = {"any": [], "start": [], "end": [], "whole": []}
    for pattern in patterns:
        kind = ("whole" if pattern.startswith("=") else "start" if pattern.endswith("*")
                else "end" if pattern.startswith("*") else "any")
        kinds[kind].append(pattern.strip("=*"))
    return re.compile("|".join([literal_alternation(kinds["any"]), r"\A" + literal_alternation(kinds["start"]),
                                literal_alternation(kinds["end"]) + r"\Z", r"\A" + literal_alternation(kinds["whole"]) + r"\Z"]))


@dataclass
class ThemeMatcher:
    """Compiled patterns for one language; ``themes_of`` is memoised per word."""

    any_keyword: re.Pattern[str]
    keywords: dict[str, re.Pattern[str]]
    exclusions: dict[str, re.Pattern[str]]
    memo: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def themes_of(self, word: str) -> tuple[str, ...]:
        """Themes a lower-case word counts for, e.g. "un-sanktionen" -> ("SANCTIONS",)."""
        known = self.memo.get(word)
        if known is not None:
            return known
        if len(self.memo) >= MEMO_LIMIT:
            self.memo.clear()
        found: tuple[str, ...] = ()
        if self.any_keyword.search(word):
            found = tuple(theme for theme, regex in self.keywords.items() if regex.search(word)
                          and not (theme in self.exclusions and self.exclusions[theme].search(word)))
        self.memo[word] = found
        return found

    def count(self, words: Iterable[str]) -> Counter[str]:
        """Keyword words per theme; a word counts once per theme however many patterns it matches."""
        counts: Counter[str] = Counter()
        memo = self.memo
        for word in words:
            word = word.lower()
            themes = memo.get(word)
            for theme in self.themes_of(word) if themes is None else themes:
                counts[theme] += 1
        return counts


def parse_theme_patterns(lines: Iterable[str], *, origin: str = "themes.tsv") -> ThemeMatcher:
    """Build a matcher from ``THEME<TAB>pattern`` lines, e.g. ``"NUCLEAR\\tatom"``, ``"NUCLEAR\\t!anatom"``."""
    keywords: dict[str, list[str]] = {}
    exclusions: dict[str, list[str]] = {}
    positive: list[str] = []
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        theme, sep, pattern = line.strip().partition("\t")
        pattern = pattern.strip().lower()
        if not sep or not theme.isupper() or not pattern.strip("!=*") or " " in pattern:
            raise ValueError(f"{origin}:{number}: expected 'THEME<TAB>pattern' with a one-word pattern, got {line!r}")
        target = exclusions if pattern.startswith("!") else keywords
        if target is keywords:
            positive.append(pattern)
        target.setdefault(theme, []).append(_pattern_regex(pattern.lstrip("!")))
    return ThemeMatcher(_prefilter(positive),
                        {t: re.compile("|".join(r)) for t, r in keywords.items()},
                        {t: re.compile("|".join(r)) for t, r in exclusions.items()})


@cache
def load_theme_matcher(language: str) -> ThemeMatcher | None:
    """The matcher for ``language`` (e.g. "de"), built once per process; None when we have no patterns."""
    path = DATA / language / "themes.tsv"
    if not language.isalpha() or not path.exists():
        return None
    return parse_theme_patterns(path.read_text(encoding="utf-8").splitlines(), origin=str(path))


def rank_themes(body: Mapping[str, int], title: Mapping[str, int]) -> list[str]:
    """Themes with enough evidence, strongest first; ties alphabetically. Example: body
    {ECONOMY: 4, NUCLEAR: 1, CRIME: 1}, title {NUCLEAR: 1} -> ["ECONOMY", "NUCLEAR"]
    (NUCLEAR 1 + 3 ties ECONOMY 4; one CRIME word in the body is not enough)."""
    strength = {theme: body.get(theme, 0) + TITLE_WEIGHT * title.get(theme, 0)
                for theme in body.keys() | title.keys()
                if body.get(theme, 0) >= MIN_BODY_HITS or title.get(theme, 0)}
    return sorted(strength, key=lambda theme: (-strength[theme], theme))


def label_themes(article: Article, settings: Settings) -> Article:
    """Stage: fill ``article.themes``; articles in a language without patterns stay as they are."""
    matcher = load_theme_matcher(article.language)
    if matcher is not None:
        heading = " ".join(part for part in (article.title, article.teaser) if part)
        article.themes = rank_themes(matcher.count(article_tokens(article)),
                                     matcher.count(_WORD.findall(heading)))
    return article
