"""Validation of telegram documents: the project's XSD (schema/tei-telegram.xsd), its
Schematron rules (schema/tei-telegram.sch) and the rules that need the file system
(rules.py), or any other XSD / RELAX NG grammar such as the official tei_all.rng.

    from tei.validate import validate_paths
    problems = validate_paths(["out/tei"])          # [] when every document is valid

Modules, in the order a file meets them:
    loading   safe parsing (no DTD, no entities, no network, bounded size)
    schemas   the grammars and the Schematron, compiled once per process (xmlschema check cached)
    rules     file-system rules (file-name, witness-file, target-file)
    engine    Validator (one file), run (many, in parallel), validate_paths
    formats   text, json, junit, github
    cli       the `tei validate` command
"""

from .engine import InputError, Result, Validator, expand_paths, run, validate_paths
from .problems import ERROR, WARNING, Problem
from .schemas import SchemaError, project_schematron, project_xsd

__all__ = ["ERROR", "WARNING", "InputError", "Problem", "Result", "SchemaError", "Validator", "expand_paths",
           "project_schematron", "project_xsd", "run", "validate_paths"]
