"""The body's structure in forms the converter flattened or missed (a round of unseen texts):
points under a point, a letter quoted without quotation marks, a quoted message signed by
three with initials, emphasis in Markdown copies, a postscript above the signature, an
enclosure line under the closer, the office alone as the address, a table of figures set in
columns."""

from __future__ import annotations

import re

import pytest
from lxml import etree
from lxml import html as lxml_html

from source_helpers import T, convert, lines, text


def one(tmp_path, name):
    [root] = convert(tmp_path, name).values()
    return root


def points(lst) -> list:
    """A list of points as (n, text before the points under it, [points under it])."""
    return [(item.get("n"), " ".join((item.text or "").split()),
             points(item.find(f"{T}list")) if item.find(f"{T}list") is not None else [])
            for item in lst.findall(f"{T}item")]


def test_points_under_a_point_are_a_list_in_its_item(tmp_path):
    """"1. ... For this:" / "a) ..." / "b) ..." / "2. ...": the lettered points a list inside
    the item of the point they belong to, the points a list of items keeping their numbers
    (they were all paragraphs of one level); so "1)" with "(a)", and in a quoted message."""
    root = one(tmp_path / "a", "works-mao-peng-1952-08-20-manuscripts-points-under-points.txt")
    div = root.find(f".//{T}div")
    [lst] = div.findall(f"{T}list")
    assert lst.get("rend") == "numbered" and not div.findall(f"{T}p[@n]")
    assert [(n, t[:24], [(m, u[:12]) for m, u, _ in under]) for n, t, under in points(lst)] == [
        ("1", "The Volunteers will hold", [("a", "build the se"), ("b", "store food f")]),
        ("2", "The artillery divisions ", []), ("3", "Report each week on the ", [])]
    assert text(div.find(f"{T}postscript")) == "P.S. Show this telegram to Comrade Kim Il Sung."

    root = one(tmp_path / "b", "cable-zhou-filippov-1951-09-12-points-under-points-figures-postscript-above.txt")
    [lst] = root.find(f".//{T}div").findall(f"{T}list")
    assert [(n, [m for m, _, _ in under]) for n, _, under in points(lst)] == [("1", ["a", "b"]), ("2", []), ("3", [])]

    root = one(tmp_path / "c", "telegram-filippov-kuznetsov-1951-12-04-quoted-message-with-points-under-points.md")
    [lst] = root.findall(f".//{T}quote/{T}floatingText/{T}body/{T}list")
    assert [(n, [m for m, _, _ in under]) for n, _, under in points(lst)] == [("1", ["a", "b"]), ("2", [])]
    assert lines(root.find(f".//{T}floatingText/{T}body/{T}closer")) == [("signed", "FILIPPOV")]


def test_a_lone_point_after_a_point_is_no_list(tmp_path):
    """"Fourth. ..." / "a) ...": one lettered point is no list under the point (a generated
    corpus spliced such paragraphs)."""
    from tei.transforms import E
    from tei.transforms.structure.lines import STYLE
    from tei.transforms.structure.lists import _nest_points

    div = E("div")
    for n, style in (("3", "1."), ("4", "1."), ("a", "a)")):
        p = E("p", "Text.", n=n)
        p.set(STYLE, style)
        div.append(p)
    _nest_points(div)
    assert [c.tag for c in div] == [f"{T}p"] * 3


def test_points_under_points_in_the_editions(tmp_path):
    """The HTML page shows the points as the source numbers them, those under a point in a list
    inside its item ("(a)" under "1."); the print edition labels them so (it numbered every
    list 1, 2, 3)."""
    from conftest import require
    from print_helpers import pdf_text
    from tei.html import render_site
    from tei.messages import Report
    from tei.pdf import print_volume

    docs = convert(tmp_path / "tei", "works-mao-peng-1952-08-20-manuscripts-points-under-points.txt")
    [doc_id] = docs
    assert render_site(tmp_path / "tei", tmp_path / "site", Report(), search=False, workers=1).ok
    page = lxml_html.parse(str(tmp_path / "site" / f"{doc_id}.html"))
    [outer] = page.xpath("//ol[contains(@class, 'rend-numbered')][not(ancestor::ol)]")
    assert [s.text for s in outer.xpath("./li/span[@class='num']")] == ["1.", "2.", "3."]
    assert [s.text for s in outer.xpath("./li[1]/ol/li/span[@class='num']")] == ["(a)", "(b)"]
    assert not page.xpath("//li[@value='']")
    require("pdftotext", "the PDF's text is read with poppler-utils")
    pdf = tmp_path / "edition.pdf"
    assert print_volume(sorted((tmp_path / "tei").glob("*.xml")), pdf, Report(), paper="a4", alone=False)
    printed = " ".join(pdf_text(pdf).split())
    assert re.search(r"1\. The Volunteers will hold .*\(a\) build the second line .*\(b\) store food .*2\. The artillery",
                     printed)


