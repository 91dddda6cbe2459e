"""Real pages, round thirty-five: what the converter misread, each with a source or a page of our
own (pages the converter must refuse cannot stand in tests/sources)."""

from __future__ import annotations

from lxml import etree

from source_helpers import SOURCES, T, convert, convert_one, converted_page, lines, refused, text

from tei.messages import Report

INSERTED_BY_HAND = "wilson-stalin-kim-il-sung-1948-10-12-word-inserted-by-hand.txt"
CLAUSE_SUPPLIED = "wilson-shtykov-vyshinsky-1950-03-24-words-supplied-after-a-place-a-clause.txt"
COLONEL_GENERAL = "frus-web-barnes-secretary-1945-01-09-colonel-general-abbreviated-in-a-note.txt"
MARK_IN_THE_DAY = "frus-web-barnes-secretary-1945-08-18-bulleted-notes-a-mark-run-into-the-day.txt"
MARK_AFTER_A_COLON = "frus-web-secretary-steinhardt-1941-mark-after-a-colon-notes-lacking.txt"
NOTE_BROKEN = "frus-web-secretary-molotov-1942-bulleted-note-broken-over-lines.txt"
VOLUME_MARK = "compilation-lenin-finnish-comrades-1917-11-11-volume-note-mark-under-the-heading-names-over-the-greeting.txt"


def test_a_word_the_copy_has_inserted_by_hand_is_the_editors_description(tmp_path):
    """"close [inserted by hand: appropriate] economic relations": the editor says what the copy
    bears written in by hand, as "[handwritten: ...]" does, an annotation with its label, not
    words he supplied ("inserted by hand: appropriate" was a `supplied`)."""
    div = convert_one(tmp_path, INSERTED_BY_HAND).find(f".//{T}div")
    first = div.find(f"{T}p")
    notes = first.findall(f"{T}note[@type='annotation']")
    assert [(text(n.find(f"{T}label")), text(n)) for n in notes] == [("inserted by hand", "inserted by hand: appropriate")]
    assert not [s for s in div.iter(f"{T}supplied") if "by hand" in text(s)]
    # (the form's lines over it as they were)
    assert lines(div.find(f"{T}opener"))[:2] == [("form", "Telephone message via VCh"),
                                                 ("form", "Corrected text of a telegram to Kim Il Sung")]


def test_words_supplied_after_a_place_that_make_a_clause_are_supplied_not_an_identification(tmp_path):
    """"From Vladivostok to Moscow [Kim and Pak can travel] by train": words the editor supplies
    after a place's name, a verb among them, are no identification of Moscow (they were a `gloss`);
    "Pak Heon-yeong [Pak Hon Yong]" is one still."""
    div = convert_one(tmp_path, CLAUSE_SUPPLIED).find(f".//{T}div")
    supplied = [text(s) for s in div.iter(f"{T}supplied")]
    assert "Kim and Pak can travel" in supplied
    glosses = [text(g) for g in div.iter(f"{T}gloss")]
    assert glosses == ["Pak Hon Yong", "So Chon Ju"]  # ("Seo Cheon-ju [So Chon Ju]")
    clause = next(s for s in div.iter(f"{T}supplied") if text(s) == "Kim and Pak can travel")
    assert [p.get("ref") for p in clause.iter(f"{T}persName")] == ["#kim-il-sung", "#pak-hon-yong"]


def test_a_colonel_generals_rank_abbreviated_names_no_one(tmp_path):
    """"Col. Gen. Sergey Semenovich Biryuzov" in a note: the rank abbreviated with its grade, not
    a colonel named "Gen" (who was made a provisional person); the man named after it is the one
    the title gives."""
    report = Report()
    [doc] = convert(tmp_path, COLONEL_GENERAL, report=report).values()
    names = [text(p) for p in doc.iter(f"{T}persName")]
    assert "Gen" not in names and "Sergey Semenovich Biryuzov" in names
    assert not [m for m in report.messages if "'Gen'" in m.text]
    note = doc.find(f".//{T}note[@n='1']")
    assert text(note).startswith("Col. Gen. Sergey Semenovich Biryuzov, President (Chairman) of the Allied Control")


