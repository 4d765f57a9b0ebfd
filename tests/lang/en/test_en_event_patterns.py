"""Every English event pattern's own example is coded as its author expects (source, target, CAMEO, mode)."""

from __future__ import annotations

import pytest

from lagebild.events.sample import check_example
from lagebild.events.triggers import pattern_book

BOOK = pattern_book("en")


@pytest.mark.parametrize("pattern", [p for p in BOOK.patterns if p.example and not p.id.startswith("petrarch-")], ids=lambda p: p.id)
def test_pattern_example(pattern):
    problem = check_example(pattern.example, "en")
    assert problem is None, problem


def test_every_cameo_root_has_a_pattern_of_ours():
    ours = [p for p in BOOK.patterns if not p.id.startswith("petrarch-")]
    roots = {p.cameo[:2] for p in ours if p.cameo} | {c[:2] for p in ours for c in p.objects.values()}
    assert roots >= {f"{n:02d}" for n in range(1, 21)}


def test_every_pattern_has_an_example():
    assert [p.id for p in BOOK.patterns if not p.example and not p.id.startswith("petrarch-")] == []
