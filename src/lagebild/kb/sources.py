"""What the offline build collects into, and small helpers the source modules share.

:class:`KBBuilder` gathers actors, places and names (surface, kind → targets)
while :mod:`lagebild.kb.build` runs each source module; ``read_tsv`` reads our
own tables in ``kb/data/sources`` (``#`` lines are comments).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .names import name_pieces

HERE = Path(__file__).parent
SOURCES = HERE / "data" / "sources"

# Words that make a Phoenix phrase a role description rather than a name.
ROLE_WORDS = {
    "PRESIDENT", "MINISTER", "PRIME", "SECRETARY", "GENERAL", "KING", "QUEEN", "PRINCE", "SHEIKH", "LEADER",
    "CHIEF", "GOVERNOR", "AMBASSADOR", "SPOKESMAN", "DEPUTY", "FORMER", "SENATOR", "OFFICIAL", "MAYOR",
    "THE", "OF", "COLONEL", "CAPTAIN", "MAJOR", "JUDGE", "CHAIRMAN", "CHANCELLOR", "PREMIER", "EMIR", "SULTAN",
    "MR", "MRS", "DR", "GEN", "SIR", "LORD", "FOREIGN", "DEFENSE", "DEFENCE", "ARMY", "POLICE",
}


@dataclass
class ActorRecord:
    id: str
    name: str
    type: str
    country: str | None = None
    cameo: str | None = None
    codes: list[list] = field(default_factory=list)   # [code, start, end]
    roles: list[list] = field(default_factory=list)   # [role, title, holder, start, end]


@dataclass
class KBBuilder:
    actors: list[ActorRecord] = field(default_factory=list)
    places: list[list] = field(default_factory=list)
    names: dict[tuple[str, str], set[str]] = field(default_factory=dict)   # (surface, kind) → refs
    by_id: dict[str, int] = field(default_factory=dict)

    def actor(self, record: ActorRecord) -> str:
        if record.id in self.by_id:
            return f"a{self.by_id[record.id]}"
        self.by_id[record.id] = len(self.actors)
        self.actors.append(record)
        return f"a{self.by_id[record.id]}"

    def name(self, surface: str, kind: str, ref: str) -> None:
        surface = " ".join(surface.split())
        if len(surface) >= 2:
            self.names.setdefault((surface, kind), set()).add(ref)

    def person_name(self, surface: str, kind: str, ref: str) -> None:
        """A person's name, and its plain-ASCII spelling when English text drops the marks (Erdoğan → Erdogan)."""
        self.name(surface, kind, ref)
        plain = unicodedata.normalize("NFKD", surface).encode("ascii", "ignore").decode()
        if plain != surface and len(plain) == len(unicodedata.normalize("NFC", surface)):
            self.name(plain, kind, ref)


def slug(text: str) -> str:
    """``"Daily NK"`` → ``"daily-nk"``: ASCII, lower case, hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def split_cell(cell: str | None) -> list[str]:
    """``"UN|UNO"`` → ``["UN", "UNO"]``; empty cells give an empty list."""
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


def read_tsv(path: Path) -> list[dict[str, str]]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def plain(name: str) -> str:
    """``"Kim Jong-un"``, ``"KIM JONG UN"`` → ``"kim jong un"``: the form under which spellings meet."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    return " ".join(name_pieces(ascii_name))


_SMALL_WORDS = {"of", "for", "the", "and", "de", "du", "des", "la", "le", "in", "on", "to", "da", "do", "dos",
                "del", "van", "von", "der", "al", "bin", "y", "e", "et", "und", "für"}


def title_case(phrase: str) -> str:
    """``"MAYORS FOR PEACE"`` → ``"Mayors for Peace"``: capitals where names have them, small words lower."""
    words = phrase.title().split(" ")
    return " ".join(w.lower() if k and w.lower() in _SMALL_WORDS else w for k, w in enumerate(words))


def plain_spelling(name: str) -> str:
    """``"Sinŭiju"`` → ``"Sinuiju"``: the spelling of a name without its marks, as English text often has it."""
    folded = unicodedata.normalize("NFKD", name.translate(_UNDECOMPOSED)).encode("ascii", "ignore").decode()
    return folded if len(folded) == len(unicodedata.normalize("NFC", name)) else name


# Letters Unicode does not decompose into a base letter and a mark ("Łódź" → "Lodz").
_UNDECOMPOSED = str.maketrans("ŁłØøĐđĦħıŦŧ", "LlOoDdHhiTt")
