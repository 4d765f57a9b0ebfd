"""Line-level tests for page furniture: skip links, credits, bylines, genre markers, footers.

Each function looks at one block (a line of flattened page text) and says
what kind of furniture it is; the page layout (what sits before the body,
what ends it) is decided in :mod:`.layout`. Example: ``"© Alexey NIKOLSKY /
SPUTNIK / AFP"`` is a picture credit, ``"Von Anna Müller, Brüssel"`` a byline.
"""

from __future__ import annotations

import re
from functools import cache

from .lexicon import lexicon

_STRIP_TAIL = " :»›→>|·•-–—"
# A clock time or a duration with a short unit: "14:03 Uhr", "9.30 a.m.", "4 Min."
_TIME_ONLY = re.compile(r"^(?:\d{1,2}[:.]\d{2}(?:\s*[^\W\d_][\w.]{0,3})?|\d+\s?[^\W\d_]{1,3}\.?)$")
_COUNT_LINE = re.compile(r"^\(?\d+\)?\s+\w+\)?$")  # "22 comments", "14 Kommentare", "3 Min"
_CRUMB = re.compile(r"\s+[>›»|•·]\s+")
_NO_WORDS = re.compile(r"^[\W_]*$")
_NAME_TOKEN = re.compile(r"^(?:[A-ZÄÖÜÀ-ÝŁŚŻČŠŽ][\w'’.-]*|[A-Z]\.)$")
_TERMINAL = frozenset(".!?:;,\"“”’»«)…")
_QUOTES = "\"“”’»«'"
_SENTENCE_END = frozenset(".!?…")
_SPEAKER = re.compile(r"^[\w .’'-]{1,30}:\s")  # "Frage: …", "STANDARD: …" in an interview
_INNER_BREAK = re.compile(r"[.!?…][\"“”»]?\s+[„\"“«]?[A-ZÄÖÜ]")


def is_skip(line: str) -> bool:
    """Navigation and tool furniture: ``"zum Hauptinhalt"``, ``"Teilen"``, ``"3 Min. Lesezeit"``, ``"14:03 Uhr"``."""
    lex = lexicon()
    if line.strip(_STRIP_TAIL).casefold() in lex.skip or _NO_WORDS.match(line) or _TIME_ONLY.match(line):
        return True
    if _is_breadcrumb(line) or _COUNT_LINE.match(line):
        return True
    if len(line) <= 40:
        folded = line.casefold()
        return any(cue in folded for cue in lex.short_cues)
    return False


def _is_breadcrumb(line: str) -> bool:
    """``"Startseite > Politik > Ausland"``: short items joined by arrows or bars."""
    if len(line) > 150 or not any(mark in line for mark in ">›»|•·"):
        return False
    parts = _CRUMB.split(line)
    return len(parts) >= 3 and all(0 < len(p.split()) <= 3 for p in parts)


def word_count(text: str) -> int:
    """Words with a letter in them: ``"Startseite > Politik"`` has two."""
    return sum(1 for token in text.split() if any(ch.isalpha() for ch in token))


def is_prompt(line: str) -> bool:
    """A reader prompt or consent notice: ``"Jetzt den Newsletter abonnieren!"``."""
    lex = lexicon()
    if len(line) <= 250 and lex.prompts.search(line):
        return True
    return len(line) <= 800 and "cookie" in line.casefold() and lex.consent.search(line) is not None


def is_footer(line: str) -> bool:
    """A cue that ends the article: ``"Zur Startseite"``, ``"Kommentare (12)"``, ``"Share this article"``."""
    return len(line) <= 80 and lexicon().footer.match(line) is not None


def is_related(line: str) -> bool:
    """A cue that introduces links to other articles: ``"Lesen Sie auch: …"``, ``"Read more"``."""
    return len(line) <= 200 and lexicon().related.match(line) is not None


def bare_cue(line: str) -> bool:
    """A related-links cue with no link of its own: ``"Mehr zum Thema"``, not ``"Lesen Sie auch: Titel"``."""
    match = lexicon().related.match(line)
    return match is not None and word_count(line[match.end():]) < 2


def is_wire_tail(line: str) -> bool:
    """Newsroom credits: ``"Reporting by Jane Roe; Editing by John Doe"``, ``"… contributed to this report."``."""
    lex = lexicon()
    return len(line) <= 200 and (lex.wire_tails.match(line) is not None or lex.wire_endings.search(line) is not None)


def is_agency(part: str) -> bool:
    return part.strip("() ").casefold() in lexicon().agencies


