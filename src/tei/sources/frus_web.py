"""One document of Foreign Relations of the United States as its web edition prints it
(history.state.gov, one document a page), the page's text copied.

Layout: the file line ("711.5/7–2150: Telegram", "123 Kirk, Alan G.: Telegram"), the heading
naming offices with their holders in brackets ("The Ambassador in the Soviet Union (Kirk) to the
Secretary of State", a note's mark after it), the markings ("top secret") and the dateline
("Washington, November" / "2, 1950—noon.", the page breaks it) on lines of their own, the
editor's "[Received July 21—5:41 p. m.]", the text beginning with the telegram's number ("183.
Needless to say ..."), "[Page 444]" where the printed volume's page begins, the signature, and
the notes, their marks glued to the words ("Freers1"), listed at the end ("  1. Edward L.
Freers, ...", or "- Nikolay ... Union.↩"); the volume's id ("frus1950v07") or citation
("Foreign Relations, 1950, vol. VII") on a line of its own where the copy kept it.

A reader of its own rather than the compilation reader taught a one-item form: the page has no
title page, no item numbers and no book's notes section, which is all the compilation reader's
work is about; what the two share (the file line, the FRUS heading, the notes' marks in the
line) is the compilation's code, used here.
"""

from __future__ import annotations

import re

from ..dates.words import FULL_MONTH, MONTH
from .base import ENGLISH, LOWERED, SUPERSCRIPT_FIGURES, Reader, a_year, clean_inline, lines_to_blocks, numbered_lines
from .compilation import FILE_LINE, omissions
from .compilation.headings import _OFFICE, _as_title
from .compilation.notes import _inline_anchor, drop_marks
from .model import Block, Publication, RawTelegram

# the document's heading: offices (or persons), the holder in brackets, "... to ...", a note's
# mark after it ("... Secretary of State 1", "State1", "State¹")
HEADING = re.compile(rf"^(?P<head>(?:The\s+)?{_OFFICE}\s+to\s+(?:the\s+)?{_OFFICE}?)\s*(?P<mark>\d{{1,2}}|[{SUPERSCRIPT_FIGURES}]{{1,2}}|\*)?$")

# the later volumes' heading, the document's number and kind before the parties, no file line over
# it (the source is the first note): "62. Telegram From the Department of State to the Embassy in the
# Soviet Union 0", "66. Letter From Chairman Khrushchev to President Kennedy"
NUMBERED_HEADING = re.compile(rf"^(?P<n>\d{{1,4}})\.\s+(?P<head>(?P<kind>(?:Circular\s+)?(?:Telegram|Letter|Message|Airgram|Despatch))"
                              rf"\s+(?:From|from)\s+(?:the\s+)?{_OFFICE}\s+to\s+(?:the\s+)?{_OFFICE})"
                              rf"\s*(?P<mark>\d{{1,2}}|[{SUPERSCRIPT_FIGURES}]{{1,2}}|\*)?$")

# the volume the page is from: the web edition's id ("frus1950v07", in its address too; "frus1951v04p2"
# the volume's second part), or its
# citation on a line of its own ("Foreign Relations, 1950, vol. VII", "Foreign Relations of the
# United States, 1950, Korea, Volume VII")
VOLUME_ID = re.compile(r"\bfrus(?P<year>1[89]\d\d)(?:-(?P<to>\d\d))?v(?P<vol>\d{1,2})(?:p(?P<part>\d{1,2}))?(?:/d(?P<doc>\d{1,4}))?\b", re.I)
VOLUME_CITED = re.compile(r"^Foreign Relations(?: of the United States)?,\s+(?P<year>1[89]\d\d)(?:[–-]\d{2,4})?,"
                          r"(?:\s+[^,]{1,80},)?\s+(?:vol\.|volume)\s+(?P<vol>[IVXLivxl]{1,6}|\d{1,2})\b(?:,.*)?$", re.I)

