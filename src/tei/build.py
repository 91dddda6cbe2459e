"""`tei build`: the edition's stages in order, each reading what the one before wrote.

    seeds/ --convert--> out/tei/ --validate--> (report) --html--> out/html/
                                 --print--> out/print/ --deposit--> out/deposit/

With more than one job the print stage runs alongside validate and html, in a process of its
own (Alongside), and is waited for before the deposit.  tei serve's rebuilds run html before
print (SITE_FIRST) and are told what the server knows of the files (Told).
A stage is a function (context) -> bool; False says it had errors: the stages after it still
run on what there is, except the deposit (see build_edition).  run_stage skips a stage whose inputs and outputs are as its last good
run left them, and gives that run's messages again: a second build warns as the first did,
and a second `--strict` build fails as the first did.
"""

from __future__ import annotations

import fnmatch
import hashlib
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .messages import ERROR, Message, Report
from .progress import stage_progress


@dataclass
class Told:
    """What tei serve tells its rebuilds, so that they do not stamp every file to find it out:
    the stamps of its inputs as its snapshot took them before the build (the sources among
    them: their list too, tei.convert.listed_sources), and out/tei's files' stamps as its last build left them, kept up to date by the
    convert stage with the files it wrote and removed.  out/tei is trusted to be as this
    process left it: a file changed there behind its back is seen by the next `tei build`,
    which stamps everything (as does a build not told: tei build's)."""

    sources: dict[str, tuple | None]  # path -> stamp (tei.serve.snapshot)
    tei: dict[str, tuple | None] | None = None  # out/tei's file name -> stamp; None: taken by this build

    def source_stamps(self, seeds: Path) -> list[tuple[str, tuple | None]] | None:
        """(path relative to seeds, stamp) of every file under the folder seeds, as
        tei.cache.tree_stamps lists them; None when the snapshot does not hold the folder."""
        prefix = os.path.join(str(seeds), "")
        listed = [(name[len(prefix):], st) for name, st in self.sources.items() if name.startswith(prefix)]
        return listed or None


@dataclass
class BuildContext:
    seeds: Path
    out: Path
    authority: Path | None
    report: Report
    strict: bool = False
    jobs: int = 1
    timings: dict[str, float] = field(default_factory=dict)
    base_url: str = ""  # where the edition will be published: "Cite this", the bag's identifier
    summaries: dict[str, str] = field(default_factory=dict)  # stage -> a few words on what it made
    executor: tuple | None = None  # (executor, workers) for convert and validate: a Dask cluster's (tei.cluster)
    ran: list[str] = field(default_factory=list)  # the stages that were not up to date, in the order run
    # of what each stage after convert reads (computed once convert is done), by stage
    _digests: dict[str, str] = field(default_factory=dict)
    _salts: dict[str, str] = field(default_factory=dict)  # (_salt's: each taken once a build)
    _tei_digest: str | None = None  # of out/tei's files' stamps, taken once for every stage's
    tei_stamps: dict = field(default_factory=dict)  # the TEI files' stamps by name, taken for _tei_digest
    told: Told | None = None  # tei serve's rebuilds: what the server knows (else every file stamped)
    # stages whose outputs are a preview's (tei serve's stale search shards): neither they nor the
    # stages that read those outputs (READS_SITE: the deposit) are recorded as done
    provisional: set[str] = field(default_factory=set)

    @property
    def tei_dir(self) -> Path:
        return self.out / "tei"


def stage_convert(ctx: BuildContext) -> bool:
    """seeds/ -> out/tei/ (a telegram no longer in the sources leaves no file behind)."""
    from .convert import convert_sources, listed_sources

    ctx.tei_dir.mkdir(parents=True, exist_ok=True)
    told = ctx.told if ctx.told is not None and ctx.told.tei is not None else None
    before = {n for n in told.tei if n.endswith(".xml")} if told else {p.name for p in ctx.tei_dir.glob("*.xml")}
    wrote: set[str] = set()
    with stage_progress("convert", "sources") as progress:
        results = convert_sources([ctx.seeds], ctx.tei_dir, ctx.authority, None, ctx.report,
                                  progress=progress, jobs=ctx.jobs, cache_dir=ctx.out / ".cache" / "convert",
                                  executor=ctx.executor, source_stamps=ctx.told.sources if ctx.told else None,
                                  wrote=wrote, files=listed_sources(ctx.seeds, ctx.told.sources) if ctx.told else None)
    written = {f"{i}.xml" for r in results for i in r.ids}
    failed = [r for r in results if r.errors]
    stale = before - written if not failed else set()
    # (a source that fails keeps what it gave before (its file is not known here): none removed)
    for name in stale:
        (ctx.tei_dir / name).unlink(missing_ok=True)
    if told:  # the server's stamps of out/tei kept as they now are: the files written stamped, no others
        from .cache import file_stamp

        for name in stale:
            told.tei.pop(name, None)
        for name in wrote:
            told.tei[name] = file_stamp(ctx.tei_dir / name)
    telegrams = sum(r.telegrams for r in results)
    ctx.summaries["convert"] = f"{len(results)} sources, {telegrams} telegrams"
    print(f"convert: {ctx.summaries['convert']}{f', {len(failed)} failed' if failed else ''} -> {ctx.tei_dir}",
          file=sys.stderr)
    return not failed and telegrams > 0


