"""Real pages, round twenty-five (printed compilations and collected works as the web gives
them): what the converter misread, each with a source of our own in the page's layout (the
pages themselves are not ours to keep)."""

from __future__ import annotations

from source_helpers import SOURCES, T, convert, text, witness

from tei.messages import Report

LABELLED = "compilation-web-stalin-churchill-1942-parties-in-capitals-with-note-mark-labelled-source-lines.txt"


def test_items_headed_by_the_parties_in_capitals_with_a_note_mark_are_read(tmp_path):
    """"No. 41" / "Received on March 3, 1942" / "W. CHURCHILL TO J. V. STALIN*": the parties in
    capitals with the note's mark after them head the item (no heading was read: the page was
    taken for one text of the works and refused for want of its parties)."""
    docs = list(convert(tmp_path, LABELLED).values())
    assert len(docs) == 2
    parties = sorted((d.find(f".//{T}correspAction[@type='sent']/{T}persName").get("ref"),
                      d.find(f".//{T}correspAction[@type='received']/{T}persName").get("ref")) for d in docs)
    assert parties == [("#churchill", "#stalin"), ("#stalin", "#churchill")]
    stalin = next(d for d in docs if d.find(f".//{T}correspAction[@type='sent']/{T}persName").get("ref") == "#stalin")
    assert stalin.find(f".//{T}correspAction[@type='sent']/{T}date").get("when") == "1942-03-06"
    head = stalin.find(f".//{T}body/{T}div/{T}head")
    assert text(head) == "No. 42 J. V. STALIN TO W. CHURCHILL*"
    assert text(head.find(f"{T}seg[@type='footnote-mark']")) == "*"


def test_a_web_copy_s_labelled_lines_give_the_book_and_its_imprint(tmp_path):
    """"Source : Correspondence between ..." and "Publisher : Progress Publishers, Moscow, USSR"
    over the items: the book's title, its publisher and place (the title was "J. V. Stalin", the
    author's line, and the publisher "Publisher : Progress ..."); the site's credits and rights are
    no paragraph of a title page (they were reported as one)."""
    from tei.convert import convert_sources

    report = Report()
    convert_sources([SOURCES / LABELLED], tmp_path, report=report)
    assert not report.count("error")
    for path in tmp_path.glob("*.xml"):
        from lxml import etree

        bibl = witness(etree.parse(str(path)).getroot())
        assert text(bibl.find(f"{T}title[@level='m']")).startswith("Correspondence between the Chairman of the Council")
        assert text(bibl.find(f"{T}publisher")) == "Progress Publishers"
        assert text(bibl.find(f"{T}pubPlace")) == "Moscow"
    assert not [m for m in report.messages if m.code == "front-matter-text"]


def test_a_web_copy_of_numbered_items_is_read_as_a_compilation():
    """The labelled lines ("Source :", "Publisher :") are the works' pages' signs too; items
    numbered one after the other ("No. 41", "No. 42") make the page a book's items."""
    from tei.sources import sniff

    assert sniff((SOURCES / LABELLED).read_text(encoding="utf-8")) == "compilation"


MARKING_OVER = "compilation-web-stalin-churchill-1944-marking-on-a-line-over-the-parties-mark-after-a-quotation.txt"


def test_a_marking_on_a_line_over_the_parties_is_the_heading_s(tmp_path):
    """"No. 233" / "Received on ..." / "Personal and Most Secret" / "Message from Mr Winston
    Churchill to Marshal Stalin": one heading (the item ran on in the one before, its lines
    paragraphs of it, and the one before lost its closing date)."""
    report = Report()
    docs = convert(tmp_path, MARKING_OVER, report=report)
    assert len(docs) == 3
    heads = sorted(text(d.find(f".//{T}body/{T}div/{T}head")) for d in docs.values())
    assert "No. 233 Personal and Most Secret Message from Mr Winston Churchill to Marshal Stalin" in heads
    before = next(d for d in docs.values() if text(d.find(f".//{T}body/{T}div/{T}head")).startswith("No. 232"))
    assert before.find(f".//{T}div/{T}closer/{T}dateline/{T}date").get("when") == "1944-02-04"
    assert before.find(f".//{T}correspAction[@type='sent']/{T}date").get("when") == "1944-02-04"
    assert "Personal and Most Secret" not in text(before.find(f".//{T}body"))


