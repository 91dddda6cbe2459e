"""Notes the structure pass places: endnotes after the text, a note marked with a star, a
note at its anchor."""

from __future__ import annotations

import re

from ...sources.base import NOTES_HEADING
from ...sources.model import Block
from .. import Document, E, T
from .lines import ENDNOTE, STAR_NOTE


def _take_endnotes(doc: Document, blocks: list[Block]) -> list[Block]:
    """The notes printed after the text, each with its mark in the text before them: taken
    out of the blocks into the footnotes, where the brackets pass finds them by their mark."""
    i = len(blocks)
    while i > 0 and blocks[i - 1].kind == "text" and ENDNOTE.match(blocks[i - 1].text):
        i -= 1
    notes = [ENDNOTE.match(b.text) for b in blocks[i:]]
    text = "\n".join(b.text for b in blocks[:i])
    if not notes:
        return _take_star_note(doc, blocks)
    if not all(f"[{m.group('n')}]" in text for m in notes):
        return blocks
    for block, m in zip(blocks[i:], notes):
        doc.raw.footnotes.setdefault(f"[{m.group('n')}]", Block(m.group("text").strip(), block.line))
    _drop_marks_without_notes(doc, blocks[:i])
    if i > 0 and NOTES_HEADING.match(blocks[i - 1].text):  # "Notes:" above them goes with them
        i -= 1
    return blocks[:i]


# the archive's mark of a note glued after a word or its stop, "Committee:[1]", "alliance.[3]" (not
# a year the editor supplies, "[1950]", nor a bracket after a space)
GLUED_MARK = re.compile(r"(?<=[\w.,;:!?)’”\"'])\[(?P<n>\d{1,3})\](?![\w\[])")


def _drop_marks_without_notes(doc: Document, blocks: list[Block]) -> None:
    """The marks of notes the copy lacks, where it prints the others after the text (a copy cut
    in its notes: "[1]" and "[2]" there, "[3]" not): out of the words, each reported (they were
    read as the editor's supplied words, "3"), as a FRUS page's marks without notes are."""
    for block in blocks:
        if block.kind != "text":
            continue
        for mark in reversed(list(GLUED_MARK.finditer(block.text))):
            if f"[{mark.group('n')}]" in doc.raw.footnotes:
                continue
            doc.warn(block.line, f"note {mark.group('n')} is marked in the text "
                     f"('{block.text[max(0, mark.start() - 20):mark.end()]}') but the copy ends before its note: "
                     "the mark is left out; add the note after the others", "missing-note")
            block.text = block.text[:mark.start()] + block.text[mark.end():]


def _take_star_note(doc: Document, blocks: list[Block]) -> list[Block]:
    """A note marked "*" after the text (it was read as a bulleted item): the mark glued to a
    word above it becomes the bracketed mark the brackets pass turns into the note."""
    if not blocks or blocks[-1].kind != "text":
        return blocks
    note = STAR_NOTE.match(blocks[-1].text)
    if note is None:
        return blocks
    mark = note.group("n")
    glued = re.compile(r"(?<=[\w.,;:!?)\]'’\"”])" + re.escape(mark) + r"(?![*\w])")
    for block in reversed(blocks[:-1]):
        found = list(glued.finditer(block.text)) if block.kind == "text" else []
        if found:
            m = found[-1]
            block.text = f"{block.text[:m.start()]}[{mark}]{block.text[m.end():]}"
            doc.raw.footnotes.setdefault(f"[{mark}]", Block(note.group("text").strip(), blocks[-1].line))
            return blocks[:-1]
    return blocks


def _attach_note(doc: Document, container, block: Block) -> None:
    """A footnote anchor: the note goes at the end of what precedes it (the head, for a
    compilation's note on an item's heading)."""
    note_block = doc.raw.footnotes.get(block.text)
    if note_block is None:
        doc.warn(block.line, f"footnote mark '{block.text}' has no footnote text in the source; "
                 "it is kept as text", "footnote")
        target = container[-1] if len(container) else container
        target.append(E("seg", block.text, type="footnote-mark"))
        return
    note = E("note", note_block.text, place="foot", n=block.text, type="source")
    note.sourceline = note_block.line
    target = container
    if len(target) and target[-1].tag == T + "opener" and len(target[-1]):
        target = target[-1][-1]  # (a mark after the opener's last line, "... yours number 691.2": that line's)
    while len(target) and target[-1].tag.split("}")[-1] in ("p", "signed", "closer", "dateline", "item", "list",
                                                            "quote", "salute", "head"):
        target = target[-1]
    target.append(note)
