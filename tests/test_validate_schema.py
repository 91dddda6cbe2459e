"""The project XSD: a valid XML Schema (xmlschema), accepting every built document, rejecting
each thing it means to reject, and a strict subset of TEI P5 (what it accepts, tei_all accepts)."""

from __future__ import annotations

import re

import pytest
from lxml import etree

from tei.validate import project_xsd
from tei.validate.schemas import check_xsd, load_grammar

T = "{http://www.tei-c.org/ns/1.0}"
NS = {"tei": T[1:-1]}
BASE = "tg-1949-01-10-stalin-mao-sino-soviet-relations-1959.xml"


@pytest.fixture(scope="module")
def xsd():
    return load_grammar(project_xsd())


@pytest.fixture(scope="module")
def xmlschema_xsd():
    return check_xsd(project_xsd(), load=True)


@pytest.fixture(scope="module")
def tei_all(tei_all_rng):
    return load_grammar(tei_all_rng)


@pytest.fixture
def base(built_tei):
    return etree.parse(str(built_tei / BASE))


def test_the_xsd_is_a_valid_xml_schema(xmlschema_xsd):
    assert xmlschema_xsd.target_namespace == T[1:-1]
    assert [e.local_name for e in xmlschema_xsd.elements.values()] == ["TEI"]


def test_every_built_document_is_valid_against_the_project_xsd_and_tei_all(built_tei, xsd, xmlschema_xsd, tei_all):
    paths = sorted(built_tei.glob("*.xml"))
    assert len(paths) >= 10
    for path in paths:
        tree = etree.parse(str(path))
        assert xsd.validate(tree) == [], path.name
        assert xmlschema_xsd.is_valid(str(path)), path.name  # the two XSD engines agree
        assert tei_all.validate(tree) == [], path.name


def mutate(tree, xpath, action):
    tree = etree.ElementTree(etree.fromstring(etree.tostring(tree)))
    found = tree.getroot().xpath(xpath, namespaces=NS)
    assert found, xpath
    action(found[0])
    return etree.ElementTree(etree.fromstring(etree.tostring(tree)))  # re-parsed: new elements get lines


def set_(attr, value):
    return lambda e: e.set(attr, value)


def drop(e):
    e.getparent().remove(e)


def append(tag, **attrs):
    return lambda e: e.append(etree.Element(tag, attrs))


def move_first_p_after_closer(div):
    p = div.find(T + "p")
    div.remove(p)
    div.find(T + "closer").addnext(p)


# (what, xpath, change): each must be rejected by the project XSD
REJECTED = [
    ("a name form type outside the closed list", "//tei:person/tei:persName", set_("type", "nickname")),
    ("a place type outside the closed list", "//tei:place", set_("type", "village")),
    ("an org type outside the closed list", "//tei:org", set_("type", "club")),
    ("a correspAction type outside the closed list", "//tei:correspAction[@type='received']", set_("type", "forwarded")),
    ("a title type outside the closed list", "//tei:titleStmt/tei:title[@type='source']", set_("type", "alt")),
    ("a bibl note type outside the closed list", "//tei:sourceDesc/tei:bibl/tei:note", set_("type", "remark")),
    ("a day-first date", "//tei:correspAction[@type='sent']/tei:date", set_("when", "10.01.1949")),
    ("a date without leading zeros", "//tei:correspAction[@type='sent']/tei:date", set_("when", "1949-1-10")),
    ("a time without seconds", "//tei:correspAction[@type='sent']/tei:date", set_("when", "1949-01-10T14:00")),
    ("a date with a time zone", "//tei:birth", set_("when", "1878-12-18Z")),
    ("an impossible date", "//tei:text//tei:date", set_("when", "1949-02-30")),
    ("a span end that is not a date", "//tei:text//tei:date", set_("to", "soon")),
    ("a missing sender/recipient block", "//tei:profileDesc/tei:correspDesc", drop),
    ("a correspAction without a person", "//tei:correspAction[@type='sent']/tei:persName", drop),
    ("a missing source description", "//tei:sourceDesc/tei:bibl", drop),
    ("a missing publication date", "//tei:publicationStmt/tei:date", drop),
    ("a missing revisionDesc", "//tei:teiHeader/tei:revisionDesc", drop),
    ("an element TEI has but the converter never writes", "//tei:div", append(T + "figure")),
    ("an element in another namespace", "//tei:div", append("{http://example.org/}note")),
    ("a paragraph after the closer", "//tei:div", move_first_p_after_closer),
    ("an attribute not in the subset", "//tei:text//tei:p", set_("rend", "bold")),
    ("a pointer that is not '#id'", "//tei:text//tei:persName", set_("ref", "stalin")),
    ("a witness link that is not a file name", "//tei:notesStmt/tei:relatedItem", set_("target", "#other")),
    ("a licence that is not a web address", "//tei:licence", set_("target", "cc-by")),
    ("a Wikidata id that is not Q+number", "//tei:idno[@type='wikidata']", lambda e: setattr(e, "text", "855")),
    ("an unknown div type", "//tei:div", set_("type", "chapter")),
]


