"""Real pages, round eighteen: what the converter misread or refused for the wrong reason, each
with a source or a page of our own (the pages themselves are not ours to keep)."""

from __future__ import annotations

from source_helpers import T, convert, refused, text
from tei.messages import Report


def test_a_works_item_addressed_to_a_name_and_a_place_signed_by_two(tmp_path):
    """Lenin's works as PDF text: "Comrade Kamenev" / "London" over the text, no punctuation after
    the name, is the address and the place the addressee is at (both `seg type="address"`), not a
    salutation and a paragraph "London"; "Krestinsky, Lenin" signed by two: each a sender, the one
    the authority file lacks a provisional person, both names linked in the signature."""
    report = Report()
    [root] = convert(tmp_path, "compilation-pdf-lenin-kamenev-1920-08-24-address-with-place-two-signers.txt",
                     report=report).values()
    div = root.find(f".//{T}div")
    opener = div.find(f"{T}opener")
    assert [(el.tag, el.get("type"), text(el)) for el in opener] == [
        (f"{T}seg", "address", "Comrade Kamenev"), (f"{T}seg", "address", "London")]
    assert opener[1].find(f"{T}placeName").get("ref") == "#london"
    assert text(div.find(f"{T}p")).startswith("The Polish delegation")
    sent = root.find(f".//{T}correspAction[@type='sent']")
    assert [p.get("ref") for p in sent.findall(f"{T}persName")] == ["#lenin", "#unresolved-krestinsky"]
    signed = div.find(f"{T}closer/{T}signed")
    assert [p.get("ref") for p in signed.findall(f"{T}persName")] == ["#unresolved-krestinsky", "#lenin"]
    assert any(m.code == "unresolved-name" and "Krestinsky" in m.text and "signature" in m.text
               for m in report.messages)


WORKS_PAGE = """← Back to index

Message to F. Roosevelt (Correspondence Vol. 2, No. 41)

1943-03-16 Correspondence V2, No. 41, to Roosevelt

Your message concerning the shipments of the coming months received. I must point out that the reduction
of the convoys at this time causes us serious difficulties, as our armies are engaged in heavy fighting
on the whole front and the enemy has brought up fresh divisions from the west.
"""


def test_a_works_page_titled_by_its_addressee_alone_says_it_lacks_the_sender(tmp_path):
    """A page of the works on the web ("← Back to index"), its title naming the addressee alone
    ("Message to F. Roosevelt (Correspondence Vol. 2, No. 41)"), dated only by the site's line under
    it, unsigned: refused for what it lacks (the sender, the date of its own) and how to add them,
    not as a compilation whose headings are unread."""
    errors, written = refused(tmp_path, WORKS_PAGE)
    assert not written and len(errors) == 1
    message = errors[0].text
    assert "compilation" not in message and "no sender" in message
    assert "'Message from X to F. Roosevelt (Correspondence Vol. 2, No. 41)'" in message
    assert "March 16, 1943" in message and errors[0].line == 3


ORDER_PAGE = """Home Categories military affairs Selected Military Writings Volume Two

Chapter 12 Order to reinforce the Eastern Front Army

(March 3, 1951) Commanders of the armies and of the artillery divisions at all levels: (1) The 47th Army is to
move to the area north of the river and take over the defence of the line held by the 39th Army. (2) The artillery
divisions are to be ready to move at once, waiting for orders to be dispatched.
"""


def test_a_page_giving_an_order_is_said_to_be_one(tmp_path):
    """An e-book's chapter holding an order ("Chapter 12 Order to reinforce ...", "(March 3, 1951)"
    opening its text): refused as an order, not a telegram, with what to do, not as a page of no
    known layout."""
    errors, written = refused(tmp_path, ORDER_PAGE)
    assert not written and len(errors) == 1
    message = errors[0].text
    assert message.startswith("not a telegram: the page gives an order ('Order to reinforce the Eastern Front Army'")
    assert "none of the known layouts" not in message and errors[0].line == 3


DECRYPT_PAGE = """- 1 -

Station Cables, 1944

Cables Decrypted and Translated

Arranged for the reading room, 2012

- 2 -

Ref. No: 3/NBF/T1187

Copy No: 207

REPORT ON THE DELEGATION'S JOURNEY (1944)

From: NEW YORK

To: MOSCOW

No: 812 14

The delegation [3 groups unrecovered] leaves for the west coast at the end of the month and will remain there for some
weeks. Our man in it [2 groups unrecovered] will report by the usual channel.
"""


def test_a_decrypts_labelled_routing_under_front_matter_is_told_as_a_cable(tmp_path):
    """A transcribed decrypt: its routing labelled on two lines, "From: NEW YORK" / "To: MOSCOW",
    under the transcribers' front matter (below the page's first ten lines), no date or heading:
    refused as a cable's text under its routing, with what to add, not as a page of no layout."""
    errors, written = refused(tmp_path, DECRYPT_PAGE)
    assert not written and len(errors) == 1
    assert "('From: NEW YORK / To: MOSCOW', line 17)" in errors[0].text
    assert "none of the known layouts" not in errors[0].text
