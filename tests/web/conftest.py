"""Fixtures for the web tests: a real DuckDB store built from hand-written coded articles."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sample import build_db  # noqa: E402


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory) -> Path:
    return build_db(tmp_path_factory.mktemp("web") / "sample.duckdb")


@pytest.fixture(scope="session")
def client(sample_db):
    from fastapi.testclient import TestClient

    from communique.web.app import create_app

    with TestClient(create_app(db=str(sample_db))) as c:
        yield c
