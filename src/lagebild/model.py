"""The one data model every stage reads and writes.

An :class:`Article` flows through the pipeline and collects sentences,
mentions, actors, events … ; :meth:`Article.to_dict` writes exactly the
analysis contract (``shared/spec/article.schema.json``, schema version 1).
Offsets are Python string indices into ``Article.text``, end exclusive.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field, fields
from typing import Any

SCHEMA_VERSION = 1

STATUS_OK = "ok"
STATUS_UNSUPPORTED_LANGUAGE = "unsupported language"


@dataclass
class RawDocument:
    """One input before extraction: page text or HTML plus what the source says about it.

    ``kind`` is ``"text"`` (flattened page text, e.g. copied from a browser)
    or ``"html"`` (a raw web page).
    """

    source: str
    content: str
    kind: str
    url: str | None = None
    published: str | None = None
    title: str | None = None


@dataclass
class Span:
    start: int
    end: int
    text: str


@dataclass(slots=True)  # slots: about half the cost per token, and the segmenter makes ~400k a second
class Token:
    start: int
    end: int
    text: str


@dataclass
class Sentence:
    """A sentence; ``tokens`` stay inside the library (the contract keeps only offsets)."""

    start: int
    end: int
    tokens: list[Token] = field(default_factory=list)
    heading: bool = False

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"start": self.start, "end": self.end}
        if self.heading:
            out["heading"] = True
        return out


@dataclass
class Caption:
    text: str
    credit: str | None = None


@dataclass
class Mention:
    start: int
    end: int
    text: str
    type: str
    sentence: int
    actor: str | None = None
    place: str | None = None


@dataclass
class Actor:
    id: str | None
    name: str
    type: str
    country: str | None = None
    cameo: str | None = None
    role: str | None = None


@dataclass
class Place:
    id: str | None
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None


@dataclass
class Event:
    source: str | None
    target: str | None
    cameo: str
    mode: str
    sentence: int
    trigger: Span
    source_name: str | None = None
    target_name: str | None = None
    plover: str | None = None
    goldstein: float | None = None
    quad_class: int | None = None
    place: str | None = None
    date: str | None = None
    attributed_to: str | None = None
    confidence: float | None = None


@dataclass
class Quote:
    speaker: str | None
    text: str
    kind: str
    sentence: int
    speaker_name: str | None = None
    start: int | None = None
    end: int | None = None
    cue: str | None = None


@dataclass
class Tone:
    score: float = 0.0
    positive: float = 0.0
    negative: float = 0.0
    polarity: float = 0.0


@dataclass
class Article:
    """One analysed article. Stages fill the lists; nothing is invented when a stage is absent."""

    text: str
    source: str | None = None
    url: str | None = None
    publisher: str | None = None
    language: str = "und"
    title: str | None = None
    teaser: str | None = None
    genre: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    captions: list[Caption] = field(default_factory=list)
    dateline: str | None = None
    # Crossheads inside the body (spans of ``text``): kept as headings, never glued into a sentence.
    headings: list[Span] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    tone: Tone = field(default_factory=Tone)
    themes: list[str] = field(default_factory=list)
    status: str = STATUS_OK
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = article_id(self.text)

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON object (plain dicts, lists, strings, numbers)."""
        out: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "publisher": self.publisher,
            "language": self.language,
            "status": self.status,
            "title": self.title,
            "teaser": self.teaser,
            "genre": self.genre,
            "authors": list(self.authors),
            "published": self.published,
            "dateline": self.dateline,
            "captions": [asdict(c) for c in self.captions],
            "headings": [asdict(h) for h in self.headings],
            "text": self.text,
            "sentences": [s.to_dict() for s in self.sentences],
            "mentions": [asdict(m) for m in self.mentions],
            "actors": [asdict(a) for a in self.actors],
            "places": [asdict(p) for p in self.places],
            "events": [_without_none(asdict(e), keep={"source", "target"}) for e in self.events],
            "quotes": [_without_none(asdict(q), keep={"speaker"}) for q in self.quotes],
            "tone": asdict(self.tone),
            "themes": list(self.themes),
        }
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Inverse of :meth:`to_dict` (used by the store); token lists are not restored."""
        sentences = [Sentence(s["start"], s["end"], heading=s.get("heading", False))
                     for s in data.get("sentences", [])]
        events = []
        for e in data.get("events", []):
            e = dict(e)
            e["trigger"] = Span(**e["trigger"])
            events.append(Event(**e))
        known = {f.name for f in fields(cls)}
        simple = {k: v for k, v in data.items() if k in known and k not in _NESTED}
        return cls(
            **simple,
            captions=[Caption(**c) for c in data.get("captions", [])],
            headings=[Span(**h) for h in data.get("headings", [])],
            sentences=sentences,
            mentions=[Mention(**m) for m in data.get("mentions", [])],
            actors=[Actor(**a) for a in data.get("actors", [])],
            places=[Place(**p) for p in data.get("places", [])],
            events=events,
            quotes=[Quote(**q) for q in data.get("quotes", [])],
            tone=Tone(**data.get("tone", {})),
        )


_NESTED = {"captions", "headings", "sentences", "mentions", "actors", "places", "events", "quotes", "tone"}


def _without_none(data: dict[str, Any], *, keep: set[str]) -> dict[str, Any]:
    """Optional contract fields are left out rather than written as null, except required ones."""
    return {k: v for k, v in data.items() if v is not None or k in keep}


_SPACE = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """The form an article's id is computed from: NFC, whitespace collapsed, case folded.

    So the same article copied from a browser (NBSPs, soft line breaks) or
    extracted from its HTML page gets the same id.
    """
    text = unicodedata.normalize("NFC", text).replace("\u00ad", "")
    return _SPACE.sub(" ", text).strip().casefold()


def article_id(text: str) -> str:
    """Stable article id: the first 16 hex digits of SHA-256 over the normalised text."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:16]
