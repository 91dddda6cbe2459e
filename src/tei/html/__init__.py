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
import tempfile
import time
from collections import OrderedDict, deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, NamedTuple
from xml.sax.saxutils import quoteattr

from lxml import etree

from ..messages import Report
from ..xslt import XsltError, parse, stylesheet
from .search import SHARD_SIZE, build_search, shards
from .state import SiteState, _link_or_copy, key

from ..paths import XSLT_DIR
STYLESHEET = XSLT_DIR / "tei-to-html.xsl"
STATIC = Path(__file__).resolve().parent / "static"
TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"

__all__ = ["render_site", "SiteResult", "check_tei", "STYLESHEET"]


@dataclass
class SiteResult:
    out_dir: Path
    pages: int = 0
    documents: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    search: bool = False
    rendered: int = 0  # documents' and side-by-side pages made by this build
    reused: int = 0  # ... and those taken over unchanged from the last build
    timings: dict[str, float] = field(default_factory=dict)  # seconds per step

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


_WORKER_CATALOGUE: tuple[str, object] | None = None


def _catalogue_param(catalogue: str | bytes):
    """The catalogue a page is rendered with: a page's own small catalogue (XML text, parsed
    each time: a key over the whole catalogue would be built again for every page), or the
    path of a whole catalogue (parsed once per process)."""
    global _WORKER_CATALOGUE
    if isinstance(catalogue, bytes) or catalogue.lstrip().startswith("<"):
        return parse(xml_text=catalogue.decode("utf-8") if isinstance(catalogue, bytes) else catalogue)
    cached = _WORKER_CATALOGUE
    if cached is None or cached[0] != catalogue:
        cached = _WORKER_CATALOGUE = (catalogue, parse(path=catalogue))
    return cached[1]


def _page(args: tuple[str, str, str | bytes]) -> tuple[str | None, list[str]]:
    """Render one page (in a worker: the stylesheet is compiled once per process): a
    document's page when the first item is a TEI file, a side-by-side page when it is
    "compare:<left id>:<right id>", the site-wide pages when it is "site:<tei dir>:<facts>".
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
            _, tei_dir, facts = source.split(":", 2)
            xsl.transform(template="site", output=target,
                          params={"catalogue": cat, "tei-dir": tei_dir, "compare-pages": False,
                                  "facts": parse(path=facts)})
        else:
            xsl.transform(source, node=_document(source), output=target,
                          params={"catalogue": cat, "file": Path(source).name})
    except XsltError as exc:
        return str(exc), exc.messages
    return None, xsl.messages


_DOCUMENTS: "OrderedDict[str, object]" = OrderedDict()


def _document(path: str):
    """A TEI document parsed once for its page and the side-by-side pages it is in (the jobs
    come in that order): the last few are kept."""
    node = _DOCUMENTS.pop(path, None)
    if node is None:
        node = parse(path=path)
    _DOCUMENTS[path] = node
    if len(_DOCUMENTS) > 64:
        _DOCUMENTS.popitem(last=False)
    return node


def _pages(jobs: list[tuple[str, str, str | bytes]]) -> list[tuple[str | None, list[str]]]:
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


def _catalogue_chunk(files: list[str]) -> tuple[list[tuple[str, "CatalogueEntry"]], list[tuple[str, str]], list[str]]:
    """The catalogue entries (with their facts) of some files (in a worker): (file name, entry)
    for each, (file name, why) for each that is not TEI, and the xsl:message lines."""
    bad, good = [], []
    for f in files:
        why = check_tei(Path(f))
        if why:
            bad.append((Path(f).name, why))
        else:
            good.append(f)
    if not good:
        return [], bad, []
    xsl = stylesheet(STYLESHEET)
    text = xsl.transform(template="catalogue", params={"files": good, "catalogue-facts": True})
    return list(catalogue_entries(text)), bad, xsl.messages


def _pooled(fn, batches: Iterable[Any], workers: int, pool=None) -> Iterator[Any]:
    """fn over the batches, in order: in the pool with at most a few batches in flight (the
    jobs are made as they are needed, not all held at once), or here without a pool."""
    if pool is None:
        for batch in batches:
            yield fn(batch)
        return
    pending: deque = deque()
    for batch in batches:
        pending.append(pool.submit(fn, batch))
        if len(pending) >= workers * 4:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def render_pages(jobs: Iterable[tuple[str, str, str | bytes]], workers: int = 1, pool=None,
                 batch: int = 32) -> Iterator[tuple[str | None, list[str]]]:
    """Render pages (error or None, messages for each job, in order), in a pool of processes
    when workers > 1."""
    if pool is None and workers > 1:
        with _pool(workers) as own:
            yield from render_pages(jobs, workers, own, batch)
        return
    for results in _pooled(_pages, _batched(jobs, batch), workers, pool):
        yield from results


def _pool(workers: int) -> ProcessPoolExecutor:
    # spawn, not fork: a forked copy of an initialised Saxon (GraalVM) runtime is not safe
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))


class CatalogueEntry(NamedTuple):
    """One document's catalogue entry, split as the merged catalogue needs it (and as the
    build state keeps it, so that an unchanged document is not read again)."""

    id: str
    date: str
    month: str
    xml: bytes  # <entry> without its facts and without prev/next
    facts: bytes  # its <m> (mentions) and <c> (roles)
    entities: tuple  # (element name, xml:id, position, copy) of its standOff entities
    witnesses: tuple
    exchanges: tuple


def catalogue_entries(chunk: str | bytes) -> Iterator[tuple[str, CatalogueEntry]]:
    """(file name, entry) for each entry of a chunk of the catalogue template's output."""
    data = chunk if isinstance(chunk, bytes) else chunk.encode("utf-8")
    for entry in etree.fromstring(data, _ENTRY_PARSER).iter("entry"):
        own, entities = [], []
        for f in entry.findall("facts"):
            for pos, el in enumerate(f):
                copy = etree.tostring(el, encoding="utf-8", with_tail=False)
                if el.tag in ("m", "c"):
                    own.append(copy)
                else:
                    entities.append((etree.QName(el).localname, el.get(XML_ID), pos, copy))
            entry.remove(f)
        for attr in ("prev", "next"):  # the chunk's own neighbours: the merged catalogue sets them
            entry.attrib.pop(attr, None)
        yield entry.get("file"), CatalogueEntry(
            entry.get("id"), entry.get("date") or "", entry.get("month") or "",
            etree.tostring(entry, encoding="utf-8", with_tail=False), b"".join(own), tuple(entities),
            tuple(w.get("id") for w in entry.iter("witness")), tuple(x.get("id") for x in entry.iter("exchange")))


