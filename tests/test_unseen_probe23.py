"""Real pages, round twenty-three: what the converter misread, each with a source or a page of
our own (the pages themselves are not ours to keep)."""

from __future__ import annotations

from source_helpers import T, convert_one, text

BROKEN_AFTER_THE_DAY = "frus-web-kirk-acheson-1950-03-14-dateline-broken-after-the-day-received-twice.txt"


def test_a_frus_dateline_broken_after_its_day_is_one_dateline(tmp_path):
    """"Moscow, March 14," / "1950—6 p. m.": the page breaks the dateline after the day's comma;
    one dateline, dated to the hour (the year and hour were a paragraph of the text, the date
    taken from the file number)."""
    root = convert_one(tmp_path, BROKEN_AFTER_THE_DAY)
    dateline = root.find(f".//{T}div/{T}opener/{T}dateline")
    assert text(dateline) == "Moscow, March 14, 1950—6 p. m."
    assert dateline.find(f"{T}date").get("when") == "1950-03-14T18:00:00"
    assert not [p for p in root.iter(f"{T}p") if text(p).startswith("1950")]
    sent = root.find(f".//{T}correspAction[@type='sent']")
    assert sent.find(f"{T}date").get("when") == "1950-03-14" and sent.find(f"{T}note") is None


def test_the_received_line_the_page_gives_twice_is_read_once(tmp_path):
    """The page's text gives the editors' "[Received March 14—1:20 p. m.]" twice, one under the
    other: one transmission line in the opener (there were two)."""
    root = convert_one(tmp_path, BROKEN_AFTER_THE_DAY)
    segs = root.findall(f".//{T}div/{T}opener/{T}seg[@type='transmission']")
    assert [text(s) for s in segs] == ["Received March 14—1:20 p. m."]


UNFILED_LETTER = "frus-web-ambassador-secretary-1945-letter-without-file-line-forwarding-a-telegram.txt"


def test_a_frus_letter_printed_without_a_file_line_is_read(tmp_path):
    """A FRUS page whose heading, "The Soviet Ambassador (Gromyko) to the Secretary of State", has
    no file line over it (an embassy's letter handing in a telegram): read as FRUS, a letter from
    the ambassador, its "My Dear Mr. Secretary:" the salutation, "I am [etc.]" the leave-taking
    and the telegram it hands in a quotation (the page was refused: no layout known)."""
    root = convert_one(tmp_path, UNFILED_LETTER)
    sent = root.find(f".//{T}correspAction[@type='sent']/{T}persName")
    assert sent.get("ref") == "#gromyko"
    div = root.find(f".//{T}body/{T}div")
    assert div.get("type") == "letter"
    assert text(div.find(f"{T}opener/{T}salute")) == "My Dear Mr. Secretary:"
    assert text(div.find(f"{T}closer/{T}salute")) == "I am etc."
    assert text(div.find(f"{T}closer/{T}signed")) == "A. Gromyko"
    assert div.find(f"{T}quote[@rend='quoted']") is not None
    assert "Foreign Relations of the United States" in text(root.find(f".//{T}sourceDesc"))


def test_the_office_before_its_holder_in_brackets_is_no_pseudonym(tmp_path):
    """"The Soviet Ambassador (Gromyko)": "Ambassador" is the office, not a name Gromyko went by
    (it was tagged as his pseudonym, in the heading and wherever the text says "Ambassador")."""
    root = convert_one(tmp_path, UNFILED_LETTER)
    assert not [p for p in root.find(f".//{T}text").iter(f"{T}persName") if text(p) == "Ambassador"]


def test_a_possessive_is_not_part_of_the_name(tmp_path):
    """"Ambassador Sarper’s part in them": the unknown person is Sarper, his name tagged without
    the possessive (the provisional entry was "Sarper’s")."""
    root = convert_one(tmp_path, UNFILED_LETTER)
    sarper = [p for p in root.find(f".//{T}text").iter(f"{T}persName") if "sarper" in (p.get("ref") or "")]
    assert [(text(p), p.get("ref")) for p in sarper] == [("Sarper", "#unresolved-sarper")]
