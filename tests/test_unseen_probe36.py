"""Real pages, round thirty-six: what the converter misread, each with a source or a page of our
own (pages the converter must refuse cannot stand in tests/sources): Polish cables of the 1970s,
Chinese Foreign Ministry cables of the 1950s and 1960s, Lenin's and Stalin's letters and
telegrams of 1918-1929, FRUS of 1918 and 1923."""

from __future__ import annotations

from source_helpers import T, convert, convert_one, converted_page, converted_variant, lines, refused, text, variant, witness

from tei.messages import Report

PLACE_TO_PLACE = "wilson-new-site-nowak-szyszko-1976-09-24-title-from-place-to-place-signed-mark.txt"
TO_WITHOUT_COLON = "wilson-new-site-nowak-olszowski-1976-09-29-to-line-bracketed-office-no-colon.txt"
CRYPTOGRAM = "wilson-new-site-polish-embassy-beijing-1973-09-09-cryptogram-subject-after-the-post.txt"
LENIN_PAGE = "compilation-lenin-krasin-ivashchenko-1918-07-a-title-at-a-line-end-the-town-under-the-address.txt"
TELEGRAPH_FILE = "wilson-ccp-cc-zhou-1954-06-22-chinese-form-telegraph-file-contents-line.txt"
MARKED_TITLE = "works-web-lenin-chicherin-1920-07-22-note-mark-after-the-to-title.txt"
OFFICE_WORDS = "frus-web-chicherin-coolidge-1923-office-words-before-the-holder.txt"
FILE_NO = "frus-web-francis-secretary-1918-file-no-line-bracket-with-a-space.txt"
LETTER_PAGE = "page-stalin-molotov-1929-09-01-letter-number-bracketed-date-notes-under-the-signature.txt"
MFA_FORM = "wilson-chinese-embassy-moscow-1965-03-05-mfa-cable-form-lines.txt"
SLASHED_FORM = "wilson-chinese-embassy-moscow-1965-03-14-form-lines-run-on-with-slashes.txt"


def _refs(doc, action: str) -> list[str]:
    return [el.get("ref") for el in doc.find(f".//{T}correspAction[@type='{action}']") if el.get("ref")]


def test_a_title_from_place_to_place_names_where_the_cable_went_not_who_sent_it(tmp_path):
    """"Secret Telegram No. 3239/III - From Moscow to Warsaw": the embassy's cable, Moscow whence
    and Warsaw where (it was a person "- From Moscow" to no one); its parties the address "To
    Szyszko:" and the signature "/-/ Nowak", the copy's mark that the original is signed."""
    report = Report()
    [doc] = convert(tmp_path, PLACE_TO_PLACE, report=report).values()
    assert _refs(doc, "sent") == ["#unresolved-nowak", "#moscow"]
    assert _refs(doc, "received") == ["#unresolved-szyszko", "#warsaw"]
    div = doc.find(f".//{T}div")
    closer = div.find(f"{T}closer")
    assert lines(closer) == [("signed", "/-/ Nowak")]
    assert closer.find(f"{T}signed/{T}persName").get("ref") == "#unresolved-nowak"
    address = div.find(f"{T}opener/{T}seg[@type='address']")
    assert text(address) == "To Szyszko:" and address.find(f"{T}persName").get("ref") == "#unresolved-szyszko"
    # ("Based on Kapitsa's information", "According to Kapitsa": whom the words are from, no place)
    assert not [m for m in report.messages if m.code == "unknown-place"]


def test_the_forms_to_line_without_its_colon_names_the_addressee(tmp_path):
    """"To [Foreign Minister Stefan] Olszowski": the addressee as "To: [...] NAME" names him, the
    editor's brackets his office and given name."""
    doc = convert_one(tmp_path, TO_WITHOUT_COLON)
    assert _refs(doc, "received") == ["#unresolved-stefan-olszowski", "#warsaw"]
    name = doc.find(f".//{T}opener/{T}seg[@type='address']/{T}persName")
    assert text(name) == "Foreign Minister Stefan Olszowski" and text(name.find(f"{T}supplied")) == "Foreign Minister Stefan"
    assert [(s.get("type") or s.tag.split("}")[1]) for s in doc.find(f".//{T}opener")] == [
        "number", "dateline", "classification", "address"]


