"""The judges' test, sixth round: the texture of the files as they arrive (Windows line endings,
a byte-order mark, tabs, dashes made of two hyphens) and date forms the first five rounds
(tests/test_unseen_variants.py ... ...5.py) did not try: a day and roman month set apart by
spaces, the year before the day, the part of the day after the date; Korean War telegrams in the
seeds' layouts, our own writing, each misreading with a source of ours."""

from __future__ import annotations

from source_helpers import SOURCES, T, convert, lines, parties, sent_when, text


def test_a_dateline_of_a_day_and_roman_month_set_apart_by_spaces(tmp_path):
    """"VASILEVSKY" / "16 III 52" under a page saved with Windows line endings and a BOM: the
    signature and the dateline (both were paragraphs of the text, "16 III 52" no date)."""
    name = "wilson-vasilevsky-razuvaev-1952-03-16-windows-lines-day-and-roman-month-spaced.txt"
    assert (SOURCES / name).read_bytes().startswith(b"\xef\xbb\xbf") and b"\r\n" in (SOURCES / name).read_bytes()
    [doc] = convert(tmp_path, name).values()
    assert parties(doc) == [("sent", "#vasilevsky"), ("received", "#razuvaev")] and sent_when(doc) == "1952-03-16"
    div = doc.find(f".//{T}div")
    assert lines(div.find(f"{T}closer")) == [("signed", "VASILEVSKY"), ("dateline", "16 III 52")]
    assert div.find(f"{T}closer/{T}dateline/{T}date").get("when") == "1952-03-16"
    assert len(div.findall(f"{T}p")) == 1


def test_short_dates_with_a_roman_month_only_where_they_stand_alone():
    """"5 II 50" is a date alone on its line or beside a name; in running text ("point 5 II 50
    ...") it is not read (the figures may be anything there)."""
    from tei.dates import find_dates

    assert [f.value.when for f in find_dates("5 II 50", context="1950-02-01")] == ["1950-02-05"]
    assert [f.value.when for f in find_dates("SHTYKOV 5 II 1950", context="1950-02-01")] == ["1950-02-05"]
    assert find_dates("the guns of sections 5 II 50 and 6 were moved to the south", context="1950-02-01") == []
    assert find_dates("5 XIV 50", context="1950-02-01") == []  # (no month)


def test_the_year_before_the_day_and_month(tmp_path):
    """"FILIPPOV" / "1950, 7th February" under a telegram of the Works whose title gives no date:
    the telegram's date (it was undated, the lines paragraphs)."""
    [doc] = convert(tmp_path, "works-stalin-mao-1950-02-07-year-first-dateline-under-the-signature.txt").values()
    assert parties(doc) == [("sent", "#stalin"), ("received", "#mao")] and sent_when(doc) == "1950-02-07"
    assert lines(doc.find(f".//{T}div/{T}closer")) == [("signed", "FILIPPOV"), ("dateline", "1950, 7th February")]
    from tei.dates import find_dates

    # (not where a year of its own follows the day and month: "in 1950, 14 March 1951 was ...")
    assert [f.value.when for f in find_dates("in 1950, 14 March 1951 was set", context="1950-02-01")] == [
        "1950", "1951-03-14"]


def test_the_part_of_the_day_after_the_dateline_and_a_translator_abbreviated(tmp_path):
    """"FYN SI" / "February 6 (evening)": the signature and the dateline (both were paragraphs);
    "...; trans. Vladislav Zubok." in the citation names the translator (he was not named)."""
    [doc] = convert(tmp_path, "wilson-fyn-si-kim-1951-02-06-part-of-the-day-after-the-dateline-trans-abbreviated.txt").values()
    assert parties(doc) == [("sent", "#stalin"), ("received", "#kim-il-sung")] and sent_when(doc) == "1951-02-06"
    closer = doc.find(f".//{T}div/{T}closer")
    assert lines(closer) == [("signed", "FYN SI"), ("dateline", "February 6 (evening)")]
    assert closer.find(f"{T}dateline/{T}date").get("when") == "1951-02-06"
    translators = {text(p) for r in doc.find(f"{T}teiHeader").iter(f"{T}respStmt")
                   if text(r.find(f"{T}resp")).startswith("Translated") for p in r.iter(f"{T}persName")}
    assert translators == {"Vladislav Zubok"}


