"""Hand-built articles for the event coder's tests and pattern examples, without running the linker.

:func:`sample_article` segments a text with the real segmenter (cheap and
stable) and then marks the names of a small fixed table as mentions with
actors, so a pattern's ``example`` can be coded exactly as an analysed article
would be. Names not in the table can be passed as ``unknown`` (actor id None).

Example: ``sample_article("Putin traf Kim.", "de")`` → mentions "Putin"
(PER, wd:Q7747) and "Kim" (PER, wd:Q56226) in sentence 0, two actors.
"""

from __future__ import annotations

import re

from ..language.segment import segment_sentences
from ..model import Actor, Article, Mention
from ..settings import Settings

# surface form → (id, type, canonical name, country); lower-case forms are nationality adjectives (MISC).
_COUNTRIES = {
    "iso:RUS": ("Russia", "RUS", "Russland Russlands Russia Russia's Moskau Moscow Kreml Kremlin",
                "russische russischen russischer russisches Russian"),
    "iso:PRK": ("North Korea", "PRK", "Nordkorea Nordkoreas North_Korea North_Korea's Pjöngjang Pyongyang",
                "nordkoreanische nordkoreanischen nordkoreanischer North_Korean"),
    "iso:KOR": ("South Korea", "KOR", "Südkorea Südkoreas South_Korea Seoul", "südkoreanische südkoreanischen"),
    "iso:USA": ("United States", "USA", "USA US United_States Washington Vereinigten_Staaten",
                "amerikanische amerikanischen US-amerikanische American"),
    "iso:CHN": ("China", "CHN", "China Chinas China's Peking Beijing", "chinesische chinesischen Chinese"),
    "iso:UKR": ("Ukraine", "UKR", "Ukraine Kiew Kyiv", "ukrainische ukrainischen ukrainischer Ukrainian"),
    "iso:IRN": ("Iran", "IRN", "Iran Irans Iran's Teheran Tehran", "iranische iranischen Iranian"),
    "iso:ISR": ("Israel", "ISR", "Israel Israels Israel's", "israelische israelischen israelischer Israeli"),
    "iso:DEU": ("Germany", "DEU", "Deutschland Deutschlands Germany Berlin", "deutsche deutschen German"),
    "iso:FRA": ("France", "FRA", "Frankreich Frankreichs France Paris", "französische französischen French"),
    "iso:TUR": ("Turkey", "TUR", "Türkei Turkey Ankara", "türkische türkischen Turkish"),
    "iso:JPN": ("Japan", "JPN", "Japan Japans Tokio Tokyo", "japanische japanischen Japanese"),
    "iso:SYR": ("Syria", "SYR", "Syrien Syriens Syria Damaskus Damascus", "syrische syrischen Syrian"),
    "iso:POL": ("Poland", "POL", "Polen Polens Poland Warschau Warsaw", "polnische polnischen Polish"),
}
_OTHERS = {
    "wd:Q7747": ("Vladimir Putin", "PER", "RUS", "Wladimir_Putin Vladimir_Putin Putin Putins Putin's"),
    "wd:Q56226": ("Kim Jong Un", "PER", "PRK", "Kim_Jong_Un Kim Kims"),
    "wd:Q22686": ("Donald Trump", "PER", "USA", "Donald_Trump Trump Trumps"),
    "wd:Q6279": ("Joe Biden", "PER", "USA", "Joe_Biden Biden Bidens"),
    "wd:Q567": ("Angela Merkel", "PER", "DEU", "Angela_Merkel Merkel"),
    "wd:Q3874799": ("Volodymyr Zelenskyy", "PER", "UKR", "Selenskyj Zelensky Selenskyjs"),
    "wd:Q3052772": ("Emmanuel Macron", "PER", "FRA", "Emmanuel_Macron Macron"),
    "wd:Q15031": ("Xi Jinping", "PER", "CHN", "Xi_Jinping Xi"),
    "wd:Q39259": ("Recep Tayyip Erdoğan", "PER", "TUR", "Erdogan Erdoğan"),
    "wd:Q458": ("European Union", "ORG", None, "EU Europäische_Union European_Union Brüssel Brussels"),
    "wd:Q1065": ("United Nations", "ORG", None, "UN UNO Vereinten_Nationen United_Nations"),
    "wd:Q7184": ("NATO", "ORG", None, "NATO Nato"),
    "wd:Q38799": ("Hamas", "ORG", None, "Hamas"),
    "wd:Q7191": ("International Atomic Energy Agency", "ORG", None, "IAEA IAEO"),
}


