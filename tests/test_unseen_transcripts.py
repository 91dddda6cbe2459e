"""Archival transcripts and cable lines the converter misread (a probe round's texts): the
routing and address lines of a deciphered cable's form ("From Pyongyang  Incoming No. 3318",
"To: Moscow, General Staff ...", "Received 18.6.52 at 23.40"), a rank under the signature, a
cable passed on by someone whose name stands under the sender's, a date the text looks ahead
to ("no longer than to 1 December"), and a record dated to some days of a month."""

from __future__ import annotations

from source_helpers import T, convert, lines, text


def one(tmp_path, name):
    [root] = convert(tmp_path, name).values()
    return root


def test_the_routing_and_address_lines_of_an_archival_transcript(tmp_path):
    """Under the stamp, copy and decipherment number: where the cable came from with the number
    it came in under (a routing line, its number the telegram's too), the office it went to
    ("To: Moscow, General Staff ..."), when it was received (the header's date of receipt) and
    the addressee ("To Comrade A. M. Vasilevsky."); all of them were paragraphs of the text."""
    root = one(tmp_path, "cable-razuvaev-vasilevsky-1952-07-12-archival-transcript-routing-lines.txt")
    opener = root.find(f".//{T}div/{T}opener")
    assert lines(opener) == [
        ("classification", "Copy No. 3"),
        ("form", "Ciphered telegram"),
        ("number", "Decipherment No. 15962"),
        ("transmission", "From Pyongyang Incoming No. 3741"),
        ("address", "To: Moscow, General Staff of the Soviet Army"),
        ("transmission", "Received 12.7.52 at 22.05"),
        ("address", "To Comrade A. M. Vasilevsky."),
    ]
    assert [p for p in root.iter(f"{T}p") if text(p).startswith(("To", "Received"))] == []
    numbers = [i.text for i in root.iterfind(f".//{T}sourceDesc/{T}bibl/{T}idno[@type='telegram']")]
    # the cable's own number (under the signature), not the cipher office's registry numbers
    # (incoming, decipherment, outgoing: see test_unseen_misc.py)
    assert numbers == ["0517"]
    # received when the routing line says, not when it was deciphered (the line under the text)
    received = root.find(f".//{T}correspAction[@type='received']/{T}date")
    assert received.get("when") == "1952-07-12T22:05:00"
    # the place of sending, from the routing line
    assert root.find(f".//{T}correspAction[@type='sent']/{T}placeName").get("ref") == "#pyongyang"


def test_a_rank_under_the_signature_is_the_signers(tmp_path):
    """"RAZUVAEV" / "Lieutenant General": the rank is the signer's, after an lb, not a second,
    nameless signer."""
    root = one(tmp_path, "cable-razuvaev-vasilevsky-1952-07-12-archival-transcript-routing-lines.txt")
    closer = root.find(f".//{T}div/{T}closer")
    signed = closer.findall(f"{T}signed")
    assert len(signed) == 1
    assert signed[0].find(f"{T}lb") is not None and signed[0].find(f"{T}lb").tail == "Lieutenant General"


def test_ranks_under_two_signatures(tmp_path):
    """"VASILEVSKY" / "Marshal of the Soviet Union" / "SHTEMENKO" / "General of the Army": two
    signers each with his rank (the closing lines were paragraphs: "General of the Army" is no
    name and no office the converter knew)."""
    root = one(tmp_path, "cable-vasilevsky-razuvaev-1952-08-27-rank-under-the-signature.txt")
    closer = root.find(f".//{T}div/{T}closer")
    assert [c.tag for c in closer] == [f"{T}signed", f"{T}signed", f"{T}dateline"]
    # (the name, then the rank after the lb)
    assert [(text(s.find(f"{T}persName")), text(s).replace(text(s.find(f"{T}persName")), "", 1))
            for s in closer.iterfind(f"{T}signed")] == [("VASILEVSKY", "Marshal of the Soviet Union"),
                                                       ("SHTEMENKO", "General of the Army")]
    assert [s.find(f"{T}lb") is not None for s in closer.iterfind(f"{T}signed")] == [True, True]
    assert not [p for p in root.iter(f"{T}p") if text(p) in ("VASILEVSKY", "General of the Army")]


def test_please_transmit_is_an_address_and_the_relayer_no_signer(tmp_path):
    """"Please transmit to Comrade Vyshinsky." heads the cable: an address line.  "Roshchin"
    under Zhou Enlai's signature, in a cable "via Roshchin": the one who passed it on (a note
    of its transmission), not a second signer."""
    root = one(tmp_path, "cable-zhou-vyshinsky-1951-11-02-via-roshchin-name-under-the-signature.txt")
    opener = root.find(f".//{T}div/{T}opener")
    assert opener is not None and lines(opener) == [("address", "Please transmit to Comrade Vyshinsky.")]
    closer = root.find(f".//{T}div/{T}closer")
    assert lines(closer) == [("signed", "Zhou Enlai"), ("transmission", "Roshchin"), ("dateline", "2.XI.51")]
    assert root.find(f".//{T}correspAction[@type='transmitted']/{T}persName").get("ref") == "#roshchin"
    assert root.find(f".//{T}correspAction[@type='sent']/{T}persName").get("ref") == "#zhou-enlai"


def test_a_date_the_text_looks_ahead_to(tmp_path):
    """A telegram of May 1952: the stocks "will last no longer than to 1 December" (1952, not
    1951) and "will be spent to 20 January" (1953)."""
    root = one(tmp_path, "cable-razuvaev-filippov-1952-05-14-supplies-last-no-longer-than.txt")
    dates = {d.text: d.get("when") for d in root.find(f".//{T}body").iter(f"{T}date")}
    assert dates["1 December"] == "1952-12-01"
    assert dates["20 January"] == "1953-01-20"


def test_the_record_date_of_some_days_keeps_them(tmp_path):
    """"February 12-14, 1951": the source description's date is those days, as the date of
    sending is (it was the month only)."""
    root = one(tmp_path, "cable-mao-filippov-1951-02-12-record-dated-to-three-days.txt")
    record = root.find(f".//{T}sourceDesc/{T}bibl/{T}date")
    assert (record.get("notBefore"), record.get("notAfter"), record.get("when")) == ("1951-02-12", "1951-02-14", None)
    assert record.text == "February 12-14, 1951"
    sent = root.find(f".//{T}correspAction[@type='sent']/{T}date")
    assert (sent.get("notBefore"), sent.get("notAfter")) == ("1951-02-12", "1951-02-14")
