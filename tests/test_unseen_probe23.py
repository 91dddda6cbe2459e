"""Real pages, round twenty-three: what the converter misread, each with a source or a page of
our own (the pages themselves are not ours to keep)."""

from __future__ import annotations

from source_helpers import T, convert, convert_one, text

BROKEN_AFTER_THE_DAY = "frus-web-kirk-acheson-1950-03-14-dateline-broken-after-the-day-received-twice.txt"


def test_a_frus_dateline_broken_after_its_day_is_one_dateline(tmp_path):
    """"Moscow, March 14," / "1950—6 p. m.": the page breaks the dateline after the day's comma;
    one dateline, dated to the hour (the year and hour were a paragraph of the text, the date
    taken from the file number)."""
    root = convert_one(tmp_path, BROKEN_AFTER_THE_DAY)
    dateline = root.find(f".//{T}div/{T}opener/{T}dateline")
    assert text(dateline) == "Moscow, March 14, 1950—6 p. m."
    assert dateline.find(f"{T}date").get("when") == "1950-03-14T18:00:00"
    assert not [p for p in root.iter(f"{T}p") if text(p).startswith("1950")]
    sent = root.find(f".//{T}correspAction[@type='sent']")
    assert sent.find(f"{T}date").get("when") == "1950-03-14" and sent.find(f"{T}note") is None


def test_the_received_line_the_page_gives_twice_is_read_once(tmp_path):
    """The page's text gives the editors' "[Received March 14—1:20 p. m.]" twice, one under the
    other: one transmission line in the opener (there were two)."""
    root = convert_one(tmp_path, BROKEN_AFTER_THE_DAY)
    segs = root.findall(f".//{T}div/{T}opener/{T}seg[@type='transmission']")
    assert [text(s) for s in segs] == ["Received March 14—1:20 p. m."]


UNFILED_LETTER = "frus-web-ambassador-secretary-1945-letter-without-file-line-forwarding-a-telegram.txt"


def test_a_frus_letter_printed_without_a_file_line_is_read(tmp_path):
    """A FRUS page whose heading, "The Soviet Ambassador (Gromyko) to the Secretary of State", has
    no file line over it (an embassy's letter handing in a telegram): read as FRUS, a letter from
    the ambassador, its "My Dear Mr. Secretary:" the salutation, "I am [etc.]" the leave-taking
    and the telegram it hands in a quotation (the page was refused: no layout known)."""
    root = convert_one(tmp_path, UNFILED_LETTER)
    sent = root.find(f".//{T}correspAction[@type='sent']/{T}persName")
    assert sent.get("ref") == "#gromyko"
    div = root.find(f".//{T}body/{T}div")
    assert div.get("type") == "letter"
    assert text(div.find(f"{T}opener/{T}salute")) == "My Dear Mr. Secretary:"
    assert text(div.find(f"{T}closer/{T}salute")) == "I am etc."
    assert text(div.find(f"{T}closer/{T}signed")) == "A. Gromyko"
    assert div.find(f"{T}quote[@rend='quoted']") is not None
    assert "Foreign Relations of the United States" in text(root.find(f".//{T}sourceDesc"))


def test_the_office_before_its_holder_in_brackets_is_no_pseudonym(tmp_path):
    """"The Soviet Ambassador (Gromyko)": "Ambassador" is the office, not a name Gromyko went by
    (it was tagged as his pseudonym, in the heading and wherever the text says "Ambassador")."""
    root = convert_one(tmp_path, UNFILED_LETTER)
    names = list(root.find(f".//{T}text").iter(f"{T}persName"))
    assert not [p for p in names if text(p) == "Ambassador"]
    assert "Gromyko" in [text(p) for p in names if p.get("ref") == "#gromyko"]  # (the holder is still found)


def test_a_possessive_is_not_part_of_the_name(tmp_path):
    """"Ambassador Sarper’s part in them": the unknown person is Sarper, his name tagged without
    the possessive (the provisional entry was "Sarper’s")."""
    root = convert_one(tmp_path, UNFILED_LETTER)
    sarper = [p for p in root.find(f".//{T}text").iter(f"{T}persName") if "sarper" in (p.get("ref") or "")]
    assert [(text(p), p.get("ref")) for p in sarper] == [("Sarper", "#unresolved-sarper")]


PDF_COPY = "wilson-pdf-copy-kovalev-filippov-1949-10-02-dated-title-line-contents-list-run-on.txt"


def test_a_record_pdf_s_heading_gives_its_date_before_the_title(tmp_path):
    """A copy of the record PDF's text: "October 2, 1949 Cable from Kovalev to Filippov [Stalin]",
    the date and title on one line, the citation's date without its month ("2, 1949"): dated
    2 October 1949 (it was undated)."""
    root = convert_one(tmp_path, PDF_COPY)
    sent = root.find(f".//{T}correspAction[@type='sent']")
    assert sent.find(f"{T}date").get("when") == "1949-10-02"
    assert text(root.find(f".//{T}titleStmt/{T}title[@type='source']")) == "Cable from Kovalev to Filippov [Stalin]"


