"""The editions' third review, as an editor of a scholarly edition read the seeds' edition whole
(the HTML pages and every page of the print volume): telegrams of one day in the order their
source numbers them, as the exchange's previous and next do."""

from __future__ import annotations

import re
from pathlib import Path

from lxml import html as lxml_html

from print_helpers import NS, dehyphenate, page_count, pdf_text
from tei.html import STYLESHEET, render_site
from tei.xslt import transform
from tei.messages import Report

TEI = NS["t"]


def text(el) -> str:
    return re.sub(r"\s+", " ", el.text_content()).strip()


def tg(key: str, sender: str, recipient: str, date: str, item: str | None, body: str = "Text.") -> str:
    """A telegram as the converter writes it, printed in a numbered source (item: its number)."""
    scope = f'<biblScope unit="item" n="{item}">{item}</biblScope>' if item else ""
    return f"""<TEI xmlns="{TEI}" xml:id="{key}"><teiHeader><fileDesc>
      <titleStmt><title type="main">{sender} to {recipient}, {f"{int(date[8:])} January 1949" if len(date) == 10 else date}</title></titleStmt>
      <publicationStmt><publisher>P</publisher><date when="2026-01-01"/></publicationStmt>
      <seriesStmt><title level="s">S</title></seriesStmt>
      <sourceDesc><bibl type="witness"><title level="a">Telegram {item}</title><title level="m">Relations</title>{scope}</bibl></sourceDesc></fileDesc>
      <profileDesc><correspDesc><correspAction type="sent"><persName>{sender}</persName><date when="{date}"/></correspAction>
        <correspAction type="received"><persName>{recipient}</persName></correspAction></correspDesc></profileDesc>
      </teiHeader><text><body><div type="telegram"><p>{body}</p></div></body></text></TEI>"""


# Two telegrams of one day, the source's no. 4 (Stalin's) before its no. 5 (Mao's reply), their
# ids in the other order; no. 10 of the next day; an unnumbered one of the first day after them.
ONE_DAY = {
    "tg-1949-01-14-mao-stalin": tg("tg-1949-01-14-mao-stalin", "Mao", "Stalin", "1949-01-14", "5", "Number five."),
    "tg-1949-01-14-stalin-mao": tg("tg-1949-01-14-stalin-mao", "Stalin", "Mao", "1949-01-14", "4", "Number four."),
    "tg-1949-01-14-aaa-stalin-mao": tg("tg-1949-01-14-aaa-stalin-mao", "Stalin", "Mao", "1949-01-14", None, "Unnumbered."),
    "tg-1949-01-15-stalin-mao": tg("tg-1949-01-15-stalin-mao", "Stalin", "Mao", "1949-01-15", "10", "Number ten."),
}
IN_ORDER = ["tg-1949-01-14-stalin-mao", "tg-1949-01-14-mao-stalin", "tg-1949-01-14-aaa-stalin-mao", "tg-1949-01-15-stalin-mao"]


