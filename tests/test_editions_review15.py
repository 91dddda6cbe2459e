"""The editions' fifteenth review: a telegram's last paragraph breaks over a page as any, the
closing lines kept with its last line; and what a look at pages no one had looked at found."""

from __future__ import annotations

from print_helpers import word_boxes
from tei.messages import Report
from test_print_layout import _padded, print_docs


def test_a_telegram_of_one_paragraph_breaks_over_a_page_its_closer_with_the_last_line(tmp_path):
    """The paragraph the closing lines follow was a sticky block that did not break (a short
    one) or was moved whole (Typst moves a sticky block with the block after it): a telegram of
    one paragraph went over to the next page as a whole, the heading with it, and left the page
    before half empty (No. 2 of tests/sources' volume 3 left 40% of page 11 blank).  The closing
    lines now hang below the paragraph's last line, in it: the paragraph breaks as any other,
    the opener keeps its first two lines (the orphan's cost), the closer the last two (the
    widow's)."""
    words = 70

    def body(i: int, filler: str) -> str:
        text = " ".join(f"w{i}x{k}" for k in range(words))
        return (f'<opener><seg type="address">Opener{i} to Comrade Filippov</seg></opener>'
                f"<p>Startword{i} {text} Endword{i}.</p><closer><signed>Closer{i}</signed></closer>")

    pdf = print_docs(tmp_path, _padded(body))
    typ = pdf.with_suffix(".typ").read_text(encoding="utf-8")
    assert '#para(closing: [#closer(("signed", [#"Closer1"]), )])[#"Startword1 ' in typ, typ[-3000:]
    where: dict[str, tuple[int, float]] = {}
    for page, boxes in enumerate(word_boxes(pdf), start=1):
        for _, y0, _, _, w in boxes:
            where[w.rstrip(".")] = (page, round(y0))
    broken = 0
    for i in range(1, 41):
        tokens = [f"w{i}x{k}" for k in range(words)]
        pages = {where[t][0] for t in tokens}
        assert where[f"Opener{i}"][0] == where[f"Startword{i}"][0], i
        assert where[f"Closer{i}"][0] == where[f"Endword{i}"][0], i
        if len(pages) > 1:
            broken += 1
            first, last = min(pages), max(pages)
            # two lines at least on each page: neither an orphan under the opener nor the last
            # line alone with the closer
            assert len({where[t][1] for t in tokens if where[t][0] == first} | {where[f"Startword{i}"][1]}) >= 2, i
            assert len({where[t][1] for t in tokens if where[t][0] == last} | {where[f"Endword{i}"][1]}) >= 2, i
    # (of 40 telegrams at every height of a page, many break; none did)
    assert broken >= 5, broken


def test_a_file_number_and_an_archives_references_are_not_broken_on_a_phone(chromium, tmp_path):
    """At 390 pixels FRUS's source note "Central Files, 611.61/8–1461." broke at the file
    number's dash ("611.61/8–" / "1461"), as the print edition keeps such a number on one line;
    an archive's "ll. 55-57" could break at its space.  In the HTML a note's and the archival
    line's references are now spans that do not break (class nobr).  Notes of every length put
    the number at every place of a line."""
    import lxml.html

    from conftest import browser_page
    from tei.html import render_site
    from test_print_layout import tei

    tei_dir = tmp_path / "tei"
    tei_dir.mkdir()
    notes = "".join(f'<note place="foot">Source: Department of State, {"Central " * k}Files, 611.61/8–1461. Secret.</note>'
                    for k in range(1, 25))
    doc = tei("tg-file", f"<p>The Embassy is to see the Minister.{notes}</p>")
    doc = doc.replace("</bibl></sourceDesc>", "</bibl><msDesc><msIdentifier><repository>APRF</repository>"
                      "<idno>fond 45, op. 1, d. 331, ll. 55-57</idno></msIdentifier></msDesc></sourceDesc>")
    (tei_dir / "tg-file.xml").write_text(doc, encoding="utf-8")
    out = tmp_path / "site"
    assert render_site(tei_dir, out, Report(), search=False).ok
    page = lxml.html.fromstring((out / "tg-file.html").read_bytes())
    kept = [s.text_content() for s in page.xpath("//span[@class='nobr']")]
    assert kept.count("611.61/8–1461") == 24, kept
    assert {"op. 1", "d. 331", "ll. 55-57"} <= set(kept), kept
    assert page.xpath("//span[@class='archival']/span[@class='nobr'][. = 'll. 55-57']"), kept
    with browser_page(chromium, viewport={"width": 390, "height": 800}) as pg:
        pg.goto((out / "tg-file.html").as_uri())
        lines = pg.evaluate("""() => [...document.querySelectorAll('.nobr')].map(s => {
            const r = document.createRange(); r.selectNodeContents(s);
            return new Set([...r.getClientRects()].map(b => Math.round(b.top))).size; })""")
    assert len(lines) >= 27 and set(lines) == {1}, lines


