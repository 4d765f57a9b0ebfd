"""Table, CSV and JSON Lines exports of hand-built event rows."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, replace

import pytest

from lagebild.export import FORMATS, cameo_label, write_events
from lagebild.export.records import COLUMNS
from lagebild.export.table import HEADER
from lagebild.store.events import EventRow


def row(**changes) -> EventRow:
    """One richly filled event row, as ``store.events.events`` would return it."""
    base = EventRow(
        article_id="36d8afd788078447", idx=1, sentence=4, source="iso:RUS", source_name="Russia",
        source_cameo="RUSGOVMIL", source_country="RUS", target="iso:UKR", target_name="Ukraine",
        target_cameo="UKR", target_country="UKR", cameo="1383", cameo_root="13", plover="THREATEN",
        goldstein=-7.0, quad_class=3, mode="threatened", date="2019-04-25", place="gn:524901",
        place_name="Moskau", place_feature="city", place_lat=55.75, place_lon=37.62, place_country="RU",
        trigger_text="drohte", trigger_start=40, trigger_end=46, attributed_to=None, confidence=0.8,
        published="2019-04-26", tone=-3.5, day="2019-04-25", url="https://example.org/a", input_source="a.txt",
        stored_at="2024-01-02T03:04:05+00:00")
    return replace(base, **changes)


def _write(rows, fmt, **kw) -> str:
    out = io.StringIO()
    write_events(rows, fmt, out, **kw)
    return out.getvalue()


def test_labels_come_from_the_ontology():
    assert cameo_label("040") == "Consult, not specified below"
    assert cameo_label("9999") == ""


def test_table_has_readable_columns():
    lines = _write([row(), row(idx=2, source_name=None, day=None, cameo="040")], "table").splitlines()
    assert lines[0].split() == list(HEADER)
    assert lines[1].split()[:3] == ["2019-04-25", "Russia", "1383"]
    assert "threatened" in lines[1] and "drohte" in lines[1] and lines[1].endswith("36d8afd788078447")
    # no name: the id; no date: a dash; the label next to the code
    assert lines[2].startswith("-") and "iso:RUS" in lines[2] and "040 Consult" in lines[2]
    assert len({line.index("article") if n == 0 else line.index("36d8afd788078447")
                for n, line in enumerate(lines)}) == 1  # aligned


def test_table_cuts_long_cells_and_keeps_one_line_per_event():
    text = _write([row(target_name="Ein sehr langer Name\neiner Organisation mit Zeilenumbruch")], "table")
    assert len(text.splitlines()) == 2 and "…" in text


def test_empty_table_writes_nothing():
    assert _write([], "table") == ""


def test_csv_has_a_header_and_every_field():
    text = _write([row(), row(idx=2, attributed_to="wd:Q7747", place_name='Moskau, "Kreml"')], "csv",
                  label=lambda code: "Threaten with military force")
    records = list(csv.DictReader(io.StringIO(text)))
    assert list(records[0]) == list(COLUMNS)
    assert records[0]["cameo_label"] == "Threaten with military force"
    assert records[0]["attributed_to"] == "" and records[1]["attributed_to"] == "wd:Q7747"
    assert records[1]["place_name"] == 'Moskau, "Kreml"'
    assert records[0]["goldstein"] == "-7.0" and records[0]["day"] == "2019-04-25"


def test_csv_with_no_rows_is_just_the_header():
    assert _write([], "csv") == ",".join(COLUMNS) + "\n"


def test_json_lines_round_trip():
    lines = _write([row(source_name="Özdemir"), row(idx=2)], "json").splitlines()
    assert len(lines) == 2 and "Özdemir" in lines[0]  # UTF-8 kept, not \u-escaped
    record = json.loads(lines[0])
    assert record == {**asdict(row(source_name="Özdemir")), "cameo_label": cameo_label("1383")}
    assert record["attributed_to"] is None and record["place_lat"] == 55.75


def test_unknown_format_is_refused():
    assert FORMATS == ("table", "csv", "json", "gdelt")
    with pytest.raises(ValueError, match="unknown export format"):
        _write([row()], "xml")
