"""Rules that need the file system, which Schematron in XSLT 1.0 cannot reach.

They are reported exactly like Schematron asserts (a rule id, a plain message, the line of
the element concerned), so a reader of the report cannot tell, and need not care, where a
rule is implemented.  tei-telegram.sch lists them in its header comment.

    file-name     the file is named TEI/@xml:id + ".xml"
    witness-file  notesStmt/relatedItem[@type='witness']/@target names an existing file
    target-file   any other @target naming a file ("tg-....xml") names an existing file
"""

from __future__ import annotations

import os
from pathlib import Path

from lxml import etree

from .. import TEI_NS, XML_NS
from .problems import ERROR, Problem

_XML_ID = f"{{{XML_NS}}}id"
_RELATED = f"{{{TEI_NS}}}relatedItem"
_NOTES = f"{{{TEI_NS}}}notesStmt"

# Every element with a @target (XPath is faster here than a Python walk over the tree).
_TARGETS = etree.XPath("//*[@target]")


def _is_file_pointer(token: str) -> bool:
    return bool(token) and not token.startswith("#") and "://" not in token and not token.startswith("mailto:")


def check_files(tree: etree._ElementTree, path: Path) -> list[Problem]:
    name = str(path)
    problems = []
    root = tree.getroot()

    doc_id = root.get(_XML_ID)
    if doc_id is not None and path.name != f"{doc_id}.xml":
        problems.append(Problem(name, root.sourceline or 0, 0, ERROR,
                                f"the file is named '{path.name}' but its xml:id is '{doc_id}': rename it to "
                                f"'{doc_id}.xml' (links between witnesses use file names)", "file-name"))

    folder = path.parent
    for el in _TARGETS(tree):
        witness = el.tag == _RELATED and el.get("type") == "witness" and el.getparent().tag == _NOTES
        for token in el.get("target").split():
            if not _is_file_pointer(token):
                continue
            if os.path.exists(os.path.join(folder, token)):
                continue
            if witness:
                problems.append(Problem(name, el.sourceline or 0, 0, ERROR,
                                        f"the witness '{token}' is not in the folder {folder}: convert it too, "
                                        "or remove the link", "witness-file"))
            else:
                problems.append(Problem(name, el.sourceline or 0, 0, ERROR,
                                        f"target=\"{token}\" names a file that is not in the folder {folder}",
                                        "target-file"))
    return problems
