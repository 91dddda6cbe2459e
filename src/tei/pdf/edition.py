"""The print edition of a whole corpus: one volume, or several when it is large.

A printed edition of thousands of telegrams is a set of volumes, not one book, and so is this
one: the documents, in the order of their file names (for tei build: date, then parties),
are printed in volumes of at most VOLUME_SIZE telegrams, each a complete book with its own
introduction, indexes and list of sources, "Volume 2 of 34" under the title
(edition-01.pdf, edition-02.pdf, ...); a corpus that fits in one is edition.pdf.  Typst
holds a whole volume in memory, so the size of a volume, not of the corpus, bounds the
memory the print needs.

With a state file, a volume whose documents (and the stylesheets and code) are unchanged
since it was printed is not typeset again: after a one-file edit, only its volume is, and
of its telegrams only those that changed are made again by the stylesheet (each one's Typst
text is kept beside the state, in print-telegrams/<volume>.json).  A
document's digest is kept in the state with its file's stamp (tei.cache.stamp) and read again
only when the stamp changed (tei build's files are replaced, never edited in place: reading all
10,000 of them for the volumes' keys took 0.3 s of a rebuild); so is the name it gives its
source.  A source known to the authority file under several names (an archive whose records
cite it by two) is given one in every volume, the one the edition's documents give it most
often (then the first in alphabetical order), as the HTML edition does
(tei.html.catalogue): a volume's key holds the names of its sources, so that an edit that
changes a name elsewhere prints again the volumes that name it.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from lxml import etree

from ..cache import file_stamp
from ..messages import Report
from ..stylesheets import print_salt
from ..writer import write_atomic
from .render import print_volume

VOLUME_SIZE = 200


def volumes(paths: list[Path], size: int = VOLUME_SIZE) -> list[tuple[str, list[Path]]]:
    """(PDF file name, documents) of each volume."""
    paths = sorted(paths, key=lambda p: p.name)
    if len(paths) <= size:
        return [("edition.pdf", paths)]
    count = (len(paths) + size - 1) // size
    per = (len(paths) + count - 1) // count  # volumes of about the same size
    width = max(2, len(str(count)))
    return [(f"edition-{i + 1:0{width}d}.pdf", paths[i * per:(i + 1) * per]) for i in range(count)]


def _kept(state_path: Path | None, name: str) -> Path | None:
    """Where a volume's telegrams' Typst texts are kept between builds (see render.typst_source)."""
    if state_path is None:
        return None
    return state_path.with_name(f"{state_path.stem}-telegrams") / Path(name).with_suffix(".json").name


def _source_of(path: Path) -> list:
    """[authority entry's id, name, book_evidence] of a document's source (["", "", None] when it
    cannot be read: the volume reports it)."""
    from ..html.entry import source_and_book_of

    try:
        tree = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True))
        tree.xinclude()
    except (etree.XMLSyntaxError, etree.XIncludeError, OSError):
        return ["", "", None]
    name, ref, book = source_and_book_of(tree.getroot())
    return [ref or "", name or "", book]


def source_names(sources: dict[str, list]) -> dict[str, str]:
    """{a source's key: the one name the edition gives it} from each document's [entry, name,
    book_evidence] (entry.edition_source_names: catalogue.Catalogue's rule)."""
    from ..html.entry import edition_source_names

    return edition_source_names((ref, name, book, 1) for ref, name, book in sources.values())


def _print_one(args, progress=None) -> tuple[bool, list]:
    """Print one volume (in a worker, or here): (every document printed, the messages)."""
    docs, pdf, paper, alone, volume, kept, salt, names = args
    report = Report()
    printed = print_volume(docs, pdf, report, paper=paper, alone=alone, volume=volume, progress=progress,
                           kept=kept, salt=salt, names=names)
    return printed, report.messages


def print_edition(paths: list[Path], out_dir: Path, report: Report, *, volume_size: int = VOLUME_SIZE,
                  state_path: Path | None = None, progress=None, paper: str = "a5",
                  jobs: int = 1, salt: str | None = None) -> tuple[bool, list[Path]]:
    """Print the documents as one or more volumes into out_dir.  Returns (every document
    printed, the PDFs of the edition).  PDFs of an earlier edition that are no longer part
    of it are removed once the new volumes are written.  jobs > 1: volumes in parallel."""
    from ..html.entry import source_key  # (as source_names': the HTML package loaded when printing only)

    out_dir = Path(out_dir)
    plan = volumes([p if isinstance(p, Path) else Path(p) for p in paths], volume_size)
    if salt is None:  # (tei build's: taken once for its key and the stage)
        salt = print_salt()  # (the stylesheets it reads, not the HTML edition's)
    try:
        state = json.loads(state_path.read_text(encoding="utf-8")) if state_path else {}
        known, digests = dict(state["volumes"]), dict(state["files"])
        sourced = dict(state.get("sources", {}))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        known, digests, sourced = {}, {}, {}
    files = {}  # document's name -> [its file's stamp..., its digest], for the next run
    sources = {}  # document's name -> [its source's authority entry, its name], for the next run
    for _, docs in plan:
        for doc in docs:
            st = list(file_stamp(doc) or [])
            entry = digests.get(doc.name)
            if st and entry and entry[:-1] == st and len(sourced.get(doc.name) or ()) == 3:
                sources[doc.name] = sourced[doc.name]
            else:
                entry = [*st, hashlib.sha256(doc.read_bytes()).hexdigest()]
                sources[doc.name] = _source_of(doc)
            files[doc.name] = entry
    names = source_names(sources)
    if progress:
        progress.start(sum(len(docs) + 1 for _, docs in plan))
    ok, done, todo = True, {}, []
    for n, (name, docs) in enumerate(plan, 1):
        volume = "" if len(plan) == 1 else f"Volume {n} of {len(plan)}"
        digest = hashlib.sha256(f"{salt}\0{volume}\0{paper}".encode())
        for doc in docs:
            digest.update(doc.name.encode() + b"\0" + files[doc.name][-1].encode() + b"\0")
        # the names its sources are given (decided by the whole edition)
        named = {key: names[key] for key in (source_key(*sources[doc.name]) for doc in docs) if key in names}
        digest.update(json.dumps(named, sort_keys=True).encode())
        key = digest.hexdigest()
        if known.get(name) == key and (out_dir / name).exists():
            done[name] = key
            if progress:
                progress.advance(len(docs) + 1)
        else:
            todo.append((name, key, (docs, out_dir / name, paper, None if len(plan) == 1 else False, volume,
                                     _kept(state_path, name), salt, named)))
    pool = None
    if len(todo) <= 1:
        results = (_print_one(args, progress) for _, _, args in todo)
    else:
        # Each volume in a process of its own, which ends after it: Typst keeps its caches for
        # the life of a process, so the memory of one volume is given back before the next.
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        pool = ProcessPoolExecutor(max_workers=max(1, jobs), mp_context=multiprocessing.get_context("spawn"),
                                   max_tasks_per_child=1)
        results = pool.map(_print_one, [args for _, _, args in todo])
    try:
        for (name, key, (docs, *_)), (printed, messages) in zip(todo, results):
            report.messages.extend(messages)
            ok = ok and printed
            if printed:
                done[name] = key  # a volume with a document left out is printed again next time
            if progress and pool is not None:
                progress.advance(len(docs) + 1)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    for old in out_dir.glob("edition*.pdf"):
        if old.name not in dict(plan):
            old.unlink()
            old.with_suffix(".typ").unlink(missing_ok=True)
    if state_path:
        for old in _kept(state_path, "*").parent.glob("edition*.json"):
            if old.with_suffix(".pdf").name not in dict(plan):
                old.unlink()
        # (no indent: json's C encoder, a tenth of a second less for 10,000 files)
        write_atomic(state_path, json.dumps({"volumes": done, "files": files, "sources": sources}, sort_keys=True).encode())
    return ok, [out_dir / name for name, _ in plan if (out_dir / name).exists()]
