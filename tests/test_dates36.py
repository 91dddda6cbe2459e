"""Round 36's holes: dates with a space either side of their separators or with a month in small
roman figures ("12 . 3 . 1949", "12-iii-1949"), in the dateline and in the running text; a Markdown
paragraph wrapped at an uneven place ("... sent to Comrade" / "Liu Shaoqi ..."), one paragraph, the
lines that stand apart kept apart; a cable form's columns glued in capitals ("SOVIET AMBASSADORSENT
03:15"). Our own invented texts in the style of the translations."""

from __future__ import annotations

import pytest
from lxml import etree

from source_helpers import T
from tei.dates import find_dates
from test_unseen_conv35 import converted


@pytest.mark.parametrize("line, said, when", [
    ("On 12 . 3 . 1949 the delegation left for Moscow.", "12 . 3 . 1949", "1949-03-12"),
    ("Your telegram of 12 . III . 1949 has been received.", "12 . III . 1949", "1949-03-12"),
    ("On 12-iii-1949 we received the answer of the CC.", "12-iii-1949", "1949-03-12"),
    ("The agreement signed on 5.xi.1949 stands.", "5.xi.1949", "1949-11-05"),
    ("the talks of 12 - III - 1949 with Kovalev", "12 - III - 1949", "1949-03-12"),
    ("as reported on 12 / III / 1949,", "12 / III / 1949", "1949-03-12"),
    ("the telegram of 12.III.49 from Peking", "12.III.49", "1949-03-12"),
    ("handed over on 12/III/1949 at the Kremlin", "12/III/1949", "1949-03-12"),
    ("the cable of 12-iii-49 from Pyongyang", "12-iii-49", "1949-03-12"),
    ("from 3-5.ii.49 the talks went on", "3-5.ii.49", None),  # (a span: from/to below)
])
def test_spaced_and_small_roman_dates_in_running_text(line, said, when):
    [found] = find_dates(line, "1949-03-20")
    assert line[found.start:found.end] == said
    if when:
        assert found.value.when == when
    else:
        assert (found.value.from_, found.value.to) == ("1949-02-03", "1949-02-05")


@pytest.mark.parametrize("line, said, days", [
    ("from 5 - 7 . II . 49 the talks", "5 - 7 . II . 49", ("1949-02-05", "1949-02-07")),
    ("from 5-7 . II . 49 the talks", "5-7 . II . 49", ("1949-02-05", "1949-02-07")),
    ("from 5 - 7 . III . 1949 the talks", "5 - 7 . III . 1949", ("1949-03-05", "1949-03-07")),
    ("on 5 - 7 . 3 . 1949 in Moscow", "5 - 7 . 3 . 1949", ("1949-03-05", "1949-03-07")),
    ("to be completed by 5 - 7 . II. and reported", "5 - 7 . II.", ("1949-02-05", "1949-02-07")),
])
def test_a_span_of_days_with_spaced_separators_is_the_span(line, said, days):
    """The days' span read whole, as the single dates read their spaced separators (else the last day
    alone was read as the date, "7 . II . 49", or nothing)."""
    [found] = find_dates(line, "1949-03-20")
    assert line[found.start:found.end] == said
    assert (found.value.when, found.value.from_, found.value.to) == ("", *days)


@pytest.mark.parametrize("line", [
    "Point 2.v.49 of the plan", "clause 2.ii.48 of the treaty", "paragraph 4.ix.52 says",
    "sub-points 4.iv.50 and 4.v.50 of the plan", "paragraphs 3-5.ii.49 of the draft", "see items 1, 2.iii.49",
])
def test_a_point_numbered_in_small_roman_is_no_date_even_near_the_year(line):
    """A year within ten of the telegram's (1949) does not make a point's numbers a date."""
    assert find_dates(line, "1949-03-20") == []


@pytest.mark.parametrize("line", [
    "Peking, 12 . 3 . 1949", "Moscow, 12-iii-1949", "12 . III . 1949", "Moscow, 12.III.49", "12/III/1949",
    "12 . 3 . 49",  # (a short date with its stops spaced: a date where it stands alone, as "12.3.49" is)
])
def test_spaced_and_small_roman_dates_alone_on_their_line(line):
    [found] = find_dates(line, "1949-03-20")
    assert found.value.when == "1949-03-12" and line[found.end:] == ""


