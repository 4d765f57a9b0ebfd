"""Event gold loader errors and scorer arithmetic on hand-built system outputs (no pipeline runs here)."""

from __future__ import annotations

import pytest

from lagebild.evaluate.events import evaluate_events, gold_events, load_event_gold_file, valid_date
from lagebild.evaluate.gold import GoldFormatError, GoldItem, locate
from lagebild.evaluate.report import format_report
from lagebild.evaluate.runner import SCORERS, run_evaluation
from lagebild.model import Actor, Article, Event, Span

TEXT = ("Putin traf Kim Jong Un in Wladiwostok. Eine gemeinsame Erklärung gab es nicht. "
        "Laut Daily NK hat Nordkorea am Mittwoch Raketen abgefeuert.")
HEADER = 'kind = "events"\n\n[[item]]\nid = "t1"\nlang = "de"\npublished = "2019-04-26"\n'


def item(events: list[dict], *, text: str = TEXT, lang: str = "de", id_: str = "g1") -> GoldItem:
    return GoldItem(id=id_, kind="events", lang=lang, published="2019-04-26", text=text,
                    source="<test>:1", data={"id": id_, "lang": lang, "published": "2019-04-26",
                                             "text": text, "events": events})


GOLD = item([
    {"trigger": "traf", "source": "wd:Q7747", "target": "wd:Q56226", "cameo": "043", "mode": "asserted"},
    {"trigger": "gemeinsame Erklärung", "source": "iso:RUS", "target": "iso:PRK", "cameo": "057",
     "mode": "negated"},
    {"trigger": "abgefeuert", "source": "iso:PRK", "cameo": "150", "mode": "reported",
     "attributed_to": "name:Daily NK", "date": "2019-04-24"},
])

ACTORS = [Actor("wd:Q7747", "Vladimir Putin", "PER"), Actor("wd:Q56226", "Kim Jong Un", "PER"),
          Actor("iso:RUS", "Russia", "GPE"), Actor("iso:PRK", "North Korea", "GPE"),
          Actor("kb:daily-nk", "Daily NK", "ORG")]


def event(trigger: str, source, target, cameo: str, mode: str, *, text: str = TEXT, **extra) -> Event:
    start, end = locate(text, trigger)
    return Event(source=source, target=target, cameo=cameo, mode=mode, sentence=0,
                 trigger=Span(start, end, trigger), **extra)


def perfect() -> list[Event]:
    return [event("traf", "wd:Q7747", "wd:Q56226", "043", "asserted"),
            event("gemeinsame Erklärung", "iso:RUS", "iso:PRK", "057", "negated"),
            event("abgefeuert", "iso:PRK", None, "150", "reported", attributed_to="kb:daily-nk",
                  date="2019-04-24")]


def score(events: list[Event], items=(GOLD,), *, language: str = "de"):
    def analyze(text, *, published=None):
        return Article(text=text, language=language, actors=list(ACTORS), events=list(events))

    return evaluate_events(list(items), analyze)


def counts(report, block="overall"):
    c = report[block]["events"] if block == "overall" else report["by_language"][block]["events"]
    return c["tp"], c["fp"], c["fn"]


def test_perfect_system_scores_one():
    report = score(perfect())
    assert counts(report) == (3, 0, 0)
    assert report["overall"]["events"]["f1"] == 1.0
    assert report["accuracy"]["leaf code"] == {"accuracy": 1.0, "right": 3, "total": 3}
    assert report["accuracy"]["date"] == {"accuracy": 1.0, "right": 1, "total": 1}
    assert report["accuracy"]["attributed_to"] == {"accuracy": 1.0, "right": 1, "total": 1}
    assert report["errors"] == []
    assert set(report["by_root"]) == {"04", "05", "15"}
    assert report["by_mode"]["negated"]["tp"] == 1


