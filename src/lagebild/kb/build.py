"""Offline build of the actor/place knowledge base: ``python -m lagebild.kb.build``.

Reads the installed packages (pycountry with its German gettext catalogue,
babel's CLDR territory names), the seed tables in ``shared/data/kb`` and
``shared/data/cameo``, and our own tables in ``kb/data/sources``; writes one
gzip'd JSON file, ``kb/data/kb.json.gz``, that :mod:`lagebild.kb.lookup` loads.
Needs the ``kb`` extra (``pip install -e .[kb]``); nothing runs at analysis time.

Example: ``python -m lagebild.kb.build --shared ../shared/data`` prints
``kb.json.gz: 24,019 actors, 38,133 places, 66,710 names, 2,089,715 bytes``.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .inflect_de import adjective_forms, demonym_forms, name_forms
from .names import name_pieces
from .phoenix import read_records

HERE = Path(__file__).parent
SOURCES = HERE / "data" / "sources"
OUTPUT = HERE / "data" / "kb.json.gz"
FORMAT_VERSION = 1
PHOENIX_OPEN_END = "2016-01-01"

# Words that make a Phoenix phrase a role description rather than a name.
_ROLE_WORDS = {
    "PRESIDENT", "MINISTER", "PRIME", "SECRETARY", "GENERAL", "KING", "QUEEN", "PRINCE", "SHEIKH", "LEADER",
    "CHIEF", "GOVERNOR", "AMBASSADOR", "SPOKESMAN", "DEPUTY", "FORMER", "SENATOR", "OFFICIAL", "MAYOR",
    "THE", "OF", "COLONEL", "CAPTAIN", "MAJOR", "JUDGE", "CHAIRMAN", "CHANCELLOR", "PREMIER", "EMIR", "SULTAN",
    "MR", "MRS", "DR", "GEN", "SIR", "LORD", "FOREIGN", "DEFENSE", "DEFENCE", "ARMY", "POLICE",
}


@dataclass
class ActorRecord:
    id: str
    name: str
    type: str
    country: str | None = None
    cameo: str | None = None
    codes: list[list] = field(default_factory=list)   # [code, start, end]
    roles: list[list] = field(default_factory=list)   # [role, title, holder, start, end]


@dataclass
class KBBuilder:
    actors: list[ActorRecord] = field(default_factory=list)
    places: list[list] = field(default_factory=list)
    names: dict[tuple[str, str], set[str]] = field(default_factory=dict)   # (surface, kind) → refs
    by_id: dict[str, int] = field(default_factory=dict)

    def actor(self, record: ActorRecord) -> str:
        if record.id in self.by_id:
            return f"a{self.by_id[record.id]}"
        self.by_id[record.id] = len(self.actors)
        self.actors.append(record)
        return f"a{self.by_id[record.id]}"

    def name(self, surface: str, kind: str, ref: str) -> None:
        surface = " ".join(surface.split())
        if len(surface) >= 2:
            self.names.setdefault((surface, kind), set()).add(ref)

    def person_name(self, surface: str, kind: str, ref: str) -> None:
        """A person's name, and its plain-ASCII spelling when English text drops the marks (Erdoğan → Erdogan)."""
        self.name(surface, kind, ref)
        plain = unicodedata.normalize("NFKD", surface).encode("ascii", "ignore").decode()
        if plain != surface and len(plain) == len(unicodedata.normalize("NFC", surface)):
            self.name(plain, kind, ref)


