"""A compilation's notes: their marks in the text, and the notes printed at the foot of a
page, after an item or at the end of the book, each given to the item that holds its mark."""

from __future__ import annotations

import re
from dataclasses import replace

from ..base import LOWERED, NOTES_HEADING, PAGE_LINE, RAISED, SENTENCE_END, SUPERSCRIPT_FIGURES
from ..model import Block, RawTelegram
from ...regexes import led

# a note's mark: "1", "*", "**", the dagger and double dagger "†", "‡", "§", a superscript "¹"
_MARK = rf"\d{{1,2}}|\*{{1,3}}|†{{1,3}}|‡{{1,2}}|§|[{SUPERSCRIPT_FIGURES}]{{1,3}}"


# a footnote under the text: "1 The letter ...", "* ...", "† Hsipaipo ...", "¹ The Nanking ...",
# "(1) See ..." (its mark "(1)" in the text), "1) The full text ..." (its mark "1)"), "[1] The
# decision ..." (its mark "[1]")
FOOTNOTE = re.compile(rf"^(?:(?P<n>{_MARK})|\((?P<pn>\d{{1,2}})\)|(?P<rn>\d{{1,2}})\)|\[(?P<bn>\d{{1,2}})\])\s*"
                      r"(?P<text>[A-Z„“\"'‘].{20,})$")


ANCHOR = re.compile(rf"^({_MARK})$")


# a short note under a superscript mark, which no line of text begins with: "¹ See No. 13." (a
# figure's note must be longer, "1 See No. 13." may be a point of the text)
SHORT_NOTE = re.compile(rf"^(?P<n>[{SUPERSCRIPT_FIGURES}]{{1,3}})(?P<pn>(?!))?(?P<rn>(?!))?(?P<bn>(?!))?\s*(?P<text>[A-Z„“\"'‘].{{2,19}})$")


def _footnote(line: str | Block) -> re.Match | None:
    """FOOTNOTE's match of a line, unless the line is a date: "14 March 1951, 24:00 hours"
    under a signature is the dateline, not note 14 (its mark would be found in "(14 March").
    A short note under a figure only in a block read as a note (see _short_notes_at_page_foot)."""
    from ...transforms.structure.lines import is_dateline  # (here: the transforms import the readers)

    text = line if isinstance(line, str) else line.text
    match = FOOTNOTE.match(text) or SHORT_NOTE.match(text) or (
        None if isinstance(line, str) or line.kind != "note" else SHORT_FIGURE_NOTE.match(text) or SHORT_SIGN_NOTE.match(text))
    return None if match is None or is_dateline(text) else match


# a note's mark at the end of an item's heading: a superscript, asterisks, a dagger (a digit
# there would be the year's)
HEADING_MARK_PATTERN = rf"(?<=[\w.)\]])(?:[{SUPERSCRIPT_FIGURES}]{{1,3}}|\*{{1,3}}|†{{1,3}}|‡{{1,2}})"
HEADING_MARK = re.compile(rf"{HEADING_MARK_PATTERN}$")


# the rule a page prints above its footnotes: "______________", "----------"
RULE = re.compile(r"^(?:_{5,}|[-—–]{5,})$")


def mark_anchors(blocks: list[Block]) -> list[Block]:
    """A footnote mark on a line of its own ("1", "*") is an anchor, not text."""
    for block in blocks:
        if ANCHOR.match(block.text):
            block.kind = "anchor"
    return blocks


def attach_footnotes(records: list[RawTelegram]) -> None:
    """Footnotes printed after the last telegram ("1 The letter is not published."), read
    from the end: each belongs to the telegram that holds its mark (on a line of its own, or
    in the line, see _inline_anchor); the first without a mark ends them.  So too the notes
    printed after an item's text, its own, and those at the foot of a page amid an item's
    text, under their rule (see _page_foot_notes)."""
    _page_foot_notes(records)
    for record in records[:-1]:  # an item's own notes after its text: their marks in it
        _notes_at_end(record, [record])
    last = records[-1]
    _notes_at_end(last, records)
    if last.blocks and any(r.footnotes for r in records) and NOTES_HEADING.match(last.blocks[-1].text):
        last.blocks.pop()  # "NOTES" above them
    _unplaced_notes(records)
    _marks_without_notes(records)
    for block in (b for r in records for b in r.blocks if b.kind == "note"):
        block.kind = "text"  # (a short note whose mark was not found: a line of the text, as printed)


