"""The editions' thirteenth review: a note the print edition sets in the line is no footnote to
its layout, and what a demanding editor saw on the pages of both editions."""

from __future__ import annotations

import re

from source_helpers import convert
from test_print_layout import tei
from tei.messages import Report

SIC = '<note type="editorial" resp="#source-editor">sic</note>'
INLINE = '<note rend="inline">Received by wire.</note>'


def _typst(tmp_path, cases: dict[str, str]) -> dict[str, str]:
    """Each telegram's body printed: {key: its #telegram call in the volume's Typst source}."""
    from tei.pdf.render import typst_source
    from tei.pdf.volume import load

    files = []
    for n, (key, body) in enumerate(cases.items(), start=1):
        files.append(tmp_path / f"{key}.xml")
        files[-1].write_text(tei(key, body, sent=f"1949-04-{n:02d}"), encoding="utf-8")
    typst = typst_source(load(files, Report()), "a5", False)
    return {key: re.search(r'#telegram\([^\n]*key: "' + key + r'".*?(?=\n#telegram\(|\Z)', typst, re.S).group(0)
            for key in cases}


def test_a_note_printed_in_the_line_does_not_hold_a_paragraph_with_the_heading_or_the_closer(tmp_path):
    """pf:has-footnote counted the source editor's "[sic]" (printed in brackets in the line) as
    a footnote: a short first paragraph whose only note it was was set with the heading as one
    block that does not break, and the paragraph above the closing lines with them, not kept
    with them as a paragraph without a footnote is.  A footnote still does both."""
    closer = "<closer><signed>Mao</signed></closer>"
    calls = _typst(tmp_path, {
        "tg-sic": f"<p>We took Nanking on the 32nd{SIC} of April.</p><p>More.</p>"
                  f"<p>The army crossed the river{SIC}.</p>{closer}",
        "tg-inline": f"<p>We took Nanking.{INLINE}</p><p>The army crossed the river.{INLINE}</p>{closer}",
        "tg-foot": '<p>We took Nanking.<note place="foot">A note.</note></p><p>More.</p>'
                   f'<p>The army crossed the river.<note place="foot">A note.</note></p>{closer}',
    })
    for key in ("tg-sic", "tg-inline"):
        call = calls[key]
        assert "lead: [" not in call and "#together[" not in call, call
        assert "#footnote[" not in call, call
        above = [line for line in call.splitlines() if line.startswith("#para(") and "crossed the river" in line]
        assert len(above) == 1 and "closing: [#closer(" in above[0], above  # (kept with the closer: in the paragraph)
    assert calls["tg-sic"].count('#"["#"sic"#"]"') == 2, calls["tg-sic"]
    foot = calls["tg-foot"]
    assert "lead: [" in foot and "#together[" in foot and foot.count("#footnote[") == 2, foot


def _witness(key: str, bibl: str, sent: str = "1949-04-01") -> str:
    """A telegram whose witness is described by this bibl's content."""
    return tei(key, "<p>We took Nanking.</p>", sent=sent).replace(
        '<bibl type="witness"><title level="m">Book</title></bibl>', f'<bibl type="witness">{bibl}</bibl>')


