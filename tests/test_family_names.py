"""The family names of China, Korea and Vietnam are kept in one file,
xslt/common/family-names.xml, read by the indexes (a name beginning with one is filed as it is)
and by the converter (a Korean name written without a hyphen).  The two had kept lists of their
own, which had drifted apart: the indexes did not know "Mun", "Hyon" or "Nam", which the
converter reads as Korean, and the converter did not know "Ryu" or "Jung", which the indexes
file as Korean."""

from __future__ import annotations

from lxml import etree


def _file_names(region: str) -> set[str]:
    from tei.paths import XSLT_DIR

    tree = etree.parse(str(XSLT_DIR / "common" / "family-names.xml"))
    return set(tree.xpath("/family-names/region[@name = $r]", r=region)[0].text.split())


def test_the_converter_reads_a_korean_name_of_any_family_the_file_lists():
    from tei.transforms.names.patterns import korean_names

    korean = _file_names("Korea")
    assert {"ryu", "jung", "mun", "kim"} <= korean
    for family in sorted(korean):
        text = f"Comrade {family.capitalize()} Chol arrived yesterday."
        assert [m.group("name") for m in korean_names(text)] == [f"{family.capitalize()} Chol"], family
    # a family name of China alone (not of Korea) is not read as a Korean name
    assert "zhou" in _file_names("China") and "zhou" not in korean
    assert not list(korean_names("Comrade Zhou Chol arrived yesterday."))


def test_the_index_files_every_family_name_of_the_file_family_name_first(tmp_path):
    """Provisional names beginning with a family name the index did not know ("Mun Il", "Hyon
    Chun", "Nam Tok") were filed by their last word, under I, C and T."""
    from lxml import html as lxml_html

    from tei.html import render_site
    from tei.messages import Report
    from test_editions_review4 import doc

    names = ["Mun Il", "Hyon Chun", "Nam Tok", "Harold Gable"]
    ids = {n: "unresolved-" + n.lower().replace(" ", "-") for n in names}
    standoff = "<standOff><listPerson>" + "".join(
        f'<person cert="low" xml:id="{i}"><persName type="main">{n}</persName>'
        f'<note type="unresolved">Not in the authority file.</note></person>' for n, i in ids.items()) + "</listPerson></standOff>"
    body = "<p>" + ", ".join(f'<persName ref="#{i}">{n}</persName>' for n, i in ids.items()) + " came.</p>"
    tei = tmp_path / "tei"
    tei.mkdir()
    (tei / "w.xml").write_text(doc("w", "1950-06-29", body, standoff), encoding="utf-8")
    assert render_site(tei, tmp_path / "site", Report(), search=False).ok
    persons = lxml_html.parse(str(tmp_path / "site" / "persons.html"))
    filed = [a.text for a in persons.xpath("//nav[@class='az']//li/a")]
    assert filed == ["Harold Gable", "Hyon Chun", "Mun Il", "Nam Tok"], filed