def test_a_notes_mark_run_into_a_dates_day_where_the_notes_are_bulleted(tmp_path):
    """The page's notes as bullets ("- See telegram 286, ...↩"), the text's marks the volume's
    numbers, one glued to a word ("Mikolajczyk38") and one run into a date's day ("Voroshilov's
    letter of July 1237 was"): the marks are 37 and 38, the run the glued one tells; the first note
    at the day (it was put at "paragraph 1", a word of the text, and the second left unplaced)."""
    [doc] = convert(tmp_path, MARK_IN_THE_DAY).values()
    p = doc.find(f".//{T}div/{T}p")
    first, second = p.findall(f"{T}note")
    assert first.getprevious().tag == f"{T}date" and first.getprevious().get("when") == "1945-07-12"
    assert text(first).startswith("See telegram 286")
    assert text(second).startswith("Stanislaw Mikolajczyk") and (second.getprevious().tail or "").endswith("Mikolajczyk")
    assert "(see paragraph 1 of " in text(p)
    assert not [n for n in doc.iter(f"{T}note") if "prints no mark" in text(n)]


def test_a_notes_mark_after_a_colon_is_a_mark(tmp_path):
    """"Following for Litvinov from Joseph E. Davies:30" in a copy without the page's notes: the
    mark after the colon left out and said so, as the one glued to a word is ("Troyanovsky31")."""
    report = Report()
    [doc] = convert(tmp_path, MARK_AFTER_A_COLON, report=report).values()
    assert text(doc.find(f".//{T}div/{T}p")) == "1207. Following for Litvinov from Joseph E. Davies:"
    missing = [m.text.split(" is marked")[0] for m in report.messages if m.code == "missing-note"]
    assert missing == ["note 30", "note 31"]


def test_a_bulleted_note_the_copy_broke_over_lines(tmp_path):
    """The note the heading marks ("... (Molotov)56"), its bullet alone on a line ("-"), its two
    paragraphs under it and the link back alone under them ("↩"): the heading's note, whole (its
    lines were paragraphs of the text, "-" and "↩" among them)."""
    [doc] = convert(tmp_path, NOTE_BROKEN).values()
    div = doc.find(f".//{T}div")
    note = div.find(f"{T}head/{T}note")
    assert note.get("n") == "56"
    assert text(note).startswith("Molotov acknowledged this greeting by a telegram of November 21, 1942")
    assert text(note).endswith("congratulations were also sent by Ambassador Standley to Molotov, and Stalin.")
    assert [text(p)[:30] for p in div.findall(f"{T}p")] == ["On the occasion of the twenty-",
                                                            "In this stupendous struggle fo"]


def test_bulleted_notes_broken_over_lines_with_blank_lines_between_them_are_each_whole(tmp_path):
    """The same page as a copy with a blank line between all its lines, a second mark
    ("Excellency57") and a second broken note: both notes whole, each at its mark (only the last
    was joined, the first's "-", paragraphs and "↩" left as paragraphs of the text)."""
    from tei.convert import convert_sources

    page = (SOURCES / NOTE_BROKEN).read_text(encoding="utf-8").replace("Your Excellency the", "Your Excellency57 the")
    page = page.rstrip("\n") + "\n-\nSee the Ambassador's telegram of November 8, 1942.\n↩\n"
    (tmp_path / "page.txt").write_text(page.replace("\n", "\n\n"), encoding="utf-8")
    report = Report()
    convert_sources([tmp_path / "page.txt"], tmp_path / "out", report=report)
    assert not [m for m in report.messages if m.code == "missing-note" or m.level == "error"]
    [doc] = [etree.parse(str(p)).getroot() for p in (tmp_path / "out").glob("*.xml")]
    div = doc.find(f".//{T}div")
    heading, in_text = [[text(n) for n in part.iter(f"{T}note") if n.get("place") == "foot"]
                       for part in (div.find(f"{T}head"), div.find(f"{T}p"))]
    assert len(heading) == 1 and heading[0].startswith("Molotov acknowledged this greeting")
    assert heading[0].endswith("Molotov, and Stalin.")
    assert in_text == ["See the Ambassador's telegram of November 8, 1942."]
    assert [text(p)[:30] for p in div.findall(f"{T}p")] == ["On the occasion of the twenty-",
                                                            "In this stupendous struggle fo"]


