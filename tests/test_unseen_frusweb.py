"""FRUS documents as history.state.gov prints them, one a page, the page's text copied (the
frus-web reader): file line, heading, markings, dateline, receipt, the telegram's number, page
breaks, notes and their marks, the witness."""

from __future__ import annotations

from tei.sources import sniff
from source_helpers import SOURCES, T, convert, convert_one, lines, text

RECEIVED = "frus-web-kirk-acheson-1951-03-08-file-date-received-page-notes.txt"
TWO_LINES = "frus-web-acheson-embassy-1950-09-14-dateline-over-two-lines-bullet-notes.txt"
RENUMBERED = "frus-web-kirk-acheson-1950-10-19-volume-numbers-as-marks.txt"
PERSONNEL = "frus-web-acheson-kirk-1951-05-22-personnel-file-mark-without-note.txt"


def _bibl(doc):
    return doc.find(f".//{T}sourceDesc/{T}bibl")


def _sent(doc):
    return doc.find(f".//{T}correspAction[@type='sent']")


def test_a_page_is_sniffed_as_frus_web_and_the_current_sources_are_not():
    for name in (RECEIVED, TWO_LINES, RENUMBERED, PERSONNEL):
        assert sniff((SOURCES / name).read_text()) == "frus-web", name
    from tei.textio import read_source

    for path in sorted(SOURCES.iterdir()):
        if not path.name.startswith("frus-web-") and path.suffix in (".txt", ".md"):
            assert sniff(read_source(path)[0]) != "frus-web", path.name  # (read as the converter reads it)


def test_file_line_is_an_idno_and_its_date_dates_an_undated_page(tmp_path):
    doc = convert_one(tmp_path, RECEIVED)
    assert [(i.get("type"), i.text) for i in _bibl(doc).iter(f"{T}idno")] == [("telegram", "1422"), ("file", "661.00/3–851")]
    date = _sent(doc).find(f"{T}date")
    assert (date.get("when"), date.get("evidence"), date.get("resp")) == ("1951-03-08", "internal", "#encoder")
    assert "661.00/3–851" in text(_sent(doc).find(f"{T}note"))


def test_a_dateline_over_two_lines_wins_over_the_file_date(tmp_path):
    doc = convert_one(tmp_path, TWO_LINES)
    opener = doc.find(f".//{T}opener")
    assert lines(opener) == [("classification", "restricted"), ("dateline", "Washington, September 14, 1950—7 p. m.")]
    date = _sent(doc).find(f"{T}date")
    assert date.get("when") == "1950-09-14" and date.get("evidence") is None
    assert _sent(doc).find(f"{T}placeName").get("ref") == "#washington"


def test_heading_offices_markings_receipt_and_the_telegram_number(tmp_path):
    doc = convert_one(tmp_path, RECEIVED)
    assert doc.find(f".//{T}author").get("ref") == "#kirk"
    assert doc.find(f".//{T}correspAction[@type='received']/{T}persName").get("ref") == "#acheson"
    assert doc.find(f".//{T}correspAction[@type='received']/{T}date").get("when") == "1951-03-08T09:12:00"
    opener = doc.find(f".//{T}opener")
    assert [t for t, _ in lines(opener)] == ["classification", "transmission"]
    first = doc.find(f".//{T}div/{T}p")
    assert first.get("n") is None and text(first).startswith("1422. Soviet press")
    assert text(doc.find(f".//{T}closer/{T}signed")) == "Kirk"


def test_page_break_notes_at_their_marks_and_the_heading_note(tmp_path):
    doc = convert_one(tmp_path, RECEIVED)
    body = doc.find(f".//{T}body")
    assert body.find(f".//{T}pb").get("n") == "1087"
    head = body.find(f".//{T}head")
    assert text(head.find(f"{T}note")) == "Repeated to London and Paris."
    note = body.find(f".//{T}p/{T}note")
    assert note.get("n") == "2" and text(note).startswith("Andrey Yanuaryevich Vyshinsky")
    assert "Vyshinsky2" not in text(body) and "State 1" not in text(body)
    # (the routing over the signature is a closing line of transmission)
    assert any(text(s).startswith("Department pass London, Paris. Repeated information London 88")
               for s in body.iterfind(f".//{T}closer/{T}seg[@type='transmission']"))


def test_bulleted_notes_and_the_volume_cited_on_the_page(tmp_path):
    doc = convert_one(tmp_path, TWO_LINES)
    notes = doc.findall(f".//{T}body//{T}note")
    assert [n.get("n") for n in notes] == ["1", "2"]
    assert text(notes[1]).startswith("The Embassy reported delivery") and "↩" not in text(notes[1])
    assert "Gromyko1" not in text(doc.find(f".//{T}body"))
    bibl = _bibl(doc)
    assert bibl.find(f"{T}title[@level='m']").text == "Foreign Relations of the United States, 1950"
    assert bibl.find(f"{T}biblScope[@unit='volume']").get("n") == "IV"
    assert bibl.find(f"{T}publisher").text == "United States Government Printing Office"
    assert "Office of the Historian" in text(bibl.find(f"{T}relatedItem"))


def test_the_volume_id_in_the_page_address(tmp_path):
    bibl = _bibl(convert_one(tmp_path, RECEIVED))
    assert bibl.find(f"{T}title[@level='m']").text == "Foreign Relations of the United States, 1951"
    assert bibl.find(f"{T}biblScope[@unit='volume']").get("n") == "IV"
    assert bibl.find(f"{T}ref").get("target") == "https://history.state.gov/historicaldocuments/frus1951v04p2/d512"


def test_the_volumes_note_numbers_as_marks_take_the_listed_notes_in_order(tmp_path):
    doc = convert_one(tmp_path, RENUMBERED)
    body = doc.find(f".//{T}body")
    notes = body.findall(f".//{T}note")
    assert [(n.get("n"), text(n).split(",")[0]) for n in notes] == [
        ("1", "Georgy Maksimilianovich Malenkov"), ("2", "Vyacheslav Mikhailovich Molotov")]
    assert "117" not in text(body) and "118" not in text(body)
    bibl = _bibl(doc)
    assert bibl.find(f"{T}title[@level='m']").text == "Foreign Relations of the United States"
    assert bibl.find(f"{T}biblScope") is None


def test_a_personnel_file_line_and_a_mark_whose_note_the_copy_lacks(tmp_path):
    from tei.messages import Report
    report = Report()
    docs = convert(tmp_path, PERSONNEL, report=report)
    doc = next(iter(docs.values()))
    assert [(i.get("type"), i.text) for i in _bibl(doc).iter(f"{T}idno")] == [("telegram", "731"), ("file", "123 Kirk, Alan G.")]
    assert _sent(doc).find(f"{T}date").get("when") == "1951-05-22"
    assert doc.find(f".//{T}correspAction[@type='received']/{T}persName").get("ref") == "#kirk"
    assert "Under Secretary beginning" in text(doc.find(f".//{T}body"))
    assert any(m.code == "missing-note" for m in report.messages)
