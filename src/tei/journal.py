"""Outputs updated in place under a journal.

An output folder of tens of thousands of files (the HTML site, the deposit bag) changes in a
few files after a one-file edit; making it anew beside the old and swapping it in costs a
link or a copy of every file.  Instead:

    update = Update(folder)            # finishes a journal left by an interrupted run first
    write(update.path("a/b.html"))     # new and changed files, written complete, into staging
    update.remove("c.html")            # files the new output no longer has
    update.commit()                    # the journal, written whole and renamed; then the moves

The journal (.<folder>.journal beside the folder) lists the staged files to move in and the
files to remove; it is written only once every staged file is complete, and the moves and
removals it lists can be done again (a file already moved is no longer in the staging
folder).  Any later Update of the folder, or recover(), finishes it first (roll forward).  So
an interruption at any point leaves either the old output (before the journal) or, after the
next run, the new one; never a half-written file, since each move is a rename.  Files are
replaced, never changed in place: a hard link to an old file keeps the old bytes.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

from .writer import write_atomic


def journal_path(folder: Path) -> Path:
    return folder.parent / f".{folder.name}.journal"


def recover(folder: Path) -> dict | None:
    """Finish the update a journal beside folder lists, if there is one (the journal then)."""
    folder = Path(folder)
    try:
        journal = json.loads(journal_path(folder).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    _apply(folder, journal)
    return journal


def _apply(folder: Path, journal: dict) -> None:
    staging = folder.parent / journal["staging"]
    for rel in journal["moves"]:
        src = os.path.join(staging, rel)
        if not os.path.lexists(src):  # moved by the run that was interrupted
            continue
        dst = os.path.join(folder, rel)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        _move(src, dst)
    for rel in journal["removals"]:
        path = os.path.join(folder, rel)
        try:
            os.unlink(path)
        except FileNotFoundError:
            pass
        _prune(folder, os.path.dirname(path))
    shutil.rmtree(staging, ignore_errors=True)
    journal_path(folder).unlink(missing_ok=True)


def scratch_folder(parent: Path, prefix: str) -> Path:
    """A new scratch folder in parent, its name prefix, this process's id and a random part;
    first the scratch folders of that prefix whose processes are gone are removed (a run killed
    before its cleanup, by SIGKILL or the machine's end, leaves its scratch behind)."""
    _sweep(parent, prefix)
    return Path(tempfile.mkdtemp(prefix=f"{prefix}{os.getpid()}-", dir=parent))


def _sweep(parent: Path, prefix: str, keep: str = "") -> None:
    try:
        names = os.listdir(parent)
    except FileNotFoundError:
        return
    for name in names:
        if not name.startswith(prefix) or name == keep:
            continue
        pid = name[len(prefix):].split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(os.path.join(parent, name), ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # (another user's process: alive)
        return True
    return True


def _move(src: str, dst: str) -> None:
    os.replace(src, dst)  # atomic: dst is the old file or the new one, never a part


def _prune(folder: Path, path: str) -> None:
    """Remove the empty folders from path up to folder (a search shard no longer there)."""
    top = os.path.normpath(folder)
    path = os.path.normpath(path)
    while path != top and path.startswith(top + os.sep):
        try:
            os.rmdir(path)
        except OSError:  # not empty, or gone
            return
        path = os.path.dirname(path)


class Update:
    """One in-place update of folder (see the module's docstring)."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.recovered = recover(self.folder)  # (the journal of an update finished here, if any)
        self.folder.parent.mkdir(parents=True, exist_ok=True)
        # (after recover: a journal's staging folder is swept only once its update is finished)
        self.staging = scratch_folder(self.folder.parent, f".{self.folder.name}.staged-")
        self.removals: set[str] = set()
        self.journaled = False

    def path(self, rel: str) -> Path:
        """Where to write the file rel (relative to the folder, with /) of the new output."""
        path = self.staging / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        return path

    def remove(self, rel: str) -> None:
        self.removals.add(rel)

    def staged(self) -> list[str]:
        """The files written into the staging folder, relative, in order."""
        found = []
        for root, _, files in os.walk(self.staging):
            rel = os.path.relpath(root, self.staging)
            found.extend(name if rel == "." else f"{rel}/{name}".replace(os.sep, "/") for name in files)
        return sorted(found)

    def commit(self, moves: list[str] | None = None, note: dict | None = None, before_moves=None) -> list[str]:
        """Write the journal, then do what it lists; the files moved in.  moves: staged(),
        when listed already; note: what the journal records besides (what the output's
        record, kept elsewhere, is: see tei.html.state); before_moves: called once the
        journal is written (a record of the output committed then describes it, whether
        the moves are done now or by the next run)."""
        moves = self.staged() if moves is None else moves
        journal = {"staging": self.staging.name, "moves": moves, "removals": sorted(self.removals - set(moves)),
                   "note": note}
        self.folder.mkdir(exist_ok=True)
        write_atomic(journal_path(self.folder), json.dumps(journal).encode("utf-8"), compare=False)
        self.journaled = True
        if before_moves is not None:
            before_moves()
        _apply(self.folder, journal)
        return moves

    def discard(self) -> None:
        """Let the staged files go (the output stays as it was), unless the journal is
        written: then the update is finished by the next run."""
        if not self.journaled:
            shutil.rmtree(self.staging, ignore_errors=True)