def test_telegrams_of_one_day_are_listed_as_their_source_numbers_them(tmp_path):
    """Stalin's telegram of 14 January 1949 (no. 4 of Sino-Soviet Relations) and Mao's of the
    same day (no. 5) were listed by their ids, Mao's first: the home page, the chronology and
    "Previous/Next in time" put Mao's before Stalin's while "Previous/Next in the exchange"
    (the converter's order) put Stalin's first, so each page called the other telegram both the
    one before and the one after it.  Telegrams of one day now stand in the source's order
    (its item numbers as numbers: 4 before 10), an unnumbered one after them."""
    tei = tmp_path / "tei"
    tei.mkdir()
    for key, xml in ONE_DAY.items():
        (tei / f"{key}.xml").write_text(xml, encoding="utf-8")
    assert render_site(tei, tmp_path / "site", Report(), search=False).ok
    home = lxml_html.parse(str(tmp_path / "site" / "index.html"))
    listed = [re.sub(r"\.html$", "", a.get("href")) for a in home.xpath("//main//a[starts-with(@href, 'tg-')]")]
    assert [k for i, k in enumerate(listed) if k not in listed[:i]] == IN_ORDER
    chronology = lxml_html.parse(str(tmp_path / "site" / "chronology.html"))
    listed = [re.sub(r"\.html$", "", a.get("href")) for a in chronology.xpath("//main//li//a[starts-with(@href, 'tg-')]")]
    assert [k for i, k in enumerate(listed) if k not in listed[:i]] == IN_ORDER
    stalin = lxml_html.parse(str(tmp_path / "site" / "tg-1949-01-14-stalin-mao.html"))
    pager = stalin.xpath("//nav[@class='pager']")[0]
    assert "Mao to Stalin, 14 January 1949" in text(pager.xpath(".//li[contains(@class,'next')]")[0])
    assert "none" in text(pager.xpath(".//li[contains(@class,'prev')]")[0])


def test_the_print_volume_numbers_telegrams_of_one_day_as_their_source_does(tmp_path):
    """The print volume numbered the two telegrams of 14 January by their ids, Mao's no. 5 of
    the source before Stalin's no. 4; now in the source's order, as the HTML edition lists them."""
    from test_print_layout import print_docs

    pdf = print_docs(tmp_path, ONE_DAY)
    body = re.sub(r"\s+", " ", dehyphenate(pdf_text(pdf)))
    contents = re.findall(r"No\. (\d+)\. (\w+) → (\w+), (\d+) January 1949", body)[:4]
    assert contents == [("1", "Stalin", "Mao", "14"), ("2", "Mao", "Stalin", "14"), ("3", "Stalin", "Mao", "14"),
                        ("4", "Stalin", "Mao", "15")], contents
    positions = [body.find(words) for words in ("Number four.", "Number five.", "Unnumbered.", "Number ten.")]
    assert -1 not in positions and positions == sorted(positions), positions


def test_the_index_of_persons_names_the_intermediary_the_heading_names(tmp_path):
    """Kuznetsov, through whom Mao's telegram of 13 January 1949 went ("Transmitted by Orlov,
    Kuznetsov." under its heading), had no entry in the print volume's index of persons: the
    index took its pages from the names tagged in the texts only, and no text names him.  The
    persons of the heading and its "Transmitted by" line are now indexed on its page."""
    from test_print_layout import print_docs

    standoff = """<standOff><listPerson>
      <person xml:id="kuznetsov"><persName type="main">Fyodor Kuznetsov</persName><persName type="short">Kuznetsov</persName>
        <note type="identification">Head of military intelligence.</note></person>
      <person xml:id="mao"><persName type="main">Mao Zedong</persName><note type="identification">Chairman.</note></person>
      <person xml:id="stalin"><persName type="main">Joseph Stalin</persName><persName type="short">Stalin</persName>
        <note type="identification">Soviet leader.</note></person></listPerson></standOff>"""
    doc = f"""<TEI xmlns="{TEI}" xml:id="tg-1949-01-13-mao-stalin"><teiHeader><fileDesc>
      <titleStmt><title type="main">Mao Zedong to Stalin, 13 January 1949</title></titleStmt>
      <publicationStmt><publisher>P</publisher><date when="2026-01-01"/></publicationStmt>
      <sourceDesc><bibl type="witness"><title level="m">Archive</title></bibl></sourceDesc></fileDesc>
      <profileDesc><correspDesc><correspAction type="sent"><persName ref="#mao">Mao Zedong</persName><date when="1949-01-13"/></correspAction>
        <correspAction type="transmitted"><persName ref="#kuznetsov">Fyodor Kuznetsov</persName></correspAction>
        <correspAction type="received"><persName ref="#stalin">Joseph Stalin</persName></correspAction></correspDesc></profileDesc>
      </teiHeader>{standoff}<text><body><div type="telegram"><p>I received your telegram.</p>
      <closer><signed><persName ref="#mao">Mao Zedong</persName></signed></closer></div></body></text></TEI>"""
    pdf = print_docs(tmp_path, {"tg-1949-01-13-mao-stalin": doc, **{k: v for k, v in ONE_DAY.items() if "15" in k}})
    pages = [re.sub(r"\s+", " ", dehyphenate(pdf_text(pdf, n))) for n in range(1, page_count(pdf) + 1)]
    (heading_page,) = [n for n, p in enumerate(pages, 1) if "Transmitted by Kuznetsov." in p]
    (index,) = [p for p in pages if re.search(r"(^| )Index of persons (?!\.)", p)]
    assert f"Kuznetsov, Fyodor, {heading_page} " in index, index
    assert f"Stalin, Joseph, {heading_page} " in index, index


