"""Session conv35's faults, each on texts of our own in the style of the real ones: a Markdown
copy citing a book without pages, two bodies sharing a name, a form whose entity did not yet
exist, a record's heading naming only its sender, two-letter surnames that are English words,
columns glued in a cable's opener, and the authority file's new people."""

from __future__ import annotations

from pathlib import Path

from source_helpers import T, converted_pages, parties, sent_when, witness
from tei.messages import Report


def converted(tmp_path: Path, name: str, text: str, fmt: str | None = None) -> tuple[list, Report]:
    """text converted as tmp_path's page <name> (source_helpers.converted_pages): the TEI roots, the report."""
    report = Report()
    return converted_pages(tmp_path, text, name, report, fmt=fmt), report


# --- 1. a Markdown copy citing a book without pages ---------------------------------------------

BOOK_WITHOUT_PAGES = """# Telegram from Mao Zedong to Stalin

**Date:** March 2, 1950

**Source:** Sino-Soviet Relations, 1911-57, Moscow 1959; reproduced by The Red Flag. Translated by the editors of this test.

**Summary:** Mao thanks Stalin for the welcome given to the delegation on its way home.

**Original Language:** Chinese

## English Translation

Comrade Stalin,

The delegation crossed the frontier at Manchouli this morning. On behalf of the Chinese people and myself I thank you for the warm welcome given to us on the whole of our journey home.

Mao Zedong
"""
NAME = "telegram-mao-stalin-1950-03-02-markdown-copy-citing-a-book-without-pages.md"


def _the_book(bibl):
    assert bibl.findtext(f"{T}title[@level='m']") == "Sino-Soviet Relations, 1911-57"
    assert bibl.findtext(f"{T}pubPlace") == "Moscow"
    assert bibl.find(f"{T}date").get("when") == "1959"  # the year after the place, not the title's 1911
    assert "Wilson" not in "".join(bibl.itertext())


def test_a_markdown_copy_citing_a_book_without_pages_is_credited_to_the_book(tmp_path):
    [doc], _ = converted(tmp_path, NAME, BOOK_WITHOUT_PAGES)
    _the_book(witness(doc))
    assert parties(doc) == [("sent", "#mao"), ("received", "#stalin")]


def test_read_as_a_text_of_the_works_the_markdown_copy_keeps_its_title_and_date(tmp_path):
    [doc], report = converted(tmp_path, NAME, BOOK_WITHOUT_PAGES, fmt="collected-works")
    bibl = witness(doc)
    assert bibl.findtext(f"{T}title[@level='a']") == "Telegram from Mao Zedong to Stalin"  # no "# "
    _the_book(bibl)
    assert sent_when(doc) == "1950-03-02"  # its "**Date:**"
    assert "Summary" not in bibl.findtext(f"{T}note[@type='citation']")
    assert not [m for m in report.messages if m.code == "no-date"]


def test_the_year_of_printing_is_never_a_year_of_the_titles_range():
    from tei.sources.collected_works import cited_book

    for citation, place, year in [("Soviet Foreign Policy, 1917-45, Moscow, 1960.", "Moscow", "1960"),
                                  ("Documents on China, 1911-57, Peking 1958; reprinted 1961.", "Peking", "1958")]:
        book = cited_book(citation)
        assert (book.place, book.date) == (place, year), citation
    # (a newspaper's name and year first is no imprint: "Pravda" is not a place)
    assert cited_book("Pravda, 1949, no. 5").place == ""


def test_an_author_in_capitals_is_named_alike_by_both_readers():
    """The citation's author, read once: in title case whether the works' reader or a record's
    copy reads the citation."""
    from tei.sources.collected_works import cited_book

    book = cited_book("J. V. STALIN. Works, Vol. 16, Moscow: Pisatel, 1997, pp. 101-102.")
    assert book.front_matter == ["J. V. Stalin"]


def _record_foot(source: str) -> str:
    """The record page's parts under its text, as the archive's page text gives them (source: the
    archive's file under "Source")."""
    return ("Author(s):\nAssociated People & Organizations\nDocument Information\nSource\n" + source + "\nRights\n"
            "The History and Public Policy Program welcomes reuse of Digital Archive materials for research and "
            "educational purposes.\n")