def _convert_inputs(ctx: BuildContext) -> str:
    """One hash of what the convert stage reads: every file in the sources folder (hidden ones
    aside), the authority file, the code."""
    from .authority import DEFAULT_AUTHORITY
    from .cache import code_fingerprint, file_digest, stamps_digest, tree_stamps

    listed = ctx.told.source_stamps(ctx.seeds) if ctx.told is not None else None
    if listed is not None:  # the server's snapshot: the same hash, no file stamped again
        seeds = stamps_digest(listed)
    else:
        seeds = tree_stamps(ctx.seeds) if ctx.seeds.is_dir() else file_digest(ctx.seeds)
    return hashlib.sha256(f"{seeds}\0{file_digest(ctx.authority or DEFAULT_AUTHORITY)}\0{code_fingerprint()}"
                          .encode()).hexdigest()


def _listing(folder: Path, pattern: str, told: Told | None = None) -> list:
    """Name and stamp (tei.cache.stamp) of each file of folder whose name matches the pattern:
    the folder as a run left it.  told: out/tei's stamps as the server knows them (folder is
    out/tei), not taken again."""
    from .cache import stamp

    if told is not None and told.tei is not None:
        suffix = pattern[1:] if pattern.startswith("*") and not any(c in pattern[1:] for c in "*?[") else None
        # ("*.xml": the name's end compared, not fnmatch's pattern matched 10,000 times a listing)
        return sorted([name, *st] for name, st in told.tei.items()
                      if st is not None and (name.endswith(suffix) if suffix is not None
                                             else fnmatch.fnmatchcase(name, pattern)))
    found = []
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if fnmatch.fnmatchcase(entry.name, pattern) and entry.is_file():
                    found.append([entry.name, *stamp(entry.stat())])
    except OSError:
        return []
    return sorted(found)


def stage_validate(ctx: BuildContext) -> bool:
    """Every document in out/tei/ against the project's XSD, Schematron and file rules."""
    from .cache import load_state, save_state
    from .validate import InputError, SchemaError, run

    # Files validated before, unchanged since, against the same schema and code, are not
    # validated again (after a one-file edit: that file, and those whose links changed); the
    # problems found in them then are recorded and reported again, as a new check would.
    state_path = ctx.out / ".cache" / "validate.json"
    salt = _salt(ctx, "validate")  # (the stage key's, taken once a build)
    try:  # (tei serve keeps it in memory: tei.cache.load_state)
        known = {name: entry for name, entry in load_state(state_path).items()
                 if isinstance(entry, dict) and {"digest", "problems"} <= entry.keys()}
    except (OSError, ValueError, AttributeError):
        known = {}
    # a file is read for its digest only when its stamp is not the one recorded with it (out/tei
    # files are replaced, never edited in place: reading 10,000 of them took 0.4 s of a rebuild)
    current, stamps = {}, {}
    for name, *st in _listing(ctx.tei_dir, "*.xml", ctx.told):
        entry = known.get(name, {})
        stamps[name] = st
        same = entry.get("stamp") == st and entry.get("salt") == salt
        current[name] = entry["digest"] if same else hashlib.sha256(salt.encode() + (ctx.tei_dir / name).read_bytes()).hexdigest()
    todo = [name for name, digest in current.items() if known.get(name, {}).get("digest") != digest]
    try:
        with stage_progress("validate", "documents") as progress:
            result = run([ctx.tei_dir / name for name in todo], jobs=ctx.jobs, progress=progress,
                         executor=ctx.executor) if todo else None
    except (InputError, SchemaError) as exc:  # the schema is missing or broken: say so, stop
        ctx.report.error(str(ctx.tei_dir), 0, f"cannot validate: {exc}", "validate")
        return False
    found: dict[str, list] = {name: [] for name in todo}
    for p in result.problems if result else []:
        found.setdefault(Path(p.file).name, []).append([p.line, p.severity, p.message, p.rule])
    state = {name: {"digest": digest, "stamp": stamps[name], "salt": salt,
                    "problems": found[name] if name in found else known[name]["problems"]}
             for name, digest in current.items()}
    save_state(state_path, state, sort_keys=True)  # (not indented: json's C encoder, a third of the time)
    invalid = []
    for name, entry in state.items():
        for line, severity, message, rule in entry["problems"]:
            ctx.report.add(str(ctx.tei_dir / name), line, severity, message, rule)
        if any(severity == "error" for _, severity, _, _ in entry["problems"]):
            invalid.append(name)
    for name in invalid:
        ctx.report.error(name, 0, "the document is not valid against the project's schema (problems above; "
                         "check it alone with: tei validate " + name + ")", "validate")
    unchanged = f" ({len(current) - len(todo)} unchanged since their last check)" if len(todo) < len(current) else ""
    print(f"validate: {len(todo)} of {len(current)} documents checked{unchanged}, {len(invalid)} invalid"
          f"{': ' + ', '.join(invalid) if invalid else ''}", file=sys.stderr)
    return not invalid


