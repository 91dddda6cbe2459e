"""The worker side of the HTML edition: pages rendered in batches, in a pool of processes.

A job is (source, target, catalogue): a TEI file (its page), "compare:<left>:<right>:<tei
dir>" (a side-by-side page) or "site:<pages>|<list max>|<refs max>:<tei dir>:<facts or nothing>" (site-wide pages), the output
file, and the catalogue the page is made with (XML text: only the entries it links to; or
the path of what a site-wide page is given, tei.html.sitepages).  Each worker compiles the
stylesheet once.
"""

from __future__ import annotations

import os
from collections import OrderedDict
from pathlib import Path
from typing import Iterable, Iterator

from lxml import etree

from ..cache import stamp
from ..parallel import batched, pooled, process_pool
from ..paths import HTML_STYLESHEET
from ..xslt import XsltError, parse, stylesheet

STYLESHEET = HTML_STYLESHEET


def _catalogue_param(catalogue: str | bytes):
    """The catalogue a page is rendered with: a page's own small catalogue (XML text), or the
    path of what a site-wide page is given (each its own: nothing is kept between runs)."""
    if isinstance(catalogue, bytes) or catalogue.lstrip().startswith("<"):
        return parse(xml_text=catalogue.decode("utf-8") if isinstance(catalogue, bytes) else catalogue)
    return parse(path=catalogue)


def _page(args: tuple[str, str, str | bytes]) -> tuple[str | None, list[str]]:
    """Render one page (in a worker: the stylesheet is compiled once per process): a
    document's page when the first item is a TEI file, a side-by-side page when it is
    "compare:<left id>:<right id>", site-wide pages when it is "site:<pages>|<list max>|<refs max>:<tei dir>:<facts>"
    (pages: a comma-separated list of template "site"'s site-pages; facts: a file, or nothing
    for pages that do not use them).
    The third item is the catalogue: XML text (the page's own entries) or a file.
    Returns the error (or None) and the xsl:message lines."""
    source, target, catalogue = args
    xsl = stylesheet(STYLESHEET)
    try:
        cat = _catalogue_param(catalogue)
        if source.startswith("compare:"):
            _, left, right, tei_dir = source.split(":", 3)
            xsl.transform(template="compare-page", output=target,
                          params={"catalogue": cat, "tei-dir": tei_dir, "left": left, "right": right,
                                  "left-doc": _document(f"{tei_dir}/{left}.xml"),
                                  "right-doc": _document(f"{tei_dir}/{right}.xml")})
        elif source.startswith("site:"):
            _, pages, tei_dir, facts = source.split(":", 3)
            pages, _, limits = pages.partition("|")  # "home,chronology|1000|100": list-max, refs-max
            # target: a scratch file for the principal output (the pages are result documents
            # beside it), so that two site jobs never write the same file
            params = {"catalogue": cat, "tei-dir": tei_dir, "compare-pages": False, "site-pages": pages.split(",")}
            if limits:
                params["list-max"], params["refs-max"] = map(int, limits.split("|"))
            if facts:  # only the indexes need them
                params["facts"] = parse(path=facts)
            xsl.transform(template="site", output=target, params=params)
            Path(target).unlink(missing_ok=True)
        else:
            xsl.transform(source, node=_document(source), output=target,
                          params={"catalogue": cat, "file": Path(source).name})
    except XsltError as exc:
        return str(exc), exc.messages
    return None, xsl.messages


_DOCUMENTS: "OrderedDict[tuple, object]" = OrderedDict()


def _document(path: str):
    """A TEI document parsed once for its page and the side-by-side pages it is in (the jobs
    come in that order): the last few are kept, each under its file's stamp as well as its
    path (a process that builds again, tei serve, renders the file's next version, which
    replaces it: by its path alone it was given the version it parsed first)."""
    try:
        found = (path, *stamp(os.stat(path)))
    except OSError:
        found = (path,)  # (the parse says why it cannot be read)
    node = _DOCUMENTS.pop(found, None)
    if node is None:
        node = parse(path=path)
    _DOCUMENTS[found] = node
    if len(_DOCUMENTS) > 64:
        _DOCUMENTS.popitem(last=False)
    return node


def render_batch(jobs: list[tuple[str, str, str | bytes]]) -> list[tuple[str | None, list[str]]]:
    """Render a batch of pages: the documents' and side-by-side pages in one run of template
    "pages" (each run has a cost of its own); page by page when the batch fails, so that an
    error is reported with its page."""
    simple = [j for j in jobs if not j[0].startswith("site:") and isinstance(j[2], bytes)]
    results: dict[int, tuple[str | None, list[str]]] = {}
    if len(simple) > 1:
        parser = etree.XMLParser(collect_ids=False)
        entries: dict[str, bytes] = {}
        months = b""
        opening = b""
        batch = [b"<batch>"]
        for source, target, catalogue in simple:
            root = etree.fromstring(catalogue, parser)
            opening = opening or catalogue[:catalogue.index(b">") + 1]  # <catalogue base-url="...">
            for el in root:
                if el.tag == "months":
                    months = months or etree.tostring(el)
                elif el.get("id") not in entries:
                    entries[el.get("id")] = etree.tostring(el)
            href = _file_uri(target)
            if source.startswith("compare:"):
                _, left, right, _ = source.split(":", 3)
                batch.append(etree.tostring(etree.Element("compare", left=left, right=right, href=href)))
            else:
                batch.append(etree.tostring(etree.Element("page", src=source, file=Path(source).name, href=href)))
        batch.append(b"</batch>")
        tei_dir = next((j[0].split(":", 3)[3] for j in simple if j[0].startswith("compare:")),
                       str(Path(simple[0][0]).parent) if not simple[0][0].startswith("compare:") else "")
        xsl = stylesheet(STYLESHEET)
        try:
            xsl.transform(template="pages", params={
                "catalogue": parse(xml_text=(opening + months + b"".join(entries.values())
                                             + b"</catalogue>").decode("utf-8")),
                "batch": parse(xml_text=b"".join(batch).decode("utf-8")), "tei-dir": tei_dir})
        except XsltError:
            pass  # page by page below
        else:
            for i, job in enumerate(jobs):
                if job in simple:
                    results[i] = (None, xsl.messages if not results else [])
    return [results[i] if i in results else _page(job) for i, job in enumerate(jobs)]


def _file_uri(path: str) -> str:
    return Path(path).resolve().as_uri()


def render_pages(jobs: Iterable[tuple[str, str, str | bytes]], workers: int = 1, pool=None,
                 batch: int = 32) -> Iterator[tuple[str | None, list[str]]]:
    """Render pages (error or None, messages for each job, in order), in a pool of processes
    when workers > 1."""
    if pool is None and workers > 1:
        with process_pool(workers) as own:
            yield from render_pages(jobs, workers, own, batch)
        return
    for results in pooled(render_batch, batched(jobs, batch), workers, pool):
        yield from results
