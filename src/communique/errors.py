"""One exception tree for the whole package.

    CommuniqueError
     ├── InputError        a file or record that cannot be read (binary, empty, too large, malformed)
     ├── DataFileError     a lexicon, gazetteer or ontology file that fails validation
     ├── ModelError        the spaCy model is missing or cannot be loaded
     ├── StoreError        the database cannot be opened, migrated or written
     └── GoldError         a gold file that does not follow shared/gold/README.md

Messages say what was wrong, where (file, line) and what to do. They are turned into user
messages only at the edges (CLI, web).
"""
from __future__ import annotations


class CommuniqueError(Exception):
    """Base of every error communique raises on purpose."""


class InputError(CommuniqueError):
    """An input file or record that cannot be read; ``where`` names the file (and line)."""

    def __init__(self, where: str, reason: str):
        self.where = where
        self.reason = reason
        super().__init__(f"{where}: {reason}")


class DataFileError(CommuniqueError):
    """A data file shipped with or given to communique does not validate."""


class ModelError(CommuniqueError):
    """The spaCy model cannot be loaded."""


class StoreError(CommuniqueError):
    """The store cannot be opened, migrated or written."""


class GoldError(CommuniqueError):
    """A gold annotation file does not follow the documented format."""
