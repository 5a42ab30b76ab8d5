"""The store: coded articles, merged events, stories, agreements and facts in one DuckDB file.

    with Store.open("communique.duckdb") as store:
        store.add_result(result)        # one transaction per article
        store.events(pair=("VNM", "CHL"))

The same interface could later sit on PostgreSQL; nothing outside this package knows it is DuckDB.
"""
from __future__ import annotations

from ..errors import StoreError
from .duck import Store

__all__ = ["Store", "StoreError"]
