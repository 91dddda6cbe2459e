"""The editions' second review, as a reader of the HTML and the print edition found them: item
titles printed in capitals cited so, a reprint said twice, a heading that took its whole block to
the next page, a note's label before a note that names itself, source names in the lists not in
italics, FRUS's bold names, renditions, persons list and datelines, and straight quotation marks
in the identifications of the index."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import html as lxml_html

from conftest import SHARED, require
from print_helpers import NS, dehyphenate, pdf_text, word_boxes
from source_helpers import convert
from tei.html import STYLESHEET, render_site
from tei.messages import Report
from tei.xslt import transform

TEI = NS["t"]


def text(el) -> str:
    return re.sub(r"\s+", " ", el.text_content()).strip()


def page(xml: str):
    return lxml_html.fromstring(transform(STYLESHEET, xml_text=xml))


def print_docs(folder: Path, docs: dict[str, str], alone: bool = False) -> Path:
    from test_print_layout import print_docs as print_layout_docs
    return print_layout_docs(folder, docs, alone=alone)


def flat(pdf: Path) -> str:
    return re.sub(r"\s+", " ", dehyphenate(pdf_text(pdf)))


def tg(key: str, date: str, body: str, bibl: str = "", header: str = "", standoff: str = "") -> str:
    """A telegram as the converter writes it, its source description and body given."""
    return f"""<TEI xmlns="{TEI}" xml:id="{key}"><teiHeader><fileDesc>
      <titleStmt><title type="main">Mao Zedong to Stalin, {date}</title></titleStmt>
      <publicationStmt><publisher>P</publisher><date when="2026-01-01"/></publicationStmt>
      <seriesStmt><title level="s">S</title></seriesStmt>
      <sourceDesc>{bibl or '<bibl type="witness"><title level="m">Book</title></bibl>'}</sourceDesc></fileDesc>
      <profileDesc>{header}<correspDesc><correspAction type="sent"><persName>Mao</persName><date when="{date}"/></correspAction>
        <correspAction type="received"><persName>Stalin</persName></correspAction></correspDesc></profileDesc>
      </teiHeader>{standoff}<text><body><div type="telegram">{body}</div></body></text></TEI>"""


# --- 1. an item's title printed in capitals ----------------------------------------------------

def test_an_items_title_printed_in_capitals_is_cited_in_title_case(tmp_path):
    """“TELEGRAM FROM MAO ZEDONG TO FILIPPOV, 12 AUGUST 1951”, in Far Eastern Affairs: the HTML
    panel, the print's Source line and its list of sources cited a compilation's item as its
    heading is printed.  The converter now cites it in title case (the titleStmt keeps the
    heading as printed), the names as the authority file or the text writes them."""
    docs = convert(tmp_path / "tei", "compilation-1961-headings-in-capitals-cited-in-title-case.txt")
    files = sorted((tmp_path / "tei").glob("*.xml"))
    cited = "“Telegram from Mao Tse-tung to J. V. Stalin on the Air Divisions of Teng Yu-lin, 12 March 1951”"
    source = page(files[0].read_text(encoding="utf-8")).xpath("//dt[.='Source']/following-sibling::dd[1]")[0]
    assert text(source).startswith(cited + ", The Soviet Union and the Korean War: Selected Telegrams, 1951, no. 1")
    printed = flat(print_docs(tmp_path, {p.stem: p.read_text(encoding="utf-8") for p in files}))
    # (the Source line under the heading names the book alone: the item's heading is printed over its text)
    assert "Source: The Soviet Union and the Korean War: Selected Telegrams, 1951, no. 1" in printed
    sources = printed.split("List of sources")[-1]
    assert cited in sources and "the CC VKP(b), 15 March 1951”" in sources
    assert "TELEGRAM FROM" not in printed.split("Index of persons")[0].split("Introduction")[-1].replace(
        "TELEGRAM FROM MAO TSE-TUNG", "").replace("TELEGRAM FROM J. V. STALIN", "")  # (only the headings in the text)
    assert len(docs) == 2


# --- 2. each printing once -------------------------------------------------------------------

def test_print_says_each_printing_once(tmp_path):
    """A record whose citation says where it is reprinted ("... Reprinted in Shen Zhihua (ed.),
    ...") printed the reprint again under "Republished:", and an archive's citation of the
    book it reproduces the text from again under "First published:"."""
    citation = ('“Cable, Roshchin to Filippov”, April 14, 1951, Wilson Center Digital Archive, APRF, f. 45, op. 1, '
                'd. 337, ll. 78-80. Reprinted in Shen Zhihua (ed.), Chaoxian zhanzheng: Eluosi dang\'anguan de jiemi '
                'wenjian (Taipei: Academia Sinica, 2003), vol. 2, pp. 703-705.')
    bibl = f"""<bibl type="witness"><title level="a">Cable, Roshchin to Filippov</title>
      <title level="m">Wilson Center Digital Archive</title>
      <relatedItem type="original"><bibl>Jianguo yilai Mao Zedong wengao, vol. 2, p. 201</bibl></relatedItem>
      <relatedItem type="reprint"><bibl>Shen Zhihua (ed.), Chaoxian zhanzheng: Eluosi dang'anguan de jiemi wenjian
        (Taipei: Academia Sinica, 2003), vol. 2, pp. 703-705</bibl></relatedItem>
      <note type="citation">{citation}</note></bibl>"""
    printed = flat(print_docs(tmp_path, {"tg-r": tg("tg-r", "1951-04-14", "<p>Text.</p>", bibl)}, alone=True))
    assert printed.count("Chaoxian zhanzheng") == 1 and "Republished" not in printed
    # a printing the citation does not give is still said
    assert "First published: Jianguo yilai Mao Zedong wengao, vol. 2, p. 201" in printed


# --- 3. a heading and the lines under it at a page's foot --------------------------------------

PARA = ("<p>The four air divisions have finished their training and will move to the airfields near Antung by the "
        "end of the month, where the Soviet instructors are to stay with them.</p>")


def test_print_keeps_a_heading_with_its_first_lines_not_with_its_whole_block(tmp_path):
    """No. 4 of the seeds' volume went to the next page with its Source lines, the rule, the
    source's heading and the first lines of its text, all held together, and left a third of
    page 9 blank; the lines under the heading were let go on over the page, and then one heading
    in nine of tests/sources' volumes stood at a page's foot with its lines and no text (No. 99 of
    volume 1).  The heading is kept with the lines under it and the text's first lines, as a book
    keeps a heading with its text: the page before is left short, by less than a third."""
    bibl = """<bibl type="witness"><title level="a">Telegram from Mao Zedong to Stalin on the Air Divisions</title>
      <title level="m">Documents on the Korean War, 1950-1953</title><pubPlace>Moscow</pubPlace><date>1961</date>
      <relatedItem type="reprint"><bibl>Shen Zhihua (ed.), Chaoxian zhanzheng: Eluosi dang'anguan de jiemi wenjian
        (Taipei: Academia Sinica, 2003), vol. 2, pp. 703-705</bibl></relatedItem></bibl>
      <msDesc><msIdentifier><repository>APRF</repository><idno>f. 45, op. 1, d. 334, ll. 97-98</idno></msIdentifier></msDesc>"""
    summary = ("<abstract><p>Mao Zedong asks Stalin to keep the Soviet instructors with the air divisions for two more "
               "months, and reports on the airfields and on the state of the divisions' training.</p></abstract>")
    head = "<head>TELEGRAM FROM MAO TSE-TUNG TO J. V. STALIN</head>"
    for n in (22, 23, 24):  # the first telegram's end at several heights of its last page
        folder = tmp_path / str(n)
        folder.mkdir()
        pdf = print_docs(folder, {"tg-a": tg("tg-a", "1951-03-12", head + PARA * n + "<p>Kaesong.</p>"),
                                  "tg-b": tg("tg-b", "1951-03-13", head + PARA * 6, bibl, summary)})
        pages = word_boxes(pdf)
        text_bottom = max(y1 for pg in pages for x0, y0, x1, y1, w in pg if not re.fullmatch(r"[\d–]+", w))
        end = max(i for i, pg in enumerate(pages) if any(w == "Kaesong." for *_, w in pg))
        ends_at = max(y1 for x0, y0, x1, y1, w in pages[end] if y0 > 40 and not re.fullmatch(r"[\d–]+", w))
        text_top = min(y0 for pg in pages for x0, y0, x1, y1, w in pg if w == "Source:")  # (a heading at a page's top)
        heading = [(i, y0) for i, pg in enumerate(pages) for x0, y0, x1, y1, w in pg if w == "Source:"][-1]
        # (the second telegram's text begins under the source's heading, its last "TSE-TUNG")
        text_page = max(i for i, pg in enumerate(pages) if any(w == "TSE-TUNG" for *_, w in pg))
        assert heading[0] == text_page, (n, heading, text_page)
        # the page the first telegram ends on is full, or the second's heading begins on it, or it
        # is left short by less than a third of a page
        assert heading[0] == end or text_bottom - ends_at < (text_bottom - text_top) / 3, (n, heading, end, ends_at, text_bottom)


# --- 4. a note that names itself; source names in the lists ------------------------------------------

def test_a_note_that_says_it_gives_the_source_has_no_label_before_it():
    """FRUS's source note ("Source: National Archives, ...", note type="source") was labelled
    "(Note of the source) Source: National Archives"; a note of the source without such a word
    keeps its label."""
    xml = tg("tg-n", "1951-03-12", '<p>Text.<note type="source" n="1">Source: National Archives, box 1031.</note> More.'
             '<note type="source" n="2">The letter is not published.</note></p>')
    notes = page(xml).xpath("//section[contains(@class, 'notes')]//li")
    assert [text(n) for n in notes] == ["1. Source: National Archives, box 1031. ↩",
                                        "2. (Note in the source) The letter is not published. ↩"]


def test_source_names_in_the_lists_are_in_italics(tmp_path):
    """The home page's list named each telegram's source in roman ("(Brothers in Arms: The
    Sino-Soviet Alliance, 1945-1963)"), where the introduction and the panels set them as titles."""
    src = tmp_path / "tei"
    src.mkdir()
    for key, date in (("tg-a", "1951-03-12"), ("tg-b", "1951-03-13")):
        bibl = f'<bibl type="witness"><title level="m">Brothers in Arms {key}</title></bibl>'
        (src / f"{key}.xml").write_text(tg(key, date, "<p>Mao Zedong thanks Stalin.</p>", bibl), encoding="utf-8")
    out = tmp_path / "site"
    assert render_site(src, out, Report(), search=False).ok
    home = lxml_html.parse(str(out / "index.html")).getroot()
    assert [text(c) for c in home.xpath("//li[@class='entry']//span[@class='entry-source']/cite")] == [
        "Brothers in Arms tg-a", "Brothers in Arms tg-b"]
    pager = lxml_html.parse(str(out / "tg-a.html")).getroot().xpath("//li[@class='next']/cite")
    assert [text(c) for c in pager] == ["Brothers in Arms tg-b"]


# --- 5. TEI of others: FRUS ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def frus(tmp_path_factory):
    src = tmp_path_factory.mktemp("frus-src")
    for name in ("frus1949v07p1-excerpt.xml", "frus1969-76ve13-excerpt.xml"):
        path = require(SHARED / "frus" / name, "FRUS samples are read from ../shared/frus")
        (src / name).write_bytes(Path(path).read_bytes())
    out = tmp_path_factory.mktemp("frus-site")
    assert render_site(src, out, Report(), search=False).ok
    return src, out


def test_frus_bold_name_has_no_space_before_its_comma(frus):
    """"<hi rend="strong"><persName>Chou En-lai</persName>⏎</hi>, Premier": the line break
    inside the bold ended in a space before the comma, "Chou En-lai , Premier"."""
    pg = lxml_html.parse(str(frus[1] / "frus1969-76ve13-excerpt.html")).getroot()
    persons = [text(li) for li in pg.xpath("//div[@id='persons']//li")]
    assert "Chou En-lai, Premier of the People's Republic of China" in persons
    assert not [p for p in persons if " ," in p]


def test_frus_renditions_are_honoured(frus, tmp_path):
    """FRUS declares its renditions in its tagsDecl ("right": "display: inline; float: right;")
    and sets its datelines rendition="#right": both editions set them at the left."""
    pg = lxml_html.parse(str(frus[1] / "frus1949v07p1-excerpt.html")).getroot()
    datelines = pg.xpath("//div[@class='tei-opener']/p[contains(@class, 'tei-dateline')]")
    assert datelines and all("r-right" in d.get("class").split() for d in datelines)
    assert "r-right" not in " ".join(pg.xpath("//p[contains(@class, 'tei-seg')]/@class"))
    css = (frus[1] / "assets" / "edition.css").read_text(encoding="utf-8")
    assert ".r-right { text-align: right; }" in css and ".r-center { text-align: center; }" in css
    # a rendition named, or declared by its CSS: italic and small capitals too
    xml = tg("tg-r", "1951-03-12", '<p rendition="#c">Centred <hi rendition="#i">words</hi> and <seg rendition="#smallcaps">caps</seg>.</p>',
             header="").replace("</fileDesc>", "</fileDesc><encodingDesc><tagsDecl><rendition xml:id=\"c\">text-align: center;</rendition>"
                                              "<rendition xml:id=\"i\">font-style: italic;</rendition></tagsDecl></encodingDesc>")
    p = page(xml).xpath("//div[@class='reading']//p[contains(@class, 'tei-p')]")[0]
    assert "r-center" in p.get("class").split()
    assert p.xpath(".//*[contains(@class, 'r-italic')][.='words']") and p.xpath(".//*[contains(@class, 'r-smallcaps')][.='caps']")
    # print: the dateline at the right, no space before it
    pdf = tmp_path / "frus.pdf"
    from tei.pdf import print_volume
    assert print_volume([frus[0] / "frus1949v07p1-excerpt.xml"], pdf, Report(), alone=True)
    typ = pdf.with_suffix(".typ").read_text(encoding="utf-8")
    assert '("date", [#smallcaps[#"Paris"]#", "#"January 14, 1949—2 p. m."], "right")' in typ
    words = [b for pg in word_boxes(pdf) for b in pg]
    left = min(x0 for x0, y0, x1, y1, w in words)
    paris = [x0 for x0, y0, x1, y1, w in words if w == "Paris,"]
    assert paris and all(x > left + 100 for x in paris), (left, paris)


def test_frus_names_link_to_its_list_of_persons(frus):
    """FRUS names a person in its text with @corresp to its list of persons ("<persName
    corresp="#p_KHA1">Kissinger</persName>"): the name was plain text."""
    pg = lxml_html.parse(str(frus[1] / "frus1969-76ve13-excerpt.html")).getroot()
    links = pg.xpath("//a[contains(@class, 'corresp')][.='Kissinger']")
    assert links and {a.get("href") for a in links} == {"#p_KHA1"}
    assert links[0].get("title") == "Kissinger, Henry A., Assistant to the President for National Security Affairs from January 1969"
    target = pg.xpath("//*[@id='p_KHA1']")
    assert len(target) == 1 and text(target[0]) == "Kissinger, Henry A."


# --- 6. the identifications' quotation marks -------------------------------------------------------

def test_identifications_are_shown_with_typographic_quotation_marks(tmp_path):
    """The authority file types its identifications with straight marks ("signed his cables to
    Mao as "Filippov"", "People's"): the tooltips, the index pages and the print's index showed
    them so.  The TEI keeps them; the editions print “Filippov” and People’s."""
    standoff = """<standOff><listPerson><person xml:id="stalin"><persName type="main">Joseph Stalin</persName>
      <note type="identification">Chairman of the USSR Council of Ministers; signed his cables to Mao as "Filippov";
        'the boss' of the People's commissars.</note></person></listPerson></standOff>"""
    xml = tg("tg-q", "1951-03-12", '<p>To <persName ref="#stalin">Filippov</persName>.</p>', standoff=standoff)
    src = tmp_path / "tei"
    src.mkdir()
    (src / "tg-q.xml").write_text(xml, encoding="utf-8")
    assert render_site(src, tmp_path / "site", Report(), search=False).ok
    shown = "signed his cables to Mao as “Filippov”; ‘the boss’ of the People’s commissars."
    pg = lxml_html.parse(str(tmp_path / "site" / "tg-q.html")).getroot()
    assert pg.xpath("//a[@class='entity person']/@data-tip")[0].endswith(shown)
    index = lxml_html.parse(str(tmp_path / "site" / "persons.html")).getroot()
    assert text(index.xpath("//p[@class='identification']")[0]).endswith(shown)
    printed = flat(print_docs(tmp_path, {"tg-q": xml, "tg-p": tg("tg-p", "1951-03-13", "<p>Text.</p>")}))
    assert "“Filippov”" in printed.split("Index of persons")[-1] and "People’s" in printed
    assert '"Filippov"' in xml  # (the TEI as typed)
