"""The modules' patterns kept per machine (tei.regexes.keep_module_patterns): a later process
gets from re.compile the pattern an earlier one compiled, the same as re.compile makes."""

from __future__ import annotations

import re

import pytest

from tei import regexes

MODULE = """
import re
NAMED = re.compile(r"(?P<rank>Comrade|General)\\s+(?P<name>[A-Z]\\w+)", re.I)
WORDS = re.compile(r"\\b(?:cable|telegram)s?\\b")
def at_work(text):
    return re.compile(re.escape(text))
"""


@pytest.fixture()
def fresh(monkeypatch):
    """re.compile and the kept patterns as a new process has them; what a process would save at
    its end returned by the fixture's function instead of registered with atexit."""
    monkeypatch.setattr(re, "compile", regexes._REAL_COMPILE)
    for name in ("_KEPT_PATTERNS", "_KEPT_RECORDS", "_NEW_PATTERNS"):
        monkeypatch.setattr(regexes, name, {})
    monkeypatch.setattr(regexes, "_USED_PATTERNS", set())
    saved = []
    monkeypatch.setattr("atexit.register", lambda function, *args: saved.append((function, args)))

    def new_process():
        for function, args in saved:
            function(*args)
        saved.clear()
        re.compile = regexes._REAL_COMPILE
        regexes._KEPT_PATTERNS.clear()
        regexes._KEPT_RECORDS.clear()
        regexes._NEW_PATTERNS.clear()
        regexes._USED_PATTERNS.clear()

    return new_process


def _import(module_text: str) -> dict:
    space: dict = {}
    exec(compile(module_text, "<a module>", "exec"), space)  # (its top level: "<module>", as an import's)
    return space


def test_a_module_pattern_is_kept_and_given_again_the_same(tmp_path, fresh):
    regexes.keep_module_patterns(tmp_path)
    first = _import(MODULE)
    first["at_work"]("Kim Il Sung")  # compiled at work, from its input: not kept
    fresh()
    [kept_file] = tmp_path.iterdir()
    regexes.keep_module_patterns(tmp_path)
    assert set(regexes._KEPT_PATTERNS) == {(first["NAMED"].pattern, int(re.I)), (first["WORDS"].pattern, 0)}
    second = _import(MODULE)
    for name in ("NAMED", "WORDS"):
        assert second[name] is regexes._KEPT_PATTERNS[second[name].pattern, int(first[name].flags & re.I)]
        assert second[name] == regexes._REAL_COMPILE(first[name].pattern, first[name].flags & re.I)
    match = second["NAMED"].search("to comrade Stalin")
    assert match.group("rank", "name") == ("comrade", "Stalin") and second["NAMED"].groupindex == {"rank": 1, "name": 2}
    assert not regexes._NEW_PATTERNS  # (nothing new: the file is not written again)
    written = kept_file.stat().st_mtime_ns
    fresh()
    assert kept_file.stat().st_mtime_ns == written


def test_a_spoilt_file_is_compiled_as_ever_and_kept_again(tmp_path, fresh):
    regexes.keep_module_patterns(tmp_path)
    _import(MODULE)
    fresh()
    [kept_file] = tmp_path.iterdir()
    kept_file.write_bytes(b"not a marshalled list")
    regexes.keep_module_patterns(tmp_path)
    assert not regexes._KEPT_PATTERNS
    module = _import(MODULE)
    assert module["WORDS"].findall("two telegrams and a cable") == ["telegrams", "cable"]
    fresh()
    regexes.keep_module_patterns(tmp_path)
    assert len(regexes._KEPT_PATTERNS) == 2


OTHER_MODULE = """
import re
DATE = re.compile(r"(?P<day>\\d{1,2}) (?P<month>[A-Z][a-z]+) (?P<year>19\\d\\d)")
"""


def test_commands_importing_different_modules_keep_each_others_patterns(tmp_path, fresh):
    def command(module_text):
        regexes.keep_module_patterns(tmp_path)
        _import(module_text)
        fresh()

    command(MODULE)
    command(OTHER_MODULE)
    [kept_file] = tmp_path.iterdir()
    written, data = kept_file.stat().st_mtime_ns, kept_file.read_bytes()
    command(MODULE)
    command(OTHER_MODULE)
    assert kept_file.stat().st_mtime_ns == written and kept_file.read_bytes() == data
    regexes.keep_module_patterns(tmp_path)
    assert len(regexes._KEPT_PATTERNS) == 3


def test_a_save_compiles_only_the_new_pattern(tmp_path, fresh, monkeypatch):
    regexes.keep_module_patterns(tmp_path)
    _import(MODULE)
    fresh()
    regexes.keep_module_patterns(tmp_path)
    _import(MODULE)  # its two patterns given from the store, used
    _import(OTHER_MODULE)  # one new
    parsed = []
    real_parse = regexes._parser.parse
    monkeypatch.setattr(regexes._parser, "parse", lambda pattern, *args: parsed.append(pattern) or real_parse(pattern, *args))
    fresh()
    monkeypatch.setattr(regexes._parser, "parse", real_parse)
    assert parsed == [_import(OTHER_MODULE)["DATE"].pattern]
    regexes.keep_module_patterns(tmp_path)
    date = _import(OTHER_MODULE)["DATE"]
    assert date is regexes._KEPT_PATTERNS[date.pattern, 0]
    assert date.search("sent 3 March 1953").group("day", "month", "year") == ("3", "March", "1953")


def test_unused_patterns_are_dropped_only_past_the_maximum(tmp_path, fresh, monkeypatch):
    regexes.keep_module_patterns(tmp_path)
    _import(MODULE)
    fresh()
    monkeypatch.setattr(regexes, "MODULE_PATTERNS_MAX", 2)
    regexes.keep_module_patterns(tmp_path)
    _import(OTHER_MODULE)  # 2 kept, unused here, + 1 new: past the maximum
    fresh()
    regexes.keep_module_patterns(tmp_path)
    assert list(regexes._KEPT_PATTERNS) == [(_import(OTHER_MODULE)["DATE"].pattern, 0)]