def test_a_translator_abbreviated_only_after_a_stop_or_comma():
    from tei.sources.base import translator_in

    assert translator_in("APRF, f. 45, op. 1, d. 337, ll. 5-6; trans. Shen Zhihua.") == "Shen Zhihua"
    assert translator_in("Trans. Pacific Review, No. 3.") == ""  # (a title's first word)


def test_the_works_note_of_where_and_when_it_was_written(tmp_path):
    """"Written in Moscow on the night of 30 September to 1 October 1950. First published.": the
    edition's note, the place of sending Moscow (it was the text's last paragraph, the signature
    above it a paragraph too)."""
    [doc] = convert(tmp_path, "works-stalin-kim-1950-10-01-written-in-note-and-first-published.txt").values()
    assert parties(doc) == [("sent", "#stalin"), ("received", "#kim-il-sung")] and sent_when(doc) == "1950-10-01"
    assert doc.find(f".//{T}correspAction[@type='sent']/{T}placeName").get("ref") == "#moscow"
    div = doc.find(f".//{T}div")
    assert lines(div.find(f"{T}closer")) == [("signed", "FYN SI")]
    assert not any("Written in" in text(p) for p in div.iter(f"{T}p"))
    notes = [text(n) for n in doc.find(f"{T}teiHeader").iter(f"{T}note")]
    assert "Written in Moscow on the night of 30 September to 1 October 1950. First published." in notes


def test_dashes_after_the_numbers_and_the_archival_line_under_the_heading(tmp_path):
    """"No. 5 -- CIPHERED TELEGRAM FROM ..." and "No. 6 — TELEGRAM FROM ... — 21 AUGUST 1950"
    (the book was refused: no heading found), each with "AVPRF, f. 059a, ..." on the line under
    it: the item's archival reference in its header (it was the text's first paragraph, the
    date under it a paragraph too)."""
    docs = list(convert(tmp_path, "compilation-1996-dashes-after-the-numbers-archival-line-under-the-heading.txt").values())
    assert [(parties(d), sent_when(d)) for d in docs] == [
        ([("sent", "#shtykov"), ("received", "#vyshinsky")], "1950-08-19"),
        ([("sent", "#stalin"), ("received", "#shtykov")], "1950-08-21")]
    assert [d.find(f".//{T}sourceDesc//{T}biblScope[@unit='item']").get("n") for d in docs] == ["5", "6"]
    # (the title without the book's number, the biblScope's: tests/test_unseen_leftovers9.py)
    assert text(docs[1].find(f".//{T}sourceDesc//{T}title[@level='a']")) == (
        "Telegram from Filippov (J. V. Stalin) to T. F. Shtykov, 21 August 1950")
    shelfmarks = [(text(d.find(f".//{T}msIdentifier/{T}repository")), text(d.find(f".//{T}msIdentifier/{T}idno")))
                  for d in docs]
    assert shelfmarks == [("AVPRF", "f. 059a, op. 5a, d. 3, p. 11, l. 131"), ("APRF", "f. 45, op. 1, d. 347, l. 12")]
    first = docs[0].find(f".//{T}div")
    assert lines(first.find(f"{T}opener"))[0] == ("dateline", "19 August 1950")
    assert [text(p) for p in first.iterfind(f"{T}p")] == [
        "Kim Il Sung told me that the new offensive -- his words -- will begin when the ammunition arrives."]
    assert not any("f. 45" in text(p) for d in docs for p in d.iter(f"{T}p"))


def test_the_editors_note_of_receipt_in_brackets_under_the_signature(tmp_path):
    """"Peng Dehuai" / "[Received: 6.II.1951]" under a record dated to its month: the signature
    and the note of receipt, the day received (both were paragraphs, the day lost)."""
    [doc] = convert(tmp_path, "wilson-peng-mao-1951-02-received-stamp-in-brackets-under-the-signature.txt").values()
    assert parties(doc) == [("sent", "#peng-dehuai"), ("received", "#mao")]
    # (February 1951, by the day received: tests/test_unseen_leftovers9.py)
    sent = doc.find(f".//{T}correspAction[@type='sent']/{T}date")
    assert (sent.get("notBefore"), sent.get("notAfter")) == ("1951-02-01", "1951-02-06")
    assert doc.find(f".//{T}correspAction[@type='received']/{T}date").get("when") == "1951-02-06"
    closer = doc.find(f".//{T}div/{T}closer")
    assert lines(closer) == [("signed", "Peng Dehuai"), ("transmission", "Received: 6.II.1951")]
    assert len(doc.findall(f".//{T}div/{T}p")) == 1