def test_the_identifications_set_ranges_of_years_and_months_with_an_en_dash(tmp_path):
    """The authority file types ranges with a hyphen ("head of military intelligence (GRU)
    1943-1949", "Stalin's envoy ... January-February 1949"); the indexes of both editions
    printed the hyphen where a book sets an en dash.  The identification as the pages print
    it has the en dash; a source's own text keeps its hyphens ("Sino-Soviet Relations, 1911-57")."""
    from test_print_layout import print_docs

    standoff = """<standOff><listPerson><person xml:id="kuznetsov"><persName type="main">Fyodor Kuznetsov</persName>
        <note type="identification">Head of the GRU 1943-1949; envoy January-February 1949; code 1234-56-7890; minister (May 1940-July 1945).</note></person>
      </listPerson></standOff>"""
    doc = f"""<TEI xmlns="{TEI}" xml:id="tg-1949-01-13-k"><teiHeader><fileDesc>
      <titleStmt><title type="main">Kuznetsov to Stalin, 13 January 1949</title></titleStmt>
      <publicationStmt><publisher>P</publisher><date when="2026-01-01"/></publicationStmt>
      <sourceDesc><bibl type="witness"><title level="m">Sino-Soviet Relations, 1911-57</title></bibl></sourceDesc></fileDesc>
      <profileDesc><correspDesc><correspAction type="sent"><persName>K</persName><date when="1949-01-13"/></correspAction>
        <correspAction type="received"><persName>S</persName></correspAction></correspDesc></profileDesc>
      </teiHeader>{standoff}<text><body><div type="telegram"><p><persName ref="#kuznetsov">Kuznetsov</persName>
      wrote of the years 1943-1949.</p></div></body></text></TEI>"""
    shown = "Head of the GRU 1943–1949; envoy January–February 1949; code 1234-56-7890; minister (May 1940–July 1945)."
    tei = tmp_path / "tei"
    tei.mkdir()
    (tei / "k.xml").write_text(doc, encoding="utf-8")
    assert render_site(tei, tmp_path / "site", Report(), search=False).ok
    persons = lxml_html.parse(str(tmp_path / "site" / "persons.html"))
    assert [text(p) for p in persons.xpath("//p[@class='identification']")] == [shown]
    page = (tmp_path / "site" / "k.html").read_text(encoding="utf-8")
    assert "1943–1949" in page and "wrote of the years 1943-1949." in page and "Sino-Soviet Relations, 1911-57" in page
    printed = re.sub(r"\s+", " ", dehyphenate(pdf_text(print_docs(tmp_path, {"k": doc}))))
    assert shown in printed and "the years 1943-1949." in printed, printed


