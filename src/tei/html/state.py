"""What the last HTML build made, so that the next one redoes only what changed.

The state lives in a folder of its own (`tei build` uses out/.cache/html), never in the site
that is published.  It records, per input file, its digest and catalogue entry, and per
page (and per search shard) the key of everything the page was made from: the stylesheets
and code, the TEI files it shows, and the catalogue entries of the documents it links to.
A page whose key is unchanged is taken over from the last site (a hard link, no rendering).
It also records, per document, the digest of what the pages are given of its entry, and one
digest of all the site-wide pages are given: a build keys again only the pages that show a
changed entry, and the site-wide pages only when that one digest changed.

The state is an SQLite file (site-state.sqlite), read row by row as the build asks, never
loaded whole: a build's memory does not grow with the edition.  A build reads the last
state (opened read-only) and writes what it makes into a new file beside it, which replaces
the last only after the new site's files are moved in; a page is taken over only while its
file is the very one the state describes (tei.cache.stamp: same device, inode, size and
modification time).  So an interrupted build or a site changed by hand is never trusted.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import tempfile
from pathlib import Path

from ..cache import stamp, tree_digest
from ..paths import XSLT_DIR
from ..writer import _umask

STATE_FILE = "site-state.sqlite"
OLD_STATE_FILE = "site-state.pickle"  # the state as builds before format 9 kept it: let go
# 2: entries name their entities; 3: pages' digests; 4: file stamps; 5: entries' facts as tuples; 6: packed;
# 7: correspondents of a kind (person, org), letters; 8: date order; 9: SQLite; 10: what pages show, per entry
FORMAT = "10"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT);
-- input file name -> its stamp and the sha256 of its name and bytes
CREATE TABLE IF NOT EXISTS files (name TEXT PRIMARY KEY, stamp TEXT, digest TEXT);
-- input digest -> its catalogue entry (catalogue.CatalogueEntry, witnesses and exchanges as JSON),
-- with what the site-wide pages group it by (catalogue.entry_rows)
CREATE TABLE IF NOT EXISTS entries (digest TEXT, id TEXT, date TEXT, month TEXT, xml BLOB, witnesses TEXT,
                                    exchanges TEXT, series TEXT, ord TEXT, dated INTEGER, kind TEXT, letter INTEGER,
                                    witnessed INTEGER, people BLOB, senders BLOB, netrow TEXT, source_ref BLOB,
                                    source_name BLOB, idattr TEXT, shown TEXT);
-- ... and its facts: the entities its text names (k: in order; forms: the packed row), those its
-- header names only, its standOff entities (k: in order)
CREATE TABLE IF NOT EXISTS mentions (digest TEXT, ref TEXT, k INTEGER, n INTEGER, forms TEXT);
CREATE TABLE IF NOT EXISTS headers (digest TEXT, ref TEXT, k INTEGER, role TEXT, roleattr TEXT);
CREATE TABLE IF NOT EXISTS entities (digest TEXT, kind TEXT, ident TEXT, k INTEGER);
-- page or other file of the site (relative path) -> the key of what it was made from, and the
-- stamp of the file written (empty until the site is updated)
CREATE TABLE IF NOT EXISTS pages (name TEXT PRIMARY KEY, key TEXT, stamp TEXT);
-- document id -> the digest of its file and of its entry's XML as the pages are given it (with its
-- neighbours): which pages show a changed entry (catalogue.Catalogue)
CREATE TABLE IF NOT EXISTS shown (id TEXT PRIMARY KEY, digest TEXT, xml TEXT);
-- site-wide page -> its key, in order: taken over whole while nothing they show changed
CREATE TABLE IF NOT EXISTS site (n INTEGER PRIMARY KEY, name TEXT, key TEXT);
-- search shard folder -> key
CREATE TABLE IF NOT EXISTS shards (folder TEXT PRIMARY KEY, key TEXT);
-- page -> its stamp and the sha256 of its bytes: what a search shard is made from
CREATE TABLE IF NOT EXISTS contents (name TEXT PRIMARY KEY, stamp TEXT, digest TEXT);
"""
# made once the tables are filled (kept up row by row, the random digests made the build's
# inserts wait on the disk): the entries' when the catalogue is made (catalogue.Catalogue),
# the facts' when the state is saved, for the next build
INDEXES = """
CREATE UNIQUE INDEX IF NOT EXISTS entries_digest ON entries (digest); CREATE INDEX mentions_digest ON mentions (digest);
CREATE INDEX headers_digest ON headers (digest); CREATE INDEX entities_digest ON entities (digest)
"""


