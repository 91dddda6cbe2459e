"""Reading a document safely: no DTDs, no entity expansion, no network, bounded size.

Every way a file can fail to be a readable XML document becomes a Problem for that file
(with line and column where the parser gives them), never an exception: the run goes on.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from lxml import etree

from .. import TEI_NS
from .problems import ERROR, Problem

# Telegram documents are tens of kilobytes; anything this big is not one of ours.
MAX_BYTES = int(os.environ.get("TEI_VALIDATE_MAX_BYTES", 32 * 1024 * 1024))


def safe_parser() -> etree.XMLParser:
    """A parser that refuses what a hostile file could use: entities, DTDs, the network."""
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
                           dtd_validation=False, remove_comments=False,
                           collect_ids=False)  # duplicate ids: reported by the id-unique rule, not as a syntax error


_PARSER = None


def _parser() -> etree.XMLParser:
    global _PARSER
    if _PARSER is None:
        _PARSER = safe_parser()
    return _PARSER


def _clean(message: str) -> str:
    return re.sub(r"\s+", " ", message).strip()


def read_document(path: Path, expect_tei: bool = True) -> tuple[etree._ElementTree | None, list[Problem]]:
    """Parse one file; return (tree, []) or (None, problems)."""
    name = str(path)

    def fail(rule: str, message: str, line: int = 0, col: int = 0):
        return None, [Problem(name, line, col, ERROR, message, rule)]

    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_BYTES:
                return fail("file-too-large", f"the file is {size:,} bytes, more than the {MAX_BYTES:,} "
                            "a telegram document may have; it was not read (to check it, raise the limit: "
                            "TEI_VALIDATE_MAX_BYTES=<bytes>)")
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return fail("file-read", "the file disappeared before it could be read (was it moved or deleted "
                    "during the run?)")
    except IsADirectoryError:
        return fail("file-read", "this is a folder, not a file")
    except OSError as exc:
        return fail("file-read", f"the file cannot be read: {exc.strerror or exc}")
    if not data.strip():
        return fail("file-empty", "the file is empty: a TEI document needs at least a <TEI> element")

    try:
        tree = etree.fromstring(data, _parser(), base_url=name).getroottree()
    except etree.XMLSyntaxError as exc:
        # exc.position and exc.msg, not exc.error_log: a reused parser's log holds older files' errors.
        line, col = exc.position if exc.position else (exc.lineno or 0, 0)
        text = re.sub(r", line \d+, column \d+$", "", exc.msg or str(exc))
        return fail("xml-syntax", f"not well-formed XML: {_clean(text)}", line or 0, col or 0)

    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        at = data.find(b"<!DOCTYPE")
        line, col = (data.count(b"\n", 0, at) + 1, at - data.rfind(b"\n", 0, at)) if at >= 0 else (1, 1)
        return fail("dtd-forbidden", "the document has a DOCTYPE declaration; telegram documents must not "
                    "(DTDs and entities are refused: they can read local files or expand without end)",
                    line, col)

    root = tree.getroot()
    if expect_tei:
        qname = etree.QName(root)
        if qname.localname != "TEI":
            return fail("tei-root", f"the root element is <{qname.localname}>, not <TEI>: this is not a TEI "
                        "document", root.sourceline or 0)
        if qname.namespace != TEI_NS:
            found = f"the namespace '{qname.namespace}'" if qname.namespace else "no namespace"
            return fail("tei-namespace", f"<TEI> is in {found}; it must be in the TEI namespace {TEI_NS} "
                        f"(add xmlns=\"{TEI_NS}\")", root.sourceline or 0)
    return tree, []