def test_the_page_number_apart_from_the_volumes_running_head(tmp_path):
    """"546" / "J. V. STALIN. WORKS. VOLUME 18" between two paragraphs of a volume of the Works:
    the page's end (the number was a paragraph, and the head a page break numbered 18, the volume)."""
    [doc] = convert(tmp_path, "works-stalin-mao-1950-07-05-page-number-apart-from-the-volumes-running-head.txt").values()
    div = doc.find(f".//{T}div")
    assert [pb.get("n") for pb in div.iter(f"{T}pb")] == ["546", "547"]
    assert [text(p) for p in div.iterfind(f"{T}p")][-1] == "We shall try to give these divisions cover from the air."
    assert not any(text(p) in ("546", "J. V. STALIN. WORKS. VOLUME 18") for p in div.iter(f"{T}p"))


def test_notes_numbered_page_by_page_without_a_rule(tmp_path):
    """Note 1 at the foot of the first page, the running head, the text going on with its own
    note 1 and the signature: each note at its mark, the text whole (the item ended at the first
    note, the rest of the telegram left out as the editor's)."""
    from tei.messages import Report

    report = Report()
    docs = list(convert(tmp_path, "compilation-1996-notes-numbered-page-by-page-without-a-rule.txt", report=report).values())
    assert [(parties(d), sent_when(d)) for d in docs] == [
        ([("sent", "#shtykov"), ("received", "#vyshinsky")], "1950-09-20"),
        ([("sent", "#vyshinsky"), ("received", "#shtykov")], "1950-09-22")]
    div = docs[0].find(f".//{T}div")
    notes = [(n.get("n"), text(n)) for n in div.iter(f"{T}note")]
    assert notes == [("1", "The 1st Corps of the Korean People's Army."), ("1", "See No. 33, the answer of the Chinese leaders.")]
    assert text(div.findall(f"{T}p")[-1]).startswith("Pak Hon-yong proposes to turn to the Chinese comrades for help.")
    assert lines(div.find(f"{T}closer")) == [("signed", "SHTYKOV")]
    assert [pb.get("n") for pb in div.iter(f"{T}pb")] == ["62"]
    assert not [m for m in report.messages if "editorial-text" in str(m)]


def test_a_utf8_file_with_one_byte_of_windows_1252(tmp_path):
    """A page saved as UTF-8 with one apostrophe typed in another editor ("Sung\\x92s"): its
    UTF-8 kept, the stray byte "’", and a warning with the line (the whole file was read as
    Windows-1252: every quotation mark and dash two or three letters, "â€œ", silently)."""
    from tei.messages import Report

    name = "wilson-razuvaev-filippov-1952-03-03-utf8-with-one-windows-apostrophe.txt"
    assert b"Sung\x92s" in (SOURCES / name).read_bytes()
    report = Report()
    [doc] = convert(tmp_path, name, report=report).values()
    assert parties(doc) == [("sent", "#razuvaev"), ("received", "#stalin")] and sent_when(doc) == "1952-03-03"
    paragraph = text(doc.find(f".//{T}div/{T}p"))
    assert paragraph.startswith("Kim Il Sung’s aide asked me") and "— the night raids" in paragraph
    assert text(doc.find(f".//{T}abstract")) == "Razuvaev passes on Kim Il Sung’s request for more anti-aircraft artillery."
    [warning] = [m for m in report.messages if m.code == "encoding"]
    assert warning.line == 22 and "Windows-1252" in warning.text


