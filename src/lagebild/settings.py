"""Frozen settings, built once and passed explicitly.

Layers, lowest first: dataclass defaults, an optional ``lagebild.toml``,
``LAGEBILD_*`` environment variables, then CLI flags (applied by the caller
with :func:`dataclasses.replace`). Nothing reads configuration at import time.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from .errors import PipelineConfigError


@dataclass(frozen=True)
class IngestSettings:
    max_bytes: int = field(default=20_000_000, metadata={"help": "inputs larger than this many bytes are refused"})


@dataclass(frozen=True)
class LanguageSettings:
    supported: tuple[str, ...] = field(default=("de", "en"), metadata={"help": "languages that are analysed"})
    default: str = field(default="de", metadata={"help": "language assumed when a text is too short to tell"})


@dataclass(frozen=True)
class StoreSettings:
    path: str = field(default="lagebild.db", metadata={"help": "SQLite database file"})


@dataclass(frozen=True)
class KBSettings:
    path: str = field(default="", metadata={"help": "knowledge base file (default: the one shipped in the package)"})
    user_actors: str = field(default="", metadata={
        "help": "TSV file of extra actors added at load time, no rebuild needed (see docs/kb.md)"})
    home_country: str = field(default="", metadata={
        "help": "ISO alpha-3 of the readers' country: whose 'Bundeskanzler' or 'president' an unnamed one is "
                "(default per language: DEU for German, USA for English)"})


@dataclass(frozen=True)
class NERSettings:
    model: str = field(default="", metadata={
        "help": "model file of the unknown-name tagger (default: the shipped German one); 'off' finds known "
                "names only"})


@dataclass(frozen=True)
class Settings:
    ingest: IngestSettings = IngestSettings()
    language: LanguageSettings = LanguageSettings()
    store: StoreSettings = StoreSettings()
    kb: KBSettings = KBSettings()
    ner: NERSettings = NERSettings()


_SECTIONS = {f.name: f.type for f in fields(Settings)}


def load_settings(config: str | Path | None = None, *, environ: dict[str, str] | None = None) -> Settings:
    """Defaults, then ``config`` (TOML, ``[section] key = value``), then ``LAGEBILD_SECTION_KEY`` variables.

    Example: ``LAGEBILD_STORE_PATH=/data/news.db``.
    """
    settings = Settings()
    if config is not None:
        with open(config, "rb") as fh:
            for section, values in tomllib.load(fh).items():
                settings = _set(settings, section, values, origin=str(config))
    env = os.environ if environ is None else environ
    for key, value in env.items():
        if not key.startswith("LAGEBILD_"):
            continue
        section, _, name = key[len("LAGEBILD_"):].lower().partition("_")
        if section in _SECTIONS and name:
            settings = _set(settings, section, {name: value}, origin=key)
    return settings


def _set(settings: Settings, section: str, values: dict, *, origin: str) -> Settings:
    if section not in _SECTIONS:
        raise PipelineConfigError(f"{origin}: unknown settings section {section!r}")
    current = getattr(settings, section)
    types = {f.name: type(getattr(current, f.name)) for f in fields(current)}
    changes = {}
    for name, value in values.items():
        if name not in types:
            raise PipelineConfigError(f"{origin}: unknown setting {section}.{name}")
        kind = types[name]
        if kind is tuple and isinstance(value, str):
            value = tuple(v.strip() for v in value.split(",") if v.strip())
        changes[name] = kind(value) if kind is not tuple else tuple(value)
    return replace(settings, **{section: replace(current, **changes)})
