"""Collected works and cables in forms the earlier rounds did not have (unseen sources of the
seventh round): an editor's note that dates the text under the signature, the title that
names only the addressee, closing and address lines the structure pass did not read."""

from __future__ import annotations



from source_helpers import T, convert, lines, text


def test_an_editors_dating_note_under_the_signature_dates_the_telegram(tmp_path):
    # "Liu Shaoqi" / "This telegram was sent from Moscow on July 18, 1949.": the editor's note, not
    # the author's words, gives the date and place of sending; the signature stays the closer's
    docs = convert(tmp_path, "works-liu-mao-ccp-cc-1949-07-18-dating-note-under-the-signature.txt")
    [(key, doc)] = docs.items()
    assert key.startswith("tg-1949-07-18-liu-shaoqi-mao")
    sent = doc.find(f".//{T}correspAction[@type='sent']")
    assert sent.find(f"{T}persName").get("ref") == "#liu-shaoqi"
    assert sent.find(f"{T}placeName").get("ref") == "#moscow"
    assert sent.find(f"{T}date").get("when") == "1949-07-18"
    div = doc.find(f".//{T}div")
    assert lines(div.find(f"{T}closer")) == [("signed", "Liu Shaoqi")]
    assert not any("This telegram was sent" in text(p) for p in div.iter(f"{T}p"))
    bibl = doc.find(f".//{T}sourceDesc/{T}bibl")
    assert [text(n) for n in bibl.iterfind(f"{T}note[@type='source']")] == [
        "This telegram was sent from Moscow on July 18, 1949."]
    # the title names only the addressee, in capitals: the text's title, not an address line
    assert doc.findtext(f".//{T}titleStmt/{T}title[@type='source']") == "TO CHAIRMAN MAO ZEDONG AND THE CENTRAL COMMITTEE"
    assert bibl.find(f"{T}title[@level='a']").text == "To Chairman Mao Zedong and the Central Committee"
    assert bibl.find(f"{T}title[@level='m']").text == "Selected Works of Liu Shaoqi"
    assert bibl.find(f"{T}biblScope[@unit='volume']").get("n") == "I"
    assert div.find(f"{T}opener/{T}seg") is None


def test_a_diary_entry_printed_in_a_book_is_no_telegram(tmp_path):
    """"FROM THE DIARY OF GEORGI DIMITROV" under the book's citation: refused with a message saying
    what it is, as a memorandum of conversation is (it became an undated telegram of no one to
    no one); a telegram printed in the same book, titled as a telegram, is read."""
    import pytest

    from tei.convert import read_telegrams
    from tei.messages import SourceError

    cited = ("GEORGI DIMITROV\nThe Diary of Georgi Dimitrov, 1933-1949\nEdited by Ivo Banac\n"
             "New Haven: Yale University Press, 2003, pp. 436-437\n\n")
    diary = tmp_path / "diary.txt"
    diary.write_text(cited + "FROM THE DIARY OF GEORGI DIMITROV\n12 March 1948\n\n"
                     "In the Kremlin (9:00 p.m.) Stalin, Molotov, Malenkov; from the Yugoslavs Kardelj.\n\n"
                     "Stalin: the differences with the Yugoslavs must be settled at once.\n", encoding="utf-8")
    with pytest.raises(SourceError) as raised:
        read_telegrams(diary)
    assert raised.value.message.code == "not-a-telegram" and raised.value.message.line == 6
    assert "not a telegram" in str(raised.value) and "diary entry" in str(raised.value)
    telegram = tmp_path / "telegram.txt"
    telegram.write_text(cited + "TELEGRAM TO J. V. STALIN\n\nDear Comrade Stalin,\n\n"
                        "We agree with your proposal on the federation.\n\nG. Dimitrov\n12 March 1948\n", encoding="utf-8")
    assert read_telegrams(telegram)[0] == "collected-works"


