"""TEI documents -> Typst source (XSLT) -> PDF (Typst).  The PDF is written to a temporary file
and renamed over the old one only when it is complete, so a failed run leaves the last good PDF."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from lxml import etree

from ..messages import Report
from ..xslt import XsltError, stylesheet
from .volume import PF, Document, doc_elements, latest_date, load, volume_xml

from ..paths import PRINT_STYLESHEET, PRINT_TEMPLATE
from ..writer import write_atomic
STYLESHEET = PRINT_STYLESHEET
TEMPLATE = PRINT_TEMPLATE
PAPERS = ("a5", "a4", "letter")
PDF_STANDARD = "a-2b"
# The date a PDF carries when neither SOURCE_DATE_EPOCH nor the TEI gives one.
FALLBACK_EPOCH = 0


class TypesetError(Exception):
    """Typst could not typeset a volume; str() is Typst's message without a traceback."""


def typst_source(docs: list[Document], paper: str, alone: bool, volume: str = "", kept: Path | None = None,
                 salt: str = "", names: dict[str, str] | None = None) -> str:
    """The volume as one self-contained Typst file: the template, then the generated text.
    volume: "Volume 2 of 34" for one of several.  kept: a file of each telegram's Typst text
    from the volume's last printing (read, then written again): a telegram whose document,
    witness notes and numbers are unchanged, with the same stylesheets and code (salt, their
    digest), is not made again; the stylesheet then reads only its header and standOff, for the
    front and back matter (after a one-file edit at 10,000 telegrams its 0.7 s became 0.2 s).
    names: {a source's authority entry: the name the whole edition gives it} (edition.source_names)."""
    wrappers = doc_elements(docs, names)
    keys = {}
    for doc, wrapper in zip(docs, wrappers):  # all a telegram's text is made from, but its numbers
        keys[doc.key] = hashlib.sha256(f"{salt}\0{doc.digest}\0".encode() + etree.tostring(wrapper)).hexdigest()
    known = _read_kept(kept) if kept else {}
    xml = volume_xml(docs, paper, alone, volume=volume, wrappers=wrappers,
                     kept=frozenset(k for k, key in keys.items() if key in known))
    parts = stylesheet(STYLESHEET).transform(xml_text=xml.decode("utf-8"), template=f"{{{PF}}}parts", strings=True)
    head, tail, rows = parts[0], parts[-1], parts[1:-1]
    order = [(rows[i], rows[i + 1], rows[i + 2]) for i in range(0, len(rows), 3)]  # (file, its no, text)
    number = {file: n for n, (file, _, _) in enumerate(order, 1)}
    others = {w.get("file"): [x.get("other") for x in w.iterchildren(f"{{{PF}}}witness")] for w in wrappers}
    texts, made, redo = {}, {}, []
    for file, no, text in order:
        # what the telegram's text has of the volume: its number and its other translations'
        numbers = f"{no} " + " ".join(str(number.get(other, "")) for other in others[file])
        entry = known.get(keys[file])
        if entry is None:
            texts[file] = text
        elif entry[0] == numbers:
            texts[file] = entry[1]
        else:
            redo.append(file)
        made[keys[file]] = [numbers, texts.get(file)]
    if redo:  # kept, but numbered otherwise now (a telegram before it came or went)
        again = _telegrams([d for d in docs if d.key in redo], [w for w in wrappers if w.get("file") in redo],
                           {file: no for file, no, _ in order}, number)
        for file in redo:
            texts[file] = made[keys[file]][1] = again[file]
    if kept:
        write_atomic(kept, json.dumps(made, ensure_ascii=False, sort_keys=True).encode("utf-8"), compare=False)
    body = head + "".join(texts[file] for file, _, _ in order) + tail
    return TEMPLATE.read_text(encoding="utf-8") + "\n// ---- generated from TEI by xslt/tei-to-print.xsl ----\n" + body


def _telegrams(docs: list[Document], wrappers: list, nos: dict[str, str], number: dict[str, int]) -> dict[str, str]:
    """The Typst text of these telegrams of a volume, numbered as the volume numbers them."""
    for wrapper in wrappers:
        wrapper.set("no", nos[wrapper.get("file")])
        wrapper.set("number", str(number[wrapper.get("file")]))
        for w in wrapper.iterchildren(f"{{{PF}}}witness"):
            if w.get("other") in number:
                w.set("other-no", str(number[w.get("other")]))
    xml = volume_xml(docs, wrappers=wrappers)
    parts = stylesheet(STYLESHEET).transform(xml_text=xml.decode("utf-8"), template=f"{{{PF}}}telegrams", strings=True)
    return dict(zip(parts[0::2], parts[1::2]))


def _read_kept(path: Path) -> dict[str, list]:
    """{telegram's key: [its numbers, its text]} kept by typst_source; {} when there is none."""
    try:
        kept = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return kept if isinstance(kept, dict) else {}