def _letter_opener(tmp_path, page_text: str):
    """LETTER_PAGE as changed, converted: its div's opener's lines and its first paragraph."""
    div = converted_page(tmp_path, page_text).find(f".//{T}div")
    return lines(div.find(f"{T}opener")), text(div.find(f"{T}p"))


def test_the_addressees_names_over_the_greeting_are_the_address(tmp_path):
    """A letter of the works whose addressees are named on the line over the greeting, one after
    another ("Manner, Sirola, Kuusinen, Valpas and Viiku" / "Dear Comrades,", as Lenin's Collected
    Works print his letter to the Finnish comrades): the address, then the salute (both were
    paragraphs: the line of names stopped the opener).  (A page of our own in the works' web layout.)"""
    opener, first = _letter_opener(tmp_path, LETTER_PAGE)
    assert opener == [("address", "Wilhelm, Jakob, Sofia and Tomas"), ("salute", "Dear Comrades,")]
    assert first.startswith("I have heard from our friends")


def test_the_addressees_names_in_letters_beyond_ascii_are_the_address(tmp_path):
    """"Höglund, Ström and Åström" / "Dear Comrades,": names with letters beyond A-Z are names (the
    line and the greeting were paragraphs)."""
    opener, first = _letter_opener(tmp_path, LETTER_PAGE.replace("Wilhelm, Jakob, Sofia and Tomas",
                                                                 "Höglund, Ström and Åström"))
    assert opener == [("address", "Höglund, Ström and Åström"), ("salute", "Dear Comrades,")]
    assert first.startswith("I have heard from our friends")


def test_the_addressees_names_listed_without_and_are_the_address(tmp_path):
    """"Wilhelm, Jakob, Sofia, Tomas" / "Dear Comrades,": names listed with commas alone, no "and",
    are the address too (they were a paragraph, the greeting another)."""
    opener, first = _letter_opener(tmp_path, LETTER_PAGE.replace("Sofia and Tomas", "Sofia, Tomas"))
    assert opener == [("address", "Wilhelm, Jakob, Sofia, Tomas"), ("salute", "Dear Comrades,")]
    assert first.startswith("I have heard from our friends")


def test_the_addressees_names_under_a_dateline_are_the_address(tmp_path):
    """"Petrograd, March 2, 1918" / "Wilhelm, Jakob, Sofia and Tomas" / "Dear Comrades,": the
    dateline, the address, then the salute (the names and the greeting were paragraphs)."""
    opener, first = _letter_opener(tmp_path, LETTER_PAGE.replace("Wilhelm, Jakob", "Petrograd, March 2, 1918\n\nWilhelm, Jakob"))
    assert [kind for kind, _ in opener] == ["dateline", "address", "salute"]
    assert opener[1:] == [("address", "Wilhelm, Jakob, Sofia and Tomas"), ("salute", "Dear Comrades,")]
    assert first.startswith("I have heard from our friends")


def test_the_volumes_note_mark_alone_under_a_heading_is_left_out_and_said(tmp_path):
    """A page of Lenin's Collected Works copied from the PDF: "138" / "TO THE FINNISH COMRADES" /
    "312" (the mark of the volume's note on the heading, its notes at the end of the volume) / the
    addressees' names / "Dear Comrades,": the mark no paragraph (it was the first, and kept the
    names and the greeting from the opener), left out and said so; the names the address."""
    report = Report()
    [doc] = convert(tmp_path, VOLUME_MARK, report=report).values()
    div = doc.find(f".//{T}div")
    assert lines(div.find(f"{T}opener")) == [("address", "Manner, Sirola, Kuusinen, Valpas and Viiku"),
                                            ("salute", "Dear Comrades,")]
    assert text(div.find(f"{T}p")).startswith("With the greatest happiness I have heard")
    assert "312" not in [text(p) for p in div.iter(f"{T}p")]
    assert [(m.line, m.text.split(" but ")[0]) for m in report.messages if m.code == "missing-note"] == [
        (5, "note 312 is marked at the heading ('THE FINNISH COMRADES' / '312')")]


