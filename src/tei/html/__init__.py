"""The HTML edition: a static site made from a folder of TEI files by XSLT 3.0.

    render_site(tei_dir, out_dir, report) -> SiteResult

The pipeline in four steps: check the inputs (a file that is not well-formed TEI is reported
and skipped), gather the catalogue (template "catalogue"), render one page per document
(the stylesheet applied to it) and the site-wide pages (template "site"), then index the
site for search (pagefind).  Everything is built in a temporary folder next to out_dir and
swapped in only when complete, so a failed build leaves the last good site in place.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..messages import Report
from ..xslt import XsltError, parse, stylesheet

from ..paths import XSLT_DIR
STYLESHEET = XSLT_DIR / "tei-to-html.xsl"
STATIC = Path(__file__).resolve().parent / "static"
TEI_NS = "http://www.tei-c.org/ns/1.0"

__all__ = ["render_site", "SiteResult", "check_tei", "STYLESHEET"]


@dataclass
class SiteResult:
    out_dir: Path
    pages: int = 0
    documents: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    search: bool = False

    @property
    def ok(self) -> bool:
        return self.pages > 0


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


def _page(args: tuple[str, str, str]) -> tuple[str | None, list[str]]:
    """Render one page (in a worker: the stylesheet is compiled once per process): a
    document's page when the first item is a TEI file, a side-by-side page when it is
    "compare:<left id>:<right id>".  Returns the error (or None) and the xsl:message lines."""
    source, target, catalogue_path = args
    global _WORKER_CATALOGUE
    cached = _WORKER_CATALOGUE
    if cached is None or cached[0] != catalogue_path:
        cached = _WORKER_CATALOGUE = (catalogue_path, parse(path=catalogue_path))
    xsl = stylesheet(STYLESHEET)
    try:
        if source.startswith("compare:"):
            _, left, right = source.split(":")
            tei_dir = str((Path(catalogue_path).parent / "tei").resolve())
            xsl.transform(template="compare-page", output=target,
                          params={"catalogue": cached[1], "tei-dir": tei_dir, "left": left, "right": right})
        else:
            xsl.transform(source, output=target, params={"catalogue": cached[1], "file": Path(source).name})
    except XsltError as exc:
        return str(exc), exc.messages
    return None, xsl.messages


def compare_pairs(catalogue_xml: str) -> list[tuple[str, str]]:
    """The (left, right) ids of the side-by-side pages: every witness pair, both ways."""
    root = etree.fromstring(catalogue_xml.encode("utf-8"))
    ids = {e.get("id") for e in root.iter("entry")}
    return [(e.get("id"), w.get("id")) for e in root.iter("entry") for w in e.iter("witness")
            if w.get("id") in ids and w.get("id") != e.get("id")]


_WORKER_CATALOGUE: tuple[str, object] | None = None


def render_pages(jobs: list[tuple[str, str, str]], workers: int = 1) -> list[tuple[str | None, list[str]]]:
    """Render pages, in a pool of processes when workers > 1."""
    if workers > 1 and len(jobs) > 20:
        # spawn, not fork: a forked copy of an initialised Saxon (GraalVM) runtime is not safe
        with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
            return list(pool.map(_page, jobs, chunksize=max(1, len(jobs) // (workers * 8))))
    return [_page(job) for job in jobs]


def render_site(tei_dir: Path, out_dir: Path, report: Report, *, search: bool = True,
                workers: int | None = None) -> SiteResult:
    """Build the HTML edition of the TEI files in tei_dir (or of the given TEI file) into out_dir."""
    tei_dir, out_dir = Path(tei_dir), Path(out_dir)
    sources = sorted(tei_dir.glob("*.xml")) if tei_dir.is_dir() else [tei_dir]
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", dir=out_dir.parent))
    result = SiteResult(out_dir)
    try:
        (staging / "tei").mkdir()
        seen: set[str] = set()
        for src in sources:
            why = check_tei(src)
            if why is None and src.name in seen:
                why = "a second file of the same name"
            if why:
                report.error(str(src), 0, f"skipped in the HTML edition: {why}", "html-input")
                result.skipped.append((str(src), why))
                continue
            seen.add(src.name)
            shutil.copyfile(src, staging / "tei" / src.name)
            result.documents.append(src.stem)
        if not result.documents:
            report.error(str(tei_dir), 0, "no TEI document to render: give a folder of TEI files (tei build writes out/tei)",
                         "html-input")
            return result
        files = sorted(str((staging / "tei" / f"{d}.xml").resolve()) for d in result.documents)
        xsl = stylesheet(STYLESHEET)
        catalogue = xsl.transform(template="catalogue", params={"files": files})
        _log_messages(xsl.messages, report)
        catalogue_path = (staging / ".catalogue.xml").resolve()
        catalogue_path.write_text(catalogue, encoding="utf-8")
        jobs = [(f, str(staging / (Path(f).stem + ".html")), str(catalogue_path)) for f in files]
        jobs += [(f"compare:{a}:{b}", str(staging / f"compare-{a}--{b}.html"), str(catalogue_path))
                 for a, b in compare_pairs(catalogue)]
        workers = workers if workers is not None else (1 if len(jobs) < 200 else min(4, os.cpu_count() or 1))
        for (source, _, _), (error, messages) in zip(jobs, render_pages(jobs, workers)):
            for text in messages:
                report.warn(source, 0, text, "xsl-message")
            if error:
                report.error(source, 0, f"page not rendered: {error}", "html-xslt")
        xsl.transform(template="site", output=staging / "index.html",
                      params={"catalogue": parse(path=catalogue_path), "tei-dir": str((staging / "tei").resolve()),
                              "compare-pages": False})
        _log_messages(xsl.messages, report)
        result.pages = sum(1 for _ in staging.glob("*.html"))
        catalogue_path.unlink()
        shutil.copytree(STATIC, staging / "assets")
        if search:
            result.search = _pagefind(staging, report)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(staging, 0o777 & ~umask)  # mkdtemp makes it 0700; the site is for everyone to read
        _swap(staging, out_dir)
        staging = None
        return result
    except XsltError as exc:
        report.error(str(STYLESHEET), 0, f"the HTML edition was not built: {exc}", "html-xslt")
        result.pages = 0
        return result
    finally:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)


def _log_messages(messages: list[str], report: Report) -> None:
    for text in messages:
        report.warn(str(STYLESHEET), 0, text, "xsl-message")


def _pagefind(site: Path, report: Report) -> bool:
    """Index the site for search with pagefind; a missing pagefind only costs the search."""
    try:
        run = subprocess.run([sys.executable, "-m", "pagefind", "--site", str(site), "--silent"],
                             capture_output=True, text=True, timeout=300)
    except (OSError, subprocess.TimeoutExpired) as exc:
        report.warn(str(site), 0, f"search index not built: {exc}", "html-search")
        return False
    if run.returncode != 0:
        report.warn(str(site), 0, f"search index not built: {(run.stderr or run.stdout).strip()[-500:]}", "html-search")
        return False
    return True


def _swap(staging: Path, out_dir: Path) -> None:
    """Replace out_dir by the finished staging folder (the old one is removed after)."""
    old = None
    if out_dir.exists():
        old = out_dir.with_name(f".{out_dir.name}.old.{os.getpid()}")
        os.replace(out_dir, old)
    os.replace(staging, out_dir)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
