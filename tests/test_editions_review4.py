"""The editions' fourth review, the third's leftovers: an index with nothing under it, the
network's dashed lines, the source's notes named as an edition names them, the en dash between
two names, the pager's "previous" and "next"."""

from __future__ import annotations

import re

from lxml import html as lxml_html

from print_helpers import NS, dehyphenate, page_count, pdf_text
from tei.html import render_site
from tei.messages import Report

TEI = NS["t"]


def text(el) -> str:
    return re.sub(r"\s+", " ", el.text_content()).strip()


def doc(key: str, date: str, body: str, standoff: str = "", sender: str = "Mao", recipient: str = "Stalin") -> str:
    return f"""<TEI xmlns="{TEI}" xml:id="{key}"><teiHeader><fileDesc>
      <titleStmt><title type="main">{sender} to {recipient}, {date}</title></titleStmt>
      <publicationStmt><publisher>P</publisher><date when="2026-01-01"/></publicationStmt>
      <sourceDesc><bibl type="witness"><title level="m">Archive</title></bibl></sourceDesc></fileDesc>
      <profileDesc><correspDesc><correspAction type="sent"><persName>{sender}</persName><date when="{date}"/></correspAction>
        <correspAction type="received"><persName>{recipient}</persName></correspAction></correspDesc></profileDesc>
      </teiHeader>{standoff}<text><body><div type="telegram">{body}</div></body></text></TEI>"""


PERSON = """<standOff><listPerson><person xml:id="zhou"><persName type="main">Zhou Enlai</persName>
    <note type="identification">Premier.</note></person></listPerson>
  <listPlace><place xml:id="nanjing"><placeName type="main">Nanjing</placeName>
    <note type="identification">City.</note></place></listPlace></standOff>"""


def test_an_index_whose_entries_no_text_names_is_not_printed(tmp_path):
    """A volume of two telegrams that name a person and no place printed "Index of places" on
    a page of its own with nothing under it (the entries of the authority file are there, but
    the index prints only those the texts name).  An index with no entry to print is now left
    out, heading, page and line of the contents; the index of persons is printed as before."""
    from test_print_layout import print_docs

    docs = {"a": doc("a", "1949-01-13", '<p>Tell <persName ref="#zhou">Zhou Enlai</persName> to come.</p>', PERSON),
            "b": doc("b", "1949-01-14", "<p>Nothing more.</p>")}
    pdf = print_docs(tmp_path, docs)
    pages = [re.sub(r"\s+", " ", dehyphenate(pdf_text(pdf, n))) for n in range(1, page_count(pdf) + 1)]
    whole = " ".join(pages)
    assert "Index of places" not in whole and "Nanjing" not in whole, whole
    (index,) = [p for p in pages if re.search(r"(^| )Index of persons (?!\.)", p)]
    assert re.search(r"Zhou Enlai, \d+ Premier\.", index), index
    assert "List of sources" in pages[-1], pages[-1]


def _via(key: str, date: str, sender: str, via: str, recipient: str) -> str:
    people = {"mao": "Mao Zedong", "stalin": "Joseph Stalin", "orlov": "Andrei Orlov"}
    return f"""<TEI xmlns="{TEI}" xml:id="{key}"><teiHeader><fileDesc>
      <titleStmt><title type="main">{people[sender]} to {people[recipient]}, {date}</title></titleStmt>
      <publicationStmt><publisher>P</publisher><date when="2026-01-01"/></publicationStmt>
      <sourceDesc><bibl type="witness"><title level="m">Archive</title></bibl></sourceDesc></fileDesc>
      <profileDesc><correspDesc><correspAction type="sent"><persName ref="#{sender}">{people[sender]}</persName><date when="{date}"/></correspAction>
        <correspAction type="transmitted"><persName ref="#{via}">{people[via]}</persName></correspAction>
        <correspAction type="received"><persName ref="#{recipient}">{people[recipient]}</persName></correspAction></correspDesc></profileDesc>
      </teiHeader><standOff><listPerson>{"".join(f'<person xml:id="{k}"><persName type="main">{v}</persName></person>' for k, v in people.items())}</listPerson></standOff>
      <text><body><div type="telegram"><p>Text.</p></div></body></text></TEI>"""


