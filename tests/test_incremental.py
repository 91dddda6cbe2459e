"""A second conversion with a cache redoes only what changed (issue 7's incremental build)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import tei.convert as convert_module
from tei.convert import convert_sources
from tei.messages import Report

from conftest import SEEDS, stopped_after_moves


@pytest.fixture()
def workspace(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    return seeds, tmp_path / "tei", tmp_path / "cache"


def run(seeds, out, cache, monkeypatch, authority=None):
    calls = []
    real = convert_module.convert_file

    def counting(path, *args):
        calls.append(Path(path).name)
        return real(path, *args)

    monkeypatch.setattr(convert_module, "convert_file", counting)
    results = convert_sources([seeds], out, authority, report=Report(), cache_dir=cache)
    return calls, results


def test_second_run_converts_nothing_and_rewrites_nothing(workspace, monkeypatch):
    seeds, out, cache = workspace
    first, _ = run(seeds, out, cache, monkeypatch)
    assert len(first) == 5
    stamps = {p.name: p.stat().st_mtime_ns for p in out.glob("*.xml")}
    second, results = run(seeds, out, cache, monkeypatch)
    assert second == []
    assert sum(r.telegrams for r in results) == 10
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("*.xml")} == stamps


def test_editing_one_source_reconverts_only_it(workspace, monkeypatch):
    seeds, out, cache = workspace
    run(seeds, out, cache, monkeypatch)
    before = {p.name: p.read_bytes() for p in out.glob("*.xml")}
    source = next(seeds.glob("002_*"))
    source.write_text(source.read_text().replace("pleasant surprise", "welcome surprise"))
    calls, _ = run(seeds, out, cache, monkeypatch)
    assert calls == [source.name]
    after = {p.name: p.read_bytes() for p in out.glob("*.xml")}
    changed = {name for name in after if after[name] != before.get(name)}
    assert changed == {"tg-1949-02-stalin-mikoyan-wilson-center-121767.xml"}
    assert b"welcome surprise" in after["tg-1949-02-stalin-mikoyan-wilson-center-121767.xml"]


def test_a_changed_authority_file_invalidates_everything(workspace, monkeypatch, tmp_path):
    seeds, out, cache = workspace
    run(seeds, out, cache, monkeypatch)
    authority = tmp_path / "authority.xml"
    original = (Path(convert_module.__file__).parent / "data" / "authority.xml").read_text()
    authority.write_text(original.replace("Chinese Nationalist Party, led by", "The Nationalist Party, led by"))
    calls, _ = run(seeds, out, cache, monkeypatch, authority=authority)
    assert len(calls) == 5


def test_cached_and_fresh_outputs_are_identical(workspace, monkeypatch, tmp_path):
    seeds, out, cache = workspace
    run(seeds, out, cache, monkeypatch)
    fresh = tmp_path / "fresh"
    convert_sources([seeds], fresh, report=Report())
    cached_out = tmp_path / "cached"
    run(seeds, cached_out, cache, monkeypatch)
    names = sorted(p.name for p in fresh.glob("*.xml"))
    assert names and sorted(p.name for p in cached_out.glob("*.xml")) == names
    for path in fresh.glob("*.xml"):
        assert (cached_out / path.name).read_bytes() == path.read_bytes(), path.name


def test_validate_stage_checks_only_changed_documents(built_tei, tmp_path, monkeypatch):
    import tei.validate as validate_package
    from tei.build import BuildContext, stage_validate

    out = tmp_path / "out"
    shutil.copytree(built_tei, out / "tei")
    checked = []
    real = validate_package.run

    def counting(paths, *args, **kwargs):
        checked.append(sorted(Path(p).name for p in paths))
        return real(paths, *args, **kwargs)

    monkeypatch.setattr(validate_package, "run", counting)
    ctx = BuildContext(SEEDS, out, None, Report(), jobs=1)
    assert stage_validate(ctx)
    assert len(checked[-1]) == 10
    read = []
    real_read = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self.name) or real_read(self))
    assert stage_validate(ctx)
    assert len(checked) == 1  # nothing changed: nothing validated, and no document read again
    assert not [name for name in read if name.endswith(".xml")]
    monkeypatch.setattr(Path, "read_bytes", real_read)
    edited = next((out / "tei").glob("*mikoyan*.xml"))
    edited.write_text(edited.read_text(encoding="utf-8").replace("pleasant surprise", "welcome surprise"),
                      encoding="utf-8")
    assert stage_validate(ctx)
    assert checked[-1] == [edited.name]
    # An invalid document is found and named; unchanged, it is not checked again, but its
    # problems are reported again, the same, and the stage fails again.
    edited.write_text(edited.read_text(encoding="utf-8").replace('type="sent"', 'type="posted"'), encoding="utf-8")
    assert not stage_validate(ctx)
    first = [str(m) for m in ctx.report.messages if m.file.endswith(edited.name)]
    assert any(m.file.endswith(edited.name) for m in ctx.report.messages if m.level == "error")
    ctx.report = Report()
    assert not stage_validate(ctx)
    assert checked[-1] == [edited.name] and len(checked) == 3
    assert [str(m) for m in ctx.report.messages if m.file.endswith(edited.name)] == first


def test_build_convert_stage_skips_unchanged_sources_and_warns_again(workspace, monkeypatch, tmp_path, capsys):
    """tei build's convert stage reads nothing when sources, authority file, code and out/tei/
    are as the last good run left them, and gives that run's messages again (so a second
    `--strict` build fails as the first did); a changed source or a touched output runs it."""
    from tei.build import BuildContext, run_stage

    seeds, _, _ = workspace
    out = tmp_path / "out"
    source = next(seeds.glob("002_*"))  # a name the authority file lacks: a warning to give again
    source.write_text(source.read_text().replace("pleasant surprise", "pleasant surprise to Comrade Sidorenko"))

    def convert() -> tuple[list[str], list]:
        calls, real = [], convert_module.convert_sources
        monkeypatch.setattr(convert_module, "convert_sources", lambda *a, **k: calls.append(1) or real(*a, **k))
        report = Report()
        assert run_stage(BuildContext(seeds, out, None, report, jobs=1), "convert")
        return calls, sorted(report.messages)

    ran, first = convert()
    assert ran and "up to date" not in capsys.readouterr().err
    assert any("Sidorenko" in m.text and m.level == "warning" for m in first)
    ran, again = convert()
    assert not ran and again == first and "convert: up to date" in capsys.readouterr().err
    victim = next((out / "tei").glob("*.xml"))
    victim.unlink()  # out/tei/ changed by hand: converted again, the file is back
    ran, _ = convert()
    assert ran and victim.exists()
    source.write_text(source.read_text().replace("pleasant surprise", "welcome surprise"))
    ran, _ = convert()
    assert ran and b"welcome surprise" in (out / "tei" / "tg-1949-02-stalin-mikoyan-wilson-center-121767.xml").read_bytes()


def test_renamed_telegrams_come_out_the_same_from_the_cache(workspace, monkeypatch, tmp_path):
    """A telegram whose id another already has is renamed (xml:id and edition number) as it is
    written, whether its XML comes from this run or from the cache."""
    seeds, out, cache = workspace
    source = next(seeds.glob("002_*"))
    shutil.copy(source, seeds / "009_copy.txt")  # the same telegram twice: the second is renamed
    run(seeds, out, cache, monkeypatch)
    renamed = [p for p in out.glob("*.xml") if p.stem.startswith("tg-1949-02-stalin-mikoyan-wilson-center-121767-")]
    assert len(renamed) == 1
    text = renamed[0].read_text(encoding="utf-8")
    assert f'xml:id="{renamed[0].stem}"' in text and f'<idno type="edition">{renamed[0].stem}</idno>' in text
    fresh = tmp_path / "fresh"
    convert_sources([seeds], fresh, report=Report())
    cached_out = tmp_path / "cached"
    calls, _ = run(seeds, cached_out, cache, monkeypatch)
    assert calls == []
    assert sorted(p.name for p in cached_out.glob("*.xml")) == sorted(p.name for p in fresh.glob("*.xml"))
    for path in fresh.glob("*.xml"):
        assert (cached_out / path.name).read_bytes() == path.read_bytes(), path.name


def test_a_cache_that_lost_the_xml_converts_the_source_again(workspace, monkeypatch):
    seeds, out, cache = workspace
    run(seeds, out, cache, monkeypatch)
    before = {p.name: p.read_bytes() for p in out.glob("*.xml")}
    target = out / "tg-1949-02-stalin-mikoyan-wilson-center-121767.xml"
    target.unlink()
    for docs in cache.rglob("*.docs"):
        docs.unlink()
    calls, _ = run(seeds, out, cache, monkeypatch)
    assert calls  # nothing could be taken from the cache
    assert {p.name: p.read_bytes() for p in out.glob("*.xml")} == before


def test_xml_lost_from_the_cache_during_a_run_is_made_again(workspace, monkeypatch):
    """The cache had the source when it was looked up, but its XML cannot be read when the
    telegram is written: the source is converted again for it."""
    from tei.cache import ConversionCache

    seeds, out, cache = workspace
    run(seeds, out, cache, monkeypatch)
    target = out / "tg-1949-02-stalin-mikoyan-wilson-center-121767.xml"
    before = target.read_bytes()
    target.unlink()
    monkeypatch.setattr(ConversionCache, "docs", lambda self, key: None)
    calls, _ = run(seeds, out, cache, monkeypatch)
    assert calls == [next(seeds.glob("002_*")).name]
    assert target.read_bytes() == before


def test_every_stage_up_to_date_gives_its_warnings_again(tmp_path):
    """A second `tei build` with nothing changed runs no stage, but gives each stage's
    messages again: the validate stage's warning too (a provisional person), so a second
    `--strict` build fails as the first did.  A stage that fails keeps no record."""
    from click.testing import CliRunner

    from tei.build import BuildContext, run_stage
    from tei.cli import main

    seeds, out = tmp_path / "seeds", tmp_path / "out"
    shutil.copytree(SEEDS, seeds)
    source = next(seeds.glob("002_*"))
    source.write_text(source.read_text().replace("pleasant surprise", "pleasant surprise to Comrade Sidorenko"))
    args = ["build", "--seeds", str(seeds), "--out", str(out), "--strict", "-j", "1"]
    first, second = CliRunner().invoke(main, args), CliRunner().invoke(main, args)
    assert first.exit_code == second.exit_code == 1
    for run_ in (first, second):
        assert "unresolved-name" in run_.output and "unresolved-person" in run_.output  # convert's, validate's
    assert "validate: up to date" in second.output and "html: up to date" in second.output
    # a failing stage: no record, run again next time
    record = out / ".cache" / "stages" / "validate.json"
    assert record.exists()
    victim = next((out / "tei").glob("*mikoyan*.xml"))
    victim.write_text(victim.read_text(encoding="utf-8").replace('type="sent"', 'type="posted"'), encoding="utf-8")
    assert not run_stage(BuildContext(seeds, out, None, Report(), jobs=1), "validate")
    assert not record.exists()


def test_a_tei_file_edited_in_place_is_seen_by_the_later_stages(tmp_path):
    """The stages after convert know their input TEI files by stamp (device, inode, size,
    modification time), not by reading them: a file edited in place, same size, is still a
    change, and the next build checks it again instead of saying "up to date"."""
    from click.testing import CliRunner

    from tei.cli import main

    out = tmp_path / "out"
    args = ["build", "--seeds", str(SEEDS), "--out", str(out), "-j", "1"]
    assert CliRunner().invoke(main, args).exit_code == 0
    again = CliRunner().invoke(main, args)
    assert "validate: up to date" in again.output and "html: up to date" in again.output
    victim = next((out / "tei").glob("*mikoyan*.xml"))
    text = victim.read_text(encoding="utf-8")
    victim.write_text(text.replace("pleasant surprise", "pleasant surprize"), encoding="utf-8")
    assert victim.stat().st_size == len(text.encode("utf-8"))
    edited = CliRunner().invoke(main, args)
    assert edited.exit_code == 0, edited.output
    assert "validate: up to date" not in edited.output and "html: up to date" not in edited.output


def test_a_build_stopped_while_moving_files_in_is_finished_by_the_next(tmp_path, monkeypatch):
    """tei build updates the site and the bag in place under a journal (tei.journal): stopped
    between two moves, it leaves the journal; the next build finishes it, and its outputs are
    those of a build from scratch, byte for byte."""
    from click.testing import CliRunner

    import tei.journal as journal
    from tei.cli import main

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    out = tmp_path / "out"
    args = ["build", "--seeds", str(seeds), "--out", str(out), "-j", "1"]
    assert CliRunner().invoke(main, args).exit_code == 0
    victim = next(seeds.glob("*.txt"))
    text = victim.read_text(encoding="utf-8")
    victim.unlink()
    victim.write_text(text.replace("the", "THE", 1), encoding="utf-8")

    from tei.build import build_edition

    stopped_after_moves(monkeypatch, 2, lambda: build_edition(seeds, out, None, Report(), jobs=1))
    assert journal.journal_path(out / "html").exists()
    assert CliRunner().invoke(main, args).exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == [".cache", "deposit", "html", "print", "tei"]
    scratch = tmp_path / "scratch"
    assert CliRunner().invoke(main, ["build", "--seeds", str(seeds), "--out", str(scratch), "-j", "1"]).exit_code == 0
    for folder in ("tei", "html", "deposit"):
        made = {str(p.relative_to(out / folder)): p.read_bytes() for p in (out / folder).rglob("*") if p.is_file()}
        fresh = {str(p.relative_to(scratch / folder)): p.read_bytes() for p in (scratch / folder).rglob("*")
                 if p.is_file()}
        assert made == fresh, folder


def test_a_bad_source_does_not_stop_the_editions_but_the_deposit(tmp_path):
    """One source that cannot be read among good ones: the HTML and print editions are made
    from the rest (a user corrects the sources looking at them), the deposit is not (it holds
    the whole edition), the exit code is 1.  A source that worked before and is broken now
    keeps its last TEI file: nothing already made is lost."""
    from click.testing import CliRunner

    from tei.cli import main

    seeds, out = tmp_path / "seeds", tmp_path / "out"
    shutil.copytree(SEEDS, seeds)
    args = ["build", "--seeds", str(seeds), "--out", str(out), "-j", "1"]
    assert CliRunner().invoke(main, args).exit_code == 0
    telegrams = sorted(p.name for p in (out / "tei").glob("*.xml"))
    deposit = sorted(p.relative_to(out) for p in (out / "deposit").rglob("*") if p.is_file())
    (seeds / "zz-not-a-telegram.txt").write_text("Shopping list\n\nMilk and bread.\n", encoding="utf-8")
    works = next(seeds.glob("003_*.txt"))
    works.write_bytes(b"")  # broken since the last build
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1
    assert "zz-not-a-telegram.txt: error: no telegram found" in result.output
    assert "no deposit was made: the 'convert' stage had errors" in result.output
    # the line that says "(above)" comes below what it sums up, though its file sorts first
    assert result.output.index("no deposit was made") > result.output.index("zz-not-a-telegram.txt: error:")
    assert "run tei build again" not in result.output  # (tei serve builds again by itself)
    assert sorted(p.name for p in (out / "tei").glob("*.xml")) == telegrams  # the broken source's TEI kept
    assert "html: " in result.output and (out / "html" / "index.html").exists() and (out / "print" / "edition.pdf").exists()
    assert sorted(p.relative_to(out) for p in (out / "deposit").rglob("*") if p.is_file()) == deposit  # the last one
    # only a build where no source gave a telegram stops at once
    empty = tmp_path / "unread-seeds"  # (a name that sorts after the output folder)
    empty.mkdir()
    (empty / "a.txt").write_text("Shopping list\n", encoding="utf-8")
    nothing = CliRunner().invoke(main, ["build", "--seeds", str(empty), "--out", str(tmp_path / "o2"), "-j", "1"])
    assert nothing.exit_code == 1 and "no source gave a telegram" in nothing.output
    assert nothing.output.index("no source gave a telegram") > nothing.output.index("a.txt: error:")
    assert not (tmp_path / "o2" / "html").exists()


def test_the_print_edition_typeset_alongside_gives_what_one_stage_after_another_gives(tmp_path):
    """With more than one job the print stage runs in a process of its own beside validation
    and the HTML edition: the same files, the same messages in the same order (print's between
    validate's and html's), and a later build finds it up to date without starting it."""
    from click.testing import CliRunner

    from tei.cli import main

    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    source = next(seeds.glob("002_*"))  # a warning from convert and validate (a provisional person)
    source.write_text(source.read_text().replace("pleasant surprise", "pleasant surprise to Comrade Sidorenko"))
    results = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"out-{jobs}"
        results[jobs] = CliRunner().invoke(main, ["build", "--seeds", str(seeds), "--out", str(out), "-j", jobs])
        assert results[jobs].exit_code == 0, results[jobs].output
    assert "print: started alongside" in results["2"].output and "alongside" not in results["1"].output
    assert "print: 10 telegrams -> " in results["2"].output  # its own lines, given when it is joined

    def messages(output):
        return [line for line in output.splitlines() if ": warning: " in line or ": error: " in line]

    assert messages(results["1"].output) == [m.replace("out-2", "out-1") for m in messages(results["2"].output)]
    assert messages(results["1"].output)
    for folder in ("tei", "html", "print", "deposit"):
        one = {p.relative_to(tmp_path / "out-1"): p.read_bytes() for p in (tmp_path / "out-1" / folder).rglob("*")
               if p.is_file()}
        two = {p.relative_to(tmp_path / "out-2"): p.read_bytes() for p in (tmp_path / "out-2" / folder).rglob("*")
               if p.is_file()}
        assert one == two, folder
    again = CliRunner().invoke(main, ["build", "--seeds", str(seeds), "--out", str(tmp_path / "out-2"), "-j", "2"])
    assert again.exit_code == 0 and "print: up to date" in again.output and "alongside" not in again.output


def test_a_stage_alongside_that_dies_is_reported_and_one_interrupted_is_stopped(built_tei, tmp_path):
    """The process of the stage run alongside ends without a word (killed): an error that says
    so and what to do, not a hang or a traceback; the build interrupted: it is stopped too."""
    from tei.build import Alongside, BuildContext

    out = tmp_path / "out"
    shutil.copytree(built_tei, out / "tei")
    ctx = BuildContext(SEEDS, out, None, Report(), jobs=2)
    alongside = Alongside(ctx, "print")
    alongside._process.kill()
    assert not alongside.join(ctx, 0)
    assert "the print stage stopped without finishing" in ctx.report.messages[0].text
    stopped = Alongside(ctx, "print")
    stopped.stop()
    assert not stopped._process.is_alive()


def test_an_unchanged_source_is_not_read_for_its_key_and_an_edited_one_is(workspace, monkeypatch):
    """A source keeps the key it had while its stamp is the same (not read: at 10,000
    telegrams reading every source was 0.2 s of a one-edit rebuild); a source edited in
    place, even to the same size, is read again and converted again."""
    from tei.cache import ConversionCache

    seeds, out, cache = workspace
    run(seeds, out, cache, monkeypatch)
    read = []
    real_key = ConversionCache.key
    monkeypatch.setattr(ConversionCache, "key", lambda self, source: read.append(source.name) or real_key(self, source))
    calls, _ = run(seeds, out, cache, monkeypatch)
    assert read == [] and calls == []
    source = next(seeds.glob("002_*"))
    text = source.read_text()
    assert "pleasant surprise" in text
    source.write_text(text.replace("pleasant surprise", "pleasant surprize"))  # (in place, the same size)
    calls, _ = run(seeds, out, cache, monkeypatch)
    assert read == [source.name] and calls == [source.name]
    assert b"pleasant surprize" in (out / "tg-1949-02-stalin-mikoyan-wilson-center-121767.xml").read_bytes()
    (cache / "keys.json").write_text("not json")  # an unreadable record of keys: every source read again
    read.clear()
    calls, _ = run(seeds, out, cache, monkeypatch)
    assert len(read) == 5 and calls == []


def test_the_build_date_keys_the_conversion_cache(tmp_path, monkeypatch):
    """SOURCE_DATE_EPOCH is the date each TEI header carries (tei.edition.build_date): another
    value converts again rather than giving the cached files with the old date."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    source = sorted(SEEDS.glob("*.txt"))[0]
    shutil.copy(source, seeds / source.name)
    out, cache = tmp_path / "tei", tmp_path / "cache"

    def dates() -> set[str]:
        convert_sources([seeds], out, report=Report(), cache_dir=cache)
        return {date for path in out.glob("*.xml") for date in ("2023-11-14", "2027-01-15")
                if f'when="{date}"' in path.read_text(encoding="utf-8")}

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 2023-11-14
    assert dates() == {"2023-11-14"}
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1800000000")  # 2027-01-15
    assert dates() == {"2027-01-15"}


