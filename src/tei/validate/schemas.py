"""Loading the grammars and the Schematron rules, once per process.

- The project's XSD is checked with *xmlschema* (a full XSD 1.0 implementation that reports
  schema errors libxml2 lets pass) when it is loaded.  Building it takes a few tenths of a
  second, so the built schema is pickled in a cache folder, keyed by the checksum of the
  schema files and the xmlschema and Python versions; a changed schema or library rebuilds it.
- Documents are then validated with lxml (libxml2), which is some 50 times faster per file;
  the tests cross-check that both agree on the built documents and on the rejection cases.
- A RELAX NG grammar (--schema x.rng, e.g. the official tei_all.rng) is compiled by lxml.
- The Schematron is compiled to XSLT 1.0 by lxml.isoschematron, then trimmed for speed (see
  compile_schematron).
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import pickle
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from lxml import etree, isoschematron

from ..paths import cache_dir, schema_dir  # (cache_dir: where built schemas are kept)
from ..writer import writing_atomic

SVRL_NS = "http://purl.oclc.org/dsdl/svrl"
XSL_NS = "http://www.w3.org/1999/XSL/Transform"



class SchemaError(Exception):
    """A schema cannot be used (missing, unreadable, not a schema): a usage error."""


def project_xsd() -> Path:
    return schema_dir() / "tei-telegram.xsd"


def project_schematron() -> Path:
    return schema_dir() / "tei-telegram.sch"


def _require(path: Path) -> Path:
    if not path.is_file():
        raise SchemaError(f"the schema {path} does not exist (give another one with --schema, or set "
                          "TEI_SCHEMA_DIR to the folder holding tei-telegram.xsd and tei-telegram.sch)")
    return path


def _checksum(path: Path) -> str:
    """The schema file and its sibling .xsd files (imports and includes live next to it)."""
    digest = hashlib.sha256()
    for part in sorted({path, *path.parent.glob("*.xsd")}):
        digest.update(part.name.encode() + b"\0" + part.read_bytes() + b"\0")
    return digest.hexdigest()[:24]


def check_xsd(path: Path, load: bool = False):
    """Check the XSD itself with xmlschema (which raises on any error in a schema).

    The built schema is pickled in cache_dir(); when the pickle for this checksum and these
    versions exists the schema was checked before and nothing is done (not even importing
    xmlschema, which takes longer than validating a hundred documents).  load=True returns
    the xmlschema.XMLSchema object (for tests that cross-check lxml against xmlschema).
    """
    path = _require(Path(path))
    try:
        version = importlib.metadata.version("xmlschema")
    except importlib.metadata.PackageNotFoundError:
        raise SchemaError("the xmlschema package is not installed: pip install xmlschema") from None
    key = f"{_checksum(path)}-xmlschema{version}-py{sys.version_info[0]}.{sys.version_info[1]}"
    cached = cache_dir() / f"{path.stem}-{key}.pickle"
    if cached.is_file() and not load:
        return None
    try:
        with open(cached, "rb") as handle:
            return pickle.load(handle)
    except Exception:  # absent, stale or unreadable: build it again
        pass
    import xmlschema

    try:
        schema = xmlschema.XMLSchema(str(path))
    except Exception as exc:  # xmlschema raises several kinds; all mean "not a usable XSD"
        raise SchemaError(f"{path} is not a valid XML Schema: {exc}") from None
    try:
        with writing_atomic(cached) as handle:  # a failed dump leaves no scratch file behind
            pickle.dump(schema, handle, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # a read-only home is no reason to fail: the cache is only for speed
        pass
    return schema


@dataclass
class Grammar:
    """An XSD or RELAX NG grammar compiled by lxml; validate() gives (line, col, message)."""

    path: Path
    kind: str  # "xsd" or "rng": also the rule id of its problems
    validator: etree._Validator

    def validate(self, tree) -> list[tuple[int, int, str]]:
        if self.validator.validate(tree):
            return []
        return [(e.line, e.column, e.message) for e in self.validator.error_log]


def load_grammar(path: Path) -> Grammar:
    """Compiled once per process and file version (tei_all.rng takes seconds to compile)."""
    path = _require(Path(path)).resolve()
    stat = path.stat()
    return _load_grammar(str(path), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=8)
def _load_grammar(name: str, mtime_ns: int, size: int) -> Grammar:
    path = Path(name)
    suffix = path.suffix.lower()
    if suffix not in (".xsd", ".rng"):
        raise SchemaError(f"{path}: --schema takes a RELAX NG grammar in XML syntax (.rng) or an XML "
                          "Schema (.xsd); convert a compact .rnc grammar with trang first")
    try:
        doc = etree.parse(str(path), etree.XMLParser(no_network=True))
        if suffix == ".rng":
            return Grammar(path, "rng", etree.RelaxNG(doc))
        return Grammar(path, "xsd", etree.XMLSchema(doc))
    except (etree.XMLSyntaxError, etree.RelaxNGParseError, etree.XMLSchemaParseError, OSError) as exc:
        raise SchemaError(f"{path} cannot be used as a schema: {exc}") from None


def compile_schematron(path: Path) -> etree.XSLT:
    """The Schematron as an XSLT 1.0 stylesheet producing SVRL, trimmed for speed.

    The ISO skeleton walks the whole document twice per pattern (once in the default mode,
    for nothing in a schema without "document" attributes) and writes a fired-rule element
    for every match; we switch the second off and remove the first, halving the time.
    """
    return etree.XSLT(schematron_stylesheet(path), extensions={(LINE_NS, "of"): _line_of})


def schematron_stylesheet(path: Path) -> etree._ElementTree:
    """The XSLT that compile_schematron compiles (see there)."""
    path = _require(Path(path))
    try:
        sch = isoschematron.Schematron(etree.parse(str(path)), store_xslt=True,
                                       compile_params={"generate-fired-rule": "'false'"})
    except (etree.XMLSyntaxError, etree.SchematronParseError, etree.XSLTError) as exc:
        raise SchemaError(f"{path} is not a usable ISO Schematron schema: {exc}") from None
    xslt = sch.validator_xslt
    for pattern in xslt.getroot().iter(f"{{{SVRL_NS}}}active-pattern"):
        for child in list(pattern):
            if child.tag == f"{{{XSL_NS}}}apply-templates" and not child.attrib:
                pattern.remove(child)
    # The pattern's walk goes on from each node to its attributes and child elements: where no
    # rule's context is an attribute, to the child elements alone (an attribute node visited
    # matched no rule: a seventh of the run's time on the edition's documents).
    # (the patterns' modes: the document's root applied in each; their rules, the templates of
    # the skeleton's own, for text and every other node, aside)
    modes = {apply.get("mode") for template in xslt.getroot().iter(f"{{{XSL_NS}}}template")
             if template.get("match") == "/" and template.get("mode") is None
             for apply in template.iter(f"{{{XSL_NS}}}apply-templates") if apply.get("select") == "/"}
    rules = [t.get("match") for t in xslt.getroot().iter(f"{{{XSL_NS}}}template")
             if t.get("mode") in modes and float(t.get("priority") or 0) >= 0]
    if not any(_may_match_an_attribute(match) for match in rules):
        for template in xslt.getroot().iter(f"{{{XSL_NS}}}template"):
            if template.get("mode") in modes:
                for apply in template.iter(f"{{{XSL_NS}}}apply-templates"):
                    if apply.get("select") == "@*|*":
                        apply.set("select", "*")
    # A finding's location: the line of the context node, from lxml, instead of the skeleton's
    # XPath (built by counting siblings at every level, then evaluated again to find the line).
    for attribute in xslt.getroot().iter(f"{{{XSL_NS}}}attribute"):
        if attribute.get("name") == "location":
            for child in list(attribute):
                attribute.remove(child)
            attribute.text = None
            etree.SubElement(attribute, f"{{{XSL_NS}}}value-of", select="line:of(.)", nsmap={"line": LINE_NS})
    return xslt


LINE_NS = "urn:x-tei-validate:line"


def _may_match_an_attribute(match: str) -> bool:
    """Whether an XSLT match pattern's last step (of any of its alternatives) may be an attribute:
    "@ref", "tei:date/@when", "attribute::*" (predicates, which test attributes of elements, aside)."""
    outside, depth = [], 0
    for c in match:
        depth += c == "["
        if not depth:
            outside.append(c)
        depth -= c == "]"
    return any(re.search(r"(?:^|/)\s*(?:@|attribute::)", branch.strip()) or branch.strip() == "node()"
               for branch in "".join(outside).split("|"))


def _line_of(context, nodes) -> int:
    """XSLT extension function line:of(node): the node's line in the source, 0 if unknown."""
    node = nodes[0] if nodes else None
    if node is not None and not isinstance(node, etree._Element):
        node = getattr(node, "getparent", lambda: None)()  # an attribute or text: its element
    return (node.sourceline or 0) if node is not None else 0