def test_the_lines_through_an_intermediary_are_drawn_dashed_each_direction_apart(tmp_path):
    """The network drew each chain sender, intermediary, recipient as one dashed polyline
    from node centre to node centre: Stalin's telegram through Orlov to Mao and Mao's through
    Orlov to Stalin went over the leg Orlov-Mao both, their dashes filling each other's gaps,
    and the caption's "dashed lines" showed as a solid one.  Each leg is now a line of its own
    from node to node, set to the side of its direction as the arrows are: no two dashed lines
    lie on one another."""
    tei = tmp_path / "tei"
    tei.mkdir()
    (tei / "a.xml").write_text(_via("a", "1949-01-06", "stalin", "orlov", "mao"), encoding="utf-8")
    (tei / "b.xml").write_text(_via("b", "1949-01-13", "mao", "orlov", "stalin"), encoding="utf-8")
    (tei / "c.xml").write_text(_via("c", "1949-01-14", "mao", "orlov", "stalin"), encoding="utf-8")
    assert render_site(tei, tmp_path / "site", Report(), search=False).ok
    page = lxml_html.parse(str(tmp_path / "site" / "network.html"))
    assert not page.xpath("//*[local-name()='polyline']")
    legs = [tuple(float(line.get(a)) for a in ("x1", "y1", "x2", "y2"))
            for line in page.xpath("//*[local-name()='line'][@class='via-edge']")]
    # stalin-orlov, orlov-mao, mao-orlov, orlov-stalin: the leg two telegrams share drawn once
    assert len(legs) == 4, legs

    def distance(p, q):
        return ((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2) ** 0.5

    for i, a in enumerate(legs):
        for b in legs[i + 1:]:
            # a leg and its way back: parallel, apart by more than a line's width
            if distance(a[:2], b[2:]) < 40 and distance(a[2:], b[:2]) < 40:
                assert distance(a[:2], b[2:]) > 10 and distance(a[2:], b[:2]) > 10, (a, b)
    caption = text(page.xpath("//figure[@class='chart']/figcaption")[0])
    assert "dashed lines pass through intermediaries" in caption
    css = (tmp_path / "site").glob("**/*.css")
    assert any(re.search(r"\.via-edge\s*\{[^}]*stroke-dasharray", f.read_text(encoding="utf-8")) for f in css)


def _noted(key: str, notes: list[str]) -> str:
    witness = "".join(f'<note type="source">{n}</note>' for n in notes)
    return doc(key, "1949-01-13", "<p>Text.</p>").replace(
        '<title level="m">Archive</title></bibl>', f'<title level="m">Archive</title>{witness}</bibl>')


def test_the_sources_notes_are_named_as_an_edition_names_them_in_both_editions(tmp_path):
    """The page's row read "Notes of the source", the numbered note "(Note of the source)", the
    print volume "Source's note": three wordings of one thing, the first two awkward.  Both
    editions now say "Note in the source" ("Notes in the source" for several on the page)."""
    from test_print_layout import print_docs

    tei = tmp_path / "tei"
    tei.mkdir()
    (tei / "one.xml").write_text(_noted("one", ["The letter was not sent."]), encoding="utf-8")
    (tei / "two.xml").write_text(_noted("two", ["The letter was not sent.", "A copy went to Molotov."]), encoding="utf-8")
    (tei / "three.xml").write_text(doc("three", "1949-01-14", '<p>Text.<note type="source" n="1">The letter is lost.</note></p>'),
                                   encoding="utf-8")
    assert render_site(tei, tmp_path / "site", Report(), search=False).ok

    def rows(name):
        page = lxml_html.parse(str(tmp_path / "site" / f"{name}.html"))
        return {text(dt): text(dt.getnext()) for dt in page.xpath("//dt")}

    assert rows("one")["Note in the source"] == "The letter was not sent."
    assert rows("two")["Notes in the source"] == "The letter was not sent. A copy went to Molotov."
    three = (tmp_path / "site" / "three.html").read_text(encoding="utf-8")
    assert "(Note in the source)" in three
    site = " ".join(p.read_text(encoding="utf-8") for p in (tmp_path / "site").glob("*.html"))
    assert "note of the source" not in site.lower() and "notes of the source" not in site.lower()
    printed = re.sub(r"\s+", " ", dehyphenate(pdf_text(print_docs(tmp_path / "tei", {"one": _noted("one", ["The letter was not sent."])}))))
    assert "Note in the source: The letter was not sent." in printed or "Note in the source The letter was not sent." in printed, printed
    assert "Source's note" not in printed and "Source’s note" not in printed and "note of the source" not in printed.lower()


def test_two_names_a_hyphen_joins_are_set_with_an_en_dash_where_the_identification_is_shown(tmp_path):
    """The authority file types "the Stalin-Mao cables" and "the Beijing-Hankou line" with a
    hyphen; the edition's own title sets the pair with an en dash ("The Stalin–Mao Telegrams").
    The identifications as both editions show them now have the en dash between two names; not
    in a compound whose first part is a prefix or combining form (Sino-Soviet, All-Union,
    North-East), an office (Secretary-General), a given name after the family name (Kim
    Il-Sung), a hyphenated name of the edition (Gheorghiu-Dej), nor a source's own title."""
    from test_print_layout import print_docs

    note = ("Officer who sent the Stalin-Mao cables over the Beijing-Hankou line; at the Sino-Soviet talks, "
            "of the All-Union party, in North-East China, with the Secretary-General, Kim Il-Sung and Gheorghiu-Dej.")
    shown = ("Officer who sent the Stalin–Mao cables over the Beijing–Hankou line; at the Sino-Soviet talks, "
             "of the All-Union party, in North-East China, with the Secretary-General, Kim Il-Sung and Gheorghiu-Dej.")
    standoff = f"""<standOff><listPerson><person xml:id="orlov"><persName type="main">Andrei Orlov</persName>
        <note type="identification">{note}</note></person>
      <person xml:id="dej"><persName type="main">Gheorghe Gheorghiu-Dej</persName><note type="identification">Romanian leader.</note></person>
      </listPerson></standOff>"""
    body = '<p><persName ref="#orlov">Orlov</persName> and <persName ref="#dej">Gheorghiu-Dej</persName> on the Stalin-Mao cables.</p>'
    xml = doc("o", "1949-01-13", body, standoff).replace("<title level=\"m\">Archive</title>",
                                                         "<title level=\"m\">Sino-Soviet Relations, Stalin-Mao 1911-57</title>")
    tei = tmp_path / "tei"
    tei.mkdir()
    (tei / "o.xml").write_text(xml, encoding="utf-8")
    assert render_site(tei, tmp_path / "site", Report(), search=False).ok
    persons = lxml_html.parse(str(tmp_path / "site" / "persons.html"))
    assert shown in [text(p) for p in persons.xpath("//p[@class='identification']")]
    page = (tmp_path / "site" / "o.html").read_text(encoding="utf-8")
    assert "on the Stalin-Mao cables." in page and "Sino-Soviet Relations, Stalin-Mao 1911-57" in page
    printed = re.sub(r"\s+", " ", dehyphenate(pdf_text(print_docs(tmp_path / "tei", {"o": xml}))))
    assert shown in printed, printed
    assert "on the Stalin-Mao cables." in printed and "Sino-Soviet Relations, Stalin-Mao 1911-57" in printed


def _translation(key: str, date: str, book: str, others: tuple = ()) -> str:
    related = "".join(f'<relatedItem type="witness" target="{o}.xml"/>' for o in others)
    notes = f"<notesStmt>{related}</notesStmt>" if others else ""
    return f"""<TEI xmlns="{TEI}" xml:id="{key}"><teiHeader><fileDesc>
      <titleStmt><title type="main">Mao Zedong to Stalin, {int(date[8:])} January 1949</title></titleStmt>
      <publicationStmt><publisher>P</publisher></publicationStmt>{notes}
      <sourceDesc><bibl type="witness"><title level="m">{book}</title></bibl></sourceDesc></fileDesc>
      <profileDesc><correspDesc><correspAction type="sent"><persName>Mao</persName><date when="{date}"/></correspAction>
      <correspAction type="received"><persName>Stalin</persName></correspAction></correspDesc></profileDesc></teiHeader>
      <text><body><div type="telegram"><p>Text of {key}.</p></div></body></text></TEI>"""


def test_the_pager_says_it_leads_to_the_previous_telegram_named_with_its_translations(tmp_path):
    """"Previous in time" on the page after a telegram in two translations led to the second
    of them (the nearest in the list), and said only "in time": a reader could take it for this
    telegram's other translation.  The pager now says "Previous telegram" and "Next telegram",
    leads to the telegram as the list first gives it and names each of its translations by its
    source, as "in the exchange" does; the translations of one telegram lead past each other."""
    tei = tmp_path / "tei"
    tei.mkdir()
    docs = {"tg-a": _translation("tg-a", "1949-01-12", "Archive"),
            "tg-b1": _translation("tg-b1", "1949-01-13", "Relations", ("tg-b2",)),
            "tg-b2": _translation("tg-b2", "1949-01-13", "Documents", ("tg-b1",)),
            "tg-c": _translation("tg-c", "1949-01-14", "Archive")}
    for key, xml in docs.items():
        (tei / f"{key}.xml").write_text(xml, encoding="utf-8")
    assert render_site(tei, tmp_path / "site", Report(), search=False).ok

    def pager(key):
        page = lxml_html.parse(str(tmp_path / "site" / f"{key}.html"))
        return {li.get("class"): li for li in page.xpath("//nav[@class='pager']/ul[@class='in-time']/li")}

    c = pager("tg-c")
    assert text(c["prev"]) == "Previous telegram: Mao Zedong to Stalin, 13 January 1949 (in Relations · in Documents)", text(c["prev"])
    assert c["prev"].xpath(".//a/@href") == ["tg-b1.html", "tg-b1.html", "tg-b2.html"]
    assert c["prev"].xpath(".//a[@rel='prev']/@href") == ["tg-b1.html"]
    a = pager("tg-a")
    assert text(a["next"]) == "Next telegram: Mao Zedong to Stalin, 13 January 1949 (in Relations · in Documents)", text(a["next"])
    assert text(a["prev"]) == "Previous telegram: none"
    for b in ("tg-b1", "tg-b2"):
        assert [li.xpath(".//a[@rel]/@href") for li in pager(b).values()] == [["tg-a.html"], ["tg-c.html"]], b
        assert text(pager(b)["next"]) == "Next telegram: Mao Zedong to Stalin, 14 January 1949 (Archive)"
