"""TEI documents -> Typst source (XSLT) -> PDF (Typst).  The PDF is written to a temporary file
and renamed over the old one only when it is complete, so a failed run leaves the last good PDF."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from ..messages import Report
from ..xslt import XsltError, stylesheet
from .volume import Document, latest_date, load, volume_xml

from ..paths import XSLT_DIR
from ..writer import write_atomic
STYLESHEET = XSLT_DIR / "tei-to-print.xsl"
TEMPLATE = Path(__file__).with_name("edition.typ")
PAPERS = ("a5", "a4", "letter")
PDF_STANDARD = "a-2b"
# The date a PDF carries when neither SOURCE_DATE_EPOCH nor the TEI gives one.
FALLBACK_EPOCH = 0


class TypesetError(Exception):
    """Typst could not typeset a volume; str() is Typst's message without a traceback."""


def typst_source(docs: list[Document], paper: str, alone: bool, volume: str = "") -> str:
    """The volume as one self-contained Typst file: the template, then the generated text.
    volume: "Volume 2 of 34" for one of several."""
    xml = volume_xml(docs, paper, alone, volume=volume)
    body = stylesheet(STYLESHEET).transform(xml_text=xml.decode("utf-8"))
    return TEMPLATE.read_text(encoding="utf-8") + "\n// ---- generated from TEI by xslt/tei-to-print.xsl ----\n" + body


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
                 alone: bool | None = None, pdf_a: bool = True, progress=None, volume: str = "") -> bool:
    """Print TEI files as one PDF: a volume (title page, contents, introduction, telegrams,
    indexes, sources), or one telegram by itself when given one file (``alone``).  A document
    that cannot be typeset is reported with the reason and left out; the PDF is replaced only
    by a complete one.  The Typst source is kept next to the PDF (same name, .typ).
    Returns True when every document was printed.  progress (see tei.progress, started by the
    caller for len(paths) + 1): advanced for each document read, then for the typesetting."""
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
        source = typst_source(docs, paper, alone, volume)
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
            source = typst_source(good, paper, alone, volume)
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
