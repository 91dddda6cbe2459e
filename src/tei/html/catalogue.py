"""The catalogue: one small entry per document with what the other pages need to know of it.

Read in chunks by the workers (tei.html.entry, with the facts the indexes need: who is
mentioned where, the standOff entities), kept with the build's state (store: what the
site-wide pages group it by, its facts a row each) and put in date order here, in SQLite
tables read a few hundred rows at a time (Catalogue): nothing of it is held whole, so the
build's memory does not grow with the edition.  Each page is then given only the entries it
links to; the site-wide pages what they show (tei.html.sitepages).
"""

from __future__ import annotations

import datetime
import json
import re
import sqlite3
from pathlib import Path
from typing import Iterable, NamedTuple
from urllib.parse import quote_from_bytes
from xml.sax.saxutils import escape, quoteattr, unescape

from lxml import etree

from .. import edition
from ..readings import declares_dtd, series
from . import entry as tei_entry
from .state import execute_all

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
_SUMMARY = re.compile(rb"<summary>[^<]*</summary>|<summary/>")  # text only: lxml escapes its < as &lt;


def _parser():
    # no DTD, entity or network access: the files are untrusted input
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True, collect_ids=False)


def _read(path: Path, data: bytes | None = None):
    """(the parsed document, None, 0), or (None, why it cannot be rendered: not XML, a DTD or
    entities, not TEI, no text; the line where, when known).  data: the file's bytes when
    they are read already."""
    try:
        if data is None:
            data = path.read_bytes()
        tree = etree.fromstring(data, _parser(), base_url=str(path)).getroottree()
    except OSError as exc:
        return None, f"cannot be read: {exc.strerror or exc}", 0
    except etree.XMLSyntaxError as exc:
        return None, f"not well-formed XML: {exc.msg} (correct it, or take it out of the folder)", exc.position[0]
    root = tree.getroot()
    if declares_dtd(tree):
        return None, "has a DOCTYPE declaring a DTD file or entities: remove it (TEI needs neither)", 0
    if root.tag != f"{{{TEI_NS}}}TEI":
        return None, (f"not a TEI document: the root element is {etree.QName(root).localname!r}, not TEI in the TEI "
                      "namespace (only TEI files belong in the folder)"), root.sourceline or 0
    if root.find(f"{{{TEI_NS}}}text") is None:
        return None, "a TEI document without <text>: there is nothing to render", 0
    return tree, None, 0


def check_tei(path: Path) -> str | None:
    """Why a file cannot be rendered (not XML, not TEI), or None when it can."""
    return _read(path)[1]


def catalogue_chunk(files: list[str]) -> tuple[list[tuple[str, "CatalogueEntry"]], list[tuple[str, str]]]:
    """The catalogue entries (with their facts) of some files (in a worker): (file name, entry)
    for each, and (file name, why) for each that cannot be rendered (take_chunk, no copies)."""
    records, bad = [], []
    for f, (_, entry, why, _) in zip(files, take_chunk([(f, Path(f).name, "") for f in files])):
        if why:
            bad.append((Path(f).name, why))
        else:
            records.append((Path(f).name, entry))
    return records, sorted(bad)


def take_chunk(jobs: list[tuple[str, str, str]]) -> list[tuple[str, "CatalogueEntry | None", str | None, int]]:
    """Take input files into the site (in a worker; each file is read once): for each
    (source, name in the site, copy), (digest of the name and bytes, catalogue entry, None, 0),
    or (digest, None, why it cannot be rendered, the line where or 0).  A file that can be rendered is written to
    copy, unless copy is empty (it is in the site already)."""
    from .state import key

    taken = []
    for source, name, copy in jobs:
        path = Path(source)
        try:
            data = path.read_bytes()
        except OSError as exc:
            taken.append(("", None, f"cannot be read: {exc.strerror or exc}", 0))
            continue
        tree, why, line = _read(path, data)
        if why is None and copy:
            try:
                Path(copy).write_bytes(data)
            except OSError as exc:
                Path(copy).unlink(missing_ok=True)
                why = f"cannot be copied into the site: {exc.strerror or exc}"
        taken.append((key(name, data), None if why else CatalogueEntry.of(tree.getroot(), name), why, line))
    return taken


