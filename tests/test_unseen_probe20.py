"""Real pages, round twenty: what the converter misread, each with a source or a page of our
own (the pages themselves are not ours to keep)."""

from __future__ import annotations

from source_helpers import T, convert_one, lines, text

NOTE = "frus-web-vyshinsky-standley-1943-02-16-note-respected-mr-ambassador-quoted-message-heading.txt"
NOTE_QUOTING_A_LETTER = "frus-web-vyshinsky-clark-kerr-undated-note-quoted-letter-formula-without-comma.txt"


def test_a_diplomats_greeting_ending_in_a_colon_run_into_the_first_sentence(tmp_path):
    """"Respected Mr. Ambassador: I have the honor ...", as a Soviet note greets a foreign
    diplomat: the salutation split off (as "Dear Comrade X, I ..." is), a salute, not an address;
    the first paragraph the sentence after it.  So too the quoted letter's "Esteemed Mr. Prime
    Minister:" on its line (a salute, not the letter's address)."""
    div = convert_one(tmp_path / "a", NOTE).find(f".//{T}div")
    assert lines(div.find(f"{T}opener")) == [("dateline", "Kuibyshev, February 16, 1943."),
                                            ("salute", "Respected Mr. Ambassador:")]
    assert text(div.find(f"{T}p")).startswith("I have the honor to inform you")
    letter = convert_one(tmp_path / "b", NOTE_QUOTING_A_LETTER).find(f".//{T}div")
    assert lines(letter.find(f"{T}opener")) == [("salute", "Esteemed Mr. Ambassador:")]
    # (its heading over it, "To Prime Minister Churchill from Premier Stalin:", the head: round 21)
    assert text(letter.find(f".//{T}floatingText/{T}body/{T}head")) == "To Prime Minister Churchill from Premier Stalin:"
    assert lines(letter.find(f".//{T}floatingText/{T}body/{T}opener")) == [("salute", "Esteemed Mr. Prime Minister:")]


def test_a_closing_formula_without_its_comma_over_the_signature_is_the_closers(tmp_path):
    """"With sincere respect" / "J. Stalin" / "February 20, 1943”": the formula on its own line
    without a comma, as FRUS prints the translation, is the quoted letter's salute, not its last
    paragraph."""
    div = convert_one(tmp_path, NOTE_QUOTING_A_LETTER).find(f".//{T}div")
    letter = div.find(f"{T}quote/{T}floatingText/{T}body")
    assert lines(letter.find(f"{T}closer")) == [("salute", "With sincere respect"), ("signed", "J. Stalin"),
                                                ("dateline", "February 20, 1943")]
    assert text(letter.findall(f"{T}p")[-1]).startswith("Our troops have freed Kharkov")


def test_the_heading_atop_a_quoted_message_is_its_head(tmp_path):
    """'“Personal and Secret Message from Premier Stalin to President Roosevelt.' over the
    message a note quotes, each paragraph opened with a mark and none signed: the message's
    heading (as an enclosed message's is), its parties tagged, in a floatingText of the quote;
    not the message's first paragraph."""
    div = convert_one(tmp_path, NOTE).find(f".//{T}div")
    # (no mark closes the quotation in the copy: 'unclosed' since round twenty-two)
    body = div.find(f"{T}quote[@rend='quoted unclosed']/{T}floatingText/{T}body")
    head = body.find(f"{T}head")
    assert text(head) == "Personal and Secret Message from Premier Stalin to President Roosevelt."
    assert [p.get("ref") for p in head.iter(f"{T}persName")] == ["#stalin", "#roosevelt"]
    assert [text(p)[:20] for p in body.findall(f"{T}p")] == ["Your message concern", "The Red Army continu"]
    assert body.find(f"{T}closer") is None


