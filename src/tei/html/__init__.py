"""The HTML edition: a static site made from a folder of TEI files by XSLT 3.0.

    render_site(tei_dir, out_dir, report) -> SiteResult

The build in four steps (SiteBuild): take the inputs, gather the catalogue (catalogue.py:
a file that is not TEI is reported and skipped), render the pages (pages.py: one per
document, one per pair of translations, the site-wide pages), index them for search
(search.py).  Everything is built in a temporary folder next to out_dir and swapped in only
when complete, so a failed build leaves the last good site in place.  With a state folder
(state.py) what is unchanged since the last build is taken over instead of made again.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..messages import Report
from ..xslt import XsltError
from .catalogue import Catalogue, catalogue_chunk, check_tei, take_chunk
from ..parallel import batched, pooled, process_pool
from .pages import STYLESHEET, render_batch, render_pages
from .search import SHARD_SIZE, SearchIndex, shards
from ..writer import link_or_copy
from .state import SiteState, key

STATIC = Path(__file__).resolve().parent / "static"
# The site-wide pages (template "site"'s site-pages) in jobs, each with whether it is given
# the summaries and the facts (who is mentioned where): a job is made again only when what
# it is given changed, so a new summary (a one-word edit of an abstract) remakes the lists
# that show it and not the indexes, and a new mention the indexes and not the lists.
SITE_JOBS = [("home,chronology", True, False), ("network,search", False, False),
             ("person", False, True), ("place,org", False, True)]
# From this many documents the site-wide pages are started first, in a process of their own.
SITE_PROCESS_FROM = 1000
# Past this many documents the home page lists the months, each month's telegrams on a page of
# its own (telegrams-1949-01.html), and the chronology links to them (a list of every telegram
# was 5 MB at 10,000 telegrams, the chronology 8 MB).
LIST_MAX = 1000
# An entity named in more telegrams than this has them listed on a page of its own
# (mentions-<id>.html), its index entry linking there (the indexes were 8-11 MB at 10,000).
REFS_MAX = 100
SITE_FILES = {"home": "index.html", "person": "persons.html", "place": "places.html", "org": "organisations.html",
              "chronology": "chronology.html", "network": "network.html", "search": "search.html"}

__all__ = ["render_site", "SiteResult", "check_tei", "STYLESHEET", "Catalogue", "catalogue_chunk",
           "render_pages"]


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


def render_site(tei_dir: Path, out_dir: Path, report: Report, *, search: bool = True,
                workers: int | None = None, state_dir: Path | None = None,
                shard_size: int = SHARD_SIZE, link_inputs: bool = False, progress=None,
                base_url: str = "", list_max: int = LIST_MAX, refs_max: int = REFS_MAX) -> SiteResult:
    """Build the HTML edition of the TEI files in tei_dir (or of the given TEI file) into out_dir.

    With a state_dir, what the last build there made from the same inputs is taken over from
    the old site instead of being made again (see state.py): after a one-file edit only the
    pages that show it or link to it, the site-wide pages and the search shard it is in.
    link_inputs: the site's copies of the TEI files may be hard links to them (for a folder
    that is only ever replaced file by file, never edited in place, like tei build's out/tei).
    progress (see tei.progress): told the number of pages to make, then each page made.
    base_url: where the site will be published (the pages' "Cite this" gives their address).
    list_max: past this many documents the telegrams are listed month by month (see LIST_MAX);
    refs_max: an entity named in more documents has them on a page of its own (see REFS_MAX)."""
    build = SiteBuild(Path(tei_dir), Path(out_dir), report, SiteState.load(state_dir), workers, list_max, refs_max)
    try:
        if build.take_inputs(link_inputs) and build.gather_catalogue(base_url):
            build.render(progress, shard_size if search else None)
            build.finish()
    except XsltError as exc:
        report.error(str(STYLESHEET), 0, f"the HTML edition was not built: {exc}", "html-xslt")
        build.result.pages = 0
    finally:
        build.close()
    return build.result


class SiteBuild:
    """One build of the site, step by step, in a staging folder beside out_dir."""

    def __init__(self, tei_dir: Path, out_dir: Path, report: Report, state: SiteState, workers: int | None,
                 list_max: int = LIST_MAX, refs_max: int = REFS_MAX):
        self.tei_dir, self.out_dir, self.report, self.state, self.workers = tei_dir, out_dir, report, state, workers
        self.list_max, self.refs_max = list_max, refs_max
        self.sources = sorted(tei_dir.glob("*.xml")) if tei_dir.is_dir() else [tei_dir]
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        self.started = time.perf_counter()
        self.staging: Path | None = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", dir=out_dir.parent))
        (self.staging / "tei").mkdir()
        self.tei_abs = str((self.staging / "tei").resolve())
        self.result = SiteResult(out_dir)
        self.digests: dict[str, str] = {}  # input file name (<id>.xml) -> digest
        self.inputs: dict[str, tuple[Path, os.stat_result]] = {}  # ... -> its source and stamp
        self.unread: list[tuple[str, str, str]] = []  # (source, name, copy) for take_chunk
        self.keys: dict[str, str] = {}  # page (relative path) -> key of its inputs
        self.entries: dict[str, object] = {}  # input digest -> its catalogue entry
        self.shard_keys: dict[str, str] = {}
        self.pool = None
        self.site_pool = None  # the site-wide pages' process, at scale
        self.search: SearchIndex | None = None

    def _step(self, name: str) -> None:
        self.result.timings[name] = time.perf_counter() - self.started - sum(self.result.timings.values())

    def _skip(self, src: Path, why: str, line: int = 0) -> None:
        self.report.error(str(src), line, f"skipped in the HTML edition: {why}", "html-input")
        self.result.skipped.append((str(src), why))

    def _workers(self, count: int) -> int:
        """Workers for count jobs: one below a hundred (starting workers costs more than they
        save), unless workers were asked for."""
        return self.workers if self.workers is not None else (1 if count < 100 else min(4, os.cpu_count() or 1))

    def _pool_for(self, count: int):
        """Workers and the page pool for count jobs (no pool for one worker)."""
        n = self._workers(count)
        if n > 1 and self.pool is None:
            self.pool = process_pool(n)
        return n, (self.pool if n > 1 else None)

    def take_inputs(self, link_inputs: bool) -> bool:
        """The TEI files into the site's tei/: an unchanged one (known by its size and
        modification time) taken over from the last site, or linked when link_inputs; the
        others are read, checked, copied and catalogued by the workers (gather_catalogue),
        each read once.  False when there are none."""
        for src in self.sources:
            name = f"{src.stem}.xml"  # the site's copy is <id>.xml
            try:
                st = src.stat()
            except OSError as exc:
                self._skip(src, f"cannot be read: {exc.strerror or exc}")
                continue
            copy = self.staging / "tei" / name
            digest = self.state.known_digest(src.name, st)
            placed = digest is not None and self.state.reuse(f"tei/{name}", digest, self.out_dir, self.staging)
            if not placed and link_inputs:
                link_or_copy(src, copy)
                placed = True
            self.inputs[name] = (src, st)
            if digest is not None and digest in self.state.entries:
                self.digests[name] = digest
                if not placed:
                    shutil.copyfile(src, copy)
            else:
                self.digests[name] = ""  # known when read (the sources' order is kept)
                self.unread.append((str(src), name, "" if placed else str(copy)))
        self._step("inputs")
        return self._some_documents()

    def _some_documents(self) -> bool:
        if not self.digests:
            self.report.error(str(self.tei_dir), 0, "no TEI document to render: give a folder of TEI files "
                              "(tei build writes out/tei)", "html-input")
        return bool(self.digests)

    def gather_catalogue(self, base_url: str) -> bool:
        """The files not known from the last build read in chunks (in the pool when there are
        many): their digests and catalogue entries, merged with the known ones and sorted;
        files that are not TEI left out."""
        known = self.state.entries
        self.entries = {d: known[d] for d in self.digests.values() if d in known}
        n, pool = self._pool_for(len(self.unread))
        chunk = max(20, min(500, len(self.unread) // (n * 4) or 1))
        taken = (t for ts in pooled(take_chunk, batched(self.unread, chunk), n, pool) for t in ts)
        for (_, name, _), (digest, entry, why, line) in zip(self.unread, taken):
            src, st = self.inputs[name]
            if why:
                self._skip(src, why, line)
                del self.digests[name]
                (self.staging / "tei" / name).unlink(missing_ok=True)  # a link made by take_inputs
                continue
            self.digests[name] = digest
            self.state.remember(src.name, st, digest)
            self.entries[digest] = known.get(digest, entry)
        self.unread = []
        self.keys.update((f"tei/{name}", digest) for name, digest in self.digests.items())
        self.result.documents = [Path(name).stem for name in self.digests]
        if not self._some_documents():
            return False
        base_url = base_url.rstrip("/") + "/" if base_url else ""  # page names are appended to it
        self.catalogue = Catalogue(entries=self.entries.values(), base_url=base_url)
        self._step("catalogue")
        return True

    def _page_jobs(self, shards: dict[str, list[str]]):
        """(source, page, the ids of its catalogue's entries) of each document's page and
        side-by-side page, with its key.
        Shard by shard of the search index (so that each can be indexed while the next is
        made); the translations of one telegram together, their side-by-side pages right after
        their own (in one batch, a worker parses each document once for all of them)."""
        cat, digests = self.catalogue, self.digests
        done: set[str] = set()
        for first in [d for docs in shards.values() for d in sorted(docs)] or sorted(self.result.documents):
            if first in done:
                continue
            group, todo = [], [first]
            while todo:  # the witnesses of the witnesses too
                a = todo.pop()
                if a not in done:
                    done.add(a)
                    group.append(a)
                    todo.extend(cat.pairs.get(a, ()))
            group.sort()
            for a in group:
                own = cat.document_ids(a)
                self.keys[f"{a}.html"] = key("page", digests[f"{a}.xml"], cat.for_page(*own))
                yield (f"{self.tei_abs}/{a}.xml", f"{a}.html", own)
            # one page per pair, named in order (the swapped view is a fragment of it); a pair
            # even when only one of the two names the other as its witness
            for a, b in sorted({tuple(sorted((a, b))) for a in group for b in cat.pairs.get(a, ())}):
                page = f"compare-{a}--{b}.html"
                self.keys[page] = key("compare", digests[f"{a}.xml"], digests[f"{b}.xml"], cat.for_page(a, b))
                yield (f"compare:{a}:{b}:{self.tei_abs}", page, (a, b))

    def render(self, progress=None, shard_size: int | None = None) -> None:
        """The pages whose inputs changed (the others taken over), the site-wide pages when
        what they show changed; with a shard size, the search index too: each shard as soon
        as its pages are made (see search.py), unchanged shards taken over."""
        given = self._site_inputs()
        site_jobs = self._site_jobs(*given)
        sites = self._start_site_jobs(site_jobs)
        groups = shards(self.result.documents, shard_size) if shard_size else {}
        todo = self._pages_to_make(groups)
        if shard_size:
            self._start_search(groups, [s for s, _, _ in todo])
        self._make(todo, site_jobs, sites, progress)
        for scratch, _ in given:
            scratch.unlink()
        self.result.pages = sum(1 for p in self.staging.iterdir()
                                if p.is_file() and p.suffix == ".html" and not p.name.startswith("."))
        shutil.copytree(STATIC, self.staging / "assets")
        self._step("pages")
        if self.search:
            self.result.search = self.search.finish()
            self.search = None
            self._step("search")

    def _site_inputs(self) -> tuple[tuple[Path, str], tuple[Path, str], tuple[Path, str]]:
        """What the site-wide pages' jobs are given, as scratch files in the staging folder,
        each with its digest: the catalogue, the catalogue without summaries, the facts."""
        catalogue = (self.staging / ".catalogue.xml").resolve()
        brief = (self.staging / ".catalogue-brief.xml").resolve()
        facts = (self.staging / ".facts.xml").resolve()
        return ((catalogue, self.catalogue.write_xml(catalogue)), (brief, self.catalogue.write_xml(brief, summaries=False)),
                (facts, self.catalogue.write_facts(facts, self.tei_abs)))

    def _pages_to_make(self, groups: dict[str, list[str]]) -> list[tuple[str, str, tuple[str, ...]]]:
        """The documents' and side-by-side pages that cannot be taken over from the last site:
        (source, target, the ids of its catalogue's entries).  Each page's catalogue is made
        again as it is handed to a worker: held for every page at once, they would be the
        largest thing in this process (77 MB at 10,000 telegrams)."""
        todo = []
        for source, page, ids in self._page_jobs(groups):
            if self.state.reuse(page, self.keys[page], self.out_dir, self.staging):
                self.result.reused += 1
            else:
                todo.append((source, str(self.staging / page), ids))
        self.result.rendered = len(todo)
        return todo

    def _start_site_jobs(self, site_jobs: list[tuple[str, str, str]]) -> list | None:
        """At scale the site-wide pages take seconds each: they are started first, in a process
        of their own, and made while the unchanged pages are taken over and the others made.
        Not in the page workers: what these jobs hold (the whole catalogue, the facts) and the
        garbage they leave would stay in a page worker for the rest of the build (the XSLT
        runtime gives no memory back), so its memory would grow with the edition; this
        process ends with them.  None: they are made with the pages (a small edition: here,
        sooner than workers would start)."""
        if not site_jobs or len(self.result.documents) < SITE_PROCESS_FROM:
            return None
        if self._workers(100) < 2:
            return None
        self.site_pool = process_pool(1)
        return [self.site_pool.submit(render_batch, [job]) for job in site_jobs]

    def _make(self, todo: list[tuple[str, str, tuple[str, ...]]], site_jobs: list[tuple[str, str, str]], sites: list | None,
              progress) -> None:
        """Render the pages (each one's messages and error reported; the search index told as
        each document's page is made) and the site-wide pages, unless started already (sites:
        their futures); an error in those stops the build."""
        n, pool = self._pool_for(len(todo) + (0 if sites is not None else len(site_jobs)))
        if progress:
            progress.start(len(todo) + (1 if site_jobs else 0))
        # the site-wide pages beside the stream of pages, not in it; without a pool after the
        # pages, so that the search shards they fill are indexed meanwhile
        if sites is None and pool is not None:
            sites = [pool.submit(render_batch, [job]) for job in site_jobs]
        jobs = ((source, target, self.catalogue.for_page(*ids)) for source, target, ids in todo)
        for (source, _, _), (error, messages) in zip(todo, render_pages(jobs, n, pool)):
            if progress:
                progress.advance()
            for text in messages:
                self.report.warn(source, 0, text, "xsl-message")
            if error:
                self.report.error(source, 0, f"page not rendered: {error}", "html-xslt")
            if self.search and not source.startswith("compare:"):
                self.search.made(Path(source).stem)
        for [(error, messages)] in ((f.result() for f in sites) if sites is not None else
                                    (render_batch([j]) for j in site_jobs)):
            _log_messages(messages, self.report)
            if error:
                raise XsltError(error, str(STYLESHEET), messages=messages)
        if site_jobs and progress:
            progress.advance()
        if self.site_pool is not None:
            self.site_pool.shutdown()
            self.site_pool = None
        if self.pool is not None:  # not needed for the search index: give its memory back
            self.pool.shutdown()
            self.pool = None

    def _site_jobs(self, catalogue: tuple[Path, str], brief: tuple[Path, str],
                   facts: tuple[Path, str]) -> list[tuple[str, str, str]]:
        """The jobs of the site-wide pages that cannot be taken over: each job's pages are
        keyed by what it is given (the catalogue, with or without summaries, and the facts;
        each a file and its digest)."""
        jobs = []
        limits = f"{self.list_max}|{self.refs_max}"
        for i, (pages, summaries, uses_facts) in enumerate(SITE_JOBS):
            given, given_digest = catalogue if summaries else brief
            job_key = key("site", pages, given_digest, facts[1] if uses_facts else "", limits)
            names = pages.split(",")
            files = [SITE_FILES[p] for p in names]
            if "home" in names and len(self.catalogue.order) > self.list_max:
                files += self.catalogue.month_pages()
            for kind in [k for k in ("person", "place", "org") if k in names]:
                files += self.catalogue.mention_pages(kind, self.refs_max)
            self.keys.update((f, job_key) for f in files)
            if all(self.state.reuse(f, job_key, self.out_dir, self.staging) for f in files):
                continue
            for f in files:  # taken over, but made again: never write through a link into the last site
                (self.staging / f).unlink(missing_ok=True)
            jobs.append((f"site:{pages}|{limits}:{self.tei_abs}:{facts[0] if uses_facts else ''}",
                         str(self.staging / f".site-{i}.out"),
                         str(given)))
        return jobs

    def _start_search(self, groups: dict[str, list[str]], sources: list[str]) -> None:
        """The search index's shards, told which pages they wait for (two pagefind runs at
        most at a time); a shard whose pages came out the same as last time is taken over."""
        def reuse(folder: str) -> bool:
            self.shard_keys[folder] = self._shard_key(groups[folder])
            return self.state.reuse_tree(folder, self.shard_keys[folder], self.out_dir, self.staging)

        self.search = SearchIndex(self.staging, self.report, groups, workers=min(2, os.cpu_count() or 1), reuse=reuse)
        self.search.expect([Path(s).stem for s in sources if not s.startswith("compare:")])

    def _shard_key(self, documents: list[str]) -> str:
        """What a search shard is made from: its pages as they are (a page made again from a
        changed neighbour's entry often comes out the same: its shard need not be indexed again)."""
        digest = hashlib.sha256(b"search")
        staging = str(self.staging)
        for d in documents:
            page = f"{d}.html"
            digest.update(f"{d}\0{self.state.content_digest(page, os.path.join(staging, page))}\0".encode("utf-8"))
        return digest.hexdigest()

    def finish(self) -> None:
        """Swap the finished site in, then record what it was made from."""
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(self.staging, 0o777 & ~umask)  # mkdtemp makes it 0700; the site is for everyone to read
        _swap(self.staging, self.out_dir)
        self.staging = None
        self.state.save(self.out_dir, self.digests, self.entries, self.keys,
                        self.shard_keys if self.result.search else {})
        self._step("save")

    def close(self) -> None:
        if self.search is not None:
            self.search.cancel()
        for pool in (self.pool, self.site_pool):
            if pool is not None:
                pool.shutdown(cancel_futures=True)
        if self.staging is not None:  # not finished: the last good site stays
            shutil.rmtree(self.staging, ignore_errors=True)


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
