"""Telegrams of forms the converter had not seen (twelfth round of real pages: Mongolian,
Bulgarian and Czechoslovak correspondents): a web page's title over three lines with the holder
after a dash and his rank, a surname in the "-off" transliteration, FRUS file lines with a
subject or a country's letter in the decimal number, a note's mark glued after an accented
letter."""

from __future__ import annotations

from source_helpers import T, convert, text
from tei.messages import Report


def one(tmp_path, name):
    [root] = convert(tmp_path, name).values()
    return root


def test_a_title_over_three_lines_with_the_holder_after_a_dash(tmp_path):
    """"Reply Telegram to the Chairman of the" / "Presidium of the Little Khural of the Mongolian"
    / "People's Republic - Marshal Bumtsend": one title (the page was refused, no telegram found);
    the holder is the recipient, without his rank, his office without the dash."""
    root = one(tmp_path, "works-stalin-bumtsend-1948-11-14-title-over-three-lines-holder-after-a-dash.txt")
    assert text(root.find(f".//{T}titleStmt/{T}title[@type='source']")) == (
        "Reply Telegram to the Chairman of the Presidium of the Little Khural of the Mongolian People's "
        "Republic - Marshal Bumtsend")
    received = root.find(f".//{T}correspAction[@type='received']/{T}persName")
    assert text(received) == "Bumtsend"
    entry = root.find(f".//{T}standOff//{T}person[@{{http://www.w3.org/XML/1998/namespace}}id='{received.get('ref')[1:]}']")
    note = text(entry.find(f"{T}note"))
    assert "Chairman of the Presidium of the Little Khural of the Mongolian People's Republic)" in note, note
    assert root.find(f".//{T}correspAction[@type='sent']/{T}date").get("when") == "1948-11-14"


def test_a_surname_in_the_off_transliteration_is_the_known_person(tmp_path):
    """"Vassil Kolaroff" (the French or German transliteration of Kolarov) is Kolarov of the
    authority file, in the title and in the text (a provisional "Vassil Kolaroff" before)."""
    root = one(tmp_path, "works-stalin-kolarov-1947-05-24-surname-in-off-transliteration.txt")
    assert root.find(f".//{T}correspAction[@type='received']/{T}persName").get("ref") == "#kolarov"
    named = [p for p in root.iter(f"{T}persName") if "Kolaroff" in text(p)]
    assert named and all(p.get("ref") == "#kolarov" for p in named)
    assert root.find(f".//{T}person[@cert='low']") is None


def test_a_frus_file_line_with_a_subject_after_the_decimal_number(tmp_path):
    """"740.00119 Control (Austria)/4–1553: Telegram" is the file line (the page matched no
    layout): the file number kept, the date it ends in the telegram's."""
    root = one(tmp_path, "frus-web-thompson-dulles-1953-04-15-file-line-with-a-subject.txt")
    assert root.findtext(f".//{T}idno[@type='file']") == "740.00119 Control (Austria)/4–1553"
    assert root.find(f".//{T}correspAction[@type='sent']/{T}date").get("when") == "1953-04-15"
    assert root.findtext(f".//{T}idno[@type='telegram']") == "2874"
    # (the Secretary of State in April 1953: Dulles, whose term the authority file now gives;
    # Acheson's ended in January 1953)
    assert root.find(f".//{T}correspAction[@type='received']/{T}persName").get("ref") == "#dulles"


def test_a_note_mark_glued_after_an_accented_letter(tmp_path):
    """"Šrámek1": the mark of note 1 after "k" was found, but "Beneš2" (after "š") stayed in the
    word, though the copy lacks the notes of both; a country's letter in the file number,
    "860F.00/6–1247", is read as well (the page matched no layout)."""
    report = Report()
    [root] = convert(tmp_path, "frus-web-bruins-marshall-1947-06-12-mark-after-an-accented-letter.txt",
                     report=report).values()
    assert root.findtext(f".//{T}idno[@type='file']") == "860F.00/6–1247"
    body = text(root.find(f".//{T}body"))
    assert "President Beneš had assured" in body and "Šrámek told" in body
    missing = [str(m) for m in report.messages if "missing-note" in str(m)]
    assert len(missing) == 2 and any("Beneš2" in m for m in missing), missing
