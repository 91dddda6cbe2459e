"""Readers: one per kind of source, recognised by its structure, never by file name.

Each reader turns the text of a source into ``RawTelegram`` records.  ``sniff`` asks every
reader how well the text fits its layout and picks the best; ``--format`` overrides it.
"""

from __future__ import annotations

from .model import Block, Publication, RawTelegram
from .base import Reader, lines_to_blocks
from .wilson import WilsonTextReader, WilsonMarkdownReader
from .collected_works import CollectedWorksReader
from .compilation import CompilationReader
from .frus_web import FrusWebReader
from .page import UncitedPageReader

READERS: dict[str, type[Reader]] = {
    r.name: r for r in (WilsonTextReader, WilsonMarkdownReader, CollectedWorksReader, CompilationReader, FrusWebReader,
                                       UncitedPageReader)
}


def sniff(text: str) -> str | None:
    """Name of the reader whose layout fits the text best, or None if none fits."""
    best = (float("-inf"), "")  # (the highest score, and of two the reader last by name, as sorting them gives)
    for name, cls in READERS.items():
        if (cls.most, name) < best:
            continue  # (its score cannot be the highest: not worked out)
        best = max(best, (cls.score(text), name))
    best_score, best_name = best
    return best_name if best_score > 0 else None


__all__ = ["Block", "Publication", "RawTelegram", "Reader", "READERS", "sniff", "lines_to_blocks"]
