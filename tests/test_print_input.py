"""Input the edition did not write (FRUS TEI) prints without losing text; bad input is named
with the reason, never a traceback, and never replaces a good PDF with a broken one."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from lxml import etree

from conftest import SHARED, require
from print_helpers import dehyphenate, join_hyphens, pdf_text
from tei.messages import Report
from tei.pdf import print_volume
from tei.pdf.render import TypesetError, compile_pdf

TOKEN = re.compile(r"\d+|[^\W\d_]+")
FRUS = ["frus1949v07p1-excerpt.xml", "frus1969-76ve13-excerpt.xml"]


def tokens(text: str) -> Counter:
    return Counter(TOKEN.findall(join_hyphens(dehyphenate(text))))


@pytest.mark.parametrize("name", FRUS)
def test_frus_prints_without_losing_text(name, tmp_path):
    src = require(SHARED / "frus" / name, "FRUS TEI samples are read from ../shared/frus")
    require("pdftotext", "the PDF's text is read with poppler-utils")
    pdf = tmp_path / "frus.pdf"
    report = Report()
    assert print_volume([src], pdf, report), [str(m) for m in report.messages]
    text = etree.parse(str(src)).getroot().find("{http://www.tei-c.org/ns/1.0}text")
    expected = tokens(" ".join(text.xpath(".//text()")))
    raw = pdf_text(pdf)
    printed = tokens(raw)
    missing = expected - printed
    # a word hyphenated where its line is the last of a page continues after the running head
    missing = {w: n for w, n in missing.items()
               if not any(w[:k] + "\u00ad" in raw and w[k:] in printed for k in range(2, len(w) - 1))}
    # pdftotext glues a footnote's number to the number that starts the note (2 + 851 -> 2851),
    # and a footnote's mark to the number it follows (Jul 14 + 8 -> 148)
    glued = [t for t in printed if t.isdigit()]
    missing = {w: n for w, n in missing.items()
               if not (w.isdigit() and any((g.endswith(w) or g.startswith(w)) and g != w for g in glued))}
    assert not missing, f"words of {name} missing from the PDF: {sorted(missing)[:20]}"


def test_frus_volume_with_telegrams(built_tei, tmp_path):
    frus = require(SHARED / "frus" / FRUS[1], "FRUS TEI samples are read from ../shared/frus")
    files = sorted(built_tei.glob("*.xml")) + [Path(frus)]
    report = Report()
    assert print_volume(files, tmp_path / "mixed.pdf", report), [str(m) for m in report.messages]


def test_bad_document_named_and_left_out(built_tei, tmp_path):
    bad = tmp_path / "broken.xml"
    bad.write_text("<TEI xmlns='http://www.tei-c.org/ns/1.0'><text>unclosed</TEI>", encoding="utf-8")
    other = tmp_path / "other.xml"
    other.write_text("<html/>", encoding="utf-8")
    pdf = tmp_path / "v.pdf"
    report = Report()
    ok = print_volume(sorted(built_tei.glob("*.xml"))[:2] + [bad, other], pdf, report)
    assert not ok
    errors = {m.file: m.text for m in report.messages if m.level == "error"}
    assert "not well-formed" in errors[str(bad)]
    assert "not a TEI document" in errors[str(other)]
    assert pdf.exists(), "the documents that could be read are still printed"


def test_a_document_declaring_entities_is_named_and_left_out(built_tei, tmp_path):
    """A DOCTYPE with entities (or a DTD file) is refused as the HTML edition refuses it; the
    stylesheet said only that an entity 'was referenced, but not declared'."""
    good = sorted(built_tei.glob("*.xml"))[:2]
    text = good[0].read_text(encoding="utf-8")
    text = re.sub(r"^<\?xml[^>]*\?>\s*", "", text)
    text = '<!DOCTYPE TEI [<!ENTITY place "Moscow">]>\n' + re.sub(r"(<p[ >][^<]*)", r"\1 &place;", text, count=1)
    declaring = tmp_path / "declaring.xml"
    declaring.write_text(text, encoding="utf-8")
    pdf = tmp_path / "v.pdf"
    report = Report()
    assert not print_volume(good[1:] + [declaring], pdf, report)
    errors = [m for m in report.messages if m.level == "error"]
    assert [(m.file, m.code) for m in errors] == [(str(declaring), "print-dtd")], errors
    assert "DOCTYPE declaring a DTD file or entities: remove it" in errors[0].text
    assert pdf.exists()  # the other document printed


def test_failed_run_keeps_the_old_pdf(tmp_path):
    bad = tmp_path / "broken.xml"
    bad.write_text("not xml", encoding="utf-8")
    pdf = tmp_path / "v.pdf"
    pdf.write_bytes(b"%PDF- the last good one")
    assert not print_volume([bad], pdf, Report())
    assert pdf.read_bytes() == b"%PDF- the last good one"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_typst_error_is_a_message_not_a_traceback():
    with pytest.raises(TypesetError) as info:
        compile_pdf("#let x = (", 0)
    assert "edition.typ" in str(info.value) and "Traceback" not in str(info.value)


def test_cli_reports_bad_input_with_exit_code(tmp_path):
    bad = tmp_path / "broken.xml"
    bad.write_text("<TEI", encoding="utf-8")
    run = subprocess.run([sys.executable, "-c", "from tei.cli import main; main()", "print", str(bad), "--out", str(tmp_path / "x.pdf")],
                         capture_output=True, text=True)
    assert run.returncode == 1
    assert "broken.xml" in run.stderr and "not well-formed" in run.stderr
    assert "Traceback" not in run.stderr


def test_cli_says_a_run_that_printed_nothing_left_the_last_pdf(tmp_path):
    """A run whose every document fails leaves the last PDF: it said 'printed without the
    documents named above', as if it had printed the others."""
    from click.testing import CliRunner

    from tei.cli import main

    bad = tmp_path / "broken.xml"
    bad.write_text("not xml", encoding="utf-8")
    pdf = tmp_path / "v.pdf"
    pdf.write_bytes(b"%PDF- the last good one")
    result = CliRunner().invoke(main, ["print", str(bad), "--out", str(pdf)])
    assert result.exit_code == 1
    assert "printed without" not in result.output
    assert f"{pdf}: nothing printed (errors above): the last PDF was left as it was" in result.output
    assert pdf.read_bytes() == b"%PDF- the last good one"


