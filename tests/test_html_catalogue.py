"""The catalogue reads each document with lxml (tei.html.entry), while the pages are made by
the stylesheets: both must say the same of a document.  These tests hold entry.py's readings
(title, date, pointer ids, safe link targets, whitespace) to the stylesheet functions they
follow (xslt/common/functions.xsl), on the seeds, on TEI written by others and on documents
made to be awkward."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree

from tei.html import entry as E
from tei.html.catalogue import CatalogueEntry, catalogue_chunk
from tei.paths import XSLT_DIR
from tei.readings import is_iso_date
from tei.xslt import stylesheet

from conftest import SHARED, require

TEI = "http://www.tei-c.org/ns/1.0"

# The stylesheet's own functions, applied to a document and to a list of strings.
PROBE = """<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:f="urn:tei-telegrams:functions"
    xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all">
  <xsl:import href="{functions}"/>
  <xsl:output method="json"/>
  <xsl:param name="strings" as="xs:string*" select="()"/>
  <xsl:template match="/">
    <xsl:sequence select="map{{'title': f:title(.), 'date': f:doc-date(.), 'order': f:order-key(.),
        'place': f:source-place(.),
        'refs': array{{ .//tei:text//*[@ref] ! f:ref-id(@ref) }},
        'norm': array{{ $strings ! normalize-space(.) }},
        'ref-id': array{{ $strings ! f:ref-id(.) }},
        'safe': array{{ $strings ! f:safe-target(.) }},
        'iso': array{{ $strings ! f:is-iso-date(.) }}}}"/>
  </xsl:template>
