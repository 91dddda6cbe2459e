"""The editions' seventeenth review: a hyphenated compound in the print's text and notes breaks
only at its own hyphen, an opener of four lines breaks between its pairs, the ranges of numbers
the editions compose have an en dash and the converter's notes typographic quotation marks, the
HTML's lists mark the mentions in notes, and "Cite this" without a base URL names no file."""

from __future__ import annotations

import re

from site_helpers import site_of


def test_a_hyphenated_compound_in_the_text_and_a_note_breaks_only_at_its_hyphen_in_print(tmp_path):
    """A paragraph and a footnote broke "Sino-Soviet" and "Tse-tung" inside a part ("Sino-So-" /
    "viet", "Tse-" / "tung" is right, "Mao Tse-t-" is not): a compound already hyphenated breaks
    at its own hyphen or not at all, wherever it stands.  Words of every number before it put the
    compound at every place of a line, in the text and in the note."""
    from print_helpers import layout_lines_at_every_place

    compound = "the Sino-Soviet negotiations {} Mao Tse-tung on the counter-revolutionary bandits"
    # (the layout's text keeps a line's last hyphen, the plain text joins the word again)
    lines = layout_lines_at_every_place(tmp_path, compound.format("with"), compound.format("and"))
    assert sum("Sino-" in line for line in lines) >= 40, lines
    assert sum("Tse-" in line for line in lines) >= 40, lines
    # (a break the hyphenation made ends its line with a hyphen or a soft hyphen in the PDF's text)
    broken = [line for line in lines if re.search(r"(Sino-\w+|Tse-\w+|counter-\w+)[-\xad]$", line)]
    assert not broken, broken
    # (broken at its own hyphen it may be: the test puts it at every place, some must)
    assert [line for line in lines if re.search(r"(Sino|Tse)-$", line)], lines


def test_an_opener_of_four_lines_breaks_over_a_page_between_its_pairs(tmp_path):
    """An opener of four lines (markings, routing and address) went over whole with the heading
    where it did not fit, and left the page before lines empty; by the widow's and orphan's rule
    (two lines each) it may part between its two pairs: the first two stay with the heading, the
    last two with the text.  One of three lines still goes over whole."""
    from print_helpers import word_boxes
    from test_print_layout import _padded, print_docs

    def body(i: int, filler: str) -> str:
        n = 4 if i % 2 else 3
        kinds = ("classification", "transmission", "address", "address")[-n:]
        lines = "".join(f'<seg type="{kind}">Head{k}n{i} line of the opener</seg>' for k, kind in enumerate(kinds))
        text = " ".join(f"w{i}x{k}" for k in range(60))
        return f"<opener>{lines}</opener><p>Startword{i} {text} Endword{i}.</p>"

    pdf = print_docs(tmp_path, _padded(body))
    where: dict[str, int] = {}
    for page, boxes in enumerate(word_boxes(pdf), start=1):
        for *_, w in boxes:
            where[w] = page
    broken = {3: 0, 4: 0}
    for i in range(1, 41):
        n = 4 if i % 2 else 3
        pages = [where[f"Head{k}n{i}"] for k in range(n)]
        assert where[f"Sender{i}"] == pages[0] == pages[1], (i, pages)
        assert pages[-2] == pages[-1] == where[f"Startword{i}"] == where[f"w{i}x0"], (i, pages)
        broken[n] += pages[0] != pages[-1]
    assert broken[3] == 0 and broken[4] >= 2, broken


def test_an_issues_range_is_cited_with_an_en_dash_in_both_editions(tmp_path):
    """A journal's "issues 6-7" (the source's hyphen) was cited so in the lines the editions
    compose, where a page range had the edition's en dash ("pp. 211–213"): every range of
    numbers the editions compose has it, in the Source lines, the HTML's lists and the print's."""
    import lxml.html

    from print_helpers import pdf_text
    from test_print_layout import print_docs, tei

    def doc(key: str, sent: str) -> str:
        bibl = ('<title level="j">Cold War Bulletin</title><biblScope unit="issue">6-7</biblScope>'
                '<date when="1996">1996</date><biblScope unit="page" from="30" to="31">30-31</biblScope>')
        return tei(key, "<p>The Government agrees.</p>", sent=sent).replace('<title level="m">Book</title>', bibl)

    docs = {"tg-j1": doc("tg-j1", "1950-10-08"), "tg-j2": doc("tg-j2", "1950-10-09")}
    text = " ".join(pdf_text(print_docs(tmp_path, docs)).split())
    assert text.count("issues 6–7") >= 2, text
    assert "6-7" not in text and "30-31" not in text, text

    page = lxml.html.fromstring((site_of(tmp_path, docs) / "tg-j1.html").read_bytes())
    [source] = page.xpath("//dt[. = 'Source']/following-sibling::dd[1]")
    assert "issues 6–7" in source.text_content(), source.text_content()
    pages = {p.name: p.read_text(encoding="utf-8") for p in (tmp_path / "site").rglob("*.html")}
    assert [name for name, html in pages.items() if "Cold War Bulletin, issues 6–7" in html and name != "tg-j1.html"], sorted(pages)
    assert not [name for name, html in pages.items() if "issues 6-7" in html], sorted(pages)


