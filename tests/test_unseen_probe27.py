"""Real pages, round twenty-seven (the wartime correspondence volumes as the web gives them): what
the converter misread, each with a source of our own in the page's layout (the pages themselves
are not ours to keep)."""

from __future__ import annotations

from source_helpers import SOURCES, T, convert, text

from tei.messages import Report

RECEIVED_ONLY = ("compilation-web-stalin-churchill-1942-parties-in-capitals-with-note-mark-labelled-source-lines.txt",
                 "compilation-web-stalin-churchill-1944-marking-on-a-line-over-the-parties-mark-after-a-quotation.txt")
APART_BY_STARS = "compilation-web-stalin-roosevelt-1945-items-apart-by-stars-note-mark-spaced-after-a-comma.txt"


def test_an_item_dated_only_by_its_receipt_is_sent_that_day_or_before(tmp_path):
    """"No. 41" / "Received on March 3, 1942" / "W. CHURCHILL TO J. V. STALIN*": the volume gives
    only the day the message came. It was received that day (the received date) and sent that
    day or before: the sent date is that day, inferred by the encoder and said in a note, as a
    diary's entry dates a telegram it records (it was undated, its file key 'undated', a
    warning on every such item)."""
    report = Report()
    docs = convert(tmp_path, *RECEIVED_ONLY, report=report)
    assert not [m for m in report.messages if m.code == "no-date"]
    assert not [name for name in docs if "undated" in name]
    received_only = {"tg-1942-03-03-churchill-stalin": "1942-03-03", "tg-1944-02-02-churchill-stalin": "1944-02-02",
                     "tg-1944-02-09-churchill-stalin": "1944-02-09"}
    for prefix, day in received_only.items():
        root = next(d for name, d in docs.items() if name.startswith(prefix))
        sent = root.find(f".//{T}correspAction[@type='sent']")
        assert sent.find(f"{T}date").attrib == {"when": day, "evidence": "internal", "resp": "#encoder"}
        assert "sent that day or before" in text(sent.find(f"{T}note[@type='date']"))
        assert root.find(f".//{T}correspAction[@type='received']/{T}date").get("when") == day
    # the item that says when it was sent keeps that day, read, not inferred
    sent_on = next(d for name, d in docs.items() if name.startswith("tg-1942-03-06-stalin-churchill"))
    assert sent_on.find(f".//{T}correspAction[@type='sent']/{T}date").attrib == {"when": "1942-03-06"}
    assert sent_on.find(f".//{T}correspAction[@type='sent']/{T}note") is None


def test_the_stars_between_items_are_no_part_of_either(tmp_path):
    """"* * *" between one item's text and the next number (and between the last and the notes),
    as the site sets the items apart: no section break at the end of the item before (it was an
    empty milestone there)."""
    docs = convert(tmp_path, APART_BY_STARS)
    assert len(docs) == 2
    for root in docs.values():
        div = root.find(f".//{T}body/{T}div")
        assert not div.findall(f".//{T}milestone")
        assert div[-1].tag == T + "p"


def test_a_note_number_set_apart_after_a_comma_is_its_mark_when_the_note_is_there(tmp_path):
    """"of January 29th, 7 as the newspapers give it" with note 7 among the notes at the end: the
    mark of that note, the note at its place (the number stayed in the words, and the notes above
    it were left as text). Without the notes the number is the text's and stays."""
    docs = convert(tmp_path / "a", APART_BY_STARS)
    first = next(d for name, d in docs.items() if name.startswith("tg-1945-02-03"))
    p = first.find(f".//{T}body/{T}div/{T}p")
    note = p.find(f"{T}note[@place='foot']")
    assert note.get("n") == "7" and text(note).startswith("The conference met in Washington")
    assert "7 as" not in text(p) and note.getprevious().tail == ","  # ("January 29th,": the note after the comma)
    assert (note.tail or "").startswith(" as the newspapers give it")
    second = next(d for name, d in docs.items() if name.startswith("tg-1945-02-06"))
    assert second.find(f".//{T}body/{T}div/{T}p/{T}note").get("n") == "8"

    page = (SOURCES / APART_BY_STARS).read_text(encoding="utf-8")
    without_notes = tmp_path / "without-notes.txt"
    without_notes.write_text(page[:page.index("NOTES")], encoding="utf-8")
    from tei.convert import convert_sources

    convert_sources([without_notes], tmp_path / "b", report=Report())
    from lxml import etree

    words = [text(etree.parse(str(f)).getroot().find(f".//{T}body/{T}div/{T}p")) for f in sorted((tmp_path / "b").glob("*.xml"))]
    assert words[0].startswith("I have read the account of the shipping conference of January 29th, 7 as the newspapers")
    assert "the loading, 8 in the order" in words[1]


BODIES_ADDRESSED = "works-mao-stalin-1950-11-06-web-page-selected-works-bodies-in-the-address.txt"


def test_bodies_named_by_address_lines_are_tagged(tmp_path):
    """"Chairman Stalin," / "The Council of Ministers," / "The Government of the Soviet Union": the
    body each line names, the file's government of the state the lines under it name (the Council
    of Ministers of the USSR), the state inside the body's name (they were no names at all, only
    "Soviet Union" a place)."""
    docs = convert(tmp_path, BODIES_ADDRESSED)
    (root,) = docs.values()
    segs = root.findall(f".//{T}opener/{T}seg[@type='address']")
    assert [text(s) for s in segs] == ["Chairman Stalin,", "The Council of Ministers,", "The Government of the Soviet Union"]
    council, government = segs[1].find(f"{T}orgName"), segs[2].find(f"{T}orgName")
    assert (text(council), council.get("ref")) == ("Council of Ministers", "#soviet-government")
    assert (text(government), government.get("ref")) == ("Government of the Soviet Union", "#soviet-government")
    assert government.find(f"{T}placeName").get("ref") == "#ussr"
    assert segs[1].text == "The " and council.tail == ","


def test_a_body_the_file_lacks_is_the_state_s_provisional_body(tmp_path):
    """"The Cabinet of Ministers," over "The Democratic People's Republic of Korea": a body the
    authority file lacks, provisional, its entry named with the state the line under it names (not
    any state's "Cabinet of Ministers"), reported."""
    report = Report()
    docs = convert(tmp_path, "works-mao-kim-1952-09-09-web-page-selected-works-signed-note.txt", report=report)
    (root,) = docs.values()
    cabinet = root.find(f".//{T}opener/{T}seg[@type='address']/{T}orgName")
    assert text(cabinet) == "Cabinet of Ministers"
    (entry,) = root.xpath("//t:standOff//t:org[@xml:id=$id]", namespaces={"t": T[1:-1]}, id=cabinet.get("ref")[1:])
    assert entry.get("type") == "government" and entry.get("cert") == "low"
    assert text(entry.find(f"{T}orgName")) == "Cabinet of Ministers of the Democratic People's Republic of Korea"
    assert [m.code for m in report.messages if "Cabinet" in m.text] == ["unresolved-name"]
