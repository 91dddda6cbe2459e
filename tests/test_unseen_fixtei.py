"""Leftovers of the session's rounds: misreadings found in the TEI of both editions, each with a
source of our own in the real page's layout."""

from __future__ import annotations

from lxml import etree

from source_helpers import ProvisionalDoc, SOURCES, T, convert, convert_one, text
from tei.messages import Report

INITIALLED = "wilson-velminov-mfa-1962-10-24-initial-before-the-ambassador-s-surname.txt"
SURNAME_ONLY = "wilson-velminov-mfa-1962-10-19-office-at-place-and-surname-title-in-capitals.txt"


def test_a_provisional_person_s_id_is_his_surname_whatever_initials_the_title_gives(tmp_path):
    """"A. Velminov" in one title, "VELMINOV" in another: one provisional person, one id (and so
    one entry of the edition's index), as "Comrade Velminov" is; the file named by the surname.
    The title's form stays his name in the entry."""
    docs = convert(tmp_path, INITIALLED, SURNAME_ONLY)
    assert sorted(docs) == ["tg-1962-10-19-velminov-soviet-mfa-wilson-center-900001",
                            "tg-1962-10-24-velminov-soviet-mfa-wilson-center-900002"]
    senders = {stem: root.find(f".//{T}correspAction[@type='sent']/{T}persName") for stem, root in docs.items()}
    assert {s.get("ref") for s in senders.values()} == {"#unresolved-velminov"}
    initialled = docs["tg-1962-10-24-velminov-soviet-mfa-wilson-center-900002"]
    entry = initialled.find(f".//{T}standOff//{T}person[@{{http://www.w3.org/XML/1998/namespace}}id='unresolved-velminov']")
    assert entry.findtext(f"{T}persName") == "A. Velminov"
    assert initialled.find(f".//{T}closer/{T}signed/{T}persName").get("ref") == "#unresolved-velminov"


def test_initials_stay_in_the_id_where_the_surname_is_another_s_or_two_share_it():
    """The id keeps the initials where the surname alone is a known entry's ("N. G. Kuznetsov" is
    no Kuznetsov of the file) or where the text's other person of that surname has others
    ("A. Petrov" and "B. Petrov"); "A. Petrov" then "Petrov" one person."""
    from tei.transforms.names.provisional import provisional_person

    doc = ProvisionalDoc()
    assert provisional_person(doc, "N. G. Kuznetsov", 1, "test").id == "unresolved-n-g-kuznetsov"
    assert provisional_person(doc, "A. Petrov", 1, "test").id == "unresolved-petrov"
    assert provisional_person(doc, "Petrov", 1, "test").id == "unresolved-petrov"
    assert provisional_person(doc, "A. I. Petrov", 1, "test").id == "unresolved-petrov"
    assert provisional_person(doc, "B. Petrov", 1, "test").id == "unresolved-b-petrov"
    assert provisional_person(doc, "S. RADKIEWICZ", 1, "test").id == "unresolved-radkiewicz"


TWO_SENDERS = "wilson-mikoyan-suslov-1956-10-27-two-senders-reporting-on-in-the-title.txt"


def test_senders_named_by_their_shared_office_and_what_they_report_after_them(tmp_path):
    """"Telegram from Soviet Politburo members Mikoyan and Suslov reporting on the situation in
    Hungary": both senders (Suslov provisional), not the subject after "reporting on" nor the
    office they share; the recipient the address line over the text names (the title none)."""
    root = convert_one(tmp_path, TWO_SENDERS)
    sent = root.find(f".//{T}correspAction[@type='sent']")
    assert [(p.get("ref"), text(p)) for p in sent.findall(f"{T}persName")] == [
        ("#mikoyan", "Anastas Mikoyan"), ("#unresolved-suslov", "Suslov")]
    assert root.find(f".//{T}correspAction[@type='received']/{T}orgName").get("ref") == "#cpsu-cc"


def test_senders_reporting_to_no_one_named_send_to_an_unknown_recipient(tmp_path):
    """The same record without the address line: no one named receives it, and the recipient is
    not guessed (not the record's "Associated ... Organizations"), both senders read.  It was
    refused for want of a recipient (no-parties); a "Telegram from ..." is a telegram still, its
    recipient unknown and reported (tests/test_unseen_leftovers18.py)."""
    from tei.convert import convert_sources

    page = tmp_path / "page.txt"
    page.write_text((SOURCES / TWO_SENDERS).read_text(encoding="utf-8").replace("Moscow, CC CPSU\n\n", ""),
                    encoding="utf-8")
    report = Report()
    convert_sources([page], tmp_path / "out", report=report)
    assert not report.count("error")
    assert "unknown-recipient" in [m.code for m in report.messages]
    [out] = (tmp_path / "out").glob("*.xml")
    root = etree.parse(str(out)).getroot()
    assert [p.get("ref") for p in root.find(f".//{T}correspAction[@type='sent']").findall(f"{T}persName")] == [
        "#mikoyan", "#unresolved-suslov"]
    received = root.find(f".//{T}correspAction[@type='received']")
    assert [(etree.QName(c).localname, c.get("ref"), text(c)) for c in received][:1] == [("persName", None, "Unknown")]


