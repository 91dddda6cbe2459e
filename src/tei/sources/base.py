"""The reader base class and the line handling every reader shares."""

from __future__ import annotations

import re

from ..messages import SourceError
from .model import Block, RawTelegram

SENTENCE_END = re.compile(r"[.!?:;,\"”“'’)\]]$")


class Reader:
    """Turns one source text into telegram records.  Subclasses set name and help."""

    name = ""
    help = ""

    @classmethod
    def score(cls, text: str) -> float:
        """How well the text fits this layout: 0 not at all, higher is better."""
        raise NotImplementedError

    def read(self, text: str, source: str) -> list[RawTelegram]:
        raise NotImplementedError

    def fail(self, source: str, line: int, text: str) -> SourceError:
        return SourceError(source, text, line, code=f"{self.name}-layout")


def numbered_lines(text: str, start: int = 1) -> list[tuple[int, str]]:
    return [(i, line.rstrip()) for i, line in enumerate(text.split("\n"), start)]


def lines_to_blocks(lines: list[tuple[int, str]]) -> list[Block]:
    """Group lines into paragraph blocks.

    Paragraphs are separated by blank lines, or are one line each where a source puts them
    on consecutive lines.  A line is joined to the one before only when that one was cut
    short mid-sentence (hard wrapping): it is long, does not end a sentence, and the next
    line goes on in lower case.
    """
    blocks: list[Block] = []
    previous_blank = True
    for number, raw in lines:
        line = raw.strip()
        if not line:
            previous_blank = True
            continue
        if blocks and not previous_blank and _continues(blocks[-1].text, line):
            joiner = "" if blocks[-1].text.endswith("-") and line[:1].islower() else " "
            blocks[-1].text = blocks[-1].text + joiner + line
        else:
            blocks.append(Block(line, number))
        previous_blank = False
    return blocks


def _continues(previous: str, line: str) -> bool:
    return len(previous) >= 40 and not SENTENCE_END.search(previous) and (line[:1].islower() or previous.endswith(" and"))


def clean_inline(text: str) -> str:
    """Collapse runs of spaces; keep every character of the source otherwise."""
    return re.sub(r"[ \t\u00a0]+", " ", text).strip()
