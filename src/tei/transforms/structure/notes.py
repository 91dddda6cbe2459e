"""Notes the structure pass places: endnotes after the text, a note marked with a star, a
note at its anchor."""

from __future__ import annotations

import re

from ...sources.base import NOTES_HEADING, RAISED
from ...sources.model import Block
from .. import Document, E, T
from .lines import ENDNOTE, STAR_NOTE


def _take_endnotes(doc: Document, blocks: list[Block]) -> list[Block]:
    """The notes printed after the text, each with its mark in the text before them: taken
    out of the blocks into the footnotes, where the brackets pass finds them by their mark."""
    blocks = _bracket_plain_marks(blocks)
    i = len(blocks)
    while i > 0 and blocks[i - 1].kind == "text" and ENDNOTE.match(blocks[i - 1].text):
        i -= 1
    notes = [ENDNOTE.match(b.text) for b in blocks[i:]]
    text = "\n".join(b.text for b in blocks[:i])
    if not notes:
        return _take_star_note(doc, blocks)
    if not all(f"[{m.group('n')}]" in text for m in notes):
        return blocks
    blocks, i = _join_lines_broken_at_marks(blocks[:i], notes) + blocks[i:], i - _broken_at_marks(blocks[:i], notes)
    for block, m in zip(blocks[i:], notes):
        doc.raw.footnotes.setdefault(f"[{m.group('n')}]", Block(m.group("text").strip(), block.line))
    _drop_marks_without_notes(doc, blocks[:i])
    if i > 0 and NOTES_HEADING.match(blocks[i - 1].text):  # "Notes:" above them goes with them
        i -= 1
    return blocks[:i]


# a note the site's page prints after the text with its number before it, its superscript mark in the
# text flattened to a figure: "1 The Russian text is unclear ...", "1. Boleslaw Jelen, ...", "[1] ..."
PLAIN_NOTE = re.compile(r"^(?:\[(?P<bracketed>\d{1,2})\]|(?P<n>\d{1,2})\.?)\s+(?P<text>[A-Z“\"(\[].{10,})$", re.S)


def _note_number(note: re.Match) -> str:
    return note.group("n") or note.group("bracketed")


def _bracket_plain_marks(blocks: list[Block]) -> list[Block]:
    """The notes numbered 1, 2, ... after the text ("1 ...", "1. ...", "[1] ..."), their marks in it
    flattened to plain figures, glued to a word ("(Donovan2 and ...", the sender's "From: ... JELEN1",
    a signature, a superscript "Jeleń¹") or first on the line after one the page broke there
    ("Barman" / "1 approached him"): the marks and the notes bracketed, "[1]", as the archive's
    other pages print them (they were paragraphs, and the closer above them was one too); the
    blocks as they were unless every note has one mark in the text."""
    i = len(blocks)
    while i > 0 and blocks[i - 1].kind == "text" and PLAIN_NOTE.match(blocks[i - 1].text):
        i -= 1
    notes = [PLAIN_NOTE.match(b.text) for b in blocks[i:]]
    if not notes or [int(_note_number(m)) for m in notes] != list(range(1, len(notes) + 1)):
        return blocks
    body = [Block(b.text, b.line, b.kind) for b in blocks[:i]]
    if any(m.group("bracketed") and f"[{m.group('bracketed')}]" in b.text for m in notes for b in body):
        return blocks  # (the marks bracketed as the notes are: _take_endnotes finds them)
    for m in notes:
        n = _note_number(m)
        # the figure after a word of two letters or more, not part of it: "JELEN1", "Jeleń¹" (not "X1", "B-29",
        # "No.5", "1949", "Tu-104")
        glued = [(k, g) for k, b in enumerate(body) if b.kind == "text"
                 for g in re.finditer(rf"(?<=[^\W\d_]{{2}})(?:{n}|{n.translate(RAISED)})(?![\w])", b.text)]
        broken = [k for k in range(1, len(body)) if body[k].kind == body[k - 1].kind == "text"
                  and re.match(rf"{n}\s+[a-z]", body[k].text) and not re.search(r"[.:;!?\"”]$", body[k - 1].text.strip())]
        if len(glued) + len(broken) != 1:
            return blocks
        if glued:
            k, g = glued[0]
            body[k].text = f"{body[k].text[:g.start()]}[{n}]{body[k].text[g.end():]}"
        else:
            k = broken[0]
            rest = body[k].text[len(n):].strip()
            body[k - 1].text = f"{body[k - 1].text.strip()}[{n}] {rest}"
            del body[k]
    return body + [Block(f"[{_note_number(m)}] {m.group('text')}", b.line, b.kind) for m, b in zip(notes, blocks[i:])]


def _broken_at_mark(blocks: list[Block], k: int, notes: list[re.Match]) -> bool:
    """Whether block k begins with a note's mark and goes on with the sentence of the block above
    it, which ends with no stop: "... connection with [Georgi] Bolshakov" / "[1] (the latter was
    not named ...": the page broke the line at the mark's superscript."""
    return k > 0 and blocks[k].kind == blocks[k - 1].kind == "text" \
        and any(re.match(rf"\[{m.group('n')}\]\s+[a-z(]", blocks[k].text) for m in notes) \
        and not re.search(r"[.:;!?\"”]$", blocks[k - 1].text.strip())


def _broken_at_marks(blocks: list[Block], notes: list[re.Match]) -> int:
    return sum(_broken_at_mark(blocks, k, notes) for k in range(len(blocks)))


def _join_lines_broken_at_marks(blocks: list[Block], notes: list[re.Match]) -> list[Block]:
    """The blocks, each one that begins with a note's mark where the page broke the line (see
    _broken_at_mark) joined to the block above it, the mark glued to its last word."""
    out: list[Block] = []
    for k, block in enumerate(blocks):
        if out and _broken_at_mark(blocks, k, notes):
            mark = block.text[:block.text.index("]") + 1]
            out[-1] = Block(f"{out[-1].text.strip()}{mark} {block.text[len(mark):].strip()}", out[-1].line, out[-1].kind)
        else:
            out.append(block)
    return out


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


# a drawn rule only, not sources.base.SEPARATOR: a "* * *" break above the note is the text's and stays
_NOTE_RULE = re.compile(r"^[—–_-]{3,}$")


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
            # (the rule the copy draws between the text and its note, "——————": the note's, gone with it)
            return blocks[:-2] if len(blocks) > 2 and _NOTE_RULE.match(blocks[-2].text.strip()) else blocks[:-1]
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
    note = E("note", note_block.text, place="foot", n=block.text.split("@")[0], type="source")  # (see brackets)
    note.sourceline = note_block.line
    target = container
    if len(target) and target[-1].tag == T + "opener" and len(target[-1]):
        target = target[-1][-1]  # (a mark after the opener's last line, "... yours number 691.2": that line's)
    while len(target) and target[-1].tag.split("}")[-1] in ("p", "signed", "closer", "dateline", "item", "list",
                                                            "quote", "salute", "head"):
        target = target[-1]
    target.append(note)
