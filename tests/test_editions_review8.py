"""The editions' eighth review: a provisional surname and the one full name of that surname in
another document filed as one person (as the deposit's corpus header joins them), ..."""

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
