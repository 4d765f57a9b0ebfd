"""What every store backend offers; the CLI and the API depend on this, not on SQLite.

Example: ``with open_store("news.db") as store: store.record(outcome)`` returns
``"new"``, ``"duplicate"`` or ``"failed"``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Protocol

from ..model import Article

if TYPE_CHECKING:  # the store depends on the data model only, not on the pipeline's stages
    from ..pipeline import Outcome

Recorded = Literal["new", "duplicate", "failed"]


class Store(Protocol):
    def record(self, outcome: Outcome) -> Recorded:
        """Store one input's outcome in one transaction: its article (once per id) and its status."""
        ...

    def get(self, article_id: str) -> Article | None:
        """The stored article with this id, or with this unique id prefix (at least 6 characters)."""
        ...

    def stats(self) -> dict[str, int | str]:
        """Flat, human-readable counts ("articles de": 12, "inputs failed": 1, …)."""
        ...

    def failures(self) -> list[tuple[str, str, str]]:
        """``(source, error code, reason)`` of every input whose last run failed."""
        ...

    def close(self) -> None: ...

    def __enter__(self) -> Store: ...

    def __exit__(self, *exc: object) -> None: ...