def test_utf8_read_as_windows_1252_and_saved_again(tmp_path):
    """"Kim Il Sungâ€™s headquarters ... the â€œreserveâ€\\x9d command post â€” north": each run
    the character it stood for, reported (they were kept as letters, the quotation no quotation)."""
    from tei.messages import Report

    report = Report()
    [doc] = convert(tmp_path, "wilson-razuvaev-filippov-1952-03-05-utf8-read-as-windows-1252-and-saved-again.txt",
                    report=report).values()
    assert parties(doc) == [("sent", "#razuvaev"), ("received", "#stalin")] and sent_when(doc) == "1952-03-05"
    paragraph = doc.find(f".//{T}div/{T}p")
    assert text(paragraph) == ("Kim Il Sung’s headquarters moved on the night of 4/5 March to the reserve command "
                               "post — north of Pyongyang.")
    assert text(paragraph.find(f"{T}q")) == "reserve"
    assert [m.code for m in report.messages if m.level == "warning"] == ["mojibake"]


def test_mojibake_is_repaired_only_where_it_shows():
    from tei.textio import repair_mojibake

    assert repair_mojibake("Gomułka, Šubašić and the café “Nanking”") == ("Gomułka, Šubašić and the café “Nanking”", 0)
    assert repair_mojibake("the Ã©migrÃ©s and Mao Zedongâ€™s") == ("the émigrés and Mao Zedong’s", 3)


def test_a_markdown_copy_without_the_contents_part(tmp_path):
    """A Markdown copy whose text runs on under "### **Summary:**" (no "Contents" part): the
    first paragraph the summary, the rest the letter (the copy was refused: no text); "Translated
    from the Korean and Russian by X" names the translator (two languages: he was not named)."""
    [doc] = convert(tmp_path, "wilson-kim-pak-stalin-1950-10-01-markdown-copy-without-contents-two-languages-translated.md").values()
    assert [(a.get("type"), [p.get("ref") for p in a.findall(f"{T}persName")]) for a in doc.iter(f"{T}correspAction")] == [
        ("sent", ["#kim-il-sung", "#pak-hon-yong"]), ("received", ["#stalin"])]
    assert sent_when(doc) == "1950-10-01"
    assert text(doc.find(f".//{T}abstract")) == ("Kim Il Sung and Pak Hon-yong ask Stalin for the help of the Soviet army "
                                                 "now that the enemy has crossed the parallel.")
    div = doc.find(f".//{T}div")
    assert text(div.find(f"{T}opener")) == "Dear Iosif Vissarionovich,"
    assert [text(p) for p in div.iterfind(f"{T}p")] == [
        "This morning the enemy crossed the 38th parallel with large forces. We ask you to give us direct military help."]
    assert lines(div.find(f"{T}closer"))[-1] == ("dateline", "1 October 1950")
    translators = {text(p) for r in doc.find(f"{T}teiHeader").iter(f"{T}respStmt")
                   if text(r.find(f"{T}resp")).startswith("Translated") for p in r.iter(f"{T}persName")}
    assert translators == {"Kathryn Weathersby"}


def test_the_addressee_alone_with_a_stop_on_the_first_line(tmp_path):
    """"Shtykov." over the text of a telegram the title says is to Shtykov: the address (it was
    the first paragraph); "Thursday, February 2, 1950" under "FYN-SI" the dateline."""
    [doc] = convert(tmp_path, "wilson-fyn-si-shtykov-1950-02-02-addressee-alone-weekday-dateline.txt").values()
    assert parties(doc) == [("sent", "#stalin"), ("received", "#shtykov")] and sent_when(doc) == "1950-02-02"
    div = doc.find(f".//{T}div")
    assert lines(div.find(f"{T}opener")) == [("address", "Shtykov.")]
    assert [text(p) for p in div.iterfind(f"{T}p")] == [
        "Tell Comrade Kim Il Sung that I am ready to receive him in Moscow. The matter must be kept in deep secret."]
    assert lines(div.find(f"{T}closer")) == [("signed", "FYN-SI"), ("dateline", "Thursday, February 2, 1950")]


def test_a_name_alone_is_the_address_only_where_the_title_addresses_him():
    from tei.authority import Authority
    from tei.transforms.structure.known import _addressee_alone

    class Doc:  # (what _addressee_alone reads of the document: its authority file)
        authority = Authority.load(None)

    assert _addressee_alone(Doc, "Ciphered Telegram, Fyn-Si [Stalin] to Shtykov", "Shtykov.")
    assert not _addressee_alone(Doc, "Ciphered Telegram, Shtykov to Vyshinsky", "Shtykov.")  # (the sender)
    assert not _addressee_alone(Doc, "Ciphered Telegram, Fyn-Si [Stalin] to Shtykov", "Agreed.")


