"""A translation from an author's collected works.

Layout: a title line ("Telegram of J.V. Stalin to Mao Zedong dated 10th January 1949"),
citation lines (author, "Works", volume, place, publisher, year, pages), the text with page
markers such as "[c. 520]", and at the end the notes of the edition: where the text was
first printed, the archival reference, and remarks such as "No comments".
"""

from __future__ import annotations

import copy
import re

from ..dates import find_dates
from ..messages import SourceError
from .base import (CITED_NAME, LISTED_NOTE, LOWERED, NEWSPAPERS, NOTES_HEADING, PAGE_IN_TEXT, RAISED, SUPERSCRIPT_FIGURES, Reader, clean_inline, roman_number, edition_statements, edition_text, lines_to_blocks,
                   numbered_lines, ocr_digits, ocr_numbers, ocr_warning, record_of_talks, running_heads, title_case,
                   in_capitals, translator_in)
from .compilation.front_matter import PLACE_YEAR, PLACE_YEAR_CITED, PUBLISHER, _as_named
from .compilation.notes import attach_footnotes, mark_anchors
from .model import Block, Publication, RawTelegram
from .page import UNCITED
from ..vocab import CABLE_KIND, CIPHERING, RUSSIAN_ARCHIVE, SENT_VERB
from .web_works import KIND_TO, LABEL, web_page, web_signs
from .wilson import BOLD_LABEL, RECORD_FIELDS, WilsonMarkdownReader, _emphasis as emphasis, parse_record

# "Telegram to Mao Tse-tung", "Reply to Mao Tse-tung's telegram of 13 January 1949", "To Comrade Mao Tse-tung",
# or the addressee alone in capitals: "TO CHAIRMAN MAO ZEDONG AND THE CENTRAL COMMITTEE"
DOC_TITLE = re.compile(r"^(?:(?:No\.\s*)?\d{1,3}\.\s+)?(?:the\s+)?(?:(?:" + CIPHERING + r"\s+)?(" + CABLE_KIND + r"|letter|message|note)s?\b.*\bto\b"
                       r"|(?:reply|answer|response)\s+to\s|to\s+comrades?\s|(?-i:TO\s+[A-Z][A-Z ,.'’\-]{3,}$))", re.I)
# the volume's number of a text before its title: "27. TELEGRAM TO G. DIMITROV", "No. 31. Telegram to ..."
ITEM_NUMBER = re.compile(r"^(?:No\.\s*)?(?P<n>\d{1,3})\.\s+(?=\S)")
WORKS = re.compile(r"\b(Selected Works|Collected Works|Complete Works|Works|Sochineniia|Sochineniya)\b.*?"
                   r"(?:\b(?:T|Vol|Volume|Tom)\.?\s*(?P<vol>\d+|[IVXL]+\b))", re.I)
# the works named after their author: "Selected Works of Zhou Enlai", "THE COLLECTED WORKS OF LIU SHAOQI"
WORKS_OF = re.compile(r"\b(Selected Works|Collected Works|Complete Works|Works)\s+of\s+"
                      r"(?P<author>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3}?)(?=\s*(?:[.,;:()]|\s-|$|\s(?:vol|volume|t)\b))",
                      re.I)
# "pp. 174-175", "p. 45", "Pages 14-15", and the pages area of a Soviet citation, "- S. 101-102."
# (Russian "S.", stranitsy, only after the areas' dash or the year's stop, "1997. S. 101": "S." is
# an initial elsewhere)
# (a page's part after its number, "pages 540d-541a" as the Collected Works' later volumes print
# them: the pages are 540 to 541, page_range leaves the letters out)
PAGE_NUMBER = r"\d+(?:[a-d](?!\w))?"
PAGES = re.compile(r"(?:\bpp?\.|\bpages?\b|(?:(?<=[-–—]\s)|(?<=\d\.\s))(?-i:[SС])\.)\s*"
                   rf"(?P<pages>{PAGE_NUMBER}(?:\s*[-–]\s*{PAGE_NUMBER})?)", re.I)
YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# the years a book's title or volume covers, not when it was printed: "1953-1955",
# "September 1949 - December 1955", "1911-57"
YEAR_SPAN = re.compile(r"(?:\b[A-Z][a-z]+\s+)?\b(?:1[89]|20)\d\d\s*[-–]\s*(?:(?:[A-Z][a-z]+\s+)?(?:1[89]|20)\d\d|\d\d)\b")
# "Edited by Michael Y. M. Kau and John K. Leung."
EDITED_BY = re.compile(r"\b(?:[Ee]dited|[Cc]ompiled)(?:\s+and\s+[a-z]+)?\s+by\s+" + CITED_NAME)
# the editors' names alone, where more of the citation follows them ("edited by Michael Y. M. Kau
# and John K. Leung (Armonk, New York: ...)"): up to what is no name
EDITORS_NAMES = re.compile(r"^(?:(?:[A-Z]\.\s?)+|[A-Z][\w'’\-]+\s?)+(?:\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)"
                           r"(?:(?:[A-Z]\.\s?)+|[A-Z][\w'’\-]+\s?)+)*")
# the imprint, its place with the state or country spelled out: "Armonk, New York: M. E. Sharpe, 1986"
# (one word before the comma, not the works: "Stalin. Works, Moscow: ..." names Moscow)
PLACE_WITH_REGION = re.compile(r"(?:^|(?<=\.\s)|(?<=\())(?!(?:Works|Sochineniia|Sochineniya)\b)([A-Z][a-z]+,\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
                               r":\s*([^,]+?),\s*\d{4}")


# the imprint with the publisher first: "Foreign Languages Publishing House, Moscow, 1953"
PUBLISHER_PLACE = re.compile(r"(?:^|(?<=[.;]\s))(?P<publisher>[A-Z](?:[^,.:;]|(?<=\bLtd)\.|(?<=\bCo)\.|(?<=\bInc)\.){3,80}),\s*(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?),"
                             r"\s*(?:1[89]|20)\d\d\b")
# the year between the publisher and the place, as the Lenin Internet Archive cites the works:
# "Lenin Collected Works, Progress Publishers, 1975, Moscow, Volume 44" (the year in brackets too, "[1977]")
PUBLISHER_YEAR_PLACE = re.compile(r"(?:^|,\s*)(?P<publisher>[A-Z][^,.:;]{2,80}?\b(?:Publishers?|Press|Publishing(?:\s+House)?)),"
                                  r"\s*\[?(?:1[89]|20)\d\d\]?,\s*(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)(?=,|\.|$)")


# what the edition printed the text from: "Note: Printed from the original manuscript kept in ..."
PRINTED_FROM = re.compile(r"^(?:note\s*:\s*)?(?:printed from|printed according to)\b", re.I)


