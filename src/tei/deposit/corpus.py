"""One teiCorpus file: a corpus header with the whole authority file, then every telegram.

xml:ids must be unique in one file, but every telegram carries a standOff with copies of
the authority entries it uses (xml:id="stalin" in each).  So, per document:
- its standOff is dropped: its @ref="#stalin" pointers now resolve to the complete lists
  in the corpus header (entries the authority file lacks, i.e. provisional ones, are
  gathered once into lists of type "provisional" there);
- its other ids (respStmt "encoder", "source-editor", ...) get the document's id as a
  prefix, and the pointers to them inside the document are rewritten;
- links to sibling files ("tg-....xml") become pointers to the included document ("#tg-...").
"""

from __future__ import annotations

import copy
import io
import os
import re
import tempfile
from pathlib import Path
from typing import NamedTuple

from lxml import etree
from lxml.builder import ElementMaker

from .. import TEI_NS, edition
from ..authority import Authority, same_provisional_persons
from ..cache import file_stamp
from .documents import XML_ID, DocumentCache, T, TeiDocument, without_default_namespace
from ..xmltext import text_of

TEI = ElementMaker(namespace=TEI_NS, nsmap={None: TEI_NS})
LIST_OF = {"person": "listPerson", "org": "listOrg", "place": "listPlace"}


class CorpusError(Exception):
    pass


def build_corpus(docs: list[TeiDocument], authority: Authority) -> etree._ElementTree:
    """The teiCorpus of the documents, as a tree (write_corpus streams it to a file)."""
    out = io.BytesIO()
    write_corpus(docs, authority, out)
    return etree.ElementTree(etree.fromstring(out.getvalue(), etree.XMLParser(huge_tree=True)))


class _Member(NamedTuple):
    """What the corpus needs to know of one document made a member of it.  Small, so that the
    kept members of a large corpus do not fill memory: the member itself is found again in the
    last corpus file (length bytes, where the places noted with that file say: kept apart, so
    that an edit, which moves every member after it, does not make each one's facts be put again)."""

    id: str  # the document's id
    entries: tuple  # (list name, xml:id, the entry serialised if the authority file lacks it, its xml:ids)
    ids: str  # "xml:id line" of each of the member's elements, one a line
    pointers: str  # its local pointers (#...), one a line
    siblings: frozenset  # the sibling file names ("tg-....") its pointers name
    linked: frozenset  # ... of which those that were in the corpus (made pointers to the member)
    length: int = 0


def _make_member(doc: TeiDocument, doc_ids: set[str], known: set[str]) -> tuple[_Member, bytes]:
    """The member element of a document (serialised as the corpus has it) and its facts;
    known: the authority file's ids (its entries are in the corpus header already)."""
    member = doc.full_root()
    if doc.whole:
        member = copy.deepcopy(member)
    entries = []
    for entry in _drop_standoff(member):
        list_name = LIST_OF.get(etree.QName(entry).localname)
        if list_name:
            entry.tail = None
            entry_id = entry.get(XML_ID)
            entries.append((list_name, entry_id, None if entry_id in known else etree.tostring(entry, encoding="UTF-8"),
                            tuple(el.get(XML_ID) for el in entry.iter(etree.Element) if el.get(XML_ID))))
    siblings = frozenset(m.group(1) for _, _, v in _pointer_attributes(member) for t in v.split()
                         if (m := _SIBLING.fullmatch(t)))
    _prefix_ids_and_link_siblings(member, doc.id, doc_ids)
    ids = "".join(f"{el.get(XML_ID)} {el.sourceline or 0}\n" for el in member.iter(etree.Element) if el.get(XML_ID))
    pointers = "".join(f"{t}\n" for t in sorted({t for _, _, v in _pointer_attributes(member) for t in v.split()
                                                 if t.startswith("#")}))
    etree.indent(member, space="  ", level=1)
    member.tail = None
    xml = b"  " + without_default_namespace(etree.tostring(member, encoding="UTF-8", xml_declaration=False)) + b"\n"
    return _Member(doc.id, tuple(entries), ids, pointers, siblings, frozenset(s for s in siblings if s in doc_ids)), xml


class _LastCorpus:
    """The corpus file of the last deposit, where kept members are read from: only while it
    is the very file the cache describes (its path and stamp)."""

    def __init__(self, cache: DocumentCache | None):
        self.file = None
        record = cache.recall("corpus") if cache else None
        if record:
            path, stamp, self.start = record
            if file_stamp(path) == stamp:
                try:
                    self.file = open(path, "rb")
                except OSError:
                    self.file = None

    def read_at(self, offset: int, length: int) -> bytes | None:
        """A kept member's bytes (offset into the last corpus's members), or None when they
        are not what a member looks like."""
        if self.file is None or not length:
            return None
        data = _read_at(self.file, self.start + offset, length)
        return data if data.startswith(b"  <") else None

    def close(self) -> None:
        if self.file is not None:
            self.file.close()


