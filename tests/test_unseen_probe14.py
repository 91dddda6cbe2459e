"""Telegrams of forms the converter had not seen (fourteenth round of real pages: pages that cite
no source, a Soviet cable's closing lines of 1945, FRUS's letters and excerpts, an office as the
sender, pages no layout reads told what they are)."""

from __future__ import annotations

from lxml import etree
from source_helpers import T, convert, lines, refused, text, witness
from tei.messages import Report


def test_a_blog_copy_of_a_record_without_its_citation_converts_saying_so(tmp_path):
    """A blog's copy of an archive's record (the blog's date and title above, the record's date
    over its title "Telegram, X to Y", the text, the record's description and author list, "No
    comments:" / "Post a Comment" under it): no layout read it (no citation); now converted with a
    warning, the witness's description saying that the source is not cited."""
    report = Report()
    [root] = convert(tmp_path, "page-liu-mao-1949-08-02-blog-copy-without-citation.txt", report=report).values()
    missing = [m for m in report.messages if m.code == "no-citation"]
    assert len(missing) == 1 and missing[0].line == 7
    assert root.find(f".//{T}correspAction[@type='sent']/{T}persName").get("ref") == "#liu-shaoqi"
    assert root.find(f".//{T}correspAction[@type='received']/{T}persName").get("ref") == "#mao"
    assert root.find(f".//{T}correspAction[@type='sent']/{T}date").get("when") == "1949-08-02"
    bibl = witness(root)
    assert text(bibl.find(f"{T}title[@level='a']")) == "Telegram, Liu Shaoqi to Mao Zedong"
    assert "cites no source" in text(bibl.find(f"{T}note[@type='uncited']"))
    assert bibl.find(f"{T}title[@level='m']") is None
    assert text(root.find(f".//{T}abstract")).startswith("Liu Shaoqi reports")
    assert [k for k, _ in lines(root.find(f".//{T}closer"))] == ["signed", "dateline"]
    body = text(root.find(f".//{T}body"))
    assert "Post a Comment" not in body and "Liu, Shaoqi" not in body and "Saturday" not in body


def test_a_course_readers_page_of_a_cable_with_its_date_under_the_heading(tmp_path):
    """"Cable from X to Y" over "April 4, 1951" and the text: the title layout of the works took
    the text for the citation and said the title was "not followed by any text"."""
    [root] = convert(tmp_path, "page-zhou-wang-1951-04-04-course-reader-without-citation.txt").values()
    assert root.find(f".//{T}correspAction[@type='received']/{T}persName").get("ref") == "#wang-jiaxiang"
    assert root.find(f".//{T}correspAction[@type='sent']/{T}date").get("when") == "1951-04-04"
    assert witness(root).find(f"{T}note[@type='uncited']") is not None
    assert "Soviet Foreign Ministry" in text(root.find(f".//{T}body"))


def test_a_works_page_naming_no_works_cites_no_source(tmp_path):
    """A page of the works on the web with no works named and no "Source:" (the title "To the
    President of ...", the site's "1952-09-07 ru:marxists.org" line over the date, the newspaper
    under the signature): it matched no layout; now its title is the item's, the tag line the
    site's, and the witness says that the page cites no source (not "Works")."""
    report = Report()
    [root] = convert(tmp_path, "works-web-stalin-gottwald-1952-09-no-source-original-tag.txt", report=report).values()
    assert [m.line for m in report.messages if m.code == "no-citation"] == [3]
    assert root.find(f".//{T}correspAction[@type='sent']/{T}persName").get("ref") == "#stalin"
    assert root.find(f".//{T}correspAction[@type='sent']/{T}date").get("when") == "1952-09"
    bibl = witness(root)
    assert bibl.find(f"{T}title[@level='m']") is None and bibl.find(f"{T}note[@type='uncited']") is not None
    assert "Pravda" in text(bibl.find(f"{T}relatedItem[@type='original']"))
    assert "ru:marxists" not in text(root.find(f".//{T}body"))


def test_a_title_over_a_text_with_no_citation_and_no_date_is_refused_saying_so(tmp_path):
    """A title over the text, no citation and no date beside it: the message says the citation
    (or the date) is missing, not that the title is "not followed by any text"."""
    [error], written = refused(tmp_path, (
        "Telegram from Acheson to the U.S. Consulate in Hanoi\n\n\n"
        "In light of the background of the leaders, no other assumption is possible but that the movement "
        "is directed from abroad so long as it fails to repudiate its connections.\n\n"
        "Following is for your information only.\n"))
    assert not written and error.line == 1
    assert "no citation under the title" in error.text and "not followed by any text" not in error.text


