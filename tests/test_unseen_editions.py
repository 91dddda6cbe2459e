"""What a review of the editions and the header found lacking: the editorial declaration did
not say how a name two entries share is linked where nothing decides, nor that words divided at
line ends are joined; the print edition dropped what FRUS's @corresp names point to, printed a
collected works' citation in capitals as printed; a romanized name the authority file lacks was
title-cased "Tse-Tung"; the side-by-side view aligned a list's numbered points by content only."""

from __future__ import annotations

import re
import subprocess

from lxml import html as lxml_html

from conftest import SHARED, require
from print_helpers import dehyphenate, pdf_text
from source_helpers import T, convert, text
from tei.html import render_site
from tei.messages import Report

CAPITALS = "works-stalin-mao-1949-06-17-citation-in-capitals-unknown-name-in-title.txt"
KEY = "tg-1949-06-17-stalin-mao-stalin-sochineniya-18"


def flat(pdf) -> str:
    return re.sub(r"\s+", " ", dehyphenate(pdf_text(pdf)))


# --- 1. the editorial declaration ----------------------------------------------------------------

def test_editorial_declaration_says_how_namesakes_are_linked_and_that_divided_words_are_joined(tmp_path):
    """Every header says that a name two entries share, where neither the text nor the date
    decides, is linked to the first entry and reported, and (TEI's hyphenation, @eol="hard")
    that a word a line's end divided is joined, a word's own hyphen kept; valid against the
    project's schema and tei_all."""
    docs = convert(tmp_path, CAPITALS)
    decl = docs[KEY].find(f".//{T}encodingDesc/{T}editorialDecl")
    interpretation = text(decl.find(f"{T}interpretation"))
    assert "Where neither the text nor the date decides, the name is linked to the entry the authority file lists " \
           "first, and reported" in interpretation
    hyphenation = decl.find(f"{T}hyphenation")
    assert hyphenation is not None and hyphenation.get("eol") == "hard"
    assert '"govern-" / "ment"' in text(hyphenation) and "is joined" in text(hyphenation)
    from tei.validate import validate_paths
    problems = validate_paths([tmp_path])
    assert not [p for p in problems if p.severity == "error"], problems
    jing = require("jing", "tei_all is checked with jing")
    rng = require(SHARED / "tei" / "tei_all.rng", "the official TEI schema is read from ../shared/tei")
    run = subprocess.run([jing, str(rng), str(tmp_path / f"{KEY}.xml")], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout


def test_the_schema_takes_only_teis_values_of_eol(tmp_path):
    """The project's schema allows hyphenation's @eol with TEI's values, and no other."""
    docs = convert(tmp_path, CAPITALS)
    from tei.validate import validate_paths
    path = tmp_path / f"{KEY}.xml"
    path.write_text(path.read_text(encoding="utf-8").replace('eol="hard"', 'eol="sometimes"'), encoding="utf-8")
    assert [p for p in validate_paths([path]) if p.severity == "error"] and docs


# --- 3. a collected works' citation printed in capitals, 4. a romanized name in a title ----------

def test_a_citation_printed_in_capitals_is_read_and_cited_in_title_case(tmp_path):
    """"I. V. STALIN. SOCHINENIYA. T. 18. TVER: ...": the works' title was "SOCHINENIYA", the
    author, place and publisher were not read; the citation note keeps it as printed."""
    bibl = convert(tmp_path, CAPITALS)[KEY].find(f".//{T}sourceDesc/{T}bibl")
    assert bibl.findtext(f"{T}title[@level='m']") == "Sochineniya"
    assert bibl.findtext(f"{T}author") == "I. V. Stalin" and bibl.find(f"{T}author").get("ref") == "#stalin"
    assert (bibl.findtext(f"{T}pubPlace"), bibl.findtext(f"{T}publisher")) == \
        ("Tver", "Informatsionno-Izdatel'skii Tsentr \"Soyuz\"")
    assert bibl.findtext(f"{T}note[@type='citation']/{T}choice/{T}orig").startswith("I. V. STALIN. SOCHINENIYA. T. 18. TVER:")


def test_a_romanized_name_the_authority_file_lacks_keeps_its_second_syllable_small(tmp_path):
    """"TELEGRAM TO MAO TSE-TUNG ON THE RAILWAY MISSION OF TENG TAI-YUAN": Teng Tai-yuan is
    neither in the authority file nor in the text, and was cited "Teng Tai-Yuan"."""
    from tei.sources.base import title_case

    docs = convert(tmp_path, CAPITALS)
    assert docs[KEY].findtext(f".//{T}sourceDesc/{T}bibl/{T}title[@level='a']") == \
        "Telegram to Mao Tse-tung on the Railway Mission of Teng Tai-yuan"
    assert title_case("CHOU EN-LAI'S LETTER ON THE SINO-SOVIET TREATY") == "Chou En-lai's Letter on the Sino-Soviet Treaty"
    assert title_case("TO PAK HON-YONG AND CH'EN PO-TA") == "To Pak Hon-yong and Ch'en Po-ta"
    # a compound is no name: "Sino-Korean", "North-East", "Anti-Aircraft" keep their capital
    assert title_case("THE SINO-KOREAN BORDER IN NORTH-EAST CHINA, ANTI-AIRCRAFT") == \
        "The Sino-Korean Border in North-East China, Anti-Aircraft"


def test_print_cites_a_citation_printed_in_capitals_in_title_case(tmp_path):
    """The print's Source line printed the citation note as given ("I. V. STALIN. SOCHINENIYA.
    ..."); it cites the description, in title case, as the HTML edition's Source does."""
    from tei.pdf import print_volume

    require("pdftotext", "the PDF's text is read with poppler-utils")
    convert(tmp_path / "tei", CAPITALS)
    pdf = tmp_path / "out.pdf"
    assert print_volume(sorted((tmp_path / "tei").glob("*.xml")), pdf, Report(), alone=True)
    printed = flat(pdf)
    # (the item's title stands above it, "As headed in the source": the Source line names the book)
    assert "Source: I. V. Stalin, Sochineniya, vol. 18, Tver: Informatsionno-Izdatel'skii Tsentr \"Soyuz\", 2006, " \
           "pp. 531–532." in printed, printed
    assert "SOCHINENIYA" not in printed


# --- 2. FRUS's @corresp in print ------------------------------------------------------------------

def test_print_tells_what_a_names_corresp_points_to(tmp_path):
    """FRUS's "<persName corresp="#p_KHA1">Kissinger</persName>" links to its list of persons in
    the HTML edition (its entry on hover); the print edition printed the name alone.  It now
    gives the entry in a footnote at the name's first mention in the document (in a note too)."""
    from tei.pdf import print_volume

    require("pdftotext", "the PDF's text is read with poppler-utils")
    frus = require(SHARED / "frus" / "frus1969-76ve13-excerpt.xml", "FRUS TEI samples are read from ../shared/frus")
    pdf = tmp_path / "frus.pdf"
    assert print_volume([frus], pdf, Report(), alone=True)
    typ = pdf.with_suffix(".typ").read_text(encoding="utf-8")
    note = '#footnote[#"Kissinger, Henry A., Assistant to the President for National Security Affairs from January 1969"]'
    assert typ.count(note) == 1  # the first mention only
    assert typ.count('#footnote[#"Saunders, Harold H., member, National Security Council staff, 1969–1971"]') == 1
    printed = flat(pdf)
    assert "Kissinger, Henry A., Assistant to the President for National Security Affairs from January 1969" in printed
    # inline TEI: a name in the text, its target elsewhere in the document
    tei = f"""<TEI xmlns="{T[1:-1]}"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>
      <publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader>
      <text><front><div xml:id="persons"><list><item><persName xml:id="p_ZE1">Zhou Enlai</persName>, Premier of the
      State Council</item></list></div></front><body><div><p>Talks with <persName corresp="#p_ZE1">Chou</persName>
      went on; <persName corresp="#p_ZE1">Chou</persName> agreed.</p></div></body></text></TEI>"""
    src = tmp_path / "inline.xml"
    src.write_text(tei, encoding="utf-8")
    assert print_volume([src], tmp_path / "inline.pdf", Report(), alone=True)
    typ = (tmp_path / "inline.typ").read_text(encoding="utf-8")
    assert typ.count('#footnote[#"Zhou Enlai, Premier of the State Council"]') == 1
    assert "Premier of the State Council" in flat(tmp_path / "inline.pdf").split("agreed")[-1]


# --- 5. the side-by-side view: a list's points by their numbers ----------------------------------

def _translation(doc_id: str, other: str, body: str) -> str:
    return f"""<TEI xmlns="{T[1:-1]}" xml:id="{doc_id}"><teiHeader><fileDesc><titleStmt><title type="main">Stalin to Mao</title>
      </titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><bibl><title level="m">{doc_id}</title></bibl>
      </sourceDesc><notesStmt><relatedItem type="witness" target="{other}.xml"/></notesStmt></fileDesc></teiHeader>
      <text><body><div type="telegram">{body}</div></body></text></TEI>"""


def _points(points: dict[str, str]) -> str:
    return '<list rend="numbered">' + "".join(
        f'<item n="{n}">{words}<list rend="numbered"><item n="a">Sub-point a.</item></list></item>'
        for n, words in points.items()) + "</list>"


def test_side_by_side_aligns_a_lists_points_by_their_numbers(tmp_path):
    """Points with points under them are a list of items, each with its @n: the view aligned
    them by what they say (the list whole, or passages of lists), never point 2 with point 2.
    Now the items are aligned by number where both translations number them, a point one lacks
    facing "not in this translation", each side's items in a numbered list of their own."""
    tei = tmp_path / "tei"
    tei.mkdir()
    (tei / "a.xml").write_text(_translation("a", "b", "<p>Opening words.</p>" + _points({
        "1": "The railway specialists leave on the 25th.",
        "2": "The delegation may come when it suits you, and its journey will be arranged by Kovalev with care.",
        "4": "Report on the results."})), encoding="utf-8")
    (tei / "b.xml").write_text(_translation("b", "a", "<p>Opening.</p>" + _points({
        "1": "The specialists go.",
        "2": "Delegation welcome.",
        "3": "The credit agreement is to be signed in Moscow by the two governments' plenipotentiaries.",
        "4": "Report the results to us."})), encoding="utf-8")
    assert render_site(tei, tmp_path / "site", Report(), search=False).ok
    page = lxml_html.parse(str(tmp_path / "site" / "compare-a--b.html"))
    rows = page.xpath("//div[@role='row'][not(contains(@class, 'compare-head'))]")
    assert [r.get("id") for r in rows] == ["row-pre", "row-n1", "row-n2", "row-n3", "row-n4"]
    cells = {r.get("id"): [lxml_html.tostring(c, method="text", encoding="unicode") for c in r.xpath("./div[@role='cell']")]
             for r in rows}
    assert "railway specialists" in cells["row-n1"][0] and "specialists go" in cells["row-n1"][1]
    assert "not in this translation" in cells["row-n3"][0] and "credit agreement" in cells["row-n3"][1]
    assert "Report on the results" in cells["row-n4"][0] and "Report the results" in cells["row-n4"][1]
    # each point in a numbered list, its number shown
    item = page.xpath("//div[@id='row-n2']/div[@role='cell'][1]/ol[contains(@class, 'tei-list')]/li[@value='2']")
    assert item and "2." in text(item[0])
