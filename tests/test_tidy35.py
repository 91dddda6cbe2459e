"""The last session's final read: its tidies and the editions' faults it left."""

from __future__ import annotations

import re

import pytest
from test_deposit_bag import deposit as _deposit  # (the CLI with a fixed SOURCE_DATE_EPOCH)


@pytest.mark.parametrize("town", ["Washington DC.", "Washington D.C.", "Washington, D. C.", "Washington, DC.", "Washington."])
def test_a_run_in_address_takes_the_towns_district_as_its_town_does(town):
    """The address run in with the text ends at the town's "D.C." as the town is read from it:
    one fragment, so the two cannot part (one took ", DC." where the other did not)."""
    from tei.transforms.structure import _ADDRESS_RUN_IN, _TOWN_DISTRICT

    run = _ADDRESS_RUN_IN.match(f"President Roosevelt {town} Your message of 2nd May reached me today.")
    assert run.group("address") == f"President Roosevelt {town}"
    assert run.group("text").startswith("Your message")
    assert _TOWN_DISTRICT.sub("", run.group("address").rstrip(".")).split() == ["President", "Roosevelt", "Washington"]


SAVELYEV = """<standOff><listPerson><person xml:id="savelyev"><persName type="main">M. A. Savelyev</persName>
    <note type="identification">Official of the ministry.</note></person></listPerson></standOff>"""


def _site(tmp_path, docs: dict[str, str]):
    from lxml import html as lxml_html
    from tei.html import render_site
    from tei.messages import Report

    tei = tmp_path / "tei"
    tei.mkdir(parents=True)
    for key, xml in docs.items():
        (tei / f"{key}.xml").write_text(xml, encoding="utf-8")
    assert render_site(tei, tmp_path / "site", Report(), search=False).ok
    return lambda page: lxml_html.parse(str(tmp_path / "site" / page)).getroot()


def test_a_texts_name_forms_differing_only_in_the_apostrophes_kind_are_listed_once(tmp_path):
    """"Savel'yev" in one telegram, "Savel’yev" and "SAVEL’YEV" in another, none of them a form the
    authority file lists: one "(in the text)" form, not two (they were grouped by their letters'
    case but compared with the listed forms by their typographic marks as well)."""
    from test_editions_review4 import doc, text

    name = lambda form: f'<persName ref="#savelyev">{form}</persName>'
    page = _site(tmp_path, {
        "a": doc("a", "1949-12-03", f"<p>{name('Savel' + chr(39) + 'yev')} came.</p>", SAVELYEV),
        "b": doc("b", "1949-12-04", f"<p>{name('Savel’yev')} came. {name('SAVEL’YEV')}</p>", SAVELYEV)})
    [entry] = page("persons.html").xpath("//section[@id = 'savelyev']")
    forms = [text(li) for li in entry.xpath(".//ul[@class = 'name-forms']/li")]
    assert forms[0] == "M. A. Savelyev (standard form)"
    assert len(forms) == 2 and forms[1] in ("Savel'yev (in the text)", "Savel’yev (in the text)"), forms


PENG = """<standOff><listPerson><person xml:id="peng-dehuai"><persName type="main">Peng Dehuai</persName>
    <persName type="wade-giles">P'eng Te-huai</persName><note type="identification">Commander.</note></person>
    </listPerson></standOff>"""


def _peng_docs(form: str = "P'eng Te-huai") -> dict[str, str]:
    """A text that names Peng Dehuai in the Wade-Giles form the authority file types with a
    straight apostrophe (as form types it), another in his main form (the volume needs two to
    print its index)."""
    from test_editions_review4 import doc

    return {"a": doc("a", "1950-10-08", f"""<p><persName ref="#peng-dehuai">{form}</persName> commands.</p>""", PENG),
            "b": doc("b", "1950-10-09", '<p><persName ref="#peng-dehuai">Peng Dehuai</persName> left.</p>', PENG)}


# the texts' forms of the file's "P'eng Te-huai": as typed, with a typographic apostrophe, in capitals
PENG_FORMS = pytest.mark.parametrize("form", ["P'eng Te-huai", "P’eng Te-huai", "P’ENG TE-HUAI"], ids=["typed", "typographic", "capitals"])


@PENG_FORMS
def test_the_lists_see_line_shows_the_typographic_form_the_text_used(tmp_path, form):
    """"P’eng Te-huai, see Peng Dehuai": the persons list's cross-reference from the form a text
    uses, shown with the typographic apostrophe the entries have, found whichever apostrophe or
    case the text has (the form as typed only, once: a text's "P’eng" had none); none where no
    text uses the form."""
    from test_editions_review4 import text

    see = lambda docs: [text(li) for li in _site(tmp_path / str(len(docs)), docs)("persons.html").xpath("//nav[@class='az']//li[@class = 'see']")]
    assert see(_peng_docs(form)) == ["P’eng Te-huai, see Peng Dehuai"]
    assert see({"b": _peng_docs()["b"]}) == []


