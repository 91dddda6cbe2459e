"""The list of sources (the HTML's lists and the print's): a book the source leaves untitled named in
the edition's words with the imprint the source gives, and one book cited under a short title and
a fuller one listed once, under the fuller (never two volumes or two books merged)."""

from __future__ import annotations

from pathlib import Path

import lxml.html
from lxml import etree

from conftest import require
from print_helpers import NS
from tei.html import render_site
from tei.html.entry import source_of, unified_titles
from tei.messages import Report
from tei.pdf import print_volume


def _doc(key: str, when: str, bibl: str) -> str:
    """A telegram of the converter's shape citing its source with bibl."""
    return f"""<TEI xmlns="{NS['t']}" xml:id="{key}"><teiHeader><fileDesc>
      <titleStmt><title type="main">Mao to Dimitrov, {when}</title></titleStmt>
      <publicationStmt><publisher>P</publisher><date when="2026-01-01"/></publicationStmt>
      <sourceDesc><bibl type="witness"><title level="a">Telegram {key}</title>{bibl}</bibl></sourceDesc></fileDesc>
      <profileDesc><correspDesc><correspAction type="sent"><persName>Mao</persName><date when="{when}"/></correspAction>
        <correspAction type="received"><persName>Dimitrov</persName></correspAction></correspDesc></profileDesc>
      </teiHeader><text><body><div type="telegram"><p>Text of {key}.</p></div></body></text></TEI>"""


SHORT = '<title level="m">Zhdanov Notebook</title><date when="2011">2011</date>'
FULL = ('<title level="m">The Notebook of Andrei Zhdanov, 1939-1948</title><pubPlace>London</pubPlace>'
        '<publisher>Example Press</publisher><date when="2011">2011</date>')


def _editions(tmp_path: Path, docs: dict[str, str]) -> tuple[list[str], str]:
    """The sources the HTML home page's list names after each telegram, and the print's list of sources."""
    require("pdftotext", "the PDF's text is read with poppler-utils")
    tei = tmp_path / "tei"
    tei.mkdir()
    for key, text in docs.items():
        (tei / f"{key}.xml").write_text(text, encoding="utf-8")
    assert render_site(tei, tmp_path / "site", Report(), search=False).ok
    home = lxml.html.fromstring((tmp_path / "site" / "index.html").read_bytes())
    listed = [" ".join(s.text_content().split()) for s in home.find_class("entry-source")]
    pdf = tmp_path / "out.pdf"
    report = Report()
    assert print_volume(sorted(tei.glob("*.xml")), pdf, report), [str(m) for m in report.messages]
    typ = pdf.with_suffix(".typ").read_text(encoding="utf-8")
    return listed, typ[typ.index('#section(title: "List of sources")'):]


def test_a_book_cited_by_a_short_title_and_its_full_one_is_one_source_in_both_editions(tmp_path):
    """Three telegrams "From the Zhdanov Notebook", one from "The Notebook of Andrei Zhdanov,
    1939-1948" (London, 2011): one book, listed once, under its fuller title, in the HTML's lists
    and in the print's list of sources."""
    docs = {f"tg-{n}": _doc(f"tg-{n}", f"1944-0{n}-01", SHORT) for n in (1, 2, 3)}
    docs["tg-4"] = _doc("tg-4", "1944-04-01", FULL)
    listed, sources = _editions(tmp_path, docs)
    assert listed == ["(The Notebook of Andrei Zhdanov, 1939-1948)"] * 4, listed
    assert sources.count("#subsection(") == 1, sources
    assert '#subsection("The Notebook of Andrei Zhdanov, 1939-1948")' in sources
    assert sources.count("#source-entry(") == 4
    # (each telegram's own citation is its source's: the short title where it gives the short one)
    assert '#emph[#"Zhdanov Notebook"]' in sources


