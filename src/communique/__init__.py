"""communique: news about international relations into structured, source-linked event data."""
from __future__ import annotations

__version__ = "0.1.0"


def open(db: str = "communique.duckdb"):  # noqa: A001 - the notebook API is `communique.open(db)`
    """Open a store for notebooks: ``communique.open("news.duckdb").events()``."""
    from .notebook import Notebook

    return Notebook(db)
