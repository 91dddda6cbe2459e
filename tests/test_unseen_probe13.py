"""Telegrams of forms the converter had not seen (thirteenth round of real pages: FRUS's
conference volumes, a Wilson record whose "Source" is empty, a Soviet cable of 1945, Lenin's works
on the web, a page with the Russian text under the English)."""

from __future__ import annotations

from source_helpers import T, convert, convert_one, lines, text, witness
from tei.messages import Report


def test_a_frus_document_from_a_persons_papers_with_its_number_and_excerpts(tmp_path):
    """"Truman Papers: Telegram" over "No. 87" and the heading "President Truman to Generalissimo
    Stalin 1" (the page matched no layout: a decimal file line was needed); "[Excerpts]" under
    the heading a note of the witness, not the text's first words (it was an identification);
    the markings under it the opener's."""
    root = convert_one(tmp_path, "frus-web-truman-stalin-undated-papers-line-item-number-excerpts.txt")
    assert root.find(f".//{T}correspAction[@type='sent']/{T}persName").get("ref") == "#truman"
    assert root.find(f".//{T}correspAction[@type='received']/{T}persName").get("ref") == "#stalin"
    bibl = witness(root)
    assert bibl.find(f"{T}biblScope[@unit='item']").get("n") == "87"
    assert bibl.find(f"{T}idno[@type='file']") is None  # (a person's papers: no file of the Department's)
    notes = [text(n) for n in bibl.iterfind(f"{T}note[@type='source']")]
    assert "Truman Papers: Telegram." in notes
    assert any("prints parts of the document" in n for n in notes)
    assert lines(root.find(f".//{T}opener"))[:2] == [("classification", "top secret"), ("classification", "priority")]
    assert "Excerpts" not in text(root.find(f".//{T}body"))


def test_a_post_files_line_and_a_signature_the_editor_supplies_in_brackets(tmp_path):
    """"Moscow Embassy Files—711 Soviet Union" is the source line of a letter; its signature
    "[ George F. Kennan ]", the name of an unsigned copy the editor supplies, signs it (it was a
    paragraph holding an identification of nothing), under "Very truly yours,"."""
    root = convert_one(tmp_path, "frus-web-kennan-vyshinsky-undated-embassy-files-signature-in-brackets.txt")
    assert root.find(f".//{T}correspAction[@type='sent']/{T}persName").get("ref") == "#kennan"
    closer = root.find(f".//{T}closer")
    assert lines(closer) == [("salute", "Very truly yours,"), ("signed", "George F. Kennan")]
    supplied = closer.find(f"{T}signed/{T}supplied")
    assert supplied is not None and supplied.find(f"{T}persName").get("ref") == "#kennan"
    assert root.find(f".//{T}gloss") is None


def test_the_hour_of_receipt_alone_is_the_editors_note_of_receipt(tmp_path):
    """"[Received 4 p.m.]", its day the telegram's: the editor's note of receipt (supplied words
    in the opener's transmission line), not an omission with a description."""
    root = convert_one(tmp_path, "frus-web-smith-secretary-1946-09-16-received-hour-alone.txt")
    seg = root.find(f".//{T}opener/{T}seg[@type='transmission']")
    assert seg is not None and text(seg.find(f"{T}supplied")) == "Received 4 p.m."
    assert root.find(f".//{T}gap") is None


def test_a_wilson_record_whose_source_is_empty_converts_with_a_warning(tmp_path):
    """The record's "Source" label with nothing under it (the page was refused, no citation):
    converted, the warning naming the label's line; the cipher office's "2ND UNIT" and "Copy"
    above the markings are the form's lines (they ended the opener before it began)."""
    report = Report()
    [root] = convert(tmp_path, "wilson-stalin-dimitrov-1945-12-03-empty-source-cipher-unit-copy.txt",
                     report=report).values()
    missing = [m for m in report.messages if m.code == "no-citation"]
    assert len(missing) == 1 and missing[0].line == 17 and "Source" in missing[0].text
    assert root.find(f".//{T}correspAction[@type='received']/{T}persName").get("ref") == "#dimitrov"
    assert lines(root.find(f".//{T}opener"))[:4] == [("classification", "2ND UNIT"), ("classification", "Copy"),
                                                     ("classification", "Top Secret"), ("classification", "By cipher")]
    assert root.find(f".//{T}opener/{T}seg[@type='address']") is not None


def test_a_works_page_with_the_wired_label_and_a_marking_over_the_date(tmp_path):
    """Lenin's works on the web: "Wired: 24 March, 1920" the date it was sent; "Priority. By direct
    line" over the date in the text is a marking, not the title of a text (the page was refused,
    its texts 'not telegrams or letters')."""
    root = convert_one(tmp_path, "works-lenin-stalin-1920-03-24-wired-label-marking-over-the-date.txt")
    assert root.find(f".//{T}correspAction[@type='sent']/{T}persName").get("ref") == "#lenin"
    assert root.find(f".//{T}correspAction[@type='received']/{T}persName").get("ref") == "#stalin"
    assert root.find(f".//{T}correspAction[@type='sent']/{T}date").get("when") == "1920-03-24"
    assert witness(root).find(f"{T}biblScope[@unit='volume']").get("n") == "30"


def test_the_russian_text_under_the_english_is_left_out(tmp_path):
    """A page printing the Russian original under the English translation: the Russian lines
    are left out (they were paragraphs of the telegram), said once with the lines."""
    report = Report()
    [root] = convert(tmp_path, "works-stalin-tsedenbal-1952-06-02-russian-text-under-the-english.txt",
                     report=report).values()
    body = text(root.find(f".//{T}body"))
    assert "Благодарю" not in body and "СТАЛИН" not in body and "Правда" not in body
    assert "I thank you" in body
    [said] = [m for m in report.messages if m.code == "other-language"]
    assert said.line == 14 and "14-18" in said.text


def test_a_page_wholly_in_another_language_is_still_refused(tmp_path):
    """A page in Vietnamese with no English: refused as not English (nothing is left to read)."""
    from source_helpers import refused
    page = ("Kính gửi Đại nguyên soái Xtalin,\n\nNhân ngày Quốc khánh của quý quốc, một ngày vui mừng chung của tất "
            "cả nhân dân lao động trong thế giới, tôi kính thay mặt nhân dân và Chính phủ Việt Nam gửi lời chúc "
            "mừng nhiệt liệt đến Ngài và nhân dân Liên Xô anh em.\n\nChúng tôi chắc rằng dưới sự lãnh đạo sáng "
            "suốt của Ngài và của Chính phủ, Liên Xô sẽ tiến mạnh trên con đường xây dựng chủ nghĩa cộng sản.\n\n"
            "Hồ Chí Minh\n")
    errors, written = refused(tmp_path, page)
    assert not written and [e.code for e in errors] == ["not-english"]