def test_a_reprint_read_as_a_periodicals_issue_is_cited_alike_in_both_editions(tmp_path):
    """The HTML's Republished row gave a reprint's text as one string ("Pravda 12 1950"), where
    its First published row and the print's line cite a periodical's issue by its parts, the
    title in italics (f:related-parts); now both rows cite a printing by that one function."""
    import lxml.html

    from tei.html import render_site
    from tei.pdf import print_volume

    issue = '<title level="j">Pravda</title><biblScope unit="issue">12</biblScope><date>1950</date>'
    doc = _witness("tg-reprint", '<title level="m">Book</title>'
                   f'<relatedItem type="reprint"><bibl>{issue}</bibl></relatedItem>'
                   '<relatedItem type="reprint"><bibl>Izvestia, 3 May 1950.</bibl></relatedItem>'
                   f'<relatedItem type="original"><bibl>{issue}</bibl></relatedItem>')
    tei_dir = tmp_path / "tei"
    tei_dir.mkdir()
    (tei_dir / "tg-reprint.xml").write_text(doc, encoding="utf-8")
    assert render_site(tei_dir, tmp_path / "site", Report(), search=False).ok
    page = lxml.html.fromstring((tmp_path / "site" / "tg-reprint.html").read_bytes())
    rows = {" ".join(dt.text_content().split()): dt.getnext() for dt in page.iter("dt")}
    republished, first = rows["Republished"], rows["First published"]
    assert " ".join(republished.text_content().split()) == "Pravda, no. 12, 1950; Izvestia, 3 May 1950", republished.text_content()
    assert [c.text for c in republished.iter("cite")] == ["Pravda"]
    assert " ".join(first.text_content().split()) == "Pravda, no. 12, 1950" and [c.text for c in first.iter("cite")] == ["Pravda"]
    pdf = tmp_path / "volume.pdf"
    report = Report()
    assert print_volume([tei_dir / "tg-reprint.xml"], pdf, report, alone=False), [str(m) for m in report.messages]
    typ = pdf.with_suffix(".typ").read_text(encoding="utf-8")
    assert re.search(r'#meta\((keep: true, )?label: "Republished"\)\[#emph\[#"Pravda"\]#", no. 12, 1950."\]', typ), typ


def test_a_description_ending_with_a_question_mark_takes_no_full_stop_after_it(tmp_path):
    """The print's Source line made from the description put its own full stop after it unless
    it ended with one (a copy of pf:stopped that knew only "."): "Who Lost China?. Translated
    by ..."; now pf:stopped decides, as for the line's end."""
    from tei.pdf.render import typst_source
    from tei.pdf.volume import load

    docs = {"tg-asked": _witness("tg-asked", '<title level="m">Who Lost China?</title>'
                                 '<note type="citation">Translated by the Editors.</note>'),
            "tg-dated": _witness("tg-dated", '<title level="m">The Talks</title><date>July 2, 1959.</date>'
                                 '<note type="citation">Translated by the Editors.</note>', sent="1949-04-02"),
            "tg-plain": _witness("tg-plain", '<title level="m">Who Lost China?</title>', sent="1949-04-03")}
    files = []
    for key, doc in docs.items():
        files.append(tmp_path / f"{key}.xml")
        files[-1].write_text(doc, encoding="utf-8")
    typst = typst_source(load(files, Report()), "a5", False)
    lines = re.findall(r'^#meta\((?:keep: true, )?label: "Source"\)\[(.*)\]$', typst, re.M)
    assert lines == ['#emph[#"Who Lost China?"]#" Translated by the Editors."',
                     '#emph[#"The Talks"]#", July 2, 1959. Translated by the Editors."',
                     '#emph[#"Who Lost China?"]'], lines


MADAME = "wilson-madame-chiang-stalin-1945-02-18-a-wife-named-by-her-husband-s-name.txt"
CHIANG = "frus-web-chiang-roosevelt-undated-title-and-family-name-madame.txt"


def test_a_wife_named_by_her_husbands_name_is_filed_under_his_name_in_both_indexes(tmp_path):
    """"Madame Chiang Kai-shek", a provisional entry, was filed by her last word: "Kai-shek,
    Madame Chiang" in the print's index of persons, and between Kaganovich and Kamenev in the
    HTML's; she is filed by her husband's name as the indexes file it (family name first), the
    title after it, under C.  (The authority file now knows her, Song Meiling: the wife here is
    another's, "Madame Li Zongren", in a copy of her telegram.)"""
    import lxml.html

    from tei.html import render_site
    from tei.pdf.render import typst_source
    from tei.pdf.volume import load
    from source_helpers import SOURCES

    sources = tmp_path / "sources"
    sources.mkdir()
    wife = (SOURCES / MADAME).read_text(encoding="utf-8").replace("Madame Chiang Kai-shek", "Madame Li Zongren") \
        .replace("Soong Mei-ling", "Madame Li Zongren").replace("Mayling Soong Chiang", "Madame Li Zongren") \
        .replace("the women of China.", "the women of China and of General Lin Biao's soldiers.")
    (sources / "wilson-madame-li-stalin-1945-02-18.txt").write_text(wife, encoding="utf-8")
    (sources / CHIANG).write_text((SOURCES / CHIANG).read_text(encoding="utf-8"), encoding="utf-8")
    tei_dir = tmp_path / "tei"
    from tei.convert import convert_sources

    report = Report()
    convert_sources(sorted(sources.iterdir()), tei_dir, report=report)
    assert not report.count("error"), [str(m) for m in report.messages]
    typst = typst_source(load(sorted(tei_dir.glob("*.xml")), Report()), "a5", False)
    names = re.findall(r'^\s*\(key: "unresolved-madame-[^"]*", name: "([^"]*)"', typst, re.M)
    assert names == ["Chiang, Madame", "Li Zongren, Madame"], names
    assert render_site(tei_dir, tmp_path / "site", Report(), search=False).ok
    page = lxml.html.fromstring((tmp_path / "site" / "persons.html").read_bytes())
    filed = [" ".join(h.text_content().split()) for h in page.iter("h2")]
    at = next(i for i, name in enumerate(filed) if name.startswith("Madame Li Zongren"))
    # (under L, by "Li Zongren": before Lin Biao, who would come first were she filed by "Madame" or "Zongren")
    assert filed[at + 1] == "Lin Biao", filed
    assert filed[filed.index("Chiang Kai-shek") + 1].startswith("Madame Chiang "), filed