# A citation in the Soviet bibliographic style (GOST 7.1), its areas parted by a dash between
# spaces: "Stalin I.V. Sochineniya. - T. 16. - M.: Pisatel', 1997. - S. 101-102.", "Mao
# Tse-tung. Selected Military Writings. - Vol. VI. - Peking: Foreign Languages Press, 1966, pp. 112-113."
# The first area is the heading (the author) and the title, then the volume, the imprint (place:
# publisher, year) and the pages, each an area of its own.
GOST_AREA = re.compile(r"\s+[-–—]\s+")
# ... or only by the full stop that ends each area, the dashes left out: "Stalin I. V. Works. Vol.
# 18. M.: Pisatel', 2006. P. 512" (a stop before what begins an area: the volume, an imprint, the
# place abbreviated too, "M.:", or the pages; not an initial's, "I. V. Works")
GOST_STOP = re.compile(r"(?<=\.)\s+(?=(?:Vol|Volume|T|Tom)\.?\s*(?:\d+|[IVXL]+)\b"
                       r"|[A-Z][\w'’]*\.?(?:;\s*[A-Z][\w'’]*\.?)?\s*:\s*[^,:]+,\s*(?:1[89]|20)\d\d\b"
                       r"|(?:[SСP]|Pp|pp?)\.\s*\d)")
GOST_VOLUME = re.compile(r"^(?:Vol|Volume|T|Tom)\.?\s*(?P<vol>\d+|[IVXL]+)\.?$", re.I)
# (the place as printed, abbreviated or with its soft sign: "M.", "M.; L.", "Tver'")
GOST_IMPRINT = re.compile(r"^(?P<place>[A-Z][^:,]{0,40}?)\s*:\s*(?P<publisher>[^,:]+?),\s*(?P<year>(?:1[89]|20)\d\d)\b"
                          r"(?:,\s*(?P<rest>.*?))?\.?$")
GOST_PAGES = re.compile(r"^(?:[SСP]|Pp|pp?)\.\s*(?P<pages>\d+(?:\s*[-–]\s*\d+)?)\.?$")
# the heading before the title: "Stalin I.V.", "Mao Tse-tung.", "J. V. Stalin." (a full stop ends it)
GOST_HEADING = re.compile(r"^(?P<author>(?:[A-Z]\.\s?){0,3}[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){0,2}"
                          r"(?:,?\s(?:[A-Z][a-z]?\.\s?){1,3}|\.))\s+(?P<title>[A-Z].+)$")


def citation_as_read(citation: str) -> str:
    """A citation printed in capitals ("I. V. STALIN. SOCHINENIYA. T. 18. TVER: ...") is read, and
    its parts cited, in title case (the citation note keeps it as printed)."""
    return title_case(citation) if in_capitals(citation) else citation


def cited_book(citation: str, book: str = "", author_line: str = "") -> Publication:
    """A book's citation read ("J. V. Stalin, Collected Works, Foreign Languages Publishing House,
    1953, Moscow, Volume 4, pages 212-213"): its title, volume, pages, imprint, editors and
    editions, and its author (front_matter) as the citation names it, or the works' heading
    area, or the author's line over it (author_line), or the works' title ("... Works of X")
    (book: the title the source names apart)."""
    pub = Publication(kind="collected-works", citation=citation)
    citation = citation_as_read(citation)
    gost = gost_areas(citation)
    works = WORKS.search(citation)
    of_author = WORKS_OF.search(citation)
    if works:
        pub.volume = works.group("vol")
        pub.title = works.group(1).strip()
        if of_author and of_author.start(1) == works.start(1):  # "SELECTED WORKS OF ZHOU ENLAI"
            pub.title = of_author.group(0).strip()
            pub.title = title_case(pub.title) if pub.title.isupper() else pub.title
        # the title in the original with its translation after it: "Mao Zedong wenji
        # (Collected Works of Mao Zedong), vol. 6"
        original = re.match(r"^(?P<orig>[^,()]{4,80}?)\s*\((?P<tr>[^()]{4,120})\)", citation)
        if original and original.start("tr") <= works.start(1) < original.end("tr"):
            pub.title = f"{original.group('orig').strip()} ({original.group('tr').strip()})"
    elif of_author:  # the works' name alone: "Selected Works of Mao Tse-tung" (a web page's, no volume)
        pub.title = title_case(of_author.group(0).strip()) if of_author.group(0).isupper() else of_author.group(0).strip()
    elif gost.get("title"):  # "Mao Tse-tung. Selected Military Writings. - Vol. VI. - ...": the title area
        pub.title = gost["title"]
    elif book:  # a book of selected writings, not numbered volumes
        pub.title = title_case(book) if book.isupper() else book
    elif taken_from := re.match(r"^From\s+(?:the\s+)?(?P<title>[A-Z][^,:;()]{3,100}?)\s*[:.]?$", citation):
        # the book the text is taken from, named alone: "From the Dimitrov Diary:"
        pub.title = taken_from.group("title")
    else:  # the book named first in the citation: "Jianguo yilai Mao Zedong wengao (...), vol. 1 (...)"
        # (with the years it covers: "The Writings of Mao Zedong, 1949-1976, vol. 1 (...)")
        named = re.match(r"^(?P<title>[^,(]{4,120}?(?:,\s*\d{4}\s*[-–]\s*\d{2,4})?)\s*(?:\(|,)", citation)
        pub.title = named.group("title").strip() if named and not printed_year(named.group("title")) else ""
    if not pub.volume and VOLUME.search(citation):
        pub.volume = VOLUME.search(citation).group("vol")
    pages = PAGES.search(citation)
    if pages:
        pub.pages = page_range(pages)
    year = printed_year(citation) or YEAR.search(citation)
    if year:
        pub.date = year.group(0)
    place_pub = PLACE_WITH_REGION.search(citation) or re.search(r"(?:^|[-–]\s|(?<=\s)|(?<=\())([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?):\s*([^,]+?),\s*\d{4}", citation)
    if place_pub:
        pub.place, pub.publisher = place_pub.group(1).strip(), place_pub.group(2).strip()
    elif (publisher_place := PUBLISHER_PLACE.search(citation)) and PUBLISHER.search(publisher_place.group("publisher")):
        pub.place, pub.publisher = publisher_place.group("place"), publisher_place.group("publisher").strip()
    elif publisher_year_place := PUBLISHER_YEAR_PLACE.search(citation):  # "Progress Publishers, 1975, Moscow"
        pub.place, pub.publisher = publisher_year_place.group("place"), publisher_year_place.group("publisher").strip()
    elif place_year := next((m for m in PLACE_YEAR_CITED.finditer(citation) if not PUBLISHER.search(m.group("place"))), None):
        # the place and year alone, no publisher: "Moscow 1959" (its year the printing's, whatever years the title has)
        pub.place, pub.date = place_year.group("place"), place_year.group("year")
    # a citation in areas says each part in its own ("M.: Pisatel', 1997", "T. 16", "S. 101-102")
    for part in ("volume", "place", "publisher", "date", "pages"):
        if gost.get(part):
            setattr(pub, part, gost[part])
    # "Stalin I.V. Works. - T. 18.", or the author's name in full before the works' title:
    # "Mao Zedong. Selected Works. - Vol. V.", "I. V. Stalin. Sochineniya. T. 18."
    # (not a serial's number, "Istochnik, No. 2": "No." no initial)
    author = (re.match(r"^([A-Z][\w\-]+,?(?:\s*(?!No\.)[A-Z][a-z]?\.){1,3})", citation)
              or re.match(r"^((?:[A-Z]\.\s*){0,3}[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2})[.,]\s+"
                          r"(?=(?:Selected |Collected |Complete )?(?:Works|Sochineniya|Sochineniia)\b)", citation))
    # (else the heading area's: "Mao Tse-tung. Selected Military Writings")
    named = author.group(1) if author else gost.get("author", "")
    if not named and author_line and (author_alone := _author_line(author_line)):
        named = author_alone.group(1)  # the author's name on a line of its own
    if not named and of_author:
        named = of_author.group("author")
    if named:
        named = named.strip()  # (in capitals before a title that is not: "J. V. STALIN. Works")
        pub.front_matter.append(title_case(named) if named.isupper() else named)
    for edited in EDITED_BY.finditer(citation):  # "Edited by A and B", "Compiled by C"
        names = EDITORS_NAMES.match(edited.group(1))
        pub.editors.append(("compiler" if edited.group(0)[:1] in "Cc" else "editor",
                            (names.group(0) if names else edited.group(1)).strip(" ,")))
    # the edition or printing the citation names ("2nd ed.", "reprinted 1956")
    pub.editions = [edition_text(m) for m in edition_statements(citation)]
    return pub


