"""Title pages and item lines of printed compilations (RIIA, Degras, a bulletin, FRUS).

tests/sources/compilation-1954-riia-parts-between-items-places-on-one-line.txt: a RIIA volume
whose items are printed under parts of the book ("II. THE FAR EAST" under the title page, "III.
KOREA" between two items), its imprint listing its places on one line, single-spaced, the
first of two words ("NEW YORK LONDON TORONTO"), an address line with the place it goes to first.
"""

from __future__ import annotations

from source_helpers import T, convert, witness, lines, text

RIIA = "compilation-1953-riia-lettered-headings-note-on-heading.txt"
DEGRAS = "compilation-1955-degras-date-first-headings-first-printing-under-item.txt"
BULLETIN = "compilation-2004-bulletin-document-no-notes-numbered-marks-raised.txt"
FRUS = "compilation-1976-frus-file-line-offices-received.txt"
PARTS = "compilation-1954-riia-parts-between-items-places-on-one-line.txt"


def test_riia_title_over_lines_editor_under_by_imprint_and_the_part_of_the_book(tmp_path):
    docs = convert(tmp_path, RIIA)
    assert sorted(docs)[0] == "tg-1950-02-24-zhou-enlai-vyshinsky-documents-international-affairs-1953"  # (the fuller title)
    bibl = witness(docs[sorted(docs)[0]])
    # the title over two lines in capitals, joined; the years under it
    assert bibl.findtext(f"{T}title[@level='m']") == "Documents on International Affairs, 1949-1950"
    # "SELECTED AND EDITED BY" / "MARGARET CARLYLE": the name on the next line
    assert [e.text for e in bibl.iter(f"{T}editor")] == ["Margaret Carlyle"]
    # "OXFORD UNIVERSITY PRESS / LONDON  NEW YORK  TORONTO / 1953": the publisher, the first place, the year
    assert bibl.findtext(f"{T}publisher") == "Oxford University Press"
    assert bibl.findtext(f"{T}pubPlace") == "London"
    assert bibl.find(f"{T}date").get("when") == "1953"
    # "II. THE FAR EAST": the part of the book the item is in, not the title page's
    part = bibl.find(f"{T}biblScope[@unit='part']")
    assert part.text == "II. THE FAR EAST" and part.get("n") == "II"
    assert "FAR EAST" not in bibl.findtext(f"{T}note[@type='front-matter']")
    assert bibl.findtext(f"{T}note[@type='front-matter']").endswith("LONDON  NEW YORK  TORONTO / 1953")


def test_degras_title_page_editor_imprint_and_the_address_with_its_place_first(tmp_path):
    docs = convert(tmp_path, DEGRAS)
    second = docs[sorted(docs)[1]]
    bibl = witness(second)
    assert bibl.findtext(f"{T}title[@level='m']").startswith("Soviet Documents on Foreign Policy")
    assert [e.text for e in bibl.iter(f"{T}editor")] == ["Jane Degras"]
    assert (bibl.findtext(f"{T}pubPlace"), bibl.findtext(f"{T}publisher"), bibl.findtext(f"{T}date")) == \
        ("London", "Oxford University Press", "1955")
    # "Peking. To the Chairman of ..., Comrade Mao Tse-tung.": the address line, where it goes first
    opener = second.find(f".//{T}div/{T}opener")
    assert opener is not None and lines(opener)[0][0] == "address"
    assert lines(opener)[0][1].startswith("Peking. To the Chairman")
    assert not text(second.find(f".//{T}div/{T}p")).startswith("Peking")


def test_bulletin_article_nested_in_the_items_bibl_with_its_author(tmp_path):
    docs = convert(tmp_path, BULLETIN)
    bibl = witness(docs["tg-1952-07-22-zhou-enlai-stalin-cold-war-international-history-2004"])
    # the item's own title first, the article it is printed in nested in its bibl
    assert bibl.findtext(f"{T}title[@level='a']").startswith("Ciphered Telegram, Zhou Enlai")
    article = bibl.find(f"{T}bibl[@type='article']")
    assert article is not None
    assert article.findtext(f"{T}title[@level='a']") == "Stalin, Mao and the Korean War: New Documents"
    assert [a.text for a in article.iter(f"{T}author")] == ["Chen Jian"]
    assert bibl.findtext(f"{T}title[@level='j']") == "COLD WAR INTERNATIONAL HISTORY PROJECT BULLETIN"


def test_a_headings_note_is_numbered_as_the_notes_in_the_line(tmp_path):
    docs = convert(tmp_path, RIIA)
    first = docs[sorted(docs)[0]]
    marks = [n.get("n") for n in first.find(f".//{T}div").iter(f"{T}note")]
    assert marks == ["1", "2"]  # ("¹" on the heading, "²" in the text, as printed)


def test_frus_dateline_time_after_a_dash_in_the_dates_when(tmp_path):
    docs = convert(tmp_path, FRUS)
    first = docs["tg-1950-01-26-kirk-acheson-foreign-relations-united-states-1976"]
    date = first.find(f".//{T}div/{T}opener/{T}dateline/{T}date")
    assert date.get("when") == "1950-01-26T18:00:00" and text(date) == "January 26, 1950—6 p.m."
    second = docs["tg-1950-01-28-acheson-kirk-foreign-relations-united-states-1976"]
    assert second.find(f".//{T}div/{T}opener/{T}dateline/{T}date").get("when") == "1950-01-28T19:00:00"


def test_parts_between_items_places_on_one_line_and_a_place_of_two_words_first(tmp_path):
    docs = convert(tmp_path, PARTS)
    assert sorted(docs) == ["tg-1951-09-10-zhou-enlai-vyshinsky-documents-international-affairs-1954",
                            "tg-1951-09-13-stalin-kim-il-sung-documents-international-affairs-1954"]
    first, second = (docs[k] for k in sorted(docs))
    assert witness(first).find(f"{T}biblScope[@unit='part']").text == "II. THE FAR EAST"
    # "III. KOREA" after the first item's signature: the second item's part, not the first's text
    assert witness(second).find(f"{T}biblScope[@unit='part']").text == "III. KOREA"
    assert "KOREA" not in text(first.find(f".//{T}body"))
    assert text(first.find(f".//{T}div/{T}closer")) == "CHOU EN-LAI"
    bibl = witness(second)
    assert bibl.findtext(f"{T}pubPlace") == "New York"
    assert [e.text for e in bibl.iter(f"{T}editor")] == ["Denise Folliot"]
    assert bibl.findtext(f"{T}title[@level='m']") == "Documents on International Affairs, 1951"
    assert lines(second.find(f".//{T}div/{T}opener"))[0][0] == "address"
    # the heading's note, marked "¹" there, numbered "1"
    assert first.find(f".//{T}div/{T}head/{T}note").get("n") == "1"
