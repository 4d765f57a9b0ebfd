"""Scorer arithmetic on hand-built system outputs (no pipeline runs here)."""

from __future__ import annotations

import pytest

from lagebild.evaluate.entities import evaluate_entities, link_matches
from lagebild.evaluate.gold import GoldItem, GoldMention, locate
from lagebild.evaluate.report import format_report
from lagebild.evaluate.runner import run_evaluation
from lagebild.model import Actor, Article, Mention, Place

TEXT = "Russlands Präsident Wladimir Putin traf die Webseite Daily NK in Wladiwostok."


def gold_mention(text: str, type_: str, actor: str | None = None, place: str | None = None, *, occurrence=1):
    start, end = locate(TEXT, text, occurrence)
    return GoldMention(start, end, text, type_, actor, place)


GOLD = GoldItem(id="g1", kind="entities", lang="de", published="2019-04-26", text=TEXT, mentions=[
    gold_mention("Russlands", "GPE", "iso:RUS", "iso:RUS"),
    gold_mention("Wladimir Putin", "PER", "wd:Q7747"),
    gold_mention("Daily NK", "ORG", "name:Daily NK"),
    gold_mention("Wladiwostok", "GPE", None, "gn:2013348"),
])


def sys_mention(text: str, type_: str, actor: str | None = None, place: str | None = None, *, in_text=TEXT):
    start, end = locate(in_text, text)
    return Mention(start, end, text, type_, 0, actor, place)


def perfect_article(text: str = TEXT) -> Article:
    return Article(text=text, language="de", mentions=[
        sys_mention("Russlands", "GPE", "iso:RUS", "iso:RUS", in_text=text),
        sys_mention("Wladimir Putin", "PER", "wd:Q7747", in_text=text),
        sys_mention("Daily NK", "ORG", "kb:daily-nk", in_text=text),
        sys_mention("Wladiwostok", "GPE", None, "gn:2013348", in_text=text),
    ], actors=[Actor("iso:RUS", "Russia", "GPE"), Actor("wd:Q7747", "Vladimir Putin", "PER"),
               Actor("kb:daily-nk", "daily nk", "ORG")],
        places=[Place("iso:RUS", "Russia"), Place("gn:2013348", "Vladivostok")])


def score(article: Article, items=(GOLD,)):
    calls = []

    def analyze(text, *, published=None):
        calls.append((text, published))
        return article

    report = evaluate_entities(list(items), analyze)
    assert calls == [(item.text, item.published) for item in items]
    return report


def layer(report, name, lang=None):
    block = report["by_language"][lang] if lang else report["overall"]
    c = block[name]
    return c["tp"], c["fp"], c["fn"]


def test_perfect_output_scores_one_everywhere():
    report = score(perfect_article())
    for name, expected in (("mentions", (4, 0, 0)), ("actors", (3, 0, 0)), ("places", (2, 0, 0))):
        assert layer(report, name) == expected
        assert layer(report, name, "de") == expected
        assert report["overall"][name]["f1"] == 1.0
    assert report["errors"] == []
    assert report["items"] == 1 and report["items_by_language"] == {"de": 1}
    assert report["language_mismatch"] == []


def test_empty_output_scores_zero_recall():
    report = score(Article(text=TEXT, language="en"))
    assert layer(report, "mentions") == (0, 0, 4)
    assert layer(report, "actors") == (0, 0, 3)
    assert report["overall"]["mentions"]["precision"] == 0.0
    assert report["language_mismatch"] == ["g1"]
    assert sum(e["error"] == "missed" for e in report["errors"]) == 4


def test_partial_spurious_and_wrong_type():
    article = Article(text=TEXT, language="de", mentions=[
        sys_mention("Wladimir Putin", "PER", "wd:Q7747"),
        sys_mention("Russlands", "LOC"),             # right span, wrong type
        sys_mention("Präsident", "PER"),             # not in gold: spurious
    ], actors=[Actor("wd:Q7747", "Vladimir Putin", "PER")])
    report = score(article)
    assert layer(report, "mentions") == (1, 2, 3)
    m = report["overall"]["mentions"]
    assert m["precision"] == pytest.approx(1 / 3, abs=1e-4)
    assert m["recall"] == 0.25
    assert m["f1"] == pytest.approx(2 * (1 / 3) * 0.25 / (1 / 3 + 0.25), abs=1e-4)
    assert m["gold"] == 4 and m["system"] == 3
    kinds = {(e["text"], e["error"]) for e in report["errors"] if e["layer"] == "mentions"}
    assert kinds == {("Russlands", "wrong type"), ("Präsident", "spurious"), ("Daily NK", "missed"),
                     ("Wladiwostok", "missed")}
    assert layer(report, "actors") == (1, 0, 2)