def test_the_chronology_says_a_telegram_dated_to_its_month_as_it_is_dated(tmp_path):
    """The chronology's time line, read out to a screen reader, ran "from 6 January 1949 to 1
    February 1949": the last telegram is dated February 1949 only (drawn at the month's first
    day, a ring).  It now says "to February 1949"."""
    tei = tmp_path / "tei"
    tei.mkdir()
    (tei / "a.xml").write_text(tg("a", "Stalin", "Mao", "1949-01-06", None), encoding="utf-8")
    (tei / "b.xml").write_text(tg("b", "Stalin", "Mikoyan", "1949-02", None), encoding="utf-8")
    assert render_site(tei, tmp_path / "site", Report(), search=False).ok
    chronology = lxml_html.parse(str(tmp_path / "site" / "chronology.html"))
    (title,) = chronology.xpath("//*[local-name()='svg']/*[local-name()='title']")
    assert text(title) == "Timeline of the telegrams from 6 January 1949 to February 1949, one row per sender"


def test_the_print_index_refers_from_the_other_names_the_texts_use(tmp_path):
    """The texts of the seeds' volume write Nanking, Canton, Beiping and the Changkiang, the
    index of places had only Nanjing, Guangzhou, Beijing and Yangtze (Canton not even among the
    names under Guangzhou): a reader who met "Canton" in a text found nothing under C.  A name of
    a place or another romanisation of a person's the texts use is now a cross-reference under
    its own letter, as the pseudonyms were; not one they do not use (Peking), nor one that
    begins as the entry does (Mao Tse-tung, beside Mao Zedong)."""
    from test_print_layout import print_docs

    standoff = """<standOff><listPerson>
      <person xml:id="mao"><persName type="main">Mao Zedong</persName><persName type="wade-giles">Mao Tse-tung</persName>
        <note type="identification">Chairman.</note></person>
      <person xml:id="chiang"><persName type="main">Chiang Kai-shek</persName><persName type="pinyin">Jiang Jieshi</persName>
        <note type="identification">Leader of the Guomindang.</note></person></listPerson>
      <listPlace>
      <place xml:id="nanjing"><placeName type="main">Nanjing</placeName><placeName type="wade-giles">Nanking</placeName>
        <note type="identification">City.</note></place>
      <place xml:id="guangzhou"><placeName type="main">Guangzhou</placeName><placeName type="variant">Canton</placeName>
        <note type="identification">City in South China.</note></place>
      <place xml:id="beijing"><placeName type="main">Beijing</placeName><placeName type="wade-giles">Peking</placeName>
        <note type="identification">Capital.</note></place></listPlace></standOff>"""
    doc = f"""<TEI xmlns="{TEI}" xml:id="tg-1949-02-s"><teiHeader><fileDesc>
      <titleStmt><title type="main">Stalin to Mikoyan, February 1949</title></titleStmt>
      <publicationStmt><publisher>P</publisher><date when="2026-01-01"/></publicationStmt>
      <sourceDesc><bibl type="witness"><title level="m">Archive</title></bibl></sourceDesc></fileDesc>
      <profileDesc><correspDesc><correspAction type="sent"><persName>Stalin</persName><date when="1949-02"/></correspAction>
        <correspAction type="received"><persName>Mikoyan</persName></correspAction></correspDesc></profileDesc>
      </teiHeader>{standoff}<text><body><div type="telegram"><p>Tell <persName ref="#mao">MAO TSE-TUNG</persName> that
      <persName ref="#chiang">Chiang Kai-shek</persName> <gloss type="identification"><persName ref="#chiang">Jiang Jieshi</persName></gloss>
      left <placeName ref="#nanjing">Nanking</placeName> for <placeName ref="#guangzhou">Canton</placeName>, and
      <placeName ref="#beijing">Beijing</placeName> is ours.</p></div></body></text></TEI>"""
    body = re.sub(r"\s+", " ", dehyphenate(pdf_text(print_docs(tmp_path, {"s": doc, **{k: v for k, v in ONE_DAY.items() if "15" in k}}))))
    persons = body[body.rindex("Index of persons"):body.rindex("Index of places")]
    places = body[body.rindex("Index of places"):]
    assert "Jiang Jieshi, see Chiang Kai-shek" in persons and "Mao Tse-tung, see" not in persons, persons
    assert "Canton, see Guangzhou" in places and "Nanking, see Nanjing" in places and "Peking, see" not in places, places
    assert places.index("Beijing, ") < places.index("Canton, see") < places.index("Guangzhou, ") < places.index("Nanjing, ") < places.index("Nanking, see")


