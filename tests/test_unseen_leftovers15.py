"""Round eight's last leftovers: a person named by his office alone ("the Chairman said", "whether
the Generalissimo could receive"), linked where the text makes clear who and only there; "Mrs. X"
met before "Eleanor X" in one text, one woman; our own writing, each with a source of ours."""

from __future__ import annotations

import pytest

from source_helpers import T, convert_one, parties, text

CHAIRMAN = "wilson-roshchin-filippov-1950-05-09-the-chairman-and-the-ambassador-named-before.txt"


def _names(doc):
    return [(text(n), n.get("ref")) for n in doc.find(f".//{T}div").iter(f"{T}persName")]


def _paragraphs(doc):
    return [p for p in doc.find(f".//{T}div").iter(f"{T}p")]


def test_the_office_alone_is_the_person_the_text_named_with_it_before(tmp_path):
    """"I was received by Chairman Mao Zedong. Zhou Enlai was present. The Chairman said ...":
    Mao, twice (the office alone was no name); "Ambassador Stuart ... The Ambassador is said to
    be waiting": Stuart, though the sender is an ambassador too (the text names Stuart so)."""
    doc = convert_one(tmp_path, CHAIRMAN)
    first, second, _ = _paragraphs(doc)
    assert [(text(n), n.get("ref")) for n in first.iter(f"{T}persName")] == [
        ("Chairman Mao Zedong", "#mao"), ("Zhou Enlai", "#zhou-enlai"), ("Chairman", "#mao"), ("Chairman", "#mao")]
    assert ("Ambassador", "#stuart") in [(text(n), n.get("ref")) for n in second.iter(f"{T}persName")]
    assert "The Chairman said" in text(first)  # (the article outside the name, the text as printed)


def test_the_office_alone_after_two_of_that_office_is_left(tmp_path):
    """"Ambassador Panikkar of India called on Zhou Enlai ... The Ambassador asked": Stuart and
    Panikkar both named "Ambassador" before it: not linked (a wrong link is worse than none)."""
    doc = convert_one(tmp_path, CHAIRMAN)
    third = _paragraphs(doc)[2]
    assert [text(n) for n in third.iter(f"{T}persName")] == ["Panikkar", "Zhou Enlai"]


def test_the_office_alone_is_the_addressee_who_holds_it(tmp_path):
    """A telegram of Vyshinsky's to Roshchin: "the Ambassador should answer ...": Roshchin, the
    addressee, the one party the authority file calls an ambassador (no one named before is)."""
    doc = convert_one(tmp_path, "wilson-vyshinsky-roshchin-1950-06-20-the-ambassador-the-addressee.txt")
    assert parties(doc) == [("sent", "#vyshinsky"), ("received", "#roshchin")]
    assert [n for n in _names(doc) if n[0] == "Ambassador"] == [("Ambassador", "#roshchin")] * 2


def test_the_generalissimo_the_salutation_named(tmp_path):
    """"Dear Generalissimo Stalin," / "whether the Generalissimo could receive": Stalin; "The
    Premier of our cabinet" (an office "of" a body) is left."""
    doc = convert_one(tmp_path, "telegram-kim-stalin-1951-01-02-the-generalissimo-the-addressee.md")
    names = _names(doc)
    assert ("Generalissimo", "#stalin") in names and not any(n == "Premier" for n, _ in names)


@pytest.mark.parametrize("line, offices", [
    ("The Chairman said", ["Chairman"]), ("asked the Ambassador's opinion", ["Ambassador"]),
    ("the Ambassador of India", []), ("the Chairman Mao", []), ("the Soviet Ambassador", []),
    ("the Premier to the meeting", []), ("the Chairmanship", []), ("the Vice Chairman", [])])
def test_an_office_alone(line, offices):
    from tei.transforms.names.offices import OFFICE_ALONE

    assert [m.group("office") for m in OFFICE_ALONE.finditer(line)] == offices


@pytest.mark.parametrize("identification, office, holds", [
    ("Soviet ambassador to China", "Ambassador", True),
    ("deputy chairman of the USSR Council of Ministers", "Chairman", False),
    ("Vice-Chairman of the Central People's Government", "Chairman", False),
    ("Premier and Foreign Minister of the PRC", "Premier", True),
    ("President Roosevelt's closest adviser and envoy to Stalin", "President", False),
    ("US Ambassador to Korea, before that the President's special representative", "President", False),
    ("Vice-president of the Republic of China; acting president from 21 January 1949", "President", False)])
def test_an_office_the_file_gives(identification, office, holds):
    from tei.authority import Entity
    from tei.transforms.names.offices import _holds

    assert _holds(Entity("x", "person", "X", "X", identification=identification), office) is holds


def test_mrs_before_her_name_in_full_is_one_woman(tmp_path):
    """"Mrs. Roosevelt asks ..." in one paragraph, "Eleanor Roosevelt will travel ..." in the next
    (a sentence's first words): one provisional woman, "unresolved-eleanor-roosevelt" (they had
    been "unresolved-mrs-roosevelt" and Franklin Roosevelt, the known man of that name)."""
    doc = convert_one(tmp_path, "telegram-harriman-stalin-1946-06-14-mrs-in-one-paragraph-her-name-in-full-in-the-next.md")
    assert parties(doc) == [("sent", "#harriman"), ("received", "#stalin")]
    women = [n for n in _names(doc) if "Roosevelt" in n[0]]
    assert women == [("Mrs. Roosevelt", "#unresolved-eleanor-roosevelt"), ("Eleanor Roosevelt", "#unresolved-eleanor-roosevelt"),
                     ("Mrs. Roosevelt", "#unresolved-eleanor-roosevelt")]
    ids = [p.get("{http://www.w3.org/XML/1998/namespace}id") for p in doc.iter(f"{T}person")]
    assert "roosevelt" not in ids and "unresolved-mrs-roosevelt" not in ids
