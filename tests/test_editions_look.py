"""What the editions made of the unusual telegrams (enclosures, quoted messages, closing lines),
as a reader of the HTML pages and the print volumes found them: one case per fault."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import browser_page
from tei.html import STYLESHEET
from tei.xslt import transform

TEI = "http://www.tei-c.org/ns/1.0"
CSS = Path(__file__).resolve().parents[1] / "src" / "tei" / "html" / "static" / "edition.css"


def telegram(body: str) -> str:
    return f"""<TEI xmlns="{TEI}" xml:id="t"><teiHeader><fileDesc><titleStmt><title type="main">T</title></titleStmt>
      <publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader>
      <text><body><div type="telegram">{body}</div></body></text></TEI>"""


def styled(chromium, tmp_path: Path, body: str, script: str):
    """The page of a telegram body, opened in chromium with the edition's CSS: what script returns."""
    (tmp_path / "assets").mkdir(parents=True)
    shutil.copy(CSS, tmp_path / "assets" / "edition.css")
    (tmp_path / "t.html").write_text(transform(STYLESHEET, xml_text=telegram(body)), encoding="utf-8")
    with browser_page(chromium) as pg:
        pg.goto((tmp_path / "t.html").as_uri())
        return pg.evaluate(script)


def test_a_closers_enclosure_line_is_not_set_off_as_an_enclosed_message(chromium, tmp_path):
    """"Enclosure: the list of the cases found, 4 pages." under the signature (seg type="enclosure")
    took the rule and indent of an enclosed message (floatingText type="enclosure"): the CSS
    matched any element of class type-enclosure, so a lone bar stood beside the closing line."""
    borders = styled(chromium, tmp_path, """<p>Text.</p>
      <closer><signed>MAO TSE-TUNG</signed><seg type="enclosure">Enclosure: the list, 4 pages.</seg></closer>
      <floatingText type="enclosure"><body><p>The enclosed message.</p></body></floatingText>""",
        """() => [...document.querySelectorAll('.type-enclosure')].map(
             e => [e.className, getComputedStyle(e).borderLeftStyle])""")
    assert dict(borders) == {"tei-seg type-enclosure": "none", "tei-floatingText type-enclosure": "solid"}


def _lines(pdf: Path) -> list[tuple[float, float, str]]:
    """The first page's lines: (top, bottom, text), top to bottom."""
    from print_helpers import word_boxes

    rows: dict[float, list] = {}
    for x0, y0, x1, y1, w in word_boxes(pdf)[0]:
        rows.setdefault(round(y0, 1), []).append((x0, y1, w))
    return [(top, max(b for _, b, _ in ws), " ".join(w for _, _, w in sorted(ws))) for top, ws in sorted(rows.items())]


def test_two_enclosed_messages_are_set_apart_from_each_other(tmp_path):
    """A telegram enclosing two messages (Stalin to Churchill, 14 March 1945, his two messages to
    the President): the second's label stood on the line under the first's last line, no space
    between them, as if the label began a paragraph of the first.  The space above and below an
    enclosed (or quoted) message was set on its inner block, which the indent around it hid."""
    from test_print_layout import print_docs, tei

    body = """<p>I enclose the two messages I sent to the President.</p>
      <floatingText type="enclosure"><body><p>The first enclosed message ends on this line.</p></body></floatingText>
      <floatingText type="enclosure"><body><p>The second enclosed message.</p></body></floatingText>"""
    lines = _lines(print_docs(tmp_path, {"tg-enc": tei("tg-enc", body)}, alone=True))
    [first_end] = [i for i, line in enumerate(lines) if "ends on this line" in line[2]]
    label = lines[first_end + 1]
    assert label[2].lower() == "enclosure"
    line_height = lines[first_end][1] - lines[first_end][0]
    # (a line's bottom to the next one's top in running text is a fraction of a line)
    assert label[0] - lines[first_end][1] > 0.6 * line_height, (lines[first_end], label)


CLOSER_WITH_REGISTRY_LINES = """<p>We ask you to send a group of specialists on epidemics.</p>
  <closer><signed>MAO TSE-TUNG</signed><dateline>3rd March, 1952</dateline>
    <seg type="distribution">Copies to: Molotov, Mikoyan.</seg>
    <seg type="enclosure">Enclosure: the list of the cases found, 4 pages.</seg></closer>"""


def test_a_closers_copies_and_enclosure_lines_stand_at_the_left_in_both_editions(chromium, tmp_path):
    """"Copies to: ..." and "Enclosure: ..." under a signature are the registry's lines, no part
    of the signature: print set the first at the left, small and grey, but the second at the right
    as the signature; the HTML page set both at the right.  Now both editions set both at the left."""
    aligns = styled(chromium, tmp_path / "html", CLOSER_WITH_REGISTRY_LINES,
        """() => Object.fromEntries([...document.querySelectorAll('.tei-closer > *')].map(
             e => [e.className, getComputedStyle(e).textAlign]))""")
    assert aligns["tei-signed"] == "right"
    assert aligns["tei-seg type-distribution"] == aligns["tei-seg type-enclosure"] == "left"

    from test_print_layout import print_docs, tei

    (tmp_path / "pdf").mkdir()
    pdf = print_docs(tmp_path / "pdf", {"tg-cl": tei("tg-cl", CLOSER_WITH_REGISTRY_LINES)}, alone=True)
    from print_helpers import word_boxes

    words = word_boxes(pdf)[0]
    left = min(x0 for x0, _, _, _, w in words if w == "We")
    starts = {w: x0 for x0, _, _, _, w in words if w in ("Copies", "Enclosure:", "MAO")}
    assert abs(starts["Copies"] - left) < 1 and abs(starts["Enclosure:"] - left) < 1
    assert starts["MAO"] > left + 100  # the signature at the right