def test_a_letter_quoted_without_quotation_marks(tmp_path):
    """"I transmit to you the telegram of Liu Shaoqi ...:" / "Comrade Filippov!" / ... / "Liu
    Shaoqi" / "16 February 1950" / "ROSHCHIN" / "17.II.50": the letter a quote holding it
    as a floatingText with its own opener and closer, the cable's closer after it (they were
    paragraphs and the cable's closer took the letter's signature)."""
    root = one(tmp_path, "telegram-roshchin-filippov-1950-02-17-letter-forwarded-without-marks-emphasis.md")
    div = root.find(f".//{T}div")
    assert [etree.QName(c).localname for c in div] == ["opener", "p", "quote", "closer"]
    [quote] = div.findall(f"{T}quote")
    assert quote.get("rend") is None  # (no marks to render)
    body = quote.find(f"{T}floatingText[@type='letter']/{T}body")
    assert lines(body.find(f"{T}opener")) == [("salute", "Comrade Filippov!")]
    assert lines(body.find(f"{T}closer")) == [("salute", "With communist greetings,"), ("signed", "Liu Shaoqi"),
                                              ("dateline", "16 February 1950")]
    assert lines(div.find(f"{T}closer")) == [("signed", "ROSHCHIN"), ("dateline", "17.II.50")]
    assert root.find(f".//{T}correspAction[@type='sent']/{T}date").get("when") == "1950-02-17"


def test_two_letters_forwarded_without_marks_and_the_senders_signature_under_the_last(tmp_path):
    """"... the following two telegrams of Peng Dehuai." / "The first, of 12 October:" /
    "Comrade Mao Zedong!" / ... / "PENG DEHUAI" / "The second, ...:" / ... / "PENG DEHUAI" /
    "KUZNETSOV" / "14.X.52": two quotes; the cable's sender, not named as the letters' author
    above them, signs the cable, not the second letter."""
    root = one(tmp_path, "cable-kuznetsov-filippov-1952-10-14-two-telegrams-forwarded-without-marks.txt")
    div = root.find(f".//{T}div")
    assert [etree.QName(c).localname for c in div] == ["opener", "p", "p", "quote", "p", "quote", "closer"]
    for quote in div.findall(f"{T}quote"):
        assert lines(quote.find(f".//{T}closer")) == [("signed", "PENG DEHUAI")]
    assert lines(div.find(f"{T}closer")) == [("signed", "KUZNETSOV"), ("dateline", "14.X.52")]
    assert root.find(f".//{T}correspAction[@type='sent']/{T}persName").get("ref") == "#kuznetsov"


def test_a_letter_signed_by_two_to_the_end_of_the_cable_signs_and_dates_it(tmp_path):
    """"Please transmit to Comrade Stalin the following letter:" / ... / "KIM IL SUNG" / "PAK
    HON-YONG" / "Pyongyang, 29 September 1950": the letter a quote to the end of the cable, both
    names its signers; its date and place the cable's (it has no closer of its own)."""
    root = one(tmp_path, "cable-kim-pak-stalin-1950-09-29-two-senders-via-shtykov.txt")
    div = root.find(f".//{T}div")
    assert div.find(f"{T}closer") is None
    assert lines(div.find(f"{T}quote/{T}floatingText/{T}body/{T}closer")) == [
        ("salute", "With deep respect,"), ("signed", "KIM IL SUNG"), ("signed", "PAK HON-YONG"),
        ("dateline", "Pyongyang, 29 September 1950")]
    sent = root.find(f".//{T}correspAction[@type='sent']")
    assert (sent.find(f"{T}placeName").get("ref"), sent.find(f"{T}date").get("when")) == ("#pyongyang", "1950-09-29")


def test_a_quoted_message_signed_by_three_with_initials(tmp_path):
    """"Visit Comrade Mao Zedong and convey to him the following message:" / "Comrade Mao
    Zedong!" / ... / "I. Stalin, V. Molotov, G. Malenkov" / "Telegraph the fulfilment." /
    "A. VYSHINSKY": the three the message's signature (initials the authority file does not
    list: it stayed a paragraph), the cable's text and closer after it; "BEIJING" / "SOVIET
    AMBASSADOR" above the text, with no name under them, the address (they were paragraphs)."""
    root = one(tmp_path, "cable-vyshinsky-kuznetsov-1952-03-26-three-signers-with-initials-office-alone.txt")
    div = root.find(f".//{T}div")
    assert lines(div.find(f"{T}opener")) == [("classification", "TOP SECRET"), ("classification", "Copy No. 3"),
                                             ("address", "BEIJING"), ("address", "SOVIET AMBASSADOR")]
    closer = div.find(f"{T}quote/{T}floatingText/{T}body/{T}closer")
    assert lines(closer) == [("signed", "I. Stalin, V. Molotov, G. Malenkov")]
    assert [p.get("ref") for p in closer.iter(f"{T}persName")] == ["#stalin", "#molotov", "#malenkov"]
    # ("Telegraph the fulfilment.", what the addressee is to do on receipt, is the closer's: see test_unseen_cables)
    assert [etree.QName(c).localname for c in div][1:] == ["p", "quote", "closer"]
    assert lines(div.find(f"{T}closer")) == [("salute", "Telegraph the fulfilment."), ("signed", "A. VYSHINSKY"),
                                             ("dateline", "26.III.52")]


