"""The actor/place knowledge base: built offline (``python -m lagebild.kb.build``), loaded once per process."""

from .lookup import KB, load_kb

__all__ = ["KB", "load_kb"]