def test_a_range_typed_with_a_unicode_hyphen_is_cited_in_the_plural(tmp_path):
    """A range typed with U+2010 (hyphen) or U+2011 (non-breaking hyphen) got the edition's en
    dash but a singular label, "p. 148–150", "issue 6–7": the label's test knew only the ASCII
    hyphen.  f:scope (both editions' citations) and its Python twin (the HTML's source name, the
    print's source title) read the same hyphens as a range as the en dash's rewrite does; a single
    number keeps the singular."""
    from lxml import etree
    from saxonche import PySaxonProcessor

    from tei.html.entry import source_of
    from tei.paths import XSLT_DIR
    from tei.pdf.volume import Document, source_title
    from tei.readings import issue_scope
    from test_print_layout import tei

    scopes = ('<t:biblScope unit="page">148\u2010150</t:biblScope><t:biblScope unit="issue">6\u20117</t:biblScope>'
              '<t:biblScope unit="page">148 \u2011 150</t:biblScope><t:biblScope unit="issue">6\u20107</t:biblScope>'
              '<t:biblScope unit="page">148</t:biblScope><t:biblScope unit="issue">5</t:biblScope>')
    exe = PySaxonProcessor(license=False).new_xslt30_processor().compile_stylesheet(stylesheet_text=f"""<xsl:stylesheet version="3.0"
        xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:f="urn:tei-telegrams:functions"
        xmlns:t="http://www.tei-c.org/ns/1.0">
      <xsl:import href="{(XSLT_DIR / 'common' / 'functions.xsl').as_uri()}"/>
      <xsl:variable name="bibl"><t:bibl>{scopes}</t:bibl></xsl:variable>
      <xsl:template name="xsl:initial-template"><xsl:value-of select="$bibl//t:biblScope ! f:scope(.)" separator="|"/></xsl:template>
    </xsl:stylesheet>""")
    cited = exe.call_template_returning_string().removeprefix('<?xml version="1.0" encoding="UTF-8"?>').split("|")
    assert cited == ["pp. 148–150", "issues 6–7", "pp. 148–150", "issues 6–7", "p. 148", "issue 5"], cited

    assert [issue_scope(s) for s in ("6\u20117", "6\u20107", "6 \u2010 7", "5")] == ["issues 6–7"] * 3 + ["issue 5"]
    for hyphen in "\u2010\u2011":
        bibl = f'<title level="j">Cold War Bulletin</title><biblScope unit="issue">6{hyphen}7</biblScope>'
        xml = tei("tg-u1", "<p>The Government agrees.</p>").replace('<title level="m">Book</title>', bibl)
        root = etree.fromstring(xml.encode("utf-8"))
        assert source_of(root)[0] == "Cold War Bulletin, issues 6–7", source_of(root)
        assert source_title(Document(tmp_path / "tg-u1.xml", "tg-u1", root.getroottree())) == "Cold War Bulletin, issues 6–7"


