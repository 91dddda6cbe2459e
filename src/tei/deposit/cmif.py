"""The CMIF file (Correspondence Metadata Interchange Format v1.1) for correspSearch.

One correspDesc per telegram: documents that are witnesses of one telegram (linked by
notesStmt/relatedItem[@type="witness"]) give one entry, taken from the first of them by id.
CMIF admits only what an index can exchange, so a telegram's correspDesc is cut down:
- correspAction of type "sent" and "received" only (the "transmitted" steps of a cable,
  e.g. Terebin's, are left out: CMIF v1.1 rejects other types);
- persName / orgName / placeName with @ref the entity's authority URI (Wikidata from
  idno type="wikidata", also VIAF, GND, GeoNames idnos); an entity without one keeps its
  name and no @ref, as the CMIF documentation asks ("if available"); a missing correspondent
  is "Unknown";
- dates as YYYY, YYYY-MM or YYYY-MM-DD in @when/@from/@to/@notBefore/@notAfter, no text.
"""

from __future__ import annotations

import itertools
import re
import uuid
from pathlib import Path

from lxml import etree
from lxml.builder import ElementMaker

from .. import TEI_NS, edition
from ..authority import Authority
from ..links import connected
from ..vocab import UNKNOWN_PARTY
from .documents import XML_ID, T, TeiDocument, without_default_namespace
from ..xmltext import text_of

TEI = ElementMaker(namespace=TEI_NS, nsmap={None: TEI_NS})
CMIF_LICENCE = "https://creativecommons.org/licenses/by/4.0/"
DATE_ATTRS = ("when", "from", "to", "notBefore", "notAfter")
# In order of preference: correspSearch's checker accepts GND, VIAF, LC, BnF and NDL for
# persons and GeoNames for places, and only warns about others (Wikidata).
AUTHORITY_URIS = {
    "gnd": "https://d-nb.info/gnd/{}",
    "viaf": "http://viaf.org/viaf/{}",
    "lc": "http://lccn.loc.gov/{}",
    "geonames": "http://www.geonames.org/{}",
    "wikidata": "http://www.wikidata.org/entity/{}",
}
NAME_TAGS = (T + "persName", T + "orgName", T + "placeName")


def edition_uuid(base_url: str) -> str:
    """The edition's bibl id: a UUID derived from its URL, so it stays the same across builds.

    It is also an xml:id, which cannot start with a digit: the first name-based UUID that
    starts with a letter is taken.
    """
    n = 0
    while True:
        value = str(uuid.uuid5(uuid.NAMESPACE_URL, base_url + (f"#{n}" if n else "")))
        if value[0].isalpha():
            return value
        n += 1


def authority_uri(entry: etree._Element | None) -> str:
    """The entry's authority URI, from its idno elements, the best-supported system first."""
    if entry is None:
        return ""
    candidates = []
    for idno in entry.iterfind(T + "idno"):
        value = (idno.text or "").strip()
        kind = (idno.get("type") or "").lower()
        if kind in AUTHORITY_URIS and value:
            uri = value if value.startswith(("http://", "https://")) else AUTHORITY_URIS[kind].format(value)
            candidates.append((list(AUTHORITY_URIS).index(kind), uri))
        elif value.startswith(("http://", "https://")):
            candidates.append((len(AUTHORITY_URIS), value))
    return min(candidates)[1] if candidates else ""


def cut_date(value: str) -> str:
    """An ISO date cut to the precision CMIF accepts (YYYY, YYYY-MM, YYYY-MM-DD); '' if none."""
    m = re.match(r"(\d{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?(?![\d])", value.strip())
    return m.group(0) if m else ""


def witness_targets(root: etree._Element) -> list[str]:
    """Where a document points to its other witnesses (file names or #ids)."""
    return [target for item in root.iterfind(f".//{T}notesStmt/{T}relatedItem[@type='witness']")
            for target in (item.get("target") or "").split()]


