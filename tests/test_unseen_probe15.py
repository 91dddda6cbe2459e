"""Telegrams of forms the converter had not seen (fifteenth round of real pages: a day told of in
the past, a post named with its place, routing lines, despatches, a telegram's form in capitals,
letters quoted in cables)."""

from __future__ import annotations

from source_helpers import T, convert, convert_one, lines, refused, text
from tei.messages import Report


def test_a_day_after_the_telegrams_told_of_in_the_past_is_the_month_befores(tmp_path):
    """"As we reported on the 30th" and "We received your telegram on the 29th" in a telegram of
    2 May: 30 and 29 April (they were read as days of May, to come); "will be finished on the 20th"
    stays May's."""
    root = convert_one(tmp_path, "wilson-razuvaev-filippov-1951-05-02-reported-on-the-30th.txt")
    days = {text(d): d.get("when") for d in root.iter(f"{T}date")}
    assert days["the 30th"] == "1951-04-30" and days["the 29th"] == "1951-04-29"
    assert days["the 20th"] == "1951-05-20"


def test_a_post_named_with_its_place_is_one_name(tmp_path):
    """"Telegram from Marshall to the U.S. Embassy in Nanking": the post's name with its place is
    one body's name (it was cut to "U.S. Embassy", "in Nanking" taken for where the addressee is)."""
    root = convert_one(tmp_path, "page-marshall-embassy-nanking-1948-12-03-post-named-with-its-place.txt")
    org = root.find(f".//{T}correspAction[@type='received']/{T}orgName")
    assert text(org) == "U.S. Embassy in Nanking" and org.get("ref") == "#unresolved-u-s-embassy-in-nanking"
    assert "Embassy in Nanking" in text(root.find(f".//{T}titleStmt/{T}title"))


def test_the_surname_of_a_party_the_title_names_is_that_party_in_the_text(tmp_path):
    """"Stalin's Message to Joseph Chifley" (a person the authority file lacks), "handed the
    message to Chifley in Canberra": the surname is the title's provisional person (it was
    reported as a place the authority file may lack)."""
    report = Report()
    [root] = convert(tmp_path, "page-stalin-chifley-1945-08-03-surname-of-the-titles-party.txt", report=report).values()
    assert not [m for m in report.messages if m.code == "unknown-place" and "Chifley" in m.text]
    note = root.find(f".//{T}body//{T}note")
    assert note.find(f"{T}persName").get("ref") == "#unresolved-joseph-chifley"
    assert text(note.find(f"{T}persName")) == "Chifley"


def test_frus_routing_above_the_signature_is_a_closing_line_of_transmission(tmp_path):
    """"Sent Hanoi 36. Repeated Paris 1234, Saigon 56." over the signature: the telegram's numbers
    at each post, a line of its transmission in the closer (it stayed a paragraph of the text)."""
    root = convert_one(tmp_path, "frus-web-acheson-hanoi-1950-11-24-sent-and-repeated-routing.txt")
    assert lines(root.find(f".//{T}closer")) == [("transmission", "Sent Hanoi 36. Repeated Paris 1234, Saigon 56."),
                                                 ("signed", "Acheson")]
    assert not any("Repeated Paris" in text(p) for p in root.iter(f"{T}p"))


_CATALOGUE = (
    "Telegram from Zhou Enlai to Andrei Vyshinsky\n4/11/1952\nAdd to Favorites:\nAdd all page(s) of this document to activity:\n"
    "On April 11, 1952, Zhou Enlai sent this telegram from Beijing to Andrei Vyshinsky. In the message the Chinese "
    "premier asks for the return of the delegation's papers.\n"
    "Zhou Enlai's telegram was answered by the Soviet minister a week later, and the papers were returned in May.\n"
    "This primary source comes from the records of a foreign ministry.\n"
    "Identifier: 40877\n"
    "Full Citation: Telegram from Zhou Enlai to Andrei Vyshinsky; 4/11/1952; Records of the foreign ministry.\n")


def test_the_no_text_refusal_points_at_the_describing_sentence(tmp_path):
    """A catalogue's page read as a text of the works under its title, the sentence that tells of
    the document taken into the citation, with lines between it and the title: the error's line
    is the sentence's (it was the line under the title)."""
    from tei.sources import READERS
    from tei.sources.page import description_of

    [record] = READERS["collected-works"]().read(_CATALOGUE, "page.txt")
    line, words = description_of(record, _CATALOGUE)
    assert line == 5 and words.startswith("On April 11, 1952, Zhou Enlai sent this telegram")
    [error], written = refused(tmp_path, _CATALOGUE)
    assert not written and error.code == "no-text" and error.line == 5


def test_a_despatch_is_a_letter_its_subject_and_address_lines_the_openers(tmp_path):
    """A despatch under the heading the refusal asks for ("Despatch from X to Y"): a letter-like
    document (it stayed a telegram, its number taken for a cable's), its number, dateline (the place
    with its province), "Subject:" line, address lines and "Sir:" the opener (they were paragraphs)."""
    root = convert_one(tmp_path, "page-consul-tihwa-secretary-1949-09-12-despatch-subject-and-address.txt")
    div = root.find(f".//{T}body/{T}div")
    assert div.get("type") == "letter"
    assert lines(div.find(f"{T}opener")) == [
        ("number", "No. 38"), ("dateline", "Tihwa, Sinkiang, September 12, 1949."),
        ("subject", "Subject: Soviet Trade Agency and the Provincial Authorities."),
        ("address", "The Honorable"), ("address", "The Secretary of State"), ("address", "Washington, D. C."),
        ("salute", "Sir:")]
    assert text(div.find(f"{T}p")).startswith("I have the honor")