def test_a_citation_that_led_into_the_text_is_cited_without_its_colon(tmp_path):
    """A diary's page cites itself by the line that leads into the entry ("From the Dimitrov
    Diary:"): the HTML panel's "Citation of the source" and the print's Source line ended on
    the colon, which pointed at nothing."""
    from lxml import html as lxml_html
    from print_helpers import pdf_text
    from test_editions_review2 import tg
    from test_print_layout import print_docs

    bibl = """<bibl type="witness"><title level="m">Dimitrov Diary</title>
      <note type="citation">From the Dimitrov Diary:</note></bibl>"""
    xml = tg("tg-diary", "1942-05-14", "<p>Received through the radio line the following telegram.</p>", bibl=bibl)
    pg = lxml_html.fromstring(transform(STYLESHEET, xml_text=xml))
    [cited] = pg.xpath("//dt[.='Citation of the source']/following-sibling::dd[1]")
    assert cited.text_content().strip() == "From the Dimitrov Diary"
    printed = " ".join(pdf_text(print_docs(tmp_path, {"tg-diary": xml}, alone=True)).split())
    assert "From the Dimitrov Diary" in printed and "Diary:" not in printed


def _pages_of(pdf: Path, words: set[str]) -> dict[str, list[int]]:
    from print_helpers import word_boxes

    found: dict[str, list[int]] = {}
    for number, page in enumerate(word_boxes(pdf), start=1):
        for *_, w in page:
            if w in words:
                found.setdefault(w, []).append(number)
    return found


def _table(key: str, rows: int) -> str:
    cells = "".join(f"<row><cell>{key}r{r}</cell><cell>{r * 100} tons</cell></row>" for r in range(1, rows + 1))
    return f'<table><row role="label"><cell>{key}head</cell><cell>Quantity</cell></row>{cells}</table>'


def test_a_short_table_stays_on_one_page_and_a_long_one_repeats_its_heading(tmp_path):
    """Kovalev's list of three deliveries (22 August 1949) broke after its first row, the other
    two at the top of the next page under no heading and no rule.  A short table now stays on
    one page; a long one that must break repeats its heading row."""
    from test_print_layout import print_docs, tei

    filler = "<p>The delegation will arrive with the lists of the equipment and of the specialists.</p>"
    # (tables at many heights of the page: one of them came to its foot and broke)
    docs = {f"tg-t{i:02d}": tei(f"tg-t{i:02d}", filler * (i % 5 + 1) + "<p>We agree.</p>" * (i % 3) + _table(f"t{i}x", 3))
            for i in range(24)}
    pages = _pages_of(print_docs(tmp_path, docs), {f"t{i}x{part}" for i in range(24) for part in ("head", "r1", "r3")})
    assert len(pages) == 72
    for i in range(24):
        assert len({p for part in ("head", "r1", "r3") for p in pages[f"t{i}x{part}"]}) == 1, (i, pages)

    (tmp_path / "long").mkdir()
    long = print_docs(tmp_path / "long", {"tg-long": tei("tg-long", filler * 12 + _table("lx", 40))}, alone=True)
    pages = _pages_of(long, {"lxhead", "lxr1", "lxr40"})
    assert pages["lxr1"] != pages["lxr40"]  # it breaks ...
    assert pages["lxhead"] == sorted(set(pages["lxr1"] + pages["lxr40"]))  # ... its heading on each page


def test_a_note_mark_does_not_open_up_its_line(chromium, tmp_path):
    """FRUS's note marks in the running text ("the Foreign Ministers.²"): the raised figure made
    its line taller than the others, so the paragraph's lines stood unevenly apart."""
    words = " ".join(["the views of our Chiefs of Staff on the questions to be discussed"] * 6)
    tops = styled(chromium, tmp_path, f"""<p>{words}<note place="foot" n="1">Sent by Navy channels.</note> {words}</p>""",
        """() => { const p = document.querySelector('.reading .tei-p'); const tops = [];
             for (const t of [...p.childNodes].filter(n => n.nodeType === 3)) {
               const r = document.createRange(); r.selectNodeContents(t);
               for (const b of r.getClientRects()) tops.push(Math.round(b.top)); }
             return [...new Set(tops)].sort((a, b) => a - b); }""")
    gaps = {b - a for a, b in zip(tops, tops[1:])}
    assert len(tops) > 4 and max(gaps) - min(gaps) <= 1, tops


