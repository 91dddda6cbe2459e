"""Each stage is keyed to the stylesheets it really reads (tei.stylesheets), found by following
xsl:import/xsl:include and the files read by a literal URI: an edit to an HTML-only
stylesheet leaves the print edition up to date, and the other way round (issue 7)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tei import paths
from tei.messages import Report
from tei.stylesheets import digest, files_read

from conftest import SEEDS


def _names(entry: Path) -> set[str]:
    return {p.relative_to(entry.parent.resolve()).as_posix() for p in files_read(entry)}


def test_each_entry_stylesheet_reads_its_own_modules_and_the_shared_ones():
    html, printed = _names(paths.HTML_STYLESHEET), _names(paths.PRINT_STYLESHEET)
    shared = {"common/functions.xsl", "common/family-names.xml"}  # (the second read by doc() in the first)
    assert shared <= html and shared <= printed
    assert {"tei-to-html.xsl", "html/text.xsl", "html/site.xsl", "html/compare.xsl"} <= html
    assert {"tei-to-print.xsl", "print/text.xsl", "print/volume.xsl"} <= printed
    assert not any(name.startswith("print/") for name in html)
    assert not any(name.startswith("html/") for name in printed)


@pytest.fixture()
def stylesheets(tmp_path):
    """A copy of xslt/: (its html entry, its print entry)."""
    folder = tmp_path / "xslt"
    shutil.copytree(paths.XSLT_DIR, folder)
    return folder / paths.HTML_STYLESHEET.name, folder / paths.PRINT_STYLESHEET.name


def _append_comment(path: Path, words: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + f"<!-- {words} -->\n", encoding="utf-8")


def test_an_edit_changes_the_keys_of_the_stylesheets_that_read_the_file(stylesheets):
    html, printed = stylesheets
    folder = html.parent
    keys = lambda: (digest(html), digest(printed))  # noqa: E731
    before = keys()
    _append_comment(folder / "html" / "notes.xsl", "html only")
    after_html = keys()
    assert after_html[0] != before[0] and after_html[1] == before[1]
    _append_comment(folder / "print" / "source.xsl", "print only")
    after_print = keys()
    assert after_print[0] == after_html[0] and after_print[1] != after_html[1]
    for shared in ("common/functions.xsl", "common/family-names.xml"):
        was = keys()
        _append_comment(folder / shared, "shared")
        now = keys()
        assert now[0] != was[0] and now[1] != was[1], shared


def test_a_module_newly_imported_counts_and_a_call_in_a_comment_does_not(stylesheets):
    html, printed = stylesheets
    folder = html.parent
    layout = folder / "html" / "layout.xsl"
    text = layout.read_text(encoding="utf-8")
    quoted = "<!-- doc('html/quoted.xml') is read nowhere -->\n"
    layout.write_text(text.replace("<xsl:stylesheet", quoted + "<xsl:stylesheet", 1), encoding="utf-8")
    assert "html/quoted.xml" not in _names(html)
    extra = folder / "html" / "extra.xsl"
    extra.write_text('<xsl:stylesheet xmlns:xsl="http://www.w3.org/1999/XSL/Transform" version="3.0">'
                     '<xsl:variable name="words" select="unparsed-text(\'words.txt\')"/></xsl:stylesheet>\n',
                     encoding="utf-8")
    (folder / "html" / "words.txt").write_text("one\n", encoding="utf-8")
    before = digest(html)
    start = layout.read_text(encoding="utf-8").index(">", layout.read_text(encoding="utf-8").index("<xsl:stylesheet"))
    edited = layout.read_text(encoding="utf-8")
    layout.write_text(edited[:start + 1] + '\n  <xsl:include href="extra.xsl"/>' + edited[start + 1:], encoding="utf-8")
    assert {"html/extra.xsl", "html/words.txt"} <= _names(html)
    assert "html/extra.xsl" not in _names(printed)
    with_extra = digest(html)
    assert with_extra != before
    (folder / "html" / "words.txt").write_text("two\n", encoding="utf-8")
    assert digest(html) != with_extra


def test_a_stylesheet_edit_reruns_only_the_stages_that_read_it(tmp_path, stylesheets, monkeypatch):
    """tei build after an edit: to an HTML-only stylesheet, html and the deposit run, print
    is up to date (its PDFs untouched); to a print-only one, the reverse; to a shared one, both."""
    import tei.html.pages
    import tei.pdf.render
    from tei.build import build_edition

    html, printed = stylesheets
    for module, entry in ((paths, "HTML_STYLESHEET"), (tei.html.pages, "STYLESHEET")):
        monkeypatch.setattr(module, entry, html)
    for module, entry in ((paths, "PRINT_STYLESHEET"), (tei.pdf.render, "STYLESHEET")):
        monkeypatch.setattr(module, entry, printed)
    out = tmp_path / "out"

    def build() -> list[str]:
        ran: list[str] = []
        assert build_edition(SEEDS, out, None, Report(), jobs=1, ran=ran)
        return ran

    assert build() == ["convert", "validate", "print", "html", "deposit"]
    pdf = out / "print" / "edition.pdf"
    printed_at = pdf.stat().st_mtime_ns
    _append_comment(html.parent / "html" / "meta.xsl", "an html-only edit")
    assert build() == ["html", "deposit"]
    assert pdf.stat().st_mtime_ns == printed_at
    page_at = (out / "html" / "index.html").stat().st_mtime_ns
    _append_comment(printed.parent / "print" / "telegram.xsl", "a print-only edit")
    assert build() == ["print", "deposit"]
    assert (out / "html" / "index.html").stat().st_mtime_ns == page_at
    _append_comment(html.parent / "common" / "functions.xsl", "a shared edit")
    assert build() == ["print", "html", "deposit"]
    assert build() == []


@pytest.mark.parametrize("edited, stages", [("SCHEMA_DIR", {"validate", "deposit"}),
                                            ("SITE_STATIC", {"html", "deposit"}),
                                            ("PRINT_TEMPLATE", {"print", "deposit"})])
def test_each_stage_is_keyed_to_its_own_files(tmp_path, monkeypatch, edited, stages):
    """The schema keys validation, the site's CSS and scripts the html stage, the Typst
    template print; the deposit, which bags all of them, each."""
    from tei.build import BuildContext, inputs_digest

    (tmp_path / "out" / "tei").mkdir(parents=True)
    original = getattr(paths, edited)
    folder = original.parent if original.is_file() else original
    copy = tmp_path / "copy"
    shutil.copytree(folder, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(paths, edited, copy / original.name if original.is_file() else copy)

    def keys() -> dict[str, str]:
        ctx = BuildContext(SEEDS, tmp_path / "out", None, Report())
        return {name: inputs_digest(ctx, name) for name in ("validate", "html", "print", "deposit")}

    before = keys()
    victim = next(p for p in sorted(copy.rglob("*")) if p.is_file() and p.suffix in (".rng", ".xsd", ".sch", ".css", ".typ"))
    victim.write_bytes(victim.read_bytes() + b"\n")
    after = keys()
    assert {name for name in before if before[name] != after[name]} == stages


def test_validation_is_keyed_to_the_schema_folder_it_reads(tmp_path, monkeypatch):
    """TEI_SCHEMA_DIR names the schema validation reads: an edit there makes validate (and
    the deposit, whose key holds validate's) run again; the schema the deposit bags keys it."""
    from tei.build import BuildContext, inputs_digest
    from tei.validate.schemas import project_xsd

    copy = tmp_path / "schema"
    shutil.copytree(paths.SCHEMA_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setenv("TEI_SCHEMA_DIR", str(copy))
    assert project_xsd() == copy / "tei-telegram.xsd"
    (tmp_path / "out" / "tei").mkdir(parents=True)

    def keys() -> dict[str, str]:
        ctx = BuildContext(SEEDS, tmp_path / "out", None, Report())
        return {name: inputs_digest(ctx, name) for name in ("validate", "html", "print", "deposit")}

    before = keys()
    xsd = copy / "tei-telegram.xsd"
    xsd.write_bytes(xsd.read_bytes() + b"\n")
    after = keys()
    assert {name for name in before if before[name] != after[name]} == {"validate", "deposit"}
    bagged = tmp_path / "bagged"
    shutil.copytree(copy, bagged)
    monkeypatch.setattr(paths, "SCHEMA_DIR", bagged)
    with_bagged = keys()
    (bagged / "tei-telegram.sch").write_bytes((bagged / "tei-telegram.sch").read_bytes() + b"\n")
    assert {name for name in after if with_bagged[name] != keys()[name]} == {"deposit"}


def test_the_pdfs_date_keys_print_and_the_deposit(tmp_path, monkeypatch):
    """SOURCE_DATE_EPOCH is the time each PDF carries (tei.pdf.render.timestamp): another
    value prints the volumes again (and bags them again); one of the same day (the TEI's date,
    tei.edition.build_date, the same) leaves the site and validation up to date."""
    from tei.build import BuildContext, inputs_digest

    (tmp_path / "out" / "tei").mkdir(parents=True)

    def keys() -> dict[str, str]:
        ctx = BuildContext(SEEDS, tmp_path / "out", None, Report())
        return {name: inputs_digest(ctx, name) for name in ("validate", "html", "print", "deposit")}

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    first = keys()
    assert keys() == first
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000100")  # (the same day, 2023-11-14)
    second = keys()
    assert {name for name in first if first[name] != second[name]} == {"print", "deposit"}
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    unset = keys()
    assert unset["print"] not in (first["print"], second["print"])
