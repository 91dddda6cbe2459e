"""Real pages, round twenty-nine (Wilson Center records of other collections and years: the Cuban
Missile Crisis, Hungary 1956, East Germany): what the converter misread, each with a source of our
own in the page's layout (the pages themselves are not ours to keep)."""

from __future__ import annotations

from source_helpers import T, convert_one, lines, text, witness

from tei.messages import Report

CAPITALS = "wilson-dobrynin-mfa-1962-10-19-office-at-place-and-surname-title-in-capitals.txt"


def test_an_office_at_a_place_and_the_surname_after_it_is_the_sender(tmp_path):
    """"TELEGRAM FROM SOVIET AMBASSADOR TO THE USA DOBRYNIN TO THE USSR MFA": the ambassador named
    after the place his office is at, no comma, the sender (it was "SOVIET AMBASSADOR", taken for
    the one Soviet ambassador the authority file knows, Roshchin in China, in 1962), the ministry
    after the second "to" the recipient; the person provisional, his office reported."""
    report = Report()
    from tei.convert import convert_sources

    from source_helpers import SOURCES
    convert_sources([SOURCES / CAPITALS], tmp_path, report=report)
    [path] = tmp_path.glob("*.xml")
    from lxml import etree

    root = etree.parse(str(path)).getroot()
    sender = root.find(f".//{T}correspAction[@type='sent']/{T}persName")
    assert sender.get("ref") == "#unresolved-dobrynin" and text(sender) == "Dobrynin"
    assert root.find(f".//{T}correspAction[@type='received']/{T}orgName").get("ref") == "#soviet-mfa"
    [message] = [m for m in report.messages if m.code == "unresolved-name"]
    assert "Soviet Ambassador to the USA" in message.text
    # (the signature the same person)
    assert root.find(f".//{T}closer/{T}signed/{T}persName").get("ref") == "#unresolved-dobrynin"


def test_office_at_place_parts():
    """The pattern's edges: a place of several words only where it is known ("Ambassador in Moscow
    Walter Smith" is Walter Smith, not Smith at "Moscow Walter"); a place after the office no
    holder ("Ambassador to the Soviet Union"); initials with the surname; lower-case "ambassador"."""
    from tei.authority import Authority
    from tei.transforms.correspondence import _office_at_place

    class Doc:
        authority = Authority.load()

    doc = Doc()
    assert _office_at_place(doc, "Soviet Ambassador to Cuba Alekseev") == ("Soviet Ambassador to Cuba", "Alekseev")
    assert _office_at_place(doc, "Soviet ambassador to the US A. Dobrynin") == ("Soviet ambassador to the US", "A. Dobrynin")
    assert _office_at_place(doc, "Ambassador to the Soviet Union") is None
    assert _office_at_place(doc, "Ambassador in Moscow Walter Smith") is None
    assert _office_at_place(doc, "Ambassador to the USSR Ministry") is None


def test_the_title_said_again_with_its_date_over_the_text_is_no_paragraph(tmp_path):
    """"Telegram from ... to the USSR MFA, 19 October 1962" under "English HTML": the record's title
    again, the date after it; not the text's first paragraph, so the markings under it are the
    opener's ("TOP SECRET" ... "CIPHERED TELEGRAM" were paragraphs)."""
    root = convert_one(tmp_path, CAPITALS)
    div = root.find(f".//{T}body/{T}div")
    assert lines(div.find(f"{T}opener")) == [("classification", "TOP SECRET"), ("classification", "Making Copies Prohibited"),
                                             ("classification", "Copy No. 1"), ("form", "CIPHERED TELEGRAM")]
    assert text(div.find(f"{T}p")).startswith("The evening papers report")
    assert not [p for p in div.findall(f"{T}p") if "MFA" in text(p)]


def test_the_translator_before_the_records_address_and_the_address_said_once(tmp_path):
    """"...; translation by Peter N. Example http://digitalarchive..." (no stop before the address):
    the translator (none was found); the share box's address under the citation, the one it ends
    with, not run on to it a second time."""
    root = convert_one(tmp_path, CAPITALS)
    bibl = witness(root)
    assert text(bibl.find(f"{T}respStmt[{T}resp='Translated by']/{T}persName")) == "Peter N. Example"
    citation = text(bibl.find(f"{T}note[@type='citation']"))
    assert citation.count("document/900001") == 1 and citation.endswith("Peter N. Example http://digitalarchive.wilsoncenter.org/document/900001")
