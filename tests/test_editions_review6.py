"""The editions' sixth review, as an editor and an accessibility auditor read them: the network's
names at the top of its circle and how many correspondents it draws, the sources the accounts
name, offices in the indexes, summaries' quotation marks, "c." explained where it is used, the
chronology's dates and names, the charts' skip links, letters counted and named as letters,
notes' roles, the list's count announced, identifications that repeat a name, the PDF's title."""

from __future__ import annotations

import itertools
import re

from lxml import html as lxml_html

from conftest import browser_page
from print_helpers import dehyphenate, pdf_text
from tei.html import render_site
from tei.messages import Report
from test_editions_review4 import TEI, text

# invented correspondents with names as long as the real ones ("Nikolai Roshchin")
FIRST = ["Arkady", "Boris", "Cyril", "Dmitri", "Emil", "Feliks", "Gleb", "Hristo", "Igor", "Jan"]
LAST = ["Kalinovsky", "Lebedev", "Moravek", "Novotny", "Ostrowski", "Petrescu"]


def _letter(key: str, date: str, sender: tuple[str, str], recipient: tuple[str, str]) -> str:
    people = dict([sender, recipient])
    return f"""<TEI xmlns="{TEI}" xml:id="{key}"><teiHeader><fileDesc>
      <titleStmt><title type="main">{sender[1]} to {recipient[1]}, {date}</title></titleStmt>
      <publicationStmt><publisher>P</publisher><date when="2026-01-01"/></publicationStmt>
      <sourceDesc><bibl type="witness"><title level="m">Archive</title></bibl></sourceDesc></fileDesc>
      <profileDesc><correspDesc><correspAction type="sent"><persName ref="#{sender[0]}">{sender[1]}</persName><date when="{date}"/></correspAction>
        <correspAction type="received"><persName ref="#{recipient[0]}">{recipient[1]}</persName></correspAction></correspDesc></profileDesc>
      </teiHeader><standOff><listPerson>{"".join(f'<person xml:id="{k}"><persName type="main">{v}</persName></person>' for k, v in people.items())}</listPerson></standOff>
      <text><body><div type="telegram"><p>Text.</p></div></body></text></TEI>"""


