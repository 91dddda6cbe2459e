"""The editions' eighth review, the seventh's leftovers and an editor's look at tests/sources'
edition: a provisional surname and the one full name of that surname in another document filed
as one person in both indexes (as the deposit's corpus header joins them), "[signature]"
explained only where a text describes what is written or stamped, the network's numbers clear
of one another, the docs' account of the authority file's surname markup, the list's filters
beside their labels."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from print_helpers import dehyphenate, pdf_text
from tei.html import render_site
from tei.messages import Report
from test_editions_review4 import doc, text

EISENHOWER = {"a": ("1959-06-11", {"unresolved-eisenhower": "Eisenhower", "unresolved-kowal": "Kowal"}),
              "b": ("1959-09-28", {"unresolved-dwight-eisenhower": "Dwight Eisenhower", "unresolved-jan-kowal": "Jan Kowal"}),
              "c": ("1959-10-02", {"unresolved-piotr-kowal": "Piotr Kowal"})}


def _provisional(key: str, date: str, names: dict[str, str]) -> str:
    """A document whose text names each person (id -> name), each a provisional entry of its own."""
    entries = "".join(f'<person cert="low" xml:id="{i}"><persName type="main">{n}</persName>'
                      f'<note type="unresolved">Not in the authority file.</note></person>' for i, n in names.items())
    body = "<p>" + ", ".join(f'<persName ref="#{i}">{n}</persName>' for i, n in names.items()) + " came.</p>"
    return doc(key, date, body, f"<standOff><listPerson>{entries}</listPerson></standOff>")


@pytest.mark.parametrize("refs_max", [100, 1])
def test_a_provisional_surname_is_filed_under_the_one_full_name_of_that_surname(tmp_path, refs_max):
    """The corpus header joins "Eisenhower" of one telegram to "Dwight Eisenhower" of another
    (@sameAs: the only provisional person of that surname named in full); the HTML persons
    index, made per document, listed them apart.  It files them as one now, by the same rule:
    one entry, both telegrams under it (each linked to its own first mention), the surname's
    links from its telegram landing on that entry.  A surname two full names share ("Kowal":
    Jan and Piotr) stays an entry of its own.  refs_max 1: the telegrams on a page of their own."""
    from tei.deposit.corpus import same_provisional_persons  # the deposit's rule, as its header uses it
    from lxml import etree

    docs = {key: _provisional(key, date, names) for key, (date, names) in EISENHOWER.items()}
    entries = [p for x in docs.values() for p in etree.fromstring(x).iter("{http://www.tei-c.org/ns/1.0}person")]
    assert same_provisional_persons(entries) == {"unresolved-eisenhower": "unresolved-dwight-eisenhower"}
    tei = tmp_path / "tei"
    tei.mkdir()
    for key, xml in docs.items():
        (tei / f"{key}.xml").write_text(xml, encoding="utf-8")
    site = tmp_path / "site"
    assert render_site(tei, site, Report(), search=False, refs_max=refs_max).ok
    persons = lxml_html.parse(str(site / "persons.html")).getroot()
    listed = [a.text for a in persons.xpath("//nav[@class='az']//li/a")]
    assert listed == ["Dwight Eisenhower", "Kowal", "Jan Kowal", "Piotr Kowal"], listed
    [entry] = persons.xpath("//section[@id = 'unresolved-dwight-eisenhower']")
    assert entry.xpath(".//*[@id = 'unresolved-eisenhower']"), text(entry)  # where telegram a's link lands
    assert not persons.xpath("//section[@id = 'unresolved-eisenhower']")
    forms = [text(li) for li in entry.xpath(".//ul[@class = 'name-forms']/li")]
    assert forms == ["Dwight Eisenhower (standard form)", "Eisenhower (in the text)"], forms
    if refs_max == 1:
        [more] = entry.xpath(".//dd/a[starts-with(@href, 'mentions-')]")
        assert (more.get("href"), text(more)) == ("mentions-unresolved-dwight-eisenhower.html", "2 telegrams")
        assert not (site / "mentions-unresolved-eisenhower.html").exists()
        entry = lxml_html.parse(str(site / more.get("href"))).getroot()
    links = [a.get("href") for a in entry.xpath(".//ul[@class = 'backrefs']/li/a")]
    assert links == ["a.html#m-unresolved-eisenhower", "b.html#m-unresolved-dwight-eisenhower"], links
    page_a = lxml_html.parse(str(site / "a.html")).getroot()
    [mention] = page_a.xpath("//a[@id = 'm-unresolved-eisenhower']")
    assert mention.get("href") == "persons.html#unresolved-eisenhower"


def test_the_print_index_files_a_provisional_surname_under_the_one_full_name_of_that_surname(tmp_path):
    """The print index of persons had "Eisenhower*, 71" and "Eisenhower, Dwight*, 72" (and
    Hrubes, Zemanek) apart: one entry now, with both pages, by the same rule over the volume's
    documents; "Kowal", which two full names share, stays apart."""
    import re

    from test_print_layout import print_docs

    docs = {key: _provisional(key, date, names) for key, (date, names) in EISENHOWER.items()}
    docs["a"] = docs["a"].replace("came.</p>", "came.</p>" + "<p>More text.</p>" * 60)  # (b on a later page)
    whole = re.sub(r"\s+", " ", dehyphenate(pdf_text(print_docs(tmp_path, docs))))
    index = whole[whole.rindex("Index of persons"):]
    assert not re.search(r"Eisenhower\*", index), index
    filed = dict(re.findall(r"(Kowal(?:, \w+)?)\*, (\d+)", index))
    assert list(filed) == ["Kowal", "Kowal, Jan", "Kowal, Piotr"], index
    # the pages of telegram a (Kowal's) and of telegram b (Jan Kowal's), a later one
    assert int(filed["Kowal"]) < int(filed["Kowal, Jan"]), index
    assert f"Eisenhower, Dwight*, {filed['Kowal']}–{filed['Kowal, Jan']} " in index, index


def test_the_print_introduction_explains_signature_only_where_a_text_describes_what_is_written_or_stamped(tmp_path):
    """The introduction explained "[signature]" (the editor's description of something written
    or stamped on the document) in a volume whose only such bracket was the source editor's
    "[sic]" within a line: his short notes marked the sign as his descriptions do.  Now only a
    description does, within a line as in a closer."""
    from test_editions_review7 import _intro_of
    from test_print_layout import print_docs, tei

    explained = "The editor’s description of something written"
    sic = '<p>He came on the 3rd <note type="editorial" resp="#source-editor">sic</note> of May.</p>'
    stamped = '<p>Approved <note type="annotation" resp="#source-editor"><label>stamp</label>: Secret</note> today.</p>'
    for name, body, expected in (("sic", sic, False), ("stamped", stamped, True)):
        folder = tmp_path / name
        folder.mkdir()
        pdf = print_docs(folder, {"tg-a": tei("tg-a", "<p>One.</p>", sent="1949-01-10"),
                                  "tg-b": tei("tg-b", body, sent="1949-01-11")})
        assert (explained in _intro_of(pdf)) is expected, (name, _intro_of(pdf))
        assert ("[sic]" if name == "sic" else "[stamp: Secret]") in " ".join(pdf_text(pdf).split()), name


def test_the_networks_numbers_stand_clear_of_one_another_of_the_nodes_and_of_the_names(chromium, tmp_path):
    """The numbers of the lines that cross the middle ran into one another ("14 10 67" read as
    one, "7 80 7"), and those of the short lines between neighbours sat on a node or a name.
    Each number stands now where it touches no other, no node and no name, the heaviest placed
    first; a line with no such room is drawn without its number, and the caption says the table
    gives it."""
    from conftest import browser_page
    from test_editions_review6 import _network_edition

    from test_editions_review6 import FIRST, LAST, _letter

    # a hub writing to 35 others (lines fanning out from one node), and ten of them writing to
    # one another (lines crossing the middle)
    tei = _network_edition(tmp_path, 35)
    people = [(f"p{i:02d}", f"{FIRST[i % 10]} {LAST[i // 10]}") for i in range(10)]
    for i, sender in enumerate(people):
        for j, recipient in enumerate(people):
            for k in range((i + j) % 3 if i != j else 0):
                key = f"x{i}{j}{k}"
                (tei / f"{key}.xml").write_text(_letter(key, f"1951-0{1 + k}-{10 + i + j:02d}", sender, recipient), encoding="utf-8")
    out = tmp_path / "site"
    assert render_site(tei, out, Report(), search=False).ok
    with browser_page(chromium, viewport={"width": 1280, "height": 900}) as pg:
        pg.goto((out / "network.html").as_uri())
        drawn = pg.evaluate("""() => {
            const box = e => { const b = e.getBBox(); return [b.x, b.y, b.width, b.height]; };
            const q = s => [...document.querySelectorAll('svg.network ' + s)];
            return {numbers: q('.edge-label').map(e => [e.textContent, ...box(e)]), names: q('.node-label').map(box),
                    nodes: q('circle.node').map(c => [c.cx.baseVal.value, c.cy.baseVal.value, c.r.baseVal.value]),
                    lines: q('line.edge').length, caption: document.querySelector('figcaption').textContent}; }""")
    numbers = drawn["numbers"]
    # (a number stands clear of every other line too now, tests/test_editions_review18.py: of these
    # 89 crossing lines some 19 have room, the table giving the others)
    assert len(numbers) > drawn["lines"] // 6, (len(numbers), drawn["lines"])

    def apart(a, b):
        return a[0] + a[2] <= b[0] or b[0] + b[2] <= a[0] or a[1] + a[3] <= b[1] or b[1] + b[3] <= a[1]

    touching = [(a[0], b[0]) for i, a in enumerate(numbers) for b in numbers[i + 1:] if not apart(a[1:], b[1:])]
    assert not touching, touching
    on_names = [n[0] for n in numbers for name in drawn["names"] if not apart(n[1:], name)]
    assert not on_names, on_names
    on_nodes = [n[0] for n in numbers for cx, cy, r in drawn["nodes"]
                if (max(0, abs(cx - (n[1] + n[3] / 2)) - n[3] / 2) ** 2 + max(0, abs(cy - (n[2] + n[4] / 2)) - n[4] / 2) ** 2) < r * r]
    assert not on_nodes, on_nodes
    told = "only the table gives it" in " ".join(drawn["caption"].split())
    assert told is (len(numbers) < drawn["lines"]), (drawn["caption"], len(numbers), drawn["lines"])


def test_the_docs_show_the_authority_files_surname_markup_as_the_file_writes_it():
    """README described the authority file's marked surname ("Clark Kerr"); docs/converter.md,
    where the entries copied into each document's standOff are described, said nothing of it.
    Both show it now as the authority file writes it, with the rule that joins provisional
    persons (the indexes and the corpus header share it)."""
    import re
    from pathlib import Path

    from tei.authority import DEFAULT_AUTHORITY

    root = Path(__file__).resolve().parent.parent
    [marked] = re.findall(r"<persName type=\"main\"><forename>[^<]*</forename> <surname>[^<]*</surname></persName>",
                          DEFAULT_AUTHORITY.read_text(encoding="utf-8"))[:1]
    converter = " ".join((root / "docs" / "converter.md").read_text(encoding="utf-8").split())
    standoff = converter[converter.index("**standOff**"):converter.index("**text**")]
    assert f"`{marked}`" in standoff, standoff
    assert "same_provisional_persons" in standoff, standoff
    readme = " ".join((root / "README.md").read_text(encoding="utf-8").split())
    assert re.search(r"<surname>[^<]*</surname>`", readme)


@pytest.mark.parametrize("width", [1280, 390])
def test_each_filter_of_the_list_stands_beside_its_label_however_long_the_names(chromium, tmp_path, width):
    """The home page of tests/sources set the correspondent's select as wide as its longest
    name ("Executive Committee of the Petrograd Soviet of Workers' and Soldiers' Deputies"): it
    took the line, "Month" was left at the end of it and its select alone on the next.  Each
    select stands beside its label now, within the filters' box, on a phone too."""
    from conftest import browser_page
    from test_editions_review6 import _letter

    tei = tmp_path / "tei"
    tei.mkdir()
    long = ("ec", "Executive Committee of the Petrograd Soviet of Workers' and Soldiers' Deputies of the Northern Region")
    for i, month in enumerate(("01", "02", "03")):
        (tei / f"t{i}.xml").write_text(_letter(f"t{i}", f"1918-{month}-05", ("lenin", "Vladimir Lenin"), long), encoding="utf-8")
    out = tmp_path / "site"
    assert render_site(tei, out, Report(), search=False).ok
    with browser_page(chromium, viewport={"width": width, "height": 900}) as pg:
        pg.goto((out / "index.html").as_uri())
        boxes = pg.evaluate("""() => {
            const b = e => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
            const form = document.querySelector('form.filters');
            return {form: b(form), pairs: [...form.querySelectorAll('select')].map(s => [b(form.querySelector(`label[for="${s.id}"]`)), b(s)])}; }""")
    form = boxes["form"]
    assert len(boxes["pairs"]) == 2, boxes
    for label, select in boxes["pairs"]:
        assert form[0] <= select[0] and select[2] <= form[2], boxes  # within the box
        assert label[2] <= select[0], boxes  # the label before its select
        assert abs((label[1] + label[3]) / 2 - (select[1] + select[3]) / 2) < 6, boxes  # on its line


