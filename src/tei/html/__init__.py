"""The HTML edition: a static site made from a folder of TEI files by XSLT 3.0.

    render_site(tei_dir, out_dir, report) -> SiteResult

The build in four steps (SiteBuild): take the inputs, gather the catalogue (catalogue.py:
a file that is not TEI is reported and skipped), render the pages (pages.py: one per
document, one per pair of translations; the site-wide pages, each from what it shows,
sitepages.py), index them for search (search.py).  The files made are written into a staging
folder next to out_dir and moved in under a journal only when all are complete (tei.journal),
so a failed build leaves the last good site in place, and one interrupted while moving them
in is finished by the next.  With a state folder (state.py) what is unchanged since the last
build stays where it is instead of being made again: after a one-file edit only a few files
of the site are written.  What the build knows of the documents is kept in SQLite
(the state and the catalogue's tables), not in this process's memory: the memory of every
process of the build is flat in the number of documents.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

from ..messages import Report
from ..xslt import XsltError
from .catalogue import Catalogue, catalogue_chunk, check_tei, store, take_chunk
from ..parallel import batched, pooled, process_pool
from ..paths import SITE_STATIC
from .pages import STYLESHEET, render_batch, render_pages
from .search import SHARD_SIZE, SearchIndex, deferral, shard_count, shard_folder, shard_of
from .sitepages import PIECE_SIZE, SITE_FILES, SitePage, SitePages
from ..journal import Update
from ..writer import link_or_copy
from .state import SiteState, key, stamp_str, stamp_text

STATIC = SITE_STATIC
# Past this many documents the home page lists the months, each month's telegrams on a page of
# its own (telegrams-1949-01.html), and the chronology links to them (a list of every telegram
# was 5 MB at 10,000 telegrams, the chronology 8 MB).
LIST_MAX = 1000
# An entity named in more telegrams than this has them listed on a page of its own
# (mentions-<id>.html), its index entry linking there (the indexes were 8-11 MB at 10,000).
REFS_MAX = 100

__all__ = ["render_site", "SiteResult", "check_tei", "STYLESHEET", "Catalogue", "catalogue_chunk",
           "render_pages"]


@dataclass
class SiteResult:
    out_dir: Path
    pages: int = 0
    documents: list[str] = field(default_factory=list)  # (listed when the site is updated)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    search: bool = False
    search_deferred: bool = False  # search shards left stale, their edited pages in a delta (tei serve)
    rendered: int = 0  # documents' and side-by-side pages made by this build
    reused: int = 0  # ... and those taken over unchanged from the last build
    timings: dict[str, float] = field(default_factory=dict)  # seconds per step

    @property
    def ok(self) -> bool:
        return self.pages > 0


def render_site(tei_dir: Path, out_dir: Path, report: Report, *, search: bool = True,
                workers: int | None = None, state_dir: Path | None = None,
                shard_size: int = SHARD_SIZE, link_inputs: bool = False, progress=None,
                base_url: str = "", list_max: int = LIST_MAX, refs_max: int = REFS_MAX,
                piece_size: int = PIECE_SIZE, input_stamps: dict[str, tuple | None] | None = None,
                salt: str | None = None) -> SiteResult:
    """Build the HTML edition of the TEI files in tei_dir (or of the given TEI file) into out_dir.

    With a state_dir, what the last build there made from the same inputs is taken over from
    the old site instead of being made again (see state.py): after a one-file edit only the
    pages that show it or link to it, the site-wide pages and the search shard it is in.
    link_inputs: the site's copies of the TEI files may be hard links to them (for a folder
    that is only ever replaced file by file, never edited in place, like tei build's out/tei).
    progress (see tei.progress): told the number of pages to make, then each page made.
    base_url: where the site will be published (the pages' "Cite this" gives their address).
    list_max: past this many documents the telegrams are listed month by month (see LIST_MAX);
    refs_max: an entity named in more documents has them on a page of its own (see REFS_MAX);
    piece_size: a long list of a site-wide page is made in runs of this many items (see sitepages).
    input_stamps: the stamps (tei.cache.stamp) of tei_dir's files by name, taken since they were
    last written (tei build takes them to know whether a stage is up to date): not taken again.
    salt: the stylesheets' and static files' hash (state.salt) where the caller has taken it."""
    build = SiteBuild(Path(tei_dir), Path(out_dir), report, state_dir, workers, list_max, refs_max, piece_size, salt)
    try:
        if build.take_inputs(link_inputs, input_stamps) and build.gather_catalogue(base_url):
            build.render(progress, shard_size if search else None)
            build.finish()
    except XsltError as exc:
        report.error(str(STYLESHEET), 0, f"the HTML edition was not built: {exc}", "html-xslt")
        build.result.pages = 0
    finally:
        build.close()
    return build.result


_IDS = "\x1f"  # between the ids of a page's catalogue entries (XML ids hold no control character)


def _chunks(db: sqlite3.Connection, sql: str, params: tuple = (), size: int = 500, start=-1):
    """The rows of a query ordered by its first column, a unique key, which ends "AND key > ?
    ORDER BY key LIMIT ?" (start: below every key), a few hundred at a time, the query made
    again for each: no statement stays open while the caller writes to the same tables."""
    last = start
    while True:
        rows = db.execute(sql, (*params, last, size)).fetchall()
        yield from rows
        if len(rows) < size:
            return
        last = rows[-1][0]


class SiteBuild:
    """One build of the site, step by step: the files it makes in a staging folder beside
    out_dir (an in-place update, tei.journal), the others left where they are in out_dir.

    What it knows of the documents (their files, digests, catalogue entries, the pages'
    keys) is kept in the build's SQLite database (state.SiteState: the new state, and the
    scratch tables of the catalogue), read as it is needed: the build's memory does not grow
    with the edition."""

    def __init__(self, tei_dir: Path, out_dir: Path, report: Report, state_dir: Path | None, workers: int | None,
                 list_max: int = LIST_MAX, refs_max: int = REFS_MAX, piece_size: int = PIECE_SIZE,
                 salt: str | None = None):
        self.tei_dir, self.out_dir, self.report, self.workers = tei_dir, out_dir, report, workers
        self.list_max, self.refs_max, self.piece_size = list_max, refs_max, piece_size
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        self.started = time.perf_counter()
        self.update: Update | None = Update(out_dir)  # (finishes an update left by an interrupted build first)
        self.staging = self.update.staging
        (self.staging / "tei").mkdir()
        # the pages are made from the input files where they are (a folder of them: tei build's
        # out/tei), so that the site's copies of unchanged files need not be staged; one file
        # given alone from its copy
        self.single = not tei_dir.is_dir()
        self.tei_abs = str((self.staging / "tei" if self.single else tei_dir).resolve())
        self.kept: set[str] = set()  # files of the site that stay as they are
        self.result = SiteResult(out_dir)
        try:
            self.state = SiteState(state_dir, scratch_dir=out_dir.parent, recovered=self.update.recovered, taken_salt=salt)
        except BaseException:
            self.update.discard()
            raise
        self.db = self.state.db
        # input file name (<id>.xml) -> its source, stamp, digest ('' until read) and the copy to
        # write ('' when it is in the site already); rank: the sources' order
        self.db.execute("CREATE TABLE work.inputs (name TEXT PRIMARY KEY, src TEXT, stamp TEXT, digest TEXT, copy TEXT)")
        self.documents = 0
        self.pool = None
        self.search: SearchIndex | None = None
        self.search_deferred: dict[str, str] = {}  # shard folder -> the key it was indexed with (see search.shards_deferred)
        self.shards = 0  # the search index's shards (a power of two), 0 without one
        self.finished = False

    def _step(self, name: str) -> None:
        self.result.timings[name] = time.perf_counter() - self.started - sum(self.result.timings.values())

    def _skip(self, src: Path | str, why: str, line: int = 0) -> None:
        self.report.error(str(src), line, f"skipped in the HTML edition: {why}", "html-input")
        self.result.skipped.append((str(src), why))

    def _workers(self, count: int) -> int:
        """Workers for count jobs: one below a hundred (starting workers costs more than they
        save), unless workers were asked for."""
        return self.workers if self.workers is not None else (1 if count < 100 else min(4, os.cpu_count() or 1))

    def _pool_for(self, count: int):
        """Workers and the page pool for count jobs (no pool for one worker)."""
        n = self._workers(count)
        if n > 1 and self.pool is None:
            self.pool = process_pool(n, name="tei-page")
        return n, (self.pool if n > 1 else None)

    def _sources(self, stamps: dict[str, tuple | None] | None) -> None:
        """The TEI files (work.sources: path, file name, name in the site, stamp), with their
        stamps as given (the files' names, those of the folder) or taken here."""
        db = self.db
        db.execute("CREATE TABLE work.sources (path TEXT PRIMARY KEY, base TEXT, name TEXT, stamp TEXT)")
        if not self.tei_dir.is_dir():
            listed = [(os.path.basename(self.tei_dir), self.tei_dir)]
        else:
            folder = str(self.tei_dir)
            names = [n for n in stamps if n.endswith(".xml") and os.sep not in n] if stamps is not None \
                else [os.path.basename(p) for p in _xml_files(self.tei_dir)]
            listed = [(n, f"{folder}/{n}") for n in names]
        rows = []
        for base, path in listed:
            found = stamps.get(base) if stamps is not None else None
            try:  # (paths as strings, not Path: this runs for every file)
                file_stamp = stamp_str(found) if found is not None else stamp_text(os.stat(path))
            except OSError as exc:
                self._skip(path, f"cannot be read: {exc.strerror or exc}")
                continue
            # the site's copy is <id>.xml
            rows.append((str(path), base, base if base.endswith(".xml") else os.path.splitext(base)[0] + ".xml",
                         file_stamp))
        db.executemany("INSERT OR IGNORE INTO work.sources VALUES (?, ?, ?, ?)", rows)

    def take_inputs(self, link_inputs: bool, stamps: dict[str, tuple | None] | None = None) -> bool:
        """The TEI files into the site's tei/: an unchanged one (known by its size and
        modification time) taken over from the last site, or linked when link_inputs; the
        others are read, checked, copied and catalogued by the workers (gather_catalogue),
        each read once.  stamps: the files' stamps by name, when the caller took them already.
        The files unchanged since the last state are found in one query, their copies in the
        site checked one by one (a site changed by hand is not trusted).  False when there are none."""
        db = self.db
        self._sources(stamps)
        # unchanged, and known: their digests and entries stay (listed in one statement; their
        # copies in the site then checked one by one)
        db.execute("INSERT INTO work.inputs SELECT s.name, s.path, '', f.digest, '' FROM work.sources AS s"
                   " JOIN files AS f ON f.name = s.base AND f.stamp = s.stamp JOIN entries AS e ON e.digest = f.digest"
                   " ORDER BY s.path")
        copies = ("SELECT i.rowid, i.src, i.name, i.digest, p.key, p.stamp FROM work.inputs AS i"
                  " LEFT JOIN pages AS p ON p.name = 'tei/' || i.name WHERE i.rowid > ? ORDER BY i.rowid LIMIT ?")
        for _, src, name, digest, copy_key, copy_stamp in _chunks(db, copies, size=1000):
            placed = (not self.single and copy_key == digest
                      and self.state.reuse(f"tei/{name}", digest, self.out_dir, (copy_key, copy_stamp)))
            if placed:
                self.kept.add(f"tei/{name}")
            elif link_inputs:
                link_or_copy(src, f"{self.staging}/tei/{name}")
            else:
                shutil.copyfile(src, f"{self.staging}/tei/{name}")
        # the others, read when the catalogue is gathered (the sources' order is kept)
        rows = []
        for src, name, file_stamp in _chunks(
                db, "SELECT s.path, s.name, s.stamp FROM work.sources AS s LEFT JOIN files AS f ON f.name = s.base"
                    " LEFT JOIN entries AS e ON e.digest = f.digest"
                    " WHERE (f.stamp IS NOT s.stamp OR e.digest IS NULL) AND s.path > ? ORDER BY s.path LIMIT ?", start=""):
            copy = f"{self.staging}/tei/{name}"
            if link_inputs:
                link_or_copy(src, copy)
            rows.append((name, src, file_stamp, "", "" if link_inputs else copy))
            if len(rows) >= 500:
                db.executemany("INSERT INTO work.inputs VALUES (?, ?, ?, ?, ?)", rows)
                rows = []
        db.executemany("INSERT INTO work.inputs VALUES (?, ?, ?, ?, ?)", rows)
        self._step("inputs")
        return self._some_documents()

    def _some_documents(self) -> bool:
        if self.db.execute("SELECT 1 FROM work.inputs LIMIT 1").fetchone() is None:
            self.report.error(str(self.tei_dir), 0, "no TEI document to render: give a folder of TEI files "
                              "(tei build writes out/tei)", "html-input")
            return False
        return True

    def gather_catalogue(self, base_url: str) -> bool:
        """The files not known from the last build read in chunks (in the pool when there are
        many): their digests and catalogue entries, in place of those of the files that
        changed or went (the others stay in the state as they are), then the catalogue put
        in date order (only the rows of what changed, when the order is the same); files
        that are not TEI left out."""
        db = self.db
        unread = db.execute("SELECT COUNT(*) FROM work.inputs WHERE digest = ''").fetchone()[0]
        n, pool = self._pool_for(unread)
        chunk = max(20, min(100, unread // (n * 4) or 1))  # (a few chunks in flight: their entries are held)
        sent: deque = deque()  # the batches handed to the workers, their results not yet back

        def jobs():
            for batch in batched(_chunks(db, "SELECT rowid, name, src, stamp, copy FROM work.inputs"
                                             " WHERE digest = '' AND rowid > ? ORDER BY rowid LIMIT ?", size=chunk), chunk):
                sent.append(batch)
                yield [(src, name, copy) for _, name, src, _, copy in batch]

        for taken in pooled(take_chunk, jobs(), n, pool):
            rows, read, files = [], [], []
            for (_, name, src, st, _), (digest, entry, why, line) in zip(sent.popleft(), taken):
                if why:
                    self._skip(src, why, line)
                    db.execute("DELETE FROM work.inputs WHERE name = ?", (name,))
                    (self.staging / "tei" / name).unlink(missing_ok=True)  # a link made by take_inputs
                    continue
                read.append((digest, name))
                files.append((os.path.basename(src), st, digest))
                rows.append((digest, entry))  # (not among those kept: its digest was not known)
            db.executemany("UPDATE work.inputs SET digest = ? WHERE name = ?", read)
            self.state.remember_all(files)
            if self.state.has_old:  # (a file read again that came out the same; a new state has no
                # entries, nor the facts' indexes yet: a DELETE there scans every row stored so far)
                _forget_entries(db, [(digest,) for digest, _ in rows])
            store(db, rows)
        _forget_entries(db, db.execute("SELECT digest FROM entries WHERE digest NOT IN"
                                       " (SELECT digest FROM work.inputs)").fetchall())
        db.execute("DELETE FROM files WHERE name NOT IN (SELECT base FROM work.sources)")
        self.state.record_query("SELECT 'tei/' || name AS name, digest AS key FROM work.inputs")
        self.documents = db.execute("SELECT COUNT(*) FROM work.inputs").fetchone()[0]
        db.create_function("shard_of", 2, shard_of, deterministic=True)
        if not self._some_documents():
            return False
        base_url = base_url.rstrip("/") + "/" if base_url else ""  # page names are appended to it
        self.catalogue = Catalogue(base_url=base_url, db=db)
        self._compare_catalogue()
        self._step("catalogue")
        return True

    def _compare_catalogue(self) -> None:
        """What the pages show of each entry made again (the catalogue's touched rows, or all),
        against the last build's (state table shown): the entries whose XML as the pages are
        given it changed (self.changed: a page none of whose entries is among them, from the
        same file, keeps its last key without its catalogue being made and hashed), the
        documents whose file changed (self.refiled), and whether anything the site-wide pages
        are given changed (self.site_same: if not, they keep theirs without their inputs being
        read): one digest of the catalogue's head and of each entry's row as they read it, in
        date order.  When it changed but not what they group and count the entries by, only
        the pages that show the parts of the rows that changed are keyed again (self.site_shows:
        their names; None: all)."""
        db, cat = self.db, self.catalogue
        head = key(cat.opening(), cat.months_xml)
        db.execute("CREATE TABLE work.shown (id TEXT PRIMARY KEY, digest TEXT, xml TEXT, row TEXT, grouped TEXT,"
                   " brief TEXT, line TEXT, month TEXT, pos INTEGER)")
        where = "" if cat.touched is None else f" AND c.pos IN ({','.join(map(str, cat.touched))})"  # (integers)
        rows = []
        for row in _chunks(db, "SELECT c.pos, c.id, c.digest, e.shown, x.xml, x.brief, x.line, x.month, x.date, x.dated,"
                               " x.kind, x.letter, x.witnessed, x.people, x.senders, x.source, x.netrow, x.idattr"
                               " FROM cat AS c JOIN entry AS x USING (pos) JOIN entries AS e USING (digest)"
                               f" WHERE c.pos > ?{where} ORDER BY c.pos LIMIT ?"):
            # (the columns hold no NUL: XML and digests cannot)
            parts = [v if isinstance(v, bytes) else str(v).encode("utf-8") for v in row[1:2] + row[3:]]
            grouped = hashlib.sha256(b"\0".join(parts[:2] + parts[5:])).hexdigest()  # (all but xml, brief, line)
            rows.append((row[1], row[2], hashlib.sha256(row[4]).hexdigest(), hashlib.sha256(b"\0".join(parts)).hexdigest(),
                         grouped, hashlib.sha256(row[5]).hexdigest(), hashlib.sha256(row[6]).hexdigest(), row[7], row[0]))
            if len(rows) >= 500:
                db.executemany("INSERT INTO work.shown VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
                rows = []
        db.executemany("INSERT INTO work.shown VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        was = dict(db.execute("SELECT name, value FROM meta WHERE name IN ('head', 'site', 'site_head')"))
        changed = {i for (i,) in db.execute("SELECT n.id FROM work.shown AS n LEFT JOIN shown AS s USING (id)"
                                             " WHERE s.xml IS NOT n.xml")}
        self.refiled = {i for (i,) in db.execute("SELECT n.id FROM work.shown AS n LEFT JOIN shown AS s USING (id)"
                                                  " WHERE s.digest IS NOT n.digest")}
        site_head = key(head, str(cat.count), str(cat.letters), f"{self.list_max}|{self.refs_max}|{self.piece_size}")
        self.site_shows: set[str] | None = None
        if cat.touched is not None and self.state.has_old and was.get("site_head") == site_head:
            self.site_shows = self._site_shows()
        if cat.touched is None:
            changed.update(i for (i,) in db.execute("SELECT id FROM shown WHERE id NOT IN (SELECT id FROM cat)"))
            db.execute("DELETE FROM shown")
        db.execute("INSERT OR REPLACE INTO shown SELECT id, digest, xml, row, grouped, brief, line FROM work.shown")
        site = hashlib.sha256(site_head.encode("ascii"))
        for (shown,) in db.execute("SELECT s.row FROM cat AS c JOIN shown AS s USING (id) ORDER BY c.pos"):
            site.update(shown.encode("ascii"))
        self.site_digest = site.hexdigest()
        db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", [("head", head), ("site", self.site_digest),
                                                                     ("site_head", site_head)])
        self.site_same = self.state.has_old and was.get("site") == self.site_digest
        self.changed: set[str] | None = None  # (None: every page's key is worked out)
        if self.state.has_old and was.get("head") == head:
            self.changed = changed

    def _site_shows(self) -> set[str] | None:
        """The site-wide pages that show what changed of the entries made again (work.shown
        against shown), or None when what they are grouped or counted by changed (then
        every page may change).  An entry's XML is shown by its month's list (below
        LIST_MAX by the home page and chronology), its XML without summary by the network
        (below LIST_MAX), its line by the network's table (at scale, when it is in it), by the
        index of each kind of entity it names that lists the telegrams naming it (named in at
        most REFS_MAX) and by the pages of the telegrams naming each of the others."""
        db = self.db
        at_scale = self.catalogue.count > self.list_max
        shows: set[str] = set()
        for pos, month, xml, brief, line, grouped in db.execute(
                "SELECT n.pos, n.month, s.xml IS NOT n.xml, s.brief IS NOT n.brief, s.line IS NOT n.line,"
                " s.grouped IS NOT n.grouped FROM work.shown AS n LEFT JOIN shown AS s USING (id)").fetchall():
            if grouped:
                return None
            if xml:
                shows.update([f"telegrams-{month or 'undated'}.html"] if at_scale else ["index.html", "chronology.html"])
            if brief and not at_scale:
                shows.add("network.html")
            if line:
                listed = []
                for (ref,) in db.execute("SELECT ref FROM ment WHERE docpos = ? UNION SELECT ref FROM hdr WHERE docpos = ?",
                                         (pos, pos)).fetchall():
                    docs = db.execute("SELECT (SELECT COUNT(*) FROM ment WHERE ref = ?) + (SELECT COUNT(*) FROM hdr"
                                      " WHERE ref = ?)", (ref, ref)).fetchone()[0]
                    if docs <= self.refs_max:
                        listed.append(ref)
                    else:
                        shows.add(f"mentions-{ref}.html")
                marks = ",".join("?" * len(listed))
                kinds = [k for (k,) in db.execute(f"SELECT DISTINCT kind FROM ents WHERE ident IN ({marks})", listed)]
                shows.update(SITE_FILES[k] for k in kinds if k in SITE_FILES)
                if at_scale and db.execute("SELECT netrow IS NOT NULL FROM entry WHERE pos = ?", (pos,)).fetchone()[0]:
                    shows.add("network.html")
        return shows

    def _page_jobs(self, folders: dict[str, int]):
        """(source, page, the ids of its catalogue's entries, the document or '', key, the
        page's (key, stamp) in the last state or None when not read) of each document's page
        and side-by-side page (its key recorded; for a page the last state does not have, the
        key's parts but its catalogue: the key is recorded when the page is made).
        Shard by shard of the search index (so that each can be indexed while the next is
        made); the translations of one telegram together, their side-by-side pages right after
        their own (in one batch, a worker parses each document once for all of them).  The
        documents are read a few hundred at a time; those handed out are marked done."""
        cat, db = self.catalogue, self.db
        # a document's row, with its page's key and stamp and its file's digest in the last state
        columns = ("SELECT c.id, c.prev, c.next, c.witnesses, c.exchanges, c.digest, d.id IS NOT NULL, p.key, p.stamp"
                   " FROM cat AS c LEFT JOIN pages AS p ON p.name = c.id || '.html'"
                   " LEFT JOIN work.done AS d ON d.id = c.id")
        db.execute("CREATE TABLE work.done (id TEXT PRIMARY KEY)")  # the documents handed out
        self._list_affected()
        yield from self._unaffected_pages()
        yield from self._unaffected_translations()
        for shard in folders.values() if folders else [None]:
            where = "c.shard = ? AND " if shard is not None else ""
            last = ""
            while True:  # (the documents handed out already, _unaffected_pages's, are not read)
                chunk = db.execute(f"{columns} WHERE {where}c.id > ? AND d.id IS NULL ORDER BY c.id LIMIT 500",
                                   (*([shard] if shard is not None else []), last)).fetchall()
                if not chunk:
                    break
                rows = {row[0]: row for row in chunk}
                seen: set[str] = set()  # handed out while this chunk is read (the others: their done)
                records = []

                def take(doc: str) -> tuple | None:
                    """The document's row, unless it was handed out already."""
                    if doc in seen:
                        return None
                    row = rows.get(doc)
                    if row is None:  # in another chunk: marked done there and then
                        row = db.execute(f"{columns} WHERE c.id = ?", (doc,)).fetchone()
                        if row is None or row[6]:
                            return None
                        db.execute("INSERT INTO work.done VALUES (?)", (doc,))
                    elif row[6]:
                        return None
                    seen.add(doc)
                    return row

                for first in rows:
                    found = take(first)
                    if found is None:
                        continue
                    group, todo = {first: found}, cat.pairs(first, found[3])
                    while todo:  # the witnesses of the witnesses too
                        a = todo.pop()
                        found = None if a in group else take(a)
                        if found is not None:
                            group[a] = found
                            todo.extend(cat.pairs(a, found[3]))
                    pairs = set()
                    for a in sorted(group):
                        _, prev, nxt, witnesses, exchanges, digest, _, old_key, old_stamp = group[a]
                        own = (a, prev, nxt, *_ids(witnesses), *_ids(exchanges))
                        if old_key is None or not self.state.has_old:  # it cannot be taken over:
                            page_key = ("page", digest)  # its key is worked out with its catalogue when it is made
                        elif self.affected is not None and a not in self.affected:
                            page_key = old_key  # made from what it was made from last time
                            records.append((f"{a}.html", page_key))
                        else:
                            page_key = key("page", digest, cat.for_page(*own))
                            records.append((f"{a}.html", page_key))
                        yield (f"{self.tei_abs}/{a}.xml", f"{a}.html", own, a, page_key, (old_key, old_stamp))
                        pairs.update(tuple(sorted((a, b))) for b in cat.pairs(a, witnesses))
                    # one page per pair, named in order (the swapped view is a fragment of it); a pair
                    # even when only one of the two names the other as its witness
                    for a, b in sorted(pairs):
                        page = f"compare-{a}--{b}.html"
                        da, dz = (group[x][5] if x in group else
                                  db.execute("SELECT digest FROM cat WHERE id = ?", (x,)).fetchone()[0] for x in (a, b))
                        if self.state.has_old:
                            made = (self.affected is not None and a not in self.affected and b not in self.affected
                                    and db.execute("SELECT key FROM pages WHERE name = ?", (page,)).fetchone())
                            page_key = made[0] if made else key("compare", da, dz, cat.for_page(a, b))
                            records.append((page, page_key))
                        else:
                            page_key = ("compare", da, dz)
                        yield (f"compare:{a}:{b}:{self.tei_abs}", page, (a, b), "", page_key, None)
                self.state.record_all(records)
                last = chunk[-1][0]
                db.execute(f"INSERT OR IGNORE INTO work.done SELECT id FROM cat WHERE {where.replace('c.', '')}id BETWEEN ? AND ?",
                           (*([shard] if shard is not None else []), chunk[0][0], last))

    def _unaffected_pages(self):
        """_page_jobs's rows of the documents' pages that keep their last key, found in SQL at
        once rather than row by row (after a one-page edit, all but a few): the documents not
        affected (_list_affected) that have no side-by-side page (no witnesses, named as
        none's witness); their keys recorded as they were and the documents marked handed
        out.  Each page is still checked against its file's stamp (state.reuse): taken over
        here, or handed on to be made again (a page changed by hand)."""
        if self.affected is None:
            return
        db = self.db
        db.execute("CREATE TABLE work.unaffected (id TEXT PRIMARY KEY, prev TEXT, next TEXT, exchanges TEXT, key TEXT,"
                   " stamp TEXT)")
        db.execute("INSERT INTO work.unaffected SELECT c.id, c.prev, c.next, c.exchanges, p.key, p.stamp FROM cat AS c"
                   " JOIN pages AS p ON p.name = c.id || '.html'"
                   " WHERE c.witnesses = '[]' AND p.key IS NOT NULL AND c.id NOT IN (SELECT id FROM work.affected)"
                   " AND c.id NOT IN (SELECT w.value FROM cat AS o, json_each(o.witnesses) AS w"
                   "                  WHERE o.witnesses != '[]')")
        db.execute("INSERT INTO work.done SELECT id FROM work.unaffected")
        self.state.record_query("SELECT id || '.html' AS name, key FROM work.unaffected")  # (the same keys: stamps kept)
        for a, prev, nxt, exchanges, page_key, page_stamp in _chunks(
                db, "SELECT id, prev, next, exchanges, key, stamp FROM work.unaffected WHERE id > ? ORDER BY id LIMIT ?",
                start=""):
            page = f"{a}.html"
            if self.state.reuse(page, page_key, self.out_dir, (page_key, page_stamp)):
                self.kept.add(page)
                self.result.reused += 1
            else:
                yield (f"{self.tei_abs}/{a}.xml", page, (a, prev, nxt, *_ids(exchanges)), a, page_key,
                       (page_key, page_stamp))

    def _unaffected_translations(self):
        """_unaffected_pages for the documents with side-by-side pages (the translations of one
        telegram, a fifth of a large edition's documents): a group of documents joined by
        their witnesses none of which is affected (_list_affected) keeps its pages' and
        side-by-side pages' last keys; found from
        one query of the witnesses rather than row by row (0.3 s of a one-edit rebuild at
        10,000 telegrams).  Each page is still checked against its file's stamp."""
        if self.affected is None:  # (as _unaffected_pages: nothing to compare with, see _list_affected)
            return
        db = self.db
        named = ("SELECT c.id, c.prev, c.next, c.witnesses, c.exchanges, p.key, p.stamp FROM cat AS c"
                 " LEFT JOIN pages AS p ON p.name = c.id || '.html'"
                 " WHERE c.witnesses != '[]' OR c.id IN (SELECT w.value FROM cat AS o, json_each(o.witnesses) AS w"
                 "                                       WHERE o.witnesses != '[]')")
        rows = {row[0]: (*row[:3], _ids(row[3]), *row[4:]) for row in db.execute(named)}
        # the groups (union-find over the pairs: a pair even when only one of the two names the other)
        parent = {doc: doc for doc in rows}

        def root(doc: str) -> str:
            while parent[doc] != doc:
                parent[doc] = parent[parent[doc]]
                doc = parent[doc]
            return doc

        pairs = set()
        for doc, row in rows.items():
            for other in row[3]:
                if other != doc and other in rows:  # (a witness in the catalogue is named, so a row)
                    pairs.add((doc, other) if doc < other else (other, doc))
                    parent[root(doc)] = root(other)
        affected = set()
        for doc, (_, prev, nxt, witnesses, exchanges, page_key, _) in rows.items():
            if page_key is None or doc in self.affected:
                affected.add(root(doc))
        kept = sorted(doc for doc in rows if root(doc) not in affected)
        if not kept:
            return
        db.executemany("INSERT INTO work.done VALUES (?)", ((doc,) for doc in kept))
        records = []
        for doc in kept:
            _, prev, nxt, witnesses, exchanges, page_key, page_stamp = rows[doc]
            page = f"{doc}.html"
            records.append((page, page_key))
            if self.state.reuse(page, page_key, self.out_dir, (page_key, page_stamp)):
                self.kept.add(page)
                self.result.reused += 1
            else:
                yield (f"{self.tei_abs}/{doc}.xml", page, (doc, prev, nxt, *witnesses, *_ids(exchanges)), doc,
                       page_key, (page_key, page_stamp))
        made = dict(db.execute("SELECT name, key FROM pages WHERE name LIKE 'compare-%'"))
        for a, b in sorted(pair for pair in pairs if root(pair[0]) not in affected):
            page = f"compare-{a}--{b}.html"
            if page in made:
                page_key = made[page]
            else:
                da, dz = (db.execute("SELECT digest FROM cat WHERE id = ?", (x,)).fetchone()[0] for x in (a, b))
                page_key = key("compare", da, dz, self.catalogue.for_page(a, b))
            records.append((page, page_key))
            yield (f"compare:{a}:{b}:{self.tei_abs}", page, (a, b), "", page_key, None)
        self.state.record_all(records)

    def _list_affected(self) -> None:
        """The one rule by which a page cannot keep the key it was made with last time (its
        catalogue is then made again and hashed), for _page_jobs and its fast paths alike:
        self.affected, the documents whose file moved (refiled) or whose page shows an entry
        that changed (see _compare_catalogue: its own, its neighbours' in time, its
        witnesses', those of its exchange); a side-by-side page keeps its key while neither
        of its two documents is affected.  Also in the table work.affected.  None (every
        page's key worked out) when the entries cannot be compared with the last build's."""
        self.affected: set[str] | None = None
        if not self.state.has_old or self.changed is None:
            return
        db = self.db
        db.execute("CREATE TABLE work.changed (id TEXT PRIMARY KEY)")
        db.executemany("INSERT INTO work.changed VALUES (?)", ((i,) for i in self.changed))
        db.execute("CREATE TABLE work.affected (id TEXT PRIMARY KEY)")
        changed = "IN (SELECT id FROM work.changed)"
        db.execute(f"INSERT INTO work.affected SELECT id FROM cat WHERE id {changed} OR prev {changed} OR next {changed}"
                   f" OR (witnesses != '[]' AND EXISTS (SELECT 1 FROM json_each(cat.witnesses) AS w WHERE w.value {changed}))"
                   f" OR (exchanges != '[]' AND EXISTS (SELECT 1 FROM json_each(cat.exchanges) AS x WHERE x.value {changed}))")
        db.executemany("INSERT OR IGNORE INTO work.affected VALUES (?)", ((i,) for i in self.refiled))
        self.affected = {i for (i,) in db.execute("SELECT id FROM work.affected")}

    def _documents(self, shard: int) -> list[str]:
        """The documents of one search shard (at most its size), in order."""
        return [d for (d,) in self.db.execute("SELECT id FROM cat WHERE shard = ? ORDER BY id", (shard,))]

    def render(self, progress=None, shard_size: int | None = None) -> None:
        """The pages whose inputs changed (the others taken over), the site-wide pages when
        what they show changed; with a shard size, the search index too: each shard as soon
        as its pages are made (see search.py), unchanged shards taken over."""
        started: list | None = [] if self.pool is not None else None  # (the site-wide pages' runs, when handed out)
        site = self._site_pages(started)
        folders = self._shard_folders(shard_size) if shard_size else {}
        self._pages_to_make(folders)
        if shard_size:
            self._start_search(folders)
        self._make(site, started, progress)
        self._assets()
        self._step("pages")
        if self.search:
            self.result.search = self.search.finish(self._search_delta)
            self.result.search_deferred = bool(self.search_deferred)
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('stale_shards', ?)",
                            (json.dumps(sorted(self.search_deferred)),))
            if deferral() is not None:
                deferral().stale = self.result.search_deferred
            self._step("search")

    def _shard_folders(self, shard_size: int) -> dict[str, int]:
        """The search index's shards (see search.shards): folder -> shard, in order."""
        self.shards = shard_count(self.documents, shard_size)
        # (written only where it changed: the catalogue's rows stay as they are in the state; not
        # worked out for each row again while they are those of the same number of shards: a
        # catalogue made again whole forgets that number, one updated in place keeps each id's row)
        known = self.db.execute("SELECT value FROM meta WHERE name = 'cat_shards'").fetchone()
        if known != (str(self.shards),):
            self.db.execute("UPDATE cat SET shard = shard_of(id, ?) WHERE shard IS NOT shard_of(id, ?)", (self.shards,) * 2)
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('cat_shards', ?)", (str(self.shards),))
        used = [n for (n,) in self.db.execute("SELECT DISTINCT shard FROM cat ORDER BY shard")]
        return {shard_folder(n, used[0]): n for n in used}

    def _site_pages(self, started: list | None) -> list[SitePage]:
        """The site-wide pages that cannot be taken over from the last site, each keyed by what
        it is given (see sitepages: a summary edit remakes the lists that show it and not the
        indexes, a new mention the indexes and not the lists), their inputs written.  When
        there are workers already (a first build: they read the inputs), each page's runs are
        handed to them at once (started: their futures, eight runs each), to be made while
        the rest is made ready."""
        self.site = SitePages(self.catalogue, self.staging, self.tei_abs, self.list_max, self.refs_max, self.piece_size)
        if self.site_same and self._site_kept():
            return []
        todo: list[SitePage] = []
        if not self.site_same and self.site_shows is not None and self._site_kept(self.site_shows):
            for name in [n for (n,) in self.db.execute("SELECT name FROM site ORDER BY n") if n in self.site_shows]:
                page = self.site.page(name, self.state.had)
                if page is not None:  # (what it is made of is there while what the pages count is the same)
                    self.db.execute("UPDATE site SET key = ? WHERE name = ?", (page.key, name))
                    self._site_page(page, todo, started)
            return todo
        self.db.execute("DELETE FROM site")
        for n, page in enumerate(self.site.pages(self.state.had)):
            self.db.execute("INSERT INTO site VALUES (?, ?, ?)", (n, page.name, page.key))
            self._site_page(page, todo, started)
        return todo

    def _site_page(self, page: SitePage, todo: list[SitePage], started: list | None) -> None:
        """A site-wide page keyed: taken over, or its inputs written and added to todo (its
        runs handed to the workers at once when there are some: started)."""
        reused = self.state.reuse(page.name, page.key, self.out_dir)
        self.state.record(page.name, page.key)
        if reused:
            self.kept.add(page.name)
        else:
            todo.append(self.site.write(page))
            if started is not None:
                jobs = todo[-1].jobs
                started.extend(self.pool.submit(render_batch, jobs[i:i + 8]) for i in range(0, len(jobs), 8))

    def _site_kept(self, keyed: set[str] = frozenset()) -> bool:
        """Nothing the site-wide pages are given changed (_compare_catalogue), or nothing but
        what the pages named in keyed show: the last build's others are taken over with their
        keys, unless one is not the file the last state describes (False: each is then keyed
        by its inputs)."""
        kept = []
        for name, page_key in self.db.execute("SELECT name, key FROM site ORDER BY n").fetchall():
            if name in keyed:
                continue
            if not self.state.reuse(name, page_key, self.out_dir):
                return False
            kept.append((name, page_key))
        if not kept:
            return False
        self.state.record_all(kept)
        self.kept.update(name for name, _ in kept)
        return True

    def _pages_to_make(self, folders: dict[str, int]) -> None:
        """The documents' and side-by-side pages that cannot be taken over from the last site,
        listed in the table work.todo: (source, target, the ids of its catalogue's entries, the
        document).  Each page's catalogue is made again as it is handed to a worker: held for
        every page at once, they would be the largest thing in this process (77 MB at 10,000
        telegrams)."""
        db = self.db
        db.execute("CREATE TABLE work.todo (source TEXT, target TEXT, ids TEXT, doc TEXT, page TEXT, keyed TEXT)")
        todo = []
        for source, page, ids, doc, page_key, known in self._page_jobs(folders):
            if isinstance(page_key, str) and self.state.reuse(page, page_key, self.out_dir, known):
                self.kept.add(page)
                self.result.reused += 1
            else:
                todo.append((source, str(self.staging / page), _IDS.join(ids), doc, page,
                             "" if isinstance(page_key, str) else _IDS.join(page_key)))
                if len(todo) >= 500:
                    db.executemany("INSERT INTO work.todo VALUES (?, ?, ?, ?, ?, ?)", todo)
                    todo = []
        db.executemany("INSERT INTO work.todo VALUES (?, ?, ?, ?, ?, ?)", todo)
        self.result.rendered = db.execute("SELECT COUNT(*) FROM work.todo").fetchone()[0]

    def _site_made(self, page: SitePage, results: list, progress, last: bool) -> None:
        """A site-wide page's runs are back: their messages reported (an error stops the
        build), its lists spliced in."""
        for error, messages in results:
            _log_messages(messages, self.report)
            if error:
                raise XsltError(error, str(STYLESHEET), messages=messages)
        self.site.splice(page)
        if progress and last:
            progress.advance()

    def _make(self, site: list[SitePage], started: list | None, progress) -> None:
        """Render the site-wide pages, unless started already (started: their futures, eight
        runs each), and the pages listed in work.todo (each one's messages and error reported;
        the search index told as each document's page is made), in one stream: a site-wide
        page is a few small runs (sitepages), which the page workers take in turn with the
        others.  An error in a site-wide page stops the build."""
        if started is not None and not site:
            started = None
        n, pool = self._pool_for(self.result.rendered + (0 if started is not None else sum(len(p.jobs) for p in site)))
        if progress:
            progress.start(self.result.rendered + (1 if site else 0))
        todo = _chunks(self.db, "SELECT rowid, source, target, ids, doc, page, keyed FROM work.todo WHERE rowid > ?"
                       " ORDER BY rowid LIMIT ?")
        records: list[tuple[str, str]] = []  # keys worked out here (_page_jobs), to record
        sent: deque = deque()  # (site-wide page or None, whether its last run, source, document) of each job out
        made: list = []  # the results of the runs of the site-wide page being made

        def jobs():
            for page in site if started is None else []:
                for i, job in enumerate(page.jobs):
                    sent.append((page, i == len(page.jobs) - 1, job[0], "", ""))
                    yield job
            for _, source, target, ids, doc, page, keyed in todo:
                sent.append((None, False, source, doc, page))
                catalogue = self.catalogue.for_page(*ids.split(_IDS))
                if keyed:
                    records.append((page, key(*keyed.split(_IDS), catalogue)))
                    if len(records) >= 500:
                        self.state.record_all(records)
                        records.clear()
                yield source, target, catalogue
            self.state.record_all(records)

        for error, messages in render_pages(jobs(), n, pool):
            page, last, source, doc, name = sent.popleft()
            if page is not None:
                made.append((error, messages))
                if last:
                    self._site_made(page, made, progress, page is site[-1])
                    made = []
                continue
            if progress:
                progress.advance()
            for text in messages:
                self.report.warn(source, 0, text, "xsl-message")
            if error:
                self.report.error(source, 0, f"page not rendered: {error}", "html-xslt")
                self.update.remove(name)  # (its last version, if any, goes: as in a site made from scratch)
            if self.search and doc:
                self.search.made(doc)
        if started is not None:
            futures = iter(started)
            for page in site:
                results = [r for _ in range(0, len(page.jobs), 8) for r in next(futures).result()]
                self._site_made(page, results, progress, page is site[-1])
        if self.pool is not None:  # not needed for the search index: give its memory back
            self.pool.shutdown()
            self.pool = None

    def _start_search(self, folders: dict[str, int]) -> None:
        """The search index's shards, told which pages they wait for (two pagefind runs at
        most at a time); a shard whose pages came out the same as last time is taken over."""
        def reuse(folder: str) -> bool:
            recorded = self.state.shard_key(folder) if folder in untouched else None
            shard_key = recorded or self._shard_key(self._shard_documents(folder), self.search.folders[folder])
            reused = self.state.reuse_tree(folder, shard_key, self.out_dir)
            indexed = self.state.shard_key(folder) if not reused and deferral() and same_shards else None
            if indexed is not None and (self.out_dir / folder).is_dir():
                # (tei serve) kept stale, with the key of the pages it was indexed from: the
                # pages made again since go into the delta, the next build indexes it again
                self.search_deferred[folder] = indexed
                self.state.record_shard(folder, indexed)
                self.kept.add(folder + "/")
                return True
            self.state.record_shard(folder, shard_key)
            if reused:
                self.kept.add(folder + "/")
            return reused

        # (a stale shard is kept only while the documents are in the shards they were in)
        was = self.db.execute("SELECT value FROM meta WHERE name = 'search_shards'").fetchone()
        same_shards = was is not None and was[0] == str(self.shards)
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('search_shards', ?)", (str(self.shards),))
        waiting = dict(self.db.execute("SELECT d.shard, COUNT(*) FROM work.todo AS t JOIN cat AS d ON d.id = t.doc"
                                       " WHERE t.doc != '' GROUP BY d.shard"))
        # a shard none of whose pages is made again, of a catalogue updated in place (the same
        # documents in the same shards), keeps the key the last build recorded, its pages not
        # read for it, unless that build kept it stale (its key then the pages' it was indexed from)
        stale = self.db.execute("SELECT value FROM meta WHERE name = 'stale_shards'").fetchone()
        untouched = set() if stale is None or self.catalogue.touched is None or not same_shards else \
            {folder for folder, shard in folders.items() if not waiting.get(shard)} - set(json.loads(stale[0]))
        self.search = SearchIndex(self.staging, self.report, folders, self.shards, self._shard_documents,
                                  workers=min(2, os.cpu_count() or 1), reuse=reuse, page=self._current)
        self.search.expect({folder: waiting.get(shard, 0) for folder, shard in folders.items()})

    def _search_delta(self) -> list[str]:
        """The documents whose shards were kept stale (tei serve, see search.shards_deferred): those of the
        last delta still in such a shard and those whose pages this build made; recorded."""
        stale = {self.search.folders[f] for f in self.search_deferred}
        last = json.loads((self.db.execute("SELECT value FROM meta WHERE name = 'search_delta'").fetchone() or ["[]"])[0])
        made = [d for (d,) in self.db.execute("SELECT DISTINCT doc FROM work.todo WHERE doc != ''")]
        delta = sorted(d for d in {*last, *made} if shard_of(d, self.shards) in stale
                       and self.db.execute("SELECT 1 FROM cat WHERE id = ?", (d,)).fetchone())
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('search_delta', ?)", (json.dumps(delta),))
        return delta

    def _shard_documents(self, folder: str) -> list[str]:
        """The documents of a search shard (at most its size), in order."""
        return self._documents(self.search.folders[folder])

    def _shard_key(self, documents: list[str], shard: int) -> str:
        """What a search shard is made from: its pages as they are (a page made again from a
        changed neighbour's entry often comes out the same: its shard need not be indexed again).
        A page taken over from the last site is the file the state describes (its stamp was
        checked when it was kept), so the digest the state has of that file is read for the
        whole shard in one query, not the page's stamp and row one by one (10,000 pages after
        a one-page edit)."""
        kept = dict(self.db.execute(
            "SELECT c.id, t.digest FROM cat AS c JOIN pages AS p ON p.name = c.id || '.html'"
            " JOIN contents AS t ON t.name = p.name AND t.stamp = p.stamp WHERE c.shard = ?", (shard,)))
        digest = hashlib.sha256(b"search")
        for d in documents:
            page = f"{d}.html"
            known = kept.get(d) if page in self.kept and page not in self.update.removals else None
            if known is None:
                path = self._current(page)
                known = self.state.content_digest(page, path) if path else ""
            digest.update(f"{d}\0{known}\0".encode("utf-8"))
        return digest.hexdigest()

    def _current(self, name: str) -> str | None:
        """Where file `name` of the site being built is: made by this build, or kept from the
        last; None when it will not be in the site."""
        made = f"{self.staging}/{name}"  # (names are relative paths with "/")
        if os.path.exists(made):
            return made
        if name in self.update.removals or name not in self.kept:
            return None
        return f"{self.out_dir}/{name}"

    def _assets(self) -> None:
        """The site's CSS and scripts: staged where they differ from the last site's."""
        for path in sorted(STATIC.rglob("*")):
            if path.is_file():
                name = f"assets/{path.relative_to(STATIC).as_posix()}"
                data = path.read_bytes()
                try:
                    if (self.out_dir / name).read_bytes() == data:
                        self.kept.add(name)
                        continue
                except OSError:
                    pass
                shutil.copy2(path, self.update.path(name))

    def _removals(self) -> None:
        """The files of the last site that the new one does not have (made, kept, or in a
        search shard kept whole): a listing of the site, less what stays, so that the site
        is what a build from scratch makes, files put in by hand removed too."""
        staged = set(self.update.staged())

        def walk(folder: str, rel: str) -> None:
            try:
                with os.scandir(folder) as entries:
                    for entry in entries:
                        name = f"{rel}{entry.name}"
                        if entry.is_dir(follow_symlinks=False):
                            if f"{name}/" not in self.kept:
                                walk(entry.path, f"{name}/")
                        elif name not in self.kept and name not in staged:
                            self.update.remove(name)
            except OSError:
                pass

        walk(str(self.out_dir), "")

    def finish(self) -> None:
        """Record what the site is made from, then move the files made into it (under a
        journal, which names the state's generation; the state committed once it is written)."""
        self._removals()
        if self.search is not None and self.search_deferred:  # (a stale shard still has the pages removed)
            gone = [n for n in self.update.removals if n.endswith(".html") and "/" not in n]
            if gone:
                self.search.write_script(gone)
        self.search = None
        written = self.update.staged()
        self.state.prepare(self.staging, self.result.search, written, self.update.removals - set(written))
        # the state is committed once the journal is written: it describes the site the moves make
        self.update.commit(written, {"state": self.state.generation}, self.state.commit)
        self.finished = True
        self.update = None
        self.result.pages = sum(1 for p in os.scandir(self.out_dir) if p.name.endswith(".html")
                                and not p.name.startswith(".") and p.is_file())
        self._step("save")
        # (listed once all else is let go: the one list of every document the build makes)
        self.result.documents = [name[:-4] for name in sorted(os.listdir(self.out_dir / "tei"))]

    def close(self) -> None:
        if self.search is not None:
            self.search.cancel()
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
        if not self.finished:  # not finished: the last good site and state stay
            self.state.discard()
        if self.update is not None:  # (a journal written is finished by the next build, not discarded)
            self.update.discard()


def _forget_entries(db: sqlite3.Connection, digests: list[tuple[str]]) -> None:
    """Catalogue entries (by digest) and their facts out of the state."""
    for table in ("entries", "mentions", "headers", "entities"):
        db.executemany(f"DELETE FROM {table} WHERE digest = ?", digests)


def _ids(listed: str) -> list[str]:
    """The ids of a catalogue row's JSON list (most are empty: not parsed)."""
    return [] if listed == "[]" else json.loads(listed)


def _xml_files(folder: Path):
    """The paths of folder.glob("*.xml"), one by one (glob lists the whole folder first)."""
    with os.scandir(folder) as found:
        for entry in found:
            if entry.name.endswith(".xml"):
                yield os.path.join(folder, entry.name)


def _log_messages(messages: list[str], report: Report) -> None:
    for text in messages:
        report.warn(str(STYLESHEET), 0, text, "xsl-message")

