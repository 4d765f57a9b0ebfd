"""The committed entity gold: every file loads, and every id comes from the offline seed data."""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from lagebild.evaluate.entities import _fold
from lagebild.evaluate.gold import load_gold_dir, load_gold_file

GOLD = Path(__file__).resolve().parents[2] / "gold"
ENTITY_FILES = sorted((GOLD / "entities").glob("*.toml"))


@pytest.fixture(scope="module")
def items():
    return load_gold_dir(GOLD)["entities"]


@pytest.mark.parametrize("path", ENTITY_FILES, ids=lambda p: p.name)
def test_every_gold_file_loads(path):
    items = load_gold_file(path)
    assert items, path
    for item in items:
        assert item.kind == "entities"
        for mention in item.mentions:
            assert item.text[mention.start:mention.end] == mention.text


def test_development_set_size(items):
    langs = Counter(item.lang for item in items)
    assert langs["de"] >= 45 and langs["en"] >= 30
    assert all(item.mentions for item in items)


def _ids(items, attr: str, prefix: str) -> dict[str, str]:
    return {getattr(m, attr)[len(prefix):]: item.id for item in items for m in item.mentions
            if (getattr(m, attr) or "").startswith(prefix)}


def test_qids_occur_in_the_seed_files(items, shared):
    kb = shared / "data" / "kb"
    seed = "".join((kb / name).read_text(encoding="utf-8") for name in (
        "leaders_wikidata_2021_2022.csv", "leaders_current_2026_g20_asean.csv", "igo_seed_de_en.tsv",
        "igo_officeholders_wikidata.csv", "de_country_adjectives_candidates.tsv"))
    known = set(re.findall(r"\bQ[0-9]+\b", seed))
    missing = {qid: where for qid, where in _ids(items, "actor", "wd:").items() if qid not in known}
    assert not missing, f"QIDs not in the seed files (write name:… instead): {missing}"


def test_geonames_ids_exist(items, shared):
    with open(shared / "data" / "kb" / "geonames_cities15000.tsv", encoding="utf-8") as fh:
        known = {row["geonameid"] for row in csv.DictReader(fh, delimiter="\t")}
    missing = {gid: where for gid, where in _ids(items, "place", "gn:").items() if gid not in known}
    assert not missing


def test_iso_codes_exist(items, shared):
    with open(shared / "data" / "kb" / "de_country_adjectives_candidates.tsv", encoding="utf-8") as fh:
        known = {row["iso3"] for row in csv.DictReader(fh, delimiter="\t")}
    used = _ids(items, "actor", "iso:") | _ids(items, "place", "iso:")
    assert not {code: where for code, where in used.items() if code not in known}


def test_name_links_are_spelt_one_way(items):
    spellings = defaultdict(set)
    for item in items:
        for m in item.mentions:
            for value in (m.actor, m.place):
                if value and value.startswith("name:"):
                    spellings[_fold(value[5:])].add(value)
    assert not {k: v for k, v in spellings.items() if len(v) > 1}


def test_country_modifiers_carry_no_place(items):
    """Guideline: adjectives, demonyms and compound prefixes link the actor only; names get the place too."""
    for item in items:
        for m in item.mentions:
            if m.type == "GPE" and m.text[0].islower():
                assert m.place is None and m.actor and m.actor.startswith("iso:"), (item.id, m.text)