def test_the_converters_notes_have_the_editions_typographic_quotes(tmp_path):
    """The notes the converter writes (a date's, a record's missing citation, a note on the
    source) are typed with straight marks ("the record's 'Source' is empty"), and the editions
    printed them so beside the summary's and citation's typographic ones: the editions typeset
    them as they do those (f:typographic); the TEI keeps what was typed, and the telegram's own
    text the source's characters."""
    import lxml.html

    from print_helpers import pdf_text
    from test_print_layout import print_docs, tei

    doc = tei("tg-q", '<p>He said "no" and left.</p>', sent="1950-10-08")
    doc = doc.replace('<date when="1950-10-08"/>',
                      """<date when="1950-10-08"/><note type="date">The record's date is the 'sent' line's.</note>""")
    doc = doc.replace('<title level="m">Book</title>',
                      """<title level="m">Book</title><note type="source">The volume prints parts ('[Excerpts]').</note>"""
                      """<note type="uncited">The record's 'Source' is empty in the copy.</note>""")
    text = " ".join(pdf_text(print_docs(tmp_path, {"tg-q": doc})).split())
    for said in ("The record’s date is the ‘sent’ line’s.", "The volume prints parts (‘[Excerpts]’)."):
        assert said in text, text
    assert "'" not in text.replace("He said", ""), [w for w in text.split() if "'" in w]
    assert 'He said "no" and left.' in text, text

    page = lxml.html.fromstring((site_of(tmp_path, {"tg-q": doc}) / "tg-q.html").read_bytes())
    shown = " ".join(page.xpath("string(//main)").split())
    for said in ("The record’s date is the ‘sent’ line’s.", "The volume prints parts (‘[Excerpts]’).",
                 "The record’s ‘Source’ is empty in the copy."):
        assert said in shown, shown
    assert 'He said "no" and left.' in shown, shown
    assert "record's" not in shown, shown


def test_the_html_lists_mark_the_mentions_in_notes_as_the_print_index_does(tmp_path):
    """The persons', places' and organisations' lists counted a telegram's mentions in its notes
    with those in its text, unmarked, where the print's index marks a page "12n": a count now
    says how many are in notes ("3 mentions (1n)"), and the list says what the "n" means."""
    import lxml.html

    from test_print_layout import tei

    standoff = ('<standOff><listPlace><place xml:id="kalgan"><placeName>Zhangjiakou</placeName></place>'
                '<place xml:id="mukden"><placeName>Shenyang</placeName></place>'
                '<place xml:id="dairen"><placeName>Dalian</placeName></place></listPlace></standOff>')
    body = ('<p>We took <placeName ref="#mukden">Mukden</placeName>, <placeName ref="#dairen">Dairen</placeName> '
            'and <placeName ref="#dairen">Dairen</placeName> port.'
            '<note place="foot">Near <placeName ref="#kalgan">Kalgan</placeName>, not '
            '<placeName ref="#dairen">Dairen</placeName>.</note></p>')
    places = lxml.html.fromstring((site_of(tmp_path, {"tg-ix": tei("tg-ix", body, standoff=standoff)}) / "places.html").read_bytes())

    def counted(key: str) -> str:
        [item] = places.xpath(f"//section[@id='{key}']//ul[@class='backrefs']/li[a[contains(@href, 'tg-ix.html')]]")
        return " ".join(item.xpath("string(span[@class='mentions'])").split())

    assert counted("mukden") == "— 1 mention", counted("mukden")
    assert counted("dairen") == "— 3 mentions (1n)", counted("dairen")
    assert counted("kalgan") == "— 1 mention (1n)", counted("kalgan")
    [legend] = places.xpath("//p[@class='intro legend']")
    assert "“3 mentions (1n)”: that many of the mentions are in the telegram’s notes" in legend.text_content()


def test_cite_this_without_a_base_url_ends_with_the_document_not_a_file_name(tmp_path):
    """Built without --base-url, "Cite this" ended with the page's bare file name ("tg-x.html"),
    an address of no site, where it is read from the disk: the citation now names the edition
    and the document's id and stops there; the address, where the page is served, is put in by
    edition.js (the span hidden until then)."""
    import lxml.html

    from test_print_layout import tei

    site = site_of(tmp_path, {"tg-cite": tei("tg-cite", "<p>The Government agrees.</p>")})
    page = lxml.html.fromstring((site / "tg-cite.html").read_bytes())
    [citation] = page.xpath("//p[@id='citation']")
    said = " ".join(citation.text_content().split())
    assert re.search(r"in The Stalin–Mao Telegrams, .*document tg-cite, version of 1 January 2026\.$", said), said
    assert ".html" not in said, said
    [url] = citation.xpath(".//span[@class='cite-url']")
    assert url.get("hidden") is not None and url.get("data-local") is not None, lxml.html.tostring(citation)
    script = (tmp_path / "site" / "assets").rglob("edition*.js")
    assert any("url.hidden = false" in p.read_text(encoding="utf-8") for p in script)
