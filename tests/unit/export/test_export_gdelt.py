"""GDELT 2.0 event-table TSV: 61 tab-separated columns in the codebook's order, filled where we can."""

from __future__ import annotations

import io
from dataclasses import replace

from test_export_formats import row

from lagebild.export import write_events
from lagebild.export.gdelt import COLUMNS, gdelt_fields, write_gdelt


def _line(event) -> list[str]:
    out = io.StringIO()
    assert write_gdelt([event], out) == 1
    text = out.getvalue()
    assert text.endswith("\n") and text.count("\n") == 1
    return text.rstrip("\n").split("\t")


def test_sixty_one_columns_in_codebook_order():
    assert len(COLUMNS) == 61 and len(set(COLUMNS)) == 61
    assert COLUMNS[:8] == ("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate", "Actor1Code",
                           "Actor1Name", "Actor1CountryCode")
    assert COLUMNS[25:35] == ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                              "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")
    assert COLUMNS[51:59] == ("ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode",
                              "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long",
                              "ActionGeo_FeatureID")
    assert COLUMNS[-2:] == ("DATEADDED", "SOURCEURL")


def test_a_full_row():
    values = dict(zip(COLUMNS, _line(row()), strict=True))
    assert values["Day"] == "20190425" and values["MonthYear"] == "201904" and values["Year"] == "2019"
    assert values["FractionDate"] == f"{2019 + (4 * 30 + 25) / 365:.4f}"
    assert (values["Actor1Code"], values["Actor1Name"], values["Actor1CountryCode"]) == (
        "RUSGOVMIL", "Russia", "RUS")
    assert (values["Actor1Type1Code"], values["Actor1Type2Code"], values["Actor1Type3Code"]) == ("GOV", "MIL", "")
    assert (values["Actor2Code"], values["Actor2CountryCode"], values["Actor2Type1Code"]) == ("UKR", "UKR", "")
    assert (values["EventCode"], values["EventBaseCode"], values["EventRootCode"]) == ("1383", "138", "13")
    assert (values["QuadClass"], values["GoldsteinScale"], values["AvgTone"]) == ("3", "-7.0", "-3.5")
    assert values["IsRootEvent"] == "0"  # sentence 4 is past the lead
    assert (values["NumMentions"], values["NumSources"], values["NumArticles"]) == ("1", "1", "1")
    assert (values["ActionGeo_Type"], values["ActionGeo_FullName"], values["ActionGeo_CountryCode"]) == (
        "4", "Moskau", "RU")
    assert (values["ActionGeo_Lat"], values["ActionGeo_Long"], values["ActionGeo_FeatureID"]) == (
        "55.75", "37.62", "gn:524901")
    assert values["Actor1Geo_FullName"] == "" and values["Actor2Geo_Lat"] == ""
    assert values["DATEADDED"] == "20240102030405"
    assert values["SOURCEURL"] == "https://example.org/a"


def test_event_ids_are_stable_integers_distinct_per_position():
    first, second = gdelt_fields(row()), gdelt_fields(replace(row(), idx=2))
    assert first["GlobalEventID"].isdigit() and int(first["GlobalEventID"]) < 2 ** 63
    assert int(second["GlobalEventID"]) - int(first["GlobalEventID"]) == 1
    assert gdelt_fields(row())["GlobalEventID"] == first["GlobalEventID"]


def test_sparse_row_keeps_61_columns():
    sparse = replace(row(), source=None, source_name=None, source_cameo=None, source_country=None,
                     goldstein=None, quad_class=None, place=None, place_name=None, place_feature=None,
                     place_lat=None, place_lon=None, place_country=None, day=None, url=None, sentence=0)
    cells = _line(sparse)
    assert len(cells) == 61
    values = dict(zip(COLUMNS, cells, strict=True))
    assert values["Day"] == values["Year"] == values["Actor1Code"] == values["ActionGeo_Type"] == ""
    assert values["IsRootEvent"] == "1" and values["SOURCEURL"] == "a.txt"


def test_partial_dates_fill_only_what_is_known():
    assert [gdelt_fields(replace(row(), day="2019-04"))[c] for c in ("Day", "MonthYear", "Year")] == [
        "", "201904", "2019"]
    assert gdelt_fields(replace(row(), day="2019"))["Year"] == "2019"


def test_tabs_and_line_breaks_in_names_never_shift_columns():
    cells = _line(replace(row(), source_name="Russia\tand\nfriends", place_name="Mos\r\nkau"))
    assert len(cells) == 61 and cells[COLUMNS.index("Actor1Name")] == "Russia and friends"


def test_no_header_and_through_write_events():
    out = io.StringIO()
    assert write_events([row(), row()], "gdelt", out) == 2
    assert [len(line.split("\t")) for line in out.getvalue().splitlines()] == [61, 61]
    assert not out.getvalue().startswith("GlobalEventID")
