"""Places: GeoNames cities of 15,000+ people with German names and coordinates, first-order regions,
and our table of areas, seas and buildings that have no offline id (matched as LOC, linked to nothing).

Example: ``Wladiwostok`` and ``Vladivostok`` → ``gn:2013348`` (43.1056, 131.8735);
``Peking`` (our ``exonyms.tsv``) → ``gn:1816670``; ``Bayern`` → ``adm1:DE.02``.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from .sources import SOURCES, KBBuilder, plain_spelling, read_tsv, split_cell


def add_places(kb: KBBuilder, shared: Path) -> None:
    """Cities of 15,000+ people (GeoNames), with German names, capitals flagged; first-order regions."""
    capitals = set()
    with (shared / "kb" / "geonames_countries_capitals_adm1_multilingual.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["code"] == "PPLC":
                capitals.add((row["name"].casefold(), row["country"].upper()))
    exonyms = {row["geonameid"]: split_cell(row["names"]) for row in read_tsv(SOURCES / "exonyms.tsv")}
    with (shared / "kb" / "geonames_cities15000.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            capital = int((row["name"].casefold(), row["country"]) in capitals)
            ref = f"p{len(kb.places)}"
            kb.places.append([f"gn:{row['geonameid']}", row["name"], row["country"],
                              round(float(row["lat"]), 4), round(float(row["lon"]), 4),
                              int(row["population"] or 0), "city", capital])
            for name in {row["name"], row["name_de"], *exonyms.get(row["geonameid"], ())}:
                if name:
                    kb.name(name, "P", ref)
                    kb.name(plain_spelling(name), "P", ref)
    english = json.loads((shared / "kb" / "geonames_admin1_names.json").read_text(encoding="utf-8"))
    german = {row["key"]: row["name_de"] for row in csv.DictReader(
        (shared / "kb" / "geonames_de_names.tsv").open(encoding="utf-8"), delimiter="\t")
        if row["key_type"] == "admin1"}
    for code, name in sorted(english.items()):
        if not isinstance(name, str):
            continue
        ref = f"p{len(kb.places)}"
        kb.places.append([f"adm1:{code}", name, code.split(".")[0], None, None, 0, "region", 0])
        for surface in {name, german.get(code, "")}:
            if surface:
                kb.name(surface, "P", ref)
    for row in read_tsv(SOURCES / "regions.tsv"):
        names = split_cell(row["names"])
        ref = f"p{len(kb.places)}"
        kb.places.append(["", names[-1], None, None, None, 0, "area", 0])
        for name in names:
            kb.name(name, "L", ref)
