"""Printed compilations in layouts the reader had not met (a second round).

tests/sources/ holds small compilations set as their books print them: a Moscow book of
1956 whose short title page names no item, where a signature in capitals stands over the
page's number ("N. BULGANIN" / "— 27 —", or a bare "28" flush left at the end); a book of
1957 with OCR's "l" for "1" in a heading and a date; a bulletin of 1999 printing a diary entry
among the telegrams, numbered "1" alone over the parties and the kind and date; a Moscow book
of 1986 with notes marked "[1]", the editor's paragraph between items and a page line after
the last note; a book of 1958 with its notes at the end grouped by item ("To No. 1"); headings
"TELEGRAM No. 1" over the parties in title case, "Document No. 1" over the date and the
heading; a Belgrade white book with its title over several lines above a ministry.
"""

from __future__ import annotations


from lxml import etree

from tei.messages import Report

from source_helpers import T, convert, text


def children(div) -> list[str]:
    return [etree.QName(c).localname for c in div]


def test_a_signature_over_the_books_first_page_number_is_the_closer(tmp_path):
    docs = convert(tmp_path, "compilation-1956-signatures-over-page-numbers.txt")
    first = docs["tg-1955-09-02-bulganin-ho-chi-minh-for-friendship-peace-1956"]
    second = docs["tg-1955-09-06-ho-chi-minh-bulganin-for-friendship-peace-1956"]
    # the signature was taken for the book's running foot (its name in the first heading)
    div = first.find(f".//{T}div")
    assert text(div.find(f"{T}closer/{T}signed")) == "N. BULGANIN"
    assert second.find(f".//{T}div/{T}pb").get("n") == "27"
    # a bare number at the end that no note is numbered with: the page's, not a note's mark
    div = second.find(f".//{T}div")
    assert text(div.find(f"{T}closer/{T}signed")) == "HO CHI MINH"
    assert children(div)[-1] == "pb" and div[-1].get("n") == "28"
    assert div.find(f".//{T}seg[@type='footnote-mark']") is None


def test_a_heading_with_the_letter_l_for_a_digit_heads_its_item_and_is_reported(tmp_path):
    report = Report()
    docs = convert(tmp_path, "compilation-1957-ocr-letter-l-for-digits.txt", report=report)
    # "l6 AUGUST l955": the item was read as the end of the one before
    assert sorted(docs) == ["tg-1955-08-14-kim-il-sung-bulganin-soviet-korean-friendship-1957",
                            "tg-1955-08-16-bulganin-kim-il-sung-soviet-korean-friendship-1957"]
    second = docs["tg-1955-08-16-bulganin-kim-il-sung-soviet-korean-friendship-1957"]
    assert text(second.find(f".//{T}div/{T}closer/{T}signed")) == "N. BULGANIN"
    said = {(m.line, m.code): m.text for m in report.messages if m.code == "ocr-digits"}
    assert set(said) == {(13, "ocr-digits"), (17, "ocr-digits")}
    assert "'l6', 'l955'" in said[13, "ocr-digits"] and "'l955'" in said[17, "ocr-digits"]


def test_a_diary_entry_among_the_telegrams_ends_the_one_before_and_is_left_out(tmp_path):
    report = Report()
    docs = convert(tmp_path, "compilation-1999-bulletin-diary-among-telegrams.txt", report=report)
    # the number alone flush left, the parties and the kind and date under it: one heading, dated
    assert sorted(docs) == ["tg-1955-05-14-khrushchev-tito-cold-war-international-history-1999",
                            "tg-1955-06-03-tito-khrushchev-cold-war-international-history-1999"]
    first = docs["tg-1955-05-14-khrushchev-tito-cold-war-international-history-1999"]
    div = first.find(f".//{T}div")
    assert text(div.find(f"{T}closer/{T}signed")) == "N. KHRUSHCHEV"
    assert "DIARY" not in text(div) and "White Palace" not in text(div)
    assert first.find(f".//{T}sourceDesc/{T}bibl/{T}note[@type='source']").text == \
        "Source: RGASPI, f. 558, op. 11, d. 1352, l. 2."
    left_out = [m for m in report.messages if m.code == "not-a-telegram"]
    assert [(m.line, m.level) for m in left_out] == [(16, "warning")] and "DIARY OF V. A. MALYSHEV" in left_out[0].text
    second = docs["tg-1955-06-03-tito-khrushchev-cold-war-international-history-1999"]
    assert second.find(f".//{T}sourceDesc/{T}bibl/{T}biblScope[@unit='item']").text == "3"


def notes(doc) -> list[tuple[str, str]]:
    """(n, first words) of each footnote."""
    return [(n.get("n"), text(n)[:24]) for n in doc.iter(T + "note") if n.get("place") == "foot"]


def test_the_editors_paragraph_and_a_page_line_after_an_items_notes_are_not_the_telegrams(tmp_path):
    report = Report()
    docs = convert(tmp_path, "compilation-1986-editors-paragraph-between-items-bracketed-notes.txt", report=report)
    first = docs["tg-1955-10-12-pham-van-dong-molotov-soviet-vietnamese-relations-1986"]
    div = first.find(f".//{T}div")
    # the note "[1] ..." at its mark, the closer in place, the editor's paragraph out
    assert notes(first) == [("1", "The request concerned th")]
    assert children(div)[-1] == "closer" and text(div.find(f"{T}closer/{T}signed")) == "PHAM VAN DONG"
    assert "In November 1955" not in text(first.find(f".//{T}text"))
    said = [m for m in report.messages if m.code == "editorial-text"]
    assert [m.line for m in said] == [19] and "In November 1955" in said[0].text
    # the running head between them: the next item's first page
    second = docs["tg-1955-11-17-molotov-pham-van-dong-soviet-vietnamese-relations-1986"]
    div = second.find(f".//{T}div")
    assert children(div)[:2] == ["pb", "head"] and div[0].get("n") == "28"
    # the page's number after the last item's note: after its closer
    assert notes(second) == [("*", "The agreement was signed")]
    assert children(div)[-2:] == ["closer", "pb"] and div[-1].get("n") == "29"