WORKS_18 = "works-stalin-18-gottwald-a-greeting-and-the-signature-on-one-line.txt"
UNTITLED = "compilation-pdf-lenin-kamenev-1920-08-24-address-with-place-two-signers.txt"


def test_a_sources_own_parentheses_are_brackets_where_the_lists_set_it_in_parentheses(tmp_path):
    """The lists name each telegram's source in parentheses after it, and the source's name
    may hold its own: "(Joseph Stalin, Works, vol. 18 (2006))" on the home page, the pages of mentions, the network's table, the pager and
    the search results; parentheses within parentheses are set as brackets."""
    import lxml.html

    from tei.html import render_site

    tei_dir = tmp_path / "tei"
    convert(tei_dir, WORKS_18, UNTITLED)
    assert render_site(tei_dir, tmp_path / "site", Report(), search=False).ok
    home = lxml.html.fromstring((tmp_path / "site" / "index.html").read_bytes())
    sources = sorted(" ".join(s.text_content().split()) for s in home.find_class("entry-source"))
    assert sources == ["(Joseph Stalin, Works, vol. 18 [2006])", "([untitled book])"], sources
    for page in sorted((tmp_path / "site").glob("*.html")):
        text = " ".join(lxml.html.fromstring(page.read_bytes()).text_content().split())
        assert "(2006))" not in text and "none))" not in text, page.name
    pages = [lxml.html.fromstring(p.read_bytes()) for p in (tmp_path / "site").glob("tg-*.html")]
    titles = [h1.get("data-pagefind-meta") for page in pages for h1 in page.iter("h1")]
    assert any(t and t.endswith("(Joseph Stalin, Works, vol. 18 [2006])") for t in titles), titles


def test_a_telegram_named_by_its_translations_sources_sets_their_titles_in_italics(tmp_path):
    """Previous and next named a telegram in one translation with its source's title in italics,
    "(Archive)", and one in several with the titles upright, "(in Relations (1959) · in
    Documents)", as did the list of other translations; each title is now a <cite>, its own
    parentheses brackets inside the pager's."""
    import lxml.html

    from tei.html import render_site
    from test_editions_review4 import _translation

    tei_dir = tmp_path / "tei"
    tei_dir.mkdir()
    docs = {"tg-a": _translation("tg-a", "1949-01-12", "Archive"),
            "tg-b1": _translation("tg-b1", "1949-01-13", "Relations (1959)", ("tg-b2",)),
            "tg-b2": _translation("tg-b2", "1949-01-13", "Documents", ("tg-b1",))}
    for key, xml in docs.items():
        (tei_dir / f"{key}.xml").write_text(xml, encoding="utf-8")
    assert render_site(tei_dir, tmp_path / "site", Report(), search=False).ok

    def page(key):
        return lxml.html.fromstring((tmp_path / "site" / f"{key}.html").read_bytes())

    nxt = page("tg-a").xpath("//nav[@class='pager']//li[@class='next']")[0]
    assert " ".join(nxt.text_content().split()) == \
        "Next telegram: Mao Zedong to Stalin, 13 January 1949 (in Relations [1959] · in Documents)"
    assert [(c.text, c.getparent().get("href")) for c in nxt.iter("cite")] == [
        ("Relations [1959]", "tg-b1.html"), ("Documents", "tg-b2.html")]
    other = page("tg-b1").xpath("//section[@class='witnesses']//li")[0]
    assert [c.text for c in other.iter("cite")] == ["Documents"], lxml.html.tostring(other)


