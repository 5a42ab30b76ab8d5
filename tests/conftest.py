"""Shared test fixtures. Tests needing ../shared skip cleanly when it is absent."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from testpaths import CORPUS, EXAMPLES, FIXTURES, GOLD, ROOT, SEEDS, SHARED  # noqa: F401


def _need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared not next to the checkout)")
    return path


@pytest.fixture
def seeds_dir() -> Path:
    return _need(SEEDS)


@pytest.fixture
def seed_paths() -> list[Path]:
    return sorted(_need(SEEDS).glob("*.txt"))


@pytest.fixture
def gold_path() -> Path:
    return _need(GOLD)


@pytest.fixture
def corpus_dir() -> Path:
    return _need(CORPUS)


@pytest.fixture(scope="session")
def nlp():
    from communique.nlp import get_nlp

    return get_nlp()
