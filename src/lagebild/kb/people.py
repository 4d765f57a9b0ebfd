"""Office holders: heads of state and government, foreign ministers, and Phoenix's officials.

Sources in order of trust: our ``leaders.tsv`` (terms to 2026), the 2026
snapshot, the Wikidata 2021–22 table (years only), the Phoenix dictionary
(date-bounded CAMEO codes, to 2014). People are matched across sources by a
plain form of their name (:func:`lagebild.kb.sources.plain`).
Example: Vladimir Putin → ``wd:Q7747`` with roles president 2000–2008 and from
2012, prime minister 1999–2000 and 2008–2012, codes RUSGOV for those terms.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from .phoenix import read_records
from .sources import (
    ROLE_WORDS,
    SOURCES,
    ActorRecord,
    KBBuilder,
    plain,
    read_tsv,
    slug,
    split_cell,
    title_case,
)

# The Phoenix dictionary dates from January 2014: open-ended codes are closed here.
PHOENIX_OPEN_END = "2016-01-01"


def add_people(kb: KBBuilder, shared: Path, iso2_of: dict[str, str]) -> None:
    """Office holders: our leaders table first, then the 2026 snapshot, Wikidata 2021–22 and Phoenix."""
    qids = _known_qids(shared)
    by_name: dict[str, ActorRecord] = {}
    for row in read_tsv(SOURCES / "leaders.tsv"):
        known_qid = next((qids[plain(n)] for n in [row["name"]] + split_cell(row["aliases"]) if plain(n) in qids),
                         None)
        record = _person(kb, by_name, row["name"], row["qid"] or known_qid, row["country"])
        if row["role"]:
            _add_role(record, row["country"], row["role"], row["title"], row["start"] or None,
                      row["end"] or None)
        ref = f"a{kb.by_id[record.id]}"
        for full in [row["name"]] + split_cell(row["aliases"]):
            kb.person_name(full, "N", ref)
        for short in split_cell(row["short"]):
            kb.person_name(short, "S", ref)
        for short in split_cell(row["ref"]):
            kb.person_name(short, "R", ref)
    iso3_of = {iso2: iso3 for iso3, iso2 in iso2_of.items()}
    hand_written = set(by_name)
    path = shared / "kb" / "leaders_current_2026_g20_asean.csv"
    for row in csv.DictReader(path.open(encoding="utf-8")):
        country = iso3_of.get(row["iso2"])
        if not row["name"] or not country or plain(row["name"]) in hand_written:
            continue
        record = _person(kb, by_name, row["name"], row["qid"] or None, country)
        _add_role(record, country, row["role"], row["title"].lower(), row["since"] or None, None)
        kb.person_name(row["name"], "N", f"a{kb.by_id[record.id]}")
    _add_wikidata_leaders(kb, by_name, shared, hand_written)
    _add_phoenix_people(kb, by_name, shared, qids)


def _person(kb: KBBuilder, by_name: dict[str, ActorRecord], name: str, qid: str | None,
            country: str | None) -> ActorRecord:
    key = plain(name)
    if key not in by_name:
        ident = f"wd:{qid}" if qid else f"kb:{slug(name)}"
        iso3 = country if country and len(country) == 3 else None
        record = ActorRecord(ident, name, "PER", iso3)
        kb.actor(record)
        by_name[key] = kb.actors[kb.by_id[record.id]]
    return by_name[key]


def _add_role(record: ActorRecord, holder: str, role: str, title: str, start: str | None,
              end: str | None) -> None:
    record.roles.append([role, title, holder, start, end])
    if record.country is None and len(holder) == 3:
        record.country = holder
    code = holder if len(holder) > 3 else holder + "GOV"
    record.codes.append([code, start, end])
    if record.cameo is None:
        record.cameo = holder if len(holder) > 3 else holder + "ELI"


def _known_qids(shared: Path) -> dict[str, str]:
    """Person label (plain form, see :func:`_plain`) → Wikidata QID, from the CC0 Wikidata-derived tables."""
    qids: dict[str, str] = {}
    for row in csv.DictReader((shared / "kb" / "leaders_wikidata_2021_2022.csv").open(encoding="utf-8")):
        qids.setdefault(plain(row["officeholderLabel"]), row["officeholder"])
    for row in read_tsv(SOURCES / "wikidata_label_fixes.tsv"):
        qids.setdefault(plain(row["label"]), row["qid"])
    for row in csv.DictReader((shared / "kb" / "igo_officeholders_wikidata.csv").open(encoding="utf-8")):
        qids.setdefault(plain(row["person"]), row["personID"])
    return qids


_GOVERNMENT_TITLES = re.compile(r"prime minister|chancellor|premier|head of government|chief minister", re.I)


def _add_wikidata_leaders(kb: KBBuilder, by_name: dict[str, ActorRecord], shared: Path,
                          hand_written: set[str]) -> None:
    """2021–22 heads of state/government; years only, so terms are widened to whole years."""
    country_of_qid = {row["qid"]: row["iso3"] for row in csv.DictReader(
        (shared / "kb" / "de_country_adjectives_candidates.tsv").open(encoding="utf-8"), delimiter="\t")}
    fixes = {row["qid"]: row["label"] for row in read_tsv(SOURCES / "wikidata_label_fixes.tsv")}
    for row in csv.DictReader((shared / "kb" / "leaders_wikidata_2021_2022.csv").open(encoding="utf-8")):
        country = country_of_qid.get(row["countryid"])
        name = fixes.get(row["officeholder"], row["officeholderLabel"])
        if not country or not name or plain(name) in hand_written or name.startswith("Q"):
            continue
        record = _person(kb, by_name, name, row["officeholder"], country)
        role = "head_of_government" if _GOVERNMENT_TITLES.search(row["positionLabel"]) else "head_of_state"
        title = re.sub(r"\s+of\s+.*$", "", row["positionLabel"]).lower()
        start = f"{row['start_year']}-01-01" if row["start_year"] else None
        end = f"{row['end_year']}-12-31" if row["end_year"] else None
        if [role, title, country, start, end] not in record.roles:
            _add_role(record, country, role, title, start, end)
        kb.person_name(name, "N", f"a{kb.by_id[record.id]}")


def _add_phoenix_people(kb: KBBuilder, by_name: dict[str, ActorRecord], shared: Path,
                        qids: dict[str, str]) -> None:
    """Phoenix persons: full names of two to four words, with their date-bounded CAMEO codes.

    Phoenix spells in plain ASCII capitals, so people already known are found by their name
    without marks ("ANTONIO GUTERRES" is António Guterres).
    """
    plain_names = {plain(name): record for name, record in by_name.items()}
    for (surface, kind), refs in kb.names.items():
        for ref in refs:
            record = kb.actors[int(ref[1:])]
            if kind == "N" and record.type == "PER":
                plain_names.setdefault(plain(surface), record)
    for record in read_records(shared / "cameo" / "Phoenix.Countries.actors.txt"):
        if not record.codes:
            continue
        names = [p for p in record.phrases
                 if 2 <= len(p.split()) <= 4 and not set(p.replace(".", " ").split()) & ROLE_WORDS
                 and re.fullmatch(r"[A-Z][A-Z.'\- ]+", p)]
        if not names:
            continue
        display = title_case(names[0])
        known = next((plain_names[plain(n)] for n in names if plain(n) in plain_names), None)
        country = record.codes[0][0][:3]
        person = known or _person(kb, by_name, display, qids.get(plain(display)), country)
        if known is None:
            # The dictionary dates from January 2014: an office it leaves open is not known to last
            # beyond 2015, so open ends are closed there (later, the record's default code applies).
            person.codes = [[code, start, end or PHOENIX_OPEN_END] for code, start, end in record.codes
                            if not start or start < PHOENIX_OPEN_END]
            person.cameo = record.default or country
        ref = f"a{kb.by_id[person.id]}"
        for name in names:
            kb.name(title_case(name), "N", ref)
