"""A telegram sent in parts: the converter marks each part's first line ("Part 2 of 3") as a
`label type="part"` after a `milestone unit="part"` (tests/test_unseen_leftovers11.py); the
editions set that line apart as the cipher office's words, not as a run of the telegram's text."""

from __future__ import annotations

from lxml import etree
from lxml import html as lxml_html

from source_helpers import convert


def _parts(tmp_path):
    [(key, root)] = [(k, r) for k, r in convert(tmp_path, "wilson-roshchin-filippov-1950-03-02-a-telegram-in-parts.txt").items()]
    assert root.xpath("//*[local-name()='label'][@type='part']"), "the source's parts are no longer labelled"
    return key, root


def test_the_web_page_sets_a_parts_first_line_as_a_line_of_its_own(tmp_path):
    """It was a bare <span> between two paragraphs: inline, run on in the flow of blocks."""
    from tei.html import STYLESHEET
    from tei.xslt import transform

    _, root = _parts(tmp_path)
    page = lxml_html.fromstring(transform(STYLESHEET, xml_text=etree.tostring(root, encoding="unicode")))
    parts = page.find_class("tei-part")
    assert [(p.tag, p.text_content()) for p in parts] == [("p", "Part 2 of 3"), ("p", "Part 3 of 3.")]
    assert parts[0].getnext().tag == "p" and "specialists for the railway" in parts[0].getnext().text_content()


def test_the_print_sets_a_parts_first_line_with_the_next_paragraph(tmp_path):
    """In print it was a plain block, like a paragraph of the telegram's; edition.typ's part-label
    sets it in small capitals and keeps it with the paragraph it opens."""
    from tei.messages import Report
    from tei.pdf.render import typst_source
    from tei.pdf.volume import load

    key, _ = _parts(tmp_path)
    typst = typst_source(load([tmp_path / f"{key}.xml"], Report()), "a5", False)
    labels = [line for line in typst.splitlines() if line.startswith("#part-label[")]
    assert labels == ['#part-label[#"Part 2 of 3"]', '#part-label[#"Part 3 of 3."]'], labels

