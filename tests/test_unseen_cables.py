"""Cable forms of the Wilson Center's record pages the converter read poorly: a "COPY OF AN
OUTGOING TELEGRAM" with the relaying ambassador's instruction and the registry's lines under it,
a letter quoted in straight quotation marks with "Two copies printed.", a routing line the page
cut over two lines and the archive's "Spravka", a letter that greets and signs on one line and
"Confirm receipt." under it, and a cable form of 1950 dated month first ("10/14/50") and signed
letter-spaced ("S H T Y K O V")."""

from __future__ import annotations

import pytest

from source_helpers import T, convert, lines, text


@pytest.fixture(scope="module")
def docs(tmp_path_factory):
    return convert(tmp_path_factory.mktemp("cables"),
                   "cable-filippov-mao-1950-07-19-copy-of-an-outgoing-telegram-relay-postscript-registry.txt",
                   "cable-roshchin-filippov-1950-09-27-straight-quoted-letter-two-copies-printed.txt",
                   "cable-roshchin-mfa-1951-02-21-routing-line-over-two-lines-spravka.txt",
                   "cable-filippov-krasovsky-1952-03-11-greetings-and-signature-on-one-line-confirm-receipt.txt",
                   "cable-shtykov-fengxi-1950-11-09-cable-form-us-dates-letter-spaced-signature.txt")


def _div(docs, key):
    return docs[key].find(f".//{T}div")


def test_copy_of_an_outgoing_telegram_opens_with_its_form_lines(docs):
    div = _div(docs, "tg-1950-07-19-stalin-mao-wilson-center-129901")
    assert lines(div.find(f"{T}opener")) == [
        ("form", "COPY OF AN OUTGOING TELEGRAM"), ("classification", "Copy Nº 2"),
        ("number", "CABLE Nº 3147"), ("classification", "BY CIPHER"), ("classification", "by telegraph"),
        ("address", "PEKING, TO THE SOVIET AMBASSADOR"), ("address", "Pass the following to MAO ZEDONG:"),
        ("address", "“To Cde. MAO ZEDONG.")]
    first = div.find(f"{T}p")
    assert first.get("n") == "1" and text(first).startswith("Your telegram about the training")


def test_relay_instruction_is_a_signed_postscript_and_the_registry_lines_are_the_closer(docs):
    div = _div(docs, "tg-1950-07-19-stalin-mao-wilson-center-129901")
    closer = div.find(f"{T}closer")
    assert lines(closer) == [
        ("salute", "Greetings to the friends!"), ("dateline", "19 July"), ("signed", "FILIPPOV Stalin"),
        ("annotation", "stamp: Incoming Nº 2215/shs 20 July 1950"),
        ("transmission", "sent in two copies from an original"), ("transmission", "by Ivanova Nº 1893"),
        ("transmission", "20 July 1950")]
    ps = div.find(f"{T}postscript")
    assert text(ps.find(f"{T}p")).startswith("for Cde. ROSHCHIN: please acquaint")
    assert lines(ps.find(f"{T}closer")) == [("signed", "FILIPPOV")]
    # the registry's date is not the telegram's
    sent = docs["tg-1950-07-19-stalin-mao-wilson-center-129901"].find(f".//{T}correspAction[@type='sent']/{T}date")
    assert sent.get("when") == "1950-07-19"


def test_letter_in_straight_quotes_has_its_salutation_and_signature(docs):
    div = _div(docs, "tg-1950-09-27-roshchin-stalin-wilson-center-129902")
    letter = div.find(f"{T}quote/{T}floatingText/{T}body")
    assert lines(letter.find(f"{T}opener")) == [("salute", "To Cdes. Filippov and Liu Shaoqi.")]
    assert text(letter.find(f"{T}p")).startswith("I have read the plan")
    assert lines(letter.find(f"{T}closer")) == [("signed", "Mao Zedong.")]
    assert lines(div.find(f"{T}closer")) == [
        ("number", "Nº 2290"), ("dateline", "27 September 1950."),
        ("transmission", "Three copies printed. Nº 3 to file.")]


def test_routing_line_over_two_lines_and_the_spravka(docs):
    div = _div(docs, "tg-1951-02-21-roshchin-soviet-mfa-wilson-center-129903")
    assert lines(div.find(f"{T}opener"))[1:] == [
        ("transmission", "From BEIJING No. 1577 23 hours 40 minutes, 21.2.1951"), ("number", "Special No. 71")]
    assert lines(div.find(f"{T}closer")) == [("dateline", "21.2.51"), ("signed", "ROSHCHIN")]
    note = div[-1]
    assert note.tag == T + "note" and note.findtext(f"{T}label") == "Spravka"
    assert all(not text(p).startswith("Spravka") for p in div.iter(T + "p"))


def test_greeting_and_signature_on_one_line_and_closing_instructions(docs):
    doc = docs["tg-1952-03-11-stalin-mao-wilson-center-129904"]
    div = doc.find(f".//{T}div")
    assert [t for t, _ in lines(div.find(f"{T}opener"))] == [
        "number", "classification", "classification", "address", "address", "address"]
    letter = div.find(f"{T}quote/{T}floatingText/{T}body")
    assert lines(letter.find(f"{T}opener")) == [("salute", "Comrade MAO ZEDONG.")]
    assert lines(letter.find(f"{T}closer")) == [("salute", "With greetings."), ("signed", "FILIPPOV Stalin.")]
    assert lines(div.find(f"{T}closer")) == [
        ("salute", "Confirm receipt."), ("salute", "Telegraph the fulfillment."), ("number", "No. 118/III")]


def test_for_title_makes_the_one_it_is_for_the_recipient(docs):
    doc = docs["tg-1952-03-11-stalin-mao-wilson-center-129904"]
    received = doc.find(f".//{T}correspAction[@type='received']/{T}persName")
    transmitted = doc.find(f".//{T}correspAction[@type='transmitted']/{T}persName")
    assert received.get("ref") == "#mao" and transmitted.get("ref") == "#krasovsky"


def test_cable_form_with_us_dates_and_a_letter_spaced_signature(docs):
    doc = docs["tg-1950-11-09-shtykov-stalin-wilson-center-129905"]
    div = doc.find(f".//{T}div")
    opener = div.find(f"{T}opener")
    assert [t for t, _ in lines(opener)] == ["number", "transmission", "transmission", "transmission", "transmission",
                                             "transmission", "distribution", "address"]
    # month first: 11/09/50 is 9 November, with its time
    assert [d.get("when") for d in opener.iter(T + "date")] == [
        "1950-11-09T02:20:00", "1950-11-09T05:41:00", "1950-11-09T06:05:00", "1950-11-09T06:50:00"]
    assert "#molotov" in [p.get("ref") for p in opener.iter(T + "persName")]
    signed = div.find(f"{T}closer/{T}signed")
    assert text(signed) == "S H T Y K O V" and signed.find(f"{T}persName").get("ref") == "#shtykov"
    received = doc.find(f".//{T}correspAction[@type='received']/{T}date")
    assert received.get("when") == "1950-11-09T05:41:00"
