"""Real pages, round twenty-four: what the converter misread, each with a source or a page of
our own (the pages themselves are not ours to keep)."""

from __future__ import annotations

from source_helpers import T, convert, convert_one, text

from tei.sources.base import lines_to_blocks
from tei.transforms.structure.lines import cable_line, is_address, is_dateline, registry_line

TELEPHONE_MESSAGE = "wilson-stalin-kim-1949-04-20-telephone-message-form-office-under-address-clerks.txt"


def test_a_telephone_message_s_form_lines_and_address_are_the_opener(tmp_path):
    """"Telephone message via VCh" / "Amended text of a" / "telegram to Kim Il Sung" / "to Mr. Kim
    Il Sung" / "Chairman of the Cabinet of Ministers of" / "the Democratic People's Republic of
    Korea" / "Pyongyang": the form's name, what it says the message is (one line, the copy broke it
    after "a"), and the address, the addressee's office (one line) and place under his name (all
    were paragraphs of the text)."""
    root = convert_one(tmp_path, TELEPHONE_MESSAGE)
    opener = root.find(f".//{T}body/{T}div/{T}opener")
    assert [(s.get("type"), text(s)) for s in opener] == [
        ("form", "Telephone message via VCh"),
        ("form", "Amended text of a telegram to Kim Il Sung"),
        ("address", "to Mr. Kim Il Sung"),
        ("address", "Chairman of the Cabinet of Ministers of the Democratic People's Republic of Korea"),
        ("address", "Pyongyang"),
    ]
    assert text(root.find(f".//{T}body/{T}div/{T}p")).startswith("I have received your message")


def test_a_telephone_message_s_closing_lines_and_clerks_are_the_closer(tmp_path):
    """"I. STALIN" / his office / "[date left blank] April 1949" / "sent by Markov" / "received by
    Pavlova" / "20 April 1949" / "2217": the signature with the office, the dateline to the month
    (the editor's word on the blank day an annotation before it), the clerks' lines and their date
    (not the dateline) and the number it was filed under (all were paragraphs)."""
    root = convert_one(tmp_path, TELEPHONE_MESSAGE)
    div = root.find(f".//{T}body/{T}div")
    closer = div.find(f"{T}closer")
    assert [c.tag.split("}")[1] + (f":{c.get('type')}" if c.get("type") else "") for c in closer] == [
        "signed", "note:annotation", "dateline", "seg:transmission", "seg:transmission", "seg:transmission", "seg:number"]
    assert "Chairman of the USSR Council of Ministers" in text(closer.find(f"{T}signed"))
    assert text(closer.find(f"{T}note/{T}label")) == "date left blank"
    assert closer.find(f"{T}dateline/{T}date").get("when") == "1949-04"
    assert [text(s) for s in closer.findall(f"{T}seg")] == ["sent by Markov", "received by Pavlova", "20 April 1949", "2217"]
    assert not [p for p in div.iter(f"{T}p") if "STALIN" in text(p) or "Markov" in text(p)]
    # (the dateline still dates the telegram: the record's day, within the month the closer gives)
    assert root.find(f".//{T}correspAction[@type='sent']/{T}date").get("when") == "1949-04-20"


def test_the_clerks_lines_are_read_only_alone_on_their_lines():
    """"sent by Markov", "received by Pavlova" are the clerks' lines; a sentence saying a message was
    received by someone is not, nor is a line naming two words after "by" in small letters."""
    assert registry_line("sent by Markov") and registry_line("received by Pavlova")
    assert cable_line("received by Pavlova") == "transmission"
    assert not registry_line("The message was received by Stalin on the same day.")
    assert not registry_line("received by the embassy")
    assert is_dateline("[date left blank] April 1949") and not is_dateline("[date left blank]")


COVERING_NOTE = "wilson-gromyko-stalin-1950-10-09-covering-note-letter-by-post-salutation-over-two-lines.txt"


