"""A printed compilation holding several numbered telegrams.

Layout: front matter (title, mottos, the original publication with its place and year,
"Reproduced by" a reprint publisher), then numbered headings such as
"1. THE TELEGRAM FROM J. V. STALIN TO MAO TSE-TUNG DATED THE 10TH OF JANUARY, 1949", each
followed by the telegram, its dateline and signature, and at the very end the footnotes,
numbered as their anchors in the text ("1In his correspondence ...").
"""

from __future__ import annotations

import re
from dataclasses import replace

from .base import (NOTES_HEADING, PAGE_IN_TEXT, PAGE_LINE, Reader, clean_inline, lines_to_blocks, numbered_lines, roman_number, running_heads,
                   title_case, wrap_width, wrapped)
from ..dates import ROUGHLY
from .model import Block, Publication, RawTelegram

# "1. THE TELEGRAM FROM J. V. STALIN TO MAO TSE-TUNG DATED THE 10TH OF JANUARY, 1949", or a
# heading in capitals naming the parties: "7. MAO TSE-TUNG TO J. V. STALIN, 16 JANUARY 1949",
# or in title case: "1. Telegram from J. V. Stalin to Mao Tse-tung, 10 January 1949" (not
# ending like a sentence); the number may follow "No." ("No. 1. TELEGRAM FROM ...") or be
# roman ("III. MAO TSE-TUNG TO ...").
# the start of a heading in capitals: "THE TELEGRAM", "CONTINUATION AND THE END OF THE PRECEDING TELEGRAM"
_IN_CAPITALS = r"(?:THE\s+)?(?:[A-Z][A-Z\-]+\s+){0,8}?(?:TELEGRAM|CABLE|LETTER|MESSAGE|RADIOGRAM|NOTE|REPLY)"
# a party named in a heading: capitalised words and initials, an identification in brackets,
# "and", "of", "the" ("Filippov [Stalin]", "Kim Il Sung and Pak Hon-yong", "the CC of the CCP")
_PARTY = r"[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|\[[^\]]{1,40}\]|\([^)]{1,40}\)|and|of|the))*"
# (or the month alone, approximate too: "January 1949", "mid-January 1949", "end of December 1950")
_DATE_AT_END = (rf",?\s+(?:{ROUGHLY}[-\s]\s*)?"
                r"(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2},?|[A-Z][a-z]+\.?)\s+1[89]\d\d")
_DATE_IN_BRACKETS = r"(?:\d{1,2}\s+[A-Za-z]+\.?|[A-Za-z]+\.?\s+\d{1,2},?)\s+1[89]\d\d"
HEADING = re.compile(
    r"^(?:No\.\s*(?=\d{1,3}\.?\s)|(?:Document|DOCUMENT|Doc\.)\s+(?:No\.\s*)?(?=\d{1,3}[.:]?\s)"
    r"|(?=\d{1,3}\.\s|[IVXL]{1,6}\.\s))"
    r"(?P<num>\d{1,3}|[IVXL]{1,6})[.:]?\s+(?P<head>"
    rf"(?:{_IN_CAPITALS}S?\b[^a-z]*"
    r"|[A-Z][^a-z]{3,}\sTO\s[^a-z]{3,}\b(?:1[89]\d\d)[^a-z]*"
    # the parties in capitals, the kind and date after them: "MAO TSE-TUNG TO J. V. STALIN
    # (Telegram, 12 January 1949)", "... TO J. V. STALIN, 12 January 1949"
    rf"|[A-Z][^a-z]{{3,}}\sTO\s[^a-z]{{3,}}?(?:{_DATE_AT_END}|,?\s+\((?:[A-Z][a-z]+(?:\s+[a-z]+)*,?\s+)?{_DATE_IN_BRACKETS}\))"
    r"|(?:The\s+)?(?:(?:Ciphered|Coded|Secret)\s+)?(?:Telegram|Cable|Letter|Message|Radiogram|Reply)s?,?\s+(?:from\s+)?"
    r"[A-Z][^\n]{0,80}?\sto\s[A-Z][^\n]{0,80}[^.;:,\s]"
    r"|(?:Ciphered|Coded|Secret)\s+(?:telegram|cable|message|radiogram)s?,?\s+(?:from\s+)?"
    r"[A-Z][^\n]{0,80}?\sto\s[A-Z][^\n]{0,80}[^.;:,\s]"
    # without the kind, the parties and the date: "From Stalin to Mao Zedong, 10 January 1949"
    rf"|(?:From\s+)?{_PARTY}\sto\s{_PARTY}{_DATE_AT_END}))$"
)
# a footnote under the text: "1 The letter ...", "* ...", "(1) See ..." (its mark "(1)" in the text)
FOOTNOTE = re.compile(r"^(?:(?P<n>\d{1,2}|\*{1,3})|\((?P<pn>\d{1,2})\))\s*(?P<text>[A-Z„“\"'‘].{20,})$")
ANCHOR = re.compile(r"^(\d{1,2}|\*{1,3})$")
PLACE_YEAR = re.compile(r"^(?!(?:January|February|March|April|May|June|July|August|September|October|November"
                        r"|December)\b)(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?),?\s+(?P<year>1[89]\d\d|20\d\d)$")