def test_a_diplomatic_note_is_a_letter_its_courtesy_the_closer(tmp_path):
    """A note of the People's Commissar to an ambassador, greeting him "Respected Mr.
    Ambassador:" and ending with the courtesy, whole ("Accept, Mr. Ambassador, the assurances of
    my highest consideration.") or as the editor shortens it ("I beg you [etc.]"), with nothing
    calling it a telegram: the closer's salute, and the document a letter (`div type="letter"`,
    the schema's other kind: a note is delivered by hand, not wired)."""
    for sub, name, courtesy in (("a", NOTE, "Accept, Mr. Ambassador, the assurances of my highest consideration."),
                                ("b", NOTE_QUOTING_A_LETTER, "I beg you etc.")):
        div = convert_one(tmp_path / sub, name).find(f".//{T}div")
        assert div.get("type") == "letter"
        assert lines(div.find(f"{T}closer")) == [("salute", courtesy)]


def test_a_telegram_a_diary_quotes_under_the_title_keeps_its_first_lines(tmp_path):
    """"From the Dimitrov Diary:" / "(14th May 1942)" / "Received through ... the following telegram
    from Mao Zedong:" / "'Respected Com. Dimitrov!" under the title: the citation is the first line
    alone (the book the text is taken from, its title "Dimitrov Diary", not "Works"); the date in
    parentheses and the quoted salutation begin the text (they were taken into the citation and
    lost); "Received your telegram of 2nd May." is the telegram's sentence, not a routing line.  The
    date is the day the diary records the telegram's receipt: the received date, and the sent date
    inferred from it (sent that day or before), as a first printing's day dates a text."""
    root = convert_one(tmp_path, "works-mao-dimitrov-1942-05-14-diary-entry-quoting-the-telegram.txt")
    bibl = root.find(f".//{T}sourceDesc/{T}bibl")
    assert text(bibl.find(f"{T}title[@level='m']")) == "Dimitrov Diary"
    assert text(bibl.find(f"{T}note[@type='citation']")) == "From the Dimitrov Diary:"
    div = root.find(f".//{T}div")
    paras = [text(p) for p in div.iter(f"{T}p")]
    # (the telegram after its mark, its salutation the quoted letter's: round 21)
    assert paras[:2] == ["Received through the radio line of the Special Region the following telegram from Mao Zedong:",
                         "Received your telegram of 2nd May. Thank you for your advice."]
    assert lines(div.find(f".//{T}quote/{T}floatingText/{T}body/{T}opener")) == [("salute", "Respected Com. Dimitrov!")]
    assert not div.xpath(".//t:seg[@type='transmission']", namespaces={"t": T[1:-1]})
    # the diary's date, over its words that the telegram came that day: the day of receipt, the day it was
    # sent that day or before (the encoder's inference, said in a note)
    sent = root.find(f".//{T}correspAction[@type='sent']")
    assert sent.find(f"{T}date").attrib == {"when": "1942-05-14", "evidence": "internal", "resp": "#encoder"}
    assert "records its receipt" in text(sent.find(f"{T}note[@type='date']"))
    assert root.find(f".//{T}correspAction[@type='received']/{T}date").get("when") == "1942-05-14"


def test_a_report_the_archive_titles_with_its_kind_first(tmp_path):
    """"Report, Zhou Enlai to the Chairman [Mao Zedong]": the kind before the comma, as the
    archive titles a report sent by cable, is no party (it was an unknown person "Report", a
    sender beside Zhou Enlai)."""
    root = convert_one(tmp_path, "wilson-zhou-mao-1952-08-31-report-kind-before-the-parties.txt")
    sent = root.find(f".//{T}correspAction[@type='sent']")
    assert [p.get("ref") for p in sent.iter(f"{T}persName")] == ["#zhou-enlai"]
    assert text(root.find(f".//{T}titleStmt/{T}title[@type='main']")) == "Zhou Enlai to Mao Zedong, 31 August 1952"


