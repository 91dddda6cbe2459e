"""Real pages, round twenty-two: what the converter misread, each with a source or a page of
our own (the pages themselves are not ours to keep)."""

from __future__ import annotations

from source_helpers import T, convert, convert_one, text

NAMED_IN_FULL = "frus-web-roosevelt-stalin-1943-10-16-surname-named-in-full-in-a-note-code-name.txt"


def test_a_surname_the_text_names_in_full_with_a_middle_initial_is_the_whole_name(tmp_path):
    """"General Deane" in the text, "John R. Deane" in a note (a book he wrote): one person, the
    provisional entry named in full, the whole name tagged where it is written (it was "Deane"
    alone, the note's "John R." outside the name)."""
    from tei.messages import Report
    report = Report()
    [root] = convert(tmp_path, NAMED_IN_FULL, report=report).values()
    names = [(text(p), p.get("ref")) for p in root.find(f".//{T}text").iter(f"{T}persName") if "deane" in p.get("ref")]
    assert sorted(names) == [("Deane", "#unresolved-john-r-deane")] * 2 + [("John R. Deane", "#unresolved-john-r-deane")]
    person = root.find(f".//{T}standOff//{T}person[@{{http://www.w3.org/XML/1998/namespace}}id='unresolved-john-r-deane']")
    assert [(text(p), p.get("type")) for p in person.findall(f"{T}persName")] == [("John R. Deane", "main"),
                                                                                 ("Deane", "short")]
    assert [m for m in report.messages if m.code == "unresolved-name" and "'John R. Deane'" in m.text]


def test_a_code_name_a_note_explains_is_that_persons(tmp_path):
    """"Mr. Brown" in the closing, the note "Brown, the code name given to Molotov during his
    visit to Washington ...": Molotov's, a pseudonym (it was an unknown "Brown")."""
    root = convert_one(tmp_path, NAMED_IN_FULL)
    browns = [p for p in root.find(f".//{T}text").iter(f"{T}persName") if text(p) == "Brown"]
    assert [(p.get("ref"), p.get("type")) for p in browns] == [("#molotov", "pseudonym")] * 2
    assert "unresolved-brown" not in text(root.find(f".//{T}standOff")) + str(
        [p.get("ref") for p in root.iter(f"{T}persName")])


def test_a_korean_given_name_ending_in_l_is_a_name(tmp_path):
    """"the interpreter Chong Il", "Kim Kil": a Korean family name and a given name of one syllable
    ending in "l" (as Korean syllables may, Chinese ones not): unknown persons, tagged and
    reported (they were left as words)."""
    root = convert_one(tmp_path, "cable-shtykov-vyshinsky-1950-04-18-korean-given-name-ending-in-l.txt")
    refs = [p.get("ref") for p in root.find(f".//{T}text").iter(f"{T}persName")]
    assert refs.count("#unresolved-chong-il") == 2 and refs.count("#unresolved-kim-kil") == 1


def test_an_english_word_ending_in_l_after_a_korean_family_name_is_no_name():
    """"Han Sail", "Ho Pool": the given name an English word, as "Kim Then" is, no name."""
    from tei.transforms.names.patterns import korean_names
    assert [m.group("name") for m in korean_names("at Han Sail and Ho Pool, then Mun Il, the interpreter")] == ["Mun Il"]


SINGLE_QUOTED = "works-mao-dimitrov-1944-05-09-diary-telegram-in-single-quotes.txt"
UNCLOSED = "works-mao-dimitrov-1944-06-14-diary-telegram-the-copy-cuts-unclosed.txt"


def test_the_source_s_marks_of_a_quoted_message_are_recorded(tmp_path):
    """A telegram a diary quotes in single marks: rend="quoted single"; one the copy cuts, its
    opening mark never closed: rend="quoted unclosed" (both were "quoted", which the editions
    render in double marks, opened and closed); the editorial declaration says so."""
    single, unclosed = (convert_one(tmp_path / str(i), n) for i, n in enumerate((SINGLE_QUOTED, UNCLOSED)))
    assert single.find(f".//{T}div/{T}quote").get("rend") == "quoted single"
    assert unclosed.find(f".//{T}div/{T}quote").get("rend") == "quoted unclosed"
    assert "single quotation marks" in text(single.find(f".//{T}editorialDecl/{T}quotation"))
    assert "never closes" in text(unclosed.find(f".//{T}editorialDecl/{T}quotation"))
    assert "single" not in text(unclosed.find(f".//{T}editorialDecl/{T}quotation"))


def test_the_html_edition_renders_the_source_s_marks(tmp_path):
    """The HTML edition opens the single-quoted message with ‘ and closes it with ’, and opens
    the unclosed one with “ and closes it with nothing (the copy has no closing mark)."""
    from lxml import html as lxml_html
    from tei.html import STYLESHEET
    from tei.xslt import transform
    from lxml import etree
    marks = []
    for i, n in enumerate((SINGLE_QUOTED, UNCLOSED)):
        root = convert_one(tmp_path / str(i), n)
        page = lxml_html.fromstring(transform(STYLESHEET, xml_text=etree.tostring(root, encoding="unicode")))
        marks.append([m.text_content() for m in page.xpath("//span[@class='quote-mark']")])
    assert marks == [["‘", "’"], ["“"]]
