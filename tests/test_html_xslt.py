"""The HTML edition's XSLT on small TEI fragments: one case per behaviour, plus the site build."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from lxml import etree, html as lxml_html

from tei.html import STATIC, STYLESHEET, render_site
from tei.messages import Report
from tei.xslt import XsltError, stylesheet, transform

from conftest import SHARED, require

TEI = "http://www.tei-c.org/ns/1.0"

STANDOFF = """
<standOff>
  <listPerson>
    <person xml:id="stalin"><persName type="main">Joseph Stalin</persName><persName type="short">Stalin</persName>
      <idno type="wikidata">Q855</idno><note type="identification">Soviet leader.</note></person>
  </listPerson>
  <listPlace><place xml:id="beijing"><placeName type="main">Beijing</placeName><note type="identification">City.</note></place></listPlace>
</standOff>"""


def render(body: str, header: str = "") -> lxml_html.HtmlElement:
    """A telegram page for a TEI body fragment, parsed as HTML."""
    doc = f"""<TEI xmlns="{TEI}" xml:id="t"><teiHeader><fileDesc><titleStmt><title type="main">T</title></titleStmt>
      <publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc>{header}</teiHeader>{STANDOFF}
      <text><body><div type="telegram">{body}</div></body></text></TEI>"""
    out = transform(STYLESHEET, xml_text=doc)
    return lxml_html.fromstring(out)


def reading(page) -> lxml_html.HtmlElement:
    return page.xpath("//div[@class='reading']")[0]


def text(el) -> str:
    return re.sub(r"\s+", " ", el.text_content()).strip()


# --- notes -------------------------------------------------------------------------------

def test_note_anchor_and_back_link():
    page = render('<p>Text<note place="foot" n="1">The note.</note> more.</p><p>Two<note>Second.</note></p>')
    refs = page.xpath("//a[@class='noteref']")
    assert [r.get("href") for r in refs] == ["#note-1", "#note-2"]
    assert [r.get("id") for r in refs] == ["noteref-1", "noteref-2"]
    notes = page.xpath("//section[contains(@class,'notes')]//li")
    assert [n.get("id") for n in notes] == ["note-1", "note-2"]
    assert notes[0].xpath(".//a[@class='backref']/@href") == ["#noteref-1"]
    assert "The note." in text(notes[0])
    assert "The note." not in text(reading(page).xpath(".//p")[0])  # the note is not inline


# --- editorial brackets ------------------------------------------------------------------

@pytest.mark.parametrize("fragment, shown", [
    ('<gap/>', "[…]"),
    ('<gap reason="illegible"><desc>two words illegible</desc></gap>', "[two words illegible]"),
    ('<gloss type="identification"><persName ref="#stalin">Stalin</persName></gloss>', "[Stalin]"),
    ('<certainty cert="low" locus="value"><desc>queried</desc></certainty>', "[?]"),
    ('<pb n="520"/>', "[p. 520]"),
])
def test_editorial_marks_in_brackets(fragment, shown):
    page = render(f"<p>Before {fragment} after.</p>")
    p = reading(page).xpath(".//p")[0]
    assert shown in text(p)
    assert text(p).startswith("Before") and text(p).endswith("after.")


def test_gloss_is_styled_as_editorial_and_certainty_explained():
    page = render('<p>Filippov <gloss resp="#source-editor"><persName ref="#stalin">Stalin</persName></gloss>'
                  '<certainty cert="low"><desc>The editor queries this.</desc></certainty></p>')
    gloss = page.xpath("//span[contains(@class,'gloss')]")[0]
    assert "editorial" in gloss.get("class") and text(gloss) == "[Stalin]"
    assert page.xpath("//abbr[contains(@class,'certainty')]/@title") == ["The editor queries this."]


def test_page_break_is_a_marker_with_an_anchor():
    page = render('<p>one <pb n="520"/>two</p>')
    pb = page.xpath("//span[@class='pb']")[0]
    assert pb.get("id") == "page-520" and text(pb) == "[p. 520]"


# --- structure ---------------------------------------------------------------------------

def test_numbered_paragraphs_keep_their_number():
    page = render('<p>Intro</p><p n="1">First</p><p n="2">Second</p>')
    ps = reading(page).xpath(".//p[contains(@class,'tei-p')]")
    assert [text(p) for p in ps] == ["Intro", "1. First", "2. Second"]
    assert [p.get("id") for p in ps] == ["p1", "p2", "p3"]


def test_lists_bulleted_and_numbered():
    page = render('<p>Conditions:</p><list rend="bulleted"><item>a</item><item>b</item></list>'
                  '<list><item n="1">x</item><item n="2">y</item></list>')
    assert [text(li) for li in page.xpath("//ul[contains(@class,'tei-list')]/li")] == ["a", "b"]
    assert [text(li) for li in page.xpath("//ol[contains(@class,'tei-list')]/li")] == ["1. x", "2. y"]


def test_list_inside_paragraph_makes_valid_html():
    page = render('<p>Lead <list><item>a</item></list> tail</p>')
    block = reading(page).xpath(".//*[contains(@class,'tei-p')]")[0]
    assert block.tag == "div" and block.xpath(".//ul/li")


def test_nested_quotes_and_block_quote():
    page = render('<p>He said <q>they call it <q>peace</q> now</q>.</p><quote type="reply"><p>Reply text.</p></quote>')
    outer = page.xpath("//p//q")[0]
    assert outer.xpath("./q") and text(outer.xpath("./q")[0]) == "peace"
    assert text(page.xpath("//blockquote/p")[0]) == "Reply text."


def test_opener_closer_signature():
    page = render('<opener><salute>Comrade Filippov,</salute></opener><p>x</p>'
                  '<closer><dateline><date when="1949-01-12">12.01.1949</date></dateline><signed>MAO</signed></closer>')
    assert text(page.xpath("//div[@class='tei-opener']/p")[0]) == "Comrade Filippov,"
    closer = page.xpath("//div[@class='tei-closer']")[0]
    assert closer.xpath(".//time/@datetime") == ["1949-01-12"]
    assert text(closer.xpath(".//p[contains(@class,'tei-signed')]")[0]) == "MAO"


def test_second_signer_under_his_office_set_apart():
    """Two signers each under his office (Lenin's and Stalin's telegram of 2 October 1918): the
    five lines read as one signature, the second office as the first signer's; the second
    signature is now set apart (class "apart", a margin above it).  Names alone stacked stay
    close."""
    page = render('<p>x</p><closer><signed>Chairman of the Council<lb/>V. Ulyanov-Lenin</signed>'
                  "<signed>People's Commissar<lb/>J. Stalin</signed></closer>")
    first, second = page.xpath("//div[@class='tei-closer']/p")
    assert first.get("class") == "tei-signed" and second.get("class") == "tei-signed apart"
    page = render("<p>x</p><closer><signed>LIU SHAOQI</signed><signed>GAO GANG</signed></closer>")
    assert page.xpath("//div[@class='tei-closer']/p/@class") == ["tei-signed", "tei-signed"]
    css = (STATIC / "edition.css").read_text(encoding="utf-8")
    assert re.search(r"\.tei-closer \.tei-signed\.apart \{ margin-top: 1rem; \}", css)


def test_the_day_and_hour_a_cable_came_in_the_panel():
    """A cable's receipt, "Received 11 March 1950, 0330 hrs" (the compilation of 2006, No. 31),
    is in the header (correspAction type="received", 1950-03-11T03:30:00) but the panel showed
    the date it was sent alone; 46 telegrams of tests/sources have one."""
    corresp = """<profileDesc><correspDesc>
      <correspAction type="sent"><persName>Shtykov</persName><date when="1950-03-10"/></correspAction>
      <correspAction type="received"><persName>Vyshinsky</persName><date when="1950-03-11T03:30:00"/></correspAction>
      </correspDesc></profileDesc>"""
    page = render("<p>x</p>", header=corresp)
    panel = page.xpath("//section[@class='meta']/dl")[0]
    rows = {text(dt): dd for dt, dd in zip(panel.xpath("dt"), panel.xpath("dd"))}
    assert text(rows["Date"]) == "10 March 1950"
    assert text(rows["Received"]) == "11 March 1950, 03:30"
    assert rows["Received"].xpath("time/@datetime") == ["1950-03-11T03:30:00"]
    # a day without its hour; none given, no row
    page = render("<p>x</p>", header=corresp.replace("1950-03-11T03:30:00", "1950-03-11"))
    assert "11 March 1950" in [text(dd) for dd in page.xpath("//section[@class='meta']//dd")]
    page = render("<p>x</p>", header=corresp.replace('<date when="1950-03-11T03:30:00"/>', ""))
    assert "Received" not in [text(dt) for dt in page.xpath("//section[@class='meta']//dt")]


# --- names, dates, links -----------------------------------------------------------------

def test_name_links_to_index_with_identification_on_focus():
    page = render('<p>Cde. <persName ref="#stalin">Stalin</persName> in <placeName ref="#beijing">Beiping</placeName>.</p>')
    link = page.xpath("//a[contains(@class,'entity')]")[0]
    assert link.get("href") == "persons.html#stalin"
    assert link.get("aria-describedby") == "tip-stalin" and "Soviet leader." in link.get("data-tip")
    assert "Soviet leader." in text(page.xpath("//*[@id='tip-stalin']")[0])
    assert page.xpath("//a[contains(@class,'entity')]/@href")[1] == "places.html#beijing"


def test_nested_names_do_not_nest_links():
    page = render('<p><orgName ref="#stalin">Government of <placeName ref="#beijing">Beijing</placeName></orgName></p>')
    assert [" ".join(a.text_content().split()) for a in reading(page).xpath(".//a")] == ["Government of Beijing"]
    assert not page.xpath("//a//a")


def test_dates_carry_iso_value():
    page = render('<p>On <date when="1949-01-01" evidence="internal">the 1st of January</date>.</p>')
    t = page.xpath("//time[contains(@class,'date')]")[0]
    assert t.get("datetime") == "1949-01-01" and "supplied" in t.get("class")


@pytest.mark.parametrize("target, linked", [
    ("https://example.org/x", True),
    ("http://example.org/x", True),
    ("other.xml", True),
    ("javascript:alert(1)", False),
    ("JavaScript:alert(1)", False),
    (" javascript:alert(1)", False),
    ("data:text/html,hi", False),
    ("vbscript:x", False),
    ("file:///etc/passwd", False),
    ("mailto:x@example.org", False),
])
def test_only_safe_targets_become_links(target, linked):
    page = render(f'<p>See <ref target="{target}">this</ref>.</p>')
    links = reading(page).xpath(".//a[not(contains(@class,'entity'))]")
    assert bool(links) is linked
    assert "this" in text(reading(page))
    assert not page.xpath("//@href[contains(translate(., 'JAVSCRIPT', 'javscript'), 'javascript')]")


def test_source_text_stays_text():
    page = render('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>')
    assert not page.xpath("//main//script")
    assert "<script>alert(1)</script> & more" in text(reading(page))


def test_unknown_elements_fall_back_to_their_text():
    page = render('<p>Keep <madeUp>these <b xmlns="urn:other">words</b></madeUp> here.</p><strange><p>Block text.</p></strange>')
    assert "Keep these words here." in text(reading(page))
    assert "Block text." in text(reading(page))


# --- runner ------------------------------------------------------------------------------

def test_runner_compiles_once_and_reports_errors(tmp_path):
    assert stylesheet(STYLESHEET) is stylesheet(str(STYLESHEET))
    bad = tmp_path / "bad.xsl"
    bad.write_text('<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">'
                   '<xsl:template match="/"><xsl:message>about to stop</xsl:message>'
                   '<xsl:message terminate="yes">stopped here</xsl:message></xsl:template></xsl:stylesheet>')
    with pytest.raises(XsltError) as info:
        transform(bad, xml_text="<a/>")
    assert "stopped here" in str(info.value) and info.value.messages == ["about to stop", "stopped here"]
    assert "XTMM9000" in info.value.details  # Saxon's own listing is kept, not printed


def test_runner_prints_nothing_to_stderr(tmp_path, capfd):
    bad = tmp_path / "bad.xsl"
    bad.write_text('<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">'
                   '<xsl:template match="/"><xsl:message>note</xsl:message><xsl:value-of select="1 div 0"/></xsl:template>'
                   '</xsl:stylesheet>')
    with pytest.raises(XsltError):
        transform(bad, xml_text="<a/>")
    out, err = capfd.readouterr()
    assert err == "" and out == ""


# --- the site ----------------------------------------------------------------------------

def test_site_from_seeds(built_tei, tmp_path):
    out = tmp_path / "html"
    report = Report()
    result = render_site(built_tei, out, report, search=False)
    assert result.ok and not result.skipped, [str(m) for m in report.messages]
    names = {p.name for p in out.glob("*.html")}
    assert {"index.html", "persons.html", "places.html", "organisations.html", "chronology.html", "network.html",
            "search.html"} <= names
    for tei in built_tei.glob("*.xml"):
        assert f"{tei.stem}.html" in names and (out / "tei" / tei.name).read_bytes() == tei.read_bytes()
    # witnesses: the two translations of Mao's 13 January telegram, side by side, with 43 vs 45 marked
    compare = next(out.glob("compare-tg-1949-01-13-mao-stalin-sino-soviet*--*wilson*.html"))
    marks = lxml_html.parse(str(compare)).xpath("//mark[contains(@class,'diff')]/text()")
    assert "45" in marks
    dates = lxml_html.parse(str(compare)).xpath("//time[contains(@class,'diff')]/@datetime")
    assert "1947-07" in dates
    # the Wilson Center translation transmits Mao's message in quotation marks: side by side too
    marks = lxml_html.parse(str(compare)).xpath("//div[@role='cell'][position() = 2]//span[@class='quote-mark']/text()")
    assert marks == ["“", "”"]
    # Stalin's 10 January telegram: the Works translation splits the compilation's first paragraph
    # in two; aligned by what they say, the two face the one, and the names after them are not
    # all marked as differing (40 were when the paragraphs were paired in order)
    compare = lxml_html.parse(str(next(out.glob("compare-tg-1949-01-10-stalin-mao-sino*--*works*.html"))))
    first = compare.xpath("//div[@id='row-o1']/div[@role='cell']")
    assert [len(c.xpath(".//p[contains(@class, 'tei-p')]")) for c in first] == [1, 2]
    assert len(compare.xpath("//a[contains(concat(' ', @class, ' '), ' diff ')]")) <= 3
    # home lists every telegram in order of date
    home = lxml_html.parse(str(out / "index.html"))
    dates = home.xpath("//ol[@id='entries']/li//time/@datetime")
    assert len(dates) == len(list(built_tei.glob("*.xml"))) and dates == sorted(dates)
    intro = " ".join(home.xpath("string(//section[@class='intro']/p[1])").split())
    assert intro.startswith("This edition holds 10 telegrams of January–February 1949, exchanged by Joseph Stalin, "
                            "Mao Zedong and Anastas Mikoyan, some of them through Andrei Orlov and Fyodor Kuznetsov.")
    assert "Sino-Soviet Relations, 1911-57 (6 telegrams)" in intro and "read side by side" in intro
    # every index entry links back to telegrams
    persons = lxml_html.parse(str(out / "persons.html"))
    assert persons.xpath("//section[@id='stalin']//ul[@class='backrefs']/li/a/@href")
    assert persons.xpath("//section[@id='stalin']//a[contains(@href,'wikidata.org/wiki/Q855')]")
    # a name form is listed once, with all it is (the authority file gives Chiang's as standard and short)
    forms = [li.text.strip() for li in persons.xpath("//section[@id='chiang']//ul[contains(@class, 'name-forms')]/li")]
    assert forms and len(forms) == len(set(forms))
    assert "(standard form, short form)" in persons.xpath("string(//section[@id='chiang']//ul[contains(@class, 'name-forms')])")


def test_bad_inputs_are_reported_and_skipped_and_old_site_kept_on_failure(built_tei, tmp_path):
    src = tmp_path / "in"
    shutil.copytree(built_tei, src)
    (src / "not-tei.xml").write_text("<html><body/></html>")
    (src / "broken.xml").write_text("<TEI xmlns='http://www.tei-c.org/ns/1.0'>\n<text>\n<oops")
    (src / "entity.xml").write_text('<!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                                    "<TEI xmlns='http://www.tei-c.org/ns/1.0'><text><body><p>&x;</p></body></text></TEI>")
    out = tmp_path / "site"
    out.mkdir()
    (out / "old.html").write_text("old")
    report = Report()
    result = render_site(src, out, report, search=False)
    assert sorted(Path(f).name for f, _ in result.skipped) == ["broken.xml", "entity.xml", "not-tei.xml"]
    assert report.count("error") == 3 and (out / "index.html").exists() and not (out / "old.html").exists()
    # each message names its file and, where the parser knows it, the line
    lines = {Path(m.file).name: m.line for m in report.messages}
    assert lines["broken.xml"] == 3 and lines["not-tei.xml"] == 1
    # nothing renderable: the old site stays as it was
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "x.xml").write_text("<notTei/>")
    assert not render_site(empty, out, Report(), search=False).ok
    assert (out / "index.html").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".site")]


@pytest.mark.parametrize("with_broken", [False, True])
def test_catalogue_says_why_a_file_is_skipped(built_tei, tmp_path, with_broken):
    """Each file of a chunk that cannot be rendered gets its own reason, and the others their
    entries, whether or not the chunk also holds a file that is not even XML."""
    from tei.html import catalogue_chunk

    good = sorted(built_tei.glob("*.xml"))[:2]
    bad = {"not-tei.xml": ("<html><body/></html>", "not a TEI document"),
           "no-text.xml": ("<TEI xmlns='http://www.tei-c.org/ns/1.0'><teiHeader/></TEI>", "without <text>"),
           "entity.xml": ('<!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                          "<TEI xmlns='http://www.tei-c.org/ns/1.0'><text><body><p>&x;</p></body></text></TEI>",
                          "DOCTYPE"),
           # a DOCTYPE behind a comment that looks like a start tag is still found
           "behind-comment.xml": ('<!-- see <b>this</b> --><!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                                  "<TEI xmlns='http://www.tei-c.org/ns/1.0'><text><body><p>&x;</p></body></text></TEI>",
                                  "DOCTYPE")}
    if with_broken:
        bad["broken.xml"] = ("<TEI xmlns='http://www.tei-c.org/ns/1.0'><oops", "not well-formed")
    for name, (text, _) in bad.items():
        (tmp_path / name).write_text(text)
    files = [str(f) for f in good] + [str(tmp_path / name) for name in sorted(bad)]
    records, skipped = catalogue_chunk(files)
    assert sorted(name for name, _ in records) == sorted(f.name for f in good)
    assert sorted(name for name, _ in skipped) == sorted(bad)
    for name, why in skipped:
        assert bad[name][1] in why, (name, why)


def test_cli_html(built_tei, tmp_path, monkeypatch):
    from click.testing import CliRunner

    from tei.cli import main

    monkeypatch.chdir(tmp_path)  # relative paths, as `tei build` gives them
    shutil.copytree(built_tei, tmp_path / "tei")
    run = CliRunner().invoke(main, ["html", "tei", "--out", "h", "--no-search"])
    assert run.exit_code == 0, run.output
    assert (tmp_path / "h" / "index.html").exists() and "pages from" in run.output
    assert len(list((tmp_path / "h").glob("compare-*.html"))) == 2  # one per pair of translations
    assert CliRunner().invoke(main, ["html", str(built_tei)]).exit_code == 2  # --out is required
    inside = CliRunner().invoke(main, ["html", "tei", "--out", "h", "--state", "h/.state", "--no-search"])
    assert inside.exit_code == 2 and "inside the site" in inside.output
    again = CliRunner().invoke(main, ["html", "tei", "--out", "h", "--state", "state", "--no-search",
                                      "--base-url", "https://example.org/t"])
    assert again.exit_code == 0 and (tmp_path / "state").is_dir()
    assert "https://example.org/t/" in next((tmp_path / "h").glob("tg-*.html")).read_text(encoding="utf-8")
    assert CliRunner().invoke(main, ["html", "tei", "--out", "h", "--base-url", "javascript:x"]).exit_code == 2
    assert CliRunner().invoke(main, ["html", "-h"]).exit_code == 0


def test_tei_by_others_renders_without_losing_text(tmp_path):
    frus = sorted((require(SHARED / "frus", "FRUS samples are read from ../shared/frus")).glob("*.xml"))
    assert frus
    src = tmp_path / "frus"
    src.mkdir()
    for f in frus:
        shutil.copy(f, src)
    out = tmp_path / "site"
    result = render_site(src, out, Report(), search=False)
    assert result.pages >= len(frus)
    for f in frus:
        tree = etree.parse(str(f))
        words = set(re.findall(r"\w+", " ".join(tree.xpath("//*[local-name()='text']//text()"))))
        page = lxml_html.parse(str(out / f"{f.stem}.html"))
        shown = set(re.findall(r"\w+", " ".join(page.xpath("//main//text()"))))
        assert not words - shown, sorted(words - shown)[:20]


def test_parallel_workers_give_the_same_pages(built_tei, tmp_path):
    src = tmp_path / "many"
    src.mkdir()
    for r in range(3):
        for f in built_tei.glob("*.xml"):
            shutil.copy(f, src / f"{f.stem}-{r}.xml")
    one, two = tmp_path / "one", tmp_path / "two"
    assert render_site(src, one, Report(), search=False, workers=1).ok
    result = render_site(src, two, Report(), search=False, workers=2)
    assert result.ok and result.pages >= 30
    for page in one.glob("*.html"):
        assert (two / page.name).read_bytes() == page.read_bytes(), page.name


def test_file_names_needing_escapes(built_tei, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    first = sorted(built_tei.glob("*.xml"))[0]
    shutil.copy(first, src / "odd name #1.xml")
    out = tmp_path / "out"
    assert render_site(src, out, Report(), search=False).ok
    assert (out / "odd name #1.html").exists() and (out / "tei" / "odd name #1.xml").exists()
    home = lxml_html.parse(str(out / "index.html"))
    assert home.xpath("//ol[@id='entries']//a/@href") == ["odd%20name%20%231.html"]


def test_quoted_message_gets_its_quotation_marks_inside_the_omissions():
    doc = render('<gap/><opener><salute>Comrade Filippov,</salute></opener><p>Text.</p>'
                 '<closer><dateline>12 January 1949</dateline></closer><gap/>')
    assert "“" not in text(reading(doc))  # not quoted: no marks
    page = lxml_html.fromstring(transform(STYLESHEET, xml_text=f"""<TEI xmlns="{TEI}"><teiHeader><fileDesc><titleStmt>
        <title>T</title></titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader>
        <text><body><div type="telegram" rend="quoted"><gap/><opener><salute>Comrade Filippov,</salute></opener><p>Text.</p>
        <closer><dateline>12 January 1949</dateline></closer><gap/></div></body></text></TEI>"""))
    body = text(reading(page))
    assert body.replace(" ", "") == "[…]“ComradeFilippov,Text.12January1949”[…]"


def _translation(doc_id: str, other: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<TEI xmlns="{TEI}" xml:id="{doc_id}"><teiHeader><fileDesc><titleStmt><title type="main">Stalin to Mao</title>
      </titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><bibl><title level="m">{doc_id}</title></bibl>
      </sourceDesc><notesStmt><relatedItem type="witness" target="{other}.xml"/></notesStmt></fileDesc></teiHeader>
      <text><body><div type="telegram">{body}</div></body></text></TEI>"""