# a note's mark glued after the full stop or comma ending a word, the next sentence after it:
# "the Polish Republic.96 You are ..." (not "No.96": an abbreviation's stop), or after the mark
# closing a quotation there: "full blast for “Overlord.”50 General ..."
_GLUED_AFTER_STOP = led(re.compile(r"(?:(?<=[a-z][a-z][.,;])|(?<=[a-z][.,;][”\"]))(?<!\bNo\.)(?<!\bpp\.)(?<!\bvol\.)(?P<n>\d{1,3})(?=\s+[A-Z“\"]|$)"))


def _marks_without_notes(records: list[RawTelegram]) -> None:
    """Marks glued after a sentence's stop ("Republic.96") in a book whose page holds none of
    its notes (a volume prints them elsewhere): out of the words, and said so."""
    if any(r.footnotes for r in records):
        return
    for record in records:
        drop_marks(record, _GLUED_AFTER_STOP, "its note is not in the source: the mark is left out; add the volume's "
                   "notes at the end")


def words_before(text: str, end: int, reach: int = 20) -> str:
    """The words of text before end, some reach characters of them, the first word whole (a
    message quotes where a mark stands: "Joseph E. Davies:30", not "om Joseph E. Davies:30")."""
    start = max(0, end - reach)
    if start > 0 and not text[start - 1].isspace():  # (inside a word: from its beginning)
        start = text.rfind(" ", 0, start) + 1
    return text[start:end].strip()


def drop_marks(record: RawTelegram, marks: re.Pattern, why: str) -> None:
    """The marks (group "n", after what the pattern reads before it) of notes the source lacks: out of the words of the record's text,
    each reported with why."""
    for block in record.blocks:
        if block.kind != "text":
            continue
        for mark in reversed(list(marks.finditer(block.text))):
            record.warnings.append((block.line, f"note {mark.group('n')} is marked in the text "
                                    f"('{words_before(block.text, mark.end('n'), 20 + len(mark.group('n')))}') but {why}", "missing-note"))
            block.text = block.text[:mark.start('n')] + block.text[mark.end('n'):]


def _after_the_notes(records: list[RawTelegram]) -> None:
    """What an item prints after its notes is not the telegram's (its text ends above them):
    the page's running head or number, as a page marker, before the next item (or the notes,
    after the last); the editor's paragraph introducing the next items, left out and said so.
    Notes are those whose marks the text above prints; notes at a page's foot under their
    rule are amid the text (see _page_foot_notes)."""
    _short_notes_at_page_foot(records)
    _rules_over_page_notes(records)
    for k, record in enumerate(records):
        blocks = record.blocks
        end = len(blocks)
        while end > 0 and blocks[end - 1].kind == "text" and not _footnote(blocks[end - 1]):
            end -= 1
        start = end
        while start > 0 and _footnote(blocks[start - 1]):
            start -= 1
        if end == len(blocks) or start == end or start == 0 or RULE.match(blocks[start - 1].text):
            continue
        above = " ".join(b.text for r in records[:k + 1] for b in (r.blocks[:start] if r is record else r.blocks))
        if not all(_marked_in(_note_mark(_footnote(b))[0], above) for b in blocks[start:end]):
            continue
        tail = blocks[end:]
        del blocks[end:]
        pages = [b for b in tail if PAGE_LINE.match(b.text)]
        if k + 1 < len(records):
            records[k + 1].blocks[:0] = pages
        else:
            blocks[start:start] = pages
        for block in tail:
            if not PAGE_LINE.match(block.text):
                record.warnings.append((block.line, f"a paragraph after the notes of item {record.number_in_source or k + 1} "
                                        f"is the editor's, not the telegram's: left out ('{block.text[:60]}...')",
                                        "editorial-text"))


def _marked_in(mark: str, text: str) -> bool:
    """Whether the text prints the note's mark: a superscript, "(1)", "1)", "[1]" anywhere; a
    plain figure only run on after a word ("Corps1", "help.1", "said.”1"), since any "1" of a
    date or a number would do otherwise (numbered points above a signature were taken for notes,
    and the signature under them left out as the editor's)."""
    if not mark.isascii() or not mark.isdigit():
        return mark in text
    return re.search(rf"[A-Za-z][.,;:!?\"'”’)]?(?<!\bNo\.){mark}(?=[\s.,;:)]|$)", text) is not None


