"""Text from TEI prints as written: Typst's markup characters, code and quotes are escaped in
exactly one place (pf:lit in xslt/print/functions.xsl), wherever the text stands."""

from __future__ import annotations

import re
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from conftest import require
from print_helpers import dehyphenate, pdf_text
from tei.messages import Report
from tei.pdf import print_volume

# one case per behaviour: each would be markup, code or an escape if it reached Typst unescaped
CASES = [
    "#let x = 1",
    "$x^2 + y_1$",
    "*not bold* and _not emphasis_",
    "<label> and @reference",
    "[content] in brackets ]",
    "`raw` text",
    "back\\slash \\u{41} \\n \\",
    "\"double\" and 'single' quotes",
    "= not a heading",
    "- not a list item",
    "+ not an enum",
    "/ term: not a term",
    "// not a comment",
    "/* not a comment */",
    "~ tilde -- dash --- dash ... dots",
    "a\"); #panic(\"escaped",
    "100% & 5 < 6 > 4",
]

SPECIAL = "#$*_@<>[]`\\=-\"'"


def tei_document(texts: list[str]) -> str:
    paras = "\n".join(f'<p>{escape(t)}</p>' for t in texts)
    odd = escape(SPECIAL)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="tg-escape">
  <teiHeader>
    <fileDesc>
      <titleStmt><title type="main">Test {odd}</title></titleStmt>
      <publicationStmt><publisher>Press {odd}</publisher><date when="2026-01-01"/></publicationStmt>
      <sourceDesc>
        <bibl type="witness"><title level="a">Article {odd}</title><title level="m">Work {odd}</title></bibl>
        <msDesc><msIdentifier><repository>Archive {odd}</repository><idno type="shelfmark">F. {odd}</idno></msIdentifier></msDesc>
      </sourceDesc>
    </fileDesc>
    <profileDesc><correspDesc>
      <correspAction type="sent"><persName ref="#odd">Sender {odd}</persName><date when="1949-01-01"/></correspAction>
      <correspAction type="received"><persName>Recipient {odd}</persName></correspAction>
    </correspDesc></profileDesc>
  </teiHeader>
  <standOff><listPerson><person xml:id="odd"><persName type="main">Person {odd}</persName>
    <note type="identification">Who {odd}</note></person></listPerson></standOff>
  <text><body><div type="telegram">
    <head>Head {odd}</head>
    {paras}
    <p>Name: <persName ref="#odd">Written {odd}</persName>.<note place="foot">Footnote {odd}</note></p>
    <p>Omitted: <gap><desc>what {odd}</desc></gap> and <gloss>glossed {odd}</gloss>.</p>
    <table><head>Caption {odd}</head><row role="label"><cell>Column {odd}</cell><cell>Two</cell></row>
      <row><cell>Cell {odd}</cell><cell cols="2">Wide</cell></row><row><cell>Short row</cell></row></table>
  </div></body></text>
</TEI>"""


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> str:
    require("pdftotext", "the PDF's text is read with poppler-utils")
    folder = tmp_path_factory.mktemp("escape")
    src = folder / "tg-escape.xml"
    src.write_text(tei_document(CASES), encoding="utf-8")
    pdf = folder / "escape.pdf"
    report = Report()
    assert print_volume([src], pdf, report, paper="a4", alone=False), [str(m) for m in report.messages]
    return re.sub(r"\s+", " ", dehyphenate(pdf_text(pdf)))


@pytest.mark.parametrize("text", CASES)
def test_text_prints_as_written(printed, text):
    assert re.sub(r"\s+", " ", text) in printed


@pytest.mark.parametrize("where", ["Head", "Written", "Footnote", "what", "glossed", "Person", "Who", "Archive",
                                   "F.", "Article", "Work", "Recipient", "Caption", "Column", "Cell"])
def test_special_characters_everywhere(printed, where):
    # (an identification of the index is shown with typographic quotation marks, and the
    # authority file's name of a person too, in the index and the headings)
    special = SPECIAL.replace('"', "”").replace("'", "’") if where in ("Who", "Person") else SPECIAL
    # (and an item's title, set in double marks, its own marks as single ones inside them)
    special = SPECIAL.replace('"', "’").replace("'", "’") if where == "Article" else special
    assert f"{where} {special}" in printed


def test_one_escape_function():
    """Every text reaches the Typst source through pf:lit: no other template writes a quote."""
    xslt = Path(__file__).resolve().parent.parent / "xslt"
    uses = [p.name for p in (xslt / "print").glob("*.xsl") if "replace(" in p.read_text() and "'\\\\'" in p.read_text()]
    assert uses == ["functions.xsl"]
