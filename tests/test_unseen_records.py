"""Wilson Center records of forms the converter had not seen (sixth round of unseen texts):
the site's newer navigation and buttons, cables passed through an intermediary named above
the text, address blocks on several lines, titles that say whose message is conveyed."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from tei.convert import convert_sources
from tei.messages import Report

SOURCES = Path(__file__).parent / "sources"
T = "{http://www.tei-c.org/ns/1.0}"


def convert(tmp_path: Path, name: str):
    report = Report()
    convert_sources([SOURCES / name], tmp_path, report=report)
    assert not report.count("error"), [str(m) for m in report.messages]
    [root] = [etree.parse(str(p)).getroot() for p in sorted(tmp_path.glob("*.xml"))]
    return root, report


def parties(root) -> dict[str, list[str]]:
    """The persons of each kind of correspAction (several transmitted actions together)."""
    found: dict[str, list[str]] = {}
    for a in root.iterfind(f".//{T}correspAction"):
        found.setdefault(a.get("type"), []).extend(p.get("ref") for p in a.iterfind(f"{T}persName"))
    return found


def opener(root) -> list[tuple[str, str]]:
    return [(c.get("type") or etree.QName(c).localname, " ".join("".join(c.itertext()).split()))
            for c in root.find(f".//{T}opener")]


def test_the_sites_navigation_and_buttons_are_not_the_record(tmp_path):
    """"Topics" / "Collections" / "Programs" above the record (the summary was lost: "Topics"
    read as the label of a part), "Document Media" after the text (a signature), "Share this
    document" / "Email Facebook Twitter" / "Back to top" (the closer was lost)."""
    root, _ = convert(tmp_path / "a", "cable-zhou-filippov-1951-01-22-site-navigation-above.txt")
    assert root.findtext(f".//{T}abstract/{T}p").startswith("Zhou Enlai informs Stalin of the Chinese reply")
    closer = root.find(f".//{T}closer")
    assert [etree.QName(c).localname for c in closer] == ["salute", "signed", "dateline"]
    assert "Document Media" not in "".join(root.find(f".//{T}text").itertext())
    root, _ = convert(tmp_path / "b", "cable-mao-filippov-1951-03-01-transmitted-through-share-buttons.txt")
    text = "".join(root.find(f".//{T}text").itertext())
    assert not any(w in text for w in ("Share this", "Facebook", "Back to top", "cookies"))
    assert root.find(f".//{T}closer/{T}signed/{T}persName").get("ref") == "#mao"
    assert root.find(f".//{T}closer/{T}dateline/{T}date").get("when") == "1951-03-01"


def test_transmitted_through_above_the_text(tmp_path):
    """"Transmitted through Krasovsky" above the salutation: a transmission line of the opener
    (it ended the opener; the salutation became a paragraph) and the intermediary, an unknown
    person reported."""
    root, _ = convert(tmp_path / "a", "cable-mao-filippov-1951-03-01-transmitted-through-share-buttons.txt")
    assert opener(root)[2:] == [("transmission", "Transmitted through Krasovsky"), ("salute", "Comrade Filippov!")]
    assert parties(root) == {"sent": ["#mao"], "transmitted": ["#krasovsky"], "received": ["#stalin"]}
    # a man the authority file does not know: a provisional person, reported
    text = (SOURCES / "cable-mao-filippov-1951-03-01-transmitted-through-share-buttons.txt").read_text(encoding="utf-8")
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "record.txt").write_text(text.replace("through Krasovsky", "through Belyaev"), encoding="utf-8")
    report = Report()
    convert_sources([tmp_path / "src"], tmp_path / "b", report=report)
    [root] = [etree.parse(str(p)).getroot() for p in (tmp_path / "b").glob("*.xml")]
    assert parties(root)["transmitted"] == ["#unresolved-belyaev"]
    assert any("Belyaev" in str(m) and "intermediary" in str(m) for m in report.messages)