def timestamp(docs: list[Document]) -> int:
    """The PDF's date: SOURCE_DATE_EPOCH when set, else the newest TEI publication date, so the
    same input gives the same bytes."""
    env = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if env.isdigit():
        return int(env)
    date = latest_date(docs)
    if date:
        return int(datetime.fromisoformat(date).replace(tzinfo=timezone.utc).timestamp())
    return FALLBACK_EPOCH


def compile_pdf(source: str, epoch: int, pdf_a: bool = True) -> bytes:
    """Typst source -> PDF bytes, with the compiler's own fonts only (embedded, reproducible)."""
    import typst

    with tempfile.TemporaryDirectory(prefix="tei-print-") as tmp:
        typ = Path(tmp) / "edition.typ"
        typ.write_text(source, encoding="utf-8")
        kwargs = {"format": "pdf", "timestamp": epoch}
        if pdf_a:
            kwargs["pdf_standards"] = [PDF_STANDARD]
        try:
            pdf = typst.compile(str(typ), root=tmp, font_paths=[], ignore_system_fonts=True, **kwargs)
        except Exception as exc:  # typst.TypstError and its kin: report, never a traceback
            raise TypesetError(_typst_message(exc, typ)) from None
    if not isinstance(pdf, (bytes, bytearray)):
        raise TypesetError("Typst returned no PDF")
    return bytes(pdf)


def _typst_message(exc: BaseException, typ: Path) -> str:
    """Typst's error and where it is, in one line: 'unexpected argument (edition.typ:204:17)'."""
    message = str(getattr(exc, "message", "") or exc).strip() or exc.__class__.__name__
    diagnostic = str(getattr(exc, "diagnostic", "") or "")
    where = ""
    lines = diagnostic.splitlines()
    for i, line in enumerate(lines):
        if line.startswith("error"):
            for follow in lines[i + 1:i + 3]:
                if "┌─" in follow:
                    where = follow.split("┌─", 1)[1].strip().rsplit("/", 1)[-1]
            break
    hints = "; ".join(str(h) for h in (getattr(exc, "hints", None) or []))
    return message + (f" ({where})" if where else "") + (f"; hint: {hints}" if hints else "")


@dataclass
class PrintResult:
    pdf: Path | None
    printed: int
    failed: int


def print_volume(paths: list[Path], out_pdf: Path, report: Report, paper: str = "a5",
                 alone: bool | None = None, pdf_a: bool = True, progress=None, volume: str = "",
                 kept: Path | None = None, salt: str = "", names: dict[str, str] | None = None) -> bool:
    """Print TEI files as one PDF: a volume (title page, contents, introduction, telegrams,
    indexes, sources), or one telegram by itself when given one file (``alone``).  A document
    that cannot be typeset is reported with the reason and left out; the PDF is replaced only
    by a complete one.  The Typst source is kept next to the PDF (same name, .typ).
    Returns True when every document was printed.  progress (see tei.progress, started by the
    caller for len(paths) + 1): advanced for each document read, then for the typesetting.
    kept, salt: the telegrams' Typst texts kept from the last printing; names: the sources'
    names over the whole edition (see typst_source)."""
    if paper not in PAPERS:
        report.error(out_pdf, 0, f"unknown paper size '{paper}': use one of {', '.join(PAPERS)}", "print-paper")
        return False
    paths = [Path(p) for p in paths]
    docs = load(paths, report, progress)
    ok = len(docs) == len(paths)
    if not docs:
        report.error(out_pdf, 0, "nothing to print: no TEI document could be read", "print-empty")
        return False
    if alone is None:
        alone = len(paths) == 1
    epoch = timestamp(docs)
    try:
        source = typst_source(docs, paper, alone, volume, kept=kept, salt=salt, names=names)
        pdf = compile_pdf(source, epoch, pdf_a)
    except (XsltError, TypesetError) as exc:
        # find the documents that break the volume, report them, print the rest
        bad = _culprits(docs, paper, epoch, pdf_a, report)
        good = [d for d in docs if d not in bad]
        if not bad or not good:
            if not bad:
                report.error(out_pdf, 0, f"the volume cannot be typeset: {exc}", "print-typeset")
            return False
        ok = False
        try:
            source = typst_source(good, paper, alone, volume, kept=kept, salt=salt, names=names)
            pdf = compile_pdf(source, epoch, pdf_a)
        except (XsltError, TypesetError) as exc2:
            report.error(out_pdf, 0, f"the volume cannot be typeset: {exc2}", "print-typeset")
            return False
    write_atomic(out_pdf.with_suffix(".typ"), source.encode("utf-8"), compare=False)
    write_atomic(out_pdf, pdf, compare=False)
    if progress:
        progress.advance()
    return ok


def _culprits(docs: list[Document], paper: str, epoch: int, pdf_a: bool, report: Report) -> list[Document]:
    bad = []
    for doc in docs:
        try:
            compile_pdf(typst_source([doc], paper, True), epoch, pdf_a)
        except (XsltError, TypesetError) as exc:
            report.error(doc.path, 0, f"cannot be typeset, left out of the PDF: {exc}", "print-typeset")
            bad.append(doc)
    return bad