def page_range(pages: re.Match) -> str:
    """The pages PAGES found, without the spaces or the letters after their numbers: "540d-541a" 540-541."""
    return re.sub(r"[\sa-dA-D]", "", pages.group("pages"))


def gost_areas(citation: str) -> dict[str, str]:
    """The parts of a citation written in areas ("Title. - T. 16. - M.: Pisatel', 1997. - S.
    101-102."): author, title, volume, place, publisher, date, pages, as found; {} when the
    citation is not so written (a volume or imprint area after the first)."""
    areas = [a.strip() for a in GOST_AREA.split(citation.strip())]
    by_stops = len(areas) < 2
    if by_stops:
        areas = [a.strip() for a in GOST_STOP.split(citation.strip())]
    if len(areas) < 2:
        return {}
    parts: dict[str, str] = {}
    for area in areas[1:]:
        if (volume := GOST_VOLUME.match(area)) and "volume" not in parts:
            parts["volume"] = volume.group("vol")
        elif (imprint := GOST_IMPRINT.match(area)) and "place" not in parts:
            parts.update(place=imprint.group("place").strip(), publisher=imprint.group("publisher").strip(),
                         date=imprint.group("year"))
            pages = PAGES.search(imprint.group("rest") or "")  # "..., 1966, pp. 112-113.": the pages after the year
            if pages:
                parts["pages"] = page_range(pages)
        elif (pages := GOST_PAGES.match(area)) and "pages" not in parts:
            parts["pages"] = pages.group("pages").replace(" ", "")
    # (parted by stops alone, only with its volume's area: "Title. Place: Publisher, 1988" is any
    # book's citation, read as such)
    if "volume" not in parts and ("place" not in parts or by_stops):
        return {}
    first = areas[0].rstrip(".").strip()
    heading = GOST_HEADING.match(first)
    parts["title"] = heading.group("title").strip() if heading else first
    if heading:
        parts["author"] = heading.group("author").strip().rstrip(".")
    return parts


def printed_year(text: str):
    """The first year in text that is not in a span of years (the imprint's, "1986", not the
    volume's "1946-1952"), as a match, or None."""
    return YEAR.search(YEAR_SPAN.sub(lambda m: " " * len(m.group(0)), text))
# "vol. 1", "Vol. V", "T. 18": a volume where the works are not named
VOLUME = re.compile(r"\b(?:vol|volume|t|tom)\.?\s*(?P<vol>\d+|[IVXL]+)\b", re.I)
TRAILING_NOTE = re.compile(
    r"(\b(?:F|Op|D|L|Ll)\.\s*\d|\bf\.\s*\d+,\s*op\.|\b(?:P|pp?)\.\s*\d+(?:\s*[-–]\s*\d+)?\.?$|^no (?:comments|notes)\.?$"
    r"|^(?:No\.|Nos?\.)\s*\d+(?:\s*[-–]\s*\d+)?\."
    # where the text was first printed: "First published: Far Eastern Affairs. 1996. No. 4. P. 77."
    r"|^(?:first published|published for the first time|first printed)\b|" + PRINTED_FROM.pattern +
    # the newspaper that printed it, with the number: "Pravda, No. 358, December 25, 1949"
    rf"|^(?:{NEWSPAPERS}|Nodong\s+Sinmun)"
    r",?\s+No\.\s*\d+\b.*\b1[89]\d\d\.?$" +
    # the archive alone: "Archives of the Ministry of Foreign Affairs, PRC.", "AP RF."
    r"|^(?:the\s+)?(?:[A-Z][\w.]*\s+){0,3}Archives?\s+of\b|^" + RUSSIAN_ARCHIVE + r"\b)", re.I)


# a text of the works that is no telegram, named so in its heading: "FROM THE DIARY OF GEORGI
# DIMITROV", "Diary entry, 10 February 1948", "Record of a Conversation with ..." (not the book's
# title, "The Diary of Georgi Dimitrov, 1933-1949", which may print a telegram)
OTHER_KIND = re.compile(r"^(?:(?:from|extracts?\s+from|excerpts?\s+from|entry\s+in)\s+(?:the\s+|his\s+|her\s+)?diary\b"
                        rf"|diary\s+entry\b|{record_of_talks()}\b)", re.I)

# a conversation held over the telegraph, its turns one under the other ("Conversation With J. V. Stalin"
# / "By Direct Line" / ... / "Lenin speaking:" / ... / "Stalin's Reply"): messages both ways under one title
DIRECT_LINE = re.compile(r"^conversations?\s+(?:with\s+.{1,60}?\s+)?(?:by|over|on)\s+(?:the\s+)?direct\s+(?:line|wire)\b",
                         re.I)
# a side's turn in such a conversation, on a line of its own: "Lenin speaking:", "Stalin's Reply"
TURN = re.compile(r"^(?P<side>(?:[^\W\d_][\w.'’-]*\s+){0,3}?[^\W\d_][\w.-]*?)(?:\s+(?:speaking|here|at\s+the\s+apparatus):"
                  r"|['’]s\s+(?:reply|answer))$", re.I)

# a text of another kind named with its author or occasion at the head of its title, however long
# and whatever follows it (its own title, its date): "Article by Chairman ... Mao Zedong "The
# Greatest Friendship". March 11, 1953", "Speech at ...": no telegram or letter
OTHER_WRITING = re.compile(r"^(Article|Speech|Editorial|Interview|Toast|Preface|Foreword|Inscription)\s+(?:by|of|at|with|on|in)\s"
                           r"(?!.*\b(?:" + CABLE_KIND + r"|letter|message)s?\b)", re.I)


# "J. V. Stalin", "Mao Tse-tung": an author's name alone on the first line
# (or three names: "Ho Chi Minh", not the book's words: "Selected Works")
PERSON_LINE = re.compile(r"^((?:[A-Z]\.\s?){1,3}[A-Z][a-z\-]+|[A-Z][a-z]+\s[A-Z][a-z]+(?:-[a-z]+)?"
                         r"|(?!.*\b(?:Works|Writings|Speeches|Papers|Documents|Selected|Collected|Letters)\b)[A-Z][a-z]+\s[A-Z][a-z]+\s[A-Z][a-z]+)$")