# --- 2. two bodies sharing a name: the one of the telegram's date -------------------------------

def _glossed_committee(year: int, recipient: str) -> str:
    return f"""Mao Zedong thanks the Soviet party for the specialists.
June 3, {year}
Ciphered Telegram, Mao Zedong to {recipient}
This document was made possible with support from Leon Levy Foundation
Ciphered Telegram
Strictly Secret
From PEKING
To comrade {recipient}.
The Central Committee of our Party thanks the Sugong [CPSU] Central Committee for the list of railway specialists and asks that they arrive before the end of July.
The housing of the specialists is ready in Mukden.
Mao Zedong
Mao thanks the Soviet party for the specialists.
""" + _record_foot("APRF, fond 45, opis 1, delo 331, list 61.")


def test_a_glossed_partys_central_committee_is_the_body_of_the_telegrams_date(tmp_path):
    """"the Sugong [CPSU] Central Committee" in a Chinese cable (its "Central Committee" alone the
    CCP's): the VKP(b)'s Central Committee in 1950, the CPSU's in 1953 (both are named "Central
    Committee of the CPSU"; it was no name at all, the two undecided)."""
    for year, recipient, body in [(1950, "Filippov", "#vkpb-cc"), (1953, "Malenkov", "#cpsu-cc")]:
        [doc], _ = converted(tmp_path / str(year), f"wilson-dvinci-mao-{recipient.lower()}-{year}-06-glossed-committee.txt",
                             _glossed_committee(year, recipient))
        [committee] = [e for e in doc.iter(f"{T}orgName") if "".join(e.itertext()).endswith("Central Committee")
                       and "Sugong" in "".join(e.itertext())]
        assert committee.get("ref") == body, year
        assert [(e.tag, e.get("ref")) for e in committee] == [(f"{T}orgName", "#vkpb"), (f"{T}gloss", None)]


# --- 3. a form's link respects its entities' dates ----------------------------------------------

def _works_telegram(year: int, author: str, to: str, text: str) -> str:
    return f"""{author}

Telegram To {to}


Wired: 24 March, {year}
First Published: First published in 1942; Published according to the manuscript
Source: Collected Works, 4th English Edition, Progress Publishers, Moscow, 1965, Volume 30, page 402
Translated: George Hanna
Public Domain: Internet Archive 2003.


{to.split()[-1]},

March 24, {year}

{text}

{author.split()[-1]}
"""


CPC = "The C.P.C. has approved your report on the coal of the Donets Basin. Send the first trains at once and report by wire each evening how many wagons have left."


def _cpc_ref(doc) -> str:
    [cpc] = [e for e in doc.find(f"{T}text").iter(f"{T}orgName") if "".join(e.itertext()) == "C.P.C."]
    return cpc.get("ref")


def test_cpc_is_the_council_of_peoples_commissars_before_the_ccp_was_founded_and_the_ccp_after_the_council(tmp_path):
    """"C.P.C.", the Council of People's Commissars in Lenin's Collected Works and the CCP in the
    1949 cables: the text's date parts them (the CCP founded in July 1921, the Council renamed
    in March 1946); it was the CCP's in a Soviet telegram of 1919."""
    for year, body in [(1919, "#sovnarkom"), (1949, "#ccp")]:
        [doc], report = converted(tmp_path / str(year), f"works-lenin-stalin-{year}-03-24-cpc.txt",
                                  _works_telegram(year, "V. I. Lenin", "J. V. Stalin", CPC))
        assert _cpc_ref(doc) == body, year
        assert not [m for m in report.messages if m.code == "ambiguous-name"]


def test_between_the_dates_cpc_is_the_body_a_correspondent_belongs_to(tmp_path):
    """1922: both bodies existed.  Lenin, Chairman of the Council of People's Commissars (as the
    file says), means his Council; a writer the file ties to neither leaves it open (the first
    entry linked, the warning given)."""
    [doc], report = converted(tmp_path / "lenin", "works-lenin-stalin-1922-03-24-cpc.txt",
                              _works_telegram(1922, "V. I. Lenin", "J. V. Stalin", CPC))
    assert _cpc_ref(doc) == "#sovnarkom"
    assert not [m for m in report.messages if m.code == "ambiguous-name"]
    [doc], report = converted(tmp_path / "other", "works-chicherin-krasin-1922-03-24-cpc.txt",
                              _works_telegram(1922, "G. V. Chicherin", "L. B. Krasin", CPC))
    assert [m for m in report.messages if m.code == "ambiguous-name" and "C.P.C." in str(m)]