# "London: Oxford University Press, 1965", "Cambridge, Mass.: Harvard University Press, 1964":
# place, publisher and year on one line
IMPRINT = re.compile(r"^(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?(?:,\s*(?:[A-Z]\.\s?[A-Z]\.|[A-Z][a-z]{1,5}\.))?)\s*:\s*(?P<publisher>[A-Z][^:;]{2,80}?),?\s+"
                     r"(?P<year>1[89]\d\d|20\d\d)\.?$")
# "Compiled and translated by R. K. I. Quested", "Edited by ...", "Translated by ...": who made it
RESPONSIBLE = re.compile(r"^(?P<what>(?:(?:selected|compiled|edited|translated|translations?|annotated|introduced)"
                         r"(?:\s+from\s+(?:the\s+)?[A-Z][a-z]+)?(?:,\s*|\s+and\s+|\s+))+)"
                         r"(?:with\s+an\s+introduction\s+)?by\s+(?P<who>[A-Z].{1,80}?)\.?$", re.I)
# the editor's note of an item's source after its text: "[Source: APRF, Fond 45, Opis 1, Delo 334, Listy 97-98.]"
SOURCE_NOTE = re.compile(r"^\[(?:Source|Sources|Archive|Archival source)\s*:\s*(?P<cited>.+?)\.?\]$", re.I)
# A publisher's line on a title page: "Foreign Languages Press", "Gospolitizdat".
PUBLISHER = re.compile(r"\b(Press|Publishers?|Publishing|Verlag|[EÉ]ditions|Izdatel\w*|\w*izdat)\b", re.I)
def _is_main_title(line: str) -> bool:
    """A title printed in capitals, of a few words (not a date or a number)."""
    words = re.findall(r"[A-Za-z]+", line)
    return line.isupper() and len(words) >= 2 and not re.search(r"\d", line)


