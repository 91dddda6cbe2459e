"""The editions' eighteenth review: the network's numbers clear of the other lines, the lists'
legend for mentions in notes only where there are some, the authority file's names with
typographic apostrophes, and a person's hyphenated name kept whole in print."""

from __future__ import annotations

import itertools
import math
import re


from tei.html import render_site
from tei.messages import Report
from site_helpers import site_of
from test_editions_review6 import FIRST, LAST, TEI, _letter, _network_edition


def _chain(key: str, date: str, parties: list[tuple[str, str]]) -> str:
    """A telegram from the first party through the middle ones to the last."""
    sender, *middle, recipient = parties
    actions = "".join(f'<correspAction type="transmitted"><persName ref="#{k}">{v}</persName></correspAction>' for k, v in middle)
    return f"""<TEI xmlns="{TEI}" xml:id="{key}"><teiHeader><fileDesc>
      <titleStmt><title type="main">{sender[1]} to {recipient[1]}, {date}</title></titleStmt>
      <publicationStmt><publisher>P</publisher><date when="2026-01-01"/></publicationStmt>
      <sourceDesc><bibl type="witness"><title level="m">Archive</title></bibl></sourceDesc></fileDesc>
      <profileDesc><correspDesc><correspAction type="sent"><persName ref="#{sender[0]}">{sender[1]}</persName><date when="{date}"/></correspAction>
        {actions}<correspAction type="received"><persName ref="#{recipient[0]}">{recipient[1]}</persName></correspAction></correspDesc></profileDesc>
      </teiHeader><standOff><listPerson>{"".join(f'<person xml:id="{k}"><persName type="main">{v}</persName></person>' for k, v in dict(parties).items())}</listPerson></standOff>
      <text><body><div type="telegram"><p>Text.</p></div></body></text></TEI>"""


def _segment_box_distance(segment, box) -> float:
    """How far the segment (x1, y1, x2, y2) passes from the box (x, y, width, height): 0 when it
    enters it."""
    x1, y1, x2, y2 = segment
    bx, by, bw, bh = box

    def point_box(px, py):
        return math.hypot(max(bx - px, 0, px - bx - bw), max(by - py, 0, py - by - bh))

    def point_segment(px, py):
        dx, dy = x2 - x1, y2 - y1
        t = max(0.0, min(1.0, ((px - x1) * dx + (py - y1) * dy) / (dx * dx + dy * dy or 1)))
        return math.hypot(px - x1 - t * dx, py - y1 - t * dy)

    # (entering it: a point of the segment inside, found where it crosses the box's sides or lies within)
    steps = 400
    if any(point_box(x1 + (x2 - x1) * i / steps, y1 + (y2 - y1) * i / steps) == 0 for i in range(steps + 1)):
        return 0.0
    corners = [(bx, by), (bx + bw, by), (bx, by + bh), (bx + bw, by + bh)]
    return min([point_box(x1, y1), point_box(x2, y2)] + [point_segment(*c) for c in corners])


def _network_geometry(chromium, out):
    from conftest import browser_page

    with browser_page(chromium, viewport={"width": 1280, "height": 900}) as pg:
        pg.goto((out / "network.html").as_uri())
        return pg.evaluate("""() => {
            const q = s => [...document.querySelectorAll('svg.network ' + s)];
            const a = (e, n) => parseFloat(e.getAttribute(n));
            return {numbers: q('.edge-label').map(e => { const b = e.getBBox(); return [e.textContent, b.x, b.y, b.width, b.height]; }),
                    lines: q('line.edge, line.via-edge').map(l => [a(l, 'x1'), a(l, 'y1'), a(l, 'x2'), a(l, 'y2'), a(l, 'stroke-width')]),
                    arrows: q('line.edge').length}; }""")


def _numbers_on_other_lines(drawn, margin: float = 4.0):
    """The numbers that do not stand clearly nearer their own line than any other: the line
    nearest a number is taken for its own (a number stands beside its line), the next must be
    `margin` pixels farther off, past its stroke (the seeds' "1" stood 1.3 from its own and 3.7
    from the dashed line it read as the count of)."""
    crowded = []
    for text, *box in drawn["numbers"]:
        gaps = sorted(_segment_box_distance(line[:4], box) - line[4] / 2 for line in drawn["lines"])
        if len(gaps) > 1 and gaps[1] < max(2.0, gaps[0] + margin):
            crowded.append((text, [round(g, 1) for g in gaps[:3]]))
    return crowded


