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