def test_a_title_quoting_a_name_nests_its_marks(tmp_path):
    """Mao's telegram to the cruiser "Chungking": the page headed it 'Officers and Men of the
    Cruiser "Chungking"' in straight marks, and set the source's heading and the citation inside
    typographic ones, “... the Cruiser "Chungking"”.  Now the title has typographic marks, and a
    title set in double marks has its own as single ones."""
    from lxml import html as lxml_html
    from print_helpers import pdf_text
    from test_editions_review2 import tg
    from test_print_layout import print_docs

    bibl = """<bibl type="witness"><title level="a">Telegram to the Officers and Men of the Cruiser "Chungking"</title>
      <title level="m">Selected Works of Mao Tse-tung</title></bibl>"""
    xml = tg("tg-cruiser", "1949-03-26", "<p>We are glad to learn that you have left the camp of the reactionaries.</p>",
             bibl=bibl).replace('<title type="main">Mao Zedong to Stalin, 1949-03-26</title>',
                                '<title type="main">Mao Zedong to Officers and Men of the Cruiser "Chungking", 26 March 1949</title>'
                                '<title type="source">Telegram to the Officers and Men of the Cruiser "Chungking"</title>')
    pg = lxml_html.fromstring(transform(STYLESHEET, xml_text=xml))
    said = lambda xp: " ".join(pg.xpath(xp)[0].text_content().split())  # noqa: E731
    assert said("//h1") == "Mao Zedong to Officers and Men of the Cruiser “Chungking”, 26 March 1949"
    assert said("//p[@class='source-title']") == "As headed in the source: “Telegram to the Officers and Men of the Cruiser ‘Chungking’”"
    assert said("//p[@id='citation']").startswith("“Mao Zedong to Officers and Men of the Cruiser ‘Chungking’, 26 March 1949”, in")
    assert said("//dt[.='Source']/following-sibling::dd[1]").startswith("“Telegram to the Officers and Men of the Cruiser ‘Chungking’”")
    printed = " ".join(pdf_text(print_docs(tmp_path, {"tg-cruiser": xml}, alone=True)).split())
    # (print gives the source's heading under its own, the Source line the book alone: test_print_layout)
    assert ("As headed in the source: “Telegram to the Officers and Men of the Cruiser ‘Chungking’” Source: Selected Works"
            in printed and '"' not in printed), printed


FIGURES_TABLE = """<p>First paragraph of the telegram: we need in particular the arms listed below.</p>
  <table><row role="label"><cell>Item</cell><cell>Quantity</cell><cell>Weight</cell></row>
    <row><cell>Rifles</cell><cell>80,000</cell><cell>40,000 tons</cell></row>
    <row><cell>Machine guns</cell><cell>4,500</cell><cell>120</cell></row>
    <row><cell>Trucks</cell><cell>1,200</cell><cell>7 tons</cell></row></table>
  <p>Afterwards a paragraph of the cable that follows the table and runs over two lines of the page at least.</p>
  <p>Then another paragraph, which follows a paragraph and is indented as one.</p>
  <table><row><cell>Shells</cell><cell>12</cell></row></table>
  <p>Lastly the list of the ammunition will be sent separately.</p>
  <closer><signed>ZHOU ENLAI</signed></closer>"""


def test_a_tables_figures_stand_at_the_right_and_the_text_after_it_is_not_indented(chromium, tmp_path):
    """A table's figures ("80,000", "4,500") were set at the left of their column in both
    editions, so their units did not stand under each other; print indented the paragraph after
    a table as one after a paragraph.  A column of cells holding a number only, its heading
    with it, is now set at the right; a column of quantities with their units ("40,000 tons")
    stays at the left, a lone "120" in it too; a paragraph after a table starts at the margin."""
    from print_helpers import word_boxes
    from test_print_layout import print_docs, tei

    aligns = styled(chromium, tmp_path / "html", FIGURES_TABLE,
        """() => [...document.querySelectorAll('table.tei-table th, table.tei-table td')].map(
             c => [c.textContent.trim(), getComputedStyle(c).textAlign])""")
    right = {text for text, align in aligns if align == "right"}
    assert right == {"Quantity", "80,000", "4,500", "1,200", "12"}, aligns

    (tmp_path / "print").mkdir()
    pdf = print_docs(tmp_path / "print", {"tg-fig": tei("tg-fig", FIGURES_TABLE)}, alone=True)
    words = [b for page in word_boxes(pdf) for b in page]

    def box(word: str) -> tuple:
        return next(b for b in words if b[4] == word)

    figures = [box(w) for w in ("Quantity", "80,000", "4,500", "1,200")]
    assert max(b[2] for b in figures) - min(b[2] for b in figures) < 0.5, figures  # right edges
    assert max(b[0] for b in figures) - min(b[0] for b in figures) > 5, figures
    weights = [b for b in words if b[4] in ("Weight", "40,000", "120", "7")]
    assert max(b[0] for b in weights) - min(b[0] for b in weights) < 0.5, weights  # left edges
    margin = box("First")[0]
    assert abs(box("Afterwards")[0] - margin) < 0.5 and abs(box("Lastly")[0] - margin) < 0.5
    assert box("Then")[0] - margin > 5  # (after a paragraph: indented)