def six_letters_site(tmp_path, date_of):
    """The HTML edition (no search) of six letters between Stalin and Mao, the nth dated date_of(n)."""
    from tei.html import render_site
    from test_editions_review6 import _letter

    tei_dir = tmp_path / "tei"
    tei_dir.mkdir()
    stalin, mao = ("stalin", "Joseph Stalin"), ("mao", "Mao Zedong")
    for n in range(6):
        sender, recipient = (stalin, mao) if n % 2 else (mao, stalin)
        (tei_dir / f"t{n}.xml").write_text(_letter(f"t{n}", date_of(n), sender, recipient), encoding="utf-8")
    out = tmp_path / "site"
    assert render_site(tei_dir, out, Report(), search=False).ok
    return out


def test_the_networks_table_on_a_phone_gives_each_row_the_screens_width(chromium, tmp_path):
    """At 390 pixels the network's table was wider than the screen (scrolled in its frame): its
    fifth column, the telegrams, a strip of a few words a line out of sight, each row as tall as
    its list run down that strip.  On a phone each row is now a block as wide as the screen, each
    cell under its column's name, the list of telegrams at the full measure; on a wide screen it
    is the table it was."""
    from conftest import browser_page

    out = six_letters_site(tmp_path, lambda n: f"1950-0{n + 1}-10")
    measure = """() => {
        const table = document.querySelector('table.network-table').getBoundingClientRect();
        const lists = [...document.querySelectorAll('table.network-table ul')].map(u => u.getBoundingClientRect().width);
        const cells = [...document.querySelectorAll('table.network-table td')].map(td => getComputedStyle(td).display);
        const labels = [...document.querySelectorAll('table.network-table td')].map(td => getComputedStyle(td, '::before').content);
        return {right: table.right, width: window.innerWidth, lists, cells, labels}; }"""
    with browser_page(chromium, viewport={"width": 390, "height": 800}) as pg:
        pg.goto((out / "network.html").as_uri())
        phone = pg.evaluate(measure)
    assert phone["right"] <= phone["width"], phone
    assert len(phone["lists"]) == 2 and min(phone["lists"]) >= 300, phone["lists"]
    assert '"From: "' in phone["labels"] and '"Number: "' in phone["labels"], phone["labels"]
    with browser_page(chromium, viewport={"width": 1280, "height": 900}) as pg:
        pg.goto((out / "network.html").as_uri())
        wide = pg.evaluate(measure)
    assert set(wide["cells"]) == {"table-cell"} and set(wide["labels"]) == {"none"}, wide