def test_side_by_side_page_made_with_its_translations_pages_is_the_one_made_alone(tmp_path, monkeypatch):
    """A side-by-side page in a batch with its two translations' pages takes their entities'
    identifications from them (made once in the run): each side's names still tell its own
    document's identification, and the page is the same bytes as one made alone."""
    def with_note(doc_id: str, other: str, note: str) -> str:
        standoff = (f"<standOff><listPlace><place xml:id='ussr'><placeName type='main'>USSR</placeName>"
                    f"<note type='identification'>{note}</note></place></listPlace></standOff>")
        return _translation(doc_id, other, ["The <placeName ref='#ussr'>USSR</placeName> stands for peace."]
                            ).replace("<text>", standoff + "<text>")
    tei = tmp_path / "tei"
    tei.mkdir()
    (tei / "a.xml").write_text(with_note("a", "b", "The Soviet Union."), encoding="utf-8")
    (tei / "b.xml").write_text(with_note("b", "a", "Union of Soviet Socialist Republics, 1922-1991."), encoding="utf-8")
    assert render_site(tei, tmp_path / "batched", Report(), search=False).ok
    page = (tmp_path / "batched" / "compare-a--b.html").read_bytes()
    tips = lxml_html.fromstring(page).xpath("//div[@role='cell']//a[contains(@class, 'entity')]/@data-tip")
    assert tips == ["USSR — The Soviet Union.", "USSR — Union of Soviet Socialist Republics, 1922–1991."]
    import tei.html as site
    alone = site.render_pages
    monkeypatch.setattr(site, "render_pages", lambda jobs, n, pool: alone(jobs, n, pool, batch=1))
    assert render_site(tei, tmp_path / "alone", Report(), search=False).ok
    assert (tmp_path / "alone" / "compare-a--b.html").read_bytes() == page


