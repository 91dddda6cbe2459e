"""Reading source files whatever their encoding, refusing what is not text."""

from __future__ import annotations

import codecs
import re
import unicodedata
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
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    # UTF-8 with a few bytes of another encoding (a word typed in a Windows editor and pasted in,
    # "Sung\x92s"): its UTF-8 kept, each stray byte read as Windows-1252 (decoding the whole as
    # Windows-1252 would turn every quotation mark and dash into two or three letters)
    if _mostly_utf8(data):
        # (the name says the line of the first: "utf-8+cp1252:14")
        line = data.count(b"\n", 0, first_bad) + 1
        return _normalize(data.decode("utf-8", errors="cp1252-byte")), f"utf-8+cp1252:{line}"
    # Windows-1252 is what word processors on Windows write; it decodes every byte but 5.
    try:
        return _normalize(data.decode("cp1252")), "cp1252"
    except UnicodeDecodeError:
        return _normalize(data.decode("latin-1")), "latin-1"


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")


def _mostly_utf8(data: bytes) -> bool:
    """Whether the bytes beyond ASCII are UTF-8's sequences but for a few (at most one in ten)."""
    in_sequences = sum(len(m.group(0)) for m in _UTF8_SEQUENCE.finditer(data))
    stray = len(_HIGH_BYTE.findall(data)) - in_sequences
    return in_sequences > 0 and 0 < stray * 10 <= in_sequences


def _cp1252_byte(exc: UnicodeDecodeError) -> tuple[str, int]:
    byte = exc.object[exc.start:exc.start + 1]
    try:
        return byte.decode("cp1252"), exc.start + 1
    except UnicodeDecodeError:
        return byte.decode("latin-1"), exc.start + 1


codecs.register_error("cp1252-byte", _cp1252_byte)


# UTF-8 read as Windows-1252 and saved again ("â€œ" for "“", "â€™" for "’", "Ã©" for "é"), as a
# copy passed through two programs has it: each such run of letters is the character it stood for
MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
                      "\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039"
                      "\u203a\u20ac\u2122\ufffd]{1,3}")


def _unmangle(run: re.Match) -> str:
    # (the five bytes Windows-1252 leaves undefined are read as Latin-1's controls, "â€\x9d" for "”";
    # a copy that lost that byte to "�" most likely had the closing quotation mark there)
    if run.group(0) == "\u00e2\u20ac\ufffd":
        return "\u201d"
    try:
        return b"".join(c.encode("latin-1") if "\x80" <= c <= "\x9f" else c.encode("cp1252")
                        for c in run.group(0)).decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return run.group(0)


def repair_mojibake(text: str) -> tuple[str, int]:
    """The text with UTF-8 read as Windows-1252 put right, and how many runs were (only where
    "â€" or "Ã" shows it: a text of names with diacritics has none)."""
    if "\u00e2\u20ac" not in text and "\u00c3" not in text:
        return text, 0
    count = 0

    def fix(run: re.Match) -> str:
        nonlocal count
        fixed = _unmangle(run)
        count += fixed != run.group(0)
        return fixed
    return MOJIBAKE.sub(fix, text), count


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


# a form feed, where a PDF's text (pdftotext) ends each page: inside a sentence, the line above
# not ending one and the next going on in lower case, the sentence goes on across it
FORM_FEED_IN_SENTENCE = re.compile(r"(?<=[a-z,;\-])[ \t]*\n?[ \t]*\f[ \t]*\n?(?=[ \t]*[a-z])")


def composed(text: str) -> str:
    """The text with each letter and its accents as one character (NFC): a name typed with
    combining accents, "Sla\u0301nsky\u0301", is the "Slánský" the authority file and the
    names' patterns read (a mark apart is no letter to them: the name was cut at it)."""
    return text if text.isascii() or unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def _normalize(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    if "\f" in text:
        text = FORM_FEED_IN_SENTENCE.sub("\n", text).replace("\f", "\n")  # (elsewhere a break between paragraphs)
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
