"""The editions' twelfth review: the lines that say where a telegram's text comes from end alike
in each edition (the print's with a full stop, the HTML's rows with none), and a printing that
published the text again is labelled alike in both ("Republished": a book it is reprinted in,
a periodical or a website that reproduced it)."""

from __future__ import annotations

import re

import lxml.html

from print_helpers import pdf_text
from source_helpers import convert
from tei.messages import Report

KOLAROV = "works-stalin-kolarov-1947-05-24-surname-in-off-transliteration.txt"
MENDERES = "page-khrushchev-menderes-1959-07-02-a-name-in-full-no-other-document-shortens.txt"
RED_FLAG = "compilation-1959-a-page-number-and-running-head-inside-an-item.txt"
FRUS = "frus-web-allen-acheson-1950-04-19-holder-in-brackets-unknown.txt"


def _editions(tmp_path, *names):
    """The sources converted and given in both editions: ({file stem: HTML page}, the
    volume's Typst source, the PDF's text with its whitespace collapsed)."""
    from tei.html import render_site
    from tei.pdf import print_volume

    tei = tmp_path / "tei"
    keys = sorted(convert(tei, *names))
    assert render_site(tei, tmp_path / "site", Report(), search=False).ok
    pages = {k: lxml.html.fromstring((tmp_path / "site" / f"{k}.html").read_bytes()) for k in keys}
    pdf = tmp_path / "volume.pdf"
    report = Report()
    assert print_volume(sorted(tei.glob("*.xml")), pdf, report, alone=False), [str(m) for m in report.messages]
    return pages, pdf.with_suffix(".typ").read_text(encoding="utf-8"), " ".join(pdf_text(pdf).split())


def _rows(pages, label: str) -> list[str]:
    """The text of each page's About row under this label."""
    return [" ".join(dt.getnext().text_content().split()) for page in pages.values() for dt in page.iter("dt")
            if " ".join(dt.text_content().split()) == label]


def test_source_lines_end_with_a_full_stop_in_print_and_without_one_in_the_html(tmp_path):
    """The print's Source lines and list of sources ended with the source's own citation, with
    or without its full stop ("Works, Vol. 16. Red Star Press Ltd., London, 1986", but "..., Translated
    by ....", "July 2, 1959."); the HTML's Source rows, a list of the source's parts, ended with the
    stop a web page's date has ("July 2, 1959.") and with none elsewhere."""
    pages, typ, text = _editions(tmp_path, KOLAROV, MENDERES)
    sources = _rows(pages, "Source")
    assert len(sources) == 2 and all(not s.endswith(".") for s in sources), sources
    assert any(s.endswith("July 2, 1959") for s in sources), sources
    lines = re.findall(r'^#meta\((?:keep: true, )?label: "Source"\)\[(.*)\]$', typ, re.M)
    assert len(lines) == 2 and all(re.search(r'[.]"\]?$', line) for line in lines), lines
    assert "Red Star Press Ltd., London, 1986. " in text, text[:3000]
    assert "July 2, 1959. " in text and "1959.." not in text, text[:3000]
    listed = text[text.rindex("List of sources"):]
    assert "Red Star Press Ltd., London, 1986. " in listed, listed


def test_a_printing_that_published_the_text_again_is_republished_in_both_editions(tmp_path):
    """A compilation "Reproduced by The Red Flag" and a FRUS page the Office of the Historian
    gives: the HTML said "Reprinted in", the print "Also printed in", neither exact for a
    publisher or a website that reproduced the text; both say "Republished", the print's line
    ending with its full stop as its other lines do."""
    pages, typ, text = _editions(tmp_path, RED_FLAG, FRUS)
    assert set(_rows(pages, "Republished")) == {
        "Office of the Historian, United States Department of State: history.state.gov", "The Red Flag"}
    assert not _rows(pages, "Reprinted in")
    assert "Republished: The Red Flag." in text and "history.state.gov." in text, text[:3000]
    assert "Also printed in" not in text and "Also printed in" not in typ