# Separators of the packed facts: characters XML 1.0 cannot hold, so no name form has them.
_ROW, _FIELD = "\x1e", "\x1f"
MENTION_FORMS = 3  # a mention's packed row: id, how often, how often in notes, then the forms


def _pack(rows) -> str:
    return _ROW.join(_FIELD.join(row) for row in rows)


def _unpack(packed: str) -> list[list[str]]:
    return [row.split(_FIELD) for row in packed.split(_ROW)] if packed else []


class CatalogueEntry(NamedTuple):
    """One document's catalogue entry, split as the merged catalogue needs it (and as the
    build state keeps it, so that an unchanged document is not read again).  The facts are
    kept packed, a string each, not as tuples of strings: at 10,000 telegrams the tuples were
    a million small objects in the driver and the build state."""

    id: str
    date: str
    month: str
    xml: bytes  # <entry> without its facts and without prev/next
    packed_mentions: str
    packed_roles: str
    packed_entities: str
    witnesses: tuple
    exchanges: tuple
    series: str = ""  # the edition the document says it belongs to (seriesStmt)
    order: str = ""  # where it stands in date order (readings.sent_order: a month after its days; then readings.source_place)
    # the digest of its facts and of the copies of its standOff entities: with the entry's row,
    # all the site-wide pages are given of it (an edit of its text alone leaves it the same)
    shown: str = ""

    @property
    def mentions(self) -> tuple:
        """(entity id, how often, the forms used) per entity the text names."""
        return tuple((row[0], int(row[1]), tuple(row[MENTION_FORMS:])) for row in _unpack(self.packed_mentions))

    @property
    def roles(self) -> tuple:
        """(entity id, role) per entity the header names."""
        return tuple((row[0], row[1]) for row in _unpack(self.packed_roles))

    @property
    def entities(self) -> tuple:
        """(element name, xml:id, position among them) of its standOff entities."""
        return tuple((row[0], row[1], i) for i, row in enumerate(_unpack(self.packed_entities)))

    @classmethod
    def of(cls, root, file: str) -> "CatalogueEntry":
        from .state import key

        entry, facts = tei_entry.entry(root, file)
        # (a mention's packed row: id, how often, how often in a note, the forms)
        mentions = _pack((ref, str(n), str(facts.in_notes.get(ref, 0)), *forms) for ref, n, forms in facts.mentions)
        roles = _pack(facts.roles)
        entities = _pack(facts.entities)
        copies = _standoff_copies(root, {(kind, ident) for kind, ident in _unpack(entities)})
        return cls(entry.get("id"), entry.get("date"), entry.get("month"), etree.tostring(entry, encoding="utf-8"),
                   mentions, roles, entities, tuple(w.get("id") for w in entry.iter("witness")),
                   tuple(x.get("id") for x in entry.iter("exchange")), series(root), entry.get("order", ""),
                   key(mentions, roles, entities, *(b"%s\0%s\0%s" % (k.encode(), i.encode(), v)
                                                   for (k, i), v in sorted(copies.items()))))


# a source with its authority entry, <source-title ref="wilson-center">...</source-title>, or a book
# by its title alone, <source-title book="|2003">...</source-title> (as lxml writes them)
# (its attributes in the order entry.entry sets them: ref, kind, book)
_SOURCE_START = rb'<source-title(?: ref="([^"]*)")?(?: kind="label")?(?: book="([^"]*)")?'
_SOURCE_TITLE = re.compile(rb"(" + _SOURCE_START + rb">)([^<]*)</source-title>")