def test_the_contents_list_is_not_the_text(tmp_path):
    """"Contents:" / "English Translation Scan of Original Document [handwritten: to Cde. Stalin]":
    the PDF's list of what the record holds, the editor's note of the handwriting run on to it;
    the list is not a paragraph of the text, the note is kept (the list was the text's first
    paragraph)."""
    root = convert_one(tmp_path, PDF_COPY)
    body = text(root.find(f".//{T}body"))
    assert "Translation" not in body and "Scan of Original" not in body
    note = root.find(f".//{T}body//{T}note[@type='annotation']")
    assert text(note) == "handwritten: to Cde. Stalin"


RUN_ON_CREDITS = "wilson-gromyko-stalin-1950-10-06-copy-without-blank-lines-address-in-small-letters.txt"


def test_the_funder_s_line_does_not_take_the_address_under_it(tmp_path):
    """A copy of the record's page without blank lines: "This document was made possible with
    support from Leon Levy Foundation" / "to Cde. I. V. STALIN". The credits are the funder's
    line alone, and "to Cde. I. V. STALIN" (in small letters) the telegram's address (it was
    read into the credits, one paragraph with them)."""
    root = convert_one(tmp_path, RUN_ON_CREDITS)
    credits = root.find(f".//{T}sourceDesc//{T}note[@type='credits']")
    assert text(credits) == "This document was made possible with support from Leon Levy Foundation"
    address = root.find(f".//{T}div/{T}opener/{T}seg[@type='address']")
    assert text(address) == "to Cde. I. V. STALIN" and address.find(f"{T}persName").get("ref") == "#stalin"


def test_a_signature_in_brackets_is_the_closer_s(tmp_path):
    """"(A. Gromyko)" over the date: the copy's signature in brackets, a known person's name,
    signs the telegram (it was a paragraph of the text)."""
    root = convert_one(tmp_path, RUN_ON_CREDITS)
    closer = root.find(f".//{T}div/{T}closer")
    assert text(closer.find(f"{T}signed")) == "(A. Gromyko)"
    assert closer.find(f"{T}dateline/{T}date").get("when") == "1950-10-06"
    assert not [p for p in root.find(f".//{T}body").iter(f"{T}p") if "Gromyko" in text(p)]


def test_a_record_pdf_s_text_run_into_one_paragraph_is_read(tmp_path):
    """A copy of the record PDF's text with the record's parts run into one paragraph ("...
    Declassified August 2, 1952 Cable, ... Citation: “...” Summary: ... Credits: ... Original
    Language: Chinese Contents: English Translation Chinese Transcription To Chairman Mao: ..."):
    each labelled part read as its own (the page was refused: no citation found), the contents
    list not the text's."""
    root = convert_one(tmp_path, "wilson-pdf-text-one-paragraph-zhou-mao-1952-08-02-labels-run-on.txt")
    assert [p.get("ref") for p in root.findall(f".//{T}correspAction/{T}persName")] == ["#zhou-enlai", "#mao"]
    assert root.find(f".//{T}correspAction[@type='sent']/{T}date").get("when") == "1952-08-02"
    bibl = root.find(f".//{T}sourceDesc/{T}bibl")
    assert text(bibl.find(f"{T}note[@type='citation']")).startswith("“Cable, Zhou Enlai to Chairman Mao [Zedong],”")
    assert text(bibl.find(f"{T}note[@type='credits']")) == "This document was made possible with support from the Henry Luce Foundation."
    assert text(root.find(f".//{T}abstract")) == "Zhou Enlai asks Mao to approve the list of the delegation's advisers."
    body = text(root.find(f".//{T}body"))
    assert body.startswith("To Chairman Mao:") and "Translation" not in body and "Transcription" not in body


TITLE_AND_FAMILY_NAME = "frus-web-chiang-roosevelt-undated-title-and-family-name-madame.txt"


def test_a_title_and_family_name_is_the_known_person_the_text_names_in_full(tmp_path):
    """"Generalissimo Chiang to President Roosevelt", signed "Chiang Kai-shek": the sender is
    Chiang Kai-shek, whom the authority file knows only in full (it was an unknown
    "Generalissimo Chiang", a provisional person)."""
    root = convert_one(tmp_path, TITLE_AND_FAMILY_NAME)
    assert root.find(f".//{T}correspAction[@type='sent']/{T}persName").get("ref") == "#chiang"
    assert root.find(f".//{T}head/{T}persName").get("ref") == "#chiang"
    assert "unresolved-generalissimo-chiang" not in text(root)


def test_madame_and_a_family_name_is_a_person_of_her_own(tmp_path):
    """"Madame Chiang joins me ...": his wife, a person of her own (provisional), not Chiang
    Kai-shek, whose family name it is."""
    root = convert_one(tmp_path, TITLE_AND_FAMILY_NAME)
    madame = [p for p in root.find(f".//{T}body").iter(f"{T}persName") if "Madame" in text(p)]
    assert [(text(p), p.get("ref")) for p in madame] == [("Madame Chiang", "#unresolved-madame-chiang")]