def _schema_salt() -> bytes:
    """The schema folder validation reads (TEI_SCHEMA_DIR where it is set)."""
    from .cache import tree_digest
    from .paths import schema_dir

    return tree_digest(schema_dir()).encode()


def stage_deposit(ctx: BuildContext) -> bool:
    """out/deposit/: the BagIt bag (TEI, corpus, CMIF, schema, renderings), replaced only when complete."""
    from .deposit import DepositOptions, make_deposit

    extra = {"base_url": ctx.base_url} if ctx.base_url else {}
    if ctx.told is not None and ctx.told.tei is not None:  # tei serve's: the TEI files not stat'ed again
        extra["tei_stamps"] = ctx.told.tei
    options = DepositOptions(authority=ctx.authority, check_outputs=False, validated=True, link_payload=True, **extra,
                             digest_cache=ctx.out / ".cache" / "deposit-digests.sqlite",
                             document_cache=ctx.out / ".cache" / "deposit-documents.sqlite",
                             renderings={"html": ctx.out / "html", "print": ctx.out / "print"})
    ok = make_deposit(ctx.tei_dir, ctx.out / "deposit", options, ctx.report)
    if ok:
        print(f"deposit: bag -> {ctx.out / 'deposit'}", file=sys.stderr)
    return ok


def stage_print(ctx: BuildContext) -> bool:
    """out/print/edition.pdf: the print edition (PDF/A), with its Typst source edition.typ beside
    it; a large corpus in volumes (edition-01.pdf, ...), of which only the changed are printed again."""
    from .pdf import print_edition

    # sorted as names: 10,000 Paths compared took 0.1 s of a one-edit rebuild
    tei_dir = ctx.tei_dir  # (a property: a Path made at each use)
    files = [tei_dir / name for name in sorted(n for n in os.listdir(tei_dir) if n.endswith(".xml"))]
    with stage_progress("print", "telegrams read and volumes typeset") as progress:
        ok, pdfs = print_edition(files, ctx.out / "print", ctx.report, progress=progress, jobs=ctx.jobs,
                                 state_path=ctx.out / ".cache" / "print.json", salt=_salt(ctx, "print"))
    if pdfs:
        where = pdfs[0] if len(pdfs) == 1 else f"{len(pdfs)} volumes in {ctx.out / 'print'}"
        print(f"print: {len(files)} telegrams -> {where}", file=sys.stderr)
    return ok


def stage_html(ctx: BuildContext) -> bool:
    """out/tei/ -> out/html/: the static site (its new files moved in only when all are made, tei.journal)."""
    from .html import render_site

    # out/.cache/html: what the last build made from which inputs, so that after an edit only
    # the pages it affects are made again
    with stage_progress("html", "pages") as progress:
        result = render_site(ctx.tei_dir, ctx.out / "html", ctx.report, state_dir=ctx.out / ".cache" / "html",
                             workers=1 if ctx.jobs == 1 else None,  # else a pool only for many pages
                             link_inputs=True, progress=progress,  # out/tei files are replaced, never edited
                             base_url=ctx.base_url, input_stamps=ctx.tei_stamps if ctx._tei_digest is not None else None,
                             salt=_salt(ctx, "html"))
    if result.search_deferred:  # (tei serve) search shards left stale: the next build indexes them
        ctx.provisional.add("html")
    redone = f" ({result.reused} unchanged, {result.rendered} made again)" if result.reused else ""
    print(f"html: {result.pages} pages from {len(result.documents)} documents{redone} -> {ctx.out / 'html'}"
          f"{'' if result.search else ' (no search index)'}", file=sys.stderr)
    return result.ok


