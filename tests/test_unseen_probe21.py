"""Real pages, round twenty-one: what the converter misread, each with a source or a page of
our own (the pages themselves are not ours to keep)."""

from __future__ import annotations

from source_helpers import T, convert_one, lines, text


def test_a_quoted_messages_heading_with_the_addressee_first_is_its_head(tmp_path):
    """'“To President Roosevelt from Premier Stalin:' over the message a Soviet note quotes, as the
    wartime correspondence heads Stalin's messages (the Russian "Президенту Рузвельту от премьера
    Сталина"): the message's heading naming both parties, the quoted letter's head (as "Personal
    and Secret Message from ... to ..." is), not an address line of its opener."""
    root = convert_one(tmp_path, "frus-web-molotov-standley-1943-03-29-note-quoted-message-to-from-heading.txt")
    body = root.find(f".//{T}quote/{T}floatingText/{T}body")
    head = body.find(f"{T}head")
    assert text(head) == "To President Roosevelt from Premier Stalin:"
    assert [p.get("ref") for p in head.iter(f"{T}persName")] == ["#roosevelt", "#stalin"]
    assert lines(body.find(f"{T}opener")) == [("salute", "Esteemed Mr. President:")]
    assert lines(body.find(f"{T}closer")) == [("salute", "With sincere respect"), ("signed", "Stalin"),
                                              ("dateline", "March 29, 1943")]


REPORT_CUT_IN_ITS_NOTES = "wilson-zhou-mao-1952-09-19-report-copy-cut-in-its-notes.txt"


def test_a_note_mark_whose_note_the_copy_lacks_is_left_out_and_reported(tmp_path):
    """A record copied to a point in its notes: "[1]" and "[2]" printed after the text, "[3]" not.
    The mark "rubber.[3]" is left out and reported (`missing-note`), as a FRUS page's marks without
    their notes are; it was the editor's supplied word "3"."""
    from source_helpers import convert
    from tei.messages import Report
    report = Report()
    [root] = convert(tmp_path, REPORT_CUT_IN_ITS_NOTES, report=report).values()
    div = root.find(f".//{T}div")
    assert not div.findall(f"{T}p/{T}supplied")  # (the opener's "[Mao Zedong]" is)
    assert [n.get("n") for n in div.iter(f"{T}note")] == ["1", "2"]
    assert "rubber. Stalin said" in text(div)
    missing = [m for m in report.messages if m.code == "missing-note"]
    assert len(missing) == 1 and "note 3 is marked in the text" in missing[0].text


def test_the_last_note_of_a_copy_without_its_description_is_no_summary(tmp_path):
    """The copy's last paragraph above "Document Information" is the note "[2] The telegram of ...",
    its mark in the text (the copy lost the record's description under the notes): the note at its
    mark, not the record's summary."""
    root = convert_one(tmp_path, REPORT_CUT_IN_ITS_NOTES)
    assert root.find(f".//{T}abstract") is None
    note = root.find(f".//{T}div//{T}note[@n='2']")
    assert text(note).startswith("The telegram of September 18 at 1800 hours")


def test_an_address_with_the_handling_in_brackets_is_the_openers(tmp_path):
    """"Mao Zedong (personally only)" under the date, as the Comintern's cables head their text:
    the addressee with the handling the cable asks for, the opener's address line (it was the
    first paragraph)."""
    div = convert_one(tmp_path, "works-dimitrov-mao-1943-12-28-address-with-handling-in-brackets.txt").find(f".//{T}div")
    assert lines(div.find(f"{T}opener")) == [("dateline", "28th December, 1943"),
                                            ("address", "Mao Zedong (personally only)")]
    assert text(div.find(f"{T}p")).startswith("Your telegram about the Party school")


def test_a_telegram_a_diary_quotes_in_single_quotation_marks_is_a_quoted_letter(tmp_path):
    """"... the following telegram from Mao Zedong:" / "'Respected Com. Dimitrov!" / ... / "Mao
    Zedong.'" / the diary going on: the telegram quoted in single marks, a quoted letter (its
    salutation the opener's, without the mark; its signature the closer's, its paragraphs), the
    diary's words around it paragraphs of the text."""
    div = convert_one(tmp_path, "works-mao-dimitrov-1944-05-09-diary-telegram-in-single-quotes.txt").find(f".//{T}div")
    letter = div.find(f"{T}quote[@rend='quoted single']/{T}floatingText[@type='letter']/{T}body")
    assert lines(letter.find(f"{T}opener")) == [("salute", "Respected Com. Dimitrov!")]
    assert lines(letter.find(f"{T}closer")) == [("signed", "Mao Zedong.")]
    assert [p.get("n") for p in letter.findall(f"{T}p")] == [None, "1", "2"]
    assert [text(p) for p in div.findall(f"{T}p")] == [
        "Received through the radio line of the Special Region the following telegram from Mao Zedong:",
        "Forwarded the telegram to Stalin and Molotov."]
    assert "'" not in text(letter.find(f"{T}opener")) + text(letter.find(f"{T}closer"))


