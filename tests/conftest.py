"""Shared fixtures: where ../shared is, and the contract's JSON schema."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def shared_dir() -> Path:
    """``../shared`` beside the checkout (CI puts it there); ``LAGEBILD_SHARED`` overrides."""
    path = Path(os.environ.get("LAGEBILD_SHARED", REPO.parent / "shared"))
    if not (path / "spec" / "article.schema.json").exists():
        pytest.fail(f"shared material not found at {path}: clone it beside the repo or set LAGEBILD_SHARED")
    return path


@pytest.fixture(scope="session")
def shared() -> Path:
    return shared_dir()


@pytest.fixture(scope="session")
def article_validator(shared):
    import jsonschema

    schema = json.loads((shared / "spec" / "article.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)