@PENG_FORMS
def test_the_print_indexs_see_line_shows_the_typographic_form_the_text_used(tmp_path, form):
    """The print index's cross-reference as the list's: printed wherever the text uses the form,
    whichever its apostrophe or case, with the typographic apostrophe."""
    from print_helpers import dehyphenate, pdf_text
    from test_print_layout import print_docs

    whole = re.sub(r"\s+", " ", dehyphenate(pdf_text(print_docs(tmp_path, _peng_docs(form)))))
    assert "P’eng Te-huai, see Peng Dehuai" in whole, whole[-600:]
    assert "P'eng Te-huai, see" not in whole


@pytest.mark.parametrize("mao", ["<persName>Mao Tse-tung</persName>", '<persName ref="#nobody">Mao Tse-tung</persName>',
                                 '<persName corresp="#p_MAO">Mao Tse-tung</persName>'], ids=["no-ref", "ref-to-none", "corresp"])
def test_a_persons_name_linked_to_no_one_is_not_broken_at_its_hyphen_in_print(tmp_path, mao):
    """"Mao Tse-tung" marked as a person's name but linked to no person of the file (no @ref; a
    @ref that finds no entry; FRUS's @corresp to the document's own list) broke at its own hyphen,
    "Mao Tse-" / "tung", where a linked one does not: kept whole now, in the text or a note,
    wherever it falls in a line, the compounds beside it still broken at their own hyphens."""
    from print_helpers import layout_lines_at_every_place

    persons = '<div type="persons"><listPerson><person xml:id="p_MAO"><persName>Mao Tse-tung, Chairman</persName></person></listPerson></div>'
    lines = layout_lines_at_every_place(tmp_path, f"the Sino-Soviet talks with {mao} on the Sino-Soviet treaty",
                                        f"the Sino-Soviet talks and {mao} on the Sino-Soviet treaty",
                                        after=persons if "corresp" in mao else "")
    assert sum("Tse-tung" in line for line in lines) >= 80, lines
    assert not [line for line in lines if re.search(r"Tse-?$|Tse-[a-z]*[-\xad]$", line)], lines
    assert [line for line in lines if re.search(r"Sino-$", line)], lines


STRICT_RNG = """<?xml version="1.0"?>
<grammar xmlns="http://relaxng.org/ns/structure/1.0">
  <start><element name="corpus"><text/></element></start>
</grammar>
"""




@pytest.mark.parametrize("how", ["--tei-rng", "$TEI_ALL_RNG"])
def test_a_users_schema_that_rejects_the_corpus_is_its_verdict_not_a_bug(built_tei, tmp_path, how):
    """`tei deposit --tei-rng FILE` (or $TEI_ALL_RNG naming FILE, the same choice) whose schema
    rejects corpus.xml: said to be that schema's verdict where it is a stricter customisation (it
    was reported as only "a bug in tei deposit: please report it", which it is only where FILE is
    tei_all itself), the file named with its first error; nothing deposited, exit 1 as before."""
    rng = tmp_path / "strict.rng"
    rng.write_text(STRICT_RNG, encoding="utf-8")
    given = ["--tei-rng", rng] if how == "--tei-rng" else []
    result = _deposit([built_tei, "--out", tmp_path / "bag", *given], **({} if given else {"TEI_ALL_RNG": str(rng)}))
    assert result.exit_code == 1, result.output
    [line] = [l for l in result.output.splitlines() if str(rng) in l]
    assert line.startswith(f"{rng}: error: nothing was deposited: the schema given with {how} rejects the deposit's corpus.xml"), line
    assert "(its verdict where it is a customisation stricter than TEI's tei_all; where it is tei_all itself, a bug" in line
    assert "1 error: in the corpus's own root element, at teiCorpus: Expecting element corpus, got teiCorpus" in line, line
    assert not (tmp_path / "bag").exists()


@pytest.mark.parametrize("schema, where, what", [
    ("<grammar>\n", ":2:", "not well-formed XML: Premature end of data"),
    ('<grammar xmlns="http://relaxng.org/ns/structure/1.0"><start><ref name="nowhere"/></start></grammar>\n', ":1:",
     "no RELAX NG schema lxml can use: Reference nowhere has no matching definition")], ids=["malformed", "not-relax-ng"])
