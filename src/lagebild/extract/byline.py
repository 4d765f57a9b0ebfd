"""The visible byline of an article: a short element marked as author, or a line "Von …"/"By …".

Used when structured data names no person. Example input: ``<span
class="entry-content__authors">Von Tobias Kuske</span>`` → ``"Von Tobias Kuske"``
(the caller strips "Von" and checks that a person's name remains).
"""

from __future__ import annotations

import re
from functools import cache

from lxml.html import HtmlElement

from .phrases import phrases

MAX_BYLINE_CHARS = 80
_AUTHOR_MARK = re.compile(r"author|byline|autor|verfasser", re.IGNORECASE)
_NOT_BYLINE = re.compile(r"bio|avatar|box|image|img|photo|social|follow|more|comment|related|teaser|card|list",
                         re.IGNORECASE)
_OTHER_CONTENT = re.compile(r"comment|kommentar|leserbrief|reply|discussion|related|teaser|recommend|empfehl",
                            re.IGNORECASE)
_SKIP = {"script", "style", "noscript", "head", "nav", "footer", "aside", "form", "a", "li", "ul"}


@cache
def _prefix() -> re.Pattern[str]:
    words = sorted(set(phrases("byline_prefixes")), key=len, reverse=True)
    return re.compile(rf"^(?:{'|'.join(re.escape(w) for w in words)})\s", re.IGNORECASE)


def find_byline(tree: HtmlElement) -> str | None:
    """The first byline-like element's text inside the article (``<article>``/``<main>`` or the page)."""
    scope = next(iter(tree.xpath("//article | //main")), None)
    if scope is None:
        scope = tree.find("body")
    if scope is None:
        return None
    for element in scope.iter():
        if not isinstance(element.tag, str) or element.tag in _SKIP:
            continue
        marks = f"{element.get('class') or ''} {element.get('itemprop') or ''} {element.get('rel') or ''}"
        text = " ".join(element.text_content().split())
        if not text or len(text) > MAX_BYLINE_CHARS:
            continue
        byline = ((_AUTHOR_MARK.search(marks) and not _NOT_BYLINE.search(marks))
                  or (element.tag in ("p", "span", "div", "em", "strong") and _prefix().match(text)))
        if byline and not _in_other_content(element):
            return text
    return None


def _in_other_content(element: HtmlElement) -> bool:
    """Bylines of reader comments and of teasers for other stories are not this article's."""
    return any(_OTHER_CONTENT.search(f"{a.get('class') or ''} {a.get('id') or ''}") for a in element.iterancestors())