def test_a_note_mark_after_a_closing_quotation_mark_is_left_out(tmp_path):
    """"for “Harvest.”62 General Brooke": the mark of a note the page lacks, glued after the
    quotation's close, is out of the words and reported (it was kept, "62 General")."""
    report = Report()
    docs = convert(tmp_path, MARKING_OVER, report=report)
    body = " ".join(text(d.find(f".//{T}body")) for d in docs.values())
    assert "Harvest. General" in body and "62" not in body
    assert [m for m in report.messages if m.code == "missing-note" and "62" in m.text]


WITHIN = "compilation-bulletin-page-begins-inside-an-item-its-source-line-above-the-first-heading.txt"


def test_a_page_beginning_inside_an_item_has_no_title_page(tmp_path):
    """A bulletin's page copied from inside an item ("weeks." / "In conclusion, ..." / the
    signature / "[Source: APRF, ..., delo 901, ...]" / "Document 9: ..."): what stands above the
    first heading ends an item the copy lacks. Its source is not the first item's (it was taken
    as its archival original), its first line not the book's title ("weeks." was); the item's own
    source under its text is its."""
    report = Report()
    [root] = convert(tmp_path, WITHIN, report=report).values()
    bibl = witness(root)
    assert text(bibl.find(f"{T}title[@level='m']")) == "[untitled book]"
    shelfmarks = [text(i) for i in root.iter(f"{T}idno") if i.get("type") == "shelfmark"]
    assert shelfmarks == ["fond 45, opis 1, delo 902, list 3"]
    assert "901" not in text(root.find(f".//{T}teiHeader"))
    [said] = [m for m in report.messages if m.code == "front-matter-text"]
    assert "left out" in said.text and "inside a sentence" in said.text


LOST_PARTIES = """Correspondence with Winston S. Churchill and Clement R. Attlee

Source : Correspondence between the Chairman of the Council of Ministers of the USSR and the Presidents of the USA
Publisher : Progress Publishers, Moscow, USSR

No. 51

Received on April 2, 1942


The ships for the April convoy are loading now, and I hope to tell you the day they sail before the end of next week, when the escorts have been settled with the Admiralty.

No. 52

Sent on April 5, 1942


Your message about the April convoy has reached me. Our people in the north will be ready to unload the ships as soon as they arrive in port.
"""


def test_numbered_items_whose_copy_lost_the_parties_are_refused_saying_so(tmp_path):
    """A web copy of the volume's items that lost the heading's line under each date ("No. 51" /
    "Received on April 2, 1942" / the text): refused, naming the items and the line to add (it
    was read as one text of the works, all the items one telegram, refused for want of parties
    under the title 'Correspondence with ...')."""
    from source_helpers import refused

    errors, written = refused(tmp_path, LOST_PARTIES)
    assert not written
    [error] = errors
    assert error.code == "unread-headings" and error.line == 6
    assert "'No. 51 / Received on April 2, 1942'" in error.text and "'No. 52 / Sent on April 5, 1942'" in error.text
    assert "lost the heading's line" in error.text


OVER_TWO_LINES = "compilation-wartime-correspondence-1945-title-over-two-lines-months-covered-place-under-publisher.txt"


def test_a_volume_s_title_over_two_lines_its_months_and_its_place(tmp_path):
    """"Correspondence" / "Between the Chairman ... 1941-1945": one title (it was "Correspondence");
    "(August 1941-December 1945)", the months the volume covers, is no series (it was one); the
    place alone under the publisher, "Progress Publishers" / "Moscow", the book's place."""
    docs = convert(tmp_path, OVER_TWO_LINES)
    assert len(docs) == 2
    for doc in docs.values():
        bibl = witness(doc)
        assert text(bibl.find(f"{T}title[@level='m']")) == (
            "Correspondence Between the Chairman of the Council of Ministers of the USSR and the Presidents of the USA "
            "and the Prime Ministers of Great Britain During the Great Patriotic War of 1941-1945")
        assert bibl.find(f"{T}series") is None
        assert text(bibl.find(f"{T}pubPlace")) == "Moscow" and text(bibl.find(f"{T}publisher")) == "Progress Publishers"
        assert bibl.find(f"{T}biblScope[@unit='volume']").get("n") == "2"
