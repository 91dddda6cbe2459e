"""The editions' seventh review, the sixth's leftovers: the print introduction's signs explained
only where the volume prints them, the home page's summaries' quotation marks, the language
both editions declare, surnames of several words filed as the authority file says."""

from __future__ import annotations

import re

from lxml import html as lxml_html

from print_helpers import dehyphenate, pdf_text
from tei.html import render_site
from tei.messages import Report
from test_editions_review4 import text


def _intro_of(pdf) -> str:
    whole = re.sub(r"\s+", " ", dehyphenate(pdf_text(pdf)))
    start = whole.index("Note on the text")
    return whole[start:whole.index("No. 1. ", start)]


def test_the_print_introduction_explains_each_sign_of_the_text_only_where_the_volume_prints_it(tmp_path):
    """The seeds' introduction explained "[?]", "[signature]", "| 12" and "¹" in a volume that
    printed none of them; only the asterisk and "c." were explained where they are used.  Each
    sign of the text is explained now where the volume prints it, and only there."""
    from test_print_layout import print_docs, tei

    explained = {"[?]": "The editor of the source doubts", "[signature]": "The editor’s description of something written",
                 "| 12": "A new page of the source begins", "¹": "A note in the source, printed at the foot"}
    plain = {"tg-a": tei("tg-a", "<p>One.</p>", sent="1949-01-10"), "tg-b": tei("tg-b", "<p>Two.</p>", sent="1949-01-11")}
    (tmp_path / "plain").mkdir()
    intro = _intro_of(print_docs(tmp_path / "plain", plain))
    assert "[…] Words the source leaves out" in intro, intro  # the signs every volume has
    assert not [s for s, words in explained.items() if words in intro], intro

    bodies = {"[?]": '<p>He left<certainty locus="value"><desc>query</desc></certainty> early.</p>',
              "[signature]": '<p>Text.</p><closer><signed>Mao <note type="annotation">signature</note></signed></closer>',
              "| 12": '<p>First page.</p><pb n="12"/><p>Second page.</p>',
              "¹": '<p>Text.<note place="foot">A note of the source.</note></p>'}
    for sign, body in bodies.items():
        folder = tmp_path / str(len(list(tmp_path.iterdir())))
        folder.mkdir()
        intro = _intro_of(print_docs(folder, dict(plain, **{"tg-b": tei("tg-b", body, sent="1949-01-11")})))
        assert [s for s, words in explained.items() if words in intro] == [sign], (sign, intro)


def test_the_home_pages_list_sets_a_summarys_quotation_marks_as_the_telegram_page_does(tmp_path):
    """The telegram page and the print set the archive's summary with typographic quotation
    marks (review6); the home page's list of telegrams still showed its straight ones."""
    from test_editions_review4 import doc

    summary = """<abstract><p>Stalin advises against "clearing the area" before Mao Zedong's visit.</p></abstract>"""
    tei = tmp_path / "tei"
    tei.mkdir()
    (tei / "s.xml").write_text(doc("s", "1949-02-01", "<p>Text.</p>").replace("<profileDesc>", "<profileDesc>" + summary), encoding="utf-8")
    assert render_site(tei, tmp_path / "site", Report(), search=False).ok
    listed = [text(p) for p in lxml_html.parse(str(tmp_path / "site" / "index.html")).getroot().find_class("entry-summary")]
    assert listed == ["Stalin advises against “clearing the area” before Mao Zedong’s visit."], listed


def test_both_editions_declare_the_language_the_tei_declares(tmp_path):
    """The web pages said lang="en", the PDF en-GB.  The TEI files say xml:lang="en" (their
    translations keep each source's spelling, British or American): both editions say "en"."""
    from test_editions_review4 import doc
    from test_print_layout import print_docs

    xml = {k: doc(k, f"1949-02-0{i}", "<p>Text.</p>").replace(" xml:id=", ' xml:lang="en" xml:id=', 1) for i, k in enumerate("st", 1)}
    tei = tmp_path / "tei"
    tei.mkdir()
    for k, v in xml.items():
        (tei / f"{k}.xml").write_text(v, encoding="utf-8")
    assert render_site(tei, tmp_path / "site", Report(), search=False).ok
    pages = {p.name: lxml_html.parse(str(p)).getroot().get("lang") for p in (tmp_path / "site").glob("*.html")}
    assert set(pages.values()) == {"en"}, pages

    (tmp_path / "pdf").mkdir()
    declared = re.findall(rb"/Lang\s*\(([^)]*)\)", print_docs(tmp_path / "pdf", xml).read_bytes())
    assert declared == [b"en"], declared


def test_a_surname_of_two_words_the_authority_file_marks_is_filed_by_both_indexes(tmp_path):
    """Archibald Clark Kerr was filed "Kerr, Clark" in the indexes: a name was filed by its last
    word.  The authority file marks a surname that is not the last word (persName/surname), the
    converter copies the entry into the document's standOff, and both indexes file it by it."""
    from lxml import etree

    from index_helpers import printed_index, site_filing
    from source_helpers import convert_one
    from test_editions_review4 import doc

    converted = convert_one(tmp_path / "convert", "frus-web-vyshinsky-clark-kerr-undated-note-quoted-letter-formula-without-comma.txt")
    [entry] = converted.xpath("//t:standOff//t:person[t:persName[@type = 'main']/t:surname = 'Clark Kerr']",
                              namespaces={"t": "http://www.tei-c.org/ns/1.0"})
    key = entry.get("{http://www.w3.org/XML/1998/namespace}id")
    people = {"acheson": "Dean Acheson", "bevin": "Ernest Bevin", "dulles": "John Foster Dulles", "eden": "Anthony Eden"}
    entries = etree.tostring(entry, encoding="unicode") + "".join(
        f'<person xml:id="{i}"><persName type="main">{n}</persName></person>' for i, n in people.items())
    body = "<p>" + ", ".join(f'<persName ref="#{i}">{n}</persName>' for i, n in {**people, key: "Clark Kerr"}.items()) + " came.</p>"
    xml = doc("w", "1950-06-29", body, f"<standOff><listPerson>{entries}</listPerson></standOff>")

    filed = site_filing(tmp_path, xml)
    assert filed == ["Dean Acheson", "Ernest Bevin", "Archibald Clark Kerr", "John Foster Dulles", "Anthony Eden"], filed
    index = printed_index(tmp_path, xml)
    assert "Kerr, Clark" not in index, index[:600]
    at = [index.index(n) for n in ("Acheson, Dean", "Bevin, Ernest", "Clark Kerr, Archibald", "Dulles, John Foster", "Eden, Anthony")]
    assert at == sorted(at), index[:600]
