"""The catalogue: one small entry per document with what the other pages need to know of it.

Read in chunks by the workers (tei.html.entry, with the facts the indexes need: who is
mentioned where, the standOff entities), merged and put in date order here; each page is
then given only the entries it links to.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from pathlib import Path
from typing import Iterable, NamedTuple
from xml.sax.saxutils import escape, quoteattr

from lxml import etree

from .. import edition
from ..readings import series
from . import entry as tei_entry

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
    dtd = tree.docinfo.internalDTD
    if tree.docinfo.system_url or (dtd is not None and any(True for _ in dtd.iterentities())):
        # the XSLT processor would fetch external DTDs and expand entities: not for untrusted input
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
    order: str = ""  # where it stands in date order (readings.sent_order: a month after its days)

    @property
    def mentions(self) -> tuple:
        """(entity id, how often, the forms used) per entity the text names."""
        return tuple((row[0], int(row[1]), tuple(row[2:])) for row in _unpack(self.packed_mentions))

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
        entry, facts = tei_entry.entry(root, file)
        return cls(entry.get("id"), entry.get("date"), entry.get("month"), etree.tostring(entry, encoding="utf-8"),
                   _pack((ref, str(n), *forms) for ref, n, forms in facts.mentions), _pack(facts.roles),
                   _pack(facts.entities), tuple(w.get("id") for w in entry.iter("witness")),
                   tuple(x.get("id") for x in entry.iter("exchange")), series(root), entry.get("order", ""))


# a source with its authority entry: <source-title ref="wilson-center">...</source-title> (as lxml writes it)
_SOURCE_TITLE = re.compile(rb'(<source-title ref="([^"]*)">)([^<]*)</source-title>')


def _source_names(records: list["CatalogueEntry"]) -> dict[bytes, bytes]:
    """One name per source known to the authority file (an archive whose records cite it
    under two names: "History and Public Policy Program Digital Archive", "Wilson Center
    Digital Archive"): the name the edition's documents give it most often, then the first in
    alphabetical order; every entry of that source is given it, so that the lists, the
    indexes' back-references, previous and next and the pages' metadata agree."""
    counts: dict[bytes, dict[bytes, int]] = {}
    for e in records:
        for m in _SOURCE_TITLE.finditer(e.xml):
            if m.group(3).strip():
                forms = counts.setdefault(m.group(2), {})
                forms[m.group(3)] = forms.get(m.group(3), 0) + 1
    return {ref: min(forms, key=lambda f: (-forms[f], f)) for ref, forms in counts.items()}


def _write_parts(path: Path, parts: Iterable[bytes]) -> str:
    """Write the parts to a file, one after the other (the whole is never held), and return
    the sha256 of what was written."""
    digest = hashlib.sha256()
    with open(path, "wb") as out:
        for part in parts:
            digest.update(part)
            out.write(part)
    return digest.hexdigest()


def _entity_copies(path: Path, wanted: set[tuple[str, str]]) -> dict[tuple[str, str], bytes]:
    """(element name, xml:id) -> a copy of that standOff entity of a TEI file."""
    root = etree.parse(str(path), _parser()).getroot()
    copies = {}
    for standoff in root.iterchildren(f"{{{TEI_NS}}}standOff"):
        for el in standoff.iterdescendants(etree.Element):
            found = (etree.QName(el).localname, el.get(XML_ID))
            if found in wanted and found not in copies:
                copies[found] = etree.tostring(el, encoding="utf-8", with_tail=False)
    return copies


class Catalogue:
    """The merged catalogue: entries in chronological order with their neighbours, each
    entry's XML, the months, and the facts for the site-wide pages."""

    def __init__(self, entries: Iterable[CatalogueEntry] = (), base_url: str = ""):
        records = list(entries)
        records.sort(key=lambda e: (e.order or e.date or "9999", e.id))
        first: dict[tuple[str, str], tuple] = {}  # entity -> (entry's place, its position there)
        for e in records:  # a standOff entity: the copy of the first document in chronological order
            place = (e.order or e.date or "9999", e.id)
            for name, ident, pos in e.entities:
                if (name, ident) not in first or (place, pos) < first[(name, ident)]:
                    first[(name, ident)] = (place, pos)
        self.order = [e.id for e in records]
        self._facts = {e.id: e for e in records}  # packed: unpacked one at a time by write_facts
        # (document, element name, xml:id) of each entity, in the order of the documents that first have it
        self._entities = [(place[1], name, ident) for (name, ident), (place, _) in sorted(first.items(), key=lambda x: x[1])]
        self.entries = {}
        self.related = {}
        names = _source_names(records)
        for i, e in enumerate(records):
            # the neighbours in time are other telegrams: the same telegram in another
            # translation (listed on the page under "Other translations") is stepped over, or a
            # reader going on in time read one telegram four times in a row
            same = {e.id, *e.witnesses}
            j, k = i - 1, i + 1
            while j >= 0 and records[j].id in same:
                j -= 1
            while k < len(records) and records[k].id in same:
                k += 1
            prev = records[j].id if j >= 0 else ""
            nxt = records[k].id if k < len(records) else ""
            xml = _SOURCE_TITLE.sub(lambda m: m.group(1) + names.get(m.group(2), m.group(3)) + b"</source-title>", e.xml)
            self.entries[e.id] = (b"<entry prev=" + quoteattr(prev).encode("utf-8") + b" next="
                                  + quoteattr(nxt).encode("utf-8") + b" " + xml[len(b"<entry "):])
            self.related[e.id] = [prev, nxt, *e.witnesses, *e.exchanges]
        self.mention_counts: dict[tuple[str, str], int] = {}
        self.months = sorted({e.month for e in records if e.month})
        self.undated = any(not e.month for e in records)
        self._months_xml = ("<months>" + "".join(f"<month>{m}</month>" for m in self.months)
                            + "</months>").encode("utf-8")
        self.pairs = {e.id: [w for w in e.witnesses if w in self.entries and w != e.id] for e in records}
        # the edition's name and where the site is published (for "Cite this"), known to every
        # page through its catalogue
        self._open = (b"<catalogue edition=" + quoteattr(edition.name_of(e.series for e in records)).encode("utf-8")
                      + (b" base-url=" + quoteattr(base_url).encode("utf-8") if base_url else b"") + b">")

    def write_facts(self, path: Path, tei_dir: str | Path) -> str:
        """The facts for the indexes, entity by entity (each index entry reads only its own):
        <about ref> with the forms the texts use (each once, in the order first met), <in i n>
        per document whose text names it (i: the document's place in the catalogue, from 1;
        n: how often), <header i role> per document that names it in its header only; then
        the entities, each once (copied from the first document in time that has it, read
        from tei_dir), in the order of the documents that first have them.  Returns the
        file's digest."""
        about: dict[str, tuple[dict, list, list]] = {}  # entity id -> (forms, mentions, header roles)
        for i, doc in enumerate(self.order, 1):
            mentions, roles = self._facts[doc].mentions, self._facts[doc].roles
            for ref, n, forms in mentions:
                seen, where, _ = about.setdefault(ref, ({}, [], []))
                seen.update(dict.fromkeys(forms))
                where.append((i, n))
            named = {ref for ref, _, _ in mentions}
            for ref, role in roles:
                if ref not in named:
                    about.setdefault(ref, ({}, [], []))[2].append((i, role))
        wanted: dict[str, set[tuple[str, str]]] = {}
        for doc, name, ident in self._entities:
            wanted.setdefault(doc, set()).add((name, ident))
        copies = {doc: _entity_copies(Path(tei_dir) / f"{doc}.xml", names) for doc, names in wanted.items()}
        def parts():
            yield b"<facts>"
            for ref, (forms, where, header) in about.items():
                yield ("<about ref=" + quoteattr(ref) + ">"
                       + "".join(f"<form>{escape(f)}</form>" for f in forms)
                       + "".join(f'<in i="{i}" n="{n}"/>' for i, n in where)
                       + "".join(f'<header i="{i}" role={quoteattr(role)}/>' for i, role in header)
                       + "</about>").encode("utf-8")
            yield b"<entities>"
            yield from (copies[doc].get((name, ident), b"") for doc, name, ident in self._entities)
            yield b"</entities></facts>"

        digest = _write_parts(path, parts())
        # how many telegrams name each entity: one named in many has them on a page of its own
        self.mention_counts = {(name, ident): len(about[ident][1]) + len(about[ident][2]) if ident in about else 0
                               for _, name, ident in self._entities}
        self._facts, self._entities = {}, []
        return digest

    def mention_pages(self, kind: str, most: int) -> list[str]:
        """The pages of the entities of this kind named in more than most telegrams (the
        stylesheet's h:mentions-page; known once write_facts has run)."""
        return sorted(f"mentions-{ident}.html" for (name, ident), n in self.mention_counts.items()
                      if name == kind and n > most)

    def write_xml(self, path: Path, summaries: bool = True) -> str:
        """The whole catalogue, into a file (its digest returned); without the entries'
        summaries for pages that do not show them."""
        entries = (self.entries[i] for i in self.order)
        if not summaries:
            entries = (_SUMMARY.sub(b"", e) for e in entries)
        return _write_parts(path, itertools.chain([self._open], entries, [b"</catalogue>"]))

    def month_pages(self) -> list[str]:
        """The pages that list the telegrams month by month at scale (the stylesheet's
        h:month-page): telegrams-1949-01.html, ..., telegrams-undated.html."""
        return [f"telegrams-{m}.html" for m in self.months] + (["telegrams-undated.html"] if self.undated else [])

    def for_page(self, *ids: str) -> bytes:
        """A small catalogue with the entries a page links to (and the months)."""
        wanted = dict.fromkeys(i for i in ids if i)
        return self._open + self._months_xml + b"".join(self.entries[i] for i in wanted if i in self.entries) \
            + b"</catalogue>"

    def document_ids(self, doc_id: str) -> tuple[str, ...]:
        """The entries a document's page links to: its own, its neighbours, witnesses and exchanges."""
        return (doc_id, *self.related.get(doc_id, ()))

    def for_document(self, doc_id: str) -> bytes:
        return self.for_page(*self.document_ids(doc_id))