def test_a_form_two_bodies_share_makes_neither_the_others_owner():
    """(the Council's "C.P.C." is no run of words naming the CCP as a body it belongs to)"""
    from tei.authority import Authority

    authority = Authority.load()
    assert authority.owners(authority.entities["sovnarkom"]) == {"sovnarkom"}
    assert "ccp" not in authority.owners(authority.entities["lenin"])


# --- 4. a heading naming its sender alone after a secrecy marking -------------------------------

def _record_page(day: int, address: str) -> str:
    return f"""Digital Archive Document

Top Secret Telegram from Soviet Ambassador Yudin reporting on a conversation with Zhou Enlai
November {day}, 1957

Yudin reports Zhou Enlai's views on the coming session of the National People's Congress.

Document Information
Source
AVP RF, f. 0100, op. 50, d. 3, p. 423, ll. 71-73. Translated by Paul Example.
Original Archive
Archive of Foreign Policy of the Russian Federation (AVP RF)
Rights
The History and Public Policy Program welcomes reuse of digital archive materials for research and educational purposes.
Citation
"Top Secret Telegram from Soviet Ambassador Yudin reporting on a conversation with Zhou Enlai," November {day}, 1957, Wilson Center Digital Archive, AVP RF, f. 0100, op. 50, d. 3, p. 423, ll. 71-73. Translated by Paul Example. https://digitalarchive.wilsoncenter.org/document/9004{day}
Associated People & Organizations
Zhou Enlai
Record ID
9004{day}
Type
Telegram
Language
Russian

English Translation

TOP SECRET
{address}
Today Zhou Enlai received me at his request and spoke of the session of the National People's Congress to be held next month.
He said that the Chinese comrades count on the Soviet delegation's coming to Peking before the session opens.
{day}.XI.57 P. Yudin
"""


def _received(doc):
    return doc.find(f".//{T}correspAction[@type='received']")


def test_a_top_secret_telegram_from_its_sender_alone_names_no_recipient(tmp_path):
    """"Top Secret Telegram from Soviet Ambassador Yudin reporting on ...", no address: the sender
    Yudin, the recipient unknown with a warning (it was refused: no recipient found)."""
    [doc], report = converted(tmp_path, "wilson-yudin-1957-11-21-top-secret-heading.txt", _record_page(21, ""))
    assert parties(doc)[0] == ("sent", "#yudin")
    assert "".join(_received(doc).find(f"{T}persName").itertext()) == "Unknown"
    assert [m for m in report.messages if m.code == "unknown-recipient"]


def test_a_top_secret_telegram_from_its_sender_alone_takes_the_recipient_of_its_to_line(tmp_path):
    [doc], report = converted(tmp_path, "wilson-yudin-1957-11-20-top-secret-heading-to-line.txt",
                              _record_page(20, "To: Comrade Gromyko"))
    assert parties(doc) == [("sent", "#yudin"), ("received", "#gromyko")]
    assert not [m for m in report.messages if m.code == "unknown-recipient"]


def test_a_pages_top_secret_heading_from_its_sender_alone_under_its_date(tmp_path):
    """The heading of a page citing no source, its date over it: read as the sender-alone heading
    (no layout matched it)."""
    page = ("November 22, 1957\nTop Secret Telegram from Soviet Ambassador Yudin reporting on a conversation with Zhou Enlai\n"
            "{to}Today Zhou Enlai received me at his request and spoke of the session of the National People's Congress.\n"
            "He said that the Chinese comrades count on the Soviet delegation's coming to Peking before the session opens.\n")
    [doc], _ = converted(tmp_path / "alone", "page-yudin-1957-11-22-top-secret.txt", page.format(to=""))
    assert parties(doc)[0] == ("sent", "#yudin")
    assert _received(doc).find(f"{T}persName").text == "Unknown"
    [doc], _ = converted(tmp_path / "to", "page-yudin-1957-11-22-top-secret-to.txt", page.format(to="To: Comrade Gromyko\n"))
    assert parties(doc) == [("sent", "#yudin"), ("received", "#gromyko")]


