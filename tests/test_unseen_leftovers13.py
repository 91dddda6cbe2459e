"""Round seven's last leftovers (tests/test_unseen_leftovers11.py, ...12.py): the line that ends a
part of a telegram sent in parts and the first part's line above the address, a line of a copy
whose width is unknown ending in a pronoun or a relative before a capital, and the place of an
unsigned cover's quoted message; each misreading with a source of ours."""

from __future__ import annotations

import pytest

from source_helpers import T, convert_one, lines, parties, sent_when, text


def test_the_first_parts_line_above_the_address_and_the_ends_of_parts(tmp_path):
    """"Part 1 of 3" between "TOP SECRET" and "To Filippov.": the address is the opener's still
    (it was a paragraph); "End of part one" / "End of part two" the copy's words, a label (they
    were paragraphs); the third part begins under the second's end, no line of its own saying so."""
    doc = convert_one(tmp_path, "wilson-roshchin-filippov-1950-03-05-part-one-above-the-address.txt")
    div = doc.find(f".//{T}div")
    assert lines(div.find(f"{T}opener")) == [("classification", "TOP SECRET"), ("address", "To Filippov.")]
    assert [c.tag.split("}")[1] for c in div] == ["opener", "milestone", "label", "p", "label", "milestone", "label",
                                                 "p", "label", "milestone", "p", "closer"]
    assert [m.get("n") for m in div.iter(f"{T}milestone")] == ["1", "2", "3"]
    assert [text(la) for la in div.iter(f"{T}label")] == ["Part 1 of 3", "End of part one", "Part 2 of 3", "End of part two"]
    assert parties(doc) == [("sent", "#roshchin"), ("received", "#stalin")] and sent_when(doc) == "1950-03-05"


def test_an_end_of_part_line():
    from tei.transforms.structure.lines import end_of_part_line

    assert end_of_part_line("End of part one") == (True, "1")
    assert end_of_part_line("(END OF PART II.)") == (True, "2")
    assert end_of_part_line("End of the first part") == (True, "1")


@pytest.mark.parametrize("line", ["End of the talks.", "At the end of part of the year", "End of part of the front",
                                  "The end of part one was lost."])
def test_no_end_of_part_line(line):
    from tei.transforms.structure.lines import end_of_part_line

    assert end_of_part_line(line) == (False, None)


def test_lines_ending_in_her_which_this_go_on(tmp_path):
    """An OCR'd telegram of few lines, their width unknown: "... rejoice with you and with her" /
    "Allies ...", "... over Japan, which" / "China will ...", "... and in this" / "Government's
    name ..." go on (they were six paragraphs, one to a line)."""
    doc = convert_one(tmp_path, "page-chiang-truman-1945-08-20-ocr-lines-ending-in-her-which-this.txt")
    paragraphs = [text(p) for p in doc.find(f"{T}text").iter(f"{T}p")]
    assert paragraphs == [
        "The Chinese people rejoice with you and with her Allies in the final victory over Japan, which China will "
        "always remember as the work of our peoples.",
        "I thank you for all the help given to China, and in this Government's name I send you our greetings.",
        "I have asked Dr. Wang to convey to you my views."]


def test_the_words_that_go_on_only_at_a_lines_end():
    from tei.sources.base import _continues

    long = "The Chinese people rejoice with you and with all "
    assert all(_continues(long + w, "Allies") for w in ("her", "his", "this", "which", "whom", "these", "each"))
    assert not _continues(long + "us", "Allies") and not _continues(long + "Her", "Allies")
    assert not _continues("We thank her", "Allies")  # (a line too short to have been cut)


def test_an_unsigned_covers_place_is_not_the_quoted_messages(tmp_path):
    """An unsigned cover over Mao's quoted telegram, "Mao Zedong" / "Harbin, 13 February 1950"
    under it: the record dated by the page, and no place of sending (the quoted dateline's
    Harbin was said to be where the cover was sent from)."""
    doc = convert_one(tmp_path, "wilson-roshchin-filippov-1950-02-16-unsigned-cover-quoted-dateline-with-a-place.txt")
    assert sent_when(doc) == "1950-02-16"
    assert doc.find(f".//{T}correspAction[@type='sent']/{T}placeName") is None
    quoted = doc.find(f".//{T}div/{T}quote/{T}floatingText/{T}body/{T}closer")
    assert lines(quoted) == [("signed", "Mao Zedong"), ("dateline", "Harbin, 13 February 1950")]
    assert quoted.find(f"{T}dateline/{T}placeName").get("ref") == "#harbin"
