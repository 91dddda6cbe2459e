"""One document naming people the authority file lacks, and how the editions' indexes file them:
the HTML persons index's A-Z list, the print edition's index of persons."""

from __future__ import annotations

import re

from print_helpers import dehyphenate, pdf_text


def provisional_persons(names: dict[str, str], offices: dict[str, str] | None = None, date: str = "1950-06-29") -> str:
    """A TEI document whose text names each person (id -> name; offices: id -> an office named
    without its holder), each a provisional entry of its standOff."""
    from test_editions_review4 import doc

    offices = offices or {}
    entries = "".join(
        f'<person cert="low" xml:id="{i}"><persName type="main"><roleName type="office">{n}</roleName></persName>'
        f'<note type="unresolved">An office the source names without its holder.</note></person>' for i, n in offices.items())
    entries += "".join(
        f'<person cert="low" xml:id="{i}"><persName type="main">{n}</persName>'
        f'<note type="unresolved">Not in the authority file.</note></person>' for i, n in names.items())
    body = "<p>" + ", ".join(f'<persName ref="#{i}">{n}</persName>' for i, n in {**offices, **names}.items()) + " came.</p>"
    return doc("w", date, body, f"<standOff><listPerson>{entries}</listPerson></standOff>")


def site_filing(tmp_path, xml: str) -> list[str]:
    """The names of the HTML persons index's A-Z list, in its order."""
    from lxml import html as lxml_html

    from tei.html import render_site
    from tei.messages import Report

    tei = tmp_path / "tei"
    tei.mkdir()
    (tei / "w.xml").write_text(xml, encoding="utf-8")
    assert render_site(tei, tmp_path / "site", Report(), search=False).ok
    persons = lxml_html.parse(str(tmp_path / "site" / "persons.html"))
    return [a.text for a in persons.xpath("//nav[@class='az']//li/a")]


def printed_index(tmp_path, xml: str) -> str:
    """The print edition's index of persons, as text (with a second telegram, a day later)."""
    from test_editions_review4 import doc
    from test_print_layout import print_docs

    (tmp_path / "pdf").mkdir()
    printed = re.sub(r"\s+", " ", dehyphenate(pdf_text(print_docs(tmp_path / "pdf", {"w": xml, "v": doc("v", "1950-06-30", "<p>More.</p>")}))))
    return printed[printed.rindex("Index of persons"):]
