"""Record pages of the Wilson Center Digital Archive as they are found on the web: the cable forms'
lines above the text (the letterhead, columns on one line, "Special no.", a routing line whose
space was lost, "Destination: ... To Whom: ...", "to NAME", "PLACE - OFFICE", a copy a line),
a salutation with the editor's letters inside a word, and the words the translator supplies in
brackets (a pronoun, a month)."""

from __future__ import annotations

from source_helpers import T, convert_one, lines, text

GROMYKO = "wilson-gromyko-roshchin-1950-03-17-mfa-form-letterhead-and-columns.txt"
SHTYKOV = "wilson-shtykov-vyshinsky-1950-02-13-general-staff-form-copy-lines.txt"
FILIPPOV = "wilson-filippov-zhou-1950-11-27-place-dash-office-and-form-address.txt"
LIU = "wilson-liu-filippov-1948-06-09-place-dash-office-bracketed-salutation.txt"


def test_mfa_form_letterhead_columns_and_form_address_are_the_opener(tmp_path):
    root = convert_one(tmp_path, GROMYKO)
    opener = root.find(f".//{T}div/{T}opener")
    assert lines(opener) == [
        ("classification", "MID USSR"),
        ("classification", "Tenth Department Top Secret"),
        ("number", "Special no. 212"),
        ("number", "Issuing No. 4471"),
        ("transmission", "Received on 1:40 am, 17 March 1950"),
        ("transmission", "Sent on 2:55 am, 17 March 1950"),
        ("address", "Destination: PEKING To Whom: SovAmbassador"),
    ]
    assert text(root.find(f".//{T}div/{T}p")).startswith("Visit Zhou Enlai")


def test_general_staff_form_copy_lines_and_routing_lines(tmp_path):
    root = convert_one(tmp_path, SHTYKOV)
    opener = lines(root.find(f".//{T}div/{T}opener"))
    assert opener[:5] == [
        ("classification", "Cable Strictly Secret"),
        ("distribution", "Copy Nº 1 Distribution list"),
        ("distribution", "Copy Nº 2 to Stalin"),
        ("distribution", "Copy Nº 3 to Molotov"),
        ("distribution", "Copy Nº 4 to file"),
    ]
    assert opener[5:] == [
        ("transmission", "From Pyongyang.Sent 13.2.50 09:10"),
        ("transmission", "Received 13.2 13:45"),
        ("transmission", "Sent to the 8th Department of the General Staff of the Armed Forces 13.2 13:58"),
        ("number", "Spets. Nº 118"),
        ("classification", "By telegraph"),
        ("address", "To Vyshinsky."),
        ("number", "To No. 77/sh."),
    ]
    sent = root.find(f".//{T}correspAction[@type='sent']")
    assert sent.find(f"{T}placeName").get("ref") == "#pyongyang"
    assert sent.find(f"{T}date").get("when") == "1950-02-13"
    # the number of the cable it answers is not its own
    assert "77/sh" not in [i.text for i in root.iter(f"{T}idno") if i.get("type") == "telegram"]


def test_outgoing_form_columns_place_with_editors_word_and_lower_case_to(tmp_path):
    root = convert_one(tmp_path, FILIPPOV)
    assert lines(root.find(f".//{T}div/{T}opener")) == [
        ("classification", "COPY OF AN OUTGOING TELEGRAM TOP SECRET"),
        ("number", "CABLE Nº 6120"),
        ("address", "BEIPING sic"),
        ("address", "to ROSHCHIN"),
        ("address", "Pass the following to Cde. ZHOU ENLAI:"),
    ]
    assert root.find(f".//{T}correspAction[@type='transmitted']/{T}persName").get("ref") == "#roshchin"
    supplied = root.find(f".//{T}quote//{T}supplied")
    assert supplied is not None and supplied.text == "We"


def test_place_dash_office_and_salutation_with_editors_letters(tmp_path):
    root = convert_one(tmp_path, LIU)
    opener = root.find(f".//{T}div/{T}opener")
    assert lines(opener) == [
        ("form", "CIPHERED TELEGRAM"),
        ("address", "MOSCOW - SOVIET GOVERNMENT"),
        ("address", "To transmit to Comrade FILIPPOV"),
        ("salute", "Comrade Filippov Stalin:"),
    ]
    p = root.find(f".//{T}div/{T}p")
    # a month and a pronoun the translator supplies: words supplied, not names identified
    assert [s.text for s in p.iter(f"{T}supplied")] == ["June", "June", "I"]
    assert p.find(f".//{T}gloss") is None
