"""The deposit bag: complete, verifiable, deterministic; bad input never replaces a good bag."""

from __future__ import annotations

import shutil
from pathlib import Path

import bagit
from lxml import etree
import pytest
from click.testing import CliRunner

from tei import edition
from tei.cli import main
from tei.deposit import DepositOptions, make_deposit, verify_bag
from tei.messages import Report

from conftest import stopped_after_moves

EPOCH = "1700000000"  # 2023-11-14
T = "{http://www.tei-c.org/ns/1.0}"


def deposit(args, **env):
    return CliRunner().invoke(main, ["deposit", *map(str, args)], env={"SOURCE_DATE_EPOCH": EPOCH, **env})


@pytest.fixture(scope="module")
def tei_copy(built_tei, tmp_path_factory) -> Path:
    """The TEI files with a rendered edition beside them, as tei build leaves them."""
    out = tmp_path_factory.mktemp("out")
    shutil.copytree(built_tei, out / "tei")
    (out / "html").mkdir()
    (out / "html" / "index.html").write_text("<!DOCTYPE html><title>edition</title>\n")
    return out / "tei"


@pytest.fixture(scope="module")
def bag(tei_copy, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("deposit") / "bag"
    run = deposit([tei_copy, "--out", out, "--contact-name", "A. Editor", "--contact-email", "a@example.org"])
    assert run.exit_code == 0, run.output
    return out


@pytest.fixture
def bag_copy(bag, tmp_path) -> Path:
    shutil.copytree(bag, tmp_path / "bag")
    return tmp_path / "bag"


def test_bag_validates_with_both_manifests(bag, tei_copy):
    b = bagit.Bag(str(bag))
    b.validate()
    assert sorted(b.algorithms) == ["sha256", "sha512"]
    assert (bag / "manifest-sha256.txt").is_file() and (bag / "manifest-sha512.txt").is_file()
    payload = {p.replace("\\", "/") for p in b.payload_files()}
    assert {f"data/tei/{p.name}" for p in tei_copy.glob("*.xml")} <= payload
    assert {"data/corpus.xml", "data/cmif.xml", "data/html/index.html"} <= payload


def test_bag_info(bag):
    info = bagit.Bag(str(bag)).info
    assert info["Bagging-Date"] == "2023-11-14"  # SOURCE_DATE_EPOCH
    assert info["Contact-Name"] == "A. Editor" and info["Contact-Email"] == "a@example.org"
    assert info["Source-Organization"] and info["External-Description"]
    files = len(bagit.Bag(str(bag)).payload_entries())
    assert info["Payload-Oxum"].endswith(f".{files}") and info["Bag-Size"]
    assert any(w in info["Validation"] for w in ("tei_all", "well-formed", "project's validator"))
    assert info["Validation"].startswith(("TEI documents checked by ", "TEI documents checked as well-formed"))
    assert "Invalid-Document" not in info


def test_placeholders_are_marked_configurable(tei_copy, tmp_path):
    report = Report()
    assert make_deposit(tei_copy, tmp_path / "bag", DepositOptions(), report), report.messages
    info = bagit.Bag(str(tmp_path / "bag")).info
    assert "--contact-name" in info["Contact-Name"] and info["Contact-Email"].endswith("example.org")


def test_deterministic(bag, tei_copy, tmp_path):
    run = deposit([tei_copy, "--out", tmp_path / "again", "--contact-name", "A. Editor",
                   "--contact-email", "a@example.org"])
    assert run.exit_code == 0, run.output
    for name in ("manifest-sha512.txt", "bag-info.txt", "tagmanifest-sha256.txt"):
        assert (tmp_path / "again" / name).read_text() == (bag / name).read_text(), name


def test_verify_good_bag(bag):
    run = deposit(["--verify", bag])
    assert run.exit_code == 0 and "valid bag" in run.output


def test_verify_names_a_changed_byte(bag_copy):
    target = sorted((bag_copy / "data" / "tei").glob("*.xml"))[3]
    data = bytearray(target.read_bytes())
    data[200] = ord("X") if data[200] != ord("X") else ord("Y")
    target.write_bytes(bytes(data))
    run = deposit(["--verify", bag_copy])
    assert run.exit_code == 1
    assert f"changed: data/tei/{target.name}" in run.output
    assert "missing:" not in run.output and "extra:" not in run.output


def test_verify_names_missing_and_extra_files(bag_copy):
    (bag_copy / "data" / "cmif.xml").unlink()
    (bag_copy / "data" / "tei" / "stray.xml").write_text("<x/>")
    (bag_copy / "bag-info.txt").write_text((bag_copy / "bag-info.txt").read_text() + "Note: edited\n")
    run = deposit(["--verify", bag_copy])
    assert run.exit_code == 1
    assert "missing: data/cmif.xml" in run.output
    assert "extra: data/tei/stray.xml" in run.output
    assert "changed: bag-info.txt" in run.output


def test_verify_a_folder_that_is_no_bag(tmp_path):
    run = deposit(["--verify", tmp_path])
    assert run.exit_code == 1 and "not a readable BagIt bag" in run.output


@pytest.mark.parametrize("bad, says", [
    ("<TEI xmlns='http://www.tei-c.org/ns/1.0'><teiHeader>", "not well-formed"),
    ("<html><body/></html>", "root element is <html>"),
    ("<TEI xmlns='http://www.tei-c.org/ns/1.0'><teiHeader/><foo/></TEI>", "invalid TEI"),  # well-formed, not TEI-valid
])
def test_invalid_tei_stops_the_deposit_and_keeps_the_old_bag(bag_copy, tei_copy, tmp_path, bad, says):
    tei = tmp_path / "tei"
    shutil.copytree(tei_copy, tei)
    (tei / "zz-broken.xml").write_text(bad)
    before = (bag_copy / "manifest-sha256.txt").read_text()
    run = deposit([tei, "--out", bag_copy])
    assert run.exit_code == 1
    assert "zz-broken.xml" in run.output and says in run.output and "nothing was deposited" in run.output
    assert (bag_copy / "manifest-sha256.txt").read_text() == before
    assert sorted(p.name for p in bag_copy.parent.iterdir()) == ["bag", "tei"]  # no staging folder left


def test_allow_invalid_records_it(tei_copy, tmp_path):
    tei = tmp_path / "tei"
    shutil.copytree(tei_copy, tei)
    (tei / "zz-broken.xml").write_text("<html/>")
    run = deposit([tei, "--out", tmp_path / "bag", "--allow-invalid"])
    assert run.exit_code == 0, run.output
    b = bagit.Bag(str(tmp_path / "bag"))
    b.validate()
    assert "--allow-invalid" in b.info["Validation"]
    assert b.info["Invalid-Document"].startswith("data/tei/zz-broken.xml")
    assert (tmp_path / "bag" / "data" / "tei" / "zz-broken.xml").is_file()
    assert "zz-broken" not in (tmp_path / "bag" / "data" / "corpus.xml").read_text()


def test_a_publisher_of_documents_not_encoded_for_a_series_is_not_the_editions(tei_copy, tmp_path):
    """Documents encoded by hand from a FRUS volume: their publicationStmt names the Government
    Printing Office and their fileDesc has no seriesStmt.  As on the telegram pages, their
    publisher is not the edition's: neither bag-info nor corpus.xml and cmif.xml name it."""
    tei = tmp_path / "tei"
    tei.mkdir()
    gpo = "United States Government Printing Office"
    for path in sorted(tei_copy.glob("*.xml")):
        tree = etree.parse(str(path))
        file_desc = tree.find(f"{T}teiHeader/{T}fileDesc")
        file_desc.remove(file_desc.find(f"{T}seriesStmt"))
        file_desc.find(f"{T}publicationStmt/{T}publisher").text = gpo
        tree.write(str(tei / path.name), xml_declaration=True, encoding="UTF-8")
    run = deposit([tei, "--out", tmp_path / "bag"], TEI_EDITION=None)  # (not a configured edition)
    assert run.exit_code == 0, run.output
    data = tmp_path / "bag" / "data"
    published_by = [bagit.Bag(str(tmp_path / "bag")).info["Source-Organization"]] + [
        " ".join("".join(etree.parse(str(data / name)).find(f"{T}teiHeader//{T}publicationStmt/{T}publisher")
                         .itertext()).split()) for name in ("corpus.xml", "cmif.xml")]
    assert published_by == [edition.current().publisher] * 3 and gpo not in published_by


def test_refuses_to_replace_a_folder_that_is_no_bag(tei_copy, tmp_path):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me")
    run = deposit([tei_copy, "--out", tmp_path / "mine"])
    assert run.exit_code == 1 and "not a bag" in run.output
    assert (tmp_path / "mine" / "notes.txt").read_text() == "keep me"


def test_usage_errors():
    assert deposit([]).exit_code == 2
    assert deposit(["--verify", ".", "."]).exit_code == 2


def test_build_deposit_links_its_outputs_and_trusts_its_validation(tei_copy, tmp_path):
    """As tei build makes it: payload files are hard links to out/ (which is only ever replaced
    file by file), the documents are not validated a second time, and the bag verifies."""
    html = tei_copy.parent / "html"
    options = DepositOptions(check_outputs=False, validated=True, link_payload=True, renderings={"html": html})
    out = tmp_path / "bag"
    assert make_deposit(tei_copy, out, options, Report())
    first = sorted(tei_copy.glob("*.xml"))[0]
    assert (out / "data" / "tei" / first.name).stat().st_ino == first.stat().st_ino
    assert (out / "data" / "html" / "index.html").stat().st_ino == (html / "index.html").stat().st_ino
    assert "validate stage" in (out / "bag-info.txt").read_text(encoding="utf-8")
    assert verify_bag(out).ok
    bagit.Bag(str(out)).validate()  # the bag tei writes is a bag for bagit too
    # only the headers were kept in memory; the corpus still holds every document whole
    corpus = etree.parse(str(out / "data" / "corpus.xml")).getroot()
    members = corpus.findall("{http://www.tei-c.org/ns/1.0}TEI")
    assert len(members) == len(list(tei_copy.glob("*.xml")))
    assert all(m.find(".//{http://www.tei-c.org/ns/1.0}body//{http://www.tei-c.org/ns/1.0}p") is not None
               for m in members)


def _payload_read_by_a_second_deposit(tei_copy, tmp_path, monkeypatch, cache: Path) -> list[str]:
    """Two deposits with a digest cache: the payload files the second one reads."""
    import tei.deposit.bag as bag_module

    options = DepositOptions(check_outputs=False, validated=True, link_payload=True, digest_cache=cache)
    assert make_deposit(tei_copy, tmp_path / "bag", options, Report())
    read = []
    real = bag_module._digests
    monkeypatch.setattr(bag_module, "_digests", lambda path, algs: read.append(Path(path).name) or real(path, algs))
    assert make_deposit(tei_copy, tmp_path / "bag", options, Report())
    payload_read = sorted(n for n in read if not n.endswith(".txt"))
    assert verify_bag(tmp_path / "bag").ok
    return payload_read


def test_a_second_deposit_reads_only_the_new_files(tei_copy, tmp_path, monkeypatch):
    payload_read = _payload_read_by_a_second_deposit(tei_copy, tmp_path, monkeypatch, tmp_path / "digests.sqlite")
    assert payload_read == ["cmif.xml", "corpus.xml"]  # written anew; the TEI files are the same inodes
    bagit.Bag(str(tmp_path / "bag")).validate()


def test_validating_or_trusting_tei_build_gives_the_same_corpus_and_cmif(tei_copy, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    whole, light = tmp_path / "whole", tmp_path / "light"
    assert make_deposit(tei_copy, whole, DepositOptions(check_outputs=False), Report())
    assert make_deposit(tei_copy, light, DepositOptions(check_outputs=False, validated=True), Report())
    for name in ("corpus.xml", "cmif.xml"):
        assert (whole / "data" / name).read_bytes() == (light / "data" / name).read_bytes(), name
    # and with the headers and members kept from a first deposit (the second takes them all)
    kept = DepositOptions(check_outputs=False, validated=True, document_cache=tmp_path / "documents.sqlite")
    for _ in range(2):
        assert make_deposit(tei_copy, tmp_path / "kept", kept, Report())
        for name in ("corpus.xml", "cmif.xml"):
            assert (whole / "data" / name).read_bytes() == (tmp_path / "kept" / "data" / name).read_bytes(), name


def test_payload_listed_in_path_step_order(tmp_path):
    """The bag lists its files folder by folder in name order: the order of their path steps,
    as sorting all paths by their steps would give (a folder's files where its name sorts)."""
    from tei.deposit.bag import _files

    for rel in ("a-b", "a/x", "a/y/z", "a.b", "b", "A", "a/-", "ab/c", "z/a/b/c"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(rel)
    (tmp_path / "link").symlink_to(tmp_path / "a", target_is_directory=True)  # not followed
    listed = [rel for rel, _ in _files(tmp_path)]
    assert listed == sorted(listed, key=lambda r: r.split("/"))
    assert sorted(listed) == sorted(["a-b", "a/x", "a/y/z", "a.b", "b", "A", "a/-", "ab/c", "z/a/b/c"])


def test_an_unreadable_digest_cache_is_made_anew(tei_copy, tmp_path, monkeypatch):
    """A digest cache that is not a database (a file of another version, or damaged) is
    replaced: the deposit is made, and the next one reads only the files written anew."""
    cache = tmp_path / "digests.sqlite"
    cache.write_bytes(b"\x80\x05not a database")
    assert _payload_read_by_a_second_deposit(tei_copy, tmp_path, monkeypatch, cache) == ["cmif.xml", "corpus.xml"]


def test_a_second_deposit_takes_the_cmif_entries_it_kept(tei_copy, tmp_path, monkeypatch):
    """Unchanged files' CMIF entries come from the document cache (no header read for them);
    another address of the edition makes them again (each names the edition's source)."""
    from dataclasses import replace

    import tei.deposit.cmif as cmif_module

    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    kept = DepositOptions(check_outputs=False, validated=True, document_cache=tmp_path / "documents.sqlite")
    assert make_deposit(tei_copy, tmp_path / "bag", kept, Report())
    made = []
    real = cmif_module._corresp
    monkeypatch.setattr(cmif_module, "_corresp", lambda doc, *rest: made.append(doc.path.name) or real(doc, *rest))
    assert make_deposit(tei_copy, tmp_path / "bag", kept, Report())
    assert made == []
    elsewhere = replace(kept, base_url="https://example.net/telegrams/")
    assert make_deposit(tei_copy, tmp_path / "bag", elsewhere, Report())
    assert len(made) == len(list(tei_copy.glob("*.xml")))
    assert make_deposit(tei_copy, tmp_path / "fresh", replace(elsewhere, document_cache=None), Report())
    cmif = (tmp_path / "bag" / "data" / "cmif.xml").read_bytes()
    assert cmif == (tmp_path / "fresh" / "data" / "cmif.xml").read_bytes() and b"example.net/telegrams" in cmif


def test_kept_members_that_cannot_be_read_are_made_again(tei_copy, tmp_path, monkeypatch):
    """A kept member is copied from the last corpus without being read first; should its
    bytes there not be a member's, it is made again, the corpus is the same, and the next
    deposit does not trust the places the cache holds."""
    import tei.deposit.corpus as corpus_module

    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    kept = DepositOptions(check_outputs=False, validated=True, document_cache=tmp_path / "documents.sqlite")
    assert make_deposit(tei_copy, tmp_path / "bag", kept, Report())
    first = (tmp_path / "bag" / "data" / "corpus.xml").read_bytes()
    made = []
    real = corpus_module._make_member
    monkeypatch.setattr(corpus_module, "_make_member", lambda doc, *rest: made.append(doc.id) or real(doc, *rest))
    assert make_deposit(tei_copy, tmp_path / "bag", kept, Report())
    assert made == [] and (tmp_path / "bag" / "data" / "corpus.xml").read_bytes() == first  # all kept
    monkeypatch.setattr(corpus_module._LastCorpus, "read_at", lambda self, offset, length: None)
    assert make_deposit(tei_copy, tmp_path / "bag", kept, Report())
    assert len(made) == len(list(tei_copy.glob("*.xml")))  # each made again, once
    assert (tmp_path / "bag" / "data" / "corpus.xml").read_bytes() == first


def _bag_files(bag: Path) -> dict[str, bytes]:
    return {str(p.relative_to(bag)): p.read_bytes() for p in bag.rglob("*") if p.is_file()}


def test_a_bag_is_updated_in_place_and_an_interrupted_update_finished_by_the_next(tei_copy, tmp_path, monkeypatch):
    """The bag is updated in place under a journal (tei.journal): only the files that changed
    are written; a deposit stopped between two of its moves is finished by the next, and the
    bag is then the one a deposit from scratch makes."""
    import tei.journal as journal

    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    tei = tmp_path / "out" / "tei"
    shutil.copytree(tei_copy, tei)
    html = tmp_path / "out" / "html"
    shutil.copytree(tei_copy.parent / "html", html)
    options = DepositOptions(check_outputs=False, validated=True, link_payload=True, renderings={"html": html},
                             digest_cache=tmp_path / "digests.sqlite")
    bag = tmp_path / "bag"
    assert make_deposit(tei, bag, options, Report())
    (bag / "data" / "stray.txt").write_text("put there by hand")
    (bag / "notes").mkdir()  # (and beside the payload: the bag's own files only stay)
    (bag / "notes" / "stray.txt").write_text("put there by hand")
    (bag / "stray.txt").write_text("put there by hand")
    inodes = {p.name: p.stat().st_ino for p in (bag / "data" / "tei").iterdir()}
    first, second, *_ = sorted(tei.glob("*.xml"))
    text = first.read_text(encoding="utf-8")
    first.unlink()  # replaced, as tei convert writes a file
    first.write_text(text.replace("</body>", "<p>An added paragraph.</p></body>", 1), encoding="utf-8")
    second.unlink()
    stopped_after_moves(monkeypatch, 2, lambda: make_deposit(tei, bag, options, Report()))
    assert journal.journal_path(bag).exists()
    assert make_deposit(tei, bag, options, Report())
    assert not journal.journal_path(bag).exists() and sorted(p.name for p in tmp_path.iterdir()) == [
        "bag", "digests.sqlite", "out"]
    assert verify_bag(bag).ok
    after = {p.name: p.stat().st_ino for p in (bag / "data" / "tei").iterdir()}
    assert {n for n in after if after[n] != inodes.get(n)} == {first.name} and second.name not in after
    scratch = tmp_path / "scratch"
    assert make_deposit(tei, scratch, DepositOptions(check_outputs=False, validated=True, renderings={"html": html}),
                        Report())
    assert _bag_files(bag) == _bag_files(scratch)
    shutil.rmtree(scratch)


def test_a_one_edit_redeposit_with_its_caches_is_a_deposit_from_scratch(tei_copy, tmp_path, monkeypatch):
    """As tei build re-deposits after an edit (kept headers, members, CMIF entries and digests;
    every member after the edited one moved in the corpus): the bag is the one a deposit from
    scratch makes, byte for byte, and so is the next after a second edit."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    tei = tmp_path / "out" / "tei"
    shutil.copytree(tei_copy, tei)
    options = DepositOptions(check_outputs=False, validated=True, link_payload=True,
                             digest_cache=tmp_path / "digests.sqlite", document_cache=tmp_path / "documents.sqlite")
    bag = tmp_path / "bag"
    assert make_deposit(tei, bag, options, Report())
    paths = sorted(tei.glob("*.xml"))
    for path, words in ((paths[0], "An added paragraph."), (paths[len(paths) // 2], "Another, longer added paragraph.")):
        text = path.read_text(encoding="utf-8")
        path.unlink()  # replaced, as tei convert writes a file
        path.write_text(text.replace("</body>", f"<p>{words}</p></body>", 1), encoding="utf-8")
        assert make_deposit(tei, bag, options, Report())
        scratch = tmp_path / "scratch"
        assert make_deposit(tei, scratch, DepositOptions(check_outputs=False, validated=True), Report())
        assert _bag_files(bag) == _bag_files(scratch)
        assert words.encode() in (bag / "data" / "corpus.xml").read_bytes()
        shutil.rmtree(scratch)


def test_the_document_cache_gives_what_was_put_in_any_order_it_is_asked(tmp_path):
    """The deposit's document cache reads each kind's rows in one scan in the order of the
    files' names (the order the deposit asks in); a file asked for out of that order, twice,
    or not kept, and one put in the same run, are answered as by a query of their own."""
    from tei.deposit.documents import DocumentCache

    files = []
    for name in ("a.xml", "b.xml", "c.xml", "d.xml", "e.xml"):
        (tmp_path / name).write_text(name)
        files.append(tmp_path / name)
    a, b, c, d, e = files
    cache = DocumentCache(tmp_path / "documents.sqlite", "salt")
    for path in (a, c, e):
        cache.put(path, "header", f"header of {path.name}")
        cache.put(path, "member", f"member of {path.name}")
    assert cache.get(c, "header") == "header of c.xml"  # (put in this run)
    cache.save()
    cache = DocumentCache(tmp_path / "documents.sqlite", "salt")
    asked = [(p, kind) for kind in ("header", "member") for p in (a, b, c, c, e, a, d, c)]
    expected = [f"{kind} of {p.name}" if p in (a, c, e) else None for p, kind in asked]
    assert [cache.get(p, kind) for p, kind in asked] == expected
    cache.put(b, "header", "header of b.xml")
    assert cache.get(b, "header") == "header of b.xml" and cache.get(e, "header") == "header of e.xml"
    cache.close()  # (without save(): what this run put is forgotten)
    cache = DocumentCache(tmp_path / "documents.sqlite", "salt")
    assert cache.get(b, "header") is None and cache.get(c, "member") == "member of c.xml"
    c.unlink()
    c.write_text("c.xml, edited")  # (a new file: its kept rows no longer hold)
    cache = DocumentCache(tmp_path / "documents.sqlite", "salt")
    assert cache.get(c, "header") is None and cache.get(e, "header") == "header of e.xml"


def _kept_in_memory(tei_copy, tmp_path, monkeypatch):
    """A deposit's process as tei serve's: the caches kept in memory from now on (none kept
    before), and a copy of the TEI files and their HTML site: (tei folder, html folder)."""
    import tei.deposit.bag as bag_module
    import tei.deposit.documents as documents_module
    from tei.deposit import keep_in_memory

    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    monkeypatch.setattr(documents_module, "_KEPT", None)
    monkeypatch.setattr(bag_module, "_KEPT", None)
    monkeypatch.setattr(bag_module, "_STAMPS", None)
    keep_in_memory()
    tei = tmp_path / "out" / "tei"
    shutil.copytree(tei_copy, tei)
    html = tmp_path / "out" / "html"
    shutil.copytree(tei_copy.parent / "html", html)
    return tei, html


def test_deposits_that_keep_their_caches_in_memory_are_deposits_from_scratch(tei_copy, tmp_path, monkeypatch):
    """As tei serve deposits again and again in one process: the caches' rows kept in memory
    between deposits (not read back from SQLite), after an edit, a file removed and a file
    added the bag is the one a deposit from scratch makes; the SQLite files stay what they
    would be, so a deposit in a new process after them (nothing kept) gives the same bag."""
    import tei.deposit.bag as bag_module
    import tei.deposit.documents as documents_module

    tei, html = _kept_in_memory(tei_copy, tmp_path, monkeypatch)
    options = DepositOptions(check_outputs=False, validated=True, link_payload=True, renderings={"html": html},
                             digest_cache=tmp_path / "digests.sqlite", document_cache=tmp_path / "documents.sqlite")
    bag = tmp_path / "bag"
    assert make_deposit(tei, bag, options, Report())  # (the first: from the SQLite files, then kept)
    paths = sorted(tei.glob("*.xml"))
    added = tei / ("zz-" + paths[1].name)

    def edit():
        text = paths[len(paths) // 2].read_text(encoding="utf-8")
        paths[len(paths) // 2].unlink()  # replaced, as tei convert writes a file
        paths[len(paths) // 2].write_text(text.replace("</body>", "<p>An added paragraph.</p></body>", 1),
                                          encoding="utf-8")

    def add():  # a copy of another telegram under an id of its own
        text = paths[1].read_text(encoding="utf-8")
        added.write_text(text.replace(f'xml:id="{paths[1].stem}"', f'xml:id="{added.stem}"', 1), encoding="utf-8")
        (html / "added.html").write_text("<!DOCTYPE html><title>added</title>\n")

    read_rows = []
    monkeypatch.setattr(documents_module.DocumentCache, "_row", lambda self, *key: read_rows.append(key))
    for change in (edit, lambda: paths[0].unlink(), add):
        change()
        assert make_deposit(tei, bag, options, Report())
        scratch = tmp_path / "scratch"
        assert make_deposit(tei, scratch, DepositOptions(check_outputs=False, validated=True,
                                                         renderings={"html": html}), Report())
        assert _bag_files(bag) == _bag_files(scratch)
        shutil.rmtree(scratch)
    assert read_rows == []  # every row from memory
    assert b"An added paragraph." in (bag / "data" / "corpus.xml").read_bytes()
    assert f'xml:id="{added.stem}"'.encode() in (bag / "data" / "corpus.xml").read_bytes()
    monkeypatch.undo()  # a new process: nothing kept, the SQLite files read
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    monkeypatch.setattr(documents_module, "_KEPT", None)
    monkeypatch.setattr(bag_module, "_KEPT", None)
    before = _bag_files(bag)
    made = []
    real = bag_module._digests
    monkeypatch.setattr(bag_module, "_digests", lambda path, algs: made.append(Path(path).name) or real(path, algs))
    assert make_deposit(tei, bag, options, Report())
    assert _bag_files(bag) == before
    assert sorted(n for n in made if not n.endswith(".txt")) == ["cmif.xml", "corpus.xml"]


def test_kept_payload_stamps_are_trusted_only_for_the_same_inode(tei_copy, tmp_path, monkeypatch):
    """As tei serve deposits again and again: a payload file its folder lists with the inode
    it had at the last deposit is not stat'ed again; one replaced behind the process's back
    (a new inode), removed or added is seen, and the bag is a deposit from scratch's."""
    import tei.deposit.bag as bag_module

    tei, html = _kept_in_memory(tei_copy, tmp_path, monkeypatch)
    (html / "sub").mkdir()
    for n in range(4):
        (html / "sub" / f"page-{n}.html").write_text(f"<!DOCTYPE html><title>page {n}</title>\n")
    pages = sorted(p for p in html.rglob("*") if p.is_file() and not p.name.startswith("."))
    options = DepositOptions(check_outputs=False, validated=True, link_payload=True, renderings={"html": html},
                             digest_cache=tmp_path / "digests.sqlite", document_cache=tmp_path / "documents.sqlite")
    bag = tmp_path / "bag"
    assert make_deposit(tei, bag, options, Report())

    def replace_behind_the_back():  # same name, same size, other bytes, a new inode
        text = pages[0].read_bytes()
        pages[0].unlink()
        pages[0].write_bytes(text[:-1] + (b"X" if text[-1:] != b"X" else b"Y"))

    def add():
        (html / "added.html").write_text("<!DOCTYPE html><title>added</title>\n")

    real_stamp = bag_module.stamp
    for change in (None, replace_behind_the_back, lambda: pages[1].unlink(), add):
        if change is not None:
            change()
        stamped = []
        monkeypatch.setattr(bag_module, "stamp", lambda st: stamped.append(st) or real_stamp(st))
        assert make_deposit(tei, bag, options, Report())
        monkeypatch.setattr(bag_module, "stamp", real_stamp)
        scratch = tmp_path / "scratch"
        assert make_deposit(tei, scratch, DepositOptions(check_outputs=False, validated=True,
                                                         renderings={"html": html}), Report())
        assert _bag_files(bag) == _bag_files(scratch)
        shutil.rmtree(scratch)
        # the staged corpus and CMIF and what changed (twice: when linked and when staged); not
        # the unchanged html files, nor the TEI files (their stamps are the document cache's)
        assert len(stamped) <= 2 + (2 if change is not None else 0)
    assert verify_bag(bag).ok