def test_the_networks_numbers_stand_clear_of_the_other_lines(chromium, tmp_path):
    """The network of the seeds set the number of a line from its busiest correspondent (at the
    top) to one at the bottom right, "1", on the dashed line between the two intermediaries that
    crossed it, where it read as that line's.  A number stands now beside its own line, on the side
    away from the circle's centre where it can, clear of every other line, solid or dashed, as of
    the numbers, nodes and names: five correspondents as the seeds', then a crowded network with
    chains through intermediaries crossing the middle."""
    people = [(f"q{i}", f"{FIRST[i]} {LAST[i % len(LAST)]}") for i in range(5)]
    top, bottom, right, left, low_right = people
    tei = tmp_path / "small" / "tei"
    tei.mkdir(parents=True)
    docs = [_letter("a", "1949-01-02", top, bottom)] * 5 + [_letter("b", "1949-01-03", bottom, top)] * 2
    docs += [_letter("c", "1949-01-04", top, low_right), _chain("d", "1949-01-05", [top, right, bottom]),
             _chain("e", "1949-01-06", [bottom, right, left, top])]
    for i, body in enumerate(docs):
        (tei / f"t{i:02d}.xml").write_text(body.replace('xml:id="', f'xml:id="k{i:02d}', 1), encoding="utf-8")
    out = tmp_path / "small" / "site"
    assert render_site(tei, out, Report(), search=False).ok
    drawn = _network_geometry(chromium, out)
    # (a chain counts on its sender's arrow to its recipient too: 5 + 1 and 2 + 1)
    assert sorted(n[0] for n in drawn["numbers"]) == ["1", "3", "6"], drawn["numbers"]
    assert len(drawn["lines"]) == drawn["arrows"] + 5, drawn["lines"]
    assert not _numbers_on_other_lines(drawn), _numbers_on_other_lines(drawn)

    # a hub writing to 35 others, ten of them to one another, and chains through intermediaries
    # across the circle
    (tmp_path / "crowded").mkdir()
    tei = _network_edition(tmp_path / "crowded", 35)
    ten = [(f"p{i:02d}", f"{FIRST[i % 10]} {LAST[i // 10]}") for i in range(10)]
    for i, j in itertools.product(range(10), repeat=2):
        for k in range((i + j) % 3 if i != j else 0):
            (tei / f"x{i}{j}{k}.xml").write_text(_letter(f"x{i}{j}{k}", f"1951-0{1 + k}-{10 + i + j:02d}", ten[i], ten[j]), encoding="utf-8")
    for i in range(8):
        chain = [ten[i], ten[(i + 3) % 10], ten[(i + 6) % 10]]
        (tei / f"v{i}.xml").write_text(_chain(f"v{i}", f"1952-01-{10 + i}", chain), encoding="utf-8")
    out = tmp_path / "crowded" / "site"
    assert render_site(tei, out, Report(), search=False).ok
    drawn = _network_geometry(chromium, out)
    # (where the lines crowd, many have no such room: the table gives their counts)
    assert len(drawn["numbers"]) > drawn["arrows"] // 6, (len(drawn["numbers"]), drawn["arrows"])
    assert not _numbers_on_other_lines(drawn), _numbers_on_other_lines(drawn)


def test_the_legend_of_the_n_stands_only_on_a_page_listing_a_mention_in_a_note(tmp_path):
    """The lists of persons, places and organisations said what the "n" of "3 mentions (1n)"
    means on every page, also where no count had one.  The legend stands now on a page that lists
    a mention in a note, the list of places here, and not on the list of persons, whose mentions
    are all in the text; an entity's own page of telegrams (past the most an entry lists) has it
    as its mentions do, and the list its entry links from then does not."""
    import lxml.html

    from test_print_layout import tei

    standoff = ('<standOff><listPerson><person xml:id="zhou"><persName>Zhou Enlai</persName></person></listPerson>'
                '<listPlace><place xml:id="kalgan"><placeName>Zhangjiakou</placeName></place>'
                '<place xml:id="mukden"><placeName>Shenyang</placeName></place>'
                '<place xml:id="dairen"><placeName>Dalian</placeName></place></listPlace></standOff>')
    first = ('<p><persName ref="#zhou">Zhou</persName> took <placeName ref="#kalgan">Kalgan</placeName> and '
             '<placeName ref="#dairen">Dairen</placeName>.<note place="foot">Not <placeName ref="#dairen">Dairen</placeName>'
             ' but <placeName ref="#mukden">Mukden</placeName>.</note></p>')
    second = '<p><persName ref="#zhou">Zhou</persName> left <placeName ref="#dairen">Dairen</placeName> for <placeName ref="#kalgan">Kalgan</placeName>.</p>'

    def legends(site, page: str) -> int:
        html = lxml.html.fromstring((site / page).read_bytes())
        return len(html.xpath("//p[contains(concat(' ', @class, ' '), ' legend ')][contains(., '“n”')]"))

    site = site_of(tmp_path, {"tg-n1": tei("tg-n1", first, standoff=standoff),
                              "tg-n2": tei("tg-n2", second, sent="1949-12-09", standoff=standoff)})
    tei_dir = tmp_path / "tei"
    assert (legends(site, "places.html"), legends(site, "persons.html")) == (1, 0)
    assert "(1n)" in (site / "places.html").read_text(encoding="utf-8")

    # at most one telegram listed under an entry: Dairen's and Kalgan's on pages of their own,
    # Dairen's with a mention in a note, Kalgan's without; Mukden's (in a note) on the list
    fewer = tmp_path / "fewer"
    assert render_site(tei_dir, fewer, Report(), search=False, refs_max=1).ok
    assert (legends(fewer, "mentions-dairen.html"), legends(fewer, "mentions-kalgan.html")) == (1, 0)
    assert legends(fewer, "places.html") == 1
    (tei_dir / "tg-n1.xml").write_text(tei("tg-n1", first.replace("<placeName ref=\"#mukden\">Mukden</placeName>", "Mukden"),
                                           standoff=standoff), encoding="utf-8")
    fewest = tmp_path / "fewest"
    assert render_site(tei_dir, fewest, Report(), search=False, refs_max=1).ok
    assert (legends(fewest, "places.html"), legends(fewest, "mentions-dairen.html")) == (0, 1)