def test_a_build_takes_the_schemas_and_stylesheets_hashes_once_and_the_next_build_again(tmp_path, monkeypatch):
    """Validation's salt (the schema folder) and the HTML and print editions' (the stylesheets,
    static files and Typst template they read) are taken once a build, for the stages' keys,
    the stages (validation's per-document hashes too) and the deposit's key; a second build in
    the same process (tei serve's) takes them again: they may be edited."""
    import tei.build as build
    import tei.stylesheets as stylesheets
    from tei.build import build_edition

    taken = []
    for module, name in ((stylesheets, "html_salt"), (stylesheets, "print_salt"), (build, "_schema_salt")):
        real = getattr(module, name)
        monkeypatch.setattr(module, name, lambda real=real, name=name: taken.append(name) or real())
    seeds, out = tmp_path / "seeds", tmp_path / "out"
    shutil.copytree(SEEDS, seeds)
    ran: list[str] = []
    assert build_edition(seeds, out, None, Report(), alongside_print=False, ran=ran)
    assert ran == ["convert", "validate", "print", "html", "deposit"]
    assert sorted(taken) == ["_schema_salt", "html_salt", "print_salt"]
    source = next(seeds.glob("002_*"))
    source.write_text(source.read_text().replace("pleasant surprise", "pleasant surprize"))
    ran.clear()
    assert build_edition(seeds, out, None, Report(), alongside_print=False, ran=ran)
    assert ran == ["convert", "validate", "print", "html", "deposit"]
    assert sorted(taken) == ["_schema_salt", "_schema_salt", "html_salt", "html_salt", "print_salt", "print_salt"]