def test_side_by_side_aligns_unnumbered_paragraphs_by_what_they_say(tmp_path):
    """Without numbered points the paragraphs are aligned by their names, dates, numbers and
    length: where one translation splits a paragraph in two, the two face the one, and the
    paragraphs after it still face their counterparts (not each the one before it)."""
    ussr, china = "<placeName ref='#ussr'>USSR</placeName>", "<placeName ref='#china'>China</placeName>"
    nanjing, jan9 = "<orgName ref='#nanjing'>Nanjing government</orgName>", "<date when='1949-01-09'>January 9</date>"
    tei = tmp_path / "tei"
    tei.mkdir()
    (tei / "a.xml").write_text(_translation("a", "b", [
        f"On {jan9} the {nanjing} asked the {ussr} to mediate. We think of answering that the {ussr} stands for peace"
        f" in {china} and asks whether the other side agrees to its mediation in the 2 weeks to come.",
        "Similarly, we think that your reply, if you are asked, should be like this:",
        "If you do not agree, let us know your opinion."]), encoding="utf-8")
    (tei / "b.xml").write_text(_translation("b", "a", [
        f"On {jan9} the {nanjing} asked the {ussr} to take over the mediation.",
        f"We think of answering this way: the {ussr} stands for peace in {china}, but would like to know whether"
        " the other side agrees, within 2 weeks.",
        "We also think that your answer, if asked, should be something like this:",
        "If you do not agree, please let us know your opinion."]), encoding="utf-8")
    assert render_site(tei, tmp_path / "site", Report(), search=False).ok
    page = lxml_html.parse(str(tmp_path / "site" / "compare-a--b.html"))
    rows = [[len(cell.xpath(".//p[contains(@class, 'tei-p')]")) for cell in row.xpath("./div[@role='cell']")]
            for row in page.xpath("//div[@role='row'][starts-with(@id, 'row-o')]")]
    assert rows == [[1, 2], [1, 1], [1, 1]]
    first = page.xpath("//div[@id='row-o1']")[0]
    assert not first.xpath(".//*[contains(concat(' ', @class, ' '), ' diff ')]")  # the same names, date and number
    assert "Similarly" in text(page.xpath("//div[@id='row-o2']/div[@role='cell']")[0])
    assert "We also think" in text(page.xpath("//div[@id='row-o2']/div[@role='cell']")[1])


