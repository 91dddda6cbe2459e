"""BagIt bags: updated in place under a journal (tei.journal: the files that change written
into a folder beside the target, then moved in); checked file by file."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import bagit

from ..cache import open_sqlite, stamp
from ..journal import Update

CHECKSUMS = ["sha256", "sha512"]


@dataclass
class Verification:
    bag: Path
    changed: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # the bag itself is unreadable

    @property
    def ok(self) -> bool:
        return not (self.changed or self.missing or self.extra or self.problems)

    def lines(self) -> list[str]:
        return ([f"changed: {p}" for p in self.changed] + [f"missing: {p}" for p in self.missing]
                + [f"extra: {p}" for p in self.extra] + [f"error: {p}" for p in self.problems])


def _files(folder: Path) -> Iterator[tuple[str, str]]:
    """(path relative to folder, with /; path) of every file under folder, in the order of
    their path steps: each folder's names sorted, a subfolder's files where its name sorts
    (so only one folder's names are held at a time; strings, not pathlib: this runs over every
    file of the site).  Symbolic links to folders are not followed."""
    def walk(path: str, rel: str) -> Iterator[tuple[str, str]]:
        with os.scandir(path) as scan:
            entries = sorted(((e.name, e.path, e.is_dir(follow_symlinks=False)) for e in scan))
        for name, full, is_dir in entries:
            step = f"{rel}/{name}" if rel else name
            if is_dir:
                yield from walk(full, step)
            elif os.path.isfile(full):
                yield step, full

    yield from walk(str(folder), "")


def _listed(folder: Path) -> Iterator[str]:
    """The paths (relative, with /) of every file under folder, in no order."""
    return (rel for rel, _ in _inodes(str(folder)))


def _inodes(folder: str) -> Iterator[tuple[str, tuple[int, int]]]:
    """(path relative to folder, with /; (device, inode)) of every file under folder, in no
    order: the inodes as the folders list them, the device their folder's (only folders are
    stat'ed).  Symbolic links to folders are not followed; a symbolic link's own inode is no
    file's it points to."""
    def walk(path: str, rel: str) -> Iterator[tuple[str, tuple[int, int]]]:
        try:
            device = os.stat(path).st_dev
            with os.scandir(path) as scan:
                for entry in scan:
                    if entry.is_dir(follow_symlinks=False):
                        yield from walk(entry.path, f"{rel}{entry.name}/")
                    else:
                        yield f"{rel}{entry.name}", (device, entry.inode())
        except OSError:
            return

    yield from walk(folder, "")


def human_size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1000
    return str(n)


