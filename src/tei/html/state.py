"""What the last HTML build made, so that the next one redoes only what changed.

The state lives in a folder of its own (`tei build` uses out/.cache/html), never in the site
that is published.  It records, per input file, its digest and catalogue entry, and per
page (and per search shard) the key of everything the page was made from: the stylesheets
and code, the TEI files it shows, and the catalogue entries of the documents it links to.
A page whose key is unchanged is taken over from the last site (a hard link, no rendering).
It also keeps the catalogue as the pages are given it (catalogue.Catalogue: in date order,
with neighbours) and, per document, the digest of what the pages are given of its entry,
and one digest of all the site-wide pages are given: a build remakes only the catalogue's
rows of the files that changed, keys again only the pages that show a changed entry, and
the site-wide pages only when that one digest changed.

The state is an SQLite file (site-state.sqlite), read row by row as the build asks, never
loaded whole: a build's memory does not grow with the edition.  A build updates it in place,
in one SQLite transaction (its rollback journal beside it), committed only once the journal
of the site's update (tei.journal) is written, which records the state's new generation: an
interrupted build leaves the last state (rolled back, by SQLite if the process died) and the
last site; one interrupted after its journal is written is finished by the next, whose state
is then the one that describes it, or, if its transaction had not been committed, is not
trusted (the journal names another generation).  A page is taken over only while its file is
the very one the state describes (tei.cache.stamp: same device, inode, size and modification
time), so a site changed by hand is never trusted either.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import tempfile
from pathlib import Path


STATE_FILE = "site-state.sqlite"
OLD_STATE_FILE = "site-state.pickle"  # the state as builds before format 9 kept it: let go
# 2: entries name their entities; 3: pages' digests; 4: file stamps; 5: entries' facts as tuples; 6: packed;
# 7: correspondents of a kind (person, org), letters; 8: date order; 9: SQLite; 10: what pages show, per entry;
# 11: updated in place, with the catalogue in date order; 12: an unknown party's kind, a party without an entry by name;
# 13: the mentions in notes counted; 14: a book's makers and year, for its short and full titles
FORMAT = "14"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT);
-- input file name -> its stamp and the sha256 of its name and bytes
CREATE TABLE IF NOT EXISTS files (name TEXT PRIMARY KEY, stamp TEXT, digest TEXT);
-- input digest -> its catalogue entry (catalogue.CatalogueEntry, witnesses and exchanges as JSON),
-- with what the site-wide pages group it by (catalogue.entry_rows)
CREATE TABLE IF NOT EXISTS entries (digest TEXT, id TEXT, date TEXT, month TEXT, xml BLOB, witnesses TEXT,
                                    exchanges TEXT, series TEXT, ord TEXT, dated INTEGER, kind TEXT, letter INTEGER,
                                    witnessed INTEGER, people BLOB, senders BLOB, netrow TEXT, source_ref BLOB,
                                    source_name BLOB, source_book BLOB, idattr TEXT, shown TEXT);
-- ... and its facts: the entities its text names (k: in order; forms: the packed row), those its
-- header names only, its standOff entities (k: in order)
CREATE TABLE IF NOT EXISTS mentions (digest TEXT, ref TEXT, k INTEGER, n INTEGER, notes INTEGER, forms TEXT);
CREATE TABLE IF NOT EXISTS headers (digest TEXT, ref TEXT, k INTEGER, role TEXT, roleattr TEXT);
CREATE TABLE IF NOT EXISTS entities (digest TEXT, kind TEXT, ident TEXT, k INTEGER);
-- page or other file of the site (relative path) -> the key of what it was made from, the stamp
-- of the file written (NULL until it is), the generation of the build that recorded it last
CREATE TABLE IF NOT EXISTS pages (name TEXT PRIMARY KEY, key TEXT, stamp TEXT, gen TEXT);
-- document id -> the digest of its file, of its entry's XML as the pages are given it (with its
-- neighbours), of its row as the site-wide pages read it, and of the parts of that row: what
-- they group and count it by (with its facts), its XML without summary, its line in the lists:
-- which pages show a changed entry
CREATE TABLE IF NOT EXISTS shown (id TEXT PRIMARY KEY, digest TEXT, xml TEXT, row TEXT, grouped TEXT, brief TEXT,
                                  line TEXT);
-- site-wide page -> its key, in order: taken over whole while nothing they show changed
CREATE TABLE IF NOT EXISTS site (n INTEGER PRIMARY KEY, name TEXT, key TEXT);
-- search shard folder -> key, generation
CREATE TABLE IF NOT EXISTS shards (folder TEXT PRIMARY KEY, key TEXT, gen TEXT);
-- page -> its stamp and the sha256 of its bytes: what a search shard is made from
CREATE TABLE IF NOT EXISTS contents (name TEXT PRIMARY KEY, stamp TEXT, digest TEXT);
"""
# made once the tables are filled (kept up row by row, the random digests made a first build's
# inserts wait on the disk): the entries' when the catalogue is made (catalogue.Catalogue),
# the facts' when the state is saved, for the next build
INDEXES = """
CREATE UNIQUE INDEX IF NOT EXISTS entries_digest ON entries (digest);
CREATE INDEX IF NOT EXISTS mentions_digest ON mentions (digest);
CREATE INDEX IF NOT EXISTS headers_digest ON headers (digest); CREATE INDEX IF NOT EXISTS entities_digest ON entities (digest)
"""
# a page recorded: its stamp kept while its key is the one recorded before (the file checked then)
_RECORD = ("INSERT INTO pages (name, key, gen) {} ON CONFLICT (name) DO UPDATE SET"
           " stamp = CASE WHEN key = excluded.key THEN stamp END, key = excluded.key, gen = excluded.gen")