class CompilationReader(Reader):
    name = "compilation"
    help = "printed compilation of several numbered telegrams with front matter and footnotes"

    @classmethod
    def score(cls, text: str) -> float:
        lines = numbered_lines(text)
        headings = sum(1 for _, line in _join_numbers(lines, wrap_width(lines)) if HEADING.match(line.strip()))
        return 0.0 if headings == 0 else 1.0 + min(headings, 10) * 0.5

    def read(self, text: str, source: str) -> list[RawTelegram]:
        lines = running_heads(numbered_lines(text))  # a scanned book's page heads: page markers
        wrap = wrap_width(lines)  # the width the text was cut at, if it was (before headings are joined)
        lines = _join_numbers(lines, wrap)
        starts = [i for i, (_, line) in enumerate(lines) if HEADING.match(line.strip())]
        # a compilation heads its telegrams in one style: where some headings are in capitals, a
        # numbered paragraph in title case that names a telegram ("2. Ciphered Telegrams No.
        # 50450, ... Terebin to Kuznetsov") is a paragraph, not a heading; both styles are kept
        # when together they number the items one after the other
        in_capitals = [i for i in starts if not _in_title_case(lines[i][1])]
        if in_capitals and not _in_sequence([HEADING.match(lines[i][1].strip()).group("num") for i in starts]):
            starts = in_capitals
        if not starts:
            raise self.fail(source, 1, "no numbered telegram headings (like '1. THE TELEGRAM FROM ... "
                            "DATED ...') found: pick another --format")
        front = [l.strip() for _, l in lines[:starts[0]] if l.strip()]
        pub = self.publication([l for l in front if not PAGE_LINE.match(l)])
        items = [mark_anchors(lines_to_blocks(lines[start + 1:end], wrap))
                 for start, end in zip(starts, starts[1:] + [len(lines)])]
        _place_page_markers(lines[:starts[0]], items)
        records = []
        for position, (start, blocks, pages) in enumerate(zip(starts, items, _page_ranges(items)), 1):
            number, heading_line = lines[start]
            own = replace(pub, pages=pages) if pages else pub
            cited = _source_note(blocks)
            if cited:  # the archival reference of this item: into its header, out of its text
                own = replace(own, first_published=cited, notes=[*own.notes, f"Source: {cited}."])
            records.append(RawTelegram(
                source=source, reader=self.name, position=position, line=number, translator=pub.translator,
                publication=own, title=clean_inline(heading_line), title_line=number,
                heading=clean_inline(heading_line), number_in_source=HEADING.match(heading_line.strip()).group("num"),
                blocks=blocks))
        # a paragraph of text among the title page's lines: most likely a telegram whose heading
        # was not recognised (it would be lost in the front matter): say so
        prose = next(((n, l) for n, l in lines[:starts[0]] if len(l.strip()) > 160), None)
        if prose is not None:
            records[0].warnings.append((prose[0], "a paragraph of text stands above the first telegram heading and is "
                                        "read as the book's title page; if it is a telegram, give it a numbered "
                                        "heading ('1. From X to Y, 10 January 1949')", "front-matter-text"))
        attach_footnotes(records)
        for record in records:
            if not [b for b in record.blocks if b.kind != "anchor"]:
                raise self.fail(source, record.line, f"telegram {record.number_in_source} has a heading but no text")
        return records

    @staticmethod
    def publication(front: list[str]) -> Publication:
        """The compilation from its title page: the title above the place and year ("Moscow
        1959"), or above the publisher printed there ("Foreign Languages Press / Peking
        1960"), with a main title in capitals above it ("DOCUMENTS OF THE SINO-SOVIET
        ALLIANCE / Selected Telegrams, 1949-1950")."""
        pub = Publication(kind="compilation", front_matter=front)
        responsible = [RESPONSIBLE.match(line) for line in front]
        for made_by in filter(None, responsible):  # the compiler, and the translator of the telegrams
            if re.search(r"compil|edit|select", made_by.group("what"), re.I) and not pub.editor:
                pub.editor = made_by.group("who").strip()
            if re.search(r"translat", made_by.group("what"), re.I) and not pub.translator:
                pub.translator = made_by.group("who").strip()
        front = [line for line, m in zip(front, responsible) if not m]  # the title page without them
        imprint = next((i for i, line in enumerate(front) if i > 0 and IMPRINT.match(line)), None)
        if imprint is not None:  # "Title / Subtitle / London: Oxford University Press, 1965"
            match = IMPRINT.match(front[imprint])
            pub.place, pub.publisher, pub.date = match.group("place"), match.group("publisher").strip(), match.group("year")
            main, *subtitles = front[:imprint]
            main = title_case(main) if main.isupper() else main
            pub.title = ": ".join([main, ". ".join(subtitles)]) if subtitles else main
            pub.citation = "; ".join(pub.front_matter)
            return pub
        # the imprint is the last place and year ("Documents, 1949" above it is a subtitle)
        imprints = [i for i, line in enumerate(front) if i > 0 and PLACE_YEAR.match(line)]
        if imprints:
            i = imprints[-1]
            match = PLACE_YEAR.match(front[i])
            pub.place, pub.date = match.group("place"), match.group("year")
            t = i - 1
            if t > 0 and PUBLISHER.search(front[t]):
                pub.publisher, t = front[t], t - 1
            pub.title = front[t]
            if t > 0 and re.fullmatch(r"\d{4}(?:\s*[-–]\s*\d{2,4})?", front[t]):  # "Documents and Materials / 1949-1950"
                t -= 1
                pub.title = f"{title_case(front[t]) if front[t].isupper() else front[t]}, {pub.title}"
            elif pub.title.isupper():  # printed in capitals: "CHINESE COMMUNIST CORRESPONDENCE WITH MOSCOW"
                pub.title = title_case(pub.title)
            if t > 0 and _is_main_title(front[t - 1]) and not front[t].isupper():
                pub.title = f"{title_case(front[t - 1])}: {pub.title}"
            elif t == 1 and not re.search(r"\d", front[0]) and not front[0].endswith((".", "!", "?", ",", ";", ":")) \
                    and len(front[0].split()) <= 10:  # the title page's first line, the subtitle under it
                pub.title = f"{front[0]}: {pub.title}"
            rest = front[i + 1:]
            if rest and re.match(r"^(reproduced|reprinted|republished)\s+by$", rest[0], re.I) and len(rest) > 1:
                pub.reprint = rest[1]
        if not pub.title and front:
            pub.title = front[0]
        pub.citation = "; ".join(pub.front_matter)
        return pub