def test_the_searchs_filters_and_clear_button_have_no_browser_borders(chromium, tmp_path):
    """The search page's filters stood in a grey grooved box as tall as the results and its
    Clear button in a black bevel: the borders a browser gives a fieldset and a button, which
    pagefind's UI (its styles not reset) left.  Neither has a border now; the button still shows
    where the keyboard is."""
    from conftest import PAGEFIND, browser_page, require
    from tei.html import render_site
    from test_editions_review6 import _letter

    if not PAGEFIND:
        require("pagefind", "the search page is pagefind's UI")
    tei_dir = tmp_path / "tei"
    tei_dir.mkdir()
    stalin, mao = ("stalin", "Joseph Stalin"), ("mao", "Mao Zedong")
    for n in range(3):
        (tei_dir / f"t{n}.xml").write_text(_letter(f"t{n}", f"1950-0{n + 1}-10", stalin, mao), encoding="utf-8")
    out = tmp_path / "site"
    assert render_site(tei_dir, out, Report(), search=True).search
    import functools
    import http.server
    import threading

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(out)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        with browser_page(chromium, viewport={"width": 1280, "height": 900}) as pg:
            pg.goto(f"http://127.0.0.1:{httpd.server_address[1]}/search.html?q=Text")
            pg.wait_for_selector("#search .pagefind-ui__result", timeout=10000)
            borders = pg.evaluate("""() => ['fieldset.pagefind-ui__filter-panel', 'button.pagefind-ui__search-clear']
                .map(s => document.querySelector('#search ' + s)).map(e => e && getComputedStyle(e).borderTopStyle)""")
            assert borders == ["none", "none"], borders
            pg.focus("#search button.pagefind-ui__search-clear")
            pg.keyboard.press("Shift+Tab")
            pg.keyboard.press("Tab")
            outline = pg.evaluate("getComputedStyle(document.activeElement).outlineStyle + ' ' + document.activeElement.className")
            assert outline.startswith("solid") and "search-clear" in outline, outline
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_the_print_names_another_translation_by_its_source_with_the_title_in_italics(tmp_path):
    """The print's "Other translation: No. 95 (Brothers in Arms: The Sino-Soviet Alliance,
    1945-1963)" set the book's title upright, where the Source line and the list of sources
    set it in italics (as the HTML now names translations by their sources); the edition's
    label for an untitled book stays upright ("([untitled book])"), as the HTML sets it."""
    from tei.pdf.render import typst_source
    from tei.pdf.volume import load

    def translation(key: str, other: str, bibl: str) -> str:
        return tei(key, "<p>We took Nanking.</p>", sent="1949-04-23").replace(
            "</publicationStmt>", f'</publicationStmt><notesStmt><relatedItem type="witness" target="{other}.xml"/></notesStmt>').replace(
            '<bibl type="witness"><title level="m">Book</title></bibl>', f'<bibl type="witness">{bibl}</bibl>')

    docs = {"tg-a": translation("tg-a", "tg-b", '<title level="m">Brothers in Arms</title><biblScope unit="volume">2</biblScope>'),
            "tg-b": translation("tg-b", "tg-a", '<title level="m" type="supplied">[untitled book]</title>')}
    files = []
    for key, doc in docs.items():
        files.append(tmp_path / f"{key}.xml")
        files[-1].write_text(doc, encoding="utf-8")
    typst = typst_source(load(files, Report()), "a5", False)
    lines = sorted(re.findall(r'^#meta\((?:keep: true, )?label: "Other translation"\)\[(.*?)#" (?:The two|Where)', typst, re.M))
    assert lines == ['#"No.\u00a01 ("#emph[#"Brothers in Arms"]#", vol. 2"#")"#"."',
                     '#"No.\u00a02 ("#"[untitled book]"#")"#"."'], lines


def test_a_telegrams_notes_are_numbered_from_one_in_both_editions(tmp_path):
    """Typst numbered footnotes through the whole volume (the second telegram's notes 3 and 4),
    where the HTML's page of a telegram and FRUS number them from 1 in each document; now the
    counter starts again at each telegram's heading, and two telegrams' notes sharing a page's
    foot each run from 1 in the telegrams' order."""
    import lxml.html

    from print_helpers import pdf_text
    from tei.html import render_site
    from test_print_layout import print_docs

    docs = {key: tei(key, f'<p>{word} one.<note place="foot">{word}NoteOne.</note> Two.'
                          f'<note place="foot">{word}NoteTwo.</note></p>', sent=sent)
            for key, word, sent in (("tg-a", "Alpha", "1949-04-01"), ("tg-b", "Beta", "1949-04-02"))}
    pdf = print_docs(tmp_path, docs)
    text = pdf_text(pdf)
    notes = re.findall(r"^\s*(\d+)\s+(\w+Note\w+)\.", text, re.M)
    assert notes == [("1", "AlphaNoteOne"), ("2", "AlphaNoteTwo"), ("1", "BetaNoteOne"), ("2", "BetaNoteTwo")], text
    # on one page: the two telegrams' notes share its foot
    page = next(n for n in range(1, 20) if "BetaNoteTwo" in pdf_text(pdf, n))
    assert "AlphaNoteOne" in pdf_text(pdf, page)

    tei_dir = tmp_path / "tei"
    tei_dir.mkdir()
    for key, doc in docs.items():
        (tei_dir / f"{key}.xml").write_text(doc, encoding="utf-8")
    assert render_site(tei_dir, tmp_path / "site", Report(), search=False).ok
    html = lxml.html.fromstring((tmp_path / "site" / "tg-b.html").read_bytes())
    marks = [" ".join(a.text_content().split()) for a in html.xpath("//a[@class='noteref']")]
    labels = [" ".join(span.text_content().split()) for span in html.xpath("//span[@class='note-label']")]
    assert marks == ["1", "2"] and labels == ["1.", "2."], (marks, labels)


