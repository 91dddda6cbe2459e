"""Collected works in forms the converter had not met: the edition's note after the closer,
marked by a superscript or by a digit after a date's full stop."""

from __future__ import annotations


from lxml import etree

from source_helpers import SOURCES, T, convert, lines


def text_of(el) -> str:
    return " ".join("".join(el.itertext()).split())


def without_notes(el) -> str:
    """The text of el, its notes left out."""
    return " ".join("".join(el.xpath(".//text()[not(ancestor::t:note)]", namespaces={"t": T[1:-1]})).split())


def sent(doc) -> tuple[list[str], str | None]:
    action = doc.find(f".//{T}correspAction[@type='sent']")
    return [p.get("ref") for p in action.findall(f"{T}persName")], action.find(f"{T}date").get("when")


def test_a_superscript_note_after_the_closer_is_a_note_at_its_mark(tmp_path):
    """"October 2.¹" in the text and "¹ The telegram of October 2 ..." under the signature and
    date: the note at its mark, the closer signed and dated (the note left the signature and
    date as paragraphs, the telegram without sender or date)."""
    [(key, doc)] = convert(tmp_path, "works-stalin-mao-zhou-1950-10-05-superscript-note-after-the-closer.txt").items()
    assert key == "tg-1950-10-05-stalin-mao-stalin-works-16"
    assert sent(doc) == (["#stalin"], "1950-10-05")
    div = doc.find(f".//{T}div")
    assert [etree.QName(c).localname for c in div] == ["opener", "p", "p", "closer"]  # ("I await your answer.": the closer's)
    assert lines(div.find(f"{T}closer")) == [("salute", "I await your answer."), ("signed", "Filippov"),
                                            ("dateline", "October 5th, 1950")]
    [note] = div.iter(f"{T}note")
    assert (note.get("n"), note.get("place"), note.getparent().tag) == ("1", "foot", f"{T}p")
    assert text_of(note).startswith("The telegram of October 2 is the reply")
    assert note.getprevious().tail == "."  # "October 2.¹": the mark after the full stop
    assert "¹" not in text_of(div) and "[1]" not in text_of(div)


def test_a_bracketed_note_marked_by_a_superscript_is_a_note_at_its_mark(tmp_path):
    """"March 7.¹" in the text and "[1] The message of March 7 ..." under the date: the note at
    its mark, numbered 1 (its "[1]" was read as a pattern, a character class: the text got
    "[[1]]", read as the editor's supplied "1", and the note was lost)."""
    [doc] = convert(tmp_path, "works-stalin-gottwald-1951-03-09-superscript-mark-bracketed-note.txt").values()
    div = doc.find(f".//{T}div")
    [note] = div.iter(f"{T}note")
    assert (note.get("n"), note.get("place"), note.getparent().tag) == ("1", "foot", f"{T}p")
    assert text_of(note) == "The message of March 7 is not printed in this volume."
    assert note.getprevious().tail == "."  # "March 7.¹": the mark after the full stop
    assert not list(div.iter(f"{T}supplied"))
    assert "¹" not in text_of(div) and "[1]" not in text_of(div)


def test_a_note_marked_by_a_digit_after_a_date_is_a_note_at_its_mark(tmp_path):
    """"of October 6.1 We agree" and "1 The telegram is not reproduced ...": the "1" after the
    date's full stop before a new sentence is the mark (it was read as part of the number and
    the note stayed a paragraph after the signature)."""
    [(key, doc)] = convert(tmp_path, "works-stalin-mao-1950-10-07-note-mark-after-a-date.txt").items()
    assert key == "tg-1950-10-07-stalin-mao-stalin-works-16"
    assert sent(doc) == (["#stalin"], "1950-10-07")
    div = doc.find(f".//{T}div")
    assert lines(div.find(f"{T}closer")) == [("signed", "Filippov"), ("dateline", "October 7, 1950")]
    [p] = div.findall(f"{T}p")
    assert without_notes(p) == "We have received your telegram of October 6. We agree with your proposals on the " \
                         "dispatch of the volunteers."
    [note] = p.findall(f"{T}note")
    assert text_of(note) == "The telegram is not reproduced in this volume."
    assert p.find(f"{T}date").get("when") == "1950-10-06"  # the year from the telegram's date