def test_wrong_and_spurious_links():
    article = perfect_article()
    article.mentions[3] = sys_mention("Wladiwostok", "GPE", "iso:RUS", "gn:473247")  # the city Vladimir
    article.places.append(Place("gn:473247", "Vladimir"))
    report = score(article)
    assert layer(report, "mentions") == (4, 0, 0)
    assert layer(report, "places") == (1, 1, 1)
    assert layer(report, "actors") == (3, 1, 0)  # Wladiwostok has no actor in gold
    errors = {(e["layer"], e["error"]): e for e in report["errors"]}
    assert errors[("places", "wrong link")]["gold"] == "gn:2013348"
    assert errors[("places", "wrong link")]["system"] == "gn:473247 (Vladimir)"
    assert errors[("actors", "spurious link")]["text"] == "Wladiwostok"


def test_name_links_match_on_the_actor_name_not_the_id():
    article = perfect_article()
    article.actors[2] = Actor("kb:daily-nk", "Daily Korea News", "ORG")
    report = score(article)
    assert layer(report, "actors") == (2, 1, 1)
    assert link_matches("name:Daily NK", "kb:x", "DAILY NK")
    assert link_matches("name:Kim Yo-jong", None, "Kim Yo Jong")
    assert link_matches("name:Antonio Guterres", "wd:Q311440", "António Guterres")
    assert not link_matches("name:Daily NK", "name:Daily NK", None)
    assert not link_matches("wd:Q7747", "kb:putin", "Vladimir Putin")


def test_link_without_actor_entry_compares_ids():
    article = perfect_article()
    article.actors = []
    report = score(article)
    # ids still match for wd:/iso:, but a name: gold link needs the actor's name
    assert layer(report, "actors") == (2, 1, 1)


def test_per_language_counts_are_separate():
    english = GoldItem(id="g2", kind="entities", lang="en", published="2019-04-26", text=TEXT,
                       mentions=[gold_mention("Wladimir Putin", "PER", "wd:Q7747")])
    report = score(perfect_article(), items=(GOLD, english))
    assert layer(report, "mentions", "de") == (4, 0, 0)
    assert layer(report, "mentions", "en") == (1, 3, 0)
    assert layer(report, "mentions") == (5, 3, 0)
    assert report["items_by_language"] == {"de": 1, "en": 1}


def test_changed_text_is_aligned_back_to_gold_offsets():
    changed = "  " + TEXT.replace(" traf", "  traf")
    report = score(perfect_article(changed))
    assert layer(report, "mentions") == (4, 0, 0)
    assert layer(report, "places") == (2, 0, 0)


def test_run_evaluation_and_report_table(tmp_path):
    (tmp_path / "entities").mkdir()
    (tmp_path / "themes").mkdir()
    (tmp_path / "entities" / "a.toml").write_text(
        f'[[item]]\nid = "g1"\nlang = "de"\npublished = "2019-04-26"\ntext = "{TEXT}"\nmentions = [\n'
        '  { text = "Wladimir Putin", type = "PER", actor = "wd:Q7747" },\n]\n', encoding="utf-8")
    (tmp_path / "themes" / "q.toml").write_text(
        f'[[item]]\nid = "q1"\nlang = "de"\npublished = "2019-04-26"\ntext = "{TEXT}"\n', encoding="utf-8")
    report = run_evaluation(tmp_path, analyze_fn=lambda text, published=None: perfect_article())
    assert sorted(report["kinds"]) == ["entities"]
    assert "themes" in report["skipped"]
    assert layer(report["kinds"]["entities"], "mentions") == (1, 3, 0)
    table = format_report(report)
    assert "entities  all  mentions   0.250  1.000  0.400     1     3     0" in table
    assert "themes: skipped" in table
    assert "spurious" in table


def test_a_failing_item_counts_as_missed_and_is_reported():
    from lagebild.errors import NoArticleText

    def analyze(text, *, published=None):
        raise NoArticleText("<gold>", "no article body")

    report = evaluate_entities([GOLD], analyze)
    assert layer(report, "mentions") == (0, 0, 4)
    assert report["failed"] == [{"item": "g1", "error": "<gold>: no article body [E007]"}]
    assert "item g1 failed" in format_report({"kinds": {"entities": report}})


def test_mentions_by_type_and_error_counts():
    article = Article(text=TEXT, language="de", mentions=[
        sys_mention("Wladimir Putin", "PER", "wd:Q7747"),
        sys_mention("Russlands", "LOC"),
        sys_mention("Präsident", "PER"),
    ])
    report = score(article)
    by_type = {t: (c["tp"], c["fp"], c["fn"]) for t, c in report["mentions_by_type"].items()}
    assert by_type == {"GPE": (0, 0, 2), "LOC": (0, 1, 0), "ORG": (0, 0, 1), "PER": (1, 1, 0)}
    assert report["error_counts"]["mentions: missed"] == 2
    assert report["error_counts"]["actors: missed link"] == 2