def test_side_by_side_keeps_a_point_only_one_translation_has_in_its_place(tmp_path):
    """Numbered points are aligned by number; a point only the right translation has comes
    where it has it, not after all the left one's points."""
    tei = tmp_path / "tei"
    tei.mkdir()
    for name, other, points in (("a", "b", (1, 2, 4)), ("b", "a", (1, 2, 3, 4))):
        doc = _translation(name, other, [f"Point {n}." for n in points])
        for n in points:
            doc = doc.replace(f"<p>Point {n}.", f"<p n='{n}'>Point {n}.", 1)
        (tei / f"{name}.xml").write_text(doc, encoding="utf-8")
    assert render_site(tei, tmp_path / "site", Report(), search=False).ok
    page = lxml_html.parse(str(tmp_path / "site" / "compare-a--b.html"))
    assert page.xpath("//div[@role='row']/@id") == ["row-n1", "row-n2", "row-n3", "row-n4"]
    assert "not in this translation" in text(page.xpath("//div[@id='row-n3']/div[@role='cell']")[0])


def test_side_by_side_marks_what_the_translations_say_differently_not_their_headings(tmp_path):
    """A name inside another ("China" in "Communist Party of China") is not marked when the
    other translation names the body otherwise ("Chinese Communist Party"): the body is what
    is named; a source's heading (its editor's number, names and date) is not marked for
    what the other translation's opening lacks; a number that differs in the text is."""
    ccp_of_china = "<orgName ref='#ccp'>Communist Party of <placeName ref='#china'>China</placeName></orgName>"
    tei = tmp_path / "tei"
    tei.mkdir()
    (tei / "a.xml").write_text(_translation("a", "b", [
        f"The {ccp_of_china} holds 43 war criminals responsible."]).replace(
        "<div type=\"telegram\">", "<div type=\"telegram\"><head>1. THE TELEGRAM FROM <persName ref='#stalin'>J. V. STALIN"
        "</persName> DATED <date when='1949-01-10'>10 JANUARY 1949</date></head><opener><salute>Comrade Mao,</salute>"
        "</opener>"), encoding="utf-8")
    (tei / "b.xml").write_text(_translation("b", "a", [
        "The <orgName ref='#ccp'>Chinese Communist Party</orgName> holds 45 war criminals responsible."]).replace(
        "<div type=\"telegram\">", "<div type=\"telegram\"><opener><salute>Comrade Mao,</salute></opener>"), encoding="utf-8")
    assert render_site(tei, tmp_path / "site", Report(), search=False).ok
    page = lxml_html.parse(str(tmp_path / "site" / "compare-a--b.html"))
    marked = [text(m) for m in page.xpath("//div[@role='row']//*[contains(concat(' ', @class, ' '), ' diff ')]")]
    assert marked == ["43", "45"]


