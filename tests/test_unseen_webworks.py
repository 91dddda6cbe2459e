"""Collected works as transcribed on the web: the pages readers actually find.

tests/sources/ holds three such pages, written after the layouts of the transcriptions on the
web: a page of selected works (the site's navigation line, the works' name over the title and
again at its foot, "[Source: People's Daily, ...]" under the date, address lines over the
salutation, "(Signed as ... and dated)" for the signature); a page of several texts of an
author's works (the page's own title, anchors before the items' titles, the occasion under
a title, a month alone for the date, the newspaper in parentheses under the signature, an
interview among the telegrams); and an archive's page with labelled lines under the title
("Published:", "Source: ..., Works, Volume 4, page 160. Foreign Languages Publishing House,
Moscow, 1953", "Transcription:", "HTML:").  None was read before: the first failed as no known
layout, the second as a compilation without headings, the third without its parties.
"""

from __future__ import annotations

from lxml import etree

from tei.messages import Report
from tei.sources import sniff

from source_helpers import SOURCES, T, convert, lines, text

SELECTED = "works-mao-kim-1952-09-09-web-page-selected-works-signed-note.txt"
SEVERAL = "works-stalin-web-page-of-several-texts-occasion-and-newspaper.txt"
ARCHIVE = "works-stalin-web-archive-page-labelled-source-and-credits.txt"


def bibl(doc):
    return doc.find(f"{T}teiHeader/{T}fileDesc/{T}sourceDesc/{T}bibl")


def parties(doc) -> tuple[str, str]:
    actions = doc.findall(f".//{T}correspDesc/{T}correspAction")
    return tuple(a[0].get("ref") for a in actions[:2])


def test_the_three_pages_are_read_as_collected_works():
    for name in (SELECTED, SEVERAL, ARCHIVE):
        assert sniff((SOURCES / name).read_text(encoding="utf-8")) == "collected-works", name


def test_a_page_of_selected_works(tmp_path):
    """The navigation line and the works' name are the page's; the author of the works sends
    the telegram the title addresses to Kim Il Sung; "[Source: ...]" is its first printing, not
    its date; the lines over "Comrade Premier:" its address; the signing note in the closer."""
    docs = convert(tmp_path, SELECTED)
    assert list(docs) == ["tg-1952-09-09-mao-kim-il-sung-mao-selected-works"]
    doc = docs["tg-1952-09-09-mao-kim-il-sung-mao-selected-works"]
    assert parties(doc) == ("#mao", "#kim-il-sung")
    witness = bibl(doc)
    assert witness.findtext(f"{T}title[@level='m']") == "Selected Works of Mao Tse-tung"
    assert witness.find(f"{T}biblScope[@unit='volume']") is None  # no volume on the page
    # (a newspaper's issue: its title and date; test_unseen_editions4)
    printed = witness.find(f"{T}relatedItem[@type='original']/{T}bibl")
    assert (printed.findtext(f"{T}title[@level='j']"), printed.find(f"{T}date").get("when")) == ("People's Daily", "1952-09-10")
    div = doc.find(f".//{T}body/{T}div")
    assert lines(div.find(f"{T}opener")) == [
        ("dateline", "September 9, 1952"), ("address", "Premier Kim Il Sung,"), ("address", "The Cabinet of Ministers,"),
        ("address", "The Democratic People's Republic of Korea"), ("salute", "Comrade Premier:")]
    note = div.find(f"{T}closer/{T}note[@type='annotation']")
    assert note.findtext(f"{T}label") == "Signed" and text(note).endswith("Central People's Government and dated")
    body = text(div)
    assert "Marx-Engels" not in body and "Selected Works" not in body and "Source" not in body


def test_a_page_of_several_texts(tmp_path):
    """One document per telegram, the interview left out with a warning; the page's title is
    no telegram; the office's holder is the recipient; the occasion is the heading's; the
    newspaper under the signature is where it was first printed."""
    report = Report()
    docs = convert(tmp_path, SEVERAL, report=report)
    assert sorted(docs) == ["tg-1951-05-stalin-vaclav-hruska-stalin-works", "tg-1952-04-stalin-bierut-stalin-works"]
    assert any(m.code == "not-a-telegram" and "Interview with a Correspondent" in m.text for m in report.messages)
    polish = docs["tg-1952-04-stalin-bierut-stalin-works"]
    assert parties(polish) == ("#stalin", "#bierut")
    div = polish.find(f".//{T}body/{T}div")
    assert text(div.find(f"{T}head")).endswith("On the occasion of the seventh anniversary of the signing of the "
                                               "Soviet-Polish Treaty of Friendship, Mutual Assistance and Post-war Cooperation")
    assert lines(div.find(f"{T}opener"))[0] == ("dateline", "April 1952")
    assert div.find(f"{T}opener/{T}dateline/{T}date").get("when") == "1952-04"
    assert lines(div.find(f"{T}closer")) == [("signed", "J. Stalin")]
    assert text(bibl(polish).find(f"{T}relatedItem[@type='original']")) == \
        '"Tribune of the People," Warsaw, No. 112, 23 April, 1952.'
    assert "Poland and more" not in etree.tostring(polish, encoding="unicode")
    czech = docs["tg-1951-05-stalin-vaclav-hruska-stalin-works"]
    assert parties(czech) == ("#stalin", "#unresolved-vaclav-hruska")
    person = next(p for p in czech.iter(f"{T}person") if p.findtext(f"{T}persName") == "Vaclav Hruska")
    assert "Prime Minister of the Czechoslovak Republic" in text(person)  # his office, in the entry's note
    assert all("Tribune" not in text(p) and "Q." not in text(p) for p in czech.iter(f"{T}p"))


def test_an_archive_page_with_labelled_lines(tmp_path):
    """The author's line, the labelled citation (volume, page, publisher first, place and
    year), the first printing and the web edition's credits; the office as the signature; the
    text undated, as the page gives no date."""
    report = Report()
    docs = convert(tmp_path, ARCHIVE, report=report)
    assert list(docs) == ["tg-undated-stalin-military-council-of-the-southern-front-stalin-works-4"]
    doc = docs["tg-undated-stalin-military-council-of-the-southern-front-stalin-works-4"]
    witness = bibl(doc)
    assert (witness.findtext(f"{T}author"), witness.findtext(f"{T}pubPlace"), witness.findtext(f"{T}publisher"),
            witness.find(f"{T}date").get("when"), witness.find(f"{T}biblScope[@unit='page']").get("from")) == (
        "J. V. Stalin", "Moscow", "Foreign Languages Publishing House", "1953", "160")
    assert witness.find(f"{T}biblScope[@unit='volume']").get("n") == "4"
    printed = witness.find(f"{T}relatedItem[@type='original']/{T}bibl")
    assert [c.text for c in printed] == ["Soldier of the Revolution", "12", "1918"]  # title, issue, date
    assert text(witness.find(f"{T}note[@type='credits']")) == (
        "Transcription: Andrea Rossi for the Workers' Library; HTML: Paul K. for the Reference Archive, 2004")
    div = doc.find(f".//{T}body/{T}div")
    assert lines(div.find(f"{T}closer")) == [("signed", "People's Commissar")]
    assert "Transcription" not in text(div) and "Published" not in text(div)
    assert any(m.code == "no-date" for m in report.messages)