def test_lines_of_sending_receipt_and_distribution_under_the_date_are_the_closers(tmp_path):
    """"Ho Chi Minh" / "24.IV.1950" / "[Handwritten: ...]" / "Sent: ..." / "Received: ..." /
    "Distribution: ..." / "Page 1 of 1": the closing formula, signature and date were paragraphs
    (the lines under them stopped the reading of the closer); the PDF viewer's page counter is no
    part of the text."""
    [doc] = convert(tmp_path, "cable-ho-filippov-1950-04-24-sent-received-distribution-after-the-date.txt").values()
    div = doc.find(f".//{T}div")
    assert lines(div.find(f"{T}closer")) == [
        ("salute", "With communist greetings,"), ("signed", "Ho Chi Minh"), ("dateline", "24.IV.1950"),
        ("annotation", 'Handwritten: "To Comrade Molotov. J. St."'),
        ("transmission", "Sent: 24.IV.1950 at 21.30"), ("transmission", "Received: 25.IV.1950 at 02.10"),
        ("distribution", "Distribution: Stalin, Molotov, Malenkov, Beria, to file.")]
    assert "Page 1" not in text(doc.find(f".//{T}text"))
    assert doc.find(f".//{T}correspAction[@type='sent']/{T}persName").get("ref") == "#ho-chi-minh"


def test_a_dateline_with_the_hour_and_its_clock_or_the_time_of_day_in_words(tmp_path):
    """"26 April 1950, 10.00 hours Beijing time", "28 April 1950, night": datelines, their time
    words kept (they were paragraphs, and the signature above them too); the clock's city is not
    where the cable was sent from."""
    docs = convert(tmp_path, "cable-kovalev-filippov-1950-04-26-hour-and-clock-in-the-dateline.txt",
                   "cable-zhou-wang-1950-04-28-title-as-address-time-of-day.txt")
    kovalev, zhou = docs["tg-1950-04-26-kovalev-stalin-wilson-center-261507"], docs[
        "tg-1950-04-28-zhou-enlai-wang-jiaxiang-wilson-center-260705"]
    assert lines(kovalev.find(f".//{T}closer")) == [
        ("signed", "Kovalev"), ("dateline", "26 April 1950, 10.00 hours Beijing time")]
    assert kovalev.find(f".//{T}closer/{T}dateline/{T}date").get("when") == "1950-04-26T10:00:00"
    assert kovalev.find(f".//{T}correspAction[@type='sent']/{T}placeName") is None
    assert lines(zhou.find(f".//{T}closer")) == [("signed", "Zhou Enlai"), ("dateline", "28 April 1950, night")]


def test_address_lines_place_office_addressee_a_convey_line_and_a_cables_heading(tmp_path):
    """"Belgrade" / "Soviet Ambassador" / "To Comrade Tito" (a place the authority file need not
    know, above the office and the addressee), "PYONGYANG" / "SOVIET AMBASSADOR" / "Personally
    convey to Comrade Kim Ir Sen.", "Telegram to Ambassador Wang Jiaxiang, Moscow" over the
    salutation: address lines (they were paragraphs, and the salutation under the last one too)."""
    docs = convert(tmp_path, "cable-molotov-tito-1948-04-06-place-office-and-address-lines.txt",
                   "cable-fynsi-kim-1950-11-04-convey-personally-under-the-office.txt",
                   "cable-zhou-wang-1950-04-28-title-as-address-time-of-day.txt")
    opener = {key[:13]: doc.find(f".//{T}div/{T}opener") for key, doc in docs.items()}
    assert lines(opener["tg-1948-04-06"]) == [
        ("classification", "TOP SECRET"), ("address", "Belgrade"), ("address", "Soviet Ambassador"),
        ("address", "To Comrade Tito")]
    assert lines(opener["tg-1950-11-04"]) == [
        ("number", "Ciphered telegram No. 4873"), ("address", "PYONGYANG"), ("address", "SOVIET AMBASSADOR"),
        ("address", "Personally convey to Comrade Kim Ir Sen.")]
    assert lines(opener["tg-1950-04-28"]) == [
        ("address", "Telegram to Ambassador Wang Jiaxiang, Moscow"), ("salute", "Comrade Wang Jiaxiang:")]
    for doc in docs.values():
        assert not [p for p in doc.iter(f"{T}p") if len(text(p).split()) < 6]



def test_a_sentence_that_names_comrades_is_no_salutation():
    """"Comrades Gao Gang and Kim Il Sung asked me to transmit to Comrade Filippov the following:"
    announces a message; a salutation names people and their titles only."""
    from tei.transforms.structure.lines import is_salutation

    assert not is_salutation("Comrades Gao Gang and Kim Il Sung asked me to transmit to Comrade Filippov the following:")
    assert not is_salutation("Comrade Shtykov will inform you of the details:")
    for salute in ("Comrade Wang Jiaxiang:", "Comrades Mao Zedong and Zhou Enlai!", "Dear Comrade Stalin,",
                   "Comrade Mao Tse-tung,", "Respected Comrade Chairman!", "Dear Comrade Filippov [Stalin]!",
                   "Comrades Kim Il Sung and Pak Hon-yong:", "Mr. Prime Minister,"):
        assert is_salutation(salute), salute