def test_a_number_with_a_decimal_point_is_not_a_note_mark(tmp_path):
    """"2.1 per cent" stays a number though a note "1" follows the text: the mark needs a new
    sentence after it."""
    text = (SOURCES / "works-stalin-mao-1950-10-07-note-mark-after-a-date.txt").read_text(encoding="utf-8")
    source = tmp_path / "works.txt"
    source.write_text(text.replace("October 6.1 We agree", "October 6. We agree to 2.1 per cent"), encoding="utf-8")
    from tei.convert import convert_sources
    from tei.messages import Report

    convert_sources([source], tmp_path / "out", report=Report())
    [path] = (tmp_path / "out").glob("*.xml")
    div = etree.parse(str(path)).find(f".//{T}div")
    assert div.find(f".//{T}note[@place='foot']") is None
    assert "2.1 per cent" in text_of(div)


def test_an_office_ending_in_a_dotted_abbreviation_goes_with_the_signature(tmp_path):
    """"A. VYSHINSKY" / "Minister of Foreign Affairs of the U.S.S.R." / "Moscow, January 14,
    1950": the office under the name (its full stops those of an abbreviation) is part of the
    signature, and Vyshinsky the sender (the signature and office were paragraphs and the
    telegram had no sender)."""
    [doc] = convert(tmp_path, "works-vyshinsky-zhou-1950-01-14-office-abbreviated-under-the-signature.txt").values()
    assert sent(doc) == (["#vyshinsky"], "1950-01-14")
    closer = doc.find(f".//{T}closer")
    assert lines(closer) == [("signed", "A. VYSHINSKYMinister of Foreign Affairs of the U.S.S.R."),  # (<lb/> between)
                             ("dateline", "Moscow, January 14, 1950")]
    assert closer.find(f"{T}signed/{T}lb") is not None
    assert doc.find(f".//{T}titleStmt/{T}title[@type='main']").text == "Vyshinsky to Zhou Enlai, 14 January 1950"


def test_a_sentence_under_the_signature_is_not_an_office():
    from tei.transforms.structure.lines import OFFICE

    assert OFFICE.match("Minister of Foreign Affairs of the U.S.S.R")
    assert not OFFICE.match("Minister of Foreign Affairs. He will arrive on Monday")


def test_the_date_under_the_title_dates_the_telegram_and_its_dateline(tmp_path):
    """"(November 21, 1949)" under the title, "November 21" under the signature: the telegram
    is of 21 November 1949, and the dateline's date has the year supplied (the telegram was
    undated and the dateline had no date, which the schema does not allow)."""
    [(key, doc)] = convert(tmp_path, "works-mao-stalin-1949-11-21-date-under-the-title-day-in-the-dateline.txt").items()
    assert key.startswith("tg-1949-11-21-mao-stalin-")
    assert sent(doc) == (["#mao"], "1949-11-21")
    div = doc.find(f".//{T}div")
    date = div.find(f"{T}closer/{T}dateline/{T}date")
    assert (date.text, date.get("when"), date.get("evidence")) == ("November 21", "1949-11-21", "internal")
    head = div.find(f"{T}head")  # the line under the title kept, as printed
    assert (text_of(head), head.find(f"{T}date").get("when")) == ("(November 21, 1949)", "1949-11-21")


def witness(doc) -> dict[str, str]:
    bibl = doc.find(f".//{T}sourceDesc/{T}bibl")
    return {(etree.QName(c).localname + (f"-{c.get('level') or c.get('unit')}" if c.get("level") or c.get("unit") else "")):
            text_of(c) for c in bibl}


def test_a_book_of_speeches_with_its_pages_on_a_line_of_their_own(tmp_path):
    """"A. Y. VYSHINSKY" / "SPEECHES AND TELEGRAMS, 1949-1953" / "Moscow: ..., 1954" / "Pages
    33-34" / "TELEGRAM TO CHOU EN-LAI, ...": read as collected works (no layout was
    recognised), the telegram's title the title, the book printed in 1954 (not 1949, the
    first year it covers), its pages from "Pages 33-34"."""
    from tei.sources import sniff

    name = "works-vyshinsky-zhou-1950-01-21-book-of-speeches-pages-line.txt"
    assert sniff((SOURCES / name).read_text(encoding="utf-8")) == "collected-works"
    [doc] = convert(tmp_path, name).values()
    assert sent(doc) == (["#vyshinsky"], "1950-01-21")
    assert doc.find(f".//{T}titleStmt/{T}title[@type='source']").text.startswith("TELEGRAM TO CHOU EN-LAI, MINISTER")
    bibl = witness(doc)
    assert bibl["title-m"] == "Speeches and Telegrams, 1949-1953"
    assert (bibl["author"], bibl["pubPlace"], bibl["date"], bibl["biblScope-page"]) == (
        "A. Y. Vyshinsky", "Moscow", "1954", "33-34")
    assert doc.find(f".//{T}sourceDesc/{T}bibl/{T}author").get("ref") == "#vyshinsky"


