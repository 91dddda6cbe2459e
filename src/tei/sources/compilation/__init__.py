"""A printed compilation holding several numbered telegrams.

Layout: front matter (title, mottos, the original publication with its place and year,
"Reproduced by" a reprint publisher), then numbered headings such as
"1. THE TELEGRAM FROM J. V. STALIN TO MAO TSE-TUNG DATED THE 10TH OF JANUARY, 1949", each
followed by the telegram, its dateline and signature, and at the very end the footnotes,
numbered as their anchors in the text ("1In his correspondence ...").

The reader is here; what it reads with is in headings.py (where the items begin),
front_matter.py (the title page) and notes.py (the notes and their marks).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from ..base import (NEWSPAPERS, a_year, NOTES_HEADING, PAGE_IN_TEXT, PAGE_LINE, SEPARATOR, Reader, clean_inline, columns, edition_statements, edition_text,
                    heads_inside_sentences, lines_to_blocks, numbered_lines, page_numbers, running_heads, title_case,
                    wrap_width)
from ...messages import SourceError
from ...transforms.citation import CHINESE_FILE, SHELFMARK
from ..model import Block, Publication, RawTelegram
from ..web_works import CREDIT_LABELS, LABEL
from .front_matter import (AUSPICES, BESIDE_TITLE, FRONT_SECTION, PLACE_ALONE, PLACE_YEAR, PUBLISHER, TRANSLATED_FROM,
                           VOLUME_AFTER, VOLUME_LINE, _article, _as_named, _editor_role, _imprint, _is_main_title, _issue, _made_by,
                           _part_heading, _repeats, _series, _title, _wraps, spelled_number, title_page_in_lines, without_menu)
from .headings import (_as_title, _headings, _in_sequence, _in_title_case, _join_numbers, _no_telegram,
                       _ocr_headings, _ocr_warnings, _unread_items, items_without_parties, unread_headings)
from ...dates import find_dates
from .notes import HEADING_MARK, _after_the_notes, _notes_by_item, attach_footnotes, mark_anchors, words_before

# the editor's note of an item's source after its text: "[Source: APRF, Fond 45, Opis 1, Delo 334, Listy 97-98.]"
# (the full stop of a verso's "ob." is its: "l. 49 ob.]")
# (or in parentheses, as a bulletin prints it: "(Source: JGYLMZDWG, 1:260-1; translation from ...)")
SOURCE_NOTE = re.compile(r"^(?:\[(?=.*\]$)|\((?=.*\)$))(?:Source|Sources|Archive|Archival source)\s*:\s*"
                         r"(?P<cited>.+?(?:\bob\.)?)\.?[\])]$", re.I)


class CompilationReader(Reader):
    name = "compilation"
    help = "printed compilation of several numbered telegrams with front matter and footnotes"

    @classmethod
    def score(cls, text: str) -> float:
        lines, width = columns(numbered_lines(text))
        lines, _ = _ocr_headings(lines)
        found = _headings(_join_numbers(lines, wrap_width(lines) or width))
        if not found:
            # items numbered with their dates but no parties: the book's, to be refused as such (see read)
            return 3.5 if len(items_without_parties(lines)) >= 2 else 0.0
        # items numbered one after the other ("No. 28", "No. 29") are a book's, though a web page of
        # them has the works' labelled lines ("Source :", "Publisher :") over them
        numbered = 1.5 if len(found) >= 2 and _in_sequence([n for _, n in found]) else 0.0
        return 1.0 + min(len(found), 10) * 0.5 + numbered

    def read(self, text: str, source: str) -> list[RawTelegram]:
        # a scanned book's page heads: page markers (its pages in two columns read one after the other)
        lines, column_width = columns(numbered_lines(text))
        lines = heads_inside_sentences(running_heads(lines))
        lines = _page_head_alone(lines)
        lines, repaired = _ocr_headings(lines)  # "l OCTOBER l950" in a heading: the digits
        # the width the text was cut at, if it was (before headings are joined); a column's
        wrap = wrap_width(lines) or column_width
        lines = _join_numbers(lines, wrap)
        lines = page_numbers(lines)  # (after the items' numbers alone on their lines are read)
        numbers = dict(_headings(lines))
        starts = sorted(numbers)
        # a compilation heads its telegrams in one style: where some headings are in capitals, a
        # numbered paragraph in title case that names a telegram ("2. Ciphered Telegrams No.
        # 50450, ... Terebin to Kuznetsov") is a paragraph, not a heading; both styles are kept
        # when together they number the items one after the other
        in_capitals = [i for i in starts if not _in_title_case(lines[i][1])]
        if in_capitals and not _in_sequence([numbers[i] for i in starts]):
            starts = in_capitals
        bare = items_without_parties(lines)
        if not starts and len(bare) >= 2:
            named = "; ".join(f"{source}:{n}: '{t}'" for n, t in bare[:4]) + ("; ..." if len(bare) > 4 else "")
            raise SourceError(source, f"no telegram found: the items are numbered with the date each was sent or "
                              f"received, but no heading under it names the parties ({named}); the copy lost the "
                              "heading's line: add it under each date, as the book prints it ('J. V. STALIN TO W. "
                              "CHURCHILL')", bare[0][0], code="unread-headings")
        if not starts:
            raise unread_headings(source, lines) or self.fail(
                source, 1, "no numbered telegram headings (like '1. THE TELEGRAM FROM ... DATED ...') found: pick "
                "another --format")
        # an item whose heading is in a form not read runs on in the one before: split where its
        # number is the one the sequence lacks, else say where it seems to begin
        splits, suspects = _unread_items(lines, starts, numbers)
        for i, number in splits:
            numbers[i] = number
        starts = sorted(starts + [i for i, _ in splits])
        filed = _file_lines(lines, starts)
        front = [l.strip() for _, l in lines[:starts[0]] if l.strip()]
        # a page copied from within the book, beginning inside a sentence ("months." / "Furthermore,
        # ..."): what stands above the first heading ends an item the copy lacks, no title page; an
        # item's "[Source: ...]" is never the book's
        within = bool(front) and front[0][:1].islower()
        if within:
            front = []
        pub = self.publication([l for l in front if not PAGE_LINE.match(l) and not SOURCE_NOTE.match(l)])
        items = [omissions(mark_anchors(lines_to_blocks(lines[start + 1:end], wrap)))
                 for start, end in zip(starts, starts[1:] + [len(lines)])]
        _bare_page_numbers(items, lines, front)
        _place_page_markers(lines[:starts[0]], items)
        records, left_out = [], []
        pages_read = _page_numbers_read(items, lines, starts)
        part = pub.part
        for start, blocks, pages in zip(starts, items, _page_ranges(items)):
            number, heading_line = lines[start]
            own_part = part
            # a part of the book after an item's text ("III. KOREA"): the items' after it
            # ("* * *" between the items, as a site sets them apart: no part of either)
            while len(blocks) > 1 and (blocks[-1].kind == "text" and _part_heading(blocks[-1].text)
                                       or SEPARATOR.match(blocks[-1].text.strip())):
                popped = blocks.pop()
                if not SEPARATOR.match(popped.text.strip()):
                    part = popped.text
            if _no_telegram(heading_line.strip()):
                left_out.append((number, clean_inline(heading_line), blocks))
                continue
            position = len(records) + 1
            own = replace(pub, pages=pages or pub.pages, part=own_part) if pages or own_part != pub.part else pub
            cited = _source_note(blocks) or _archival_line(blocks)
            if cited:  # the archival reference of this item: into its header, out of its text
                own = replace(own, first_published=cited, notes=[*own.notes, f"Source: {cited.rstrip('.')}."])
            if start in filed:  # "761.00/1-1450: Telegram" over the heading: the file the document is in
                own = replace(own, notes=[*own.notes, f"File: {filed[start]}."])
            printed = _printed_in(blocks)
            if printed:  # where the item was first printed: the header's, not the telegram's words
                own = replace(own, first_published=printed)
            written, edition_notes = _edition_dating(blocks)
            if edition_notes:  # "Written on October 7, 1918" / "First published in 1957 in ...": the edition's
                own = replace(own, notes=[*own.notes, *edition_notes])
            heading = clean_inline(heading_line)
            volume_mark = _take_heading_mark(blocks, lines, pages_read)
            mark = HEADING_MARK.search(heading)
            if mark:  # a note on the heading ("..., 14 February 1950¹"): its anchor first, the note in the head
                heading = heading[:mark.start()]
                blocks.insert(0, Block(mark.group(0), number, kind="anchor"))
            # "(Translated from the Chinese)" under the heading: the language the item was written in
            # (the line stays, the heading's; the book's own "Translated from the Russian" is not the item's)
            translated = next((m for b in blocks[:2] if b.kind == "text" and (m := ITEM_TRANSLATED_FROM.match(b.text.strip()))), None)
            if not written and SAME_DATE.search(heading) and records and not find_dates(heading, context=""):
                # "ANOTHER TELEGRAM ... OF THE SAME DATE": the date of the item before's heading
                before = find_dates(records[-1].heading, context="")
                written = records[-1].heading[before[-1].start:before[-1].end] if before else records[-1].date_text
            records.append(RawTelegram(
                source=source, reader=self.name, position=position, line=number, translator=pub.translator,
                publication=own, title=_as_title(heading), title_line=number,
                heading=heading, number_in_source=numbers[start],
                blocks=blocks, date_text=written, original_language=translated.group("language") if translated else ""))
            if volume_mark is not None:
                records[-1].warnings.append((volume_mark.line, f"note {volume_mark.text} is marked at the heading ('"
                                             f"{words_before(heading, len(heading))}' / '{volume_mark.text}') but its note is not in the "
                                             "source: the mark is left out; add the volume's notes at the end",
                                             "missing-note"))
        # a paragraph of text among the title page's lines: most likely a telegram whose heading
        # was not recognised (it would be lost in the front matter): say so
        # (a paragraph's sentences, not a long title's line: "Between the Chairman of ... 1941-1945")
        # (nor a web transcription's labelled line: "Public Domain : ... as your source.")
        prose = next(((n, l) for n, l in lines[:starts[0]] if len(l.strip()) > 160 and not LABEL.match(l.strip())
                      and re.search(r"[a-z][.!?;:][\s”\"]|[.!?]$", l.strip())), None)
        if prose is not None:
            records[0].warnings.append((prose[0], "a paragraph of text stands above the first telegram heading and is "
                                        + ("left out: the copy begins inside a sentence, within an item it lacks the "
                                           "heading of" if within else "read as the book's title page") +
                                        "; if it is a telegram, give it a numbered heading ('1. From X to Y, 10 "
                                        "January 1949')", "front-matter-text"))
        if not records:
            raise self.fail(source, left_out[0][0], f"no telegram found: the items are not telegrams or letters "
                            f"('{left_out[0][1]}')")
        for number, heading, blocks in left_out:  # (its page markers go to the item after it)
            markers = [b for b in blocks if PAGE_LINE.match(b.text)]
            after = next((r for r in records if r.line > number), None)
            if markers and after is not None:
                after.blocks[:0] = markers
            owner = next((r for r in reversed(records) if r.line < number), records[0])
            owner.warnings.append((number, f"item '{heading}' is not a telegram or letter (a diary, a record of a "
                                   "conversation, a memorandum): left out", "not-a-telegram"))
        for i, number in splits:
            record = next(r for r in records if r.line == lines[i][0])
            record.warnings.append((record.line, f"the heading of item {number} ('{record.heading[:100]}') is in a form the "
                                    "converter does not read; read as a heading because its number follows the item "
                                    "before and the item before ends with its closing lines: check it, or write it as "
                                    "'4. Telegram from X to Y, 10 January 1949'", "unread-heading"))
        for number, line in suspects:
            owner = next((r for r in reversed(records) if r.line < number), records[0])
            owner.warnings.append((number, f"'{line[:100]}' after the closing lines of "
                                   f"{'item ' + owner.number_in_source if owner.number_in_source else 'the item above'} "
                                   "looks like the heading of an item the converter does not read: its text is read as "
                                   "part of the item above; if it is a telegram, give it a heading in a form the others "
                                   "have ('4. Telegram from X to Y, 10 January 1949')", "unread-heading"))
        if not pub.title:  # pages copied from a book without its title page (a volume's PDF from an item on)
            records[0].warnings.append((records[0].line, "no book named: the copy has no title page above the first "
                                        "item, so the witness is described as an untitled book; add the book's title "
                                        "page (its title, place and year) above the first item", "no-book-title"))
        _ocr_warnings(records, lines[starts[0]:], repaired)
        _after_the_notes(records)
        _notes_by_item(records)
        attach_footnotes(records)
        for record in records:
            while len(record.blocks) > 1 and SEPARATOR.match(record.blocks[-1].text.strip()):
                record.blocks.pop()  # (the last item's "* * *" above the notes: no more its)
            if not [b for b in record.blocks if b.kind != "anchor"]:
                raise self.fail(source, record.line, f"telegram {record.number_in_source} has a heading but no text")
        return records

    @staticmethod
    def publication(front: list[str]) -> Publication:
        """The compilation from its title page: the title above the place and year ("Moscow
        1959"), or above the publisher printed there ("Foreign Languages Press / Peking
        1960"), with a main title in capitals above it ("DOCUMENTS OF THE SINO-SOVIET
        ALLIANCE / Selected Telegrams, 1949-1950")."""
        front = without_menu(front)
        pub = Publication(kind="compilation", front_matter=front)
        labelled = _web_labels(front)
        if labelled is not None:  # a web transcription's labelled lines over the items (see _web_labels)
            rest, source, publisher = labelled
            pub = CompilationReader.publication(rest) if rest else pub
            pub.title = source or pub.title
            if publisher:
                parts = [p.strip() for p in publisher.split(",")]
                year = next((p for p in parts if re.fullmatch(r"(?:1[89]|20)\d\d", p)), "")
                pub.publisher, pub.place, pub.date = parts[0], parts[1] if len(parts) > 1 and parts[1] != year else "", \
                    year or pub.date
            pub.front_matter = front
            pub.citation = "; ".join(front)
            return pub
        # the title page: not the contents or a publisher's note after it (nor the front-matter
        # note each telegram's description of the book keeps: the book's, not the telegram's)
        front = front[:next((i for i, line in enumerate(front) if FRONT_SECTION.match(line)), len(front))]
        pub.front_matter = front[:]
        # the part of the book the first items are printed in, under the title page ("II. THE FAR
        # EAST"): its items', not the title page's
        parts = len(front)
        while parts > 1 and _part_heading(front[parts - 1]):
            parts -= 1
        if parts < len(front):
            pub.part = front[-1]
            pub.front_matter = pub.front_matter[:parts] + pub.front_matter[len(front):]
            front = front[:parts]
        # a credit over two lines: "SELECTED AND EDITED BY" / "MARGARET CARLYLE", "COMPILED AND
        # EDITED" / "BY HUGH MARTIN"
        joined: list[str] = []
        for line in front:
            if joined and (re.search(r"\bby$", joined[-1], re.I) or re.match(r"by\s", line, re.I)) \
                    and _made_by(f"{joined[-1]} {line}"):
                joined[-1] = f"{joined[-1]} {line}"
            else:
                joined.append(line)
        front = joined
        # "Issued under the auspices of the" / "Royal Institute of International Affairs",
        # "Published for the Institute of Pacific Relations": the book's sponsor (not its title)
        sponsored = next((i for i, line in enumerate(front) if AUSPICES.match(line)), None)
        if sponsored is not None:
            body = AUSPICES.match(front[sponsored]).group("body").strip(" ,.")
            alone = not body.lower().removeprefix("the").strip()
            if alone and sponsored + 1 < len(front):
                body = f"{body} {front[sponsored + 1]}".strip()
            pub.sponsor = re.sub(r"^(?i:the)\s+", "", body).strip(" ,.")
            pub.sponsor = _as_named(pub.sponsor)
            front = front[:sponsored] + front[sponsored + 1 + (alone and sponsored + 1 < len(front)):]
        # the volume the book is ("VOLUME IV", "Volume IV, 1950-1951"): the citation's; the
        # years after it stay the title's ("Documents on ..., 1950-1951")
        for i, line in enumerate(front):
            volume = VOLUME_LINE.match(line) or VOLUME_AFTER.match(line)
            if (i > 0 or volume and volume.re is VOLUME_AFTER) and volume and not pub.volume:
                # (after the title on its first line too: "Foreign Relations, 1961-1963, Volume VI")
                pub.volume = spelled_number(volume.group("vol"))
                front = front[:i] + ([volume.group("rest")] if volume.group("rest") else []) + front[i + 1:]
                break
        responsible = [_made_by(line) for line in front]
        for what, who in (credit for credits in responsible for credit in credits):
            # the compilers and editors, and the translator of the telegrams
            role = _editor_role(what)
            if role:
                pub.editors.append((role, _as_named(who)))  # (a name in capitals as named: "JANE DEGRAS")
            if re.search(r"transl|trans\.", what, re.I) and not pub.translator:
                pub.translator = who
        # the edition and printing ("Second edition", "Reprinted 1952"), as printed
        editions = [edition_statements(line, whole=True) for line in front]
        pub.editions = [edition_text(m) for found in editions for m in found]
        # the title page without them, its price, "Translated from the Russian"
        front = [line for line, m, e in zip(front, responsible, editions)
                 if not m and not e and not BESIDE_TITLE.match(line) and not TRANSLATED_FROM.match(line)]
        front = _series(front, pub)
        front = _issue(front, pub)
        imprint = _imprint(front)
        if imprint is not None:
            # "Title / Subtitle / London: Oxford University Press, 1965", or over lines of their
            # own ("Stanford, California / Stanford University Press / 1977"), or above the
            # title ("FOREIGN LANGUAGES PUBLISHING HOUSE / Moscow 1952 / THE GREAT FRIENDSHIP")
            start, end, place, publisher, year = imprint
            titled = front[end + 1:] if start == 0 else front[:start]
            titled = _article(titled, pub, responsible)
            if titled:
                pub.place, pub.publisher, pub.date = _as_named(place), _as_named(publisher), year
                pub.title = _title(titled)
                rest = front[end + 1:] if start > 0 else []
                if len(rest) > 1 and re.match(r"^(reproduced|reprinted|republished)\s+by$", rest[0], re.I):
                    pub.reprint = rest[1]
                pub.citation = "; ".join(pub.front_matter)
                return pub
        # the imprint is the last place and year ("Documents, 1949" above it is a subtitle)
        imprints = [i for i, line in enumerate(front) if i > 0 and PLACE_YEAR.match(line)]
        if imprints:
            i = imprints[-1]
            match = PLACE_YEAR.match(front[i])
            pub.place, pub.date = _as_named(match.group("place")), match.group("year")
            t = i - 1
            if t > 0 and PUBLISHER.search(front[t]):
                pub.publisher, t = _as_named(front[t]), t - 1
            pub.title = front[t]
            wrapped_from = t
            while wrapped_from > 0 and _wraps(front[wrapped_from - 1], front[wrapped_from]):
                wrapped_from -= 1
            if wrapped_from < t:  # a title over several lines: "WHITE BOOK / ON AGGRESSIVE ... / TOWARDS YUGOSLAVIA"
                pub.title, t = _title(front[wrapped_from:t + 1]), wrapped_from
            elif t > 0 and re.fullmatch(r"\d{4}(?:\s*[-–]\s*\d{2,4})?", front[t]):  # "Documents and Materials / 1949-1950"
                years, t = front[t], t - 1
                wrapped_from = t  # (the title over lines above the years: "SELECTED DOCUMENTS ON / SINO-SOVIET RELATIONS")
                while wrapped_from > 0 and _wraps(front[wrapped_from - 1], front[wrapped_from]):
                    wrapped_from -= 1
                pub.title, t = f"{_title(front[wrapped_from:t + 1])}, {years}", wrapped_from
            elif pub.title.isupper():  # printed in capitals: "CHINESE COMMUNIST CORRESPONDENCE WITH MOSCOW"
                pub.title = title_case(pub.title)
            if t > 0 and _repeats(front[t - 1], front[t]):  # (the cover's title again in the other case: one title)
                pub.title = title_case(front[t - 1]) if front[t - 1].isupper() else front[t - 1]
            elif t > 0 and _is_main_title(front[t - 1]) and not front[t].isupper():
                pub.title = f"{title_case(front[t - 1])}: {pub.title}"
            elif t == 1 and not re.search(r"\d", re.sub(r",\s*(?:1[89]|20)\d\d$", "", front[0])) \
                    and not front[0].endswith((".", "!", "?", ",", ";", ":")) and len(front[0].split()) <= 10:
                # the title page's first line, the subtitle under it (the first with the year its
                # volumes cover: "FOREIGN RELATIONS OF THE UNITED STATES, 1950" / "VOLUME VI" / "EAST ASIA ...")
                pub.title = f"{title_case(front[0]) if front[0].isupper() else front[0]}: {pub.title}"
            rest = front[i + 1:]
            if rest and re.match(r"^(reproduced|reprinted|republished)\s+by$", rest[0], re.I) and len(rest) > 1:
                pub.reprint = rest[1]
        if not pub.title and front:  # no imprint: the first line, the years under it ("1946-1952")
            # (a publisher's line of its own, no place or year beside it: "Progress Publishers")
            named = next((line for line in front[1:] if PUBLISHER.search(line) and len(line.split()) <= 6), "")
            if named and not pub.publisher:
                pub.publisher = _as_named(named)
                # (its place alone under it: "Progress Publishers" / "Moscow")
                under = front[front.index(named) + 1] if front.index(named) + 1 < len(front) else ""
                if under and PLACE_ALONE.match(under) and not pub.place:
                    pub.place = _as_named(under)
                    front = [line for line in front if line != under]
                front = [line for line in front if line != named]
            front = _article(front, pub, responsible)
            # (the first line's title going on in the next: "Correspondence" / "Between the Chairman ...")
            wrapped_to = 1
            while wrapped_to < len(front) and _wraps(front[wrapped_to - 1], front[wrapped_to]):
                wrapped_to += 1
            pub.title = _title(front[:2]) if len(front) > 1 and re.fullmatch(r"\d{4}\s*[-–]\s*\d{2,4}", front[1]) \
                else title_page_in_lines(front) or (_title(front[:wrapped_to]) if wrapped_to > 1 else front[0])
        pub.citation = "; ".join(pub.front_matter)
        return pub


def _web_labels(front: list[str]) -> tuple[list[str], str, str] | None:
    """A web transcription's labelled lines over the items ("Source : <the book>", "Publisher :
    Progress Publishers, Moscow, USSR", "Transcription/HTML Markup : ..."): the title page's other
    lines, the book it names and its imprint (the site's credits and rights no line of the title
    page); None where the page has no "Source" or "Publisher" line."""
    found = {m.group("label").lower(): m.group("value").strip() for line in front for m in [LABEL.match(line)]
             if m and m.group("label").lower() in ("source", "publisher")}
    if not found:
        return None
    rest = [line for line in front if not ((m := LABEL.match(line)) and (m.group("label").lower() in found
                                                                          or CREDIT_LABELS.match(m.group("label"))))]
    return rest, found.get("source", ""), found.get("publisher", "")


# a scanned page's head, the page's number beside the book's title: "178 Foreign Relations,
# 1961-1963, Volume VI" (the title naming its years or volume)
PAGE_HEAD = re.compile(r"^(?:(?P<n>\d{1,4})\s+(?P<title>[A-Z][^\d\[\]]{3,}.*?)|(?P<title2>[A-Z][^\d\[\]]{3,}.*?)\s+(?P<n2>\d{1,4}))$")


def _page_head_alone(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A page of a scanned book copied alone, its head the first line, above the item's heading:
    the page's marker ("[p. 178]") and the book's title on a line of its own (the title page's),
    where the head names a volume or years ("Foreign Relations, 1961-1963, Volume VI")."""
    filled = [i for i, (_, l) in enumerate(lines) if l.strip()]
    if len(filled) < 3:
        return lines
    first, second = filled[0], filled[1]
    head = PAGE_HEAD.match(lines[first][1].strip())
    if head is None or not _headings([lines[second]]):
        return lines
    title = head.group("title") or head.group("title2")
    if not re.search(r"\b1[89]\d\d\b|\b(?:Vol|Volume)\b", title):
        return lines
    number = lines[first][0]
    return lines[:first] + [(number, title.strip()), (number, f"[p. {head.group('n') or head.group('n2')}]")] + lines[first + 1:]


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


_NUMBERED = re.compile(r"^[\[(]?(\d{1,4})[.)\]]?\s+\S")  # (a line that begins with a number)


def _take_heading_mark(blocks: list[Block], lines: list[tuple[int, str]], pages: list[tuple[int, int]]) -> Block | None:
    """The mark of the volume's note on an item's heading, printed after it and copied on a line of
    its own over the text ("TO THE FINNISH COMRADES" / "312" / "Manner, Sirola, ...", Lenin's
    Collected Works, their notes at the end of the volume), where no note in the copy is numbered
    so: taken out of the item's blocks (it was its first paragraph, and kept the address from the
    opener) and given back; None, the blocks as they were, where the first is no such mark (a year
    alone, "1917", is none; nor the page's own number, see below).  (Below the page marker the page
    before this item's ends with, "[p. 325]" / "312": see _place_page_markers.)"""
    at = next((i for i, b in enumerate(blocks) if not PAGE_LINE.match(b.text.strip())), len(blocks))
    first = blocks[at].text.strip() if at < len(blocks) else ""
    if len(blocks) < at + 2 or blocks[at].kind != "text" or not re.fullmatch(r"\d{3,4}", first) or a_year(first) \
            or blocks[at + 1].kind != "text":
        return None
    if any((m := _NUMBERED.match(l.strip())) and m.group(1) == first for _, l in lines):
        return None  # (its note in the copy: not a mark alone)
    if _a_page_beside(int(first), blocks[at].line, pages):
        # the page's own number, the PDF's text putting it under the heading at the page's top: the page
        # before it printed last above it or the page after it next below ("TO G. V. CHICHERIN" / "324" / ... / "325")
        blocks[at] = Block(f"[p. {first}]", blocks[at].line)
        return None
    return blocks.pop(at)


def _page_numbers_read(items: list[list[Block]], lines: list[tuple[int, str]], starts: list[int]) -> list[tuple[int, int]]:
    """The pages the copy prints, (line, number) in the copy's order: its page markers ("[p. 325]",
    "— 325 —" read so) and its numbers alone on their lines (not a year; not the first line under a
    heading, a mark of the volume's note on it, "311" / "312", nor a heading's line)."""
    filled = [i for i, (_, l) in enumerate(lines) if l.strip()]
    heads = set(starts)
    # each heading's first filled line after it (-1: none), found by bisection, the lines being in order
    under_headings = {filled[k] if (k := bisect_right(filled, start)) < len(filled) else -1 for start in starts}
    alone = [(n, l.strip()) for i, (n, l) in enumerate(lines) if i not in under_headings and i not in heads]
    markers = [(b.line, b.text.strip()) for blocks in items for b in blocks] + alone
    return sorted({(n, int(m.group("n"))) for n, text in markers if (m := PAGE_LINE.match(text))}
                  | {(n, int(text)) for n, text in alone if re.fullmatch(r"\d{1,4}", text) and not a_year(text)})


def _a_page_beside(number: int, line: int, pages: list[tuple[int, int]]) -> bool:
    """Whether number, on line, is a page's own: the page printed last above it is number - 1, or the
    one printed next below it number + 1 (a volume's notes are numbered in the range of its pages:
    a page anywhere else in the copy is no evidence)."""
    before = [page for at, page in pages if at < line]
    after = [page for at, page in pages if at > line]
    return bool(before and before[-1] == number - 1 or after and after[0] == number + 1)


def _bare_page_numbers(items: list[list[Block]], lines: list[tuple[int, str]], front: list[str] = ()) -> None:
    """A number alone on its line at the end of an item ("J. STALIN" / "27"), that no note
    in the book is numbered with, is the page's number at its foot, not a note's mark: a
    page marker ("[p. 27]")."""
    # (any line beginning with the number may be its note: "27 See ...", "27. ...", "[27] ...")
    notes = {m.group(1) for _, l in lines for m in [_NUMBERED.match(l.strip())] if m}
    front_words = {w.lower() for l in front for w in re.findall(r"[A-Za-z][A-Za-z'’\-]*", l)}
    for blocks in items:
        if blocks and blocks[-1].kind == "anchor" and blocks[-1].text.isdigit() and blocks[-1].text not in notes:
            blocks[-1] = Block(f"[p. {blocks[-1].text}]", blocks[-1].line)
        # inside an item, over the book's running head ("42" / "SINO-SOVIET RELATIONS", the words of its
        # title page): the page's number, the head no part of the text (they were a note's mark and a paragraph)
        for i in range(len(blocks) - 2):
            number, head = blocks[i], blocks[i + 1]
            if number.kind == "anchor" and number.text.isdigit() and number.text not in notes and head.kind == "text" \
                    and _running_head(head.text, front_words):
                blocks[i:i + 2] = [Block(f"[p. {number.text}]", number.line)]
                break


def _running_head(line: str, front_words: set[str]) -> bool:
    """Whether a line is a running head: two words or more in capitals, all of the title page's."""
    words = re.findall(r"[A-Za-z][A-Za-z'’\-]*", line)
    return (len(words) >= 2 and not re.search(r"[a-z\d]|\sTO\s", line) and not re.search(r"\b[A-Z]\.", line)
            and {w.lower() for w in words} <= front_words)


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


# the newspaper or journal an item was first printed in, under its text: "Pravda, 23 August 1950",
# "Izvestiya, 10 March 1951", "Soviet News, 16 February 1950" (a periodical's name, not a place:
# "Peking, December 12, 1951" is a dateline)
PRINTED_IN = re.compile(rf"^(?P<cited>(?:{NEWSPAPERS}|"
                        r"[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,3}\s+(?:News|Times|Daily|Gazette|Herald|Bulletin)),\s+"
                        r"(?:No\.\s*\d+,\s+)?"  # (the issue's number: "Pravda, No. 46, 15 February 1950")
                        r"(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2},?)\s+1[89]\d\d)\.?$")


# the government's file an item is in, on a line over its heading, as FRUS prints it: "761.00/1-1450:
# Telegram", "793.00/1-1850: Telegram", "Moscow Embassy Files, Lot 58F47: Telegram"; the subject after
# the decimal number, "840.50 Recovery/7–1047", "740.00119 FEAC/10–1846", "740.00119 Control (Germany)/...", a
# country's letter in it, "860F.00/6–1247"; a person's file
# by the decimal number and the name: "123 Kirk, Alan G.: Telegram"
# (a subject with its year in the number too: "740.0011 European War 1939/25741½: Telegram")
FILE_LINE = re.compile(r"^(?P<file>\d{2,4}[A-Z]?(?:\.\d{1,6})?[A-Z]{0,4}(?:\s+(?:[A-Z][\w\-]*|\([A-Z][\w .\-]*\)|1[89]\d\d)){0,4}/[\w.\-–/]+|\d{3}(?:\.\d{1,4})?\s+[A-Z][\w'’\-]+,(?:\s+[A-Z][\w'’\-]*\.?){1,3}|[A-Z][\w.'’ ]{3,60}(?:Files?|Lot)\b[^:]{0,40})\s*:"
                       r"\s*(?P<kind>(?:Circular\s+)?(?:Telegram|Airgram|Despatch|Dispatch|Letter|Memorandum|Note|Message)(?:\s+\w+)?)\.?$")


def _file_lines(lines: list[tuple[int, str]], starts: list[int]) -> dict[int, str]:
    """The file line over each heading (blank lines between), taken out of the text (it would end
    the item before): {heading's index: "761.00/1-1450: Telegram"}."""
    filed = {}
    for start in starts:
        above = next((i for i in range(start - 1, max(-1, start - 4), -1) if lines[i][1].strip()), None)
        if above is not None and FILE_LINE.match(lines[above][1].strip()):
            filed[start] = clean_inline(lines[above][1])
            lines[above] = (lines[above][0], "")
    return filed


# a heading dated by the item before it: "... OF THE SAME DATE", "... of the same day"
SAME_DATE = re.compile(r"\b(?:of|on|dated)\s+the\s+same\s+(?:date|day)\b", re.I)
ITEM_TRANSLATED_FROM = re.compile(r"^\(\s*translated\s+from\s+(?:the\s+)?(?P<language>[A-Z][a-z]+)\s*\)\.?$", re.I)


def _printed_in(blocks: list[Block]) -> str:
    """The periodical that first printed the item, named on its last line ("Pravda, 23 August
    1950"), taken out of its text: what it cites."""
    if blocks and blocks[-1].kind == "text" and len(blocks) > 1:
        match = PRINTED_IN.match(blocks[-1].text)
        if match:
            del blocks[-1]
            return match.group("cited")
    return ""


# the notes a volume of works prints under a text (Lenin's Collected Works): when it was
# written, where first published, what it is printed from; its two columns, copied line by line,
# run into each other ("First published in 1957 in" / "Printed from the text" / "Dokumenty ...")
WRITTEN_ON = re.compile(r"^(?:Written|Sent|Dictated)\s+(?:on\s+|in\s+)?(?P<date>.*?\b1[89]\d\d)\.?$")
WRITTEN_IN_LANGUAGE = re.compile(r"^Written\s+in\s+(?:English|German|French|Russian|Italian|Polish|Swedish|Chinese)\.?$")
WRITTEN_DAY = re.compile(r"^(?:Written|Sent|Dictated)\s+on\s+[A-Z][a-z]+\s+\d{1,2}$")
# a space after a single figure, before another single one or the comma or bracket after it, as a
# PDF's text sets a number's figures apart ("November 1 9", "1 9 1 7", "No. 2 1 ,"); two numbers
# side by side ("January 14 1931", "1 500 rifles") stay apart
SPACED_FIGURES = re.compile(r"(?<=(?<!\d)\d) (?=\d(?!\d)|[),])")
# a bracketed line ending in a year: "(December 2), 1917", the date's other style
BRACKETED_YEAR = re.compile(r"^\(.*\b1[89]\d\d\.?$")
EDITION_NOTE_START = re.compile(r"^(?:First\s+published\b|Printed\s+(?:from|according\s+to)\b|Published\s+"
                                r"(?:for\s+the\s+first\s+time|according\s+to)\b)")


def _edition_dating(blocks: list[Block]) -> tuple[str, list[str]]:
    """The edition's notes under the item's text ("Written on October 7, 1918", "First published
    in ...", "Printed from the text of the telegraph tape", and the lines of their columns after
    them), taken out of its text: (the date it was written, "" if none; the notes as printed, one
    string).  A number alone just above them, the page's at its foot, is a page marker."""
    # (the figures a PDF's text sets apart in these lines, "November 1 9", "1 9 1 7", "No. 2 1 ,": joined)
    for i in range(1, len(blocks)):
        joined = SPACED_FIGURES.sub("", blocks[i].text)
        if blocks[i].kind == "text" and joined != blocks[i].text and (
                WRITTEN_DAY.match(joined) or WRITTEN_ON.match(joined) or BRACKETED_YEAR.match(joined.strip())):
            blocks[i] = Block(joined, blocks[i].line, blocks[i].kind)
    for i in range(1, len(blocks) - 1):  # ("Written on November 19" / "(December 2), 1917": one line the columns broke)
        if blocks[i].kind == blocks[i + 1].kind == "text" and WRITTEN_DAY.match(blocks[i].text) \
                and BRACKETED_YEAR.match(blocks[i + 1].text.strip()):
            blocks[i:i + 2] = [Block(f"{blocks[i].text.strip()} {blocks[i + 1].text.strip()}", blocks[i].line)]
            break
    start = next((i for i, b in enumerate(blocks) if i and b.kind == "text" and (WRITTEN_ON.match(b.text) or (
        # (the language it was written in, the notes of its printing under it: "Written in German" /
        # "First published in Russian", no date: the dateline above the signature dates it)
        WRITTEN_IN_LANGUAGE.match(b.text) and i + 1 < len(blocks) and EDITION_NOTE_START.match(blocks[i + 1].text)))), None)
    if start is None or not all(EDITION_NOTE_START.match(b.text) or len(b.text) < 60 for b in blocks[start + 1:]) \
            or not any(EDITION_NOTE_START.match(b.text) for b in blocks[start + 1:]) and start + 1 < len(blocks):
        return "", []
    notes = _edition_notes_joined([clean_inline(SPACED_FIGURES.sub("", b.text)) for b in blocks[start:]])
    dated = WRITTEN_ON.match(blocks[start].text)
    written = dated.group("date") if dated else ""  # ("November 19 (December 2), 1917")
    del blocks[start:]
    # (the page's number above the signature: "104" / "Sverdlov, Lenin"; not the first line under the heading,
    # a short item's mark of the volume's note on it, "312" / "Send the grain wagons ..." / "Lenin": _take_heading_mark's;
    # so a short item's own page number under its heading, no page beside it in the copy, is taken for a mark and
    # reported missing-note: the copy cannot tell them apart)
    for i in range(max(1, len(blocks) - 3), len(blocks)):
        if blocks[i].text.isdigit() and len(blocks[i].text) <= 4 and i + 1 < len(blocks) and len(blocks[-1].text) < 40:
            blocks[i] = Block(f"[p. {blocks[i].text}]", blocks[i].line)
    return written, [notes]


# a line that goes on in the next (its column's words broke there): "First published in 1942 in"
_GOES_ON = re.compile(r"(?:[.;:,]|\b(?:a|an|and|at|by|for|from|in|of|on|the|to|with))$")


def _edition_notes_joined(lines: list[str]) -> str:
    """The edition's notes' lines as one text, each note ended with its full stop where the page
    set it on a line of its own without one ("Written on November 22 (December 5), 1917. First
    published ..."), no space before a closing bracket the extraction spaced ("5 )")."""
    lines = [re.sub(r"\s+([)\]])", r"\1", line) for line in lines]
    ended = [line + "." if (i + 1 == len(lines) or EDITION_NOTE_START.match(lines[i + 1])) and not _GOES_ON.search(line)
             else line for i, line in enumerate(lines)]
    return " ".join(ended)


def _source_note(blocks: list[Block]) -> str:
    """The editor's "[Source: ...]" among an item's last lines, taken out of them: what it cites
    (the last item's last lines above the book's notes)."""
    end = next((i for i in range(len(blocks) - 1, 0, -1) if NOTES_HEADING.match(blocks[i].text)), len(blocks))
    for i in range(end - 1, max(-1, end - 3), -1):
        match = SOURCE_NOTE.match(blocks[i].text)
        if match:
            del blocks[i]
            return match.group("cited")
    return ""


# the archive's reference alone on a line under an item's heading, as a documents volume prints
# it: "APRF, f. 45, op. 1, d. 331, ll. 79-80", "[AVP RF, f. 059a, op. 5a, d. 3, p. 11, l. 120.]"
# (or a Chinese archive's file number after the archive: "PRC FMA 109-00022-03, pp. 5-6")
ARCHIVAL_LINE = re.compile(rf"^\[?(?P<cited>(?:[A-Z][\w ]{{1,30}}?[.,]\s*)?{SHELFMARK.pattern}"
                           rf"|[A-Z][\w ]{{1,30}}?[.,]?\s+{CHINESE_FILE.pattern})\.?\]?$")


def _archival_line(blocks: list[Block]) -> str:
    """The archival reference standing alone among an item's first lines, taken out of them (the
    item's source, as a "[Source: ...]" line under its text is)."""
    for i, block in enumerate(blocks[:2]):
        match = ARCHIVAL_LINE.match(block.text.strip()) if block.kind == "text" else None
        if match:
            del blocks[i]
            return match.group("cited")
    return ""


# a line of dots where an excerpt leaves text out: ". . . . . . . .", "........", "…"
OMISSION = re.compile(r"^(?:(?:\.\s*){4,}|(?:…\s*)+)$")


def omissions(blocks: list[Block]) -> list[Block]:
    """A line of dots between paragraphs (". . . . . . . ."): the compilation's omission, as
    the source editor's "[...]" is one (a gap)."""
    for block in blocks:
        if block.kind == "text" and OMISSION.match(block.text):
            block.text = "[...]"
    return blocks
