"""Note marks a scraped page flattened to figures glued to a word, the notes at the page's end.

tests/sources/cable-nowak-winiewicz-1961-06-03-note-mark-glued-to-the-sender.txt: a ciphergram page
as the archive's site prints it (the date over the heading, the funder's line, the ciphergram's
number and times, "To:" and "From:" lines), the mark of note 1 glued to the sender's name on the
"From:" line ("[Ambassador Tadeusz] NOWAK1"), note 2's to a name in the text ("Kemal Orhan2"),
note 3's to the signature ("NOWAK3"), the notes "[1] ...", "[2] ...", "[3] ..." at the end; the
text has figures that are part of their words ("Tu-104", "B-29", "No.5", "1949", the code "X1").
"""

from __future__ import annotations

from lxml import etree

from source_helpers import SOURCES, T, convert_one, converted_page, parties, text

SOURCE = "cable-nowak-winiewicz-1961-06-03-note-mark-glued-to-the-sender.txt"


def _from_line(doc):
    return next(s for s in doc.iter(f"{T}seg") if s.get("type") == "address" and text(s).startswith("From:"))


def test_the_mark_glued_to_the_sender_is_a_note_not_part_of_his_name(tmp_path):
    doc = convert_one(tmp_path, SOURCE)
    sender = _from_line(doc)
    assert text(sender.find(f"{T}persName")) == "Ambassador Tadeusz NOWAK"
    assert [(n.get("n"), text(n)) for n in sender.findall(f"{T}note")] == [
        ("1", "Tadeusz Nowak, Polish ambassador in Turkey.")]
    assert parties(doc)[0] == ("sent", "#unresolved-tadeusz-nowak")
    assert "nowak1" not in etree.tostring(doc, encoding="unicode").lower()


def test_marks_in_the_text_and_the_signature_are_notes_the_figures_of_words_stay(tmp_path):
    doc = convert_one(tmp_path, SOURCE)
    div = doc.find(f".//{T}div")
    paragraph = next(p for p in div.iter(f"{T}p") if "Tu-104" in text(p))
    assert [(n.get("n"), text(n)) for n in paragraph.iter(f"{T}note")] == [
        ("2", "Kemal Orhan, a deputy minister of trade.")]
    words = "".join(t for t in paragraph.itertext() if t not in {text(n) for n in paragraph.iter(f"{T}note")})
    for kept in ("a Tu-104 of Aeroflot", "the B-29 bombers", "in 1949.", "house No.5 of", "Kemal Orhan told",
                 "the cipher X1 of"):
        assert kept in " ".join(words.split()), kept
    signed = div.find(f"{T}closer/{T}signed")
    assert signed.text.strip() == "NOWAK"
    assert [(n.get("n"), text(n)) for n in signed.findall(f"{T}note")] == [
        ("3", "The signature is in the ambassador's hand.")]
    # the notes are taken out of the text: no paragraph of theirs is left after it
    assert not [p for p in div.iter(f"{T}p") if text(p).startswith(("[1]", "1 ", "Tadeusz Nowak,"))]


def test_notes_numbered_with_a_stop_and_superscript_marks_are_read_alike(tmp_path):
    page = (SOURCES / SOURCE).read_text(encoding="utf-8")
    for n in "123":
        page = page.replace(f"\n[{n}] ", f"\n{n}. ")
    doc = converted_page(tmp_path, page.replace("NOWAK1\n", "NOWAK¹\n"), SOURCE)
    sender = _from_line(doc)
    assert text(sender.find(f"{T}persName")) == "Ambassador Tadeusz NOWAK"
    assert [n.get("n") for n in doc.find(f".//{T}div").iter(f"{T}note")] == ["1", "2", "3"]


def test_a_figure_no_note_on_the_page_numbers_stays_the_words(tmp_path):
    """Without the notes (a page cut before them) the figures are the words': nothing is taken."""
    page = (SOURCES / SOURCE).read_text(encoding="utf-8")
    doc = converted_page(tmp_path, page[:page.index("\n[1] ") + 1], SOURCE)
    assert text(_from_line(doc)) == "From: Ambassador Tadeusz NOWAK1"
    assert doc.find(f".//{T}div//{T}note") is None
    assert "Kemal Orhan2 told" in text(doc.find(f".//{T}div"))


def test_two_figures_a_note_could_number_are_left_as_they_are(tmp_path):
    """A note 1 with two words the figure 1 is glued to: which is its mark the page does not say."""
    page = (SOURCES / SOURCE).read_text(encoding="utf-8")
    doc = converted_page(tmp_path, page.replace("the cipher X1 of", "the cipher AX1 of"), SOURCE)
    assert text(_from_line(doc)) == "From: Ambassador Tadeusz NOWAK1"
    assert "cipher AX1 of" in text(doc.find(f".//{T}div"))
