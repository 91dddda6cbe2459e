"""Real pages, round nineteen: what the converter misread, each with a source or a page of our
own (the pages themselves are not ours to keep)."""

from __future__ import annotations

from source_helpers import T, convert, text


def _parts(root):
    div = root.find(f".//{T}div")
    return div, div.findall(f"{T}floatingText")


def test_messages_a_message_encloses_dated_above_their_headings(tmp_path):
    """The wartime correspondence as one page ("No. 381" / "January 3, 1945" / "Personal and
    Secret from ..."): a message that says "I enclose ... the two messages I sent to the
    President" prints them under its text, each dated above its own heading.  Each is a text of
    its own (`floatingText type="enclosure"`: its head with its parties tagged, its date the
    opener's dateline, its paragraphs); its date is not the telegram's dateline (no false note of
    a discrepancy in the header) and its lines are not the telegram's paragraphs."""
    [root] = convert(tmp_path, "compilation-wartime-correspondence-1945-enclosed-messages-dated-above.txt").values()
    div, enclosed = _parts(root)
    sent = root.find(f".//{T}correspAction[@type='sent']")
    assert sent.find(f"{T}date").get("when") == "1945-03-14" and sent.find(f"{T}note") is None
    assert [text(p) for p in div.findall(f"{T}p")][-1] == "I send you my best wishes."
    assert div.find(f"{T}closer") is None
    assert [e.get("type") for e in enclosed] == ["enclosure", "enclosure"]
    first, second = (e.find(f"{T}body") for e in enclosed)
    head = first.find(f"{T}head")
    assert text(head).startswith("Personal and Secret from Premier J. V. Stalin to the President")
    assert [p.get("ref") for p in head.iter(f"{T}persName")] == ["#stalin", "#roosevelt"]
    assert first.find(f"{T}opener/{T}dateline/{T}date").get("when") == "1945-02-27"
    assert second.find(f"{T}opener/{T}dateline/{T}date").get("when") == "1945-03-08"
    assert len(first.findall(f"{T}p")) == 2 and text(second.find(f"{T}p")).startswith("I have received your message")


def test_messages_a_message_encloses_dated_under_their_text(tmp_path):
    """The volume's other layout, each message dated under its text: the date above the first
    enclosed heading closes the telegram (its closer, after the enclosures), each enclosure's
    date under its text its own closer's; the President's reply, a party named before his name
    ("from the President, Mr F. Roosevelt, to Marshal J. V. Stalin"), a heading too."""
    [root] = convert(tmp_path, "compilation-wartime-correspondence-1945-enclosed-messages-dated-below.txt").values()
    div, enclosed = _parts(root)
    assert div.find(f"{T}closer/{T}dateline/{T}date").get("when") == "1945-04-19"
    assert div[-1].tag == f"{T}closer"
    assert [e.find(f"{T}body/{T}closer/{T}dateline/{T}date").get("when") for e in enclosed] == ["1945-04-11", "1945-04-16"]
    assert [p.get("n") for p in enclosed[0].iter(f"{T}p")] == [None, "1", "2"]
    assert [p.get("ref") for p in enclosed[1].find(f"{T}body/{T}head").iter(f"{T}persName")] == ["#roosevelt", "#stalin"]
    assert [text(p) for p in div.findall(f"{T}p")][-1].startswith("I hope that we shall find")
    assert "floatingText type=\"enclosure\"" in text(root.find(f".//{T}editorialDecl/{T}quotation"))