# --- 5. two-letter surnames that are English words, completed by the editor ---------------------

def _cmc_cable(parties: str, address: str, body: str) -> str:
    return f"""The Central Military Commission tells {parties} when the trains will leave.
February 3, 1950
Cable, Central Military Commission to {parties}
This document was made possible with support from Leon Levy Foundation
{address}
{body}
Central Military Commission
February 3 [1950]
The Central Military Commission tells {parties} when the trains will leave.
""" + _record_foot("Original Archive")  # (the record's source left empty, its next label under it)


def _names(el) -> list[tuple[str, str, list[str]]]:
    return [(p.get("ref"), "".join(p.itertext()), [s.text for s in p.iter(f"{T}supplied")])
            for p in el.iter(f"{T}persName")]


def test_a_two_letter_surname_the_title_gives_whole_is_in_the_name_the_editor_completes(tmp_path):
    """"An [Ziwen]" to "... to Lin Biao, An Ziwen and Kuo Weiyan" (the file lacks both): one persName
    of the title's person, the bracket supplied in it (it was "An" outside, "Ziwen" the name;
    "Kuo [Weiyan]" no name at all); "He said" no name."""
    text = _cmc_cable("Lin Biao, An Ziwen and Kuo Weiyan", "Lin [Biao], An [Ziwen], Kuo [Weiyan]:",
                      "He said in his cable of the 1st that the troops were ready; An [Ziwen] is to report by wire "
                      "when the first train arrives.")
    [doc], _ = converted(tmp_path, "wilson-dvinci-cmc-lin-an-kuo-1950-02-completed-names.txt", text)
    div = doc.find(f".//{T}body/{T}div")
    assert _names(div.find(f"{T}opener")) == [("#lin-biao", "Lin Biao", ["Biao"]),
                                              ("#unresolved-an-ziwen", "An Ziwen", ["Ziwen"]),
                                              ("#unresolved-kuo-weiyan", "Kuo Weiyan", ["Weiyan"])]
    [p] = div.iter(f"{T}p")
    assert _names(p) == [("#unresolved-an-ziwen", "An Ziwen", ["Ziwen"])]
    assert p.text.startswith("He said")
    received = doc.find(f".//{T}correspAction[@type='received']")
    assert [n.get("ref") for n in received] == ["#lin-biao", "#unresolved-an-ziwen", "#unresolved-kuo-weiyan"]


def test_a_two_letter_surname_the_file_knows_and_a_bracket_no_title_names(tmp_path):
    """"He [Long]": the authority file's He Long, wherever the sentence has it; "An [Ziyu]", a name
    neither the file nor the title gives: no name made of the word before it."""
    text = _cmc_cable("He Long", "Comrade He [Long]:",
                      "He said in his cable of the 1st that the troops were ready. He [Long] is to report by wire when "
                      "the first train arrives, and An [Ziyu] will meet it.")
    [doc], _ = converted(tmp_path, "wilson-dvinci-cmc-he-long-1950-02-completed-name.txt", text)
    [p] = doc.find(f".//{T}body/{T}div").iter(f"{T}p")
    assert _names(p) == [("#he-long", "He Long", ["Long"])]
    assert p.text.startswith("He said")
    assert not [n for n in doc.iter(f"{T}persName") if "".join(n.itertext()).startswith("An")]


# --- 6. columns glued in a cable's opening lines ------------------------------------------------

def _cable(opening: str) -> str:
    return f"""Search in

Digital Archive International History Declassified

September 4, 1950


  • Citation

    get citation

    Stalin, writing as Fyn Si, tells Kim Il Sung that the aircraft have left.
    "Ciphered Telegram No. 75390, Fyn Si [Stalin] to Shtykov for Kim Il Sung," September 4, 1950, History and Public Policy Program Digital Archive, APRF, F. 45, Op. 1, D. 347, L. 20. Translated by Paul Example.
  • share document


English HTML


{opening}

Convey to Comrade Kim Ir Sen the following:

The forty fighter aircraft left Dalny this morning. Comrade Zakharov will meet you on the 6th to agree on the crews.

Report the fulfilment by telegraph.

4.IX.50 Fyn Si
"""


