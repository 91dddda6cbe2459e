"""The telegram documents a deposit is made of: read, checked, and refused when invalid.

Validity here is well-formed XML whose root is ``<TEI>`` in the TEI namespace, then what
tei validate checks (``tei.validate.validate_paths``: XSD and Schematron).  The TEI RELAX NG
schema (``--tei-rng``, the ``TEI_ALL_RNG`` variable, or
``../shared/tei/tei_all.rng`` beside the repository) checks the deposit's corpus.xml.
"""

from __future__ import annotations

import os
import pickle
import sqlite3
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from lxml import etree

from .. import TEI_NS, XML_NS
from ..cache import code_fingerprint, file_stamp, open_sqlite

T = "{%s}" % TEI_NS
XML_ID = "{%s}id" % XML_NS
from ..paths import SHARED


@dataclass
class TeiDocument:
    path: Path
    tree: etree._ElementTree | None
    problems: list[str] = field(default_factory=list)
    whole: bool = True  # False: only the root and the parts of its teiHeader in KEPT are held
    header: bytes = b""  # ... as bytes (a tenth of the memory of a tree), parsed when asked for
    doc_id: str = ""

    @classmethod
    def from_header(cls, path: Path, header: bytes, problems: list[str] | None = None,
                    doc_id: str = "") -> "TeiDocument":
        """(doc_id: the id the header gives, when known: else it is parsed for it)"""
        return cls(path, None, list(problems or []), whole=False, header=header,
                   doc_id=doc_id or etree.fromstring(header).get(XML_ID) or path.stem)

    @property
    def root(self) -> etree._Element:
        """The document's root (for a kept header: a fresh parse of it each time)."""
        return self.tree.getroot() if self.tree is not None else etree.fromstring(self.header)

    def full_root(self) -> etree._Element:
        """The whole document: its own tree, or read again when only its header was kept."""
        return self.root if self.whole else _parse(self.path).root

    @property
    def id(self) -> str:
        return self.doc_id or self.root.get(XML_ID) or self.path.stem

    @property
    def valid(self) -> bool:
        return not self.problems


def default_tei_rng() -> Path | None:
    """The TEI schema to check documents against, if one is at hand."""
    shared = SHARED / "tei" / "tei_all.rng"
    return users_tei_rng() or (shared if shared.is_file() else None)


def users_tei_rng() -> Path | None:
    """The TEI schema named by $TEI_ALL_RNG, when it names a file: the user's choice, as
    --tei-rng is (a rejection by it may be its own verdict, not the deposit's fault)."""
    named = os.environ.get("TEI_ALL_RNG")
    return Path(named) if named and Path(named).is_file() else None


@lru_cache(maxsize=2)
def _relaxng(path: str) -> etree.RelaxNG:
    # Loading tei_all takes seconds: once per process.
    return etree.RelaxNG(etree.parse(path))


def project_validator():
    """``tei.validate.validate_paths`` if the project's validator provides it, else None."""
    try:
        from .. import validate  # type: ignore[attr-defined]
    except ImportError:
        return None
    return getattr(validate, "validate_paths", None)


# A process that deposits again and again (tei serve) keeps each document cache's rows here,
# unpickled, between deposits: (the cache's path, its salt) -> _Memory.  Reading 10,000 files'
# rows back from SQLite and unpickling them was most of a one-edit deposit's reading.  A row is
# kept by its file's stamp, as in the file, so a kept row is never stale.  None: not kept.
_KEPT: dict[tuple[str, str], "_Memory"] | None = None


def keep_in_memory() -> None:
    """From now on this process keeps the document caches' rows in memory (see _KEPT)."""
    global _KEPT
    if _KEPT is None:
        _KEPT = {}


@dataclass
class _Memory:
    files: dict = field(default_factory=dict)  # (file name, kind) -> (stamp, value)
    notes: dict = field(default_factory=dict)
    whole: bool = False  # it holds every row of the file (after a save): a row it lacks is in none


