"""The CMIF file: valid against CMIF v1.1 (RELAX NG and Schematron), one entry per telegram."""

from __future__ import annotations

import re
import subprocess

import pytest
from lxml import etree

from conftest import SHARED, require
from tei.authority import Authority
from tei.deposit.cmif import build_cmif, cut_date, edition_uuid, telegrams, write_cmif
from tei.deposit.documents import read_documents
from tei.deposit.schematron import run_schematron

T = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
WIKIDATA = re.compile(r"http://www\.wikidata\.org/entity/Q\d+")


@pytest.fixture(scope="module")
def cmif_file(built_tei, tmp_path_factory):
    docs, _ = read_documents(built_tei)
    path = tmp_path_factory.mktemp("cmif") / "cmif.xml"
    write_cmif(docs, Authority.load(), "https://example.org/edition/", "A. Editor", "a@example.org", path)
    return path


@pytest.mark.parametrize("count", [None, 1, 0])
def test_written_entry_by_entry_as_the_whole_tree_is(built_tei, tmp_path, count):
    """write_cmif streams the entries; the file is the one the whole tree, indented, gives."""
    docs, _ = read_documents(built_tei)
    docs = docs[:count] if count is not None else docs
    args = (docs, Authority.load(), "https://example.org/edition/", "A. Editor", "a@example.org")
    tree = build_cmif(*args)
    etree.indent(tree, space="  ")
    tree.write(str(tmp_path / "whole.xml"), encoding="UTF-8", xml_declaration=True, pretty_print=True)
    write_cmif(*args, tmp_path / "streamed.xml")
    assert (tmp_path / "streamed.xml").read_bytes() == (tmp_path / "whole.xml").read_bytes()
    assert len(etree.parse(str(tmp_path / "streamed.xml")).findall(f".//{T}correspDesc")) == len(telegrams(docs))


def test_valid_against_cmif_relax_ng(cmif_file):
    rng = require(SHARED / "cmif" / "cmi-customization.rng", "the CMIF schema is read from ../shared/cmif")
    schema = etree.RelaxNG(etree.parse(str(rng)))
    assert schema.validate(etree.parse(str(cmif_file))), [str(e) for e in schema.error_log]


