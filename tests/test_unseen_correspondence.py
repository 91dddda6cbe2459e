"""Printed correspondence volumes and other real pages' forms: a wartime correspondence's
items ("No. 212" / date / "Personal and Secret from X to Y"), an editor's bracketed title, a
FRUS note mark set apart by a space, a middle initial inside a name."""

from __future__ import annotations

from tei.messages import Report

from source_helpers import T, convert, refused, text

VOLUME = "compilation-wartime-correspondence-1944.txt"
FRUS = "frus-web-kirk-acheson-1951-03-13-spaced-mark-middle-initial.txt"
BRACKETED = "works-web-stalin-1951-06-reply-in-editors-brackets.txt"


def test_correspondence_volume_items_parties_and_front_matter(tmp_path):
    report = Report()
    docs = convert(tmp_path, VOLUME, report=report)
    assert sorted(k[:27] for k in docs) == ["tg-1944-02-11-stalin-church", "tg-1944-03-02-roosevelt-sta"]
    doc = next(d for k, d in docs.items() if "churchill" in k)
    bibl = doc.find(f".//{T}sourceDesc/{T}bibl")
    assert text(bibl.find(f"{T}publisher")) == "Progress Publishers"
    assert bibl.find(f"{T}biblScope[@unit='volume']").get("n") == "3"
    assert bibl.find(f"{T}biblScope[@unit='item']").get("n") == "212"
    assert bibl.find(f"{T}pubPlace") is None  # ("Documents 1944" is no place and year)
    assert text(bibl.find(f"{T}title[@level='m']")).startswith("Exchanges of the Head of the Soviet Government")
    sent = doc.find(f".//{T}correspAction[@type='sent']")
    received = doc.find(f".//{T}correspAction[@type='received']")
    assert sent.find(f"{T}persName").get("ref") == "#stalin"
    assert received.find(f"{T}persName").get("ref") == "#churchill"
    # the point "2." inside the text; the volume's note mark out of the words, reported
    assert [p.get("n") for p in doc.iter(f"{T}p") if p.get("n")] == ["2"]
    assert "promised.17" not in "".join(doc.find(f".//{T}body").itertext())
    assert any(m.code == "missing-note" for m in report.messages)
    assert not any(m.code == "front-matter-text" for m in report.messages)
    other = next(d for k, d in docs.items() if "roosevelt" in k)
    assert other.find(f".//{T}correspAction[@type='sent']/{T}persName").get("ref") == "#roosevelt"
    assert other.find(f".//{T}standOff//{T}person[@{{http://www.w3.org/XML/1998/namespace}}id='roosevelt']"
                      f"/{T}idno").text == "Q8007"


def test_frus_note_mark_set_apart_by_a_space(tmp_path):
    report = Report()
    doc = next(iter(convert(tmp_path, FRUS, report=report).values()))
    note = next(n for n in doc.iter(f"{T}note") if n.get("place") == "foot" and n.get("n") == "1")
    assert text(note).startswith("Central organ")
    assert "Pravda" in text(note.getparent())
    assert not any("Central organ" in text(n) for n in doc.iter(f"{T}note") if n.get("place") != "foot")


def test_a_middle_initial_inside_a_name_is_one_person(tmp_path):
    doc = next(iter(convert(tmp_path, FRUS).values()))
    names = [text(p) for p in doc.find(f".//{T}body").iter(f"{T}persName")]
    assert "Warren R. Austin" in names and "Warren" not in names


def test_editors_bracketed_title_is_the_items_title(tmp_path):
    docs = convert(tmp_path, BRACKETED)
    reply = next(d for k, d in docs.items() if k.startswith("tg-1951-06-09-"))
    assert text(reply.find(f".//{T}titleStmt/{T}title[@type='main']")).startswith("Stalin to ")
    assert "I thank you for your friendly words" in "".join(reply.find(f".//{T}body").itertext())
    assert "Soviet News" not in "".join(reply.find(f".//{T}body").itertext())  # (where it was printed: the header's)
    assert len(docs) == 3


def test_a_page_of_one_item_headed_by_its_parties_alone_is_refused_saying_what_it_lacks(tmp_path):
    """A transcribed page of a printed volume (its header line, "X to Y" as its heading, a
    cable's text with "Stop" spelled out): no layout the converter reads; the message names the
    heading and what the page lacks."""
    [error], _ = refused(tmp_path, (
        "Page:Foreign-Cables-Volume II.djvu/41\n\nFrom an online library\nThis page has been proofread.\n\n"
        "Released under the records act, section 4\n\n"
        "Sukarno to Sec of State\n\n"
        "Enclosure #2 to despatch no. 312, dated December 3, 1945 from Consulate, Batavia.\n\n\n"
        "Sukarno President Indonesian Republic to His Excellency the Secretary of State Washington\n\n"
        "We protest landing of foreign troops on Java Stop We ask that the United States use its good "
        "offices comma as promised in the Charter comma to bring about negotiations Stop Respectfully Sukarno\n"))
    assert error.code == "unknown-format" and error.line == 8
    assert "'Sukarno to Sec of State'" in error.text and "no date, kind of message or item number" in error.text