def credit_line(line: str) -> str | None:
    """The credit text when the whole line is a picture or agency credit.

    ``"© Alexey NIKOLSKY / SPUTNIK / AFP"`` → ``"Alexey NIKOLSKY / SPUTNIK / AFP"``;
    ``"REUTERS/Kevin Lamarque"`` and ``"(dpa)"`` are credits too.
    """
    if len(line) > 120:
        return None
    match = lexicon().credit_prefix.match(line)
    if match and match.end() < len(line):
        return line[match.end():].strip()
    return line.strip("() ") if _agency_shape(line) else None


def _agency_shape(line: str) -> bool:
    """Names and agencies joined by slashes or commas, at least one an agency: ``"Kay Nietfeld/dpa"``."""
    parts = [p for p in lexicon().credit_split.split(line.strip("() ")) if p]
    if not parts or not any(is_agency(p) for p in parts):
        return False
    return all(is_agency(p) or _credit_name(p) for p in parts)


def _credit_name(part: str) -> bool:
    tokens = part.split()
    return 1 <= len(tokens) <= 4 and all(_NAME_TOKEN.match(t) or t.islower() and len(t) <= 4 for t in tokens)


def marked_caption(line: str) -> str | None:
    """A caption announced as such: ``"Image caption, Putin and Kim in Vladivostok"`` → the caption."""
    match = lexicon().caption_prefix.match(line)
    return line[match.end():].strip() or None if match else None


def caption_with_credit(line: str) -> tuple[str, str] | None:
    """A caption that carries its credit at the end.

    ``"Putin und Kim in Wladiwostok. Foto: Alexey Nikolsky/AFP"`` →
    ``("Putin und Kim in Wladiwostok.", "Alexey Nikolsky/AFP")``.
    """
    lex = lexicon()
    if len(line) > 450 or not any(cue in line.casefold() for cue in lex.credit_cues):
        return None
    match = lex.credit_inline.search(line)
    if match is None or match.start() < 10:
        return None
    credit = credit_line(match.group("credit").strip())
    caption = line[:match.start()].rstrip(" |(")
    if not credit or len(caption) < 10:
        return None
    return caption, credit


def person_name(text: str) -> bool:
    """Two to four capitalised words, particles allowed: ``"Benedikt Voigt"``, ``"Ursula von der Leyen"``."""
    lex = lexicon()
    tokens = text.split()
    core = [t for t in tokens if t not in lex.name_particles]
    if not 2 <= len(core) <= 4 or len(text) > 50 or tokens[0] in lex.name_particles or is_agency(text):
        return False
    return all(_NAME_TOKEN.match(t) and t.rstrip(".") not in lex.function_words
               and t.casefold() not in lex.skip and not is_agency(t) for t in core)


def name_line(line: str) -> str | None:
    """A person's name alone on a line, maybe with a place or role: ``"Anna Müller, Brüssel"`` → ``"Anna Müller"``.

    Without a "Von"/"By" in front, only a known given name makes it a name: ``"Ultium Cells"`` is not one.
    """
    name, _, rest = line.partition(",")
    name = name.strip()
    if not person_name(name) or (rest and (len(rest.split()) > 5 or rest.rstrip()[-1:] in ("?", "!"))):
        return None
    first = _tidy_name(name.split()[0]).split("-")[0]
    if first not in lexicon().given_names:
        return None
    return _tidy_name(name)


def byline(line: str) -> list[str] | None:
    """Author names of a byline, or None: ``"Von Anna Müller und Jan Berg, Brüssel"`` → both names.

    A sentence starting with "Von" (``"Von der Leyen warnt Moskau"``) is not a byline.
    """
    if len(line) > 150:
        return None
    match = lexicon().byline.match(line)
    if match is None:
        return None
    return names_in(match.group("rest"))


def names_in(text: str) -> list[str] | None:
    """Names of a byline's remainder; places, roles and agencies after the first name are dropped.

    ``"unserem Korrespondenten Max Berg in Kairo, dpa"`` → ``["Max Berg"]``; an agency alone
    (``"AFP"``) gives ``[]``; text that is no byline gives None.
    """
    text = text.strip().rstrip(".")
    names: list[str] = []
    agencies = False
    for part in lexicon().name_split.split(text):
        part = lexicon().byline_place.sub("", part.strip())
        if not part:
            continue
        if is_agency(part):
            agencies = True
            continue
        name = _name_after_role(part)
        if name:
            names.append(name)
        elif not names or len(part.split()) > 6:
            return None
    return names if names or agencies else None


