"""Built-in actor knowledge (countries, organisations, titles), loaded from data files."""
from __future__ import annotations


def ruler_patterns() -> list[dict]:
    """Entity-ruler patterns (spaCy format) for countries, demonyms, capitals and organisations."""
    return []