def test_a_covering_telegram_signed_by_its_writer_is_his_not_the_letter_s(tmp_path):
    """"Telegram, Gromyko to Cde. I.V. Stalin, Transmitting Letter from Kim Il Sung": Gromyko's own
    text ("I am sending by diplomatic post the original of a ... letter"), signed by him, the letter
    under it with its own closing lines and date: sent by Gromyko to Stalin, none transmitting (it
    was Kim Il Sung's, dated the day of Gromyko's telegram, Gromyko its intermediary)."""
    root = convert_one(tmp_path, COVERING_NOTE)
    assert [(a.get("type"), a.find(f"{T}persName").get("ref")) for a in root.iter(f"{T}correspAction")] == [
        ("sent", "#gromyko"), ("received", "#stalin")]
    assert root.find(f".//{T}correspAction[@type='sent']/{T}date").get("when") == "1950-10-09"
    enclosure = root.find(f".//{T}floatingText[@type='enclosure']/{T}body")
    assert enclosure.find(f"{T}closer/{T}dateline/{T}date").get("when") == "1950-10-02"


def test_the_enclosed_letter_s_salutation_over_two_lines_and_empty_annotation_open_it(tmp_path):
    """"[handwritten:]" / "Dear Cde." / "I. V. Stalin" over the enclosed letter: its opener, the
    annotation (the editor's label alone) and one salutation (they were three paragraphs, the
    annotation a supplied word)."""
    root = convert_one(tmp_path, COVERING_NOTE)
    body = root.find(f".//{T}floatingText[@type='enclosure']/{T}body")
    opener = body.find(f"{T}opener")
    assert [c.tag.split("}")[1] for c in opener] == ["note", "salute"]
    assert text(opener.find(f"{T}note/{T}label")) == "handwritten"
    assert text(opener.find(f"{T}salute")) == "Dear Cde. I. V. Stalin"
    assert opener.find(f"{T}salute/{T}persName").get("ref") == "#stalin"
    assert text(body.find(f"{T}p")).startswith("We thank you")


def test_a_number_the_hand_wrote_is_the_cable_s_number_not_a_signature(tmp_path):
    """"Nº [handwritten: 341/ag] [signature]" under the date: the number (it was a second
    signature)."""
    root = convert_one(tmp_path, COVERING_NOTE)
    closer = root.find(f".//{T}body/{T}div/{T}closer")
    [number] = closer.findall(f"{T}seg[@type='number']")
    assert text(number).startswith("Nº handwritten: 341/ag")
    assert [text(s) for s in closer.findall(f"{T}signed")] == ["(A. Gromyko)"]


GENERAL_STAFF_FORM = "wilson-pdf-copy-mao-filippov-1949-10-05-general-staff-form-run-on-copy-list.txt"


def test_a_pdf_copy_s_cable_form_lines_are_the_opener(tmp_path):
    """The General Staff's form in a copy of the record PDF's text, its columns run together:
    the directorate (a letterhead of nine words), "CABLE Nº 60112 TOP SECRET", the copy list on one
    line, "MOLNIYA KV" and "to FILIPPOV" (all were paragraphs of the text)."""
    root = convert_one(tmp_path, GENERAL_STAFF_FORM)
    opener = root.find(f".//{T}body/{T}div/{T}opener")
    assert [s.get("type") for s in opener] == ["classification", "number", "distribution", "classification", "address"]
    assert text(opener[0]) == "SECOND DIRECTORATE OF THE USSR ARMED FORCES GENERAL STAFF"
    assert text(opener[-1]) == "to FILIPPOV"
    # ("Cde." before a name in the copy list is no person's name)
    assert not [p for p in root.iter(f"{T}persName") if "unresolved" in (p.get("ref") or "")]


def test_the_form_s_lines_with_their_columns_run_together():
    assert cable_line("CABLE Nº 60112 TOP SECRET") == "number"
    assert cable_line("SECOND DIRECTORATE OF THE USSR ARMED FORCES GENERAL STAFF") == "classification"
    assert cable_line("Copy Nº 1 to Cde. Stalin Copy Nº 2 to Cde. Molotov") == "distribution"
    assert cable_line("MOLNIYA") == "classification"
    assert cable_line("Telephone message via VCh") == "form"
    assert cable_line("The troops are secret") is None