def test_two_volumes_and_two_books_are_kept_apart(tmp_path):
    """A short title that one volume's title holds ("Volume II") may be that volume's, and a title
    two different books' titles hold is neither's: each stays its own source, as do books by
    different editors or of different years."""
    docs = {"tg-1": _doc("tg-1", "1944-01-01", SHORT),
            "tg-2": _doc("tg-2", "1944-02-01", FULL),
            "tg-3": _doc("tg-3", "1944-03-01", '<title level="m">The Notebook of Andrei Zhdanov, Volume II</title>'
                                                 '<date when="2011">2011</date>')}
    listed, sources = _editions(tmp_path, docs)
    assert sorted(listed) == ["(The Notebook of Andrei Zhdanov, 1939-1948)", "(The Notebook of Andrei Zhdanov, Volume II)",
                              "(Zhdanov Notebook)"], listed
    assert sources.count("#subsection(") == 3
    assert unified_titles({"Zhdanov Notebook": {"|"}, "The Zhdanov Notebook and Letters": {"|"},
                           "The Zhdanov Notebook of Leningrad": {"|"}}) == {}  # (two books hold it)
    assert unified_titles({"Zhdanov Notebook": {"kuznetsov|"}, "The Notebook of Andrei Zhdanov": {"volkov|"}}) == {}
    assert unified_titles({"Zhdanov Notebook": {"|1990"}, "The Notebook of Andrei Zhdanov": {"|2011"}}) == {}
    assert unified_titles({"Zhdanov Notebook": {"|2011"}, "The Notebook of Andrei Zhdanov": {"volkov|2011"}}) == {
        "Zhdanov Notebook": "The Notebook of Andrei Zhdanov"}
    # (a year alone more, the year of the part the items are printed in, may be a part's or an edition's)
    assert unified_titles({"Correspondence with Winston S. Churchill and Clement R. Attlee": {"|"},
                           "Correspondence with Winston S. Churchill and Clement R. Attlee, 1943": {"|"}}) == {}
    # (one title typed two ways, its words the same: one book, by its shortest spelling, and the short
    # title of it the fuller's; not where the years differ)
    war = "Correspondence with the Allies of the Soviet Union during the Patriotic War of 1941{}1945"
    assert unified_titles({war.format(" - "): {"|"}, war.format("-"): {"|"}, "Correspondence with the Allies of the Soviet Union": {"|"}}) == {
        war.format(" - "): war.format("-"), "Correspondence with the Allies of the Soviet Union": war.format("-")}
    assert unified_titles({"Dimitrov Diary": {"|"}, "The Dimitrov Diary": {"|"}}) == {"The Dimitrov Diary": "Dimitrov Diary"}
    assert unified_titles({"Zhdanov Notebook": {"|1990"}, "ZHDANOV NOTEBOOK": {"|1991"}}) == {}
    # (a title of words many books' titles share names no one book)
    assert unified_titles({"Selected Documents": {"|"}, "Selected Documents on Soviet Policy in Asia": {"|"}}) == {}
    # (what neither title gives is no evidence that they agree: a short title of fewer than four words
    # that does not share an editor or a year with the fuller is kept apart; a person the short title
    # names is not evidence, as all his memoirs hold his name)
    korean = {"The Korean War": {"|"}, "The Korean War in Soviet Documents: A Selection, 1950-1951": {"|"}}
    assert unified_titles(korean) == {}
    assert unified_titles({**korean, "The Korean War": {"|1994"}, "The Korean War in Soviet Documents: A Selection, 1950-1951": {"|1994"}}) == {
        "The Korean War": "The Korean War in Soviet Documents: A Selection, 1950-1951"}
    assert unified_titles({"Stalin Letters": {"|"}, "Molotov Letters to Stalin": {"|"}}) == {}
    assert unified_titles({"Khrushchev Remembers": {"khrushchev|"}, "Khrushchev Remembers: The Last Testament": {"khrushchev|"}}) == {}
    assert unified_titles({"Khrushchev Remembers": {"talbott|1970"}, "Khrushchev Remembers: The Last Testament": {"talbott|1974"}}) == {}
    assert unified_titles({"Dimitrov Diary": {"banac|"}, "The Diary of Georgi Dimitrov, 1933-1949": {"banac|2003"}}) == {
        "Dimitrov Diary": "The Diary of Georgi Dimitrov, 1933-1949"}
    assert unified_titles({"Dimitrov Diary": {"|"}, "The Diary of Georgi Dimitrov, 1933-1949": {"|2003"}}) == {}
    # (a word more than five of the edition's titles hold is no book's: "Stalin" in an edition of his telegrams)
    many = {f"Stalin and {who}": {"|1950"} for who in ("Gottwald", "Tito", "Rakosi", "Bierut", "Kim")}
    assert unified_titles({**many, "Stalin Telegrams": {"|1950"}, "Stalin Telegrams to Mao": {"|1950"}}) == {}
    assert unified_titles({"Stalin Telegrams": {"|1950"}, "Stalin Telegrams to Mao": {"|1950"}}) == {"Stalin Telegrams": "Stalin Telegrams to Mao"}
    assert unified_titles({"Documents on German Foreign Policy": {"|"},
                           "Documents on German Foreign Policy, Series D": {"|"}}) == {}