def test_a_year_alone_under_a_heading_is_no_note_mark(tmp_path):
    """The same page with "1917" where the mark "312" stands: a year, no mark of a note (it was
    taken out of the text and said to be a note the source lacks)."""
    from tei.convert import convert_sources

    page = (SOURCES / VOLUME_MARK).read_text(encoding="utf-8").replace("\n312\n", "\n1917\n", 1)
    (tmp_path / "page.txt").write_text(page, encoding="utf-8")
    report = Report()
    convert_sources([tmp_path / "page.txt"], tmp_path / "out", report=report)
    assert not report.count("error")
    assert not [m for m in report.messages if m.code == "missing-note"]
    [doc] = [etree.parse(str(p)).getroot() for p in (tmp_path / "out").glob("*.xml")]
    assert "1917" in text(doc.find(f".//{T}div"))


def test_the_missing_notes_messages_quote_whole_words(tmp_path):
    """Where a note the source lacks is marked, the message quotes the words before the mark
    whole: "TELEGRAM TO J. V. STALIN" / "312" (it quoted "GRAM TO J. V. STALIN"), "from Joseph
    E. Davies:30" (it quoted "om Joseph E. Davies:30")."""
    from tei.convert import convert_sources

    page = (SOURCES / VOLUME_MARK).read_text(encoding="utf-8")
    assert "TO  THE  FINNISH  COMRADES" in page
    (tmp_path / "page.txt").write_text(page.replace("TO  THE  FINNISH  COMRADES", "TELEGRAM  TO  J.  V.  STALIN"),
                                       encoding="utf-8")
    report = Report()
    convert_sources([tmp_path / "page.txt", SOURCES / MARK_AFTER_A_COLON], tmp_path / "out", report=report)
    quoted = [m.text.split(" but ")[0] for m in report.messages if m.code == "missing-note"]
    assert "note 312 is marked at the heading ('TELEGRAM TO J. V. STALIN' / '312')" in quoted
    assert "note 30 is marked in the text ('from Joseph E. Davies:30')" in quoted


LETTER_PAGE = """V. I. Lenin

To the Comrades of the Left Group


Written: March 2, 1918
Source: Lenin Collected Works, Progress Publishers, 1977, Moscow, Volume 44, page 61.
Translated: Clemens Dutt


Wilhelm, Jakob, Sofia and Tomas

Dear Comrades,

I have heard from our friends that you have taken the lead of the party's left wing, and I send you our greetings.

Long live the international socialist revolution!

With best greetings,

N. Lenin
"""


# a conversation over the direct line as the works print it, the messages of both sides under
# one title, each side's turn under its own line (refused: it cannot stand in tests/sources)
DIRECT_LINE_PAGE = """V. I. Lenin

Conversation With J. V. Stalin

By Direct Line

June 3, 1918

Tsaritsyn, To Stalin


Published: 1931 in Lenin Miscellany XVIII; J. V. Stalin's reply according to the text of the telegram
Source: Lenin's Collected Works, 4th English Edition, Progress Publishers, Moscow, 1972 Volume 27, page 540
Translated: Clemens Dutt


Lenin speaking:

Can you tell us how many trains of grain left this week? We await your reply.

Stalin's Reply

Four trains left on Monday and two more leave tomorrow.

Stalin
"""