def test_a_cable_that_passes_on_a_request_has_no_salutation(tmp_path):
    [doc] = convert(tmp_path, "cable-krasovsky-shtemenko-1951-06-16-comrades-asked-me-to-transmit.txt").values()
    div = doc.find(f".//{T}div")
    assert div.find(f".//{T}salute") is None
    assert lines(div.find(f"{T}opener")) == [
        ("number", "Ciphered Telegram No. 21850"), ("address", "Moscow, General Staff, to Comrade Shtemenko")]
    assert text(div.find(f"{T}p")).startswith("Comrades Gao Gang and Kim Il Sung asked me to transmit")


def test_a_message_in_quotation_marks_set_as_a_block_quote(tmp_path):
    """'> "Comrade Mao Zedong! ...' ... '> G. Malenkov, V. Molotov"': the marks are the quote's
    rendering (they were kept in the text), its lettered points keep their letter, and the
    address line set with the markings as a block quote is the opener's (it was a quote); the
    signers named with initials the authority file lacks sign the message (a letter in the
    quote, its closer)."""
    [doc] = convert(tmp_path, "telegram-malenkov-mao-1953-03-27-quoted-message-as-block-quote.md").values()
    div = doc.find(f".//{T}div")
    assert lines(div.find(f"{T}opener")) == [
        ("classification", "TOP SECRET"), ("address", "Beijing, to Comrade Kuznetsov"), ("salute", "Comrade Kuznetsov,")]
    [quote] = div.findall(f"{T}quote")
    assert quote.get("rend") == "quoted"
    paras = quote.findall(f"{T}floatingText/{T}body/{T}p")
    # (its salutation run into the first paragraph: the letter's opener)
    assert lines(quote.find(f"{T}floatingText/{T}body/{T}opener")) == [("salute", "Comrade Mao Zedong!")]
    assert text(paras[0]).startswith("We have received your telegram")
    assert lines(quote.find(f"{T}floatingText/{T}body/{T}closer")) == [("signed", "G. Malenkov, V. Molotov")]
    assert [(p.get("n"), text(p)[:20]) for p in paras[1:3]] == [
        ("a", "to publish the state"), ("b", "to publish the state")]


def test_a_copies_line_under_the_postscript_is_the_cables_distribution(tmp_path):
    """"P.S. ..." / "Copies to: Molotov, Mikoyan, Bulganin.": the distribution goes with the
    cable's other lines in the closer (it was a paragraph of the postscript)."""
    [doc] = convert(tmp_path, "cable-bierut-filippov-1949-11-26-copies-line-under-the-postscript.txt").values()
    div = doc.find(f".//{T}div")
    assert lines(div.find(f"{T}closer")) == [
        ("signed", "B. Bierut"), ("dateline", "Warsaw, November 26th, 1949"),
        ("distribution", "Copies to: Molotov, Mikoyan, Bulganin.")]
    assert [text(p)[:24] for p in div.find(f"{T}postscript")] == ["P.S. The delegation will"]


def test_a_bracketed_note_mark_and_the_telegrams_number_in_the_archival_note(tmp_path):
    """"events in Korea.[1]" with "1 Stalin was then at Sochi." under the text, then "APRF. F.
    45. ... Ciphered telegram No. 4581.": the note at its mark (it stayed a paragraph and the
    closer was lost, so the telegram had no sender), the number an idno (it was an original
    printing "Ciphered telegram No. 4581.")."""
    [doc] = convert(tmp_path, "works-stalin-mao-zhou-1950-10-01-bracketed-note-mark-number-in-archival-note.txt").values()
    assert [n.get("n") for n in doc.iter(f"{T}note") if n.get("place") == "foot"] == ["1"]
    assert doc.find(f".//{T}correspAction[@type='sent']/{T}persName").get("ref") == "#stalin"
    assert [i.text for i in doc.iterfind(f".//{T}bibl/{T}idno[@type='telegram']")] == ["4581"]
    assert doc.find(f".//{T}relatedItem") is None
