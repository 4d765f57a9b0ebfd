"""Files, directories and stdin: each input one document or one error, lazily, never raising."""

from __future__ import annotations

import gzip
import io
import os
import sys

import pytest

from lagebild.errors import (
    BinaryInput,
    EmptyInput,
    InputNotFound,
    InputTooLarge,
    MalformedInput,
    UndecodableInput,
    UnreadableInput,
    UnsupportedFormat,
)
from lagebild.ingest import expand_paths, iter_documents
from lagebild.model import RawDocument
from lagebild.settings import IngestSettings

PAGE = "<!DOCTYPE html><html><head><title>T</title></head><body><p>Text</p></body></html>"


def _run(*paths, **settings):
    return list(iter_documents([str(p) for p in paths], settings=IngestSettings(**settings)))


def test_page_text_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Berlin (dpa) - Die Regierung tagt.", encoding="utf-8")
    assert _run(path) == [RawDocument(source=str(path), content="Berlin (dpa) - Die Regierung tagt.",
                                      kind="text")]


@pytest.mark.parametrize("name", ["a.txt", "a", "a.md"])
def test_html_saved_under_another_name_is_sniffed(tmp_path, name):
    path = tmp_path / name
    path.write_text(PAGE, encoding="utf-8")
    [doc] = _run(path)
    assert doc.kind == "html"


@pytest.mark.parametrize("name", ["a.html", "a.HTM", "a.html.gz", "a.htm.gz"])
def test_html_files(tmp_path, name):
    path = tmp_path / name
    data = "<p>Ein Fragment ohne Kopf</p>".encode()
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    [doc] = _run(path)
    assert (doc.kind, doc.content) == ("html", "<p>Ein Fragment ohne Kopf</p>")


def test_truncated_html_is_passed_on_to_extraction(tmp_path):
    path = tmp_path / "cut.html"
    path.write_text(PAGE[:40], encoding="utf-8")
    [doc] = _run(path)
    assert doc.kind == "html"


def test_truncated_gzip_is_malformed(tmp_path):
    path = tmp_path / "a.html.gz"
    path.write_bytes(gzip.compress(PAGE.encode() * 50)[:30])
    [error] = _run(path)
    assert isinstance(error, MalformedInput) and error.source == str(path)
    assert "truncated" in error.reason


def test_gzip_expanding_past_the_limit_is_too_large(tmp_path):
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a" * 10_000))
    [error] = _run(path, max_bytes=1000)
    assert isinstance(error, InputTooLarge)


def test_directory_is_walked_sorted_skipping_hidden(tmp_path):
    for rel in ["b.txt", "a/z.txt", "a/c.html", ".git/config", "a/.secret.txt", "c.txt"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(f"Inhalt von {rel}", encoding="utf-8")
    expected = [str(tmp_path / rel) for rel in ["a/c.html", "a/z.txt", "b.txt", "c.txt"]]
    assert expand_paths([str(tmp_path)]) == expected
    assert [d.source for d in _run(tmp_path)] == expected


@pytest.mark.parametrize("hidden", [None, ".only-hidden.txt"])
def test_directory_without_usable_files_says_so(tmp_path, hidden):
    folder = tmp_path / "leer"
    folder.mkdir()
    if hidden:
        (folder / hidden).write_text("x")
    [error] = _run(folder)
    assert isinstance(error, EmptyInput) and error.source == str(folder)
    assert "no files" in error.reason


def test_missing_path_is_reported_and_the_rest_go_on(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text("Text", encoding="utf-8")
    missing = tmp_path / "fehlt.txt"
    out = _run(missing, good)
    assert isinstance(out[0], InputNotFound) and out[0].source == str(missing)
    assert out[1].source == str(good)
    assert expand_paths([str(missing), str(good)]) == [str(missing), str(good)]


@pytest.mark.parametrize("data, error", [
    (b"", EmptyInput),
    (b" \n\t\r\n  ", EmptyInput),
    ("  \n".encode("utf-16"), EmptyInput),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryInput),
    (b"%PDF-1.4\n", BinaryInput),
    (b"PK\x03\x04\x14\x00\x06\x00", BinaryInput),
    (b"ELF?\x00\x00\x01\x02\x00\x00\x00", BinaryInput),
    (bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x01, 0x02, 0x03]) * 20, UndecodableInput),
], ids=["empty", "whitespace", "utf16-whitespace", "png", "pdf", "zip", "nul", "undecodable"])
def test_bad_files_give_one_error_naming_the_input(tmp_path, data, error):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    [result] = _run(path)
    assert isinstance(result, error) and result.source == str(path)
    assert str(path) in str(result) and result.reason in str(result)


