"""Round thirty-two's leftovers: a name the editor's bracket completes with a title and a given name
("[U.S. General Mark] Clark", "[Marshal] Peng"), an address line with a precedence marking after it
("To MID USSR URGENT"), and an address the editor glosses run into the text's first sentence at the
start of a record PDF's text ("[…] Filippov [Stalin] On 12 May ..."); our own writing, each with a
source of ours in the real page's layout."""

from __future__ import annotations

import pytest
from lxml import etree

from source_helpers import SOURCES, T, convert_one, converted_page, lines, parties, text

COMPLETED = "wilson-new-site-molotov-ambassador-in-beijing-1953-07-06-names-completed-by-the-editor-s-title.txt"


def _names(el) -> list[tuple[str, str]]:
    return [(text(n), n.get("ref")) for n in el.iter(f"{T}persName")]


def _page(tmp_path, body: str):
    """The Molotov source with its second paragraph replaced by body, converted: its text's div."""
    page = (SOURCES / COMPLETED).read_text(encoding="utf-8")
    second = page.splitlines()[10]
    return converted_page(tmp_path, page.replace(second, body)).find(f".//{T}body/{T}div")


def test_a_name_completed_in_the_editors_brackets_is_one_name(tmp_path):
    """"[U.S. General Mark] Clark", "[Marshal] Peng": the whole name one persName linked to the
    person, the bracket the editor's supplied words inside it (the given name "Mark" was tagged
    alone inside the supplied words and "Clark" left out; "Marshal" was a gloss and "Peng" untagged)."""
    root = convert_one(tmp_path, COMPLETED)
    second = root.find(f".//{T}body/{T}div").findall(f"{T}p")[1]
    clark, peng = second.findall(f"{T}persName")
    for name, ref, supplied, surname in ((clark, "#mark-clark", "U.S. General Mark", " Clark"),
                                         (peng, "#peng-dehuai", "Marshal", " Peng")):
        assert name.get("ref") == ref and len(name) == 1
        assert (name[0].tag, name[0].get("resp"), name[0].text, name[0].tail) == (
            f"{T}supplied", "#source-editor", supplied, surname)
    assert second.find(f"{T}gloss") is None and second.find(f"{T}supplied") is None


@pytest.mark.parametrize("body, names, supplied_apart", [
    # the whole name after the title: the name tagged whole, the title supplied beside it (as it was)
    ("They told [Marshal] Peng Dehuai so.", [("Peng Dehuai", "#peng-dehuai")], ["Marshal"]),
    # a title and a known form of the name ("General Clark"): as before, one name
    ("They told [General] Clark so.", [("General Clark", "#mark-clark")], []),
    # a family name two persons named share: no one's
    ("Chen Yun and Chen Yi agreed; [Marshal] Chen told them so.",
     [("Chen Yun", "#chen-yun"), ("Chen Yi", "#chen-yi")], ["Marshal"]),
    # a family name no one named in full has: no one's
    ("[Marshal] Zhukov told them so.", [], ["Marshal"]),
    # words that are no title before the surname: not a name's
    ("They told [the friends of] Clark so.", [], ["the friends of"]),
])
def test_what_a_bracket_before_a_surname_completes(tmp_path, body, names, supplied_apart):
    div = _page(tmp_path, body)
    second = div.findall(f"{T}p")[1]
    assert _names(second) == names
    # (the editor's words outside any name: supplied, or a gloss)
    assert [text(s) for s in second if s.tag in (f"{T}supplied", f"{T}gloss")] == supplied_apart


# --- an address line with a precedence marking after it ---------------------------------------------

MARKED = "wilson-new-site-kuznetsov-mid-1953-08-03-from-beijing-from-kuznetsov-copies-of-1953.txt"


def test_an_address_line_with_its_marking_after_it_is_the_address_and_the_marking(tmp_path):
    """"To MID USSR URGENT": the address "To MID USSR" (the ministry the recipient), then the
    marking "URGENT" a classification line of the form (it was a word of the address)."""
    root = convert_one(tmp_path, MARKED)
    opener = root.find(f".//{T}body/{T}div/{T}opener")
    assert lines(opener)[2:4] == [("address", "To MID USSR"), ("classification", "URGENT")]
    assert opener[2].find(f"{T}orgName").get("ref") == "#soviet-mfa"
    received = root.find(f".//{T}correspAction[@type='received']/{T}orgName")
    assert received.get("ref") == "#soviet-mfa"


@pytest.mark.parametrize("line, parted", [
    ("To MID USSR URGENT", ("To MID USSR", "URGENT")),
    ("To: [Deputy Minister Karel] ZEMANEK, URGENT", ("To: [Deputy Minister Karel] ZEMANEK,", "URGENT")),
    ("To Comrade Filippov TOP PRIORITY", ("To Comrade Filippov", "TOP PRIORITY")),
    ("TO MOSCOW MOLNIYA", ("TO MOSCOW", "MOLNIYA")),
    ("To the Urgent Committee", None),  # (a word of the address's name, not a marking in capitals)
    ("To Comrade Stalin", None),
    ("URGENT", None),
])
def test_address_and_marking(line, parted):
    from tei.transforms.structure.lines import address_and_marking

    assert address_and_marking(line) == parted


# --- an address the editor glosses, run into the text of a record PDF ---------------------------------

GLOSSED = "wilson-pdf-text-one-paragraph-kovalev-filippov-1949-05-20-address-glossed-run-into-the-text.txt"


def test_a_glossed_address_run_into_the_text_is_the_address(tmp_path):
    """"... Scan of Original Document […] Filippov [Stalin] On 18 May I met Mao Zedong ...": the
    editor's mark of an omission, then the address "Filippov [Stalin]" (the title's addressee),
    then the text from "On 18 May" (all was the text's one paragraph)."""
    root = convert_one(tmp_path, GLOSSED)
    assert parties(root) == [("sent", "#kovalev"), ("received", "#stalin")]
    div = root.find(f".//{T}body/{T}div")
    assert etree.QName(div[0]).localname == "gap" and div[0].get("reason") == "omitted-in-source"
    [address] = div.findall(f"{T}opener/{T}seg[@type='address']")
    assert text(address) == "Filippov Stalin"
    assert address.find(f"{T}persName").get("ref") == "#stalin"
    assert address.find(f"{T}gloss").get("type") == "identification"
    [p] = div.findall(f"{T}p")
    assert text(p).startswith("On 18 May I met Mao Zedong") and "Filippov" not in text(p)


@pytest.mark.parametrize("run_on, expected", [
    ("[…] Filippov [Stalin] On 12 May we met.", ["[…]", "Filippov [Stalin]", "On 12 May we met."]),
    ("Filippov [Stalin] Today we met.", ["Filippov [Stalin]", "Today we met."]),
    ("Com[rade] Filippov [Stalin]: Today we met.", ["Com[rade] Filippov [Stalin]:", "Today we met."]),
    # (the words after the gloss go on with the sentence, or are a name: one line)
    ("Filippov [Stalin] said that we met.", None),
    ("Filippov [Stalin] Mao Zedong met us.", None),
])
def test_a_glossed_address_at_the_start_of_the_run_on_text(run_on, expected):
    from tei.sources.wilson import _text_run_on

    contents = "Contents: English Translation Scan of Original Document "
    parted = _text_run_on(contents + run_on)
    if expected is None:
        assert parted == [contents + run_on]
    else:
        assert parted == [contents + expected[0], *expected[1:]]
