"""Real pages, round sixteen: what the converter misread or wrote silently, each with a source of
our own in tests/sources (the pages themselves are not ours to keep)."""

from __future__ import annotations

from source_helpers import T, convert, text
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
