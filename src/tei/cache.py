"""Build state kept in out/.cache so that a second build redoes only what changed.

A source's conversion is stored under a key made of everything it depends on: the source's
bytes, the authority file, the --format asked for, and the converter's own code.  Editing
one of them changes the key, so nothing stale is ever reused.  Entries are written
atomically; an interrupted build leaves whole entries or none.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import sqlite3
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from . import __version__
from .writer import write_atomic

PACKAGE = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def _code_digest() -> str:
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(PACKAGE.rglob("*.py")):
        digest.update(path.relative_to(PACKAGE).as_posix().encode())
        digest.update(path.read_bytes())
    from .paths import XSLT_DIR
    # data the converter reads beside its code (shared with the stylesheets)
    digest.update((XSLT_DIR / "common" / "family-names.xml").read_bytes())
    return digest.hexdigest()


def code_fingerprint() -> str:
    """Hash of the converter's code and data, and of the edition the outputs name (its name
    and publisher are in every file), so that a new version or another edition invalidates
    the cache."""
    from . import edition

    return hashlib.sha256(f"{_code_digest()}\0{edition.digest()}".encode()).hexdigest()


def tree_digest(*folders: Path) -> str:
    """One hash of the converter's code and of every file in the folders (hidden ones aside)."""
    digest = hashlib.sha256(code_fingerprint().encode())
    for folder in folders:
        for path in sorted(folder.rglob("*")) if folder.is_dir() else []:
            if path.is_file() and not path.name.startswith("."):
                digest.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def tree_stamps(folder: Path, found: dict[str, tuple | None] | None = None) -> str:
    """One hash of the names and stamps (see stamp) of every file under folder, hidden ones
    aside: whether a folder of sources or TEI files is as a build left it, without reading
    the files (at 10,000 documents reading them took most of a second).  A file edited or
    replaced gets a new stamp; an unchanged one keeps it.  found: filled with the stamps by
    path relative to folder (for a caller that needs them too: not taken twice)."""
    listed = list(_stamps_under(str(folder)))
    if found is not None:
        found.update(listed)
    return stamps_digest(listed)


def stamps_digest(listed) -> str:
    """tree_stamps's hash of (path relative to the folder, stamp) pairs, however they were taken."""
    digest = hashlib.sha256()
    for rel, st in sorted(listed):
        digest.update(f"{rel}\0{st}\n".encode())
    return digest.hexdigest()


def folder_stamps(folder) -> dict[str, tuple | None]:
    """The stamp of every file under folder, hidden files and folders aside, by path (the
    folder's path joined with the file's)."""
    prefix = os.path.join(str(folder), "")
    return {prefix + rel: st for rel, st in _stamps_under(str(folder))}


def _stamps_under(folder: str, rel: str = ""):
    """(path relative to folder, with os.sep; stamp or None) of every file under folder, hidden
    files and folders aside, as os.walk finds them (a symbolic link to a folder not followed,
    nor listed); with os.scandir, no path joined and taken apart again per file (10,000 TEI
    files' stamps were 0.2-0.3 s of a rebuild with os.walk and os.path.relpath)."""
    try:
        scan = os.scandir(os.path.join(folder, rel) if rel else folder)
    except OSError:
        return
    folders = []
    with scan:
        for entry in scan:
            if entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                if not entry.is_symlink():
                    folders.append(rel + entry.name + os.sep)
                continue
            try:
                found = stamp(entry.stat())
            except OSError:
                found = None
            yield rel + entry.name, found
    for sub in folders:
        yield from _stamps_under(folder, sub)


def stamp(st: os.stat_result) -> tuple:
    """What tells a file apart from its next version when outputs are replaced, never changed
    in place (tei build's): the same device, inode, size and modification time."""
    return st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns


def file_stamp(path) -> tuple | None:
    """stamp() of the file at path, or None when it cannot be read."""
    try:
        return stamp(os.stat(path))
    except OSError:
        return None