OCR_TRANSLATION = "page-chiang-president-1942-01-05-ocr-translation-mr-president-lines-ending-in-a-comma-or-preposition.txt"


def test_mr_president_with_a_colon_is_the_salutation(tmp_path):
    """"Mr. President:" over the text: a salutation (it was an address, "Mr." read as a place)."""
    root = convert_one(tmp_path, OCR_TRANSLATION)
    opener = root.find(f".//{T}body/{T}div/{T}opener")
    assert text(opener.find(f"{T}salute")) == "Mr. President:" and opener.find(f"{T}seg") is None
    assert not is_address("Mr. President:") and is_address("Beijing, Soviet Ambassador.")


def test_an_ocr_line_ending_in_a_comma_or_a_preposition_goes_on(tmp_path):
    """"... to be held in" / "Washington, and will ..." and "... Mr. T. V. Soong," / "our Minister
    ...": the paragraph goes on (each was cut in two there)."""
    root = convert_one(tmp_path, OCR_TRANSLATION)
    paragraphs = [text(p) for p in root.find(f".//{T}body/{T}div").findall(f"{T}p")]
    assert len(paragraphs) == 2
    assert "to be held in Washington, and will" in paragraphs[0]
    assert "Mr. T. V. Soong, our Minister" in paragraphs[1]


def test_a_short_line_ending_in_a_comma_still_ends_its_paragraph():
    """An address line ending with a comma over the text stays a line of its own."""
    blocks = lines_to_blocks([(1, "Chairman Stalin,"), (2, "the text begins here in small letters.")])
    assert len(blocks) == 2


RUN_ON_TEXT = "wilson-pdf-text-one-paragraph-zhou-mao-1952-08-12-address-closing-and-notes-run-on.txt"


def test_a_text_run_into_the_record_s_paragraph_is_parted(tmp_path):
    """A copy of the record PDF's text, run into one paragraph: the address up to its colon (the
    archive's note mark after it), the text, "Humbly submitted," / "Zhou Enlai" / "August 12" the
    closer, and the notes "[1] ..." "[2] ..." at their marks (all was one paragraph)."""
    root = convert_one(tmp_path, RUN_ON_TEXT)
    div = root.find(f".//{T}body/{T}div")
    address = div.find(f"{T}opener/{T}seg[@type='address']")
    assert text(address).startswith("To the Chairman Mao Zedong and Comrades Liu Shaoqi and Zhu De:")
    assert address.find(f"{T}note").get("n") == "1"
    [p] = div.findall(f"{T}p")
    assert text(p).startswith("The draft statement on the railway is attached.") and "Humbly" not in text(p)
    assert p.find(f"{T}note").get("n") == "2" and "approved the draft" in text(p.find(f"{T}note"))
    closer = div.find(f"{T}closer")
    assert text(closer.find(f"{T}salute")) == "Humbly submitted,"
    assert closer.find(f"{T}signed/{T}persName").get("ref") == "#zhou-enlai"
    assert closer.find(f"{T}dateline/{T}date").get("when") == "1952-08-12"


def test_a_title_naming_the_addressee_then_his_office_after_a_comma(tmp_path):
    """"Telegram to Podvoisky, Chairman of the Supreme Military Inspectorate" (a volume of works on
    the web): the recipient the person, provisional, his office in the entry's note (it was one
    unknown body of the whole)."""
    root = convert_one(tmp_path, "works-stalin-podvoisky-1918-09-12-name-then-office-after-a-comma.txt")
    received = root.find(f".//{T}correspAction[@type='received']")
    assert received.find(f"{T}orgName") is None
    assert received.find(f"{T}persName").get("ref") == "#unresolved-podvoisky"
    entry = root.find(f".//{T}standOff//{T}person[@{{http://www.w3.org/XML/1998/namespace}}id='unresolved-podvoisky']")
    assert "Chairman of the Supreme Military Inspectorate" in text(entry.find(f"{T}note"))