def test_place_and_office_on_lines_of_their_own(tmp_path):
    """"PYONGYANG" / "SOVIET AMBASSADOR" / "To Comrade Shtykov.": three address lines (they
    were paragraphs of the text)."""
    root, _ = convert(tmp_path, "cable-fynsi-shtykov-1950-07-01-place-and-office-lines.txt")
    assert opener(root)[-3:] == [("address", "PYONGYANG"), ("address", "SOVIET AMBASSADOR"),
                                 ("address", "To Comrade Shtykov.")]
    assert parties(root) == {"sent": ["#stalin"], "received": ["#shtykov"]}


def test_a_message_for_others_through_the_addressee(tmp_path):
    """"Molotov to Kuznetsov in Beijing, Transmitting a Message for Mao Zedong and Kim Il Sung",
    the text "To Comrade V. V. Kuznetsov": Molotov's message, received by Mao and Kim, passed
    on by V. V. Kuznetsov (the header named Fyodor Kuznetsov, whose initials are F. F., as the
    recipient, and left Mao and Kim out; he was a provisional person until the authority file
    knew him)."""
    root, _ = convert(tmp_path, "telegram-molotov-kuznetsov-1953-03-21-message-for-two-office-lines.md")
    assert parties(root) == {"sent": ["#molotov"], "transmitted": ["#vasily-kuznetsov"],
                             "received": ["#mao", "#kim-il-sung"]}
    assert opener(root)[-3:] == [("address", "BEIJING"), ("address", "SOVIET AMBASSADOR"),
                                 ("address", "To Comrade V. V. Kuznetsov")]


def test_conveying_someones_message_of_a_date(tmp_path):
    """"Roshchin in Beijing to Filippov [Stalin], Conveying Mao Tse-tung's Message of 2 October
    1950": Mao's message to Stalin, passed on by Roshchin (Mao was left out)."""
    root, _ = convert(tmp_path, "telegram-roshchin-filippov-1950-10-03-conveying-a-message-of-a-date.md")
    assert parties(root) == {"sent": ["#mao"], "transmitted": ["#roshchin"], "received": ["#stalin"]}


def test_a_russian_two_letter_initial(tmp_path):
    """"Ya. A. Malik", then "Malik": Yakov Malik both times ("A. Malik" was read as a Malik whose
    given name begins with A, and "Malik" alone then left unlinked)."""
    root, _ = convert(tmp_path, "cable-gromyko-stalin-1951-06-27-two-letter-initial.txt")
    names = [(p.text, p.get("ref")) for p in root.find(f".//{T}body").iter(f"{T}persName")]
    assert ("Ya. A. Malik", "#malik") in names and names.count(("Malik", "#malik")) == 2


def test_pseudonyms_identified_in_parentheses_in_a_heading(tmp_path):
    """"Ciphered Telegram, Andreev (Mikoyan) to Filippov (Stalin)": Mikoyan to Stalin (the
    header named a provisional 'Andreev'), and "Andreev" signing is Mikoyan's pseudonym."""
    report = Report()
    convert_sources([SOURCES / "compilation-1996-pseudonyms-identified-in-parentheses.txt"], tmp_path, report=report)
    first, second = [etree.parse(str(p)).getroot() for p in sorted(tmp_path.glob("*.xml"))]
    assert parties(first) == {"sent": ["#mikoyan"], "received": ["#stalin"]}
    assert parties(second) == {"sent": ["#stalin"], "received": ["#mikoyan"]}
    signed = first.find(f".//{T}closer/{T}signed/{T}persName")
    assert (signed.text, signed.get("ref"), signed.get("type")) == ("Andreev", "#mikoyan", "pseudonym")
    assert not any("unresolved" in str(m) for m in report.messages)


