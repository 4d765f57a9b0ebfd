"""Organisations: the IGO seed, our media/institution table, Phoenix international actors.

Example: ``UN|UNO|Vereinte Nationen`` → ``wd:Q1065`` (IGOUNO); ``Daily NK`` → ``kb:dailynk`` (KORMED).
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from .inflect_de import name_forms
from .phoenix import read_records
from .sources import ROLE_WORDS, SOURCES, ActorRecord, KBBuilder, read_tsv, slug, split_cell, title_case


def add_organisations(kb: KBBuilder, shared: Path) -> None:
    """The IGO seed (UN, NATO, EU … with CAMEO codes) and our media/institution table."""
    for row in csv.DictReader((shared / "kb" / "igo_seed_de_en.tsv").open(encoding="utf-8"), delimiter="\t"):
        name = row["name_en"]
        ident = f"wd:{row['qid']}" if row["qid"] else f"kb:{slug(name)}"
        ref = kb.actor(ActorRecord(ident, name, "ORG", None, row["cameo_code"] or None))
        for full in split_cell(row["name_de"]) + split_cell(row["name_en"]):
            for form in name_forms(full):
                kb.name(form, "N", ref)
        for abbr in split_cell(row["abbr_de"]) + split_cell(row["abbr_en"]):
            kb.name(abbr, "N" if "-" in abbr else "A", ref)
    for row in read_tsv(SOURCES / "orgs.tsv"):
        ref = kb.actor(ActorRecord(row["id"], row["name"], "ORG", row["country"] or None, row["cameo"] or None))
        for full in split_cell(row["names"]) + [row["name"]]:
            for form in name_forms(full):
                kb.name(form, "N", ref)
        for abbr in split_cell(row["abbr"]):
            kb.name(abbr, "A", ref)
        for short in split_cell(row.get("refs")):
            kb.name(short, "R", ref)


def add_international(kb: KBBuilder, shared: Path) -> None:
    """Phoenix international actors (IGOs, NGOs, companies) not already known under another id.

    Multi-word names match as names; single words only as exact-case abbreviations ("ICAO").
    """
    known = {surface.casefold() for surface, _ in kb.names}
    for record in read_records(shared / "cameo" / "Phoenix.International.actors.txt"):
        code = record.default or (record.codes[0][0] if record.codes else None)
        if not code or not code.startswith(("IGO", "NGO", "MNC")):
            continue
        names = [p for p in record.phrases if re.fullmatch(r"[A-Z0-9][A-Z0-9.&'\- ]+", p)
                 and not set(p.replace(".", " ").split()) & ROLE_WORDS]
        if not names or any(title_case(n).casefold() in known or n.casefold() in known for n in names):
            continue
        long_names = [n for n in names if len(n.split()) >= 2]
        display = title_case(long_names[0] if long_names else names[0])
        ref = kb.actor(ActorRecord(f"kb:{slug(display)}", display, "ORG", None, code))
        for name in names:
            if len(name.split()) >= 2:
                kb.name(title_case(name), "N", ref)
            elif len(name) >= 3 and name.isalpha():
                kb.name(name, "A", ref)
