"""Collected works and cables in forms the earlier rounds did not have (unseen sources of the
seventh round): an editor's note that dates the text under the signature, the title that
names only the addressee, closing and address lines the structure pass did not read."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

SOURCES = Path(__file__).parent / "sources"
T = "{http://www.tei-c.org/ns/1.0}"


def convert(tmp_path: Path, *names: str):
    from tei.convert import convert_sources
    from tei.messages import Report

    report = Report()
    convert_sources([SOURCES / n for n in names], tmp_path, report=report)
    assert not report.count("error"), [str(m) for m in report.messages]
    return {p.stem: etree.parse(str(p)).getroot() for p in sorted(tmp_path.glob("*.xml"))}


def lines(el) -> list[tuple[str, str]]:
    """(element or seg type, text) of each line of an opener or closer."""
    return [(c.get("type") or etree.QName(c).localname, " ".join("".join(c.itertext()).split())) for c in el]


def text(el) -> str:
    return " ".join("".join(el.itertext()).split())


def test_an_editors_dating_note_under_the_signature_dates_the_telegram(tmp_path):
    # "Liu Shaoqi" / "This telegram was sent from Moscow on July 18, 1949.": the editor's note, not
    # the author's words, gives the date and place of sending; the signature stays the closer's
    docs = convert(tmp_path, "works-liu-mao-ccp-cc-1949-07-18-dating-note-under-the-signature.txt")
    [(key, doc)] = docs.items()
    assert key.startswith("tg-1949-07-18-liu-shaoqi-mao")
    sent = doc.find(f".//{T}correspAction[@type='sent']")
    assert sent.find(f"{T}persName").get("ref") == "#liu-shaoqi"
    assert sent.find(f"{T}placeName").get("ref") == "#moscow"
    assert sent.find(f"{T}date").get("when") == "1949-07-18"
    div = doc.find(f".//{T}div")
    assert lines(div.find(f"{T}closer")) == [("signed", "Liu Shaoqi")]
    assert not any("This telegram was sent" in text(p) for p in div.iter(f"{T}p"))
    bibl = doc.find(f".//{T}sourceDesc/{T}bibl")
    assert [text(n) for n in bibl.iterfind(f"{T}note[@type='source']")] == [
        "This telegram was sent from Moscow on July 18, 1949."]
    # the title names only the addressee, in capitals: the text's title, not an address line
    assert bibl.find(f"{T}title[@level='a']").text == "TO CHAIRMAN MAO ZEDONG AND THE CENTRAL COMMITTEE"
    assert bibl.find(f"{T}title[@level='m']").text == "Selected Works of Liu Shaoqi"
    assert bibl.find(f"{T}biblScope[@unit='volume']").get("n") == "I"
    assert div.find(f"{T}opener/{T}seg") is None


def test_a_diary_entry_printed_in_a_book_is_no_telegram(tmp_path):
    """"FROM THE DIARY OF GEORGI DIMITROV" under the book's citation: refused with a message saying
    what it is, as a memorandum of conversation is (it became an undated telegram of no one to
    no one); a telegram printed in the same book, titled as a telegram, is read."""
    import pytest

    from tei.convert import read_telegrams
    from tei.messages import SourceError

    cited = ("GEORGI DIMITROV\nThe Diary of Georgi Dimitrov, 1933-1949\nEdited by Ivo Banac\n"
             "New Haven: Yale University Press, 2003, pp. 436-437\n\n")
    diary = tmp_path / "diary.txt"
    diary.write_text(cited + "FROM THE DIARY OF GEORGI DIMITROV\n12 March 1948\n\n"
                     "In the Kremlin (9:00 p.m.) Stalin, Molotov, Malenkov; from the Yugoslavs Kardelj.\n\n"
                     "Stalin: the differences with the Yugoslavs must be settled at once.\n", encoding="utf-8")
    with pytest.raises(SourceError) as raised:
        read_telegrams(diary)
    assert raised.value.message.code == "not-a-telegram" and raised.value.message.line == 6
    assert "not a telegram" in str(raised.value) and "diary entry" in str(raised.value)
    telegram = tmp_path / "telegram.txt"
    telegram.write_text(cited + "TELEGRAM TO J. V. STALIN\n\nDear Comrade Stalin,\n\n"
                        "We agree with your proposal on the federation.\n\nG. Dimitrov\n12 March 1948\n", encoding="utf-8")
    assert read_telegrams(telegram)[0] == "collected-works"
