"""Round seven's leftovers (tests/test_unseen_variants7.py): the lines that begin the parts of a
telegram sent in parts, a postscript above the closing formula, names in the editor's brackets
after a word that is no name, a cover left unsigned over a quoted telegram, the word for "year"
after a roman month; each misreading with a source of ours."""

from __future__ import annotations

import pytest

from source_helpers import T, convert, lines, sent_when, text


def test_the_parts_of_a_telegram_sent_in_parts(tmp_path):
    """"Part 2 of 3" / "Part 3 of 3." between the paragraphs: where a part begins, a milestone
    with the part's number and the line's words its label (they were paragraphs)."""
    [doc] = convert(tmp_path, "wilson-roshchin-filippov-1950-03-02-a-telegram-in-parts.txt").values()
    div = doc.find(f".//{T}div")
    assert [c.tag.split("}")[1] for c in div] == ["opener", "p", "milestone", "label", "p", "milestone", "label", "p", "closer"]
    assert [(m.get("unit"), m.get("n")) for m in div.iter(f"{T}milestone")] == [("part", "2"), ("part", "3")]
    assert [(la.get("type"), text(la)) for la in div.iter(f"{T}label")] == [("part", "Part 2 of 3"), ("part", "Part 3 of 3.")]
    assert len(div.findall(f"{T}p")) == 3


@pytest.mark.parametrize("line, number", [("Part two.", "2"), ("PART II", "2"), ("Part 2 of 3", "2"),
                                          ("Continuation.", None), ("(Continuation of telegram No. 54)", None),
                                          ("Part two (continuation)", "2")])
def test_a_part_line(line, number):
    from tei.transforms.structure.lines import part_line

    assert part_line(line) == (True, number)


@pytest.mark.parametrize("line", ["Part of the troops have left.", "Partly cloudy.", "Continued from page 3",
                                  "Continuation of the talks is desirable."])
def test_no_part_line(line):
    from tei.transforms.structure.lines import part_line

    assert part_line(line) == (False, None)


def test_a_postscript_above_the_closing_formula(tmp_path):
    """"P.S. The medicines ..." above "Greetings." / "FILIPPOV" / "4.IV.50": a postscript before
    the closer, where the copy has it (it was a paragraph)."""
    [doc] = convert(tmp_path, "wilson-filippov-mao-1950-04-04-postscript-above-the-greeting-names-in-brackets.txt").values()
    div = doc.find(f".//{T}div")
    assert [c.tag.split("}")[1] for c in div] == ["opener", "p", "p", "postscript", "closer"]
    assert [text(p) for p in div.find(f"{T}postscript")] == ["P.S. The medicines will come by the same train as the doctors."]
    assert lines(div.find(f"{T}closer")) == [("salute", "Greetings."), ("signed", "FILIPPOV"), ("dateline", "4.IV.50")]
    assert sent_when(doc) == "1950-04-04"


def test_names_in_brackets_after_a_common_noun(tmp_path):
    """"the Korean comrades [Kim Il Sung, Pak Hon Yong]": the people meant, an identification (it
    was words the editor supplied), each name linked."""
    [doc] = convert(tmp_path, "wilson-filippov-mao-1950-04-04-postscript-above-the-greeting-names-in-brackets.txt").values()
    [gloss] = doc.iter(f"{T}gloss")
    assert (gloss.get("type"), text(gloss)) == ("identification", "Kim Il Sung, Pak Hon Yong")
    assert [p.get("ref") for p in gloss.iter(f"{T}persName")] == ["#kim-il-sung", "#pak-hon-yong"]
    assert not doc.findall(f".//{T}supplied")


@pytest.mark.parametrize("inner, known", [("Kim Il Sung, Pak Hon Yong", True), ("Mao Zedong, Zhou Enlai and Zhu De", True),
                                          ("Kim Il Sung", False),  # (one name: read as before)
                                          ("Kim Il Sung, the Koreans", False), ("Chinese, Korean", False)])
def test_a_list_of_known_names(inner, known):
    from types import SimpleNamespace

    from tei.authority import Authority
    from tei.transforms.brackets import _known_names

    assert _known_names(SimpleNamespace(authority=Authority.load()), inner) is known


def test_an_unsigned_cover_over_a_quoted_telegram(tmp_path):
    """"I am transmitting the text of Mao Zedong's telegram to me:" and the telegram quoted, "Mao
    Zedong" / "11 February 1950" its closing lines, the cover unsigned and undated: the record
    dated by the page, as the signed cover is by its own dateline (the quoted dateline made a note
    that the telegram was dated 11 February)."""
    [doc] = convert(tmp_path, "wilson-roshchin-filippov-1950-02-14-unsigned-cover-over-a-quoted-telegram.txt").values()
    assert [(a.get("type"), a.find(f"{T}persName").get("ref")) for a in doc.iter(f"{T}correspAction")] == [
        ("sent", "#mao"), ("transmitted", "#roshchin"), ("received", "#stalin")]
    assert sent_when(doc) == "1950-02-14"
    assert doc.find(f".//{T}correspAction[@type='sent']/{T}note") is None
    quoted = doc.find(f".//{T}div/{T}quote/{T}floatingText/{T}body/{T}closer")
    assert lines(quoted) == [("signed", "Mao Zedong"), ("dateline", "11 February 1950")]


def test_the_word_for_year_after_a_roman_month(tmp_path):
    """"Warsaw, 5 II 1950 r.": the day, a roman month, the year and the word for "year" (the
    Cyrillic "г." read as a Latin "r."), a dateline; with the greeting and signature above it a
    closer (the three lines were paragraphs, the record dated by the page alone)."""
    [doc] = convert(tmp_path, "wilson-bierut-stalin-1950-02-05-roman-month-and-the-word-for-year.txt").values()
    div = doc.find(f".//{T}div")
    assert lines(div.find(f"{T}closer")) == [("salute", "With respect,"), ("signed", "B. Bierut"),
                                             ("dateline", "Warsaw, 5 II 1950 r.")]
    date = div.find(f"{T}closer/{T}dateline/{T}date")
    assert (date.text, date.get("when")) == ("5 II 1950", "1950-02-05")
    assert doc.find(f".//{T}correspAction[@type='sent']/{T}placeName").get("ref") == "#warsaw"


@pytest.mark.parametrize("line, when", [("5 II 1950 r.", "1950-02-05"), ("Sofia, 5.2.1950 g.", "1950-02-05"),
                                        ("5.2.1950 г.", "1950-02-05"), ("Warsaw, 5 II 1950 rest", None),
                                        ("5 II 50 r.", None)])  # (the word only after a year of four figures)
def test_a_dateline_with_the_word_for_year(line, when):
    from tei.dates import find_dates
    from tei.transforms.structure.lines import is_dateline

    assert [f.value.when for f in find_dates(line, context="1950-02-01")] == ([when] if when else [])
    assert is_dateline(line) is bool(when)