def test_symmetric_meeting_matches_in_either_direction_and_once_per_pair():
    swapped = [event("traf", "wd:Q56226", "wd:Q7747", "040", "asserted")]
    report = score(swapped, [item([GOLD.data["events"][0]])])
    assert counts(report) == (1, 0, 0)
    assert report["accuracy"]["leaf code"] == {"accuracy": 0.0, "right": 0, "total": 1}
    assert report["error_counts"] == {"events: wrong leaf": 1}
    both = [event("traf", "wd:Q7747", "wd:Q56226", "043", "asserted"),
            event("traf", "wd:Q56226", "wd:Q7747", "043", "asserted")]
    report = score(both, [item([GOLD.data["events"][0]])])
    assert counts(report) == (1, 0, 0)
    assert report["symmetric_duplicates"] == 1
    wrong_mode_twice = [event("traf", "wd:Q7747", "wd:Q56226", "043", "future"),
                        event("traf", "wd:Q56226", "wd:Q7747", "043", "future")]
    report = score(wrong_mode_twice, [item([GOLD.data["events"][0]])])
    assert counts(report) == (0, 1, 1) and report["symmetric_duplicates"] == 1


def test_directed_root_does_not_match_swapped():
    gold = item([{"trigger": "abgefeuert", "source": "iso:PRK", "target": "iso:RUS", "cameo": "195",
                  "mode": "asserted"}])
    report = score([event("abgefeuert", "iso:RUS", "iso:PRK", "195", "asserted")], [gold])
    assert counts(report) == (0, 1, 1)
    assert report["errors"][0]["error"] == "wrong actors"


def test_wrong_mode_costs_a_false_positive_and_a_miss():
    events = perfect()
    events[1] = event("gemeinsame Erklärung", "iso:RUS", "iso:PRK", "057", "asserted")
    report = score(events)
    assert counts(report) == (2, 1, 1)
    [error] = report["errors"]
    assert error["error"] == "wrong mode" and error["text"] == "gemeinsame Erklärung"
    triggers = report["overall"]["triggers"]
    assert (triggers["tp"], triggers["fp"], triggers["fn"]) == (3, 0, 0)  # found, only the mode is wrong
    assert "negated" in error["gold"] and "asserted" in error["system"]
    assert report["by_mode"]["negated"]["fn"] == 1 and report["by_mode"]["asserted"]["fp"] == 1


def test_wrong_root_is_charged_to_both_roots():
    events = perfect()
    events[0] = event("traf", "wd:Q7747", "wd:Q56226", "036", "asserted")
    report = score(events)
    assert counts(report) == (2, 1, 1)
    assert report["errors"][0]["error"] == "wrong root"
    assert report["overall"]["triggers"]["tp"] == 2 and report["overall"]["triggers"]["fp"] == 1
    assert report["by_root"]["04"]["fn"] == 1 and report["by_root"]["03"]["fp"] == 1


def test_spurious_event_and_missed_event():
    events = perfect()[:2] + [event("Wladiwostok", "iso:RUS", None, "190", "asserted")]
    report = score(events)
    assert counts(report) == (2, 1, 1)
    assert sorted(e["error"] for e in report["errors"]) == ["missed", "spurious"]
    assert report["by_root"]["19"] == {**report["by_root"]["19"], "fp": 1, "tp": 0}


def test_same_act_on_another_trigger_is_wrong_actors_not_missed_and_spurious():
    gold = item([{"trigger": "abgefeuert", "source": "iso:PRK", "target": "iso:KOR", "cameo": "190",
                  "mode": "asserted"}])
    report = score([event("Raketen", "iso:PRK", None, "195", "asserted")], [gold])
    assert counts(report) == (0, 1, 1)
    assert [e["error"] for e in report["errors"]] == ["wrong actors"]


def test_no_event_item_counts_only_false_positives():
    quiet = item([], text="Bayern gewann mit 3:1.", id_="none")
    report = score([event("gewann", None, None, "190", "asserted", text="Bayern gewann mit 3:1.")], [quiet])
    assert counts(report) == (0, 1, 0)
    assert report["overall"]["events"]["precision"] == 0.0