# The edition's notes printed after the text, each with its mark ("¹ The telegram is not
# reproduced in this volume.", "1 The telegram ..."), and the marks the compilations' own
# reading of notes does not find (compilation.attach_footnotes): a superscript digit anywhere
# ("of October 2.¹ I consider"), and a digit after a number's full stop before a new sentence
# ("of October 2.1 We agree": not part of the number, "7.2.50" goes on with a digit, "2.1 per
# cent" in lower case).
EDITORS_INTRODUCTION = re.compile(r"^(?:(?:the\s+)?editor(?:ial|['’]s|s['’])?\s+(?:introduction|note|preface|foreword)"
                                  r"|from\s+the\s+editors?|introductory\s+note)\s*[.:—–-]\s*\S", re.I)
EDITION_NOTE = re.compile(rf"^(?P<mark>[{SUPERSCRIPT_FIGURES}]{{1,2}}|\d{{1,2}}|\[\d{{1,2}}\])\s*(?P<text>[A-Z„“\"'‘].{{10,}})$")


def _mark_in_text(mark: str) -> re.Pattern:
    """The note's mark in the text: in superscript (whether or not the note's own is: "¹ ..." or
    "1 ..."), or a digit after a date's full stop."""
    raised = mark.translate(RAISED)
    superscript = rf"(?<![{SUPERSCRIPT_FIGURES}]){raised}(?![{SUPERSCRIPT_FIGURES}])"
    if mark[0] in SUPERSCRIPT_FIGURES:
        return re.compile(superscript)
    return re.compile(rf"{superscript}|(?:(?<=\s\d\.)|(?<=\s\d\d\.)|(?<=\s\d{{4}}\.)){mark}(?=\s+[A-Z])")


def _marked_note(line: str, above: list[tuple[int, str]]) -> bool:
    """Whether the line is an edition's note ("1 Terenty Fomich Shtykov, ...") whose mark a line
    above it has: after a word ("Shtykov1") or where _mark_in_text finds it."""
    note = EDITION_NOTE.match(line.strip())
    if not note:
        return False
    mark = note.group("mark")
    if mark.startswith("["):  # "[1] Not found in the archive.", its mark "[1]" in the text as it is
        return any(mark in text for _, text in above)
    glued = re.compile(rf"(?<=[^\W\d_]){mark}(?!\d)") if mark.isdigit() else None
    return any(_mark_in_text(mark).search(text) or glued and glued.search(text) for _, text in above)


def _edition_notes(record: RawTelegram, headed: frozenset[int] = frozenset()) -> None:
    """The notes after the text whose marks are superscripts, or digits after a date's full stop,
    read from the end: each note filed under its mark written "[1]" in the text (the brackets
    pass puts the note there); the first whose mark is not found stops them (the compilations'
    reading takes the rest).  Under a "Notes" heading (headed: their lines) every line is a note:
    one whose mark the text lacks (a page of the volume's notes holds other texts' too: "46", "48"
    round "47") is passed over, left for the edition's notes on the whole text."""
    blocks = record.blocks
    passed: list[Block] = []
    while len(blocks) > 1 and blocks[-1].kind == "text":
        note, listed = EDITION_NOTE.match(blocks[-1].text), False
        if note is None:  # ("1. The reference ...": a note the page lists, only where the text has its mark "[1]")
            note = LISTED_NOTE.match(blocks[-1].text)
            if note is None or not any(f"[{note.group('mark')}]" in b.text for b in blocks[:-1] if b.kind == "text"):
                break
            listed = True
        mark = note.group("mark").strip("[]")  # "[1]": its digit (in a pattern "[1]" is a character class)
        key = mark.translate(LOWERED)
        pattern = re.compile(re.escape(f"[{mark}]")) if listed else _mark_in_text(mark)
        block = next((b for b in reversed(blocks[:-1]) if b.kind == "text" and b.line not in headed
                      and pattern.search(b.text)), None)
        if (block is None or f"[{key}]" in record.footnotes) and blocks[-1].line in headed:
            passed.insert(0, blocks.pop())
            continue
        if block is None and record.title.rstrip().endswith(f"[{mark}]"):
            # the mark after the title, "To:   G. V. CHICHERIN[1]" (a web page of the works), the note on the
            # addressee the title names: the edition's note on the text, not a paragraph of it
            record.title = record.title.rstrip()[:-len(mark) - 2].rstrip()
            record.publication.notes.append(clean_inline(note.group("text")))
            blocks.pop()
            continue
        if block is None or f"[{key}]" in record.footnotes:
            break
        if not listed:  # (a bracketed mark is where the brackets pass looks for it already)
            last = list(pattern.finditer(block.text))[-1]
            block.text = f"{block.text[:last.start()]}[{key}]{block.text[last.end():]}"
        record.footnotes[f"[{key}]"] = Block(note.group("text").strip(), blocks.pop().line)
    blocks.extend(passed)


# the editor's note under the text of when and where it was sent: "This telegram was sent from
# Moscow on July 11, 1949.", "(The telegram was dispatched on 11 July 1949 from Moscow.)"
# (or as a volume of works notes it, the verb alone, the note of first printing after it: "Written in
# Moscow on the night of 30 September to 1 October 1950. First published.")
DATING_NOTE = re.compile(r"^\(?(?:(?:this|the)\s+(?:" + CABLE_KIND + r"|letter|message)\s+was\s+)?"
                         rf"(?:{SENT_VERB}|transmitted|written)\s+"
                         r"(?P<rest>(?:from|in|on)\s[^()]{4,80}?)\.?"
                         r"(?:\s+(?:first\s+published|published\s+for\s+the\s+first\s+time)\b[^()]{0,80}?)?\)?$", re.I)
# "from Moscow", "in Moscow": the place in the dating note
SENT_FROM = re.compile(r"\b(?:from|in)\s+(?P<place>[A-Z][\w\-’']+(?:\s[A-Z][\w\-’']+)?)")


def _dating_note(record: RawTelegram) -> None:
    """The editor's dating note, the last line of the text ("This telegram was sent from Moscow
    on July 11, 1949."): not the author's words, so not the text's, but the date and place of
    sending (where the title gives no date) and a note of the source."""
    texts = [b for b in record.blocks if b.kind == "text"]
    while len(texts) > 1 and (re.match(r"^\[\d{1,3}\]\s*\S", texts[-1].text) or NOTES_HEADING.match(texts[-1].text)):
        texts.pop()  # the edition's notes after it, "[1] The meeting took place ..." (the structure pass takes them)
    note = DATING_NOTE.match(texts[-1].text.strip()) if len(texts) > 1 else None
    if note is None:
        return
    found = [d for d in find_dates(note.group("rest")) if YEAR.search(note.group("rest")[d.start:d.end])]
    place = SENT_FROM.search(note.group("rest"))
    if len(found) > 1 or not found and not place:
        return
    record.blocks.remove(texts[-1])
    record.publication.notes.append(clean_inline(texts[-1].text.strip()))
    if found and not record.date_text:
        record.date_text = note.group("rest")[found[0].start:found[0].end]
    if place:
        record.sent_from = place.group("place")


SOURCE_LINE = re.compile(r"^(?:Source|Printed in|Published in|From)\s*:\s*(?P<cited>.+)$", re.I)