def test_a_note_the_source_numbers_keeps_its_number_in_both_editions(tmp_path):
    """FRUS numbers its source note "0" and some sources mark a note "*": the HTML labels a note by
    its @n, the print had numbered it by Typst's count (1, 2, 3 where the HTML showed 0, 1, *).
    Now the print's footnote takes the note's own number; a note without one, its place."""
    import lxml.html

    from print_helpers import pdf_text
    from tei.html import render_site
    from test_print_layout import print_docs

    body = ('<head>Telegram<note place="foot" n="0">Source: SourceNote.</note></head>'
            '<p>One.<note place="foot" n="1">NumberedNote.</note> Two.<note place="foot" n="*">StarredNote.</note>'
            ' Three.<note place="foot">PlainNote.</note></p>')
    docs = {"tg-n": tei("tg-n", body)}
    text = pdf_text(print_docs(tmp_path, docs))
    printed = re.findall(r"^\s*(\S+)\s+(?:Source: )?(\w+Note)\.", text, re.M)
    assert printed == [("0", "SourceNote"), ("1", "NumberedNote"), ("*", "StarredNote"), ("4", "PlainNote")], text

    tei_dir = tmp_path / "tei"
    tei_dir.mkdir()
    (tei_dir / "tg-n.xml").write_text(docs["tg-n"], encoding="utf-8")
    assert render_site(tei_dir, tmp_path / "site", Report(), search=False).ok
    html = lxml.html.fromstring((tmp_path / "site" / "tg-n.html").read_bytes())
    labels = [" ".join(span.text_content().split()) for span in html.xpath("//span[@class='note-label']")]
    assert labels == [n + "." for n, _ in printed], labels


def test_the_html_lists_of_places_and_persons_refer_from_the_other_names_the_texts_use(tmp_path):
    """The print's index referred from a place's other names and a person's other romanisations
    a text uses ("Peking, see Beijing", "Chou En-lai, see Zhou Enlai"); the HTML's list of places
    had no such line and its list of persons only the pseudonyms.  Both editions now take the
    names from one function (f:see-forms), each line only for a name a text writes."""
    import lxml.html

    from tei.html import render_site

    standoff = """<standOff><listPerson>
        <person xml:id="zhou"><persName type="main">Zhou Enlai</persName><persName type="wade-giles">Chou En-lai</persName>
          <persName type="pseudonym">Wu Hao</persName><note type="identification">Premier.</note></person></listPerson>
      <listPlace>
        <place xml:id="beijing"><placeName type="main">Beijing</placeName><placeName type="variant">Peking</placeName>
          <placeName type="variant">Peiping</placeName><note type="identification">Capital.</note></place>
        <place xml:id="moscow"><placeName type="main">Moscow</placeName><placeName type="variant">Moskva</placeName></place>
      </listPlace></standOff>"""
    body = ('<p><persName ref="#zhou">Chou En-lai</persName> left <placeName ref="#beijing">Peking</placeName>'
            ' for <placeName ref="#moscow">Moscow</placeName>.</p>')
    doc = tei("tg-see", body, standoff=standoff)
    tei_dir = tmp_path / "tei"
    tei_dir.mkdir()
    (tei_dir / "tg-see.xml").write_text(doc, encoding="utf-8")
    assert render_site(tei_dir, tmp_path / "site", Report(), search=False).ok

    def see_lines(page: str) -> list[tuple[str, str]]:
        html = lxml.html.fromstring((tmp_path / "site" / page).read_bytes())
        return [(" ".join(li.text_content().split()), li.xpath("a/@href")[0])
                for li in html.xpath("//nav[@class='az']//li[@class='see']")]

    places = see_lines("places.html")
    assert places == [("Peking, see Beijing", "#beijing")], places  # (not Peiping, Moskva: no text writes them)
    assert see_lines("persons.html") == [("Chou En-lai, see Zhou Enlai", "#zhou")]
    entries = [" ".join(li.text_content().split()) for li in
               lxml.html.fromstring((tmp_path / "site" / "places.html").read_bytes()).xpath("//nav[@class='az']//li")]
    assert entries == ["Beijing", "Moscow", "Peking, see Beijing"], entries

    # the print's index refers from the same names, by the same function
    from tei.pdf.render import typst_source
    from tei.pdf.volume import load
    typst = typst_source(load([tei_dir / "tg-see.xml"], Report()), "a5", False)
    sees = re.findall(r'name: "([^"]*)", see: "([^"]*)"', typst)
    assert sorted(sees) == [("Chou En-lai", "Zhou Enlai"), ("Moskva", "Moscow"), ("Peiping", "Beijing"),
                            ("Peking", "Beijing"), ("Wu Hao", "Zhou Enlai")], sees  # (Typst prints those a text uses)
    assert 'form: "Peking"' in typst and 'form: "Chou En-lai"' in typst


