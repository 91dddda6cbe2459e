"""The volume the print stylesheet reads: the TEI documents, each with the differences
from its other translations (witnesses), wrapped in one <pf:volume> element.

    <pf:volume title="…" paper="a5" alone="false">
      <pf:doc file="tg-….xml">
        <TEI>…</TEI>
        <pf:witness other="tg-….xml" source="Works, vol. 18" title="Works">
          <pf:diff kind="numbers" here="12|13" there="14"/>
        </pf:witness>
        <pf:joined surname="unresolved-eisenhower"><person xml:id="unresolved-dwight-eisenhower">…</person></pf:joined>
      </pf:doc>
    </pf:volume>
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from .. import edition
from ..messages import Report
from ..readings import declares_dtd, issue_scope, series
from ..xmltext import text_of

TEI = "http://www.tei-c.org/ns/1.0"
PF = "urn:tei-telegrams:print"
NS = {"t": TEI}
XINCLUDE = "http://www.w3.org/2001/XInclude"
XML = "http://www.w3.org/XML/1998/namespace"

NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass
class Document:
    path: Path
    key: str  # unique in the volume: the file name (witness targets name files)
    tree: etree._ElementTree
    digest: str = ""  # of the document as parsed: its file's bytes (with what it includes, if anything)

    @property
    def root(self) -> etree._Element:
        return self.tree.getroot()


def load(paths: list[Path], report: Report, progress=None) -> list[Document]:
    """Parse each file; a file that is not a TEI document is reported and left out."""
    docs: list[Document] = []
    seen: set[str] = set()
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    for path in paths:
        if progress:
            progress.advance()
        try:
            data = path.read_bytes()
            tree = etree.ElementTree(etree.fromstring(data, parser, base_url=str(path)))
        except (etree.XMLSyntaxError, OSError) as exc:
            line = getattr(exc, "lineno", 0) or 0
            report.error(path, line, f"cannot be printed: not well-formed XML ({exc}); fix the file and print again",
                         "print-xml")
            continue
        if tree.getroot().tag != f"{{{TEI}}}TEI":
            report.error(path, 0, f"cannot be printed: the root element is {tree.getroot().tag}, not a TEI document",
                         "print-not-tei")
            continue
        if declares_dtd(tree):  # (before its includes are read; the stylesheet only said an entity was undeclared)
            report.error(path, 0, "cannot be printed: has a DOCTYPE declaring a DTD file or entities: remove it "
                         "(TEI needs neither)", "print-dtd")
            continue
        includes = XINCLUDE.encode() in data
        if includes:
            try:
                tree.xinclude()
            except etree.XIncludeError:
                pass  # an include that does not resolve leaves its element, which prints nothing
            data = etree.tostring(tree)  # what it includes is part of what prints
        key = path.name
        n = 2
        while key in seen:
            key, n = f"{path.stem}-{n}{path.suffix}", n + 1
        seen.add(key)
        docs.append(Document(path, key, tree, hashlib.sha256(data).hexdigest()))
    return docs




# Heading, address, salutation, dateline, signature and notes frame the text: a witness that
# prints no signature does not "differ" from one that does.  Only the text proper is compared.
APPARATUS = ("ancestor::t:head or ancestor::t:opener or ancestor::t:closer or ancestor::t:note "
             "or ancestor::t:gloss")


def _body_text(doc: Document) -> str:
    """The telegram's text without the parts the print does not show as text."""
    parts = []
    for text in doc.root.xpath(f"t:text//text()[not(ancestor::t:certainty or ancestor::t:date or {APPARATUS})]",
                               namespaces=NS):
        parts.append(str(text))
    return " ".join(parts)


def features(doc: Document) -> dict[str, list[str]]:
    """What two translations of one telegram are compared on: the numbers in the text, the dates
    (ISO), the persons, places and organisations named (main names).  A source's own heading is
    apparatus, not text, and is left out."""
    text = doc.root.find(f"{{{TEI}}}text")
    if text is None:
        return {"numbers": [], "dates": [], "names": []}
    numbers = NUMBER.findall(_body_text(doc))
    dates = [d.get("when") for d in text.xpath(f".//t:date[@when][not({APPARATUS})]", namespaces=NS)]
    main = _main_names(doc)
    names = []
    for n in text.xpath(f".//*[self::t:persName or self::t:placeName or self::t:orgName][@ref][not({APPARATUS})]",
                        namespaces=NS):
        names.append(main.get(n.get("ref").split("#", 1)[-1]) or text_of(n))
    return {"numbers": numbers, "dates": dates, "names": names}