def _read_at(file, offset: int, length: int) -> bytes:
    file.seek(offset)
    data = file.read(length)
    return data if len(data) == length else b""


def write_corpus(docs: list[TeiDocument], authority: Authority, target, cache: DocumentCache | None = None,
                 title: str = "", publisher: str = "") -> list[str]:
    """Write the teiCorpus of the documents to target (a path or a binary file), one document
    at a time, so memory does not grow with the corpus: each document is made a member (its
    XML put in a scratch file), then the header (which names the provisional entries found on
    the way) is written, then the members.  Returns the dangling local pointers (should be
    none).  Raises CorpusError when an xml:id would occur twice.  With a cache, the members of
    unchanged files are not made again but copied from the last corpus file (see
    remember_corpus), and the new ones' facts are put in the cache."""
    doc_ids = {d.id for d in docs}
    sources = _sources(docs, cache)
    lists = _authority_lists(authority)
    authority_ids = {e.id for e in authority.entities.values()}
    known = set(authority_ids)
    provisional: dict[str, list[etree._Element]] = {name: [] for name in LIST_OF.values()}
    ids = {el.get(XML_ID) for lst in lists for el in lst.iter(etree.Element) if el.get(XML_ID)}
    pointers: set[str] = set()
    last = _LastCorpus(cache)
    places = (cache.recall("places") or {}) if cache and last.file is not None else {}  # file name -> offset
    new_places: dict[str, int] = {}
    # First the members' facts (kept ones from the cache, new ones made and their XML put in a
    # scratch file), then the header they call for, then the members' bytes copied in order
    # from the last corpus or the scratch file: a kept member is not read before it is copied.
    where: list[tuple[bool, int, int]] = []  # (in the last corpus?, offset, length) per member
    offset = 0
    trusted = True  # the members' places the cache now holds are those of this corpus
    try:
        with tempfile.TemporaryFile() as fresh:
            for doc in docs:
                member = cache.get(doc.path, "member") if cache else None
                at = places.get(doc.path.name)
                # a link to a sibling file becomes a pointer only while the sibling is in the corpus
                fits = member is not None and at is not None and member.id == doc.id and member.length > 0 and \
                    {s for s in member.siblings if s in doc_ids} == member.linked
                if fits:
                    where.append((True, at, member.length))
                else:
                    member, xml = _make_member(doc, doc_ids, authority_ids)
                    member = member._replace(length=len(xml))
                    where.append((False, fresh.tell(), len(xml)))
                    fresh.write(xml)
                    if cache:
                        cache.put(doc.path, "member", member)
                new_places[doc.path.name] = offset
                offset += where[-1][2]
                for list_name, entry_id, entry, entry_ids in member.entries:
                    if entry_id not in known:  # not in the authority file: a provisional entry, kept once
                        known.add(entry_id)
                        provisional[list_name].append(etree.fromstring(entry))
                        ids.update(entry_ids)
                for line in member.ids.splitlines():
                    value, number = line.rsplit(" ", 1)
                    if value in ids:
                        raise CorpusError(f"xml:id '{value}' would occur twice in the corpus (in {doc.path.name}, "
                                          f"line {number}): rename one of them")
                    ids.add(value)
                pointers.update(member.pointers.splitlines())
            header = _header(sources, lists, provisional, title or edition.current().name,
                             publisher or edition.current().publisher)
            pointers.update(t for _, _, v in _pointer_attributes(header) for t in v.split() if t.startswith("#"))
            etree.indent(header, space="  ", level=1)
            header.tail = "\n"
            head = (b'<?xml version="1.0" encoding="UTF-8"?>\n<teiCorpus xmlns="http://www.tei-c.org/ns/1.0" '
                    b'xml:lang="en">\n  ' + without_default_namespace(etree.tostring(header, encoding="UTF-8",
                                                                                    xml_declaration=False)))
            out = open(target, "wb") if isinstance(target, (str, os.PathLike)) else target
            try:
                out.write(head)
                for doc, (kept, at, length) in zip(docs, where):
                    data = last.read_at(at, length) if kept else _read_at(fresh, at, length)
                    if not data:  # the last corpus is not what the cache said: made again
                        data = _make_member(doc, doc_ids, authority_ids)[1]
                        trusted = trusted and len(data) == length
                    out.write(data)
                out.write(b"</teiCorpus>\n")
            finally:
                if out is not target:
                    out.close()
    finally:
        last.close()
    if cache:
        cache.note("places", new_places)
        cache.note("members-start", len(head) if trusted else None)
    return sorted(p for p in pointers if p[1:] not in ids)


