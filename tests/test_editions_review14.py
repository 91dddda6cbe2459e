"""The editions' fourteenth review: the print's opening lines stand apart from the text, and
what a look at pages of tests/sources' volumes found."""

from __future__ import annotations

import re

from print_helpers import word_boxes
from test_print_layout import print_docs, tei


def test_an_address_opening_the_text_stands_apart_from_its_first_paragraph(tmp_path):
    """An opener's address ("MOSCOW, TO COMRADE VYSHINSKY", No. 94 of tests/sources' volume 2)
    stood 0.8em above the first paragraph, a hair more than the leading: set at the left margin
    as the paragraph is, it read as the paragraph's first line.  The text now stands clearly
    below it, further than the lines of a paragraph from each other."""
    body = """<opener><seg type="address">Moscow, to Comrade Vyshinsky</seg></opener>
      <p>On the third of February Kim Ir Sen invited me to his residence together with Pak Khen En
        and said that he wanted to raise three questions.</p>
      <closer><signed>SHTYKOV</signed></closer>"""
    pdf = print_docs(tmp_path, {"tg-address": tei("tg-address", body)}, alone=True)
    typ = pdf.with_suffix(".typ").read_text(encoding="utf-8")
    opener = typ.index('#opener(("text", [#"Moscow, to Comrade Vyshinsky"]), )')
    assert typ.index("#para(", opener) < typ.index('#"On the third', opener)  # the text under it
    words = word_boxes(pdf)[0]
    boxes = {w: (y0, y1) for _, y0, _, y1, w in words}
    line = boxes["On"][1] - boxes["On"][0]
    second = min(y0 for _, y0, _, _, _ in words if y0 > boxes["On"][0] + 1)  # the paragraph's second line
    pitch = second - boxes["On"][0]
    assert 0.9 * line < pitch < 1.5 * line, (pitch, line)
    gap = boxes["On"][0] - boxes["Vyshinsky"][1]
    assert gap > (pitch - line) + 0.4 * line, (gap, pitch, line)


def test_a_volume_whose_first_telegram_is_dated_by_its_year_alone_keeps_its_dates(tmp_path):
    """Volume 4 of tests/sources opens with a telegram known only by its year ("1951"): the
    volume's months (f:month-span) came out empty, so its title page and running heads said
    "Volume 4 of 4" without its dates, and the introduction "163 telegrams and 10 letters of in
    the order they were sent".  The year stands for the month it lacks."""
    from print_helpers import pdf_text

    docs = {"tg-year": tei("tg-year", "<p>Known by its year.</p>", sent="1951"),
            "tg-month": tei("tg-month", "<p>Known by its day.</p>", sent="1953-06-02")}
    pdf = print_docs(tmp_path, docs)
    typ = pdf.with_suffix(".typ").read_text(encoding="utf-8")
    assert 'span: "1951 – June 1953"' in typ, typ[:3000]
    assert re.search(r'running: "[^"]*, 1951 – June 1953"', typ), typ[:3000]
    text = " ".join(pdf_text(pdf).split())
    assert "The volume prints 2 telegrams of 1951 – June 1953 in the order they were sent." in text, text[:3000]
    assert " of in the order" not in text


def test_a_volume_of_undated_telegrams_names_no_months_in_its_introduction(tmp_path):
    """(No dates at all: the introduction's sentence leaves the months out, not "of in the order".)"""
    from print_helpers import pdf_text

    docs = {"tg-undated": tei("tg-undated", "<p>Undated.</p>").replace('<date when="1949-12-08"/>', "<date/>")}
    text = " ".join(pdf_text(print_docs(tmp_path, docs)).split())
    assert "The volume prints 1 telegram in the order they were sent." in text, text[:3000]


def test_paragraphs_after_a_first_one_with_a_footnote_are_indented_and_spaced_as_any(tmp_path):
    """A short first paragraph with a footnote is set with the heading as one block (the lead),
    and a short last one with a footnote with the closing lines (together): the paragraph after
    the lead began flush and 0.8em below it, and the one in the block with the closing lines
    began flush, so No. 71 of tests/sources' volume 4 read as three sections.  They are now
    indented and spaced as the same paragraphs without footnotes."""
    def layout(key: str, note: str):
        body = ('<opener><seg type="address">Comrade Filippov:</seg></opener>'
                f"<p>Alpha words of the first paragraph, long enough to run over two lines of the page in print.{note}</p>"
                "<p>Bravo words of the second paragraph, long enough to run over two lines of the page in print.</p>"
                f"<p>Charlie words of the last paragraph.{note}</p><closer><signed>Zhou Enlai</signed></closer>")
        (tmp_path / key).mkdir()
        pdf = print_docs(tmp_path / key, {key: tei(key, body)}, alone=True)
        words = word_boxes(pdf)[0]
        return {w: (x0, y0, y1) for x0, y0, _, y1, w in words if w in ("Alpha", "Bravo", "Charlie")}, pdf

    plain, _ = layout("tg-plain", "")
    noted, pdf = layout("tg-noted", '<note place="foot">A note.</note>')
    typ = pdf.with_suffix(".typ").read_text(encoding="utf-8")
    assert "lead: [" in typ and "#together[" in typ, typ  # (the blocks this is about)
    for layout_ in (plain, noted):
        assert layout_["Bravo"][0] - layout_["Alpha"][0] > 5, layout_  # indented
    for word in ("Bravo", "Charlie"):
        assert abs((noted[word][0] - noted["Alpha"][0]) - (plain[word][0] - plain["Alpha"][0])) < 0.5, (word, plain, noted)
    # the second paragraph as far below the first as without the footnote
    assert abs((noted["Bravo"][1] - noted["Alpha"][1]) - (plain["Bravo"][1] - plain["Alpha"][1])) < 0.5, (plain, noted)


def test_a_second_postscript_p_p_s_is_set_flush_as_the_first(tmp_path):
    """A postscript's "P.S." stood flush but its "P.P.S." (No. 136 of tests/sources' volume 2,
    telegram-filippov-mao-1950-03-04-copy-to-line.md) was indented as a second paragraph of
    the postscript.  Each postscript's first paragraph is flush, as the HTML edition and FRUS
    set them; a paragraph within one that is not a new postscript keeps its indent."""
    body = """<p>All questions concerning the specialists are settled with the ministry.</p>
      <closer><signed>FILIPPOV</signed></closer>
      <postscript><p>P.S. Comrade Kovalev will return to Moscow on the tenth of the month.</p>
        <p>P.P.S. Please confirm receipt of this telegram.</p>
        <p>Further instructions will follow.</p></postscript>"""
    pdf = print_docs(tmp_path, {"tg-pps": tei("tg-pps", body)}, alone=True)
    typ = pdf.with_suffix(".typ").read_text(encoding="utf-8")
    assert re.search(r'#para\(flush: true, \)\[#"P\.S\. Comrade', typ), typ[-1500:]
    assert re.search(r'#para\(flush: true, \)\[#"P\.P\.S\. Please', typ), typ[-1500:]
    assert re.search(r'#para\(\)\[#"Further', typ), typ[-1500:]
    boxes = {w: x0 for x0, _, _, _, w in word_boxes(pdf)[0]}
    assert abs(boxes["P.P.S."] - boxes["P.S."]) < 0.5, boxes
    assert boxes["Further"] > boxes["P.S."] + 5, boxes