@pytest.mark.parametrize("line", [
    "Install version 1.2.3 of the cipher tables.",
    "See pages 12 - 13 of the report.",
    "RGASPI, f. 45, op. 1, d. 331, ll. 12-13.",
    "Call 12-34-56 or 2-13-49 at the embassy.",
    "The rate rose to 3 . 5 per cent.",
    "The index fell from 12 . 3 . 49 per cent",  # (a short date in the running text: none)
    "the points 1.ii.3 and 2.iv of the draft",
    "see point 3.iv.12 of the draft",  # (a small roman month's two-figure year only near the telegram's)
    "the days 3-5.ii.12 of the plan",
    "section 12 . 13 . 1949 of the code",  # (no 13th month)
    "the ratio 5 - 3 - 2 of the forces",
])
def test_no_date_in_numbers_that_are_none(line):
    assert find_dates(line, "1949-03-20") == []


def _works(tmp_path, dateline: str, body: str):
    """A telegram of collected works, its dateline under the signature, converted: the TEI root."""
    [root], _ = converted(tmp_path, "works-stalin-mao-1949-spaced-date.txt", (
        "TO COMRADE MAO TSE-TUNG\nJ. V. Stalin, Works, Vol. 16, Moscow: Pisatel, 1997, p. 45.\n\n"
        f"Comrade Mao Tse-tung,\n\n{body}\n\nJ. STALIN\n\n{dateline}\n"))
    return root


@pytest.mark.parametrize("dateline", ["12 . 3 . 1949", "Moscow, 12-iii-1949", "12 . III . 1949"])
def test_a_spaced_or_small_roman_dateline_dates_the_telegram(tmp_path, dateline):
    root = _works(tmp_path, dateline, "We have received your telegram of 10 . III . 1949 on the grain.")
    sent = root.find(f".//{T}correspAction[@type='sent']/{T}date")
    assert sent is not None and sent.get("when") == "1949-03-12"
    dates = [(d.text, d.get("when")) for d in root.find(f"{T}text").iter(f"{T}date")]
    assert ("10 . III . 1949", "1949-03-10") in dates and (dateline.removeprefix("Moscow, "), "1949-03-12") in dates, dates


MARKDOWN_HEAD = """# Telegram, Mao Zedong to Filippov [Stalin]

**Date:** February 9, 1949

**Citation:** "Telegram, Mao Zedong to Filippov [Stalin]," February 9, 1949, History and Public Policy Program Digital Archive, APRF, f. 39, op. 1, d. 31, l. 89. Translated by Sergey Radchenko. https://digitalarchive.wilsoncenter.org/document/113391

**Summary:** Mao reports on the draft sent to Liu Shaoqi.

**Original Language:** Russian

## English Translation

"""


def _markdown(tmp_path, text: str):
    """A Markdown copy of a record with the given text converted: (the text's paragraphs, the opener's
    and closer's lines, the list items), each as its words."""
    [root], _ = converted(tmp_path, "telegram-mao-filippov-1949-02-09-wrapped.md", MARKDOWN_HEAD + text)
    div = root.find(f"{T}text//{T}div")

    def words(el):
        return " ".join("".join(el.itertext()).split())
    paragraphs = [words(p) for p in div.iter(f"{T}p")]
    framing = [(etree.QName(el).localname, words(el)) for part in (div.find(f"{T}opener"), div.find(f"{T}closer"))
               if part is not None for el in part]
    items = [words(i) for i in div.iter(f"{T}item")]
    return paragraphs, framing, items


def test_a_markdown_paragraph_wrapped_unevenly_is_one_paragraph(tmp_path):
    """"... sent to Comrade" / "Liu Shaoqi on February 8, ...": a soft line break in a Markdown
    paragraph (it began a paragraph: the next line in capitals, the line above short of the width)."""
    paragraphs, framing, _ = _markdown(tmp_path, (
        "Comrade Filippov,\n\n"
        "The draft of the agreement on the railway was sent to Comrade\n"
        "Liu Shaoqi on February 8, and he will bring it with him to Moscow. We ask you to look it over\n"
        "before his arrival.\n\n"
        "Our troops have taken the town of Bengbu, and the Kuomintang armies are retreating towards\n"
        "Nanjing.\n\nMao Zedong\n\n9 February 1949\n"))
    assert paragraphs == [
        "The draft of the agreement on the railway was sent to Comrade Liu Shaoqi on February 8, and he will bring "
        "it with him to Moscow. We ask you to look it over before his arrival.",
        "Our troops have taken the town of Bengbu, and the Kuomintang armies are retreating towards Nanjing."]
    assert ("signed", "Mao Zedong") in framing and ("dateline", "9 February 1949") in framing