def test_a_run_on_text_signed_with_the_hour_and_a_note_glued_to_its_mark(tmp_path):
    """"... before the talks begin. Mao Zedong 10:00 p.m., 9 January [1950] [1]The delegation ...":
    no formula, the signature and the dateline at the end of the run-on text, and the note whose
    words are glued to its mark at its mark in the text (all was one paragraph)."""
    root = convert_one(tmp_path, "wilson-pdf-text-one-paragraph-mao-liu-1950-01-09-signed-with-hour-note-glued.txt")
    div = root.find(f".//{T}body/{T}div")
    [p] = div.findall(f"{T}p")
    assert text(p.find(f"{T}note")) == "The delegation left Beijing for Moscow on 10 January 1950."
    assert "Mao Zedong" not in text(p)
    closer = div.find(f"{T}closer")
    assert closer.find(f"{T}signed/{T}persName").get("ref") == "#mao"
    assert closer.find(f"{T}dateline/{T}date").get("when") == "1950-01-09T22:00:00"


def test_a_draft_under_a_covering_note_that_says_here_is_it_is_its_enclosure(tmp_path):
    """"Here is a notice to the party committees I have just drafted. ..." / "Mao Zedong" / "7:00
    a.m., 20 February [1950]" / "To All Central Committee Bureaus and Sub-Bureaus:" / the draft /
    "Central Committee" / "21 February [1950]": the note's closer and the draft an enclosure with
    its address and closing lines (the note's signature and date were paragraphs, the draft's date
    the telegram's dateline, contradicting the record's date)."""
    root = convert_one(tmp_path, "wilson-mao-liu-1950-02-20-covering-note-here-is-a-draft-under-it.txt")
    div = root.find(f".//{T}body/{T}div")
    closer = div.find(f"{T}closer")
    assert closer.find(f"{T}signed/{T}persName").get("ref") == "#mao"
    assert closer.find(f"{T}dateline/{T}date").get("when") == "1950-02-20T07:00:00"
    body = div.find(f"{T}floatingText[@type='enclosure']/{T}body")
    assert text(body.find(f"{T}opener/{T}seg[@type='address']")) == "To All Central Committee Bureaus and Sub-Bureaus:"
    assert text(body.find(f"{T}closer/{T}signed")) == "Central Committee"
    assert body.find(f"{T}closer/{T}dateline/{T}date").get("when") == "1950-02-21"
    sent = root.find(f".//{T}correspAction[@type='sent']")
    assert sent.find(f"{T}date").get("when") == "1950-02-20" and sent.find(f"{T}note") is None
    assert [text(p) for p in div.findall(f"{T}p")] == [
        "Here is a notice to the party committees I have just drafted. Please read it over when you receive it and send it out at once."]


def test_a_marking_on_its_own_line_over_the_parties_is_the_item_s_heading(tmp_path):
    """"No. 303" / "Received on January 14, 1944" / "Personal and Most Secret" / "Message from Mr
    Winston Churchill to Marshal Stalin" (a page of the wartime correspondence): an item of its own,
    its heading the marking and the parties, the day it came its received date (its lines ran on as
    paragraphs of the item above, whose date under its text was no longer its closer's)."""
    out = convert(tmp_path, "compilation-correspondence-1944-01-marking-on-its-own-line-over-the-parties.txt")
    heads = {text(root.find(f".//{T}body/{T}div/{T}head")): root for root in out.values()}
    assert sorted(heads) == [
        "No. 301 Personal Message from Mr W. Churchill to Marshal Stalin",
        "No. 302 Personal Message from Premier J. V. Stalin to the Prime Minister, Mr Winston Churchill",
        "No. 303 Personal and Most Secret Message from Mr Winston Churchill to Marshal Stalin"]
    third = heads["No. 303 Personal and Most Secret Message from Mr Winston Churchill to Marshal Stalin"]
    assert third.find(f".//{T}correspAction[@type='received']/{T}date").get("when") == "1944-01-14"
    assert third.find(f".//{T}correspAction[@type='sent']/{T}persName").get("ref") == "#churchill"
    second = heads["No. 302 Personal Message from Premier J. V. Stalin to the Prime Minister, Mr Winston Churchill"]
    assert second.find(f".//{T}body/{T}div/{T}closer/{T}dateline/{T}date").get("when") == "1944-01-11"
    assert not [p for p in second.iter(f"{T}p") if "Most Secret" in text(p)]


