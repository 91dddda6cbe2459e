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
    assert "[?] " in intro and "doubts" in intro  # the other signs as before

    (tmp_path / "b").mkdir()
    both = """<p>Comrade <persName ref="#unresolved-petrov">Petrov</persName> met <persName ref="#molotov">Molotov</persName>.</p>"""
    intro, index = _intro_and_index(print_docs(tmp_path / "b", {"tg-b": tei("tg-b", both, standoff=standoff), "tg-other": other}))
    assert re.search(r"Petrov\*, \d", index), index[:300]
    assert re.search(r"\* In the index of persons: a person the text names who could not be identified", intro), intro


def test_provisional_east_asian_names_are_filed_under_the_family_name(tmp_path):
    """The index of persons of tests/sources filed the provisional "Wei Guoqing" under G,
    "Zhai Qiang" under Q, "Chong Il" under I and "Chai Chengwen" after "Shang Chen", as
    Western names by their last word: an entry the authority file lacks has no note that says
    the person is Chinese or Korean, and the family names the index knew were too few.  With
    the common family names of China and Korea the index now knows, such a name is filed by its
    first word, in both editions; a Western name is filed by its last as before."""
    from lxml import html as lxml_html

    from tei.html import render_site
    from tei.messages import Report
    from test_editions_review4 import doc
    from test_print_layout import print_docs

    names = ["Wei Guoqing", "Zhai Qiang", "Chong Il", "Chai Chengwen", "Shang Chen", "Harold Gable", "Ivan Horvath"]
    ids = {n: "unresolved-" + n.lower().replace(" ", "-") for n in names}
    standoff = "<standOff><listPerson>" + "".join(
        f'<person cert="low" xml:id="{i}"><persName type="main">{n}</persName>'
        f'<note type="unresolved">Not in the authority file.</note></person>' for n, i in ids.items()) + "</listPerson></standOff>"
    body = "<p>" + ", ".join(f'<persName ref="#{i}">{n}</persName>' for n, i in ids.items()) + " came.</p>"
    xml = doc("w", "1950-06-29", body, standoff)
    tei = tmp_path / "tei"
    tei.mkdir()
    (tei / "w.xml").write_text(xml, encoding="utf-8")
    assert render_site(tei, tmp_path / "site", Report(), search=False).ok
    persons = lxml_html.parse(str(tmp_path / "site" / "persons.html"))
    filed = [a.text for a in persons.xpath("//nav[@class='az']//li/a")]
    expected = ["Chai Chengwen", "Chong Il", "Harold Gable", "Ivan Horvath", "Shang Chen", "Wei Guoqing", "Zhai Qiang"]
    assert filed == expected, filed

    (tmp_path / "pdf").mkdir()
    printed = re.sub(r"\s+", " ", dehyphenate(pdf_text(print_docs(tmp_path / "pdf", {"w": xml, "v": doc("v", "1950-06-30", "<p>More.</p>")}))))
    index = printed[printed.rindex("Index of persons"):]
    at = [index.index(n) for n in ("Chai Chengwen*", "Chong Il*", "Gable, Harold*", "Horvath, Ivan*", "Shang Chen*", "Wei Guoqing*", "Zhai Qiang*")]
    assert at == sorted(at), index[:600]