def test_markdown_lines_that_stand_apart_stay_apart(tmp_path):
    """Without blank lines between them, the address, a heading, list items, the signature and the
    dateline each stand on their own (a line in capitals, a short line, one after a sentence's end or
    a heading's mark, a list item's marker: no soft break joins them)."""
    paragraphs, framing, items = _markdown(tmp_path, (
        "TOP SECRET\nTo Comrade Filippov\n\n"
        "We have received your telegram about the delegation and the dates of its arrival\n"
        "### Our questions\n"
        "We ask you to tell us your opinion on the following questions of the negotiations:\n"
        "- the credit of three hundred million dollars for the railway and the coal mines\n"
        "- the date of the delegation's departure for Moscow from Peking by the railway\n\n"
        "Please reply by the end of the month, so that the Political Bureau can meet on\n"
        "the questions.\nMao Zedong\nPeking, 9 February 1949\n"))
    # (the heading a paragraph of its own, between the lines it stood between)
    assert paragraphs[:3] == ["We have received your telegram about the delegation and the dates of its arrival",
                              "Our questions",
                              "We ask you to tell us your opinion on the following questions of the negotiations:"], paragraphs
    assert framing[:2] == [("seg", "TOP SECRET"), ("seg", "To Comrade Filippov")], framing
    assert "Please reply by the end of the month, so that the Political Bureau can meet on the questions." in paragraphs
    assert [i for i in items if "credit" in i or "departure" in i] == [
        "the credit of three hundred million dollars for the railway and the coal mines",
        "the date of the delegation's departure for Moscow from Peking by the railway"], items
    assert ("signed", "Mao Zedong") in framing, framing
    assert any(kind == "dateline" and "9 February 1949" in words for kind, words in framing), framing


_GREETING = "Comrade Filippov,\n\nWe have received the draft of the agreement on the railway.\n"


@pytest.mark.parametrize("text, line, kind", [
    # a closing ending in a comma over its signature
    (_GREETING + "\nWith comradely greetings and best wishes for your good health,\nMao Zedong\n", "Mao Zedong", "signed"),
    # a signature's title over the name
    (_GREETING + "\nRepresentative of the CC of the CPSU(b) with the CC of the CCP\nI. Kovalev\n", "I. Kovalev", "signed"),
    ("Comrade Kim Il Sung,\n\nThe aircraft have left for Pyongyang.\n\nHead of the Soviet military mission in Korea\n"
     "Lieutenant General Shtykov\n", "Lieutenant General Shtykov", "signed"),
    # a copy list's lines, a transmission's lines
    (_GREETING + "\nMao Zedong\n\nCopy no. 1 to Comrade Stalin, copy no. 2 to Comrade Molotov\nCopy no. 3 to Comrade Malenkov\n",
     "Copy no. 3 to Comrade Malenkov", "seg"),
    (_GREETING + "\nMao Zedong\n\nSent by wire from Peking to Moscow at 03:15 on 9 February 1949\nReceived 9.II.49 at 10:20\n",
     "Received 9.II.49 at 10:20", "seg"),
    # a signature or a dateline under the text's last line
    (_GREETING + "Please convey our greetings to all the comrades of the Political Bureau\nMao Zedong\n", "Mao Zedong", "signed"),
    ("Comrade Filippov,\n\nWe have received the draft of the agreement on the railway and will send the comrades\n"
     "Peking, 9 February 1949\n", "Peking, 9 February 1949", "dateline"),
    # a salutation ending in a comma over the text, a bold line alone (a heading) over it
    ("To Comrade Stalin and to the members of the Political Bureau,\nWe have received the draft of the agreement on the railway.\n"
     "\nMao Zedong\n", "We have received the draft of the agreement on the railway.", "p"),
    ("**Telegram from Mao Zedong to Stalin about the railway agreement**\n"
     "We have sent the draft of the agreement to Comrade Liu Shaoqi.\n\nMao Zedong\n",
     "We have sent the draft of the agreement to Comrade Liu Shaoqi.", "p"),
])
def test_a_markdown_line_that_is_a_part_of_its_own_stays_apart_under_a_long_line(tmp_path, text, line, kind):
    """A soft line break under a line that ends where a closing, a title, a copy list, a transmission
    line, a salutation or a heading ends (a comma, a name, a figure: no word that needs words after it)
    keeps the lines apart: each still the part it was (the closing's signature, the opener's segment, ...)."""
    paragraphs, framing, _ = _markdown(tmp_path, text)
    if kind == "p":
        assert line in paragraphs, paragraphs
    elif kind == "seg":
        assert ("seg", line) in framing, framing
    else:
        assert any(part == kind and line in words for part, words in framing), framing
    if kind != "p":
        assert not any(line in p for p in paragraphs), paragraphs