def _witness(doc_id: str, other: str, body: str) -> str:
    return f"""<TEI xmlns="{TEI}" xml:id="{doc_id}"><teiHeader><fileDesc><titleStmt><title type="main">Mao to Stalin</title>
      </titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><bibl><title level="m">{doc_id}</title></bibl>
      </sourceDesc><notesStmt><relatedItem type="witness" target="{other}.xml"/></notesStmt></fileDesc></teiHeader>
      <text><body><div type="telegram">{body}</div></body></text></TEI>"""


def test_side_by_side_keeps_the_omissions_before_and_after_an_excerpt(tmp_path):
    """The Wilson Center's record of Mao's telegram of 13 January 1949 gives an excerpt, "[…]"
    before the message and after it; the side-by-side page left both out (it aligned paragraphs,
    openers and closers only), so the excerpt looked whole beside the full text.  An omission
    before the first passage now stands with the heading, one after the last with the closing
    lines, one between passages in its place."""
    tei = tmp_path / "tei"
    tei.mkdir()
    (tei / "a.xml").write_text(_witness("a", "b", """<opener><salute>Comrade Fillipov,</salute></opener>
      <p>I received your telegram.</p><p>Second passage.</p><p>Third passage.</p>
      <closer><signed>MAO TSE-TUNG</signed></closer>"""), encoding="utf-8")
    (tei / "b.xml").write_text(_witness("b", "a", """<gap reason="omitted-in-source"/>
      <opener><salute>Comrade Filippov,</salute></opener><p>I received your telegram.</p>
      <gap reason="omitted-in-source"><desc>a passage on the radio stations</desc></gap><p>Third passage.</p>
      <closer><signed>Mao Zedong</signed></closer><gap reason="omitted-in-source"/>"""), encoding="utf-8")
    assert render_site(tei, tmp_path / "site", Report(), search=False).ok
    page = lxml_html.parse(str(tmp_path / "site" / "compare-a--b.html"))
    front = page.xpath("//div[@id='row-front']/div[@role='cell']")
    back = page.xpath("//div[@id='row-back']/div[@role='cell']")
    assert 0 < text(front[1]).index("[…]") < text(front[1]).index("Comrade Filippov,") and "[…]" not in text(front[0])
    assert text(back[1]).endswith("[…]") and text(back[1]).index("Mao Zedong") < text(back[1]).index("[…]") and "[…]" not in text(back[0])
    assert "[a passage on the radio stations]" in text(page.xpath("//main")[0])


def test_a_sources_citation_is_set_with_typographic_quotation_marks(tmp_path):
    """The Wilson Center's citation ('"Ciphered Telegram No. 0100, Stalin to Terbpin," January
    06, 1949, ...'), typed with straight marks on its web page, was printed so in the Source
    line and the list of sources of the print volume, and in the HTML's "Citation of the
    source", beside the edition's own curly ones.  Its marks are now typeset as the book's."""
    from test_print_layout import print_docs

    bibl = """<bibl type="witness"><title level="a">Ciphered Telegram No. 0100, Stalin to Terbpin</title>
      <title level="m">History and Public Policy Program Digital Archive</title><date when="1949-01-06">January 06, 1949</date>
      <note type="citation">"Ciphered Telegram No. 0100, Stalin to Terbpin," January 06, 1949, History and Public Policy
      Program Digital Archive, RGASPI, f. 558. Rossiiskii Arkhiv Sotsial'no-Politicheskoi Istorii.</note></bibl>"""
    doc = tg("tg-1949-01-06-w", "Stalin", "Mao", "1949-01-06", None).replace(
        re.search(r"<bibl type=\"witness\">.*?</bibl>", tg("x", "a", "b", "1949-01-06", None), re.S).group(), bibl)
    cited = "“Ciphered Telegram No. 0100, Stalin to Terbpin,” January 06, 1949, History and Public Policy Program Digital Archive"
    printed = re.sub(r"\s+", " ", dehyphenate(pdf_text(print_docs(tmp_path, {"w": doc}))))
    assert printed.count(cited) == 2 and '"' not in printed and "Sotsial’no-Politicheskoi" in printed, printed
    page = lxml_html.fromstring(transform(STYLESHEET, xml_text=doc))
    row = page.xpath("//dt[.='Citation of the source']/following-sibling::dd[1]")[0]
    assert text(row).startswith(cited) and '"' not in text(row), text(row)


