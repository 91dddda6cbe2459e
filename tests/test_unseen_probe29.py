"""Real pages, round twenty-nine (Wilson Center records of other collections and years: the Cuban
Missile Crisis, Hungary 1956, East Germany): what the converter misread, each with a source of our
own in the page's layout (the pages themselves are not ours to keep)."""

from __future__ import annotations

from source_helpers import T, convert_one, lines, text, witness

from tei.messages import Report

CAPITALS = "wilson-velminov-mfa-1962-10-19-office-at-place-and-surname-title-in-capitals.txt"


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
    assert sender.get("ref") == "#unresolved-velminov" and text(sender) == "Velminov"
    assert root.find(f".//{T}correspAction[@type='received']/{T}orgName").get("ref") == "#soviet-mfa"
    [message] = [m for m in report.messages if m.code == "unresolved-name"]
    assert "Soviet Ambassador to the USA" in message.text
    # (the signature the same person)
    assert root.find(f".//{T}closer/{T}signed/{T}persName").get("ref") == "#unresolved-velminov"


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


NEW_SITE = "wilson-new-site-alekseev-mfa-1962-10-26-closer-with-roman-month-and-plain-numbered-notes.txt"


def test_notes_numbered_plainly_after_the_text_their_marks_flattened(tmp_path):
    """The site's pages since 2023, scraped: "1 The Russian text ...", "2 Pinar del Rio ..." under
    the closing lines, their superscript marks flattened in the text, first on the line after the
    word ("The commander" / "1 told me ...") or glued to it ("(Pinar2 and ..."): notes at their
    marks (they were paragraphs, the sentence broken at "commander" into two); the closing lines
    above them, "26/X/62 A. ALEKSEEV", the closer (a paragraph while the notes followed it)."""
    root = convert_one(tmp_path, NEW_SITE)
    div = root.find(f".//{T}body/{T}div")
    paragraphs = div.findall(f"{T}p")
    assert len(paragraphs) == 4 and not [p for p in paragraphs if text(p)[:2] in ("1 ", "2 ")]
    commander = paragraphs[1]
    first, second = commander.findall(f"{T}note[@place='foot']")
    assert (first.get("n"), second.get("n")) == ("1", "2")
    assert (first.getprevious() is None and commander.text.endswith("The commander")
            and first.tail.startswith(" told me that the radar stations"))
    assert text(first) == "The Russian text does not say which commander is meant."
    assert text(second).startswith("Pinar del Rio") and second.tail.startswith(" and the coast")
    assert lines(div.find(f"{T}closer")) == [("dateline", "26/X/62"), ("signed", "A. ALEKSEEV")]
    assert div.find(f"{T}closer/{T}dateline/{T}date").get("when") == "1962-10-26"


def test_a_line_of_the_sites_markup_alone_is_no_paragraph(tmp_path):
    """"<br />" on a line of its own over the text (the page's markup the scrape kept): left out
    (it was the text's first paragraph)."""
    root = convert_one(tmp_path, NEW_SITE)
    div = root.find(f".//{T}body/{T}div")
    assert text(div.find(f"{T}p")).startswith("This morning the friends")
    assert "<br" not in text(div)


def test_the_lower_case_office_at_a_place_and_the_surname_sends_it(tmp_path):
    """"Cable from Soviet ambassador to Cuba Alekseev to USSR Foreign Ministry (1)": the office in
    small letters, the place one word the authority file lacks: Alekseev the sender."""
    root = convert_one(tmp_path, NEW_SITE)
    assert text(root.find(f".//{T}correspAction[@type='sent']/{T}persName")) == "Alekseev"
    assert root.find(f".//{T}correspAction[@type='received']/{T}orgName").get("ref") == "#soviet-mfa"


BROKEN_AT_MARK = "page-new-site-dobrynin-mfa-1962-11-07-note-mark-at-a-line-break-roman-month-closer.txt"


def test_a_note_mark_the_page_set_first_on_a_line_goes_on_with_the_sentence(tmp_path):
    """"... through [Frank] Holeman" / "[1] (whom it does not name), and that ...": the line broken
    at the note's mark, no stop before it: one paragraph, the note at the mark (a paragraph began
    with the note, the sentence cut in two)."""
    root = convert_one(tmp_path, BROKEN_AT_MARK)
    div = root.find(f".//{T}body/{T}div")
    first, second = div.findall(f"{T}p")
    note = first.find(f"{T}note[@place='foot']")
    assert note.get("n") == "1" and text(note).startswith("Frank Holeman, a correspondent")
    assert note.tail.startswith(" (whom it does not name), and that the offer")
    assert text(second).startswith("The column is plainly written")
    assert div.find(f"{T}closer/{T}dateline/{T}date").get("when") == "1962-11-07"


CIPHERGRAM = "wilson-new-site-polish-embassy-havana-1962-06-04-ciphergram-to-and-from-lines.txt"


