"""Printed compilations' title pages and parts, and citations of collected works, in forms the
converter misread.

tests/sources/compilation-1957-volume-on-title-page-parts-in-title-case-sponsor.txt: a volume of a
documents series, "VOLUME IV" on a line of its own over its years, "COMPILED AND EDITED BY" / "HUGH
MARTIN", "Published for the Institute of Pacific Relations", its items under parts in title case
with the number spelled ("Part One: China", "Part Two: Korea" between two items).

tests/sources/compilation-1960-volume-and-years-one-line-parts-roman-title-case-fma-pages.txt: the
volume and years on one line ("Volume IV, 1950-1952"), "Edited with an introduction by" / the name,
the sponsor on one line, parts "Part III. The Korean War", items numbered "No. 1.", the editor's
"[Source: PRC FMA 109-00022-03, 5-6.]" (and "CFMA ..., pp. 12-14" above the book's NOTES).

tests/sources/compilation-1972-doc-numbers-sections-volume-after-subtitle-with-notes-by.txt: items
numbered "DOC. 14.", parts "SECTION 1. THE INTERVENTION" and "SECTION 2. The Negotiations", the
volume after the subtitle ("Documents, Vol. 2"), "Selected and edited, with notes, by" / two names,
"Published for the Centre ...", notes marked "*" and "†" under each item.

tests/sources/works-stalin-mao-1950-12-07-soviet-citation-without-dashes.txt: a Soviet citation
whose areas are parted by their full stops alone ("Stalin I. V. Works. Vol. 18. M.: Pisatel',
2006. P. 512-513.").
"""

from __future__ import annotations

from source_helpers import T, convert, witness

VOLUME = "compilation-1957-volume-on-title-page-parts-in-title-case-sponsor.txt"
ONE_LINE = "compilation-1960-volume-and-years-one-line-parts-roman-title-case-fma-pages.txt"
SECTIONS = "compilation-1972-doc-numbers-sections-volume-after-subtitle-with-notes-by.txt"
GOST = "works-stalin-mao-1950-12-07-soviet-citation-without-dashes.txt"


def _parts(doc):
    return [(s.text, s.get("n")) for s in witness(doc).findall(f"{T}biblScope[@unit='part']")]


def test_parts_in_title_case_are_parts_of_the_book(tmp_path):
    """"Part One: China" under the title page and "Part Two: Korea" between two items were read
    as the title page's line and the item's last paragraph."""
    docs = convert(tmp_path, VOLUME)
    first, second, third = (docs[k] for k in sorted(docs))
    assert _parts(first) == [("Part One: China", "1")]
    assert _parts(second) == [("Part One: China", "1")]
    assert _parts(third) == [("Part Two: Korea", "2")]
    assert not any("Part Two" in "".join(p.itertext()) for p in first.iter(f"{T}p"))
    assert not any("Part Two" in "".join(p.itertext()) for d in docs.values() for p in d.iter(f"{T}p"))
    assert "Part One" not in witness(first).findtext(f"{T}note[@type='front-matter']")
    # (and "Part III. The Korean War", the number roman)
    docs = convert(tmp_path / "roman", ONE_LINE)
    first, second = (docs[k] for k in sorted(docs))
    assert _parts(first) == [("Part III. The Korean War", "III")]
    assert _parts(second) == [("Part IV. The Armistice Talks", "IV")]


def test_the_volume_on_the_title_page_is_the_citations_not_the_titles(tmp_path):
    """"VOLUME IV" over "1950-1951" and "Volume IV, 1950-1952" were read into the title
    ("Documents on Sino-Soviet Relations: Volume IV, 1950-1951")."""
    for name, folder, title in ((VOLUME, "a", "Documents on Sino-Soviet Relations, 1950-1951"),
                                (ONE_LINE, "b", "Survey of Sino-Soviet Diplomacy, 1950-1952")):
        docs = convert(tmp_path / folder, name)
        bibl = witness(docs[sorted(docs)[0]])
        assert bibl.findtext(f"{T}title[@level='m']") == title
        volume = bibl.find(f"{T}biblScope[@unit='volume']")
        assert (volume.text, volume.get("n")) == ("IV", "IV")


def test_years_under_the_title_are_cited_after_a_comma_and_date_no_telegram(tmp_path):
    """Years on a line of their own under the main title were cited after a colon ("...: 1950-1951")
    where an imprint on one line followed, after a comma where a place and year did: one way now,
    as the years printed on the title's own line after a comma; the telegram keeps its own date."""
    docs = convert(tmp_path, VOLUME)
    doc = docs[sorted(docs)[0]]
    assert witness(doc).findtext(f"{T}title[@level='m']").endswith(", 1950-1951")
    sent = doc.find(f".//{T}correspAction[@type='sent']/{T}date")
    assert sent.get("when") == "1950-03-29"
    from tei.sources.compilation import CompilationReader
    titles = {CompilationReader.publication(["DOCUMENTS ON", "SINO-SOVIET RELATIONS", "1949-1952", imprint]).title
              for imprint in ("London: Oxford University Press, 1957", "Moscow 1959")}
    assert titles == {"Documents on Sino-Soviet Relations, 1949-1952"}
    # (as printed where the title's line gives them: "...: 1949-1950" stays)
    assert CompilationReader.publication(["Documents on Sino-Soviet Relations: 1949-1950", "Moscow 1959"]).title == \
        "Documents on Sino-Soviet Relations: 1949-1950"