def test_the_next_in_the_exchange_names_each_translation_by_its_source(tmp_path):
    """"Next in the exchange: Stalin to Mao Zedong, 10 January 1949 · in Joseph Stalin, Works,
    vol. 18 (2006)": the telegram's title led to one translation without saying which, the
    second link named its source.  Now the title, then each translation by its source."""
    first = tg("a", "Stalin", "Mao", "1949-01-06", None).replace(
        "</correspDesc>", '<correspContext><ref type="next" target="b.xml c.xml">Stalin to Mao, 10 January 1949</ref></correspContext></correspDesc>')
    tei = tmp_path / "tei"
    tei.mkdir()
    (tei / "a.xml").write_text(first, encoding="utf-8")
    (tei / "b.xml").write_text(tg("b", "Stalin", "Mao", "1949-01-10", "1"), encoding="utf-8")
    (tei / "c.xml").write_text(tg("c", "Stalin", "Mao", "1949-01-10", None).replace("Relations", "Works, vol. 18"), encoding="utf-8")
    assert render_site(tei, tmp_path / "site", Report(), search=False).ok
    page = lxml_html.parse(str(tmp_path / "site" / "a.html"))
    (item,) = page.xpath("//ul[@class='in-exchange']/li")
    assert text(item) == "Next in the exchange: Stalin to Mao, 10 January 1949 (in Relations · in Works, vol. 18)", text(item)
    assert [a.get("href") for a in item.xpath(".//a")] == ["b.html", "b.html", "c.html"]


def test_the_home_page_states_the_editorial_principles_and_how_to_cite(tmp_path):
    """The print volume has a note on the text (how the translations are given, the signs in
    them, dates, citing); the HTML edition said only a sentence of it.  The home page now has
    "Editorial principles" and "How to cite", linked from its introduction, and its signs are
    those the telegram pages print."""
    body = """<p>Beiping <gloss type="identification" resp="#source-editor"><placeName ref="#beijing">Beijing</placeName></gloss>
      <certainty cert="low" locus="value" resp="#source-editor"><desc>queried</desc></certainty> and
      <gap reason="omitted-in-source" resp="#source-editor"/> then <pb n="520"/> more.</p>"""
    tei = tmp_path / "tei"
    tei.mkdir()
    (tei / "a.xml").write_text(tg("a", "Stalin", "Mao", "1949-01-06", None).replace("<p>Text.</p>", body), encoding="utf-8")
    assert render_site(tei, tmp_path / "site", Report(), search=False).ok
    home = lxml_html.parse(str(tmp_path / "site" / "index.html"))
    assert home.xpath("//section[@class='intro']//a[@href='#principles']")
    (principles,) = home.xpath("//section[@id='principles']")
    assert [text(h) for h in principles.xpath(".//h2")] == ["Editorial principles", "How to cite"]
    signs = [text(dt) for dt in principles.xpath(".//dl[@class='signs']/dt")]
    assert signs[:3] == ["[…]", "[Stalin]", "[?]"] and "[p. 520]" in signs
    reading = text(lxml_html.parse(str(tmp_path / "site" / "a.html")).xpath("//div[@class='reading']")[0])
    assert "Beiping [Beijing] [?] and […] then [p. 520] more." in reading, reading
    assert "Cite this" in text(principles) and "S, January 1949" in text(principles)


