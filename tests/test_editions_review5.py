"""The editions' fifth review: the print introduction explains only the signs the volume uses."""

from __future__ import annotations

import re

from print_helpers import dehyphenate, page_count, pdf_text


def _intro_and_index(pdf) -> tuple[str, str]:
    pages = [re.sub(r"\s+", " ", dehyphenate(pdf_text(pdf, n))) for n in range(1, page_count(pdf) + 1)]
    whole = " ".join(pages)
    begin = whole.index("Note on the text")
    return whole[begin:whole.index("No. 1. ", begin)], whole[whole.rindex("Index of persons"):]


def test_the_asterisk_is_explained_only_in_a_volume_whose_index_prints_one(tmp_path):
    """The introduction's signs always ended with "* In the index of persons: a person the text
    names who could not be identified", in a volume with no provisional person or none a text
    names (its index prints no asterisk).  The asterisk is now explained where the index of
    persons prints one, as the index's own note is."""
    from test_print_layout import print_docs, tei

    standoff = """<standOff><listPerson>
        <person xml:id="molotov"><persName type="main">Vyacheslav Molotov</persName>
          <note type="identification">Soviet Minister of Foreign Affairs.</note></person>
        <person cert="low" xml:id="unresolved-petrov"><persName type="main">Petrov</persName>
          <note type="unresolved">Not in the authority file.</note></person></listPerson></standOff>"""
    other = tei("tg-other", "<p>Another.</p>", sent="1950-01-01")

    named = """<p>Comrade <persName ref="#molotov">Molotov</persName> agrees.</p>"""
    intro, index = _intro_and_index(print_docs(tmp_path, {"tg-a": tei("tg-a", named, standoff=standoff), "tg-other": other}))
    assert "Molotov, Vyacheslav, " in index and "Petrov" not in index, index[:300]
    assert "*" not in intro and "could not be identified" not in intro, intro
    assert "[…] " in intro and "leaves out" in intro  # the other signs as before (review7: "[?]" where printed)

    (tmp_path / "b").mkdir()
    both = """<p>Comrade <persName ref="#unresolved-petrov">Petrov</persName> met <persName ref="#molotov">Molotov</persName>.</p>"""
    intro, index = _intro_and_index(print_docs(tmp_path / "b", {"tg-b": tei("tg-b", both, standoff=standoff), "tg-other": other}))
    assert re.search(r"Petrov\*, \d", index), index[:300]
    # (at a page's top pdftotext reads the sign before the running head's page number)
    assert re.search(r"\* (?:\d+ )?In the index of persons: a person the text names who could not be identified", intro), intro


def test_provisional_east_asian_names_are_filed_under_the_family_name(tmp_path):
    """The index of persons of tests/sources filed the provisional "Wei Guoqing" under G,
    "Zhai Qiang" under Q, "Chong Il" under I and "Chai Chengwen" after "Shang Chen", as
    Western names by their last word: an entry the authority file lacks has no note that says
    the person is Chinese or Korean, and the family names the index knew were too few.  With
    the common family names of China and Korea the index now knows, such a name is filed by its
    first word, in both editions; a Western name is filed by its last as before."""
    from index_helpers import printed_index, provisional_persons, site_filing

    names = ["Wei Guoqing", "Zhai Qiang", "Chong Il", "Chai Chengwen", "Shang Chen", "Harold Gable", "Ivan Horvath"]
    xml = provisional_persons({"unresolved-" + n.lower().replace(" ", "-"): n for n in names})
    filed = site_filing(tmp_path, xml)
    expected = ["Chai Chengwen", "Chong Il", "Harold Gable", "Ivan Horvath", "Shang Chen", "Wei Guoqing", "Zhai Qiang"]
    assert filed == expected, filed

    index = printed_index(tmp_path, xml)
    at = [index.index(n) for n in ("Chai Chengwen*", "Chong Il*", "Gable, Harold*", "Horvath, Ivan*", "Shang Chen*", "Wei Guoqing*", "Zhai Qiang*")]
    assert at == sorted(at), index[:600]


def test_the_network_draws_the_busiest_correspondents_and_the_table_links_every_one(tmp_path):
    """The network of tests/sources drew its 170 correspondents round one circle, the figure
    scaled to the page's width: the names were 3 pixels high, and the longest ran out of the
    frame.  The graph now draws the thirty busiest, its caption says so, and the table under
    it, which lists every correspondent, links each name to its entry as a node does."""
    from lxml import html as lxml_html

    from tei.html import render_site
    from tei.messages import Report
    from test_editions_review4 import TEI, text

    def letter(key, date, sender, recipient):
        people = {sender: sender.title(), recipient: recipient.title()}
        return f"""<TEI xmlns="{TEI}" xml:id="{key}"><teiHeader><fileDesc>
          <titleStmt><title type="main">{people[sender]} to {people[recipient]}, {date}</title></titleStmt>
          <publicationStmt><publisher>P</publisher><date when="2026-01-01"/></publicationStmt>
          <sourceDesc><bibl type="witness"><title level="m">Archive</title></bibl></sourceDesc></fileDesc>
          <profileDesc><correspDesc><correspAction type="sent"><persName ref="#{sender}">{people[sender]}</persName><date when="{date}"/></correspAction>
            <correspAction type="received"><persName ref="#{recipient}">{people[recipient]}</persName></correspAction></correspDesc></profileDesc>
          </teiHeader><standOff><listPerson>{"".join(f'<person xml:id="{k}"><persName type="main">{v}</persName></person>' for k, v in people.items())}</listPerson></standOff>
          <text><body><div type="telegram"><p>Text.</p></div></body></text></TEI>"""

    tei = tmp_path / "tei"
    tei.mkdir()
    # Stalin writes to 34 others, twice to the first five (so they are the busiest after him)
    others = [f"envoy{chr(97 + i // 26)}{chr(97 + i % 26)}" for i in range(34)]
    n = 0
    for i, other in enumerate(others):
        for _ in range(2 if i < 5 else 1):
            n += 1
            (tei / f"t{n:03d}.xml").write_text(letter(f"t{n:03d}", f"1950-{1 + n // 28:02d}-{1 + n % 28:02d}", "stalin", other),
                                               encoding="utf-8")
    assert render_site(tei, tmp_path / "site", Report(), search=False).ok
    page = lxml_html.parse(str(tmp_path / "site" / "network.html")).getroot()
    nodes = [a.get("href") for a in page.iter("a") if a.find("circle") is not None]
    assert len(nodes) == 30 and "persons.html#stalin" in nodes, nodes
    assert all(f"persons.html#{o}" in nodes for o in others[:5])
    assert "The 30 correspondents with the most telegrams are drawn, of 35; the table lists them all." in text(page.find(".//figcaption"))
    linked = {a.get("href") for a in page.xpath("//table[@class='network-table']//td[position() <= 2]//a")}
    assert linked == {f"persons.html#{k}" for k in ["stalin", *others]}, linked
    # every label inside the frame: the room left of the circle is at least its name's
    svg = page.find(".//svg")
    width = float(svg.get("viewbox").split()[2])  # (the HTML parser lowers the name)
    for label in page.xpath("//*[@class='node-label']"):
        x, room = float(label.get("x")), 7 * len(label.text)  # 13 px type: 7 a letter at most
        left, right = {"start": (x, x + room), "end": (x - room, x), "middle": (x - room / 2, x + room / 2)}[label.get("text-anchor")]
        assert 0 < left and right < width, (label.text, left, right, width)