def execute_all(db: sqlite3.Connection, script: str) -> None:
    """Statements one by one (executescript would end the caller's transaction)."""
    for statement in "\n".join(line for line in script.splitlines() if not line.lstrip().startswith("--")).split(";"):
        db.execute(statement)


def salt() -> str:
    """The stylesheets, static assets and code every page depends on."""
    from ..stylesheets import html_salt

    return html_salt()


def key(*parts: bytes | str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


def stamp_text(st: os.stat_result) -> str:
    """A file's stamp (tei.cache.stamp) as the state keeps it."""
    return stamp_str((st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns))


def stamp_str(found: tuple) -> str:
    """A stamp tuple (tei.cache.stamp) as the state keeps it: the one form both ways of taking
    a stamp are compared in."""
    return "%d:%d:%d:%d" % found


class SiteState:
    """The state of the last build, which this build updates in place (one transaction,
    committed by commit() once the site's journal is written).  It starts empty when there
    is none, it is unreadable, the stylesheets or code changed since, or the journal of an
    update just finished (recovered: the journal) names a generation the state is not.  Without
    a folder nothing is kept: the state is a scratch file beside the site (scratch_dir),
    removed when the build ends.  The build's scratch tables are in a database of SQLite's
    own, attached as "work" (removed when the connection closes)."""

    def __init__(self, folder: Path | None, scratch_dir: Path | None = None, recovered: dict | None = None,
                 taken_salt: str | None = None):
        self.folder = Path(folder) if folder is not None else None
        self.salt = taken_salt if taken_salt is not None else salt()  # (taken: tei build's, for its key too)
        self.generation = os.urandom(16).hex()
        self.committed = False
        if self.folder is None:
            where = Path(scratch_dir or tempfile.gettempdir())
            where.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(dir=where, prefix=".site-state-", suffix=".sqlite.new")
            os.close(fd)
            self.path = Path(name)
            self.db = self._connect("OFF")  # a new file, only ever used whole
            self.has_old = False
        else:
            self.folder.mkdir(parents=True, exist_ok=True)
            self.path = self.folder / STATE_FILE
            self.db, self.has_old = None, False
            try:  # (a transaction left by a build that died is rolled back by SQLite here)
                self.db = self._connect("DELETE")
                self.has_old = self._usable(recovered)
            except sqlite3.Error as exc:
                if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_BUSY:
                    raise  # another build of the same state: it is not let go under it
            if not self.has_old:  # begun anew (not a database, another format, other stylesheets, ...)
                if self.db is not None:
                    self.db.close()
                for path in (self.path, self.path.with_name(STATE_FILE + "-journal")):
                    path.unlink(missing_ok=True)
                self.db = self._connect("DELETE")
            (self.folder / OLD_STATE_FILE).unlink(missing_ok=True)
        execute_all(self.db, SCHEMA)
        self.db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", [("format", FORMAT), ("salt", self.salt)])

    def _connect(self, journal: str) -> sqlite3.Connection:
        """The state's file opened, in this build's one transaction (begun at once: another
        build of the same state is waited for), committed once the site's journal is written."""
        db = sqlite3.connect(self.path, isolation_level=None)  # transactions begun and ended here
        db.execute(f"PRAGMA journal_mode = {journal}")
        db.execute("PRAGMA synchronous = OFF")  # (a process that dies leaves its writes to the system)
        db.execute("ATTACH DATABASE '' AS work")  # (SQLite's own temporary file, gone with the connection)
        db.execute("PRAGMA work.journal_mode = OFF")
        db.execute("BEGIN IMMEDIATE")
        return db

    def _usable(self, recovered: dict | None) -> bool:
        """Whether the state file is one this build can take as the last build's."""
        try:
            meta = dict(self.db.execute("SELECT name, value FROM meta"))
            if meta.get("format") != FORMAT or meta.get("salt") != self.salt:
                return False
            if recovered is not None and (recovered.get("note") or {}).get("state") != meta.get("generation"):
                return False  # the site's last update is not the one this state describes
            for table, column in (("entries", "shown"), ("pages", "gen"), ("shards", "gen"), ("contents", "digest"),
                                  ("shown", "line"), ("site", "key"), ("cat", "sortkey")):
                self.db.execute(f"SELECT {column} FROM {table} LIMIT 1").fetchall()  # every table is there
            return True
        except sqlite3.Error:
            return False

    # -- the inputs

    def remember_all(self, files: list[tuple[str, str, str]]) -> None:
        """(name, stamp, digest) of input files: file `name`, with this stamp (stamp_text), has this digest."""
        self.db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?)", files)

    def record_all(self, pages: list[tuple[str, str]]) -> None:
        """(name, key) of pages (record)."""
        self.db.executemany(_RECORD.format("VALUES (?, ?, ?)"), ((name, k, self.generation) for name, k in pages))

    def record_query(self, query: str, params: tuple = ()) -> None:
        """The (name, key) rows of a query recorded as pages (record)."""
        self.db.execute(_RECORD.format(f"SELECT name, key, ? FROM ({query}) WHERE true"), (self.generation, *params))

    def forget_file(self, name: str) -> None:
        self.db.execute("DELETE FROM files WHERE name = ?", (name,))

    # -- the pages

    def record(self, name: str, page_key: str) -> None:
        """What page `name` of the new site is made from (its stamp is taken when it is saved)."""
        self.record_all([(name, page_key)])

    def shard_key(self, folder: str) -> str | None:
        """The key a search shard of the last site was recorded with (asked before this build records it)."""
        known = self.db.execute("SELECT key FROM shards WHERE folder = ?", (folder,)).fetchone()
        return known[0] if known else None

    def record_shard(self, folder: str, shard_key: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO shards VALUES (?, ?, ?)", (folder, shard_key, self.generation))

    def content_digest(self, name: str, path: str) -> str:
        """The digest of page `name`'s bytes (at path); not read again while its stamp is the
        one last seen (a page taken over is a link to the same file)."""
        try:
            st = os.stat(path)
            known = self.db.execute("SELECT stamp, digest FROM contents WHERE name = ?", (name,)).fetchone()
            if known and known[0] == stamp_text(st):
                return known[1]
            with open(path, "rb") as f:
                value = hashlib.sha256(f.read()).hexdigest()
        except OSError:
            return ""  # not made (its error is reported)
        self.db.execute("INSERT OR REPLACE INTO contents VALUES (?, ?, ?)", (name, stamp_text(st), value))
        return value

    def had(self, name: str) -> bool:
        """Whether the last build made page `name` (asked before this build records it)."""
        return self.db.execute("SELECT 1 FROM pages WHERE name = ?", (name,)).fetchone() is not None

    def reuse(self, name: str, page_key: str, old_site: Path, known: tuple | None = None) -> bool:
        """Whether page `name` of the old site can stay as it is: made from the same inputs,
        and the very file the last state describes (asked before this build records it).
        known: its (key, stamp) in the last state, when read already ((None, None): none)."""
        if known is None:
            known = self.db.execute("SELECT key, stamp FROM pages WHERE name = ?", (name,)).fetchone()
        if not known or known[0] != page_key:
            return False
        try:  # os.path, not pathlib: this runs for every page
            return stamp_text(os.stat(f"{old_site}/{name}")) == known[1]  # (names: relative, with "/")
        except OSError:
            return False

    def reuse_tree(self, name: str, shard_key: str, old_site: Path) -> bool:
        """Whether a folder (a search shard) of the old site can stay: made from the same pages."""
        return self.shard_key(name) == shard_key and (old_site / name).is_dir()

    # -- the end of a build

    def prepare(self, staging: Path, search: bool, written: list[str], removed: set[str]) -> None:
        """Record the site as it will be once the update's files (written, in staging) are
        moved in and the removed ones are gone: the stamps of the files written (a rename
        keeps a file's stamp), what this build did not record let go.  The files that stay
        keep the stamp recorded when the last state was saved (each was checked against it
        when kept), without a stat of every page of the site."""
        if self.folder is None:
            return
        db = self.db
        stamps = []
        for name in written:
            try:
                stamps.append((stamp_text(os.stat(os.path.join(staging, name))), name))
            except OSError:
                stamps.append(("", name))
            if len(stamps) >= 1000:
                db.executemany("UPDATE pages SET stamp = ? WHERE name = ?", stamps)
                stamps = []
        db.executemany("UPDATE pages SET stamp = ? WHERE name = ?", stamps)
        db.executemany("DELETE FROM pages WHERE name = ?", ((name,) for name in removed))
        db.execute("DELETE FROM pages WHERE gen IS NOT ? OR stamp = '' OR stamp IS NULL", (self.generation,))
        db.execute("DELETE FROM shards WHERE gen IS NOT ?" if search else "DELETE FROM shards", (self.generation,)
                   if search else ())
        # a page's known digest stays known while the page does (a build without search reads none)
        db.execute("DELETE FROM contents WHERE name NOT IN (SELECT name FROM pages)")
        execute_all(db, INDEXES)
        db.execute("INSERT OR REPLACE INTO meta VALUES ('generation', ?)", (self.generation,))

    def commit(self) -> None:
        """Make this build's state the state (once the site's journal is written)."""
        if self.folder is None:
            self.discard()
            return
        self.db.execute("COMMIT")
        self.db.close()
        self.committed = True

    def discard(self) -> None:
        """Let this build's changes go (an interrupted or failed build: the last state stays)."""
        if self.committed:
            return
        try:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            self.db.close()
        except sqlite3.Error:
            pass
        if self.folder is None:
            self.path.unlink(missing_ok=True)
