"""This session's last leftovers (round thirty-two's and round nine's): the Generalissimo named by
his office alone linked to Chiang Kai-shek (his entry gives him the title), and old spellings the
authority file lacked (Kwangchow, Kueisui, Keijo, Heijo, Hsu Hsiang-chien); our own writing, each
with a source of ours in the real page's layout."""

from __future__ import annotations

import pytest

from source_helpers import T, convert_one, converted_variant, lines, parties, text

OLD_SPELLINGS = "frus-web-hurley-byrnes-1945-08-24-old-spellings-and-the-generalissimo.txt"


def _body_names(doc, tag: str) -> list[tuple[str, str]]:
    return [(text(n), n.get("ref")) for n in doc.find(f".//{T}body").iter(f"{T}{tag}")]


def test_the_generalissimo_alone_is_chiang_named_before(tmp_path):
    """"Chiang Kai-shek received me ... The Generalissimo said": Chiang (the text names him without
    the title; the authority file now gives him the office, as Stalin's gives it him)."""
    doc = convert_one(tmp_path, OLD_SPELLINGS)
    assert ("Generalissimo", "#chiang") in _body_names(doc, "persName")


def test_old_spellings_of_places_and_a_person(tmp_path):
    """Postal and Japanese spellings of the time: each linked to its place's entry; the Wade-Giles
    name without its apostrophe to the PLA commander's."""
    doc = convert_one(tmp_path, OLD_SPELLINGS)
    places = _body_names(doc, "placeName")
    for place in (("Kueisui", "#guisui"), ("Kwangchow", "#guangzhou"), ("Keijo", "#seoul"), ("Heijo", "#pyongyang")):
        assert place in places
    assert ("Hsu Hsiang-chien", "#xu-xiangqian") in _body_names(doc, "persName")


# --- the editor's completion of a family name in parentheses ----------------------------------------

COMPLETED = "wilson-new-site-mao-huang-su-1954-05-02-addressees-completed-in-brackets-wengao.txt"


def _with_line(tmp_path, old: str, new: str):
    """The 1954 Mao telegram's source with one line replaced, converted: its text's div."""
    return converted_variant(tmp_path, COMPLETED, (old, new)).find(f".//{T}body/{T}div")


def _completed(el) -> list[tuple[str, str, str]]:
    """(the name's text, its ref, the words supplied in it) of each persName with supplied words."""
    return [(text(n), n.get("ref"), text(n.find(f"{T}supplied"))) for n in el.iter(f"{T}persName")
            if n.find(f"{T}supplied") is not None]


def test_the_family_names_the_editor_completes_in_parentheses_are_whole_names(tmp_path):
    """"Huang (Kecheng) and Su (Yu):": each whole name one persName, the given name the editor's
    supplied words in it (the family name alone had been tagged, the completion outside it)."""
    div = convert_one(tmp_path, COMPLETED).find(f".//{T}body/{T}div")
    opener = div.find(f"{T}opener")
    assert _completed(opener) == [("Huang Kecheng", "#huang-kecheng", "Kecheng"), ("Su Yu", "#su-yu", "Yu")]
    assert [s.get("resp") for s in opener.iter(f"{T}supplied")] == ["#source-editor"] * 2
    assert "(" not in text(opener)


@pytest.mark.parametrize("line, completed, kept", [
    # square brackets in the address, as before
    ("Peng [Dehuai] and Su [Yu]:", [("Peng Dehuai", "#peng-dehuai", "Dehuai"), ("Su Yu", "#su-yu", "Yu")], ""),
    # in the text
    ("(1) Huang (Kecheng) agreed to Wei Guoqing's plan.",
     [("Huang Kecheng", "#huang-kecheng", "Kecheng")], ""),
    # words in parentheses that make no known name with the word before: left as printed
    ("(1) Huang (the general) agreed to Wei Guoqing's plan.", [], "(the general)"),
    ("(1) Mao Zedong (Chairman) agreed to Wei Guoqing's plan.", [], "(Chairman)"),
    # a place with another name of it in parentheses: no completion of a person's name
    ("(1) Guangzhou (Canton) agreed to Wei Guoqing's plan.", [], "(Canton)"),
])
def test_what_parentheses_after_a_family_name_complete(tmp_path, line, completed, kept):
    old = "Huang (Kecheng) and Su (Yu):" if line.endswith(":") else "(1) Wei Guoqing's plan for moving the artillery is agreed to."
    div = _with_line(tmp_path, old, line)
    where = div.find(f"{T}opener") if line.endswith(":") else div.find(f"{T}p")
    assert _completed(where) == completed
    assert kept in text(where)


