"""The site-wide pages, each made from what it shows and no more.

A site-wide page (home, chronology, network, search, the indexes, and at scale the months'
lists and the pages of the telegrams naming an entity) is made by a run of template "site"
(xslt/html/site.xsl) given a small catalogue written here from the catalogue's tables
(catalogue.Catalogue): what one run holds does not grow with the edition.

- Where a page counts documents by what they have in common, it is given one entry per
  kind of document with their number (@n): the home page's account of the sources (<sources>),
  the months at scale (an entry per month and form), the chronology's bars (<dated>: per
  first sender, month and form, with the first and last date), the network (per
  correspondents).
- A long list (a month's telegrams, the telegrams naming an entity, the network's table at
  scale) is made in pieces of at most piece_size items, each a run of its own: the page is
  written with a mark where the list goes (<?tei-piece N>), each piece into a file of its own
  (its items in a <ul>), and splice() puts the pieces in place of the marks.
- Below LIST_MAX documents the home page, chronology and network are given the entries
  themselves (at most that many).

Each page's key is the digest of what it is given (the pieces' items, not where they are
written), so a page is made again only when what it shows changed.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator
from xml.sax.saxutils import escape, quoteattr

from lxml import etree

from ..authority import same_provisional_persons
from .catalogue import _FIELD, _PERSON, MENTION_FORMS, WIDE, Catalogue, _entity_copies, party_key

PIECE_SIZE = 500  # items of a list made in one run
SITE_FILES = {"home": "index.html", "person": "persons.html", "place": "places.html", "org": "organisations.html",
              "chronology": "chronology.html", "network": "network.html", "search": "search.html"}
KINDS = ("person", "place", "org")
_WRAP_START = b'<ul xmlns="http://www.w3.org/1999/xhtml">'  # a piece's file as the stylesheet writes it
_WRAP_END = b"</ul>"
_LETTER = ' form="letter"'


@dataclass
class SitePage:
    """A page of the site (name: its file) with the key of what it is made from, the runs
    that make it (jobs for pages.render_batch: (source, target, catalogue file)), the
    pieces of its lists (mark -> their files, in order) and the scratch files to remove."""

    name: str
    digest: object = None  # (hashlib) of what it is given, until key is taken
    writing: bool = False  # whether its inputs are written (else only their digest is taken)
    key: str = ""
    jobs: list[tuple[str, str, str]] = field(default_factory=list)
    pieces: dict[int, list[Path]] = field(default_factory=dict)
    scratch: list[Path] = field(default_factory=list)
    plan: tuple = ()  # (how it is made, with what): SitePages.write

    def clean(self) -> None:
        for path in self.scratch:
            path.unlink(missing_ok=True)


class _Input:
    """A scratch file a run is given, written in parts; what it says (not where its pieces
    go) is added to the page's digest."""

    def __init__(self, page: SitePage, path: Path):
        self.path, self.digest, self.out = path, page.digest, None
        if page.writing:
            page.scratch.append(path)
            self.out = open(path, "wb")

    def write(self, *parts: bytes, hashed: bool = True) -> None:
        for part in parts:
            if hashed:
                self.digest.update(part)
            if self.out is not None:
                self.out.write(part)

    def close(self) -> str:
        if self.out is not None:
            self.out.close()
        return str(self.path)


