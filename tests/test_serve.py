"""`tei serve`: the edition built, served and built again in one process (issue 7's warm rebuild)."""

from __future__ import annotations

import shutil
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from tei.cli import main
from tei.serve import EditionServer, differences, snapshot, start_http, summary

from conftest import SEEDS


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _outputs(out: Path) -> dict[str, dict[str, bytes]]:
    return {folder: _files(out / folder) for folder in ("tei", "html", "print", "deposit")}


def _seed_with(seeds: Path, phrase: str) -> Path:
    """The seed whose text has the phrase (found by its words, not its file name)."""
    return next(p for p in sorted(seeds.glob("*.txt")) if phrase in p.read_text(encoding="utf-8"))


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _keep_nothing_past_the_test(monkeypatch) -> None:
    """What a server keeps in its process (convert entries, state files, deposit rows) is kept
    for this test only."""
    import tei.cache
    import tei.convert
    import tei.deposit.bag
    import tei.deposit.documents
    import tei.links

    for module in (tei.cache, tei.deposit.bag, tei.deposit.documents, tei.links):
        monkeypatch.setattr(module, "_KEPT", None)
    monkeypatch.setattr(tei.cache, "_STATES", None)
    monkeypatch.setattr(tei.convert, "_MANIFEST_KEPT", {})


@pytest.fixture()
def served(tmp_path, monkeypatch):
    """An edition of the seeds built once by a server (as `tei serve` starts)."""
    _keep_nothing_past_the_test(monkeypatch)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    server = EditionServer(seeds, tmp_path / "out", jobs=1)
    first = server.build(quiet=True)
    assert first.ok, first.report.messages
    assert first.ran == ["convert", "validate", "html", "print", "deposit"]  # the site first
    return server


def test_a_rebuild_after_an_edit_gives_what_a_fresh_tei_build_gives(served, tmp_path):
    """Two edits rebuilt in the server's process (its stylesheets, authority file and convert
    cache entries kept from the build before), then the server's settling build (once no edit
    comes: the search shards the rebuilds left stale indexed again), give the bytes of a `tei
    build` from nothing of the edited sources: the TEI, the site, the print edition and the
    deposit."""
    seeds, out = served.seeds, served.out
    source = _seed_with(seeds, "pleasant surprise")
    before = snapshot(served.inputs())
    _edit(source, "pleasant surprise", "pleasant surprize")
    changed = differences(before, snapshot(served.inputs()))
    assert changed == [str(source)]
    outcome = served.build(changed)
    assert outcome.ok and outcome.ran == ["convert", "validate", "html", "print", "deposit"]
    assert source.name in summary(outcome) and "ran convert, validate, html, print, deposit" in summary(outcome)
    other = min(seeds.glob("*.txt"))
    _edit(other, "the", "THE")
    second = served.build([str(other)])
    assert second.ok and second.search_stale  # the edited pages indexed apart
    assert "pleasant surprize" in "".join(p.read_text(encoding="utf-8") for p in (out / "tei").glob("*.xml"))
    settled = served.settle()
    assert settled.ok and not settled.search_stale and "html" in settled.ran
    assert not (out / "html" / "pagefind-delta").exists()
    fresh = tmp_path / "fresh"
    result = CliRunner().invoke(main, ["build", "--seeds", str(seeds), "--out", str(fresh), "-j", "1"])
    assert result.exit_code == 0, result.output
    made, expected = _outputs(out), _outputs(fresh)
    for folder in expected:
        assert made[folder].keys() == expected[folder].keys(), folder
        differing = [name for name in expected[folder] if made[folder][name] != expected[folder][name]]
        assert not differing, (folder, differing[:5])
    # nothing changed since: no stage runs
    again = served.build([])
    assert again.ok and again.ran == []