def test_a_sponsor_on_the_title_page_is_the_bibls_sponsor(tmp_path):
    """"Published for the Institute of Pacific Relations" and "Issued under the auspices of the
    Royal Institute of International Affairs" were dropped."""
    docs = convert(tmp_path, VOLUME)
    assert [s.text for s in witness(docs[sorted(docs)[0]]).findall(f"{T}sponsor")] == ["Institute of Pacific Relations"]
    docs = convert(tmp_path / "one-line", ONE_LINE)
    assert [s.text for s in witness(docs[sorted(docs)[0]]).findall(f"{T}sponsor")] == [
        "Royal Institute of International Affairs"]


def test_compiled_and_edited_by_and_edited_with_an_introduction_by_name_the_editor(tmp_path):
    """"COMPILED AND EDITED BY" made the editor a compiler; "Edited with an introduction by" / the
    name on the next line is the editor too."""
    for name, folder, editor in ((VOLUME, "a", "Hugh Martin"), (ONE_LINE, "b", "Peter Lowe")):
        docs = convert(tmp_path / folder, name)
        bibl = witness(docs[sorted(docs)[0]])
        assert [(e.text, e.get("role")) for e in bibl.findall(f"{T}editor")] == [(editor, "editor")]
    from tei.sources.compilation import CompilationReader
    # ("COMPILED AND EDITED" / "BY HUGH MARTIN": the "by" on the name's line)
    pub = CompilationReader.publication(["SINO-SOVIET RELATIONS", "COMPILED AND EDITED", "BY HUGH MARTIN",
                                         "Moscow 1959"])
    assert (pub.title, pub.editors) == ("Sino-Soviet Relations", [("editor", "HUGH MARTIN".title())])


def test_a_soviet_citation_without_its_area_dashes_keeps_place_and_publisher(tmp_path):
    """"Stalin I. V. Works. Vol. 18. M.: Pisatel', 2006. P. 512-513." lost its place and publisher
    (the areas were read only where dashes part them)."""
    doc = next(iter(convert(tmp_path, GOST).values()))
    bibl = witness(doc)
    assert (bibl.findtext(f"{T}pubPlace"), bibl.findtext(f"{T}publisher"), bibl.find(f"{T}date").get("when")) == (
        "M.", "Pisatel'", "2006")
    assert bibl.find(f"{T}biblScope[@unit='volume']").get("n") == "18"
    assert bibl.find(f"{T}biblScope[@unit='page']").get("from") == "512"


def test_a_chinese_file_number_keeps_its_pages(tmp_path):
    """"PRC FMA 109-00022-03, 5-6" and "CFMA 109-00031-02, pp. 12-14" (above the book's NOTES)
    gave the file without its pages, and the second no reference at all."""
    docs = convert(tmp_path, ONE_LINE)
    first, second = (docs[k] for k in sorted(docs))
    ident = first.find(f".//{T}msIdentifier")
    assert (ident.findtext(f"{T}repository"), ident.findtext(f"{T}idno")) == ("PRC FMA", "109-00022-03, 5-6")
    ident = second.find(f".//{T}msIdentifier")
    assert ident.find(f"{T}repository").get("ref") == "#prc-fma"
    assert ident.findtext(f"{T}idno") == "109-00031-02, pp. 12-14"
    assert not any("Source:" in "".join(p.itertext()) for p in second.iter(f"{T}p"))


def test_a_frus_title_page_volume_and_imprint_with_a_colon(tmp_path):
    """"FOREIGN RELATIONS OF THE UNITED STATES, 1950" / "VOLUME VI" / "EAST ASIA AND THE PACIFIC" /
    "United States Government Printing Office" / "Washington: 1976": the title was the first line
    in capitals, without the volume's title; no volume, place, publisher or year."""
    docs = convert(tmp_path, "compilation-1976-frus-file-line-offices-received.txt")
    bibl = witness(docs[sorted(docs)[0]])
    assert bibl.findtext(f"{T}title[@level='m']") == "Foreign Relations of the United States, 1950: East Asia and the Pacific"
    assert bibl.find(f"{T}biblScope[@unit='volume']").get("n") == "VI"
    assert (bibl.findtext(f"{T}pubPlace"), bibl.findtext(f"{T}publisher"), bibl.find(f"{T}date").get("when")) == (
        "Washington", "United States Government Printing Office", "1976")


def test_doc_numbers_sections_the_volume_after_a_subtitle_and_editors_with_notes(tmp_path):
    """"DOC. 14." headings were not read (no telegram); "Documents, Vol. 2" stayed in the title and
    "Selected and edited, with notes, by" / "R. A. Whitfield and L. Chen" ran into it."""
    docs = convert(tmp_path, SECTIONS)
    first, second = (docs[k] for k in sorted(docs))
    bibl = witness(first)
    assert bibl.findtext(f"{T}title[@level='m']") == "The Korean War and the Great Powers: Documents"
    assert bibl.find(f"{T}biblScope[@unit='volume']").get("n") == "2"
    assert [(e.text, e.get("role")) for e in bibl.findall(f"{T}editor")] == [
        ("R. A. Whitfield", "editor"), ("L. Chen", "editor")]
    assert bibl.find(f"{T}biblScope[@unit='item']").get("n") == "14"
    assert _parts(first) == [("SECTION 1. THE INTERVENTION", "1")]
    assert _parts(second) == [("SECTION 2. The Negotiations", "2")]
    assert [n.get("n") for n in first.iter(f"{T}note") if n.get("place") == "foot"] == ["*", "†"]
