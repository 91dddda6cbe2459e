"""`tei serve`: the edition built as `tei build` builds it, its HTML served over HTTP, and built
again in this process whenever one of its inputs changes.

A `tei build` after a one-file edit pays, before and beside the work the edit asks for, the
start of a new process: the imports, Saxon's stylesheets compiled, the authority file loaded,
every source's cache entry unpickled for linking, and Typst's layout made from nothing (Typst
remembers what it laid out, per process: a volume of 200 telegrams typeset again after an edit
takes a sixth of the CPU of its first typesetting).  The server pays these once:

- the stylesheets stay compiled (tei.xslt keeps them per process) until a file of xslt/ changes;
- the schema stays built (tei.validate keeps its grammars per file version);
- the authority file stays loaded until it changes;
- the convert stage's cache entries stay in memory (tei.cache.keep_entries), under the keys
  the cache itself uses (the source's bytes, the authority file, the code), so none is stale,
  and so do the stages' state files (tei.cache.load_state) and each exchange's witness
  candidates and links (tei.links.keep_candidates: only the exchange an edit changed is
  compared and linked again);
- Typst's memory of the last layouts stays in the process;
- the deposit's caches (what it made of each TEI file, the payload's digests) stay in memory
  beside their SQLite files, by the files' stamps, so none is stale.

A rebuild runs the same stages as `tei build`, in this process (the print stage too, not in a
process of its own, so that it stays warm): the same outputs, the same bytes; the site first
(convert, validate, html: the editor's page is up to date, and said so), then print and the
deposit.  It is told what the server knows (tei.build.Told): the sources' stamps from the
snapshot in which it saw the change, and out/tei's as its last build left them, so that
neither folder is stamped again; out/tei is trusted to be as this process left it (a file
changed there behind its back is seen by the next `tei build`, which stamps everything).
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
import threading
import time
from dataclasses import dataclass, field
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable

from .messages import ERROR, WARNING, Message, Report, in_print_order

POLL_SECONDS = 0.5
# after a rebuild that left a search shard stale (its edited pages indexed apart), the shard is
# indexed again once no edit has come for this long (EditionServer.settle)
IDLE_SECONDS = 5.0


def snapshot(paths: list[Path]) -> dict[str, tuple]:
    """The stamp (tei.cache.stamp) of every file of the folders and files given, hidden ones
    aside, by path: two snapshots differ where a file was edited, added or removed."""
    from .cache import file_stamp, folder_stamps

    found: dict[str, tuple] = {}
    for path in paths:
        if path.is_dir():
            found.update(folder_stamps(path))
        else:
            found[str(path)] = file_stamp(path)
    return found


def differences(before: dict[str, tuple], after: dict[str, tuple]) -> list[str]:
    """The files edited, added or removed between two snapshots, in name order."""
    return sorted(name for name in before.keys() | after.keys() if before.get(name) != after.get(name))


@dataclass
class Outcome:
    """What one build of the server did."""

    ok: bool
    ran: list[str]  # the stages that were not up to date
    seconds: float
    report: Report
    changed: list[str] = field(default_factory=list)
    site_seconds: float | None = None  # when the site was up to date (the rebuilds: before print and deposit)
    search_stale: bool = False  # a search shard left stale, the edited pages indexed apart (see settle)


class EditionServer:
    """The edition of a folder of sources, built into out/ and built again on demand, with
    what the builds read kept warm in this process (see the module's docstring)."""

    def __init__(self, seeds: Path, out: Path, authority: Path | None = None, strict: bool = False,
                 jobs: int = 1, base_url: str = "", edition_file: Path | None = None):
        from .cache import keep_entries
        from .deposit import keep_in_memory as keep_deposit_rows
        from .links import keep_candidates

        self.seeds, self.out, self.authority = Path(seeds), Path(out), authority
        self.strict, self.jobs, self.base_url = strict, jobs, base_url
        self.given_edition = edition_file  # --edition; else the one in the sources' folder, if any
        self.last_messages: set[Message] = set()
        self.tei_stamps: dict[str, tuple | None] | None = None  # out/tei as this process's last build left it
        keep_entries()
        keep_deposit_rows()
        keep_candidates()

    def edition_file(self) -> Path | None:
        from . import edition

        return self.given_edition or edition.found_beside(self.seeds)

    def inputs(self) -> list[Path]:
        """What `tei build` reads besides the code: the sources, the authority file, the edition
        file, the stylesheets, the schema, the site's files and the Typst template."""
        from .authority import DEFAULT_AUTHORITY
        from .cache import PACKAGE
        from .paths import SCHEMA_DIR, XSLT_DIR

        found = [self.seeds, Path(self.authority or DEFAULT_AUTHORITY), XSLT_DIR, SCHEMA_DIR,
                 PACKAGE / "html" / "static", PACKAGE / "pdf" / "edition.typ"]
        edition_file = self.edition_file()
        if edition_file is not None and not _inside(edition_file, self.seeds):
            found.append(edition_file)
        return found

    def forget(self, changed: list[str]) -> None:
        """Drop what this process keeps of the inputs that changed: the stylesheets compiled
        from xslt/, the authority file loaded.  (The schema's grammar is kept by its file's
        version, the convert cache's entries by their keys: neither can be stale.)"""
        from .authority import DEFAULT_AUTHORITY
        from .paths import XSLT_DIR

        xslt_dir = str(XSLT_DIR.resolve())
        authority = str(Path(self.authority or DEFAULT_AUTHORITY).resolve())
        resolved = [os.path.realpath(name) for name in changed]
        if any(name == xslt_dir or name.startswith(xslt_dir + os.sep) for name in resolved):
            xslt = sys.modules.get("tei.xslt")
            if xslt is not None:
                with xslt._LOCK:
                    xslt._CACHE.clear()
        if authority in resolved:
            from . import authority as authority_module

            authority_module._load.cache_clear()

    def build(self, changed: list[str] | None = None, quiet: bool = True,
              site_done: Callable[[float, bool], None] | None = None,
              stamps: dict[str, tuple] | None = None, settle: bool = False) -> Outcome:
        """Build the edition: the first time as `tei build` does (quiet=False: its lines and
        progress on stderr, jobs as given); then, given what changed, every stage in this
        process, its lines on stderr kept back (quiet), the site first: convert, validate,
        html, then print and deposit, site_done(seconds, ok) called between (on the real
        stderr).  stamps: the snapshot of the inputs the changes were found in, taken before
        this build: the stages are told the sources' stamps from it, and out/tei's as this
        process's last build left them (tei.build.Told), rather than stamping every file.
        Never raises for bad input: an unusable authority or edition file is an error in the
        outcome's report."""
        from .build import Told, build_edition
        from .edition import EditionFileError, use
        from .html.search import shards_deferred
        from .messages import SourceError

        changed = changed or []
        started = time.perf_counter()
        report, ran = Report(), []
        self.forget(changed)
        ok = False
        held = io.StringIO()
        console = sys.stderr
        site_seconds = []

        def site_is_done(ok_so_far: bool) -> None:
            site_seconds.append(time.perf_counter() - started)
            if site_done is not None:
                with contextlib.redirect_stderr(console):
                    site_done(site_seconds[0], ok_so_far)

        # out/tei's stamps: those the last build left, handed on only with the inputs' snapshot
        # (and let go until this build ends: an interrupted one leaves them unknown)
        told = Told(stamps, self.tei_stamps) if stamps is not None else Told({})
        self.tei_stamps = None
        deferral = None  # (an edition file that cannot be used stops the build before it is made)
        import gc

        # a told rebuild makes no full collection of its own (they walked what the stages keep
        # up between rebuilds, some 0.1 s of a one-edit rebuild at 10,000 telegrams, the site's
        # part too): its young garbage cycles are still collected as they come, the rest once
        # it ends (below)
        thresholds = gc.get_threshold()
        if stamps is not None:
            gc.set_threshold(thresholds[0], thresholds[1], 1 << 30)
        with contextlib.redirect_stderr(held) if quiet else contextlib.nullcontext():
            try:
                use(self.edition_file())
                # a rebuild indexes the edited pages alone, not their search shards (see settle)
                with shards_deferred(quiet and not settle) as deferral:
                    ok = build_edition(self.seeds, self.out, self.authority, report, strict=self.strict,
                                       jobs=self.jobs if not quiet else 1, base_url=self.base_url,
                                       alongside_print=not quiet, ran=ran,
                                       site_done=site_is_done if quiet else None, told=told)
            except EditionFileError as exc:
                report.error(str(self.edition_file()), 0, f"{exc}; the last good outputs were kept", "edition")
            except SourceError as exc:  # the authority file cannot be used
                report.messages.append(exc.message)
            finally:
                gc.set_threshold(*thresholds)
        self.tei_stamps = told.tei
        # What a build leaves is mostly what the server keeps (every source's cache entry, the
        # deposit's rows, the state files, the modules): put out of the cyclic collector's way,
        # so that the full collections of the next rebuild do not walk it again (0.7-0.8 s of
        # a rebuild's CPU at 10,000 telegrams, 0.3 s so).  It is freed by its references as
        # usual; only cycles among it would stay, so the build's own garbage cycles are collected
        # first (a collection of what the last freeze left out: this build's objects alone).
        gc.collect()
        gc.freeze()
        return Outcome(ok, ran, time.perf_counter() - started, report, changed,
                       site_seconds[0] if site_seconds else None, search_stale=bool(deferral and deferral.stale))

    def settle(self) -> Outcome:
        """The build `tei build` would make now: the search shards a rebuild left stale indexed
        again (the server calls it once no edit has come for IDLE_SECONDS).  Told nothing: every
        file is stamped, as `tei build` stamps them."""
        return self.build(quiet=True, settle=True)

    def warm_up(self) -> None:
        """What the first rebuild would otherwise pay, done while the server waits for an edit
        (a first build that had nothing to do, or ran its stages in other processes, did none
        of it): the stages' modules imported, the converter's patterns compiled (by converting
        the first source, its result not kept), the two stylesheets compiled.  A stylesheet
        that does not compile is left for the build to report."""
        import importlib

        from .convert import convert_file, expand_sources
        from .html.pages import STYLESHEET as PAGES
        from .pdf.render import STYLESHEET as PRINT
        from .xslt import XsltError, stylesheet

        for module in ("tei.validate", "tei.deposit"):  # imported now rather than at the first edit
            importlib.import_module(module)
        sources = expand_sources([self.seeds], Report()) if self.seeds.is_dir() else []
        if sources:
            convert_file(sources[0], None, self.authority)  # (never raises for bad input)
        for path in (PAGES, PRINT):
            try:
                stylesheet(path)
            except XsltError:
                pass

    def messages_to_show(self, outcome: Outcome, everything: bool = False, errors_again: bool = True) -> list[str]:
        """The messages of a build as `tei build` prints them (file:line: level: text [code]):
        every error; the warnings that the last build did not give (everything: all of them).
        errors_again=False: the errors too only if the last build did not give them (the search
        index brought up to date after a rebuild, which has just said them)."""
        messages = set(outcome.report.messages)
        new = messages if everything else messages - self.last_messages
        self.last_messages = messages
        lines = []
        for m in in_print_order(messages):
            level = ERROR if self.strict and m.level == WARNING else m.level
            if (level == ERROR and errors_again) or m in new:
                lines.append(str(Message(m.file, m.line, level, m.text, m.code)))
        return lines


def summary(outcome: Outcome, root: Path | None = None) -> str:
    """One line for a rebuild: what changed, the stages run, the time."""
    names = []
    for name in outcome.changed:
        try:
            shown = os.path.relpath(name, root) if root else name
        except ValueError:  # (another drive)
            shown = name
        # (a file outside the folder the server was started in by its whole path, not "../../...")
        names.append(os.path.abspath(name) if shown.startswith(os.pardir + os.sep) else shown)
    what = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "") if names else "nothing"
    stages = ", ".join(outcome.ran) if outcome.ran else "no stage (all up to date)"
    state = "" if outcome.ok else "; errors (above): the last good outputs of the failed stages were kept"
    return f"rebuilt in {outcome.seconds:.2f} s: {what} changed; ran {stages}{state}"


