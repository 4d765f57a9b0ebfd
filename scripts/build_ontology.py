"""Compile the CAMEO code list, Goldstein weights and the CAMEO→PLOVER table into one JSON file.

Run at build time, never at analysis time: the package only reads
``src/lagebild/events/data/ontology.json``.

Example::

    .venv/bin/python scripts/build_ontology.py ../shared/data/cameo

gives ``{"codes": {"043": {"label": "Host a visit", "goldstein": 2.8, "plover": "CONSULT",
"plover_mode": "visit", "plover_context": ""}, ...}}``.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "lagebild" / "events" / "data" / "ontology.json"
_CODE = re.compile(r"^\d{2,4}$")


def read_tsv(path: Path) -> dict[str, str]:
    """First column → second column, header and non-code rows (quad-class labels) skipped."""
    rows: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        code, _, value = line.partition("\t")
        code = code.strip()
        if _CODE.match(code):
            rows[code] = value.strip()
    return rows


def read_plover(path: Path) -> dict[str, tuple[str, str, str]]:
    """``0331: AGREE,  ,   economic # …`` → {"0331": ("AGREE", "", "economic")}; root lines keep only a type."""
    table: dict[str, tuple[str, str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        code, sep, rest = line.partition(":")
        if not sep or not _CODE.match(code.strip()):
            continue
        parts = [p.strip() for p in rest.split(",")] + ["", ""]
        table[code.strip()] = (parts[0].upper(), parts[1], parts[2])
    return table


def build(cameo_dir: Path) -> dict:
    labels = read_tsv(cameo_dir / "CAMEO.eventcodes.txt")
    goldstein = read_tsv(cameo_dir / "CAMEO.goldsteinscale.txt")
    plover = read_plover(cameo_dir / "plover" / "CAMEO2PLOVER-2021.txt")
    codes = {}
    for code in sorted(set(labels) | set(goldstein)):
        entry: dict = {"label": labels.get(code, "")}
        if code in goldstein:
            entry["goldstein"] = float(goldstein[code])
        # A leaf without its own PLOVER row takes the nearest ancestor's (0231 → 023 → 02).
        for prefix in (code, code[:3], code[:2]):
            if prefix in plover and plover[prefix][0]:
                entry["plover"], entry["plover_mode"], entry["plover_context"] = plover[prefix]
                break
        codes[code] = entry
    return {"source": "CAMEO.eventcodes.txt, CAMEO.goldsteinscale.txt, plover/CAMEO2PLOVER-2021.txt, pycountry",
            "codes": codes, "countries": country_codes()}


def country_codes() -> dict[str, str]:
    """ISO alpha-2 → alpha-3, so a place's country ("UA") becomes a state actor ("iso:UKR")."""
    import pycountry

    table = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    table["XK"] = "XKX"
    return dict(sorted(table.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cameo_dir", type=Path, nargs="?",
                        default=Path(__file__).resolve().parents[2] / "shared" / "data" / "cameo")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    data = build(args.cameo_dir)
    args.out.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(data['codes'])} codes → {args.out}")


if __name__ == "__main__":
    main()
