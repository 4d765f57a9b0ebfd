"""CLI behaviour through ``lagebild.cli.main(argv)``, plus one run of the installed entry point."""

from __future__ import annotations

import gzip
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from lagebild.cli import main

GERMAN = ("Berlin (dpa) - Die Bundesregierung hat am Dienstag in Berlin neue Sanktionen gegen Russland "
          "beschlossen. Bundeskanzler Olaf Scholz sagte, man werde die Ukraine weiter unterstützen. "
          "Die Opposition kritisierte die Entscheidung als zu spät.\n")
ENGLISH = ("London (Reuters) - The British government announced new sanctions against Russia on Tuesday. "
           "The prime minister said the country would continue to support Ukraine. "
           "The opposition criticised the decision as too late.\n")
PAGE = ("<!DOCTYPE html><html><head><title>Regierung tagt</title></head><body><article><h1>Regierung tagt</h1>"
        "<p>Berlin (dpa) - Der Bundestag hat am Donnerstag über den Haushalt beraten. Die Ministerin "
        "verteidigte die geplanten Ausgaben für Bildung und Forschung.</p><p>Die Opposition warf der "
        "Regierung vor, die Schuldenbremse zu umgehen. Eine Abstimmung ist für Freitag geplant.</p>"
        "</article></body></html>")


@pytest.fixture
def pages(tmp_path) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "de.txt").write_text(GERMAN, encoding="utf-8")
    (folder / "en.txt").write_text(ENGLISH, encoding="utf-8")
    (folder / "seite.html").write_text(PAGE, encoding="utf-8")
    return folder


def _stdin(monkeypatch, data: bytes) -> None:
    class Stdin:
        buffer = io.BytesIO(data)

    monkeypatch.setattr(sys, "stdin", Stdin())


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def test_ingest_twice_stores_nothing_new(tmp_path, pages, capsys):
    db = str(tmp_path / "news.db")
    assert main(["--db", db, "ingest", str(pages)]) == 0
    assert capsys.readouterr().out.startswith("3 new, 0 already stored, 0 failed")
    assert main(["--db", db, "ingest", str(pages)]) == 0
    assert capsys.readouterr().out.startswith("0 new, 3 already stored, 0 failed")


def test_one_failed_input_exits_1_and_the_rest_are_processed(tmp_path, pages, capsys):
    db = str(tmp_path / "news.db")
    missing = str(tmp_path / "fehlt.txt")
    assert main(["--db", db, "ingest", missing, str(pages)]) == 1
    captured = capsys.readouterr()
    assert captured.out.startswith("3 new, 0 already stored, 1 failed")
    assert _lines(captured.err) == [f"lagebild: error: {missing}: no such file or directory [E001]"]
    assert main(["--db", db, "stats"]) == 0
    stats = capsys.readouterr().out
    assert "inputs failed         1" in stats and "articles de           2" in stats


def test_analyze_continues_after_a_failure(tmp_path, pages, capsys):
    empty = tmp_path / "leer.txt"
    empty.write_bytes(b"")
    assert main(["analyze", "--json", str(empty), str(pages / "de.txt")]) == 1
    captured = capsys.readouterr()
    [line] = _lines(captured.out)
    assert json.loads(line)["language"] == "de"
    assert len(_lines(captured.err)) == 1


def _bad_inputs(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """name → (path, words the reason must contain)."""
    cases = {
        "empty": ("leer.txt", b"", "empty"),
        "whitespace": ("blank.txt", b"  \n\n\t ", "whitespace"),
        "png": ("bild.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        "pdf": ("doc.html", b"%PDF-1.5\n%\xb5\xb5\n", "binary"),
        "zip": ("archiv.txt", b"PK\x03\x04\x14\x00\x00\x00", "binary"),
        "undecodable": ("kaputt.txt", bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x01, 0x02]) * 30, "UTF-8"),
        "truncated-gz": ("seite.html.gz", gzip.compress(PAGE.encode() * 20)[:40], "truncated"),
        "bad-jsonl": ("feed.jsonl", b'{"text": "Anfang ohne Ende\n', "not valid JSON"),
    }
    out = {}
    for name, (filename, data, words) in cases.items():
        path = tmp_path / filename
        path.write_bytes(data)
        out[name] = (path, words)
    big = tmp_path / "riesig.txt"
    with open(big, "wb") as fh:
        fh.truncate(100 * 1024 * 1024)  # sparse 100 MB
    out["100-mb"] = (big, "bytes")
    out["missing"] = (tmp_path / "gibt-es-nicht.txt", "no such file")
    (tmp_path / "leer").mkdir()
    out["empty-dir"] = (tmp_path / "leer", "no files")
    return out