def test_bodies_and_places_of_the_korean_war_years(tmp_path):
    """"the CC CPC" is the Central Committee (only "CPC" was tagged, as the party), "the Taiwan
    strait" the strait (it was Taiwan), and the Korean and other places the records name."""
    root, _ = convert(tmp_path / "a", "cable-zhou-filippov-1951-01-22-site-navigation-above.txt")
    places = {p.text: p.get("ref") for p in root.find(f".//{T}body").iter(f"{T}placeName")}
    assert places["Taiwan strait"] == "#taiwan-strait" and places["New Delhi"] == "#new-delhi"
    assert places["Egypt"] == "#egypt"
    root, _ = convert(tmp_path / "b", "cable-mao-filippov-1951-03-01-transmitted-through-share-buttons.txt")
    places = {p.text: p.get("ref") for p in root.find(f".//{T}body").iter(f"{T}placeName")}
    assert places["Suwon"] == "#suwon" and places["Hoengsong"] == "#hoengsong"
    root, _ = convert(tmp_path / "c", "telegram-roshchin-filippov-1950-10-03-conveying-a-message-of-a-date.md")
    bodies = {"".join(o.itertext()): o.get("ref") for o in root.find(f".//{T}body").iter(f"{T}orgName")}
    assert bodies["CC CPC"] == "#ccp-cc"
    # (the party inside its body's name is nested in it, not tagged instead of it)
    assert all(o.getparent().get("ref") == "#ccp-cc" for o in root.find(f".//{T}body").iter(f"{T}orgName")
               if "".join(o.itertext()) == "CPC")


def test_a_letter_quoted_in_a_covering_cable(tmp_path):
    """A cable "No. 405889/sh" sent from Pyongyang, its routing line with times, and Kim Il
    Sung's letter in quotation marks over eleven paragraphs with "[signature]" in it: the
    markings in the opener (the registry's "/sh" ended it: all were paragraphs), the routing
    line's times, the letter a quote (the marks were left in the text), Shtykov the
    intermediary ("..., Transmitted by Shtykov" in the title)."""
    root, _ = convert(tmp_path, "letter-kim-stalin-1950-07-08-quoted-in-a-covering-cable.txt")
    assert [t for t, _ in opener(root)] == ["number", "classification", "classification", "transmission", "address"]
    times = [d.get("when") for d in root.find(f".//{T}opener").iter(f"{T}date")]
    assert times == ["1950-07-08T17:20:00", "1950-07-08T20:55:00"]
    # the routing line's "Received ..." is when the recipient's side received it
    assert root.find(f".//{T}correspAction[@type='received']/{T}date").get("when") == "1950-07-08T20:55:00"
    quote = root.find(f".//{T}body/{T}div/{T}quote")
    text = " ".join("".join(quote.itertext()).split())
    assert text.startswith("To the Chairman") and text.rstrip().endswith("Pyongyang") and '"' not in text
    # the letter with its own address, salutation and closing lines (they were paragraphs)
    letter = quote.find(f"{T}floatingText[@type='letter']/{T}body")
    # the cable carrying the letter is a telegram (its markings say so), the letter is the quoted text's
    assert root.find(f".//{T}body/{T}div").get("type") == "telegram"
    assert quote.get("rend") == "quoted" and [etree.QName(c).localname for c in letter][0] == "opener"
    assert [c.get("type") or etree.QName(c).localname for c in letter.find(f"{T}opener")] == ["address", "salute"]
    closer = letter.find(f"{T}closer")
    assert [etree.QName(c).localname for c in closer] == ["salute", "signed", "dateline"]
    signed = closer.find(f"{T}signed")
    assert signed.find(f"{T}persName").get("ref") == "#kim-il-sung"
    assert signed.find(f"{T}note[@type='annotation']") is not None and signed.find(f"{T}lb") is not None
    assert [etree.QName(c).localname for c in closer.find(f"{T}dateline")] == ["date", "lb", "placeName"]
    assert parties(root) == {"sent": ["#kim-il-sung"], "transmitted": ["#shtykov"], "received": ["#stalin"]}
    assert root.find(f".//{T}body/{T}div/{T}closer/{T}signed/{T}persName").get("ref") == "#shtykov"
    # the number with its registry's letters, once ("405889/" and "405889" again from the closer)
    assert [i.text for i in root.iterfind(f".//{T}sourceDesc/{T}bibl/{T}idno[@type='telegram']")] == ["405889/sh"]


