"""`tei validate`: formats parsed back, exit codes, bad input, --schema, --strict, the build stage."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from tei.cli import main
from tei.validate import engine, run
from tei.validate.loading import read_document

T = "{http://www.tei-c.org/ns/1.0}"
BASE = "tg-1949-01-10-stalin-mao-sino-soviet-relations-1959.xml"
TEXT_LINE = re.compile(r"^(?P<file>.+?):(?P<line>\d+):(?P<col>\d+): (?P<severity>error|warning): (?P<message>.+) "
                       r"\[(?P<rule>[a-z0-9-]+)\]$")


def invoke(*args):
    return CliRunner().invoke(main, ["validate", *map(str, args)])


@pytest.fixture
def folder(built_tei, tmp_path) -> Path:
    out = tmp_path / "tei"
    shutil.copytree(built_tei, out)
    return out


@pytest.fixture
def broken(folder) -> Path:
    """The folder with one document broken in two ways: an unknown @type and a bad pointer."""
    path = folder / BASE
    text = path.read_text(encoding="utf-8")
    text = text.replace('<place xml:id="moscow" type="city">', '<place xml:id="moscow" type="village">', 1)
    text = text.replace('<author ref="#stalin">', '<author ref="#nobody">', 1)
    path.write_text(text, encoding="utf-8")
    return folder


def with_warning(folder) -> Path:
    """A valid document with one warning (an unused standOff entry)."""
    path = folder / BASE
    text = path.read_text(encoding="utf-8").replace(
        "</listPlace>", '<place xml:id="nowhere" type="city"><placeName type="main">Nowhere</placeName></place>'
                        "</listPlace>", 1)
    path.write_text(text, encoding="utf-8")
    return path


# ---------------------------------------------------------------- exit codes and text

def test_valid_folder_exits_0_with_a_summary(folder):
    result = invoke(folder)
    assert result.exit_code == 0, result.output
    assert result.stdout.strip().splitlines()[-1] == "10 files checked: 10 valid, 0 invalid; 0 errors, 0 warnings"


def test_invalid_document_exits_1_one_line_per_problem(broken):
    result = invoke(broken)
    assert result.exit_code == 1
    lines = result.stdout.strip().splitlines()
    problems = [TEXT_LINE.match(line) for line in lines[:-1]]
    assert all(problems), lines
    assert {m["rule"] for m in problems} >= {"xsd", "ref-resolves"}
    assert all(Path(m["file"]).name == BASE and int(m["line"]) > 0 for m in problems)
    assert lines[-1].startswith("10 files checked: 9 valid, 1 invalid")


def test_single_files_and_folders_together(broken):
    result = invoke(broken / BASE, broken)
    assert result.exit_code == 1
    assert "10 files checked" in result.stdout  # the file is not checked twice


def test_warnings_fail_only_with_strict(folder):
    with_warning(folder)
    plain = invoke(folder)
    assert plain.exit_code == 0 and "warning:" in plain.stdout and "[entry-used]" in plain.stdout
    strict = invoke(folder, "--strict")
    assert strict.exit_code == 1 and "error:" in strict.stdout


def test_usage_errors_exit_2(folder, tmp_path):
    assert invoke(tmp_path / "missing.xml").exit_code == 2
    assert invoke(folder, "--format", "yaml").exit_code == 2
    assert invoke(folder, "--schema", tmp_path / "none.rng").exit_code == 2
    (tmp_path / "schema.rnc").write_text("start = element x { empty }")
    assert invoke(folder, "--schema", tmp_path / "schema.rnc").exit_code == 2
    empty = tmp_path / "empty-folder"
    empty.mkdir()
    assert invoke(empty).exit_code == 2
    assert invoke().exit_code == 2


# ---------------------------------------------------------------- machine formats

def test_json_parses_back(broken):
    result = invoke(broken, "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["valid"] is False
    assert data["summary"]["files"] == 10 and data["summary"]["invalid_files"] == 1
    assert data["summary"]["errors"] == len(data["problems"]) > 0
    first = data["problems"][0]
    assert set(first) == {"file", "line", "col", "severity", "message", "rule"}
    assert sum(not f["valid"] for f in data["files"]) == 1


def test_junit_parses_back(broken):
    result = invoke(broken, "--format", "junit")
    assert result.exit_code == 1
    root = etree.fromstring(result.stdout.encode())
    assert root.tag == "testsuites" and root.get("tests") == "10" and root.get("failures") == "1"
    cases = root.findall("testsuite/testcase")
    assert len(cases) == 10
    failed = [c for c in cases if c.find("failure") is not None]
    assert len(failed) == 1 and failed[0].get("name").endswith(BASE)
    assert "[ref-resolves]" in failed[0].find("failure").text


def test_junit_of_a_valid_run(folder):
    root = etree.fromstring(invoke(folder, "--format", "junit").stdout.encode())
    assert root.get("failures") == "0" and not root.findall(".//failure")


def test_github_annotations(broken):
    result = invoke(broken, "--format", "github")
    assert result.exit_code == 1
    lines = result.stdout.strip().splitlines()
    annotations = [line for line in lines if line.startswith("::")]
    assert annotations and len(annotations) == len(lines) - 1
    pattern = re.compile(r"^::error file=[^,]+,line=\d+(,col=\d+)?,title=[^:]+::.+\[[a-z0-9-]+\]$")
    assert all(pattern.match(a) for a in annotations), annotations
    assert all("%0A" not in a.split("::")[1] for a in annotations)


# ---------------------------------------------------------------- bad input

BAD = {
    "malformed.xml": (b'<TEI xmlns="http://www.tei-c.org/ns/1.0">\n  <teiHeader>\n<oops></TEI>', "xml-syntax"),
    "empty.xml": (b"", "file-empty"),
    "blank.xml": (b"  \n", "file-empty"),
    "html.xml": (b"<html><body/></html>", "tei-root"),
    "no-namespace.xml": (b"<TEI/>", "tei-namespace"),
    "wrong-namespace.xml": (b'<TEI xmlns="http://www.tei-c.org/ns/2.0"/>', "tei-namespace"),
    "entity-bomb.xml": (b'<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;'
                        b'&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>\n'
                        b'<TEI xmlns="http://www.tei-c.org/ns/1.0">&c;&c;&c;</TEI>', "dtd-forbidden"),
    "external-entity.xml": (b'<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
                            b'<TEI xmlns="http://www.tei-c.org/ns/1.0">&x;</TEI>', "dtd-forbidden"),
    "binary.xml": (b"\x00\x01\x02\xff\xfe", "xml-syntax"),
    "bad-encoding.xml": (b'<?xml version="1.0" encoding="UTF-8"?><TEI xmlns="http://www.tei-c.org/ns/1.0">\xff</TEI>',
                         "xml-syntax"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_input_is_one_clear_error(tmp_path, name):
    data, rule = BAD[name]
    (tmp_path / name).write_bytes(data)
    result = invoke(tmp_path / name)
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2 and lines[0].endswith(f"[{rule}]"), lines
    assert b"root:" not in result.stdout.encode()  # /etc/passwd was never read


def test_malformed_xml_gives_line_and_column(tmp_path):
    (tmp_path / "m.xml").write_bytes(BAD["malformed.xml"][0])
    match = TEXT_LINE.match(invoke(tmp_path / "m.xml").stdout.splitlines()[0])
    assert (match["line"], match["col"]) == ("3", "13")


def test_a_doctype_is_reported_where_it_is(tmp_path):
    (tmp_path / "d.xml").write_bytes(BAD["entity-bomb.xml"][0])
    match = TEXT_LINE.match(invoke(tmp_path / "d.xml").stdout.splitlines()[0])
    assert (match["line"], match["col"], match["rule"]) == ("2", "1", "dtd-forbidden")


def test_a_huge_file_is_refused_unread(tmp_path, monkeypatch):
    monkeypatch.setattr("tei.validate.loading.MAX_BYTES", 1000)
    path = tmp_path / "huge.xml"
    path.write_bytes(b'<TEI xmlns="http://www.tei-c.org/ns/1.0">' + b"<p/>" * 1000 + b"</TEI>")
    tree, problems = read_document(path)
    assert tree is None and [p.rule for p in problems] == ["file-too-large"]
    assert "TEI_VALIDATE_MAX_BYTES=" in problems[0].message  # what to do, if the file is meant to be that large


def test_bad_files_do_not_stop_the_run(folder):
    (folder / "zz-broken.xml").write_bytes(b"<TEI")
    result = invoke(folder)
    assert result.exit_code == 1
    assert "11 files checked: 10 valid, 1 invalid" in result.stdout


def test_a_file_that_disappears_during_the_run(folder, monkeypatch):
    real = engine.expand_paths

    def expand_then_delete(paths):
        files = real(paths)
        files[0].unlink()  # gone after the folder was listed, before it was read
        return files

    monkeypatch.setattr(engine, "expand_paths", expand_then_delete)
    result = run([folder])
    gone = [p for p in result.problems if p.rule == "file-read"]
    assert len(gone) == 1 and "disappeared" in gone[0].message
    assert len(result.files) == 10 and not result.ok


# ---------------------------------------------------------------- other grammars

def test_schema_option_with_tei_all(built_tei, tei_all_rng):
    from conftest import SHARED, require

    good = require(SHARED / "frus" / "frus1969-76ve13-excerpt.xml")
    bad = require(SHARED / "frus" / "frus1949v07p1-excerpt.xml")
    assert invoke(good, "--schema", tei_all_rng).exit_code == 0
    result = invoke(bad, "--schema", tei_all_rng)
    assert result.exit_code == 1
    lines = [TEXT_LINE.match(line) for line in result.stdout.strip().splitlines()[:-1]]
    assert lines and all(m and int(m["line"]) > 0 and m["rule"] == "rng" for m in lines)
    assert any("doc-dateTime-min" in m["message"] for m in lines)
    assert invoke(built_tei, "--schema", tei_all_rng).exit_code == 0


def test_schema_option_with_an_xsd(built_tei, tmp_path):
    from tei.validate import project_xsd

    assert invoke(built_tei, "--schema", project_xsd()).exit_code == 0
    broken = tmp_path / "broken.xsd"
    broken.write_text('<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element name="x" type="nope"/>'
                      "</xs:schema>")
    assert invoke(built_tei, "--schema", broken).exit_code == 2


# ---------------------------------------------------------------- parallel = sequential

def test_parallel_run_finds_the_same_problems(broken, monkeypatch):
    for i in range(30):  # enough files to use the worker processes
        shutil.copy(broken / BASE, broken / f"copy-{i:02}.xml")
    sequential = run([broken], jobs=1)
    monkeypatch.setattr(engine, "PARALLEL_MIN_PER_JOB", 5)
    parallel = run([broken], jobs=2)
    assert sequential.problems  # (the broken files' problems, not two empty lists)
    assert parallel.problems == sequential.problems and len(parallel.files) == 40


# ---------------------------------------------------------------- tei build

def test_build_stage_validate_passes_valid_documents(folder):
    from tei.build import STAGES, BuildContext, stage_validate
    from tei.messages import Report

    names = [name for name, _ in STAGES]
    assert names.index("validate") == names.index("convert") + 1
    report = Report()
    assert stage_validate(BuildContext(Path("seeds"), folder.parent, None, report)) is True
    assert report.messages == []


def test_build_stage_validate_stops_on_an_invalid_document(broken):
    from tei.build import BuildContext, stage_validate
    from tei.messages import Report

    report = Report()
    assert stage_validate(BuildContext(Path("seeds"), broken.parent, None, report)) is False
    invalid = [m for m in report.messages if m.code == "validate"]
    assert len(invalid) == 1 and invalid[0].file.endswith(BASE)
    assert any(m.code == "ref-resolves" and m.line > 0 for m in report.messages)
