"""Printed compilations in layouts the reader had not met.

tests/sources/ holds five small compilations set as their books print them: a Peking volume
of 1960 that heads its items with the parties alone in capitals ("STALIN TO MAO TSE-TUNG",
dated only by the closer) and prints footnotes at the foot of a page amid an item, under a
rule, with superscript marks; a New Delhi book of 1953 whose headings give only the kind and
the date ("Telegram of 12 September 1949"), its notes marked "1)", its imprint over three lines
in capitals; a university-press book of 1996 numbering its documents "DOCUMENT 7" on a line of
their own; a Moscow book of 1952 with the publisher above the title, page numbers "— 9 —",
the title as running head, notes marked "*" and "†" and an omission printed as a line of
dots; a Stanford book of 1977 with its imprint over three lines and notes after each item.
"""

from __future__ import annotations


from lxml import etree

from tei.sources import sniff
from tei.sources.compilation import CompilationReader

from source_helpers import SOURCES, T, convert, text


def children(div) -> list[str]:
    return [etree.QName(c).localname for c in div]


def bibl(doc) -> dict[str, str]:
    """The witness's title, place, publisher, editor, date and pages."""
    b = doc.find(f".//{T}sourceDesc/{T}bibl")
    page = b.find(f"{T}biblScope[@unit='page']")
    return {"title": text(b.find(f"{T}title[@level='m']")),
            **{name: text(b.find(T + name)) if b.find(T + name) is not None else ""
               for name in ("pubPlace", "publisher", "editor", "date")},
            "pages": page.text if page is not None else ""}


def parties(doc) -> tuple[str, str, str]:
    """(sender's ref, recipient's ref, date sent)."""
    sent = doc.find(f".//{T}correspAction[@type='sent']")
    received = doc.find(f".//{T}correspAction[@type='received']")
    return (sent.find(f"{T}persName").get("ref"), received.find(f"{T}persName").get("ref"),
            sent.find(f"{T}date").get("when"))


def notes(doc) -> list[tuple[str, str, str]]:
    """(the element the note stands in, its n, its first words) of each footnote."""
    return [(etree.QName(n.getparent()).localname, n.get("n"), text(n)[:20]) for n in doc.iter(T + "note")
            if n.get("place") == "foot"]


def test_headings_naming_only_the_parties_in_capitals_head_items_dated_by_their_closers(tmp_path):
    docs = convert(tmp_path, "compilation-1960-parties-alone-dated-by-closer-notes-at-page-foot.txt")
    first = docs["tg-1949-07-20-mao-stalin-sino-soviet-friendship-1960"]
    second = docs["tg-1949-07-23-stalin-mao-sino-soviet-friendship-1960"]
    assert parties(first) == ("#mao", "#stalin", "1949-07-20") and parties(second) == ("#stalin", "#mao", "1949-07-23")
    div = first.find(f".//{T}div")
    # the page number set far in above the heading is the page's, not the item's number
    assert children(div)[:3] == ["pb", "head", "head"] and div.find(f"{T}pb").get("n") == "31"
    assert text(div.find(f"{T}head")) == "MAO TSE-TUNG TO STALIN"
    assert first.find(f".//{T}sourceDesc/{T}bibl/{T}biblScope[@unit='item']") is None  # no number printed


def test_footnotes_at_the_foot_of_a_page_go_to_their_anchors_in_each_telegram(tmp_path):
    docs = convert(tmp_path, "compilation-1960-parties-alone-dated-by-closer-notes-at-page-foot.txt")
    first = docs["tg-1949-07-20-mao-stalin-sino-soviet-friendship-1960"]
    second = docs["tg-1949-07-23-stalin-mao-sino-soviet-friendship-1960"]
    # note 1 printed on the page of telegram 2, its mark in telegram 1
    assert notes(first) == [("p", "1", "The loan of 300 mill")]
    assert notes(second) == [("p", "2", "Liu Shao-chi left Mo")]
    body = text(second.find(f".//{T}body"))
    assert "¹" not in text(first.find(f".//{T}body")) and "²" not in body and "____" not in body
    div = second.find(f".//{T}div")
    # the rule above the notes is not a break; the running head ("SINO-SOVIET FRIENDSHIP
    # DOCUMENTS" in a book titled "SINO-SOVIET FRIENDSHIP") is a page break
    assert children(div) == ["head", "opener", "p", "pb", "p", "closer"]
    assert div.find(f"{T}pb").get("n") == "32" and "FRIENDSHIP" not in body
    assert bibl(second)["pages"] == "31-32"