def test_points_in_roman_and_an_attachment_note(tmp_path):
    """"I.", "II.", "III." number the points (the numerals stayed in the text), the lettered
    points under "II." a list in its item (they were points of the same level); an
    "[Attachment: ... is not reproduced.]" under the text is the editor's annotation (it kept
    the signature and date from the closer)."""
    root, _ = convert(tmp_path, "telegram-mao-filippov-1952-07-15-roman-points-attachment-note.md")
    div = root.find(f".//{T}body/{T}div")
    [points] = div.findall(f"{T}list")
    assert [i.get("n") for i in points.findall(f"{T}item")] == ["I", "II", "III"]
    assert [i.get("n") for i in points.findall(f"{T}item[@n='II']/{T}list/{T}item")] == ["a", "b", "c"]
    assert [etree.QName(c).localname for c in div.find(f"{T}closer")] == ["signed", "dateline"]
    assert div[-1].tag == f"{T}note" and div[-1].findtext(f"{T}label") == "Attachment"


def test_sent_to_a_list_of_names_without_a_colon(tmp_path):
    """"Sent to Stalin, Molotov, Malenkov, ..." under the date: the distribution line of the
    closer (without the colon it was a paragraph, and signature and date with it)."""
    root, _ = convert(tmp_path, "telegram-gromyko-stalin-1951-06-27-sent-to-without-colon.md")
    closer = root.find(f".//{T}closer")
    assert [c.get("type") or etree.QName(c).localname for c in closer] == ["signed", "dateline", "distribution"]
    assert closer.find(f"{T}signed/{T}persName").get("ref") == "#gromyko"


def test_a_printed_source_in_the_citation(tmp_path):
    """"..., Digital Archive, Dang de wenxian (Party Historical Documents), no. 5 (2000), pp.
    8-9. Translated by Li Xiaobing.": the journal the archive's copy comes from is the
    original printing (it was only in the citation note); an archive's shelfmark is not."""
    root, _ = convert(tmp_path / "a", "cable-peng-gao-mao-1950-12-19-printed-source-in-citation.txt")
    assert root.findtext(f".//{T}sourceDesc/{T}bibl/{T}relatedItem[@type='original']/{T}bibl") == \
        "Dang de wenxian (Party Historical Documents), no. 5 (2000), pp. 8-9."
    root, _ = convert(tmp_path / "b", "cable-mao-filippov-1951-03-01-transmitted-through-share-buttons.txt")
    assert root.find(f".//{T}relatedItem") is None and root.find(f".//{T}msIdentifier") is not None


def test_several_markings_on_one_line():
    """"Top Secret. Priority." above the text is the cable's markings (it was read as an
    address line: a place and a name); "Beijing. Soviet Ambassador." stays an address."""
    from tei.transforms.structure.lines import cable_line, is_address

    for line in ("Top Secret. Priority.", "Strictly Secret. Copy No. 2.", "Urgent. Top Secret. Copy No. 1"):
        assert cable_line(line) == "classification", line
    assert cable_line("Beijing. Soviet Ambassador.") is None and is_address("Beijing. Soviet Ambassador.")


def test_a_dateline_without_its_year_under_an_undated_telegram(tmp_path):
    """"November 21" under a telegram nothing else dates: the day and month as gMonthDay,
    "--11-21" (the dateline had no date and the file was invalid, though reported converted)."""
    report = Report()
    convert_sources([SOURCES / "works-mao-stalin-undated-dateline-day-and-month.txt"], tmp_path, report=report)
    [path] = tmp_path.glob("*.xml")
    date = etree.parse(str(path)).find(f".//{T}closer/{T}dateline/{T}date")
    assert (date.text, date.get("when")) == ("November 21", "--11-21")
    assert path.name.startswith("tg-undated-")
    from tei.validate import run

    assert run([tmp_path]).ok


