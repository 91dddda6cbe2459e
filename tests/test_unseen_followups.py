"""Known gaps of the converter and the editions, closed: a salutation run into the first
paragraph, an item heading in a form not read run on in the item before, a record's warnings
said once for each of its cables, who obtained a record in the HTML panel, a journal issue
dated to a season, the editorial declaration naming what the recent passes do."""

from __future__ import annotations

import pytest
from lxml import etree
from lxml import html as lxml_html

from source_helpers import SOURCES, T, convert, lines, text
from tei.messages import Report


def one(tmp_path, name):
    [root] = convert(tmp_path, name).values()
    return root


# --- 1. a salutation run into the first paragraph -------------------------------------------

def test_a_salutation_run_into_the_first_paragraph_is_the_salute(tmp_path):
    """"Comrade Mao Zedong! The Soviet government has received ..." and "Dear Comrade Stalin, I
    have received ...": the salutation the opener's salute, the rest the first paragraph (it
    stayed in the paragraph, and the opener had no salute)."""
    root = one(tmp_path / "a", "cable-filippov-mao-1951-07-17-salutation-run-into-the-first-paragraph.txt")
    div = root.find(f".//{T}div")
    assert lines(div.find(f"{T}opener")) == [("number", "Ciphered Telegram No. 3921"),
                                            ("address", "Beijing, Soviet Ambassador."),
                                            ("address", "For Mao Zedong."), ("salute", "Comrade Mao Zedong!")]
    first = div.find(f"{T}p")
    assert text(first).startswith("The Soviet government has received your telegram of 16 July")
    assert first.find(f"{T}date").get("when") == "1951-07-16"

    root = one(tmp_path / "b", "works-mao-stalin-1951-02-14-dear-comrade-run-into-the-first-paragraph.txt")
    div = root.find(f".//{T}div")
    assert lines(div.find(f"{T}opener")) == [("salute", "Dear Comrade Stalin,")]
    assert div.find(f"{T}opener/{T}salute/{T}persName").get("ref") == "#stalin"
    assert text(div.find(f"{T}p")).startswith("I have received your telegram of 12 February")
    assert len(div.findall(f"{T}p")) == 2


@pytest.mark.parametrize("paragraph,salutation", [
    ("Comrade Mao Zedong! The Soviet government has received your telegram.", "Comrade Mao Zedong!"),
    ("Dear Comrade Filippov [Stalin], We thank you for the specialists you sent.", "Dear Comrade Filippov [Stalin],"),
    ("Dear Comrade Stalin! I have received your letter of 3 May.", "Dear Comrade Stalin!"),
    ("Comrades Kim Il Sung and Pak Hon-yong! Your letter has been received.", "Comrades Kim Il Sung and Pak Hon-yong!"),
    ("To Comrade Kovalev. Your telegram of 20 April has been received.", "To Comrade Kovalev."),
    ("To Comrade I. V. Stalin. We agree with the draft of the treaty.", "To Comrade I. V. Stalin."),
    # not a salutation: a sentence that begins with a name, a vocative without "!", a short rest
    ("Comrades Gao Gang and Kim Il Sung asked me to transmit the following!", None),
    ("Comrade Stalin, as you know, the Volunteers have crossed the river.", None),
    ("Comrade Kim Il Sung will arrive tomorrow! Meet him at the station please.", None),
    ("Dear Comrade Stalin, thank you.", None),
    ("To Comrade Kovalev and to the embassy we sent the lists. They are complete.", None),
])
def test_which_run_in_salutations_are_read(paragraph, salutation):
    from tei.transforms.structure import is_address, is_salutation, run_in_salutation

    found = run_in_salutation(paragraph)
    assert (found[0] if found else None) == salutation
    if found:  # (read as a line of its own is: a salute, or an address, "To Comrade Kovalev.")
        assert is_salutation(found[0]) or is_address(found[0])
        assert paragraph == f"{found[0]} {found[1]}"