def test_a_users_schema_that_cannot_be_used_is_said_so_before_anything_is_made(built_tei, tmp_path, schema, where, what):
    """A --tei-rng file that is no usable schema: its file and line and what is wrong, exit 1, no
    traceback (it was lxml's, once the corpus had been made)."""
    rng = tmp_path / "bad.rng"
    rng.write_text(schema, encoding="utf-8")
    result = _deposit([built_tei, "--out", tmp_path / "bag", "--tei-rng", rng])
    assert result.exit_code == 1 and not isinstance(result.exception, Exception), result.output  # (SystemExit is none)
    assert f"{rng}{where} error: nothing was deposited: the schema to check corpus.xml against is {what}" in result.output, result.output
    assert not (tmp_path / "bag").exists()


ANYTHING = '<zeroOrMore><choice><attribute><anyName/></attribute><text/><ref name="any"/></choice></zeroOrMore>'
# a schema of the user's that wants no profileDesc in a document's header
ATTRIBUTES = "<zeroOrMore><attribute><anyName/></attribute></zeroOrMore>"
NO_PROFILE_RNG = f"""<?xml version="1.0"?>
<grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="http://www.tei-c.org/ns/1.0">
  <start><element name="teiCorpus">{ATTRIBUTES}<ref name="any"/><oneOrMore><ref name="tei"/></oneOrMore></element></start>
  <define name="any"><element><anyName/>{ANYTHING}</element></define>
  <define name="tei">
    <element name="TEI">{ATTRIBUTES}
      <element name="teiHeader">{ATTRIBUTES}<element name="fileDesc">{ANYTHING}</element>
        <optional><element name="encodingDesc">{ANYTHING}</element></optional>
        <optional><element name="revisionDesc">{ANYTHING}</element></optional></element>
      <optional><element name="standOff">{ANYTHING}</element></optional>
      <element name="text">{ANYTHING}</element>
    </element>
  </define>
</grammar>
"""


def test_a_users_schemas_error_is_placed_in_the_document_not_the_thrown_away_corpus(built_tei, tmp_path):
    """The rejected corpus.xml is thrown away, so its line numbers pointed nowhere: each error is
    said of the document it is in (its file, its id, the element's line there and its path from
    the document's root), and of the corpus's own header or root where it is there."""
    from lxml import etree

    rng = tmp_path / "no-profile.rng"
    rng.write_text(NO_PROFILE_RNG, encoding="utf-8")
    result = _deposit([built_tei, "--out", tmp_path / "bag", "--tei-rng", rng])
    assert result.exit_code == 1, result.output
    [line] = [l for l in result.output.splitlines() if "--tei-rng" in l]
    places = re.findall(r"in (\S+\.xml) \(document (\S+)\) line (\d+), at (TEI/\S+):", line)
    assert places and "corpus.xml line" not in line, line
    for file, doc_id, number, path in places:
        element = etree.parse(str(built_tei / file)).getroot()
        assert element.get("{http://www.w3.org/XML/1998/namespace}id") == doc_id
        for step in path.split("/")[1:]:
            name, _, n = step.partition("[")
            element = [el for el in element if etree.QName(el).localname == name][int(n.rstrip("]") or 1) - 1]
        assert element.sourceline == int(number), (line, path)
    # (libxml2 blames the profileDesc's elder sibling: "Element teiHeader has extra content: encodingDesc")
    assert places[0][3] == "TEI/teiHeader/encodingDesc", line
    assert "in the corpus's own root element, at teiCorpus: Element teiCorpus failed to validate content" in line


def test_a_charts_caption_stays_in_view_when_the_chart_is_scrolled_sideways(chromium, tmp_path):
    """At phone width a chart scrolls within its frame, and its caption ("Arrows run from sender
    to recipient ...", the key to the graph) is in the frame: scrolled to the chart's right edge,
    the caption went with it, its lines cut at the frame's left edge.  It stays whole in view."""
    from conftest import browser_page
    from test_editions_review13 import six_letters_site

    out = six_letters_site(tmp_path, lambda n: f"19{45 + 3 * n}-0{n + 1}-10")
    measure = """() => {
        const fig = document.querySelector('figure.chart'), caption = fig.querySelector('figcaption');
        fig.scrollLeft = fig.scrollWidth;
        const f = fig.getBoundingClientRect(), c = caption.getBoundingClientRect();
        return {scrolled: fig.scrollLeft, left: c.left - f.left, right: f.right - c.right, text: caption.textContent}; }"""
    for page in ("chronology.html", "network.html"):
        with browser_page(chromium, viewport={"width": 390, "height": 900}) as pg:
            pg.goto((out / page).as_uri())
            got = pg.evaluate(measure)
        assert got["scrolled"] > 100 and got["text"].strip(), (page, got)  # (the frame scrolls: the case)
        assert got["left"] >= -1 and got["right"] >= -1, (page, got)