def test_a_cryptogram_from_a_post_its_subject_after_a_comma(tmp_path):
    """"Cryptogram No 1144 from Polish Embassy in Beijing, Romanian Diplomats in China": a cable's
    kind ("cryptogram"), its number without a stop, its sender the embassy (the subject after the
    comma none of its name); "from Beijing, on Sept 9th, 1973" its dateline; "Com. Stachowiak" a
    comrade."""
    doc = convert_one(tmp_path, CRYPTOGRAM)
    sent = doc.find(f".//{T}correspAction[@type='sent']")
    assert [(el.tag.split("}")[1], el.get("ref") or el.get("when")) for el in sent] == [
        ("orgName", "#unresolved-polish-embassy-in-beijing"), ("placeName", "#beijing"), ("date", "1973-09-09")]
    assert [text(i) for i in witness(doc).iterfind(f"{T}idno[@type='telegram']")] == ["1144"]
    opener = doc.find(f".//{T}opener")
    assert lines(opener) == [("number", "Cryptogram No 1144"), ("dateline", "from Beijing, on Sept 9th, 1973")]
    first = doc.find(f".//{T}div/{T}p")
    assert first.find(f"{T}persName").get("ref") == "#unresolved-stachowiak"


def test_a_volumes_lines_set_apart_go_on_after_a_title_and_a_colon(tmp_path):
    """Lenin's telegrams copied from the volume's PDF, every line set apart: "... support
    Ambassador" / "Joffe. I rely ..." one paragraph (the title's name on the next line), "... to
    Germany:" / "they are for ..." one (it was three and two); the town under the address, the
    address line naming it ("Ivashchenko, Commissar of Orsha Station" / "Orsha"), the address's."""
    docs = convert(tmp_path, LENIN_PAGE)
    krasin, ivashchenko = (docs[k] for k in sorted(docs))
    [p] = krasin.find(f".//{T}div").findall(f"{T}p")
    assert "support Ambassador Joffe. I rely on your tact" in text(p) and text(p).endswith("await a reply.")
    div = ivashchenko.find(f".//{T}div")
    assert lines(div.find(f"{T}opener")) == [("address", "Ivashchenko, Commissar of Orsha Station"), ("address", "Orsha")]
    [p] = div.findall(f"{T}p")
    assert text(p).startswith("Thank you for letting through 36 waggons to Germany: they are for our needy")


def test_a_chinese_cables_form_and_its_contents_line_are_its_opener(tmp_path):
    """The Central Committee's cable to Zhou Enlai at Geneva, "Telegraph file" / "Priority Level:
    Extra special rush" / "To: Geneva" / "Already forwarded to: ..." / "Contents: Intention and Plan
    ...": the form's lines (they were lost, "Contents:" read as the record's list of what it holds,
    its subject the text's first line); the address to Zhou Enlai his; "Xi [Zhongxun]" a name in
    pinyin the editor completes."""
    report = Report()
    [doc] = convert(tmp_path, TELEGRAPH_FILE, report=report).values()
    div = doc.find(f".//{T}div")
    assert [s.get("type") for s in div.find(f"{T}opener")] == ["form", "classification", "address", "distribution",
                                                               "subject", "address"]
    assert text(div.find(f"{T}opener/{T}seg[@type='subject']")) == "Contents: Intention and Plan for Visiting India"
    assert _refs(doc, "received") == ["#zhou-enlai"]
    xi = next(p for p in div.iter(f"{T}persName") if text(p) == "Xi Zhongxun")
    assert xi.get("ref") == "#unresolved-xi-zhongxun" and text(xi.find(f"{T}supplied")) == "Zhongxun"
    assert lines(div.find(f"{T}closer")) == [("signed", "Central Committee"), ("dateline", "22 June 1954, 10:00 p.m.")]
    assert text(div.find(f"{T}p")).startswith("The cable dated 22 June")
    assert not [m for m in report.messages if m.code == "unknown-place"]  # ("at Gandhi’s tomb": an owner, no place)


def test_a_note_marked_after_the_web_pages_to_title_is_the_editions_note(tmp_path):
    """"To:   G. V. CHICHERIN[1]" on the archive's page, the note "[1] Chicherin, G. V. (1872–1936)
    ..." under the text: the title read without its mark (the page was not read at all), the note
    the edition's on the text, not a paragraph of it."""
    doc = convert_one(tmp_path, MARKED_TITLE)
    bibl = witness(doc)
    assert text(bibl.find(f"{T}title[@level='a']")) == "To G. V. CHICHERIN"
    assert any(text(n).startswith("Chicherin, G. V. (1872") for n in bibl.iterfind(f"{T}note"))
    assert _refs(doc, "sent")[0] == "#lenin" and _refs(doc, "received") == ["#chicherin"]
    paragraphs = [text(p) for p in doc.find(f".//{T}div").iter(f"{T}p")]
    assert paragraphs[-1].startswith("If you agree, inform Comrade Krestinsky")