@pytest.mark.parametrize("what,xpath,change", REJECTED, ids=[r[0] for r in REJECTED])
def test_the_xsd_rejects(base, xsd, xmlschema_xsd, what, xpath, change):
    tree = mutate(base, xpath, change)
    errors = xsd.validate(tree)
    assert errors, f"the XSD accepted {what}"
    assert all(line > 0 for line, _, _ in errors)
    assert not xmlschema_xsd.is_valid(tree), f"xmlschema accepted {what}"


# Things the XSD accepts although the built documents do not show them; tei_all must accept them too.
ACCEPTED = [
    ("a date span", "//tei:text//tei:date[@when]",
     lambda e: (e.attrib.pop("when"), e.set("from", "1949-01-09"), e.set("to", "1949-01-10"))),
    ("a time with seconds", "//tei:correspAction[@type='sent']/tei:date", set_("when", "1949-01-10T14:00:00")),
    ("a year-month date", "//tei:correspAction[@type='sent']/tei:date", set_("when", "1949-01")),
    ("an omission with a description", "//tei:text//tei:p",
     lambda e: e.append(etree.fromstring(f'<gap xmlns="{T[1:-1]}" reason="omitted-in-source" resp="#source-editor">'
                                         "<desc>Details concerning radio stations.</desc></gap>"))),
    ("an illegible passage", "//tei:text//tei:p",
     lambda e: e.append(etree.Element(T + "gap", reason="illegible", resp="#source-editor"))),
    ("a page break between paragraphs", "//tei:div/tei:p", lambda e: e.addnext(etree.Element(T + "pb", n="521"))),
    ("a supplied word", "//tei:text//tei:p",
     lambda e: e.append(etree.fromstring(f'<supplied xmlns="{T[1:-1]}" resp="#source-editor">the</supplied>'))),
    ("a doubt", "//tei:text//tei:p",
     lambda e: e.append(etree.fromstring(f'<certainty xmlns="{T[1:-1]}" cert="low" locus="value" '
                                         'resp="#source-editor"><desc>queried</desc></certainty>'))),
    ("a quoted phrase", "//tei:text//tei:p", lambda e: e.append(etree.Element(T + "q"))),
    ("a cable's markings in the opener", "//tei:div/tei:opener",
     lambda e: [e.insert(0, etree.fromstring(f'<seg xmlns="{T[1:-1]}" type="{kind}">{text}</seg>')) for kind, text in
                [("transmission", 'From Beijing, received <date when="1950-05-13">13.5.1950</date>'),
                 ("number", "CIPHERED TELEGRAM No. 25512"), ("classification", "TOP SECRET")]]),
    ("a transmission note in the closer", "//tei:div/tei:closer",
     lambda e: e.append(etree.fromstring(f'<seg xmlns="{T[1:-1]}" type="transmission">Transmitted '
                                         '<date when="1949-01-10">10 January 1949</date>, 03:35 Moscow time.</seg>'))),
    ("a dateline with its place", "//tei:closer/tei:dateline",
     lambda e: (e.insert(0, etree.fromstring(f'<placeName xmlns="{T[1:-1]}" ref="#moscow">Moscow</placeName>')),
                e[0].__setattr__("tail", ", "))),
    ("a transmitting intermediary", "//tei:correspAction[@type='sent']",
     lambda e: e.addnext(etree.fromstring(f'<correspAction xmlns="{T[1:-1]}" type="transmitted">'
                                          '<persName ref="#mao">Mao</persName></correspAction>'))),
]