def test_a_book_the_source_leaves_untitled_is_named_in_brackets_with_its_imprint():
    """A copy without its title page: "[untitled book]" in the edition's words, with the place,
    publisher and year the source gives, which tell two such books apart (the lists had "Untitled
    book (the source names none)" for every one)."""
    def named(bibl: str) -> str:
        return source_of(etree.fromstring(_doc("tg-1", "1920-08-24", bibl)))[0]

    assert named('<title level="m" type="supplied">[untitled book]</title><pubPlace>Moscow</pubPlace>'
                 '<publisher>Progress Publishers</publisher><date when="1965">1965</date>') == \
        "[untitled book], Moscow: Progress Publishers, 1965"
    assert named('<title level="m" type="supplied">[untitled book]</title><date when="1942">1942</date>') == "[untitled book], 1942"
    assert named('<title level="m" type="supplied">[untitled book]</title>') == "[untitled book]"
    # (with a volume, its year follows the volume, once)
    assert named('<title level="m" type="supplied">[untitled book]</title><author>V. I. Lenin</author>'
                 '<biblScope unit="volume" n="30">30</biblScope><pubPlace>Moscow</pubPlace>'
                 '<publisher>Progress Publishers</publisher><date when="1965">1965</date>') == \
        "V. I. Lenin, [untitled book], Moscow: Progress Publishers, vol. 30 (1965)"
    # (a book's own title is not followed by its imprint: its title names it)
    assert named(FULL) == "The Notebook of Andrei Zhdanov, 1939-1948"



def test_the_html_and_the_print_weigh_a_title_with_an_ampersand_alike(tmp_path):
    """The HTML compared a title's escaped text ("Stalin &amp; Roosevelt", a word "amp" more), the
    print its text: a fuller title that adds only years ("..., 1941-1945": may be a part's) was
    merged in the HTML's lists and kept apart in the print's.  Both keep it apart now."""
    year = '<date when="1957">1957</date>'
    docs = {"tg-1": _doc("tg-1", "1944-01-01", f'<title level="m">Stalin Roosevelt Correspondence</title>{year}'),
            "tg-2": _doc("tg-2", "1944-02-01", f'<title level="m">Stalin &amp; Roosevelt Correspondence, 1941-1945</title>{year}')}
    listed, sources = _editions(tmp_path, docs)
    assert sorted(listed) == ["(Stalin & Roosevelt Correspondence, 1941-1945)", "(Stalin Roosevelt Correspondence)"], listed
    assert sources.count("#subsection(") == 2, sources
