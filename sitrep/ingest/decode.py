"""Bytes to text: refuse binary data, decode UTF-8 (or the encoding the user names), and say
what to do when the bytes are neither."""

from __future__ import annotations

import codecs

from sitrep.errors import BinaryInputError, EmptyInputError, EncodingError

SNIFF_BYTES = 8192
MAX_CONTROL_RATIO = 0.05
# Control characters that never appear in text (tab, newline, CR, form feed, ESC excepted).
_CONTROL = (
    frozenset(range(0x00, 0x09)) | frozenset(range(0x0E, 0x1B)) | {0x1C, 0x1D, 0x1E, 0x1F, 0x7F}
)
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF; extract its text first (e.g. pdftotext FILE)"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx/.epub); unpack it or export it as text"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "gzip-compressed; decompress it first (gunzip)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file; save it as plain text"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark at the start of ``data`` announces, if any."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def check_not_binary(data: bytes) -> None:
    """Raise BinaryInputError when the start of ``data`` is not text.

    Binary means: a known file signature, a NUL byte, or more than 5 % control characters in
    the first 8 KiB. UTF-16/32 text (with a byte-order mark) is not binary.
    """
    if bom_encoding(data) in ("utf-16", "utf-32"):
        return
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise BinaryInputError(f"the input is binary, not text: it looks like {what}")
    sample = data[:SNIFF_BYTES]
    if b"\x00" in sample or control_ratio(sample) > MAX_CONTROL_RATIO:
        raise BinaryInputError(
            "the input is binary data, not text (NUL or control bytes); give a text, HTML,"
            " JSONL, CSV or feed file"
        )


def control_ratio(sample: bytes) -> float:
    """Share of bytes in ``sample`` that are control characters never found in text."""
    if not sample:
        return 0.0
    return sum(1 for byte in sample if byte in _CONTROL) / len(sample)


def decode_bytes(data: bytes, *, encoding: str | None = None) -> str:
    """Decode ``data`` as UTF-8 (a BOM's encoding, or ``encoding`` when given).

    Raises BinaryInputError, EmptyInputError or EncodingError. The result still holds the
    original line endings; :func:`sitrep.ingest.base.clean_text` normalises them.
    """
    check_not_binary(data)
    if not data.strip():
        raise EmptyInputError("the input holds no text (empty or only whitespace); check the file")
    codec = bom_encoding(data) or encoding or "utf-8"
    try:
        return data.decode(codec)
    except LookupError as exc:
        raise EncodingError(
            f"unknown encoding {codec!r}; name a Python codec such as 'latin-1'"
        ) from exc
    except UnicodeDecodeError as exc:
        raise EncodingError(encoding_message(exc, codec)) from exc


def encoding_message(exc: UnicodeDecodeError, codec: str) -> str:
    """One line: where decoding failed and how to convert the file."""
    bad = exc.object[exc.start : exc.start + 1].hex().upper()
    where = f"byte 0x{bad} at offset {exc.start:,}"
    if codec.replace("_", "-").lower() in ("utf-8", "utf8", "utf-8-sig"):
        return (
            f"not valid UTF-8 ({where}); the file is probably in a legacy encoding such as"
            " Windows-1252: convert it (iconv -f WINDOWS-1252 -t UTF-8 FILE > FILE.utf8) or"
            " pass its encoding (encoding='cp1252')"
        )
    return f"not valid {codec} ({where}); check which encoding the file really uses"