def test_100_mb_file_is_refused_from_its_size_without_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:
        fh.truncate(100 * 1024 * 1024)  # sparse: takes no disk space
    monkeypatch.setattr("lagebild.ingest.files.open", lambda *a: pytest.fail("read a file over the limit"),
                        raising=False)
    [error] = _run(path)
    assert isinstance(error, InputTooLarge) and error.source == str(path)
    assert "104857600 bytes" in error.reason


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can read everything")
def test_permission_denied(tmp_path):
    path = tmp_path / "geheim.txt"
    path.write_text("Text")
    path.chmod(0)
    [error] = _run(path)
    assert isinstance(error, UnreadableInput) and error.reason == "permission denied"


def test_permission_denied_on_read(tmp_path, monkeypatch):
    path = tmp_path / "geheim.txt"
    path.write_text("Text")

    def refuse(file, *args):
        raise PermissionError(13, "Permission denied", str(file))

    monkeypatch.setattr("lagebild.ingest.files.open", refuse, raising=False)
    [error] = _run(path)
    assert isinstance(error, UnreadableInput) and error.source == str(path)
    assert error.reason == "permission denied"


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_device_is_refused_without_reading_forever():
    [error] = _run("/dev/zero")
    assert isinstance(error, UnsupportedFormat) and error.source == "/dev/zero"


def test_named_pipe_is_read(tmp_path):
    import threading

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    writer = threading.Thread(target=pipe.write_text, args=("Text aus der Pipe",))
    writer.start()
    [doc] = _run(pipe)
    writer.join()
    assert doc.content == "Text aus der Pipe"


def test_unreadable_subdirectory_is_reported(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("Text")
    (tmp_path / "zu").mkdir()
    real_scandir = os.scandir

    def scandir(path):
        if str(path).endswith("zu"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    out = _run(tmp_path)
    assert out[0].source == str(tmp_path / "a.txt")
    assert isinstance(out[1], UnreadableInput) and out[1].source == str(tmp_path / "zu")


def test_inputs_are_read_one_at_a_time(tmp_path):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("eins")
    second.write_text("zwei")
    documents = iter_documents([str(first), str(second)], settings=IngestSettings())
    assert next(documents).content == "eins"
    second.write_text("später geändert")
    assert next(documents).content == "später geändert"


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


@pytest.mark.parametrize("data, kinds", [
    (PAGE.encode(), ["html"]),
    ("Berlin (dpa) - Text über Bürger.".encode("cp1252"), ["text"]),
    (b'{"text": "eins"}\n{"html": "<p>zwei</p>"}\n', ["text", "html"]),
    (gzip.compress(PAGE.encode()), ["html"]),
])
def test_stdin_is_sniffed(monkeypatch, data, kinds):
    monkeypatch.setattr(sys, "stdin", _Stdin(data))
    out = list(iter_documents(["-"], settings=IngestSettings()))
    assert [d.kind for d in out] == kinds
    assert out[0].source.startswith("<stdin>")


def test_stdin_errors(monkeypatch):
    monkeypatch.setattr(sys, "stdin", _Stdin(b""))
    [error] = iter_documents(["-"], settings=IngestSettings())
    assert isinstance(error, EmptyInput) and error.source == "<stdin>"
    monkeypatch.setattr(sys, "stdin", _Stdin(b"x" * 101))
    [error] = iter_documents(["-"], settings=IngestSettings(max_bytes=100))
    assert isinstance(error, InputTooLarge) and error.source == "<stdin>"


def test_gzip_is_recognised_by_content(tmp_path):
    path = tmp_path / "seite.txt"
    path.write_bytes(gzip.compress(PAGE.encode("utf-8")))
    [doc] = _run(path)
    assert (doc.kind, doc.content) == ("html", PAGE)
