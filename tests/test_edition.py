"""The edition's name and publisher from an edition file: every output states them, worker
processes too, and a build under another edition makes everything again."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner
from lxml import etree

from tei import edition
from tei.cli import main

from conftest import ROOT, SEEDS

T = "{http://www.tei-c.org/ns/1.0}"
KOREA = 'name = "The Korean War Cables"\npublisher = "The Korean War Cables project, Example University"\n'


@pytest.fixture(autouse=True)
def default_edition():
    """Each test starts and ends with the default edition (the choice lives in os.environ)."""
    edition.use(None)
    yield
    edition.use(None)


@pytest.mark.parametrize("text, says", [
    ('name = "X"\ntitle = "Y"\n', "unknown key title: an edition file may give name, publisher"),
    ('name = X\n', "not a TOML file"),
    ('name = 3\n', 'name must be a text in quotes, not empty: name = "..."'),
    ('publisher = "  "\n', "publisher must be a text in quotes, not empty"),
])
def test_a_bad_edition_file_is_a_usage_error_that_says_what_is_wrong(tmp_path, text, says):
    bad = tmp_path / "edition.toml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(edition.EditionFileError, match=str(bad).replace("\\", "\\\\")):
        edition.read(bad)
    result = CliRunner().invoke(main, ["convert", str(SEEDS), "--out", str(tmp_path / "tei"), "--edition", str(bad)])
    assert result.exit_code == 2 and says in result.output and "Traceback" not in result.output
    assert not (tmp_path / "tei").exists()
    assert edition.current() == edition.Edition()  # nothing changed


def test_a_bad_edition_file_in_the_sources_folder_is_named_as_such(tmp_path):
    """tei build finds edition.toml beside the sources: a bad one is a usage error naming that
    file, not an '--edition' the user did not give."""
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    (seeds / "edition.toml").write_text("name = X\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--seeds", str(seeds), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert f"{seeds / 'edition.toml'}: not a TOML file" in result.output
    assert "the edition file in the sources' folder" in result.output and "'--edition'" not in result.output
    assert not (tmp_path / "out").exists()


def test_missing_edition_file_in_a_process():
    run = subprocess.run([sys.executable, "-m", "tei", "convert", str(SEEDS), "--out", "/nonexistent/x",
                          "--edition", "no-such-edition.toml"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert run.returncode == 2 and "no-such-edition.toml: cannot be read" in run.stderr
    assert "Traceback" not in run.stderr


def test_build_states_the_edition_file_beside_the_sources_everywhere(tmp_path):
    seeds, out = tmp_path / "seeds", tmp_path / "out"
    shutil.copytree(SEEDS, seeds)
    (seeds / "edition.toml").write_text(KOREA, encoding="utf-8")
    args = ["build", "--seeds", str(seeds), "--out", str(out), "-j", "1"]
    assert CliRunner().invoke(main, args).exit_code == 0
    files = sorted((out / "tei").glob("*.xml"))
    assert len(files) == 10  # the edition file is not a source
    for f in files:
        assert etree.parse(str(f)).findtext(f".//{T}publicationStmt/{T}publisher") == \
            "The Korean War Cables project, Example University"
    home = (out / "html" / "index.html").read_text(encoding="utf-8")
    assert "<title>Telegrams — The Korean War Cables, January–February 1949</title>" in home
    assert "Stalin–Mao Telegrams" not in home
    corpus = etree.parse(str(out / "deposit" / "data" / "corpus.xml"))
    # the deposit names the edition with its months, as the HTML and print editions do
    assert corpus.findtext(f"{T}teiHeader//{T}title[@type='main']") == "The Korean War Cables, January–February 1949"
    cmif = (out / "deposit" / "data" / "cmif.xml").read_text(encoding="utf-8")
    assert "Correspondence metadata of The Korean War Cables, January–February 1949" in cmif
    assert "Stalin–Mao" not in cmif
    info = (out / "deposit" / "bag-info.txt").read_text(encoding="utf-8")
    assert "Source-Organization: The Korean War Cables project" in info
    assert "External-Description: The Korean War Cables, January–February 1949: 10 TEI P5 documents" in info
    typ = (out / "print" / "edition.typ").read_text(encoding="utf-8")
    assert 'title: "The Korean War Cables"' in typ and 'author: "The Korean War Cables project' in typ
    # the file taken away: the next build is the default edition's again, not "up to date"
    (seeds / "edition.toml").unlink()
    again = CliRunner().invoke(main, args)
    assert again.exit_code == 0 and "up to date" not in again.output
    assert etree.parse(str(files[0])).findtext(f".//{T}publicationStmt/{T}publisher") == edition.Edition().publisher
    assert "The Stalin–Mao Telegrams, January–February 1949" in (out / "html" / "index.html").read_text(encoding="utf-8")


def test_worker_processes_state_the_same_edition(tmp_path):
    """Converted in two spawned workers (the publisher is written there) and rendered in two."""
    ed = tmp_path / "mine.toml"
    ed.write_text(KOREA, encoding="utf-8")
    tei, site = tmp_path / "tei", tmp_path / "site"
    for args in (["convert", str(SEEDS), "--out", str(tei), "-j", "2"],
                 ["html", str(tei), "--out", str(site), "-j", "2", "--no-search"]):
        run = subprocess.run([sys.executable, "-m", "tei", *args, "--edition", str(ed)], capture_output=True,
                             text=True, cwd=ROOT, timeout=300)
        assert run.returncode == 0, run.stderr
    assert {etree.parse(str(f)).findtext(f".//{T}publicationStmt/{T}publisher") for f in tei.glob("*.xml")} == {
        "The Korean War Cables project, Example University"}
    pages = list(site.glob("tg-*.html"))
    assert len(pages) == 10
    assert all("— The Korean War Cables, January–February 1949</title>" in p.read_text(encoding="utf-8") for p in pages)


@pytest.mark.parametrize("first, last, span", [
    ("1949-01-06", "1949-02", "January–February 1949"), ("1949-12-30", "1950-01-02", "December 1949 – January 1950"),
    ("1949-01-01", "1949-01-31", "January 1949"), ("", "", ""), ("1949", "1950", ""),
])
def test_month_span_as_the_stylesheets_give_it(first, last, span):
    """tei.dates.month_span (the deposit's title) agrees with f:month-span (the HTML and print
    editions')."""
    from saxonche import PySaxonProcessor

    from tei.dates import month_span
    from tei.paths import XSLT_DIR

    assert month_span(first, last) == span
    exe = PySaxonProcessor(license=False).new_xslt30_processor().compile_stylesheet(stylesheet_text=f"""<xsl:stylesheet version="3.0"
        xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:f="urn:tei-telegrams:functions">
      <xsl:import href="{(XSLT_DIR / 'common' / 'functions.xsl').as_uri()}"/>
      <xsl:template name="xsl:initial-template"><xsl:value-of select="f:month-span('{first}', '{last}')"/></xsl:template>
    </xsl:stylesheet>""")
    assert exe.call_template_returning_string().removeprefix('<?xml version="1.0" encoding="UTF-8"?>') == span


def test_the_deposit_reads_a_telegrams_date_as_the_html_catalogue_does(built_tei):
    """The deposit's title spans the months the HTML edition's does: the date sent it reads
    (tei.readings, without loading the HTML package and its XSLT runtime) agrees with the
    catalogue's."""
    from tei.html.entry import doc_date
    from tei.readings import sent_date

    for path in sorted(built_tei.glob("*.xml")):
        root = etree.parse(str(path)).getroot()
        assert sent_date(root) == doc_date(root) != "", path.name
    run = subprocess.run([sys.executable, "-c", "import sys, tei.deposit; print('saxonche' in sys.modules)"],
                         capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert run.stdout.strip() == "False", run.stderr


def test_outputs_made_from_the_documents_alone_name_their_edition(tmp_path):
    """Each TEI file names its edition (fileDesc/seriesStmt): a site, a print edition and a
    deposit made from the files without --edition name the edition the files were made for."""
    ed = tmp_path / "mine.toml"
    ed.write_text(KOREA, encoding="utf-8")
    tei = tmp_path / "tei"
    assert CliRunner().invoke(main, ["convert", str(SEEDS), "--out", str(tei), "--edition", str(ed)]).exit_code == 0
    root = etree.parse(str(next(tei.glob("*.xml")))).getroot()
    assert root.findtext(f".//{T}fileDesc/{T}seriesStmt/{T}title[@level='s']") == "The Korean War Cables"
    runner = CliRunner()
    assert runner.invoke(main, ["html", str(tei), "--out", str(tmp_path / "site"), "--no-search", "-j", "1"]).exit_code == 0
    assert "<title>Telegrams — The Korean War Cables, January–February 1949</title>" in \
        (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    pdf = tmp_path / "print" / "edition.pdf"
    assert runner.invoke(main, ["print", str(tei), "--out", str(pdf)]).exit_code == 0
    assert 'title: "The Korean War Cables"' in pdf.with_suffix(".typ").read_text(encoding="utf-8")
    result = runner.invoke(main, ["deposit", str(tei), "--out", str(tmp_path / "bag")])
    assert result.exit_code == 0, result.output
    corpus = etree.parse(str(tmp_path / "bag" / "data" / "corpus.xml"))
    assert corpus.findtext(f"{T}teiHeader//{T}title[@type='main']") == "The Korean War Cables, January–February 1949"
    # and its publisher, as the print edition does (it stated the default one's)
    korea = "The Korean War Cables project, Example University"
    assert corpus.findtext(f"{T}teiHeader//{T}publicationStmt/{T}publisher") == korea
    cmif = etree.parse(str(tmp_path / "bag" / "data" / "cmif.xml"))
    assert cmif.findtext(f"{T}teiHeader//{T}publicationStmt/{T}publisher/{T}ref") == korea
    assert f"Source-Organization: {korea}\n" in (tmp_path / "bag" / "bag-info.txt").read_text(encoding="utf-8")
    assert f"Published by {korea}." in pdf.with_suffix(".typ").read_text(encoding="utf-8")
    # an edition file given names the edition, whatever the files say
    other = tmp_path / "other.toml"
    other.write_text('name = "Other"\n', encoding="utf-8")
    assert runner.invoke(main, ["html", str(tei), "--out", str(tmp_path / "site2"), "--no-search", "-j", "1",
                                "--edition", str(other)]).exit_code == 0
    assert "<title>Telegrams — Other, January–February 1949</title>" in \
        (tmp_path / "site2" / "index.html").read_text(encoding="utf-8")
