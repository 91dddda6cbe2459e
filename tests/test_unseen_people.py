"""People, places and dates of unseen telegrams: namesakes told apart by the telegram's date,
places and bodies the authority file lacks, approximate dates in the order of the telegrams.

Each test converts a source of tests/sources written for it (source_helpers.convert).
"""

from __future__ import annotations

from tei.authority import Authority

from source_helpers import T, convert, text


def _names(root, tag: str = "persName") -> list[tuple[str, str]]:
    """(text, ref) of the names of a kind tagged in the text."""
    return [(text(n), n.get("ref")) for n in root.find(f"{T}text").iter(T + tag)]


def test_a_family_name_alone_is_the_namesake_active_at_the_telegrams_date(tmp_path):
    """"Comrade Kuznetsov" in a cable of April 1953 is V. V. Kuznetsov, the ambassador in
    Beijing from that spring (it was F. F. Kuznetsov, the intelligence chief of the 1949
    cables): the authority file gives both their years of activity."""
    [root] = convert(tmp_path, "cable-zhou-molotov-1953-04-09-family-name-alone-by-the-date.txt").values()
    assert [r for n, r in _names(root) if n == "Kuznetsov"] == ["#vasily-kuznetsov", "#vasily-kuznetsov"]
    assert root.find(f".//{T}standOff//{T}person[@{{http://www.w3.org/XML/1998/namespace}}id='kuznetsov']") is None
    floruit = root.find(f".//{T}standOff//{T}person/{T}floruit")
    assert (floruit.get("from"), floruit.get("to")) == ("1944", "1986")


def test_the_date_decides_only_between_namesakes_and_only_where_it_can():
    """The authority file read for a text: the form two entries share is the one the text names
    in full, else the one active at its date, else (both active, or no date) the first entry,
    as before; a form of one entry is that entry whatever the date."""
    authority = Authority.load()
    assert authority.lookup("Kuznetsov").id == "kuznetsov"
    assert authority.on("1953-04-09").lookup("Comrade Kuznetsov").id == "vasily-kuznetsov"
    assert authority.on("1953").lookup("Kuznetsov").id == "vasily-kuznetsov"
    assert authority.on("1947-05").lookup("Kuznetsov").id == "kuznetsov"
    assert authority.on("1949-01-14").lookup("Kuznetsov").id == "kuznetsov"  # both active: the first
    assert authority.on("").lookup("Kuznetsov").id == "kuznetsov"
    assert authority.on("1949-11-23", "the delegation of V. V. Kuznetsov").lookup("Kuznetsov").id == "vasily-kuznetsov"
    assert authority.on("1953-04-09", "Fyodor Kuznetsov and Kuznetsov").lookup("Kuznetsov").id == "kuznetsov"
    assert authority.on("1953-04-09").lookup("Mikoyan").id == "mikoyan"


def test_initials_neither_namesake_has_still_make_another_person(tmp_path):
    """"Comrade N. G. Kuznetsov" (the naval minister) in 1952 is neither F. F. nor V. V.
    Kuznetsov, the one the date would choose: a provisional person, as before."""
    src = tmp_path / "src"
    src.mkdir()
    (src / "record.txt").write_text(
        "Cable, Zakharov to Filippov [Stalin]\nFebruary 12, 1952\n\nCitation:\n\n\"Cable, Zakharov to Filippov "
        "[Stalin],\" February 12, 1952, History and Public Policy Program Digital Archive, APRF, F. 45, Op. 1, D. 343, "
        "L. 12. Translated by Gary Goldberg.\nhttps://digitalarchive.wilsoncenter.org/document/990212\n\nContents:\n\n"
        "English Translation\n\nTo Comrade Filippov.\n\nThe naval minister, Comrade N. G. Kuznetsov, has been informed "
        "of the request of the Chinese comrades for torpedo boats.\n\nZAKHAROV\n\n12.II.52\n", encoding="utf-8")
    [root] = convert_dir(tmp_path, src)
    assert ("N. G. Kuznetsov", "#unresolved-n-g-kuznetsov") in _names(root)


def convert_dir(tmp_path, src) -> list:
    from tei.convert import convert_sources
    from tei.messages import Report
    from lxml import etree

    report = Report()
    convert_sources([src], tmp_path / "out", report=report)
    assert not report.count("error"), [str(m) for m in report.messages]
    return [etree.parse(str(p)).getroot() for p in sorted((tmp_path / "out").glob("*.xml"))]