def test_the_telegram_a_note_forwards_under_its_signature_is_an_enclosure(tmp_path):
    """A note forwarding a telegram its writer received ("I send you a Russian translation of a
    telegram I received today from comrade Mao Zedong."), signed ("With communist greetings." /
    "Zhou Enlai." / "22 September 1952."), the telegram printed under the signature with no heading
    of its own: the telegram an enclosure without a head (its points and signature its own), the
    note's closing lines its closer, after it (they ran on as the note's paragraphs)."""
    root = convert_one(tmp_path, "wilson-zhou-stalin-1952-09-22-note-forwarding-a-telegram-under-its-signature.txt")
    div = root.find(f".//{T}div")
    assert [text(p)[:20] for p in div.findall(f"{T}p")] == ["I send you a Russian", "I ask you to receive"]
    enclosure = div.find(f"{T}floatingText[@type='enclosure']/{T}body")
    assert enclosure.find(f"{T}head") is None
    assert [p.get("n") for p in enclosure.findall(f"{T}p")] == ["1", "2"]
    assert lines(enclosure.find(f"{T}closer")) == [("signed", "Mao Zedong")]
    assert lines(div.find(f"{T}closer")) == [("salute", "With communist greetings."), ("signed", "Zhou Enlai."),
                                            ("dateline", "22 September 1952.")]
    assert div[-1].tag == f"{T}closer"
    assert "no heading of its own" in text(root.find(f".//{T}editorialDecl/{T}quotation"))


ROOSEVELT_PAPERS = "frus-web-roosevelt-stalin-undated-operational-priority-heading-mark-glued.txt"


def test_a_headings_note_mark_glued_to_its_last_word_in_the_conference_volumes(tmp_path):
    """"President Roosevelt to Marshal Stalin1" under "Roosevelt Papers: Telegram": the note's mark
    glued to the heading's last word (as the later volumes' "Union0" is) taken apart, the note in
    the head; it was a recipient "Marshal Stalin1" (an unknown person) and the note was lost."""
    root = convert_one(tmp_path, ROOSEVELT_PAPERS)
    received = root.find(f".//{T}correspAction[@type='received']/{T}persName")
    assert received.get("ref") == "#stalin"
    head = root.find(f".//{T}div/{T}head")
    assert text(head).replace(text(head.find(f"{T}note")), "") == "President Roosevelt to Marshal Stalin"
    assert text(head.find(f"{T}note")).startswith("Sent to the United States Naval Attaché")
    assert head.find(f"{T}note").get("n") == "1"


def test_operational_priority_is_a_marking_and_the_marked_parties_line_under_it(tmp_path):
    """"operational priority" over "Personal and secret from the President for Marshal Stalin.": a
    marking (the priority the Navy's channel gave it), and the line under it the marking with the
    parties, both in the opener (they were the first paragraphs)."""
    div = convert_one(tmp_path, ROOSEVELT_PAPERS).find(f".//{T}div")
    assert lines(div.find(f"{T}opener")) == [
        ("classification", "operational priority"),
        ("classification", "Personal and secret from the President for Marshal Stalin.")]
    assert text(div.find(f"{T}p")).startswith("I have received your message about the convoys")


def test_for_the_addressee_from_the_sender_over_the_text_is_an_address_line(tmp_path):
    """"For Prime Minister Churchill from Stalin:" over a message of the war's correspondence (as
    FRUS's Potsdam volumes print Stalin's): whom it is for and from whom, the opener's address line
    under the marking, its parties tagged; not the first paragraph."""
    div = convert_one(tmp_path, "frus-web-stalin-churchill-1945-06-09-for-and-from-address-line.txt").find(f".//{T}div")
    opener = div.find(f"{T}opener")
    assert lines(opener) == [("classification", "top secret"),
                             ("address", "For Prime Minister Churchill from Stalin:")]
    assert [p.get("ref") for p in opener.iter(f"{T}persName")] == ["#churchill", "#stalin"]
    assert text(div.find(f"{T}p")).startswith("I have received your message of June 7th")