def _opener(doc) -> list[tuple[str, str]]:
    return [(seg.get("type"), "".join(seg.itertext())) for seg in doc.find(f".//{T}body/{T}div/{T}opener")]


def test_a_routing_column_glued_to_the_address_is_a_line_of_its_own(tmp_path):
    """"PYONGYANG, SOVIET AMBASSADORSent 03:15 4.IX.50" (a copy of the form's text ran the address
    into the "Sent" column): the address and the time of sending, as when the copy keeps them
    apart (it was one paragraph, "AMBASSADORSent" a word)."""
    apart = [("address", "PYONGYANG, SOVIET AMBASSADOR"), ("transmission", "Sent 03:15 4.IX.50")]
    for name, opening in [("apart", "PYONGYANG, SOVIET AMBASSADOR\nSent 03:15 4.IX.50"),
                          ("glued", "PYONGYANG, SOVIET AMBASSADORSent 03:15 4.IX.50")]:
        [doc], _ = converted(tmp_path / name, f"cable-fyn-si-kim-il-sung-1950-09-04-{name}.txt", _cable(opening))
        assert _opener(doc) == apart, name
        assert doc.find(f".//{T}opener/{T}seg[@type='transmission']/{T}date").get("when") == "1950-09-04T03:15:00"


def test_a_routing_word_in_a_sentence_or_a_longer_word_is_no_column():
    from tei.sources.model import Block
    from tei.transforms.structure import _columns_glued

    lines = [Block("MOSCOW, MIDReceived 04:10 5.IX.50", 1), Block("The USSR Sent them by air. SENTENCES", 2),
             Block("AMBASSADORSentinel", 3)]
    assert [b.text for b in _columns_glued(lines)] == ["MOSCOW, MID", "Received 04:10 5.IX.50", lines[1].text, lines[2].text]


# --- 7. the authority file's new people ---------------------------------------------------------

def test_the_authority_file_knows_the_new_people_by_their_forms():
    from tei.authority import Authority

    authority = Authority.load()
    for form, entry in [("Montgomery", "montgomery"), ("B. L. Montgomery", "montgomery"),
                        ("Soong Mei-ling", "song-meiling"), ("Madame Chiang Kai-shek", "song-meiling"),
                        ("Mayling Soong Chiang", "song-meiling"), ("Ya. S. Ganetsky", "hanecki"),
                        ("Ganetsky", "hanecki"), ("G. A. Astakhov", "astakhov"), ("Astakhov", "astakhov")]:
        found = authority.lookup(form)
        assert found is not None and found.id == entry, form
    # (no form of its own making: the Russian initials with the Polish surname no source prints)
    assert authority.lookup("Y. S. Hanecki") is None
    # (their lives' dates, as the file gives its persons')
    assert authority.entities["astakhov"].element.find("{http://www.tei-c.org/ns/1.0}death").get("when") == "1942-02-14"
    assert authority.entities["hanecki"].element.find("{http://www.tei-c.org/ns/1.0}birth").get("when") == "1879-03-15"


def test_a_heading_naming_astakhov_by_his_initials_links_him(tmp_path):
    """"G. A. Astakhov to the People's Commissariat ..." (a dated report of 1939 as the collected
    documents' pages head it): the chargé d'affaires the file now knows, no provisional person."""
    page = ("Telegram from G. A. Astakhov to Molotov\n\nJuly 27, 1939\n\nTop Secret\n\n"
               "To Comrade Molotov.\n\nToday I dined with the Reich's foreign minister, who spoke at length of the "
               "relations between our countries and asked me to report his words to Moscow.\n\nAstakhov\n")
    [doc], report = converted(tmp_path, "page-astakhov-molotov-1939-07-27.txt", page)
    assert parties(doc)[0] == ("sent", "#astakhov")
    assert not [m for m in report.messages if m.code == "unresolved-name" and "Astakhov" in str(m)]