def test_the_imprint_sets_its_sources_titles_in_italics_and_counts_one_telegram_as_one(tmp_path):
    """The imprint on the title page's back named the sources in roman ("Sources: History and
    Public Policy Program Digital Archive; Sino-Soviet Relations, 1911-57; ..."), the
    introduction's list of them in italics; and a volume of one telegram said "1 telegrams"."""
    from test_print_layout import print_docs

    pdf = print_docs(tmp_path, {k: v for k, v in ONE_DAY.items() if "15" in k})
    typ = pdf.with_suffix(".typ").read_text(encoding="utf-8")
    assert '#para[#"Sources: "#emph[#"Relations"]#". The list of sources' in typ
    printed = re.sub(r"\s+", " ", dehyphenate(pdf_text(pdf)))
    assert "1 telegram, edited from their TEI encoding" in printed and "A print edition of 1 telegram, typeset" in printed
    assert "The volume prints 1 telegram of January 1949" in printed and "1 telegrams" not in printed


def test_a_sources_heading_is_not_hyphenated(tmp_path):
    """"2. THE TELEGRAM FROM J. V. STALIN TO MAO TSE-TUNG DATED THE 7TH OF FEB-" / "RUARY, 1949":
    the source's heading over a telegram was hyphenated, as the edition's headings no longer
    are.  Headings of growing length put the line's end everywhere in them."""
    from test_print_layout import print_docs

    docs = {}
    for i in range(12):
        key = f"tg-1949-02-{i + 1:02d}-head"
        head = f"{i + 1}. THE TELEGRAM FROM {'COMRADE ' * (i % 4)}STALIN TO CHAIRMAN MAO{'X' * i} DATED THE {i + 1}TH OF FEBRUARY, 1949"
        docs[key] = tg(key, "Stalin", "Mao", f"1949-02-{i + 1:02d}", str(i + 1), "Text.").replace(
            "<p>Text.</p>", f"<head>{head}</head><p>Text.</p>")
    pdf = print_docs(tmp_path, docs)
    lines = [line.strip() for line in pdf_text(pdf).splitlines()]
    broken = [line for line in lines if re.search(r"[A-Z][-\u00ad]$", line)]
    assert not broken, broken
    assert sum("FEBRUARY, 1949" in line for line in lines) >= 12


def test_the_source_row_cites_place_publisher_and_pages_as_the_print_volume_does():
    """The Source row of Stalin's Works read "Works, vol. 18, pp. 520–521, Information and Soyuz
    Publishing Center, Tver, 2006": the pages before the publisher, the place after it, where
    the print volume cites "Tver: Information and Soyuz Publishing Center, 2006, pp. 520–521"."""
    doc = f"""<TEI xmlns="{TEI}" xml:id="t"><teiHeader><fileDesc><titleStmt><title type="main">T</title></titleStmt>
      <publicationStmt><p/></publicationStmt><sourceDesc><bibl type="witness"><title level="a">Telegram to Mao Zedong</title>
      <title level="m">Works</title><pubPlace>Tver</pubPlace><publisher>Information and Soyuz Publishing Center</publisher>
      <date when="2006">2006</date><biblScope unit="volume" n="18">18</biblScope>
      <biblScope unit="page" from="520" to="521">520–521</biblScope></bibl></sourceDesc></fileDesc></teiHeader>
      <text><body><div type="telegram"><p>Text.</p></div></body></text></TEI>"""
    page = lxml_html.fromstring(transform(STYLESHEET, xml_text=doc))
    row = page.xpath("//dt[.='Source']/following-sibling::dd[1]")[0]
    assert text(row) == "“Telegram to Mao Zedong”, Works, vol. 18, Tver: Information and Soyuz Publishing Center, 2006, pp. 520–521"