def test_a_title_page_with_an_edition_line_and_contents(tmp_path):
    docs = convert(tmp_path, "compilation-1960-parties-alone-dated-by-closer-notes-at-page-foot.txt")
    assert bibl(docs["tg-1949-07-20-mao-stalin-sino-soviet-friendship-1960"]) == {
        "title": "Sino-Soviet Friendship: Documents", "pubPlace": "Peking",
        "publisher": "Foreign Languages Press", "editor": "", "date": "1960", "pages": "31"}
    # ("Documents, Volume Three": the book's volume, the citation's, not the title's)
    volume = docs["tg-1949-07-20-mao-stalin-sino-soviet-friendship-1960"].find(f".//{T}sourceDesc/{T}bibl/{T}biblScope[@unit='volume']")
    assert volume.get("n") == "3"


def test_headings_giving_only_kind_and_date_take_the_parties_from_address_and_signature(tmp_path):
    docs = convert(tmp_path, "compilation-1953-headings-of-kind-and-date-notes-marked-with-a-parenthesis.txt")
    first = docs["tg-1949-09-12-stalin-mao-stalin-chinese-revolution-1953"]
    second = docs["tg-1949-09-16-mao-stalin-stalin-chinese-revolution-1953"]
    assert parties(first) == ("#stalin", "#mao", "1949-09-12") and parties(second) == ("#mao", "#stalin", "1949-09-16")
    assert text(first.find(f".//{T}head")) == "Telegram of 12 September 1949"
    # the notes marked "1)", "2)": at their marks, not numbered points; the signature a closer's
    assert notes(first) == [("p", "1", "Not reproduced here.")] and notes(second) == [("p", "2", "The Conference sat i")]
    div = second.find(f".//{T}div")
    assert children(div) == ["head", "opener", "p", "closer"] and text(div.find(f"{T}closer/{T}signed")) == "Mao Tse-tung"
    assert "1)" not in text(first.find(f".//{T}body")) and "2)" not in text(div)
    # the imprint in capitals over three lines; the price is not the title
    assert bibl(first) == {"title": "Stalin and the Chinese Revolution: Telegrams and Letters, 1949",
                           "pubPlace": "New Delhi", "publisher": "People's Publishing House Ltd.", "editor": "",
                           "date": "1953", "pages": ""}


def test_a_document_number_alone_above_its_heading(tmp_path):
    docs = convert(tmp_path, "compilation-1996-document-number-alone-above-heading.txt")
    assert sorted(docs) == ["tg-1949-03-24-stalin-mao-mikoyan-in-china-1996", "tg-1949-03-27-mao-stalin-mikoyan-in-china-1996"]
    second = docs["tg-1949-03-27-mao-stalin-mikoyan-in-china-1996"]
    assert text(second.find(f".//{T}head")) == "DOCUMENT 8 Ciphered Telegram, Mao Zedong to Filippov (Stalin)"
    assert second.find(f".//{T}sourceDesc/{T}bibl/{T}biblScope[@unit='item']").get("n") == "8"
    assert parties(second) == ("#mao", "#stalin", "1949-03-27")


