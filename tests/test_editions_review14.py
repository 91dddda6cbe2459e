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
