"""Sources → RawDocument: page text, HTML pages, JSON Lines feeds, directories and stdin.

The two entry points are :func:`expand_paths` (what the inputs are, for
counting) and :func:`iter_documents` (the documents, lazily, with an error in
the stream for every input that cannot be used).
"""

from __future__ import annotations

from .files import expand_paths, iter_documents, to_document

__all__ = ["expand_paths", "iter_documents", "to_document"]