class SitePages:
    """The site-wide pages of a build, in order, each with its inputs written into the
    staging folder when it is reached (iterate), and their lists spliced in when made."""

    def __init__(self, catalogue: Catalogue, staging: Path, tei_dir: str, list_max: int, refs_max: int,
                 piece_size: int = PIECE_SIZE):
        self.cat, self.db, self.staging, self.tei_dir = catalogue, catalogue.db, staging, tei_dir
        self.list_max, self.refs_max, self.piece_size = list_max, refs_max, max(1, piece_size)
        self.at_scale = catalogue.count > list_max
        self.limits = f"{list_max}|{refs_max}"
        self._n = 0
        self._writing = False
        self._months: list[bytes] | None = None  # _month_entries, once made
        self._counts: dict[str, tuple[int, int]] | None = None  # _about_counts, once made
        self._kinds: dict[str, list[tuple[str, str]]] = {}  # _entities, once made
        self._joined: dict[str, list[str]] | None = None  # _joined_to, once made
        self._where = staging.resolve()  # (the runs are given absolute paths)

    # -- the pages

    def pages(self, known: Callable[[str], bool] = lambda name: True) -> Iterator[SitePage]:
        """The pages with their keys.  What a page is given is only read (not written) when
        known(its name): the last site has it, most such pages are taken over; write() then
        makes its inputs, should it be made again.  The others are made at once."""
        for name, *plan in self._plans():
            yield self._keyed(name, plan, known)

    def page(self, name: str, known: Callable[[str], bool] = lambda name: True) -> SitePage | None:
        """One page by its file's name, with its key (as pages() gives it); None when the
        edition has no such page."""
        plan = self._plan_of(name)
        return self._keyed(name, plan, known) if plan else None

    def _keyed(self, name: str, plan: list | tuple, known: Callable[[str], bool]) -> SitePage:
        self._writing = not known(name)
        page = plan[0](*plan[1:])
        page.key, page.digest, page.plan = page.digest.hexdigest(), None, tuple(plan)
        return page

    def write(self, page: SitePage) -> SitePage:
        """The page with its inputs written into the staging folder, its runs ready."""
        if page.writing:
            return page
        self._writing = True
        made = page.plan[0](*page.plan[1:])
        made.key, made.digest = page.key, None
        return made

    def _fixed_plans(self) -> Iterator[tuple]:
        yield SITE_FILES["home"], self._home
        yield SITE_FILES["chronology"], self._chronology
        yield SITE_FILES["network"], self._network
        yield SITE_FILES["search"], self._simple, "search", SITE_FILES["search"]
        for kind in KINDS:
            yield SITE_FILES[kind], self._index, kind

    def _plan_of(self, name: str) -> tuple | None:
        """(how it is made, with what) of the page named so (_plans), without the others'."""
        for fixed, *plan in self._fixed_plans():
            if fixed == name:
                return tuple(plan)
        if name.startswith("telegrams-") and self.at_scale:
            month = name[len("telegrams-"):-len(".html")]
            return self._month, "" if month == "undated" else month
        if name.startswith("mentions-"):
            ident = name[len("mentions-"):-len(".html")]
            for kind in KINDS:
                for found, doc in self._entities(kind):
                    if found == ident and self._about_counts(ident)[0] > self.refs_max:
                        return self._mentions, kind, ident, doc
        return None

    def _plans(self) -> Iterator[tuple]:
        """(the page's file, how it is made, with what) of each page."""
        yield from self._fixed_plans()
        if self.at_scale:
            for (month,) in self.db.execute("SELECT month FROM entry GROUP BY month ORDER BY month = '', month").fetchall():
                yield f"telegrams-{month or 'undated'}.html", self._month, month
        self._all_counts()
        for kind in KINDS:
            for ident, doc in self._entities(kind):
                if self._about_counts(ident)[0] > self.refs_max:
                    yield f"mentions-{ident}.html", self._mentions, kind, ident, doc

    def _page(self, name: str, token: str) -> SitePage:
        return SitePage(name, hashlib.sha256(f"site\0{token}\0{self.limits}\0".encode("utf-8")), self._writing)

    def _input(self, page: SitePage, suffix: str = "") -> _Input:
        self._n += 1
        return _Input(page, self._where / f".site-{self._n}{suffix}.xml")

    def _job(self, page: SitePage, token: str, catalogue: str, facts: str = "") -> None:
        self._n += 1
        page.jobs.append((f"site:{token}|{self.limits}:{self.tei_dir}:{facts}", str(self.staging / f".site-{self._n}.out"),
                          catalogue))

    def _opening(self, **more: str) -> bytes:
        return self.cat.opening(documents=str(self.cat.count), letters="yes" if self.cat.letters else "no", **more)

    def _simple(self, token: str, name: str, *parts: Iterable[bytes], **more: str) -> SitePage:
        """A page made in one run from the catalogue's opening, its months and the parts."""
        page = self._page(name, token)
        given = self._input(page)
        given.write(self._opening(**more), self.cat.months_xml)
        for part in parts:
            given.write(*part)
        given.write(b"</catalogue>")
        self._job(page, token, given.close())
        return page

    def _home(self) -> SitePage:
        if not self.at_scale:
            return self._simple("home", SITE_FILES["home"], self._entries())
        return self._simple("home", SITE_FILES["home"], self._month_entries(), [b"<sources>"], self._source_entries(),
                            [b"</sources>"])

    def _chronology(self) -> SitePage:
        if not self.at_scale:
            return self._simple("chronology", SITE_FILES["chronology"], self._entries())
        return self._simple("chronology", SITE_FILES["chronology"], self._month_entries(), [b"<dated>"],
                            self._dated_entries(), [b"</dated>"])

    def _network(self) -> SitePage:
        if not self.at_scale:
            return self._simple("network", SITE_FILES["network"], self._entries(brief=True))
        page = self._simple("network", SITE_FILES["network"], self._letter_entries(), pieces="yes")
        rows = [r for (r,) in self.db.execute("SELECT netrow FROM entry WHERE netrow IS NOT NULL GROUP BY netrow"
                                              " ORDER BY MIN(pos)")]
        self._pieces(page, "network", ((mark, "", self._batches(
            "SELECT pos, line, x'' FROM entry WHERE netrow = ? AND pos > ? ORDER BY pos LIMIT ?", (row,)))
            for mark, row in enumerate(rows, 1)))
        return page

    def _month(self, month: str) -> SitePage:
        """A month's page (at scale): the months, the month's correspondents; its list in pieces."""
        people, seen = [], set()
        for (found,) in self._rows("SELECT pos, people FROM entry WHERE month = ? AND pos > ? ORDER BY pos LIMIT ?",
                                   (month,)):
            for m in _PERSON.finditer(found):
                if m.group(1) != b"via" and party_key(m) not in seen:
                    seen.add(party_key(m))
                    people.append(m.group(0))
        page = self._simple(f"month={month}", f"telegrams-{month or 'undated'}.html", self._month_entries(),
                            [b"<people>", *people, b"</people>"])
        self._pieces(page, "entries", [(1, "", self._batches(
            "SELECT pos, xml, x'' FROM entry WHERE month = ? AND pos > ? ORDER BY pos LIMIT ?", (month,)))])
        return page

    def _index(self, kind: str) -> SitePage:
        """An index: its entities, what the texts call each, how many documents name it and,
        where they are listed there, which (their entries in <refs>)."""
        page = self._page(SITE_FILES[kind], kind)
        facts = self._input(page, "-facts")
        facts.write(b"<facts>")
        self.db.execute("CREATE TABLE IF NOT EXISTS work.listed (pos INTEGER PRIMARY KEY)")  # the documents listed
        self.db.execute("DELETE FROM work.listed")
        entities = self._entities(kind)
        self._all_counts()
        for ident, _ in entities:
            docs, letters = self._about_counts(ident)
            if not docs:
                continue
            forms: dict[str, None] = {}
            refs = self._refs_of(ident)
            for (packed,) in self.db.execute(f"SELECT forms FROM ment WHERE ref IN ({','.join('?' * len(refs))})"
                                             " GROUP BY forms ORDER BY MIN(docpos)", refs):
                forms.update(dict.fromkeys(packed.split(_FIELD)[MENTION_FORMS:]))
            facts.write(f"<about ref={quoteattr(ident)} docs=\"{docs}\" letters=\"{letters}\">".encode("utf-8"),
                        "".join(f"<also ref={quoteattr(r)}/>" for r in refs[1:]).encode("utf-8"),
                        "".join(f"<form>{escape(f)}</form>" for f in forms).encode("utf-8"))
            if docs <= self.refs_max:
                for batch in self._backrefs(ident, "x.pos"):
                    facts.write(*(item for item, _ in batch))
                    self.db.executemany("INSERT OR IGNORE INTO work.listed VALUES (?)", ((pos,) for _, pos in batch))
            facts.write(b"</about>")
        facts.write(b"<refs>")
        for (line,) in self._rows("SELECT pos, line FROM work.listed JOIN entry USING (pos) WHERE pos > ?"
                                  " ORDER BY pos LIMIT ?"):
            facts.write(line)
        facts.write(b"</refs><entities>", *self._copies(kind, entities), b"</entities></facts>")
        given = self._input(page)
        given.write(self._opening(), self.cat.months_xml, b"</catalogue>")
        self._job(page, kind, given.close(), facts.close())
        return page

    def _mentions(self, kind: str, ident: str, doc: str) -> SitePage:
        """The page of the telegrams naming an entity; its list in pieces."""
        token = f"mentions={kind}={ident}"
        page = self._page(f"mentions-{ident}.html", token)
        docs, letters = self._about_counts(ident)
        refs = self._refs_of(ident)
        # (how many of its mentions are in notes: the page's legend of the "n" says what they are)
        in_notes = self.db.execute(f"SELECT TOTAL(notes) FROM ment WHERE ref IN ({','.join('?' * len(refs))})", refs).fetchone()[0]
        facts = self._input(page, "-facts")
        facts.write(f"<facts><about ref={quoteattr(ident)} docs=\"{docs}\" letters=\"{letters}\" notes=\"{int(in_notes)}\"/><entities>".encode("utf-8"),
                    *self._copies(kind, [(ident, doc)]), b"</entities></facts>")
        given = self._input(page)
        given.write(self._opening(), self.cat.months_xml, b"</catalogue>")
        self._job(page, token, given.close(), facts.close())
        self._pieces(page, "backrefs", [(1, ident, self._backrefs(ident, "x.line"))])
        return page

    # -- what they are given

    def _batches(self, sql: str, params: tuple = ()) -> Iterator[list[tuple]]:
        """The rows of a query ordered by its first column, pos, which ends "AND ... pos > ?
        ORDER BY pos LIMIT ?", a few hundred at a time (pos left out)."""
        last = 0
        while True:
            rows = self.db.execute(sql, (*params, last, 500)).fetchall()
            if rows:
                yield [row[1:] for row in rows]
            if len(rows) < 500:
                return
            last = rows[-1][0]

    def _rows(self, sql: str, params: tuple = ()) -> Iterator[tuple]:
        return (row for batch in self._batches(sql, params) for row in batch)

    def _entries(self, brief: bool = False) -> Iterator[bytes]:
        """Every entry (below LIST_MAX: at most that many), without summaries when brief."""
        column = "brief" if brief else "xml"
        return (xml for (xml,) in self._rows(f"SELECT pos, {column} FROM entry WHERE pos > ? ORDER BY pos LIMIT ?"))

    def _month_entries(self) -> list[bytes]:
        """An entry per month and form, in the order of the months' first documents, with their number."""
        if self._months is None:
            self._months = [f"<entry month={quoteattr(month)}{_LETTER if letter else ''} n=\"{n}\"/>".encode("utf-8")
                            for month, letter, n in self.db.execute("SELECT month, letter, COUNT(*) FROM entry"
                                                                    " GROUP BY month, letter ORDER BY MIN(pos)")]
        return self._months

    def _source_entries(self) -> Iterator[bytes]:
        """An entry per kind, form, correspondents, source and whether it has witnesses (what
        the home page's account of the edition counts), with their number."""
        for kind, letter, witnessed, people, source, n in self.db.execute(
                "SELECT kind, letter, witnessed, people, source, COUNT(*) FROM entry"
                " GROUP BY kind, letter, witnessed, people, source ORDER BY MIN(pos)"):
            yield (f"<entry kind={quoteattr(kind)}{_LETTER if letter else ''} n=\"{n}\">".encode("utf-8")
                   + people + source + (b"<witness/>" if witnessed else b"") + b"</entry>")

    def _dated_entries(self) -> Iterator[bytes]:
        """An entry per senders, month and form of the documents on the chronology's time
        line, with their number and their first and last dates."""
        for senders, letter, n, first, last in self.db.execute(
                "SELECT senders, letter, COUNT(*), MIN(date), MAX(date) FROM entry WHERE dated"
                " GROUP BY senders, substr(date, 1, 7), letter ORDER BY MIN(pos)"):
            yield (f"<entry date={quoteattr(first)} last={quoteattr(last)}{_LETTER if letter else ''}"
                   f" n=\"{n}\">".encode("utf-8") + senders + b"</entry>")

    def _letter_entries(self) -> Iterator[bytes]:
        """An entry per correspondents (of the documents with a sender and a recipient), with their number."""
        for people, n in self.db.execute("SELECT people, COUNT(*) FROM entry WHERE netrow IS NOT NULL GROUP BY people"
                                         " ORDER BY MIN(pos)"):
            yield f"<entry n=\"{n}\">".encode("utf-8") + people + b"</entry>"

    def _entities(self, kind: str) -> list[tuple[str, str]]:
        """(xml:id, the document that first has it) of the standOff entities of a kind, in the
        order of the documents that first have them; a provisional surname filed under the
        full name it is joined to (_joined_to) is not one of them."""
        if kind not in self._kinds:
            every = [(ident, doc) for ident, doc in self.db.execute(
                f"SELECT ident, (SELECT id FROM cat WHERE pos = first / {WIDE}) FROM"
                f" (SELECT ident, MIN(docpos * {WIDE} + epos) AS first FROM ents WHERE kind = ? GROUP BY ident)"
                " ORDER BY first", (kind,))]
            joined = set(self._joined_to(every) if kind == "person" else ())
            self._kinds[kind] = [(ident, doc) for ident, doc in every if ident not in joined]
        return self._kinds[kind]

    def _joined_to(self, persons: list[tuple[str, str]]) -> dict[str, list[str]]:
        """{a provisional full name's id: the provisional surnames filed under it}: "Eisenhower"
        of one document and "Dwight Eisenhower" of another are one person, by the rule the
        deposit's corpus header joins them by (tei.authority.same_provisional_persons), each
        document's entries named from its own words.  persons: the person entities (_entities)."""
        if self._joined is None:
            provisional = [(ident, doc) for ident, doc in persons if ident.startswith("unresolved-")]
            entries = [etree.fromstring(c) for c in self._copies("person", provisional) if c]
            self._joined = {}
            for surname, full in sorted(same_provisional_persons(entries).items()):
                self._joined.setdefault(full, []).append(surname)
        return {surname: full for full, surnames in self._joined.items() for surname in surnames}

    def _refs_of(self, ident: str) -> list[str]:
        """The ids an entity's mentions point to: its own, then those of the surnames filed under it."""
        if self._joined is None:
            self._entities("person")
        return [ident, *self._joined.get(ident, ())]

    def _copies(self, kind: str, entities: list[tuple[str, str]]) -> list[bytes]:
        """The copies of entities of a kind, each read from the document that first has it."""
        wanted: dict[str, set] = {}
        for ident, doc in entities:
            wanted.setdefault(doc, set()).add((kind, ident))
        copies: dict[tuple[str, str], bytes] = {}
        for doc, names in wanted.items():
            copies.update(_entity_copies(Path(self.tei_dir) / f"{doc}.xml", names))
        return [copies.get((kind, ident), b"") for ident, _ in entities]

    def _about_counts(self, ident: str) -> tuple[int, int]:
        """How many documents name an entity (in their text, or their header only), and how many of them are letters."""
        refs = self._refs_of(ident)
        if len(refs) > 1:  # (the documents naming it by any of its ids, each once)
            marks = ",".join("?" * len(refs))
            n, letters = self.db.execute(
                f"SELECT COUNT(*), TOTAL(e.letter) FROM (SELECT docpos FROM ment WHERE ref IN ({marks}) UNION"
                f" SELECT docpos FROM hdr WHERE ref IN ({marks})) AS t JOIN entry AS e ON e.pos = t.docpos",
                (*refs, *refs)).fetchone()
            return n, int(letters)
        if self._counts is None:  # (one entity's page alone: see _all_counts)
            n, letters = self.db.execute(
                "SELECT COUNT(*), TOTAL(e.letter) FROM (SELECT docpos FROM ment WHERE ref = ? UNION ALL"
                " SELECT docpos FROM hdr WHERE ref = ?) AS t JOIN entry AS e ON e.pos = t.docpos", (ident, ident)).fetchone()
            return n, int(letters)
        return self._counts.get(ident, (0, 0))

    def _all_counts(self) -> None:
        """_about_counts of every entity named, at once (as many as there are entities)."""
        if self._counts is None:
            self._counts = {ref: (n, int(letters)) for ref, n, letters in self.db.execute(
                "SELECT t.ref, COUNT(*), TOTAL(e.letter) FROM (SELECT ref, docpos FROM ment UNION ALL"
                " SELECT ref, docpos FROM hdr) AS t JOIN entry AS e ON e.pos = t.docpos GROUP BY t.ref")}

    def _backrefs(self, ident: str, column: str) -> Iterator[list[tuple[bytes, object]]]:
        """(<in id n/> or <header id role/>, the entry's column: x.line, what the list shows of
        it, or x.pos, its place) per document naming an entity, a few hundred at a time:
        those whose text names it, then those naming it in their header only, each in date
        order (made by the query: there are many)."""
        refs = self._refs_of(ident)
        marks = ",".join("?" * len(refs))
        # (a mention by a surname filed under the entity names the id its first mention is marked by:
        # xml:ids, no character to escape)
        yield from self._batches(f"SELECT m.docpos, CAST('<in id=' || x.idattr || ' n=\"' || m.n || '\" notes=\"' || m.notes || '\"'"
                                 " || CASE WHEN m.ref != ? THEN ' ref=\"' || m.ref || '\"' ELSE '' END || '/>' AS BLOB),"
                                 f" {column} FROM ment AS m JOIN entry AS x ON x.pos = m.docpos"
                                 f" WHERE m.ref IN ({marks}) AND m.docpos > ? ORDER BY m.docpos LIMIT ?", (ident, *refs))
        yield from self._batches(f"SELECT h.docpos, CAST('<header id=' || x.idattr || ' role=' || h.roleattr || '/>' AS BLOB),"
                                 f" {column} FROM hdr AS h JOIN entry AS x ON x.pos = h.docpos"
                                 f" WHERE h.ref IN ({marks}) AND h.docpos > ? ORDER BY h.docpos LIMIT ?", refs)

    def _pieces(self, page: SitePage, kind: str, lists: Iterable[tuple[int, str, Iterable[list[tuple[bytes, bytes]]]]]) -> None:
        """The lists of a page in pieces: lists is (mark, entity id or '', its items a few
        hundred at a time: (item, the entry it refers to or b'')); runs of template "site" with
        "pieces", each given at most piece_size items (the page's digest takes the items,
        however they are cut; only it is taken when the page's inputs are not written)."""
        digest = page.digest
        given, piece, extra, items = None, None, [], 0

        def end_piece():
            nonlocal piece, extra
            if piece is not None:
                given.write(*extra, b"</piece>", hashed=False)
            piece, extra = None, []

        for mark, ref, batches in lists:
            page.pieces[mark] = []
            digest.update(f"\0piece {mark} {kind} {ref}\0".encode("utf-8"))
            for batch in batches:
                digest.update(b"".join(part for row in batch for part in row))
                if not page.writing:
                    continue
                for item, refers in batch:
                    if given is None:
                        given = self._input(page, "-pieces")
                        given.write(b"<catalogue>", hashed=False)
                    if piece is None:
                        self._n += 1
                        piece = self._where / f".piece-{self._n}.html"
                        page.pieces[mark].append(piece)
                        page.scratch.append(piece)
                        given.write(f"<piece href={quoteattr(piece.as_uri())} kind=\"{kind}\""
                                    f"{' ref=' + quoteattr(ref) if ref else ''}>".encode("utf-8"), hashed=False)
                    given.write(item, hashed=False)
                    if refers:
                        extra.append(refers)
                    items += 1
                    if items >= self.piece_size:  # this run is full
                        end_piece()
                        given.write(b"</catalogue>", hashed=False)
                        self._job(page, "pieces", given.close())
                        given, items = None, 0
            if given is not None:
                end_piece()
        if given is not None:
            given.write(b"</catalogue>", hashed=False)
            self._job(page, "pieces", given.close())

    # -- when made

    def splice(self, page: SitePage) -> None:
        """Put the pieces of a page's lists in place of its marks (the page was written whole
        but for them); the scratch files go."""
        if page.pieces:
            path = self.staging / page.name
            frame = path.read_bytes()
            tmp = path.with_name(f".{page.name}.tmp")
            with open(tmp, "wb") as out:
                rest = frame
                for mark in sorted(page.pieces):
                    tag = f"<?tei-piece {mark}>".encode("ascii")
                    before, found, rest = rest.partition(tag)
                    if not found:
                        raise ValueError(f"{page.name}: the stylesheet left no mark for list {mark}")
                    out.write(before)
                    for piece in page.pieces[mark]:
                        made = piece.read_bytes()
                        if not (made.startswith(_WRAP_START) and made.endswith(_WRAP_END)):
                            raise ValueError(f"{piece.name}: not a piece of a list as the stylesheet writes one")
                        out.write(made[len(_WRAP_START):-len(_WRAP_END)])
                out.write(rest)
            os.replace(tmp, path)
        page.clean()