def test_the_signature_note_between_the_name_and_the_office(tmp_path):
    """"KIM IL SUNG" / "[signature]" / "Chairman of the Cabinet of Ministers of the DPRK" / "8 July
    1950" / "Pyongyang" closing a letter: one closer, the editor's note in the signature where it
    stands (the closer held only the date; name, note and office were paragraphs)."""
    text = (SOURCES / "letter-kim-stalin-1950-07-08-quoted-in-a-covering-cable.txt").read_text(encoding="utf-8")
    start, end = text.index('"To the Chairman'), text.index('Pyongyang"') + len('Pyongyang"')
    letter = text[start + 1:end - 1]
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "letter.txt").write_text(
        text[:text.index("CIPHERED TELEGRAM No. 405889/sh")] + letter + "\n\n" + text[text.index("Related Documents"):],
        encoding="utf-8")
    report = Report()
    convert_sources([tmp_path / "src"], tmp_path / "out", report=report)
    [root] = [etree.parse(str(p)).getroot() for p in (tmp_path / "out").glob("*.xml")]
    closer = root.find(f".//{T}body/{T}div/{T}closer")
    assert [etree.QName(c).localname for c in closer] == ["salute", "signed", "dateline"]
    assert " ".join("".join(closer.find(f"{T}signed").itertext()).split()) == \
        "KIM IL SUNG signatureChairman of the Cabinet of Ministers of the DPRK"  # (an lb between)


def test_a_text_without_sender_or_recipient_is_an_error(tmp_path):
    """A text naming neither who sent it nor to whom (an article of collected works, not a
    telegram) was reported converted with a warning, its TEI invalid: now an error that says
    what is missing and what to do (the file is still written, for the editor to see)."""
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "remarks.txt").write_text(
        "MAO ZEDONG, SELECTED WORKS, VOL. V\nBeijing: Foreign Languages Press, 1977, p. 150.\n\n"
        "SOME REMARKS ON THE SITUATION\n\nThe situation is good. We must continue to work hard.\n\n"
        "November 21, 1949\n", encoding="utf-8")
    report = Report()
    [result] = convert_sources([tmp_path / "src"], tmp_path / "out", report=report)
    assert result.errors == 1
    [message] = [m for m in report.messages if m.code == "no-parties"]
    assert message.level == "error" and "sender and recipient not found" in message.text and message.line == 1


def test_a_conveyed_message_whose_recipient_the_text_names(tmp_path):
    """"Shtykov to Vyshinsky, conveying a message from Kim Ir Sen" / "Kim Ir Sen asked me to
    convey to Comrade Stalin the following:": Kim's message to Stalin, through Shtykov and
    Vyshinsky (it was Kim to Vyshinsky); the same with two senders ("transmitting a message
    from Gao Gang and Kim Il Sung" / "... asked me to transmit to Comrade Filippov ...")."""
    root, _ = convert(tmp_path / "a", "cable-shtykov-vyshinsky-1950-04-04-conveying-a-message-asked-to-convey.txt")
    assert parties(root) == {"sent": ["#kim-il-sung"], "transmitted": ["#shtykov", "#vyshinsky"], "received": ["#stalin"]}
    root, _ = convert(tmp_path / "b", "cable-krasovsky-druzhkov-1951-06-13-transmitting-a-message-from-two.txt")
    assert parties(root)["sent"] == ["#gao-gang", "#kim-il-sung"] and parties(root)["received"] == ["#stalin"]
    assert "#krasovsky" in parties(root)["transmitted"]


def test_three_senders_named_with_initials(tmp_path):
    """"Telegram from G. Malenkov, N. Khrushchev and N. Bulganin to Mao Zedong": three senders
    (only Malenkov was found: the initials are not in the authority file)."""
    root, _ = convert(tmp_path, "telegram-malenkov-khrushchev-bulganin-mao-1953-03-21-three-senders-with-initials.md")
    assert parties(root)["sent"] == ["#malenkov", "#khrushchev", "#bulganin"]


def test_a_second_archive_in_the_records_source_field(tmp_path):
    """The record's "Source: APRF, f. 45, ...; also AVP RF, f. 059a, ..." beside a citation that
    names the first only: the second archive's copy is an altIdentifier (it was lost)."""
    root, _ = convert(tmp_path, "cable-fynsi-kim-1950-second-archive-in-the-source-field.txt")
    ident = root.find(f".//{T}msIdentifier")
    assert ident.findtext(f"{T}repository") == "APRF"
    assert [(a.findtext(f"{T}repository"), a.findtext(f"{T}idno")) for a in ident.iterfind(f"{T}altIdentifier")] == \
        [("AVP RF", "f. 059a, op. 5a, d. 4, p. 11, l. 143")]


