"""JSON Lines feeds: one input per line, bad lines reported, the rest go on."""

from __future__ import annotations

import gzip
import json

from lagebild.errors import BinaryInput, EmptyInput, InputTooLarge, MalformedInput
from lagebild.ingest import iter_documents
from lagebild.model import RawDocument
from lagebild.settings import IngestSettings


def _run(path, **settings):
    return list(iter_documents([str(path)], settings=IngestSettings(**settings)))


def _lines(*records) -> bytes:
    return "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n"
                   for r in records).encode("utf-8")


def test_records_become_documents_named_by_line(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(_lines(
        {"text": "Berlin (dpa) - Eins.", "url": "https://example.org/1", "published": "2019-04-26",
         "title": "Eins"},
        "",
        {"html": "<html><body><p>Zwei</p></body></html>"},
    ))
    first, second = _run(feed)
    assert first == RawDocument(source=f"{feed}:1", content="Berlin (dpa) - Eins.", kind="text",
                                url="https://example.org/1", published="2019-04-26", title="Eins")
    assert second.source == f"{feed}:3" and second.kind == "html" and second.url is None


def test_a_bad_line_is_reported_and_the_rest_go_on(tmp_path):
    feed = tmp_path / "feed.ndjson"
    feed.write_bytes(_lines({"text": "eins"}, '{"text": "kaputt', [1, 2], {"title": "ohne Text"},
                            {"text": 5}, {"text": "   "}, {"text": "zwei", "published": 2019}, {"text": "drei"}))
    out = _run(feed)
    assert [type(x).__name__ for x in out] == ["RawDocument", "MalformedInput", "MalformedInput",
                                               "MalformedInput", "MalformedInput", "EmptyInput",
                                               "MalformedInput", "RawDocument"]
    assert [x.source for x in out] == [f"{feed}:{n}" for n in range(1, 9)]
    assert "not valid JSON" in out[1].reason
    assert "array" in out[2].reason
    assert "neither 'text' nor 'html'" in out[3].reason
    assert "'published'" in out[6].reason


def test_gzipped_feed(tmp_path):
    feed = tmp_path / "feed.jsonl.gz"
    feed.write_bytes(gzip.compress(_lines({"text": "eins"}, {"text": "zwei"})))
    assert [d.content for d in _run(feed)] == ["eins", "zwei"]


def test_truncated_gzipped_feed_keeps_the_lines_before_the_cut(tmp_path):
    feed = tmp_path / "feed.jsonl.gz"
    body = _lines(*({"text": f"Artikel {n} " + "x" * 200} for n in range(200)))
    packed = gzip.compress(body)
    feed.write_bytes(packed[: len(packed) // 2])
    out = _run(feed)
    assert isinstance(out[-1], MalformedInput) and out[-1].source == str(feed)
    assert "truncated" in out[-1].reason
    assert len(out) > 2 and all(isinstance(d, RawDocument) for d in out[:-1])


def test_empty_feed_is_one_error(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(b"\n \n")
    [error] = _run(feed)
    assert isinstance(error, EmptyInput) and error.source == str(feed)


def test_binary_feed_is_one_error(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)
    [error] = _run(feed)
    assert isinstance(error, BinaryInput)


def test_size_limit_applies_per_line(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(_lines({"text": "kurz"}, {"text": "lang " * 100}, {"text": "auch kurz"}))
    out = _run(feed, max_bytes=60)
    assert isinstance(out[1], InputTooLarge) and out[1].source == f"{feed}:2"
    assert [d.content for d in (out[0], out[2])] == ["kurz", "auch kurz"]
    assert out[2].source == f"{feed}:3"


def test_feed_through_a_named_pipe(tmp_path):
    import os
    import threading

    pipe = tmp_path / "feed.jsonl"
    os.mkfifo(pipe)
    writer = threading.Thread(target=pipe.write_bytes, args=(_lines({"text": "eins"}, {"text": "zwei"}),))
    writer.start()
    out = _run(pipe)
    writer.join()
    assert [d.content for d in out] == ["eins", "zwei"]