def test_the_last_word_of_an_office_before_its_holder_is_no_pseudonym(tmp_path):
    """"The Soviet Commissar for Foreign Affairs (Chicherin) to President Coolidge": "Affairs" is
    the office's word, not a name Chicherin went by (it was tagged as his pseudonym, in the heading
    and in "People's Commissary for Foreign Affairs" under the text)."""
    doc = convert_one(tmp_path, OFFICE_WORDS)
    assert not [p for p in doc.iter(f"{T}persName") if p.get("type") == "pseudonym"]
    assert _refs(doc, "sent") == ["#chicherin"]


def test_the_file_no_line_of_the_1918_volumes_heads_a_frus_document(tmp_path):
    """"File No. 861.00/2084" over "The Ambassador in Russia ( Francis) to the Secretary of State":
    FRUS's file line as the volumes of 1918-1920 print it, the holder's bracket with a space inside
    (it was read as a volume of works titled "File No. 861.00/2084", no parties)."""
    doc = convert_one(tmp_path, FILE_NO)
    bibl = witness(doc)
    assert text(bibl.find(f"{T}title[@level='m']")) == "Foreign Relations of the United States"
    assert text(bibl.find(f"{T}idno[@type='file']")) == "861.00/2084"
    assert _refs(doc, "sent") == ["#unresolved-francis"]
    notes = [text(n) for n in doc.find(f".//{T}div").iter(f"{T}note")]
    assert notes == ["See telegrams dated June 16 and June 21, vol. ii, chap. ii.", "John A. Lehrs, Vice Consul at Moscow."]


def test_a_page_of_a_letter_under_its_number_its_notes_under_the_signature(tmp_path):
    """A page of Stalin's letters to Molotov: "Stalin to Molotov" / the site's "Stalin Letters to
    Molotov" / "Letter 45" / "[1 September 1929]" (it was refused), "Hello, Com. Molotov," its
    greeting, "J. Stalin" its signature, the numbered notes under it at their marks ("press, 1
    it's", "contracting.2,3"), not paragraphs."""
    doc = convert_one(tmp_path, LETTER_PAGE)
    assert _refs(doc, "sent")[0] == "#stalin" and _refs(doc, "received") == ["#molotov"]
    assert doc.find(f".//{T}correspAction[@type='sent']/{T}date").get("when") == "1929-09-01"
    div = doc.find(f".//{T}div")
    assert lines(div.find(f"{T}opener")) == [("salute", "Hello, Com. Molotov,")]
    assert lines(div.find(f"{T}closer")) == [("signed", "J. Stalin")]
    notes = {n.get("n"): n for n in div.iter(f"{T}note") if n.get("place") == "foot"}
    assert sorted(notes) == ["1", "2"]
    assert (notes["1"].getprevious().tail or "").endswith("published in the press,")
    assert text(notes["2"]).startswith("Contracting (kontraktatsiia)")
    assert not [p for p in div.iter(f"{T}p") if text(p).startswith(("For the report", "Contracting"))]


def test_the_chinese_foreign_ministrys_cable_form_is_the_opener(tmp_path):
    """"Ministry of Foreign Affairs Cable" / "Level: Extra Urgent Advance" / "From the Moscow Desk"
    / "Received (65) No. 284" / the subject / the address: the form's lines (they were paragraphs);
    and the same run on one line, "Level: Special / From the Moscow Desk / Received (65) No. 780"."""
    doc = convert_one(tmp_path, MFA_FORM)
    opener = doc.find(f".//{T}opener")
    assert [s.get("type") for s in opener] == ["form", "classification", "transmission", "number", "subject", "address"]
    assert lines(doc.find(f".//{T}closer"))[0] == ("signed", "Chinese Embassy in the Soviet Union")
    doc = convert_one(tmp_path / "slashed", SLASHED_FORM)
    assert lines(doc.find(f".//{T}opener"))[:2] == [
        ("form", "Ministry of Foreign Affairs Cable"),
        ("classification", "Level: Special / From the Moscow Desk / Received (65) No. 780")]