# a note in the page's list at the end: numbered and set in ("  1. Edward L. Freers, ..."), or a
# bullet with the link back to its mark ("- Nikolay ... Union.↩")
# (the source note so bulleted where the copy lost the link back, its words cut: "- Source: Department of State, ... Con")
NOTE_LINE = re.compile(r"^(?:\s+(?P<n>\d{1,3})\.\s+(?P<text>\S.*?)|\s*[-•*]\s+(?P<btext>\S.*?)\s*↩"
                       r"|\s*[-•*]\s+(?P<stext>Source:\s.*?))\s*$")

# a note's mark glued to a word or after the punctuation ending one: "Freers1", "Stalin’s51",
# "Republics.”2", "files.1", "from Joseph E. Davies:30" (not a number's part: "1.21", "5:41")
GLUED_MARK = re.compile(r"(?:(?<=[^\W\d_])|(?<=[’”)\]])|(?<=[^\W\d_][.,;:]))(?P<n>\d{1,3})(?![\d])(?=[\s,;:.!?)\"”’]|$)")

# a note's mark glued after a number's stop or comma, its digits and the number's run together: after
# a date's day and a new sentence ("Urtel 113 Apr 1.76 Dept has received ..."), after a date's day
# and its comma ("your letter of October 24,2 and I regret"), after the number of a cable referred
# to ("Ref Embtel 1070.1 Signed original ...", "contained Deptel 982.1"); not a decimal ("1.5 Million")
DATE_MARK = re.compile(rf"(?:\b{MONTH}\s\d{{1,2}}(?:\.(?=\d{{1,3}}\s+[A-Z])|,(?=\d{{1,2}}[\s;:]))"
                       r"|\b(?:[A-Z][a-z]*tel|[Tt]elegram|No\.)\s\d{1,5}\.(?=\d{1,2}(?:\s+[A-Z]|\s*$)))"
                       r"(?P<n>\d{1,3})(?!\d)")

# the dateline the page breaks after its month: "Washington, November" / "2, 1950—noon."; or after
# its day: "Nanking, July 12," / "1949—4 p. m."
DATELINE_HEAD = re.compile(rf"^[A-Z][\w .'’-]{{1,40}},\s+{FULL_MONTH}$")
DATELINE_TAIL = re.compile(r"^\d{1,2},\s+1[89]\d\d\b")
DATELINE_HEAD_DAY = re.compile(rf"^[A-Z][\w .'’-]{{1,40}},\s+{FULL_MONTH}\s+\d{{1,2}},$")
DATELINE_TAIL_YEAR = re.compile(r"^1[89]\d\d\b(?:[—–-]|[.,]|$)")

# the source line of a document the editors took from a person's papers or a post's files, not a
# decimal file ("Roosevelt Papers: Telegram", "Truman Papers", "Moscow Embassy Files—500 Berlin
# Conference"), as the conference volumes print it over the heading
# (a lot of the post's files after a colon: "Moscow Embassy Files: Lot F–96")
PAPERS_LINE = re.compile(r"^(?P<file>[A-Z][\w.'’ ]{2,60}?\s(?:Papers|Files?)(?:\s*[—–-]\s*[^:]{1,60}?)?"
                         r"(?:\s*:\s*Lots?\s+[A-Z]?[\w.]*[—–-]?\d+)?)"
                         r"(?:\s*:\s*(?P<kind>(?:Telegram|Airgram|Letter|Memorandum|Note|Message)(?:\s+\w+)?))?\.?$")

# a decimal file with no kind after it, as FRUS files a note or a letter: "740.0011 European War
# 1939/25741½" (the file line's number alone)
FILE_ALONE = re.compile(FILE_LINE.pattern.split(r"|\d{3}(?:")[0] + r")\.?$")

# the file line of the volumes of 1918-1920, the number after its label and no kind: "File No. 861.00/2084"
FILE_NUMBERED = re.compile(r"^File\s+No\.\s*(?P<file>\d{2,4}[A-Z]?(?:\.\d{1,6})?[A-Z]{0,4}/[\w.\-–/½]+)\.?$")

# the volume's number of the document on a line of its own between that line and the heading: "No. 122"
ITEM_NUMBER = re.compile(r"^No\.\s*(?P<n>\d{1,4})$")