# a short note under a figure: "1 See No. 33." (as likely a numbered point of the text, see
# _short_notes_at_page_foot)
SHORT_FIGURE_NOTE = re.compile(r"^(?P<n>\d{1,2})(?P<pn>(?!))?(?P<rn>(?!))?(?P<bn>(?!))?\s+(?P<text>[A-Z„“\"'‘].{2,19})$")
# or under a star or dagger: "* Jiangyin." (a line of text may begin with a star, a list's item: as
# likely one; see _short_notes_at_page_foot)
SHORT_SIGN_NOTE = re.compile(r"^(?P<n>\*{1,3}|†{1,3}|‡{1,2})(?P<pn>(?!))?(?P<rn>(?!))?(?P<bn>(?!))?\s*(?P<text>[A-Z„“\"'‘].{2,19})$")


def _short_notes_at_page_foot(records: list[RawTelegram]) -> None:
    """Short notes under a figure ("1 See No. 33.") or a star or dagger ("* Jiangyin.") in a page's foot: after the last paragraph,
    before the running head or the next item, each mark run on after a word of the text above
    ("Corps1", "help.1"): read as notes (kind "note"); elsewhere such a line may be a numbered
    point of the text ("1 Meet in March." / "2 Send few men." / the signature)."""
    for record in records:
        blocks, i = record.blocks, 1
        while i < len(blocks):
            j = i
            while j < len(blocks) and blocks[j].kind == "text" and (
                    _footnote(blocks[j]) or SHORT_FIGURE_NOTE.match(blocks[j].text) or SHORT_SIGN_NOTE.match(blocks[j].text)):
                j += 1
            if j == i:
                i += 1
                continue
            at_foot = j == len(blocks) or PAGE_LINE.match(blocks[j].text)
            last_paragraph = blocks[i - 1].kind == "text" and not _footnote(blocks[i - 1])
            above = " ".join(b.text for b in blocks[:i] if b.kind == "text")
            if at_foot and last_paragraph:
                for block in blocks[i:j]:
                    footnote = _footnote(block)
                    short = None if footnote else SHORT_FIGURE_NOTE.match(block.text)
                    if short and re.search(rf"(?:[a-z]|[a-z][.,;])(?<!\bNo\.){short.group('n')}(?=[\s.,;:)]|$)", above):
                        block.kind = "note"
                    sign = None if footnote else SHORT_SIGN_NOTE.match(block.text)
                    # ("taken.*": the sign run on after a word of the text above, no other sign after it)
                    if sign and re.search(rf"(?<=[\w.,;:!?)”\"]){re.escape(sign.group('n'))}(?![*†‡])", above):
                        block.kind = "note"
            i = j


def _rules_over_page_notes(records: list[RawTelegram]) -> None:
    """Notes at a page's foot printed without a rule over them, numbered by the page, the
    telegram going on over the page ("...the 1st Corps1 are retreating" / "1 The 1st Corps of
    the KPA." / "62   KOREA 1950-1953" / "Pak Hon-yong proposes ..." / "SHTYKOV"): a rule put
    over them, so that they are the page's notes (see _page_foot_notes), not the item's end."""
    for record in records:
        blocks, i = record.blocks, 1
        while i < len(blocks):
            if not (blocks[i].kind in ("text", "note") and _footnote(blocks[i])) or _footnote(blocks[i - 1]) \
                    or blocks[i - 1].kind != "text" or RULE.match(blocks[i - 1].text):
                i += 1
                continue
            j = i
            while j < len(blocks) and blocks[j].kind in ("text", "note") and _footnote(blocks[j]):
                j += 1
            above = " ".join(b.text for b in blocks[:i])
            if _text_goes_on(blocks[j:]) and all(_note_mark(_footnote(b))[0] in above for b in blocks[i:j]):
                blocks.insert(i, Block("_____", blocks[i].line))
                j += 1
            i = j


def _text_goes_on(tail: list[Block]) -> bool:
    """Whether the lines after notes are the telegram going on over the page: the page's marker
    first, and then a signature or dateline of the telegram's (an editor's paragraph introducing
    the next items has none)."""
    from ...transforms.structure.lines import is_dateline, is_signature  # (here: the transforms import the readers)

    return bool(tail) and bool(PAGE_LINE.match(tail[0].text)) and any(
        b.kind == "text" and not _footnote(b) and (is_signature(b.text) or is_dateline(b.text)) for b in tail[1:])


# the item a book's notes at its end are for: a line "To No. 1", "To Document 3", "Item 2", or
# the note's first words ("1. Item 1: The telegram ...", "[1] To No. 2: ...")
NOTES_FOR = re.compile(r"^(?:(?:To|For)\s+)?(?:No\.|Nos?\.|Document|Doc\.|Item|Telegram)\s*(?P<item>\d{1,3}|[IVXL]{1,6})"
                       r"(?:[.:]\s*|$)", re.I)