def _network_edition(tmp_path, correspondents: int):
    """A hub writing to `correspondents` others, to the busiest of them more often (so the
    order round the circle is fixed); the folder of TEI files."""
    tei = tmp_path / "tei"
    tei.mkdir()
    hub = ("hub", "Vyacheslav Hubenko")
    others = [(f"p{i:02d}", f"{f} {l}") for i, (l, f) in enumerate(itertools.islice(itertools.product(LAST, FIRST), correspondents))]
    n = 0
    for i, other in enumerate(others):
        for _ in range(1 + (correspondents - i) // 8):
            n += 1
            (tei / f"t{n:03d}.xml").write_text(_letter(f"t{n:03d}", f"1950-{1 + n // 28 % 12:02d}-{1 + n % 28:02d}", hub, other),
                                               encoding="utf-8")
    return tei


def test_the_networks_names_do_not_touch_at_the_top_and_bottom_of_its_circle(chromium, tmp_path):
    """The network of tests/sources set the names of the nodes near the top and the bottom of its
    circle centred over (under) them: where the circle is flat the neighbours' names, a few
    pixels apart in height, ran into one another ("CCP Central Committee", "Joseph Stalin",
    "Andrei Vyshinsky").  Only the name of the node at the very top or bottom is centred now,
    a line farther out; the others stand to the side, outward, as round the rest of the circle."""
    tei = _network_edition(tmp_path, 35)
    out = tmp_path / "site"
    assert render_site(tei, out, Report(), search=False).ok
    with browser_page(chromium, viewport={"width": 1280, "height": 900}) as pg:
        pg.goto((out / "network.html").as_uri())
        labels = pg.evaluate("""() => [...document.querySelectorAll('svg.network .node-label')].map(e => {
            const b = e.getBBox(); return [e.textContent, b.x, b.y, b.x + b.width, b.y + b.height]; })""")
        nodes = pg.evaluate("""() => [...document.querySelectorAll('svg.network circle')].map(
            e => [e.cx.baseVal.value, e.cy.baseVal.value, e.r.baseVal.value])""")
        frame = pg.evaluate("() => document.querySelector('svg.network').viewBox.baseVal.height")
    assert len(labels) == 30, len(labels)

    def overlap(a, b):
        return a[1] < b[3] and b[1] < a[3] and a[2] < b[4] and b[2] < a[4]

    def on_node(a, node):  # the point of the name's box nearest the node's centre lies inside it
        x, y, r = node
        nearest_x, nearest_y = min(max(x, a[1]), a[3]), min(max(y, a[2]), a[4])
        return (nearest_x - x) ** 2 + (nearest_y - y) ** 2 < r * r

    touching = [(a[0], b[0]) for a, b in itertools.combinations(labels, 2) if overlap(a, b)]
    touching += [(a[0], "a node") for a in labels for node in nodes if on_node(a, node)]
    assert not touching, touching
    assert all(0 <= b[2] and b[4] <= frame for b in labels), [b for b in labels if b[2] < 0 or b[4] > frame]


def test_how_many_correspondents_the_network_draws_is_a_parameter_of_the_stylesheet(tmp_path, monkeypatch):
    """The thirty correspondents the graph draws were a number in the template; they are the
    stylesheet parameter network-drawn-max, thirty unless a caller sets it, and the caption
    counts what is drawn."""
    from tei import xslt

    tei = _network_edition(tmp_path, 12)

    def drawn(site, caption_has: str) -> int:
        page = lxml_html.parse(str(site / "network.html")).getroot()
        assert caption_has in text(page.find(".//figcaption")), text(page.find(".//figcaption"))
        return len([a for a in page.iter("{*}a", "a") if a.find("{*}circle") is not None or a.find("circle") is not None])

    assert render_site(tei, tmp_path / "all", Report(), search=False, workers=1).ok
    assert drawn(tmp_path / "all", "dashed lines pass through intermediaries.") == 13

    transform = xslt.Stylesheet.transform

    def with_fewer(self, *args, **kwargs):
        if kwargs.get("template") == "site":
            kwargs["params"] = {**kwargs["params"], "network-drawn-max": 5}
        return transform(self, *args, **kwargs)

    monkeypatch.setattr(xslt.Stylesheet, "transform", with_fewer)
    assert render_site(tei, tmp_path / "five", Report(), search=False, workers=1).ok
    assert drawn(tmp_path / "five", "The 5 correspondents with the most telegrams are drawn, of 13; the table lists them all.") == 5


def _from_book(key: str, day: int, book: str) -> str:
    """A telegram of January 1949 printed in the book `book`."""
    return f"""<TEI xmlns="{TEI}" xml:id="{key}"><teiHeader><fileDesc>
      <titleStmt><title type="main">Stalin to Mao, {day} January 1949</title></titleStmt>
      <publicationStmt><publisher>P</publisher><date when="2026-01-01"/></publicationStmt>
      <sourceDesc><bibl type="witness"><title level="a">Telegram</title><title level="m">{book}</title></bibl></sourceDesc></fileDesc>
      <profileDesc><correspDesc><correspAction type="sent"><persName>Stalin</persName><date when="1949-01-{day:02d}"/></correspAction>
        <correspAction type="received"><persName>Mao</persName></correspAction></correspDesc></profileDesc>
      </teiHeader><text><body><div type="telegram"><p>Text {day}.</p></div></body></text></TEI>"""


# nine books, the first two giving more telegrams than the others
BOOKS = ["Relations", "Documents", "Papers", "Cables", "Diaries", "Letters", "Archive", "Bulletin", "Records"]
SHELF = {f"tg-{i:02d}": _from_book(f"tg-{i:02d}", i, book)
         for i, book in enumerate(["Relations"] * 3 + ["Documents"] * 2 + BOOKS[2:], start=1)}


def test_the_home_page_names_the_sources_that_give_most_and_counts_the_others(tmp_path):
    """The home page's account of tests/sources' edition named all its 119 sources in one
    sentence, a screen of titles, "No source cited (12 telegrams and 3 letters)" among them as
    if it were one.  It names the six that give the most and counts the others, as it counts
    the correspondents past the eighth; the pages that cite no source are called so."""
    tei = tmp_path / "tei"
    tei.mkdir()
    for key, xml in SHELF.items():
        (tei / f"{key}.xml").write_text(xml, encoding="utf-8")
    assert render_site(tei, tmp_path / "site", Report(), search=False).ok
    about = text(lxml_html.parse(str(tmp_path / "site" / "index.html")).getroot().xpath("//main//p")[0])
    # (those that give as many in alphabetical order, as the home page lists names)
    assert ("The texts are translations taken from Relations (3 telegrams), Documents (2 telegrams), Archive (1 telegram), "
            "Bulletin (1 telegram), Cables (1 telegram), Diaries (1 telegram) and 3 other sources (3 telegrams).") in about, about
    assert "Letters" not in about and "Records" not in about

    # seven sources are all named
    for key in ("tg-10", "tg-11"):
        (tei / f"{key}.xml").unlink()
    assert render_site(tei, tmp_path / "seven", Report(), search=False).ok
    about = text(lxml_html.parse(str(tmp_path / "seven" / "index.html")).getroot().xpath("//main//p")[0])
    assert "Papers (1 telegram) and Records (1 telegram)." in about and "other sources" not in about, about

    # a page that cites no source among them
    uncited = _from_book("tg-13", 13, "X").replace('<title level="m">X</title>', '<note type="uncited">The page cites no source.</note>')
    (tei / "tg-13.xml").write_text(uncited, encoding="utf-8")
    assert render_site(tei, tmp_path / "uncited", Report(), search=False).ok
    about = text(lxml_html.parse(str(tmp_path / "uncited" / "index.html")).getroot().xpath("//main//p")[0])
    assert "Documents (2 telegrams), Cables (1 telegram), Diaries (1 telegram), Letters (1 telegram), " \
           "pages that cite no source (1 telegram) and 2 other sources (2 telegrams)." in about, about


def test_the_print_imprint_names_the_sources_that_give_most_and_counts_the_others(tmp_path):
    """The imprint of a volume of tests/sources' edition named its fifty sources one after another,
    half the page.  It names the six that give the most telegrams, then counts the others."""
    from test_print_layout import print_docs

    pdf = print_docs(tmp_path, SHELF)
    imprint = re.sub(r"\s+", " ", dehyphenate(pdf_text(pdf, 2)))
    assert ("Sources: Relations; Documents; Papers; Cables; Diaries; Letters; and 3 other sources. "
            "The list of sources at the end of the volume cites each telegram.") in imprint, imprint


def test_a_telegram_page_with_notes_has_no_accessibility_violation_of_any_impact(chromium, tmp_path):
    """axe-core found one violation on the seeds' telegram pages with notes, a minor one the
    suite's check (serious and critical only) let pass: each note's list item had
    role="doc-endnote", which DPUB-ARIA 1.1 deprecates (the notes' section is doc-endnotes, its
    list's items are the notes).  A page with notes now has no violation of any impact."""
    from test_editions_review4 import doc
    from test_html_browser import node_file

    axe = node_file("axe-core", "axe.min.js", "accessibility is checked with axe-core (npm install -g axe-core)")
    tei = tmp_path / "tei"
    tei.mkdir()
    body = """<p>We received your telegram.<note place="foot" n="1" type="source">Of 8 January.</note>
      We agree.<note place="foot" n="2" type="source">See the next telegram.</note></p>"""
    (tei / "tg-n.xml").write_text(doc("tg-n", "1949-01-10", body), encoding="utf-8")
    (tei / "tg-m.xml").write_text(doc("tg-m", "1949-01-11", "<p>Another.</p>"), encoding="utf-8")
    out = tmp_path / "site"
    assert render_site(tei, out, Report(), search=False).ok
    assert "Of 8 January." in text(lxml_html.parse(str(out / "tg-n.html")).getroot().find(".//section[@class='notes']"))
    with browser_page(chromium, viewport={"width": 1280, "height": 900}) as pg:
        pg.goto((out / "tg-n.html").as_uri())
        pg.add_script_tag(content=axe.read_text(encoding="utf-8"))
        violations = pg.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations")
    assert not violations, [(v["id"], v["impact"], [n["target"] for n in v["nodes"]]) for v in violations]


def test_an_office_named_without_its_holder_is_filed_as_it_is_named(tmp_path):
    """The indexes of persons of tests/sources filed the provisional entries of offices named
    without their holder by their last word, as a person's surname: "State, Secretary of*",
    "Tihwa, Consul at*" in print, "Soviet Ambassador" among the A's on the site.  An entry whose
    name is an office (roleName type="office") is filed as it is named, in both editions."""
    from index_helpers import printed_index, provisional_persons, site_filing

    offices = {"unresolved-secretary-of-state": "Secretary of State", "unresolved-consul-at-tihwa": "Consul at Tihwa",
               "unresolved-soviet-ambassador": "Soviet Ambassador"}
    people = {"acheson": "Dean Acheson", "unresolved-sadchikov": "Ivan Sadchikov", "unresolved-tito": "Josip Tito"}
    xml = provisional_persons(people, offices)
    filed = site_filing(tmp_path, xml)
    assert filed == ["Dean Acheson", "Consul at Tihwa", "Ivan Sadchikov", "Secretary of State", "Soviet Ambassador", "Josip Tito"], filed

    index = printed_index(tmp_path, xml)
    assert "State, Secretary of" not in index and "Tihwa, Consul at" not in index, index[:600]
    at = [index.index(n) for n in ("Acheson, Dean*", "Consul at Tihwa*", "Sadchikov, Ivan*", "Secretary of State*", "Soviet Ambassador*", "Tito, Josip*")]
    assert at == sorted(at), index[:600]


def test_a_summary_is_set_with_typographic_quotation_marks_in_both_editions(tmp_path):
    """The archive's summary of a telegram was set with the straight marks of its record
    ("clearing the liberated area from hostile elements."; Mao Zedong's), under a citation of
    the source set with typographic ones.  Both editions set the summary's marks as they set
    the citation's."""
    from test_editions_review4 import doc
    from test_print_layout import print_docs

    summary = """<abstract><p>Stalin advises against "clearing the area" before Mao Zedong's visit.</p></abstract>"""
    xml = doc("s", "1949-02-01", "<p>Text.</p>").replace("<profileDesc>", "<profileDesc>" + summary)
    tei = tmp_path / "tei"
    tei.mkdir()
    (tei / "s.xml").write_text(xml, encoding="utf-8")
    assert render_site(tei, tmp_path / "site", Report(), search=False).ok
    meta = text(lxml_html.parse(str(tmp_path / "site" / "s.html")).getroot().find(".//section[@class='meta']"))
    assert "Stalin advises against “clearing the area” before Mao Zedong’s visit." in meta, meta

    (tmp_path / "pdf").mkdir()
    printed = re.sub(r"\s+", " ", dehyphenate(pdf_text(print_docs(tmp_path / "pdf", {"s": xml, "t": doc("t", "1949-02-02", "<p>More.</p>")}))))
    assert "Summary: Stalin advises against “clearing the area” before Mao Zedong’s visit." in printed, printed[:2000]


def test_the_print_introduction_explains_c_only_in_a_volume_whose_headings_print_it(tmp_path):
    """The seeds' introduction explained "c.": "the date is approximate (the source gives the
    month only, ...)", in a volume no heading of which prints it, its No. 10 dated "February
    1949", the month only.  "c." is a date the source gives as approximate (cert="low"), not
    a month alone; it is explained, so, where a heading prints it or "early", "mid-", "late"."""
    from test_print_layout import print_docs, tei

    def intro_of(pdf) -> str:
        whole = re.sub(r"\s+", " ", dehyphenate(pdf_text(pdf)))
        return whole[whole.index("Note on the text"):whole.index("No. 1. ", whole.index("Note on the text"))]

    month = {"tg-a": tei("tg-a", "<p>One.</p>", sent="1949-02"), "tg-b": tei("tg-b", "<p>Two.</p>", sent="1949-01-10")}
    intro = intro_of(print_docs(tmp_path, month))
    assert "approximate" not in intro and "“early”" not in intro, intro
    assert "[…] " in intro  # the other signs as before

    (tmp_path / "c").mkdir()
    roughly = dict(month, **{"tg-a": month["tg-a"].replace('<date when="1949-02"/>', '<date when="1949-02" cert="low"/>')})
    pdf = print_docs(tmp_path / "c", roughly)
    intro = intro_of(pdf)
    assert "In a heading, before a date: the source gives the date as approximate; “early”, “mid-” or “late”" in intro, intro
    assert "c. February 1949" in re.sub(r"\s+", " ", pdf_text(pdf)).replace("\u00a0", " ")


def test_a_tall_chronology_gives_its_dates_above_the_first_row_too(tmp_path):
    """The chronology of tests/sources has a row for each of its 76 senders: the years stood
    only under the last row, four thousand pixels below the first, out of sight of a reader at
    its top.  Past eight rows the dates stand above the first row as well; a short chronology
    keeps them under its rows only."""
    def chronology(senders: int, folder):
        tei = folder / "tei"
        tei.mkdir()
        for i in range(senders):
            sender = (f"s{i:02d}", f"{FIRST[i % 10]} {LAST[i // 10]}")
            (tei / f"t{i:02d}.xml").write_text(_letter(f"t{i:02d}", f"{1945 + i % 6}-0{1 + i % 9}-1{i % 10}", sender, ("mao", "Mao Zedong")),
                                               encoding="utf-8")
        assert render_site(tei, folder / "site", Report(), search=False).ok
        svg = lxml_html.parse(str(folder / "site" / "chronology.html")).getroot().find(".//figure")
        first_row = min(float(t.get("y")) for t in svg.iter("{*}text", "text") if t.get("class") == "lane-label")
        ticks = [(float(t.get("y")), t.text) for t in svg.iter("{*}text", "text") if t.get("class") == "tick-label"]
        return [label for y, label in ticks if y < first_row], [label for y, label in ticks if y > first_row]

    (tmp_path / "tall").mkdir()
    above, below = chronology(10, tmp_path / "tall")
    assert below and above == below and "1946" in above, (above, below)
    (tmp_path / "short").mkdir()
    above, below = chronology(8, tmp_path / "short")
    assert below and not above, (above, below)


def test_the_networks_numbers_and_names_stand_clear_of_the_lines_under_them(chromium, tmp_path):
    """The network's numbers of telegrams sat on the lines of other pairs (the seeds' "1" of
    Stalin to Mikoyan on the dashed line from Kuznetsov to Orlov), the line running through the
    figure.  Numbers and names are drawn with a halo of the chart's white under them: where a
    line passes behind a number, no pixel of it shows between the number's strokes."""
    import base64

    tei = _network_edition(tmp_path, 3)
    out = tmp_path / "site"
    assert render_site(tei, out, Report(), search=False).ok
    with browser_page(chromium, viewport={"width": 1280, "height": 900}) as pg:
        pg.goto((out / "network.html").as_uri())
        # a blue line drawn across a number, behind it, as another pair's line may pass
        row = pg.evaluate("""() => {
            const label = document.querySelector('svg.network .edge-label');
            const b = label.getBBox();
            const line = document.createElementNS('http://www.w3.org/2000/svg', 'line');
            line.setAttribute('x1', b.x - 30); line.setAttribute('x2', b.x + b.width + 30);
            line.setAttribute('y1', b.y + b.height / 2); line.setAttribute('y2', b.y + b.height / 2);
            line.setAttribute('class', 'via-edge'); line.style.strokeDasharray = 'none'; line.style.strokeWidth = '3';
            label.parentNode.insertBefore(line, label);
            const r = label.getBoundingClientRect(), l = line.getBoundingClientRect();
            return {x: r.x, width: r.width, y: l.y + l.height / 2, lineX: l.x, lineWidth: l.width};
        }""")
        beside = pg.screenshot(clip={"x": row["lineX"], "y": row["y"], "width": 4, "height": 1})
        # (the middle of the number's box: its sides are the glyphs' bearings, where no halo is)
        across = pg.screenshot(clip={"x": row["x"] + row["width"] / 4, "y": row["y"], "width": row["width"] / 2, "height": 1})
        pixels = [pg.evaluate("""async (data) => {
            const img = new Image(); img.src = 'data:image/png;base64,' + data; await img.decode();
            const c = document.createElement('canvas'); c.width = img.width; c.height = img.height;
            const g = c.getContext('2d'); g.drawImage(img, 0, 0);
            const d = g.getImageData(0, 0, img.width, 1).data, out = [];
            for (let i = 0; i < d.length; i += 4) out.push([d[i], d[i + 1], d[i + 2]]);
            return out; }""", base64.b64encode(png).decode()) for png in (beside, across)]

    def blue(p):
        return p[2] > 90 and p[2] - p[0] > 50

    assert any(blue(p) for p in pixels[0]), pixels[0]  # the line shows beside the number
    assert not any(blue(p) for p in pixels[1]), pixels[1]


def test_the_print_volume_counts_its_letters_as_letters(tmp_path):
    """A volume of tests/sources holding ten letters said "193 telegrams" on its title page, in
    its imprint and introduction, "Telegrams exchanged by ..." under its title, as the HTML
    edition, which says "telegrams and letters", no longer does.  The volume counts each as
    what it is."""
    from test_print_layout import print_docs, tei

    letter = tei("tg-l", "<p>Dear Comrade Stalin,</p>", sent="1949-01-12").replace('<div type="telegram">', '<div type="letter">')
    docs = {"tg-a": tei("tg-a", "<p>One.</p>", sent="1949-01-10"), "tg-b": tei("tg-b", "<p>Two.</p>", sent="1949-01-11"), "tg-l": letter}
    printed = re.sub(r"\s+", " ", dehyphenate(pdf_text(print_docs(tmp_path, docs))))
    assert "2 telegrams and 1 letter, edited from their TEI encoding" in printed, printed[:600]
    assert "A print edition of 2 telegrams and 1 letter, typeset" in printed
    assert "The volume prints 2 telegrams and 1 letter of January 1949" in printed
    assert "Telegrams and letters exchanged by Mao and Stalin" in printed
    assert "3 telegrams" not in printed

    (tmp_path / "t").mkdir()
    printed = re.sub(r"\s+", " ", dehyphenate(pdf_text(print_docs(tmp_path / "t", {k: v for k, v in docs.items() if k != "tg-l"}))))
    assert "2 telegrams, edited from their TEI encoding" in printed and "letter" not in printed.lower(), printed[:600]


def test_a_keyboard_can_skip_past_the_charts_links(chromium, tmp_path):
    """Each dot of the chronology and each node of the network is a link, each also in the
    list or table after the chart: a keyboard went through every one (tests/sources' 577
    dots) before it reached the lists.  A link before each chart, shown when it has the focus,
    skips to what follows the chart."""
    tei = _network_edition(tmp_path, 12)
    out = tmp_path / "site"
    assert render_site(tei, out, Report(), search=False).ok
    with browser_page(chromium, viewport={"width": 1280, "height": 900}) as pg:
        for page, after in (("chronology.html", "#by-month"), ("network.html", "#network-table")):
            pg.goto((out / page).as_uri())
            for _ in range(15):
                pg.keyboard.press("Tab")
                if pg.evaluate("document.activeElement.className") == "skip-chart":
                    break
            else:
                raise AssertionError(f"{page}: no link skips the chart")
            shown = pg.evaluate("(() => { const r = document.activeElement.getBoundingClientRect(); return r.left >= 0 && r.width > 0; })()")
            assert shown, page
            in_chart = pg.evaluate("document.activeElement.compareDocumentPosition(document.querySelector('figure.chart')) & Node.DOCUMENT_POSITION_FOLLOWING")
            assert in_chart, page
            pg.keyboard.press("Enter")
            pg.keyboard.press("Tab")
            assert pg.evaluate(f"document.querySelector('{after}').contains(document.activeElement)"), \
                (page, pg.evaluate("document.activeElement.outerHTML.slice(0, 200)"))


def test_the_chronologys_long_names_stand_clear_of_their_rows(chromium, tmp_path):
    """The chronology set each sender's name at the left of its row, the row's line and the
    dots from x 150: "Chinese Embassy in the Soviet Union" ran 100 pixels over its line and
    the first years' dots.  A long name is set on two lines and the rows begin right of the
    longest line; the name reads as it is written."""
    tei = tmp_path / "tei"
    tei.mkdir()
    senders = [("embassy", "Chinese Embassy in the Soviet Union"), ("hub", "Vyacheslav Hubenko")]
    for i, sender in enumerate(senders):
        (tei / f"t{i}.xml").write_text(_letter(f"t{i}", f"1949-0{1 + i}-10", sender, ("mao", "Mao Zedong")), encoding="utf-8")
    assert render_site(tei, tmp_path / "site", Report(), search=False).ok
    with browser_page(chromium, viewport={"width": 1280, "height": 900}) as pg:
        pg.goto((tmp_path / "site" / "chronology.html").as_uri())
        rows = pg.evaluate("""() => [...document.querySelectorAll('svg.timeline .lane-label')].map(t => {
            const line = document.querySelectorAll('svg.timeline line.lane')[0];
            const dots = [...document.querySelectorAll('svg.timeline circle')].map(c => c.getBBox().x);
            return [t.textContent, t.getBBox().x + t.getBBox().width, +line.getAttribute('x1'), Math.min(...dots)]; })""")
    assert [r[0] for r in rows] == ["Chinese Embassy in the Soviet Union", "Vyacheslav Hubenko"], rows
    assert all(right < line_start and right < first_dot for _, right, line_start, first_dot in rows), rows


def test_the_lists_count_is_announced_when_a_filter_changes_it(chromium, tmp_path):
    """Choosing a correspondent in the home page's filter changed the count in the list's
    heading, "(3 of 12)", silently: a screen reader heard nothing of what the choice did.  The
    count is a polite live region, so the new count is read out."""
    tei = _network_edition(tmp_path, 12)
    assert render_site(tei, tmp_path / "site", Report(), search=False).ok
    with browser_page(chromium, viewport={"width": 1280, "height": 900}) as pg:
        pg.goto((tmp_path / "site" / "index.html").as_uri())
        live = pg.locator("h2#list-heading [aria-live='polite']")
        everyone = live.inner_text(timeout=5000)
        pg.select_option("#filter-person", index=2)
        chosen = live.inner_text()
    assert everyone == "(17 of 17)" and chosen != everyone and chosen.endswith(" of 17)"), (everyone, chosen)


def test_the_pager_names_a_letter_a_letter(tmp_path):
    """The pager under Khrushchev's letter to Kennedy of 9 November 1961 in tests/sources'
    edition said "Next telegram: Khrushchev to Kennedy, 2 December 1961", another letter.  It
    says "letter" where the document it leads to is one, "telegram" where it is a telegram."""
    from test_editions_review4 import doc

    tei = tmp_path / "tei"
    tei.mkdir()
    letter = doc("b", "1961-11-09", "<p>Dear Mr. President,</p>").replace('<div type="telegram">', '<div type="letter">')
    for key, xml in {"a": doc("a", "1961-11-08", "<p>One.</p>"), "b": letter, "c": doc("c", "1961-11-10", "<p>Three.</p>")}.items():
        (tei / f"{key}.xml").write_text(xml, encoding="utf-8")
    assert render_site(tei, tmp_path / "site", Report(), search=False).ok

    def pager(key):
        page = lxml_html.parse(str(tmp_path / "site" / f"{key}.html")).getroot()
        return [text(s) for s in page.xpath("//ul[@class='in-time']//span[@class='pager-label']")]

    assert pager("a")[1] == "Next letter:", pager("a")
    assert pager("b") == ["Previous telegram:", "Next telegram:"], pager("b")
    assert pager("c")[0] == "Previous letter:", pager("c")


def test_an_identification_that_only_repeats_the_name_is_not_printed(tmp_path):
    """The authority file identifies Albania, Hungary and Poland as "Albania.", "Hungary.",
    "Poland.": both indexes printed the line under the name it repeats ("Albania, 48–49 /
    Albania."), and a name's tooltip said "Albania — Albania.".  Such a note is left out; a
    note that says more is printed as before."""
    from test_editions_review4 import doc
    from test_print_layout import print_docs

    standoff = """<standOff><listPlace>
        <place xml:id="albania"><placeName type="main">Albania</placeName><note type="identification">Albania.</note></place>
        <place xml:id="andong"><placeName type="main">Andong</placeName><note type="identification">Chinese city on the Yalu.</note></place>
      </listPlace></standOff>"""
    body = """<p>From <placeName ref="#albania">Albania</placeName> to <placeName ref="#andong">Andong</placeName>.</p>"""
    xml = doc("w", "1950-06-29", body, standoff)
    tei = tmp_path / "tei"
    tei.mkdir()
    (tei / "w.xml").write_text(xml, encoding="utf-8")
    assert render_site(tei, tmp_path / "site", Report(), search=False).ok
    places = lxml_html.parse(str(tmp_path / "site" / "places.html")).getroot()
    said = [text(p) for p in places.xpath("//p[@class='identification']")]
    assert said == ["Chinese city on the Yalu."], said
    page = lxml_html.parse(str(tmp_path / "site" / "w.html")).getroot()
    tips = [text(t) for t in page.xpath("//div[@class='tooltips']/span")]
    assert "Albania — Albania." not in tips and any(t.startswith("Andong — Chinese city") for t in tips), tips

    (tmp_path / "pdf").mkdir()
    printed = re.sub(r"\s+", " ", dehyphenate(pdf_text(print_docs(tmp_path / "pdf", {"w": xml, "v": doc("v", "1950-06-30", "<p>More.</p>")}))))
    index = printed[printed.rindex("Index of places"):]
    assert re.search(r"Albania, \d+ Andong, \d+ Chinese city on the Yalu\.", index), index[:400]


def test_the_pdfs_title_names_the_months_the_volume_covers(tmp_path):
    """The PDF's title (its metadata, what a reader's list of files and a screen reader give)
    was "The Stalin–Mao Telegrams" for every volume, whatever months it covered; the title page,
    the running heads and the HTML edition's pages give the months.  It names them too."""
    import subprocess

    from test_print_layout import print_docs, tei

    pdf = print_docs(tmp_path, {"a": tei("a", "<p>One.</p>", sent="1949-01-10"), "b": tei("b", "<p>Two.</p>", sent="1949-02-11")})
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Title:\s+The Stalin–Mao Telegrams, January–February 1949$", info, re.M), info