class DocumentCache:
    """What the last deposit made of each TEI file (its kept header, its corpus member's
    facts), so that after a one-file edit only that file is read again.  An SQLite file (tei
    build: out/.cache/deposit-documents.sqlite), read row by row so that memory does not grow
    with the corpus, by file name with the file's size, modification time and inode (tei build
    replaces a changed file, never edits it in place), valid for the same code and salt (the
    caller's: the authority file).  What a deposit puts is kept only when save() is called
    (after the bag is updated); rows of files not asked for are then let go.  Notes hold
    what is not of one file (where the last corpus is)."""

    def __init__(self, path: Path | None, salt: str = "", stamps: dict | None = None):
        self.salt = code_fingerprint() + "\0" + salt
        self.given = stamps  # the files' stamps by name as the caller knows them (tei serve's), else taken
        self.used: set[str] = set()
        # each file's stamp (tei.cache.stamp), taken once per deposit (a file is asked for 4-5 times; the
        # bag's payload takes them too, not stat'ed again); in memory as tuples, in the file as their text
        self.stamps: dict[str, tuple | None] = {}
        self.db = None
        # what this deposit puts goes into a table of its own (temp.fresh, on disk: a first deposit
        # puts every file's), moved into files at save(): none is written into the table it reads
        self.scans: dict[str, list] = {}  # kind -> its rows in name order, read as the files are asked for (_row)
        self.memory: _Memory | None = None
        self.put_now: dict[tuple[str, str], tuple] = {}  # what this deposit put, for the memory at save()
        self.noted: dict[str, object] = {}
        if path is None:
            return
        if _KEPT is not None:
            key = (str(Path(path).resolve()), self.salt)
            for other in [k for k in _KEPT if k[0] == key[0] and k != key]:  # (another authority file, code)
                del _KEPT[other]
            self.memory = _KEPT.setdefault(key, _Memory())
        self.db = open_sqlite(path, "CREATE TABLE IF NOT EXISTS meta (salt TEXT);"
                                    "CREATE TABLE IF NOT EXISTS files (name TEXT, kind TEXT, stamp TEXT, value BLOB,"
                                    " PRIMARY KEY (name, kind));"
                                    "CREATE TABLE IF NOT EXISTS notes (name TEXT PRIMARY KEY, value BLOB);"
                                    "CREATE TEMP TABLE fresh (name TEXT, kind TEXT, stamp TEXT, value BLOB,"
                                    " PRIMARY KEY (name, kind));")
        if self.db is None:
            return
        try:
            if self.db.execute("SELECT salt FROM meta").fetchone() != (self.salt,):
                self.db.execute("DELETE FROM files")
                self.db.execute("DELETE FROM notes")
                self.db.execute("DELETE FROM meta")
                self.db.execute("INSERT INTO meta VALUES (?)", (self.salt,))
        except sqlite3.Error:  # an unreadable cache is no cache
            self.close()

    def _stamp(self, path: Path, name: str) -> tuple | None:
        """The stamp of the file at path, named name (path.name: a pathlib property, worked out
        anew at each use, so the caller's)."""
        self.used.add(name)
        if name not in self.stamps:  # (None is a stamp: no file)
            self.stamps[name] = (self.given[name] if self.given is not None and name in self.given
                                 else file_stamp(path))
        return self.stamps[name]

    def get(self, path: Path, kind: str):
        """What was made of the file (of this kind) while it was as it is now, else None."""
        name = path.name
        stamp = self._stamp(path, name)
        if self.db is None or stamp is None:
            return None
        if (name, kind) in self.put_now:
            kept = self.put_now[name, kind]
            return kept[1] if kept[0] == stamp else None
        if self.memory is not None and self.memory.whole:
            kept = self.memory.files.get((name, kind))
            return kept[1] if kept is not None and kept[0] == stamp else None
        row = self._row(name, kind)
        if row is None or row[0] != repr(stamp):
            return None
        value = pickle.loads(row[1])
        if self.memory is not None:
            self.memory.files[name, kind] = (stamp, value)
        return value

    def _row(self, name: str, kind: str) -> tuple | None:
        """(stamp, value) kept for the file, else None.  The files are asked for in the order
        of their names, one kind at a time: each kind's rows are read in one scan in that
        order (a query per file was 0.3 s of a deposit at 10,000 telegrams); a file asked for
        before one asked already has a query of its own."""
        scan = self.scans.get(kind)
        if scan is None:
            rows = self.db.execute("SELECT name, stamp, value FROM files WHERE kind = ? ORDER BY name", (kind,))
            scan = self.scans[kind] = [rows, next(rows, None), ""]  # (the rows, the next one, the name asked last)
        rows, row, last = scan
        if name < last:
            return self.db.execute("SELECT stamp, value FROM files WHERE name = ? AND kind = ?", (name, kind)).fetchone()
        while row is not None and row[0] < name:
            row = next(rows, None)
        scan[1:] = [row, name]
        return row[1:] if row is not None and row[0] == name else None

    def put(self, path: Path, kind: str, value) -> None:
        name = path.name
        stamp = self._stamp(path, name)
        if self.db is not None and stamp is not None:
            self.put_now[name, kind] = (stamp, value)
            self.db.execute("INSERT OR REPLACE INTO temp.fresh VALUES (?, ?, ?, ?)",
                            (name, kind, repr(stamp), pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)))

    def recall(self, name: str):
        if name in self.noted:
            return self.noted[name]
        if self.memory is not None and self.memory.whole:
            return self.memory.notes.get(name)
        row = self.db.execute("SELECT value FROM notes WHERE name = ?", (name,)).fetchone() if self.db else None
        return pickle.loads(row[0]) if row else None

    def note(self, name: str, value) -> None:
        if self.db is not None:
            self.noted[name] = value
            self.db.execute("INSERT OR REPLACE INTO notes VALUES (?, ?)", (name, pickle.dumps(value)))

    def save(self) -> None:
        """Keep what this deposit put and noted; let the rows of files it did not ask for go."""
        if self.db is None:
            return
        self.scans.clear()  # (their statements ended before the table is written)
        self.db.execute("INSERT OR REPLACE INTO files SELECT name, kind, stamp, value FROM temp.fresh")
        memory = self.memory
        if memory is not None and memory.whole:  # the names the file holds are the memory's
            names = {name for name, _ in memory.files} | {name for name, _ in self.put_now}
        else:
            names = {n for (n,) in self.db.execute("SELECT DISTINCT name FROM files")}
        self.db.executemany("DELETE FROM files WHERE name = ?", [(n,) for n in names if n not in self.used])
        self.db.commit()
        if memory is not None:
            if not memory.whole:  # the first deposit in this process: the rows it read or put are
                # what the next one asks for (a row not kept is made again, never wrong)
                memory.notes = {name: pickle.loads(value) for name, value in self.db.execute("SELECT name, value FROM notes")}
                memory.whole = True
            memory.files.update(self.put_now)
            memory.notes.update(self.noted)
            for gone in [key for key in memory.files if key[0] not in self.used]:
                del memory.files[gone]
        self.close()

    def close(self) -> None:
        """Let go of the file (without save(): what this deposit put is forgotten)."""
        self.scans.clear()
        if self.db is not None:
            self.db.close()
            self.db = None