# What each stage writes, as (folder, pattern of its files' names): a stage is up to date
# only while these are as its last good run left them (convert: every TEI file; the others:
# the files that are written last, when the rest is complete).
OUTPUTS = {"convert": ("tei", "*.xml"), "validate": None, "print": ("print", "edition*.pdf"),
           "html": ("html", "index.html"), "deposit": ("deposit", "bagit.txt")}


def inputs_digest(ctx: BuildContext, name: str) -> str:
    """One hash of everything the stage (after convert) reads: the TEI files, the code and the
    stage's own files: validate the schema; html the stylesheets its stylesheet reads
    (tei.stylesheets), the site's CSS and scripts, the address the edition is published at;
    print the stylesheets its stylesheet reads and the Typst template; the deposit, which bags
    the schema and both editions, all of these."""
    from . import paths
    from .cache import tree_digest

    salts = {"validate": lambda: _salt(ctx, "validate"), "html": lambda: f"{_salt(ctx, 'html')}\0{ctx.base_url}",
             "print": lambda: _salt(ctx, "print")}
    # (the deposit bags paths.SCHEMA_DIR, validation's folder unless TEI_SCHEMA_DIR says another)
    salts["deposit"] = lambda: "\0".join([*(salts[stage]() for stage in ("validate", "html", "print")),
                                          tree_digest(paths.SCHEMA_DIR)])
    return hashlib.sha256(f"{salts[name]()}\0{_tei_digest(ctx)}".encode()).hexdigest()


def _salt(ctx: BuildContext, name: str) -> str:
    """The stage's own files' hash (the schema, the stylesheets and static files, the Typst
    template), taken once a build: its key and the stage read the same (tei serve's next build
    takes it again, the files may have been edited)."""
    from .stylesheets import html_salt, print_salt

    if name not in ctx._salts:
        ctx._salts[name] = {"validate": lambda: _schema_salt().decode(), "html": html_salt, "print": print_salt}[name]()
    return ctx._salts[name]


def _tei_digest(ctx: BuildContext) -> str:
    """The hash of out/tei's files by their stamps (convert replaces a file it changes, never
    edits it in place), taken once a build (after convert)."""
    from .cache import stamps_digest, tree_stamps

    if ctx._tei_digest is None:
        ctx.tei_stamps.clear()
        if ctx.told is not None and ctx.told.tei is not None:  # the server's: none taken again
            ctx.tei_stamps.update(ctx.told.tei)
            ctx._tei_digest = stamps_digest(ctx.tei_stamps.items())
        else:
            ctx._tei_digest = tree_stamps(ctx.tei_dir, ctx.tei_stamps)  # (kept for the html stage: not taken again)
            if ctx.told is not None:  # the server's first build: what it is told from now on
                ctx.told.tei = dict(ctx.tei_stamps)
    return ctx._tei_digest


def _inputs(ctx: BuildContext, name: str) -> str:
    if name == "convert":
        return _convert_inputs(ctx)
    if name not in ctx._digests:  # after convert: it has written what the others read
        ctx._digests[name] = inputs_digest(ctx, name)
    return ctx._digests[name]


def _outputs(ctx: BuildContext, name: str) -> list | None:
    """The stage's outputs as they are now; None when it has written none (or they are gone)."""
    if OUTPUTS[name] is None:
        return []
    folder, pattern = OUTPUTS[name]
    return _listing(ctx.out / folder, pattern, ctx.told if folder == "tei" else None) or None


def _record_path(ctx: BuildContext, name: str) -> Path:
    return ctx.out / ".cache" / "stages" / f"{name}.json"


def _up_to_date(ctx: BuildContext, name: str, inputs: str | None = None) -> dict | None:
    """The record of the stage's last good run, while what it reads (inputs: _inputs's, when
    the caller has it) and what it wrote are as that run left them; else None."""
    from .cache import load_state

    try:
        last = load_state(_record_path(ctx, name))
    except (OSError, ValueError):
        return None
    if inputs is None:
        inputs = _inputs(ctx, name)
    if isinstance(last, dict) and last.get("inputs") == inputs and last.get("outputs") == _outputs(ctx, name):
        return last
    return None


