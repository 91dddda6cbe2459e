"""Real pages, round sixteen: what the converter misread or wrote silently, each with a source of
our own in tests/sources (the pages themselves are not ours to keep)."""

from __future__ import annotations

from lxml import etree
from source_helpers import T, convert, refused, text
from tei.messages import Report


def test_note_marks_after_a_cables_number_or_a_dates_comma_whose_notes_the_copy_lost(tmp_path):
    """A FRUS page copied without its notes (only the source note, bulleted, cut short): the marks
    glued after a number, "Ref Embtel 1405.1 Signed", "your message of November 20,2 and", are
    left out of the words, each said (`missing-note`); they stayed in the text silently."""
    report = Report()
    [root] = convert(tmp_path, "frus-web-state-embassy-1962-11-21-note-marks-after-numbers-notes-lost.txt",
                     report=report).values()
    div = root.find(f".//{T}div")
    assert text(div.find(f"{T}p")).startswith("1321. Ref Embtel 1405. Signed original")
    assert "message of November 20, and I welcome" in text(div)
    missing = [m.text for m in report.messages if m.code == "missing-note"]
    assert len(missing) == 2 and "note 1 " in missing[0] and "note 2 " in missing[1]


def test_a_letters_heading_over_its_dateline_with_the_place_is_a_page_of_one_letter(tmp_path):
    """"Letter From Chairman Khrushchev to President Eisenhower" / "Moscow, June 11, 1959." / "DEAR
    MR. PRESIDENT, ...", no citation (a scan's page without its running head): a page of one letter
    citing no source, its dateline the opener's.  It was read as a text of the works, "Moscow" the
    works' title and the first paragraph its citation: lost from the text, the letter undated."""
    report = Report()
    [root] = convert(tmp_path, "page-khrushchev-eisenhower-1959-06-11-letter-dateline-with-place-under-heading.txt",
                     report=report).values()
    sent = root.find(f".//{T}correspAction[@type='sent']")
    assert sent.find(f"{T}date").get("when") == "1959-06-11" and text(sent.find(f"{T}placeName")) == "Moscow"
    opener = root.find(f".//{T}div/{T}opener")
    assert [etree.QName(c).localname for c in opener] == ["dateline", "salute"]
    assert text(root.find(f".//{T}div/{T}p")).startswith("I have received your message")
    assert root.find(f".//{T}sourceDesc//{T}title[@level='m']") is None
    assert [m.code for m in report.messages if m.level == "warning"].count("no-citation") == 1


def test_an_archives_exhibition_page_quoting_a_telegram_is_refused_saying_what_it_is(tmp_path):
    """An archive's exhibition page: the document's description for a title ("Cipher telegram from
    X to Y on ..."), its date and archive, and a quotation from it, in quotation marks: refused
    saying that it describes and quotes the telegram (it was "matches none of the known layouts")."""
    page = ("The Common Struggle Against Fascism\nGeographic index:\n\n"
            "Cipher telegram from Vyacheslav Molotov to the Soviet ambassador in London Fedor Gusev on the "
            "agenda of the conference of foreign ministers\n\n14 September 1943\n"
            "Archive of Foreign Policy of the Russian Federation\n\n"
            "\"Tell Eden that we have no objection to his proposal to add to the agenda the question of the "
            "treatment of Germany. <...> The Soviet government insists, as before, that the first question "
            "be that of measures to shorten the war.\"\n")
    errors, written = refused(tmp_path, page)
    assert not written and len(errors) == 1
    assert "describes a telegram ('Cipher telegram from Vyacheslav Molotov" in errors[0].text
    assert "quotes from it (line 9)" in errors[0].text and errors[0].line == 9


def test_a_cable_under_its_markings_set_apart_by_a_dash_is_refused_saying_what_it_lacks(tmp_path):
    """A blog's translation of a cable under its form's line "CODED TELEGRAM – TOP SECRET" (the
    markings set apart by a dash) and routing, no heading or citation: refused pointing at that line,
    as a cable under its markings is (it was "matches none of the known layouts")."""
    page = ("The following is our translation of a coded telegram the ambassador sent to Moscow two days after "
            "his first meeting with the President; its header lists the copies sent to the leadership.\n"
            "CODED TELEGRAM – TOP SECRET\nFrom WASHINGTON 18:40 14 III 1942 Priority\nTO MOLOTOV.\n"
            "The Secretary of State received me today and asked whether we had any news of the Japanese "
            "intentions in the north. I said that we had none beyond what was in the newspapers, and he did not "
            "press the question further.\n")
    errors, written = refused(tmp_path, page)
    assert not written and len(errors) == 1
    assert "a cable's text under its markings or routing ('CODED TELEGRAM – TOP SECRET', line 2)" in errors[0].text