def _main_names(doc: Document) -> dict[str, str]:
    """xml:id -> main name of the document's standOff entries."""
    out = {}
    for entry in doc.root.xpath("t:standOff//*[@xml:id][*[@type='main']]", namespaces=NS):
        out[entry.get("{http://www.w3.org/XML/1998/namespace}id")] = text_of(entry.xpath("*[@type='main'][1]",
                                                                                         namespaces=NS)[0])
    return out


def _only(a: list[str], b: list[str], fold=lambda s: s) -> list[str]:
    """Values of a that b lacks (compared after fold), each once, in the order of a."""
    others = {fold(x) for x in b}
    out: list[str] = []
    for x in a:
        if fold(x) not in others and x not in out:
            out.append(x)
    return out


def differences(here: Document, there: Document) -> list[tuple[str, list[str], list[str]]]:
    """(kind, only here, only there) for numbers, dates and names; kinds that agree are left out."""
    fa, fb = features(here), features(there)
    out = []
    for kind in ("numbers", "dates", "names"):
        fold = str.casefold if kind == "names" else (lambda s: s)
        a, b = _only(fa[kind], fb[kind], fold), _only(fb[kind], fa[kind], fold)
        if a or b:
            out.append((kind, a, b))
    return out


def source_title(doc: Document) -> str:
    bibl = _source_bibl(doc)
    if bibl is None:
        return doc.key
    title = _book_title(bibl)
    volume = bibl.xpath("t:biblScope[@unit='volume']", namespaces=NS)
    parts = [text_of(title)] if title is not None else [text_of(bibl)[:80]]
    if volume:
        parts.append("vol. " + text_of(volume[0]))
    issue = bibl.xpath("t:biblScope[@unit='issue']", namespaces=NS)  # a journal's: "issues 6-7"
    if issue:
        parts.append(issue_scope(text_of(issue[0])))
    return ", ".join(parts)


def _source_bibl(doc: Document) -> etree._Element | None:
    """The bibl the document's sourceDesc cites its source with (its first), or None."""
    return doc.root.find(f"{{{TEI}}}teiHeader/{{{TEI}}}fileDesc/{{{TEI}}}sourceDesc/{{{TEI}}}bibl")


def _book_title(bibl: etree._Element) -> etree._Element | None:
    """The title of the book, journal or series a witness's bibl names (its first), or None."""
    return next(iter(bibl.xpath("t:title[@level='m' or @level='j' or @level='s'][1]", namespaces=NS)), None)


def italic_title(doc: Document) -> str:
    """The title source_title begins with, set in italics (a title the source gives; not the
    label the edition supplies for a book it leaves untitled, type="supplied"), or ''."""
    bibl = _source_bibl(doc)
    title = _book_title(bibl) if bibl is not None else None
    return text_of(title) if title is not None and title.get("type") != "supplied" else ""


def witnesses(doc: Document, by_key: dict[str, Document]) -> list[Document]:
    """The other translations of this telegram that are in the volume."""
    out = []
    for item in doc.root.xpath("t:teiHeader//t:notesStmt/t:relatedItem[@type='witness'][@target]", namespaces=NS):
        target = Path(item.get("target").split("#")[0]).name
        other = by_key.get(target)
        if other is not None and other is not doc and other not in out:
            out.append(other)
    return out


def volume_xml(docs: list[Document], paper: str = "a5", alone: bool = False,
               title: str = "", volume: str = "", kept: frozenset[str] = frozenset(),
               wrappers: list[etree._Element] | None = None) -> bytes:
    """The stylesheet's input: one element holding every document and its witness differences.
    title: the edition's name when not given (the one configured, else the documents' own,
    see edition.name_of); volume: "Volume 2 of 34" when the edition is printed in several;
    kept: the keys of documents whose telegram's text the caller has (render.py): they are
    given without their tei:text, marked kept="true", for the front and back matter alone;
    wrappers: the documents' doc_elements when the caller has made them (copied, not changed)."""
    root = volume_element(docs, paper, alone, title, volume)
    for wrapper, doc in zip(doc_elements(docs) if wrappers is None else wrappers, docs):
        wrapper = _copy(wrapper)
        if doc.key in kept:
            wrapper.set("kept", "true")
            wrapper.insert(0, _copy(doc.root, without=f"{{{TEI}}}text"))
        else:
            wrapper.insert(0, _copy(doc.root))
        for joined in wrapper.findall(f"{{{PF}}}joined"):
            _file_under(wrapper[0], joined.get("surname"), joined[0])
            wrapper.remove(joined)
        root.append(wrapper)
    return etree.tostring(root, encoding="UTF-8", xml_declaration=True)


