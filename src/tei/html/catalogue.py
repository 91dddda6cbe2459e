"""The catalogue: one small entry per document with what the other pages need to know of it.

Gathered in chunks by the workers (template "catalogue", with the facts the indexes need:
who is mentioned where, the standOff entities), merged and put in date order here; each
page is then given only the entries it links to.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable, Iterator, NamedTuple
from xml.sax.saxutils import quoteattr

from lxml import etree

from ..xslt import XsltError, stylesheet
from .pages import STYLESHEET

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
_ENTRY_PARSER = etree.XMLParser(collect_ids=False, huge_tree=True)
_SUMMARY = re.compile(rb"<summary>[^<]*</summary>|<summary/>")  # text only: lxml escapes its < as &lt;


def check_tei(path: Path) -> str | None:
    """Why a file cannot be rendered (not XML, not TEI), or None when it can."""
    try:
        tree = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True))
    except (etree.XMLSyntaxError, OSError) as exc:
        return f"not well-formed XML: {exc}"
    root = tree.getroot()
    dtd = tree.docinfo.internalDTD
    if tree.docinfo.system_url or (dtd is not None and any(True for _ in dtd.iterentities())):
        # the XSLT processor would fetch external DTDs and expand entities: not for untrusted input
        return "has a DOCTYPE declaring a DTD file or entities: remove it (TEI needs neither)"
    if root.tag != f"{{{TEI_NS}}}TEI":
        return f"not a TEI document: the root element is {etree.QName(root).localname!r}, not TEI in the TEI namespace"
    if root.find(f"{{{TEI_NS}}}text") is None:
        return "a TEI document without <text>: there is nothing to render"
    return None


def _plain(path: str) -> bool:
    """True when a file's prolog (XML declaration, comments, processing instructions) leads
    straight to the root element, with no DOCTYPE: then the XSLT processor may read it
    directly, and check_tei is needed only if it fails.  Anything else, or a prolog longer
    than 4 kB, goes to check_tei first."""
    try:
        with open(path, "rb") as f:
            head = f.read(4096)
    except OSError:
        return False
    pos = 3 if head.startswith(b"\xef\xbb\xbf") else 0
    while True:
        while pos < len(head) and head[pos:pos + 1].isspace():
            pos += 1
        if head.startswith(b"<?", pos) or head.startswith(b"<!--", pos):
            close = b"?>" if head.startswith(b"<?", pos) else b"-->"
            end = head.find(close, pos + 2)
            if end < 0:
                return False
            pos = end + len(close)
        else:
            return re.match(rb"<[A-Za-z_]", head[pos:pos + 2]) is not None  # <!DOCTYPE and the rest: no


def catalogue_chunk(files: list[str]) -> tuple[list[tuple[str, "CatalogueEntry"]], list[tuple[str, str]], list[str]]:
    """The catalogue entries (with their facts) of some files (in a worker): (file name, entry)
    for each, (file name, why) for each that is not TEI, and the xsl:message lines.

    Files without a DTD go straight to the stylesheet, which reads each once; the others, and
    all of them when the stylesheet fails (a file that is not well-formed), are checked first
    with check_tei, and those that pass go to the stylesheet after.  A document the
    stylesheet finds not to be TEI is checked for the reason."""
    xsl = stylesheet(STYLESHEET)
    is_plain = {f: _plain(f) for f in files}
    plain = [f for f in files if is_plain[f]]
    to_check = [f for f in files if not is_plain[f]]
    outputs, messages = [], []

    def run(paths: list[str]) -> None:
        outputs.append(xsl.transform(template="catalogue", params={"files": paths, "catalogue-facts": True}))
        messages.extend(xsl.messages)

    try:
        if plain:
            run(plain)
    except XsltError:
        to_check = files
    bad: list[tuple[str, str]] = []
    passed = []
    for f in to_check:
        why = check_tei(Path(f))
        if why:
            bad.append((Path(f).name, why))
        else:
            passed.append(f)
    if passed:
        run(passed)
    by_name = {Path(f).name: f for f in files}
    records = []
    for name, entry in (found for text in outputs for found in catalogue_entries(text)):
        if entry is None:  # not TEI, or TEI without a text: check_tei says which
            bad.append((name, check_tei(Path(by_name[name])) or "not a TEI document with a text"))
        else:
            records.append((name, entry))
    return records, sorted(bad), messages


class CatalogueEntry(NamedTuple):
    """One document's catalogue entry, split as the merged catalogue needs it (and as the
    build state keeps it, so that an unchanged document is not read again)."""

    id: str
    date: str
    month: str
    xml: bytes  # <entry> without its facts and without prev/next
    facts: bytes  # its <m> (mentions) and <c> (roles)
    entities: tuple  # (element name, xml:id, position) of its standOff entities
    witnesses: tuple
    exchanges: tuple


def catalogue_entries(chunk: str | bytes) -> Iterator[tuple[str, CatalogueEntry | None]]:
    """(file name, entry) for each entry of a chunk of the catalogue template's output; (file
    name, None) first for each file it skipped (not TEI, or no text)."""
    data = chunk if isinstance(chunk, bytes) else chunk.encode("utf-8")
    root = etree.fromstring(data, _ENTRY_PARSER)
    for skipped in root.iter("skipped"):
        yield skipped.get("file"), None
    for entry in root.iter("entry"):
        own, entities = [], []
        for f in entry.findall("facts"):
            for pos, el in enumerate(f):
                if el.tag == "e":
                    entities.append((el.get("kind"), el.get("id"), pos))
                else:
                    own.append(etree.tostring(el, encoding="utf-8", with_tail=False))
            entry.remove(f)
        for attr in ("prev", "next"):  # the chunk's own neighbours: the merged catalogue sets them
            entry.attrib.pop(attr, None)
        yield entry.get("file"), CatalogueEntry(
            entry.get("id"), entry.get("date") or "", entry.get("month") or "",
            etree.tostring(entry, encoding="utf-8", with_tail=False), b"".join(own), tuple(entities),
            tuple(w.get("id") for w in entry.iter("witness")), tuple(x.get("id") for x in entry.iter("exchange")))


def _entity_copies(path: Path, wanted: set[tuple[str, str]]) -> dict[tuple[str, str], bytes]:
    """(element name, xml:id) -> a copy of that standOff entity of a TEI file."""
    root = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True,
                                                  collect_ids=False)).getroot()
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

    def __init__(self, chunks: Iterable[str | bytes] = (), entries: Iterable[CatalogueEntry] = (),
                 base_url: str = ""):
        records = list(entries) + [e for chunk in chunks for _, e in catalogue_entries(chunk) if e is not None]
        records.sort(key=lambda e: (e.date or "9999", e.id))
        first: dict[tuple[str, str], tuple] = {}  # entity -> (entry's place, its position there)
        for e in records:  # a standOff entity: the copy of the first document in chronological order
            place = (e.date or "9999", e.id)
            for name, ident, pos in e.entities:
                if (name, ident) not in first or (place, pos) < first[(name, ident)]:
                    first[(name, ident)] = (place, pos)
        self.order = [e.id for e in records]
        self._facts = {e.id: e.facts for e in records}
        # (document, element name, xml:id) of each entity, in the order of the documents that first have it
        self._entities = [(place[1], name, ident) for (name, ident), (place, _) in sorted(first.items(), key=lambda x: x[1])]
        self.entries = {}
        self.related = {}
        for i, e in enumerate(records):
            prev = records[i - 1].id if i > 0 else ""
            nxt = records[i + 1].id if i + 1 < len(records) else ""
            self.entries[e.id] = (b"<entry prev=" + quoteattr(prev).encode("utf-8") + b" next="
                                  + quoteattr(nxt).encode("utf-8") + b" " + e.xml[len(b"<entry "):])
            self.related[e.id] = [prev, nxt, *e.witnesses, *e.exchanges]
        self.months = sorted({e.month for e in records if e.month})
        self._months_xml = ("<months>" + "".join(f"<month>{m}</month>" for m in self.months)
                            + "</months>").encode("utf-8")
        self.pairs = {e.id: [w for w in e.witnesses if w in self.entries and w != e.id] for e in records}
        # where the site is published (for "Cite this"), known to every page through its catalogue
        self._open = b"<catalogue" + (b" base-url=" + quoteattr(base_url).encode("utf-8") if base_url else b"") + b">"

    def write_facts(self, path: Path, tei_dir: str | Path) -> None:
        """The facts for the site-wide pages: <m> and <c> of every entry in chronological order,
        then the entities, each once (copied from the first document in time that has it, read
        from tei_dir), in the order of the documents that first have them."""
        wanted: dict[str, set[tuple[str, str]]] = {}
        for doc, name, ident in self._entities:
            wanted.setdefault(doc, set()).add((name, ident))
        copies = {doc: _entity_copies(Path(tei_dir) / f"{doc}.xml", names) for doc, names in wanted.items()}
        with open(path, "wb") as out:
            out.write(b"<facts>")
            for i in self.order:
                out.write(self._facts[i])
            out.write(b"<entities>")
            out.writelines(copies[doc].get((name, ident), b"") for doc, name, ident in self._entities)
            out.write(b"</entities></facts>")
        self._facts, self._entities = {}, []

    def xml(self, summaries: bool = True) -> bytes:
        """The whole catalogue; without the entries' summaries for pages that do not show them."""
        entries = (self.entries[i] for i in self.order)
        if not summaries:
            entries = (_SUMMARY.sub(b"", e) for e in entries)
        return self._open + b"".join(entries) + b"</catalogue>"

    def for_page(self, *ids: str) -> bytes:
        """A small catalogue with the entries a page links to (and the months)."""
        wanted = dict.fromkeys(i for i in ids if i)
        return self._open + self._months_xml + b"".join(self.entries[i] for i in wanted if i in self.entries) \
            + b"</catalogue>"

    def for_document(self, doc_id: str) -> bytes:
        return self.for_page(doc_id, *self.related.get(doc_id, ()))