# --- a covering note's closing lines, then "* * * * *" and the cable it encloses ----------------

def _covering_note(between: str) -> str:
    return f"""Gromyko sends Stalin the text of Shtykov's cable.
May 10, 1950
Letter, Gromyko to Stalin, Transmitting Cable from Shtykov
This document was made possible with support from Leon Levy Foundation
Top Secret
To Comrade Stalin I. V.
I am sending you the text of a cable received from Comrade Shtykov in Pyongyang.
A. Gromyko
10 May 1950
{between}Ciphered Telegram
To Comrade Vyshinsky.
Kim Il Sung asked me today to convey his thanks for the arms that arrived at the port. He will report on their distribution at the end of the month.
Shtykov
9 May 1950
Gromyko forwards Shtykov's report of Kim Il Sung's thanks.
""" + _record_foot("APRF, fond 45, opis 1, delo 346, list 80.")


def test_the_cable_a_covering_note_encloses_under_stars_opens_with_its_form_and_address(tmp_path):
    """The note's closing lines ("A. Gromyko" / "10 May 1950"), "* * * * *", the cable: the note's
    closer; the enclosure's opener its form's name and its address, no break inside it (its first
    lines were a milestone and two paragraphs); without the stars alike ("Ciphered Telegram" was
    taken for the note's second signature)."""
    for name, between in [("stars", "* * * * *\n"), ("no-stars", "")]:
        [doc], _ = converted(tmp_path / name, f"wilson-gromyko-stalin-1950-05-10-{name}.txt", _covering_note(between))
        div = doc.find(f".//{T}body/{T}div")
        closer = div.find(f"{T}closer")
        assert [(e.tag, "".join(e.itertext())) for e in closer] == [(f"{T}signed", "A. Gromyko"),
                                                                    (f"{T}dateline", "10 May 1950")], name
        body = div.find(f"{T}floatingText[@type='enclosure']/{T}body")
        assert [(e.tag, e.get("type"), "".join(e.itertext())) for e in body.find(f"{T}opener")] == [
            (f"{T}seg", "form", "Ciphered Telegram"), (f"{T}seg", "address", "To Comrade Vyshinsky.")], name
        assert body.find(f"{T}milestone") is None and body[0].tag == f"{T}opener", name
        assert "".join(body.find(f"{T}closer/{T}signed").itertext()) == "Shtykov"


# --- review: a season, a month or a serial's part word before a year is no place of printing -----

def test_a_season_or_a_serials_part_before_a_year_is_no_place_of_printing():
    from tei.sources.collected_works import cited_book

    for citation in ["Cold War International History Project Bulletin, Issue 3 (Fall 1993), p. 12",
                     "Cold War International History Project Bulletin, Issue 8-9 (Winter 1996).",
                     "Istochnik, No. 2, Spring 1996.", "Far Eastern Affairs, Vol. 5, Autumn 1996.",
                     "Documents on Soviet Policy, Part 1995."]:
        assert cited_book(citation).place == "", citation
    # (a place after the title's part or the publisher still is)
    assert cited_book("Progress Publishers, Moscow, 1965").place == "Moscow"
    assert cited_book("Sino-Soviet Relations, 1911-57, Moscow 1959;").place == "Moscow"


# --- review: a serial's title, place and year credit no book -----------------------------------

def _copy_citing(citation: str) -> str:
    return BOOK_WITHOUT_PAGES.replace(
        "Sino-Soviet Relations, 1911-57, Moscow 1959; reproduced by The Red Flag. Translated by the editors of this test.",
        citation)


def test_a_serial_cited_with_its_place_or_issue_and_year_is_no_book(tmp_path):
    for n, citation in enumerate(["Cold War International History Project Bulletin, Issue 8-9 (Winter 1996). Translated by A. Reader.",
                                  "Pravda, Moscow, 1950; translated by the editors.",
                                  "Far Eastern Affairs, Moscow, 1996. Translated by A. Reader."]):
        [doc], _ = converted(tmp_path / str(n), NAME, _copy_citing(citation))
        bibl = witness(doc)
        assert bibl.findtext(f"{T}title[@level='m']") == "Wilson Center Digital Archive", citation
        assert bibl.findtext(f"{T}publisher") == "Wilson Center", citation
        assert bibl.find(f"{T}pubPlace") is None, citation