def store(db: sqlite3.Connection, entries: Iterable[tuple[str, CatalogueEntry]]) -> None:
    """Catalogue entries (with their digests) into the tables of the state (tei.html.state.SCHEMA),
    read once: what the site-wide pages group an entry by (the date the stylesheet reads as
    one, kind, whether a letter, whether it has witnesses, its correspondents' elements, its
    senders', its row of the network's table, its source's authority entry and name, its id as
    an attribute's value) and its facts, a row each."""
    rows, mentions, headers, entities = [], [], [], []
    for digest, e in entries:
        xml = e.xml
        start = xml[:xml.index(b">")]
        people = list(_PERSON.finditer(xml))
        roles_of = {role: [party_key(m).decode("utf-8") for m in people if m.group(1) == role]
                    for role in (b"sender", b"recipient", b"via")}
        # the network's table has a row per senders, recipients and intermediaries
        netrow = (" ".join([*roles_of[b"sender"], "→", *roles_of[b"recipient"], "/", *roles_of[b"via"]])
                  if roles_of[b"sender"] and roles_of[b"recipient"] else None)
        source = _SOURCE_TITLE.search(xml)
        rows.append((digest, e.id, e.date, e.month, xml, json.dumps(list(e.witnesses)), json.dumps(list(e.exchanges)),
                     e.series, e.order, as_date(e.date), "telegram" if b' kind="telegram"' in start else "document",
                     b' form="letter"' in start, b"<witness " in xml, b"".join(m.group(0) for m in people),
                     b"".join(m.group(0) for m in people if m.group(1) == b"sender"), netrow,
                     source.group(2) if source else None, source.group(4) if source else None,
                     source.group(3) if source else None, quoteattr(e.id), e.shown))
        named = _unpack(e.packed_mentions)
        mentions.extend((digest, row[0], k, int(row[1]), int(row[2]), _FIELD.join(row)) for k, row in enumerate(named))
        refs = {row[0] for row in named}
        headers.extend((digest, ref, len(named) + k, role, quoteattr(role))
                       for k, (ref, role) in enumerate(_unpack(e.packed_roles)) if ref not in refs)
        entities.extend((digest, kind, ident, k) for k, (kind, ident) in enumerate(_unpack(e.packed_entities)))
    db.executemany(f"INSERT INTO entries VALUES ({','.join('?' * 21)})", rows)
    db.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?)", mentions)
    db.executemany("INSERT INTO headers VALUES (?, ?, ?, ?, ?)", headers)
    db.executemany("INSERT INTO entities VALUES (?, ?, ?, ?)", entities)


def _entity_copies(path: Path, wanted: set[tuple[str, str]]) -> dict[tuple[str, str], bytes]:
    """(element name, xml:id) -> a copy of that standOff entity of a TEI file."""
    return _standoff_copies(etree.parse(str(path), _parser()).getroot(), wanted)


def _standoff_copies(root, wanted: set[tuple[str, str]]) -> dict[tuple[str, str], bytes]:
    copies = {}
    # (only the elements of the kinds wanted, in any namespace: a standOff's names, notes and
    # dates are some nine in ten of its elements)
    kinds = sorted({f"{{*}}{kind}" for kind, _ in wanted})
    for standoff in root.iterchildren(f"{{{TEI_NS}}}standOff") if kinds else ():
        for el in standoff.iterdescendants(*kinds):
            found = (etree.QName(el).localname, el.get(XML_ID))
            if found in wanted and found not in copies:
                copies[found] = etree.tostring(el, encoding="utf-8", with_tail=False)
    return copies