def test_a_markdown_line_ending_in_a_word_that_needs_more_goes_on_even_when_short(tmp_path):
    """"We have sent the draft to" / "Liu Shaoqi, ...": a short line above, but its last word needs the
    words below (it was two paragraphs)."""
    paragraphs, framing, _ = _markdown(tmp_path, "Comrade Filippov,\n\nWe have sent the draft to\n"
                                                 "Liu Shaoqi, who will bring it to Moscow.\n\nMao Zedong\n")
    assert paragraphs == ["We have sent the draft to Liu Shaoqi, who will bring it to Moscow."]
    assert ("signed", "Mao Zedong") in framing


def test_soft_breaks_are_the_lines_inside_a_markdown_paragraph():
    from tei.sources.wilson import soft_breaks

    text = ("---\ntitle: x\n---\n# Heading\nline one of a paragraph\nline two of it  \nline three after a hard break\n"
            "Title\n=====\n> quoted one\n> quoted two\nnot quoted\n- item\ngoes on\n| a | b |\n| c | d |\nlast\\\nafter")
    assert sorted(soft_breaks(text)) == [6, 11, 14]  # ("line two", "> quoted two", "goes on": a lazy item's line)


def test_no_soft_break_inside_a_fence_an_html_block_or_a_table():
    """In a fenced code block, an HTML block and a table a line break is the line's own (CommonMark);
    the paragraph's lines around them are still soft."""
    from tei.sources.wilson import soft_breaks

    text = ("para one\n\n```\nSENT 03:15 Peking to\nthe ministry in Moscow\n```\ntext a\ntext b\n\n"
            "~~~\nfirst in a tilde fence\nsecond\n~~~\n\n<div>\nfirst\nsecond\n</div>\n\n"
            "row a | row b\n--- | ---\nc | d\ne | f\n\nplain one\nplain two")
    lines = text.split("\n")
    assert [lines[n - 1] for n in sorted(soft_breaks(text))] == ["text b", "plain two"]


@pytest.mark.parametrize("previous, line, goes_on", [
    ("The draft of the agreement on the railway was sent to Comrade", "Liu Shaoqi on February 8.", True),
    ("The Kuomintang armies are retreating in disorder towards the", "Yangtze and Nanjing.", True),
    ("Marshal of the Soviet Union A. Vasilevsky", "General of the Army S. Shtemenko", False),  # (a signature block)
    ("Chairman of the Central People's Government of the PRC", "Mao Zedong", False),
    ("We ask you to reply on the following questions:", "The credit.", False),
    # (after a sentence's end a line break stays, as the copies' own lines show: the typist's paragraph ends there)
    ("The delegation left on the 5th.", "It will arrive in Moscow on the 9th.", False),
    ("Report daily", "Vasilevsky", False),  # (a signature under its text's last word)
    ("We have sent the draft to", "Liu Shaoqi, who will bring it to Moscow.", True),  # (short, but "to" needs more)
    ("With comradely greetings and best wishes for your good health,", "Mao Zedong", False),
    ("Representative of the CC of the CPSU(b) with the CC of the CCP", "I. Kovalev", False),
    ("Head of the Soviet military mission in Korea", "Lieutenant General Shtykov", False),
    ("To Comrade Stalin and to the members of the Political Bureau,", "We have received the draft.", False),
    ("Copy no. 1 to Comrade Stalin, copy no. 2 to Comrade Molotov", "Copy no. 3 to Comrade Malenkov", False),
    ("Sent by wire from Peking to Moscow at 03:15 on 9 February 1949", "Received 9.II.49 at 10:20", False),
    ("We have received the draft of the agreement and will send the comrades", "Peking, 9 February 1949", False),
    ("We have received your telegram about the delegation and the", "TOP SECRET", False),
    ("We have received your telegram about the delegation and the", "1. The credit", False),
    ("We have received your telegram about the delegation and its", "for Comrade Filippov", False),
])
def test_a_soft_break_goes_on_where_the_sentence_does(previous, line, goes_on):
    from tei.sources.base import soft_break_goes_on

    assert soft_break_goes_on(previous, line) is goes_on


