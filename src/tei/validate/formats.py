"""Writing a validation result for people (text), programs (json), CI test reports (junit)
and GitHub Actions annotations (github)."""

from __future__ import annotations

import json

from lxml import etree

from .engine import Result
from .problems import ERROR, WARNING, Problem

FORMATS = ("text", "json", "junit", "github")


def _shown(result: Result, strict: bool) -> list[Problem]:
    """Under --strict warnings fail the run, so they are shown as errors."""
    return [p.promoted() if strict else p for p in result.problems]


def summary(result: Result, strict: bool = False) -> str:
    shown = _shown(result, strict)
    errors = sum(1 for p in shown if p.severity == ERROR)
    warnings = sum(1 for p in shown if p.severity == WARNING)
    invalid = len(result.invalid_files(strict))
    total = len(result.files)
    plural = lambda n, word: f"{n} {word}{'' if n == 1 else 's'}"
    return (f"{plural(total, 'file')} checked: {total - invalid} valid, {invalid} invalid; "
            f"{plural(errors, 'error')}, {plural(warnings, 'warning')}")


def as_text(result: Result, strict: bool = False) -> str:
    lines = [str(p) for p in _shown(result, strict)]
    lines.append(summary(result, strict))
    return "\n".join(lines) + "\n"


def as_json(result: Result, strict: bool = False) -> str:
    shown = _shown(result, strict)
    invalid = set(result.invalid_files(strict))
    data = {
        "valid": result.passes(strict),
        "summary": {
            "files": len(result.files),
            "invalid_files": len(invalid),
            "errors": sum(1 for p in shown if p.severity == ERROR),
            "warnings": sum(1 for p in shown if p.severity == WARNING),
        },
        "files": [{"file": f, "valid": f not in invalid} for f in result.files],
        "problems": [p.as_dict() for p in shown],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def as_junit(result: Result, strict: bool = False) -> str:
    """One test case per file; a failure per error (warnings go to system-out)."""
    shown = _shown(result, strict)
    by_file: dict[str, list[Problem]] = {f: [] for f in result.files}
    for p in shown:
        by_file.setdefault(p.file, []).append(p)
    failures = sum(1 for ps in by_file.values() if any(p.severity == ERROR for p in ps))
    suites = etree.Element("testsuites", name="tei validate", tests=str(len(by_file)), failures=str(failures),
                           errors="0")
    suite = etree.SubElement(suites, "testsuite", name="tei validate", tests=str(len(by_file)),
                             failures=str(failures), errors="0", skipped="0")
    for file, problems in by_file.items():
        case = etree.SubElement(suite, "testcase", classname="tei.validate", name=file, file=file)
        errors = [p for p in problems if p.severity == ERROR]
        if errors:
            failure = etree.SubElement(case, "failure", type=errors[0].rule,
                                       message=f"{len(errors)} error{'s' if len(errors) != 1 else ''}: "
                                               f"{errors[0].message}")
            failure.text = "\n".join(str(p) for p in errors)
        warnings = [p for p in problems if p.severity == WARNING]
        if warnings:
            etree.SubElement(case, "system-out").text = "\n".join(str(p) for p in warnings)
    return etree.tostring(suites, xml_declaration=True, encoding="UTF-8", pretty_print=True).decode()


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def as_github(result: Result, strict: bool = False) -> str:
    """GitHub Actions workflow commands: ::error file=..,line=..,col=..,title=..::message"""
    lines = []
    for p in _shown(result, strict):
        props = [f"file={_escape_property(p.file)}"]
        if p.line:
            props.append(f"line={p.line}")
        if p.col:
            props.append(f"col={p.col}")
        props.append(f"title={_escape_property('tei validate [' + p.rule + ']')}")
        lines.append(f"::{p.severity} {','.join(props)}::{_escape_data(p.message + ' [' + p.rule + ']')}")
    lines.append(summary(result, strict))
    return "\n".join(lines) + "\n"


WRITERS = {"text": as_text, "json": as_json, "junit": as_junit, "github": as_github}


def render(result: Result, fmt: str = "text", strict: bool = False) -> str:
    return WRITERS[fmt](result, strict)