def read_documents(tei_dir: Path, validate: bool = True,
                   cache: DocumentCache | None = None) -> tuple[list[TeiDocument], str]:
    """Every *.xml in ``tei_dir`` (sorted), each with its problems; and how validity was checked.
    validate=False: the caller has just validated them with the project's validator.
    Of each valid document only its root and the parts of its teiHeader that the CMIF and the
    corpus header need are kept (see KEPT), as bytes, so that memory does not grow with the
    texts; full_root() reads the rest again when the corpus is written.  cache: kept headers
    of unchanged files (validate=False only: a file to be validated is read anyway)."""
    # (the names sorted as strings, as Paths of one folder sort: 10,000 Paths compared took 0.1 s)
    with os.scandir(tei_dir) as entries:
        names = sorted(e.name for e in entries if e.name.endswith(".xml") and e.is_file())
    paths = [Path(tei_dir, name) for name in names]
    method = "as well-formed XML with a TEI root element"  # (it reads after "checked")
    validator = project_validator() if validate else None
    if not validate:
        method = "by the project's validator (tei build's validate stage: XSD and Schematron)"
    elif validator is not None:
        method = "by the project's validator (tei.validate.validate_paths)"
    docs = []
    for path in paths:
        kept = cache.get(path, "header") if cache and not validate else None
        if kept is not None:  # the header kept from the last deposit: the file is as it was
            header, doc_id = kept
            docs.append(TeiDocument.from_header(path, header, doc_id=doc_id))  # (its id kept: not parsed for it)
            continue
        doc = _parse(path)
        if doc.valid:
            doc = _header_only(doc)
            if cache and not validate:
                cache.put(path, "header", (doc.header, doc.doc_id))
        docs.append(doc)
    if validator is not None:
        _apply_project_validator(validator, docs)
    return docs, method


