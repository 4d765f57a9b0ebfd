"""Picture captions and their credits: ``<figcaption>`` text, or an ``<img alt>`` that names a credit.

Credits are kept apart from the caption so later stages never read
"Foto: dpa" as article text. Example input: ``<figure><img src="a.jpg">
<figcaption>Olaf Scholz in Berlin. Foto: Kay Nietfeld/dpa</figcaption></figure>``
→ ``Caption("Olaf Scholz in Berlin.", "Kay Nietfeld/dpa")``.
"""

from __future__ import annotations

import re
from functools import cache

from lxml.html import HtmlElement

from ..model import Caption
from .phrases import phrases

MAX_CAPTIONS = 40
MAX_CREDIT_CHARS = 90
_MARKUP = re.compile(r"</?[a-zA-Z][^<>]{0,200}>")  # tags written as text inside a caption
_CREDIT_CLASS = re.compile(r"credit|copyright|source|photographer|quelle|urheber|rights", re.IGNORECASE)


@cache
def _credit_tail() -> re.Pattern[str]:
    words = sorted(set(phrases("credit_prefixes")), key=len, reverse=True)
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?:^|(?<=[\s(|/.,;:]))[(\[]?(?:{alternation})\s*(?P<credit>[^\[\]|]{{1,{MAX_CREDIT_CHARS}}}?)"
                      r"[)\]]?\s*$", re.IGNORECASE)


def split_credit(text: str) -> tuple[str, str | None]:
    """``"Merkel in Paris. Foto: AFP"`` → ``("Merkel in Paris.", "AFP")``; no credit → ``(text, None)``."""
    text = " ".join(_MARKUP.sub(" ", text).split())
    match = _credit_tail().search(text)
    if match is None or not match.group("credit").strip(" .:|/"):
        return text, None
    caption = text[:match.start()].rstrip(" |/-–—(")
    credit = match.group("credit").strip(" .:|/")
    if credit.count("(") > credit.count(")"):  # "Foto: Jure Makovec (OC Ljubno)" lost its last ")"
        credit += ")"
    return caption, credit


def find_captions(tree: HtmlElement) -> list[Caption]:
    """Captions of figures inside the article (``<article>`` or ``<main>`` when the page has one)."""
    scope = next(iter(tree.xpath("//article | //main")), tree)
    captions: list[Caption] = []
    seen: set[str] = set()
    for figcaption in scope.iter("figcaption"):
        caption = _from_figcaption(figcaption)
        if caption is not None and caption.text.casefold() not in seen:
            seen.add(caption.text.casefold())
            captions.append(caption)
    for img in scope.iter("img"):
        if next(img.iterancestors("figure"), None) is not None:
            continue
        text, credit = split_credit(img.get("alt") or img.get("title") or "")
        if credit and text and text.casefold() not in seen:
            seen.add(text.casefold())
            captions.append(Caption(text, credit))
    return captions[:MAX_CAPTIONS]


def _from_figcaption(figcaption: HtmlElement) -> Caption | None:
    credit = None
    credit_nodes = [el for el in figcaption.iterdescendants()
                    if isinstance(el.tag, str) and _CREDIT_CLASS.search(el.get("class") or "")]
    if credit_nodes:
        node = credit_nodes[0]
        credit = split_credit(node.text_content())[1] or " ".join(node.text_content().split()) or None
        text = _text_without(figcaption, node)
    else:
        text = figcaption.text_content()
    text, tail_credit = split_credit(text)
    credit = credit or tail_credit
    if credit and len(credit) > MAX_CREDIT_CHARS:
        credit = None
    return Caption(text, credit) if text else None


def _text_without(root: HtmlElement, skip: HtmlElement) -> str:
    parts: list[str] = []

    def walk(el: HtmlElement) -> None:
        if el is skip:
            return
        if el.text and isinstance(el.tag, str):
            parts.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(root)
    return " ".join("".join(parts).split())
