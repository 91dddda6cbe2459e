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
    scored = sorted(((cls.score(text), name) for name, cls in READERS.items()), reverse=True)
    best_score, best = scored[0]
    return best if best_score > 0 else None


__all__ = ["Block", "Publication", "RawTelegram", "Reader", "READERS", "sniff", "lines_to_blocks"]
