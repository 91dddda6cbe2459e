"""The editions' fourteenth review: the print's opening lines stand apart from the text, and
what a look at pages of tests/sources' volumes found."""

from __future__ import annotations

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