PARTIES_MARKED = "frus-web-churchill-truman-undated-parties-marked-quoting-a-reply-mark-run-into-the-day.txt"


def test_the_parties_then_the_marking_and_number_are_a_line_of_the_cable(tmp_path):
    """"Prime Minister to President Truman. Personal and top secret. Number 71." over the text
    (a FRUS conference volume's document from a person's papers): a marking line of the opener (it
    was the text's first paragraph)."""
    root = convert_one(tmp_path, PARTIES_MARKED)
    div = root.find(f".//{T}body/{T}div")
    assert [(s.get("type"), text(s)) for s in div.find(f"{T}opener")] == [
        ("classification", "top secret"),
        ("classification", "Prime Minister to President Truman. Personal and top secret. Number 71.")]
    assert text(div.find(f"{T}p")).startswith("I have sent the following reply")
    assert cable_line("Stalin to Mao personal reasons are given.") is None


def test_a_note_s_mark_run_into_the_day_of_a_date(tmp_path):
    """"his message of June 42 on the meeting place", the page's list having a note 2 and the text
    no other mark 2: the day 4 and the note's mark (the note went to the header, "The source prints
    no mark for this note")."""
    root = convert_one(tmp_path, PARTIES_MARKED)
    p = root.find(f".//{T}body/{T}div/{T}p")
    assert "message of June 4 on the meeting place" in text(p).replace("See document No. 402, footnote 3.", "")
    assert text(p.find(f"{T}note")) == "See document No. 402, footnote 3."
    assert "prints no mark" not in text(root.find(f".//{T}sourceDesc"))


def test_a_quotation_whose_last_mark_has_a_note_after_it_is_one_quote(tmp_path):
    """'“Prime Minister to Premier Stalin Personal and top secret.' / 'I have received ... small
    staff.”3': the message quoted over two paragraphs, the note at the mark after the closing
    quotation mark (the paragraphs were the telegram's own, the marks left in them)."""
    root = convert_one(tmp_path, PARTIES_MARKED)
    quote = root.find(f".//{T}body/{T}div/{T}quote[@rend='quoted']")
    paragraphs = quote.findall(f"{T}p")
    assert text(paragraphs[0]) == "Prime Minister to Premier Stalin Personal and top secret."
    assert text(paragraphs[1]).startswith("I have received your message of June 4.")
    assert paragraphs[1].find(f"{T}note").get("n") == "3"


def test_a_long_marking_line_with_the_parties_and_a_note_s_mark_after_it(tmp_path):
    """"Prime Minister to President Roosevelt Personal and Top Secret Number 884, yours number
    702.2" (longer than a cable's other lines, a note's mark after it): the opener's marking line, the
    note in it (it was the text's first paragraph; in the opener, the note went after it, outside any
    line, which the schema refuses)."""
    root = convert_one(tmp_path, "frus-web-churchill-roosevelt-undated-long-marking-line-with-note-mark.txt")
    opener = root.find(f".//{T}body/{T}div/{T}opener")
    line = opener[-1]
    assert line.get("type") == "classification"
    assert text(line).startswith("Prime Minister to President Roosevelt Personal and Top Secret Number 884, yours number 702.")
    assert text(line.find(f"{T}note")) == "Supra."
    assert root.find(f".//{T}body/{T}div/{T}note") is None