# a record's page in the style of the archive's of 1964 (its form's lines, a subject quoted in the title
# with a "to" and a word's apostrophe in it, the embassy's name under the text with two of the editor's words)
CHINESE_EMBASSY = """October 20, 1964
Cable from the Chinese Embassy in Vietnam, 'Reactions to China's Testing of a Bomb (2)'
Received by the [Chinese] Foreign Ministry
Level: Urgent
Received from the Vietnam Desk
Foreign Ministry Incoming (64) You (1052)
Reactions to China's Testing of a Bomb (2)
To the Foreign Ministry
The Vice Premier met our experts based in Haiphong and congratulated us on the test. After the meeting, they hosted us with an informal dinner.
[Chinese] Embassy in [North] Vietnam
20 October 1964
The Chinese Embassy in Vietnam reports how the Vietnamese leaders received the news.
Document Information
Source
PRC FMA 106-01234-05. Translated by an example translator.
"""


def test_a_quoted_subject_with_a_to_in_it_names_no_party(tmp_path):
    """"Cable from the Chinese Embassy in Vietnam, 'Reactions to China's Testing of a Bomb (2)'": the
    embassy to no one the title names ("'Reactions" to "China's Testing ..." were the parties); the
    address "To the Foreign Ministry" its addressee, a body the authority file lacks; the subject the
    form's line; "[Chinese] Embassy in [North] Vietnam" under the text its signature, the title's
    embassy whatever words the editor supplies."""
    doc = converted_page(tmp_path, CHINESE_EMBASSY)
    assert _refs(doc, "sent") == ["#unresolved-chinese-embassy-in-vietnam"]
    assert _refs(doc, "received") == ["#unresolved-foreign-ministry-of-china"]
    div = doc.find(f".//{T}div")
    assert [s.get("type") for s in div.find(f"{T}opener")] == ["form", "classification", "transmission", "number",
                                                               "subject", "address"]
    signed = div.find(f"{T}closer/{T}signed/{T}orgName")
    assert signed.get("ref") == "#unresolved-chinese-embassy-in-vietnam"
    assert [text(s) for s in signed.iter(f"{T}supplied")] == ["Chinese", "North"]


# the page's first lines, as the leak's copy of the telegram prints them
KABUL_CABLE = """CONFIDENTIAL
PAGE 01
KABUL 07638 01 OF 02 221339Z
ACTION NEA-11
INFO OCT-01 EUR-12 EA-10 ADS-00 SMS-01 INM-05 OES-09
EB-08 HA-05 SS-15 SSO-00 NSCE-00 SP-02 PM-06
CIAE-00 INR-10 NSAE-00 INRE-00 DODE-00 /095 W
------------------012239 221418Z /42
O 221204Z OCT 79
FM AMEMBASSY KABUL
TO SECSTATE WASHDC IMMEDIATE 6060
INFO AMEMBASSY BEIJING IMMEDIATE
C O N F I D E N T I A L SECTION 1 OF 2 KABUL 7638
E.O.12065: GDS 10/22/85 (BLOOD, ARCHER K.) OR-M
TAGS: PEPR PINS MOPS SNAR AF US UR
SUBJ: DISCUSSION WITH SOVIET AMBASSADOR
1. C-ENTIRE TEXT)
2. SUMMARY: I CALLED UPON SOVIET AMBASSADOR ALEXANDER M.
PUZANOV OCT 21. HE EXPRESSED CONSIDERABLE INTEREST IN THE
STATE OF U.S.-AFGHAN RELATIONS WHICH HE THOUGHT SHOWED
RECENT SIGNS OF THAW.
"""


def test_a_state_department_telegram_in_its_message_form_is_refused(tmp_path):
    """A State Department telegram as a database prints it ("O 221204Z OCT 79" / "FM AMEMBASSY
    KABUL" / "TO SECSTATE WASHDC IMMEDIATE 6060" / tags / text in capitals): refused saying what it
    is (it was read as a volume's text titled "CONFIDENTIAL", with no parties)."""
    errors, written = refused(tmp_path, KABUL_CABLE)
    assert not written and [(e.code, e.line) for e in errors] == [("unknown-format", 10)]
    assert "State Department telegram in its message form ('FM AMEMBASSY KABUL / TO SECSTATE WASHDC" in errors[0].text


# the archive's record of the same cable: its date and title over the message form's lines, its source under
KABUL_RECORD = """October 22, 1979
Telegram from the US Embassy in Kabul to the Secretary of State, 'Discussion with Soviet Ambassador'
The US Ambassador reports on his talk with the Soviet Ambassador.
CONFIDENTIAL
O 221204Z OCT 79
FM AMEMBASSY KABUL
TO SECSTATE WASHDC IMMEDIATE 6060
SUBJ: DISCUSSION WITH SOVIET AMBASSADOR
1. I called upon Soviet Ambassador Alexander Puzanov on October 21. He expressed considerable interest in the state of U.S.-Afghan relations.
2. He thought they showed recent signs of a thaw.
AMSTUTZ
Document Information
Source
National Archives, Record Group 59, Central Foreign Policy Files. Obtained by an example researcher.
Rights
The History and Public Policy Program welcomes reuse of Digital Archive materials for research and educational purposes.
"""


