"""Event-level analysis of an article: tone (GDELT-style word counts) and topic themes.

Each module exposes one stage function (``score_tone``, ``label_themes``) that the
pipeline lists in ``STAGES``; language specifics live in ``data/<lang>/``.
"""