def telegrams(docs: list[TeiDocument], targets=lambda doc: witness_targets(doc.root)) -> list[list[TeiDocument]]:
    """Documents grouped by telegram (witness links), each group and the groups sorted by id."""
    by_file = {d.path.name: d for d in docs}
    by_id = {d.id: d for d in docs}
    pairs = []
    for doc in docs:
        for target in targets(doc):
            other = by_file.get(target) or by_id.get(target.lstrip("#").removesuffix(".xml"))
            if other is not None:
                pairs.append((other.id, doc.id))
    groups = {g[0]: [by_id[i] for i in g] for g in connected([d.id for d in docs], pairs)}
    return sorted((sorted(g, key=lambda d: d.id) for g in groups.values()), key=lambda g: g[0].id)


def build_cmif(docs: list[TeiDocument], authority: Authority, base_url: str, contact_name: str,
               contact_email: str, entries: list[etree._Element] | None = None, title: str = "",
               publisher: str = "") -> etree._ElementTree:
    """The CMIF file as a tree: its header (title: the edition's, with its months; its name
    when not given), and one correspDesc per telegram (or the given entries).  write_cmif
    writes the same file without holding the entries."""
    base_url = base_url.rstrip("/") + "/"
    source_id = edition_uuid(base_url)
    if entries is None:
        entries = [c for group in telegrams(docs) if (c := _corresp(group[0], authority, source_id)) is not None]
    name, publisher = title or edition.current().name, publisher or edition.current().publisher
    bibl = TEI.bibl(f"{name}. {publisher}. ", TEI.ref(base_url, target=base_url), type="online")
    bibl.set(XML_ID, source_id)
    root = TEI.TEI(
        TEI.teiHeader(
            TEI.fileDesc(
                TEI.titleStmt(
                    TEI.title(f"Correspondence metadata of {name}"),
                    TEI.editor(contact_name + " ", TEI.email(contact_email)),
                ),
                TEI.publicationStmt(
                    TEI.publisher(TEI.ref(publisher, target=base_url)),
                    TEI.idno(base_url + "cmif.xml", type="url"),
                    TEI.date(when=edition.build_date() + "T00:00:00Z"),
                    TEI.availability(TEI.licence(
                        "This file is licensed under the terms of the Creative Commons License CC-BY 4.0",
                        target=CMIF_LICENCE)),
                ),
                TEI.sourceDesc(bibl),
            ),
            TEI.profileDesc(*entries),
        ),
        TEI.text(TEI.body(TEI.p())),
    )
    return etree.ElementTree(root)


_ENTRIES = "tei-cmif-entries"  # where the entries go in the skeleton write_cmif serialises


def write_cmif(docs: list[TeiDocument], authority: Authority, base_url: str, contact_name: str,
               contact_email: str, path: Path, cache=None, title: str = "", publisher: str = "") -> None:
    """Write the CMIF file (indented, as lxml indents a whole tree), one telegram's
    correspDesc at a time: memory does not grow with the number of telegrams.  With a cache
    (deposit.documents.DocumentCache) a file unchanged since the last deposit is not read:
    its entry and witness links are taken from there."""
    source_id = edition_uuid(base_url.rstrip("/") + "/")
    facts = _EntryFacts(authority, source_id, cache)
    groups = telegrams(docs, targets=facts.targets)
    entries = (e for group in groups if (e := facts.entry(group[0])) is not None)
    first = next(entries, None)
    if first is None:  # no entry: an empty profileDesc, as the whole tree gives it
        tree = build_cmif(docs, authority, base_url, contact_name, contact_email, entries=[], title=title,
                          publisher=publisher)
        etree.indent(tree, space="  ")
        tree.write(str(path), encoding="UTF-8", xml_declaration=True, pretty_print=True)
        return
    skeleton = build_cmif(docs, authority, base_url, contact_name, contact_email, entries=[etree.Comment(_ENTRIES)],
                          title=title, publisher=publisher)
    etree.indent(skeleton, space="  ")
    head, tail = etree.tostring(skeleton, encoding="UTF-8", xml_declaration=True, pretty_print=True) \
        .split(b"<!--" + _ENTRIES.encode() + b"-->")
    with open(path, "wb") as out:
        out.write(head)
        for i, entry in enumerate(itertools.chain([first], entries)):
            out.write((b"\n" + b"  " * _LEVEL if i else b"") + entry)
        out.write(tail)