def test_a_contents_line_keeps_its_page_number_after_its_leader(tmp_path):
    """Volume 1 of tests/sources' contents: "No. 77. Consul at Tihwa → Acting Secretary of
    State, Tihwa, 20 August 1948 . ." and the page number alone on the next line, at its left.
    Where an entry's last line has no room for the leader and its page number, its last word
    goes down with them: the number ends the line its leader is on."""
    import re
    import subprocess

    from test_print_layout import print_docs

    towns = ["Ufa", "Orsk", "Kursk", "Rostov", "Saratov", "Voronezh", "Astrakhan", "Pyatigorsk", "Chelyabinsk",
             "Magnitogorsk", "Yekaterinburg", "Dnepropetrovsk", "Alexandrovsk Gai", "Komsomolsk Amurski"]
    docs = {}
    for i, town in enumerate(towns * 2):
        key = f"t{i:02d}"
        recipient = f"Council of the {'Southern' if i < len(towns) else 'Eastern'} Front at {town}"
        docs[key] = doc(key, f"1949-{1 + i // 28:02d}-{1 + i % 28:02d}", "<p>Text.</p>", recipient=recipient)
    pdf = print_docs(tmp_path, docs)
    contents = subprocess.run(["pdftotext", "-layout", "-f", "3", "-l", "6", str(pdf), "-"], capture_output=True,
                              text=True, check=True).stdout
    # (the contents, then the introduction; the joiners that keep a number on its line left out)
    contents = contents[:contents.index("Note on the text")].replace("\u2060", "")
    alone = [line for line in contents.splitlines() if re.fullmatch(r"\s*\d+\s*", line)]
    assert not alone, contents
    # each telegram's entry ends with the leader and its page number
    entries = re.findall(r"No\. \d+\..*?(?=No\. \d+\.|Index of|List of|\f|\Z)", contents, re.S)
    assert len(entries) == len(docs), contents
    ends = [e.strip().splitlines()[-1] for e in entries]
    assert all(re.search(r"\d \.[ .]* \d+$", line) for line in ends), ends


def test_the_surnames_link_lights_up_the_entry_it_is_filed_under(chromium, tmp_path):
    """A telegram's link to a provisional surname filed under a full name lands on that entry,
    which is marked as the entry reached by its own id is."""
    from conftest import browser_page

    tei = tmp_path / "tei"
    tei.mkdir()
    for key, (date, names) in EISENHOWER.items():
        (tei / f"{key}.xml").write_text(_provisional(key, date, names), encoding="utf-8")
    site = tmp_path / "site"
    assert render_site(tei, site, Report(), search=False).ok
    with browser_page(chromium, viewport={"width": 1280, "height": 900}) as pg:
        backgrounds = []
        for target in ("unresolved-dwight-eisenhower", "unresolved-eisenhower", "unresolved-kowal"):
            pg.goto((site / "persons.html").as_uri() + "#" + target)
            backgrounds.append(pg.evaluate("""() => [...document.querySelectorAll('section.index-entry')]
                .filter(s => getComputedStyle(s).backgroundColor !== 'rgba(0, 0, 0, 0)').map(s => s.id)"""))
    assert backgrounds == [["unresolved-dwight-eisenhower"], ["unresolved-dwight-eisenhower"], ["unresolved-kowal"]], backgrounds
