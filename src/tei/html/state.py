"""What the last HTML build made, so that the next one redoes only what changed.

The state lives in a folder of its own (`tei build` uses out/.cache/html), never in the site
that is published.  It records, per input file, its digest and catalogue entry, and per
page (and per search shard) the key of everything the page was made from: the stylesheets
and code, the TEI files it shows, and the catalogue entries of the documents it links to.
A page whose key is unchanged is taken over from the last site (a hard link, no rendering).

The state is written only after the new site has been swapped in, and a page is taken over
only while its file is the very one the state describes (tei.cache.stamp: same device, inode,
size and modification time), so an interrupted build or a site changed by hand is never
trusted.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from ..cache import stamp, tree_digest
from ..paths import XSLT_DIR
from ..writer import link_or_copy, writing_atomic

STATE_FILE = "site-state.pickle"
FORMAT = 8  # 2: entries name their entities; 3: pages' digests; 4: file stamps; 5: entries' facts as tuples; 6: packed; 7: correspondents of a kind (person, org), letters; 8: date order


def salt() -> str:
    """The stylesheets, static assets and code every page depends on."""
    from . import STATIC

    return tree_digest(XSLT_DIR, STATIC)


def key(*parts: bytes | str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


@dataclass
class SiteState:
    folder: Path | None = None
    salt: str = ""
    # input file name -> (its stamp, sha256 of name and bytes)
    files: dict[str, tuple[tuple, str]] = field(default_factory=dict)
    # input digest -> its catalogue entry (html.CatalogueEntry)
    entries: dict[str, tuple] = field(default_factory=dict)
    # page or shard (relative path in the site) -> (key, stamp) of what was written
    pages: dict[str, tuple[str, tuple]] = field(default_factory=dict)
    # search shard folder -> key
    shards: dict[str, str] = field(default_factory=dict)
    # page -> (its stamp, sha256 of its bytes): what a search shard is made from
    contents: dict[str, tuple[tuple, str]] = field(default_factory=dict)

    @classmethod
    def load(cls, folder: Path | None) -> "SiteState":
        """The state in folder (empty when there is none, it is unreadable, or the stylesheets
        or code changed since: then everything is made again)."""
        current = salt()
        if folder is None:
            return cls(None, current)
        try:
            with open(Path(folder) / STATE_FILE, "rb") as f:
                data = pickle.load(f)
            if data.get("format") == FORMAT and data.get("salt") == current:
                return cls(Path(folder), current, data["files"], data["entries"], data["pages"], data["shards"],
                           data["contents"])
        except (OSError, pickle.UnpicklingError, EOFError, KeyError, TypeError, AttributeError, ValueError):
            pass
        return cls(Path(folder), current)

    def known_digest(self, name: str, st: os.stat_result) -> str | None:
        """The digest of input file `name` while its stamp is the one last seen (then it need
        not be read), else None."""
        known = self.files.get(name)
        if known and known[0] == stamp(st):
            return known[1]
        return None

    def remember(self, name: str, st: os.stat_result, digest: str) -> None:
        self.files[name] = (stamp(st), digest)

    def content_digest(self, name: str, path: str) -> str:
        """The digest of page `name`'s bytes (at path); not read again while its stamp is the
        one last seen (a page taken over is a link to the same file)."""
        try:
            st = os.stat(path)
            known = self.contents.get(name)
            if known and known[0] == stamp(st):
                return known[1]
            with open(path, "rb") as f:
                value = hashlib.sha256(f.read()).hexdigest()
        except OSError:
            return ""  # not made (its error is reported)
        self.contents[name] = (stamp(st), value)
        return value

    def reuse(self, name: str, page_key: str, old_site: Path, staging: Path) -> bool:
        """Take page `name` over from the old site when it was made from the same inputs."""
        known = self.pages.get(name)
        if not known or known[0] != page_key:
            return False
        old = os.path.join(old_site, name)  # os.path, not pathlib: this runs for every page
        try:
            st = os.stat(old)
            if stamp(st) != known[1]:
                return False
            link_or_copy(old, os.path.join(staging, name))
        except OSError:
            return False
        return True

    def reuse_tree(self, name: str, shard_key: str, old_site: Path, staging: Path) -> bool:
        """Take a folder (a search shard) over from the old site when made from the same pages."""
        if self.shards.get(name) != shard_key or not (old_site / name).is_dir():
            return False
        try:
            shutil.copytree(old_site / name, staging / name, copy_function=link_or_copy)
        except (OSError, shutil.Error):
            shutil.rmtree(staging / name, ignore_errors=True)
            return False
        return True

    def save(self, site: Path, files: dict[str, str], entries: dict[str, tuple], pages: dict[str, str],
             shards: dict[str, str]) -> None:
        """Record the site just swapped in: pages by key and by what is on disk now."""
        if self.folder is None:
            return
        recorded = {}
        for name, page_key in pages.items():
            try:
                st = os.stat(os.path.join(site, name))
            except OSError:
                continue
            recorded[name] = (page_key, stamp(st))
        data = {"format": FORMAT, "salt": self.salt,
                "files": {n: v for n, v in self.files.items() if n in files},
                "entries": {d: entries[d] for d in files.values() if d in entries},
                "pages": recorded, "shards": shards,
                "contents": {n: v for n, v in self.contents.items() if n in recorded}}
        with writing_atomic(self.folder / STATE_FILE) as f:  # not held whole: 25 MB at 10,000 telegrams
            pickle.dump(data, f, protocol=pickle.HIGHEST_PROTOCOL)