def _name_after_role(part: str) -> str | None:
    """``"Anna Müller"``, or the name after a short role phrase: ``"unserer Korrespondentin Anna Müller"``."""
    if person_name(part):
        return _tidy_name(part)
    tokens = part.split()
    if not tokens[0].islower() or len(tokens) > 7:
        return None
    for size in (2, 3, 4):  # role nouns are capitalised in German, so the shortest name wins
        if len(tokens) - size <= 3 and len(tokens) > size and person_name(" ".join(tokens[-size:])):
            return _tidy_name(" ".join(tokens[-size:]))
    return None


def _tidy_name(name: str) -> str:
    """Wire bylines shout names (``"JOHN SMITH"``); the contract keeps ``"John Smith"``."""
    return name.title() if name.isupper() else name


def genre_marker(line: str) -> tuple[str, list[str]] | None:
    """``"Ein Kommentar"`` → commentary; ``"Ein Kommentar von Anna Müller"`` → commentary and her name."""
    genres = lexicon().genres
    text = line.strip().rstrip(".:")
    if len(text) > 80:
        return None
    genre = genres.get(text.casefold())
    if genre:
        return genre, []
    for sep in (f" {word} " for word in lexicon().author_words):
        head, found, rest = text.partition(sep)
        if found and head.casefold() in genres:
            names = names_in(rest)
            if names:
                return genres[head.casefold()], names
    return None


def genre_prefix(title: str) -> tuple[str, str] | None:
    """A genre kicker glued to the headline: ``"Kommentar: Nur ein taktischer Erfolg"`` → genre, rest."""
    for sep in (":", " | ", " – "):
        head, found, rest = title.partition(sep)
        if found and rest.strip():
            genre = lexicon().genres.get(head.strip().casefold())
            if genre:
                return genre, rest.strip()
    return None


@cache
def _genre_suffix_pattern() -> re.Pattern[str]:
    lex = lexicon()
    markers = "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in sorted(lex.genres, key=len, reverse=True))
    author = "|".join(re.escape(w) for w in lex.author_words)
    return re.compile(rf"(?:^|(?<=[.!?\"“”»…])\s+|\s+[–—-]\s+)(?P<marker>{markers})"
                      rf"(?:\s+(?:{author})\s+(?P<names>[^.!?]{{3,80}}))?[.!:]?$", re.IGNORECASE)


def genre_suffix(teaser: str) -> tuple[str, str, list[str]] | None:
    """A teaser ending in a genre marker: ``"… weiter gebracht. Ein Kommentar."`` → genre, stripped teaser, names."""
    match = _genre_suffix_pattern().search(teaser)
    if match is None or match.start() == 0:
        return None
    names: list[str] = []
    if match.group("names"):
        names = names_in(match.group("names")) or []
        if not names:
            return None
    genre = lexicon().genres[" ".join(match.group("marker").split()).casefold()]
    return genre, teaser[:match.start()].rstrip(" –—-"), names


def title_like(text: str) -> bool:
    """Short and without closing punctuation: a headline, crosshead or link title, not a sentence."""
    end = text.rstrip(_QUOTES) or text
    return len(text) <= 160 and end[-1] not in _TERMINAL and end[-1] not in "-–—|/>" and not text[0].islower()


def code_like(text: str) -> bool:
    """Script or markup that leaked into the page text: braces, semicolons and equals signs abound."""
    return sum(text.count(mark) for mark in "{}=;<>\\") > 0.02 * len(text)


def question_headline(text: str) -> bool:
    """One short question or exclamation: ``"Droht ein neuer Handelskrieg?"`` may be a headline or crosshead."""
    end = text.rstrip(_QUOTES) or text
    return (len(text) <= 120 and end[-1] in "?!" and not _INNER_BREAK.search(text) and not text[0].islower()
            and not _SPEAKER.match(text))


def single_question(text: str) -> bool:
    """One question and nothing else: ``"Herr Minister, wie geht es weiter?"``."""
    end = text.rstrip(_QUOTES) or text
    return len(text) <= 250 and end[-1] == "?" and not _INNER_BREAK.search(text)


def headline_like(text: str) -> bool:
    return title_like(text) or question_headline(text)


def ends_sentence(text: str) -> bool:
    """Closing punctuation, also inside closing quotes: ``„Wir geben nicht nach.“``."""
    end = text.rstrip(_QUOTES + ")") or text
    return end[-1] in _SENTENCE_END
