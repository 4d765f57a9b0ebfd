"""lagebild: turn raw news into a structured, searchable event database.

    >>> from lagebild import analyze
    >>> article = analyze("Berlin – Die Regierung hat am Montag …")
"""

from __future__ import annotations

import logging

from .api import analyze, analyze_many, open_store
from .errors import LagebildError
from .model import Article, RawDocument
from .pipeline import Pipeline
from .settings import Settings, load_settings

__all__ = ["Article", "LagebildError", "Pipeline", "RawDocument", "Settings", "analyze", "analyze_many",
           "load_settings", "open_store"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
