"""The committed event gold: every file loads, covers every CAMEO root and mode in both languages,
uses only codes and ids that exist, and scores 1.0 when the system returns exactly the gold."""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from lagebild.evaluate.entities import _fold
from lagebild.evaluate.events import (
    CAMEO_CODES,
    MODES,
    ROOTS,
    evaluate_events,
    gold_events,
    load_event_gold_file,
)
from lagebild.evaluate.gold import load_gold_dir
from lagebild.model import Actor, Article, Event, Span

GOLD = Path(__file__).resolve().parents[2] / "gold"
EVENT_FILES = sorted((GOLD / "events").glob("*.toml"))


@pytest.fixture(scope="module")
def parsed():
    return [(item, gold_events(item)) for item in load_gold_dir(GOLD)["events"]]


@pytest.mark.parametrize("path", EVENT_FILES, ids=lambda p: p.name)
def test_every_event_gold_file_loads(path):
    loaded = load_event_gold_file(path)
    assert loaded
    for item, events in loaded:
        assert item.kind == "events"
        for e in events:
            assert item.text[e.start:e.end] == e.trigger


def test_development_set_size(parsed):
    langs = Counter(item.lang for item, _ in parsed)
    assert langs["de"] >= 70 and langs["en"] >= 45
    quiet = Counter(item.lang for item, events in parsed if not events)
    assert quiet["de"] >= 5 and quiet["en"] >= 5


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_root_and_mode_in_each_language(parsed, lang):
    roots = {e.root for item, events in parsed if item.lang == lang for e in events}
    modes = Counter(e.mode for item, events in parsed if item.lang == lang for e in events)
    assert set(ROOTS) <= roots
    assert set(MODES) <= set(modes)
    assert modes["negated"] >= 5 and modes["reported"] >= 5 and modes["hypothetical"] >= 3
    assert sum(1 for item, events in parsed if item.lang == lang for e in events if e.date) >= 8


def test_cameo_list_equals_the_shared_code_file(shared):
    lines = (shared / "data" / "cameo" / "CAMEO.eventcodes.txt").read_text(encoding="utf-8").splitlines()
    codes = {line.split("\t")[0].strip() for line in lines if re.match(r"^[0-9]{2,4}\t", line)}
    assert codes == set(CAMEO_CODES)


def _ids(parsed, prefix: str) -> dict[str, str]:
    return {value[len(prefix):]: item.id for item, events in parsed for e in events
            for value in (e.source, e.target, e.attributed_to) if (value or "").startswith(prefix)}


def test_qids_occur_in_the_seed_files(parsed, shared):
    kb = shared / "data" / "kb"
    seed = "".join((kb / name).read_text(encoding="utf-8") for name in (
        "leaders_wikidata_2021_2022.csv", "leaders_current_2026_g20_asean.csv", "igo_seed_de_en.tsv",
        "igo_officeholders_wikidata.csv", "de_country_adjectives_candidates.tsv"))
    known = set(re.findall(r"\bQ[0-9]+\b", seed))
    assert not {qid: where for qid, where in _ids(parsed, "wd:").items() if qid not in known}


def test_iso_codes_exist(parsed, shared):
    with open(shared / "data" / "kb" / "de_country_adjectives_candidates.tsv", encoding="utf-8") as fh:
        known = {row["iso3"] for row in csv.DictReader(fh, delimiter="\t")}
    assert not {code: where for code, where in _ids(parsed, "iso:").items() if code not in known}


def test_name_ids_are_spelt_one_way(parsed):
    spellings = defaultdict(set)
    for _, events in parsed:
        for e in events:
            for value in (e.source, e.target, e.attributed_to):
                if value and value.startswith("name:"):
                    spellings[_fold(value[5:])].add(value)
    assert not {k: v for k, v in spellings.items() if len(v) > 1}


def test_no_gold_event_is_its_own_symmetric_twin(parsed):
    """Symmetric events are coded once per pair: the same pair, root and mode twice in one item is a slip."""
    for item, events in parsed:
        keys = Counter((frozenset((e.source, e.target)), e.root, e.mode, e.start) for e in events
                       if e.root in {"03", "04", "05", "06"})
        assert all(n == 1 for n in keys.values()), item.id


def test_gold_replayed_as_system_output_scores_one(parsed):
    """The scorer and the gold agree with each other: name: ids via actor names, dates, attribution."""
    by_text = {item.text: events for item, events in parsed}

    def actor(value):
        if value is None:
            return None, []
        if value.startswith("name:"):
            return "kb:" + value[5:].lower().replace(" ", "-"), [Actor("kb:" + value[5:].lower().replace(" ", "-"),
                                                                       value[5:], "ORG")]
        return value, [Actor(value, value, "GPE")]

    def analyze(text, *, published=None):
        events, actors = [], []
        for g in by_text[text]:
            (source, a1), (target, a2), (attributed, a3) = actor(g.source), actor(g.target), actor(g.attributed_to)
            actors += a1 + a2 + a3
            events.append(Event(source=source, target=target, cameo=g.cameo, mode=g.mode, sentence=0,
                                trigger=Span(g.start, g.end, g.trigger), date=g.date, attributed_to=attributed))
        lang = next(item.lang for item, _ in parsed if item.text == text)
        return Article(text=text, language=lang, actors=actors, events=events)

    report = evaluate_events([item for item, _ in parsed], analyze)
    assert report["overall"]["events"]["f1"] == 1.0, report["errors"][:5]
    assert report["accuracy"]["leaf code"]["accuracy"] == 1.0
    assert report["accuracy"]["date"]["accuracy"] == 1.0