class BagBuilder:
    """An in-place update of the bag ``target`` (tei.journal): write the payload files that
    are new or changed into ``payload`` (the staging folder's data/) or ``add`` them (a file
    the bag holds already, as a hard link to the same file, is kept where it is), then
    ``commit`` writes the manifests and tag files and moves the staged files in; the files of
    the last bag that the new one does not have are removed.  An interruption leaves the last
    bag, or one that the next deposit finishes.

    The bag is written here, not by bagit.make_bag, for speed at corpus scale (bagit reopens
    the bag after making it and resolves every path of its manifests, seconds per ten
    thousand files); bagit itself checks the result in ``verify_bag`` and the tests.  A file
    whose digests are in ``digests`` (a DigestCache: same device, inode, size and
    modification time) is not read again."""

    def __init__(self, target: Path, digests: "DigestCache | None" = None):
        self.target = Path(target).resolve()
        if self.target.exists() and not self._replaceable(self.target):
            raise FileExistsError(f"{target} exists and is not a bag made by tei deposit: give another --out, "
                                  "or empty or remove that folder first")
        self.update = Update(self.target)
        self.staging = self.update.staging
        self.payload = self.staging / "data"
        self.payload.mkdir()
        self.digests = digests
        # payload files of the last bag that stay: path under data/ -> (None: its path there, its stamp, taken once)
        self.kept: dict[str, tuple[str | None, tuple]] = {}
        self._inodes: dict[str, tuple] | None = None  # (device, inode) of the last bag's payload files
        self._ahead: dict[str, object] = {}  # staged file (under data/) -> its digests being made (a Future)
        self._hasher = None  # the thread that makes them
        # tei serve: each payload file's stamp at this bag's last deposit in this process, by
        # its source's path (see add), and those of this deposit, kept when it is committed
        self._last_stamps = _STAMPS.pop(str(self.target), {}) if _STAMPS is not None else {}
        self._stamps: dict[str, tuple] = {}

    def add(self, source: Path | str, rel: str, copy, listed: tuple[int, int] | None = None,
            stamped: tuple | None = None) -> None:
        """The file source as data/rel of the bag, by copy(source, path) unless the bag holds
        it already (the same file: copy is tei.writer.link_or_copy, hard links to outputs
        that are replaced, never changed in place).  listed: the file's (device, inode) as
        its folder's listing gave them; in a process that keeps its deposits' stamps (tei
        serve), a file listed with the inode it had at the last deposit is that deposit's
        file and is not stat'ed again (a file replaced since has another inode: the old one
        is held by the bag's hard link, so its number cannot have been given again).  stamped:
        the file's stamp as this deposit took it already (not stat'ed again)."""
        if self._inodes is None:
            # (read with the folders' names: a second stat of every file was a sixth of a re-deposit)
            self._inodes = dict(_inodes(os.path.join(self.target, "data")))
        source = str(source)
        known = self._last_stamps.get(source) if listed is not None else None
        if known is None or known[:2] != listed:  # (not the last deposit's file: the stamp taken, if given)
            known = stamped
        if known is not None and known[:2] == self._inodes.get(rel):
            self.kept[rel] = (None, known)
            self._stamps[source] = known
            return
        try:
            a = os.stat(source)
            if (a.st_dev, a.st_ino) == self._inodes.get(rel):
                self.kept[rel] = (None, stamp(a))  # (its path made only if it is to be read)
                self._stamps[source] = self.kept[rel][1]
                return
        except OSError:
            pass
        path = self.payload / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        copy(source, path)
        if _STAMPS is not None:  # (a hard link: the source's stamp; a copy's never matches it)
            self._stamps[source] = stamp(os.stat(path))

    def digest_ahead(self, rel: str) -> None:
        """Begin the digests of a staged file, written complete (data/rel), in a thread:
        hashlib lets go of the GIL, so on a second core those of the corpus (0.4 s of CPU
        at 10,000 telegrams) are made while the rest of the payload is gathered."""
        from concurrent.futures import ThreadPoolExecutor

        if self._hasher is None:
            self._hasher = ThreadPoolExecutor(max_workers=1, thread_name_prefix="tei-deposit-digests")
        self._ahead[rel] = self._hasher.submit(_digests, self.payload / rel, CHECKSUMS)

    def _stop_hashing(self) -> None:
        if self._hasher is not None:
            self._hasher.shutdown(wait=True, cancel_futures=True)
            self._hasher = None

    def _last_files(self) -> Iterator[str]:
        """The paths (relative, with /) of every file of the last bag, in no order: its
        payload as add() listed it (not walked again: 43,000 files at 10,000 telegrams)."""
        if self._inodes is None:
            yield from _listed(self.target)
            return
        yield from ("data/" + rel for rel in self._inodes)
        try:
            with os.scandir(self.target) as scan:
                entries = [(entry.name, entry.path, entry.is_dir(follow_symlinks=False)) for entry in scan]
        except OSError:  # (no last bag)
            return
        for name, path, is_dir in entries:
            if is_dir and name != "data":
                yield from (f"{name}/{rel}" for rel in _listed(Path(path)))
            elif not is_dir:
                yield name

    @staticmethod
    def _replaceable(path: Path) -> bool:
        return path.is_dir() and ((path / "bagit.txt").is_file() or not any(path.iterdir()))

    def commit(self, bag_info: dict[str, str | list[str]]) -> None:
        """Write the manifests (line by line, as the payload is read: memory does not grow
        with the number of files), the tag files and the tag manifests; move the staged files in."""
        info = dict(bag_info)
        total_bytes = total_files = 0
        payload = dict(self.kept)
        payload.update((rel, (path, stamp(os.stat(path)))) for rel, path in _files(self.payload))
        order = sorted(payload, key=lambda rel: rel.split("/"))  # (the order of _files)
        # the kept digests asked for all at once (one statement, not one per file)
        known = self.digests.find([payload[rel][1] for rel in order]) if self.digests else None
        with contextlib.ExitStack() as stack:
            manifests = [stack.enter_context(open(self.staging / f"manifest-{alg}.txt", "w", encoding="utf-8",
                                                  newline="\n")) for alg in CHECKSUMS]
            data = os.path.join(self.target, "data")
            for rel in order:
                path, file_stamp = payload[rel]
                found = next(known) if known is not None else None
                ahead = self._ahead.pop(rel, None)
                if found is None:
                    found = ahead.result() if ahead is not None else _digests(path or os.path.join(data, rel), CHECKSUMS)
                    if self.digests:
                        self.digests.put(file_stamp, found)
                name = _encode_path("data/" + rel)
                for alg, manifest in zip(CHECKSUMS, manifests):
                    manifest.write(f"{found[alg]}  {name}\n")
                total_bytes += file_stamp[2]  # (its size)
                total_files += 1
        info.setdefault("Bag-Size", human_size(total_bytes))
        info["Payload-Oxum"] = f"{total_bytes}.{total_files}"
        tags = {"bagit.txt": "BagIt-Version: 0.97\nTag-File-Character-Encoding: UTF-8\n",
                "bag-info.txt": "".join(f"{key}: {_one_line(value)}\n" for key in sorted(info)
                                        for value in (info[key] if isinstance(info[key], list) else [info[key]]))}
        for name, text in tags.items():
            (self.staging / name).write_text(text, encoding="utf-8")
        tag_files = sorted([*tags, *(f"manifest-{alg}.txt" for alg in CHECKSUMS)])
        for alg in CHECKSUMS:
            (self.staging / f"tagmanifest-{alg}.txt").write_text(
                "".join(f"{_digests(self.staging / name, [alg])[alg]} {name}\n" for name in tag_files),
                encoding="utf-8")
        tag_names = {*tag_files, *(f"tagmanifest-{alg}.txt" for alg in CHECKSUMS)}
        self._stop_hashing()
        for rel in self._last_files():  # what the last bag has and this one has not
            if (rel[5:] not in payload) if rel.startswith("data/") else rel not in tag_names:
                self.update.remove(rel)
        self.update.commit()
        if _STAMPS is not None:
            _STAMPS[str(self.target)] = self._stamps
        if self.digests:
            self.digests.save()

    def discard(self) -> None:
        self._stop_hashing()
        self.update.discard()
        if self.digests:
            self.digests.close()  # (what this run put is let go: its lock with it)


