"""Reading source files whatever their encoding, refusing what is not text."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from .messages import SourceError

MAX_SOURCE_BYTES = 20 * 1024 * 1024


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Return (text, encoding name) or raise SourceError saying what is wrong."""
    if not data.strip():
        raise SourceError(name, "the file is empty: give a source with at least one telegram", code="empty")
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return _normalize(data.decode(enc)), enc
            except UnicodeDecodeError as exc:
                raise SourceError(name, f"the file starts with a {enc} byte-order mark but is not valid {enc} "
                                  f"(byte {exc.start}): re-save it as UTF-8", code="encoding") from None
    # UTF-16 without a BOM shows as every other byte NUL in Latin text.
    if len(data) >= 4 and len(data) % 2 == 0:
        if data[1::2].count(0) > len(data) // 4 and data[0::2].count(0) == 0:
            return _normalize(data.decode("utf-16-le")), "utf-16-le"
        if data[0::2].count(0) > len(data) // 4 and data[1::2].count(0) == 0:
            return _normalize(data.decode("utf-16-be")), "utf-16-be"
    if b"\x00" in data or _binary_share(data) > 0.05:
        raise SourceError(name, "this is a binary file, not a text source: give the text of the page or book "
                          "(UTF-8 or another text encoding)", code="binary")
    try:
        return _normalize(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    # Windows-1252 is what word processors on Windows write; it decodes every byte but 5.
    try:
        return _normalize(data.decode("cp1252")), "cp1252"
    except UnicodeDecodeError:
        return _normalize(data.decode("latin-1")), "latin-1"


# the control characters no text holds (not tab, line feed, form feed, carriage return)
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def _binary_share(data: bytes) -> float:
    sample = data[:65536]
    bad = len(sample) - len(sample.translate(None, _CONTROL))  # (counted in C: every source passes here)
    return bad / max(1, len(sample))


class _Blank(Exception):
    """The decoded text holds nothing but whitespace."""


# A scan's ligatures are glyphs, not letters: "ﬁnal" is "final" (Unicode's compatibility
# characters, which no text means to keep), so that names and words in them are found.
LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                           "\ufb05": "st", "\ufb06": "st"})
LIGATURE = re.compile("[\ufb00-\ufb06]")
# A soft hyphen (and a zero-width space) is a place the word may break, invisible on the page:
# copied from a web page or a PDF it stays in the word ("re\u00adgrouping") and hides it from
# the names and the search.  At a line's end it is the hyphen that divided the word there.
SOFT_HYPHEN_AT_END = re.compile("\u00ad(?=[ \t]*\n)")
SOFT_BREAK = re.compile("[\u00ad\u200b]")


def _normalize(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    if LIGATURE.search(text):  # (str.translate reads every character: only where there is one)
        text = text.translate(LIGATURES)
    if "\u00ad" in text or "\u200b" in text:
        text = SOFT_BREAK.sub("", SOFT_HYPHEN_AT_END.sub("-", text))
    if not text.strip():
        raise _Blank
    return text


def read_source(path: Path) -> tuple[str, str]:
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_SOURCE_BYTES:
            raise SourceError(name, f"the file is {size // 1048576} MB, larger than any telegram source "
                              f"({MAX_SOURCE_BYTES // 1048576} MB at most): split it", code="too-large")
        data = path.read_bytes()
    except FileNotFoundError:
        raise SourceError(name, "no such file: check the path", code="missing") from None
    except IsADirectoryError:
        raise SourceError(name, "this is a folder: give the files inside it", code="folder") from None
    except PermissionError:
        raise SourceError(name, "the file cannot be read (permission denied)", code="unreadable") from None
    try:
        return decode(data, name)
    except UnicodeDecodeError as exc:
        raise SourceError(name, f"the text cannot be decoded (byte {exc.start}): re-save it as UTF-8",
                          code="encoding") from None
    except _Blank:
        raise SourceError(name, "the file holds only whitespace: give a source with at least one telegram",
                          code="empty") from None