def test_a_chinese_archives_file_and_pages_are_no_printed_source(tmp_path):
    """"..., Digital Archive, PRC FMA 109-00027-01, 1-4.": the file's pages are not a book (the
    header had a relatedItem "1-4."), and the file is named once, with its pages as printed."""
    root, _ = convert(tmp_path, "cable-zhou-wang-jiaxiang-1950-04-03-chinese-archive-pages.txt")
    assert root.find(f".//{T}relatedItem") is None
    ident = root.find(f".//{T}msIdentifier")
    assert ident.findtext(f"{T}idno") == "109-00027-01, 1-4" and ident.find(f"{T}altIdentifier") is None


def test_the_original_language_of_an_east_european_letter(tmp_path):
    """"Original Language: Polish": the witness is a translation from Polish, the original's
    language pl (only Russian, Chinese, Korean and a few others were known: it was dropped)."""
    root, _ = convert(tmp_path, "letter-bierut-filippov-1949-polish-original.txt")
    assert root.find(f".//{T}msContents/{T}textLang").get("mainLang") == "pl"
    assert root.find(f".//{T}langUsage/{T}language[@ident='pl']") is not None


def test_the_editors_brackets_within_a_line(tmp_path):
    """'[handwritten: "and the Presidium"]' and "Ho Chi Minh [signature]" within a line are the
    editor's annotations (the first was left in raw brackets around a quotation, the second was
    a word supplied to the text); "[sic: 30 September]" the editor's note (supplied words);
    "[and]" a word supplied (an identification)."""
    root, _ = convert(tmp_path, "cable-ho-stalin-1950-03-02-editors-brackets-within-lines.txt")
    p = root.find(f".//{T}body/{T}div/{T}p")
    notes = [(n.get("type"), " ".join("".join(n.itertext()).split())) for n in p.iter(f"{T}note")]
    assert notes == [("annotation", 'handwritten: "and the Presidium"'), ("editorial", "sic: 30 September")]
    assert [s.text for s in p.iter(f"{T}supplied")] == ["and"] and p.find(f".//{T}gloss") is None
    assert "[" not in "".join(p.itertext())
    signed = root.find(f".//{T}closer/{T}signed")
    assert signed.findtext(f"{T}note[@type='annotation']/{T}label") == "signature"


def test_an_archive_the_authority_file_lacks(tmp_path):
    """A citation naming an archive the authority file lacks ("Archive of New Records, f. 17, ...")
    gives a repository without a link and a warning (the file was invalid: a repository must
    have had a link); RGANI is known."""
    text = (SOURCES / "cable-ho-stalin-1950-03-02-editors-brackets-within-lines.txt").read_text(encoding="utf-8")
    (tmp_path / "src").mkdir()
    for name, archive in (("a.txt", "Archive of New Records, f. 17, op. 2, d. 5, l. 12"), ("b.txt", "RGANI, f. 5, op. 30, d. 3, l. 12")):
        (tmp_path / "src" / name).write_text(text.replace("APRF, f. 45, op. 1, d. 342, l. 12", archive), encoding="utf-8")
    report = Report()
    convert_sources([tmp_path / "src"], tmp_path / "out", report=report)
    repositories = sorted((r.text, r.get("ref")) for p in (tmp_path / "out").glob("*.xml")
                          for r in etree.parse(str(p)).iter(f"{T}repository"))
    assert repositories == [("Archive of New Records", None), ("RGANI", "#rgani")]
    assert [m.code for m in report.messages if m.level == "warning"] == ["unknown-archive"]
    from tei.validate import run

    assert run([tmp_path / "out"]).ok