def test_a_sources_notes_on_the_text_are_shown_with_its_metadata(tmp_path):
    """A compilation's note whose mark is not in the text (kept in the header) shows in the
    page's metadata as a note of the source; the item's own "[Source: ...]" line does not
    (it is the archival reference)."""
    from tei.convert import convert_sources

    tei = tmp_path / "tei"
    sources = Path(__file__).parent / "sources"
    report = Report()
    convert_sources([sources / "compilation-1994-notes-without-marks.txt",
                     sources / "compilation-1996-bulletin-documents-with-source-notes.txt"], tei, report=report)
    assert render_site(tei, tmp_path / "site", Report(), search=False).ok
    page = lxml_html.parse(str(tmp_path / "site" / "tg-1950-02-07-shtykov-vyshinsky-korean-war-1994.html"))
    rows = {text(dt): text(dt.getnext()) for dt in page.xpath("//dt")}
    assert rows["Note in the source"].startswith("1. Vyshinskii, Andrei Yanuaryevich")
    bulletin = sorted((tmp_path / "site").glob("*-1996.html"))
    assert bulletin and all("Source: APRF" in (tei / f"{p.stem}.xml").read_text() for p in bulletin)
    for other in bulletin:
        assert not {"Note in the source", "Notes in the source"} & {text(dt) for dt in lxml_html.parse(str(other)).xpath("//dt")}


def test_a_provisional_person_is_shown_to_readers_as_not_yet_identified(tmp_path):
    """The provisional entry's note is for the edition's editors ("An editor should add an
    entry and re-run the conversion." was printed in the index and the name's tip)."""
    from tei.convert import convert_sources

    tei = tmp_path / "tei"
    convert_sources([Path(__file__).parent / "sources" / "works-stalin-web-page-of-several-texts-occasion-and-newspaper.txt"],
                    tei, report=Report())
    assert "re-run the conversion" in (tei / "tg-1951-05-stalin-vaclav-hruska-stalin-works.xml").read_text()  # (the TEI keeps it, for the editors)
    assert render_site(tei, tmp_path / "site", Report(), search=False).ok
    site = "".join(p.read_text() for p in (tmp_path / "site").glob("*.html"))
    assert "re-run the conversion" not in site and "An editor should" not in site
    index = lxml_html.parse(str(tmp_path / "site" / "persons.html"))
    entry = index.xpath("//section[@id='unresolved-vaclav-hruska']")[0]
    assert "Not yet identified" in text(entry)


