"""The build-time converters: PETRARCH2 verb blocks → our patterns, shared CAMEO files → ontology.json."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
SHARED = ROOT.parent / "shared" / "data" / "cameo"


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_regular_english_forms():
    convert = _script("convert_petrarch")
    assert convert.regular_forms("ACCUSE") == ["accuse", "accuses", "accused", "accusing"]
    assert convert.regular_forms("DENY") == ["deny", "denies", "denied", "denying"]
    assert convert.regular_forms("PUNISH")[:3] == ["punish", "punishes", "punished"]


def test_verb_block_with_own_codes_irregular_forms_and_object_patterns(tmp_path):
    dictionary = tmp_path / "verbs.txt"
    dictionary.write_text(
        "####### VERB PATTERNS #######\n\n"
        "---  BLAME   [112]  ---\n"
        "CONDEMN [111]\n"
        "FAULT\n"
        "HANG {HANGS HANGING HANGED HUNG}\n"
        "+CORDON_OFF\n"
        "- * {TERRORIST ATTACK}   [018]  # CONDEMN\n"
        "- * SANCTIONS   [163]  # FAULT\n"
        "---  SLEEP   [---]  ---\n"
        "SLEEP\n", encoding="latin-1")
    patterns = {p["id"]: p for p in _script("convert_petrarch").convert(dictionary)}
    assert patterns["petrarch-condemn"]["cameo"] == "111"
    assert patterns["petrarch-fault"]["cameo"] == "112"
    assert patterns["petrarch-fault"]["objects"] == {"sanctions": "163"}
    assert "hung" in patterns["petrarch-hang"]["forms"]
    assert "petrarch-sleep" not in patterns and "petrarch-cordon_off" not in patterns


@pytest.mark.skipif(not SHARED.is_dir(), reason="shared CAMEO data not available")
def test_shipped_ontology_is_built_from_the_shared_files():
    built = _script("build_ontology").build(SHARED)
    shipped = json.loads((ROOT / "src/lagebild/events/data/ontology.json").read_text(encoding="utf-8"))
    assert built["codes"] == shipped["codes"]
