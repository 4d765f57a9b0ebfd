"""Countries for the knowledge base: every ISO 3166-1 country (and Kosovo) as a GPE actor ``iso:RUS``.

Names from pycountry (with its German gettext catalogue) and CLDR via babel,
our ``countries_extra.tsv``; German adjectives in all endings and inhabitant
nouns with their inflected forms (by rule, :mod:`lagebild.kb.inflect_de`).
Example: Russia gets ``Russland``, ``Russische Föderation``, ``russischen``,
``Russen``, ``Russian``, ``Russians``.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from .inflect_de import adjective_forms, demonym_forms, name_forms
from .sources import SOURCES, ActorRecord, KBBuilder, read_tsv, split_cell


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
        names |= set(split_cell(row.get("names")))
        for name in names:
            if name and "," not in name and "(" not in name:
                for form in name_forms(name):
                    kb.name(form, "N", ref)
        for abbr in split_cell(row.get("abbr")):
            kb.name(abbr, "A", ref)
        adjs = set(split_cell(row.get("adjectives")))
        seed = adjectives.get(iso3, {})
        adjs |= {a for a in split_cell(seed.get("adj_wiktionary")) + split_cell(seed.get("adj_i18n_nationality"))}
        adjs |= {nationality["de"].get(iso2, "").lower(), nationality["en"].get(iso2, "")}
        for adj in adjs:
            if not adj or (" " in adj and not adj[:1].isupper()):
                continue
            # English adjectives are written capitalised and not declined; German ones are lower case.
            for form in [adj] if adj[:1].isupper() else adjective_forms(adj.lower()):
                kb.name(form, "J", ref)
        demonyms = set(split_cell(row.get("demonyms")))
        # English nationality adjectives in -an/-i name the people in the plural too ("Syrians", "Iraqis").
        demonyms |= {adj + "s" for adj in adjs if adj[:1].isupper() and adj.endswith(("an", "i"))}
        stems = [a.lower().removesuffix("isch") for a in adjs if a.lower().endswith("isch")]
        for noun in split_cell(seed.get("demonyms_wiktionary")):
            # Nicknames in -i ("Russki") are no demonyms; real ones (Israeli, Saudi) are in our table.
            if noun.endswith("i"):
                continue
            if any(noun.lower().startswith(stem) and len(noun) - len(stem) <= 4 for stem in stems):
                demonyms.add(noun)
        for noun in demonyms:
            for form in demonym_forms(noun):
                kb.name(form, "D", ref)
    return iso2_of