# A process that deposits again and again (tei serve) keeps each digest cache's rows here
# between deposits: its path -> {stamp: digests}, every row of the file once one deposit has
# saved it (the 43,000 rows of a deposit at 10,000 telegrams asked of SQLite took 0.1-0.2 s).
# A row is by its file's stamp, so it is never stale.  None: not kept.
_KEPT: dict[str, dict[tuple, dict[str, str]]] | None = None


# tei serve: the stamps of the payload files of each bag's last deposit (see BagBuilder.add):
# the bag's path -> {source path: stamp}.  None: not kept.
_STAMPS: dict[str, dict[str, tuple]] | None = None


def keep_in_memory() -> None:
    """From now on this process keeps the digest caches' rows in memory (see _KEPT) and the
    stamps of its bags' payload files (_STAMPS)."""
    global _KEPT, _STAMPS
    if _KEPT is None:
        _KEPT = {}
    if _STAMPS is None:
        _STAMPS = {}


class DigestCache:
    """Digests of files by (device, inode, size, modification time), kept between deposits:
    the bag's payload is hard links to tei build's outputs, which are replaced, never
    changed in place, so an unchanged output is the same inode with the same time.  An
    SQLite file; the stamps of a deposit's payload are handed to it at once (``find``: one
    statement per file was 0.3 s at 10,000 telegrams) and its rows read one by one; a row
    not asked for or put by this deposit is let go when it is saved."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.db = open_sqlite(self.path, "CREATE TABLE IF NOT EXISTS digests (stamp TEXT PRIMARY KEY, value TEXT,"
                                         " used INTEGER);")
        self.used: list[tuple] = []  # the stamps asked for or put
        self.new: list[tuple[tuple, dict[str, str]]] = []
        self.memory = _KEPT.get(str(self.path.resolve())) if _KEPT is not None else None

    def find(self, stamps: list[tuple]) -> Iterator[dict[str, str] | None]:
        """The kept digests of each file (by its stamp), in the order given; None for a file not kept."""
        if self.db is None:
            yield from (None for _ in stamps)
            return
        self.used.extend(stamps)
        if self.memory is not None:
            yield from map(self.memory.get, stamps)
            return
        self.db.execute("CREATE TEMP TABLE asked (n INTEGER PRIMARY KEY, stamp TEXT)")
        self.db.executemany("INSERT INTO temp.asked (stamp) VALUES (?)", ((repr(s),) for s in stamps))
        # (put() holds its rows until save(): none is written into the table read here)
        for (value,) in self.db.execute("SELECT d.value FROM temp.asked a LEFT JOIN digests d ON d.stamp = a.stamp"
                                        " ORDER BY a.n"):
            found = dict(zip(CHECKSUMS, value.split())) if value else None
            yield found if found is not None and len(found) == len(CHECKSUMS) else None

    def put(self, file_stamp: tuple, digests: dict[str, str]) -> None:
        if self.db is not None:
            self.new.append((file_stamp, digests))
            self.used.append(file_stamp)

    def save(self) -> None:
        if self.db is None:
            return
        self.db.executemany("INSERT OR REPLACE INTO digests VALUES (?, ?, 1)",
                            [(repr(s), " ".join(d[alg] for alg in CHECKSUMS)) for s, d in self.new])
        if self.memory is not None:  # the file holds the memory's rows: those not used now go
            used = set(self.used)
            self.db.executemany("DELETE FROM digests WHERE stamp = ?", [(repr(s),) for s in self.memory if s not in used])
            self.memory.update(self.new)
            for gone in [s for s in self.memory if s not in used]:
                del self.memory[gone]
        else:
            self.db.execute("CREATE TEMP TABLE used (stamp TEXT PRIMARY KEY)")
            self.db.executemany("INSERT OR IGNORE INTO temp.used VALUES (?)", ((repr(s),) for s in self.used))
            self.db.execute("DELETE FROM digests WHERE stamp NOT IN (SELECT stamp FROM temp.used)")
            if _KEPT is not None:  # the rows are now the used ones: kept in memory from now on
                rows = _KEPT[str(self.path.resolve())] = {}
                asked = {repr(s): s for s in self.used}
                for key, value in self.db.execute("SELECT stamp, value FROM digests"):
                    found = dict(zip(CHECKSUMS, value.split()))
                    if key in asked and len(found) == len(CHECKSUMS):
                        rows[asked[key]] = found
        self.db.commit()
        self.db.close()
        self.db = None

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None


def _encode_path(rel: str) -> str:
    return rel.replace("\r", "%0D").replace("\n", "%0A")  # as bagit writes them


def _one_line(value) -> str:
    return re.sub(r"\r\n|\r|\n", "", str(value))


def verify_bag(path: Path) -> Verification:
    """Every payload and tag file against the manifests: changed, missing and extra files named."""
    path = Path(path)
    result = Verification(path)
    try:
        bag = bagit.Bag(str(path))
    except bagit.BagError as exc:
        result.problems.append(f"{path} is not a readable BagIt bag: {exc}")
        return result
    listed = {p.replace(os.sep, "/"): hashes for p, hashes in bag.entries.items()}
    for rel, hashes in sorted(listed.items()):
        file = path / rel
        if not file.is_file():
            result.missing.append(rel)
            continue
        found = _digests(file, sorted(hashes))
        differs = [alg for alg, digest in sorted(hashes.items()) if found[alg] != digest.lower()]
        if differs:
            result.changed.append(rel)
    on_disk = sorted("data/" + rel for rel, _ in _files(path / "data"))
    result.extra.extend(p for p in on_disk if p not in listed)
    for name in ("bagit.txt",):
        if not (path / name).is_file():
            result.missing.append(name)
    try:
        bag.validate(fast=True)  # Payload-Oxum and bagit.txt as the library reads them
    except bagit.BagValidationError as exc:
        if not (result.changed or result.missing or result.extra):
            result.problems.append(str(exc))
    return result


def _digests(file: Path, algs: list[str]) -> dict[str, str]:
    """The file's digests, all from one reading of it."""
    hashes = {alg: hashlib.new(alg) for alg in algs}
    with open(file, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            for h in hashes.values():
                h.update(block)
    return {alg: h.hexdigest() for alg, h in hashes.items()}