def slug(text: str) -> str:
    """``"Daily NK"`` → ``"daily-nk"``: ASCII, lower case, hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def _split(cell: str | None) -> list[str]:
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


def read_tsv(path: Path) -> list[dict[str, str]]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


# ---------------------------------------------------------------- countries

def add_countries(kb: KBBuilder, shared: Path) -> dict[str, str]:
    """Countries as GPE actors ``iso:RUS`` with German/English names, adjectives and demonyms."""
    import gettext

    import pycountry
    from babel import Locale

    de_catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
    de_cldr, en_cldr = Locale("de").territories, Locale("en").territories
    # CAMEO country codes are ISO alpha-3 except where Phoenix.Countries.actors.txt says otherwise.
    cameo = {"XKX": "KSV"}
    adjectives = {row["iso3"]: row for row in csv.DictReader(
        (shared / "kb" / "de_country_adjectives_candidates.tsv").open(encoding="utf-8"), delimiter="\t")}
    nationality = {lang: json.loads((shared / "kb" / "i18n-nationality" / f"{lang}.json").read_text())
                   ["nationalities"] for lang in ("de", "en")}
    extra = {row["iso3"]: row for row in read_tsv(SOURCES / "countries_extra.tsv")}
    iso2_of: dict[str, str] = {}
    countries = [(c.alpha_2, c.alpha_3, c) for c in pycountry.countries] + [("XK", "XKX", None)]
    for iso2, iso3, country in countries:
        iso2_of[iso3] = iso2
        en_name = en_cldr.get(iso2) or (country.name if country else iso3)
        ref = kb.actor(ActorRecord(f"iso:{iso3}", en_name, "GPE", iso3, cameo.get(iso3, iso3)))
        kb.places.append([f"iso:{iso3}", en_name, iso2, None, None, 0, "country", 0])
        names = {en_name, de_cldr.get(iso2, "")}
        if country is not None:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(country, attr, None)
                if value:
                    names |= {value, de_catalogue.gettext(value)}
        row = extra.get(iso3, {})
        names |= set(_split(row.get("names")))
        for name in names:
            if name and "," not in name and "(" not in name:
                for form in name_forms(name):
                    kb.name(form, "N", ref)
        for abbr in _split(row.get("abbr")):
            kb.name(abbr, "A", ref)
        adjs = set(_split(row.get("adjectives")))
        seed = adjectives.get(iso3, {})
        adjs |= {a for a in _split(seed.get("adj_wiktionary")) + _split(seed.get("adj_i18n_nationality"))}
        adjs |= {nationality["de"].get(iso2, "").lower(), nationality["en"].get(iso2, "")}
        for adj in adjs:
            if not adj or (" " in adj and not adj[:1].isupper()):
                continue
            # English adjectives are written capitalised and not declined; German ones are lower case.
            for form in [adj] if adj[:1].isupper() else adjective_forms(adj.lower()):
                kb.name(form, "J", ref)
        demonyms = set(_split(row.get("demonyms")))
        # English nationality adjectives in -an/-i name the people in the plural too ("Syrians", "Iraqis").
        demonyms |= {adj + "s" for adj in adjs if adj[:1].isupper() and adj.endswith(("an", "i"))}
        stems = [a.lower().removesuffix("isch") for a in adjs if a.lower().endswith("isch")]
        for noun in _split(seed.get("demonyms_wiktionary")):
            if any(noun.lower().startswith(stem) and len(noun) - len(stem) <= 4 for stem in stems):
                demonyms.add(noun)
        for noun in demonyms:
            for form in demonym_forms(noun):
                kb.name(form, "D", ref)
    return iso2_of


# ---------------------------------------------------------------- organisations

def add_organisations(kb: KBBuilder, shared: Path) -> None:
    """The IGO seed (UN, NATO, EU … with CAMEO codes) and our media/institution table."""
    for row in csv.DictReader((shared / "kb" / "igo_seed_de_en.tsv").open(encoding="utf-8"), delimiter="\t"):
        name = row["name_en"]
        ident = f"wd:{row['qid']}" if row["qid"] else f"kb:{slug(name)}"
        ref = kb.actor(ActorRecord(ident, name, "ORG", None, row["cameo_code"] or None))
        for full in _split(row["name_de"]) + _split(row["name_en"]):
            for form in name_forms(full):
                kb.name(form, "N", ref)
        for abbr in _split(row["abbr_de"]) + _split(row["abbr_en"]):
            kb.name(abbr, "N" if "-" in abbr else "A", ref)
    for row in read_tsv(SOURCES / "orgs.tsv"):
        ref = kb.actor(ActorRecord(row["id"], row["name"], "ORG", row["country"] or None, row["cameo"] or None))
        for full in _split(row["names"]) + [row["name"]]:
            for form in name_forms(full):
                kb.name(form, "N", ref)
        for abbr in _split(row["abbr"]):
            kb.name(abbr, "A", ref)


# ---------------------------------------------------------------- people

def add_people(kb: KBBuilder, shared: Path, iso2_of: dict[str, str]) -> None:
    """Office holders: our leaders table first, then the 2026 snapshot, Wikidata 2021–22 and Phoenix."""
    qids = _known_qids(shared)
    by_name: dict[str, ActorRecord] = {}
    for row in read_tsv(SOURCES / "leaders.tsv"):
        record = _person(kb, by_name, row["name"], row["qid"] or qids.get(_plain(row["name"])),
                         row["country"])
        _add_role(record, row["country"], row["role"], row["title"], row["start"] or None, row["end"] or None)
        ref = f"a{kb.by_id[record.id]}"
        for full in [row["name"]] + _split(row["aliases"]):
            kb.person_name(full, "N", ref)
        for short in _split(row["short"]):
            kb.person_name(short, "S", ref)
        for short in _split(row["ref"]):
            kb.person_name(short, "R", ref)
    iso3_of = {iso2: iso3 for iso3, iso2 in iso2_of.items()}
    hand_written = set(by_name)
    path = shared / "kb" / "leaders_current_2026_g20_asean.csv"
    for row in csv.DictReader(path.open(encoding="utf-8")):
        country = iso3_of.get(row["iso2"])
        if not row["name"] or not country or _plain(row["name"]) in hand_written:
            continue
        record = _person(kb, by_name, row["name"], row["qid"] or None, country)
        _add_role(record, country, row["role"], row["title"].lower(), row["since"] or None, None)
        kb.person_name(row["name"], "N", f"a{kb.by_id[record.id]}")
    _add_wikidata_leaders(kb, by_name, shared, hand_written)
    _add_phoenix_people(kb, by_name, shared, qids)


def _person(kb: KBBuilder, by_name: dict[str, ActorRecord], name: str, qid: str | None,
            country: str | None) -> ActorRecord:
    key = _plain(name)
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
        qids.setdefault(_plain(row["officeholderLabel"]), row["officeholder"])
    for row in read_tsv(SOURCES / "wikidata_label_fixes.tsv"):
        qids.setdefault(_plain(row["label"]), row["qid"])
    for row in csv.DictReader((shared / "kb" / "igo_officeholders_wikidata.csv").open(encoding="utf-8")):
        qids.setdefault(_plain(row["person"]), row["personID"])
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
        if not country or not name or _plain(name) in hand_written or name.startswith("Q"):
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
    plain_names = {_plain(name): record for name, record in by_name.items()}
    for (surface, kind), refs in kb.names.items():
        for ref in refs:
            record = kb.actors[int(ref[1:])]
            if kind == "N" and record.type == "PER":
                plain_names.setdefault(_plain(surface), record)
    for record in read_records(shared / "cameo" / "Phoenix.Countries.actors.txt"):
        if not record.codes:
            continue
        names = [p for p in record.phrases
                 if 2 <= len(p.split()) <= 4 and not set(p.replace(".", " ").split()) & _ROLE_WORDS
                 and re.fullmatch(r"[A-Z][A-Z.'\- ]+", p)]
        if not names:
            continue
        display = _title_case(names[0])
        known = next((plain_names[_plain(n)] for n in names if _plain(n) in plain_names), None)
        country = record.codes[0][0][:3]
        person = known or _person(kb, by_name, display, qids.get(_plain(display)), country)
        if known is None:
            # The dictionary dates from January 2014: an office it leaves open is not known to last
            # beyond 2015, so open ends are closed there (later, the record's default code applies).
            person.codes = [[code, start, end or PHOENIX_OPEN_END] for code, start, end in record.codes
                            if not start or start < PHOENIX_OPEN_END]
            person.cameo = record.default or country
        ref = f"a{kb.by_id[person.id]}"
        for name in names:
            kb.name(_title_case(name), "N", ref)


_SMALL_WORDS = {"of", "for", "the", "and", "de", "du", "des", "la", "le", "in", "on", "to", "da", "do", "dos",
                "del", "van", "von", "der", "al", "bin", "y", "e", "et", "und", "für"}


def _plain(name: str) -> str:
    """``"Kim Jong-un"``, ``"KIM JONG UN"`` → ``"kim jong un"``: the form under which spellings meet."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    return " ".join(name_pieces(ascii_name))


