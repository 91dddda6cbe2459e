"""What a stage's stylesheets read, found in the stylesheets themselves: the entry stylesheet,
every module it imports or includes (transitively), and every file they load by a literal
URI (doc('family-names.xml'), unparsed-text('...'), a schema imported).  A stage's cache keys
hash these files, so that an edit to an HTML-only stylesheet leaves the print edition up to
date, and a new module imported counts without anyone listing it.

A URI computed at run time (doc($file): the TEI documents, the catalogue) is an input the
stage keys apart, not a stylesheet's file.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

XSL = "http://www.w3.org/1999/XSL/Transform"
# the declarations that name another module or file by its href / schema-location
_MODULES = {f"{{{XSL}}}import": "href", f"{{{XSL}}}include": "href", f"{{{XSL}}}import-schema": "schema-location",
            f"{{{XSL}}}source-document": "href", f"{{{XSL}}}merge-source": "href"}
# XPath's functions that read a file, called with a string literal (anywhere in the text:
# attributes, text value templates)
_LITERAL_READ = re.compile(r"\b(?:doc|document|doc-available|unparsed-text(?:-lines|-available)?|json-doc|collection)"
                           r"\s*\(\s*(?:'([^']*)'|\"([^\"]*)\")")


def files_read(*entries: Path) -> list[Path]:
    """The entry stylesheets and every file they read by a name written in them, sorted
    (a file named but missing is listed too: its coming into being changes the key)."""
    from lxml import etree

    found: set[Path] = set()
    todo = [Path(entry).resolve() for entry in entries]
    while todo:
        path = todo.pop()
        if path in found:
            continue
        found.add(path)
        if path.suffix not in (".xsl", ".xslt") or not path.is_file():
            continue  # (data read by a stylesheet: hashed, not followed)
        try:
            tree = etree.parse(str(path))
        except etree.XMLSyntaxError:
            continue  # (Saxon says what is wrong with it; its bytes are still hashed)
        named = []
        for element in tree.iter(etree.Element):  # (comments aside: they may quote a call)
            attribute = _MODULES.get(element.tag)
            if attribute is not None:
                named.extend((element.get(attribute) or "").split())
            for text in (*element.attrib.values(), element.text, element.tail):
                for match in _LITERAL_READ.finditer(text or ""):
                    named.append(match.group(1) if match.group(1) is not None else match.group(2))
        todo.extend(target for target in map(lambda uri: _local(path, uri), named) if target is not None)
    return sorted(found)


def _local(base: Path, uri: str) -> Path | None:
    """The file a relative or file: URI names, from the stylesheet base; None for another
    scheme (http:) or an empty URI (the stylesheet itself)."""
    parts = urlsplit(uri)
    if parts.scheme == "file":
        return Path(unquote(parts.path)).resolve()
    if parts.scheme and len(parts.scheme) > 1 or not parts.path:  # ("C:" is a drive, not a scheme)
        return None
    return (base.parent / unquote(parts.path)).resolve()


_DIGESTS: dict[tuple, tuple[list, str]] = {}  # entries -> ([(file, stamp)...], digest): tei serve's rebuilds


def digest(*entries: Path) -> str:
    """One hash of the files the entry stylesheets read (files_read): their names, relative to
    the first entry's folder where they are inside it, and their bytes.  Kept for the process
    while none of the files' stamps changes (the files say which others are read)."""
    from .cache import file_stamp

    known = _DIGESTS.get(entries)
    if known is not None and all(file_stamp(path) == st for path, st in known[0]):
        return known[1]
    root = Path(entries[0]).resolve().parent
    hashed = hashlib.sha256()
    stamps = []
    for path in files_read(*entries):
        stamps.append((path, file_stamp(path)))
        name = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
        try:
            data = path.read_bytes()
        except OSError:
            data = None
        hashed.update(f"{name}\0{'missing' if data is None else len(data)}\0".encode())
        hashed.update(data or b"")
    _DIGESTS[entries] = stamps, hashed.hexdigest()
    return hashed.hexdigest()


def html_salt() -> str:
    """What every HTML page depends on besides its documents: the stylesheets the pages'
    stylesheet reads, the site's static files, the code."""
    from . import paths
    from .cache import tree_digest

    return hashlib.sha256(f"{digest(paths.HTML_STYLESHEET)}\0{tree_digest(paths.SITE_STATIC)}".encode()).hexdigest()


def print_salt() -> str:
    """What every print volume depends on besides its documents: the stylesheets the print
    stylesheet reads, the Typst template's folder, the code, SOURCE_DATE_EPOCH (each PDF's
    date: tei.pdf.render.timestamp)."""
    from . import paths
    from .cache import tree_digest

    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    dated = f"\0{epoch}" if epoch else ""  # (unset: the key as it was)
    return hashlib.sha256(f"{digest(paths.PRINT_STYLESHEET)}\0{tree_digest(paths.PRINT_TEMPLATE.parent)}{dated}"
                          .encode()).hexdigest()