def test_a_rebuild_updates_the_site_before_print_and_deposit(served):
    """A rebuild in the server makes the site first: when it says so (site_done), the edited
    page shows the edit while the print edition and the deposit are still the last build's;
    then they are made, and the outcome says when the site was done."""
    out = served.out
    source = _seed_with(served.seeds, "pleasant surprise")
    printed, deposited = _files(out / "print"), _files(out / "deposit")
    _edit(source, "pleasant surprise", "pleasant surprize")
    seen = []

    def site_done(seconds: float, ok: bool) -> None:
        pages = [p for p in (out / "html").glob("*.html") if "pleasant surpri" in p.read_text(encoding="utf-8")]
        seen.append((seconds, ok, bool(pages) and all("pleasant surprize" in p.read_text(encoding="utf-8")
                                                      for p in pages),
                     _files(out / "print") == printed, _files(out / "deposit") == deposited))

    outcome = served.build([str(source)], site_done=site_done)
    assert outcome.ok and outcome.ran == ["convert", "validate", "html", "print", "deposit"]
    assert len(seen) == 1
    seconds, ok, page_edited, print_as_before, deposit_as_before = seen[0]
    assert ok and page_edited and print_as_before and deposit_as_before
    assert seconds == outcome.site_seconds and 0 < seconds < outcome.seconds
    assert _files(out / "print") != printed and _files(out / "deposit") != deposited
    # a rebuild with errors says so when the site is done; the deposit is not made
    source.write_text("Shopping list\n\nMilk and bread.\n", encoding="utf-8")
    seen.clear()
    broken = served.build([str(source)], site_done=lambda seconds, ok: seen.append(ok))
    assert not broken.ok and seen == [False] and "deposit" not in broken.ran
    # tei build keeps its order: print before html
    result = CliRunner().invoke(main, ["build", "--seeds", str(SEEDS), "--out", str(out.parent / "fresh"), "-j", "1"])
    assert result.exit_code == 0, result.output
    assert result.output.index("\nprint: ") < result.output.index("\nhtml: ")
    from tei.serve import site_line
    assert site_line(0.5, True) == "site updated in 0.50 s; print and deposit follow"
    assert "errors" in site_line(0.5, False)


def _fresh_build(seeds: Path, fresh: Path) -> None:
    result = CliRunner().invoke(main, ["build", "--seeds", str(seeds), "--out", str(fresh), "-j", "1"])
    assert result.exit_code == 0, result.output


def _same_outputs(out: Path, fresh: Path) -> None:
    made, expected = _outputs(out), _outputs(fresh)
    for folder in expected:
        assert made[folder].keys() == expected[folder].keys(), folder
        differing = [name for name in expected[folder] if made[folder][name] != expected[folder][name]]
        assert not differing, (folder, differing[:5])