def test_a_record_page_printing_a_cable_in_its_message_form_is_read(tmp_path):
    """The archive's record of a cable whose text keeps its "FM" / "TO" lines, under the record's date
    and title and over its "Document Information": read as the record (it was refused as the bare
    message form), the parties from the title; the same record copied without its source refused as
    a record cut short, not as the bare message form."""
    doc = converted_page(tmp_path, KABUL_RECORD)
    assert _refs(doc, "sent") == ["#unresolved-us-embassy-in-kabul"]
    assert text(doc.find(f".//{T}correspAction[@type='received']/{T}persName")) == "Secretary of State"
    (cut := tmp_path / "cut").mkdir()
    errors, written = refused(cut, KABUL_RECORD.split("Document Information")[0])
    assert not written and "copied without its source" in errors[0].text and "message form" not in errors[0].text


def test_a_record_cut_before_its_source_under_a_title_naming_its_sender_alone_is_refused(tmp_path):
    """The archive's page copied without its "Document Information", its title the cable's kind and
    sender ("Cable from the Chinese Embassy in Vietnam, '...'"): refused saying the copy ends before
    the record's source (it was "no layout")."""
    cut = CHINESE_EMBASSY.split("Document Information")[0]
    errors, written = refused(tmp_path, cut)
    assert not written and [e.code for e in errors] == ["unknown-format"]
    assert "copied without its source" in errors[0].text and "line 2" in errors[0].text


def test_a_cables_number_under_its_signature_without_a_stop_is_its_number(tmp_path):
    """"No 9/sh" under Bagirov's signature and date: the cable's number (it was left unread, the
    number without its stop)."""
    doc = convert_one(tmp_path, "wilson-new-site-bagirov-stalin-1946-04-20-place-and-party-cc-address-lines.txt")
    assert [text(i) for i in witness(doc).iterfind(f"{T}idno[@type='telegram']")] == ["9/sh"]


def test_a_name_after_a_title_at_a_lines_end_goes_on_with_it(tmp_path):
    """"... which Ambassador" / "Selim Sarper handed to our Minister ...": one paragraph, the
    ambassador named (the line under the title was a paragraph of its own)."""
    doc = convert_one(tmp_path, "page-khrushchev-menderes-1959-07-02-a-name-in-full-no-other-document-shortens.txt")
    p = next(p for p in doc.iter(f"{T}p") if "Selim Sarper" in text(p))
    assert text(p).startswith("I have received your letter, which Ambassador Selim Sarper handed")


ROMANIAN_FORM = "wilson-new-site-romanian-embassy-pyongyang-mfa-1978-08-01-telegram-number-without-no-form-fields.txt"
ROMANIAN_SIGNED = "wilson-romanian-embassy-pyongyang-mfa-1978-05-27-form-date-field-signed-over-the-name.txt"
INSTANT = "frus-web-francis-secretary-1918-the-20th-instant-heading-note.txt"
EDITORS_NUMBER = "frus-web-francis-secretary-1918-number-with-editors-reading.txt"


def test_a_romanian_cables_form_its_number_after_its_kind_and_its_date_field(tmp_path):
    """"TELEGRAM 066.808 from the Romanian Embassy in Pyongyang to the Romanian Ministry of Foreign
    Affairs": the number no part of the sender (it was "066.808 from the Romanian Embassy ...") and
    the cable's; the form's "To:" / "From:" / "Date: August 1st, 1978" its opener (the "Date:" line
    was read as the record's field, and the form lost); "to comrade Director Vasile Sandru" names
    Vasile Sandru, not "Director Vasile Sandru"."""
    doc = convert_one(tmp_path, ROMANIAN_FORM)
    assert _refs(doc, "sent") == ["#unresolved-romanian-embassy-in-pyongyang"]
    assert _refs(doc, "received") == ["#unresolved-romanian-ministry-of-foreign-affairs"]
    assert [text(i) for i in witness(doc).iterfind(f"{T}idno[@type='telegram']")] == ["066.808"]
    opener = doc.find(f".//{T}opener")
    assert [(s.get("type") or s.tag.split("}")[1]) for s in opener] == ["number", "address", "address", "dateline"]
    assert [p.get("ref") for p in opener.iter(f"{T}persName")] == ["#unresolved-constantin-oancea", "#unresolved-vasile-sandru"]
    assert lines(doc.find(f".//{T}closer")) == [("signed", "Victor Nanu")]
    assert text(doc.find(f".//{T}div/{T}p")).startswith("We would like to inform you")


