"""``lagebild events``: filters, formats, output and exit codes, over a store of hand-built articles."""

from __future__ import annotations

import csv
import io
import json

import pytest

from lagebild.cli import main
from lagebild.model import Actor, Article, Event, Span
from lagebild.pipeline import Outcome
from lagebild.store import SQLiteStore

RUSSIA = Actor("iso:RUS", "Russia", "GPE", country="RUS", cameo="RUS")
UKRAINE = Actor("iso:UKR", "Ukraine", "GPE", country="UKR", cameo="UKR")
SCHOLZ = Actor("wd:Q61053", "Olaf Scholz", "PER", country="DEU", cameo="DEUGOV")


def _event(source, target, cameo, trigger, *, mode="asserted", date=None) -> Event:
    return Event(source=source, target=target, cameo=cameo, mode=mode, sentence=0,
                 trigger=Span(0, len(trigger), trigger), date=date)


@pytest.fixture
def db(tmp_path) -> str:
    path = str(tmp_path / "news.db")
    stored = [
        Article(text="Russland drohte der Ukraine. Russland kritisierte Kiew.", language="de",
                published="2019-04-26", actors=[RUSSIA, UKRAINE],
                events=[_event("iso:RUS", "iso:UKR", "138", "drohte", mode="threatened", date="2019-04-25"),
                        _event("iso:RUS", "iso:UKR", "111", "kritisierte")]),
        Article(text="Scholz traf den Präsidenten nicht.", language="de", published="2023-06-01",
                actors=[SCHOLZ], events=[_event("wd:Q61053", None, "040", "traf", mode="negated")]),
    ]
    with SQLiteStore(path) as store:
        for n, article in enumerate(stored):
            store.record(Outcome(f"{n}.txt", article=article))
    return path


def _run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_table_by_default(db, capsys):
    code, out, err = _run(capsys, "--db", db, "events")
    lines = out.splitlines()
    assert code == 0 and err == ""
    assert lines[0].split() == ["date", "source", "event", "target", "mode", "trigger", "article"]
    assert [line.split()[0] for line in lines[1:]] == ["2019-04-25", "2019-04-26", "2023-06-01"]
    assert "138 Threaten" in lines[1] and "Ukraine" in lines[1] and "threatened" in lines[1]
    assert "Olaf Scholz" in lines[3] and "negated" in lines[3]


@pytest.mark.parametrize(("argv", "triggers"), [
    (["--actor", "scholz"], ["traf"]),
    (["--actor", "iso:UKR"], ["drohte", "kritisierte"]),
    (["--country", "rus"], ["drohte", "kritisierte"]),
    (["--root", "11"], ["kritisierte"]),
    (["--root", "138"], ["drohte"]),
    (["--mode", "negated"], ["traf"]),
    (["--since", "2019-04-26"], ["kritisierte", "traf"]),
    (["--until", "2019-04-25"], ["drohte"]),
    (["--limit", "1"], ["drohte"]),
    (["--country", "RUS", "--mode", "asserted"], ["kritisierte"]),
])
def test_filters(db, capsys, argv, triggers):
    code, out, _ = _run(capsys, "--db", db, "events", "--format", "json", *argv)
    assert code == 0
    assert [json.loads(line)["trigger_text"] for line in out.splitlines()] == triggers


def test_csv_with_header(db, capsys):
    code, out, _ = _run(capsys, "--db", db, "events", "--format", "csv")
    records = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(records) == 3
    assert records[0]["cameo"] == "138" and records[0]["source_name"] == "Russia"


def test_gdelt_tsv(db, capsys):
    code, out, _ = _run(capsys, "--db", db, "events", "--format", "gdelt")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 3
    assert all(len(line.split("\t")) == 61 for line in lines)
    assert [line.split("\t")[1] for line in lines] == ["20190425", "20190426", "20230601"]


def test_nothing_matches_exits_0_with_a_note(db, capsys):
    code, out, err = _run(capsys, "--db", db, "events", "--country", "FRA")
    assert code == 0 and out == "" and "no stored event matches" in err
    code, out, err = _run(capsys, "--db", db, "events", "--country", "FRA", "--format", "csv")
    assert code == 0 and out.startswith("article_id,") and err == ""


def test_an_empty_new_database(tmp_path, capsys):
    code, out, _ = _run(capsys, "--db", str(tmp_path / "neu.db"), "events", "--format", "json")
    assert code == 0 and out == ""


@pytest.mark.parametrize("argv", [
    ["--root", "4"], ["--root", "RUS"], ["--mode", "maybe"], ["--since", "26.04.2019"],
    ["--limit", "0"], ["--format", "xml"],
])
def test_bad_arguments_exit_2(db, capsys, argv):
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", db, "events", *argv])
    assert exit_info.value.code == 2
    assert "lagebild events: error:" in capsys.readouterr().err


def test_a_file_that_is_no_database_exits_2(tmp_path, capsys):
    broken = tmp_path / "kaputt.db"
    broken.write_text("keine Datenbank", encoding="utf-8")
    code, out, err = _run(capsys, "--db", str(broken), "events")
    assert code == 2 and out == "" and err.startswith("lagebild: error:")