def test_dates_with_the_year_first_or_without_it():
    """"telegram of 1950, April 3" one date (it was the year, then April 3 with the year
    supplied); "by 20.V.", "on 19/XII.", "on 4-5.IV." a day and a roman month without the year,
    supplied (untagged); a record's date "1945, December 3"."""
    from tei.dates import find_dates, record_date

    def dates(text):
        return [(f.value.when or f"{f.value.from_}/{f.value.to}", f.value.inferred) for f in find_dates(text, "1950-03-15")]

    assert dates("the telegram of 1950, April 3 was received") == [("1950-04-03", False)]
    assert dates("the date fixed for 1950 April 20.") == [("1950-04-20", False)]
    assert dates("to be completed by 20.V.") == [("1950-05-20", True)]
    assert dates("he left for Mukden on 19/XII.") == [("1949-12-19", True)]
    assert dates("on 4-5.IV. the talks") == [("1950-04-04/1950-04-05", True)]
    assert record_date("1945, December 3").when == "1945-12-03"
    # the time before the date with "on" between: "At 03.40 hours on April 3rd 1950" (the day only)
    assert dates("At 03.40 hours on April 3rd 1950 Ambassador Panyushkin called") == [("1950-04-03T03:40:00", False)]


def test_closing_lines_the_structure_did_not_read(tmp_path):
    """A signature over a line that is no dateline ("Mao Zedong" / "10:21, 2:30"), or a date
    under an office with a manuscript note below ("Chou En-lai" / "Minister ..." / "Peking,
    June 3, 1951" / "(From the manuscript ...)"): the sender and the date are read from the last
    lines (the telegrams had no sender: an error)."""
    root, _ = convert(tmp_path / "a", "works-mao-peng-gao-1950-10-21-signature-over-a-chinese-time-line.txt")
    assert parties(root)["sent"] == ["#mao"]
    root, _ = convert(tmp_path / "b", "works-zhou-vyshinsky-1951-06-03-manuscript-note-under-the-date.txt")
    assert parties(root)["sent"] == ["#zhou-enlai"]
    assert root.find(f".//{T}correspAction[@type='sent']/{T}date").get("when") == "1951-06-03"


def test_datelines_with_the_place_after_the_date(tmp_path):
    """"8 January 1951, 18:00, at Kunsan-ni*" with "* CPV headquarters ..." under the text: a
    dateline with its time and its note (a paragraph, and the note a bulleted list); "P'eng
    Teh-huai" in the title is Peng Dehuai; "12.V.50 T. SHTYKOV" / "Ambassador of the USSR in the
    DPRK" a closer; "MATVEEV" / "2.II.51" / "Nr. 186" a closer with the cable's number."""
    root, _ = convert(tmp_path / "a", "cable-peng-mao-1951-01-08-star-note-place-after-the-date.txt")
    closer = root.find(f".//{T}body/{T}div/{T}closer")
    assert closer.find(f"{T}dateline/{T}date").get("when") == "1951-01-08T18:00:00"
    assert closer.find(f"{T}dateline/{T}note").get("n") == "*" and root.find(f".//{T}list") is None
    assert parties(root)["sent"] == ["#peng-dehuai"]
    assert root.find(f".//{T}relatedItem[@type='original']") is not None  # "... (Selected Military Papers ...)"
    root, _ = convert(tmp_path / "b", "telegram-shtykov-vyshinsky-1950-05-12-office-under-date-and-name.md")
    assert root.find(f".//{T}body/{T}div/{T}closer/{T}signed/{T}lb") is not None
    root, _ = convert(tmp_path / "c", "telegram-matveev-filippov-1951-02-02-nr-number.md")
    from source_helpers import lines

    assert lines(root.find(f".//{T}body/{T}div/{T}closer"))[-1] == ("number", "Nr. 186")
    assert "186" in [i.text for i in root.iterfind(f".//{T}idno[@type='telegram']")]


def test_a_compilations_dateline_with_the_place_after_the_date(tmp_path):
    """"Liu Shao-ch'i" / "18 July 1949, Moscow": the closer, Moscow the place of sending."""
    report = Report()
    convert_sources([SOURCES / "compilation-1949-1950-date-before-the-place.txt"], tmp_path, report=report)
    roots = {p.stem: etree.parse(str(p)).getroot() for p in tmp_path.glob("*.xml")}
    [liu] = [r for k, r in roots.items() if k.startswith("tg-1949-07-18-liu-shaoqi")]
    sent = liu.find(f".//{T}correspAction[@type='sent']")
    assert sent.find(f"{T}placeName").get("ref") == "#moscow"