def test_a_day_of_the_week_in_a_heading_and_short_notes_under_superscripts(tmp_path):
    """"12. Telegram from Kim Il Sung to J. V. Stalin, Sunday, 1 October 1950" (and in capitals,
    "..., THURSDAY, 5 OCTOBER 1950"): Stalin alone the recipient (Sunday was a second one, a
    provisional person); "¹ See No. 13." under the signature a note at its mark (too short for a
    note: it was a paragraph, the signature above it one too)."""
    from tei.messages import Report

    report = Report()
    docs = list(convert(tmp_path, "compilation-1999-weekday-in-headings-short-notes-under-superscripts.txt",
                        report=report).values())
    assert [(parties(d), sent_when(d)) for d in docs] == [
        ([("sent", "#kim-il-sung"), ("received", "#stalin")], "1950-10-01"),
        ([("sent", "#stalin"), ("received", "#kim-il-sung")], "1950-10-05")]
    assert [len(list(a.iter(f"{T}persName"))) for d in docs for a in d.iter(f"{T}correspAction")] == [1, 1, 1, 1]
    assert not [m for m in report.messages if m.code == "unresolved-name"]
    div = docs[0].find(f".//{T}div")
    assert [(n.get("n"), text(n)) for n in div.iter(f"{T}note")] == [("1", "The South Korean 3rd Division."),
                                                                      ("1", "See No. 13.")]
    assert lines(div.find(f"{T}closer")) == [("signed", "KIM IL SUNG")]


def test_a_short_note_only_under_a_superscript():
    from tei.sources.compilation.notes import _footnote

    assert _footnote("¹ See No. 13.").group("text") == "See No. 13."
    assert _footnote("1 See No. 13.") is None  # (a point of the text, as likely)


def test_the_place_and_date_set_apart_by_two_hyphens(tmp_path):
    """"Moscow -- 9th of February, 1950, 22.15 hrs." over the address: the dateline, Moscow the
    place of sending (it was the first paragraph, and the address under it a paragraph too)."""
    [doc] = convert(tmp_path, "wilson-molotov-shtykov-1950-02-09-place-and-date-set-apart-by-two-hyphens.txt").values()
    assert parties(doc) == [("sent", "#molotov"), ("received", "#shtykov")] and sent_when(doc) == "1950-02-09"
    assert doc.find(f".//{T}correspAction[@type='sent']/{T}placeName").get("ref") == "#moscow"
    div = doc.find(f".//{T}div")
    assert lines(div.find(f"{T}opener")) == [("dateline", "Moscow -- 9th of February, 1950, 22.15 hrs."),
                                              ("address", "To Comrade Shtykov")]
    assert len(div.findall(f"{T}p")) == 1


def test_a_running_head_retyped_in_title_case_inside_a_sentence(tmp_path):
    """"552 J. V. Stalin. Works. Volume 18" between two lines of one sentence: the page's break, the
    sentence whole (the head was a paragraph, the sentence cut in two)."""
    [doc] = convert(tmp_path, "works-stalin-mao-1950-10-01-running-head-retyped-in-title-case.txt").values()
    div = doc.find(f".//{T}div")
    paragraphs = div.findall(f"{T}p")
    assert len(paragraphs) == 2 and text(paragraphs[0]).endswith(
        "However, from the reports that have reached me today it is clear that the Korean comrades are in a grave position.")
    assert paragraphs[0].find(f"{T}pb").get("n") == "553"
    assert not any("Works. Volume" in text(p) for p in paragraphs)


def test_a_line_in_title_case_inside_a_sentence_stays_the_texts():
    """(the head's words each capitalised and naming the works: "300 Soviet pilots to Mao Zedong", a
    line of the text that begins with a number, is no running head)"""
    from tei.sources.base import running_heads

    lines = list(enumerate(["Telegram of J.V. Stalin to Mao Zedong", "Comrade Mao Zedong,", "We shall send",
                            "300 Soviet pilots to Mao Zedong", "and the planes."], 1))
    assert running_heads(lines, lambda head: "ZEDONG" in head) == lines