def test_valid_against_cmif_relax_ng_with_jing(cmif_file):
    rng = require(SHARED / "cmif" / "cmi-customization.rng", "the CMIF schema is read from ../shared/cmif")
    jing = require("jing")
    run = subprocess.run([jing, str(rng), str(cmif_file)], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_schematron_finds_nothing(cmif_file):
    sch = require(SHARED / "cmif" / "cmif.sch", "the CMIF Schematron is read from ../shared/cmif")
    assert [str(f) for f in run_schematron(sch, cmif_file)] == []


def test_schematron_runner_catches_what_cmif_sch_forbids(cmif_file, tmp_path):
    """The runner is no rubber stamp: a missing receiver, a dateless date, a wrong @source are caught."""
    sch = require(SHARED / "cmif" / "cmif.sch", "the CMIF Schematron is read from ../shared/cmif")
    tree = etree.parse(str(cmif_file))
    first, second, third = list(tree.iterfind(f".//{T}correspDesc"))[:3]
    first.remove(first.find(f"{T}correspAction[@type='received']"))
    date = second.find(f".//{T}date")
    del date.attrib["when"]
    third.set("source", "#not-a-bibl")
    bad = tmp_path / "bad.xml"
    tree.write(str(bad))
    codes = sorted(re.search(r"\[(\w+)\]", f.text).group(1) for f in run_schematron(sch, bad))
    assert codes == ["E0002", "E0003", "E0004"]


def test_one_entry_per_telegram_witnesses_merged(built_tei, cmif_file):
    docs, _ = read_documents(built_tei)
    groups = telegrams(docs)
    assert len(docs) == 10 and len(groups) == 8
    merged = sorted(tuple(d.id for d in g) for g in groups if len(g) > 1)
    assert merged == [("tg-1949-01-10-stalin-mao-sino-soviet-relations-1959", "tg-1949-01-10-stalin-mao-stalin-works-18"),
                      ("tg-1949-01-13-mao-stalin-sino-soviet-relations-1959", "tg-1949-01-13-mao-stalin-wilson-center-112663")]
    entries = etree.parse(str(cmif_file)).findall(f".//{T}correspDesc")
    assert [e.get("key") for e in entries] == [g[0].id for g in groups]


def test_entries_point_to_the_editions_bibl(cmif_file):
    tree = etree.parse(str(cmif_file))
    bibls = tree.findall(f".//{T}sourceDesc/{T}bibl")
    assert len(bibls) == 1 and bibls[0].get("type") == "online"
    uuid = bibls[0].get(XML_ID)
    assert uuid == edition_uuid("https://example.org/edition/")  # static: the same on every build
    assert re.fullmatch(r"[a-f][0-9a-f]{7}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", uuid)
    assert {e.get("source") for e in tree.iterfind(f".//{T}correspDesc")} == {"#" + uuid}
    assert tree.find(f".//{T}publicationStmt/{T}idno[@type='url']").text == "https://example.org/edition/cmif.xml"
    assert tree.find(f".//{T}licence").get("target") == "https://creativecommons.org/licenses/by/4.0/"


def test_persons_carry_authority_uris_where_known(cmif_file):
    tree = etree.parse(str(cmif_file))
    refs = {p.text: p.get("ref") for p in tree.iterfind(f".//{T}correspAction/{T}persName")}
    assert refs["Joseph Stalin"] == "http://www.wikidata.org/entity/Q855"
    assert refs["Mao Zedong"] == "http://www.wikidata.org/entity/Q5816"
    assert refs["Anastas Mikoyan"] is None  # no verified identifier in the authority file: name only
    assert all(r is None or WIKIDATA.fullmatch(r) for r in refs.values())


def test_only_sent_and_received_and_interchange_dates(cmif_file):
    tree = etree.parse(str(cmif_file))
    assert {a.get("type") for a in tree.iterfind(f".//{T}correspAction")} == {"sent", "received"}
    dates = [d.get("when") for d in tree.iterfind(f".//{T}correspAction/{T}date")]
    assert "1949-02" in dates and all(re.fullmatch(r"\d{4}(-\d\d){0,2}", d) for d in dates)
    assert all(not (d.text or "").strip() for d in tree.iterfind(f".//{T}correspAction/{T}date"))


@pytest.mark.parametrize("value, cut", [
    ("1949-01-10", "1949-01-10"), ("1949-01", "1949-01"), ("1949", "1949"),
    ("1949-01-10T14:00:00+03:00", "1949-01-10"), ("--01-10", ""), ("1949-13", "1949"), ("", ""),
])
def test_dates_are_cut_to_what_cmif_accepts(value, cut):
    assert cut_date(value) == cut


def test_correspsearch_checker_only_warns_about_wikidata(cmif_file):
    """correspSearch's own checker accepts the file; its one complaint is the authority system:
    Wikidata is not among GND, VIAF, LC, BnF and NDL (the authority file holds only Wikidata ids)."""
    sch = require(SHARED / "cmif" / "cmif-correspsearch-check.sch", "correspSearch's checker is in ../shared/cmif")
    complaints = {" ".join(f.text.split())[:7] for f in run_schematron(sch, cmif_file)}
    assert complaints <= {"[W0000]"}


@pytest.mark.parametrize("idnos, uri", [
    ([("wikidata", "Q855")], "http://www.wikidata.org/entity/Q855"),
    ([("wikidata", "Q855"), ("viaf", "101787139")], "http://viaf.org/viaf/101787139"),
    ([("geonames", "524901")], "http://www.geonames.org/524901"),
    ([("other", "x")], ""),
    ([], ""),
])
def test_authority_uri_prefers_what_correspsearch_supports(idnos, uri):
    from tei.deposit.cmif import authority_uri

    entry = etree.Element(f"{T}person")
    for kind, value in idnos:
        etree.SubElement(entry, f"{T}idno", type=kind).text = value
    assert authority_uri(entry) == uri