def test_the_persons_index_files_names_as_an_index_does(tmp_path):
    """Surname first for Western names ("Vasily Kuznetsov" under K after Fyodor Kuznetsov,
    "Trygve Lie" under L), family name first kept for Chinese and Korean names ("Kim Il Sung"
    was "Sung, Kim Il" in print; "Li Zongren" came after "Liu Shaoqi")."""
    from tei.convert import convert_sources

    tei = tmp_path / "tei"
    sources = Path(__file__).parent / "sources"
    convert_sources([sources / n for n in ("cable-kovalev-filippov-1949-11-23-other-initials-family-name-alone.txt",
                                           "works-zhou-selected-works-1950-01-08-office-under-the-signature.txt",
                                           "cable-kim-pak-stalin-1950-09-29-two-senders-via-shtykov.txt",
                                           "telegram-mao-filippov-1949-02-08-plain-labels.md")], tei, report=Report())
    assert render_site(tei, tmp_path / "site", Report(), search=False).ok
    # (the entries, not a pseudonym's "Filippov, see Joseph Stalin" under F)
    names = [text(a) for a in lxml_html.parse(str(tmp_path / "site" / "persons.html")).xpath("//nav[@class='az']//li[not(@class = 'see')]/a")]
    order = [n for n in names if n in ("Fyodor Kuznetsov", "Vasily Kuznetsov", "Trygve Lie", "Liu Shaoqi", "Kim Il Sung",
                                        "Pak Hon-yong", "Joseph Stalin", "Tsiang Ting-fu")]
    assert order == sorted(order, key=lambda n: {"Fyodor Kuznetsov": "kuznetsov, f", "Vasily Kuznetsov": "kuznetsov, v",
                                                  "Trygve Lie": "lie", "Liu Shaoqi": "liu", "Kim Il Sung": "kim",
                                                  "Pak Hon-yong": "pak", "Joseph Stalin": "stalin", "Tsiang Ting-fu": "tsiang"}[n])
    assert {"Vasily Kuznetsov", "Trygve Lie", "Kim Il Sung", "Joseph Stalin"} <= set(order)
    # the print edition's index of persons files them the same way
    require("pdftotext", "the PDF's text is read with poppler-utils")
    from print_helpers import pdf_text
    from tei.pdf import print_volume

    pdf = tmp_path / "edition.pdf"
    assert print_volume(sorted(tei.glob("*.xml")), pdf, Report(), paper="a4", alone=False)
    printed = pdf_text(pdf)
    assert "Kim Il Sung" in printed and "Sung, Kim" not in printed and "Hon-yong, Pak" not in printed
    assert "Kuznetsov, Vasily" in printed and "Lie, Trygve" in printed


def test_where_a_text_was_first_published_is_shown_with_its_metadata(tmp_path):
    """"First published: Far Eastern Affairs. 1996. ..." under a collected-works text: a row of
    the page's metadata (it was in the TEI and the print edition only)."""
    from tei.convert import convert_sources

    tei = tmp_path / "tei"
    convert_sources([Path(__file__).parent / "sources" / "works-stalin-kovalev-1949-10-03-first-published-under-the-text.txt"],
                    tei, report=Report())
    assert render_site(tei, tmp_path / "site", Report(), search=False).ok
    [page] = [p for p in (tmp_path / "site").glob("tg-*.html")]
    rows = {text(dt): text(dt.getnext()) for dt in lxml_html.parse(str(page)).xpath("//dt")}
    assert rows["First published"] == "Far Eastern Affairs. 1996. No. 4. P. 77"  # (no final stop: as every row, review12)


def test_side_by_side_marks_no_name_the_other_translation_gives_elsewhere(tmp_path):
    """"Convey to Mao Zedong" in one translation's text, "To Mao Zedong" in the other's address:
    no difference to mark (it was marked as missing); a name the other never gives is marked."""
    tei = tmp_path / "tei"
    tei.mkdir()
    mao, zhou = "<persName ref='#mao'>Mao Zedong</persName>", "<persName ref='#zhou-enlai'>Zhou Enlai</persName>"
    (tei / "a.xml").write_text(_translation("a", "b", [f"Convey to {mao} and {zhou} that we agree."]), encoding="utf-8")
    (tei / "b.xml").write_text(_translation("b", "a", ["We agree."]).replace(
        "<div type=\"telegram\">", f"<div type=\"telegram\"><opener><seg type='address'>To {mao}.</seg></opener>"),
        encoding="utf-8")
    assert render_site(tei, tmp_path / "site", Report(), search=False).ok
    page = lxml_html.parse(str(tmp_path / "site" / "compare-a--b.html"))
    marked = [text(m) for m in page.xpath("//div[@role='row']//*[contains(concat(' ', @class, ' '), ' diff ')]")]
    assert marked == ["Zhou Enlai"]


def test_a_letter_page_says_letter():
    """The page's kind line follows the div's type: a letter is not shown as a telegram."""
    page = render("<p>Text.</p>")
    assert text(page.xpath("//p[@class='kind']")[0]).startswith("Telegram")
    doc = f"""<TEI xmlns="{TEI}" xml:id="t"><teiHeader><fileDesc><titleStmt><title type="main">T</title></titleStmt>
      <publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader>
      <text><body><div type="letter"><p>Text.</p></div></body></text></TEI>"""
    letter = lxml_html.fromstring(transform(STYLESHEET, xml_text=doc))
    assert text(letter.xpath("//p[@class='kind']")[0]).startswith("Letter")


def test_the_source_editors_additions_omissions_and_descriptions_say_whose_they_are():
    """Supplied words were a bare span in brackets (no styling, no tooltip); an omission said
    "Omitted (omitted in source) by the source's editor"; "[signature]" had no tooltip."""
    page = render('<p>He <supplied resp="#source-editor">Mao</supplied> agreed <gap reason="omitted-in-source" '
                  'resp="#source-editor"/> and <gap reason="illegible" resp="#source-editor"/> then '
                  '<gap reason="omitted-in-source"/>.</p><note type="annotation" resp="#source-editor">'
                  '<label>signature</label></note>')
    supplied = page.xpath("//span[contains(@class, 'supplied')]")[0]
    assert "editorial" in supplied.get("class").split() and text(supplied) == "[Mao]"
    assert supplied.get("title") == "Added by the source’s editor"
    gaps = page.xpath("//span[contains(@class, 'gap')]")
    assert [g.get("title") for g in gaps] == ["Omitted by the source’s editor", "Illegible (noted by the source’s editor)",
                                              "Omitted in the source"]
    annotation = page.xpath("//*[@class='tei-annotation']")[0]
    assert text(annotation) == "[signature]" and annotation.get("title") == "Described by the source’s editor"