@pytest.mark.parametrize("line, columns", [
    ("PYONGYANG, SOVIET AMBASSADORSENT 03:15 4.IX.50", ["PYONGYANG, SOVIET AMBASSADOR", "SENT 03:15 4.IX.50"]),
    ("MOSCOW, MIDRECEIVED 28.VIII.50", ["MOSCOW, MID", "RECEIVED 28.VIII.50"]),
    ("PEKING, KREMLINDELIVERED AT 14:30", ["PEKING, KREMLIN", "DELIVERED AT 14:30"]),
    ("TO MOSCOW, MIDCOPY NO. 3", ["TO MOSCOW, MID", "COPY NO. 3"]),
    ("RECEIVED 12.1.49AT 14:30", ["RECEIVED 12.1.49 AT 14:30"]),  # (a figure run into "AT": the space back)
    # never a word that ends in a routing word, nor one with no time, date or number after it
    ("PRESENT 03:15", None), ("TOTAL PRESENT 12.1.49", None), ("UNDELIVERED 12.1.49", None), ("DISSENT 12.1.49", None),
    ("PHOTOCOPY 2", None), ("AMBASSADORSENTINEL 3", None), ("SOVIET AMBASSADORSENT TO MOSCOW", None),
    ("THE TELEGRAM WAS SENT 03:15", None), ("RECEIVED 12.1.49 AT 14:30", None),
    # an English prefix before the routing word makes one word, whatever word it is (a rule, not a list)
    ("TELEGRAM MISSENT 12.1.49", None), ("TELEGRAM NONDELIVERED 12.1.49", None), ("MISDELIVERED 12.1.49", None),
    ("UNTRANSMITTED 12.1.49", None), ("FORESENT 1949", None), ("REDELIVERED AT 14:30", None), ("MICROCOPY 4", None),
    ("CONSENT 12.1.49", None), ("ABSENT 12.1.49", None), ("MISREPRESENT 1949", None),
    # the glued capitals split where the line has small letters elsewhere ("No.", "hrs", "(from Peking)")
    ("TO MOSCOW, MIDCOPY No. 3", ["TO MOSCOW, MID", "COPY No. 3"]),
    ("PYONGYANG, SOVIET AMBASSADORSENT 03:15 4.IX.50 No. 1234/sh",
     ["PYONGYANG, SOVIET AMBASSADOR", "SENT 03:15 4.IX.50 No. 1234/sh"]),
    ("SOVIET AMBASSADORSENT 03:15 hrs", ["SOVIET AMBASSADOR", "SENT 03:15 hrs"]),
    ("MOSCOW, MIDRECEIVED 28.VIII.50 (from Peking)", ["MOSCOW, MID", "RECEIVED 28.VIII.50 (from Peking)"]),
    ("the McDONALDSENT 12.1.49", None),  # (capitals ending a word begun in small letters: no column)
])
def test_columns_glued_in_capitals(line, columns):
    """A cable form's columns run together in capitals, no change of case at the seam: split where
    the routing word has its column's time, date or number after it and the capitals it ends are no
    word with them (an English prefix, a word's head before "SENT"); a date run into the "AT" of its time set apart."""
    from tei.sources.model import Block
    from tei.transforms.structure import _columns_glued

    assert [b.text for b in _columns_glued([Block(line, 1)])] == (columns or [line])


def test_a_capitals_column_glued_in_a_cable_is_read_as_apart(tmp_path):
    """The form's address run into its "SENT" column, all in capitals: the address and the time of
    sending each a line of the opener, the date read with its time."""
    from test_unseen_conv35 import _cable, _opener

    [doc], _ = converted(tmp_path, "cable-fyn-si-kim-il-sung-1950-09-04-capitals.txt",
                         _cable("PYONGYANG, SOVIET AMBASSADORSENT 03:15 4.IX.50"))
    assert _opener(doc) == [("address", "PYONGYANG, SOVIET AMBASSADOR"), ("transmission", "SENT 03:15 4.IX.50")]
    assert doc.find(f".//{T}opener/{T}seg[@type='transmission']/{T}date").get("when") == "1950-09-04T03:15:00"