def test_a_hand_delivered_note_forwarding_a_telegram_its_writer_received(tmp_path):
    """"Hand delivered note, Zhou Enlai to Stalin, conveying telegram From Mao Zedong to Zhou
    Enlai": the telegram was Zhou's own, and he forwards it; the document is his note to Stalin
    (it was Mao's to Zhou, received by Zhou and transmitted by Zhou and Stalin), delivered by
    hand: a letter."""
    root = convert_one(tmp_path, "wilson-zhou-stalin-1952-10-11-hand-delivered-note-conveying-a-telegram-to-its-sender.txt")
    refs = {kind: [p.get("ref") for p in root.iterfind(f".//{T}correspAction[@type='{kind}']/{T}persName")]
            for kind in ("sent", "received", "transmitted")}
    assert refs == {"sent": ["#zhou-enlai"], "received": ["#stalin"], "transmitted": []}
    assert root.find(f".//{T}div").get("type") == "letter"


def test_a_record_page_copied_without_its_source_is_refused_saying_so(tmp_path):
    """A Digital Archive record copied from its top ("Skip to content" / the date / "Report, X to
    Y") to a point above its "Document Information": refused, saying that the copy lacks the
    record's source and what to do (it was "matches none of the known layouts")."""
    from source_helpers import refused
    page = ("Skip to content\n\nMarch 3, 1952\n\nReport, Zhou Enlai to the Chairman [Mao Zedong]\n\n"
            "To the Chairman [Mao Zedong]:\n\nToday we met the comrades of the Ministry of Foreign Trade and agreed "
            "on the list of the goods for the first quarter. The list will be sent by courier.\n\nZhou Enlai\n\nMarch 3\n")
    errors, written = refused(tmp_path, page)
    assert not written and len(errors) == 1
    assert "Digital Archive record ('Report, Zhou Enlai to the Chairman [Mao Zedong]', line 5" in errors[0].text
    assert "Document Information" in errors[0].text and errors[0].code == "unknown-format"


def test_a_course_readers_selections_of_a_telegram_are_refused_saying_so(tmp_path):
    """A textbook's sourcebook page: the document's number and the telegram's author and date, an
    editor's headnote ("The following selections are from a telegram written by ..."), parts of the
    text ending ". . . .", no source: refused, saying the page prints selections under a headnote."""
    from source_helpers import refused
    page = ("Document 12.4 ANDREI GROMYKO, Telegram (March 2, 1951)\n\n"
            "Gromyko served as first deputy foreign minister. The following selections are from a telegram sent by "
            "Gromyko to the Soviet ambassador in Beijing on the truce talks.\n\n"
            "Inform Zhou Enlai that in our opinion the proposal of the Americans cannot be accepted in its present form, "
            "and that the Chinese comrades should insist on the withdrawal of all foreign troops. . . .\n")
    errors, written = refused(tmp_path, page)
    assert not written and len(errors) == 1
    assert "selections of a telegram under an editor's headnote ('The following selections are from a telegram'" \
        in errors[0].text


def test_a_titled_text_with_its_subject_and_no_citation_is_refused_saying_what_to_add(tmp_path):
    """A page of the Comintern's telegrams as a site prints them: the page's title, then each text
    under its title naming its kind, parties and subject ("Letter of G. Dimitrov to Mao Zedong on
    ...") with its date under it, no source anywhere: refused, naming the title and the date and
    asking for the citation under the title (with which the text is read)."""
    from source_helpers import refused
    page = ("Telegrams Between the Comintern and the Communist Party of China\n\n"
            "Telegram of G. Dimitrov to Zhou Enlai on the work of the Party school\n\n3rd March, 1941\n\n"
            "Zhou Enlai (personally)\n\n1. We have received your report about the school and agree with your proposals. "
            "The teachers will be sent by the next plane.\n\nDimitrov\n")
    errors, written = refused(tmp_path, page)
    assert not written and len(errors) == 1
    assert ("a text under its title ('Telegram of G. Dimitrov to Zhou Enlai on the work of the Party school', line 3) "
            "and its date ('3rd March, 1941')") in errors[0].text
    assert "add the citation on the line under the title" in errors[0].text
