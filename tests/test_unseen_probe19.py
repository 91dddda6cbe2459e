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


def test_a_note_filed_under_an_embassy_lot_its_message_quoted_paragraph_by_paragraph(tmp_path):
    """FRUS's notes of the People's Commissar to the American Chargé: "Moscow Embassy Files: Lot
    F–96" over the heading is the post's files (the page was refused as no known layout), and the
    message the note transmits is printed as English prints a quotation over several paragraphs,
    each opened with a mark again and the last closed ('“I have received ...' / '“Unfortunately
    ...' / '“With sincere respect,' / 'Stalin.”'): one quote, the marks left out of the text, the
    letter's closing lines its closer; the note's own text under it."""
    [root] = convert(tmp_path, "frus-web-molotov-henderson-1942-12-09-embassy-lot-file-each-paragraph-quoted.txt").values()
    assert text(root.find(f".//{T}sourceDesc//{T}note[@type='source']")) == "Moscow Embassy Files: Lot F–96."
    div = root.find(f".//{T}div")
    quote = div.find(f"{T}quote[@rend='quoted']")
    paras = [text(p) for p in quote.iter(f"{T}p")]
    # (the message's heading is its head since round twenty: tests/test_unseen_probe20.py)
    assert text(quote.find(f".//{T}head")).startswith("Personal and Secret Message from Premier Stalin")
    assert paras[0].startswith("I have received your message") and paras[1].startswith("Unfortunately")
    assert not any(p[:1] in "“”" for p in paras)
    closer = quote.find(f".//{T}closer")
    assert text(closer.find(f"{T}signed")) == "Stalin." and closer.find(f"{T}salute") is not None
    assert text(div.findall(f"{T}p")[-1]).startswith("The message indicated")


def test_a_decimal_file_without_kind_and_a_quotation_whose_closing_mark_was_lost(tmp_path):
    """A decimal file whose subject names a year and whose number ends in a half, with no kind
    after it ("740.0011 European War 1939/26318½", as FRUS files a note): the file line, its
    number an idno; the message's paragraphs each opened with a mark after the paragraph that
    announces it, the copy having lost the mark that closes the last: the quotation ends with
    the last paragraph so opened, the note's own words under it not quoted."""
    [root] = convert(tmp_path, "frus-web-molotov-henderson-1942-12-17-decimal-file-without-kind-closing-mark-lost.txt").values()
    assert text(root.find(f".//{T}idno[@type='file']")) == "740.0011 European War 1939/26318½"
    div = root.find(f".//{T}div")
    # (the closing mark the copy lost kept in @rend since round twenty-two: no closing mark rendered)
    quote = div.find(f"{T}quote[@rend='quoted unclosed']")
    assert [text(p)[:12] for p in quote.findall(f"{T}p")] == ["I thank you ", "Our offensiv", "I send you m"]
    # (the salutation and the courtesy the opener's and the closer's since round twenty)
    assert [text(p)[:15] for p in div.findall(f"{T}p")] == ["I herewith comm", "The message ind"]