def volume_element(docs: list[Document], paper: str, alone: bool, title: str = "", volume: str = "") -> etree._Element:
    """The empty <pf:volume> element of volume_xml."""
    name = title or edition.name_of(series(d.root) for d in docs)
    return etree.Element(f"{{{PF}}}volume", nsmap={"pf": PF}, title=name, paper=paper,
                         alone="true" if alone else "false", volume=volume)


def doc_elements(docs: list[Document], names: dict[str, str] | None = None) -> list[etree._Element]:
    """Each document's <pf:doc> without the document: its file, its source's name, the other
    translations in the volume and where they differ (all a telegram prints besides its own
    document and the numbers).  names: {a source's key: name} for a source known under several
    names, the one the whole edition gives it (edition_source_names; else the volume's)."""
    by_key = {d.key: d for d in docs}
    joined = _joined_persons(docs)
    from ..html.entry import UNCITED, edition_source_names, source_and_book_of, source_is_label, source_key, witness_of

    sources = [source_and_book_of(doc.root) for doc in docs]
    if names is None:  # (a volume printed alone: its sources' names decided by its documents)
        names = edition_source_names((ref, name, book, 1) for name, ref, book in sources)
    out = []
    for doc, (name, ref, book) in zip(docs, sources):
        # the source named as the HTML edition names it: one name per source, with its author and
        # year where they tell editions apart ("Joseph Stalin, Works, vol. 16 (1956)"); a book cited
        # under a short title and a fuller one by the fuller
        key = source_key(ref, name, book)
        if name.strip() and key in names:
            name = names[key]
        wrapper = etree.Element(f"{{{PF}}}doc", {"file": doc.key, "source-title": name, "source-ref": ref or ""},
                                nsmap={"pf": PF})
        if name == UNCITED:  # (a group of its own, no book: the list of sources says so once)
            wrapper.set("uncited", "true")
        if source_is_label(witness_of(doc.root)):  # (its name the edition's label, not a title: not in italics)
            wrapper.set("label", "true")
        for other in witnesses(doc, by_key):
            w = etree.SubElement(wrapper, f"{{{PF}}}witness", other=other.key, source=source_title(other),
                                 title=italic_title(other))
            for kind, here, there in differences(doc, other):
                etree.SubElement(w, f"{{{PF}}}diff", kind=kind, here="|".join(here), there="|".join(there))
        for surname in sorted(set(doc.root.xpath("t:standOff//t:person/@xml:id", namespaces=NS)) & set(joined)):
            etree.SubElement(wrapper, f"{{{PF}}}joined", surname=surname).append(_copy(joined[surname]))
        out.append(wrapper)
    return out


def _joined_persons(docs: list[Document]) -> dict[str, etree._Element]:
    """{a provisional surname's id: the entry of the one provisional full name of that surname
    in another document of the volume} ("Eisenhower", "Dwight Eisenhower"): the rule the
    deposit's corpus header joins them by (tei.authority.same_provisional_persons), so that the
    index files them as one."""
    from ..authority import same_provisional_persons

    entries = {}
    for doc in docs:
        for person in doc.root.xpath("t:standOff//t:person[starts-with(@xml:id, 'unresolved-')]", namespaces=NS):
            entries.setdefault(person.get(f"{{{XML}}}id"), person)
    return {surname: entries[full] for surname, full in same_provisional_persons(list(entries.values())).items()}


def _file_under(document: etree._Element, surname: str, full: etree._Element) -> None:
    """A document's copy with its provisional surname's entry (_joined_persons) replaced by the
    full name's, and its pointers to it pointing there."""
    old, new = "#" + surname, "#" + full.get(f"{{{XML}}}id")
    for entry in document.xpath("t:standOff//t:person[@xml:id = $id]", namespaces=NS, id=surname):
        entry.getparent().replace(entry, _copy(full))
    for el in document.iter(etree.Element):
        for name, value in el.attrib.items():
            if old in value.split():
                el.set(name, " ".join(new if token == old else token for token in value.split()))


def _copy(el: etree._Element, without: str = "") -> etree._Element:
    """A copy of the element, without its children of the tag `without`."""
    from copy import deepcopy

    if not without:
        return deepcopy(el)
    copy = etree.Element(el.tag, el.attrib, nsmap=el.nsmap)
    copy.text = el.text
    copy.extend(deepcopy(child) for child in el if child.tag != without)
    return copy


def latest_date(docs: list[Document]) -> str | None:
    """The newest publication date of the documents (ISO), the PDF's date when none is given."""
    dates = [d for doc in docs for d in doc.root.xpath(
        "t:teiHeader/t:fileDesc/t:publicationStmt/t:date/@when", namespaces=NS)]
    dates = [str(d) for d in dates if re.match(r"^\d{4}-\d\d-\d\d$", str(d))]
    return max(dates) if dates else None
