"""PLOVER 2.0 and CAMEO 1.1b3 as data files, loaded and validated once.

    from communique.ontology import get_ontology
    onto = get_ontology()
    onto.cameo["042"].goldstein      # 1.9
    onto.types["CONSULT"].quad       # 1
    onto.version

The tables live in ``ontology/data/`` (``plover.yaml``, ``cameo.tsv``); a file that does not
validate raises ``DataFileError`` naming the file, the line and what to fix.
"""
from __future__ import annotations

from .load import CameoCode, Ontology, PloverType, get_ontology, load_ontology

__all__ = ["CameoCode", "Ontology", "PloverType", "get_ontology", "load_ontology"]