def test_validations_record_holds_the_schemas_hash_and_an_edited_schema_checks_every_document_again(tmp_path, monkeypatch):
    """out/.cache/validate.json: each document's entry the build's schema hash (the validate
    stage key's, as text) and the document's digest salted with it; a build whose schema hash
    differs checks every document again and records the new hash."""
    import hashlib
    import json

    import tei.build as build
    import tei.validate as validate
    from tei.build import build_edition

    seeds, out = tmp_path / "seeds", tmp_path / "out"
    shutil.copytree(SEEDS, seeds)

    def recorded():
        state = json.loads((out / ".cache" / "validate.json").read_bytes())
        return {name: (entry["salt"], entry["digest"]) for name, entry in state.items()}

    def salted_with(salt):
        return {p.name: (salt, hashlib.sha256(salt.encode() + p.read_bytes()).hexdigest())
                for p in (out / "tei").glob("*.xml")}

    assert build_edition(seeds, out, None, Report(), alongside_print=False, ran=[])
    assert recorded() == salted_with(build._schema_salt().decode()) and recorded()
    checked, real_run = [], validate.run
    monkeypatch.setattr(validate, "run", lambda files, **options: checked.extend(files) or real_run(files, **options))
    monkeypatch.setattr(build, "_schema_salt", lambda: b"an edited schema")
    ran: list[str] = []
    assert build_edition(seeds, out, None, Report(), alongside_print=False, ran=ran)
    assert "validate" in ran and sorted(Path(f).name for f in checked) == sorted(salted_with("x"))
    assert recorded() == salted_with("an edited schema")