# a note under the notes' heading: as FOOTNOTE, short too ("[1] See No. 1 above."), or
# numbered with a full stop ("1. Item 1: The telegram was ...")
NOTE_UNDER_HEADING = re.compile(rf"^(?:(?P<n>{_MARK})\.?|\((?P<pn>\d{{1,2}})\)|(?P<rn>\d{{1,2}})\)|\[(?P<bn>\d{{1,2}})\])\s*"
                                r"(?P<text>[A-Z„“\"'‘].{2,})$")


def _notes_by_item(records: list[RawTelegram]) -> None:
    """The book's notes at its end, under "NOTES", grouped by the items they are for ("To No.
    1" / "[1] The landing ..." / "To No. 2" / "[1] See ..."), or each naming its item ("1.
    Item 1: ..."): each note to its mark in that item's text (each item numbers its notes
    anew, so the marks recur); a note whose mark is not found, to the item's header, said
    to be unplaced.  Notes not so grouped are read as before (see attach_footnotes)."""
    last = records[-1]
    at = next((i for i in range(len(last.blocks) - 1, 0, -1) if NOTES_HEADING.match(last.blocks[i].text)), None)
    if at is None:
        return
    groups, item = [], None
    for block in last.blocks[at + 1:]:
        label = NOTES_FOR.match(block.text)
        if label and label.end() == len(block.text):
            item = label.group("item")
            continue
        note = NOTE_UNDER_HEADING.match(block.text)
        if not note:
            return
        printed = _note_mark(note)[0]
        words = note.group("text").strip()
        label = NOTES_FOR.match(words)
        if label:  # "Item 1: The telegram ...": the words say where it belongs
            words = words[label.end():].strip()
        groups.append((label.group("item") if label else item, printed, words, block.line))
    if not groups or any(g[0] is None for g in groups):
        return
    numbered = {r.number_in_source: r for r in records}
    del last.blocks[at:]
    for item, printed, words, line in reversed(groups):  # (from the end, as the marks: "[1][2]")
        owner = numbered.get(item)
        key = owner and _mark_in(owner, printed)
        if key:
            owner.footnotes[key] = Block(words, line)
            continue
        owner = owner or last
        owner.publication = replace(owner.publication, notes=[
            *owner.publication.notes, f"{printed} {words} (The source prints no mark for this note.)"])


def _mark_in(record: RawTelegram, printed: str) -> str | None:
    """The key a note printed with the mark printed is filed under in record's footnotes,
    its mark found in record's text (on a line of its own, or in the line; a note numbered
    "1" marked "¹" or "[1]" in the text); None when record prints no such mark."""
    number = printed.strip("[]()")
    forms = [printed] + ([number.translate(RAISED), f"[{number}]", number] if number.isdigit() else [])
    for form in dict.fromkeys(forms):
        if any(b.kind == "anchor" and b.text == form for b in record.blocks) and form not in record.footnotes:
            return form
        key = _inline_anchor([(record, len(record.blocks))], form, {}, number if number.isdigit() else form)
        if key is not None and key not in record.footnotes:
            return key
    return None


def _note_mark(match: re.Match) -> tuple[str, str]:
    """(the mark as the text prints it, the mark the note is filed and numbered under):
    "(1)" as printed; "1)" and "¹" as "1"."""
    if match.group("pn"):
        return f"({match.group('pn')})", f"({match.group('pn')})"
    if match.group("rn"):
        return f"{match.group('rn')})", match.group("rn")
    if match.group("bn"):
        return f"[{match.group('bn')}]", match.group("bn")
    return match.group("n"), match.group("n").translate(LOWERED)


