"""The HTML edition built from all of tests/sources (Korea, organisations as correspondents,
letters, compilations, provisional persons): the site as a whole and the pages the seeds
do not exercise."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlsplit

import pytest
from lxml import etree, html as lxml_html

from tei.html import render_site
from tei.messages import Report

from conftest import IN_CI, PAGEFIND

XLINK = "{http://www.w3.org/1999/xlink}href"


@pytest.fixture(scope="module")
def sources_tei(sources_converted) -> Path:
    out, report = sources_converted
    assert not report.count("error"), [str(m) for m in report.messages]
    return out


@pytest.fixture(scope="module")
def sources_site(sources_tei, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("sources-site") / "html"
    report = Report()
    result = render_site(sources_tei, out, report)
    assert result.ok, [str(m) for m in report.messages]
    assert result.search or not (IN_CI or PAGEFIND), [str(m) for m in report.messages]
    (out / ".search-built").write_text("yes" if result.search else "")
    return out


def parse(path: Path):
    return lxml_html.parse(str(path))


def text(el) -> str:
    return re.sub(r"\s+", " ", el.text_content() if hasattr(el, "text_content") else "".join(el.itertext())).strip()


def _links(page) -> list[str]:
    """Every address a page points to: href and src of any element (HTML or SVG, xlink too)."""
    found = []
    for el in page.iter(etree.Element):
        for name in ("href", "src", XLINK):
            value = el.get(name)
            if value is not None:
                found.append(value)
    return found


def _ids(path: Path, cache: dict) -> set[str]:
    if path not in cache:
        cache[path] = set(parse(path).xpath("//@id"))
    return cache[path]


def broken_links(site: Path, search: bool) -> list[str]:
    """Internal links of every page of the site whose file or #fragment is not there."""
    broken, ids = [], {}
    for page_path in sorted(site.rglob("*.html")):
        if "pagefind" in page_path.relative_to(site).parts:
            continue
        for link in _links(parse(page_path).getroot()):
            parts = urlsplit(link)
            if parts.scheme or parts.netloc:  # external (https:, mailto:): not the site's
                continue
            address, fragment = urldefrag(link)
            target = (page_path.parent / unquote(address)).resolve() if address else page_path
            if not search and (target.is_relative_to(site / "pagefind") or target.name == "pagefind-shards.js"):
                continue  # the search index is pagefind's, when it is installed
            where = f"{page_path.relative_to(site)}: {link}"
            if not target.is_file():
                broken.append(where + " (no such file)")
            elif fragment and target.suffix == ".html" and unquote(fragment) not in _ids(target, ids):
                broken.append(where + " (no such id there)")
    return broken


def test_every_internal_link_of_the_site_resolves(sources_site):
    assert len(list(sources_site.glob("*.html"))) > 100
    assert broken_links(sources_site, search=bool((sources_site / ".search-built").read_text())) == []


def test_network_links_each_correspondent_to_the_index_of_its_kind(sources_site):
    network = parse(sources_site / "network.html")
    hrefs = network.xpath("//*[local-name() = 'a']/@href")
    assert "organisations.html#ccp-cc" in hrefs and "organisations.html#un-security-council" in hrefs
    assert "persons.html#stalin" in hrefs
    assert not [h for h in hrefs if h in ("persons.html#ccp-cc", "persons.html#un-security-council", "persons.html#cmc")]


# --- the index of persons ------------------------------------------------------------------

def _index_names(persons: list[str], tmp_path: Path) -> list[str]:
    """f:index-name (shared by the HTML and print indexes) of authority entries by id."""
    from tei.authority import Authority
    from tei.paths import XSLT_DIR
    from tei.xslt import transform

    probe = tmp_path / "index-name.xsl"
    probe.write_text(f"""<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
        xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:f="urn:tei-telegrams:functions">
      <xsl:import href="{(XSLT_DIR / 'common' / 'functions.xsl').as_uri()}"/>
      <xsl:output method="text"/>
      <xsl:template match="/">
        <xsl:variable name="doc" select="."/>
        <xsl:value-of select="({', '.join(repr(p) for p in persons)}) ! f:index-name(key('f:entity', ., $doc))"
                      separator="|"/>
      </xsl:template>
    </xsl:stylesheet>""", encoding="utf-8")
    authority = Authority.load()
    standoff = ("<TEI xmlns='http://www.tei-c.org/ns/1.0'><standOff><listPerson>"
                + "".join(etree.tostring(authority.entry(p), encoding="unicode") for p in persons)
                + "</listPerson></standOff></TEI>")
    return transform(probe, xml_text=standoff).split("|")