def test_a_conversation_by_direct_line_is_refused(tmp_path):
    """"Conversation With J. V. Stalin" / "By Direct Line": the turns of both sides under one
    title, Lenin's words and Stalin's reply, are no one telegram (they were one, Lenin's to Stalin,
    its title "V. I. Lenin", the page's labelled lines its paragraphs): refused, saying what the
    page is and what to do."""
    errors, written = refused(tmp_path, DIRECT_LINE_PAGE)
    assert not written
    assert [(e.code, e.line) for e in errors] == [("not-a-telegram", 3)]
    assert "a conversation by direct line" in errors[0].text
    assert "'Conversation With J. V. Stalin / By Direct Line'" in errors[0].text


def test_a_conversation_by_direct_line_without_its_title_is_refused_by_its_turns(tmp_path):
    """The same conversation under a plain title ("To J. V. Stalin"): its body, the sides' turns
    ("Lenin speaking:" ... "Stalin's Reply"), makes it one; refused at the first turn."""
    page = DIRECT_LINE_PAGE.replace("Conversation With J. V. Stalin\n\nBy Direct Line", "To J. V. Stalin")
    errors, written = refused(tmp_path, page)
    assert not written
    assert [(e.code, e.line) for e in errors] == [("not-a-telegram", 15)]
    assert "'Lenin speaking: ... Stalin's Reply'" in errors[0].text


# a telegram of Lenin's whose first sentence speaks of the direct line: a telegram still
DIRECT_LINE_MENTIONED = """V. I. Lenin

To J. V. Stalin


Written: June 10, 1918
Source: Lenin Collected Works, Progress Publishers, 1977, Moscow, Volume 44, page 98.
Translated: Clemens Dutt


Conversation by direct line with Tsaritsyn is impossible for two days; report by telegraph how many trains of grain have left.

Lenin
"""


def test_a_telegram_that_speaks_of_a_conversation_by_direct_line_is_a_telegram(tmp_path):
    """"Conversation by direct line with Tsaritsyn is impossible ...; report by telegraph ...": the
    first sentence of the text, not a title, names a direct line (the page was refused as a
    conversation): one telegram, the sentence its text."""
    errors, written = refused(tmp_path, DIRECT_LINE_MENTIONED)
    assert not errors and written
    [doc] = [etree.parse(str(p)).getroot() for p in (tmp_path / "out").glob("*.xml")]
    assert any(text(p).startswith("Conversation by direct line with Tsaritsyn is impossible")
               for p in doc.iter(f"{T}p"))


# a project's catalogue record of a letter, its fields labelled, its text only in the files it
# offers (refused: it cannot stand in tests/sources)
CATALOGUE_RECORD_PAGE = """Parallel History Project
HOME / COLLECTIONS / Global Cold War / Contact

Letter from the First Secretary of the Central Committee (Nikita Khrushchev) to the First Secretary (Antonin Novotny)

12 Mar 1962
Description: In this letter, the first secretary consults his Czechoslovak counterpart on the date of the next meeting of the Political Consultative Committee.

Collection: Warsaw Pact Records

Download in:
  English (20 KB )
Document Type: Letter
Origin (Agency): Central Committee of the CPSU
Sender: Nikita Khrushchev, First Secretary CC CPSU
Recipient: Antonin Novotny, First Secretary CC KSC
Language of Original Document: Russian
Number of Pages: 1
Call Number: KSC, 1261/0/44, k. 12
"""


def test_a_catalogues_record_of_a_document_is_refused_as_such(tmp_path):
    """A catalogue's page describing a letter in labelled fields ("Document Type: Letter",
    "Sender: ...", "Recipient: ...", "Call Number: ..."), its text not given: refused saying it is a
    catalogue's record, whether its heading and date were read as a page's (its fields were converted
    as the letter's paragraphs) or no layout reads it (it was refused with no word of why), with
    one code either way."""
    errors, written = refused(tmp_path, CATALOGUE_RECORD_PAGE, "dated.txt")
    assert not written
    assert [(e.code, e.line) for e in errors] == [("no-text", 9)]
    assert "a catalogue's record of a document" in errors[0].text
    assert "'Collection: ..., Download in: ..., Document Type: ..., Origin (Agency): ...', from line 9" in errors[0].text
    undated = CATALOGUE_RECORD_PAGE.replace("12 Mar 1962\n", "")  # (the PHP's page of a letter to Gomulka: no layout)
    errors, written = refused(tmp_path, undated, "undated.txt")
    assert not written
    assert [(e.code, e.line) for e in errors] == [("no-text", 8)]
    assert "a catalogue's record of a document" in errors[0].text