# The catalogue's tables, kept with the build's state (made again whole when the order of the
# documents changed, else only the rows of the files that changed).  cat: the entries in date
# order (pos from 1; sortkey: what they are sorted by), with their neighbours and their search
# shard; entry: each entry's XML as the pages are given it (without its summary
# in brief; in line only what a line of the indexes' and network's lists shows: id, href,
# date, form, title and source), and what the site-wide pages group it by (month, date and whether the stylesheet
# reads it as one, kind, whether a letter, whether it has witnesses, its correspondents'
# elements, its senders', its source-title element, its row of the network's table, its id as
# an XML attribute's value); ents:
# the standOff entities; ment and hdr: who is mentioned where (k: the place among the
# document's mentions, then its header's names; forms: the mention's packed row, of which the
# forms are the fields from the third).
CAT_SCHEMA = """
DROP TABLE IF EXISTS cat; DROP TABLE IF EXISTS entry; DROP TABLE IF EXISTS ents;
DROP TABLE IF EXISTS ment; DROP TABLE IF EXISTS hdr;
CREATE TABLE cat (pos INTEGER PRIMARY KEY, id TEXT UNIQUE, digest TEXT, witnesses TEXT, exchanges TEXT,
                  prev TEXT DEFAULT '', next TEXT DEFAULT '', sortkey TEXT, shard INTEGER DEFAULT 0);
CREATE TABLE entry (pos INTEGER PRIMARY KEY, xml BLOB, brief BLOB, line BLOB, month TEXT, date TEXT,
                    dated INTEGER, kind TEXT, letter INTEGER, witnessed INTEGER, people BLOB, senders BLOB,
                    source BLOB, netrow TEXT, idattr TEXT);
CREATE TABLE ents (kind TEXT, ident TEXT, docpos INTEGER, epos INTEGER);
CREATE TABLE ment (ref TEXT, docpos INTEGER, k INTEGER, n INTEGER, notes INTEGER, forms TEXT);
CREATE TABLE hdr (ref TEXT, docpos INTEGER, k INTEGER, role TEXT, roleattr TEXT);
"""
_INDEXES = """
CREATE INDEX IF NOT EXISTS entry_month ON entry (month, pos); CREATE INDEX IF NOT EXISTS entry_netrow ON entry (netrow, pos);
CREATE INDEX IF NOT EXISTS cat_shard ON cat (shard, id); CREATE INDEX IF NOT EXISTS ment_ref ON ment (ref, docpos);
CREATE INDEX IF NOT EXISTS hdr_ref ON hdr (ref, docpos); CREATE INDEX IF NOT EXISTS cat_digest ON cat (digest);
CREATE INDEX IF NOT EXISTS ents_doc ON ents (docpos); CREATE INDEX IF NOT EXISTS ment_doc ON ment (docpos);
CREATE INDEX IF NOT EXISTS hdr_doc ON hdr (docpos)
"""
# what the entries are sorted by: their place in time (readings.sent_order, then on one day the source's
# numbering, readings.source_place), else their date, undated last; then id
_SORTKEY = "CASE WHEN {0}ord != '' THEN {0}ord WHEN {0}date != '' THEN {0}date ELSE '9999' END || char(31) || {0}id"
# a place among many: (document's place, the place within it) as one integer
WIDE = 1 << 24
# an entry's correspondents and source as lxml writes them (entry.entry: ref, then kind)
_PERSON = re.compile(rb'<(sender|recipient|via) ref="([^"]*)" kind="[^"]*"(?:/>|>([^<]*)</(?:sender|recipient|via)>)')


def party_key(person: re.Match) -> bytes:
    """A correspondent (a _PERSON match) as the site-wide pages tell them apart (site.xsl's
    h:party): its authority entry's id, else its name (an office whose holder is unknown)."""
    return person.group(2) or b"name:" + quote_from_bytes(person.group(3) or b"", safe="").encode("ascii")
_SOURCE = re.compile(_SOURCE_START + rb"(?:/>|>[^<]*</source-title>)")
_TITLE = re.compile(rb"<title(?:/>|>[^<]*</title>)")
_LINE_ATTRIBUTES = re.compile(rb'\b(?:id|href|date|form)="[^"]*"')


