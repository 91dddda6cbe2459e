"""Deposit: the edition as a BagIt bag for an archive.

    TEI documents --check--> corpus.xml (teiCorpus) + cmif.xml (CMIF) --bag--> DIR/

The bag's payload (``data/``): ``tei/`` (the telegram documents), ``corpus.xml``,
``cmif.xml``, ``schema/`` (the project's schema folder) and the rendered editions
``html/`` and ``print/`` when they exist.  The files that change are written into a folder
beside DIR and moved in under a journal only when all are complete (tei.journal), so a failed
run leaves the last good bag in place, and one interrupted while moving them in is finished
by the next.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import bagit
from lxml import etree

from .. import __version__, edition
from ..authority import Authority
from ..dates import month_span
from ..messages import Report
from ..readings import publisher, sent_date, series
from ..writer import link_or_copy
from .bag import BagBuilder, DigestCache, Verification, verify_bag
from .cmif import write_cmif
from .corpus import CorpusError, remember_corpus, write_corpus
from ..paths import SCHEMA_DIR, SHARED
from .documents import XML_ID, DocumentCache, TeiDocument, default_tei_rng, read_documents, users_tei_rng

__all__ = ["DepositOptions", "make_deposit", "verify_bag", "Verification", "keep_in_memory"]

PLACEHOLDER_NAME = "Editor of the edition (placeholder: set with --contact-name)"
PLACEHOLDER_EMAIL = "editor@example.org"
PLACEHOLDER_URL = "https://example.org/stalin-mao-telegrams/"


@dataclass
class DepositOptions:
    authority: Path | None = None
    tei_rng: Path | None = None  # None: default_tei_rng()
    schema_dir: Path | None = SCHEMA_DIR
    renderings: dict[str, Path] = field(default_factory=dict)  # payload folder name -> source folder
    organization: str = ""  # "": the edition's publisher
    contact_name: str = PLACEHOLDER_NAME
    contact_email: str = PLACEHOLDER_EMAIL
    base_url: str = PLACEHOLDER_URL
    allow_invalid: bool = False
    # Check corpus.xml against tei_all and cmif.xml against CMIF's schema before bagging.
    # Compiling tei_all takes seconds; `tei build` skips it (its documents were validated in
    # its validate stage, and the tests check the assembled files), `tei deposit` does it.
    check_outputs: bool = True
    # `tei build` sets these: its validate stage has just validated the documents (so they
    # are not validated again), and its outputs are only ever replaced file by file, never
    # changed in place (so the bag may hold hard links to them instead of copies).
    validated: bool = False
    link_payload: bool = False
    digest_cache: Path | None = None  # digests of unchanged payload files, kept between deposits
    document_cache: Path | None = None  # headers and corpus members of unchanged files, kept between deposits
    tei_stamps: dict | None = None  # the TEI files' stamps by name, as the caller knows them (tei serve), not taken again


def keep_in_memory() -> None:
    """From now on this process keeps what its deposits cache (each TEI file's facts, the
    payload's digests) in memory between deposits too (tei serve)."""
    from . import bag, documents

    bag.keep_in_memory()
    documents.keep_in_memory()


def shared_file(*parts: str) -> Path | None:
    path = SHARED.joinpath(*parts)
    return path if path.is_file() else None


def make_deposit(tei_dir: Path, out: Path, options: DepositOptions, report: Report) -> bool:
    """Check the TEI, build corpus and CMIF, bag everything into ``out``.  False: nothing replaced."""
    tei_dir, out = Path(tei_dir), Path(out)
    authority = Authority.load(options.authority)
    # what a kept member is made of depends on the ids the authority file has
    cache = DocumentCache(options.document_cache, hashlib.sha256("\n".join(sorted(authority.entities)).encode())
                          .hexdigest(), stamps=options.tei_stamps) if options.document_cache else None
    try:
        return _make_deposit(tei_dir, out, options, report, authority, cache)
    finally:
        if cache:
            cache.close()  # after save(), a no-op; else what this run put is forgotten


def _make_deposit(tei_dir: Path, out: Path, options: DepositOptions, report: Report, authority: Authority,
                  cache: DocumentCache | None) -> bool:
    given = _users_schema(options)
    rng = given[0] if given else default_tei_rng()
    if options.check_outputs and rng is not None and (problem := _schema_problem(rng)):
        report.error(rng, problem[0], f"nothing was deposited: the schema to check corpus.xml against is {problem[1]}", "deposit")
        return False  # (before any document is read: the corpus could not be checked)
    docs, method = read_documents(tei_dir, validate=not options.validated, cache=cache)
    if not docs:
        report.error(tei_dir, 0, "no TEI files (*.xml) here: run tei convert or tei build first", "deposit")
        return False
    invalid = [d for d in docs if not d.valid]
    for doc in invalid:
        for problem in doc.problems[:5]:
            report.error(doc.path, 0, f"invalid TEI (checked {method}): {problem}", "deposit-invalid")
    if invalid and not options.allow_invalid:
        report.error(tei_dir, 0, f"nothing was deposited: {len(invalid)} of {len(docs)} TEI documents are invalid; "
                     "fix them and run again, or give --allow-invalid to deposit them anyway "
                     "(the bag then says so)", "deposit-invalid")
        return False
    valid = [d for d in docs if d.valid]
    title, published_by = edition_named(valid, cache)
    try:
        builder = BagBuilder(out, DigestCache(options.digest_cache) if options.digest_cache else None)
    except FileExistsError as exc:
        report.error(out, 0, str(exc), "deposit")
        return False
    try:
        corpus_path = builder.payload / "corpus.xml"
        try:
            dangling = write_corpus(valid, authority, corpus_path, cache, title, published_by)  # streamed: memory stays flat
        except CorpusError as exc:
            report.error(tei_dir, 0, f"the corpus file cannot be made: {exc}", "deposit")
            builder.discard()
            return False
        builder.digest_ahead("corpus.xml")  # (in a thread, while the rest is made)
        for pointer in dangling:
            report.warn(tei_dir, 0, f"corpus.xml: the pointer {pointer} names no element in the corpus", "deposit")
        cmif_path = builder.payload / "cmif.xml"
        write_cmif(valid, authority, options.base_url, options.contact_name, options.contact_email, cmif_path, cache,
                   title, published_by)
        if options.check_outputs and not _check_outputs(corpus_path, cmif_path, rng, report, tei_dir,
                                                        given=given,
                                                        members=valid):
            builder.discard()
            return False
        _fill_payload(builder, docs if options.allow_invalid else valid, options, cache.stamps if cache else {})
        info = _bag_info(docs, valid, invalid, method, options, title, published_by)
        builder.commit(info)
        if cache:
            remember_corpus(cache, out / "data" / "corpus.xml")
            cache.save()
    except BaseException:  # (an interruption too: the staged files go, or the journal stays)
        builder.discard()
        raise
    return True


def _schema_problem(rng: Path) -> tuple[int, str] | None:
    """What keeps a RELAX NG schema from being used, as (its line, what): None when it can be."""
    from .documents import _relaxng

    try:
        _relaxng(str(rng))
    except etree.XMLSyntaxError as exc:
        return exc.lineno or 0, f"not well-formed XML: {exc.msg}"
    except etree.RelaxNGParseError as exc:
        first = exc.error_log[0] if len(exc.error_log) else None
        return (first.line if first else 0), f"no RELAX NG schema lxml can use: {first.message if first else exc}"
    except OSError as exc:
        return 0, f"unreadable: {exc.strerror or exc}"
    return None


def _users_schema(options: DepositOptions) -> tuple[Path, str] | None:
    """The TEI schema the user chose, and how they named it (for the messages)."""
    if options.tei_rng:
        return options.tei_rng, "--tei-rng"
    named = users_tei_rng()
    return (named, "$TEI_ALL_RNG") if named else None


def _check_outputs(corpus_path: Path, cmif_path: Path, rng, report, where, given: tuple[Path, str] | None = None,
                   members: list[TeiDocument] = ()) -> bool:
    """The corpus against the TEI schema and the CMIF against CMIF's, when those schemas are at hand.
    The corpus rejected by the schema the user gave (given: --tei-rng or $TEI_ALL_RNG, and which) is
    that schema's verdict where it is a stricter customisation, the deposit's fault where it is
    tei_all itself (the message says both: only the user knows which they gave),
    each error said where it is in the documents (members: the corpus's, _place_in_corpus);
    rejected by tei_all or CMIF's schema, a fault of the deposit's own."""
    from .documents import _relaxng

    ok = True
    checks = [("corpus.xml", corpus_path, rng), ("cmif.xml", cmif_path, shared_file("cmif", "cmi-customization.rng"))]
    for name, path, schema_path in checks:
        if schema_path is None:
            continue
        tree = etree.parse(str(path), etree.XMLParser(huge_tree=True))
        schema = _relaxng(str(schema_path))
        if schema.validate(tree):
            continue
        ok = False
        errors = list(schema.error_log)
        if given is not None and schema_path == given[0]:
            count = f"{len(errors)} errors, the first" if len(errors) > 1 else "1 error"
            places = "; ".join(f"{_place_in_corpus(tree, e, members)}: {e.message}" for e in errors[:3])
            report.error(given[0], 0, f"nothing was deposited: the schema given with {given[1]} rejects the deposit's "
                         f"{name} (its verdict where it is a customisation stricter than TEI's tei_all; where it is "
                         f"tei_all itself, a bug in tei deposit: please report it): {count}: {places}", "deposit-schema")
            continue
        for e in errors[:5]:
            report.error(where, 0, f"{name} is not valid against {schema_path.name}: line {e.line}: {e.message} "
                         "(a bug in tei deposit: please report it)", "deposit")
    return ok


def _place_in_corpus(tree: etree._ElementTree, error, members: list[TeiDocument]) -> str:
    """Where a schema's error in corpus.xml is, said of what the user has (corpus.xml is thrown
    away when rejected: its line numbers point nowhere): the document's file and id and the
    element's path in it, with its line in that file where the path finds it there
    ("in tg-x.xml (document tg-x) line 14, at TEI/text/body/div/p[2]"); an error outside the
    documents, in the corpus's own header or its root ("in the corpus's own header, at
    teiCorpus/teiHeader/fileDesc")."""
    found = tree.xpath(error.path) if error.path else []
    element = found[0] if found and isinstance(found[0], etree._Element) else None
    if element is None:
        return f"corpus.xml line {error.line} (no element named)"
    chain = [element, *element.iterancestors()][::-1]  # root (teiCorpus) first
    steps = [_step(el) for el in chain]  # (name, place): the corpus's path, and the document's from its third step
    member = chain[1] if len(chain) > 1 and etree.QName(chain[1]).localname == "TEI" else None
    if member is None:
        return f"in the corpus's own {'header' if len(chain) > 1 else 'root element'}, at {_path(steps)}"
    doc_id = member.get(XML_ID) or ""
    doc = next((d for d in members if d.id == doc_id), None)
    path = _path([("TEI", 0), *steps[2:]])  # (the document's own root, not the corpus's n-th)
    if doc is None:
        return f"in the document {doc_id}, at {path}"
    line = _line_in(doc, steps[2:])
    return f"in {doc.path.name} (document {doc_id}){f' line {line}' if line else ''}, at {path}"


def _step(element: etree._Element) -> tuple[str, int]:
    """An element's step in a path: its name, and its place among its parent's children of that
    name (from 1) when it has such siblings, else 0."""
    name = etree.QName(element).localname
    parent = element.getparent()
    alike = _children_named(parent, name) if parent is not None else [element]
    return name, (0 if len(alike) == 1 else alike.index(element) + 1)


def _path(steps: list[tuple[str, int]]) -> str:
    """The steps as a path is written: "TEI/text/body/div/p[2]"."""
    return "/".join(f"{name}[{place}]" if place else name for name, place in steps)


def _children_named(parent: etree._Element, name: str) -> list[etree._Element]:
    return [el for el in parent if isinstance(el.tag, str) and etree.QName(el).localname == name]


def _line_in(doc: TeiDocument, steps: list[tuple[str, int]]) -> int:
    """The line of the element the steps under the document's root lead to in its own file
    (the corpus dropped its standOff and prefixed its ids, which moves no element among its
    like-named siblings): 0 where they lead nowhere."""
    try:
        element = doc.full_root()
    except (OSError, etree.XMLSyntaxError):
        return 0
    for name, place in steps:
        alike = _children_named(element, name)
        index = max(place, 1) - 1  # (place 0: the only one of its name)
        if index >= len(alike):
            return 0
        element = alike[index]
    return element.sourceline or 0


def _fill_payload(builder: BagBuilder, docs, options: DepositOptions, taken: dict[str, tuple | None]) -> None:
    """The TEI files, the schema and the renderings into the bag (the files it holds already,
    hard links to the same outputs, kept: see BagBuilder.add).  taken: the TEI files' stamps
    this deposit took already (the document cache's), by name."""
    copy = link_or_copy if options.link_payload else shutil.copy2
    for doc in docs:
        name = doc.path.name
        builder.add(doc.path, f"tei/{name}", copy, stamped=taken.get(name))
    folders = {"schema": options.schema_dir, **options.renderings}
    for name, folder in folders.items():
        if folder is not None and Path(folder).is_dir() and any(Path(folder).iterdir()):
            for rel, path, listed in _visible_files(Path(folder)):
                builder.add(path, f"{name}/{rel}", copy, listed)


def _visible_files(folder: Path):
    """(path relative to folder, with /; path; (device, inode) as the folder lists it) of every
    file under folder that copytree with ignore_patterns(".*") copies: hidden files and folders
    left out, symbolic links to folders followed (a symbolic link's inode is its own, not its
    file's: such a file is stat'ed by BagBuilder.add)."""
    def walk(path: str, rel: str):
        try:  # (an unreadable folder left out, as os.walk does)
            device = os.stat(path).st_dev
            with os.scandir(path) as scan:
                entries = [(e.name, e.path, e.is_dir(), e.inode()) for e in scan if not e.name.startswith(".")]
        except OSError:
            return
        for name, full, is_dir, inode in entries:
            if is_dir:
                yield from walk(full, f"{rel}{name}/")
            else:
                yield rel + name, full, (device, inode)

    yield from walk(str(folder), "")


def edition_named(docs: list[TeiDocument], cache: DocumentCache | None = None) -> tuple[str, str]:
    """The edition's title and publisher: its name (edition.name_of: the one configured, else
    the documents' own) and the months its telegrams span, as the HTML and print editions give
    it ("The Stalin–Mao Telegrams, January–February 1949"), and its publisher, found the same
    way; each document's date, series and publisher are kept in the cache, so that an
    unchanged file is not read for them."""
    first = last = ""
    names, publishers = [], []
    for doc in docs:
        found = cache.get(doc.path, "date-series-publisher") if cache else None
        if found is None:
            root = doc.root
            found = (sent_date(root), series(root), publisher(root))
            if cache:
                cache.put(doc.path, "date-series-publisher", found)
        sent, name, published_by = found
        names.append(name)
        publishers.append(published_by)
        if sent:
            first, last = min(first or sent, sent), max(last, sent)
    title = ", ".join(part for part in (edition.name_of(names), month_span(first, last)) if part)
    return title, edition.publisher_of(publishers)


def _bag_info(docs, valid, invalid, method, options: DepositOptions, title: str, published_by: str) -> dict:
    info = {
        "Source-Organization": options.organization or published_by,
        "Contact-Name": options.contact_name,
        "Contact-Email": options.contact_email,
        "External-Description": (
            f"{title}: {len(docs)} TEI P5 documents (one per telegram and witness) in data/tei/, "
            "all of them in one teiCorpus file with the authority lists (data/corpus.xml), their correspondence "
            "metadata in CMIF for correspSearch (data/cmif.xml), the project's schema (data/schema/) and "
            "the rendered editions where built (data/html/, data/print/). Encoding licensed CC BY 4.0."),
        "External-Identifier": options.base_url,
        "Bagging-Date": edition.build_date(),
        "Bag-Software-Agent": f"tei {__version__} deposit (bagit.py {bagit.VERSION})",
        "Validation": f"TEI documents checked {method}",
    }
    if invalid:
        info["Validation"] += (f"; DEPOSITED WITH --allow-invalid: {len(invalid)} invalid document(s), "
                               "left out of corpus.xml and cmif.xml")
        info["Invalid-Document"] = [f"data/tei/{d.path.name}: {d.problems[0]}" for d in invalid]
    return info