def test_a_ciphergrams_form_lines_and_its_addressee_on_the_to_line(tmp_path):
    """A Polish ciphergram as the archive translates it: "Came to the Decoding Department at ..."
    a line of its routing (it was the text's first paragraph, and the "To:" and "From:" lines under
    it paragraphs too); "To: [Director General Jan] NOWAKOWSKI, URGENT" the address, the person
    on it the recipient, his given name the editor's last bracketed word, provisional (no recipient
    was found: the TEI was not valid); "From: ..." the form's line, not whom it goes to."""
    report = Report()
    from tei.convert import convert_sources

    from source_helpers import SOURCES
    convert_sources([SOURCES / CIPHERGRAM], tmp_path, report=report)
    assert not report.count("error"), [str(m) for m in report.messages]
    [path] = tmp_path.glob("*.xml")
    from lxml import etree

    root = etree.parse(str(path)).getroot()
    opener = root.find(f".//{T}body/{T}div/{T}opener")
    # (the marking after the "To:" line's name a line of its own: test_unseen_leftovers16)
    assert [kind for kind, _ in lines(opener)] == ["number", "transmission", "transmission", "address", "classification", "address"]
    assert lines(opener)[2][1].startswith("Came to the Decoding Department")
    received = root.find(f".//{T}correspAction[@type='received']/{T}persName")
    assert received.get("ref") == "#unresolved-jan-nowakowski" and text(received) == "Jan Nowakowski"
    [message] = [m for m in report.messages if "Jan Nowakowski" in m.text]
    assert "Director General" in message.text
    assert text(root.find(f".//{T}body/{T}div/{T}p")).startswith("Our")


def test_a_date_written_month_first_as_the_translation_gives_the_forms(tmp_path):
    """"Dispatched from Havana on 06.04.1962 at 10:15" on a cable of 4 June 1962: the month first,
    as the translation writes the form's dates (it was 6 April); "05.29.1962" on a cable of 29 May
    1962 too (it was no date); elsewhere the day first ("10.01.1949"), or no date ("10.13.1949")."""
    from tei.dates import find_dates

    root = convert_one(tmp_path, CIPHERGRAM)
    dates = [d.get("when") for d in root.findall(f".//{T}opener/{T}seg[@type='transmission']/{T}date")]
    assert dates == ["1962-06-04T10:15:00", "1962-06-04T18:40:00", "1962-06-04T21:00:00"]
    assert [f.value.when for f in find_dates("received at 05.29.1962 at 20:24", "1962-05-29")] == ["1962-05-29T20:24:00"]
    assert [f.value.when for f in find_dates("on 06.04.1962", "1950-01-01")] == ["1962-04-06"]
    assert [f.value.when for f in find_dates("on 10.01.1949", "1949-01-10")] == ["1949-01-10"]
    assert find_dates("on 10.13.1949", "1949-01-13") == [] and find_dates("on 05.29.1962", "1962-06-01") == []


PDF_RUN_ON = "wilson-pdf-text-one-paragraph-alekseev-mfa-1962-09-14-title-again-and-markings-run-on.txt"


def test_the_title_again_and_the_markings_run_on_after_the_contents_list(tmp_path):
    """A copy of the record PDF's text in one paragraph: "Contents: English Translation Telegram
    from ... to the USSR MFA, 14 September 1962 TOP SECRET Making Copies Prohibited Copy No. 1
    CIPHERED TELEGRAM In a conversation ...": the title said again left out, the markings the
    opener's, the text from "In a conversation" (all of it was the first paragraph); Alekseev the
    sender."""
    root = convert_one(tmp_path, PDF_RUN_ON)
    div = root.find(f".//{T}body/{T}div")
    assert lines(div.find(f"{T}opener")) == [("classification", "TOP SECRET"), ("classification", "Making Copies Prohibited"),
                                             ("classification", "Copy No. 1"), ("form", "CIPHERED TELEGRAM")]
    [paragraph] = div.findall(f"{T}p")
    assert text(paragraph).startswith("In a conversation with me on September 13")
    assert text(root.find(f".//{T}correspAction[@type='sent']/{T}persName")) == "Alekseev"


OFFICE_ALONE = "page-new-site-soviet-ambassador-mfa-1961-03-03-office-alone-its-holder-unknown.txt"


def test_an_office_alone_is_not_held_by_one_dead_or_out_of_it_by_then(tmp_path):
    """"Telegram from the Soviet Ambassador to the USSR Foreign Ministry" of 3 March 1961: no one the
    authority file knows held the office then, so the party is the office (it was Roshchin,
    ambassador to China "from 1948, to the People's Republic 1949-1952", read as from 1948 for
    ever, and dead in 1960); his term closed at the last year its brackets name, not at a later
    office's outside them."""
    from tei.authority import Authority
    from tei.transforms.correspondence import _closed_terms, _died_before

    root = convert_one(tmp_path, OFFICE_ALONE)
    sender = root.find(f".//{T}correspAction[@type='sent']/{T}persName")
    assert sender.get("ref") is None and sender.findtext(f"{T}roleName") == "Soviet Ambassador"
    assert _closed_terms(" to China (to the Nationalist government from 1948, to the People's Republic 1949-1952)") \
        == [("1948-01", "1952-12")]
    assert _closed_terms(" of Internal Affairs from 1948, Prime Minister of Albania from 1954") == [("1948-01", "9999-12")]
    roshchin = Authority.load().lookup("Roshchin")
    assert _died_before(roshchin, "1961-03-03") and not _died_before(roshchin, "1951-03-03")
