"""A Markdown copy of a page, in the Wilson Center record's layout ("# " heading, the record's
fields as bold labels, "**Citation:** ..."), whose citation names a collected works: it went to
the collected-works reader (the works' name and pages in its top lines) and came out undated
with the sender "#", the heading's mark read as a name."""

from __future__ import annotations

from tei.convert import convert_sources
from tei.messages import Report
from tei.sources import sniff

from source_helpers import SOURCES, T, convert_one, parties, sent_when

SOURCE = "telegram-stalin-lenin-1918-07-10-markdown-copy-citing-collected-works.md"


def test_the_markdown_reader_takes_its_own_layout_whatever_book_the_citation_names(tmp_path):
    assert sniff((SOURCES / SOURCE).read_text(encoding="utf-8")) == "wilson-markdown"
    doc = convert_one(tmp_path, SOURCE)
    assert parties(doc) == [("sent", "#stalin"), ("received", "#lenin")]
    assert sent_when(doc) == "1918-07-10"
    assert doc.findtext(f".//{T}titleStmt/{T}title[@type='main']") == "Stalin to Lenin, 10 July 1918"
    assert doc.findtext(f".//{T}titleStmt/{T}title[@type='source']") == "To V. I. Lenin"
    bibl = doc.find(f".//{T}sourceDesc/{T}bibl")
    assert "Collected Works" in bibl.findtext(f"{T}note[@type='citation']")


def test_a_heading_mark_is_never_a_name(tmp_path):
    """Read as a page of the works (--format), the title "# To V. I. Lenin" names no sender:
    the signature does, and nobody is called "#"."""
    report = Report()
    convert_sources([SOURCES / SOURCE], tmp_path, fmt="collected-works", report=report)
    [path] = tmp_path.glob("*.xml")
    from lxml import etree

    doc = etree.parse(str(path)).getroot()
    assert parties(doc) == [("sent", "#stalin"), ("received", "#lenin")]
    assert not [m for m in report.messages if "'#'" in str(m)], [str(m) for m in report.messages]
    assert all(p.text != "#" for p in doc.iter(f"{T}persName"))
