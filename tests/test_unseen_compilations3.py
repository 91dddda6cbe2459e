"""Printed compilations in layouts the reader had not met (a third round).

tests/sources/ holds: a FRUS volume (a file line over each document, headings naming offices
with the holder in brackets, markings run into the dateline, the editor's "[Received ...]"); a
RIIA "Documents on International Affairs" (items lettered "(a)", the sender's office after his
name, a note on the heading); Degras's "Soviet Documents on Foreign Policy" (the date before the
heading, the newspaper that first printed the item under it); a bulletin whose items are headed
"DOCUMENT No. 12" and whose translator is named by "Introduction and translations by"; a Peking
book whose title runs over two lines in capitals above "Foreign Languages Press / Peking
(Beijing) 1958".
"""

from __future__ import annotations

from source_helpers import T, convert, lines, text


def test_frus_documents_offices_file_line_markings_and_receipt(tmp_path):
    docs = convert(tmp_path, "compilation-1976-frus-file-line-offices-received.txt")
    assert sorted(docs) == ["tg-1950-01-26-kirk-acheson-foreign-relations-united-states-1976",
                            "tg-1950-01-28-acheson-kirk-foreign-relations-united-states-1976"]
    first = docs["tg-1950-01-26-kirk-acheson-foreign-relations-united-states-1976"]
    sent, received = first.iter(f"{T}correspAction")
    # the person in brackets after the office; the office alone is its holder at the date
    assert sent.find(f"{T}persName").get("ref") == "#kirk"
    assert received.find(f"{T}persName").get("ref") == "#acheson"
    assert received.find(f"{T}date").get("when") == "1950-01-26T14:17:00"  # (with the time the editor gives)
    div = first.find(f".//{T}div")
    assert lines(div.find(f"{T}opener")) == [
        ("classification", "SECRET"), ("classification", "NIACT"), ("dateline", "MOSCOW, January 26, 1950—6 p.m."),
        ("transmission", "Received January 26—2:17 p.m.")]
    # the next document's file line is not this one's text; each keeps its own
    assert "793.00" not in text(div) and "761.00" not in text(div)
    notes = [n.text for n in first.iter(f"{T}note") if n.get("type") == "source"]
    assert "File: 761.00/1-2650: Telegram." in notes
    second = docs["tg-1950-01-28-acheson-kirk-foreign-relations-united-states-1976"]
    assert second.find(f".//{T}correspAction[@type='sent']/{T}persName").get("ref") == "#acheson"
    assert second.find(f".//{T}correspAction[@type='sent']/{T}date").get("when") == "1950-01-28"


def test_riia_lettered_items_with_the_senders_office_and_a_note_on_the_heading(tmp_path):
    docs = convert(tmp_path, "compilation-1953-riia-lettered-headings-note-on-heading.txt")
    assert sorted(docs) == ["tg-1950-02-24-zhou-enlai-vyshinsky-documents-international-affairs-1953", "tg-1950-02-25-vyshinsky-zhou-enlai-documents-international-affairs-1953"]
    first = docs["tg-1950-02-24-zhou-enlai-vyshinsky-documents-international-affairs-1953"]
    assert first.find(f".//{T}biblScope[@unit='item']").get("n") == "a"
    head = first.find(f".//{T}div/{T}head")
    assert text(head.find(f"{T}note")) == "Soviet News, 26 February 1950."
    assert first.find(f".//{T}div/{T}opener/{T}dateline") is not None
    assert "¹" not in first.findtext(f".//{T}title[@type='source']")


def test_degras_headings_dated_first_and_the_first_printing_under_each_item(tmp_path):
    docs = convert(tmp_path, "compilation-1955-degras-date-first-headings-first-printing-under-item.txt")
    assert sorted(docs) == ["tg-1950-08-26-stalin-kim-il-sung-soviet-documents-foreign-policy-1955",
                            "tg-1951-03-13-stalin-mao-soviet-documents-foreign-policy-1955"]
    first = docs["tg-1950-08-26-stalin-kim-il-sung-soviet-documents-foreign-policy-1955"]
    # (a newspaper's issue: its title and date; test_unseen_editions4)
    printed = first.find(f".//{T}relatedItem[@type='original']/{T}bibl")
    assert (printed.findtext(f"{T}title[@level='j']"), printed.find(f"{T}date").get("when")) == ("Pravda", "1950-08-27")
    assert "Pravda" not in text(first.find(f".//{T}body"))
    assert text(first.find(f".//{T}div/{T}closer/{T}signed")) == "J. STALIN"


def test_bulletin_translator_from_introduction_and_translations_and_document_number_not_in_title(tmp_path):
    docs = convert(tmp_path, "compilation-2004-bulletin-introduction-and-translations-by.txt")
    first = docs["tg-1950-11-08-zhou-enlai-stalin-cold-war-international-history-2004"]
    assert first.find(f".//{T}titleStmt/{T}respStmt/{T}persName").text == "Chen Jian"
    assert first.findtext(f".//{T}title[@type='source']") == \
        "Ciphered Telegram, Zhou Enlai to Filippov (Stalin), 8 November 1950"
    assert first.findtext(f".//{T}bibl/{T}title[@level='a']").startswith("Ciphered Telegram")
    assert first.find(f".//{T}biblScope[@unit='item']").get("n") == "12"
    assert text(first.find(f".//{T}div/{T}head")).startswith("DOCUMENT No. 12")  # (the head as printed)


def test_peking_title_over_two_lines_publisher_and_place_with_its_other_name(tmp_path):
    docs = convert(tmp_path, "compilation-1958-title-over-two-lines-publisher-above-place-with-pinyin.txt")
    first = docs["tg-1951-12-27-zhou-enlai-vyshinsky-selected-documents-sino-soviet-1958"]
    bibl = first.find(f".//{T}bibl[@type='witness']")
    assert bibl.findtext(f"{T}title[@level='m']") == "Selected Documents on Sino-Soviet Relations, 1949-1952"
    assert bibl.findtext(f"{T}publisher") == "Foreign Languages Press"
    assert bibl.findtext(f"{T}pubPlace") == "Peking (Beijing)"
    assert bibl.find(f"{T}date").text == "1958"
