"""A small ISO Schematron runner for XPath 2 rules, on saxonche (no SchXslt offline).

lxml.isoschematron runs XSLT 1 only, and CMIF's cmif.sch is queryBinding="xslt2" (it uses
matches()).  This runner covers the subset such files use: ns, pattern, rule/@context,
assert and report with @role, and let (schema, pattern and rule level); within a pattern a
node is checked by the first rule whose context matches it, as Schematron says.  Not covered
(reported as unsupported): abstract patterns, include, phases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from ..xmltext import text_of

SCH = "{http://purl.oclc.org/dsdl/schematron}"


@dataclass(frozen=True)
class Finding:
    role: str  # "error" unless the schema says otherwise (e.g. "warning")
    text: str
    location: str

    def __str__(self) -> str:
        return f"{self.role}: {self.text} at {self.location}"


def run_schematron(schema: Path, document: Path) -> list[Finding]:
    from saxonche import PySaxonProcessor

    sch = etree.parse(str(schema)).getroot()
    unsupported = [el.tag.replace(SCH, "") for el in sch.iter(SCH + "include", SCH + "phase")]
    unsupported += ["abstract pattern" for el in sch.iter(SCH + "pattern") if el.get("abstract") == "true"]
    if unsupported:
        raise ValueError(f"{schema}: Schematron features this runner does not support: {sorted(set(unsupported))}")
    findings: list[Finding] = []
    with PySaxonProcessor(license=False) as proc:
        doc = proc.parse_xml(xml_file_name=str(Path(document).resolve()))
        xpath = proc.new_xpath_processor()
        for ns in sch.iter(SCH + "ns"):
            xpath.declare_namespace(ns.get("prefix"), ns.get("uri"))

        # saxonche's set_parameter loses track of variables set between evaluations, so a let
        # is inlined instead: $name becomes (value), evaluated where it is used.
        def inline(expr: str, lets: dict[str, str]) -> str:
            for name, value in lets.items():
                expr = re.sub(r"\$" + re.escape(name) + r"(?![\w.\-])", lambda m: f"({value})", expr)
            return expr

        def lets_of(el, outer: dict[str, str]) -> dict[str, str]:
            lets = dict(outer)
            for let in el.iterchildren(SCH + "let"):
                lets[let.get("name")] = inline(let.get("value"), lets)
            return lets

        global_lets = lets_of(sch, {})
        for pattern in sch.iter(SCH + "pattern"):
            pattern_lets = lets_of(pattern, global_lets)
            done: set[str] = set()
            for rule in pattern.iter(SCH + "rule"):
                lets = lets_of(rule, pattern_lets)
                context = inline(rule.get("context"), pattern_lets)
                xpath.set_context(xdm_item=doc)
                expr = context if context.startswith("/") else f"//({context})"
                nodes = xpath.evaluate(expr)
                for i in range(nodes.size if nodes is not None else 0):
                    node = nodes.item_at(i)
                    xpath.set_context(xdm_item=node)
                    where = str(xpath.evaluate_single("path()"))
                    if where in done:
                        continue
                    done.add(where)
                    for check in rule:
                        if check.tag not in (SCH + "assert", SCH + "report"):
                            continue
                        holds = xpath.effective_boolean_value(inline(check.get("test"), lets))
                        if holds == (check.tag == SCH + "report"):
                            text = text_of(check)
                            findings.append(Finding(check.get("role") or "error", text, where))
    return findings