def test_the_years_a_volume_covers_are_not_its_date_and_its_editors_are_named(tmp_path):
    """"The Writings of Mao Zedong, 1949-1976" / "Volume I: September 1949 - December 1955" /
    "Edited by Michael Y. M. Kau and John K. Leung" / "Armonk, New York: M. E. Sharpe, 1986":
    printed in 1986 at Armonk, New York (it said 1949, New York, and no editors); a Stalin
    volume "1946-1952" printed in 1986 (it said 1946)."""
    docs = convert(tmp_path, "works-mao-stalin-1949-11-21-date-under-the-title-day-in-the-dateline.txt",
                   "works-stalin-mao-zhou-1950-10-05-superscript-note-after-the-closer.txt")
    kau, stalin = (witness(d) for d in docs.values())
    assert (kau["title-m"], kau["pubPlace"], kau["publisher"], kau["date"], kau["biblScope-volume"]) == (
        "The Writings of Mao Zedong, 1949-1976", "Armonk, New York", "M. E. Sharpe", "1986", "I")
    # (each editor in an element of their own)
    editors = next(iter(docs.values())).findall(f".//{T}sourceDesc/{T}bibl/{T}editor")
    assert [(e.text, e.get("role")) for e in editors] == [("Michael Y. M. Kau", "editor"), ("John K. Leung", "editor")]
    assert (stalin["date"], stalin["biblScope-volume"], stalin["pubPlace"]) == ("1986", "16", "London")


def test_the_printed_year_and_the_place_of_an_imprint():
    from tei.sources.collected_works import PLACE_WITH_REGION, printed_year

    assert printed_year("SPEECHES AND TELEGRAMS, 1953-1955. Moscow: FLPH, 1956").group(0) == "1956"
    assert printed_year("Volume I: September 1949 - December 1955. Armonk: Sharpe, 1986").group(0) == "1986"
    assert printed_year("Works, Vol. 16, Moscow, 1997").group(0) == "1997"
    assert PLACE_WITH_REGION.search("J. V. Stalin. Works, Moscow: Pisatel, 1997") is None
    assert PLACE_WITH_REGION.search("Edited by X. Stanford, California: Hoover Press, 1977").group(1) == \
        "Stanford, California"


def test_transmit_the_following_to_a_pseudonym_names_the_final_recipient(tmp_path):
    """"Comrade Ambassador Roshchin:" / "Please transmit the following to Comrade Filippov:":
    received by Stalin (Filippov his pseudonym), transmitted by Roshchin (it was received by
    Roshchin, no one transmitting it; "Please convey to Comrade Filippov the following:" was read)."""
    [doc] = convert(tmp_path, "works-zhou-roshchin-filippov-1950-10-03-transmit-the-following-to.txt").values()
    actions = {a.get("type"): [p.get("ref") for p in a.findall(f"{T}persName")]
               for a in doc.iter(f"{T}correspAction")}
    assert actions == {"sent": ["#zhou-enlai"], "transmitted": ["#roshchin"], "received": ["#stalin"]}


def test_what_names_the_one_a_telegram_is_to_be_passed_on_to():
    from tei.transforms.correspondence import CONVEY

    for text, name in [("Please transmit the following to Comrade Filippov:", "Comrade Filippov"),
                       ("Please convey to Comrade Filippov the following:", "Comrade Filippov"),
                       ("Pass on this message to Comrade Kim Il Sung:", "Comrade Kim Il Sung")]:
        assert CONVEY.search(text).group("name") == name
    assert CONVEY.search("Kim Il Sung asked me to transmit to Comrade Stalin his request.") is None
    assert CONVEY.search("We will transmit the following to the army.") is None