def _notes_at_end(holder: RawTelegram, records: list[RawTelegram]) -> None:
    """The notes at the end of holder's text, read from the end, each into the one of records
    holding its mark; the first that is not a note, or whose mark is not found, ends them."""
    # the marks on lines of their own, in order; a book that numbers its notes item by item
    # ("*" in each) has the same mark in several: the notes, read from the end, take them
    # from the end
    marked = [(r, b.text) for r in records for b in r.blocks if b.kind == "anchor"]
    anchors: dict = {}
    # under a "NOTES" heading a note may be numbered with a full stop, "1. Peng Dehuai was ...",
    # its mark in the text a superscript ("Peng Dehuai,¹ our forces")
    heading = next((i for i in range(len(holder.blocks) - 1, -1, -1) if NOTES_HEADING.match(holder.blocks[i].text)), None)
    numbered = heading is not None and all(NOTE_UNDER_HEADING.match(b.text) for b in holder.blocks[heading + 1:])
    while holder.blocks:
        match = _footnote(holder.blocks[-1]) or (numbered and NOTE_UNDER_HEADING.match(holder.blocks[-1].text))
        if not match:
            break
        printed, mark = _note_mark(match)
        owner = next((r for r, m in reversed(marked) if m == printed and mark not in r.footnotes), None)
        # (the holder's last block is the note itself)
        within = [(r, len(r.blocks) - (r is holder)) for r in records]
        key = mark if owner is not None else _inline_anchor(within, printed, anchors, mark)
        if owner is not None and mark != printed:
            # a mark on a line of its own or on a heading ("... 1950¹"): filed as the marks in the
            # line are ("¹" as "1"), so the notes of one book are numbered alike
            anchor = next(b for b in reversed(owner.blocks) if b.kind == "anchor" and b.text == printed)
            anchor.text = mark
        if key is None and owner is None and numbered and printed.isdigit():
            printed = printed.translate(RAISED)  # "1." marked "¹"
            key = _inline_anchor(within, printed, anchors, mark)
        if key is None:
            break
        owner = owner or anchors[printed]
        note = holder.blocks.pop()
        owner.footnotes[key] = Block(match.group("text").strip(), note.line)


def _page_foot_notes(records: list[RawTelegram]) -> None:
    """Notes printed at the foot of a page amid an item's text, under their rule
    ("______________" / "¹ The Nanking government's note ..." / "² Li Tsung-jen ..."): out
    of the text, the rule too (it is not a break in the telegram); each into the telegram
    holding its mark on that page or before it (a note may be an earlier item's)."""
    for k, record in enumerate(records):
        i = 0
        while i < len(record.blocks):
            if not (record.blocks[i].kind == "text" and RULE.match(record.blocks[i].text)):
                i += 1
                continue
            j = i + 1
            while j < len(record.blocks) and _footnote(record.blocks[j]):
                j += 1
            notes = record.blocks[i + 1:j]
            if not notes:
                i += 1
                continue
            del record.blocks[i:j]
            _sentence_across_the_page(record.blocks, i)
            anchors: dict = {}
            for note in notes:
                match = _footnote(note)
                printed, mark = _note_mark(match)
                size = len(record.blocks)
                # (filed under the mark and its line: a book numbering its notes page by page has note 1
                # on each page of one item; the note's n is the mark)
                key = _inline_anchor([*((r, len(r.blocks)) for r in records[:k]), (record, i)], printed, anchors,
                                     f"{mark}@{note.line}")
                if key is None:  # its mark not found: kept as printed
                    note.kind = "text"
                    record.blocks.insert(i, note)
                    i += 1
                    continue
                i += len(record.blocks) - size  # (an anchor block inserted above)
                anchors[printed].footnotes[key] = Block(match.group("text").strip(), note.line)


def _sentence_across_the_page(blocks: list[Block], at: int) -> None:
    """"... We ask you to send, if" / (the page's notes, taken out) / "[p. 201]" / "it is possible,
    ...": the sentence the page divided one paragraph again, the page's marker inside it (the notes
    between had kept the page's line breaks from joining it)."""
    if 0 < at < len(blocks) - 1 and blocks[at - 1].kind == blocks[at].kind == blocks[at + 1].kind == "text" \
            and PAGE_LINE.match(blocks[at].text) and not SENTENCE_END.search(blocks[at - 1].text.rstrip()) \
            and blocks[at + 1].text.lstrip()[:1].islower():
        above = blocks[at - 1]
        blocks[at - 1:at + 2] = [Block(f"{above.text.rstrip()} {blocks[at].text} {blocks[at + 1].text.lstrip()}", above.line)]