def as_date(date: str) -> bool:
    """Whether the stylesheet's h:as-date reads @date as a day or a month (then the entry is
    on the chronology's time line)."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        try:
            datetime.date.fromisoformat(date)  # (xs:date castable)
        except ValueError:
            return False
        return True
    return re.fullmatch(r"\d{4}-\d{2}", date) is not None


class Catalogue:
    """The merged catalogue: entries in chronological order with their neighbours, each
    entry's XML, the months, and the facts for the site-wide pages.

    Kept in SQLite tables (with the build's state, see CAT_SCHEMA), read entry by entry as
    the pages ask: at 10,000 telegrams the catalogue held in dicts was the largest thing in
    the build's process, and it grew with the edition.  db: a connection whose main
    "entries" table (tei.html.state.SCHEMA) holds the entries, with the catalogue's tables
    as the last build left them, if any; without one, the given entries are put in a
    database in memory (tests, benchmarks).  Where the documents are the same, in the same
    order, with the same sources' names, only the rows of the entries that changed are made
    again (touched: their places; None when all were made)."""

    def __init__(self, entries: Iterable[CatalogueEntry] = (), base_url: str = "", db: sqlite3.Connection | None = None):
        if db is None:
            from .state import SCHEMA

            db = sqlite3.connect(":memory:")
            db.executescript(SCHEMA)
            db.execute("ATTACH DATABASE ':memory:' AS work")  # (the site-wide pages' scratch tables)
            store(db, ((str(i), e) for i, e in enumerate(entries)))
        self.db = db
        db.execute("CREATE UNIQUE INDEX IF NOT EXISTS entries_digest ON entries (digest)")  # (made once they are in)
        # one name per source known to the authority file (an archive whose records cite it
        # under two names): the name the edition's documents give it most often, then the first
        # in alphabetical order; one per book cited under a short title and a fuller one, the fuller;
        # every entry of that source is given it, so that the lists, the indexes' back-references,
        # previous and next and the pages' metadata agree
        # (the names compared as the print compares them: unescaped, "Stalin & Roosevelt", not "&amp;")
        self._names = tei_entry.edition_source_names(
            (ref.decode("utf-8") if ref else "", unescape(name.decode("utf-8")), unescape(book.decode("utf-8")) if book is not None else None, n)
            for ref, name, book, n in db.execute("SELECT source_ref, source_name, source_book, COUNT(*) FROM entries"
                                                 " WHERE source_name IS NOT NULL GROUP BY source_ref, source_name, source_book"))
        names = json.dumps(sorted(self._names.items()))
        self.touched = self._update(names)
        if self.touched is None:
            execute_all(db, CAT_SCHEMA)
            db.execute(f"INSERT INTO cat (pos, id, digest, witnesses, exchanges, sortkey) SELECT ROW_NUMBER() OVER"
                       f" (ORDER BY {_SORTKEY.format('')}), id, digest, witnesses, exchanges, {_SORTKEY.format('')} FROM entries")
            self._neighbours()
            self._fill()
            execute_all(db, _INDEXES)
            db.execute("INSERT OR REPLACE INTO meta VALUES ('names', ?)", (names,))
            db.execute("DELETE FROM meta WHERE name = 'cat_shards'")  # (the rows' search shards not worked out)
        self.count = db.execute("SELECT COUNT(*) FROM cat").fetchone()[0]
        self.months = [m for (m,) in db.execute("SELECT DISTINCT month FROM entry WHERE month != '' ORDER BY month")]
        self.undated = db.execute("SELECT 1 FROM entry WHERE month = '' LIMIT 1").fetchone() is not None
        self._months_xml = ("<months>" + "".join(f"<month>{m}</month>" for m in self.months)
                            + "</months>").encode("utf-8")
        # the edition's name and where the site is published (for "Cite this"), known to every
        # page through its catalogue
        name = edition.name_of_counted(db.execute("SELECT series, COUNT(*) FROM entries GROUP BY series"))
        self._open = (b"<catalogue edition=" + quoteattr(name).encode("utf-8")
                      + (b" base-url=" + quoteattr(base_url).encode("utf-8") if base_url else b"") + b">")
        self.letters = db.execute("SELECT 1 FROM entry WHERE letter LIMIT 1").fetchone() is not None

    def _update(self, names: str) -> list[int] | None:
        """The catalogue's rows of the entries that changed made again in place, when the
        others stay as they were: the same documents in the same order (each changed entry
        where it was), the sources' names the same.  Their places, or None (made whole)."""
        db = self.db
        if (db.execute("SELECT 1 FROM sqlite_master WHERE name = 'cat'").fetchone() is None  # none yet
                or db.execute("SELECT value FROM meta WHERE name = 'names'").fetchone() != (names,)):
            return None
        gone = db.execute("SELECT c.pos, c.id, c.sortkey FROM cat AS c LEFT JOIN entries AS e USING (digest)"
                          " WHERE e.digest IS NULL").fetchall()
        came = {row[0]: row[1:] for row in db.execute(
            f"SELECT e.id, e.digest, e.witnesses, e.exchanges, {_SORTKEY.format('e.')} FROM entries AS e"
            " LEFT JOIN cat AS c USING (digest) WHERE c.digest IS NULL")}
        if len(gone) != len(came) or any(came.get(i, (None,) * 4)[3] != sortkey for _, i, sortkey in gone):
            return None
        touched = [pos for pos, _, _ in gone]
        db.executemany("UPDATE cat SET digest = ?, witnesses = ?, exchanges = ? WHERE pos = ?",
                       (came[i][:3] + (pos,) for pos, i, _ in gone))
        for table, column in (("entry", "pos"), ("ents", "docpos"), ("ment", "docpos"), ("hdr", "docpos")):
            db.executemany(f"DELETE FROM {table} WHERE {column} = ?", ((pos,) for pos in touched))
        self._neighbours(touched)
        self._fill(touched)
        return touched

    def _neighbours(self, touched: list[int] | None = None) -> None:
        """Each entry's previous and next in time (touched: only those at these places).  The
        neighbours in time are other telegrams: the same telegram in another translation
        (listed on the page under "Other translations") is stepped over, or a reader going on
        in time read one telegram four times in a row.  A neighbour known in several
        translations is named by the first the list gives (the pager names the others beside
        it): going back, the nearest was its last."""
        db = self.db
        if touched is None:
            db.execute("UPDATE cat SET prev = COALESCE((SELECT c.id FROM cat AS c WHERE c.pos = cat.pos - 1), ''),"
                       " next = COALESCE((SELECT c.id FROM cat AS c WHERE c.pos = cat.pos + 1), '')")
        else:
            db.executemany("UPDATE cat SET prev = COALESCE((SELECT c.id FROM cat AS c WHERE c.pos = cat.pos - 1), ''),"
                           " next = COALESCE((SELECT c.id FROM cat AS c WHERE c.pos = cat.pos + 1), '') WHERE pos = ?",
                           ((pos,) for pos in touched))
        last = 0
        while True:  # the entries with witnesses, a few hundred at a time
            if touched is None:
                rows = db.execute("SELECT pos, id, witnesses FROM cat WHERE witnesses != '[]' AND pos > ? ORDER BY pos"
                                  " LIMIT 500", (last,)).fetchall()
            else:
                rows = [row for pos in touched for row in db.execute(
                    "SELECT pos, id, witnesses FROM cat WHERE witnesses != '[]' AND pos = ?", (pos,))]
            skips = []
            for pos, ident, witnesses in rows:
                same = [ident, *json.loads(witnesses)]
                marks = ",".join("?" * len(same))
                prev = db.execute(f"SELECT id FROM cat WHERE pos < ? AND id NOT IN ({marks}) ORDER BY pos DESC"
                                  " LIMIT 1", (pos, *same)).fetchone()
                nxt = db.execute(f"SELECT id FROM cat WHERE pos > ? AND id NOT IN ({marks}) ORDER BY pos LIMIT 1",
                                 (pos, *same)).fetchone()
                skips.append((prev[0] if prev else "", nxt[0] if nxt else "", pos))
            db.executemany("UPDATE cat SET prev = ?, next = ? WHERE pos = ?", skips)
            if touched is not None or len(rows) < 500:
                break
            last = rows[-1][0]
        # a previous telegram in several translations: its first
        firsts = []
        for pos, prev in db.execute("SELECT c.pos, c.prev FROM cat AS c JOIN cat AS p ON p.id = c.prev"
                                    " WHERE p.witnesses != '[]'" + ("" if touched is None else
                                    f" AND c.pos IN ({','.join(map(str, touched))})")).fetchall():
            same = [prev, *json.loads(db.execute("SELECT witnesses FROM cat WHERE id = ?", (prev,)).fetchone()[0])]
            first = db.execute(f"SELECT id FROM cat WHERE id IN ({','.join('?' * len(same))}) ORDER BY pos LIMIT 1",
                               same).fetchone()[0]
            if first != prev:
                firsts.append((first, pos))
        db.executemany("UPDATE cat SET prev = ? WHERE pos = ?", firsts)

    def _fill(self, touched: list[int] | None = None) -> None:
        """Each entry's XML as the pages are given it (with its neighbours and its source's one
        name; without its summary in brief), with what the site-wide pages group it by, a few
        hundred at a time; its facts, by their place (touched: only those at these places)."""
        db, names = self.db, self._names

        def named(m: re.Match) -> bytes:  # (a source's name the one the edition gives it)
            ref, book, name = m.group(2), m.group(3), m.group(4)
            key = tei_entry.source_key(ref.decode("utf-8") if ref else "", unescape(name.decode("utf-8")), book)
            return m.group(1) + (escape(names[key]).encode("utf-8") if key in names else name) + b"</source-title>"

        where = "" if touched is None else f" AND c.pos IN ({','.join(map(str, touched))})"  # (integers)
        last = 0
        while True:
            rows = db.execute("SELECT c.pos, c.prev, c.next, e.xml, e.month, e.date, e.dated, e.kind, e.letter, e.witnessed,"
                              " e.people, e.senders, e.netrow, e.idattr FROM cat AS c JOIN entries AS e USING (digest)"
                              f" WHERE c.pos > ?{where} ORDER BY c.pos LIMIT 500", (last,)).fetchall()
            made = []
            for pos, prev, nxt, xml, *grouped, idattr in rows:
                xml = _SOURCE_TITLE.sub(named, xml)
                xml = (b"<entry prev=" + quoteattr(prev).encode("utf-8") + b" next=" + quoteattr(nxt).encode("utf-8")
                       + b" " + xml[len(b"<entry "):])
                source = _SOURCE.search(xml)
                source = source.group(0) if source else b""
                start = xml[:xml.index(b">")]
                title = _TITLE.search(xml)
                line = (b"<entry " + b" ".join(m.group(0) for m in _LINE_ATTRIBUTES.finditer(start)) + b">"
                        + (title.group(0) if title else b"") + source + b"</entry>")
                made.append((pos, xml, _SUMMARY.sub(b"", xml), line, *grouped, source, idattr))
            db.executemany("INSERT INTO entry (pos, xml, brief, line, month, date, dated, kind, letter, witnessed,"
                           " people, senders, netrow, source, idattr) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           made)
            if len(rows) < 500:
                break
            last = rows[-1][0]
        db.execute(f"INSERT INTO ents SELECT e.kind, e.ident, c.pos, e.k FROM entities AS e JOIN cat AS c USING (digest)"
                   f" WHERE true{where}")
        db.execute(f"INSERT INTO ment SELECT m.ref, c.pos, m.k, m.n, m.notes, m.forms FROM mentions AS m JOIN cat AS c"
                   f" USING (digest) WHERE true{where}")
        db.execute(f"INSERT INTO hdr SELECT h.ref, c.pos, h.k, h.role, h.roleattr FROM headers AS h JOIN cat AS c"
                   f" USING (digest) WHERE true{where}")

    def opening(self, **attributes: str) -> bytes:
        """<catalogue ...> of a page's catalogue, with more attributes."""
        return self._open[:-1] + b"".join(b" " + k.encode() + b"=" + quoteattr(v).encode("utf-8")
                                          for k, v in attributes.items()) + b">"

    @property
    def months_xml(self) -> bytes:
        return self._months_xml

    @property
    def order(self) -> list[str]:
        """The documents' ids in date order (the whole list: for tests and small editions)."""
        return [i for (i,) in self.db.execute("SELECT id FROM cat ORDER BY pos")]

    def pairs(self, doc_id: str, witnesses: str | None = None) -> list[str]:
        """The witnesses of a document that are in the catalogue (the same telegram in other
        translations: a side-by-side page for each pair); witnesses: its row's, when read."""
        if witnesses is None:
            row = self.db.execute("SELECT witnesses FROM cat WHERE id = ?", (doc_id,)).fetchone()
            witnesses = row[0] if row else "[]"
        if witnesses == "[]":  # (most documents: asked for each page of a build)
            return []
        found = [w for w in json.loads(witnesses) if w != doc_id]
        if not found:
            return []
        marks = ",".join("?" * len(found))
        known = {i for (i,) in self.db.execute(f"SELECT id FROM cat WHERE id IN ({marks})", found)}
        return [w for w in found if w in known]

    def month_pages(self) -> list[str]:
        """The pages that list the telegrams month by month at scale (the stylesheet's
        h:month-page): telegrams-1949-01.html, ..., telegrams-undated.html."""
        return [f"telegrams-{m}.html" for m in self.months] + (["telegrams-undated.html"] if self.undated else [])

    def for_page(self, *ids: str) -> bytes:
        """A small catalogue with the entries a page links to (and the months)."""
        wanted = [i for i in dict.fromkeys(ids) if i]
        found = {}
        if wanted:
            marks = ",".join("?" * len(wanted))
            found = dict(self.db.execute(f"SELECT c.id, x.xml FROM cat AS c JOIN entry AS x USING (pos)"
                                         f" WHERE c.id IN ({marks})", wanted))
        return self._open + self._months_xml + b"".join(found[i] for i in wanted if i in found) + b"</catalogue>"

    def document_ids(self, doc_id: str) -> tuple[str, ...]:
        """The entries a document's page links to: its own, its neighbours, witnesses and exchanges."""
        row = self.db.execute("SELECT prev, next, witnesses, exchanges FROM cat WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            return (doc_id,)
        return (doc_id, row[0], row[1], *json.loads(row[2]), *json.loads(row[3]))

    def for_document(self, doc_id: str) -> bytes:
        return self.for_page(*self.document_ids(doc_id))