# the editors' word under the heading that they print parts of the document: "[Excerpts]", "[Extract]"
EXCERPTS = re.compile(rf"^\[(?P<word>Excerpts?|Extracts?)\]\s*(?:\d{{1,2}}|[{SUPERSCRIPT_FIGURES}]{{1,2}})?$", re.I)

# the telegram's own number the text begins with: "183. Needless to say ..."
# (the editors' reading of it in brackets after it, "1416 [2416?]. Germans continue ...": the number printed)
OWN_NUMBER = re.compile(r"^(?P<n>\d{1,5})(?:\s+\[\d{1,5}\??\])?\.\s+(?=\S)")
# ... or its number spelled out before its marking and parties, as the President's messages of the
# war give it: "Number 309. Secret and personal from the President for Premier Stalin."
NUMBER_WORD = re.compile(r"^(?P<number>Number\s+(?P<n>\d{1,5})[.,])\s+(?P<rest>\S.*)$")
NUMBER_ALONE = re.compile(r"^Number\s+(?P<n>\d{1,5})[.,]?$")


def file_date(number: str) -> str:
    """The date a State Department decimal file number ends in, month–day–year ("711.5/7–2150":
    1950-07-21; "893.00/11–748": 1948-11-07), or ""."""
    match = re.search(r"/(\d{1,2})[-–](\d{1,2})(\d\d)$", number)
    if not match:
        return ""
    month, day, year = int(match.group(1)), int(match.group(2)), 1900 + int(match.group(3))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return ""
    return f"{year:04d}-{month:02d}-{day:02d}"