def _source_at_end(content: list[tuple[int, str]]) -> tuple[int, int, str, int] | None:
    """The layout with the citation under the text ("Source: J. V. Stalin, Works, Vol. 16,
    Moscow ..., 1956, p. 101."), the title among the first lines: (the title's index, the source
    line's index, the citation, how many lines it runs over), or None."""
    for end in range(len(content) - 1, max(-1, len(content) - 4), -1):
        match = SOURCE_LINE.match(content[end][1].strip())
        # the works, or a book cited with its year and pages ("Jianguo yilai Mao Zedong wengao,
        # vol. 1 (Beijing: ..., 1987), pp. 543-544")
        if match and (WORKS.search(match.group("cited")) or PAGES.search(match.group("cited"))
                      and YEAR.search(match.group("cited"))):
            title = next((i for i in range(min(4, end)) if DOC_TITLE.match(content[i][1].strip())), None)
            cited, more = match.group("cited").strip(), 0
            # the citation wrapped onto the next lines: "... Translated by Zhang Shu Guang" / "and Chen Jian."
            while end + more + 1 < len(content) and not cited.endswith(".") or \
                    end + more + 1 < len(content) and content[end + more + 1][1].strip()[:1].islower():
                more += 1
                cited = f"{cited} {content[end + more][1].strip()}"
            return (title, end, cited, more) if title is not None else None
    return None


def _heading_at(lines: list[str], is_heading) -> int | None:
    """The first of a text's first lines (their spaces closed up) where is_heading(i), unless the
    title of a telegram or letter stands above it (then the text is that document)."""
    at = next((i for i in range(min(8, len(lines))) if is_heading(i)), None)
    return None if at is None or any(DOC_TITLE.match(l) for l in lines[:at]) else at


def _title_like(line: str) -> bool:
    """A line that can be a title: short, no sentence ended or divided in it ("Conversation
    With J. V. Stalin"; not "Conversation by direct line with Tsaritsyn is impossible ...; report ...")."""
    return len(line) < 80 and not re.search(r"[.;:,!?]$", line) and ";" not in line


def _direct_line_title(content: list[tuple[int, str]]) -> tuple[int, str] | None:
    """Where a text is a conversation by direct line, its line and its title (one line or two,
    "Conversation With J. V. Stalin" / "By Direct Line"); or where its body is the exchange of
    the sides' turns ("Lenin speaking:" ... "Stalin's Reply"), the first turn.  A sentence of a
    telegram that speaks of such a conversation does not make it one."""
    lines = [" ".join(l.split()) for _, l in content]

    def title(i: int) -> str | None:
        if not _title_like(lines[i]):
            return None
        if DIRECT_LINE.match(lines[i]):
            return lines[i]
        if i + 1 < len(lines) and _title_like(lines[i + 1]) and DIRECT_LINE.match(f"{lines[i]} {lines[i + 1]}"):
            return f"{lines[i]} / {lines[i + 1]}"
        return None

    at = _heading_at(lines, title)
    if at is not None:
        return content[at][0], title(at)
    turns = [i for i, l in enumerate(lines) if TURN.match(l)]
    if len({TURN.match(lines[i]).group("side").lower() for i in turns}) >= 2:
        return content[turns[0]][0], f"{lines[turns[0]]} ... {lines[turns[1]]}"
    return None


def _layout(content: list[tuple[int, str]]) -> tuple[int, str, list[tuple[int, str]], str, str]:
    """Where the parts of the text stand, in the three layouts: (the title's index, the
    citation, the lines after the title, an author's name on a line of its own or "", the
    book's title on lines of its own or "")."""
    at_end = _source_at_end(content)
    if at_end is not None:  # "J. V. Stalin / Telegram to Mao Tse-tung / ... / Source: J. V. Stalin, Works, ..."
        t, end, cited, more = at_end
        # what follows the source line: the edition's notes
        return t, clean_inline(cited), content[t + 1:end] + content[end + 1 + more:], \
            content[0][1].strip() if t > 0 else "", ""
    under = _title_under_citation(content)
    if under:  # "J. V. Stalin / Works, Vol. 16 / Moscow: ..., 1956, pp. 101-102. / TELEGRAM TO MAO TSE-TUNG":
        # lines of their own, each a part of the citation: "J. V. Stalin. Works, Vol. 16. Moscow: ..."
        lines = [l.strip() for _, l in content[:under]]
        if not PAGES.search(" ".join(lines)) and (page := _title_page(lines)):
            # the title page alone, the pages at the end: "..., Hanoi: Foreign Languages Publishing House, 1973, pp. 94-95"
            lines, content = page[:-1] + [f"{page[-1]}, {_pages_at_end(content)}"], content[:-1]
        # the book: the lines between the author's name and the imprint ("SELECTED SPEECHES AND
        # TELEGRAMS"), with the years it covers ("SPEECHES AND TELEGRAMS, 1953-1955"); not its
        # volume ("Volume I: September 1949 - December 1955") nor its editors ("Edited by ...")
        imprint = next((i for i, l in enumerate(lines) if printed_year(l)), len(lines))
        book = " ".join(l for l in lines[1 if len(lines) > 1 and _author_line(lines[0]) else 0:imprint]
                        if not VOLUME.match(l) and not EDITED_BY.match(l))
        return under, clean_inline(" ".join(l if re.search(r"[.,;:]$", l) else l + "." for l in lines)), \
            content[under + 1:], lines[0], clean_inline(book)
    # the title first: citation lines run from it to the first line of the letter, the first that
    # does not continue the citation (a salutation, or a sentence of prose)
    citation_lines: list[tuple[int, str]] = []
    index = 1
    # the telegram's date alone between the title and the citation ("TELEGRAM TO J. V. STALIN" /
    # "February 5, 1949" / "Selected Works ..., 1977, p. 12."): the text's, not the citation's
    dated = len(content) > 2 and _date_under_title(content[1:2]) and \
        (WORKS.search(content[2][1]) or PAGES.search(content[2][1]) and printed_year(content[2][1]))
    if dated:
        index = 2
    while index < len(content) and index <= 4:
        joined = " ".join(l for _, l in citation_lines)
        if citation_lines and (PAGES.search(joined) and re.search(r"\d{4}", joined)):
            break
        if citation_lines and _opens_the_text(content[index][1].strip()):
            break  # (a citation without its pages: "Moscow, 14 March 1951." / "Dear Comrade ...!" begin the text)
        citation_lines.append((content[index][0], content[index][1].strip()))
        index += 1
    citation = clean_inline(" ".join(b.text for b in lines_to_blocks(citation_lines)))
    labelled = SOURCE_LINE.match(citation)  # "Source: The Writings of Mao Zedong, ...": the label is no part of it
    return 0, labelled.group("cited").strip() if labelled else citation, content[1:2] * bool(dated) + content[index:], "", ""


def _opens_the_text(line: str) -> bool:
    """A line no citation holds, the text's first: its dateline, a date alone or with its place
    ("Moscow, 14 March 1951."), its salutation ("Dear Comrade Kim Il Sung!"), or a sentence of
    prose (ten words or more, a verb or pronoun of a letter's among them, no volume or pages)."""
    from ..transforms.structure.lines import is_salutation  # (here: the transforms read the sources' model)
    from .page import _date_alone
    prose = len(line.split()) >= 10 and re.search(r"\b(?:we|I|you|our|your|has|have|is|are|was|were|will|shall)\b", line) \
        and not (WORKS.search(line) or VOLUME.search(line) or PAGES.search(line) or EDITED_BY.search(line))
    # (the salutation inside the quotation mark that opens the message, "'Respected Com. Dimitrov!"; the
    # date alone in parentheses, "(1st April 1944)", as a diary's entry is dated)
    bare = line.lstrip("'\"“‘«").strip()
    dated = line[:1] + line[-1:] == "()" and _date_alone(line[1:-1].strip().rstrip("."))
    return bool(prose) or is_salutation(bare) or _date_alone(line.rstrip(".")) or bool(dated)