def test_name_ids_compare_with_actor_names_and_surface_names():
    gold = item([{"trigger": "abgefeuert", "source": "name:Daily NK", "target": "iso:PRK", "cameo": "111",
                  "mode": "asserted"}])
    by_actor = score([event("abgefeuert", "kb:daily-nk", "iso:PRK", "111", "asserted")], [gold])
    by_surface = score([event("abgefeuert", None, "iso:PRK", "112", "asserted", source_name="daily-nk")],
                       [gold])
    wrong_id = score([event("abgefeuert", "wd:Q7747", "iso:PRK", "111", "asserted")], [gold])
    assert counts(by_actor) == counts(by_surface) == (1, 0, 0)
    assert counts(wrong_id) == (0, 1, 1)


def test_unknown_gold_actor_wants_no_id():
    gold = item([{"trigger": "abgefeuert", "target": "iso:PRK", "cameo": "190", "mode": "asserted"}])
    assert counts(score([event("abgefeuert", None, "iso:PRK", "190", "asserted")], [gold])) == (1, 0, 0)
    assert counts(score([event("abgefeuert", "iso:RUS", "iso:PRK", "190", "asserted")], [gold])) == (0, 1, 1)


def test_wrong_date_and_attribution_are_accuracy_not_matching():
    events = perfect()
    events[2] = event("abgefeuert", "iso:PRK", None, "150", "reported", attributed_to="iso:KOR",
                      date="2019-04-26")
    report = score(events)
    assert counts(report) == (3, 0, 0)
    assert report["accuracy"]["date"]["accuracy"] == 0.0
    assert report["accuracy"]["attributed_to"]["accuracy"] == 0.0
    assert sorted(report["error_counts"]) == ["events: wrong attribution", "events: wrong date"]
    by_error = {e["error"]: e for e in report["errors"]}
    assert by_error["wrong date"]["gold"].endswith("date=2019-04-24")
    assert by_error["wrong date"]["system"].endswith("date=2019-04-26")
    assert by_error["wrong attribution"]["system"].endswith("attributed_to=iso:KOR")


def test_per_language_and_arithmetic():
    english = item([{"trigger": "met", "source": "wd:Q7747", "target": "wd:Q56226", "cameo": "040",
                     "mode": "asserted"}], text="Putin met Kim.", lang="en", id_="e1")

    def analyze(text, *, published=None):
        if text == TEXT:
            return Article(text=text, language="de", actors=list(ACTORS), events=perfect()[:2])
        return Article(text=text, language="en", actors=list(ACTORS), events=[])

    report = evaluate_events([GOLD, english], analyze)
    assert counts(report, "de") == (2, 0, 1) and counts(report, "en") == (0, 0, 1)
    overall = report["overall"]["events"]
    assert (overall["tp"], overall["fp"], overall["fn"]) == (2, 0, 2)
    assert overall["precision"] == 1.0 and overall["recall"] == 0.5 and overall["f1"] == pytest.approx(0.6667)
    assert report["items_by_language"] == {"de": 1, "en": 1}


def test_report_shows_events(tmp_path):
    (tmp_path / "events").mkdir()
    (tmp_path / "events" / "t.toml").write_text(
        HEADER + 'text = "Putin traf Kim Jong Un."\nevents = [\n'
        '  { trigger = "traf", source = "wd:Q7747", target = "wd:Q56226", cameo = "040", mode = "asserted" },\n]\n',
        encoding="utf-8")

    def analyze(text, *, published=None):
        return Article(text=text, language="de", actors=list(ACTORS),
                       events=[event("traf", "wd:Q7747", "wd:Q56226", "042", "asserted", text=text)])

    report = run_evaluation(tmp_path, analyze_fn=analyze)
    assert "events" in report["kinds"] and SCORERS["events"] is evaluate_events
    text = format_report(report)
    assert "events    all  events     1.000  1.000  1.000" in text
    assert "events    root 04" in text and "events    asserted" in text
    assert "leaf code accuracy 0.000 (0/1 of matched)" in text


