"""A Markdown copy in the Wilson Center record's layout whose citation names a book and not the
Digital Archive ("J. V. Stalin, Collected Works, ..., Volume 4, pages 212-213") was credited to
the Wilson Center Digital Archive: the book was only in the citation note.  The book is its
source; a copy citing the Digital Archive, and the site's own page text whatever book its citation
names, stay the archive's records."""

from __future__ import annotations

from source_helpers import T, convert

SOURCE = "telegram-stalin-lenin-1918-07-10-markdown-copy-citing-collected-works.md"


def _witness(doc):
    return doc.find(f".//{T}sourceDesc/{T}bibl[@type='witness']")


def test_a_markdown_copy_citing_a_book_is_credited_to_the_book(tmp_path):
    [(name, doc)] = convert(tmp_path, SOURCE).items()
    assert name == "tg-1918-07-10-stalin-lenin-stalin-collected-works-4"
    bibl = _witness(doc)
    assert bibl.findtext(f"{T}title[@level='m']") == "Collected Works"
    assert bibl.find(f"{T}author").get("ref") == "#stalin"
    assert bibl.findtext(f"{T}publisher") == "Foreign Languages Publishing House"
    assert bibl.findtext(f"{T}pubPlace") == "Moscow"
    assert bibl.find(f"{T}date").get("when") == "1953"
    assert bibl.find(f"{T}biblScope[@unit='volume']").get("n") == "4"
    pages = bibl.find(f"{T}biblScope[@unit='page']")
    assert (pages.get("from"), pages.get("to")) == ("212", "213")
    assert "Wilson" not in "".join(bibl.itertext())
    assert "Collected Works" in bibl.findtext(f"{T}note[@type='citation']")


def test_a_markdown_copy_citing_the_digital_archive_stays_the_archives(tmp_path):
    """(its citation names a book and pages after the archive: what the record was made from)"""
    [(name, doc)] = convert(tmp_path, "telegram-mao-ccp-cc-1950-01-03.md").items()
    assert "-wilson-center" in name
    bibl = _witness(doc)
    assert bibl.findtext(f"{T}title[@level='m']") == "History and Public Policy Program Digital Archive"
    assert bibl.findtext(f"{T}publisher") == "Wilson Center"


def test_the_sites_page_citing_only_a_book_stays_the_archives(tmp_path):
    """The site's page text is the archive's record, whatever its citation names."""
    [(name, doc)] = convert(tmp_path, "wilson-new-site-zhou-mao-liu-cc-1954-05-09-three-addressees-and-excerpt-in-brackets.txt").items()
    assert name.endswith("-wilson-center-990954")
    assert _witness(doc).findtext(f"{T}publisher") == "Wilson Center"


def test_a_markdown_copy_citing_only_an_archives_file_stays_the_archives(tmp_path):
    """"AVP RF, f. 059a, op. 5a, d. 3, p. 11, l. 92": read as a book's citation it has a title
    ("AVP RF") and a page (the papka's "p. 11"); it names an archive's file, no book."""
    [(name, doc)] = convert(tmp_path, "telegram-stalin-kim-1949-06-14-markdown-copy-citing-only-an-archive-file.md").items()
    assert name.endswith("-wilson-center")
    bibl = _witness(doc)
    assert bibl.findtext(f"{T}publisher") == "Wilson Center"
    assert bibl.find(f"{T}biblScope") is None
    assert doc.findtext(f".//{T}msIdentifier/{T}idno[@type='shelfmark']") == "f. 059a, op. 5a, d. 3, p. 11, l. 92"