def test_a_name_in_a_note_only_is_indexed_in_both_editions_and_marked_n_in_print(tmp_path):
    """Both indexes cover the notes, as an edition's index of places and persons does: the HTML's
    lists name a telegram whose note alone names the place, the print's index gives the page,
    where the page names it in a note only as "5n" (a reader looked for it in the text in vain),
    and says what the "n" means.  A page whose text names it too is given plain."""
    import lxml.html

    from print_helpers import pdf_text
    from tei.html import render_site
    from test_print_layout import tei

    standoff = ('<standOff><listPlace><place xml:id="kalgan"><placeName>Zhangjiakou</placeName></place>'
                '<place xml:id="mukden"><placeName>Shenyang</placeName></place>'
                '<place xml:id="dairen"><placeName>Dalian</placeName></place></listPlace></standOff>')
    body = ('<p>We took <placeName ref="#mukden">Mukden</placeName> and <placeName ref="#dairen">Dairen</placeName>.'
            '<note place="foot">Near <placeName ref="#kalgan">Kalgan</placeName>, not '
            '<placeName ref="#dairen">Dairen</placeName>.</note></p>')
    doc = tei("tg-ix", body, standoff=standoff)
    pdf = print_docs(tmp_path, {"tg-ix": doc})
    page = next(n for n in range(1, 30) if "Near Kalgan" in pdf_text(pdf, n))
    index = " ".join(pdf_text(pdf).split("Index of places")[-1].split())
    assert f"Zhangjiakou, {page}n" in index, index
    assert f"Shenyang, {page} " in index + " " and f"Dalian, {page} " in index + " ", index
    assert "A page number followed by “n” (12n): the name is in a note on that page." in index, index

    tei_dir = tmp_path / "tei"
    tei_dir.mkdir()
    (tei_dir / "tg-ix.xml").write_text(doc, encoding="utf-8")
    assert render_site(tei_dir, tmp_path / "site", Report(), search=False).ok
    places = lxml.html.fromstring((tmp_path / "site" / "places.html").read_bytes())
    for key in ("kalgan", "mukden", "dairen"):
        [entry] = places.xpath(f"//section[@id='{key}']")
        assert entry.xpath(".//ul[@class='backrefs']/li/a[contains(@href, 'tg-ix.html')]"), key