def test_a_quoted_message_stands_apart_from_the_cables_lines_above_and_below(tmp_path):
    """The print set a message a cable quotes (quote rend="quoted") 0.75em from the cable's lines,
    a hair more than the leading between two lines: "asked me to convey the following:" ran on
    into the quotation and out of it into the cable's next words.  It now stands apart by twice
    the leading, above and below (as the HTML sets it off by a margin and a rule)."""
    from print_helpers import word_boxes
    from test_print_layout import print_docs

    body = """<p>Covering words of the cable, long enough to run over two lines of the page in print,
        asking to convey the following:</p>
      <quote rend="quoted"><p>Quoted words of the message, long enough to run over two lines of the page in print.</p>
        <p>Second words of the quoted message.</p></quote>
      <p>After words of the cable.</p><closer><signed>ROSHCHIN</signed></closer>"""
    pdf = print_docs(tmp_path, {"tg-q": tei("tg-q", body)}, alone=True)
    words = [w for page in word_boxes(pdf) for w in page]
    tops = {w: (y0, y1) for _, y0, _, y1, w in words if w in ("Covering", "following:", "“Quoted", "message.”", "After")}
    pitch = tops["following:"][0] - tops["Covering"][0]  # a line of the cable to the next
    line = tops["Covering"][1] - tops["Covering"][0]
    assert tops["“Quoted"][0] - tops["following:"][1] > (pitch - line) + 0.4 * line, tops  # more than the leading
    assert tops["After"][0] - tops["message.”"][1] > (pitch - line) + 0.4 * line, tops


def test_an_archives_abbreviation_stays_on_the_line_of_its_number(tmp_path):
    """The print's Archive line broke between a sheet's abbreviation and its number ("AVP RF, f. 06,
    op. 7, p. 40, d. 600, l." / "3", No. 44 of tests/sources' volume 1): "f. 06", "l. 3", "ll.
    100-102" are now each kept on one line, as a range of pages was, there and in the list of
    sources."""
    from print_helpers import pdf_text
    from test_print_layout import print_docs

    docs = {}
    for k in range(30):
        key = f"tg-archive-{k}"
        ms = (f"<msDesc><msIdentifier><repository>Archive of the {' '.join(['Foreign'] * k)} Ministry</repository>"
              "<idno>f. 06, op. 7, p. 40, d. 600, l. 3, ll. 100-102</idno></msIdentifier></msDesc>")
        docs[key] = tei(key, "<p>Text.</p>", sent=f"1949-04-{1 + k % 28:02d}").replace(
            "</bibl></sourceDesc>", f"</bibl>{ms}</sourceDesc>")
    text = pdf_text(print_docs(tmp_path, docs))
    assert text.count("d. 600") == 60, text  # (the Archive line and the list of sources)
    parted = re.findall(r"\b(?:f|op|p|d|l|ll)\.\n\s*\d+.*|\d+[–-]\n.*", text)
    assert not parted, parted