# --- review: "C.P.C." between July 1921 and March 1946, the text about the CCP ---------------------

CPC_1945 = """Telegram from Petrov to Molotov

August 30, 1945

Top Secret

To Comrade Molotov.

{body} The C.P.C. delegation will begin talks tomorrow; the C.P.C. representatives are to be received.

Petrov
"""


def test_cpc_between_the_two_bodies_dates_is_the_party_the_texts_people_belong_to(tmp_path):
    """In 1945 both the CCP and the Council of People's Commissars are "C.P.C.": a text naming Mao
    ("Chairman of the CCP Central Committee") and the Guomindang means the CCP, with no warning."""
    [doc], report = converted(tmp_path / "about", "page-petrov-molotov-1945-08-30.txt",
                              CPC_1945.format(body="Mao Zedong arrived in Chongqing today with the Guomindang's envoy."))
    assert {o.get("ref") for o in doc.iter(f"{T}orgName") if o.text == "C.P.C." and o.get("ref")} == {"#ccp"}
    assert not [m for m in report.messages if m.code == "ambiguous-name"]
    # (a text naming no one of either says nothing of which: the warning stays)
    _, report = converted(tmp_path / "neither", "page-petrov-molotov-1945-08-30.txt",
                          CPC_1945.format(body="The weather in the city is fine."))
    assert [m for m in report.messages if m.code == "ambiguous-name"]


# --- review: a body's name the editor completes is no person's -----------------------------------

def test_a_bodys_name_the_editor_completes_is_no_person(tmp_path):
    """"Southwest [Bureau]", "Military [Committee]" to "... to Lin Biao, Southwest Bureau and Military
    Committee": the bracket a body's word, no person made of it in the text (the bracket left as printed)."""
    text = _cmc_cable("Lin Biao, Southwest Bureau and Military Committee",
                      "Lin [Biao], Southwest [Bureau], Military [Committee]:",
                      "The trains leave on the 5th. The Southwest [Bureau] is to report by wire when the first train arrives.")
    [doc], _ = converted(tmp_path, "wilson-dvinci-cmc-lin-southwest-1950-02-completed-bodies.txt", text)
    div = doc.find(f".//{T}body/{T}div")
    assert _names(div.find(f"{T}opener")) == [("#lin-biao", "Lin Biao", ["Biao"])]
    [p] = div.iter(f"{T}p")
    assert _names(p) == []
    assert [s.text for s in p.iter(f"{T}supplied")] == ["Bureau"]


# --- review: a Markdown copy's fields after its text, read by the record's one reader -------------

FIELDS_BELOW = """# Telegram from Mao Zedong to Stalin

## English Translation

Comrade Stalin,

The delegation crossed the frontier at Manchouli this morning. I thank you for the warm welcome given to us on the whole of our journey home.

Mao Zedong

**Date:** March 2, 1950

**Source:** Sino-Soviet Relations, 1911-57, Moscow 1959; reproduced by The Red Flag.
"""


def test_a_markdown_copys_fields_after_its_text_are_its_date_and_citation(tmp_path):
    """"**Date:**" and "**Source:**" under the text: the record's, read alike by the archive's reader
    and as a text of the works (no "Date:" paragraph in the text, the book its source)."""
    for fmt in (None, "collected-works"):
        [doc], _ = converted(tmp_path / str(fmt), "telegram-mao-stalin-1950-03-02-fields-below.md", FIELDS_BELOW, fmt)
        _the_book(witness(doc))
        assert sent_when(doc) == "1950-03-02"
        text = "".join(doc.find(f".//{T}body").itertext())
        assert "Date:" not in text and "Source:" not in text and "Sino-Soviet" not in text


def test_a_serials_number_is_no_authors_initial():
    from tei.sources.collected_works import cited_book

    assert cited_book("Istochnik, No. 2, Spring 1996.").front_matter == []
    assert cited_book("Stalin I.V. Works. - T. 18.").front_matter == ["Stalin I.V."]
