"""One regex for many literal words, written as a trie.

Python's ``re`` tries the branches of a flat ``a|b|c|…`` one by one at every
position, so 300 keywords cost 300 tries; the trie form costs one branch per
character. Example: ``literal_alternation(["atom", "atomar", "abrüstung"])`` →
``"a(?:brüstung|tom(?:ar)?)"``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def literal_alternation(words: Iterable[str]) -> str:
    """A regex (no anchors, no outer group) matching exactly the given ``words``."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return body + "?" if len(branches) == 1 and len(body) == 1 else f"(?:{body})?"
        return body

    return emit(trie)
