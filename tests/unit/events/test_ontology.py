"""The compiled CAMEO/PLOVER/Goldstein table: every code described, quad class by root, leaves inherit."""

from __future__ import annotations

import pytest

from lagebild.errors import PipelineConfigError
from lagebild.events.ontology import all_codes, describe, known


def test_every_root_is_known_with_its_quad_class():
    quads = {"01": 1, "05": 1, "06": 2, "08": 2, "09": 3, "13": 3, "14": 4, "20": 4}
    for root, quad in quads.items():
        assert describe(root).quad_class == quad


def test_leaf_gets_plover_and_goldstein():
    info = describe("0331")
    assert (info.root, info.plover, info.quad_class) == ("03", "AGREE", 1)
    assert info.goldstein is not None and info.goldstein > 0
    assert describe("163").plover == "COERCE" and describe("163").goldstein < 0
    assert describe("043").plover == "CONSULT"


def test_all_codes_have_a_goldstein_weight():
    assert len(all_codes()) > 300
    assert all(describe(code).goldstein is not None for code in all_codes())


def test_unknown_code_is_a_configuration_error():
    assert not known("999")
    with pytest.raises(PipelineConfigError):
        describe("999")


def test_intent_codes_are_known():
    from lagebild.events.coder import _INTENT

    assert all(known(code) for code in _INTENT.values())
