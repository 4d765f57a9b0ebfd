"""The README documents every CLI command and every setting (fails when one is added undocumented)."""

from __future__ import annotations

import argparse
from dataclasses import fields
from pathlib import Path

from lagebild.cli import _parser
from lagebild.settings import Settings

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    parser = _parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return list(sub.choices)


def test_every_command_is_documented_with_an_example():
    for command in _commands():
        assert f"lagebild {command}" in README or f"lagebild --db news.db {command}" in README, command


def test_every_setting_is_documented():
    for section in fields(Settings):
        for setting in fields(getattr(Settings(), section.name)):
            env = f"LAGEBILD_{section.name}_{setting.name}".upper()
            assert f"[{section.name}] {setting.name}" in README, env
            assert env in README, env
            assert setting.metadata.get("help"), f"{section.name}.{setting.name} has no help text"
