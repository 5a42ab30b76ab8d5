"""Docs are checked: every command, option and event field is in the README."""
from __future__ import annotations

import argparse
from pathlib import Path

from communique.cli import build_parser
ROOT = Path(__file__).resolve().parents[1]

README = (ROOT / "README.md").read_text(encoding="utf-8")
EVENT_FIELDS = [
    "event_id", "doc_id", "type", "mode", "context", "cameo", "goldstein", "quad", "source", "target",
    "participants", "date", "date_precision", "date_text", "status", "location", "sentence",
    "sentence_index", "spans", "rule", "confidence", "instrument", "story_id", "sources",
]


def _subcommands():
    parser = build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action.choices
    return {}


def test_every_command_is_documented():
    for name in _subcommands():
        assert f"communique {name}" in README, name


def test_every_option_is_documented():
    missing = []
    for name, sub in _subcommands().items():
        for action in sub._actions:
            for opt in action.option_strings:
                if opt.startswith("--") and opt != "--help" and opt not in README:
                    missing.append(f"{name} {opt}")
    assert not missing, missing


def test_every_event_field_is_documented():
    for field in EVENT_FIELDS:
        assert f"`{field}`" in README, field


def test_every_command_has_an_example():
    for name, sub in _subcommands().items():
        assert sub.epilog and "example:" in sub.epilog, name