# a diarist's words that a telegram came: "Received through the Ilichov line the following telegram from Mao Zedong:"
RECEIPT_LINE = re.compile(r"^(?:(?:I|We)\s+)?(?:[Rr]eceived|[Gg]ot)\b.{0,80}?\bthe\s+following\s+(?:" + CABLE_KIND + r"|message)\b.{0,80}:$")


def _date_under_title(body: list[tuple[int, str]]) -> str:
    """The date printed alone under the title, with its year, in parentheses or not
    ("(November 21, 1949)", "January 8, 1950"): the telegram's date (its closing dateline may
    give only the day, "November 21"); else ""."""
    line = body[0][1].strip() if body else ""
    inner = line[1:-1].strip() if line[:1] + line[-1:] in ("()", "[]") else line
    found = find_dates(inner)
    # (the hour after it, as Chinese editions print it: "(27 January 1951, 24:00 hours)")
    if len(found) == 1 and found[0].start == 0 and YEAR.search(inner) and (
            found[0].end >= len(inner.rstrip(".")) or HOUR_AFTER.match(inner[found[0].end:])):
        return inner if found[0].end >= len(inner.rstrip(".")) else inner[:found[0].end]
    return ""


HOUR_AFTER = re.compile(r"^,?\s*(?:at\s+)?\d{1,2}[.:]\d\d(?:\s*(?:hours|hrs\.?|h))?\.?$"
                        r"|^,?\s*(?:at\s+)?\d{1,2}(?:[.:]\d\d)?\s*[ap]\.\s?m\.?$", re.I)


def _title_goes_on(title: str, line: str) -> bool:
    """line, under a title in capitals, is the rest of it: in capitals, no figures, no stop or
    colon ending it (not an address, "PEKING. TO COMRADE KOVALEV.", nor a salutation)."""
    return (title.strip().isupper() and line.isupper() and not re.search(r"[\d.,:;!]$|\d", line)
            and not title.strip().endswith((".", ":", ",")) and len(line) < 100 and not DOC_TITLE.match(line))


def _author_line(line: str):
    """An author's name alone on its line ("J. V. Stalin", "A. A. GROMYKO"), as a match, or None."""
    line = line.strip().rstrip(".")
    if line.isupper():  # printed in capitals: "A. A. GROMYKO" -> "A. A. Gromyko"
        line = re.sub(r"[A-Z]{2,}", lambda m: m.group(0).capitalize(), line)
    return PERSON_LINE.match(line)


def _title_under_citation(content: list[tuple[int, str]]) -> int:
    """Where the title stands when the citation comes first (the author, the works with the
    volume, the imprint with the pages, then "TELEGRAM TO MAO TSE-TUNG"; or the book's title
    page alone, the pages at the end of the text: see _title_page): its index, else 0."""
    if DOC_TITLE.match(content[0][1].strip()):
        return 0
    for i in range(1, min(8, len(content))):
        if DOC_TITLE.match(content[i][1].strip()):
            before = " ".join(l for _, l in content[:i])
            # the works with their volume, or a book of one volume with its imprint ("... 1984, p. 33")
            if i < 6 and PAGES.search(before) and (WORKS.search(before) or YEAR.search(before)):
                return i
            return i if _title_page([l.strip() for _, l in content[:i]]) and _pages_at_end(content) else 0
    return 0


# the pages alone on the last line of the text: "pp. 94-95", "(p. 94)", "Pages 94-95"
PAGES_ALONE = re.compile(r"^[(\[]?(?:pp?\.|pages?)\s*\d+(?:\s*[-–]\s*\d+)?\.?[)\]]?$", re.I)


def _pages_at_end(content: list[tuple[int, str]]) -> str:
    """The pages a copy of a book's title page gives at the end of its text ("pp. 94-95"), or ""."""
    return content[-1][1].strip() if len(content) > 2 and PAGES_ALONE.match(content[-1][1].strip()) else ""


def _title_page(lines: list[str]) -> list[str]:
    """A book's title page copied line by line above the title: the author's name, the book's
    title, the publisher and the place and year ("HO CHI MINH / SELECTED WRITINGS / (1920-1969) /
    FOREIGN LANGUAGES PUBLISHING HOUSE / Hanoi 1973"): its lines with the imprint on one, as a
    citation gives it ("Hanoi: Foreign Languages Publishing House, 1973"); else []."""
    if len(lines) < 3 or not _author_line(lines[0]) or not (imprint := PLACE_YEAR.match(lines[-1])):
        return []
    publisher = lines[-2] if PUBLISHER.search(lines[-2]) else ""
    book = lines[1:-2] if publisher else lines[1:-1]
    if not book or any(printed_year(l) or PUBLISHER.search(l) for l in book):
        return []
    place = _as_named(imprint.group("place"))
    return [lines[0], " ".join(book), f"{place}: {_as_named(publisher)}, {imprint.group('year')}" if publisher
            else f"{place}, {imprint.group('year')}"]


# a line emphasised whole, as a copy made from Markdown keeps the marks: "*February 14, 1950*",
# "_12 March 1950_" (not a note's star, "* See No. 9.", nor a line of stars, "* * *")
WHOLE_LINE_EMPHASIS = re.compile(r"^(?P<lead>\s*)(?P<mark>\*{1,3}|_{1,3})(?=[^\s*_])(?P<words>[^*_]+?)(?<=\S)(?P=mark)\s*$")


def _whole_line_emphasis(number: int, line: str, found: list[tuple[int, str, str]]) -> str:
    """The line without the marks of an emphasis over the whole of it, the words said in found
    (line, words, rend), as the Markdown reader says them; else the line as it is."""
    if WHOLE_LINE_EMPHASIS.match(line) is None:
        return line
    return emphasis(line.rstrip(), number, found)


def _markdown_record(text: str) -> bool:
    """A Markdown copy in an archive record's layout: a heading first, record fields in bold
    labels ("**Date:**", "**Citation:**") under it."""
    head = text.lstrip()[:4000]
    return head.startswith("#") and any(m.group("label").lower() in RECORD_FIELDS for m in BOLD_LABEL.finditer(head))


def _numbered_parts(record: RawTelegram) -> list[RawTelegram]:
    """A page of the works that prints two telegrams or more under one title, each under its
    roman number alone on a line ("Telegrams ... dated 9th and 10th July 1947" / "I" / ... /
    "II" / ...): one record each, dated by its own closing lines (the title's date is theirs
    together), each number its head."""
    starts = [i for i, b in enumerate(record.blocks) if b.kind == "text" and re.fullmatch(r"[IVX]{1,4}\.?", b.text.strip())]
    numbers = [roman_number(record.blocks[i].text.strip().rstrip(".")) for i in starts]
    if len(starts) < 2 or numbers != list(range(1, len(starts) + 1)) or any(
            b.kind == "text" for b in record.blocks[:starts[0]]):
        return [record]
    parts = []
    for position, (start, end) in enumerate(zip(starts, [*starts[1:], len(record.blocks)]), 1):
        part = copy.deepcopy(record)
        part.position, part.blocks = position, record.blocks[start + 1:end]
        part.line = part.blocks[0].line if part.blocks else record.line
        part.part = record.blocks[start].text.strip()  # its head, "II"; dated by its own dateline
        parts.append(part)
    return parts