@pytest.mark.parametrize("name, found", [
    ("telegram-roshchin-filippov-1950-02-17-letter-forwarded-without-marks-emphasis.md",
     [("italic", "forty-two"), ("bold", "15 February"), ("bold italic", "second group")]),
    ("telegram-kim-filippov-1952-08-09-emphasis-in-html-and-underscores.md",
     [("italic", "day and night"), ("bold", "two"), ("bold", "KIM IL SUNG")]),
])
def test_emphasis_in_a_markdown_copy(tmp_path, name, found):
    """"_forty-two_", "**15 February**", "***second group***", "<strong>two</strong>",
    "**KIM IL SUNG**": hi with its rend, where the words stand (the marks were dropped, or the
    underscores kept in the text); the names and dates inside still tagged."""
    root = one(tmp_path, name)
    his = root.findall(f".//{T}text//{T}hi")
    assert [(h.get("rend"), text(h)) for h in his] == found
    assert "_" not in "".join(root.find(f".//{T}text").itertext())
    named = [h.find(f"{T}date") if h.find(f"{T}date") is not None else h.find(f"{T}persName") for h in his]
    assert [e is not None for e in named] == [t in ("15 February", "KIM IL SUNG") for _, t in found]


def test_emphasis_in_the_editions(tmp_path):
    """Italic, bold and both in the HTML page and the print edition's markup."""
    from tei.html import render_site
    from tei.messages import Report

    convert(tmp_path / "tei", "telegram-roshchin-filippov-1950-02-17-letter-forwarded-without-marks-emphasis.md")
    assert render_site(tmp_path / "tei", tmp_path / "site", Report(), search=False, workers=1).ok
    [page] = (tmp_path / "site").glob("tg-1950-02-17-*.html")
    tree = lxml_html.parse(str(page))
    assert [e.text_content() for e in tree.xpath("//em[contains(@class, 'tei-hi')]")] == ["forty-two", "second group"]
    assert tree.xpath("//em[contains(@class, 'tei-hi')][contains(@class, 'bold')]")[0].text_content() == "second group"
    assert [e.text_content() for e in tree.xpath("//strong[contains(@class, 'tei-hi')]")] == ["15 February"]


def test_a_postscript_above_the_signature_and_a_table_of_figures(tmp_path):
    """"P.S. ..." above "Zhou Enlai" / "12.IX.51": a postscript, the closer under it (the
    signature and date were paragraphs; the postscript a paragraph until round seven's leftovers,
    tests/test_unseen_leftovers11.py); "Rifles            80,000" ...: a table of figures set
    in columns (each line was a paragraph)."""
    root = one(tmp_path, "cable-zhou-filippov-1951-09-12-points-under-points-figures-postscript-above.txt")
    div = root.find(f".//{T}div")
    assert [etree.QName(c).localname for c in div][-4:] == ["p", "table", "postscript", "closer"]
    assert text(div.find(f"{T}postscript")).startswith("P.S. The list")
    assert lines(div.find(f"{T}closer")) == [("signed", "Zhou Enlai"), ("dateline", "12.IX.51")]
    assert [[text(c) for c in row] for row in div.find(f"{T}table")] == [
        ["Rifles", "80,000"], ["Machine guns", "4,500"], ["Trucks", "1,200"]]


def test_a_table_of_figures_needs_figures(tmp_path):
    from tei.sources.model import Block
    from tei.transforms.structure.lists import _figure_rows

    rows = [Block(t, i) for i, t in enumerate(["Item        Quantity", "Rifles      80,000", "Trucks      1,200"])]
    assert _figure_rows(rows) == {0: (["Item", "Quantity"], True), 1: (["Rifles", "80,000"], False),
                                  2: (["Trucks", "1,200"], False)}
    words = [Block(t, i) for i, t in enumerate(["LIU SHAOQI      GAO GANG", "Moscow      Peking"])]
    assert _figure_rows(words) == {}


def test_an_enclosure_line_under_the_closer(tmp_path):
    """"MAO TSE-TUNG" / "3rd March, 1952" / "Enclosure: the list of the cases found, 4 pages.":
    the enclosure a line of the closer (signature and date were paragraphs with it)."""
    docs = convert(tmp_path, "compilation-1958-enclosure-under-the-closer.txt")
    root = docs["tg-1952-03-03-mao-stalin-sino-soviet-relations-1958"]
    assert lines(root.find(f".//{T}closer")) == [("signed", "MAO TSE-TUNG"), ("dateline", "3rd March, 1952"),
                                                 ("enclosure", "Enclosure: the list of the cases found, 4 pages.")]