class _Catalogue:
    """The merged catalogue: entries in chronological order with their neighbours, each
    entry's XML, the months, and the facts for the site-wide pages."""

    def __init__(self, chunks: Iterable[str | bytes] = (), entries: Iterable[CatalogueEntry] = (),
                 base_url: str = ""):
        records = list(entries) + [e for chunk in chunks for _, e in catalogue_entries(chunk)]
        records.sort(key=lambda e: (e.date or "9999", e.id))
        first: dict[tuple[str, str], tuple[tuple, bytes]] = {}  # entity -> (entry's place, the copy)
        for e in records:  # a standOff entity: the copy of the first document in chronological order
            place = (e.date or "9999", e.id)
            for name, ident, pos, copy in e.entities:
                if (name, ident) not in first or (place, pos) < first[(name, ident)][0]:
                    first[(name, ident)] = ((place, pos), copy)
        self.order = [e.id for e in records]
        self._facts = {e.id: e.facts for e in records}
        self._entities = [copy for _, copy in sorted(first.values(), key=lambda x: x[0])]
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

    def write_facts(self, path: Path) -> None:
        """The facts for the site-wide pages: <m> and <c> of every entry in chronological order,
        then the entities (each once, in the order of the documents that first have them)."""
        with open(path, "wb") as out:
            out.write(b"<facts>")
            for i in self.order:
                out.write(self._facts[i])
            out.write(b"<entities>")
            out.writelines(self._entities)
            out.write(b"</entities></facts>")
        self._facts, self._entities = {}, []

    def xml(self) -> bytes:
        return self._open + b"".join(self.entries[i] for i in self.order) + b"</catalogue>"

    def for_page(self, *ids: str) -> bytes:
        """A small catalogue with the entries a page links to (and the months)."""
        wanted = dict.fromkeys(i for i in ids if i)
        return self._open + self._months_xml + b"".join(self.entries[i] for i in wanted if i in self.entries) \
            + b"</catalogue>"

    def for_document(self, doc_id: str) -> bytes:
        return self.for_page(doc_id, *self.related.get(doc_id, ()))