def _place_page_markers(front: list[tuple[int, str]], items: list[list[Block]]) -> None:
    """Page markers alone on their lines ("[p. 213]") where the pages they begin begin: the
    title page's last one before the first item's text, one after an item's text before the
    next item's (a marker in the text stays where it is)."""
    first = next(((n, l.strip()) for n, l in reversed(front) if PAGE_LINE.match(l.strip())), None)
    if first and items:
        items[0].insert(0, Block(first[1], first[0]))
    for this, following in zip(items, items[1:]):
        while this and PAGE_LINE.match(this[-1].text):
            following.insert(0, this.pop())


def _page_ranges(items: list[list[Block]]) -> list[str]:
    """The pages each item is printed on, from the page markers ("212", "212-213"; "" when
    none is known): an item begins on the page of the last marker before it, or its own
    first marker when it begins a page."""
    ranges, page = [], ""
    for blocks in items:
        markers = [m.group("n") for b in blocks for m in PAGE_IN_TEXT.finditer(b.text)]  # alone or in a line
        if blocks and PAGE_LINE.match(blocks[0].text):
            page = markers[0]
        first, page = page, markers[-1] if markers else page
        ranges.append(f"{first}-{page}" if first and page != first else first)
    return ranges


def _source_note(blocks: list[Block]) -> str:
    """The editor's "[Source: ...]" among an item's last lines, taken out of them: what it cites."""
    for i in range(len(blocks) - 1, max(-1, len(blocks) - 3), -1):
        match = SOURCE_NOTE.match(blocks[i].text)
        if match:
            del blocks[i]
            return match.group("cited")
    return ""


def _in_sequence(numbers: list[str]) -> bool:
    """True when the items are numbered one after the other (1, 2, III, ...)."""
    values = [int(n) if n.isdigit() else roman_number(n) for n in numbers]
    return all(b == a + 1 for a, b in zip(values, values[1:]))


