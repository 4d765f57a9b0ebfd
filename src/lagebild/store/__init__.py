"""Storage of analysed articles and of every input's status."""

from __future__ import annotations

from .base import Recorded, Store
from .sqlite import SQLiteStore

__all__ = ["Recorded", "SQLiteStore", "Store"]
