"""Events as a GDELT 2.0 event table: tab-separated, the 61 columns of the Event Codebook V2.0, in order.

So tools written for GDELT's ``*.export.CSV`` files (no header line, one event
per line, tab-separated) read lagebild's events. What we have is filled in,
everything else is an empty string. The mapping, column by column:

====================================  ==========================================================
GlobalEventID                         a stable integer: the first 12 hex digits of the article id
                                      × 10000 + the event's position in the article (our ids are
                                      not GDELT's; they are stable across exports of one store)
Day, MonthYear, Year                  ``YYYYMMDD``, ``YYYYMM``, ``YYYY`` of the event date, else the
                                      article's publication date; a date known only to the month
                                      or year leaves the finer columns empty
FractionDate                          ``YYYY.FFFF`` with FFFF = (month × 30 + day) / 365, GDELT's
                                      own formula
Actor1Code / Actor2Code               the source's / target's CAMEO actor code (``RUSGOV``)
Actor1Name / Actor2Name               the name as stored (GDELT upper-cases; we keep the case)
Actor1CountryCode / Actor2CountryCode the actor's ISO 3166-1 alpha-3 country. GDELT writes CAMEO
                                      country codes here; they equal ISO alpha-3 for almost every
                                      state, a few differ (CAMEO's regional codes, e.g. ``AFR``,
                                      never appear here)
Actor*KnownGroupCode, EthnicCode,     empty: we code no known groups, ethnicities or religions
Religion1Code, Religion2Code
Actor*Type1Code … Type3Code           the 3-letter parts of the actor code after its country
                                      (``RUSGOVMIL`` → ``GOV``, ``MIL``); empty when the code does
                                      not start with the actor's country (``IGOUNO``)
IsRootEvent                           ``1`` for an event in the article's first two sentences (our
                                      stand-in for GDELT's lead paragraph), else ``0``
EventCode, EventBaseCode,             the CAMEO code, its first three and first two digits
EventRootCode
QuadClass, GoldsteinScale             as coded (empty when the coder left them open)
NumMentions, NumSources, NumArticles  ``1`` each: one row is one event in one article
AvgTone                               the article's tone score
Actor1Geo_*, Actor2Geo_*              empty: we place events, not actors
ActionGeo_Type                        from the place's feature: country 1, city/town/village 4,
                                      region/state 5 (GDELT's US-specific types 2 and 3 unused)
ActionGeo_FullName                    the place's name as stored
ActionGeo_CountryCode                 the place's ISO 3166-1 alpha-2 country. GDELT writes FIPS
                                      10-4 codes here, which differ for many countries (Germany:
                                      ISO ``DE``, FIPS ``GM``); convert before joining with GDELT
ActionGeo_ADM1Code, ADM2Code          empty
ActionGeo_Lat, ActionGeo_Long         the place's coordinates
ActionGeo_FeatureID                   our place id (``gn:524901`` GeoNames, ``iso:RUS``), not a
                                      GNS/GNIS feature id
DATEADDED                             when the article was stored, ``YYYYMMDDHHMMSS`` UTC
SOURCEURL                             the article's URL, else the input it was stored from
====================================  ==========================================================
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timezone
from typing import TextIO

from ..store.events import EventRow

_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code")

COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{name}" for name in _ACTOR), *(f"Actor2{name}" for name in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{name}" for name in _GEO), *(f"Actor2Geo_{name}" for name in _GEO),
    *(f"ActionGeo_{name}" for name in _GEO),
    "DATEADDED", "SOURCEURL",
)

# Sentences 0 and 1 stand in for GDELT's "first paragraph".
LEAD_SENTENCES = 2
_GEO_TYPE = {"country": "1", "city": "4", "town": "4", "village": "4", "region": "5", "state": "5"}


def gdelt_fields(row: EventRow) -> dict[str, str]:
    """The 61 GDELT columns of one event as strings (empty where we have nothing)."""
    out = dict.fromkeys(COLUMNS, "")
    out["GlobalEventID"] = str(int(row.article_id[:12], 16) * 10000 + row.idx)
    out.update(_date_columns(row.day))
    for prefix, code, name, country in (("Actor1", row.source_cameo, row.source_name, row.source_country),
                                        ("Actor2", row.target_cameo, row.target_name, row.target_country)):
        out[f"{prefix}Code"] = code or ""
        out[f"{prefix}Name"] = name or ""
        out[f"{prefix}CountryCode"] = country or ""
        for n, part in enumerate(_actor_types(code, country)[:3], start=1):
            out[f"{prefix}Type{n}Code"] = part
    out.update({
        "IsRootEvent": "1" if row.sentence < LEAD_SENTENCES else "0",
        "EventCode": row.cameo, "EventBaseCode": row.cameo[:3], "EventRootCode": row.cameo[:2],
        "QuadClass": _text(row.quad_class), "GoldsteinScale": _text(row.goldstein),
        "NumMentions": "1", "NumSources": "1", "NumArticles": "1", "AvgTone": _text(row.tone),
        "ActionGeo_Type": _GEO_TYPE.get((row.place_feature or "").lower(), ""),
        "ActionGeo_FullName": row.place_name or "", "ActionGeo_CountryCode": row.place_country or "",
        "ActionGeo_Lat": _text(row.place_lat), "ActionGeo_Long": _text(row.place_lon),
        "ActionGeo_FeatureID": row.place or "",
        "DATEADDED": _date_added(row.stored_at), "SOURCEURL": row.url or row.input_source or "",
    })
    return out


def write_gdelt(rows: Iterable[EventRow], out: TextIO) -> int:
    """One tab-separated line of 61 columns per event, no header (as GDELT's export files)."""
    count = 0
    for row in rows:
        values = gdelt_fields(row)
        out.write("\t".join(_clean(values[name]) for name in COLUMNS) + "\n")
        count += 1
    return count


def _date_columns(day: str | None) -> dict[str, str]:
    """``"2019-04-26"`` → Day 20190426, MonthYear 201904, Year 2019, FractionDate 2019.3233."""
    parts = (day or "").split("-")
    if not parts[0].isdigit():
        return {}
    out = {"Year": parts[0]}
    if len(parts) > 1 and parts[1].isdigit():
        out["MonthYear"] = parts[0] + parts[1]
    if len(parts) > 2 and parts[2].isdigit():
        year, month, dom = (int(p) for p in parts[:3])
        out["Day"] = f"{year:04d}{month:02d}{dom:02d}"
        out["FractionDate"] = f"{year + (month * 30 + dom) / 365:.4f}"
    return out


def _actor_types(code: str | None, country: str | None) -> list[str]:
    if not code or not country or not code.startswith(country):
        return []
    rest = code[len(country):]
    return [rest[i:i + 3] for i in range(0, len(rest), 3) if len(rest[i:i + 3]) == 3]


def _date_added(stored_at: str) -> str:
    moment = datetime.fromisoformat(stored_at)
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc)
    return moment.strftime("%Y%m%d%H%M%S")


def _text(value: float | int | None) -> str:
    return "" if value is None else str(value)


def _clean(value: str) -> str:
    """A tab or line break inside a name would shift every later column: they become spaces."""
    return " ".join(value.split("\t")).replace("\r", " ").replace("\n", " ")