READS_SITE = {"deposit"}  # the stages that read out/html (the deposit bags it)


def run_stage(ctx: BuildContext, name: str) -> bool:
    """Run one stage, unless what it reads and what it wrote are as its last good run left
    them: then its messages are given again and it does nothing else."""
    from .cache import save_state

    path = _record_path(ctx, name)
    inputs = _inputs(ctx, name)  # (the sources' stamps walked once: 0.1 s at 3,000 telegrams)
    last = _up_to_date(ctx, name, inputs)
    if last is not None:
        for file, line, level, text, code in last.get("messages", []):
            ctx.report.add(file, line, level, text, code)
        summary = last.get("summary", "")
        print(f"{name}: up to date{f' ({summary})' if summary else ''}", file=sys.stderr)
        return True
    path.unlink(missing_ok=True)  # a run that fails leaves no record to trust
    ctx.ran.append(name)
    first = len(ctx.report.messages)
    ok = dict(STAGES)[name](ctx)
    outputs = _outputs(ctx, name)
    # (a stage reading a preview's outputs is a preview too: the deposit bags the site; print,
    # which tei serve runs after html, reads only out/tei and is recorded as usual)
    preview = name in ctx.provisional or (ctx.provisional and name in READS_SITE)
    if ok and outputs is not None and not preview:
        messages = [[m.file, m.line, m.level, m.text, m.code] for m in ctx.report.messages[first:]]
        save_state(path, {"inputs": inputs, "outputs": outputs, "summary": ctx.summaries.get(name, ""),
                          "messages": messages})
    return ok


class Alongside:
    """A stage run in a process of its own while the parent goes on with the next ones: the
    print edition is typeset alongside validation and the HTML edition (each reads out/tei
    only, and after a one-file edit each is mostly one process's serial work, so on two cores
    the build takes the longer of the two, not their sum).  Its messages and its lines on
    stderr are given when it is joined, where a build one stage after another gives them."""

    def __init__(self, ctx: BuildContext, name: str):
        import multiprocessing

        self.name, self.started = name, time.perf_counter()
        # forked, which starts at once, while no Saxon processor has been made here (a running
        # GraalVM isolate must not be copied by a fork); else spawned (the imports again: 0.5 s)
        xslt = sys.modules.get("tei.xslt")
        fork = "fork" in multiprocessing.get_all_start_methods() and getattr(xslt, "_PROCESSOR", None) is None
        context = multiprocessing.get_context("fork" if fork else "spawn")
        self._receive, send = context.Pipe(duplex=False)
        apart = BuildContext(ctx.seeds, ctx.out, ctx.authority, Report(), ctx.strict, ctx.jobs, base_url=ctx.base_url,
                             _digests={name: _inputs(ctx, name)}, _salts=dict(ctx._salts))
        self._process = context.Process(target=_run_apart, args=(apart, name, send), name=f"tei-{name}")
        self._process.start()
        send.close()
        print(f"{name}: started alongside the next stages (its report follows theirs)", file=sys.stderr)

    def join(self, ctx: BuildContext, at: int) -> bool:
        """Wait for the stage; its messages put into ctx.report at index at.  False: it had errors."""
        try:
            ok, messages, lines, seconds = self._receive.recv()
        except (EOFError, OSError):  # the process died without a word (killed, out of memory)
            ok, messages, lines, seconds = False, [], "", time.perf_counter() - self.started
            messages.append(Message(str(ctx.out), 0, ERROR, f"the {self.name} stage stopped without finishing (its "
                                    "process ended); run tei build again", "build"))
        self._process.join()
        ctx.report.messages[at:at] = messages
        sys.stderr.write(lines)
        ctx.timings[self.name] = seconds
        return ok

    def stop(self) -> None:
        """The build was interrupted: the stage too (its outputs are written whole or not at all)."""
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()


def _run_apart(ctx: BuildContext, name: str, send) -> None:
    """Alongside's process: the stage run as run_stage runs it, with no progress shown (the
    parent's bar is on the terminal), its stderr kept to be written by the parent."""
    import contextlib
    import io

    from . import progress

    progress.quiet()
    lines = io.StringIO()
    start = time.perf_counter()
    with contextlib.redirect_stderr(lines):
        try:
            ok = run_stage(ctx, name)
        except Exception as exc:  # a bug: said as the parent would say it, not a traceback
            ctx.report.error(str(ctx.out), 0, f"internal error in the {name} stage ({type(exc).__name__}: {exc}); "
                             "please report this", "internal")
            ok = False
    send.send((ok, ctx.report.messages, lines.getvalue(), time.perf_counter() - start))
    send.close()