def test_the_metadata_panel_says_where_a_telegram_was_sent_from_and_counts_its_people():
    """The place of sending (correspAction type="sent"/placeName) was never shown; "Recipient"
    stood over two recipients and "Intermediaries" over one."""
    header = """<profileDesc><correspDesc>
      <correspAction type="sent"><persName ref="#stalin">Joseph Stalin</persName><placeName ref="#beijing">Beijing</placeName>
        <date when="1950-04-10"/></correspAction>
      <correspAction type="transmitted"><persName>Terentii Shtykov</persName></correspAction>
      <correspAction type="received"><persName>Kim Il Sung</persName><persName>Pak Hon-yong</persName></correspAction>
    </correspDesc></profileDesc>"""
    page = render("<p>Text.</p>", header)
    rows = {text(dt): dd for dt, dd in zip(page.xpath("//section[@class='meta']//dt"), page.xpath("//section[@class='meta']//dd"))}
    assert list(rows)[:5] == ["Sender", "Recipients", "Intermediary", "Date", "Sent from"]
    assert text(rows["Sent from"]) == "Beijing" and rows["Sent from"].xpath("a/@href") == ["places.html#beijing"]
    assert text(rows["Recipients"]) == "Kim Il Sung, Pak Hon-yong"
    assert "Beijing" not in text(rows["Sender"])
    header = header.replace('<persName>Pak Hon-yong</persName>', '').replace(
        '<persName>Terentii Shtykov</persName>', '<persName>A</persName><persName>B</persName>').replace(
        '<placeName ref="#beijing">Beijing</placeName>', '<persName>Pak</persName>')
    rows = [text(dt) for dt in render("<p>Text.</p>", header).xpath("//section[@class='meta']//dt")]
    assert rows[:3] == ["Senders", "Recipient", "Intermediaries"] and "Sent from" not in rows


def _page_with_source_heading(source_heading: str, head: str) -> lxml_html.HtmlElement:
    doc = f"""<TEI xmlns="{TEI}" xml:id="t"><teiHeader><fileDesc><titleStmt><title type="main">T</title>
      <title type="source">{source_heading}</title></titleStmt>
      <publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader>
      <text><body><div type="telegram"><head>{head}</head><p>Text.</p></div></body></text></TEI>"""
    return lxml_html.fromstring(transform(STYLESHEET, xml_text=doc))


def test_a_source_heading_the_text_shows_as_its_heading_is_shown_once():
    """Compilation pages gave the source's heading twice: "As headed in the source: ..." over
    the reading text, whose heading is the same."""
    page = _page_with_source_heading("No. 5 Ciphered Telegram, Filippov (Stalin) to Andreev (Mikoyan)",
                                     "No. 5 Ciphered Telegram, Filippov (Stalin) to Andreev (Mikoyan)<note>A note.</note>")
    assert page.xpath("//p[@class='source-title']") == []
    assert "No. 5 Ciphered Telegram" in text(reading(page))
    page = _page_with_source_heading("Cables from Kovalev to Filippov [Stalin]", "Cable No. 1")
    assert [text(p) for p in page.xpath("//p[@class='source-title']")] == [
        "As headed in the source: “Cables from Kovalev to Filippov [Stalin]”"]


def test_a_source_heading_the_text_shows_under_its_number_is_shown_once():
    """A bulletin's items, "Document 1" / "Mikoyan to Stalin, 1949-02-01" (its heading the text's
    "Document 1 Mikoyan to Stalin, 1949-02-01"), and "No. 31" / "SHTYKOV TO COMRADE VYSHINSKY":
    "As headed in the source" repeated the heading over the text that shows it.  A heading that
    only begins with the same words is still another."""
    for source, head in (("Mikoyan to Stalin, 1949-02-01", "Document 1 Mikoyan to Stalin, 1949-02-01"),
                         ("SHTYKOV TO COMRADE VYSHINSKY", "No. 31 SHTYKOV TO COMRADE VYSHINSKY"),
                         ("Telegram to Kim Il Sung", "12. Telegram to Kim Il Sung")):
        assert _page_with_source_heading(source, head).xpath("//p[@class='source-title']") == [], head
    page = _page_with_source_heading("Mikoyan to Stalin", "Document 1 Mikoyan to Stalin and Molotov")
    assert [text(p) for p in page.xpath("//p[@class='source-title']")] == ["As headed in the source: “Mikoyan to Stalin”"]


def test_an_omission_between_paragraphs_is_a_paragraph_of_its_own():
    page = render('<p>One <gap reason="omitted-in-source"/> two.</p><gap reason="omitted-in-source" resp="#source-editor"/>'
                  '<p>Three.</p>')
    blocks = reading(page).xpath(".//div[contains(@class, 'type-telegram')]/*")
    assert [b.tag for b in blocks] == ["p", "p", "p"]
    assert blocks[1].get("class") == "tei-gap" and text(blocks[1]) == "[…]"
    assert blocks[0].xpath("span[contains(@class, 'gap')]") and text(blocks[0]) == "One […] two."


@pytest.mark.parametrize("dateline, shown", [
    ('<date when="1950-04-10">10 April 1950</date> <placeName ref="#beijing">Beijing</placeName>', "10 April 1950, Beijing"),
    ('<placeName ref="#beijing">Beijing</placeName><date when="1950-04-10">10 April 1950</date>', "Beijing, 10 April 1950"),
    ('<placeName ref="#beijing">Beijing</placeName>, <date when="1950-04-10">10 April 1950</date>', "Beijing, 10 April 1950"),
    ('<date when="1950-04-10">10.IV.50</date>.', "10.IV.50."),
])
def test_a_datelines_date_and_place_are_set_apart(dateline, shown):
    page = render(f"<p>Text.</p><closer><dateline>{dateline}</dateline></closer>")
    assert text(page.xpath("//*[contains(@class, 'tei-dateline')]")[0]) == shown


def test_the_source_editors_note_in_the_line_stays_in_the_line():
    """"29 September 1949 [sic: 30 September]": the editor's note in brackets where it stands
    (it was a numbered footnote, its mark looking like part of the date)."""
    page = render('<p>Your letter of 29 September 1949 <note type="editorial" resp="#source-editor">sic: 30 September'
                  '</note> with thanks.<note place="foot" n="1" type="source">A note.</note></p>')
    assert "29 September 1949 [sic: 30 September] with thanks." in text(reading(page))
    assert [a.get("href") for a in page.xpath("//a[@class='noteref']")] == ["#note-1"]


def test_a_source_dated_in_iso_shows_the_date_as_a_reader_writes_it():
    """A record whose date field gave "1953-03-21" showed "Wilson Center, 1953-03-21" in its
    Source row: now "21 March 1953", as the other pages."""
    doc = f"""<TEI xmlns="{TEI}" xml:id="t"><teiHeader><fileDesc><titleStmt><title type="main">T</title></titleStmt>
      <publicationStmt><p/></publicationStmt><sourceDesc><bibl type="witness"><title level="a">A record</title>
      <title level="m">Wilson Center Digital Archive</title><publisher>Wilson Center</publisher>
      <date when="1953-03-21">1953-03-21</date></bibl></sourceDesc></fileDesc></teiHeader>
      <text><body><div type="telegram"><p>Text.</p></div></body></text></TEI>"""
    page = lxml_html.fromstring(transform(STYLESHEET, xml_text=doc))
    panel = text(page.xpath("//aside[contains(@class,'panel')]")[0])
    assert "21 March 1953" in panel and "1953-03-21" not in panel


