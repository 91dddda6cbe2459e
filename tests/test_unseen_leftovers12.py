"""The editions' review's leftovers in the converter: one provisional id for a name written with
either apostrophe, a short hard-wrapped letter's line that ends mid-sentence before a capital, and
a collected-works telegram's address line asking for "immediate transmission"."""

from __future__ import annotations

import re

from source_helpers import T, convert, convert_one, text

from tei.sources.base import lines_to_blocks
from tei.transforms.names.provisional import slug

XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
NCNAME = re.compile(r"[A-Za-z_][\w.\-]*")


# --- 1. one id for a name with either apostrophe -----------------------------------------------

def test_a_slug_reads_every_apostrophe_as_the_straight_one():
    forms = [f"People{a}s Republic" for a in "'’‘`´ʹʼ"]
    assert {slug(f) for f in forms} == {"people-s-republic"}
    assert slug("Savel’yev") == slug("Savel'yev") == "savel-yev"
    assert all(NCNAME.fullmatch("unresolved-" + slug(f)) for f in forms)


def test_a_ministry_named_with_either_apostrophe_is_one_provisional_entry(tmp_path):
    """"... of the People's Republic of China" (a Wilson page of 1958) and "... of the People’s
    Republic of China" (one of 1960): one id, so that the indexes and the deposit hold one body."""
    docs = convert(tmp_path, "wilson-new-site-chinese-embassy-hungary-1958-06-03-a-ministry-of-the-country-the-text-names.txt",
                   "wilson-old-site-soviet-embassy-note-1960-07-20-funders-line-over-the-citation.txt")
    prc = "unresolved-ministry-of-foreign-affairs-of-the-people-s-republic-of-china"
    for key, doc in docs.items():
        ids = {o.get(XML_ID) for o in doc.iter(f"{T}org") if "Republic of China" in text(o)}
        assert ids == {prc}, key
        assert all(NCNAME.fullmatch(i) for i in ids)
    # (the 1960 page's document id, made of its title, reads the curly apostrophe so too)
    assert any(key.endswith("-of-the-people-s-republic-of-china-wilson-center") for key in docs)


# --- 2. a short hard-wrapped letter ------------------------------------------------------------

def test_a_short_letters_line_cut_before_a_capital_goes_on(tmp_path):
    """A page's letter of a few lines cut at a width: "I hope that your" / "Government will show
    ..." is one paragraph (a possessive ends no paragraph, as an article does not)."""
    doc = convert_one(tmp_path, "page-khrushchev-eisenhower-1959-06-11-letter-dateline-with-place-under-heading.txt")
    paragraphs = [text(p) for p in doc.find(f"{T}text").iter(f"{T}p")]
    assert len(paragraphs) == 3
    assert "I hope that your Government will show the same readiness" in paragraphs[2]


def test_a_line_ending_in_that_goes_on(tmp_path):
    """An OCR'd telegram, its lines too few to measure a width: "... I wish to assure you that" /
    "China will do her utmost ..." is one paragraph (it was two)."""
    doc = convert_one(tmp_path, "page-chiang-president-1942-01-02-ocr-translation-heading-over-two-lines.txt")
    paragraphs = [text(p) for p in doc.find(f"{T}text").iter(f"{T}p")]
    assert len(paragraphs) == 2
    assert "I wish to assure you that China will do her utmost" in paragraphs[0]


def test_a_page_cut_at_a_width_measured_on_all_its_lines(tmp_path):
    """A letter whose body alone has too few lines to measure the width its page was cut at (the
    heading's line counts too): "... and the Soviet" / "Government has set out ..." goes on (the
    next word would not have fitted), "... with close attention." / "The questions ..." over a
    blank line does not (it would have fitted no more, but the blank line ends the paragraph)."""
    doc = convert_one(tmp_path, "page-khrushchev-macmillan-1959-05-14-letter-cut-at-a-width-before-a-capital.txt")
    paragraphs = [text(p) for p in doc.find(f"{T}text").iter(f"{T}p")]
    assert len(paragraphs) == 3
    assert paragraphs[0].endswith("which I have read with close attention.")
    assert "and the Soviet Government has set out its views" in paragraphs[1]


def test_short_paragraphs_on_consecutive_lines_stay_apart():
    """Lines that never go on in lower case are paragraphs of their own, however long and however
    the one before ends."""
    lines = list(enumerate([
        "The delegation will arrive in Moscow on the morning train with its advisers",
        "Comrade Zhou asks that the talks begin on the day after they arrive there",
        "The draft of the treaty is ready and will be sent to you by the courier now",
        "Please confirm that the rooms for the delegation are ready for their stay",
        "We await your answer on all of these questions as soon as it is possible"], 1))
    assert len(lines_to_blocks(lines)) == 5


# --- 3. an address line asking for immediate transmission --------------------------------------

def test_an_address_for_immediate_transmission_is_the_opener(tmp_path):
    """"Beijing, to Soviet Ambassador for immediate transmission to Mao Tse-tung or Chou En-lai."
    under a collected-works heading: the address (as "for transmission to" is), the ambassador in
    Beijing at the date passing it on, both men it is for its recipients (neither of them an
    intermediary)."""
    doc = convert_one(tmp_path, "works-stalin-mao-zhou-1950-10-01-bracketed-note-mark-number-in-archival-note.txt")
    address = doc.find(f".//{T}div/{T}opener/{T}seg[@type='address']")
    assert address is not None and text(address).startswith("Beijing, to Soviet Ambassador for immediate transmission")
    assert not text(doc.find(f".//{T}div/{T}p")).startswith("Beijing")
    actions = {a.get("type"): [n.get("ref") for n in a] for a in doc.iter(f"{T}correspAction")}
    assert actions["transmitted"] == ["#roshchin"]
    assert [r for r in actions["received"] if r.startswith("#")] == ["#mao", "#zhou-enlai"]