def test_rebuilds_told_what_changed_give_what_stamping_everything_gives(served, tmp_path, monkeypatch):
    """Rebuilds given the server's snapshot (the sources' stamps) and out/tei's stamps as its
    last build left them stamp neither folder again, and give what a build that stamps
    everything gives: after an edit, a second edit of the same source, a removal and an
    addition, the outputs are a fresh `tei build`'s bytes, and a `tei build` of the server's
    out/ then finds every stage up to date (the told stages recorded the inputs it finds)."""
    import tei.cache
    from tei.build import Told

    seeds, out = served.seeds, served.out
    walked = []
    real = tei.cache._stamps_under
    monkeypatch.setattr(tei.cache, "_stamps_under", lambda folder, rel="": walked.append(folder) or real(folder, rel))
    import tei.deposit.documents as documents

    stamped = []  # the deposit's stats of TEI files
    monkeypatch.setattr(documents, "file_stamp", lambda path: stamped.append(path) or tei.cache.file_stamp(path))
    import tei.convert

    listed = []  # the sources' folder listed by the convert stage
    real_listing = tei.convert._folder_sources
    monkeypatch.setattr(tei.convert, "_folder_sources", lambda folder, at: listed.append(folder) or real_listing(folder, at))
    source = _seed_with(seeds, "pleasant surprise")
    added = tmp_path / "added.txt"
    added.write_bytes(next(p for p in sorted((Path(__file__).parent / "sources").glob("cable-*.txt"))).read_bytes())
    edits = [lambda: _edit(source, "pleasant surprise", "pleasant surprize"),
             lambda: _edit(source, "pleasant surprize", "pleasant surprice"),
             lambda: max(seeds.glob("*.txt")).unlink(),
             lambda: added.rename(seeds / "zz-added.txt")]
    for edit in edits:
        before = snapshot(served.inputs())
        edit()
        now = snapshot(served.inputs())
        walked.clear()
        outcome = served.build(differences(before, now), stamps=now)
        assert outcome.ok, outcome.report.messages
        assert "convert" in outcome.ran and "html" in outcome.ran and "deposit" in outcome.ran
        assert not {str(seeds), str(out / "tei")} & set(walked), walked  # neither stamped again
        assert not listed  # the sources listed from the snapshot
        assert not stamped
    there: dict = {}
    tei.cache.tree_stamps(out / "tei", there)
    assert served.tei_stamps == there  # what the server knows of out/tei is what is there
    assert served.settle().ok  # (the search shards the rebuilds left stale indexed again)
    fresh = tmp_path / "fresh"
    _fresh_build(seeds, fresh)
    _same_outputs(out, fresh)
    # the convert stage's manifest (kept entries not hashed again) and keys (from the snapshot's stamps)
    for state in ("outputs.json", "keys.json"):
        assert (out / ".cache" / "convert" / state).read_bytes() == (fresh / ".cache" / "convert" / state).read_bytes()
    result = CliRunner().invoke(main, ["build", "--seeds", str(seeds), "--out", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    for stage in ("convert", "validate", "print", "html", "deposit"):
        assert f"{stage}: up to date" in result.output, result.output
    # a build not told (no snapshot given) stamps both folders, as tei build does
    _edit(source, "pleasant surprice", "pleasant surprise")
    walked.clear()
    assert served.build([str(source)]).ok
    assert {str(seeds), str(out / "tei")} <= set(walked) and stamped and listed
    assert Told({}).source_stamps(seeds) is None


def test_a_tei_file_changed_behind_the_servers_back_is_seen_by_the_next_tei_build(served, tmp_path):
    """The server trusts out/tei to be as its last build left it: a TEI file replaced by hand
    while it runs is not looked at again by its rebuilds of other edits; the next `tei
    build` (which stamps every file) sees it and makes its page from it."""
    seeds, out = served.seeds, served.out
    source = _seed_with(seeds, "pleasant surprise")
    other = next(p for p in sorted((out / "tei").glob("*.xml")) if "pleasant surprise" not in p.read_text(encoding="utf-8"))
    text = other.read_text(encoding="utf-8")
    head, body = text.split("<body", 1)  # (a word of the telegram's text, which its page shows)
    word = next(w for w in ("the", "and", "of") if f" {w} " in body)
    replaced = other.with_name("replaced.tmp")
    replaced.write_text(head + "<body" + body.replace(f" {word} ", " handmade ", 1), encoding="utf-8")
    replaced.replace(other)  # (a new file: as an editor's tool saves)
    page = out / "html" / other.with_suffix(".html").name
    before = snapshot(served.inputs())
    _edit(source, "pleasant surprise", "pleasant surprize")
    now = snapshot(served.inputs())
    assert served.build(differences(before, now), stamps=now).ok
    assert "handmade" not in page.read_text(encoding="utf-8")  # trusted: not seen by the server
    result = CliRunner().invoke(main, ["build", "--seeds", str(seeds), "--out", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    assert "handmade" in page.read_text(encoding="utf-8")


def test_a_rebuild_reads_no_state_file_the_server_wrote(served, monkeypatch):
    """The stages' state files (the stage records, the convert stage's outputs and keys, the
    validate stage's state) are kept in the server's memory from the rebuild that wrote them:
    the next rebuild does not read them back; one replaced by another process is read."""
    import json

    source = _seed_with(served.seeds, "pleasant surprise")
    _edit(source, "pleasant surprise", "pleasant surprize")
    assert served.build([str(source)]).ok
    assert served.settle().ok  # (a rebuild that leaves a search shard stale records no html or deposit stage)
    read = []
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self) or real(self))
    _edit(source, "pleasant surprize", "pleasant surprise")
    assert served.build([str(source)]).ok
    cache = served.out / ".cache"
    states = {cache / "validate.json", cache / "convert" / "outputs.json", cache / "convert" / "keys.json",
              *(cache / "stages").glob("*.json")}
    assert len(states) >= 6 and not states & set(read), states & set(read)
    # another process's build writes the validate stage's state anew (its record says so)
    record = json.loads((cache / "validate.json").read_text(encoding="utf-8"))
    (cache / "validate.json").unlink()
    (cache / "validate.json").write_text(json.dumps(record), encoding="utf-8")
    _edit(source, "pleasant surprise", "pleasant surprize")
    assert served.build([str(source)]).ok
    assert cache / "validate.json" in read


def test_the_same_source_edited_twice_gives_its_second_version_on_its_page(served, tmp_path):
    """A word of one telegram's text edited, rebuilt, then edited again: each rebuild makes
    that one page again, and the second from the file's second version (the server's
    process had kept the document it parsed for the first rebuild under its path alone and
    rendered the first version again: the page and its search shard stale)."""
    seeds, out = served.seeds, served.out
    source = _seed_with(seeds, "pleasant surprise")
    for old, new in (("pleasant surprise", "pleasant surprize"), ("pleasant surprize", "pleasant surprice")):
        _edit(source, old, new)
        assert served.build([str(source)]).ok
    pages = [p for p in (out / "html").glob("*.html") if "pleasant surpri" in p.read_text(encoding="utf-8")]
    assert pages and all("pleasant surprice" in p.read_text(encoding="utf-8") for p in pages)
    fresh = tmp_path / "fresh"
    result = CliRunner().invoke(main, ["build", "--seeds", str(seeds), "--out", str(fresh), "-j", "1"])
    assert result.exit_code == 0, result.output
    made, expected = _files(out / "html"), _files(fresh / "html")
    # the search index aside (the edited page indexed apart until the server settles), the same
    pages = {name for name in expected if not name.startswith("pagefind")}
    assert pages == {name for name in made if not name.startswith("pagefind")}
    assert not [name for name in pages if made[name] != expected[name]]
    assert served.settle().ok
    made = _files(out / "html")
    assert made.keys() == expected.keys()
    assert not [name for name in expected if made[name] != expected[name]]


def test_a_broken_source_is_reported_and_the_next_good_edit_rebuilds(served):
    """A source broken by an edit is reported as `tei build` reports it (file, line, what to
    do), the server's outputs stay the last good ones, and the edit that mends it rebuilds."""
    seeds, out = served.seeds, served.out
    telegrams = sorted(p.name for p in (out / "tei").glob("*.xml"))
    deposit = _files(out / "deposit")
    source = max(seeds.glob("*.txt"))
    good = source.read_bytes()
    source.write_text("Shopping list\n\nMilk and bread.\n", encoding="utf-8")
    broken = served.build([str(source)])
    assert not broken.ok
    shown = served.messages_to_show(broken)
    assert any(line.startswith(f"{source}:") and "error: no telegram found" in line and "--format" in line
               for line in shown), shown
    assert "errors (above)" in summary(broken)
    said = [i for i, line in enumerate(shown) if "no deposit was made" in line]
    assert said and said[0] == len(shown) - 1, shown  # the build's own line below the errors it sums up
    assert sorted(p.name for p in (out / "tei").glob("*.xml")) == telegrams  # its TEI kept
    assert _files(out / "deposit") == deposit  # no deposit from a build with errors
    source.write_bytes(good)
    mended = served.build([str(source)])
    assert mended.ok, mended.report.messages
    assert "convert" in mended.ran and "deposit" in mended.ran
    assert not [line for line in served.messages_to_show(mended) if ": error:" in line]


def test_the_search_index_brought_up_to_date_does_not_say_the_rebuilds_errors_again(served):
    """After a rebuild with an error, the server indexes the stale search shard once no edit has
    come; that round said the rebuild's errors a second time, under the rebuild's line."""
    from tei.serve import serve

    seeds = served.seeds
    edited, broken = _seed_with(seeds, "pleasant surprise"), max(seeds.glob("*.txt"))
    assert edited != broken
    said = []

    def echo(line, err=False):
        said.append(line)
        if line.startswith("serving "):  # the server is watching: an edit, and a source broken
            _edit(edited, "pleasant surprise", "pleasant surprize")
            broken.write_text("Shopping list\n\nMilk and bread.\n", encoding="utf-8")

    assert serve(served, "127.0.0.1", 0, echo=echo, poll=0.05, rounds=4, idle=0) == 0
    assert any(line.startswith("rebuilt in ") for line in said), said
    assert any(line.startswith("search index brought up to date") for line in said), said
    errors = [line for line in said if line.startswith(f"{broken}:") and "error: no telegram found" in line]
    assert len(errors) == 1, said


def test_what_the_server_keeps_is_dropped_when_its_input_changes(served, tmp_path):
    """The stylesheets stay compiled and the authority file loaded between rebuilds, but not
    past a change of them; an edit of a source drops neither."""
    import tei.xslt as xslt
    from tei.authority import DEFAULT_AUTHORITY, Authority
    from tei.paths import XSLT_DIR

    page = XSLT_DIR / "tei-to-html.xsl"
    compiled = xslt.stylesheet(page)
    loaded = Authority.load(None)
    source = str(min(served.seeds.glob("*.txt")))
    served.forget([source])
    assert xslt.stylesheet(page) is compiled and Authority.load(None) is loaded
    served.forget([str(page)])
    assert str(page.resolve()) not in xslt._CACHE
    served.warm_up()  # (as the server does once it serves: the first rebuild finds them compiled)
    assert str(page.resolve()) in xslt._CACHE and str((XSLT_DIR / "tei-to-print.xsl").resolve()) in xslt._CACHE
    assert xslt.stylesheet(page) is not compiled
    served.forget([str(DEFAULT_AUTHORITY)])
    assert Authority.load(None) is not loaded
    # an authority file of the user's own, edited: the rebuild links with the edited file
    own = tmp_path / "authority.xml"
    shutil.copyfile(DEFAULT_AUTHORITY, own)
    server = EditionServer(served.seeds, served.out, authority=own, jobs=1)
    assert own in server.inputs() or own.resolve() in [p.resolve() for p in server.inputs()]
    first = Authority.load(own)
    server.forget([str(own)])
    assert Authority.load(own) is not first


def test_the_http_server_serves_the_site_and_stops(tmp_path):
    site = tmp_path / "html"
    site.mkdir()
    (site / "index.html").write_text("<p>the edition</p>", encoding="utf-8")
    http = start_http(site, "127.0.0.1", 0)
    try:
        port = http.server_address[1]
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/index.html", timeout=10) as response:
            assert response.status == 200 and response.read() == b"<p>the edition</p>"
        with pytest.raises(urllib.error.HTTPError) as missing:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/nothing.html", timeout=10)
        assert missing.value.code == 404
    finally:
        http.shutdown()
        http.server_close()
    with pytest.raises(OSError):
        urllib.request.urlopen(f"http://127.0.0.1:{port}/index.html", timeout=5)


def test_serve_help_and_a_port_in_use(tmp_path, monkeypatch):
    import signal
    import socket

    from tei.serve import serve

    _keep_nothing_past_the_test(monkeypatch)
    handler = signal.getsignal(signal.SIGTERM)

    result = CliRunner().invoke(main, ["serve", "-h"])
    assert result.exit_code == 0
    for option in ("--seeds", "--out", "--port", "--host", "--authority", "--strict", "--jobs", "--base-url",
                   "--edition"):
        assert option in result.output
    assert "serve" in CliRunner().invoke(main, ["-h"]).output
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    said = []
    try:
        code = serve(EditionServer(SEEDS, tmp_path / "out", jobs=1), "127.0.0.1", taken.getsockname()[1],
                     echo=lambda text, err=False: said.append(text), rounds=0)
    finally:
        taken.close()
    assert code == 2 and "give another --port" in said[0]
    assert signal.getsignal(signal.SIGTERM) == handler  # SIGTERM's handler is the server's only while it runs
    assert not (tmp_path / "out" / "tei").exists()  # said before building anything


def test_tei_serve_builds_serves_rebuilds_and_stops_on_ctrl_c(tmp_path):
    """The command end to end: it builds, serves the site, rebuilds after an edit with one line
    saying so, brings the search index up to date once no edit comes, and Ctrl-C (SIGINT)
    stops it with exit code 0 and no traceback."""
    import os
    import re
    import signal
    import subprocess
    import sys
    import time

    seeds, out = tmp_path / "seeds", tmp_path / "out"
    shutil.copytree(SEEDS, seeds)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    process = subprocess.Popen([sys.executable, "-m", "tei", "serve", "--seeds", str(seeds), "--out", str(out),
                                "--port", "0", "-j", "1"], stderr=subprocess.PIPE, stdout=subprocess.PIPE,
                               text=True, env=env)
    lines: list[str] = []

    def wait_for(pattern: str, seconds: float = 300) -> re.Match:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            line = process.stderr.readline()
            if not line:
                break
            lines.append(line)
            found = re.search(pattern, line)
            if found:
                return found
        raise AssertionError(f"no line matching {pattern!r}: {''.join(lines)[-2000:]}")

    try:
        address = wait_for(r"serving .* at (http://127\.0\.0\.1:\d+/)").group(1)
        with urllib.request.urlopen(address + "index.html", timeout=10) as response:
            assert response.status == 200 and b"<html" in response.read()
        edited = _seed_with(seeds, "pleasant surprise")
        _edit(edited, "pleasant surprise", "pleasant surprize")
        assert wait_for(r"^site updated in [\d.]+ s; print and deposit follow$")
        rebuilt = wait_for(rf"rebuilt in [\d.]+ s: .*{re.escape(edited.name)} changed; ran convert, validate, html, print, deposit")
        assert rebuilt
        # the edited page indexed apart; its search shard indexed again once no edit comes
        assert (out / "html" / "pagefind-delta").is_dir()
        wait_for(r"search index brought up to date in [\d.]+ s \(no edit for 5 s\)")
        assert not (out / "html" / "pagefind-delta").exists()
        process.send_signal(signal.SIGINT)
        _, rest = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    said = "".join(lines) + rest
    assert process.returncode == 0, said
    assert "Traceback" not in said and "stopped" in rest


def test_the_rebuild_line_names_a_file_outside_the_working_folder_by_its_whole_path(tmp_path):
    """A server started in the project's folder on sources elsewhere named the changed file
    "../../tmp/.../001.txt"; such a file is named by its whole path, one inside by its relative."""
    from tei.serve import Outcome

    inside, outside = tmp_path / "project" / "seeds" / "001.txt", tmp_path / "elsewhere" / "002.txt"
    line = summary(Outcome(True, ["convert"], 0.5, None, [str(inside), str(outside)]), root=tmp_path / "project")
    assert line.startswith(f"rebuilt in 0.50 s: seeds/001.txt, {outside} changed; ran convert"), line


def test_the_sources_listed_from_a_snapshot_are_those_the_folder_lists(tmp_path):
    """A told rebuild takes its list of sources from the server's snapshot: the same files in
    the same order as expand_sources finds in the folder, hidden files and folders, other
    kinds of file and a broken link left out; two paths to one file (a link) leave the
    listing to the folder, which gives that file once."""
    import os

    from tei.convert import expand_sources, listed_sources
    from tei.messages import Report

    folder = tmp_path / "seeds"
    for rel in ("b.txt", "a.TXT", "a/z.md", "a/b/c.html", "a-b.htm", "notes.json", "scan.pdf", "draft.txt.bak",
                ".hidden.txt", ".drafts/old.txt", "a/.git/x.txt", "deep/er/still.markdown", "plain.text",
                "md", "a/txt"):  # (no suffix: a name that is one, no source)
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_text(rel, encoding="utf-8")
    os.symlink(folder / "gone.txt", folder / "broken.txt")
    from_folder = expand_sources([folder], Report())
    assert [p.relative_to(folder).as_posix() for p in from_folder] == [
        "a/b/c.html", "a/z.md", "a-b.htm", "a.TXT", "b.txt", "deep/er/still.markdown", "plain.text"]
    assert listed_sources(folder, snapshot([folder])) == from_folder
    assert snapshot([folder])[str(folder / "broken.txt")] is None
    # a snapshot of none of the folder's sources (a build not told: Told({})) lists nothing
    assert listed_sources(folder, {}) is None
    assert listed_sources(folder, {str(folder / "notes.json"): (1, 2, 3, 4)}) is None
    os.symlink(folder / "b.txt", folder / "c.txt")
    assert listed_sources(folder, snapshot([folder])) is None
    assert [p.name for p in expand_sources([folder], Report())].count("c.txt") == 0


def test_a_told_rebuild_makes_no_full_collection_until_it_ends(served, monkeypatch):
    """A rebuild told the server's snapshot runs with the garbage collector's full collections
    held off (its third threshold raised), and leaves the thresholds as they were; a build not
    told keeps them throughout."""
    import gc

    import tei.build

    during = []
    real = tei.build.build_edition
    monkeypatch.setattr(tei.build, "build_edition", lambda *a, **k: during.append(gc.get_threshold()) or real(*a, **k))
    before = gc.get_threshold()
    source = _seed_with(served.seeds, "pleasant surprise")
    was = snapshot(served.inputs())
    _edit(source, "pleasant surprise", "pleasant surprize")
    now = snapshot(served.inputs())
    assert served.build(differences(was, now), stamps=now).ok
    assert during[-1][:2] == before[:2] and during[-1][2] >= 1 << 30
    assert gc.get_threshold() == before
    _edit(source, "pleasant surprize", "pleasant surprise")
    assert served.build([str(source)]).ok
    assert during[-1] == before and gc.get_threshold() == before


def test_a_rebuild_writes_the_stages_state_files_once_the_site_is_up_to_date(served, tmp_path):
    """The site-first rebuild holds back the stages' state files (the stage records, the
    validate stage's state, the convert stage's outputs and keys) until the site is up to
    date, then writes them (those whose values change removed meanwhile); a `tei build` then
    finds every stage up to date and a fresh build gives the same state files."""
    import json

    out = served.out
    states = [out / ".cache" / "validate.json", out / ".cache" / "convert" / "outputs.json",
              out / ".cache" / "convert" / "keys.json", out / ".cache" / "stages" / "convert.json"]
    before = {p: p.read_bytes() for p in states}
    source = _seed_with(served.seeds, "pleasant surprise")
    was = snapshot(served.inputs())
    _edit(source, "pleasant surprise", "pleasant surprize")
    now = snapshot(served.inputs())
    seen = []
    outcome = served.build(differences(was, now), stamps=now, site_done=lambda seconds, ok: seen.append(
        {p: p.read_bytes() if p.exists() else None for p in states}))
    # not written yet when the site was done: each whose value changed is gone (a process stopped
    # then leaves no manifest vouching for TEI files rewritten since), the stage's record let go
    # as it ran, as ever
    assert outcome.ok and seen == [{p: None for p in states}]
    assert all(p.read_bytes() != before[p] for p in states)  # (written after)
    assert served.settle().ok
    fresh = tmp_path / "fresh"
    _fresh_build(served.seeds, fresh)
    unstamped = lambda p: {name: {k: v for k, v in entry.items() if k != "stamp"}  # (out/tei's inodes differ)
                           for name, entry in json.loads(p.read_bytes()).items()}
    assert unstamped(states[0]) == unstamped(fresh / ".cache" / "validate.json")
    for p in states[1:3]:
        assert p.read_bytes() == (fresh / p.relative_to(out)).read_bytes(), p
    result = CliRunner().invoke(main, ["build", "--seeds", str(served.seeds), "--out", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    for stage in ("convert", "validate", "print", "html", "deposit"):
        assert f"{stage}: up to date" in result.output, result.output
    from tei import cache

    assert cache._HELD is None  # (nothing left held)


def test_a_held_state_file_whose_value_changes_is_removed_until_written(tmp_path, monkeypatch):
    """A state file saved while held: if its value is not the one on disk, the file is removed at
    once, so a process stopped before write_held cannot leave a state that vouches for outputs it no
    longer describes (convert's manifest for a TEI file rewritten since); one whose value is
    unchanged stays; write_held writes the held values."""
    import json

    from tei import cache

    monkeypatch.setattr(cache, "_STATES", {})  # (a process that keeps them, as tei serve's)
    monkeypatch.setattr(cache, "_HELD", None)
    changed, same = tmp_path / "changed.json", tmp_path / "same.json"
    cache.save_state(changed, {"X": "S"})
    cache.save_state(same, {"Y": "T"})
    assert cache.load_state(changed) == {"X": "S"} and cache.load_state(same) == {"Y": "T"}
    cache.hold_states()
    cache.save_state(changed, {"X": "S2"})
    cache.save_state(same, {"Y": "T"})
    assert not changed.exists() and json.loads(same.read_text()) == {"Y": "T"}
    assert cache.load_state(changed) == {"X": "S2"}
    cache.write_held()
    assert json.loads(changed.read_text()) == {"X": "S2"} and cache._HELD is None