@pytest.mark.parametrize("case", ["empty", "whitespace", "png", "pdf", "zip", "undecodable", "truncated-gz",
                                  "bad-jsonl", "100-mb", "missing", "empty-dir"])
def test_each_bad_input_gives_one_clear_stderr_line(tmp_path, capsys, case):
    path, words = _bad_inputs(tmp_path)[case]
    assert main(["--db", str(tmp_path / "news.db"), "ingest", str(path)]) == 1
    captured = capsys.readouterr()
    [line] = _lines(captured.err)
    assert line.startswith(f"lagebild: error: {path}") and words in line
    assert "0 new, 0 already stored, 1 failed" in captured.out


def test_bad_inputs_are_recorded_as_failed(tmp_path, capsys):
    bad = _bad_inputs(tmp_path)
    db = str(tmp_path / "news.db")
    assert main(["--db", db, "ingest", *(str(path) for path, _ in bad.values())]) == 1
    assert len(_lines(capsys.readouterr().err)) == len(bad)
    from lagebild import open_store

    with open_store(db) as store:
        assert len(store.failures()) == len(bad)


def test_analyze_json_from_stdin(monkeypatch, capsys):
    _stdin(monkeypatch, PAGE.encode("utf-8"))
    assert main(["analyze", "-", "--json"]) == 0
    [line] = _lines(capsys.readouterr().out)
    article = json.loads(line)
    assert article["source"] == "<stdin>" and article["language"] == "de"
    assert "Haushalt" in article["text"]


def test_analyze_jsonl_from_stdin(monkeypatch, capsys):
    feed = "\n".join(json.dumps({"text": t, "published": "2019-04-26"}) for t in (GERMAN, ENGLISH))
    _stdin(monkeypatch, feed.encode("utf-8"))
    assert main(["analyze", "-", "--json"]) == 0
    articles = [json.loads(line) for line in _lines(capsys.readouterr().out)]
    assert [(a["source"], a["language"], a["published"]) for a in articles] == [
        ("<stdin>:1", "de", "2019-04-26"), ("<stdin>:2", "en", "2019-04-26")]


def test_show_accepts_an_id_prefix(tmp_path, pages, capsys):
    db = str(tmp_path / "news.db")
    main(["--db", db, "analyze", str(pages / "de.txt"), "--json"])
    article_id = json.loads(capsys.readouterr().out)["id"]
    main(["--db", db, "ingest", str(pages / "de.txt")])
    capsys.readouterr()
    assert main(["--db", db, "show", article_id[:8]]) == 0
    assert json.loads(capsys.readouterr().out)["id"] == article_id
    assert main(["--db", db, "show", "0000000000"]) == 1
    assert "no article" in capsys.readouterr().err


def test_a_file_that_is_no_database_exits_2(tmp_path, capsys):
    notes = tmp_path / "notes.db"
    notes.write_text("not a database " * 100)
    assert main(["--db", str(notes), "stats"]) == 2
    assert "not a database" in capsys.readouterr().err


def test_help_lists_examples(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert "examples:" in out
    for command in ("analyze", "ingest", "show", "stats"):
        assert f"lagebild --db news.db {command}" in out or f"lagebild {command}" in out


def test_installed_entry_point(tmp_path, pages):
    exe = Path(sys.executable).with_name("lagebild")
    if not exe.exists():
        exe = Path(shutil.which("lagebild") or "lagebild")
    db = str(tmp_path / "news.db")
    first = subprocess.run([str(exe), "--db", db, "ingest", str(pages), str(tmp_path / "fehlt.txt")],
                           capture_output=True, text=True, timeout=120)
    assert first.returncode == 1, first.stderr
    assert first.stdout.startswith("3 new, 0 already stored, 1 failed")
    assert _lines(first.stderr) == [f"lagebild: error: {tmp_path / 'fehlt.txt'}: no such file or directory [E001]"]
    piped = subprocess.run([str(exe), "analyze", "-", "--json"], input=GERMAN.encode("cp1252"),
                           capture_output=True, timeout=120)
    assert piped.returncode == 0, piped.stderr
    assert "unterstützen" in json.loads(piped.stdout)["text"]