def test_the_copys_signed_over_the_name_is_one_signature(tmp_path):
    """"Signed" / "Dumitru Popa" under the text: one signature, the word over the name (it was two
    signers, "Signed" one of them); the form's date field under its "From:" the text's, not the
    record's date (the text was cut there)."""
    doc = convert_one(tmp_path, ROMANIAN_SIGNED)
    [signed] = doc.find(f".//{T}closer").findall(f"{T}signed")
    assert signed.text == "Signed" and signed.find(f"{T}lb").tail == "Dumitru Popa"
    paragraphs = [text(p) for p in doc.find(f".//{T}div").iter(f"{T}p")]
    assert len(paragraphs) == 4 and paragraphs[-1].startswith("The Soviet diplomat pointed out")


def test_the_1918_volumes_heading_note_and_a_number_with_the_editors_reading(tmp_path):
    """FRUS of 1918: the heading's note "1" the source's note on it (sent via the Legation in
    Sweden), the marks in the text at their notes, even the note the copy cuts; "1416 [2416?]. Germans
    continue ..." the telegram's number as printed, the editors' reading in brackets after it."""
    doc = convert_one(tmp_path, INSTANT)
    head = doc.find(f".//{T}div/{T}head")
    assert text(head.find(f"{T}note")) == "Sent via the Legation in Sweden (No. 1004)."
    notes = [text(n) for n in doc.find(f".//{T}div").iter(f"{T}note")][1:]
    assert notes == ["Smolny Institute was used by the Bolsheviks as their headquarters.", "Henry J. Horn, me"]
    doc = convert_one(tmp_path / "numbered", EDITORS_NUMBER)
    assert [text(i) for i in witness(doc).iterfind(f"{T}idno[@type='telegram']")] == ["1416"]


# a record's page in the style of the archive's Romanian cables of 1973-1975 (the title's places, markings and
# number; the form's fields over the text, its date and hour apart by a slash), its signature under the text
ROMANIAN_1975 = """May 10, 1975

Telegram from Pyongyang to Bucharest, SECRET, No. 059.156

Sender: Pyongyang

Date: 10.05.1975/04:00

No.: 059.156

To: Comrade Constantin Oancea

Deputy Foreign Minister Jeon Myeong-su briefed the heads of diplomatic missions from socialist countries on the results of the visit.

Signed: Nicolae Popa

The Romanian Embassy reports on the briefing about the North Korean delegation's visit to China.

Document Information

Source

Archive of the Romanian Ministry of Foreign Affairs, Matter 220, 1975. Translated by an example translator.
"""


def test_a_title_from_place_to_place_with_its_markings_and_number(tmp_path):
    """"Telegram from Pyongyang to Bucharest, SECRET, No. 059.156": the places the cable went from
    and to, its marking no party's (the addressee was "Bucharest, SECRET, .156") and its number
    whole ("059" was); the form's "Sender:", "Date: 10.05.1975/04:00" (the hour after a slash),
    "No.:", "To: Comrade Constantin Oancea" (him the addressee) its opener; "Signed: Nicolae Popa"
    the signature, the sender."""
    doc = converted_page(tmp_path, ROMANIAN_1975)
    assert _refs(doc, "sent") == ["#unresolved-nicolae-popa", "#pyongyang"]
    assert _refs(doc, "received") == ["#unresolved-constantin-oancea", "#bucharest"]
    assert [text(i) for i in witness(doc).iterfind(f"{T}idno[@type='telegram']")] == ["059.156"]
    opener = doc.find(f".//{T}opener")
    assert [(s.get("type") or s.tag.split("}")[1]) for s in opener] == ["transmission", "dateline", "number", "address"]
    assert opener.find(f"{T}dateline/{T}date").get("when") == "1975-05-10T04:00:00"
    assert lines(doc.find(f".//{T}closer")) == [("signed", "Signed: Nicolae Popa")]