def _in_title_case(line: str) -> bool:
    """A heading of the title-case kind ("1. Telegram from X to Y ...")."""
    match = HEADING.match(line.strip())
    return bool(match) and re.search(r"[a-z]", match.group("head")) is not None and \
        not re.match(_IN_CAPITALS, match.group("head"))


# an item's number on a line of its own, its heading on the next: "No. 5" / "TELEGRAM FROM ..."
NUMBER_ALONE = re.compile(r"^(?:No\.\s*)?(?P<num>\d{1,3})\.?$|^(?P<roman>[IVXL]{1,6})\.$")


def _join_numbers(lines: list[tuple[int, str]], wrap: int = 0) -> list[tuple[int, str]]:
    """An item number alone on its line and the heading under it read as one heading line
    ("No. 5." + "TELEGRAM FROM MAO TSE-TUNG TO J. V. STALIN"), the heading's line left blank;
    so too a heading in capitals cut over two lines ("... FROM J. V. STALIN" + "TO MAO
    TSE-TUNG DATED THE 11TH OF JANUARY, 1949") in a text cut at a fixed width (wrap)."""
    out = list(lines)
    for i, (number, line) in enumerate(out[:-1]):
        following = out[i + 1][1].strip()
        if (wrap and HEADING.match(line.strip()) and line.strip().isupper() and following
                and not re.search(r"[a-z]", following) and wrapped(line.rstrip(), following, wrap)
                and not HEADING.match(following) and not NUMBER_ALONE.match(following)):
            out[i] = (number, f"{line.strip()} {following}")
            out[i + 1] = (out[i + 1][0], "")
    for i, (number, line) in enumerate(out[:-1]):
        alone = NUMBER_ALONE.match(line.strip())
        if alone is None:
            continue
        j = next((k for k in range(i + 1, min(i + 3, len(out))) if out[k][1].strip()), None)
        if j is None:
            continue
        joined = f"{line.strip()} {out[j][1].strip()}"
        if not line.strip().startswith("No"):  # "5" or "V." alone: read as "5. TELEGRAM ..."
            joined = f"{alone.group('num') or alone.group('roman')}. {out[j][1].strip()}"
        if HEADING.match(joined):
            out[i] = (number, joined)
            out[j] = (out[j][0], "")
            continue
        # the parties under the number, the kind and date under them: "14" / "MAO TSE-TUNG TO
        # J. V. STALIN" / "(Telegram, 12 January 1949)" (or the date alone)
        k = next((k for k in range(j + 1, min(j + 3, len(out))) if out[k][1].strip()), None)
        after = out[k][1].strip() if k is not None else ""
        if after and not re.search(r"[a-z]", out[j][1]) and re.search(r"\b1[89]\d\d\)?$", after) and len(after) < 60:
            joined = f"{joined}{' ' if after.startswith('(') else ', '}{after}"
            if HEADING.match(joined):
                out[i] = (number, joined)
                out[j] = (out[j][0], "")
                out[k] = (out[k][0], "")
    return out


def mark_anchors(blocks: list[Block]) -> list[Block]:
    """A footnote mark on a line of its own ("1", "*") is an anchor, not text."""
    for block in blocks:
        if ANCHOR.match(block.text):
            block.kind = "anchor"
    return blocks