def test_a_library_catalogues_line_is_cited_in_the_editions_own_style(tmp_path):
    """A source citing its book as a library catalogue does, its areas parted by " - " ("Chou
    En-lai. Selected Works. - Vol. II. - Peking: Foreign Languages Press, 1989, pp. 211-213."),
    was printed so under the heading and in the list of sources, among lines in the edition's
    style.  Where the description has the book's title and imprint, the print cites it from them,
    as the HTML's Source line does: the title in italics, the volume, place: publisher, year, the
    pages.  A citation in the edition's own manner is still printed as the source gives it."""
    import re

    from print_helpers import pdf_text
    from test_print_layout import tei

    def doc(key: str, citation: str, sent: str) -> str:
        bibl = ('<author>Chou En-lai</author><title level="m">Selected Works</title><pubPlace>Peking</pubPlace>'
                '<publisher>Foreign Languages Press</publisher><date when="1989">1989</date>'
                '<biblScope unit="volume" n="II">II</biblScope><biblScope unit="page" from="211" to="213">211-213</biblScope>'
                f'<note type="citation">{citation}</note>')
        return tei(key, "<p>The Government agrees.</p>", sent=sent).replace('<title level="m">Book</title>', bibl)

    docs = {"tg-gost": doc("tg-gost", "Chou En-lai. Selected Works. - Vol. II. - Peking: Foreign Languages Press, 1989, pp. 211-213.", "1950-10-08"),
            "tg-own": doc("tg-own", "Chou En-lai, Selected Works, Volume II (Peking, 1989), pp. 211-213.", "1950-10-09")}
    pdf = print_docs(tmp_path, docs)
    typ = pdf.with_suffix(".typ").read_text(encoding="utf-8")
    made = '#"Chou En-lai, "#emph[#"Selected Works"]#", vol. II, Peking: Foreign Languages Press, 1989, pp. 211–213."'
    assert re.search(r'#meta\((keep: true, )?label: "Source"\)\[' + re.escape(made) + r"\]", typ), typ
    assert re.search(r"#source-entry\(no: 1\)\[" + re.escape(made) + r"\]", typ), typ
    assert "Volume II (Peking, 1989)" in typ  # (the source's own, in the edition's manner)
    text = " ".join(pdf_text(pdf).split())
    assert " - Vol. II. - " not in text, text


def test_an_indexs_list_of_names_on_a_phone_is_a_run_of_names(chromium, tmp_path):
    """At 390 pixels the list of names over the index of persons (nav.az) was one column, a
    name a line: tests/sources' 244 persons put the first entry eight screens down.  On a phone
    the names now run on as a paragraph, a dot between two, each name whole on its line; on a
    wide screen the list keeps its columns."""
    from conftest import browser_page
    from tei.html import render_site
    from test_print_layout import tei

    people = [f"{('Li', 'Ivan', 'Kim', 'Andrei')[i % 4]} {('Bo', 'Gao', 'Kovalev', 'Peng')[i // 4 % 4]}{i}" for i in range(80)]
    standoff = "<standOff><listPerson>" + "".join(
        f'<person xml:id="p{i}"><persName>{name}</persName></person>' for i, name in enumerate(people)) + "</listPerson></standOff>"
    body = "<p>" + ", ".join(f'<persName ref="#p{i}">{name}</persName>' for i, name in enumerate(people)) + ".</p>"
    tei_dir = tmp_path / "tei"
    tei_dir.mkdir()
    (tei_dir / "tg-many.xml").write_text(tei("tg-many", body, standoff=standoff), encoding="utf-8")
    out = tmp_path / "site"
    assert render_site(tei_dir, out, Report(), search=False).ok
    measure = """() => {
        const nav = document.querySelector('nav.az'), items = [...nav.querySelectorAll('li')];
        const lines = new Set(items.map(li => Math.round(li.getClientRects()[0].top))).size;
        return {lines, n: items.length,
                display: getComputedStyle(items[0]).display,
                broken: items.filter(li => new Set([...li.getClientRects()].map(r => Math.round(r.top))).size > 1).length,
                right: Math.max(...items.map(li => li.getBoundingClientRect().right)), width: window.innerWidth}; }"""
    with browser_page(chromium, viewport={"width": 390, "height": 800}) as pg:
        pg.goto((out / "persons.html").as_uri())
        phone = pg.evaluate(measure)
    assert phone["n"] >= 80, phone
    assert phone["lines"] < 0.5 * phone["n"], phone  # (a name a line: n lines)
    assert phone["broken"] == 0 and phone["right"] <= phone["width"], phone
    with browser_page(chromium, viewport={"width": 1280, "height": 900}) as pg:
        pg.goto((out / "persons.html").as_uri())
        wide = pg.evaluate(measure)
    assert wide["display"] == "list-item" and wide["lines"] < 0.5 * wide["n"], wide  # (in columns)


