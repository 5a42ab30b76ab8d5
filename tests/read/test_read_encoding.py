"""Bytes to text: BOMs, UTF-8, cp1252, Latin-1; binary and empty input refused."""
from __future__ import annotations

import codecs

import pytest

from communique.errors import InputError
from communique.read.encoding import binary_reason, decode

SENTENCE = "The envoy met the minister in Hà Nội — and said “yes”."


@pytest.mark.parametrize("data, encoding", [
    (SENTENCE.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + SENTENCE.encode("utf-8"), "utf-8-sig"),
    (codecs.BOM_UTF16_LE + SENTENCE.encode("utf-16-le"), "utf-16"),
    (codecs.BOM_UTF16_BE + SENTENCE.encode("utf-16-be"), "utf-16"),
])
def test_unicode_with_and_without_bom(data, encoding):
    text, found = decode(data, "a.txt")
    assert text == SENTENCE
    assert found == encoding


def test_cp1252_smart_quotes_and_dashes():
    data = "He said \u201cwe will meet again\u201d \u2013 after the talks \u2026".encode("cp1252")
    text, found = decode(data, "a.txt")
    assert found == "cp1252"
    assert text == "He said \u201cwe will meet again\u201d \u2013 after the talks \u2026"


def test_latin1_accents():
    data = "Le ministre a rencontré son homologue à Genève.".encode("latin-1")
    text, found = decode(data, "a.txt")
    assert text == "Le ministre a rencontré son homologue à Genève."
    assert found in ("latin-1", "cp1252")


@pytest.mark.parametrize("data, reason", [
    (b"", "empty file: 0 bytes"),
    (b"  \n\t\r\n ", "empty file: only whitespace"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file: contains NUL bytes"),
])
def test_refusals(data, reason):
    with pytest.raises(InputError) as exc:
        decode(data, "x.bin")
    assert exc.value.where == "x.bin"
    assert exc.value.reason == reason


def test_many_control_characters_look_binary():
    data = bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 20 + b"some text"
    assert binary_reason(data).startswith("binary file:")
    assert binary_reason(b"Plain text\twith a tab\nand lines.\n") is None