def test_the_authority_files_names_are_shown_with_typographic_apostrophes_in_both_editions(tmp_path):
    """The authority file types its names with straight apostrophes ("People's Liberation
    Army", "P'eng Teh-huai"): a tooltip showed the name so beside its identification's curly
    ones ("P'eng Teh-huai — commander of the People’s Volunteers").  The editions show the names
    typographic now, in the tooltip, the index, the print's index and headings; the TEI keeps
    what was typed, and the text the source's characters."""
    import lxml.html

    from print_helpers import pdf_text
    from test_print_layout import print_docs, tei

    standoff = ('<standOff><listPerson><person xml:id="peng"><persName type="main">P\'eng Teh-huai</persName>'
                '<persName type="pinyin">Peng Dehuai</persName>'
                '<note type="identification">Commander of the "People\'s Volunteers".</note></person></listPerson>'
                '<listOrg><org xml:id="pla"><orgName type="main">People\'s Liberation Army</orgName>'
                '<note type="identification">The army of the Communist Party.</note></org></listOrg></standOff>')
    body = ('<p>Tell <persName ref="#peng">P\'eng</persName> that the <orgName ref="#pla">People\'s Liberation Army</orgName>'
            ' holds the line.</p>')
    doc = tei("tg-ap", body, standoff=standoff)
    site = site_of(tmp_path, {"tg-ap": doc})
    page = lxml.html.fromstring((site / "tg-ap.html").read_bytes())
    tips = page.xpath("//a[contains(@class, 'entity')]/@data-tip") + [t.text_content() for t in page.xpath("//span[starts-with(@id, 'tip-')]")]
    assert len(tips) == 4, tips
    joined = " | ".join(tips)
    assert "P’eng Teh-huai — Commander of the “People’s Volunteers”." in joined, tips
    assert "People’s Liberation Army — The army" in joined, tips
    assert "'" not in joined, tips
    # (the text keeps the source's characters)
    assert "Tell P'eng that the People's Liberation Army" in " ".join(page.text_content().split())
    persons = lxml.html.fromstring((site / "persons.html").read_bytes())
    [heading] = persons.xpath("//section[@id='peng']//h2")
    assert heading.text_content().strip().startswith("P’eng Teh-huai"), heading.text_content()
    assert "P’eng Teh-huai" in [li.text for li in persons.xpath("//section[@id='peng']//ul[@class='name-forms']/li")]
    orgs = lxml.html.fromstring((site / "organisations.html").read_bytes())
    assert orgs.xpath("//section[@id='pla']//h2")[0].text_content().strip().startswith("People’s Liberation Army")

    (tmp_path / "print").mkdir()
    pdf = print_docs(tmp_path / "print", {"tg-ap": doc})
    printed = " ".join(pdf_text(pdf).split())
    # (the print's index of persons; it has none of organisations)
    assert re.search(r"P’eng Teh-huai, \d+ Also Peng Dehuai\. Commander of the “People’s Volunteers”", printed), printed
    assert "P'eng Teh-huai" not in printed and "Tell P'eng that the People's Liberation Army" in printed, printed


def test_a_persons_hyphenated_name_is_not_broken_at_its_hyphen_in_print(tmp_path):
    """A person's name, "Mao Tse-tung" marked as a persName, broke at its own hyphen across two
    lines ("Mao Tse-" / "tung"), as a compound may; a book keeps a person's name whole: a marked
    person's hyphenated name is not broken at all now, in the text or a note, wherever it falls
    in a line, while the compounds about it still break at their own hyphens."""
    from print_helpers import layout_lines_at_every_place

    standoff = ('<standOff><listPerson><person xml:id="mao"><persName type="main">Mao Zedong</persName>'
                '<persName type="wade-giles">Mao Tse-tung</persName></person></listPerson></standOff>')
    mao = '<persName ref="#mao">Mao Tse-tung</persName>'
    lines = layout_lines_at_every_place(tmp_path, f"the Sino-Soviet talks with {mao} on the Sino-Soviet treaty",
                                        f"the Sino-Soviet talks and {mao} on the Sino-Soviet treaty", standoff=standoff)
    assert sum("Tse-tung" in line for line in lines) >= 80, lines
    assert not [line for line in lines if re.search(r"Tse-?$|Tse-[a-z]*[-\xad]$", line)], lines
    # (the compounds beside it still break at their own hyphens: the name is no wider rule)
    assert [line for line in lines if re.search(r"Sino-$", line)], lines
