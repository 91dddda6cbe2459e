"""The editions' fourth review, the third's leftovers: an index with nothing under it, the
network's dashed lines, the source's notes named as an edition names them, the en dash between
two names, the pager's "previous" and "next"."""

from __future__ import annotations

import re

from lxml import html as lxml_html

from print_helpers import NS, dehyphenate, page_count, pdf_text
from tei.html import render_site
from tei.messages import Report

TEI = NS["t"]


def text(el) -> str:
    return re.sub(r"\s+", " ", el.text_content()).strip()


def doc(key: str, date: str, body: str, standoff: str = "", sender: str = "Mao", recipient: str = "Stalin") -> str:
    return f"""<TEI xmlns="{TEI}" xml:id="{key}"><teiHeader><fileDesc>
      <titleStmt><title type="main">{sender} to {recipient}, {date}</title></titleStmt>
      <publicationStmt><publisher>P</publisher><date when="2026-01-01"/></publicationStmt>
      <sourceDesc><bibl type="witness"><title level="m">Archive</title></bibl></sourceDesc></fileDesc>
      <profileDesc><correspDesc><correspAction type="sent"><persName>{sender}</persName><date when="{date}"/></correspAction>
        <correspAction type="received"><persName>{recipient}</persName></correspAction></correspDesc></profileDesc>
      </teiHeader>{standoff}<text><body><div type="telegram">{body}</div></body></text></TEI>"""


PERSON = """<standOff><listPerson><person xml:id="zhou"><persName type="main">Zhou Enlai</persName>
    <note type="identification">Premier.</note></person></listPerson>
  <listPlace><place xml:id="nanjing"><placeName type="main">Nanjing</placeName>
    <note type="identification">City.</note></place></listPlace></standOff>"""


def test_an_index_whose_entries_no_text_names_is_not_printed(tmp_path):
    """A volume of two telegrams that name a person and no place printed "Index of places" on
    a page of its own with nothing under it (the entries of the authority file are there, but
    the index prints only those the texts name).  An index with no entry to print is now left
    out, heading, page and line of the contents; the index of persons is printed as before."""
    from test_print_layout import print_docs

    docs = {"a": doc("a", "1949-01-13", '<p>Tell <persName ref="#zhou">Zhou Enlai</persName> to come.</p>', PERSON),
            "b": doc("b", "1949-01-14", "<p>Nothing more.</p>")}
    pdf = print_docs(tmp_path, docs)
    pages = [re.sub(r"\s+", " ", dehyphenate(pdf_text(pdf, n))) for n in range(1, page_count(pdf) + 1)]
    whole = " ".join(pages)
    assert "Index of places" not in whole and "Nanjing" not in whole, whole
    (index,) = [p for p in pages if re.search(r"(^| )Index of persons (?!\.)", p)]
    assert re.search(r"Zhou Enlai, \d+ Premier\.", index), index
    assert "List of sources" in pages[-1], pages[-1]