def salt() -> str:
    """The stylesheets, static assets and code every page depends on."""
    from . import STATIC

    return tree_digest(XSLT_DIR, STATIC)


def key(*parts: bytes | str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


def stamp_text(st: os.stat_result) -> str:
    """A file's stamp (tei.cache.stamp) as the state keeps it."""
    return ":".join(map(str, stamp(st)))


class SiteState:
    """The last build's state (the schema "old", read-only; empty when there is none, it is
    unreadable, or the stylesheets or code changed since) and this build's (the main schema
    of db, a new file).  Without a folder nothing is kept: the new file is a scratch file
    beside the site (scratch_dir), removed when the build ends."""

    def __init__(self, folder: Path | None, scratch_dir: Path | None = None, work: Path | None = None):
        self.folder = Path(folder) if folder is not None else None
        self.salt = salt()
        where = self.folder if self.folder is not None else Path(scratch_dir or tempfile.gettempdir())
        where.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=where, prefix=".site-state-", suffix=".sqlite.new")
        os.close(fd)
        self.path = Path(name)
        self.db = sqlite3.connect(name, isolation_level=None, uri=True)  # transactions begun and ended here
        for db in ("main", *(["work"] if work else [])):
            if db == "work":  # the build's scratch tables (the catalogue in date order, ...)
                self.db.execute("ATTACH DATABASE ? AS work", (str(work),))
            self.db.execute(f"PRAGMA {db}.journal_mode = OFF")  # new files, only ever used whole
            self.db.execute(f"PRAGMA {db}.synchronous = OFF")
        self.db.executescript(SCHEMA)
        self.has_old = self._attach_old()
        self.db.execute("BEGIN")  # one transaction: nothing is written to disk before it is needed
        self.db.execute("INSERT INTO meta VALUES ('format', ?), ('salt', ?)", (FORMAT, self.salt))

    def _attach_old(self) -> bool:
        """Attach the last state as "old" (an empty one when it cannot be used)."""
        last = self.folder / STATE_FILE if self.folder is not None else None
        if last is not None and last.is_file():
            try:
                self.db.execute("ATTACH DATABASE ? AS old", (f"{last.resolve().as_uri()}?mode=ro",))
                meta = dict(self.db.execute("SELECT name, value FROM old.meta"))
                if meta.get("format") == FORMAT and meta.get("salt") == self.salt:
                    self.db.execute("SELECT digest FROM old.entries LIMIT 1").fetchall()  # every table is there
                    self.db.execute("SELECT key FROM old.pages LIMIT 1").fetchall()
                    self.db.execute("SELECT key FROM old.shards LIMIT 1").fetchall()
                    self.db.execute("SELECT digest FROM old.contents LIMIT 1").fetchall()
                    self.db.execute("SELECT shown FROM old.entries LIMIT 1").fetchall()
                    self.db.execute("SELECT xml FROM old.shown LIMIT 1").fetchall()
                    self.db.execute("SELECT key FROM old.site LIMIT 1").fetchall()
                    return True
            except sqlite3.Error:
                pass
            try:
                self.db.execute("DETACH DATABASE old")
            except sqlite3.Error:
                pass
        self.db.execute("ATTACH DATABASE ':memory:' AS old")
        self.db.executescript(SCHEMA.replace("IF NOT EXISTS ", "IF NOT EXISTS old."))  # (indexes: old.name ON table)
        return False

    # -- the inputs

    def remember_all(self, files: list[tuple[str, str, str]]) -> None:
        """(name, stamp, digest) of input files: file `name`, with this stamp (stamp_text), has this digest."""
        self.db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?)", files)

    def record_all(self, pages: list[tuple[str, str]]) -> None:
        """(name, key) of pages (record)."""
        self.db.executemany("INSERT OR REPLACE INTO pages (name, key) VALUES (?, ?)", pages)

    def forget_file(self, name: str) -> None:
        self.db.execute("DELETE FROM files WHERE name = ?", (name,))

    # -- the pages

    def record(self, name: str, page_key: str) -> None:
        """What page `name` of the new site is made from (its stamp is taken when it is saved)."""
        self.record_all([(name, page_key)])

    def record_shard(self, folder: str, shard_key: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO shards VALUES (?, ?)", (folder, shard_key))

    def content_digest(self, name: str, path: str) -> str:
        """The digest of page `name`'s bytes (at path); not read again while its stamp is the
        one last seen (a page taken over is a link to the same file)."""
        try:
            st = os.stat(path)
            known = self.db.execute("SELECT stamp, digest FROM contents WHERE name = ? UNION ALL "
                                    "SELECT stamp, digest FROM old.contents WHERE name = ?", (name, name)).fetchone()
            if known and known[0] == stamp_text(st):
                return known[1]
            with open(path, "rb") as f:
                value = hashlib.sha256(f.read()).hexdigest()
        except OSError:
            return ""  # not made (its error is reported)
        self.db.execute("INSERT OR REPLACE INTO contents VALUES (?, ?, ?)", (name, stamp_text(st), value))
        return value

    def had(self, name: str) -> bool:
        """Whether the last build made page `name`."""
        return self.db.execute("SELECT 1 FROM old.pages WHERE name = ?", (name,)).fetchone() is not None

    def reuse(self, name: str, page_key: str, old_site: Path, known: tuple | None = None) -> bool:
        """Whether page `name` of the old site can stay as it is: made from the same inputs,
        and the very file the last state describes.  known: its (key, stamp) in the last
        state, when read already ((None, None): none)."""
        if known is None:
            known = self.db.execute("SELECT key, stamp FROM old.pages WHERE name = ?", (name,)).fetchone()
        if not known or known[0] != page_key:
            return False
        try:  # os.path, not pathlib: this runs for every page
            return stamp_text(os.stat(os.path.join(old_site, name))) == known[1]
        except OSError:
            return False

    def reuse_tree(self, name: str, shard_key: str, old_site: Path) -> bool:
        """Whether a folder (a search shard) of the old site can stay: made from the same pages."""
        known = self.db.execute("SELECT key FROM old.shards WHERE folder = ?", (name,)).fetchone()
        return bool(known) and known[0] == shard_key and (old_site / name).is_dir()

    # -- the end of a build

    def drop_work(self) -> None:
        """Let the build's scratch tables go (their file is in the staging folder: before its
        files are moved into the site)."""
        rows = self.db.execute("SELECT file FROM pragma_database_list WHERE name = 'work'").fetchall()
        if rows:
            self.db.execute("COMMIT")
            self.db.execute("DETACH DATABASE work")
            self.db.execute("BEGIN")
            Path(rows[0][0]).unlink(missing_ok=True)

    def save(self, site: Path, search: bool, written: list[str] | None = None) -> None:
        """Record the site just updated (pages by key and by what is on disk now) and put the
        new state in place of the last.  written: the files this build wrote (None: all may
        be new); the others stayed as they were, each the very file the last state describes
        (reuse: checked by its stamp), so they keep the stamp recorded then, without a stat
        of every page of the site."""
        if self.folder is None:
            self.discard()
            return
        db = self.db
        if written is None:
            names = db.execute("SELECT name FROM pages ORDER BY name")
        else:
            db.execute("UPDATE pages SET stamp = (SELECT o.stamp FROM old.pages AS o WHERE o.name = pages.name"
                       " AND o.key = pages.key)")
            names = [(name,) for name in written]
        stamps = []
        for (name,) in names:
            try:
                stamps.append((stamp_text(os.stat(os.path.join(site, name))), name))
            except OSError:
                stamps.append(("", name))
            if len(stamps) >= 1000:
                db.executemany("UPDATE pages SET stamp = ? WHERE name = ?", stamps)
                stamps = []
        db.executemany("UPDATE pages SET stamp = ? WHERE name = ?", stamps)
        db.execute("DELETE FROM pages WHERE stamp = '' OR stamp IS NULL")
        if not search:
            db.execute("DELETE FROM shards")
        # a page's known digest stays known while the page does (a build without search reads none)
        db.execute("INSERT OR IGNORE INTO contents SELECT * FROM old.contents WHERE name IN (SELECT name FROM pages)")
        db.execute("DELETE FROM contents WHERE name NOT IN (SELECT name FROM pages)")
        for statement in INDEXES.split(";"):
            db.execute(statement)
        db.execute("COMMIT")
        db.close()
        os.chmod(self.path, 0o666 & ~_umask())
        os.replace(self.path, self.folder / STATE_FILE)
        (self.folder / OLD_STATE_FILE).unlink(missing_ok=True)

    def discard(self) -> None:
        """Let the new state go (an interrupted or failed build: the last state stays)."""
        try:
            self.db.close()
        except sqlite3.Error:
            pass
        self.path.unlink(missing_ok=True)