def test_cli_one_file_prints_alone(built_tei, tmp_path):
    one = sorted(built_tei.glob("*.xml"))[0]
    pdf = tmp_path / "one.pdf"
    run = subprocess.run([sys.executable, "-c", "from tei.cli import main; main()", "print", str(one), "--out", str(pdf), "--paper", "a4"],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    text = pdf_text(pdf)
    assert "Index of persons" not in text and "Contents" not in text and not re.search(r"^No\. 1\. \w", text, re.M)
    assert re.search(r"^\w[\w ]* → [\w ]+, \d+ \w+ 1949$", text, re.M), "the telegram's heading"


def test_document_typst_cannot_set_is_named_and_left_out(built_tei, tmp_path, monkeypatch):
    import tei.pdf.render as render

    good = sorted(built_tei.glob("*.xml"))[:2]
    poison = tmp_path / "poison.xml"
    text = re.sub(r'(<div type="telegram"[^>]*>)', r"\1<p>POISON</p>", good[0].read_text(encoding="utf-8"), count=1)
    poison.write_text(text, encoding="utf-8")
    real = render.compile_pdf

    def failing(source, epoch, pdf_a=True):
        if "POISON" in source:
            raise TypesetError("unknown font (edition.typ:1:1)")
        return real(source, epoch, pdf_a)

    monkeypatch.setattr(render, "compile_pdf", failing)
    pdf = tmp_path / "v.pdf"
    report = Report()
    assert not print_volume(good + [poison], pdf, report)
    errors = [m for m in report.messages if m.level == "error"]
    assert [m.file for m in errors] == [str(poison)]
    assert "cannot be typeset" in errors[0].text and "unknown font" in errors[0].text
    assert pdf.exists() and "POISON" not in pdf_text(pdf)