# What the corpus header and the CMIF read of a document (see corpus._sources, cmif).
KEPT = ("teiHeader/fileDesc/seriesStmt", "teiHeader/fileDesc/sourceDesc", "teiHeader/fileDesc/notesStmt",
        "teiHeader/profileDesc/correspDesc", "teiHeader/fileDesc/publicationStmt/publisher")


def _header_only(doc: TeiDocument) -> TeiDocument:
    """The document's root with only the parts of its header in KEPT (moved, not copied: the
    rest of the tree is let go)."""
    root = doc.root
    light = etree.Element(root.tag, dict(root.attrib), nsmap=root.nsmap)
    for path in KEPT:
        found = root.find("/".join(T + step for step in path.split("/")))
        if found is None:
            continue
        parent = light
        for step in path.split("/")[:-1]:
            parent = parent.find(T + step) if parent.find(T + step) is not None else etree.SubElement(parent, T + step)
        parent.append(found)
    return TeiDocument.from_header(doc.path, etree.tostring(light), doc.problems)


def _parse(path: Path) -> TeiDocument:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_blank_text=False)
    try:
        tree = etree.parse(str(path), parser)
    except etree.XMLSyntaxError as exc:
        return TeiDocument(path, etree.ElementTree(etree.Element(T + "TEI")),
                           [f"line {exc.lineno}: not well-formed XML: {exc.msg}"])
    root = tree.getroot()
    if root.tag != T + "TEI":
        return TeiDocument(path, tree, [f"the root element is <{etree.QName(root).localname}> in namespace "
                                        f"'{etree.QName(root).namespace or ''}', not <TEI> in {TEI_NS}"])
    return TeiDocument(path, tree)


def _apply_project_validator(validator, docs: list[TeiDocument]) -> None:
    """Adapts to what the validator returns: a Report, an object with .problems or .messages, a
    mapping of path -> problems, or an iterable of problems; each with a file and a level/severity."""
    checkable = [d for d in docs if d.valid]
    result = validator([d.path for d in checkable])
    for attr in ("messages", "problems"):
        if hasattr(result, attr) and not isinstance(result, (list, tuple, dict)):
            result = getattr(result, attr)
            break
    if isinstance(result, dict):
        result = [m for value in result.values() for m in (value if isinstance(value, (list, tuple)) else [value])]
    by_path = {str(d.path): d for d in checkable}
    by_name = {d.path.name: d for d in checkable}
    for message in result or []:
        level = getattr(message, "level", None) or getattr(message, "severity", "error")
        if level != "error":
            continue
        file = str(getattr(message, "file", ""))
        doc = by_path.get(file) or by_name.get(Path(file).name)
        if doc is not None:
            doc.problems.append(str(message))


def without_default_namespace(xml: bytes) -> bytes:
    """An element serialised alone declares the TEI namespace; inside a TEI file it need not."""
    return xml.replace(b' xmlns="http://www.tei-c.org/ns/1.0"', b"", 1)