def remember_corpus(cache: DocumentCache, path: Path) -> None:
    """Tell the cache where the corpus just written now is (after the bag is updated), so
    that the next deposit can read its members from it."""
    start = cache.recall("members-start")
    stamp = file_stamp(path)
    if start is not None and stamp is not None:
        cache.note("corpus", (str(path), stamp, start))


def _authority_lists(authority: Authority) -> list[etree._Element]:
    """The authority file's lists, whole and in its order (nested lists stay inside their parent)."""
    entities = list(authority.entities.values())
    if not entities:
        return []
    tree = entities[0].element.getroottree()
    names = [T + name for name in LIST_OF.values()]
    lists = []
    for lst in tree.iter(*names):
        if not any(a.tag in names for a in lst.iterancestors()):
            copied = copy.deepcopy(lst)
            copied.tail = None
            lists.append(copied)
    return lists


def _drop_standoff(member: etree._Element) -> list[etree._Element]:
    entries = []
    for standoff in member.findall(T + "standOff"):
        for lst in standoff:
            entries.extend(child for child in lst if isinstance(child.tag, str) and child.get(XML_ID))
        member.remove(standoff)
    return entries


def _prefix_ids_and_link_siblings(member: etree._Element, doc_id: str, doc_ids: set[str]) -> None:
    """Its ids get the document's id as a prefix (pointers to them follow), and links to
    sibling files ("tg-....xml") become pointers to the included documents ("#tg-...")."""
    renamed = {}
    for el in member.iter(etree.Element):
        old = el.get(XML_ID)
        if old and el is not member:
            new = old if old.startswith(doc_id + "-") else f"{doc_id}-{old}"
            el.set(XML_ID, new)
            renamed[old] = new

    def rewrite(token: str) -> str:
        if token.startswith("#"):
            return "#" + renamed[token[1:]] if token[1:] in renamed else token
        m = _SIBLING.fullmatch(token)
        return "#" + m.group(1) if m and m.group(1) in doc_ids else token

    _rewrite_pointers(member, rewrite)


_SIBLING = re.compile(r"(?:\./)?([^/#]+)\.xml")


POINTER_ATTRS = ("ref", "target", "corresp", "who", "resp", "source", "sameAs", "prev", "next", "hand",
                 "facs", "scribeRef", "scriptRef", "select", "synch", "ana")


_POINTERS = frozenset(POINTER_ATTRS)


def _pointer_attributes(root: etree._Element):
    """(element, attribute, value) of every pointer attribute under root (the attributes an
    element has, not every name asked of every element: this runs over whole corpora)."""
    for el in root.iter(etree.Element):
        for attr, value in el.items():
            if attr in _POINTERS and value:
                yield el, attr, value


def _rewrite_pointers(member: etree._Element, rewrite) -> None:
    for el, attr, value in list(_pointer_attributes(member)):
        new = " ".join(rewrite(t) for t in value.split())
        if new != value:
            el.set(attr, new)


def dangling_pointers(corpus: etree._ElementTree) -> list[str]:
    """Local pointers (#id) in the corpus that name no element: should be none."""
    root = corpus.getroot() if isinstance(corpus, etree._ElementTree) else corpus
    ids = {el.get(XML_ID) for el in root.iter(etree.Element) if el.get(XML_ID)}
    missing = set()
    for _, _, value in _pointer_attributes(root):
        for token in value.split():
            if token.startswith("#") and token[1:] not in ids:
                missing.add(token)
    return sorted(missing)


def _merge_provisional_persons(entries: list[etree._Element]) -> None:
    """same_provisional_persons made known in the corpus header: the full name's entry given the
    surname as a short form, the surname's entry (the documents' pointers go on naming it) the same
    person (@sameAs) with a note saying so."""
    by_id = {e.get(XML_ID): e for e in entries}
    for surname_id, full_id in same_provisional_persons(entries).items():
        alone, full = by_id[surname_id], by_id[full_id]
        surname = alone.findtext(f"{T}persName[@type='main']").strip()
        if surname not in [" ".join("".join(n.itertext()).split()) for n in full.iterfind(f"{T}persName")]:
            main = full.find(f"{T}persName[@type='main']")
            main.addnext(TEI.persName(surname, type="short"))
        alone.set("sameAs", "#" + full_id)
        named = " ".join(full.findtext(f"{T}persName[@type='main']").split())
        alone.append(TEI.note(f"The same person as {full_id} (\"{named}\"), named in full in another document of the "
                              "corpus: the only provisional person of this surname named in full.", type="identification"))


