"""Real pages, round thirty-four (collected works and printed compilations: Lenin's Collected
Works as the web archive gives their letters and telegrams, "To: J. V. STALIN" with "Dictated:"
over the text, and as the volumes' PDF text; Stalin's Works; Mao's Selected Works vol. 7; the
1957 Correspondence of the Chairman of the Council of Ministers with the Presidents of the USA and
the Prime Ministers of Great Britain, as two sites give it; "Sino-Soviet Relations, 1911-57" as a
reprint gives it; a site's selection of Soviet foreign-policy documents): what the converter
misread, each with a source of our own in the page's layout (the pages are not ours to keep)."""

from __future__ import annotations

from source_helpers import T, convert, convert_one, sent_when


def _parties(doc) -> list[tuple[str, list[str]]]:
    """(correspAction's type, the refs of its persons and bodies) of a converted telegram."""
    return [(a.get("type"), [n.get("ref") for n in a if n.tag in (f"{T}persName", f"{T}orgName")])
            for a in doc.iter(f"{T}correspAction")]


TO_COLON = "works-web-lenin-stalin-1921-03-11-to-colon-title-dictated-label-lettered-pages.txt"


def test_a_to_colon_title_and_the_dictated_label(tmp_path):
    """"V. I. Lenin" / "To:   J. V. STALIN" / "Dictated: Dictated by phone at 11.30 on March 11,
    1921" / "Published: ...": the title the address ("To:" no label of the page's), the day the
    one at the label's end (the page was refused: no sender or recipient, undated, the page's
    credits the text's first paragraphs)."""
    doc = convert_one(tmp_path, TO_COLON)
    assert _parties(doc) == [("sent", ["#lenin"]), ("received", ["#stalin"])]
    assert sent_when(doc) == "1921-03-11"
    paragraphs = ["".join(p.itertext()) for p in doc.find(f".//{T}body").iter(f"{T}p")]
    assert paragraphs[0].startswith("The request about the seed grain") and len(paragraphs) == 1


def test_pages_with_a_letter_after_their_numbers(tmp_path):
    """"Volume 45, pages 212c-213a" (the Collected Works' later volumes part a page by letters):
    pages 212 to 213 (it read page 212 alone)."""
    doc = convert_one(tmp_path, TO_COLON)
    scope = doc.find(f".//{T}sourceDesc//{T}biblScope[@unit='page']")
    assert (scope.get("from"), scope.get("to"), scope.text) == ("212", "213", "212-213")


SELECTION = "works-web-selection-maisky-1939-06-02-heading-over-a-blank-line-date-with-marking.txt"


def test_a_selections_heading_over_a_blank_line_and_its_date_with_a_marking(tmp_path):
    """A site's selection of foreign-policy documents: its title at the head and again over the
    text ("Selected Documents of Soviet Diplomacy - 1919 to 1941"), the navigation, then "I. M.
    Maisky to the people's commissariat of foreign affairs of the" / "" / "USSR" / "June 2, 1939
    top secret": the heading the item's title and parties, the day its date, "top secret" its
    marking, the selection's title the book cited (it read the site's title as 'X - 1919 to 1941'
    and the parties '... 1919' and '1941', undated; the commissariat, unknown to the file, added)."""
    doc = convert_one(tmp_path, SELECTION)
    assert _parties(doc) == [("sent", ["#maisky"]), ("received", ["#nkid"])]
    assert sent_when(doc) == "1939-06-02"
    opener = doc.find(f".//{T}body/{T}div/{T}opener")
    assert [(e.tag.split("}")[1], "".join(e.itertext())) for e in opener] == [
        ("dateline", "June 2, 1939"), ("seg", "top secret")]
    bibl = doc.find(f".//{T}sourceDesc/{T}bibl")
    assert bibl.find(f"{T}title[@level='m']").text == "Selected Documents of Soviet Diplomacy - 1919 to 1941"
    assert bibl.find(f"{T}date") is None  # (the years the documents cover, not a printing's)


def test_an_address_naming_the_union_in_the_singular(tmp_path):
    """"The Council of Ministers," / "The Union of Soviet Socialist Republic," over "Dear Comrade
    J. V. Stalin:" (the web edition of Mao's Selected Works, vol. 7, prints the Union so): the
    country the file knows, the council the Soviet government's (the council was a provisional
    body of its own, the country's name untagged)."""
    doc = convert_one(tmp_path, "works-web-mao-1953-council-of-ministers-over-the-union-in-the-singular.txt")
    address = doc.findall(f".//{T}opener/{T}seg[@type='address']")
    assert [[n.get("ref") for n in seg] for seg in address] == [["#soviet-government"], ["#ussr"]]
    assert _parties(doc) == [("sent", ["#mao"]), ("received", ["#stalin"])]


