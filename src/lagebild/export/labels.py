"""English labels of CAMEO event codes for people reading an export ("0234" → "Appeal for …").

The labels come from the event ontology (``events/ontology.py``, compiled from
``CAMEO.eventcodes.txt``); a code the ontology does not know gets an empty
label rather than failing an export of otherwise good rows.
"""

from __future__ import annotations

from ..events.ontology import describe, known


def cameo_label(code: str) -> str:
    """``cameo_label("040")`` → ``"Consult, not specified below"``; ``""`` for an unknown code."""
    return describe(code).label if known(code) else ""
