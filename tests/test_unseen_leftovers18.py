"""Round eighteen's leftovers, found on real pages: our own writing, each with a source of ours in
the real page's layout (or a telegram of an earlier round's where the form was there already)."""

from __future__ import annotations

import re

import pytest
from lxml import etree

from source_helpers import SOURCES, T, convert_one, lines, parties, text
from tei.messages import Report


# --- a completion the source prints in parentheses keeps them -----------------------------------------

COMPLETED = "wilson-new-site-mao-huang-su-1954-05-02-addressees-completed-in-brackets-wengao.txt"


def test_a_completion_in_parentheses_is_supplied_in_parentheses_in_the_tei_html_and_print(tmp_path):
    """"Huang (Kecheng) and Su (Yu):": the editor's completions supplied with rend="parentheses";
    the HTML and the print edition print the source's parentheses (both had printed "[Kecheng]").
    A completion in square brackets has no rend and keeps its brackets."""
    from lxml import html as lxml_html

    from tei.html import STYLESHEET
    from tei.pdf.render import typst_source
    from tei.pdf.volume import load
    from tei.validate import run
    from tei.xslt import transform

    out = tmp_path / "tei"
    page = (SOURCES / COMPLETED).read_text(encoding="utf-8")
    assert "Huang (Kecheng) and Su (Yu):" in page
    source = tmp_path / "page.txt"
    # (a square bracket's completion in the text beside them)
    source.write_text(page.replace("(1) Wei Guoqing's plan", "(1) Peng [Dehuai] agreed to Wei Guoqing's plan"),
                      encoding="utf-8")
    from tei.convert import convert_sources

    convert_sources([source], out, report=Report())
    [path] = out.glob("*.xml")
    root = etree.parse(str(path)).getroot()
    supplied = [(s.text, s.get("rend")) for s in root.find(f".//{T}body").iter(f"{T}supplied")]
    assert supplied == [("Kecheng", "parentheses"), ("Yu", "parentheses"), ("Dehuai", None)]
    assert run([out]).ok  # (the schema and the Schematron allow the rend)

    body = lxml_html.fromstring(transform(STYLESHEET, xml_text=path.read_text(encoding="utf-8")))
    shown = [re.sub(r"\s+", " ", s.text_content()) for s in body.xpath("//span[contains(@class, 'supplied')]")]
    assert shown == ["(Kecheng)", "(Yu)", "[Dehuai]"]

    typst = typst_source(load([path], Report()), "a5", False)
    assert '[#"Huang "#"("#"Kecheng"#")"]' in typst and '[#"Su "#"("#"Yu"#")"]' in typst
    assert '[#"Peng "#supplied[#"Dehuai"]]' in typst


# --- the id-uniquing loop is linear in the duplicates of one id -----------------------------------------

class _CountingSet(set):
    """A set that counts the membership tests made of it."""
    tests = 0

    def __contains__(self, key):
        type(self).tests += 1
        return super().__contains__(key)


def _reference_unique(item_id: str, extra: str, taken: set[str]) -> str:
    """The id as _unique gave it before (tried "-2", "-3", ... from the start each time)."""
    if item_id not in taken:
        return item_id
    doc_id, n = f"{item_id}-{extra}", 2
    while doc_id in taken:
        doc_id, n = f"{item_id}-{extra}-{n}", n + 1
    return doc_id


def test_many_telegrams_with_one_id_are_made_unique_in_linear_time_with_the_same_ids():
    """k telegrams with one id and one telegram number tried "-2", "-3", ... from "-2" each time
    (k*k/2 tests); now each base remembers where it stopped: the ids the same, in about 3k tests.
    Ids already taken by other telegrams ("x-7-4") are still skipped."""
    from types import SimpleNamespace

    from tei.convert import _unique

    items = [SimpleNamespace(id="x", extra_key="7") for _ in range(600)]
    items[2:2] = [SimpleNamespace(id="x-7-4", extra_key="1"), SimpleNamespace(id="y", extra_key="7")]
    expected, reference_taken = [], set()
    for item in items:
        expected.append(_reference_unique(item.id, item.extra_key, reference_taken))
        reference_taken.add(expected[-1])
    _CountingSet.tests = 0
    taken, next_n, made = _CountingSet(), {}, []
    for item in items:
        made.append(_unique(item, taken, next_n))
        taken.add(made[-1])
    assert made == expected and len(set(made)) == len(made)
    assert made[:6] == ["x", "x-7", "x-7-4", "y", "x-7-2", "x-7-3"] and made[6] == "x-7-5"
    assert _CountingSet.tests < 4 * len(items), _CountingSet.tests


# --- a ministry's registry stamp with its number, above or below the text ------------------------------

REGISTRY = "wilson-panyushkin-vyshinsky-1952-03-11-ministry-registry-stamps-special-n-above-and-below.txt"


def test_the_ministrys_registry_stamps_are_number_lines_of_the_opener_and_closer(tmp_path):
    """"Ministry of Foreign Affairs of the USSR Special N1475" over the form's lines and "MFA USSR
    Special N 1480" under the signature: the form's number lines (they had been paragraphs of the
    text, and the one above it had kept the opener, the dateline and the address from being read)."""
    root = convert_one(tmp_path, REGISTRY)
    div = root.find(f".//{T}body/{T}div")
    assert lines(div.find(f"{T}opener")) == [
        ("number", "Ministry of Foreign Affairs of the USSR Special N1475"), ("classification", "Top Secret"),
        ("dateline", "Beijing, 10 March 1952"), ("address", "To Comrade VYSHINSKY")]
    assert lines(div.find(f"{T}closer")) == [("signed", "PANYUSHKIN"), ("number", "MFA USSR Special N 1480")]
    assert [text(p) for p in div.findall(f"{T}p")][-1] == "I ask for your instructions."
    assert parties(root) == [("sent", "#panyushkin"), ("received", "#vyshinsky")]


@pytest.mark.parametrize("line, kind", [
    ("MFA USSR Special N1475", "number"), ("MID SSSR Spets. N 327", "number"), ("USSR MFA Outgoing N 22/s", "number"),
    ("Ministry of Foreign Affairs of the Soviet Union, Special No. 12", "number"), ("Special N1475", "number"),
    ("MFA USSR", "classification"),
    # no number: no registry's line
    ("MFA USSR Special", None), ("Ministry of Foreign Affairs of the USSR", None),
    ("MFA USSR informed the embassy of N 12", None)])
def test_a_registry_stamps_line(line, kind):
    from tei.transforms.structure.lines import cable_line

    assert cable_line(line) == kind
