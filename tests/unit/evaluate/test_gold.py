"""The gold loader: offsets from text + occurrence, and loud errors naming file and line."""

from __future__ import annotations

import pytest

from lagebild.evaluate.gold import GoldFormatError, load_gold_dir, load_gold_file, locate

HEADER = 'kind = "entities"\n\n[[item]]\nid = "t1"\nlang = "de"\npublished = "2019-04-26"\n'


def write(tmp_path, body: str, *, name: str = "t.toml", header: str = HEADER):
    path = tmp_path / name
    path.write_text(header + body, encoding="utf-8")
    return path


def test_offsets_from_text_and_occurrence(tmp_path):
    path = write(tmp_path, 'text = "Wladimir Putin traf Kim. Putin lachte."\nmentions = [\n'
                           '  { text = "Wladimir Putin", type = "PER", actor = "wd:Q7747" },\n'
                           '  { text = "Putin", occurrence = 2, type = "PER", actor = "wd:Q7747" },\n'
                           '  { text = "Kim", type = "PER" },\n]\n')
    [item] = load_gold_file(path)
    assert item.kind == "entities" and item.lang == "de" and item.published == "2019-04-26"
    spans = [(m.text, m.start, m.end, m.actor) for m in item.mentions]
    assert spans == [("Wladimir Putin", 0, 14, "wd:Q7747"), ("Kim", 20, 23, None), ("Putin", 25, 30, "wd:Q7747")]
    for m in item.mentions:
        assert item.text[m.start:m.end] == m.text
    assert item.mentions[2].line == 10


def test_locate_is_whole_word():
    text = "US-Präsident Trump und die USA; Kimchi für Kim."
    assert locate(text, "US") == (0, 2)
    assert locate(text, "US", 2) is None  # not inside "USA"
    assert locate(text, "Kim") == (43, 46)
    assert locate(text, "Präsident") == (3, 12)


def test_mention_not_found_names_file_and_line(tmp_path):
    path = write(tmp_path, 'text = "Russland und China."\nmentions = [\n'
                           '  { text = "Russland", type = "GPE", actor = "iso:RUS" },\n'
                           '  { text = "Russlands", type = "GPE", actor = "iso:RUS" },\n]\n')
    with pytest.raises(GoldFormatError) as err:
        load_gold_file(path)
    assert f"{path}:10" in str(err.value)
    assert "'Russlands'" in str(err.value) and "not found" in str(err.value)
    assert err.value.code == "E300"


def test_occurrence_beyond_the_text_fails(tmp_path):
    path = write(tmp_path, 'text = "Putin sprach."\nmentions = [ { text = "Putin", occurrence = 2, type = "PER" } ]\n')
    with pytest.raises(GoldFormatError, match=r"occurrence 2\) not found .*1 occurrence"):
        load_gold_file(path)


@pytest.mark.parametrize("mention, message", [
    ('{ text = "Putin", type = "PER", actor = "Q7747" }', "actor 'Q7747' is not wd:Q"),
    ('{ text = "Putin", type = "PER", actor = "kb:putin" }', "actor 'kb:putin'"),
    ('{ text = "Putin", type = "PER", actor = "iso:RU" }', "actor 'iso:RU'"),
    ('{ text = "Putin", type = "GPE", place = "geonames:524901" }', "place 'geonames:524901'"),
    ('{ text = "Putin", type = "PERSON" }', "type 'PERSON' not one of"),
    ('{ text = "Putin" }', "type None not one of"),
    ('{ text = "Putin", type = "PER", occurrence = 0 }', "occurrence must be"),
    ('{ text = "Putin", type = "PER", link = "wd:Q7747" }', "unknown keys ['link']"),
])
def test_bad_mentions_are_refused(tmp_path, mention, message):
    path = write(tmp_path, f'text = "Putin sprach."\nmentions = [\n  {mention},\n]\n')
    with pytest.raises(GoldFormatError) as err:
        load_gold_file(path)
    assert message in str(err.value)
    assert f"{path}:9" in str(err.value)


@pytest.mark.parametrize("header, message", [
    (HEADER.replace('lang = "de"', 'lang = "fr"'), "lang 'fr'"),
    (HEADER.replace("2019-04-26", "26.04.2019"), "not a YYYY-MM-DD date"),
    (HEADER.replace('id = "t1"\n', ""), "lacks 'id'"),
])
def test_bad_items_are_refused(tmp_path, header, message):
    path = write(tmp_path, 'text = "Putin sprach."\nmentions = []\n', header=header)
    with pytest.raises(GoldFormatError, match=message) as err:
        load_gold_file(path)
    assert f"{path}:3" in str(err.value)


def test_overlapping_mentions_are_refused(tmp_path):
    path = write(tmp_path, 'text = "Wladimir Putin sprach."\nmentions = [\n'
                           '  { text = "Wladimir Putin", type = "PER" },\n  { text = "Putin", type = "PER" },\n]\n')
    with pytest.raises(GoldFormatError, match="overlaps"):
        load_gold_file(path)


def test_broken_toml_is_reported(tmp_path):
    path = write(tmp_path, 'text = "Putin sprach.\nmentions = []\n')
    with pytest.raises(GoldFormatError, match="not valid TOML"):
        load_gold_file(path)


def test_missing_mentions_list_is_refused(tmp_path):
    path = write(tmp_path, 'text = "Putin sprach."\n')
    with pytest.raises(GoldFormatError, match="'mentions' must be a list"):
        load_gold_file(path)


def test_directory_groups_kinds_and_refuses_duplicate_ids(tmp_path):
    (tmp_path / "entities").mkdir()
    (tmp_path / "events").mkdir()
    body = 'text = "Putin sprach."\nmentions = []\n'
    write(tmp_path / "entities", body, name="a.toml", header=HEADER.replace('kind = "entities"\n', ""))
    write(tmp_path / "events", 'text = "Putin sprach."\nevents = []\n', name="b.toml",
          header=HEADER.replace('kind = "entities"\n', ""))
    kinds = load_gold_dir(tmp_path)
    assert sorted(kinds) == ["entities", "events"]
    assert kinds["events"][0].data["events"] == []
    write(tmp_path / "entities", body, name="c.toml")
    with pytest.raises(GoldFormatError, match="already used"):
        load_gold_dir(tmp_path)


def test_empty_directory_is_an_error(tmp_path):
    with pytest.raises(GoldFormatError, match="no \\*.toml"):
        load_gold_dir(tmp_path)
    with pytest.raises(GoldFormatError, match="not found"):
        load_gold_dir(tmp_path / "missing")
