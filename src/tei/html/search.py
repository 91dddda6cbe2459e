"""The search index: pagefind over the documents' pages, in shards.

A large edition is indexed in shards of at most SHARD_SIZE pages (pagefind/ and
pagefind-1/, pagefind-2/, ...), each by its own pagefind run: the memory one run needs is
bounded by the shard, not by the corpus, and after an edit only the shards whose pages
changed are indexed again.  The search page merges the shards in the browser (pagefind's
mergeIndex), with their filters; pagefind-shards.js lists them.

A document's shard is fixed by a hash of its name and the number of shards, a power of two
that grows with the corpus: documents move only when the corpus doubles.

`tei serve`'s rebuilds do not index a shard again after an edit: the edited pages go into a
small index of their own, merged by the search page (shards_deferred).
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Callable

from ..journal import scratch_folder
from ..messages import Report
from ..writer import link_or_copy
from .pagefind_files import FormatError, canonicalise

# (a shard is indexed whole again after an edit of one of its pages: pagefind takes about 2 ms of
# a core a page, so 1,000 keeps that to a second or two at 10,000 telegrams, 16 shards of about
# 625 pages, where 2,000 made 8 of 1,250 and 2.6 s; the search page merges a few more indexes)
SHARD_SIZE = 1000
SHARDS_SCRIPT = "pagefind-shards.js"
# `tei serve` only: the pages made since their shard was last indexed, in an index of their own
DELTA = "pagefind-delta"
DELTA_MARK = "tei-edited"  # a meta field of the delta's pages, by which the search page knows them


class Deferral:
    """What the builds of a shards_deferred block did: stale, whether the last one left a
    search shard stale (its pages' new words in DELTA)."""

    stale = False


_deferral: Deferral | None = None


@contextlib.contextmanager
def shards_deferred(on: bool = True):
    """For `tei serve`'s rebuilds, while in this block (yields its Deferral, None when not on):
    a shard whose pages changed is not indexed again (a shard of about 600 pages is 1.3-1.6 s
    of pagefind's CPU at 10,000 telegrams); the pages made since it was indexed go into a small
    index of their own (DELTA, one run over those few pages), which the search page merges,
    hiding those pages' results from the stale shard.  The site is then a preview's, not a
    build's (SiteResult.search_deferred; tei build does not record such an html stage as up to
    date): the next build without deferring indexes the stale shards again and drops DELTA."""
    global _deferral
    was, _deferral = _deferral, Deferral() if on else None
    try:
        yield _deferral
    finally:
        _deferral = was


def deferral() -> Deferral | None:
    return _deferral


def shard_count(documents: int, size: int = SHARD_SIZE) -> int:
    count = 1
    while count * size < documents:
        count *= 2
    return count


def shard_of(document: str, count: int) -> int:
    """The shard a document is indexed in, of count."""
    return zlib.crc32(document.encode("utf-8")) % count


def shard_folder(shard: int, first: int) -> str:
    """The folder of a shard; first: the first shard that has documents (pagefind/, the one
    the search page loads)."""
    return "pagefind" if shard == first else f"pagefind-{shard}"


def shards(documents: list[str], size: int = SHARD_SIZE) -> dict[str, list[str]]:
    """Shard folder -> the documents indexed in it (in order).  The first shard that has
    documents is pagefind/ (the one the search page loads), the others pagefind-<n>/."""
    count = shard_count(len(documents), size)
    buckets: list[list[str]] = [[] for _ in range(count)]
    for d in documents:
        buckets[shard_of(d, count)].append(d)
    used = [i for i in range(count) if buckets[i]]
    return {shard_folder(i, used[0]): buckets[i] for i in used}


class SearchIndex:
    """The search index of a site being built, shard by shard: a shard is indexed (by a
    pagefind run in a thread) as soon as its pages are all made, while the others are still
    being rendered, or taken over from the last site when its pages are the same.
    folders: shard folder -> its shard (of count); documents(folder): the documents indexed
    in it (asked for when it starts: only a shard's list is held at a time)."""

    def __init__(self, site: Path, report: Report, folders: dict[str, int], count: int,
                 documents: Callable[[str], list[str]], reuse: Callable[[str], bool] | None = None, workers: int = 1,
                 page: Callable[[str], str | None] | None = None):
        self.site, self.report, self.folders, self.count = site, report, folders, count
        # where a page of the site is (None: not in it); the site folder's own by default
        self.page = page or (lambda name: str(site / name) if (site / name).exists() else None)
        self.documents, self.reuse = documents, reuse
        self.pool = ThreadPoolExecutor(max_workers=max(1, min(workers, len(folders) or 1)))
        self.futures = []
        self.hidden: list[str] = []  # pages whose results from the shards are hidden (see write_script)
        self.waiting: dict[str, int] = {}  # shard -> its pages not made yet
        self.folder_of = {shard: folder for folder, shard in folders.items()}

    def expect(self, pages: dict[str, int]) -> None:
        """How many documents' pages each shard waits for (still to be made); the shards that
        wait for none start."""
        self.waiting = {folder: n for folder, n in pages.items() if n and folder in self.folders}
        for folder in self.folders:
            if folder not in self.waiting:
                self._start(folder)

    def made(self, document: str) -> None:
        """A document's page is made (or failed): its shard starts when it was the last."""
        folder = self.folder_of.get(shard_of(document, self.count))
        if folder in self.waiting:
            self.waiting[folder] -= 1
            if not self.waiting[folder]:
                del self.waiting[folder]
                self._start(folder)

    def _start(self, folder: str) -> None:
        """Index a shard whose pages are made, or take it over when reuse(folder) says its
        pages are those the last site's shard was made from."""
        if not (self.reuse and self.reuse(folder)):
            pages = [p for p in (self.page(f"{d}.html") for d in self.documents(folder)) if p]
            self.futures.append(self.pool.submit(_pagefind, self.site, folder, pages, self.report))

    def finish(self, stale: Callable[[], list[str]] | None = None) -> bool:
        """Wait for the shards; index the documents stale() gives (once every shard is started:
        those whose shards were kept stale, see shards_deferred) into DELTA; write
        pagefind-shards.js.  True when every shard was built."""
        for folder in list(self.waiting):  # pages never reported made: index what there is
            del self.waiting[folder]
            self._start(folder)
        delta = stale() if stale else []
        ok = all([f.result() for f in self.futures])
        self.pool.shutdown()
        if delta:
            pages = [p for p in (self.page(f"{d}.html") for d in delta) if p]
            ok = _pagefind(self.site, DELTA, pages, self.report, mark=DELTA_MARK) and ok
        self.hidden = [f"{d}.html" for d in delta]
        self.write_script()
        return ok

    def write_script(self, gone: list[str] = ()) -> None:
        """pagefind-shards.js: the shards to merge; with a delta, it and the pages whose results
        the shards give are hidden (the delta's, and gone: pages no longer in the site)."""
        extra = [f"{folder}/" for folder in self.folders if folder != "pagefind"]
        script = ("/* The search index's further shards, merged into the first by assets/search.js. */\n"
                  f"window.PAGEFIND_SHARDS = {json.dumps(extra)};\n")
        if self.hidden or gone:
            delta = {"bundle": DELTA + "/" if self.hidden else "", "pages": sorted({*self.hidden, *gone})}
            script += ("/* tei serve's preview: the pages edited since their shard was indexed (indexed apart)"
                       " or removed, whose results from the shards are hidden. */\n"
                       f"window.PAGEFIND_DELTA = {json.dumps(delta)};\n")
        (self.site / SHARDS_SCRIPT).write_text(script, encoding="utf-8")

    def cancel(self) -> None:
        self.pool.shutdown(cancel_futures=True)


# What pagefind reads of a document's page: its body's article (data-pagefind-body), less the
# parts it is told to ignore whole, which it would otherwise parse (the metadata panel and the
# pager; the site's header, the tooltips and the footer are outside the article).
_ARTICLE = (b"<article", b"</article>")
_IGNORED = ((b'<aside class="panel" data-pagefind-ignore="all">', b"</aside>"),
            (b'<nav class="pager" aria-label="Previous and next" data-pagefind-ignore="all">', b"</nav>"))


def marked(page: bytes, mark: str) -> bytes:
    """The page with a meta field mark (value 1) for pagefind, in the body it indexes."""
    start = page.find(b"data-pagefind-body")
    end = page.find(b">", start)
    if start < 0 or end < 0:
        return page
    return page[:end + 1] + f'<span data-pagefind-meta="{mark}:1" hidden></span>'.encode("ascii") + page[end + 1:]


def searched_part(page: bytes) -> bytes | None:
    """The page as pagefind need see it: its head, and in its body only the article that
    pagefind indexes, without the parts it ignores whole (the same index, byte for byte, for a
    seventh less of pagefind's work: tests/test_html_incremental.py); None when the page is not
    laid out so (it is then given whole)."""
    body = page.find(b"<body")
    start = page.find(_ARTICLE[0], body)
    end = page.rfind(_ARTICLE[1])
    if body < 0 or start < 0 or end < start or b"data-pagefind-body" not in page[start:page.find(b">", start)]:
        return None
    parts, at = [page[:body], b"<body>"], start
    for opening, closing in _IGNORED:
        i = page.find(opening, at, end)
        j = page.find(closing, i, end) if i >= 0 else -1
        if j >= 0:
            parts.append(page[at:i])
            at = j + len(closing)
    parts.append(page[at:end + len(_ARTICLE[1])])
    parts.append(b"</body></html>")
    return b"".join(parts)


def _pagefind(site: Path, folder: str, pages: list[str], report: Report, mark: str = "") -> bool:
    """One pagefind run over the given documents' pages (paths; in a folder of their own: only
    these pages carry data-pagefind-body, pagefind need not read the others), each cut to what
    pagefind reads of it (searched_part), its index written into site/folder; mark: a meta
    field given to every page (see marked)."""
    # (beside the site, not in memory: pagefind numbers the pages in the order the folder lists
    # them, and tmpfs lists them in another order than the site's file system: another index)
    linked = scratch_folder(site.parent, ".search-")
    scratch = _scratch(len(pages))
    try:
        for page in pages:
            name = os.path.basename(page)
            try:
                data = Path(page).read_bytes()
            except FileNotFoundError:  # a page that failed to render is not searched
                continue
            part = searched_part(data)
            if mark:
                part = marked(part if part is not None else data, mark)
            if part is None:
                link_or_copy(page, linked / name)
            else:
                (linked / name).write_bytes(part)
        output = scratch / folder if scratch else site / folder
        run = subprocess.run([*_pagefind_command(), "--site", str(linked), "--output-path",
                              str(output), "--silent"], capture_output=True, text=True, timeout=1800)
        if run.returncode == 0:
            try:
                canonicalise(output)  # the same pages give the same files (see pagefind_files)
            except FormatError as exc:
                report.warn(str(site / folder), 0, f"search index left as pagefind wrote it ({exc}): "
                            "its filter files will differ from build to build", "html-search")
            if scratch:
                shutil.rmtree(site / folder, ignore_errors=True)
                shutil.copytree(output, site / folder)
    except (OSError, subprocess.TimeoutExpired) as exc:
        report.warn(str(site), 0, f"search index not built: {exc}", "html-search")
        return False
    finally:
        shutil.rmtree(linked, ignore_errors=True)
        if scratch:
            shutil.rmtree(scratch, ignore_errors=True)
    if run.returncode != 0:
        report.warn(str(site), 0, f"search index not built: {(run.stderr or run.stdout).strip()[-500:]}", "html-search")
        return False
    return True


@functools.lru_cache(maxsize=1)
def _pagefind_command() -> tuple[str, ...]:
    """The pagefind binary that `python -m pagefind` would run, called directly: the Python
    wrapper costs 0.17 s of a core a run, a shard at a time (its own lookup, so that
    PAGEFIND_BINARY_PATH is honoured); the wrapper when the lookup fails."""
    try:
        from pagefind.service import get_executable

        found = get_executable()
        if found is not None and os.access(found, os.X_OK):
            return (str(Path(found).resolve()),)
    except Exception:  # noqa: BLE001 - any failure of the lookup: the wrapper finds it, or says why
        pass
    return (sys.executable, "-m", "pagefind")


MEMORY_FS = Path("/dev/shm")


def _scratch(pages: int) -> Path | None:
    """A folder in memory (tmpfs) for pagefind to write a shard into, when there is one with
    room to spare: pagefind writes a file per page from several threads at once, and on a
    disk file system those threads spend much of their time waiting on each other to create
    files (a shard of 2,000 pages: ~1 s less CPU).  The shard is then copied into the site
    in one thread.  None: write into the site directly."""
    try:
        if not MEMORY_FS.is_dir() or shutil.disk_usage(MEMORY_FS).free < 64 * 2**20 + pages * 64 * 2**10:
            return None
        return Path(tempfile.mkdtemp(prefix="tei-search-", dir=MEMORY_FS))
    except OSError:
        return None