class FrusWebReader(Reader):
    name = "frus-web"
    help = "one document of Foreign Relations of the United States as history.state.gov prints it"

    @classmethod
    def score(cls, text: str) -> float:
        """The file line first (the volume's id or citation above it at most), the heading under it."""
        lines = [l.strip() for l in text.split("\n") if l.strip()]
        lines = [l for l in lines[:8] if not _volume_line(l)][:3]
        if len(lines) == 3 and ITEM_NUMBER.match(lines[1]):
            del lines[1]
        if len(lines) >= 2 and NUMBERED_HEADING.match(_brackets(clean_inline(lines[0]))):
            return 4.0  # (the later volumes: the numbered heading first)
        if len(lines) >= 2 and _unfiled_heading(lines[0]) and not _source_line(lines[0]):
            return 3.5  # (a letter the volume prints without a file line: the heading first)
        return 4.0 if len(lines) >= 2 and _source_line(lines[0]) and HEADING.match(_brackets(clean_inline(lines[1]))) else 0.0

    def read(self, text: str, source: str) -> list[RawTelegram]:
        lines = numbered_lines(text)
        volume = next((m for _, l in lines for m in [_volume_line(l.strip())] if m), None)
        lines = [(n, "" if _volume_line(l.strip()) else l) for n, l in lines]
        filled = [i for i, (_, l) in enumerate(lines) if l.strip()]
        if len(filled) < 3:
            raise self.fail(source, 1, "no FRUS document found: a file line, a heading and a text are needed")
        file_at, head_at = filled[0], filled[1]
        item = ITEM_NUMBER.match(lines[head_at][1].strip())
        if item and len(filled) > 3:
            head_at = filled[2]
        filed = _source_line(lines[file_at][1].strip())
        heading = HEADING.match(_brackets(clean_inline(lines[head_at][1])))
        heading = _Heading(heading) if heading else None  # (its mark glued to the last word too, "Marshal Stalin1")
        numbered = NUMBERED_HEADING.match(_brackets(clean_inline(lines[file_at][1])))
        if numbered:  # the later volumes: no file line, the document's number and kind in its heading
            filed, heading, item, head_at = None, _Heading(numbered), numbered, file_at
        elif not filed and (unfiled := _unfiled_heading(lines[file_at][1].strip())):
            # (a document the volume prints without a file line over its heading, a letter handed in
            # by an embassy: "The Chinese Ambassador (Wei) to the Secretary of State")
            heading, item, head_at = _Heading(unfiled), None, file_at
        elif not filed or not heading:
            raise self.fail(source, lines[file_at][0], "no FRUS file line ('711.5/7–2150: Telegram') with the "
                            "document's heading under it found: pick another --format")
        body = lines[head_at + 1:]
        excerpts = next((i for i, (_, l) in enumerate(body) if l.strip()), None)
        excerpts = EXCERPTS.match(body[excerpts][1].strip()) if excerpts is not None else None
        if excerpts:  # (a note of the witness, not the text's first words)
            body = [(n, "" if EXCERPTS.match(l.strip()) else l) for n, l in body]
        body = _broken_notes(body)
        notes = []  # (its number in the page's list, its words, its line)
        # (a note of several paragraphs: those after its first set in deeper, "    “Lake Success ...",
        # the note's too, as the message a note quotes; lines set in under no note stay the text's)
        more: list[str] = []
        cut = i = len(body)
        while i > 0:
            number, line = body[i - 1]
            note = NOTE_LINE.match(line)
            if note:
                notes.insert(0, (note.group("n"), " ".join([note.group("text") or note.group("btext") or note.group("stext"), *more]),
                                 number))
                more, cut = [], i - 1
            elif re.match(r"^\s{4,}\S", line):
                more.insert(0, line.strip())
            elif line.strip():
                break
            i -= 1
        body = body[:cut]
        notes = [(n or str(k), words, line) for k, (n, words, line) in enumerate(notes, 1)]
        blocks = _number_word(omissions(lines_to_blocks(_once_received(_join_datelines(body)))))
        record = RawTelegram(
            source=source, reader=self.name, position=1, line=lines[file_at][0],
            publication=_publication(volume, filed), title=_as_title(heading.group("head")),
            title_line=lines[head_at][0], heading=heading.group("head"), blocks=blocks)
        if filed is not None and filed.re is not PAPERS_LINE:  # (a person's papers are no file of the Department's)
            record.file_number = filed.group("file").strip()
            record.file_date = file_date(record.file_number)
        record.number_in_source = item.group("n") if item else ""
        if excerpts:
            record.publication.notes.append(f"The volume prints parts of the document ('[{excerpts.group('word')}]').")
        record.telegram_number = _own_number(blocks) or next(
            (m.group("n") for b in blocks if b.kind == "text" for m in [NUMBER_ALONE.match(b.text)] if m), "")
        if heading.group("mark") and notes:  # the note on the heading: in the head (see BodyStructure)
            record.blocks.insert(0, Block(heading.group("mark").translate(LOWERED), lines[head_at][0], kind="anchor"))
        _place_notes(record, notes, heading.group("mark"))
        if not [b for b in record.blocks if b.kind == "text"]:
            raise self.fail(source, lines[head_at][0], "the document has a heading but no text")
        return [record]


def _volume_line(line: str) -> re.Match | None:
    """The volume's id or citation, when the line is nothing else (an address holding the id)."""
    if re.fullmatch(r"(?:\S+:\s*)?(?:https?://)?\S*", line) and (m := VOLUME_ID.search(line)):
        return m
    return VOLUME_CITED.match(line)


def _source_line(line: str) -> re.Match | None:
    """The line over the heading that says where the document is kept: a decimal file
    ("711.5/7–2150: Telegram") or a person's papers or a post's files ("Truman Papers: Telegram")."""
    return FILE_LINE.match(line) or PAPERS_LINE.match(line) or FILE_ALONE.match(line) or FILE_NUMBERED.match(line)


def _unfiled_heading(line: str) -> re.Match | None:
    """A FRUS heading with no file line over it: an office and its holder in brackets to another
    office ("The Chinese Ambassador (Wei) to the Secretary of State"), as no other layout heads a page."""
    heading = HEADING.match(_brackets(clean_inline(line)))
    return heading if heading and re.match(r"^The\s", line) and re.search(r"\([A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*)*\)\s+to\s", line) \
        else None


def _brackets(heading: str) -> str:
    """The holder's name in brackets as printed: "( Ward )", "( Francis)" as "(Ward)", "(Francis)"."""
    return re.sub(r"\((?=\s)\s*([^()]*?)\s*\)|\(([^()]*?)\s+\)", lambda m: f"({m.group(1) if m.group(1) is not None else m.group(2)})", heading)