_LEVEL = 3  # of a correspDesc in the CMIF file: TEI/teiHeader/profileDesc/correspDesc


class _EntryFacts:
    """What the CMIF file takes from one document: where it points to its other witnesses,
    and its correspDesc as the file holds it (bytes, indented for its place), or None.  With
    a cache both are made from one reading of the header and kept, for the same authority
    file and edition; without, the entry is made only for the document that gives it."""

    def __init__(self, authority: Authority, source_id: str, cache):
        from ..cache import file_digest

        self.authority, self.source_id, self.cache = authority, source_id, cache
        self.context = f"{file_digest(authority.path)}\0{source_id}" if cache else ""

    def targets(self, doc: TeiDocument) -> list[str]:
        if self.cache is None:
            return witness_targets(doc.root)
        return self._facts(doc)[0]

    def entry(self, doc: TeiDocument) -> bytes | None:
        return self._facts(doc)[1]

    def _facts(self, doc: TeiDocument) -> tuple[list[str], bytes | None]:
        if self.cache is not None:
            kept = self.cache.get(doc.path, "cmif")
            if kept is not None and kept[0] == self.context:
                return kept[1], kept[2]
        root = doc.root
        entry = _corresp(doc, self.authority, self.source_id, root)
        if entry is not None:
            etree.indent(entry, space="  ", level=_LEVEL)
            entry = without_default_namespace(etree.tostring(entry, encoding="UTF-8"))
        facts = (witness_targets(root), entry)
        if self.cache is not None:
            self.cache.put(doc.path, "cmif", (self.context, *facts))
        return facts


def _corresp(doc: TeiDocument, authority: Authority, source_id: str,
             root: etree._Element | None = None) -> etree._Element | None:
    """The telegram's correspDesc cut down for CMIF (root: the document's, when parsed already)."""
    original = (doc.root if root is None else root).find(f"{T}teiHeader/{T}profileDesc/{T}correspDesc")
    if original is None:
        return None
    corresp = TEI.correspDesc(key=doc.id, source="#" + source_id)
    for kind in ("sent", "received"):
        actions = original.findall(f"{T}correspAction[@type='{kind}']")
        action = TEI.correspAction(type=kind)
        names = [c for a in actions for c in a if c.tag in NAME_TAGS]
        # Correspondents first, then places (the order CMIF's schema expects).
        for el in sorted(names, key=lambda c: c.tag == T + "placeName"):
            action.append(_name(el, authority))
        if not any(c.tag in (T + "persName", T + "orgName") for c in action):
            action.insert(0, TEI.persName(UNKNOWN_PARTY))
        for el in (c for a in actions for c in a if c.tag == T + "date"):
            date = _date(el)
            if date is not None:
                action.append(date)
                break
        corresp.append(action)
    return corresp


def _name(el: etree._Element, authority: Authority) -> etree._Element:
    tag = etree.QName(el).localname
    ref = (el.get("ref") or "").split()
    entity = authority.entities.get(ref[0][1:]) if ref and ref[0].startswith("#") else None
    text = entity.main if entity is not None else text_of(el)
    out = TEI(tag, text or UNKNOWN_PARTY)
    uri = authority_uri(entity.element if entity is not None else None)
    if uri:
        out.set("ref", uri)
    if el.get("evidence") == "conjecture":
        out.set("evidence", "conjecture")
    if el.get("cert") == "low":
        out.set("cert", "low")
    return out


def _date(el: etree._Element) -> etree._Element | None:
    attrs = {}
    for name in DATE_ATTRS:
        value = el.get(name) or (el.get("when-iso") if name == "when" else None)
        cut = cut_date(value or "")
        if cut:
            attrs[name] = cut
    if not attrs:
        return None
    date = TEI.date(**attrs)
    if el.get("cert") == "low":
        date.set("cert", "low")
    return date