def test_publisher_above_the_title_dashed_page_numbers_dagger_notes_and_a_line_of_dots(tmp_path):
    docs = convert(tmp_path, "compilation-1952-publisher-above-title-dagger-notes-dashed-page-numbers.txt")
    first = docs["tg-1949-12-05-stalin-mao-great-friendship-1952"]
    second = docs["tg-1949-12-08-mao-stalin-great-friendship-1952"]
    # the title is the title, not the publisher above it nor "Translated from the Russian"
    assert bibl(first) == {"title": "The Great Friendship: Correspondence between J. V. Stalin and Mao Tse-tung, 1949",
                           "pubPlace": "Moscow", "publisher": "Foreign Languages Publishing House",
                           "editor": "P. N. Fedoseyev", "date": "1952", "pages": "9"}
    assert first.find(f".//{T}div/{T}pb").get("n") == "9"
    assert notes(first) == [("p", "*", "The telegram of Dece")] and notes(second) == [("p", "†", "Mao Tse-tung left Pe")]
    div = second.find(f".//{T}div")
    # "— 10 —" a page break, the running head under it dropped; the dots an omission; the
    # postscript only the P.S., the notes not in it
    assert children(div) == ["head", "opener", "p", "pb", "p", "gap", "closer", "postscript"]
    assert div.find(f"{T}pb").get("n") == "10" and bibl(second)["pages"] == "9-10"
    assert text(div.find(f"{T}postscript")) == "P.S. Comrade Kovalev will bring you our letter."


def test_imprint_over_three_lines_and_notes_after_each_item(tmp_path):
    docs = convert(tmp_path, "compilation-1977-imprint-over-three-lines-notes-after-each-item.txt")
    first = docs["tg-1950-11-20-shtykov-vyshinsky-korean-war-soviet-union-1977"]
    assert bibl(first) == {"title": "The Korean War and the Soviet Union: Selected Telegrams, September-November 1950",
                           "pubPlace": "Stanford, California", "publisher": "Stanford University Press",
                           "editor": "Alan B. Cole", "date": "1977", "pages": "91"}
    div = first.find(f".//{T}div")
    # the note "1) ..." after the item's text, its mark inside the quoted message ("Sinuiju.1)"")
    assert [n[:2] for n in notes(first)] == [("q", "1")]
    assert children(div) == ["pb", "head", "opener", "p", "closer"] and text(div.find(f"{T}closer")) == "SHTYKOV"


def test_imprint_on_one_line_with_the_state_named_in_full():
    pub = CompilationReader.publication(["THE KOREAN WAR AND THE SOVIET UNION", "Edited by Alan B. Cole",
                                         "Stanford, California: Stanford University Press, 1977"])
    assert (pub.title, pub.place, pub.publisher, pub.date, pub.editors) == (
        "The Korean War and the Soviet Union", "Stanford, California", "Stanford University Press", "1977",
        [("editor", "Alan B. Cole")])


def test_headings_without_numbers_only_where_they_stand_alone():
    letter = "\n\nComrade Mao Tse-tung,\n\nWe have received your telegram of 13 January about the peace talks.\n\nFilippov\n14.1.1949\n"
    assert CompilationReader.score(f"A BOOK\n\nSTALIN TO MAO TSE-TUNG{letter}\nMAO TSE-TUNG TO STALIN{letter}") > 0
    for heading in ("TELEGRAM TO MAO TSE-TUNG", "PERSONAL TO COMRADE MAO TSE-TUNG", "STALIN TO COMRADE MAO"):
        assert CompilationReader.score(f"A BOOK\n\n{heading}{letter}\n{heading}{letter}") == 0, heading
    # one alone (a collected-works text's title), or not after a blank line
    assert CompilationReader.score(f"A BOOK\n\nSTALIN TO MAO TSE-TUNG{letter}") == 0
    assert CompilationReader.score(f"A BOOK\nSTALIN TO MAO TSE-TUNG{letter}Filippov\nMAO TSE-TUNG TO STALIN{letter}") == 0
    # a cable printed in capitals: its numbered points are not headings
    cable = "TOP SECRET\n\nTO COMRADE FILIPPOV.\n\n1. WE AGREE TO YOUR PROPOSAL\n\n2. KOVALEV TO COME ON THE 20TH\n\nMAO ZEDONG\n"
    assert CompilationReader.score(cable + "THE TEXT OF THE TELEGRAM IS GIVEN IN THE ARCHIVE COPY ONLY.\n") == 0


def test_collected_works_titled_telegram_to_are_not_read_as_compilations():
    works = sorted(SOURCES.glob("works-*.txt"))
    assert works
    for source in works:
        assert sniff(source.read_text(encoding="utf-8")) != "compilation", source.name
