"""Unknown proper names: a small German name tagger (PER/ORG/LOC/MISC) trained on GermEval 2014."""

from .model import Tagger, load_tagger, spans

__all__ = ["Tagger", "load_tagger", "spans"]