def site_line(seconds: float, ok: bool) -> str:
    """The line a rebuild gives once the site is up to date, before print and deposit."""
    errors = " (errors: shown when the rebuild ends)" if not ok else ""
    return f"site updated in {seconds:.2f} s{errors}; print and deposit follow"


def _say_site_done(echo, seconds: float, ok: bool) -> None:
    echo(site_line(seconds, ok), err=True)


class _QuietHandler(SimpleHTTPRequestHandler):
    """The site's files; no line per request (the console is for the rebuilds')."""

    def log_message(self, format, *args) -> None:  # noqa: A002 - the base class's name
        pass


def start_http(folder: Path, host: str = "127.0.0.1", port: int = 8000) -> ThreadingHTTPServer:
    """Serve folder over HTTP from a thread of this process (port 0: a free one, see
    server_address); stop it with shutdown() and server_close().  OSError when the address
    cannot be had (the port in use)."""
    import socket

    folder.mkdir(parents=True, exist_ok=True)
    kind = type("Server", (ThreadingHTTPServer,), {"address_family": socket.AF_INET6}) if ":" in host \
        else ThreadingHTTPServer
    server = kind((host, port), partial(_QuietHandler, directory=str(folder)))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, name="tei-serve-http", daemon=True).start()
    return server


def serve(server: EditionServer, host: str, port: int, echo=print, poll: float = POLL_SECONDS,
          rounds: int | None = None, idle: float = IDLE_SECONDS) -> int:
    """Build, serve, watch and rebuild until interrupted (Ctrl-C) or, for tests, after rounds
    polls.  Returns the exit code: 0, or 2 when the address cannot be had."""
    from .interrupt import terminate_as_interrupt

    with terminate_as_interrupt():  # (a service manager's stop stops the server as Ctrl-C does: cleanly)
        return _serve(server, host, port, echo, poll, rounds, idle)