PETROGRAD = "works-web-lenin-1917-11-26-written-in-both-styles-signed-with-office.txt"
TSARITSYN = "works-web-stalin-1918-08-04-written-place-and-date-author-in-citation.txt"
PEKING = "telegram-mao-filippov-1949-11-09-front-matter-fields-and-quoted-message.md"


def _sent_from(root):
    place = root.find(f".//{T}correspAction[@type='sent']/{T}placeName")
    return (place.get("ref"), text(place)) if place is not None else None


def test_a_telegram_sent_from_petrograd_has_its_place_of_sending(tmp_path):
    """Lenin's works page, "Sent from Petrograd to Pskov" in its first printing's note and a
    "Petrograd, ..." dateline: the header's place of sending Petrograd (the city was missing
    from the authority file: no place, where a page of 1918 sent from Moscow had one)."""
    root = convert_one(tmp_path, PETROGRAD)
    assert _sent_from(root) == ("#saint-petersburg", "Petrograd")
    assert root.find(f".//{T}closer/{T}dateline/{T}placeName").get("ref") == "#saint-petersburg"


def test_the_place_of_sending_is_named_as_the_text_names_it_where_it_is_another_name(tmp_path):
    """"Written: Tsaritsyn, August 4, 1918": the header's place Tsaritsyn, the city's name in
    1918 (the entry's main name, Stalingrad, is of 1925-1961); a romanisation of the main name,
    "Peking" in a dateline of 1949, is the main name, Beijing."""
    assert _sent_from(convert_one(tmp_path / "a", TSARITSYN)) == ("#stalingrad", "Tsaritsyn")
    root = convert_one(tmp_path / "b", PEKING)
    assert text(root.find(f".//{T}closer/{T}dateline/{T}placeName")) == "Peking"
    assert _sent_from(root) == ("#beijing", "Beijing")


def test_the_published_line_s_first_printing_is_cited_and_its_other_sentences_are_notes(tmp_path):
    """"Published: First published in 1933 in Lenin Miscellany XXI. Sent from Petrograd to Pskov.
    Printed from the telegraph form.": the first printing "Lenin Miscellany XXI, 1933" (it was
    "1933 in Lenin Miscellany XXI. Sent from ... form.", "First published in" lost and the
    edition's other notes in it), the other sentences the edition's note."""
    bibl = convert_one(tmp_path, PETROGRAD).find(f".//{T}sourceDesc/{T}bibl")
    assert text(bibl.find(f"{T}relatedItem[@type='original']/{T}bibl")) == "Lenin Miscellany XXI, 1933."
    assert [text(n) for n in bibl.findall(f"{T}note[@type='source']")] == [
        "Sent from Petrograd to Pskov. Printed from the telegraph form."]


def test_first_printing_forms():
    """A periodical keeps the form read as its issue ("1957 in the journal ... No. 5"); a line in
    another form is left as it is."""
    from tei.sources.web_works import first_printing

    assert first_printing("First published in 1957 in the journal Kommunist No. 5. Printed from the original.") == (
        "1957 in the journal Kommunist No. 5", "Printed from the original.")
    assert first_printing("First published in 1942 in Lenin Miscellany XXXIV.") == ("Lenin Miscellany XXXIV, 1942", "")
    assert first_printing("Pravda, No. 2, January 5, 1936") == ("Pravda, No. 2, January 5, 1936", "")


BULLETIN = "compilation-bulletin-1995-headings-dated-in-figures-two-figure-year-andreev.txt"


def test_the_article_s_title_over_the_journal_s_name_and_issue(tmp_path):
    """"DOCUMENTS ON THE MISSION OF A. I. MIKOYAN TO CHINA" / "Bulletin of the Archive, No. 2,
    1995": the bulletin the journal, its issue 2, the line over it the article (they were swapped:
    the documents' title the journal's, the Bulletin named nowhere in the citation); the files
    named by the journal."""
    docs = convert(tmp_path, BULLETIN)
    assert sorted(docs) == ["tg-1949-02-01-mikoyan-stalin-bulletin-archive-1995",
                            "tg-1949-02-02-stalin-mikoyan-bulletin-archive-1995"]
    bibl = next(iter(docs.values())).find(f".//{T}sourceDesc/{T}bibl")
    assert bibl.findtext(f"{T}title[@level='j']") == "Bulletin of the Archive"
    assert bibl.find(f"{T}biblScope[@unit='issue']").get("n") == "2"
    assert text(bibl.find(f"{T}bibl[@type='article']/{T}title[@level='a']")) == \
        "Documents on the Mission of A. I. Mikoyan to China"