def test_a_title_naming_only_places_is_said_so_where_no_one_signs(tmp_path):
    """The same page without its signature: refused saying that the title names only the places
    the cable went from and to, and no one signs."""
    errors, written = refused(tmp_path, ROMANIAN_1975.replace("Signed: Nicolae Popa\n\n", ""))
    assert [e.code for e in errors] == ["no-parties"]
    assert "the title names only the places it went from and to, Pyongyang and Bucharest, and no signature" in errors[0].text


WIKI_COPY = "works-web-lenin-peace-delegation-1918-01-21-wiki-copy-labels-without-colons-listed-note.txt"


def test_a_wikis_copy_of_the_works_page_its_labels_without_colons(tmp_path):
    """A wiki's copy of the archive's page: "Author(s) Lenin" and "Written 21 January 1918" without
    their colons (they were the text's first paragraphs, the telegram undated and from no one), the
    note listed "1. The reference is ..." at its mark "[1]" (a paragraph); the circular "addressed to
    all. Special to the Peace Delegation in Brest-Litovsk" to the delegation ("all. Special to ..."
    was the addressee)."""
    doc = convert_one(tmp_path, WIKI_COPY)
    assert _refs(doc, "sent") == ["#lenin"] and _refs(doc, "received") == ["#unresolved-peace-delegation-in-brest-litovsk"]
    assert doc.find(f".//{T}correspAction[@type='sent']/{T}date").get("when") == "1918-01-21"
    bibl = witness(doc)
    assert bibl.find(f"{T}biblScope[@unit='volume']").get("n") == "26"
    [p] = doc.find(f".//{T}div").findall(f"{T}p")
    assert p.find(f"{T}note").get("n") == "1" and text(p).startswith("We are also extremely alarmed")


def test_the_address_under_a_place_to_place_title_with_comrade_or_a_whole_name(tmp_path):
    """"To Comrade Gierek:" and "To Edward Gierek:" under "From Moscow to Warsaw": the addressee as
    "To Szyszko:" is (both were refused with no recipient)."""
    for address, ref in (("To Comrade Gierek:", "#unresolved-gierek"), ("To Edward Gierek:", "#unresolved-edward-gierek")):
        (out := tmp_path / ref[1:]).mkdir()
        doc = converted_variant(out, PLACE_TO_PLACE, ("To Szyszko:", address))
        assert _refs(doc, "received") == [ref, "#warsaw"] and _refs(doc, "sent") == ["#unresolved-nowak", "#moscow"]


def test_a_plural_or_common_word_addressed_is_no_person(tmp_path):
    """"To Comrades:" and "To All:" under the same title: no one's surname (Comrades was a person),
    so the cable is refused saying the address names no recipient (it said no one signs, though
    Nowak does)."""
    for address in ("To Comrades:", "To All:"):
        (out := tmp_path / address[3:-1]).mkdir()
        errors, written = refused(out, variant(PLACE_TO_PLACE, ("To Szyszko:", address)))
        assert [e.code for e in errors] == ["no-parties"]
        assert "the telegram's recipient not found" in errors[0].text
        assert "Moscow and Warsaw, and no address or salutation names the recipient" in errors[0].text


def test_a_title_at_a_lines_end_over_a_name_alone_keeps_the_signature_apart():
    """An office's line or greetings ending in "Ambassador", "Premier", "Comrades" over a name alone:
    two blocks, the name the signature (they were one paragraph); the title over a name the sentence
    goes on after ("Joffe. I rely ...") and "Comrade" over any name still one."""
    from tei.sources.base import lines_to_blocks

    def blocks(*page):
        return [b.text for b in lines_to_blocks(list(enumerate(page, 1)))]

    assert blocks("Envoy Extraordinary and Plenipotentiary Ambassador", "Victor Nanu") == [
        "Envoy Extraordinary and Plenipotentiary Ambassador", "Victor Nanu"]
    assert len(blocks("Chairman of the Council of Ministers and Premier", "Zhou Enlai")) == 2
    assert len(blocks("With comradely greetings to the Soviet and Korean Comrades", "Dumitru Popa")) == 2
    assert blocks("and I ask you to support him and to trust Ambassador", "Joffe. I rely on him.") == [
        "and I ask you to support him and to trust Ambassador Joffe. I rely on him."]
    assert len(blocks("We have sent the text of the draft to Comrade", "Liu Shaoqi")) == 1


def test_the_romanian_cables_office_line_over_the_signature_stays_apart(tmp_path):
    """The Romanian cable closed "Extraordinary and Plenipotentiary Ambassador" / "Dumitru Popa": the
    name its signature (it was the end of a paragraph)."""
    doc = converted_variant(tmp_path, ROMANIAN_SIGNED, ("Signed", "Extraordinary and Plenipotentiary Ambassador"))
    assert [text(s) for s in doc.iter(f"{T}signed")] == ["Dumitru Popa"]