def test_notes_at_the_end_grouped_by_item_go_to_their_marks_in_each_item(tmp_path):
    docs = convert(tmp_path, "compilation-1958-notes-at-the-end-grouped-by-item.txt")
    first = docs["tg-1956-06-02-kim-il-sung-khrushchev-soviet-korean-relations-1958"]
    second = docs["tg-1956-06-04-khrushchev-kim-il-sung-soviet-korean-relations-1958"]
    # each item numbers its notes anew: "[1]" in both, each its own
    assert notes(first) == [("1", "The delegation travelled")]
    assert notes(second) == [("1", "See No. 1 above."), ("2", "The talks took place on ")]
    div = second.find(f".//{T}div")
    assert children(div)[-1] == "closer" and text(div.find(f"{T}closer/{T}signed")) == "N. KHRUSHCHEV"
    assert "NOTES" not in text(div) and "To No." not in text(div)


def test_telegram_numbers_above_parties_in_title_case_head_the_items(tmp_path):
    docs = convert(tmp_path, "compilation-1960-telegram-numbers-above-title-case-parties.txt")
    first = docs["tg-1956-07-10-bulganin-ho-chi-minh-for-lasting-friendship-1960"]
    second = docs["tg-1956-07-13-ho-chi-minh-bulganin-for-lasting-friendship-1960"]
    bibl = first.find(f".//{T}sourceDesc/{T}bibl")
    # "TELEGRAM No. 1" is the book's number of the item, not the telegram's own
    assert bibl.find(f"{T}biblScope[@unit='item']").text == "1" and bibl.find(f"{T}idno[@type='telegram']") is None
    div = first.find(f".//{T}div")
    assert text(div.find(f"{T}head")) == "TELEGRAM No. 1 N. A. Bulganin to Ho Chi Minh"
    assert notes(first) == [("*", "Signed on 21 July 1954 a")]
    assert children(div)[-1] == "closer" and "TELEGRAM" not in text(div.find(f"{T}closer"))
    assert text(second.find(f".//{T}div/{T}closer/{T}signed")) == "HO CHI MINH"


def test_a_date_between_the_document_number_and_the_heading(tmp_path):
    docs = convert(tmp_path, "compilation-1987-document-numbers-dates-above-headings.txt")
    assert sorted(docs) == ["tg-1956-08-03-ho-chi-minh-voroshilov-soviet-vietnamese-relations-1987",
                            "tg-1956-08-09-voroshilov-ho-chi-minh-soviet-vietnamese-relations-1987"]


def test_more_heading_forms_head_items():
    from tei.sources.compilation import CompilationReader

    body = "\n\nComrade Stalin,\n\nWe ask for your instructions on the question of the federation.\n\nG. DIMITROV\n\n"
    forms = {
        "slash": ("1 / TELEGRAM FROM G. DIMITROV TO J. V. STALIN, 3 MAY 1945", "2 / TELEGRAM FROM G. DIMITROV TO J. V. STALIN, 4 MAY 1945"),
        "parenthesis alone": ("(1)\nTELEGRAM FROM G. DIMITROV TO J. V. STALIN, 3 MAY 1945",
                              "(2)\nTELEGRAM FROM G. DIMITROV TO J. V. STALIN, 4 MAY 1945"),
        "parenthesis": ("(1) TELEGRAM FROM G. DIMITROV TO J. V. STALIN, 3 MAY 1945",
                        "(2) TELEGRAM FROM G. DIMITROV TO J. V. STALIN, 4 MAY 1945"),
        "title case, unnumbered": ("G. Dimitrov to J. V. Stalin, 3 May 1945", "G. Dimitrov to J. V. Stalin, 4 May 1945"),
        "title case, numbered": ("1. G. Dimitrov to J. V. Stalin", "2. G. Dimitrov to J. V. Stalin"),
    }
    for name, (one, two) in forms.items():
        text_ = f"DOCUMENTS\nSofia: Press, 1990\n\n{one}{body}{two}{body}"
        records = CompilationReader().read(text_, "x.txt")
        assert [r.number_in_source for r in records] == (["", ""] if "unnumbered" in name else ["1", "2"]), name
        assert all(r.blocks[-1].text == "G. DIMITROV" for r in records), name


def test_a_title_over_several_lines_above_a_ministry_as_publisher(tmp_path):
    docs = convert(tmp_path, "compilation-1957-ministry-title-page-title-over-lines.txt")
    doc = docs["tg-1956-10-12-khrushchev-tito-white-book-relations-between-1957"]
    b = doc.find(f".//{T}sourceDesc/{T}bibl")
    assert text(b.find(f"{T}title[@level='m']")) == (
        "White Book on the Relations between the Governments of the USSR, Hungary and Poland, and the Government "
        "of Yugoslavia")
    assert text(b.find(f"{T}publisher")) == "Ministry of Foreign Affairs of the Federative People's Republic of Yugoslavia"
    assert (text(b.find(f"{T}pubPlace")), text(b.find(f"{T}date"))) == ("Belgrade", "1957")