def _header(sources: etree._Element, lists, provisional, title: str, publisher: str) -> etree._Element:
    _merge_provisional_persons(provisional.get("listPerson", []))
    by_name = {etree.QName(l).localname: [] for l in lists}
    for lst in lists:
        by_name.setdefault(etree.QName(lst).localname, []).append(lst)
    for name, entries in provisional.items():
        if entries:
            by_name.setdefault(name, []).append(TEI(name, *entries, type="provisional"))
    particip = [l for name in ("listPerson", "listOrg") for l in by_name.get(name, [])]
    places = by_name.get("listPlace", [])
    profile = []
    if particip:
        profile.append(TEI.particDesc(*particip))
    if places:
        profile.append(TEI.settingDesc(*places))
    return TEI.teiHeader(
        TEI.fileDesc(
            TEI.titleStmt(
                TEI.title(title, type="main"),
                TEI.title("All telegram documents of the edition in one corpus file", type="sub"),
                TEI.respStmt(TEI.resp("TEI encoding and assembly of the corpus"),
                             TEI.name(f"{edition.ENCODER}, the edition's converter")),
            ),
            TEI.publicationStmt(
                TEI.publisher(publisher),
                TEI.idno("corpus", type="corpus"),
                TEI.availability(TEI.licence(edition.LICENCE_TEXT, target=edition.LICENCE_URL), status="restricted"),
                TEI.date(when=edition.build_date()),
            ),
            TEI.sourceDesc(sources),
        ),
        TEI.encodingDesc(
            TEI.projectDesc(TEI.p(
                "A TEI edition of the telegrams between Stalin (\"Filippov\"), Mao Zedong, Mikoyan and their "
                "intermediaries, January-February 1949, converted from archive web pages, collected works "
                "and printed compilations; one TEI document per telegram and witness.")),
            TEI.editorialDecl(TEI.p(
                "Each telegram document is included whole as a TEI element, with its own header. Its standOff "
                "(copies of the authority entries it uses) is left out: its @ref pointers (e.g. #stalin) point "
                "to the complete lists of persons, organisations and places of the authority file in this "
                "header (provisional entries, for names the authority file lacks, in lists of type "
                "\"provisional\"). Its other xml:ids are prefixed with the document's own id, and its links to "
                "sibling files (witnesses, previous and next telegram) point to the included documents.")),
        ),
        TEI.profileDesc(*profile),
    )


def _sources(docs, cache: DocumentCache | None = None) -> etree._Element:
    """One bibl per publication the telegrams were taken from, pointing to its documents
    (what each document cites kept in the cache: an unchanged header is not parsed for it)."""
    order: list[str] = []
    found: dict[str, tuple[etree._Element, list[str]]] = {}
    for doc in docs:
        cited = cache.get(doc.path, "sources") if cache else None
        if cited is None:
            cited = _cited(doc.root)
            if cache:
                cache.put(doc.path, "sources", cited)
        for key, bibl in cited:
            if key not in found:
                found[key] = (etree.fromstring(bibl), [])
                order.append(key)
            found[key][1].append("#" + doc.id)
    bibls = []
    for key in order:
        bibl, targets = found[key]
        bibl.append(TEI.note(TEI.ptr(target=" ".join(sorted(set(targets)))), type="witnesses"))
        bibls.append(bibl)
    if not bibls:
        return TEI.p("The sources are described in the header of each telegram document.")
    return TEI.listBibl(TEI.head("The sources of the edition"), *bibls)


def _cited(root: etree._Element) -> list[tuple[str, bytes]]:
    """(key, the bibl the corpus header gives it, serialised) of each publication a document
    was taken from, each once."""
    cited: dict[str, bytes] = {}
    for bibl in root.iterfind(f"{T}teiHeader/{T}fileDesc/{T}sourceDesc/{T}bibl"):
        title = bibl.find(f"{T}title[@level='m']")
        title = title if title is not None else bibl.find(f"{T}title[@level='j']")  # (a journal's issue)
        key = text_of(title)
        if not key:
            continue
        # (each issue of a journal a publication of its own)
        key += "".join(f" {s.get('unit')} {s.text}" for s in bibl.iterfind(f"{T}biblScope[@unit='issue']"))
        if key not in cited:
            kept = [copy.deepcopy(c) for c in bibl
                    if isinstance(c.tag, str) and (c.tag in (T + "author", T + "editor", T + "edition", T + "publisher",
                                                             T + "pubPlace", T + "series")
                                                   or (c.tag == T + "title" and c.get("level") in ("m", "j"))
                                                   or (c.tag == T + "biblScope" and c.get("unit") in ("volume", "issue"))
                                                   or (c.tag == T + "date" and (re.fullmatch(r"\d{4}", c.get("when", ""))
                                                                                or c.get("notBefore"))))]  # ("Winter 1995/1996")
            for c in kept:
                c.tail = None
            cited[key] = etree.tostring(TEI.bibl(*kept))
    return list(cited.items())