def test_an_enclosed_message_is_set_apart_under_its_label():
    """A message the telegram encloses (floatingText type="enclosure") ran on as the telegram's
    own paragraphs; now it is a section of its own under the label "Enclosure", its heading and
    text inside it, the telegram's paragraphs outside."""
    page = render("""<p>I enclose the message I sent the President.</p>
      <floatingText type="enclosure"><body><head>Personal and Secret to the President</head>
        <p>The earlier message.</p></body></floatingText>""")
    section = reading(page).xpath(".//section[contains(@class,'type-enclosure')]")
    assert len(section) == 1
    assert text(section[0].xpath("./p[@class='enclosure-label']")[0]) == "Enclosure"
    assert "Personal and Secret to the President" in text(section[0].xpath(".//h3 | .//h2")[0])
    assert "The earlier message." in text(section[0]) and "I enclose" not in text(section[0])


def test_a_quoted_message_that_opens_with_its_heading_gets_its_opening_mark():
    """A letter quoting a message whose first line is its heading ("“Personal and Secret Message
    from Premier Stalin ...") lost the opening mark: only paragraphs and opening lines carried it,
    so the page showed the closing ” alone."""
    page = render("""<p>I transmit the following message:</p>
      <quote rend="quoted"><floatingText type="letter"><body>
        <head>Personal and Secret Message from Premier Stalin.</head>
        <p>I have received your message.</p>
        <closer><signed>Stalin.</signed></closer></body></floatingText></quote>""")
    (heading,) = reading(page).xpath(".//*[contains(@class,'tei-head')]")
    assert text(heading) == "“Personal and Secret Message from Premier Stalin."
    body = text(reading(page))
    assert body.count("“") == 1 and body.count("”") == 1 and body.endswith("Stalin.”")


@pytest.mark.parametrize("cells, numeric", [
    (("80,000", "4,500"), True), (("12%", "−3.5"), True), (("1 200", "7"), True), (("", "45"), True),
    (("40,000 tons", "120"), False), (("No. 3", "4"), False), (("1949-01-06", "5"), False), (("3.", "4."), False),
])
def test_a_column_of_figures_is_set_at_the_right(cells, numeric):
    """A table's column whose cells hold a number only, and its heading, have class "num" (set at
    the right); a column with any other text in it does not."""
    rows = "".join(f"<row><cell>Item {i}</cell><cell>{c}</cell></row>" for i, c in enumerate(cells))
    page = render(f'<table><row role="label"><cell>Item</cell><cell>Count</cell></row>{rows}</table>')
    right = [" ".join(c.text_content().split()) for c in reading(page).xpath(".//table//*[@class='num']")]
    assert right == (["Count", *cells] if numeric else []), right


def _sourced(doc_id: str, when: str, bibl: str) -> str:
    return f"""<TEI xmlns="{TEI}" xml:id="{doc_id}"><teiHeader><fileDesc><titleStmt><title type="main">Lenin to Stalin, {when}</title>
      </titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><bibl type="witness">{bibl}</bibl></sourceDesc></fileDesc>
      <profileDesc><correspDesc><correspAction type="sent"><persName>Lenin</persName><date when="{when}"/></correspAction>
      <correspAction type="received"><persName>Stalin</persName></correspAction></correspDesc></profileDesc></teiHeader>
      <text><body><div type="telegram"><p>Text of {doc_id}.</p></div></body></text></TEI>"""


def test_a_source_the_edition_names_itself_is_no_cited_title(tmp_path):
    """"[untitled book]" and "No source cited" are the edition's labels for a
    book the source leaves untitled (title type="supplied") and for pages that cite nothing; they
    were set in <cite>, in italics, as a book's title, in the home page's list of sources, the
    lists of telegrams, previous and next and the Source row.  A real title stays in <cite>."""
    tei = tmp_path / "tei"
    tei.mkdir()
    (tei / "a.xml").write_text(_sourced("a", "1920-08-24", '<title level="a">Telegram to L. B. Kamenev</title>'
                                        '<title level="m" type="supplied">[untitled book]</title>'),
                               encoding="utf-8")
    (tei / "b.xml").write_text(_sourced("b", "1920-09-01", '<title level="a">Lenin to Stalin</title><date>1920-09-01</date>'
                                        '<note type="uncited">The page cites no source.</note>'), encoding="utf-8")
    (tei / "c.xml").write_text(_sourced("c", "1920-10-01", '<title level="a">To Stalin</title><title level="m">Collected Works</title>'),
                               encoding="utf-8")
    assert render_site(tei, tmp_path / "site", Report(), search=False).ok
    home = lxml_html.parse(str(tmp_path / "site" / "index.html"))
    cited = [text(c) for c in home.xpath("//main//cite")]
    labels = [text(s) for s in home.xpath("//main//span[@class='source-label']")]
    assert "Lenin, Collected Works" in cited and "[untitled book]" not in cited and "No source cited" not in cited
    assert {"[untitled book]", "No source cited"} <= set(labels)
    page = lxml_html.parse(str(tmp_path / "site" / "b.html"))
    pager = page.xpath("//nav[@class='pager']")[0]
    # (in parentheses after the telegram: its own parentheses brackets)
    assert [text(s) for s in pager.xpath(".//span[@class='source-label']")] == ["[untitled book]"]
    assert [text(c) for c in pager.xpath(".//cite")] == ["Lenin, Collected Works"]
    row = lxml_html.parse(str(tmp_path / "site" / "a.html")).xpath("//dt[.='Source']/following-sibling::dd[1]")[0]
    assert not row.xpath(".//cite") and "[untitled book]" in text(row)


def test_a_records_address_follows_its_source_after_a_comma():
    """The Source row ran the record's date and its address together ("Wilson Center, January 13,
    1949 https://..."); the address is a part of the citation as the others, after a comma."""
    doc = f"""<TEI xmlns="{TEI}" xml:id="t"><teiHeader><fileDesc><titleStmt><title type="main">T</title></titleStmt>
      <publicationStmt><p/></publicationStmt><sourceDesc><bibl type="witness"><title level="a">A record</title>
      <title level="m">Wilson Center Digital Archive</title><publisher>Wilson Center</publisher>
      <date when="1949-01-13">January 13, 1949</date><ref target="https://example.org/document/1">https://example.org/document/1</ref>
      </bibl></sourceDesc></fileDesc></teiHeader>
      <text><body><div type="telegram"><p>Text.</p></div></body></text></TEI>"""
    page = lxml_html.fromstring(transform(STYLESHEET, xml_text=doc))
    row = page.xpath("//dt[.='Source']/following-sibling::dd[1]")[0]
    assert text(row).endswith("Wilson Center, January 13, 1949, https://example.org/document/1"), text(row)
    assert row.xpath(".//a[@class='external']/@href") == ["https://example.org/document/1"]