def open_sqlite(path: Path, schema: str) -> sqlite3.Connection | None:
    """A cache kept in an SQLite file, with its tables made (the schema script is run on
    opening); a file that is not a readable database is replaced by a new one; None when
    none can be made (the caller then works without its cache)."""
    for _ in range(2):
        db = None
        try:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(str(path))
            db.executescript(schema)
            return db
        except (sqlite3.Error, OSError):
            if db is not None:
                db.close()
            try:
                Path(path).unlink(missing_ok=True)
            except OSError:
                return None
    return None


def file_digest(path: Path | None) -> str:
    if path is None:
        return "default"
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return "missing"


# A process that builds again and again (tei serve) keeps the entries it read or wrote here,
# by key: unpickling every source's entry for linking was most of a rebuild's convert stage.
# The key is the entry's whole identity (the source's bytes, the authority file, the code),
# so an entry kept is never stale; None: not kept (a single build reads each entry once).
_KEPT: dict[str, tuple] | None = None


def keep_entries() -> None:
    """From now on this process keeps the convert cache's entries in memory (see _KEPT), and
    the stages' state files it reads or writes (see load_state)."""
    global _KEPT, _STATES
    if _KEPT is None:
        _KEPT = {}
    if _STATES is None:
        _STATES = {}


def keeping() -> bool:
    """Whether this process keeps what its builds read between them (keep_entries: tei serve)."""
    return _KEPT is not None


# ... and the stages' state files (JSON: the validate stage's, the convert stage's outputs and
# keys), by path: (the file's stamp when this process last wrote or read it, its value).  Read
# back and parsed, then written whole, at each rebuild, they were a tenth of a second and more
# at 10,000 telegrams; kept, a file is read again only when another process has replaced it.
_STATES: dict[str, tuple[tuple, object]] | None = None


# State files whose writing is held back (hold_states): path -> (value, json.dumps options).
_HELD: dict[str, tuple[object, dict]] | None = None


def hold_states() -> None:
    """From now on save_state's writes wait for write_held (load_state gives their values
    meanwhile): tei serve's rebuilds write the stages' state files once the site is up to date.
    A file whose value changes is removed when the value is held, so a process that stops before
    leaves only files that still hold: the next build finds the rest missing (more work, never a
    wrong output)."""
    global _HELD
    if _HELD is None:
        _HELD = {}


def write_held() -> None:
    """The state files held back written, in the order they were saved; none held from now on."""
    global _HELD
    held, _HELD = _HELD, None
    for path, (value, options) in (held or {}).items():
        save_state(Path(path), value, **options)


def load_state(path: Path):
    """The JSON value of a state file (OSError, ValueError as reading it raises): in a process
    that keeps them, the value it last wrote or read there while the file is as it left it.
    The caller does not change the value it is given."""
    if _HELD is not None and str(path) in _HELD:
        return _HELD[str(path)][0]
    if _STATES is not None:
        kept = _STATES.get(str(path))
        if kept is not None and kept[0] == file_stamp(path):
            return kept[1]
    found = file_stamp(path)  # (before the bytes: a file replaced between is read again next time)
    value = json.loads(Path(path).read_bytes())
    if _STATES is not None and found is not None:
        _STATES[str(path)] = (found, value)
    return value


def save_state(path: Path, value, **options) -> None:
    """Write a state file whole (json.dumps with the options), unless a process that keeps
    them knows it holds that value already.  The caller does not change the value after."""
    if _HELD is not None:
        kept = _STATES.get(str(path)) if _STATES is not None else None
        if str(path) not in _HELD and not (kept is not None and kept[1] == value):
            # (a value the file on disk does not hold: the file goes now, so a process stopped
            # before write_held leaves no state that would vouch for outputs it no longer describes,
            # e.g. convert's manifest for a TEI file rewritten since)
            Path(path).unlink(missing_ok=True)
        _HELD.pop(str(path), None)  # (its place in the order: this save's)
        _HELD[str(path)] = (value, options)
        return
    kept = _STATES.get(str(path)) if _STATES is not None else None
    if kept is not None and kept[1] == value and kept[0] == file_stamp(path):
        return
    write_atomic(path, json.dumps(value, **options).encode("utf-8"), compare=_STATES is None)
    if _STATES is not None:
        found = file_stamp(path)
        if found is not None:
            _STATES[str(path)] = (found, value)