def test_a_wilson_record_with_an_empty_source_says_so_in_its_description(tmp_path):
    """The record whose "Source" is empty (converted with a warning): its description says that
    the archive it cites is not given."""
    [root] = convert(tmp_path, "wilson-stalin-dimitrov-1945-12-03-empty-source-cipher-unit-copy.txt").values()
    assert "'Source' is empty" in text(witness(root).find(f"{T}note[@type='uncited']"))


def test_a_soviet_cables_number_and_signature_and_the_clerks_lines_close_it(tmp_path):
    """The cipher office's closing lines of 1945: "Nº 1544/sh STALIN" (the cable's number and the
    signature on one line), the date, "VKP(b) CC", "19 February 1946 Authenticated: (Sokolova)"
    and "1p [signature]" (the clerk's lines): the closer, where all stayed paragraphs; and
    "Warsaw, Lebedev for President Bierut" in the title names the ambassador who passed it on."""
    [root] = convert(tmp_path, "wilson-stalin-bierut-1946-02-19-number-and-signature-authenticated-pages.txt").values()
    closer = root.find(f".//{T}closer")
    assert lines(closer) == [("number", "Nº 1544/sh"), ("signed", "STALIN"), ("dateline", "19 February 1946"),
                             ("signed", "VKP(b) CC"), ("transmission", "19 February 1946 Authenticated: (Sokolova)"),
                             ("transmission", "1p signature")]
    assert closer.find(f"{T}dateline/{T}date").get("when") == "1946-02-19"
    assert root.find(f".//{T}correspAction[@type='transmitted']/{T}persName").get("ref") == "#unresolved-lebedev"
    assert root.find(f".//{T}correspAction[@type='received']/{T}persName").get("ref") == "#bierut"
    assert not [p for p in root.iter(f"{T}p") if "Authenticated" in text(p)]


def test_a_frus_letter_greeting_dear_mr_with_a_space_before_the_colon_is_a_letter(tmp_path):
    """"Dear Mr. Ambassador : I have been asked ..." (FRUS sets a space before the colon): the
    salutation, the rest the first paragraph; a document greeting "Dear ..." and taking leave
    "Very sincerely yours," whose title and source line name no kind is a letter (div type
    "letter", not "telegram"); the editors' line of dots an omission (gap), not a paragraph."""
    [root] = convert(tmp_path, "frus-web-kennan-fierlinger-1945-08-02-letter-dear-mr-space-colon.txt").values()
    div = root.find(f".//{T}div")
    assert div.get("type") == "letter"
    assert text(div.find(f"{T}opener/{T}salute")) == "Dear Mr. Ambassador :"
    assert text(div.find(f"{T}p")).startswith("I have been asked")
    assert div.find(f"{T}gap").get("reason") == "omitted-in-source"
    assert not [p for p in div.iter(f"{T}p") if text(p).startswith(". .")]


def test_the_president_alone_as_sender_is_the_one_who_signs_and_number_word_is_the_number(tmp_path):
    """"The President to the Ambassador ..." with no date on the page, signed "Truman": the
    President is Truman (he was a provisional person "President"); "Number 812. Top Secret and
    Personal from the President to ..." the cable's number (the witness's idno) and its marking,
    lines of the opener, not the first paragraph; the lines of dots omissions."""
    [root] = convert(tmp_path, "frus-web-truman-harriman-undated-president-signed-number-word-omissions.txt").values()
    assert root.find(f".//{T}correspAction[@type='sent']/{T}persName").get("ref") == "#truman"
    assert root.find(f".//{T}head/{T}persName").get("ref") == "#truman"
    assert witness(root).findtext(f"{T}idno[@type='telegram']") == "812"
    opener = lines(root.find(f".//{T}opener"))
    assert opener[2:] == [("number", "Number 812."),
                          ("classification", "Top Secret and Personal from the President to Ambassador Harriman.")]
    assert len(root.findall(f".//{T}div/{T}gap")) == 2
    assert not root.find(f".//{T}standOff").xpath(".//*[@xml:id='unresolved-president']")


def test_a_consulate_general_is_a_body_and_a_note_mark_after_a_dates_stop_is_the_notes(tmp_path):
    """"to the Consulate General at Shanghai": an office of a post, an organisation (it was a
    provisional person); "Urtel 987 May 3.52 Dept concurs": the note 52 of the printed volume
    glued after the date's stop (the page lists it as 1): the note at its mark, the date "May 3"."""
    [root] = convert(tmp_path, "frus-web-acheson-shanghai-1949-05-10-consulate-general-date-mark.txt").values()
    received = root.find(f".//{T}correspAction[@type='received']")
    assert received.find(f"{T}orgName").get("ref") == "#unresolved-consulate-general-at-shanghai"
    assert received.find(f"{T}persName") is None
    p = root.find(f".//{T}div/{T}p")
    assert text(p.find(f"{T}note")) == "Not printed." and p.find(f"{T}date").get("when") == "1949-05-03"
    assert ".52" not in text(p)