@pytest.mark.parametrize("what,xpath,change", ACCEPTED, ids=[a[0] for a in ACCEPTED])
def test_what_the_xsd_accepts_tei_all_accepts(base, xsd, tei_all, what, xpath, change):
    tree = mutate(base, xpath, change)
    assert xsd.validate(tree) == [], what
    assert tei_all.validate(tree) == [], what


def test_frus_excerpts_against_tei_all(tei_all):
    from conftest import SHARED, require

    good = require(SHARED / "frus" / "frus1969-76ve13-excerpt.xml")
    bad = require(SHARED / "frus" / "frus1949v07p1-excerpt.xml")
    assert tei_all.validate(etree.parse(str(good))) == []
    errors = tei_all.validate(etree.parse(str(bad)))
    assert errors and all(line > 0 for line, _, _ in errors)
    assert any("doc-dateTime-min" in message for _, _, message in errors)


# Every phrase-level element the XSD allows, in every container the XSD allows it in (and
# nested one level): whatever the XSD accepts there, tei_all must accept too.
PHRASES = {
    "persName": '<persName ref="#stalin">Stalin</persName>',
    "placeName": '<placeName ref="#moscow">Moscow</placeName>',
    "orgName": '<orgName ref="#ccp">CCP</orgName>',
    "date": '<date when="1949-01-01">1 January</date>',
    "gloss": '<gloss type="identification" resp="#source-editor">Stalin</gloss>',
    "q": "<q>a quoted phrase</q>",
    "supplied": '<supplied resp="#source-editor">the</supplied>',
    "hi": '<hi rend="italic">stressed</hi>',
    "seg": '<seg type="footnote-mark">1</seg>',
    "note": '<note type="source" place="foot" n="1">A footnote.</note>',
    "gap": '<gap reason="illegible" resp="#source-editor"/>',
    "pb": '<pb n="2" type="marker"/>',
    "certainty": '<certainty cert="low" locus="value" resp="#source-editor"><desc>queried</desc></certainty>',
}
CONTAINERS = {"p": "//tei:body//tei:p", "head": "//tei:div/tei:head", "salute": "//tei:salute",
              "signed": "//tei:signed", "item": "//tei:item", "address": "//tei:opener/tei:seg",
              "quote/p": "//tei:quote/tei:p"}
NESTING = [o for o in PHRASES if o not in ("gap", "pb", "certainty", "date", "seg")]


def phrase(name):
    return etree.fromstring(re.sub(r"^<(\w+)", rf'<\1 xmlns="{T[1:-1]}"', PHRASES[name], count=1))


@pytest.mark.parametrize("outer", [None, *NESTING])
def test_phrase_level_subset_of_tei_all(built_tei, xsd, tei_all, outer):
    sources = [etree.parse(str(p)) for p in sorted(built_tei.glob("*.xml"))]
    checked = 0
    for container, xpath in CONTAINERS.items():
        base = next((s for s in sources if s.getroot().xpath(xpath, namespaces=NS)), None)
        if base is None:
            continue
        for child in PHRASES:
            tree = etree.ElementTree(etree.fromstring(etree.tostring(base)))
            target = tree.getroot().xpath(xpath, namespaces=NS)[0]
            if outer:
                target.append(phrase(outer))
                target = target[-1]
            target.append(phrase(child))
            if not xsd.validate(tree):
                checked += 1
                assert tei_all.validate(tree) == [], f"{outer or ''}/{child} in {container}"
    assert checked > 50
