"""Writing output files: canonical bytes, replaced atomically, never half-written."""

from __future__ import annotations

import contextlib
import os
import tempfile
from functools import lru_cache
from pathlib import Path

from lxml import etree


from . import TEI_NS

# Elements whose content is running text: their whitespace is the text's, never re-indented.
MIXED = {f"{{{TEI_NS}}}{t}" for t in (
    "p", "head", "salute", "signed", "dateline", "item", "note", "q", "title", "desc", "gloss", "supplied", "seg",
    "licence", "resp", "name", "persName", "placeName", "orgName", "date", "change", "language", "textLang",
    "publisher", "author", "idno", "biblScope", "pubPlace", "ref", "repository", "addrLine", "label", "hi",
    "emph", "foreign", "term", "unclear", "sic", "corr", "add", "del", "l", "cell", "geo", "occupation")}


def indent(el: etree._Element, level: int = 0) -> None:
    """Indent element-only content; leave mixed content exactly as it is."""
    children = list(el)
    if not children or el.tag in MIXED:
        return
    # (each text read once: lxml makes a new string at every reading; every telegram's
    # elements pass here)
    text = el.text
    if text and text.strip():
        return
    for child in children:
        tail = child.tail
        if tail and tail.strip():
            return
    pad = _pad(level + 1)
    el.text = pad
    for child in children:
        child.tail = pad
        if len(child):  # (a leaf has nothing to indent)
            indent(child, level + 1)
    children[-1].tail = _pad(level)


@lru_cache(maxsize=None)
def _pad(level: int) -> str:
    return "\n" + "  " * level


def serialize(root: etree._Element) -> bytes:
    indent(root)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: Path, data: bytes, compare: bool = True) -> bool:
    """Write data to path through a temporary file and a rename; False if unchanged (not
    compared when compare is False: a large output that would cost more to read, a PDF)."""
    try:  # (the folder is made by writing_atomic)
        if compare and path.read_bytes() == data:
            return False
    except OSError:
        pass
    with writing_atomic(path) as handle:
        handle.write(data)
    return True


@contextlib.contextmanager
def writing_atomic(path: Path):
    """A binary file to write path through, for what is written in parts (not held whole in
    memory): it replaces path when the block ends without an error, else it is removed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    # mkstemp makes the file private (0600); outputs are for web servers and repositories.
    os.chmod(tmp, 0o666 & ~_umask())
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
        # The rename is atomic: readers see the old file or the new one, never a part.
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def link_or_copy(src, dst) -> None:
    """dst as a hard link to src (for outputs that are replaced, never changed in place: the
    link keeps the old file when src is replaced), or a copy where there are no hard links."""
    import shutil

    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)
