"""Paths the tests share. Import as ``from testpaths import GOLD`` (never ``from conftest``:
sub-folder conftest modules share that name and shadow each other)."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold" / "seeds.json"
CORPUS = SHARED / "corpus"
EXAMPLES = ROOT / "examples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