def test_the_addressees_name_office_and_place_over_the_marking_and_date(tmp_path):
    """"Stalin," / "Revolutionary Military Council of the South-Western Front, Kharkov" /
    "Priority. By direct line" / "March 24, 1920" over a telegram of Lenin's works (the web
    archive's pages of vol. 30): the address, the marking and the dateline of its opener (the name
    was read as a greeting, the office, the marking and the date as the text's first paragraphs)."""
    doc = convert_one(tmp_path, "works-lenin-stalin-1920-03-24-wired-label-marking-over-the-date.txt")
    opener = doc.find(f".//{T}body/{T}div/{T}opener")
    assert [(e.tag.split("}")[1], e.get("type"), "".join(e.itertext())) for e in opener] == [
        ("seg", "address", "Stalin,"),
        ("seg", "address", "Revolutionary Military Council of the South-Western Front, Kharkov"),
        ("seg", "classification", "Priority. By direct line"),
        ("dateline", None, "March 24, 1920")]
    first = "".join(doc.find(f".//{T}body/{T}div/{T}p").itertext())
    assert first.startswith("Your report on the coal")


LENIN_PDF = "compilation-pdf-lenin-1917-11-09-addressee-alone-under-the-number-written-in-a-language.txt"


def test_a_letter_headed_by_its_addressee_alone_under_its_number(tmp_path):
    """Lenin's Collected Works as a PDF's text: "137" / "TO  G.  V.  CHICHERIN" / "311" / the
    letter / "N.  Lenin" / "Written  in  German" / "First  published  in  Russian" / ... / "in
    Pravda  No.  1 4 ," / "January  1 4 ,  1 9 3 1": an item, from its signer to the addressee,
    dated by the dateline above the signature (it was taken into the book's front matter and
    lost); the next item's "Written  on  November  1 0" / "(November  2 3 ),  1 9 1 7", its
    figures set apart, the day it was written (it was refused, its sender not found)."""
    docs = {sent_when(doc): doc for doc in convert(tmp_path, LENIN_PDF).values()}
    assert sorted(docs) == ["1917-11-09", "1917-11-23"]
    letter, telegram = docs["1917-11-09"], docs["1917-11-23"]
    assert _parties(letter) == [("sent", ["#lenin"]), ("received", ["#chicherin"])]
    assert [" ".join("".join(e.itertext()).split()) for e in letter.find(f".//{T}body/{T}div/{T}closer")] == [
        "With greetings,", "November 9, 1917", "N. Lenin"]
    notes = " ".join("".join(n.itertext()) for n in letter.iter(f"{T}note"))
    assert "in Pravda No. 14, January 14, 1931" in notes
    assert _parties(telegram)[0] == ("sent", ["#lenin"])


def test_figures_set_apart_joined_but_two_numbers_side_by_side_kept():
    """A PDF's text sets a number's figures apart ("November  1 9", "1 9 1 7"): joined in the
    edition's notes and the line that dates it; two numbers side by side in the letter's text or
    the notes ("1 500 rifles", "January 14 1931") stay apart (they were run into "1500", "141931")."""
    from tei.sources.compilation import _edition_dating
    from tei.sources.model import Block

    blocks = [Block("To the Revolutionary Military Council", 1),
              Block("(P.S. The 1 500 rifles go in 1931.", 2),
              Block("N. Lenin", 3),
              Block("Written on November 1 9", 4),
              Block("(December 2), 1 9 1 7", 5),
              Block("First published on January 14 1931 in 1 500 copies", 6)]
    written, notes = _edition_dating(blocks)
    assert written == "November 19 (December 2), 1917"
    assert [b.text for b in blocks] == [
        "To the Revolutionary Military Council", "(P.S. The 1 500 rifles go in 1931.", "N. Lenin"]
    assert notes == ["Written on November 19 (December 2), 1917. First published on January 14 1931 in 1 500 copies."]


def test_lettered_pages_in_every_citation_that_reads_them():
    """"pages 540d-541a", "540d-541", "pp. 540-541a": pages 540 to 541, in a citation's pages and
    in a citation written in areas, whose imprint the pages follow (it read 540 alone, the areas'
    imprint "540" for "540d-541a")."""
    from tei.sources.collected_works import PAGES, gost_areas, page_range

    for cited in ("Volume 45, pages 540d-541a", "Volume 45, pages 540d-541", "Vol. 45, pp. 540-541a",
                  "Vol. 45, pp. 540 - 541"):
        assert page_range(PAGES.search(cited)) == "540-541", cited
    assert page_range(PAGES.search("Volume 45, page 212c.")) == "212"
    assert gost_areas("V. I. Lenin. Collected Works. - Vol. 45. - Moscow: Progress Publishers, 1970, "
                      "pages 540d-541a.")["pages"] == "540-541"
