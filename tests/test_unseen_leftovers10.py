"""Round six's leftovers (docs/converter.md "Round six"): a spaced roman date ending a
compilation's heading, a short note under a plain figure at a page's foot, and mixed quotation
marks kept as printed; our own writing (tests/sources/compilation-1997-...)."""

from __future__ import annotations

from source_helpers import T, convert, sent_when, text

NAME = "compilation-1997-spaced-roman-dates-in-headings-short-notes-under-figures.txt"


def test_a_spaced_roman_date_where_a_heading_dates_its_item(tmp_path):
    """"No. 5. TELEGRAM FROM ... TO ..., 5 II 1950": the item's date (both were undated)."""
    docs = list(convert(tmp_path, NAME).values())
    assert [sent_when(d) for d in docs] == ["1950-02-05", "1950-02-07"]


def test_a_spaced_roman_date_only_at_a_headings_end():
    from tei.transforms.correspondence import _own_date

    assert _own_date("No. 5. TELEGRAM FROM T. F. SHTYKOV TO A. Y. VYSHINSKY, 5 II 1950").when == "1950-02-05"
    assert _own_date("Telegram from Stalin to Kim Il Sung, Sunday, 5 II 1950").when == "1950-02-05"
    assert _own_date("The guns of sections 5 II 1950 and 6 were moved") is None  # (running text)
    assert _own_date("Telegram on the guns sent, 5 II 1950") is None  # (no parties before it)


def test_a_short_note_under_a_figure_at_a_pages_foot(tmp_path):
    """"...Corps1 ..." / "1 See No. 33." / "48   KOREA AND THE GREAT POWERS": the note at its mark
    (it was a paragraph); "1 Meet in March." / "2 Send few men." above the signature, no mark
    in the text: points of the text; "5 II 50" in running text no date."""
    docs = list(convert(tmp_path, NAME).values())
    div = docs[0].find(f".//{T}div")
    assert [(n.get("n"), text(n)) for n in div.iter(f"{T}note")] == [("1", "See No. 33.")]
    assert "Corps" in text(div.findall(f"{T}p")[0]) and not [p for p in div.iter(f"{T}p") if text(p).startswith("1 ")]
    assert [pb.get("n") for pb in div.iter(f"{T}pb")] == ["48"]
    assert not div.findall(f".//{T}p/{T}date")
    second = docs[1].find(f".//{T}div")
    assert [text(p) for p in second.findall(f"{T}p")][1:] == ["1 Meet in March.", "2 Send few men."]
    assert not list(second.iter(f"{T}note")) and text(second.find(f"{T}closer")) == "VYSHINSKY"


def test_mixed_quotation_marks_kept_as_printed(tmp_path):
    """“We are ready to come." He added: “We will wait." (a curly opening, a straight closing
    mark, as printed): the text as printed, no quotation of the words between the two (the first
    straight mark was read as opening one, "He added: “We will wait." quoted); "full support" in
    straight marks still quoted (its marks the q's rendering)."""
    docs = list(convert(tmp_path, NAME).values())
    p = docs[0].find(f".//{T}div").findall(f"{T}p")[1]
    assert text(p).endswith('He said: “We are ready to come." He added: “We will wait." He asked for full support again.')
    assert [text(q) for q in p.iter(f"{T}q")] == ["full support"]


def test_a_straight_mark_opens_before_a_word_and_closes_after_one():
    from tei.transforms.quotations import PAIRS

    assert [m.group(0) for m in PAIRS.finditer('He said: “We are ready." He added: “We will wait."')] == []
    assert [m.group(0) for m in PAIRS.finditer('the "peace" and “war" now, "yes."')] == ['"peace"', '"yes."']


def test_numbered_points_above_the_signature_are_no_notes_for_a_figure_of_a_date(tmp_path):
    """A compilation item ending in numbered points ("1 The delegation may come ..." / "2 The
    equipment ...") and the signature: the points were taken for the item's notes because the
    text above prints a "1" and a "2" ("his requests of 1 and 2 February"), and the signature
    under them was left out as the editor's paragraph.  A plain figure is a note's mark only run
    on after a word ("Corps1"); the points are text, the signature the telegram's."""
    from tei.messages import Report

    report = Report()
    [doc] = convert(tmp_path, "compilation-1997-numbered-points-above-the-signature-a-date-with-their-figures.txt",
                    report=report).values()
    assert text(doc.find(f".//{T}closer/{T}signed")) == "VYSHINSKY"
    paragraphs = [text(p) for p in doc.iter(f"{T}p")]
    assert paragraphs[-2].startswith("1 The delegation may come") and paragraphs[-1].startswith("2 The equipment")
    assert not doc.findall(f".//{T}note[@place='foot']")
    assert not [m for m in report.messages if m.code == "editorial-text"]