def test_a_two_syllable_name_of_a_korean_is_filed_family_name_first(tmp_path, sources_site):
    """"Nam Il" was filed as "Il, Nam" (between Gromyko and Kaganovich): the authority file
    describes him as Korean, and his name is two syllables.  A Korean known in Western order
    ("Syngman Rhee") and an American in Korea ("Mark W. Clark") keep theirs."""
    ids = ["nam-il", "kim-il-sung", "pak-hon-yong", "mao", "syngman-rhee", "mark-clark", "yudin", "stalin", "su-yu",
           "kovalev", "roshchin", "shtykov"]
    assert _index_names(ids, tmp_path) == ["Nam Il", "Kim Il Sung", "Pak Hon-yong", "Mao Zedong", "Rhee, Syngman",
                                           "Clark, Mark W.", "Yudin, Pavel", "Stalin, Joseph", "Su Yu",
                                           "Kovalev, Ivan", "Roshchin, Nikolai", "Shtykov, Terentii"]
    names = [text(a) for a in parse(sources_site / "persons.html").xpath("//nav[@class='az']//a")]
    assert names.index("Vyacheslav Molotov") < names.index("Nam Il") < names.index("Jawaharlal Nehru")
    assert not names.index("Andrei Gromyko") < names.index("Nam Il") < names.index("Lazar Kaganovich")
    order = [n for n in names if n in ("Fyodor Kuznetsov", "Vasily Kuznetsov", "Trygve Lie", "Kim Il Sung",
                                        "Mao Zedong", "Pak Hon-yong", "Nam Il")]
    assert order == ["Kim Il Sung", "Fyodor Kuznetsov", "Vasily Kuznetsov", "Mao Zedong", "Nam Il", "Pak Hon-yong"] \
        or order == ["Kim Il Sung", "Fyodor Kuznetsov", "Vasily Kuznetsov", "Trygve Lie", "Mao Zedong", "Nam Il",
                     "Pak Hon-yong"]


def test_a_provisional_person_is_marked_in_the_list_of_entries(sources_site):
    persons = parse(sources_site / "persons.html")
    provisional = set(persons.xpath("//section[contains(@class, 'index-entry')][.//h2//span[contains(., 'provisional')]]/@id"))
    assert "unresolved-vaclav-hruska" in provisional
    for li in persons.xpath("//nav[@class='az']//li"):
        target = li.xpath("a/@href")[0][1:]
        assert ("(provisional)" in text(li)) == (target in provisional), target
    assert "(provisional)" not in text(persons.xpath("//nav[@class='az']//li[a/@href='#stalin']")[0])


# --- letters among the telegrams -----------------------------------------------------------

def test_letters_are_counted_and_marked_as_letters_in_the_lists(sources_tei, sources_site):
    """A letter's page says "Letter", but the lists said "Telegrams in chronological order"
    and "137 telegrams"."""
    letters = {p.stem for p in sources_tei.glob("*.xml")
               if etree.parse(str(p)).find(".//{http://www.tei-c.org/ns/1.0}body/{http://www.tei-c.org/ns/1.0}div")
               .get("type") == "letter"}
    assert letters
    telegrams = len(list(sources_tei.glob("*.xml"))) - len(letters)
    home = parse(sources_site / "index.html")
    intro = text(home.xpath("//section[@class='intro']/p[1]")[0])
    assert intro.startswith(f"This edition holds {telegrams} telegrams and {len(letters)} letters of ")
    assert text(home.xpath("//h2[@id='list-heading']")[0]) == "Telegrams and letters in chronological order"
    for page in ("index.html", "chronology.html"):
        marked = {li.xpath(".//a/@href")[0][:-len(".html")]
                  for li in parse(sources_site / page).xpath("//li[contains(@class, 'entry')]")
                  if li.xpath(".//span[@class='entry-form']")}
        assert marked == letters, page
    assert text(parse(sources_site / "network.html").xpath("//table/caption")[0]).startswith("Telegrams and letters")


# --- one name per source -------------------------------------------------------------------

def test_each_source_has_one_name_everywhere(sources_site):
    """"Selected Works of Zhou Enlai, vol. II (1989)" and "Zhou Enlai, Selected Works, vol. II
    (1989)" were listed apart, "WORKS" apart from "Works", "Works, vol. 16" without its author;
    the Wilson archive was named two ways in back-links and previous/next links."""
    home = parse(sources_site / "index.html")
    intro = [text(c) for c in home.xpath("//section[@class='intro']/p[1]/cite")]
    assert len(intro) == len(set(intro))
    # (the introduction names the sources that give the most; the list of telegrams every one)
    # (in parentheses after each telegram, the name's own parentheses brackets)
    named = {text(c) for c in home.xpath("//li[contains(@class, 'entry')]//cite")}
    assert len(named) > 100
    assert "Zhou Enlai, Selected Works, vol. II [1989]" in named
    assert not [n for n in named if "Selected Works of Zhou Enlai" in n or "WORKS" in n]
    assert {"Joseph Stalin, Works, vol. 16 [1956]", "Joseph Stalin, Works, vol. 16 [1997]",
            "Mao Zedong, Selected Works, vol. V [1977]"} <= set(named)
    assert not [n for n in named if n.startswith("Works") or n.startswith("Selected Works")]
    wilson = ("Wilson Center Digital Archive", "History and Public Policy Program Digital Archive")
    assert len([n for n in named if n in wilson]) == 1
    # wherever a document's source is named (lists, back-references, previous and next, the
    # other translations, the metadata's source), the archive has that one name; the record's
    # own citation is quoted as it is
    seen = set()
    for page in sources_site.glob("*.html"):
        doc = parse(page)
        for el in doc.xpath("//*[contains(@class, 'entry-source')] | //nav[contains(@class, 'pager')]//li"
                            " | //section[@class='witnesses']//li | //section[@class='meta']//dd[preceding-sibling::dt[1]"
                            "[. = 'Source']] | //table[@class='network-table']//td"):
            said = text(el)
            seen.update(w for w in wilson if w in said)
    assert seen == {n for n in named if n in wilson}