def test_a_body_addressed_alone_by_its_whole_long_name(tmp_path):
    """"To the Ministry of Foreign Affairs of the Democratic People's Republic of Korea:": the
    ministry the addressee, a body the authority file lacks, the country in its name no known body
    (refused with no recipient: ten words after "Ministry", and the place found in them); the
    pattern bounded by the line's end only where the body is addressed alone."""
    from tei.transforms.correspondence import BODY_ALONE, BODY_AND_PERSON

    page = CHINESE_EMBASSY.replace("To the Foreign Ministry",
                                   "To the Ministry of Foreign Affairs of the Democratic People's Republic of Korea:")
    doc = converted_page(tmp_path, page)
    assert _refs(doc, "received") == ["#unresolved-ministry-of-foreign-affairs-of-the-democratic-people-s-republic-of-korea"]
    assert BODY_ALONE.match("To the Central Committee of the Communist Party of the Soviet Union:").group("body") == (
        "Central Committee of the Communist Party of the Soviet Union")
    assert not BODY_ALONE.match("To the Central Committee of the Communist Party of the Soviet Union, Comrade Stalin:")
    assert not BODY_AND_PERSON.match("To the Central Committee of the Communist Party of the Soviet Union and Comrade Stalin")


def test_a_note_mark_set_apart_after_a_comma_only_before_a_word_no_count_goes_with():
    """The FRUS fallback for a mark set apart by spaces: after a comma, "the press, 1 it's obvious"
    is the mark (the Stalin page's); "In May, 2 divisions crossed" and "the ports, 3 ships were" are
    counts, left as they are."""
    from types import SimpleNamespace

    from tei.sources.frus_web import _spaced_anchor
    from tei.sources.model import Block

    def anchored(line: str, mark: str) -> tuple[str | None, str]:
        record = SimpleNamespace(blocks=[Block(line, 1)])
        return _spaced_anchor(record, mark, mark), record.blocks[0].text

    assert anchored("From reports published in the press, 1 it's obvious that I was wrong.", "1") == (
        "[1]", "From reports published in the press,[1] it's obvious that I was wrong.")
    for line, mark in (("In May, 2 divisions crossed the river.", "2"), ("In the ports, 3 ships were loading.", "3")):
        assert anchored(line, mark) == (None, line)
    assert anchored("the brief Tass 1 item", "1")[0] == "[1]"


# a letter's page with its enclosures listed under the signature, no mark of them in the text
ENCLOSURES = """Zhou Enlai to Nehru
[12 April 1955]
Dear Prime Minister,

I have the honour to send you the documents we spoke of at our meeting. Our delegation will arrive on the date agreed.

With best regards,

Zhou Enlai
1. Draft of the joint communique of the two governments.
2. List of the members of the Chinese delegation to the conference.
"""


def test_a_numbered_list_under_the_signature_with_no_mark_in_the_text_is_no_notes(tmp_path):
    """The enclosures listed "1. Draft ..." / "2. List ..." under "Zhou Enlai", the text marking
    neither: the letter's lines (they were the source's notes, "no mark for this note"); the same list
    with "documents, 1 we" in the text: its note 1 at the mark."""
    doc = converted_page(tmp_path, ENCLOSURES)
    assert not [n for n in doc.iter(f"{T}note") if "Draft of the joint" in text(n)]
    assert [text(p) for p in doc.iter(f"{T}p") if text(p).startswith(("Draft", "List"))] == [
        "Draft of the joint communique of the two governments.",
        "List of the members of the Chinese delegation to the conference."]
    (marked := tmp_path / "marked").mkdir()
    doc = converted_page(marked, ENCLOSURES.replace("documents we", "documents, 1 we"))
    [note] = [n for n in doc.iter(f"{T}note") if "Draft of the joint" in text(n)]
    assert note.get("n") == "1" and "no mark" not in text(note)


def test_a_numbers_list_takes_no_date_after_a_comma_for_an_item():
    """"No. 1234, 15.6.50": the number, the date after it no second number (it was "1234, 15.6.50");
    a list of numbers and a number with a stop between its figures still whole."""
    from tei.transforms.correspondence import NUMBERS

    assert [NUMBERS.search(t).group("list") for t in ("No. 1234, 15.6.50", "Nos. 50450, 50470 and 50490",
                                                      "No. 059.156")] == ["1234", "50450, 50470 and 50490", "059.156"]
