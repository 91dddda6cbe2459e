"""Each Schematron rule and each file-system rule: a document that passes it and one that fails.

The cases start from a real built document and change one thing, so a failure names the rule
that must fire (and the passing case shows the same document is otherwise clean)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from lxml import etree

from tei.validate import ERROR, WARNING, Validator, project_schematron

T = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
NS = {"tei": T[1:-1]}
BASE = "tg-1949-01-10-stalin-mao-sino-soviet-relations-1959"


@pytest.fixture(scope="module")
def validator() -> Validator:
    return Validator()


@pytest.fixture
def corpus(built_tei, tmp_path) -> Path:
    """A private copy of the built documents: the base one is edited, its witnesses stay."""
    folder = tmp_path / "tei"
    shutil.copytree(built_tei, folder)
    return folder


def one(root, xpath):
    found = root.xpath(xpath, namespaces=NS)
    assert found, f"the base document has no {xpath}"
    return found[0]


def el(tag, text=None, **attrs):
    e = etree.Element(T + tag, {k.rstrip("_"): v for k, v in attrs.items()})
    e.text = text
    return e


def check(validator, corpus, mutate=None, name=BASE, save_as=None):
    path = corpus / f"{name}.xml"
    tree = etree.parse(str(path))
    if mutate:
        mutate(tree.getroot())
    target = corpus / (save_as or f"{name}.xml")
    tree.write(str(target), xml_declaration=True, encoding="UTF-8")
    return validator.validate_file(target)


def rules(problems, severity=None):
    return {p.rule for p in problems if severity is None or p.severity == severity}


# ---------------------------------------------------------------- mutations: the failing cases

def set_attr(xpath, attr, value):
    def mutate(root):
        one(root, xpath).set(attr, value)
    return mutate


def set_text(xpath, value):
    def mutate(root):
        one(root, xpath).text = value
    return mutate


def remove(xpath):
    def mutate(root):
        e = one(root, xpath)
        e.getparent().remove(e)
    return mutate


def add_entry(list_tag, entry):
    def mutate(root):
        one(root, f"//tei:{list_tag}").append(entry())
    return mutate


def unresolved_entry(with_note: bool, kind: str = "person", name: str = "Comrade X", **attrs):
    """A provisional entry (a person, or a place: "Tumen River"), mentioned in the salute so
    that it is used; with or without the note that says why it was made."""
    entry_id = "unresolved-" + name.lower().replace(" ", "-")
    name_tag, list_tag = {"person": ("persName", "listPerson"), "place": ("placeName", "listPlace")}[kind]

    def make():
        p = el(kind, cert="low", **attrs)
        p.set(XML_ID, entry_id)
        p.append(el(name_tag, name, type="main"))
        if with_note:
            p.append(el("note", f"Not in the authority file; the text uses the name as a {kind}'s.", type="unresolved"))
        return p

    def mutate(root):
        one(root, f"//tei:{list_tag}").append(make())
        one(root, "//tei:opener/tei:salute").append(el(name_tag, name, ref="#" + entry_id))
    return mutate


def unresolved_office(office: bool):
    """An office the title names without its holder, the telegram's recipient: persName/roleName
    pointing to no entry; a name without a pointer that is no office is an error."""
    def mutate(root):
        received = one(root, "//tei:correspAction[@type='received']/tei:persName")
        del received.attrib["ref"]
        if office:
            received.text = None
            received.append(el("roleName", "Secretary of State", type="office"))
    return mutate


def unknown_recipient(with_note: bool):
    """A telegram whose source names no recipient: the party "Unknown", no pointer; without the
    note type="party" that says why, an error."""
    def mutate(root):
        received = one(root, "//tei:correspAction[@type='received']/tei:persName")
        del received.attrib["ref"]
        received.text = "Unknown"
        if with_note:
            received.addnext(el("note", "The source names no recipient.", type="party"))
    return mutate


def sent_after_received(root):
    sent = one(root, "//tei:correspAction[@type='sent']")
    parent = sent.getparent()
    parent.remove(sent)
    one(root, "//tei:correspAction[@type='received']").addnext(sent)


def sent_date_differs(with_note: bool):
    def mutate(root):
        sent = one(root, "//tei:correspAction[@type='sent']")
        one(sent, "tei:date").set("when", "1949-01-11")
        if with_note:
            sent.append(el("note", "The telegram is dated 10 January 1949 in its dateline; the source gives "
                                   "11 January 1949, the day it was sent.", type="date"))
    return mutate


def add_transmitted_without_person(root):
    one(root, "//tei:correspAction[@type='sent']").addnext(el("correspAction", type="transmitted"))


def duplicate_id(root):
    one(root, "//tei:respStmt[@xml:id='encoder']").set(XML_ID, "stalin")
    for e in root.xpath("//*[@who='#encoder' or @resp='#encoder']"):
        for a in ("who", "resp"):
            if e.get(a) == "#encoder":
                e.set(a, "#stalin")


def retitle(root):
    one(root, "//tei:titleStmt/tei:title[@type='main']").set("type", "source")


def untitle_bibl(root):
    for t in root.xpath("//tei:sourceDesc/tei:bibl/tei:title", namespaces=NS):
        t.getparent().remove(t)


def empty_bibl_note(root):
    one(root, "//tei:sourceDesc/tei:bibl[@type='witness']").append(el("note", " ", type="source"))


def text_date(**attrs):
    def mutate(root):
        d = one(root, "//tei:text//tei:date[@when]")
        for a in ("when", "from", "to"):
            d.attrib.pop(a, None)
        for k, v in attrs.items():
            d.set(k.rstrip("_"), v)
    return mutate


# (rule id, severity, the change that must make it fire)
FAILING = [
    ("tei-id", ERROR, lambda r: (r.set(XML_ID, "x-1949-01-10"), set_text("//tei:idno[@type='edition']", "x-1949-01-10")(r))),
    ("edition-idno", ERROR, set_text("//tei:publicationStmt/tei:idno[@type='edition']", "tg-something-else")),
    ("text-lang", ERROR, set_attr("/tei:TEI/tei:text", XML_LANG, "ru")),
    ("id-unique", ERROR, duplicate_id),
    ("ref-resolves", ERROR, set_attr("//tei:text//tei:persName[@ref]", "ref", "#nobody")),
    ("who-resolves", ERROR, set_attr("//tei:change", "who", "#nobody")),
    ("resp-resolves", ERROR, set_attr("//tei:text//tei:date[@resp]", "resp", "#nobody")),
    ("target-resolves", ERROR, set_attr("//tei:correspContext/tei:ref", "target", "#nowhere")),
    ("person-ref-kind", ERROR, set_attr("//tei:text//tei:persName[@ref]", "ref", "#moscow")),
    ("place-ref-kind", ERROR, set_attr("//tei:text//tei:placeName[@ref]", "ref", "#stalin")),
    ("org-ref-kind", ERROR, set_attr("//tei:text//tei:orgName[@ref]", "ref", "#stalin")),
    ("entry-used", WARNING, add_entry("listPlace", lambda: (lambda p: (p.set(XML_ID, "nowhere"), p.append(
        el("placeName", "Nowhere", type="main")), p)[-1])(el("place", type="city")))),
    ("corresp-sender", ERROR, sent_after_received),
    ("corresp-recipient", ERROR, sent_after_received),
    ("sender-recipient", ERROR, set_attr("//tei:correspAction[@type='received']/tei:persName", "ref", "#stalin")),
    ("sent-date", WARNING, remove("//tei:correspAction[@type='sent']/tei:date")),
    ("sent-date-dateline", ERROR, sent_date_differs(with_note=False)),
    ("corresp-party", ERROR, add_transmitted_without_person),
    ("title-main", ERROR, retitle),
    ("source-bibl", ERROR, untitle_bibl),
    ("bibl-note-text", ERROR, empty_bibl_note),
    ("date-span", ERROR, text_date(from_="1949-01-09")),
    ("date-when-or-span", ERROR, text_date(when="1949-01-09", from_="1949-01-09", to="1949-01-10")),
    ("date-normalized", ERROR, text_date()),
    ("wikidata-id", ERROR, set_text("//tei:person[@xml:id='stalin']/tei:idno", "Q0855")),
    ("unresolved-note", ERROR, unresolved_entry(with_note=False)),
    ("unresolved-person", WARNING, unresolved_entry(with_note=True)),
    ("unresolved-entry-note", ERROR, unresolved_entry(False, "place", "Tumen River", type="river")),
    ("unresolved-entry", WARNING, unresolved_entry(True, "place", "Tumen River", type="river")),
    ("unlinked-party-office", ERROR, unresolved_office(office=False)),
    ("unresolved-office", WARNING, unresolved_office(office=True)),
    ("unknown-party-note", ERROR, unknown_recipient(with_note=False)),
    ("unknown-party", WARNING, unknown_recipient(with_note=True)),
]


def test_every_schematron_rule_has_a_failing_case():
    sch = project_schematron().read_text(encoding="utf-8")
    ids = set(re.findall(r'<(?:assert|report) id="([^"]+)"', sch))
    assert ids == {rule for rule, _, _ in FAILING}


@pytest.mark.parametrize("rule,severity,mutate", FAILING, ids=[c[0] for c in FAILING])
def test_rule_fires(validator, corpus, rule, severity, mutate):
    problems = check(validator, corpus, mutate)
    found = [p for p in problems if p.rule == rule]
    assert found, [str(p) for p in problems]
    assert all(p.severity == severity for p in found)
    assert all(p.line > 0 for p in found), "every rule points at a line"
    assert all(p.message and "[" not in p.message[:1] for p in found)


def test_the_base_document_passes_every_rule(validator, corpus):
    assert check(validator, corpus) == []


def test_all_built_documents_pass(validator, built_tei):
    assert any(built_tei.glob("*.xml"))
    for path in sorted(built_tei.glob("*.xml")):
        assert validator.validate_file(path) == [], path.name


# Passing cases that the base document does not show by itself.
def test_a_differing_sent_date_with_a_note_passes(validator, corpus):
    assert check(validator, corpus, sent_date_differs(with_note=True)) == []


def test_a_provisional_person_with_its_note_is_only_a_warning(validator, corpus):
    problems = check(validator, corpus, unresolved_entry(with_note=True))
    assert rules(problems, ERROR) == set()
    assert rules(problems, WARNING) == {"unresolved-person"}


def test_a_date_span_passes(validator, corpus):
    assert check(validator, corpus, text_date(from_="1949-01-09", to="1949-01-10")) == []


def test_a_wikidata_id_of_any_length_passes(validator, corpus):
    assert check(validator, corpus, set_text("//tei:person[@xml:id='stalin']/tei:idno", "Q123456789")) == []


@pytest.mark.parametrize("value", ["855", "Q", "Q85a", "q855"])
def test_malformed_wikidata_ids_fail(validator, corpus, value):
    assert "wikidata-id" in rules(check(validator, corpus, set_text("//tei:person[@xml:id='stalin']/tei:idno", value)))


# ---------------------------------------------------------------- rules implemented in Python

def test_file_name_must_equal_the_xml_id(validator, corpus):
    problems = check(validator, corpus, save_as="renamed.xml")
    assert rules(problems) == {"file-name"}
    assert BASE in problems[0].message


def test_witness_files_must_exist(validator, corpus):
    root = etree.parse(str(corpus / f"{BASE}.xml")).getroot()
    witness = one(root, "//tei:notesStmt/tei:relatedItem[@type='witness']").get("target")
    (corpus / witness).unlink()
    problems = check(validator, corpus)
    assert rules(problems) == {"witness-file"}
    assert witness in problems[0].message and problems[0].line > 0


def test_other_file_targets_must_exist(validator, corpus):
    root = etree.parse(str(corpus / f"{BASE}.xml")).getroot()
    target = one(root, "//tei:correspContext/tei:ref[@type='next']").get("target").split()[0]
    (corpus / target).unlink()
    assert rules(check(validator, corpus)) == {"target-file"}


def test_web_addresses_are_not_taken_for_files(validator, built_tei, tmp_path):
    # the licence and bibl/ref targets are http(s) addresses; they never become target-file problems
    assert any(built_tei.glob("*.xml"))
    for path in built_tei.glob("*.xml"):
        assert "target-file" not in rules(validator.validate_file(path))


def test_the_schematron_walk_leaves_out_attributes_only_where_no_rule_is_on_one(tmp_path):
    """The compiled Schematron goes from each element to its child elements alone (no rule of the
    project's is on an attribute: visiting them matched nothing); a schema with a rule on an
    attribute keeps the walk over them, and its rule still fires."""
    from tei.validate.schemas import compile_schematron, schematron_stylesheet

    xsl = "{http://www.w3.org/1999/XSL/Transform}"

    def walks(path):
        sheet = schematron_stylesheet(path)
        return {a.get("select") for t in sheet.iter(xsl + "template") if (t.get("mode") or "").startswith("M")
                for a in t.iter(xsl + "apply-templates")}

    assert walks(project_schematron()) == {"*"}
    schema = tmp_path / "on-an-attribute.sch"
    schema.write_text('<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt">'
                      '<ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/><pattern>'
                      '<rule context="tei:date"><assert id="has-when" test="@when">no when</assert></rule>'
                      '<rule context="tei:date/@when"><assert id="day" test="string-length(.) = 10">not a day</assert></rule>'
                      '</pattern></schema>', encoding="utf-8")
    assert all(select.startswith("@*|*") for select in walks(schema))  # (the skeleton's walk, comments too)
    doc = etree.fromstring(f'<TEI xmlns="{T[1:-1]}"><text><date when="1949">1949</date></text></TEI>')
    report = etree.tostring(compile_schematron(schema)(doc)).decode()
    assert 'id="day"' in report and 'id="has-when"' not in report


@pytest.mark.parametrize("match, on_an_attribute", [
    ("@*", True), ("@ref", True), ("tei:date/@when", True), ("tei:div | @n", True), ("attribute::*", True),
    ("node()", True), ("tei:p[@rend]", False), ("tei:date", False), ("*", False)])
def test_a_rule_context_may_match_an_attribute_by_its_last_step(match, on_an_attribute):
    """Whether a rule may be on an attribute (the walk then keeps them) is read from each
    alternative's last step, "@*" alone too; a predicate's attribute is an element's test."""
    from tei.validate.schemas import _may_match_an_attribute

    assert _may_match_an_attribute(match) is on_an_attribute
