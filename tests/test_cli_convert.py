"""`tei convert` on the command line: bad input, exit codes, atomic output, help, README."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT, SEEDS
from tei.cli import main

WORKS = next(SEEDS.glob("003_*.txt"))
WILSON = next(SEEDS.glob("000_*.txt"))
MARKDOWN = next(SEEDS.glob("002_*.txt"))


def run(*args: str):
    """The CLI in a separate process, as a user runs it."""
    return subprocess.run([sys.executable, "-m", "tei.cli", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, env={**os.environ, "SOURCE_DATE_EPOCH": "1700000000"})


def invoke(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.fixture
def bad_folder(tmp_path) -> Path:
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "a_empty.txt").write_bytes(b"")
    (folder / "b_binary.txt").write_bytes(bytes(range(256)) * 8)
    text = WORKS.read_text(encoding="utf-8").replace("–", "-").replace(
        "Waiting for an answer.", "Waiting for an answer from the café “Nanking”.")
    (folder / "c_cp1252.txt").write_bytes(text.encode("cp1252"))
    (folder / "d_utf16.txt").write_bytes(WILSON.read_text(encoding="utf-8").encode("utf-16"))  # with BOM
    (folder / "e_no_telegram.txt").write_text("Shopping list\n\nMilk, bread and butter.\n", encoding="utf-8")
    (folder / "f_good.md").write_text(MARKDOWN.read_text(encoding="utf-8"), encoding="utf-8")
    return folder


BAD = {"a_empty.txt": "empty", "b_binary.txt": "binary", "e_no_telegram.txt": "unknown-format"}


def test_folder_with_good_and_bad_files(bad_folder, tmp_path):
    out = tmp_path / "out"
    result = run("convert", str(bad_folder), "--out", str(out))
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    for name, code in BAD.items():
        lines = [l for l in result.stderr.splitlines() if name in l]
        assert lines, f"no message names {name}: {result.stderr}"
        assert any("error" in l and f"[{code}]" in l for l in lines), lines
    for name in ("c_cp1252.txt", "d_utf16.txt", "f_good.md"):
        assert re.search(rf"{name}: ok: 1 telegram", result.stdout), result.stdout
    written = sorted(p.name for p in out.glob("*.xml"))
    assert written == ["tg-1949-01-06-stalin-mao-wilson-center.xml", "tg-1949-01-10-stalin-mao-stalin-works-18.xml",
                       "tg-1949-02-stalin-mikoyan-wilson-center-121767.xml"]


def test_windows_1252_and_utf16_are_decoded(bad_folder, tmp_path):
    out = tmp_path / "out"
    run("convert", str(bad_folder / "c_cp1252.txt"), str(bad_folder / "d_utf16.txt"), "--out", str(out))
    works = (out / "tg-1949-01-10-stalin-mao-stalin-works-18.xml").read_text(encoding="utf-8")
    assert "café <q><placeName ref=\"#nanjing\">Nanking</placeName></q>" in works  # “…” decoded, then <q>
    wilson = (out / "tg-1949-01-06-stalin-mao-wilson-center.xml").read_text(encoding="utf-8")
    assert "Guomindang" in wilson and "\x00" not in wilson


@pytest.mark.parametrize("name", sorted(BAD))
def test_each_bad_file_alone(bad_folder, tmp_path, name):
    result = run("convert", str(bad_folder / name), "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert re.search(rf"{re.escape(name)}(:\d+)?: error: ", result.stderr), result.stderr
    assert not list((tmp_path / "out").glob("*.xml"))


def test_whitespace_only_and_utf16_blank(tmp_path):
    (tmp_path / "blank.txt").write_text("  \n\n\t\n", encoding="utf-8")
    (tmp_path / "blank16.txt").write_bytes("   \n".encode("utf-16"))
    result = run("convert", str(tmp_path / "blank.txt"), str(tmp_path / "blank16.txt"), "--out", str(tmp_path / "o"))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "blank.txt" in result.stderr and "blank16.txt" in result.stderr


def test_good_input_exits_0(tmp_path):
    result = run("convert", str(WORKS), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert "1 telegram (collected-works)" in result.stdout


def test_existing_output_is_replaced_atomically(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    target = out / "tg-1949-01-10-stalin-mao-stalin-works-18.xml"
    target.write_text("old content", encoding="utf-8")
    with open(target, encoding="utf-8") as old:  # a reader that opened the old file
        inode = os.stat(target).st_ino
        result = run("convert", str(WORKS), "--out", str(out))
        assert result.returncode == 0, result.stderr
        assert old.read() == "old content"  # it still sees the whole old file, never a mix
    assert os.stat(target).st_ino != inode  # a new file renamed into place
    assert target.read_text(encoding="utf-8").startswith("<?xml")
    assert sorted(p.name for p in out.iterdir()) == [target.name]  # no temporary or staging files left


def test_unchanged_output_is_left_alone(tmp_path):
    out = tmp_path / "out"
    run("convert", str(WORKS), "--out", str(out))
    target = next(out.glob("*.xml"))
    before = (os.stat(target).st_ino, target.read_bytes())
    run("convert", str(WORKS), "--out", str(out))
    assert (os.stat(target).st_ino, target.read_bytes()) == before


def commands() -> list[str]:
    return main.list_commands(None)  # (the commands beside their library are imported when asked for)


def test_tei_h_lists_the_commands():
    result = invoke("-h")
    assert result.exit_code == 0
    listed = re.findall(r"^  (\S+)\s", result.output.split("Commands:")[1], re.M)
    assert sorted(listed) == commands()


@pytest.mark.parametrize("command", [[]] + [[c] for c in main.list_commands(None)], ids=lambda c: " ".join(c) or "tei")
def test_h_on_every_command(command):
    for flag in ("-h", "--help"):
        result = invoke(*command, flag)
        assert result.exit_code == 0, result.output
        assert result.output.startswith("Usage: ")


@pytest.mark.parametrize("args", [
    ["convert"],  # no sources
    ["convert", "seeds"],  # no --out
    ["convert", "no-such-file.txt", "--out", "x"],
    ["convert", "seeds", "--out", "x", "--format", "no-such-format"],
    ["convert", "seeds", "--out", "x", "--no-such-option"],
    ["no-such-command"],
], ids=lambda a: " ".join(a))
def test_usage_error_exits_2(args, tmp_path):
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output


def test_usage_error_exit_2_in_a_process():
    result = run("convert")
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_every_command_is_documented_in_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [c for c in commands() if not re.search(rf"`tei {re.escape(c)}\b", readme)]
    assert not missing, f"commands of `tei -h` not documented in README.md: {missing}"


def test_same_source_named_twice_is_converted_once(tmp_path):
    folder = tmp_path / "src"
    folder.mkdir()
    source = folder / WILSON.name
    source.write_bytes(WILSON.read_bytes())
    result = run("convert", str(folder), str(source), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert [p.name for p in (tmp_path / "out").glob("*.xml")] == ["tg-1949-01-06-stalin-mao-wilson-center.xml"]


@pytest.mark.parametrize("module", ["tei", "tei.cli"])
def test_module_runs_commands_with_worker_processes(module, built_tei, tmp_path):
    """`python -m tei` (and `-m tei.cli`) with worker processes: the workers are started by
    spawn, which imports the main module again; every command must be registered by then
    (the HTML and print stages broke with a circular import under `-m tei.cli`)."""
    site = tmp_path / "site"
    run = subprocess.run([sys.executable, "-m", module, "html", str(built_tei), "--out", str(site), "-j", "2",
                          "--no-search"], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    assert (site / "index.html").is_file() and len(list(site.glob("tg-*.html"))) == len(list(built_tei.glob("*.xml")))


def test_a_layout_error_names_the_file_as_given(tmp_path):
    """A reader's error (here a record without its text) names the file by the path given,
    as every other message does (it gave the bare file name, which a folder of folders makes
    ambiguous)."""
    folder = tmp_path / "records" / "1949"
    folder.mkdir(parents=True)
    (folder / "cite-only.txt").write_text('"Cable", January 1, 1949, Wilson Center Digital Archive\n', encoding="utf-8")
    result = run("convert", str(tmp_path / "records"), "--out", str(tmp_path / "out"))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"{folder / 'cite-only.txt'}:1: error: the record has no text" in result.stderr, result.stderr


def test_a_command_imports_only_the_modules_it_runs():
    """`tei print -h` does not import the readers nor the other commands' libraries (the
    CLI's start was 0.3 s of CPU, most of it those imports); `tei convert --format` still
    offers every reader."""
    code = ("import sys; from tei.cli import main\n"
            "try:\n    main(['print', '-h'])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('tei.sources', 'tei.html', 'tei.deposit', 'tei.validate', 'tei.convert')"
            " if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "[]"
    from tei.sources import READERS

    assert f"[{'|'.join(sorted(READERS))}]" in invoke("convert", "-h").output