def _serve(server: EditionServer, host: str, port: int, echo, poll: float, rounds: int | None, idle: float) -> int:
    from . import progress

    try:
        http = start_http(server.out / "html", host, port)  # first: a port in use is said at once
    except OSError as exc:
        echo(f"cannot serve at {host}:{port} ({exc.strerror or exc}): give another --port (or --port 0 for "
             "any free one)", err=True)
        return 2
    try:
        before = snapshot(server.inputs())  # before the build: an edit made while it runs is seen after
        outcome = server.build(quiet=False)
        for line in server.messages_to_show(outcome, everything=True):
            echo(line, err=True)
    except KeyboardInterrupt:
        http.shutdown()
        http.server_close()
        echo("stopped (the outputs are those of the last build that finished)", err=True)
        return 0
    address = f"http://{_url_host(host)}:{http.server_address[1]}/"
    echo(f"serving {server.out / 'html'} at {address} (rebuilt when {server.seeds} or the stylesheets, schema or "
         "authority file change; Ctrl-C stops)", err=True)
    progress.quiet()
    try:
        server.warm_up()
        done = 0
        stale_since = None  # when the last rebuild left a search shard stale
        while rounds is None or done < rounds:
            done += 1
            time.sleep(poll)
            now = snapshot(server.inputs())
            changed = differences(before, now)
            if not changed:
                if stale_since is not None and time.monotonic() - stale_since >= idle:
                    outcome = server.settle()
                    stale_since = time.monotonic() if outcome.search_stale else None
                    for line in server.messages_to_show(outcome, errors_again=False):
                        echo(line, err=True)
                    echo(f"search index brought up to date in {outcome.seconds:.2f} s (no edit for {idle:g} s)", err=True)
                continue
            before = now
            outcome = server.build(changed, site_done=partial(_say_site_done, echo), stamps=now)
            if "html" in outcome.ran:  # (else the site is as the last build left it: stale or not)
                stale_since = time.monotonic() if outcome.search_stale else None
            for line in server.messages_to_show(outcome):
                echo(line, err=True)
            echo(summary(outcome, Path.cwd()), err=True)
    except KeyboardInterrupt:
        echo("stopped (the outputs are those of the last build that finished)", err=True)
    finally:
        http.shutdown()
        http.server_close()
    return 0


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def _inside(path: Path, folder: Path) -> bool:
    try:
        Path(path).resolve().relative_to(Path(folder).resolve())
        return True
    except ValueError:
        return False