def test_form_feeds_between_the_pages_of_a_pdfs_text(tmp_path):
    """A PDF's text with a form feed where each page ends ("... moving on the" / "\\fcapital from
    the west."): the sentence one paragraph across it (it was two), a form feed between paragraphs
    a break between them."""
    name = "compilation-1996-pdf-text-form-feeds-between-pages.txt"
    assert (SOURCES / name).read_text(encoding="utf-8").count("\f") == 3
    [doc] = convert(tmp_path, name).values()
    assert parties(doc) == [("sent", "#shtykov"), ("received", "#vyshinsky")] and sent_when(doc) == "1950-09-17"
    div = doc.find(f".//{T}div")
    assert [text(p) for p in div.iterfind(f"{T}p")] == [
        "The enemy landed at Inchon two days ago with large forces and is now moving on the capital from the west. "
        "Kim Il Sung asks for help with aircraft.", "The ministries are leaving Seoul."]
    assert lines(div.find(f"{T}closer")) == [("signed", "SHTYKOV")]


def test_the_sites_rights_paragraph_under_the_source_line(tmp_path):
    """"Source" / "APRF, fond 45, ..." / "The History and Public Policy Program welcomes reuse ..."
    (a page scraped since 2023, Windows line endings): the citation ends above the rights (the
    rights were its last sentence, and the series' title "The History and Public Policy Program
    welcomes reuse of Digital Archive")."""
    [doc] = convert(tmp_path, "wilson-fyn-si-kim-1950-10-14-scraped-page-windows-lines-rights-under-the-source.txt").values()
    assert parties(doc) == [("sent", "#stalin"), ("transmitted", "#shtykov"), ("received", "#kim-il-sung")]
    assert sent_when(doc) == "1950-10-14"
    header = doc.find(f"{T}teiHeader").xpath("string(.)")
    assert "welcomes reuse" not in header
    assert text(doc.find(f".//{T}sourceDesc/{T}bibl/{T}title[@level='m']")) == "Wilson Center Digital Archive"
    assert text(doc.find(f".//{T}msIdentifier/{T}idno")) == "fond 45, opis 1, delo 347, listy 43-44"


def test_a_chinese_archives_file_number_under_the_heading(tmp_path):
    """"PRC FMA 109-00022-03, pp. 7-8" under an item's heading: the item's archival reference (it
    was the text's first paragraph, the salutation under it a paragraph too)."""
    [doc] = convert(tmp_path, "compilation-1998-chinese-archives-file-number-under-the-heading.txt").values()
    assert parties(doc) == [("sent", "#zhou-enlai"), ("received", "#vyshinsky")] and sent_when(doc) == "1950-07-02"
    assert doc.find(f".//{T}msIdentifier/{T}repository").get("ref") == "#prc-fma"
    assert text(doc.find(f".//{T}msIdentifier/{T}idno")) == "109-00022-03, pp. 7-8"
    div = doc.find(f".//{T}div")
    assert text(div.find(f"{T}opener")) == "Comrade Vyshinsky,"
    assert [text(p) for p in div.iterfind(f"{T}p")] == [
        "The Chinese government asks you to hasten the delivery of the aircraft agreed upon in February."]


def test_a_day_of_the_week_abbreviated_and_days_slashed_after_the_month(tmp_path):
    """"Pyongyang, Wed., 6 Feb. 1952": the dateline (it was a paragraph); "the night of February
    4/5": the two days (it was the 4th alone)."""
    [doc] = convert(tmp_path, "wilson-razuvaev-vasilevsky-1952-02-06-weekday-abbreviated-days-slashed-after-the-month.txt").values()
    assert parties(doc) == [("sent", "#razuvaev"), ("received", "#vasilevsky")] and sent_when(doc) == "1952-02-06"
    assert doc.find(f".//{T}correspAction[@type='sent']/{T}placeName").get("ref") == "#pyongyang"
    div = doc.find(f".//{T}div")
    assert lines(div.find(f"{T}opener")) == [("dateline", "Pyongyang, Wed., 6 Feb. 1952"), ("address", "To Comrade Vasilevsky")]
    night = div.find(f"{T}p/{T}date")
    assert (text(night), night.get("from"), night.get("to")) == ("February 4/5", "1952-02-04", "1952-02-05")
