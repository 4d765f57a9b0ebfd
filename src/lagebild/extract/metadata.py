"""Page metadata from JSON-LD and meta tags: authors, publication day, publisher, canonical URL.

Structured data is what the publisher meant to say about the article, so it
beats guessing from visible text; trafilatura's own metadata is the fallback.
Example input: ``<script type="application/ld+json">{"@type": "NewsArticle",
"author": {"@type": "Person", "name": "Anna Schmidt"}, "datePublished":
"2024-03-05T08:00:00+01:00"}</script>`` gives authors ``["Anna Schmidt"]``
and published ``2024-03-05``.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from lxml.html import HtmlElement

ARTICLE_TYPES = {"article", "newsarticle", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
                 "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "liveblogposting",
                 "techarticle", "scholarlyarticle", "report", "posting", "socialmediaposting"}

_AUTHOR_META = ("author", "article:author", "dc.creator", "dcterms.creator", "parsely-author",
                "sailthru.author", "byl", "cxenseparse:author")
_DATE_META = ("article:published_time", "og:article:published_time", "datepublished", "date",
              "pubdate", "publishdate", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created",
              "parsely-pub-date", "sailthru.date", "cxenseparse:recs:publishtime", "article.published")
_ISO_DAY = re.compile(r"((?:19|20)\d\d)-?(\d\d)-?(\d\d)")


@dataclass
class PageMetadata:
    """What structured data on the page says; empty fields mean it said nothing."""

    authors: list[str] = field(default_factory=list)
    published: str | None = None
    publisher: str | None = None
    url: str | None = None
    title: str | None = None
    body: str | None = None
    description: str | None = None


def read_metadata(tree: HtmlElement) -> PageMetadata:
    """JSON-LD first (the article object), then meta tags for what it leaves open."""
    meta = PageMetadata()
    article = _jsonld_article(tree)
    if article is not None:
        meta.authors = _jsonld_names(article.get("author"))
        meta.published = iso_day(_first_str(article.get("datePublished") or article.get("dateCreated")))
        meta.publisher = _first_str(_jsonld_names(article.get("publisher")))
        meta.title = _first_str(article.get("headline"))
        body = article.get("articleBody")
        meta.body = body if isinstance(body, str) else None
    tags = _meta_tags(tree)
    if not meta.authors:
        meta.authors = [v for k in _AUTHOR_META for v in tags.get(k, [])][:6]
    if meta.published is None:
        meta.published = next((d for k in _DATE_META for v in tags.get(k, []) if (d := iso_day(v))), None)
    if meta.publisher is None:
        meta.publisher = _first_str(tags.get("og:site_name"))
    if meta.title is None:
        meta.title = _first_str(tags.get("og:title"))
    meta.url = _canonical(tree) or _first_str(tags.get("og:url"))
    meta.description = (_first_str(tags.get("og:description")) or _first_str(tags.get("description"))
                        or (_first_str(article.get("description")) if article is not None else None))
    return meta


def iso_day(value: str | None) -> str | None:
    """``2019-10-19T08:03:00+02:00`` or ``20191019`` → ``2019-10-19``; anything else → None."""
    if not value:
        return None
    match = _ISO_DAY.search(value)
    if match is None:
        return None
    year, month, day = match.groups()
    if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
        return None
    return f"{year}-{month}-{day}"


def _jsonld_objects(tree: HtmlElement) -> Iterator[dict[str, Any]]:
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text.strip().rstrip(";"))
        except ValueError:  # broken JSON-LD is common; the page still has meta tags
            continue
        yield from _walk(data, depth=0)


def _walk(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _walk(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "itemListElement"):
            if key in data:
                yield from _walk(data[key], depth + 1)


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower() for k in kinds if isinstance(k, str)}


def _jsonld_article(tree: HtmlElement) -> dict[str, Any] | None:
    """The first article-typed object; a page may also describe its site, breadcrumbs, videos …"""
    for obj in _jsonld_objects(tree):
        if _types(obj) & ARTICLE_TYPES:
            return obj
    return None


def _jsonld_names(value: Any) -> list[str]:
    """``"A"``, ``{"name": "A"}``, ``[{"name": "A"}, {"name": "B"}]`` → names (no URLs, no ids)."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items[:8]:
        if isinstance(item, dict):
            item = item.get("name")
            if isinstance(item, list):
                item = item[0] if item else None
        if isinstance(item, str) and item.strip():
            names.append(" ".join(item.split()))
    return names


def _first_str(value: Any) -> str | None:
    """The first string, entities decoded (``&#8216;`` is often written twice-escaped), spaces collapsed."""
    if isinstance(value, list):
        value = value[0] if value else None
    return " ".join(html.unescape(value).split()) if isinstance(value, str) and value.strip() else None


def _meta_tags(tree: HtmlElement) -> dict[str, list[str]]:
    tags: dict[str, list[str]] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        content = (el.get("content") or "").strip()
        if key and content:
            tags.setdefault(key, []).append(content)
    for el in tree.iter("time"):
        if (el.get("itemprop") or "").lower() == "datepublished" and el.get("datetime"):
            tags.setdefault("datepublished", []).append(el.get("datetime"))
    return tags


def _canonical(tree: HtmlElement) -> str | None:
    for el in tree.iter("link"):
        if "canonical" in (el.get("rel") or "").lower().split() and (el.get("href") or "").startswith("http"):
            return el.get("href").strip()
    return None