# a cable whose copy gives its header in labelled fields, its text under them (a telegram)
HEADER_FIELDS_CABLE = """Ciphered Telegram from Gromyko to Roshchin

12 Mar 1950

Origin: Moscow
Destination: Peking
Sender: Gromyko
Recipient: Roshchin

To Comrade Roshchin.

Visit Zhou Enlai and tell him that the Soviet Government agrees to the proposals of 10 March on the trade agreement. Report on the fulfilment by telegraph.

Gromyko
"""


def test_a_cable_with_its_header_in_labelled_fields_is_a_telegram(tmp_path):
    """"Origin: Moscow" / "Destination: Peking" / "Sender: ..." / "Recipient: ...", then the text:
    a cable's own header, no catalogue's fields ("Call Number: ...") and its text under them (it
    was refused as a catalogue's record): converted, its text the cable's."""
    errors, written = refused(tmp_path, HEADER_FIELDS_CABLE)
    assert not errors and written
    [doc] = [etree.parse(str(p)).getroot() for p in (tmp_path / "out").glob("*.xml")]
    assert any(text(p).startswith("Visit Zhou Enlai and tell him") for p in doc.iter(f"{T}p"))


def test_a_catalogues_fields_over_the_documents_text_are_no_catalogue_record(tmp_path):
    """A record with a catalogue's fields ("Call Number: ...") and the document's text under them:
    the text is given, the page no catalogue's record (the fields alone made it one)."""
    page = HEADER_FIELDS_CABLE.replace("Recipient: Roshchin\n", "Recipient: Roshchin\nCall Number: AVP RF, f. 07, op. 23a\n")
    errors, written = refused(tmp_path, page)
    assert not [e for e in errors if e.code == "no-text"] and written


# a compilation's cables, one with its header in labelled fields, and a catalogue's record among them
FIELDS_IN_A_COMPILATION = """SINO-SOVIET RELATIONS

Selected Documents

Beijing
World Knowledge Press
1998

DOCUMENTS

No. 8

TELEGRAM FROM ZHOU ENLAI TO A. Y. VYSHINSKY, 2 JULY 1950

PRC FMA 109-00022-03, pp. 7-8

Comrade Vyshinsky,

The Chinese government asks you to hasten the delivery of the aircraft agreed upon in February.

ZHOU ENLAI

No. 9

TELEGRAM FROM A. Y. VYSHINSKY TO ZHOU ENLAI, 4 JULY 1950

Origin: Moscow
Destination: Peking
Sender: Vyshinsky
Recipient: Zhou Enlai

Comrade Zhou Enlai,

The aircraft will leave Irkutsk on 10 July; the crews will stay in Peking until the Chinese pilots have learned to fly them.

VYSHINSKY

No. 10

LETTER FROM A. Y. VYSHINSKY TO ZHOU ENLAI, 6 JULY 1950

Document Type: Letter
Sender: Vyshinsky
Recipient: Zhou Enlai
Language of Original: Russian
Call Number: AVP RF, f. 07, op. 23a
"""


def test_a_catalogues_record_is_judged_telegram_by_telegram(tmp_path):
    """A compilation's cable with its header in fields is a telegram; an item that is a catalogue's
    record, its fields and no text, is left out and said (the whole book was refused for the cable)."""
    from tei.convert import convert_sources

    page = tmp_path / "book.txt"
    page.write_text(FIELDS_IN_A_COMPILATION, encoding="utf-8")
    report = Report()
    convert_sources([page], tmp_path / "out", report=report)
    assert not report.count("error")
    assert len(list((tmp_path / "out").glob("*.xml"))) == 2
    assert [(m.line, m.code) for m in report.messages if m.code == "no-text"] == [(42, "no-text")]
    assert [m.text for m in report.messages if m.code == "no-text"][0].startswith("left out: the item is a catalogue's record")