def _unplaced_notes(records: list[RawTelegram]) -> None:
    """Notes under a "NOTES" heading after the last telegram whose marks are not in the text:
    the book's, not the telegram's words.  Each goes to the header of the telegram that names
    what it begins with ("1 Vyshinskii, Andrei ...": the telegram naming Vyshinskii; else the
    last, and the note says so), said to be unplaced."""
    last = records[-1]
    at = next((i for i in range(len(last.blocks) - 1, -1, -1) if NOTES_HEADING.match(last.blocks[i].text)), None)
    if at is None or at == len(last.blocks) - 1 or at == 0:
        return
    # (numbered with a full stop too: "1. Vladimír Clementis, Minister of ...")
    found = [_footnote(b) or NOTE_UNDER_HEADING.match(b.text) for b in last.blocks[at + 1:]]
    if not all(found):
        return
    del last.blocks[at:]
    for note in found:
        lemma = re.split(r",|\s(?:was|is|were|are|had|has)\s", note.group("text"), maxsplit=1)[0].strip()
        named = [r for r in records if lemma and any(lemma in b.text for b in r.blocks) or lemma in r.heading]
        family = lemma.split()[-1] if lemma and len(lemma.split()) in (2, 3) and lemma.istitle() else ""
        if not named and len(family) > 3:  # the text names him by his family name alone: "the case of Clementis"
            named = [r for r in records if any(re.search(rf"\b{re.escape(family)}\b", b.text) for b in r.blocks)]
        owner = named[-1] if named else last
        mark = note.group("n") or note.group("pn") or note.group("bn") or note.group("rn")
        where = ("" if named else "; it is given with the last telegram, whose it may not be")
        owner.publication = replace(owner.publication, notes=[
            *owner.publication.notes, f"{mark}. {note.group('text').strip()} (The source prints no mark for this note{where}.)"])


def _inline_anchor(within: list[tuple[RawTelegram, int]], mark: str, anchors: dict, key: str = "") -> str | None:
    """A footnote mark printed in the line, not on a line of its own: at the end of a block
    ("the treaty.*", "FILLIPOV1"), it becomes an anchor block after it; inside one ("the
    pseudonym Fillipov1 for reasons"), the bracketed mark "[1]" the brackets pass turns into
    the note at its place.  The last such mark is taken, in the records within and so many of
    their first blocks; a digit only right after a letter or punctuation, never ending a number
    or after "No."; a superscript "¹" after anything.  The note is filed under key (the mark
    as printed, else: "1)" and "¹" as "1").  Returns the key the note is filed under in the
    record's footnotes (None: no such mark), the record holding it in anchors[mark]."""
    key = key or mark
    after = r"(?<=[^\s\d*])" if mark[:1].isdigit() else r"(?<=\S)" if mark[:1] in SUPERSCRIPT_FIGURES else r"(?<=[^\s*])"
    at_end = re.compile(after + re.escape(mark) + "$")
    # not a part of a number or a date ("7.2.50", "1,200"): no digit before the punctuation
    # before it, none after the punctuation after it (one after a comma the next note's mark); a closing quotation mark may follow it
    # ("assistance.1)\"")
    inside = re.compile(r"(?<!No\.)(?<!No)" + (r"(?<!\d[.,/])" if mark[:1].isdigit() else "") + after + re.escape(mark)
                        + r"(?=[\s,;:.!?)\"”’»]|$)(?![./]\d)(?!,\d\d)")  # (but "contracting.2,3": two notes' marks)
    for record, end in reversed(within):
        blocks = record.blocks[:end]
        for i in range(len(blocks) - 1, -1, -1):
            block = blocks[i]
            if block.kind != "text":
                continue
            if at_end.search(block.text):
                block.text = block.text[:-len(mark)].rstrip()
                record.blocks.insert(i + 1, Block(key, block.line, kind="anchor"))
                anchors[mark] = record
                return key
            found = list(inside.finditer(block.text))
            if found:
                m = found[-1]
                block.text = f"{block.text[:m.start()]}[{key}]{block.text[m.end():]}"
                anchors[mark] = record
                return f"[{key}]"
            if mark[:1].isdigit() and f"[{mark}]" in block.text:  # printed in brackets: "events in Korea.[1]"
                if key != mark:
                    block.text = block.text.replace(f"[{mark}]", f"[{key}]")
                anchors[mark] = record
                return f"[{key}]"
    if not mark.isdigit():
        return None
    # a number set apart after a comma, the sentence going on ("December 31st, 17 as it is"): the
    # mark of the note the source has (and only then: else a number of the text), where no glued one is
    spaced = re.compile(r"(?<=[A-Za-z][,;])\s+" + re.escape(mark) + r"(?=\s+[a-z])")
    for record, end in reversed(within):
        for block in reversed(record.blocks[:end]):
            found = list(spaced.finditer(block.text)) if block.kind == "text" else []
            if found:
                m = found[-1]
                block.text = f"{block.text[:m.start()]}[{key}]{block.text[m.end():]}"
                anchors[mark] = record
                return f"[{key}]"
    return None
