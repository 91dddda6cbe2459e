"""What a reader hands on: one record per telegram, with the source's own words.

Readers recognise the layout of a source (where the title, the citation, the text are);
they do not interpret names or dates.  That is the work of the transforms.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Block:
    """A paragraph-sized piece of text and the line of the source where it starts."""

    text: str
    line: int
    kind: str = "text"  # text | head | anchor | gap


@dataclass
class Publication:
    """The witness: the publication in which the telegram is printed."""

    kind: str  # archive-record | collected-works | compilation | page (a web page that cites no source)
    title: str = ""  # the collection, journal or book
    publisher: str = ""
    editor: str = ""  # "Compiled and translated by R. K. I. Quested": who made the compilation
    # each who made it with their part, as the title page or citation words it: ("editor", "Chen
    # Jian and Vladislav Zubok"), ("compiler", "R. K. I. Quested") (several names in one are
    # split by the header)
    editors: list[tuple[str, str]] = field(default_factory=list)
    translator: str = ""  # ... and who translated the texts it prints
    place: str = ""
    date: str = ""  # year of publication as printed
    volume: str = ""
    pages: str = ""
    editions: list[str] = field(default_factory=list)  # as printed: "Second edition", "2nd ed.", "Reprinted 1952"
    periodical: bool = False  # the title is a journal's or bulletin's (its issue in issue)
    issue: str = ""  # "6-7": the journal's issue ("Issues 6-7 (Winter 1995/1996)")
    issue_date: str = ""  # "Winter 1995/1996": the issue's date as printed
    series: str = ""  # "Documents on Soviet Foreign Policy": the series the book is a volume of
    series_volume: str = ""  # "3": its number in the series
    sponsor: str = ""  # "Royal Institute of International Affairs": the body the book was issued for
    url: str = ""
    citation: str = ""  # the citation as printed, whole
    reprint: str = ""  # "Reprinted in ..." / "Reproduced by ..."
    first_published: str = ""  # an earlier printing the source names
    archival: str = ""  # the archive's references the source gives apart from its citation (a record's "Source")
    notes: list[str] = field(default_factory=list)  # e.g. "No comments"
    # where the source cites nothing the text was taken from (no archive, record, book or edition):
    # what is missing, as the description of the witness says it ("" where it cites its source)
    uncited: str = ""
    front_matter: list[str] = field(default_factory=list)
    part: str = ""  # "II. THE FAR EAST": the part of the book the item is printed in, as printed
    article: str = ""  # a journal's article the item is printed in: its title ("Stalin, Mao and the Korean War: New Documents")
    article_author: str = ""  # ... and who wrote it ("Introduction and translations by Chen Jian")


@dataclass
class RawTelegram:
    source: str  # the source file's name, as given on the command line
    reader: str  # the reader's name
    position: int  # 1-based number of this telegram within its source
    line: int  # line where the telegram starts
    publication: Publication
    title: str = ""  # the title as printed, typos kept
    title_line: int = 0
    heading: str = ""  # a compilation's numbered heading, kept as the div's head
    part: str = ""  # "Cable No. 2": the heading of one of several cables in one record
    reply: bool = False  # the answer a record prints under the telegram ("Reply:"): from its addressee to its sender
    answered: bool = False  # the telegram a record prints its answer under: dated by its own dateline, as the answer is
    number_in_source: str = ""  # the compilation's number of the telegram ("1")
    telegram_number: str = ""  # its own number the text begins with, as FRUS prints it ("183. Needless ...")
    file_number: str = ""  # the government's file it is in, as FRUS names it ("711.5/7–2150")
    file_date: str = ""  # the date a decimal file number ends in ("7–2150": "1950-07-21"), ISO
    date_text: str = ""  # the date the source's metadata gives
    date_of_receipt: bool = False  # date_text is the day the telegram came, as a diary records it ("Received ... the following telegram")
    sent_from: str = ""  # where it was sent from, as the source's note says ("sent from Moscow on ...")
    summary: str = ""
    original_language: str = ""
    credits: str = ""
    authors: list[str] = field(default_factory=list)  # the record's "Author(s)" entries, as printed
    recipients: list[str] = field(default_factory=list)  # the record's "Recipient(s)" entries, as printed
    translator: str = ""
    contributor: str = ""
    obtained: str = ""  # "Obtained by Kathryn Weathersby": who found the document for the record
    blocks: list[Block] = field(default_factory=list)
    footnotes: dict[str, Block] = field(default_factory=dict)
    # words the source emphasises (Markdown's "*...*", "**...**"): (line, the words without the
    # marks, "italic" | "bold" | "bold italic"), for the transforms to mark as hi
    emphasis: list[tuple[int, str, str]] = field(default_factory=list)
    warnings: list[tuple[int, str, str]] = field(default_factory=list)  # (line, text, code) the reader noticed