# ---------------------------------------------------------------------------------------------- loader

def write(tmp_path, events_lines: str, *, text: str = "Putin traf Kim Jong Un.") -> str:
    path = tmp_path / "t.toml"
    path.write_text(HEADER + f'text = "{text}"\nevents = [\n{events_lines}]\n', encoding="utf-8")
    return path


def load_error(path) -> str:
    with pytest.raises(GoldFormatError) as err:
        load_event_gold_file(path)
    assert err.value.code == "E300"
    return str(err.value)


def test_loader_offsets_and_lines(tmp_path):
    path = write(tmp_path, '  { trigger = "traf", source = "wd:Q7747", cameo = "040", mode = "asserted" },\n'
                           '  { trigger = "Kim", occurrence = 1, cameo = "04", mode = "future", date = "2019-04-15" },\n')
    [(gold_item, events)] = load_event_gold_file(path)
    assert [(e.trigger, e.start, e.end, e.line) for e in events] == [("traf", 6, 10, 9), ("Kim", 11, 14, 10)]
    assert events[0].target is None and events[1].root == "04" and events[1].date == "2019-04-15"


def test_loader_trigger_not_found_names_file_and_line(tmp_path):
    path = write(tmp_path, '  { trigger = "traf", cameo = "040", mode = "asserted" },\n'
                           '  { trigger = "getroffen", cameo = "040", mode = "asserted" },\n')
    message = load_error(path)
    assert f"{path}:10" in message and "'getroffen'" in message and "not found" in message


@pytest.mark.parametrize("cameo", ["059", "0", "21", "1901", "abc", "04a", "00"])
def test_loader_bad_cameo(tmp_path, cameo):
    path = write(tmp_path, f'  {{ trigger = "traf", cameo = "{cameo}", mode = "asserted" }},\n')
    message = load_error(path)
    assert f"{path}:9" in message and "not a CAMEO code" in message


def test_loader_cameo_must_be_a_string(tmp_path):
    assert "not a CAMEO code" in load_error(write(tmp_path, '  { trigger = "traf", cameo = 43, mode = "asserted" },\n'))


@pytest.mark.parametrize("mode", ["claimed", "Asserted", ""])
def test_loader_bad_mode(tmp_path, mode):
    message = load_error(write(tmp_path, f'  {{ trigger = "traf", cameo = "040", mode = "{mode}" }},\n'))
    assert "mode" in message and "not one of" in message


def test_loader_bad_ids_dates_and_keys(tmp_path):
    assert "source 'Q7747'" in load_error(write(
        tmp_path, '  { trigger = "traf", source = "Q7747", cameo = "040", mode = "asserted" },\n'))
    assert "date '2019-02-30'" in load_error(write(
        tmp_path, '  { trigger = "traf", cameo = "040", mode = "asserted", date = "2019-02-30" },\n'))
    assert "unknown keys ['actor']" in load_error(write(
        tmp_path, '  { trigger = "traf", actor = "iso:RUS", cameo = "040", mode = "asserted" },\n'))
    path = tmp_path / "t.toml"
    path.write_text(HEADER + 'text = "Putin traf Kim."\n', encoding="utf-8")
    assert "'events' must be a list" in load_error(path)


def test_valid_dates():
    assert all(valid_date(d) for d in ("2019-04-25", "2025-01", "2018", "2024-02-29"))
    assert not any(valid_date(d) for d in ("2019-13", "2019-04-31", "2024-W02", "25.04.2019", 2019, None,
                                           "2023-02-29", "2019-4-25"))


def test_gold_events_reads_item_data():
    events = gold_events(GOLD)
    assert [e.cameo for e in events] == ["043", "057", "150"]
    assert events[2].attributed_to == "name:Daily NK" and events[2].source == "iso:PRK"