def render_site(tei_dir: Path, out_dir: Path, report: Report, *, search: bool = True,
                workers: int | None = None, state_dir: Path | None = None,
                shard_size: int = SHARD_SIZE, link_inputs: bool = False, progress=None,
                base_url: str = "") -> SiteResult:
    """Build the HTML edition of the TEI files in tei_dir (or of the given TEI file) into out_dir.

    With a state_dir, what the last build there made from the same inputs is taken over from
    the old site instead of being made again (see state.py): after a one-file edit only the
    pages that show it or link to it, the site-wide pages and the search shard it is in.
    link_inputs: the site's copies of the TEI files may be hard links to them (for a folder
    that is only ever replaced file by file, never edited in place, like tei build's out/tei).
    progress (see tei.progress): told the number of pages to make, then each page made.
    base_url: where the site will be published (the pages' "Cite this" gives their address)."""
    tei_dir, out_dir = Path(tei_dir), Path(out_dir)
    sources = sorted(tei_dir.glob("*.xml")) if tei_dir.is_dir() else [tei_dir]
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    state = SiteState.load(state_dir)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", dir=out_dir.parent))
    result = SiteResult(out_dir)
    digests: dict[str, str] = {}  # input file name -> digest
    keys: dict[str, str] = {}  # page (relative path) -> key of its inputs
    try:
        (staging / "tei").mkdir()
        for src in sources:
            try:
                digest = state.digest(src)
            except OSError as exc:
                why = f"cannot be read: {exc.strerror or exc}"
            else:  # whether it is TEI at all is checked with its catalogue entry (in the workers)
                why = "a second file of the same name" if f"{src.stem}.xml" in digests else None
            if why:
                report.error(str(src), 0, f"skipped in the HTML edition: {why}", "html-input")
                result.skipped.append((str(src), why))
                continue
            digests[f"{src.stem}.xml"] = digest  # the site's copy is <id>.xml
            name = f"tei/{src.stem}.xml"
            keys[name] = digest
            if not state.reuse(name, digest, out_dir, staging):
                if link_inputs:
                    _link_or_copy(src, staging / name)
                else:
                    shutil.copyfile(src, staging / name)
        if not digests:
            report.error(str(tei_dir), 0, "no TEI document to render: give a folder of TEI files (tei build writes out/tei)",
                         "html-input")
            return result
        tei_abs = str((staging / "tei").resolve())
        fresh = [f"{tei_abs}/{name}" for name, digest in digests.items() if digest not in state.entries]
        entries = {d: state.entries[d] for d in digests.values() if d in state.entries}  # digest -> entry
        pool = None

        def pool_for(count: int):
            """Workers and pool for count jobs: none below a hundred (starting workers costs
            more than they save), unless workers were asked for."""
            nonlocal pool
            n = workers if workers is not None else (1 if count < 100 else min(4, os.cpu_count() or 1))
            if n > 1 and pool is None:
                pool = _pool(n)
            return n, (pool if n > 1 else None)

        try:
            # the catalogue: entries of new or changed files gathered in chunks (in the pool when
            # there are many), merged with the known ones and sorted here
            result.timings["inputs"] = time.perf_counter() - started
            n, chunk_pool = pool_for(len(fresh))
            chunk = max(20, min(500, len(fresh) // (n * 4) or 1))
            for records, bad, messages in _pooled(_catalogue_chunk, _batched(fresh, chunk), n, chunk_pool):
                _log_messages(messages, report)
                for name, entry in records:
                    entries[digests[name]] = entry
                for name, why in bad:  # not TEI: reported, left out of the site
                    src = next(p for p in sources if f"{p.stem}.xml" == name)
                    report.error(str(src), 0, f"skipped in the HTML edition: {why}", "html-input")
                    result.skipped.append((str(src), why))
                    del digests[name], keys[f"tei/{name}"]
                    (staging / "tei" / name).unlink()
            result.documents = [Path(name).stem for name in digests]
            if not result.documents:
                report.error(str(tei_dir), 0, "no TEI document to render: give a folder of TEI files (tei build "
                             "writes out/tei)", "html-input")
                return result

            catalogue = _Catalogue(entries=entries.values(), base_url=base_url)
            result.timings["catalogue"] = time.perf_counter() - started - sum(result.timings.values())
            catalogue_path = (staging / ".catalogue.xml").resolve()
            catalogue_path.write_bytes(catalogue.xml())
            facts_path = (staging / ".facts.xml").resolve()
            catalogue.write_facts(facts_path)
            # the site-wide pages show the whole catalogue and its facts: made again when they change
            site_key = key("site", catalogue_path.read_bytes(), facts_path.read_bytes())
            site_pages = state.site_pages(site_key)
            site_reused = bool(site_pages) and all(state.reuse(p, site_key, out_dir, staging) for p in site_pages)

            def page_jobs():
                # a document's page, then its side-by-side pages: a worker parses it once
                for a in sorted(result.documents):
                    f = f"{tei_abs}/{a}.xml"
                    own = catalogue.for_document(a)
                    keys[f"{a}.html"] = key("page", digests[f"{a}.xml"], own)
                    yield (f, f"{a}.html", own)
                    for b in catalogue.pairs.get(a, ()):
                        # one page per pair, named in order (the swapped view is a fragment of it)
                        left, right = sorted((a, b))
                        page = f"compare-{left}--{right}.html"
                        if page in keys:
                            continue
                        pair = catalogue.for_page(left, right)
                        keys[page] = key("compare", digests[f"{left}.xml"], digests[f"{right}.xml"], pair)
                        yield (f"compare:{left}:{right}:{tei_abs}", page, pair)

            def jobs():
                # the site-wide pages first: in a pool they are made while the pages are
                if not site_reused:
                    yield (f"site:{tei_abs}:{facts_path}", str(staging / "index.html"), str(catalogue_path))
                for source, page, cat in page_jobs():
                    if state.reuse(page, keys[page], out_dir, staging):
                        result.reused += 1
                    else:
                        yield (source, str(staging / page), cat)

            todo = list(jobs())
            result.rendered = len(todo) - (0 if site_reused else 1)
            n, page_pool = pool_for(len(todo))
            if progress:
                progress.start(len(todo))
            for (source, _, _), (error, messages) in zip(todo, render_pages(todo, n, page_pool)):
                if progress:
                    progress.advance()
                if source.startswith("site:"):
                    _log_messages(messages, report)
                    if error:
                        raise XsltError(error, str(STYLESHEET), messages=messages)
                    continue
                for text in messages:
                    report.warn(source, 0, text, "xsl-message")
                if error:
                    report.error(source, 0, f"page not rendered: {error}", "html-xslt")
        finally:
            if pool is not None:
                pool.shutdown(cancel_futures=True)
        facts_path.unlink()
        made = [p.name for p in staging.iterdir() if p.is_file() and not p.name.startswith(".")]
        keys.update((name, site_key) for name in made if name not in keys)  # the site template's pages
        result.pages = sum(1 for name in made if name.endswith(".html"))
        catalogue_path.unlink()
        result.timings["pages"] = time.perf_counter() - started - sum(result.timings.values())
        shutil.copytree(STATIC, staging / "assets")
        shard_keys: dict[str, str] = {}
        if search:
            groups = shards(result.documents, shard_size)
            for folder, docs in groups.items():
                shard_keys[folder] = key("search", *(keys[f"{d}.html"] for d in docs))
            result.search = build_search(
                staging, report, groups, workers=min(2, os.cpu_count() or 1),
                reuse=lambda folder: state.reuse_tree(folder, shard_keys[folder], out_dir, staging))
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(staging, 0o777 & ~umask)  # mkdtemp makes it 0700; the site is for everyone to read
        result.timings["search"] = time.perf_counter() - started - sum(result.timings.values())
        _swap(staging, out_dir)
        staging = None
        state.save(out_dir, digests, entries, keys, shard_keys if result.search else {})
        result.timings["save"] = time.perf_counter() - started - sum(result.timings.values())
        return result
    except XsltError as exc:
        report.error(str(STYLESHEET), 0, f"the HTML edition was not built: {exc}", "html-xslt")
        result.pages = 0
        return result
    finally:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)


_ENTRY_PARSER = etree.XMLParser(collect_ids=False, huge_tree=True)


def _log_messages(messages: list[str], report: Report) -> None:
    for text in messages:
        report.warn(str(STYLESHEET), 0, text, "xsl-message")


def _swap(staging: Path, out_dir: Path) -> None:
    """Replace out_dir by the finished staging folder (the old one is removed after)."""
    old = None
    if out_dir.exists():
        old = out_dir.with_name(f".{out_dir.name}.old.{os.getpid()}")
        os.replace(out_dir, old)
    os.replace(staging, out_dir)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