# --- a part's heading with a span of years over a compilation's title ------------------------------------

def test_a_heading_in_years_over_the_books_title_is_not_the_title(tmp_path):
    """"THE CORRESPONDENCE OF J. V. STALIN AND MAO TSE-TUNG IN 1950-1951" over "Sino-Soviet
    Relations, 1911-57" / "Moscow 1959": the book's title the latter alone, as under "... IN JANUARY
    1949" (the heading had been joined to it as the main title, "The Correspondence ... in 1950-1951:
    Sino-Soviet Relations, 1911-57")."""
    doc = convert_one(tmp_path, "compilation-1959-star-note-at-a-page-foot-inside-a-sentence.txt")
    assert [text(t) for t in doc.iter(f"{T}title") if t.get("level") == "m"] == ["Sino-Soviet Relations, 1911-57"]


@pytest.mark.parametrize("line, main", [
    ("SINO-SOVIET RELATIONS, 1946-1952", True), ("SINO-SOVIET RELATIONS 1946-1952", True),
    ("THE GREAT FRIENDSHIP", True),
    ("THE CORRESPONDENCE OF J. V. STALIN AND MAO TSE-TUNG IN 1950-1951", False),
    ("THE CORRESPONDENCE OF J. V. STALIN AND MAO TSE-TUNG IN JANUARY 1949", False),
    ("LETTERS EXCHANGED DURING 1949-1950", False)])
def test_a_main_title_in_capitals(line, main):
    from tei.sources.compilation.front_matter import _is_main_title

    assert _is_main_title(line) is main


# --- a signature alone at the end of a record PDF's text run into one paragraph -----------------------

def test_the_signature_alone_at_the_end_of_the_run_on_text_is_the_closer(tmp_path):
    """"... I request your instructions. Kovalev" at the end of the text run into one paragraph, no
    date after it: the signature, the sender the record's title names (it was the text's last word)."""
    root = convert_one(tmp_path, "wilson-pdf-text-one-paragraph-kovalev-filippov-1949-06-02-signature-alone-no-date.txt")
    assert parties(root) == [("sent", "#kovalev"), ("received", "#stalin")]
    div = root.find(f".//{T}body/{T}div")
    assert lines(div.find(f"{T}closer")) == [("signed", "Kovalev")]
    assert div.find(f"{T}closer/{T}signed/{T}persName").get("ref") == "#kovalev"
    [p] = div.findall(f"{T}p")
    assert text(p).endswith("I request your instructions.")


HEADING = "Digital Archive ... June 2, 1949 Ciphered Telegram No.61207 from Kovalev to Filippov [Stalin]"


@pytest.mark.parametrize("end, last", [
    ("I request your instructions. Kovalev", ["I request your instructions.", "Kovalev"]),
    ("I request your instructions. Kovalev.", ["I request your instructions.", "Kovalev"]),
    # a name the heading does not name: the text's, as the reader leaves it (the structure pass then takes
    # a name the authority file knows as a person for the signature: tests/test_unseen_leftovers18.py)
    ("I request your instructions. Gao Gang", ["I request your instructions. Gao Gang"]),
    # the name not after a sentence's end: the sentence's
    ("I told this to Kovalev", ["I told this to Kovalev"]),
])
def test_a_name_alone_at_the_end_of_the_run_on_text(end, last):
    from tei.sources.wilson import _text_run_on

    contents = "Contents: English Translation Scan of Original Document "
    parted = _text_run_on(contents + "On 1 June we met. " + end, HEADING)
    assert parted[0] == contents + "On 1 June we met. " + last[0] and parted[1:] == last[1:]