def attach_footnotes(records: list[RawTelegram]) -> None:
    """Footnotes printed after the last telegram ("1 The letter is not published."), read
    from the end: each belongs to the telegram that holds its mark (on a line of its own, or
    in the line, see _inline_anchor); the first without a mark ends them."""
    last = records[-1]
    # the marks on lines of their own, in order; a book that numbers its notes item by item
    # ("*" in each) has the same mark in several: the notes, read from the end, take them
    # from the end
    marked = [(r, b.text) for r in records for b in r.blocks if b.kind == "anchor"]
    anchors: dict = {}
    while last.blocks:
        match = FOOTNOTE.match(last.blocks[-1].text)
        if not match:
            break
        mark = match.group("n") or f"({match.group('pn')})"
        owner = next((r for r, m in reversed(marked) if m == mark and mark not in r.footnotes), None)
        key = mark if owner is not None else _inline_anchor(records, mark, anchors)
        if key is None:
            break
        owner = owner or anchors[mark]
        note = last.blocks.pop()
        owner.footnotes[key] = Block(match.group("text").strip(), note.line)
    if last.blocks and any(r.footnotes for r in records) and NOTES_HEADING.match(last.blocks[-1].text):
        last.blocks.pop()  # "NOTES" above them
    _unplaced_notes(records)


def _unplaced_notes(records: list[RawTelegram]) -> None:
    """Notes under a "NOTES" heading after the last telegram whose marks are not in the text:
    the book's, not the telegram's words.  Each goes to the header of the telegram that names
    what it begins with ("1 Vyshinskii, Andrei ...": the telegram naming Vyshinskii; else the
    last, and the note says so), said to be unplaced."""
    last = records[-1]
    at = next((i for i in range(len(last.blocks) - 1, -1, -1) if NOTES_HEADING.match(last.blocks[i].text)), None)
    if at is None or at == len(last.blocks) - 1 or at == 0:
        return
    found = [FOOTNOTE.match(b.text) for b in last.blocks[at + 1:]]
    if not all(found):
        return
    del last.blocks[at:]
    for note in found:
        lemma = re.split(r",|\s(?:was|is|were|are|had|has)\s", note.group("text"), maxsplit=1)[0].strip()
        named = [r for r in records if lemma and any(lemma in b.text for b in r.blocks) or lemma in r.heading]
        owner = named[-1] if named else last
        mark = note.group("n") or note.group("pn")
        where = ("" if named else "; it is given with the last telegram, whose it may not be")
        owner.publication = replace(owner.publication, notes=[
            *owner.publication.notes, f"{mark}. {note.group('text').strip()} (The source prints no mark for this note{where}.)"])


def _inline_anchor(records: list[RawTelegram], mark: str, anchors: dict) -> str | None:
    """A footnote mark printed in the line, not on a line of its own: at the end of a block
    ("the treaty.*", "FILLIPOV1"), it becomes an anchor block after it; inside one ("the
    pseudonym Fillipov1 for reasons"), the bracketed mark "[1]" the brackets pass turns into
    the note at its place.  The last such mark before the footnotes is taken; a digit only
    right after a letter or punctuation, never ending a number or after "No.".  Returns the
    key the note is filed under in the record's footnotes (None: no such mark)."""
    after = r"(?<=[^\s\d*])" if mark.isdigit() else r"(?<=[^\s*])"
    at_end = re.compile(after + re.escape(mark) + "$")
    # not a part of a number or a date ("7.2.50", "1,200"): no digit before the punctuation
    # before it, none after the punctuation after it
    inside = re.compile(r"(?<!No\.)(?<!No)(?<!\d[.,/])" + after + re.escape(mark) + r"(?=[\s,;:.!?)])(?![.,/]\d)")
    for record in reversed(records):
        # the last record's last block is the footnote itself
        blocks = record.blocks[:-1] if record is records[-1] else record.blocks
        for i in range(len(blocks) - 1, -1, -1):
            block = blocks[i]
            if block.kind != "text":
                continue
            if at_end.search(block.text):
                block.text = block.text[:-len(mark)].rstrip()
                record.blocks.insert(i + 1, Block(mark, block.line, kind="anchor"))
                anchors[mark] = record
                return mark
            found = list(inside.finditer(block.text))
            if found:
                m = found[-1]
                block.text = f"{block.text[:m.start()]}[{mark}]{block.text[m.end():]}"
                anchors[mark] = record
                return f"[{mark}]"
    return None