# --- side by side --------------------------------------------------------------------------

def test_side_by_side_marks_no_date_the_other_translation_gives_anywhere(sources_site):
    """"1.X.50" in the Wilson Center translation's dateline was marked as a date the other
    lacks, though the other gives "1 October 1950" in its heading: dates are compared by
    value over the whole of the other translation, as names are."""
    # (the Wilson Center's beside the first other, by name: the folder's order is no order, and the
    # third translation has a date, "16 September", the Wilson Center's lacks)
    page = parse(sorted(sources_site.glob("compare-tg-1950-10-01-*--tg-1950-10-01-*wilson-center.html"))[0])
    dates = page.xpath("//div[@role='cell']//time")
    assert "1950-10-01" in [t.get("datetime") for t in dates]
    assert [t.get("datetime") for t in dates if "diff" in t.get("class").split()] == []
    # a date the other translation has nowhere is still marked (Mao's telegram of 13 January 1949)
    marked = {t.get("datetime") for p in sources_site.glob("compare-tg-1949-01-13-*.html")
              for t in parse(p).xpath("//div[@role='cell']//time[contains(@class, 'diff')]")}
    assert marked


def test_a_vietnamese_name_keeps_its_order(tmp_path):
    """"Pham Van Dong" was filed as "Dong, Pham Van" (under D); Ho Chi Minh as he is."""
    assert _index_names(["pham-van-dong", "ho-chi-minh", "tito"], tmp_path) == \
        ["Pham Van Dong", "Ho Chi Minh", "Tito, Josip Broz"]


def test_a_name_form_in_capitals_is_not_listed_again_as_the_texts(sources_site):
    """The cables type their signatures in capitals: Mikoyan's entry listed "Andreev (pseudonym)"
    and again "ANDREEV (in the text)", Zakharov's "MATVEEV", the Instance's "INSTANTSIYA", Stalin's
    "FYN SI" and "J. V. STALIN" beside the forms they are (with a stray space before the label).
    A spelling of the texts' own is still listed, once, as it is written in small letters."""
    pages = {p: parse(sources_site / f"{p}.html") for p in ("persons", "organisations")}
    for page, entry, form in (("persons", "mikoyan", "Andreev"), ("persons", "zakharov", "Matveev"),
                              ("persons", "stalin", "Fyn Si"), ("organisations", "instance", "Instantsiya")):
        items = [text(li) for li in pages[page].xpath(f"//section[@id='{entry}']//ul[@class='name-forms']/li")]
        assert any(i.startswith(form + " (") for i in items), (entry, items)
        assert not any(i.startswith(form.upper() + " ") for i in items), (entry, items)
    for page in pages.values():
        for forms in page.xpath("//ul[@class='name-forms']"):
            items = forms.xpath("li")
            names = [(li.text or "") for li in items]
            texts = [i for i, li in enumerate(items) if li.xpath("span[@class='name-type'] = ' (in the text)'")]
            assert not any(names[i].lower() in {m.lower() for j, m in enumerate(names) if j != i} for i in texts), names
            assert not any(names[i] != names[i].rstrip() for i in texts), names
    stalin = [text(li) for li in pages["persons"].xpath("//section[@id='stalin']//ul[@class='name-forms']/li")]
    assert "Stalin I.V. (in the text)" in stalin  # the catalogue's inverted form is the texts' own


def test_a_pseudonym_the_texts_use_is_among_the_entries_under_its_own_letter(sources_site):
    """"Andreev" (Mikoyan's signature from Xibaipo), "Matveev" (Zakharov's), "Fyn Si" (Stalin's):
    the list of entries had them nowhere; the print edition's index and now the list have
    "Andreev, see Anastas Mikoyan" among the A's.  A pseudonym no text uses ("Andreyev") is not."""
    persons = parse(sources_site / "persons.html")
    items = [text(li) for li in persons.xpath("//nav[@class='az']//li")]
    for see in ("Andreev, see Anastas Mikoyan", "Matveev, see Matvei Zakharov", "Fyn Si, see Joseph Stalin"):
        assert see in items, see
    assert not any(i.startswith("Andreyev") for i in items)
    assert persons.xpath("//nav[@class='az']//li[@class='see'][starts-with(., 'Andreev')]/a/@href") == ["#mikoyan"]
    names = [i for i in items if not i.endswith("(provisional)")]
    assert names.index("Andreev, see Anastas Mikoyan") < names.index("Andrei Gromyko") < names.index("Anastas Mikoyan")