class CollectedWorksReader(Reader):
    name = "collected-works"
    help = "translation from collected works: citation lines at the top, page markers like [c. 520]"

    @classmethod
    def score(cls, text: str) -> float:
        every = [l.strip() for l in text.split("\n") if l.strip()]
        lines = every[:6]
        if not lines:
            return 0.0
        score = 0.0
        if _source_at_end([(0, l) for l in every]) is not None:
            score += 3.5  # "Source: J. V. Stalin, Works, Vol. 16, ..." under the text, the title above it
        if DOC_TITLE.match(lines[0]) or (WORKS.search(" ".join(lines[:3])) and any(DOC_TITLE.match(l) for l in lines[1:6])) \
                or _title_under_citation([(0, l) for l in every[:8] + every[-1:]]):
            # the title first, or under the author and the works ("J. V. Stalin / Works, Vol. 16 / ..."), or
            # under a book's citation with its year and pages ("V. M. MOLOTOV / SPEECHES AND TELEGRAMS, 1953-1955
            # / Moscow: ..., 1956 / Pages 14-15 / TELEGRAM TO CHOU EN-LAI")
            score += 1.5
        top = " ".join(lines[:4]) if not DOC_TITLE.match(lines[0]) else " ".join(lines[1:4])
        if WORKS.search(top):
            score += 2
        if PAGES.search(top):
            score += 0.5
        if PAGE_IN_TEXT.search(text):
            score += 1
        # a page of the works as transcribed on the web: its navigation, anchors, the works' name
        # alone over the title, "[Source: ...]", labelled lines, newspapers in parentheses
        score += 3 * web_signs([(0, l) for l in every])
        return score

    def read(self, text: str, source: str) -> list[RawTelegram]:
        # a scanned volume's running heads: its page number and its author ("554 J. V. STALIN"),
        # the author named in its first line
        top = text.lstrip().split("\n", 1)[0]
        lines = running_heads(numbered_lines(text), lambda head: any(
            len(w) > 3 and re.search(rf"\b{re.escape(w)}\b", top, re.I) for w in re.findall(r"[A-Z][A-Z\-]+", head)))
        emphasis: list[tuple[int, str, str]] = []
        lines = [(n, _whole_line_emphasis(n, l, emphasis)) for n, l in lines]
        content = [(n, l) for n, l in lines if l.strip()]
        if not content:
            raise self.fail(source, 1, "no text")
        if _markdown_record(text):  # a Markdown copy in an archive record's layout ("# To V. I. Lenin" / "**Date:** ...")
            return self._read_markdown_record(text, source)
        page = web_page(content)
        if page is not None:  # a page of the works as transcribed on the web: its items, each read alike
            return self._read_web(page, source)
        first = " ".join(content[0][1].split())
        if len(content) > 1 and _author_line(first) and not (DOC_TITLE.match(first) or KIND_TO.search(first)) \
                and LABEL.match(content[1][1].strip()):
            # the author's line over the labelled lines ("V. I. Lenin" / "Published: ..."): a copy that lost the title
            raise self.fail(source, content[0][0], f"the text's title is missing: '{first}', "
                            "its author's name, stands right over the page's labelled lines ('Published:', 'Source:'); "
                            "add the title as the page gives it ('Telegram to ...') under the author's name")
        records = _numbered_parts(self._read_one(content, source))
        for record in records:
            record.emphasis = [e for e in emphasis if e[0] >= record.line]
        return records

    def _read_markdown_record(self, text: str, source: str) -> list[RawTelegram]:
        """A Markdown copy in the record's layout read as a text of the works: the record's parts as
        the archive's reader finds them (wilson.parse_record: its fields above or below the text), its
        heading the title, its date and citation ("Citation:", or the book as "Source:") the text's."""
        reader = WilsonMarkdownReader()
        lines, quoted, emphasis_found = reader.lines(text)
        parsed = parse_record(lines, source, reader, quoted, reader.soft_breaks(text))
        body = [(b.line, b.text) for b in parsed.blocks]
        citation = parsed.publication.citation if not parsed.publication.uncited else ""
        record = self._read_one([(parsed.title_line, parsed.title), *body], source, layout=(0, citation, body, "", ""))
        record.date_text = record.date_text or parsed.date_text
        record.emphasis = [e for e in emphasis_found if e[0] >= record.line]
        return [record]

    def _read_web(self, page, source: str) -> list[RawTelegram]:
        records: list[RawTelegram] = []
        left_out = []
        for item in page.items:
            if not item.telegram:  # "Answers to Four Questions ...": no telegram or letter
                left_out.append(item)
                continue
            content = [item.title, *item.body]
            cited = item.citation or page.works or page.collection
            record = self._read_one(content, source, layout=(0, cited, item.body, page.author, ""))
            if page.collection and cited == page.collection:  # the selection's title: its years the documents'
                record.publication.title, record.publication.date = page.collection, ""
            record.position = len(records) + 1
            record.date_text = record.date_text or item.sent
            record.sent_from = record.sent_from or item.sent_from
            if item.occasion:  # "On the occasion of ...": the heading's, with the title
                record.heading = f"{record.title}. {clean_inline(item.occasion)}"
            record.publication.first_published = " ".join(
                filter(None, [*map(clean_inline, item.first_published), record.publication.first_published]))
            record.publication.notes += [clean_inline(n) for n in item.edition_notes]
            record.credits = "; ".join(page.credits)  # who transcribed it and made the page
            record.translator = record.translator or page.translator
            if page.author:  # the author of the works: the sender where the title names only the addressee
                record.authors = [page.author]
            elif page.signer and not (item.body and item.body[-1][1].rstrip(".") == page.signer):
                record.authors = [page.signer]  # (an unsigned reply on a page whose other texts one man signs)
            elif record.publication.front_matter:  # no author's line: the works' author the citation names
                record.authors = record.publication.front_matter[:1]  # ("Source: J. V. Stalin, Works, Volume 4, ...")
            if not record.publication.front_matter and page.author:
                record.publication.front_matter.append(page.author)
            if page.unnamed and not item.citation and not page.author:  # no works named, no source cited: the page alone
                record.publication.kind, record.publication.uncited = "page", UNCITED
                record.warnings.append((item.title[0], "the page cites no source (no works, book or edition the text "
                                        "was taken from): converted without a citation, the description of the source "
                                        "saying so; add where the text comes from ('Source: ...') to the page",
                                        "no-citation"))
            records.append(record)
        if not records:
            raise self.fail(source, left_out[0].title[0], f"no telegram found: the texts of the page are not telegrams "
                            f"or letters ('{left_out[0].title[1]}')")
        for item in left_out:
            owner = next((r for r in reversed(records) if r.line < item.title[0]), records[0])
            owner.warnings.append((item.title[0], f"item '{item.title[1]}' is not a telegram or letter: left out",
                                   "not-a-telegram"))
        return records

    def _read_one(self, content: list[tuple[int, str]], source: str, layout=None) -> RawTelegram:
        """One text of the works: its title, citation and text (where they stand found from the
        lines, or given as layout: a web page's item, its citation not among its lines)."""
        # the heading lines above the text (up to its first sentence of prose): a diary's entry is
        # not a telegram, however its book is cited (the memorandum of a conversation neither)
        lines = [" ".join(l.split()) for _, l in content]
        at = _heading_at(lines, lambda i: OTHER_KIND.match(lines[i]) and len(lines[i]) < 100 and not lines[i].endswith(".")
                         or OTHER_WRITING.match(lines[i]) and len(lines[i]) < 250)
        talk = _direct_line_title(content)
        if talk is not None:
            raise SourceError(source, "not a telegram: the text is a conversation by direct line, the messages of both "
                              f"sides in one text ('{talk[1]}'); the edition holds each telegram or message as a "
                              "text of its own: save each under its own title ('X to Y'), or take the page out of the "
                              "folder", talk[0], code="not-a-telegram")
        if at is not None:
            heading = lines[at]
            other = OTHER_KIND.match(heading)
            kind = "diary entry" if "diary" in heading.lower() else (
                other.group(0) if other else OTHER_WRITING.match(heading).group(1)).lower()
            article = "an" if kind[:1] in "aeiou" else "a"
            raise SourceError(source, f"not a telegram: the text is {article} {kind} ('{heading}'); the edition holds "
                              "telegrams, letters and messages: take it out of the folder", content[at][0],
                              code="not-a-telegram")
        title_at, citation, body, author_line, book = layout or _layout(content)
        # a copy read by OCR: its title's and citation's numbers read with the letters made digits
        # ("dated l5 January l949", "p. 54l"), its text's dates not read; each line said
        in_text = {n for n, _ in body}
        repaired = [(n, l, ocr_numbers(l) if n not in in_text else l) for n, l in content]
        warnings = [ocr_warning(n, l, fixed, "read as", "the title" if i == title_at else "the citation")
                    for i, (n, l, fixed) in enumerate(repaired) if fixed != l]
        if warnings and layout is None:
            content = [(n, fixed) for n, _, fixed in repaired]
            title_at, citation, body, author_line, book = _layout(content)
        warnings += [ocr_warning(n, l, ocr_digits(l), "the date is not read") for n, l in body if ocr_digits(l) != l]
        title_line, title = content[title_at]
        # a title in capitals printed over two lines ("TO GENERALISSIMO J. V. STALIN" / "ON HIS
        # SEVENTIETH BIRTHDAY"): the line right under it, in capitals too, goes on with it
        while body and body[0][0] == content[title_at][0] + 1 and _title_goes_on(title, body[0][1].strip()):
            title = f"{title.strip()} {body[0][1].strip()}"
            content[title_at] = (content[title_at][0] + 1, title)
            body = body[1:]
        if not citation and layout is None:
            raise self.fail(source, title_line, "no citation after the title: a collected-works text gives "
                            "author, volume, publisher and pages on the lines after its title")
        # The edition's notes stand at the end: archival reference, first printing, remarks.
        # (the edition's notes under their heading after them, "AP RF. F. 45. ..." / "Notes" / "1 The
        # agreement ...": the notes to their marks, the heading left out)
        headed = next((k for k in range(len(body) - 1, 0, -1) if NOTES_HEADING.match(body[k][1].strip())), None)
        edition_notes = []
        if headed is not None and EDITION_NOTE.match(next((l.strip() for _, l in body[headed + 1:] if l.strip()), "")):
            body, edition_notes = body[:headed], body[headed + 1:]
        elif headed is None:
            # (or under the archival reference with no heading, "AP RF. F. 45. ..." / "1 Terenty Fomich
            # Shtykov, ...": notes whose marks the text has, "Comrade Shtykov1 will tell you")
            k = len(body)
            while k > 1 and (not body[k - 1][1].strip() or _marked_note(body[k - 1][1], body[:k - 1])):
                k -= 1
            if k < len(body) and TRAILING_NOTE.search(body[k - 1][1]) and len(body[k - 1][1]) < 200:
                body, edition_notes = body[:k], body[k:]
        notes = []
        while body and TRAILING_NOTE.search(body[-1][1]) and len(body[-1][1]) < 200:
            notes.insert(0, body.pop())
        body += edition_notes
        pub = cited_book(citation, book, author_line)
        citation = citation_as_read(citation)
        # "No comments"; "Note: Printed from the original manuscript kept in the Central Archives.": what the
        # edition printed from, a note of the source (its archive the manuscript's, not a first printing)
        pub.notes = [clean_inline(l) for _, l in notes if re.match(r"^no (comments|notes)\.?$", l.strip(), re.I)
                     or PRINTED_FROM.match(l.strip())]
        pub.archival = " ".join(n for n in pub.notes if PRINTED_FROM.match(n))
        references = [clean_inline(l) for _, l in notes if clean_inline(l) not in pub.notes
                      and not re.match(r"^no (comments|notes)", l.strip(), re.I)]
        pub.first_published = " ".join(references)
        blocks = mark_anchors(lines_to_blocks(body))
        if not blocks and not (WORKS.search(citation) or PAGES.search(citation) or printed_year(citation)):
            # (the lines under the title taken for its citation are the text: no citation, no date beside it)
            raise self.fail(source, title_line, f"no citation under the title ('{clean_inline(title)}'): a text of "
                            "the works gives its author, volume, publisher and pages there, and a page that cites no "
                            "source its date on the line beside the title ('May 20, 1949'); the lines under it are the "
                            "text: add the citation or the date")
        if not blocks:
            raise self.fail(source, title_line, "the title and citation are not followed by any text")
        record = RawTelegram(source=source, reader=self.name, position=1, line=blocks[0].line,
                             publication=pub, title=clean_inline(title), title_line=title_line, blocks=blocks,
                             translator=translator_in(citation), warnings=sorted(warnings))
        numbered = ITEM_NUMBER.match(record.title)
        if numbered:  # "27. TELEGRAM TO G. DIMITROV": the volume's number of the text, not its title's words
            record.number_in_source = numbered.group("n")
        noted_at = frozenset(n for n, _ in edition_notes)
        _edition_notes(record, noted_at if headed is not None else frozenset())
        attach_footnotes([record])  # the edition's notes to the text: "1 The letter is not published."
        # a note under the heading whose mark the text lacks is the edition's on the whole text: the
        # header's, not a paragraph after the closing lines (which it would keep from being read)
        unmarked = [b for b in record.blocks if b.line in noted_at and b.kind == "text"]
        if unmarked and len(unmarked) < len(record.blocks):
            record.blocks = [b for b in record.blocks if b not in unmarked]
            pub.notes.extend(re.sub(r"^\d{1,3}\s+", "", clean_inline(b.text)) for b in unmarked)
        # the editor's introduction before the text ("Editor's introduction. During the conference
        # ... The following telegram was sent on the first day."): the edition's note, not the telegram's
        if len(record.blocks) > 1 and record.blocks[0].kind == "text" and EDITORS_INTRODUCTION.match(record.blocks[0].text):
            pub.notes.append(clean_inline(record.blocks.pop(0).text))
            record.line = record.blocks[0].line
        record.date_text = _date_under_title(body)
        # the date over the diarist's words that the telegram came that day ("(1st April 1944)" / "Received
        # through the Ilichov line the following telegram from Mao Zedong:"): the day of receipt
        record.date_of_receipt = bool(record.date_text) and len(body) > 1 and bool(RECEIPT_LINE.match(body[1][1].strip()))
        _dating_note(record)
        return record
