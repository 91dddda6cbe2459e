"""Round eight's leftovers: a rank before a name ("Colonel Belov"), a list of days before a month
("on 5, 6 and 7 February"), "Mrs. Roosevelt" in a text whose party is Eleanor Roosevelt, and two
misreadings of the editions' front matter and notes (a title repeated in the other case, an
edition's notes run together); our own writing, each with a source of ours."""

from __future__ import annotations

import pytest

from source_helpers import T, convert, convert_one, parties, text

MRS_AND_DAYS = "telegram-eleanor-roosevelt-stalin-1947-01-20-mrs-and-a-list-of-days.md"


def test_a_rank_before_a_name_marks_it_a_person(tmp_path):
    """"We have decided to send Colonel Belov instead": Belov a provisional person (the titles
    that mark a name had General and Marshal, not the ranks under them)."""
    doc = convert_one(tmp_path, "wilson-filippov-mao-1950-08-02-a-given-name-before-a-known-family-name.txt")
    names = [(text(n), n.get("ref")) for n in doc.find(f".//{T}div/{T}p").iter(f"{T}persName")]
    assert ("Belov", "#unresolved-belov") in names


@pytest.mark.parametrize("line, name", [("send Colonel Belov instead", "Belov"), ("Lieutenant Colonel Belov said", "Belov"),
                                        ("Major General Smith arrived", "Smith"), ("Rear Admiral Kirk left", "Kirk"),
                                        ("Admiral Standley will discuss", "Standley"), ("Captain Orlov", "Orlov"),
                                        ("Consul General Clubb reports", "Clubb"), ("Maj. Petrov", "Petrov"),
                                        ("the Envoy Bogomolov", "Bogomolov")])
def test_ranks_and_offices_that_mark_a_name(line, name):
    from tei.transforms.names.patterns import TITLED, person_cued

    assert person_cued(line) and [m.group("name") for m in TITLED.finditer(line)] == [name]


def test_a_list_of_days_before_a_month(tmp_path):
    """"on 5, 6 and 7 February": three dates, the first two the figures alone (the first day was
    no date: the two-days form took "6 and 7 February" only)."""
    doc = convert_one(tmp_path, MRS_AND_DAYS)
    said = [(text(d), d.get("when")) for d in doc.find(f".//{T}div/{T}p").iter(f"{T}date")]
    assert said == [("5", "1947-02-05"), ("6", "1947-02-06"), ("7 February", "1947-02-07")]


@pytest.mark.parametrize("line, dates", [
    ("on 5, 6, and 7 February 1949", [("5", "1949-02-05"), ("6", "1949-02-06"), ("7 February 1949", "1949-02-07")]),
    ("February 5, 6 and 7, 1949", [("February 5", "1949-02-05"), ("6", "1949-02-06"), ("7, 1949", "1949-02-07")]),
    ("the 5th, 6th and 7th of February", [("5th", "1949-02-05"), ("6th", "1949-02-06"), ("7th of February", "1949-02-07")]),
    ("on 20 and 21 January", [("20", "1949-01-20"), ("21 January", "1949-01-21")]),
    ("on 7, 6 and 5 February", [("5 February", "1949-02-05")])])  # (not in order: no list of days)
def test_days_listed(line, dates):
    from tei.dates import find_dates

    assert [(line[f.start:f.end], f.value.when) for f in find_dates(line, context="1949-02-10")] == dates


def test_mrs_and_her_family_name_is_the_documents_woman_of_that_name(tmp_path):
    """"Mrs. Roosevelt presents her compliments ...", signed "Eleanor Roosevelt": she, one
    provisional person with the form as a variant (it was a second, "unresolved-mrs-roosevelt")."""
    doc = convert_one(tmp_path, MRS_AND_DAYS)
    assert parties(doc) == [("sent", "#unresolved-eleanor-roosevelt"), ("received", "#stalin")]
    names = [(text(n), n.get("ref")) for n in doc.find(f".//{T}div").iter(f"{T}persName")]
    assert names.count(("Mrs. Roosevelt", "#unresolved-eleanor-roosevelt")) == 2
    persons = [p.get("{http://www.w3.org/XML/1998/namespace}id") for p in doc.iter(f"{T}person")]
    assert "unresolved-mrs-roosevelt" not in persons and "unresolved-eleanor-roosevelt" in persons


@pytest.mark.parametrize("party, addressed, same", [("Eleanor Roosevelt", "Mrs. Roosevelt", True),
                                                    ("Ana Pauker", "Madame Pauker", True),
                                                    ("Franklin Smith", "Mrs. Smith", False),  # (his wife, not he)
                                                    ("Eleanor Roosevelt", "Mrs. Smith", False)])
def test_the_woman_addressed(party, addressed, same):
    from types import SimpleNamespace

    from tei.authority import Entity
    from tei.transforms import E
    from tei.transforms.names.provisional import FORM_OF_ADDRESS, _the_woman_addressed

    entity = Entity("unresolved-x", "person", party, party, {}, element=E("person", E("persName", party)), provisional=True)
    doc = SimpleNamespace(provisional={entity.id: entity}, aliases={})
    found = _the_woman_addressed(doc, addressed, FORM_OF_ADDRESS.fullmatch(addressed).group("surname"))
    assert (found is entity) is same and (addressed in doc.aliases) is same


def test_a_cover_title_again_in_the_other_case_is_one_title(tmp_path):
    """"DOCUMENTS ON THE KOREAN WAR" over "Documents of the Korean War": the book's title once (it
    was "Documents on the Korean War: Documents of the Korean War")."""
    docs = convert(tmp_path, "compilation-1959-headings-in-capitals-a-holder-of-three-names-after-his-office.txt")
    for doc in docs.values():
        assert doc.findtext(f".//{T}sourceDesc/{T}bibl/{T}title[@level='m']") == "Documents on the Korean War"


def test_the_editions_notes_each_ended(tmp_path):
    """"Written on November 22" / "(December 5 ), 1917" / "First published in the magazine" /
    "Printed from the original": each note its full stop, no space before the bracket (it was
    "(December 5 ), 1917 First published in the magazine Printed from the original")."""
    doc = convert_one(tmp_path, "compilation-pdf-lenin-1917-11-22-kind-alone-over-the-title-date-in-both-styles.txt")
    note = doc.find(f".//{T}sourceDesc/{T}bibl/{T}note[@type='source']")
    assert text(note) == ("Written on November 22 (December 5), 1917. First published in the magazine. "
                          "Printed from the original.")


@pytest.mark.parametrize("lines, joined", [
    (["Written on August 24, 1920", "First published in 1945 in", "Printed from the text"],
     "Written on August 24, 1920. First published in 1945 in Printed from the text."),  # (a column goes on: no stop)
    (["Written on May 1, 1919.", "First published in 1957"], "Written on May 1, 1919. First published in 1957.")])
def test_edition_notes_joined(lines, joined):
    from tei.sources.compilation import _edition_notes_joined

    assert _edition_notes_joined(lines) == joined