_CABLE_PAGE = (
    "Page images\nPDF\nEPUB\n\n"
    "Ciphered telegram Top secret Copying prohibited\n\n"
    "From Pyongyang To Gromyko\n\n"
    "On 3 June Kim Il Sung asked me to pass on his thanks for the equipment that has arrived and told me that "
    "the divisions will be ready by the end of the month. He asked whether the specialists may stay until the "
    "autumn.\n\n"
    "I answered that I would report his request to Moscow.\n")


def test_a_cable_under_its_markings_alone_is_refused_saying_what_it_lacks(tmp_path):
    """A scanned book's page giving a cable under its markings ("Ciphered telegram Top secret
    Copying prohibited") and routing ("From Pyongyang To Gromyko"), no heading, date or citation:
    the message says it is a cable's text and what to add (it said the text "matches none of the
    known layouts"); with the heading and date it asks for, the page converts, its markings and
    routing the opener's."""
    [error], written = refused(tmp_path, _CABLE_PAGE)
    assert not written and error.code == "unknown-format" and error.line == 5
    assert "cable's text under its markings" in error.text and "heading" in error.text and "Source:" in error.text
    assert "none of the known layouts" not in error.text
    fixed = _CABLE_PAGE.replace("Ciphered", "Telegram from Shtykov to Gromyko\n3 June 1950\n\nCiphered")
    errors, written = refused(tmp_path, fixed, "fixed.txt")
    assert not errors and written
    [root] = [etree.parse(str(p)).getroot() for p in (tmp_path / "out").glob("*.xml")]
    assert lines(root.find(f".//{T}opener")) == [("classification", "Ciphered telegram Top secret Copying prohibited"),
                                                 ("address", "From Pyongyang To Gromyko")]


def test_a_despatch_alone_is_refused_saying_it_is_one(tmp_path):
    """A page of a consul's despatch ("No. 17", its place and date, "Subject: ...", "The
    Honorable" / "The Secretary of State", "I have the honor to ..."): refused naming it a despatch
    and what to add (the message was the generic one)."""
    [error], written = refused(tmp_path, (
        "Page:Consular-Reports-1946.djvu/12\n\nFrom an online library\n\n"
        "No. 17\n\nMukden, China, March 4, 1946.\n\n"
        "Subject: Removal of Industrial Equipment from Manchuria.\n\n"
        "The Honorable\n\nThe Secretary of State\nWashington, D. C.\n\n"
        "Sir:\n\nI have the honor to report that the removal of machinery from the factories of this city by the "
        "Soviet forces has continued during the past week, and that the power station has been stripped of its "
        "generators.\n"))
    assert not written and error.code == "unknown-format" and error.line == 9
    assert "despatch" in error.text and "Despatch from X to Y" in error.text


def test_a_catalogue_page_describing_a_telegram_without_its_text_is_refused(tmp_path):
    """A catalogue's page (the title, the date, "On ... X sent this letter ...", the identifier
    and the full citation): its description was read as the telegram's text under the title of a
    text of the works; now refused, saying the page tells of the document but does not give it."""
    [error], written = refused(tmp_path, (
        "Letter from Mao Zedong to Joseph Stalin\n1/2/1950\nAdd to Favorites:\n"
        "On January 2, 1950, Mao Zedong sent this letter from Moscow to Joseph Stalin. In the letter the Chinese "
        "leader asks for a meeting to discuss the new treaty between the two countries.\n"
        "This primary source comes from the records of a presidential archive.\n"
        "Identifier: 40112\n"
        "Full Citation: Letter from Mao Zedong to Joseph Stalin; 1/2/1950; Records of the Chinese delegation.\n"))
    assert not written and error.code == "no-text"
    assert "tells of the document" in error.text and "On January 2, 1950, Mao Zedong sent this letter" in error.text