def _converted_text(folder, name, page, report=None):
    """A page of our own written to folder/in/<name> and converted (no error allowed): the TEI
    root of its one document."""
    from tei.convert import convert_sources

    (folder / "in").mkdir(parents=True)
    (folder / "in" / name).write_text(page, encoding="utf-8")
    report = report if report is not None else Report()
    convert_sources([folder / "in" / name], folder / "out", report=report)
    assert not report.count("error"), [str(m) for m in report.messages]
    [root] = [etree.parse(str(p)).getroot() for p in (folder / "out").glob("*.xml")]
    return root


def _converted_variant(tmp_path, name, *replacements, report=None):
    """tests/sources/<name> with words of it replaced (a variant of a real page in its style),
    converted: the TEI root of its one document."""
    page = (SOURCES / name).read_text(encoding="utf-8")
    for old, new in replacements:
        assert old in page
        page = page.replace(old, new)
    return _converted_text(tmp_path, name, page, report)


def test_words_supplied_after_a_place_with_a_negated_auxiliary_are_a_clause(tmp_path):
    """"to Moscow [Kim and Pak cannot travel]", "[Kim and Pak can't travel]": an auxiliary negated
    makes a clause as the bare one does; a bare verb ("[Kim and Pak travel]") is not read for one
    (a noun reads the same), and "[the Soviet ambassador]" after a name stays its identification."""
    for clause in ("Kim and Pak cannot travel", "Kim and Pak can't travel", "Kim and Pak ought to travel"):
        div = _converted_variant(tmp_path / clause.split()[-2].replace("'", ""), CLAUSE_SUPPLIED,
                                 ("[Kim and Pak can travel]", f"[{clause}]")).find(f".//{T}div")
        assert clause in [text(s) for s in div.iter(f"{T}supplied")], clause
        assert clause not in [text(g) for g in div.iter(f"{T}gloss")], clause
    div = _converted_variant(tmp_path / "identification", CLAUSE_SUPPLIED,
                             ("I visited Kim Il Sung and", "I visited Kim Il Sung [the Soviet ambassador's host] and")
                             ).find(f".//{T}div")
    assert "the Soviet ambassador's host" in [text(g) for g in div.iter(f"{T}gloss")]


def test_a_documents_kind_after_in_is_no_unknown_place(tmp_path):
    """"see also text quoted in Protocol of Proceedings of the Berlin Conference" (a FRUS note):
    a document's kind, capitalised after "in", is no place the authority file lacks (it was
    warned of as one); a name there that is none of those still is."""
    report = Report()
    _converted_variant(tmp_path / "a", CLAUSE_SUPPLIED,
                       ("by train in a special car.", "by train in a special car, as laid down in Protocol No. 2, "
                        "in Memorandum 14, in Annex B and in Appendix 3, and on to Kirovakan."), report=report)
    unknown = [m.text for m in report.messages if m.code == "unknown-place"]
    assert len(unknown) == 1 and unknown[0].startswith("'Kirovakan' after 'to'"), unknown


def test_new_authority_entries_one_person_under_two_spellings(tmp_path):
    """The FRUS page spells the Soviet chairman of the Allied Control Commission in Bulgaria
    "Biryusov" in its text and "Biryuzov" in its note: one person, the authority file's; the
    representative who signs is Maynard B. Barnes."""
    doc = convert_one(tmp_path, COLONEL_GENERAL)
    refs = {text(p): p.get("ref") for p in doc.iter(f"{T}persName")}
    assert refs["Biryusov"] == refs["Sergey Semenovich Biryuzov"] == "#biryuzov"
    assert refs["Barnes"] == "#maynard-barnes"