def _kept_copy(value: tuple) -> tuple:
    """An entry as get() gives it, safe to hand out again: the caller fills the result's ids."""
    result, messages, converted = value
    return replace(result, ids=[]), list(messages), list(converted)


class ConversionCache:
    def __init__(self, folder: Path, authority_path: Path | None, fmt: str | None):
        from .authority import DEFAULT_AUTHORITY

        self.folder = folder
        self.salt = "|".join([code_fingerprint(), file_digest(authority_path or DEFAULT_AUTHORITY), fmt or "sniff"])

    def key(self, source: Path) -> str | None:
        try:
            data = source.read_bytes()
        except OSError:
            return None
        return hashlib.sha256(self.salt.encode() + b"\0" + str(source).encode() + b"\0" + data).hexdigest()

    def keys(self, sources: list[Path], stamps: dict[str, tuple | None] | None = None) -> dict[Path, str | None]:
        """key() of each source; one whose stamp (see stamp: an edit in place changes its
        time) is the one it had when its key was last worked out keeps that key, unread
        (reading and hashing 5,000 unchanged sources was 0.2 s of a one-edit rebuild at
        10,000 telegrams).  The keys are kept in the folder's keys.json.  stamps: the
        sources' stamps by path as the caller took them (tei serve's snapshot), else taken here."""
        path = self.folder / "keys.json"
        try:
            kept = load_state(path)
            known = kept["sources"] if kept.get("salt") == self.salt else {}
        except (OSError, ValueError, AttributeError, KeyError, TypeError):
            known = {}
        keys, now = {}, {}
        for source in sources:
            name = str(source)
            found = stamps[name] if stamps is not None and name in stamps else file_stamp(source)
            # (the stamp before the bytes: an edit between is seen next time)
            entry = known.get(name)
            key = entry[1] if isinstance(entry, list) and len(entry) == 2 and found is not None and \
                entry[0] == list(found) else self.key(source)
            if found is not None and key is not None:
                now[name] = [list(found), key]
            keys[source] = key
        if _KEPT is not None:  # entries of sources edited since, or gone, are not asked for again
            current = set(keys.values())
            for gone in [k for k in _KEPT if k not in current]:
                del _KEPT[gone]
        if now != known:
            save_state(path, {"salt": self.salt, "sources": now}, sort_keys=True)
        return keys

    # A source's entry is two files: <key>.pickle (its result, messages and each telegram's id
    # and signature: what linking needs) and <key>.docs (the telegrams' XML, read only when a
    # telegram is written), so that a rebuild after one edit reads little of the rest.

    def _path(self, key: str, suffix: str) -> Path:
        return self.folder / key[:2] / f"{key}{suffix}"

    def get(self, key: str | None):
        """(result, messages, converted) of a source converted before, the telegrams without
        their XML (see docs); None when not cached."""
        if key is None:
            return None
        if _KEPT is not None and key in _KEPT:
            return _kept_copy(_KEPT[key])
        try:
            value = pickle.loads(self._path(key, ".pickle").read_bytes())
            if not self._path(key, ".docs").exists():
                return None
            if _KEPT is not None:
                _KEPT[key] = _kept_copy(value)
            return value
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            return None

    def docs(self, key: str) -> list[bytes] | None:
        """The XML of a cached source's telegrams, in order (None when it cannot be read)."""
        try:
            return pickle.loads(self._path(key, ".docs").read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            return None

    def put(self, key: str | None, value) -> None:
        if key is None:
            return
        result, messages, converted = value
        # the XML first: an entry whose .pickle exists has its .docs
        write_atomic(self._path(key, ".docs"), pickle.dumps([c.xml for c in converted], protocol=pickle.HIGHEST_PROTOCOL))
        entry = (result, messages, [replace(c, xml=b"") for c in converted])
        write_atomic(self._path(key, ".pickle"), pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL))
        if _KEPT is not None:
            _KEPT[key] = _kept_copy(entry)