STAGES: list[tuple[str, Callable[[BuildContext], bool]]] = [
    ("convert", stage_convert),
    ("validate", stage_validate),
    ("print", stage_print),
    ("html", stage_html),
    ("deposit", stage_deposit),
]


# tei serve's rebuilds: the site first, which the editor looks at, then the print edition and
# the deposit, which bags it (the stages read only out/tei, so the outputs are the same bytes)
SITE_FIRST = ["convert", "validate", "html", "print", "deposit"]


def build_edition(seeds: Path, out: Path, authority: Path | None, report: Report, strict: bool = False,
                  jobs: int = 1, timings: bool = False, base_url: str = "", executor: tuple | None = None,
                  alongside_print: bool = True, ran: list[str] | None = None,
                  site_done: Callable[[bool], None] | None = None, told: Told | None = None) -> bool:
    """Run the stages in order.  A stage with errors (a source that cannot be read, an invalid
    document, a telegram that cannot be typeset) does not stop the others: the HTML and print
    editions are made from the rest, as users look at them to correct the sources; but the
    deposit, which is for a repository, is made only from a build without errors.  False when
    a stage had errors.  alongside_print=False: every stage in this process (tei serve's
    rebuilds, which keep this process's Saxon and Typst warm); ran: filled with the stages run.
    site_done: the stages in SITE_FIRST's order, and site_done(ok) called once the html stage
    is done (ok: no stage had errors so far), before print and deposit (tei serve's rebuilds).
    told: what tei serve knows of the inputs and of out/tei (see Told), kept up to date here."""
    ctx = BuildContext(seeds, out, authority, report, strict, jobs, base_url=base_url, executor=executor,
                       ran=ran if ran is not None else [], told=told)
    out.mkdir(parents=True, exist_ok=True)
    failed: list[str] = []
    alongside: Alongside | None = None
    at = 0  # where the messages of the stage run alongside go: after those of the stages before it
    order = SITE_FIRST if site_done is not None else [name for name, _ in STAGES]
    if site_done is not None:
        from .cache import hold_states, write_held

        alongside_print = False
        hold_states()  # (the stages' state files written once the site is up to date: below)
    try:
        for name in order:
            if alongside is not None and name == "deposit":  # the deposit bags the print edition
                if not alongside.join(ctx, at):
                    failed.append(alongside.name)
                if timings:
                    print(f"timing: {alongside.name}: {ctx.timings[alongside.name]:.3f} s (alongside)", file=sys.stderr)
                alongside = None
            if name == "deposit" and failed:
                report.error(str(out / "deposit"), 0, f"no deposit was made: the {_stage_list(failed)} had errors "
                             "(above) and a deposit holds the whole edition, valid; the next build without errors makes it "
                             "(the last deposit was left as it was)", "build")
                break
            if alongside is not None and name == alongside.name:
                at = len(report.messages)
                continue
            start = time.perf_counter()
            ok = run_stage(ctx, name)
            ctx.timings[name] = time.perf_counter() - start
            if timings:
                print(f"timing: {name}: {ctx.timings[name]:.3f} s", file=sys.stderr)
            if not ok:
                failed.append(name)
                if name == "convert" and not any(ctx.tei_dir.glob("*.xml")):
                    report.error(str(out), 0, "the build stopped: no source gave a telegram (errors above); the "
                                 "outputs of earlier builds were left as they were", "build")
                    return False
            if name == "html" and site_done is not None:
                site_done(not failed)
                write_held()
            if name == "convert" and jobs > 1 and executor is None and alongside_print and \
                    _up_to_date(ctx, "print") is None:
                alongside = Alongside(ctx, "print")
                ctx.ran.append("print")  # (not up to date: else it is not started)
    finally:
        if alongside is not None:  # interrupted: the stage alongside stops too
            alongside.stop()
        if site_done is not None:  # (the build stopped before the site was done)
            write_held()
    return not failed


def _stage_list(names: list[str]) -> str:
    stages = [f"'{n}'" for n in names]
    return (f"{', '.join(stages[:-1])} and {stages[-1]} stages" if len(stages) > 1 else f"{stages[0]} stage")
