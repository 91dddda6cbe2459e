"""Real pages, round twenty-eight (telegrams in other collected works: Lenin's and Stalin's as the
web archives give them): what the converter misread, each with a source of our own in the page's
layout (the pages themselves are not ours to keep)."""

from __future__ import annotations

from source_helpers import T, convert_one, text

from tei.messages import Report

LENIN_PAGE = "works-web-lenin-1918-06-02-written-label-backslash-credits-notes-and-site-links.txt"
STALIN_PAGE = "works-web-stalin-1918-08-04-written-place-and-date-author-in-citation.txt"


def test_the_written_label_dates_a_telegram_of_the_works(tmp_path):
    """"Written: Written on June 2, 1918" among the labelled lines, the only date the page gives:
    the sent date (it was undated, "no date found"); "Sent from Moscow to Nizhni-Novgorod." in the
    first printing's note where it was sent from."""
    root = convert_one(tmp_path, LENIN_PAGE)
    sent = root.find(f".//{T}correspAction[@type='sent']")
    assert sent.find(f"{T}date").attrib == {"when": "1918-06-02"}
    assert sent.find(f"{T}placeName").get("ref") == "#moscow"


def test_the_archives_labels_and_links_are_no_part_of_the_text(tmp_path):
    """"Transcription\\Markup: R. Cymbala" (a backslash between its words), "Public Domain: ...
    README", "Other Formats: TextREADME", "< backward   forward >": the web edition's credits or
    the site's links, not paragraphs of the telegram (they were its first three and its last);
    the notes under "Notes" then reach the text, "[1]" the note at its mark (it was a number the
    editor supplied)."""
    root = convert_one(tmp_path, LENIN_PAGE)
    div = root.find(f".//{T}body/{T}div")
    words = text(div)
    for furniture in ("Transcription", "Public Domain", "README", "Other Formats", "backward", "Notes"):
        assert furniture not in words, furniture
    credits = text(root.find(f".//{T}sourceDesc//{T}note[@type='credits']"))
    assert credits.startswith("Transcription\\Markup: R. Cymbala; Public Domain: Lenin Internet Archive.")
    assert "README" not in credits and "Other Formats" not in credits
    note = div.find(f".//{T}note[@place='foot']")
    assert note.get("n") == "1" and text(note).startswith("The works had asked on May 30, 1918")
    assert not div.findall(f".//{T}supplied")


def test_the_author_line_set_apart_and_a_body_after_the_addressee(tmp_path):
    """"V. I.   Lenin" over the title (its initials set apart by the page's spaces) the author;
    "TELEGRAM TO A. P. SEREBROVSKY, MANAGING BOARD OF THE SORMOVO WORKS": the person, the board he
    is at no part of his name (the whole was one person)."""
    report = Report()
    from tei.convert import convert_sources

    from source_helpers import SOURCES
    convert_sources([SOURCES / LENIN_PAGE], tmp_path, report=report)
    [path] = tmp_path.glob("*.xml")
    from lxml import etree

    root = etree.parse(str(path)).getroot()
    assert root.find(f".//{T}correspAction[@type='sent']/{T}persName").get("ref") == "#lenin"
    received = root.find(f".//{T}correspAction[@type='received']/{T}persName")
    assert text(received) == "A. P. Serebrovsky"
    assert [m.code for m in report.messages if "SEREBROVSKY" in m.text] == ["unresolved-name"]
    assert "MANAGING BOARD" in next(m.text for m in report.messages if "SEREBROVSKY" in m.text)


def test_the_works_author_the_citation_names_sends_an_unsigned_telegram(tmp_path):
    """"Telegram to V. I. Lenin", no author's line, no signature, "Source: J. V. Stalin, Works,
    Volume 4, ...": the works' author the sender (none was found: the TEI was not valid);
    "Written: Tsaritsyn, August 4, 1918" the date and the place it was sent from."""
    root = convert_one(tmp_path, STALIN_PAGE)
    sent = root.find(f".//{T}correspAction[@type='sent']")
    assert sent.find(f"{T}persName").get("ref") == "#stalin"
    assert sent.find(f"{T}date").get("when") == "1918-08-04"
    assert sent.find(f"{T}placeName").get("ref") == "#stalingrad"  # (Tsaritsyn, the authority file's other name)
    assert root.find(f".//{T}correspAction[@type='received']/{T}persName").get("ref") == "#lenin"
    assert text(root.find(f".//{T}body/{T}div/{T}p")).startswith("The grain trains have left")
