"""Quote gold loader and scorer arithmetic on hand-built system outputs; the committed quote gold loads."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from lagebild.evaluate.gold import GoldFormatError, GoldItem, load_gold_dir
from lagebild.evaluate.quotes import evaluate_quotes, gold_quotes, load_quote_gold_file, overlap
from lagebild.evaluate.report import format_report
from lagebild.evaluate.runner import SCORERS, run_evaluation
from lagebild.model import Actor, Article, Quote

GOLD_DIR = Path(__file__).resolve().parents[2] / "gold"
TEXT = ("„Wir lassen uns nicht erpressen“, sagte Scholz. "
        "Laut Daily NK drohe Nordkoreas Wirtschaft der Stillstand.")
DIRECT = "Wir lassen uns nicht erpressen"
INDIRECT = "drohe Nordkoreas Wirtschaft der Stillstand"
HEADER = 'kind = "quotes"\n\n[[item]]\nid = "q1"\nlang = "de"\npublished = "2023-06-16"\n'
ACTORS = [Actor("wd:Q61053", "Olaf Scholz", "PER"), Actor("kb:daily-nk", "Daily NK", "ORG")]


def item(quotes: list[dict], *, text: str = TEXT, lang: str = "de", id_: str = "q1") -> GoldItem:
    return GoldItem(id=id_, kind="quotes", lang=lang, published="2023-06-16", text=text, source="<test>:1",
                    data={"id": id_, "lang": lang, "published": "2023-06-16", "text": text, "quotes": quotes})


GOLD = item([
    {"speaker": "wd:Q61053", "kind": "direct", "text": DIRECT, "cue": "sagte"},
    {"speaker": "name:Daily NK", "kind": "indirect", "text": INDIRECT, "cue": "Laut"},
])


def quote(content: str, speaker, kind: str, *, cue=None, speaker_name=None, offsets=True) -> Quote:
    start = TEXT.index(content)
    return Quote(speaker=speaker, text=content, kind=kind, sentence=0, speaker_name=speaker_name,
                 start=start if offsets else None, end=start + len(content) if offsets else None, cue=cue)


def score(quotes: list[Quote], items=(GOLD,)):
    def analyze(text, *, published=None):
        return Article(text=text, language="de", actors=list(ACTORS), quotes=list(quotes))

    return evaluate_quotes(list(items), analyze)


def layer(report, name="quotes", lang=None):
    c = (report["by_language"][lang] if lang else report["overall"])[name]
    return c["tp"], c["fp"], c["fn"]


def test_perfect_quotes():
    report = score([quote(DIRECT, "wd:Q61053", "direct", cue="sagte"),
                    quote(INDIRECT, "kb:daily-nk", "indirect", cue="laut")])
    assert layer(report) == layer(report, "spans") == (2, 0, 0)
    assert report["accuracy"]["speaker"]["accuracy"] == 1.0
    assert report["accuracy"]["cue"] == {"accuracy": 1.0, "right": 2, "total": 2}
    assert report["errors"] == []


def test_half_overlap_is_enough_but_less_is_not():
    longer = "Wir lassen uns nicht erpressen“, sagte Scholz"  # 30 of 45 characters shared
    assert overlap((0, 30), (0, 45)) == pytest.approx(30 / 45)
    assert layer(score([quote(longer, "wd:Q61053", "direct")], [item([GOLD.data["quotes"][0]])])) == (1, 0, 0)
    short = "Wir lassen"
    report = score([quote(short, "wd:Q61053", "direct")], [item([GOLD.data["quotes"][0]])])
    assert layer(report) == (0, 1, 1) and layer(report, "spans") == (0, 1, 1)


def test_wrong_speaker_and_wrong_kind():
    report = score([quote(DIRECT, "kb:daily-nk", "direct"), quote(INDIRECT, "kb:daily-nk", "direct")])
    assert layer(report) == (0, 2, 2)
    assert layer(report, "spans") == (2, 0, 0)
    assert sorted(e["error"] for e in report["errors"]) == ["wrong kind", "wrong speaker"]
    assert report["accuracy"]["speaker"] == {"accuracy": 0.5, "right": 1, "total": 2}


def test_speaker_by_name_and_missing_offsets():
    report = score([quote(DIRECT, None, "direct", speaker_name="olaf scholz", offsets=False)],
                   [item([{"speaker": "name:Olaf Scholz", "kind": "direct", "text": DIRECT}])])
    assert layer(report) == (1, 0, 0)


def test_unknown_speaker_wants_none():
    gold = item([{"kind": "direct", "text": DIRECT}])
    assert layer(score([quote(DIRECT, None, "direct")], [gold])) == (1, 0, 0)
    assert layer(score([quote(DIRECT, "wd:Q61053", "direct")], [gold])) == (0, 1, 1)


def test_spurious_and_missed_per_language():
    english = item([{"speaker": "wd:Q61053", "kind": "direct", "text": "We will not be blackmailed"}],
                   text="\"We will not be blackmailed,\" Scholz said.", lang="en", id_="q2")

    def analyze(text, *, published=None):
        if text == TEXT:
            return Article(text=text, language="de", actors=list(ACTORS),
                           quotes=[quote(DIRECT, "wd:Q61053", "direct"), quote("sagte Scholz", None, "direct")])
        return Article(text=text, language="en")

    report = evaluate_quotes([GOLD, english], analyze)
    assert layer(report, lang="de") == (1, 1, 1) and layer(report, lang="en") == (0, 0, 1)
    assert layer(report) == (1, 1, 2)
    assert report["overall"]["quotes"]["precision"] == 0.5
    assert report["overall"]["quotes"]["recall"] == pytest.approx(1 / 3, abs=1e-4)


def test_registered_and_reported(tmp_path):
    (tmp_path / "quotes").mkdir()
    (tmp_path / "quotes" / "q.toml").write_text(
        HEADER + f'text = "{TEXT}"\nquotes = [\n  {{ speaker = "wd:Q61053", kind = "direct", text = "{DIRECT}" }},\n]\n',
        encoding="utf-8")
    report = run_evaluation(tmp_path, analyze_fn=lambda text, published=None: Article(text=text, language="de"))
    assert SCORERS["quotes"] is evaluate_quotes
    text = format_report(report)
    assert "quotes    all  quotes     0.000  0.000  0.000     0     0     1" in text
    assert "quotes: speaker accuracy n/a (0/0 of matched)" in text


# ---------------------------------------------------------------------------------------------- loader

def write(tmp_path, lines: str) -> Path:
    path = tmp_path / "q.toml"
    path.write_text(HEADER + f'text = "{TEXT}"\nquotes = [\n{lines}]\n', encoding="utf-8")
    return path


def load_error(path) -> str:
    with pytest.raises(GoldFormatError) as err:
        load_quote_gold_file(path)
    return str(err.value)


def test_loader_offsets(tmp_path):
    [(_, quotes)] = load_quote_gold_file(write(tmp_path, f'  {{ kind = "indirect", text = "{INDIRECT}" }},\n'))
    assert TEXT[quotes[0].start:quotes[0].end] == INDIRECT and quotes[0].speaker is None and quotes[0].line == 9


def test_loader_errors_name_file_and_line(tmp_path):
    good = f'  {{ speaker = "wd:Q61053", kind = "direct", text = "{DIRECT}" }},\n'
    message = load_error(write(tmp_path, good + '  { kind = "direct", text = "Wir lassen uns erpressen" }\n'))
    assert f"{tmp_path / 'q.toml'}:10" in message and "not found" in message
    assert "kind 'quoted'" in load_error(write(tmp_path, f'  {{ kind = "quoted", text = "{DIRECT}" }}\n'))
    assert "cue 'meinte'" in load_error(write(tmp_path, f'  {{ kind = "direct", text = "{DIRECT}", cue = "meinte" }}\n'))
    assert "speaker 'Scholz'" in load_error(write(tmp_path, f'  {{ speaker = "Scholz", kind = "direct", text = "{DIRECT}" }}\n'))


def test_gold_quotes_reads_item_data():
    assert [q.kind for q in gold_quotes(GOLD)] == ["direct", "indirect"]


# ---------------------------------------------------------------------------------------------- committed gold

@pytest.mark.parametrize("path", sorted((GOLD_DIR / "quotes").glob("*.toml")), ids=lambda p: p.name)
def test_every_quote_gold_file_loads(path):
    for gold_item, quotes in load_quote_gold_file(path):
        for q in quotes:
            assert gold_item.text[q.start:q.end] == q.text


def test_quote_set_covers_both_kinds_and_languages():
    parsed = [(i, gold_quotes(i)) for i in load_gold_dir(GOLD_DIR)["quotes"]]
    kinds = Counter((i.lang, q.kind) for i, quotes in parsed for q in quotes)
    assert all(kinds[(lang, kind)] >= 4 for lang in ("de", "en") for kind in ("direct", "indirect"))
    cues = {q.cue.casefold() for _, quotes in parsed for q in quotes if q.cue}
    assert {"laut", "zufolge", "according to"} <= cues