def test_a_chart_wider_than_a_phones_screen_says_it_scrolls(chromium, tmp_path):
    """At 390 pixels the chronology's chart is drawn 40rem wide in a frame that scrolls (its
    labels readable), and a phone shows no scroll bar until touched: tests/sources' timeline
    ended at 1950 on the screen, the rows of later senders empty.  Where the frame is narrower
    than the chart, a line over it says so, and only there; the network's graph alike."""
    from conftest import browser_page
    from test_editions_review13 import six_letters_site

    out = six_letters_site(tmp_path, lambda n: f"19{45 + 3 * n}-0{n + 1}-10")
    measure = """() => {
        const fig = document.querySelector('figure.chart'), hint = document.querySelector('.chart-hint');
        return {scrolls: fig.scrollWidth > fig.clientWidth + 1, shown: hint.offsetHeight > 0,
                above: hint.getBoundingClientRect().bottom <= fig.getBoundingClientRect().top,
                text: hint.textContent}; }"""
    seen = {}
    for page in ("chronology.html", "network.html"):
        for width in (390, 600, 700, 900, 1280):
            with browser_page(chromium, viewport={"width": width, "height": 900}) as pg:
                pg.goto((out / page).as_uri())
                seen[page, width] = pg.evaluate(measure)
    for (page, width), got in seen.items():
        assert got["shown"] == got["scrolls"], (page, width, got)
    assert seen["chronology.html", 390]["shown"] and seen["chronology.html", 390]["above"], seen
    assert "scroll it sideways" in seen["chronology.html", 390]["text"]
    assert seen["network.html", 390]["shown"] and not seen["chronology.html", 1280]["shown"], seen


def test_a_file_number_in_a_footnote_is_not_broken_in_print(tmp_path):
    """FRUS's source note, a footnote in print ("Central Files, 611.61/8–1461."), could break at
    the file number's dash as the HTML's did: the footnotes keep a reference's number whole as the
    Source lines do (edition.typ's unbroken-reference, now with a decimal file's number).  Notes
    of every length put the number at every place of a line."""
    import re

    from print_helpers import pdf_text
    from test_print_layout import tei

    notes = "".join(f'<note place="foot">Source: Department of State, {"Central " * k}Files, 611.61/8–1461. Secret.</note>'
                    for k in range(1, 31))
    pdf = print_docs(tmp_path, {"tg-file": tei("tg-file", f"<p>The Embassy is to see the Minister.{notes}</p>")}, alone=True)
    lines = [line.strip() for line in pdf_text(pdf).splitlines() if line.strip()]
    whole = [line for line in lines if "611.61/8–1461" in line]
    assert len(whole) == 30, [line for line in lines if "611" in line or "1461" in line]
    assert not [line for line in lines if re.search(r"611\.61/?$|/8–$|611\.61/8$", line)], lines


def test_a_hyphenated_compound_in_the_list_of_sources_breaks_only_at_its_hyphen(tmp_path):
    """The list of sources broke "Sino-Soviet" inside its second word ("Sino-So-" / "viet
    Relations"): a compound already hyphenated breaks at its own hyphen or not at all.  Authors'
    names of every length put the compound at every place of a line."""
    import re

    from print_helpers import pdf_text
    from test_print_layout import tei

    def doc(key: str, k: int) -> str:
        bibl = (f'<author>{"Ed " * k}Chou</author><title level="m">Documents on Sino-Soviet Relations</title>'
                '<pubPlace>Peking</pubPlace><publisher>Foreign Languages Press</publisher><date when="1958">1958</date>')
        return tei(key, "<p>The Government agrees.</p>", sent=f"1950-10-{k:02d}").replace('<title level="m">Book</title>', bibl)

    pdf = print_docs(tmp_path, {f"tg-c{k}": doc(f"tg-c{k}", k) for k in range(1, 29)})
    text = pdf_text(pdf)
    # (from the section's heading: the contents list names it first)
    listed = text[text.index("List of sources", text.index("List of sources") + 1):]
    lines = [line.strip() for line in listed.splitlines() if line.strip()]
    assert sum("Sino-" in line for line in lines) >= 20, lines
    # (a break the hyphenation made ends its line with a soft hyphen in the PDF's text)
    assert not [line for line in lines if re.search(r"Sino-\w+[-\xad]$", line)], lines
