"""The offline build: runs from the shared seed data and stays small."""

import gzip
import json

import pytest

from lagebild.kb.build import OUTPUT, build


def test_shipped_file_is_compact():
    assert OUTPUT.stat().st_size < 5_000_000


def test_build_from_seed_data(tmp_path, shared):
    pytest.importorskip("pycountry")
    figures = build(shared / "data", tmp_path / "kb.json.gz")
    assert figures["actors"] > 15_000 and figures["places"] > 30_000
    with gzip.open(tmp_path / "kb.json.gz", "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    names = {(surface, kind) for surface, kind, _ in data["names"]}
    assert {("Russland", "N"), ("russischen", "J"), ("Nordkoreanern", "D"), ("Syrians", "D"),
            ("Wladiwostok", "P"), ("Kim", "R"), ("Putin", "S")} <= names
