"""Turn raw bytes into text, or refuse them with a reason.

Order of decisions (first that holds wins):

1. a byte-order mark: UTF-8 (``EF BB BF``), UTF-32 and UTF-16 (either byte order);
2. binary refusal: NUL bytes, or more than 5 % control characters in the first 64 KiB;
3. strict UTF-8;
4. single-byte Western text: cp1252 when bytes 0x80-0x9F occur and all decode as cp1252
   ("smart quotes", dashes, euro sign), otherwise Latin-1 (the two agree on every other byte);
5. a non-Western legacy encoding (Cyrillic, CJK...) when charset-normalizer is confident of one.

Text that is empty or only whitespace after decoding is refused as empty.
"""
from __future__ import annotations

import codecs

from ..errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL_OK = {0x09, 0x0A, 0x0C, 0x0D, 0x1B}
_SAMPLE = 65536
_MAX_CONTROL_RATIO = 0.05
# Encodings that charset-normalizer may name for what is really Western single-byte text.
_WESTERN = {"cp1252", "latin_1", "iso8859_15", "iso8859_1", "windows-1252", "ascii", "utf_8", "cp1250",
            "iso8859_2", "mac_roman", "cp850", "cp437"}


def _bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def binary_reason(data: bytes) -> str | None:
    """Why these bytes look binary, or None when they look like text."""
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        return "binary file: contains NUL bytes"
    controls = sum(1 for b in sample if (b < 0x20 and b not in _CONTROL_OK) or b == 0x7F)
    if sample and controls / len(sample) > _MAX_CONTROL_RATIO:
        return f"binary file: {controls / len(sample):.0%} control characters"
    return None


def _western(data: bytes) -> tuple[str, str]:
    if any(0x80 <= b <= 0x9F for b in data):
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    return data.decode("latin-1"), "latin-1"


def _legacy(data: bytes) -> tuple[str, str] | None:
    """A confident non-Western guess from charset-normalizer, if any."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - installed with communique
        return None
    best = from_bytes(data[:_SAMPLE]).best()
    if best is None or best.encoding in _WESTERN or best.chaos > 0.1:
        return None
    try:
        return data.decode(best.encoding), best.encoding
    except (UnicodeDecodeError, LookupError):
        return None


def decode(data: bytes, where: str) -> tuple[str, str]:
    """Decode ``data`` read from ``where``; return (text, encoding) or raise ``InputError``."""
    if not data:
        raise InputError(where, "empty file: 0 bytes")
    encoding = _bom_encoding(data)
    if encoding:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise InputError(where, f"undecodable: invalid {encoding} after its byte-order mark ({exc.reason})")
        text = text.lstrip("\ufeff")
    else:
        reason = binary_reason(data)
        if reason:
            raise InputError(where, reason)
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            high = sum(1 for b in data[:_SAMPLE] if b >= 0x80)
            guess = _legacy(data) if high > 20 else None
            text, encoding = guess or _western(data)
    if not text.strip():
        raise InputError(where, "empty file: only whitespace")
    return text, encoding