def test_an_archives_file_cited_unlabelled_is_named_in_the_refusal(tmp_path):
    """A record copied without its "Citation" part, the archive's file standing alone at its foot
    ("APRF: F. 39, Op. 1, D. 39, Ll. 54-62"): refused still (a note may cite a file as well), but
    saying which line cites an archive and how to label it, not only "no citation found"."""
    page = (SOURCES / "cable-mikoyan-stalin-1949-02-05.txt").read_text(encoding="utf-8").splitlines()
    citation = page[12].split("Digital Archive, ")[1]
    kept = page[:7] + page[15:] + ["", citation]
    errors, written = refused(tmp_path, "\n".join(kept) + "\n")
    assert not written
    [error] = errors
    assert error.line == len(kept)
    assert error.text.startswith(f"no citation found under a label: line {len(kept)} cites an archive "
                                 "('APRF: F. 39, Op. 1, D. 39, Ll. 54-62")
    assert "put 'Source:' before it" in error.text


DOCSLIB_COPY = """Digital Archive International History Declassified

January 20, 1950 Telegram, Zedong to


“Telegram, to Liu Shaoqi,” January 20, 1950, History and Public Policy Program Digital Archive, Jianguo yilai Mao Zedong wengao, vol. 1, 240; translated by Chen Jian.


Mao Zedong asks Liu Shaoqi to send the cadres to Beijing.

Original Language:



English Translation Scan of Original Document [...]

Comrade Liu Shaoqi:

Please send the cadres named in your telegram of the 18th to Beijing by the end of the month.

Mao Zedong
"""


def test_a_copy_that_drops_names_and_labels_its_citation_by_quotes_alone(tmp_path):
    """A copy of a record from a document site, every line set apart and the names dropped from
    its heading ("January 20, 1950 Telegram, Zedong to" / "“Telegram, to Liu Shaoqi,” ..."): the
    quoted citation is the record's though the copy ran it on to the heading above (it was "no
    citation found"); the text follows the PDF's list under an empty "Original Language:"; and the
    title's "and" where a name was (in "Telegram, and to ...") names no one, the signer the sender."""
    doc = _converted_text(tmp_path / "a", "docslib-copy.txt", DOCSLIB_COPY)
    assert text(doc.find(f".//{T}note[@type='citation']")).startswith("“Telegram, to Liu Shaoqi,” January 20, 1950")
    assert [text(p) for p in doc.find(f".//{T}div").iter(f"{T}p")] == [
        "Please send the cadres named in your telegram of the 18th to Beijing by the end of the month."]
    assert [(a.get("type"), a.find(f"{T}persName").get("ref")) for a in doc.iter(f"{T}correspAction")] \
        == [("sent", "#mao"), ("received", "#liu-shaoqi")]
    report = Report()
    doc = _converted_text(tmp_path / "b", "docslib-copy.txt",
                          DOCSLIB_COPY.replace("Telegram, to Liu", "Telegram, and to Liu"), report)
    assert not [m for m in report.messages if "'and'" in m.text]
    assert doc.find(f".//{T}correspAction[@type='sent']/{T}persName").get("ref") == "#mao"


def test_turkestan_and_east_turkestan_are_two_places(tmp_path):
    """Stalin's "Things in Turkestan are bad; Britain is operating through Afghanistan" (1918):
    Russian Turkestan and Afghanistan, now in the authority file; "the East Turkestan Republic"
    (a source's note) is Xinjiang's, not Russian Turkestan's."""
    doc = _converted_variant(tmp_path, "cable-mikoyan-stalin-1949-02-05.txt",
                             ("and asked our advice.", "and asked our advice. Things in Turkestan are bad; Britain "
                              "is operating through Afghanistan, and the oil of Baku and the port of Murmansk too."))
    places = [(text(p), p.get("ref")) for p in doc.find(f".//{T}body").iter(f"{T}placeName")]
    assert ("East Turkestan", "#xinjiang") in places
    assert {("Turkestan", "#turkestan"), ("Afghanistan", "#afghanistan"), ("Baku", "#baku"),
            ("Murmansk", "#murmansk")} <= set(places)
    assert [p for p in places if p[1] == "#turkestan"] == [("Turkestan", "#turkestan")]
