"""One exception family with coded, actionable messages.

Every error names the input it concerns and the reason, so a batch can record
it as a failed input and go on. The library raises; only the CLI prints.
"""

from __future__ import annotations


class LagebildError(Exception):
    """Base of every error lagebild raises on purpose.

    ``code`` is stable (tests and the store key on it); ``source`` names the
    input (path, URL, ``<stdin>``, ``file.jsonl:17``).
    """

    code = "E000"

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason} [{self.code}]")


class InputNotFound(LagebildError):
    code = "E001"


class InputTooLarge(LagebildError):
    code = "E002"


class EmptyInput(LagebildError):
    code = "E003"


class BinaryInput(LagebildError):
    code = "E004"


class UndecodableInput(LagebildError):
    code = "E005"


class MalformedInput(LagebildError):
    """JSON Lines record that is not an object, lacks text/html, or is broken JSON."""

    code = "E006"


class NoArticleText(LagebildError):
    """Extraction found no article body (a navigation page, a broken or truncated HTML page)."""

    code = "E007"


class UnsupportedFormat(LagebildError):
    code = "E008"


class StageFailed(LagebildError):
    """An analysis stage raised an unexpected exception on this input (a bug: please report)."""

    code = "E100"


class PipelineConfigError(Exception):
    """The pipeline is wired wrongly (a stage requires what no earlier stage provides)."""


class UnreadableInput(LagebildError):
    """The input exists but cannot be read (permission denied, an I/O error)."""

    code = "E009"


class StoreError(LagebildError):
    """The database cannot be opened or written (not an SQLite file, a read-only folder, a newer schema)."""

    code = "E200"