def _table() -> dict[str, tuple[str, str, str, str | None]]:
    table: dict[str, tuple[str, str, str, str | None]] = {}
    for actor_id, (name, country, names, adjectives) in _COUNTRIES.items():
        for surface in names.split():
            table[surface.replace("_", " ")] = (actor_id, "GPE", name, country)
        for surface in adjectives.split():
            table[surface.replace("_", " ")] = (actor_id, "MISC", name, country)
    for actor_id, (name, kind, country, names) in _OTHERS.items():
        for surface in names.split():
            table[surface.replace("_", " ")] = (actor_id, kind, name, country)
    return table


NAMES = _table()


def sample_article(text: str, language: str, *, unknown: tuple[str, ...] = ()) -> Article:
    """Segmented article with mentions and actors for every table name (and ``unknown`` name) in ``text``."""
    article = segment_sentences(Article(text=text, language=language), Settings())
    surfaces = sorted([*NAMES, *unknown], key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(s) for s in surfaces) + r")(?![\w])")
    actors: dict[str, Actor] = {}
    for match in pattern.finditer(text):
        surface = match.group(0)
        sentence = next((n for n, s in enumerate(article.sentences) if s.start <= match.start() < s.end), None)
        if sentence is None:
            continue
        if surface in NAMES:
            actor_id, kind, name, country = NAMES[surface]
            actors.setdefault(actor_id, Actor(actor_id, name, "GPE" if kind == "MISC" else kind, country))
        else:
            actor_id, kind = None, "PER"
        article.mentions.append(Mention(match.start(), match.end(), surface, kind, sentence, actor=actor_id))
    article.actors = list(actors.values())
    return article


def expected_actor(article: Article, surface: str | None) -> tuple[str | None, str | None]:
    """(id, name) an example's source/target surface stands for: a table actor, or an unknown name."""
    if surface is None:
        return None, None
    if surface in NAMES:
        actor_id, _, name, _ = NAMES[surface]
        return actor_id, name
    return None, surface


def check_example(example: dict, language: str) -> str | None:
    """Code a pattern's example; None when an event with its source, target, code and mode is among the results."""
    from .coder import code_events  # the coder imports nothing from here; kept local to avoid a cycle later

    article = code_events(sample_article(example["text"], language, unknown=tuple(example.get("unknown", ()))),
                          Settings())
    source = expected_actor(article, example.get("source"))
    target = expected_actor(article, example.get("target"))
    want = (str(example["cameo"]), example.get("mode", "asserted"))
    for event in article.events:
        got_source, got_target = (event.source, event.source_name), (event.target, event.target_name)
        pairs = {(got_source, got_target), (got_target, got_source)}
        if ((source, target) in pairs or _same(source, target, got_source, got_target)) \
                and (event.cameo, event.mode) == want:
            return None
    found = [(e.source_name, e.target_name, e.cameo, e.mode, e.trigger.text) for e in article.events]
    return f"{example['text']!r}: want {source[1]} → {target[1]} {want}, got {found}"


def _same(source, target, got_source, got_target) -> bool:
    """Ids decide when known; an unknown name compares by its surface text."""
    def eq(a, b):
        return a[0] == b[0] if a[0] or b[0] else a[1] == b[1]
    return eq(source, got_source) and eq(target, got_target)
