"""The editions' eleventh review: a printing a source names in its straight quotation marks
typeset in both editions, and works a web page names by their kind alone cited with their author
in the print edition's Source line as in the HTML edition's."""

from __future__ import annotations

import lxml.html

from print_helpers import pdf_text
from source_helpers import convert
from tei.messages import Report

KOLAROV = "works-stalin-kolarov-1947-05-24-surname-in-off-transliteration.txt"
BUMTSEND = "works-stalin-bumtsend-1948-11-14-title-over-three-lines-holder-after-a-dash.txt"


def _editions(tmp_path) -> tuple[lxml.html.HtmlElement, str, str]:
    """Two pages of Stalin's Works converted and printed in both editions (a volume, with its
    list of sources): the first telegram's page, the volume's Typst source and the PDF's text."""
    from tei.html import render_site
    from tei.pdf import print_volume

    tei = tmp_path / "tei"
    key = sorted(convert(tei, KOLAROV, BUMTSEND))[0]
    assert render_site(tei, tmp_path / "site", Report(), search=False).ok
    page = lxml.html.fromstring((tmp_path / "site" / f"{key}.html").read_bytes())
    pdf = tmp_path / "volume.pdf"
    report = Report()
    assert print_volume(sorted(tei.glob("*.xml")), pdf, report), [str(m) for m in report.messages]
    return page, pdf.with_suffix(".typ").read_text(encoding="utf-8"), pdf_text(pdf)


def _row(page: lxml.html.HtmlElement, label: str) -> str:
    """The text of the About panel's row under this label."""
    [dt] = [dt for dt in page.iter("dt") if " ".join(dt.text_content().split()) == label]
    return " ".join(dt.getnext().text_content().split())


def test_a_first_printing_named_in_straight_quotation_marks_is_typeset_in_both_editions(tmp_path):
    """A Marxists Internet Archive page's last line ("Daily Review," Berlin Ed., No. 121, ...),
    its first printing: the source's citation above it was typeset (“Cable, Kovalev to Filippov
    [Stalin],”), the first printing kept the page's straight marks in both editions."""
    page, typ, text = _editions(tmp_path)
    # (the HTML's rows without the stop of the source's sentence: review12)
    assert _row(page, "First published") == "“Daily Review,” Berlin Ed., No. 121, 26 May, 1947", _row(page, "First published")
    assert "“Daily Review,” Berlin Ed." in " ".join(text.split()), text[:2000]
    assert '"Daily Review' not in text


def test_works_a_page_names_alone_are_cited_with_their_author_in_the_print_source_line(tmp_path):
    """The page's "Source : Works, Vol. 16" / "Publisher : Red Star Press Ltd., London, 1986": the
    HTML edition's Source names the author ("J. V. Stalin, ... Works, vol. 16"), the print
    edition's, the source's own citation, did not ("Source: Works, Vol. 16. Red Star Press Ltd.,
    London, 1986"), nor did its list of sources.  Both name him now, the title in italics."""
    page, typ, text = _editions(tmp_path)
    assert _row(page, "Source").startswith("J. V. Stalin, "), _row(page, "Source")
    flat = " ".join(text.split())
    assert "Source: J. V. Stalin, Works, Vol. 16. Red Star Press Ltd., London, 1986" in flat, flat[:3000]
    sources = flat[flat.rindex("List of sources"):]
    assert sources.count("J. V. Stalin, Works, Vol. 16.") == 2 and "No. 1. J. V. Stalin, Works" in sources, sources
    assert '#meta(keep: true, label: "Source")[#"J. V. Stalin, "#emph[#"Works"]' in typ, typ