</xsl:stylesheet>"""

STRINGS = ["  a \t b\r\nc  ", "a\u00a0b", "\u2003x\u2003", "#stalin", "stalin", " #a #b ", "x#y", "",
           "javascript:alert(1)", " JavaScript:x", "http://example.org/a b", "HTTPS://EXAMPLE.ORG/A", "#p1",
           "../tei/x.xml#p2", "mailto:a@b", "data:text/html,x", "tg-1.xml", "file:///etc/passwd",
           "1949", "1949-02", "1949-02-30", "1949-13-01", " 1949-01-06 ", "1949-1-6", "١٩٤٩"]


def _tei(header: str, text: str = "<body><p>x</p></body>", root_attrs: str = "") -> bytes:
    return (f"<TEI xmlns='{TEI}' {root_attrs}><teiHeader>{header}</teiHeader>"
            f"<text>{text}</text></TEI>").encode("utf-8")


AWKWARD = {
    "titles.xml": _tei("<fileDesc><titleStmt><title type='sub'>Sub</title><title type='source'>Src</title>"
                       "<title>\tPlain\u00a0title  here </title><title type='main'>  </title></titleStmt>"
                       "<sourceDesc><bibl><date notBefore='1949-01-02' when='1949-01-03'/></bibl></sourceDesc>"
                       "</fileDesc>"),
    "no-title.xml": _tei("<fileDesc><titleStmt/><publicationStmt><date when='not a date'/></publicationStmt>"
                         "</fileDesc>", root_attrs="xml:id='doc-7'"),
    "nothing.xml": _tei("<fileDesc><publicationStmt><date when='2026-11-24'/></publicationStmt></fileDesc>"),
    "dates.xml": _tei("<fileDesc><titleStmt><title type='main'>M</title></titleStmt><sourceDesc><bibl>"
                      "<date when='1949-02-11'/></bibl></sourceDesc></fileDesc><profileDesc><correspDesc>"
                      "<correspAction type='received'><date when='1949-01-01'/></correspAction>"
                      "<correspAction type='sent'><date from='1949-13-01' notBefore='1949-01-09'/></correspAction>"
                      "</correspDesc></profileDesc>",
                      "<body><p><persName ref='#a #b'>A</persName> <placeName ref=' moscow '>M</placeName>"
                      "<note><orgName ref='x#kmt'>K</orgName></note></p></body>"),
    # a part of a month ("late December 1950"): at the month both days say; in order after its last day
    "part-of-month.xml": _tei("<profileDesc><correspDesc><correspAction type='sent'><date notBefore='1950-12-21' "
                              "notAfter='1950-12-31' cert='low'/></correspAction></correspDesc></profileDesc>"),
    "month.xml": _tei("<profileDesc><correspDesc><correspAction type='sent'><date when='1950-12'/></correspAction>"
                      "</correspDesc></profileDesc>"),
    # a letter whose date is not known: its source's date is when it was printed, not sent
    "undated-letter.xml": _tei("<fileDesc><titleStmt><title type='main'>U</title></titleStmt><publicationStmt>"
                               "<date when='2026-11-24'/></publicationStmt><sourceDesc><bibl><date when='1959'/>"
                               "</bibl></sourceDesc></fileDesc><profileDesc><correspDesc><correspAction type='sent'>"
                               "<persName>A</persName></correspAction></correspDesc></profileDesc>"),
    # where it stands in its source: an item numbered with a letter after, and one by its text alone
    "item-12a.xml": _tei("<fileDesc><sourceDesc><bibl><biblScope unit='page'>3</biblScope>"
                         "<biblScope unit='item' n=' 12a '>12a</biblScope></bibl><bibl><biblScope unit='item' n='1'/></bibl>"
                         "</sourceDesc></fileDesc>"),
    "item-text.xml": _tei("<fileDesc><sourceDesc><bibl><biblScope unit='item'>No. 7</biblScope></bibl></sourceDesc></fileDesc>"),
}


@pytest.fixture(scope="module")
def probe(tmp_path_factory):
    path = tmp_path_factory.mktemp("probe") / "probe.xsl"
    path.write_text(PROBE.format(functions=(XSLT_DIR / "common" / "functions.xsl").as_uri()), encoding="utf-8")
    return stylesheet(path)


def _agree(paths: list[Path], probe) -> None:
    for path in paths:
        xslt = json.loads(probe.transform(path, params={"strings": STRINGS}))
        root = etree.parse(str(path)).getroot()
        assert E.title(root) == xslt["title"], path.name
        assert E.doc_date(root) == xslt["date"], path.name
        assert E.sent_order(root) == xslt["order"], path.name
        assert E.source_place(root) == xslt["place"], path.name
        refs = [E.ref_id(el.get("ref")) for t in root.iter(f"{{{TEI}}}text") for el in t.iter() if el.get("ref") is not None]
        assert refs == xslt["refs"], path.name
    assert [E.norm(s) for s in STRINGS] == xslt["norm"]
    assert [E.ref_id(s) for s in STRINGS] == xslt["ref-id"]
    assert [E.safe_target(s) for s in STRINGS] == xslt["safe"]
    assert [is_iso_date(s) for s in STRINGS] == xslt["iso"]


def test_entry_reads_as_the_stylesheet_does(built_tei, tmp_path, probe):
    for name, data in AWKWARD.items():
        (tmp_path / name).write_bytes(data)
    _agree(sorted(built_tei.glob("*.xml")) + sorted(tmp_path.glob("*.xml")), probe)


def test_entry_reads_tei_of_others_as_the_stylesheet_does(probe):
    frus = require(SHARED / "frus", "FRUS TEI written by others is read from ../shared/frus")
    paths = sorted(Path(frus).glob("*.xml"))
    assert paths
    _agree(paths, probe)


def test_awkward_documents_read_as_expected(tmp_path):
    """What the rules give on the awkward documents (so that the comparison above is not one
    of two readings that are both empty)."""
    for name, data in AWKWARD.items():
        (tmp_path / name).write_bytes(data)
    read = {name: etree.parse(str(tmp_path / name)).getroot() for name in AWKWARD}
    assert E.title(read["titles.xml"]) == "Plain\u00a0title here"  # main is blank, sub and source are not titles; a no-break space stays
    assert E.doc_date(read["titles.xml"]) == "1949-01-02"  # attributes in the order written
    assert E.title(read["no-title.xml"]) == "doc-7" and E.doc_date(read["no-title.xml"]) == ""
    assert E.title(read["nothing.xml"]) == "Untitled document" and E.doc_date(read["nothing.xml"]) == "2026-11-24"
    assert E.doc_date(read["dates.xml"]) == "1949-01-09"  # the date sent, its first ISO value
    # an undated letter is undated: not of the year its source was printed, nor of the build
    assert E.doc_date(read["undated-letter.xml"]) == ""
    assert (E.doc_date(read["part-of-month.xml"]), E.sent_order(read["part-of-month.xml"])) == ("1950-12", "1950-12-31~")
    assert (E.doc_date(read["month.xml"]), E.sent_order(read["month.xml"])) == ("1950-12", "1950-12-~")
    assert E.sent_order(read["undated-letter.xml"]) == "9999"
    # the source's numbering as numbers ("12a" after "4"), text as it is, none after every number
    assert [E.source_place(read[n]) for n in ("item-12a.xml", "item-text.xml", "dates.xml")] == ["00000012a", "No. 7", "~"]
    entry, facts = E.entry(read["dates.xml"], "dates.xml")
    assert [(ref, n) for ref, n, _ in facts.mentions] == [("a #b", 1), ("moscow", 1), ("kmt", 1)]


def test_one_line_summary():
    assert E.one_line("Mao agrees.  The talks\tgo on.") == "Mao agrees."
    assert E.one_line("We wait! then we go. Then we stop.") == "We wait! then we go."
    assert E.one_line("Ends here. о Russian lower case. Ещё") == "Ends here. о Russian lower case."  # Cyrillic capital
    long = " ".join(f"w{i}" for i in range(40))
    assert E.one_line(long) == " ".join(f"w{i}" for i in range(30)) + " …"
    assert E.one_line("") == "" and E.one_line("  \n ") == ""


def test_summary_and_source_label_without_an_abstract():
    """Without an abstract the summary is the first paragraph's first sentence, past a line that
    only announces what follows; a volume of collected works is named with its number; an
    archive keeps its authority entry, so that two names of it are one source."""
    from lxml import etree

    header = ("<fileDesc><titleStmt><title>T</title></titleStmt><sourceDesc><bibl><title level='m' ref='#wilson'>"
              "Works</title><biblScope unit='volume' n='18'>18</biblScope></bibl></sourceDesc></fileDesc>")
    body = "<body><p>Pass on to Comrade Mao the following:</p><p n='1'>We agree. The rest.</p></body>"
    entry, _ = E.entry(etree.fromstring(_tei(header, body)), "w.xml")
    assert entry.findtext("summary") == "We agree."
    assert (entry.findtext("source-title"), entry.find("source-title").get("ref")) == ("Works, vol. 18", "wilson")
    entry, _ = E.entry(etree.fromstring(_tei(header, "<body><p>Only this:</p></body>")), "w.xml")
    assert entry.findtext("summary") == "Only this:"


def test_entry_facts(tmp_path):
    """Mentions counted with their name forms (each once, in order), header roles (a
    correspondent before an archive before a source), standOff entities in any namespace."""
    doc = _tei("<fileDesc><titleStmt><title>T</title></titleStmt><sourceDesc><bibl><title level='m'>Book</title>"
               "<orgName ref='#wilson'>W</orgName></bibl><msDesc><msIdentifier><repository ref='#aprf'>A</repository>"
               "</msIdentifier></msDesc></sourceDesc><notesStmt><relatedItem type='witness' target=' a.xml  b.xml#x'/>"
               "</notesStmt></fileDesc><profileDesc><correspDesc><correspAction type='sent'>"
               "<persName ref='#stalin'>Filippov</persName><date when='1949-01-14'/></correspAction>"
               "<correspAction type='received'><persName ref='#mao'>Mao</persName></correspAction>"
               "<correspAction type='transmitted'><persName>Terebin</persName></correspAction>"
               "<correspContext><ref type='next' target='c.xml javascript:x'/></correspContext></correspDesc>"
               "</profileDesc>",
               "<body><p><persName ref='#stalin'>Stalin</persName>, <persName ref='#stalin'>Filippov</persName>, "
               "<persName ref='#stalin'> Stalin </persName>, <orgName ref='#aprf'>the archive</orgName></p></body>")
    doc = doc.replace(b"</text>", b"</text><standOff><listPerson><person xml:id='stalin'/></listPerson>"
                      b"<x:org xmlns:x='urn:other' xml:id='aprf'/><place/></standOff>")
    (tmp_path / "t.xml").write_bytes(doc)
    [(name, entry)], bad = catalogue_chunk([str(tmp_path / "t.xml")])
    assert name == "t.xml" and not bad and isinstance(entry, CatalogueEntry)
    assert (entry.id, entry.date, entry.month) == ("t", "1949-01-14", "1949-01")
    assert entry.witnesses == ("", "a", "b") and entry.exchanges == ("c",)
    x = etree.fromstring(entry.xml)
    assert [(c.tag, c.get("ref"), c.text) for c in x if c.tag in ("sender", "recipient", "via")] == [
        ("sender", "stalin", "Filippov"), ("recipient", "mao", "Mao"), ("via", "", "Terebin")]
    assert x.findtext("source-title") == "Book" and x.get("kind") == "telegram"
    assert entry.mentions == (("stalin", 3, ("Stalin", "Filippov")), ("aprf", 1, ("the archive",)))
    # Terebin has no @ref, so no role; the repository is in the sourceDesc too, but an archive first
    assert entry.roles == (("wilson", "in its source"), ("aprf", "as the archive holding it"),
                           ("stalin", "as correspondent"), ("mao", "as correspondent"))
    assert entry.entities == (("person", "stalin", 0), ("org", "aprf", 1))


def test_a_lists_line_of_a_telegram_without_summary_is_its_first_sentence_as_read():
    """The first sentence, past abbreviations ("Com.", "t.", initials), without the footnotes
    and the editor's descriptions inside it ("... 1 March.The letter is not published." and
    "Tell Com." were shown)."""
    from lxml import etree

    from tei.html.entry import _reading, one_line

    p = etree.fromstring('<p xmlns="http://www.tei-c.org/ns/1.0">Tell Com. Mao Zedong that t. Mikoyan will leave on 1 March.'
                         '<note place="foot" n="1">The letter is not published.</note> He will travel <gap><desc>two words'
                         '</desc></gap> by train.</p>')
    assert one_line(_reading(p)) == "Tell Com. Mao Zedong that t. Mikoyan will leave on 1 March."


@pytest.mark.parametrize("text, normalized", [
    ("Mao Zedong", "Mao Zedong"), (" Mao Zedong ", "Mao Zedong"), ("Mao  Zedong", "Mao Zedong"),
    ("Mao\tZedong\n", "Mao Zedong"), ("\r\n Mao \r Zedong", "Mao Zedong"), ("   ", ""), ("", ""), (None, ""),
    # only XML's four spaces are squashed, as normalize-space() does: a no-break space, a thin
    # space and a form feed stay
    ("Mao\u00a0Zedong", "Mao\u00a0Zedong"), ("\u2009Mao ", "\u2009Mao"), ("a\x0cb", "a\x0cb")])
def test_norm_is_xpath_normalize_space(text, normalized):
    from tei.readings import norm

    assert norm(text) == normalized
    if text is not None:
        from tei.xslt import processor

        xpath = processor().new_xpath_processor()
        xpath.set_parameter("s", processor().make_string_value(text))
        xpath.declare_variable("s")
        assert xpath.evaluate_single("normalize-space($s)").string_value == normalized