def test_a_page_s_heading_naming_the_addressee_first_over_two_lines_is_read(tmp_path):
    """An OCR'd page of a library's papers: "TRANSLATION" / "Telegram to the President" / "from
    Generalissimo Chiang Kai-shek" / "Chungking, January 2, 1942": the heading, the addressee
    before the sender and set over two lines, with its dateline; from Chiang Kai-shek to the
    President (Roosevelt at that date), at Chungking (the page was refused: no heading found)."""
    root = convert_one(tmp_path, "page-chiang-president-1942-01-02-ocr-translation-heading-over-two-lines.txt")
    sent = root.find(f".//{T}correspAction[@type='sent']")
    assert sent.find(f"{T}persName").get("ref") == "#chiang"
    assert sent.find(f"{T}placeName").get("ref") == "#chongqing"
    assert sent.find(f"{T}date").get("when") == "1942-01-02"
    assert root.find(f".//{T}correspAction[@type='received']/{T}persName").get("ref") == "#roosevelt"


def test_a_title_naming_the_addressee_first_gives_both_parties():
    """"Telegram to the President from Generalissimo Chiang Kai-shek": to the first, from the
    second."""
    from tei.transforms.correspondence import TO_FROM, _core
    match = TO_FROM.match(_core("Telegram to the President from Generalissimo Chiang Kai-shek"))
    assert (match.group("b"), match.group("a")) == ("the President", "Generalissimo Chiang Kai-shek")


def test_a_title_after_from_is_no_place(tmp_path):
    """"We learned from Dr. Hayter ...": "Dr" after "from" is a title, not a place the authority
    file may lack (it was reported as one)."""
    from tei.messages import Report
    report = Report()
    convert(tmp_path, BROKEN_AFTER_THE_DAY, report=report)
    assert not [m for m in report.messages if m.code == "unknown-place"]


BRACKETS_INSIDE = "wilson-stalin-kim-1949-03-02-annotation-over-lines-with-brackets-inside.txt"


def test_an_annotation_over_lines_with_the_editor_s_brackets_inside_is_one_note(tmp_path):
    """"[handwritten: a second copy" / "was sent to Moscow with inventory [opis’] Nº 12 of" / "4
    March 1949]" under the closer, in a copy without blank lines: one annotation, the editor's
    "[opis’]" inside it (its lines were three paragraphs after the signature)."""
    root = convert_one(tmp_path, BRACKETS_INSIDE)
    div = root.find(f".//{T}body/{T}div")
    note = div.find(f"{T}note[@type='annotation']")
    assert text(note).startswith("handwritten: a second copy was sent to Moscow with inventory opis’ Nº 12 of 4 March 1949")
    assert not [p for p in div.iter(f"{T}p") if "copy" in text(p) or "1949" in text(p) and "inventory" in text(p)]
    assert div.find(f"{T}closer/{T}dateline/{T}date").get("when") == "1949-03-02"


def test_an_address_to_mr_in_small_letters_and_the_place_under_it(tmp_path):
    """"to Mr. Kim Il Sung" / "Pyongyang" over the text: the address and the place under it (the
    first was the document's head, the place a paragraph)."""
    root = convert_one(tmp_path, BRACKETS_INSIDE)
    div = root.find(f".//{T}body/{T}div")
    assert div.find(f"{T}head") is None
    assert [text(s) for s in div.findall(f"{T}opener/{T}seg[@type='address']")] == ["to Mr. Kim Il Sung", "Pyongyang"]


SIGNED_AT_THE_INSTRUCTION = "wilson-kim-stalin-1950-08-15-letter-signed-at-the-instruction-place-over-the-date.txt"


def test_the_signer_s_mandate_and_the_place_over_the_date_are_the_closer_s(tmp_path):
    """"Devotedly yours," / "Kim Il Sung" / "at the instruction of the Political Council of the CC
    of the Workers' Party of Korea" / "Pyongyang" / "15 August 1950": the formula, the signature
    with the mandate he signs by under it, and one dateline, the place on its line over the date and the date
    (the place was read as the signature, the name and mandate as paragraphs)."""
    root = convert_one(tmp_path, SIGNED_AT_THE_INSTRUCTION)
    closer = root.find(f".//{T}body/{T}div/{T}closer")
    assert text(closer.find(f"{T}salute")) == "Devotedly yours,"
    [signed] = closer.findall(f"{T}signed")
    assert text(signed).startswith("Kim Il Sung") and "at the instruction of the Political Council" in text(signed)
    [dateline] = closer.findall(f"{T}dateline")
    assert text(dateline) == "Pyongyang 15 August 1950"
    assert dateline.find(f"{T}placeName").get("ref") == "#pyongyang"
    assert dateline.find(f"{T}date").get("when") == "1950-08-15"
    assert root.find(f".//{T}correspAction[@type='sent']/{T}placeName").get("ref") == "#pyongyang"
    assert not [p for p in root.find(f".//{T}body").iter(f"{T}p") if "Kim Il Sung" in text(p)]