def _title_case(phrase: str) -> str:
    """``"MAYORS FOR PEACE"`` → ``"Mayors for Peace"``: capitals where names have them, small words lower."""
    words = phrase.title().split(" ")
    return " ".join(w.lower() if k and w.lower() in _SMALL_WORDS else w for k, w in enumerate(words))


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
                 and not set(p.replace(".", " ").split()) & _ROLE_WORDS]
        if not names or any(_title_case(n).casefold() in known or n.casefold() in known for n in names):
            continue
        long_names = [n for n in names if len(n.split()) >= 2]
        display = _title_case(long_names[0] if long_names else names[0])
        ref = kb.actor(ActorRecord(f"kb:{slug(display)}", display, "ORG", None, code))
        for name in names:
            if len(name.split()) >= 2:
                kb.name(_title_case(name), "N", ref)
            elif len(name) >= 3 and name.isalpha():
                kb.name(name, "A", ref)


# ---------------------------------------------------------------- places

def add_places(kb: KBBuilder, shared: Path) -> None:
    """Cities of 15,000+ people (GeoNames), with German names, capitals flagged; first-order regions."""
    capitals = set()
    with (shared / "kb" / "geonames_countries_capitals_adm1_multilingual.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["code"] == "PPLC":
                capitals.add((row["name"].casefold(), row["country"].upper()))
    exonyms = {row["geonameid"]: _split(row["names"]) for row in read_tsv(SOURCES / "exonyms.tsv")}
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


# ---------------------------------------------------------------- output

def build(shared: Path, output: Path = OUTPUT) -> dict[str, int]:
    kb = KBBuilder()
    iso2_of = add_countries(kb, shared)
    add_organisations(kb, shared)
    add_people(kb, shared, iso2_of)
    add_international(kb, shared)
    add_places(kb, shared)
    data = {
        "version": FORMAT_VERSION,
        "actors": [[a.id, a.name, a.type, a.country, a.cameo, a.codes, a.roles] for a in kb.actors],
        "places": kb.places,
        "names": sorted([surface, kind, sorted(refs)] for (surface, kind), refs in kb.names.items()),
    }
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    output.parent.mkdir(parents=True, exist_ok=True)
    # No file name or time in the gzip header: the same sources give the same bytes.
    with output.open("wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", compresslevel=9,
                                                 mtime=0) as fh:
        fh.write(payload)
    return {"actors": len(kb.actors), "places": len(kb.places), "names": len(data["names"]),
            "bytes": output.stat().st_size}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m lagebild.kb.build", description=__doc__.splitlines()[0])
    # src/lagebild/kb → the checkout is parents[2]; shared/ lies beside it.
    default_shared = Path(os.environ.get("LAGEBILD_SHARED", HERE.parents[3] / "shared")) / "data"
    parser.add_argument("--shared", type=Path, default=default_shared,
                        help="folder holding kb/ and cameo/ seed data (default: $LAGEBILD_SHARED/data or "
                             "../shared/data beside the checkout)")
    parser.add_argument("--output", type=Path, default=OUTPUT, help="where to write kb.json.gz")
    args = parser.parse_args(argv)
    if not (args.shared / "kb").is_dir() or not (args.shared / "cameo").is_dir():
        parser.error(f"{args.shared} holds no kb/ and cameo/ seed data: pass --shared or set LAGEBILD_SHARED")
    figures = build(args.shared, args.output)
    print(f"{args.output.name}: {figures['actors']:,} actors, {figures['places']:,} places, "
          f"{figures['names']:,} names, {figures['bytes']:,} bytes")


if __name__ == "__main__":
    main()
