"""Longest-first, case- and genitive-aware matching on pieces."""

import pytest

from lagebild.kb.lookup import load_kb
from lagebild.kb.matcher import NameMatcher, cut_pieces


@pytest.fixture(scope="module")
def matcher():
    return NameMatcher(load_kb().index)


def found(matcher, text):
    pieces = cut_pieces(text, [(0, len(text))])
    return [(" ".join(p.text for p in pieces[m.first:m.last + 1]), m.genitive) for m in matcher.find(pieces)]


def test_longest_name_wins(matcher):
    assert ("Kim Jong Un", False) in found(matcher, "Kim Jong Un reiste ab")
    assert ("Daily NK", False) in found(matcher, "meldet Daily NK")


def test_genitive_on_last_piece(matcher):
    assert ("Russlands", True) in found(matcher, "Russlands Präsident")
    assert ("Putins", True) in found(matcher, "Putins Pläne")


def test_compound_prefix_is_its_own_piece(matcher):
    assert [m for m, _ in found(matcher, "die UN-Sanktionen")] == ["UN"]
    assert [m for m, _ in found(matcher, "die EU-Kommission")] == ["EU Kommission"]


def test_abbreviation_needs_exact_case(matcher):
    assert found(matcher, "who said it") == []
    assert [m for m, _ in found(matcher, "the WHO said")] == ["WHO"]


def test_abbreviation_takes_no_genitive(matcher):
    assert found(matcher, "die USAs") == []


def test_names_across_a_comma_do_not_join(matcher):
    assert ("Kim Jong Un", False) not in found(matcher, "Kim, Jong Un")


def test_refer_back_forms_need_a_seen_actor(matcher):
    pieces = cut_pieces("Kim kam", [(0, 7)])
    kinds = [entry.kind for match in matcher.find(pieces) for entry in match.entries]
    assert "R" not in kinds
    kinds = [entry.kind for match in matcher.find(pieces, seen={"wd:Q56226"}) for entry in match.entries]
    assert "R" in kinds
