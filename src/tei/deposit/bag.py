"""BagIt bags: made in a folder beside the target and swapped in whole; checked file by file."""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import bagit

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


def human_size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1000
    return str(n)


def payload_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


class BagBuilder:
    """A staging folder beside ``target``: fill ``payload``, then ``commit`` makes and swaps in the bag."""

    def __init__(self, target: Path):
        self.target = Path(target).resolve()
        if self.target.exists() and not self._replaceable(self.target):
            raise FileExistsError(f"{target} exists and is not a bag made by tei deposit: give another --out, "
                                  "or empty or remove that folder first")
        self.target.parent.mkdir(parents=True, exist_ok=True)
        self.staging = Path(tempfile.mkdtemp(prefix=f".{self.target.name}.new-", dir=self.target.parent))
        os.chmod(self.staging, 0o755)
        self.payload = self.staging

    @staticmethod
    def _replaceable(path: Path) -> bool:
        return path.is_dir() and ((path / "bagit.txt").is_file() or not any(path.iterdir()))

    def commit(self, bag_info: dict[str, str | list[str]]) -> Verification:
        info = dict(bag_info)
        info.setdefault("Bag-Size", human_size(payload_size(self.staging)))
        logging.getLogger("bagit").setLevel(logging.WARNING)
        bagit.make_bag(str(self.staging), info, checksums=CHECKSUMS)
        check = verify_bag(self.staging)
        if not check.ok:
            self.discard()
            raise RuntimeError("the new bag does not verify: " + "; ".join(check.lines()))
        old = None
        if self.target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{self.target.name}.old-", dir=self.target.parent))
            os.rmdir(old)
            self.target.rename(old)
        self.staging.rename(self.target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
        check.bag = self.target
        return check

    def discard(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)


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
    on_disk = sorted(p.relative_to(path).as_posix() for p in (path / "data").rglob("*") if p.is_file())
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
