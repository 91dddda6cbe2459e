"""The facade: read, transform, link, write.  Its body is the pipeline.

    records   = reader.read(text)                 # sources/
    documents = [transform(record) ...]           # transforms/, in order
    links     = link(signatures of all documents) # links.py: witnesses, exchanges
    write(document + its links)                   # writer.py, atomically

Documents are written to a staging folder as soon as they are made, with a small signature
kept for linking; the links are added in a second, streaming pass.  The whole corpus is
never in memory at once.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from . import TEI_NS, XML_NS
from .authority import Authority
from .links import Signature, add_links, compute_links, signature
from .messages import Report, SourceError
from .sources import READERS, sniff
from .textio import read_source
from .transforms import E, Document, default_transforms
from .transforms.names import slug
from .writer import serialize, write_atomic

SOURCE_SUFFIXES = {".txt", ".md", ".markdown", ".text"}


@dataclass
class SourceResult:
    source: str
    format: str = ""
    telegrams: int = 0
    names: int = 0
    warnings: int = 0
    errors: int = 0
    ids: list[str] = field(default_factory=list)


def expand_sources(paths: list[Path], report: Report) -> list[Path]:
    """Files as given, folders as their source files in name order."""
    files = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SOURCE_SUFFIXES
                           and not p.name.startswith("."))
            if not found:
                report.error(path, 0, "the folder holds no source files (.txt or .md)", "empty-folder")
            files.extend(found)
        else:
            files.append(path)
    return files


def read_telegrams(path: Path, fmt: str | None = None):
    """The records of one source file, with the name of the reader that read them."""
    text, _encoding = read_source(path)
    name = fmt or sniff(text)
    if name is None:
        raise SourceError(path, "no telegram found: the text matches none of the known layouts "
                          f"({', '.join(READERS)}); check the file, or name its layout with --format",
                          code="unknown-format")
    records = READERS[name]().read(text, path.name)
    return name, records


def make_document(record, authority: Authority, report: Report, transforms=None) -> Document:
    doc = Document(raw=record, authority=authority, report=report)
    doc.root = E("TEI")
    doc.root.set(f"{{{XML_NS}}}lang", "en")
    for transform in transforms or default_transforms():
        if transform.__class__.__name__ == "HeaderBuilder":
            doc.id = document_id(doc)
            doc.root.set(f"{{{XML_NS}}}id", doc.id)
        transform.apply(doc)
    return doc


def source_key(doc: Document) -> str:
    """A short, stable name for the witness: the archive record, the book and volume."""
    pub = doc.raw.publication
    if pub.kind == "archive-record":
        number = re.search(r"/(?:document|documents?)/(\d+)", pub.url or "")
        key = "wilson-center" if re.search(r"wilson", pub.publisher + pub.title, re.I) else slug(pub.title)[:30]
        return f"{key}-{number.group(1)}" if number else key
    if pub.kind == "collected-works":
        author = doc.corresp.sender.id if doc.corresp.sender else "author"
        return f"{author}-{slug(pub.title or 'works')}-{pub.volume}".rstrip("-")
    words = slug(re.sub(r",?\s*\d{4}(?:[-–]\d{2,4})?$", "", pub.title)).split("-")[:4]
    return "-".join(words + ([pub.date] if pub.date else []))


def document_id(doc: Document) -> str:
    c = doc.corresp
    date = c.sent.start if c.sent else "undated"
    party = lambda e: (e.id.replace("unresolved-", "") if e else "unknown")
    # xml:id must begin with a letter (an NCName), hence the "tg-" before the date.
    key = f"tg-{date}-{party(c.sender)}-{party(c.recipient)}-{source_key(doc)}"
    return re.sub(r"-+", "-", key).strip("-")


def convert_sources(paths: list[Path], out_dir: Path, authority_path: Path | None = None,
                    fmt: str | None = None, report: Report | None = None,
                    progress=None) -> list[SourceResult]:
    """Convert every source; write DIR/<id>.xml per telegram.  Errors are reported per file."""
    report = report or Report()
    authority = Authority.load(authority_path)
    transforms = default_transforms()
    files = expand_sources(paths, report)
    results: list[SourceResult] = []
    signatures: list[Signature] = []
    out_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=out_dir))
    try:
        for path in files:
            result = SourceResult(str(path))
            results.append(result)
            before_w, before_e = report.count("warning"), report.count("error")
            try:
                result.format, records = read_telegrams(path, fmt)
                used: set[str] = set()
                for record in records:
                    record.source = str(path)  # messages name the file as the user gave it
                    doc = make_document(record, authority, report, transforms)
                    doc_id = _unique(doc, used, {s.id for s in signatures})
                    used.add(doc_id)
                    signatures.append(signature(doc))
                    (staging / f"{doc_id}.xml").write_bytes(etree.tostring(doc.root))
                    result.telegrams += 1
                    result.names += doc.names_tagged
                    result.ids.append(doc_id)
            except SourceError as exc:
                report.messages.append(exc.message)
            except Exception as exc:  # a bug must not stop the other sources, nor print a traceback
                report.error(path, 0, f"internal error while converting ({type(exc).__name__}: {exc}); the other "
                             "sources were still converted: please report this with the source file", "internal")
            result.warnings = report.count("warning") - before_w
            result.errors = report.count("error") - before_e
            if progress:
                progress(path)
        links = compute_links(signatures)
        for sig in signatures:
            root = etree.parse(str(staging / f"{sig.id}.xml")).getroot()
            add_links(root, links.get(sig.id, {}))
            write_atomic(out_dir / f"{sig.id}.xml", serialize(root))
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return results


def _unique(doc: Document, used: set[str], existing: set[str]) -> str:
    """Two telegrams with the same key in one corpus: add the telegram number or position."""
    doc_id = doc.id
    if doc_id in used or doc_id in existing:
        extra = doc.corresp.numbers[0] if doc.corresp.numbers else str(doc.raw.position)
        doc_id = f"{doc.id}-{slug(extra)}"
        doc.root.set(f"{{{XML_NS}}}id", doc_id)
        for idno in doc.root.iter(f"{{{TEI_NS}}}idno"):
            if idno.get("type") == "edition":
                idno.text = doc_id
        doc.id = doc_id
    return doc_id