def test_a_telegram_form_in_capitals_with_no_date_is_refused_saying_what_to_add(tmp_path):
    """A blog printing a telegram as its form gives it ("* TELEGRAM", the sender's line, "TO THE
    PRESIDENT ...", the text in capitals with "STOP"), no date in English: the message names the
    form and asks for a heading and the date (it was the generic one); with them the page converts
    (the text in capitals is no heading of a book's item: "... TO YOU ... TO")."""
    form = ("* TELEGRAM\nPRIME MINISTER NEHRU NEW DELHI\nTO THE PRESIDENT OF THE UNITED STATES OF AMERICA WASHINGTON\n"
            "I APPEAL TO YOU PERSONALLY AND TO THE AMERICAN PEOPLE TO SUPPORT THE EFFORTS FOR A CEASE FIRE IN KOREA STOP\n"
            "THE GOVERNMENT OF INDIA IS READY TO HELP IN ANY WAY THAT THE PARTIES MAY WISH STOP\n"
            "RESPECTFULLY\nNEHRU\n")
    [error], written = refused(tmp_path, form)
    assert not written and error.code == "unknown-format" and error.line == 1
    assert "as its form prints it" in error.text and "'* TELEGRAM'" in error.text
    errors, written = refused(tmp_path, "Telegram from Nehru to President Truman\nJanuary 12, 1951\n\n" + form, "dated.txt")
    assert not errors and written


def test_a_later_frus_volumes_numbered_heading_and_its_source_note_zero(tmp_path):
    """"118. Telegram From the Department of State to the Embassy in the Soviet Union 0" (the later
    volumes: the number and kind in the heading, no file line; the source the note 0, the page
    listing the notes from 1): read (it matched no layout); the volume's number of the document
    the item, "612." the telegram's number, the mark "431.1" the note listed as 2."""
    [root] = convert(tmp_path, "frus-web-state-embassy-1961-08-14-numbered-heading-source-note-zero.txt").values()
    bibl = witness(root)
    assert bibl.find(f"{T}biblScope[@unit='item']").get("n") == "118"
    assert bibl.findtext(f"{T}idno[@type='telegram']") == "612"
    assert root.find(f".//{T}correspAction[@type='sent']/{T}orgName").get("ref") == "#us-state-department"
    assert root.find(f".//{T}correspAction[@type='received']/{T}orgName") is not None
    assert root.find(f".//{T}correspAction[@type='sent']/{T}date").get("when") == "1961-08-14"
    assert text(root.find(f".//{T}head/{T}note")).startswith("Source: Department of State, Central Files")
    assert text(root.find(f".//{T}div/{T}p/{T}note")) == "Not printed."
    assert "Union 0" not in text(root.find(f".//{T}head")) and "Union0" not in text(root.find(f".//{T}head"))


def test_a_history_sites_heading_with_the_verb_names_the_parties(tmp_path):
    """"Khrushchev writes Kennedy" over the date and the letter ("Dear Mr. President:" ...
    "Sincerely," / "N. Khrushchev"): the parties (no layout read the page); "Dear Mr. President:"
    the salutation (it was taken for an address: "Dear Mr." a place and a name); a letter."""
    [root] = convert(tmp_path, "page-khrushchev-kennedy-1961-12-02-history-site-writes-heading.txt").values()
    assert root.find(f".//{T}correspAction[@type='sent']/{T}persName").get("ref") == "#khrushchev"
    assert root.find(f".//{T}correspAction[@type='received']/{T}persName").get("ref") == "#unresolved-kennedy"
    assert lines(root.find(f".//{T}opener")) == [("salute", "Dear Mr. President:")]
    assert root.find(f".//{T}div").get("type") == "letter"


def test_a_broadcasts_introduction_in_brackets_is_the_editors_note_not_an_omission(tmp_path):
    """"[Moscow radio in English ... broadcasts a message ... It reads:]" over the text: the
    editor's note introducing it (it was an omission, a gap with that description)."""
    [root] = convert(tmp_path, "page-khrushchev-eisenhower-1959-09-28-broadcast-introduced-in-brackets.txt").values()
    assert root.find(f".//{T}gap") is None
    note = root.find(f".//{T}div/{T}p/{T}note[@type='editorial']")
    assert note is not None and text(note).endswith("It reads:")


def test_a_scanned_page_of_a_volume_with_its_head_and_a_greeting_in_capitals(tmp_path):
    """A page of a printed volume read by OCR, its head "312 Foreign Relations, 1961-1963, Volume V"
    over the item (it was the book's title, page number and all): the page's break and the
    book's title and volume; "DEAR MR. PRESIDENT, I have received ..." the salutation."""
    [root] = convert(tmp_path, "compilation-scan-page-head-frus-1961-63-volume-v-letter.txt").values()
    bibl = witness(root)
    assert bibl.findtext(f"{T}title[@level='m']") == "Foreign Relations, 1961-1963"
    assert bibl.find(f"{T}biblScope[@unit='volume']").get("n") == "V"
    assert root.find(f".//{T}div/{T}pb").get("n") == "312"
    assert lines(root.find(f".//{T}opener"))[-1] == ("salute", "DEAR MR. PRESIDENT,")
    assert text(root.find(f".//{T}div/{T}p")).startswith("I have received")