def test_the_central_committee_beside_its_chairman_and_the_place_a_title_sends_from(tmp_path):
    """"TELEGRAM TO MAO ZEDONG AND THE CENTRAL COMMITTEE FROM MOSCOW" / "Chairman Mao and the
    Central Committee:": received by Mao and the CCP Central Committee (the committee whose
    chairman the authority file says Mao is; it was left out), sent from Moscow (the title's
    place was not read); the notes under "Notes", marked by superscripts, at their marks."""
    [doc] = convert(tmp_path, "works-liu-mao-ccp-cc-1949-07-04-from-moscow-notes-heading.txt").values()
    sent_action = doc.find(f".//{T}correspAction[@type='sent']")
    assert [(etree.QName(c).localname, c.get("ref") or c.get("when")) for c in sent_action] == [
        ("persName", "#liu-shaoqi"), ("placeName", "#moscow"), ("date", "1949-07-04")]
    received = doc.find(f".//{T}correspAction[@type='received']")
    assert [c.get("ref") for c in received] == ["#mao", "#ccp-cc"]
    div = doc.find(f".//{T}div")
    assert [etree.QName(c).localname for c in div] == ["opener", "p", "p", "closer"]
    assert [(n.get("n"), n.getparent().get("n")) for n in div.iter(f"{T}note")] == [("1", "1"), ("2", "2")]
    assert "Notes" not in text_of(div)


def test_a_body_named_by_its_kind_beside_persons_whose_entries_do_not_name_it_is_left_out(tmp_path):
    """Stalin's entry names no Central Committee: "Stalin and the Central Committee" keeps Stalin only."""
    text = (SOURCES / "works-liu-mao-ccp-cc-1949-07-04-from-moscow-notes-heading.txt").read_text(encoding="utf-8")
    source = tmp_path / "works.txt"
    source.write_text(text.replace("TO MAO ZEDONG AND THE CENTRAL COMMITTEE FROM MOSCOW",
                                   "TO STALIN AND THE CENTRAL COMMITTEE"), encoding="utf-8")
    from tei.convert import convert_sources
    from tei.messages import Report

    convert_sources([source], tmp_path / "out", report=Report())
    [path] = (tmp_path / "out").glob("*.xml")
    doc = etree.parse(str(path))
    assert [c.get("ref") for c in doc.find(f".//{T}correspAction[@type='received']")] == ["#stalin"]
    assert doc.find(f".//{T}correspAction[@type='sent']/{T}placeName") is None


def test_a_superscript_mark_whose_note_begins_with_a_plain_digit(tmp_path):
    """"October 2.¹" in the text, "1 The telegram of October 2 ..." under the closer (the note's
    number not raised in the copy): the note at its mark, the closer kept (it was lost)."""
    text = (SOURCES / "works-stalin-mao-zhou-1950-10-05-superscript-note-after-the-closer.txt").read_text(encoding="utf-8")
    source = tmp_path / "works.txt"
    source.write_text(text.replace("¹ The telegram", "1 The telegram"), encoding="utf-8")
    from tei.convert import convert_sources
    from tei.messages import Report

    convert_sources([source], tmp_path / "out", report=Report())
    [path] = (tmp_path / "out").glob("*.xml")
    doc = etree.parse(str(path)).getroot()
    assert sent(doc) == (["#stalin"], "1950-10-05")
    [note] = doc.find(f".//{T}div").iter(f"{T}note")
    assert (note.get("n"), note.getparent().tag, note.getprevious().tail) == ("1", f"{T}p", ".")
    assert "¹" not in text_of(doc.find(f".//{T}div"))


def test_the_original_printing_without_its_label(tmp_path):
    """"Source: Jianguo yilai Mao Zedong wengao, vol. 1 ..." under the text: the original
    printing is the book, without the label (the bibl began "Source: ")."""
    [doc] = convert(tmp_path, "works-mao-stalin-1949-11-21-date-under-the-title-day-in-the-dateline.txt").values()
    original = doc.findtext(".//{http://www.tei-c.org/ns/1.0}relatedItem[@type='original']/{http://www.tei-c.org/ns/1.0}bibl")
    assert original.startswith("Jianguo yilai Mao Zedong wengao, vol. 1")


def test_the_central_committee_the_header_names_is_tagged_in_the_text(tmp_path):
    """"Chairman Mao and the Central Committee:" where the header's recipients are Mao and the
    CCP Central Committee: "Central Committee" in the text is that body (it was left untagged:
    alone, the name could be any party's)."""
    [doc] = convert(tmp_path, "works-liu-mao-ccp-cc-1949-07-04-from-moscow-notes-heading.txt").values()
    T = "{http://www.tei-c.org/ns/1.0}"
    salute = doc.find(f".//{T}opener/{T}salute")
    assert [(o.text, o.get("ref")) for o in salute.iter(f"{T}orgName")] == [("Central Committee", "#ccp-cc")]