def _publication(volume: re.Match | None, filed: re.Match | None) -> Publication:
    """The witness: FRUS, the year and volume the page names, published by the Government
    Printing Office, and on the web by the Office of the Historian."""
    pub = Publication(kind="compilation", title="Foreign Relations of the United States",
                      publisher="United States Government Printing Office")
    if volume is not None:
        # (a volume of years, "frus1952-54v15": "1952–1954", as FRUS cites it)
        to = volume.group("to") if volume.re is VOLUME_ID else None
        pub.title = f"{pub.title}, {volume.group('year')}" + (f"–{volume.group('year')[:2]}{to}" if to else "")
        vol = volume.group("vol")
        pub.volume = vol.upper() if not vol.isdigit() else _roman(int(vol))
        # a volume printed in parts ("frus1951v04p2": vol. IV, Part 2)
        if volume.re is VOLUME_ID and volume.group("part"):
            pub.part = f"Part {int(volume.group('part'))}"
    pub.reprint = "Office of the Historian, United States Department of State: history.state.gov"
    if volume is not None and volume.re is VOLUME_ID:
        pub.url = f"https://history.state.gov/historicaldocuments/{volume.group(0).split('/')[0].lower()}" + (
            f"/d{volume.group('doc')}" if volume.group("doc") else "")
    if filed is not None:  # (the later volumes name the source in the heading's note)
        where = clean_inline(filed.group("file" if filed.re is FILE_NUMBERED else 0)).rstrip('.')
        pub.notes = [f"File: {where}." if filed.re is not PAPERS_LINE else f"{where}."]
    return pub


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def _join_datelines(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The dateline the page breaks after its month or its day, one line again."""
    out = list(lines)
    for i in range(len(out) - 1):
        head, tail = out[i][1].strip(), out[i + 1][1].strip()
        if DATELINE_HEAD.match(head) and DATELINE_TAIL.match(tail) \
                or DATELINE_HEAD_DAY.match(head) and DATELINE_TAIL_YEAR.match(tail):
            out[i] = (out[i][0], f"{out[i][1].strip()} {out[i + 1][1].strip()}")
            out[i + 1] = (out[i + 1][0], "")
    return out


def _once_received(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The editors' "[Received ...]" the page's text gives twice, one under the other (the web page
    holds it twice, for two layouts), once."""
    out, last = [], ""
    for number, line in lines:
        if line.strip() and line.strip() == last and re.match(r"^\[Received\b", last):
            continue
        out.append((number, line))
        last = line.strip() or last
    return out


def _number_word(blocks: list[Block]) -> list[Block]:
    """The first paragraph that begins with the message's number spelled out ("Number 309. Secret
    and personal from ..."): the number a line of its own, its marking and parties another (the
    cable's lines above its text)."""
    from ..transforms.structure.lines import MARKED_PARTIES  # (here: the transforms read the sources' model)
    for i, block in enumerate(blocks):
        if block.kind != "text":
            continue
        word = NUMBER_WORD.match(block.text)
        if word and MARKED_PARTIES.match(word.group("rest")):
            blocks[i:i + 1] = [Block(word.group("number"), block.line), Block(word.group("rest"), block.line)]
            break
        if len(block.text) >= 40:  # (the text: the markings and dateline above it are short)
            break
    return blocks


def _broken_notes(body: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The page's notes at the end as the copy broke them, the bullet alone on its line ("-"), the
    note's paragraphs under it and the link back to the mark alone on the last ("↩"), each on one
    line as the page lists it ("- Molotov acknowledged ... Stalin. ↩")."""
    body = list(body)
    end = len(body)
    while True:
        while end > 0 and not body[end - 1][1].strip():  # (blank lines between the notes, as under the last)
            end -= 1
        if not (end > 0 and body[end - 1][1].strip().endswith("↩")):
            break
        bullet = next((k for k in range(end - 1, -1, -1) if body[k][1].strip() in ("-", "•", "*")
                       or NOTE_LINE.match(body[k][1])), None)
        if bullet is None or NOTE_LINE.match(body[bullet][1]):  # (none broken: the list's lines as they are)
            break
        words = " ".join(l.strip() for _, l in body[bullet + 1:end] if l.strip())
        body[bullet:end] = [(body[bullet][0], f"- {words}")]
        end = bullet
    return body


def _own_number(blocks: list[Block]) -> str:
    """The telegram's number the first paragraph of its text begins with ("183. Needless ..."),
    unless a paragraph numbered after it follows (then it is the first point: "1." / "2.")."""
    for i, block in enumerate(blocks):
        if block.kind != "text" or len(block.text) < 40:  # (the markings, dateline and receipt above it)
            continue
        own = OWN_NUMBER.match(block.text)
        if own is None:
            return ""
        following = str(int(own.group("n")) + 1)
        return "" if any(b.text.startswith(following + ".") for b in blocks[i + 1:]) else own.group("n")
    return ""


def _marks_without_notes(record: RawTelegram) -> None:
    """The notes' marks of a copy that left the page's notes out ("Secretary State1"): out of
    the words, and said so."""
    for marks in (GLUED_MARK, DATE_MARK):
        drop_marks(record, marks, "the copy lacks the page's notes: the mark is left out; add the notes at the end "
                   "of the page")


def _spaced_anchor(record: RawTelegram, mark: str, key: str) -> str | None:
    """A note's mark the copy set apart by a space, between two words ("brief Tass 1 item"),
    where the text prints no other mark of that number: the bracketed mark ("[1]") the
    brackets pass turns into the note; None where it is not so, once, in the text."""
    if not mark.isdigit():
        return None
    # (or after a comma where a word no count goes with follows: "published in the press, 1 it's
    # obvious"; not "In May, 2 divisions crossed", "the ports, 3 ships were")
    spaced = re.compile(rf"(?<=[A-Za-z’”,])(?<!\bNo)(?<!\bNos)\s{mark}(?=\s(?P<next>[a-z][\w’']*))")
    found = [(b, m) for b in record.blocks if b.kind == "text" for m in spaced.finditer(b.text)
             if b.text[m.start() - 1] != "," or re.sub(r"[’']\w+$", "", m.group("next")) in ENGLISH]
    if len(found) != 1:
        return None
    block, m = found[0]
    block.text = f"{block.text[:m.start()]}[{key}]{block.text[m.end():]}"
    return f"[{key}]"


class _Heading:
    """A heading's match with its note's mark glued to its last word taken apart ("... Soviet Union0")."""

    def __init__(self, match: re.Match):
        self.match = match
        head, mark = match.group("head"), match.group("mark")
        glued = re.search(r"(?<=[a-z])(\d{1,2})$", head) if not mark else None
        self.parts = {"head": head[:glued.start()] if glued else head, "mark": glued.group(1) if glued else mark}

    def group(self, name: str):
        return self.parts[name] if name in self.parts else self.match.group(name)


def _date_anchor(record: RawTelegram, mark: str, key: str) -> str | None:
    """A note's mark glued after a date's stop ("Apr 1.76 Dept"), the last so printed: the
    bracketed mark the brackets pass turns into the note ("Apr 1.[1] Dept"); None where there is none."""
    found = [(b, m) for b in record.blocks if b.kind == "text" for m in DATE_MARK.finditer(b.text) if m.group("n") == mark]
    if not found:
        # (or run into the day with no stop between, "his telegram of May 232 about": a day and its mark, where
        # the figures together are no day)
        glued = re.compile(rf"\b{MONTH}\s(?P<day>[1-9]|[12]\d|3[01])(?P<n>{re.escape(mark)})(?=[\s,;:.]|$)")
        found = [(b, m) for b in record.blocks if b.kind == "text" for m in glued.finditer(b.text)
                 if int(m.group("day") + m.group("n")) > 31]
    if not found:
        return None
    block, m = found[-1]
    block.text = f"{block.text[:m.start('n')]}[{key}]{block.text[m.end('n'):]}"
    return f"[{key}]"


# a note's mark run into a date's day with no stop between, "Voroshilov's letter of July 1237 was"
# (three or four figures: no day, and not a year)
DAY_MARK = re.compile(rf"\b{MONTH}\s(?P<figures>\d{{3,4}})(?=[\s,;:.]|$)")


def _day_marks(text: str) -> list[tuple[int, set[str]]]:
    """The figures run into a date's day ("July 1237"), each with where it stands and the marks it
    may hold after a day of one or two figures ({"237", "37"})."""
    found = []
    for m in DAY_MARK.finditer(text):
        figures = m.group("figures")
        if a_year(figures):  # ("July 1945")
            continue
        marks = {figures[k:] for k in (1, 2) if 1 <= int(figures[:k]) <= 31 and figures[k] != "0"}
        if marks:
            found.append((m.start("figures"), marks))
    return found


def _run_of_marks(glued: list[tuple[int, str]], in_days: list[tuple[int, set[str]]], count: int) -> list[str] | None:
    """The notes' marks in the text's order, count of them numbered one after the other: every mark
    glued to a word, and those figures run into a day that the run needs; None where no one run, or
    more than one, fits."""
    tokens = sorted([(at, {mark}, True) for at, mark in glued] + [(at, marks, False) for at, marks in in_days],
                    key=lambda token: token[0])
    runs = set()
    for first in {int(mark) - k for _, mark in glued for k in range(len(tokens))}:
        expected, run = first, []
        for _, marks, glued_mark in tokens:
            if str(expected) in marks:
                run.append(str(expected))
                expected += 1
            elif glued_mark:
                break
        else:
            if len(run) == count and first > 0:
                runs.add(tuple(run))
    return list(runs.pop()) if len(runs) == 1 else None


def _place_notes(record: RawTelegram, notes: list[tuple[str, str, int]], heading_mark: str | None) -> None:
    """Each note of the page's list at its mark in the text (the compilation's machinery: the
    mark out of the words, the note filed under its number).  The page may print the printed
    volume's numbers as the marks ("Tung50", "Stalin’s51") and list the notes from 1: then the
    marks glued to words, in order, are the notes' in order."""
    if heading_mark and notes:  # its note is the first
        record.footnotes[heading_mark.translate(LOWERED)] = Block(notes[0][1], notes[0][2])
        notes = notes[1:]
        if heading_mark == "0" and notes and notes[0][0] == "2":
            # the later volumes' source note is 0, the page lists the notes from 1: the text's marks
            # are the list's numbers less one ("Deptel 982.1" is the list's 2)
            notes = [(str(int(n) - 1), words, line) if n.isdigit() else (n, words, line) for n, words, line in notes]
    text = " ".join(b.text for b in record.blocks if b.kind == "text")
    glued_at = [(m.start("n"), m.group("n")) for m in sorted([*GLUED_MARK.finditer(text), *DATE_MARK.finditer(text)],
                                                             key=lambda m: m.start("n"))]
    glued = [n for _, n in glued_at]
    if not notes and glued and all(int(b) == int(a) + 1 for a, b in zip(glued, glued[1:])):
        _marks_without_notes(record)  # (numbered one after the other: marks, not a name's digits, "B29")
        return
    marks = [n for n, _, _ in notes]
    if not all(n in glued for n in marks) and len(glued) == len(notes):
        marks = glued  # (the volume's numbers)
    elif not all(n in glued for n in marks) and 0 < len(glued) < len(notes):
        # (some of them run into a date's day, "letter of July 1237 was": the run of the volume's numbers)
        marks = _run_of_marks(glued_at, _day_marks(text), len(notes)) or marks
    anchors: dict = {}
    unplaced = []
    for (n, words, line), mark in reversed(list(zip(notes, marks))):
        key = _inline_anchor([(record, len(record.blocks))], mark, anchors, n) or _spaced_anchor(record, mark, n) \
            or _date_anchor(record, mark, n)
        if key is None:
            unplaced.insert(0, f"{n}. {words} (The source prints no mark for this note.)")
            continue
        record.footnotes[key] = Block(words, line)
    record.publication.notes.extend(unplaced)


__all__ = ["FrusWebReader", "file_date"]
