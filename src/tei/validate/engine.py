"""Validating documents: read safely, then grammar, Schematron and file rules; many files
in parallel, one compiled set of schemas per worker process."""

from __future__ import annotations

import os
import re
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable


from .. import TEI_NS
from .loading import read_document
from .problems import ERROR, WARNING, Problem
from .rules import check_files
from .schemas import SVRL_NS, check_xsd, compile_schematron, load_grammar, project_schematron, project_xsd

# Below this many files per core, starting worker processes costs more than it saves.
PARALLEL_MIN_PER_JOB = 100

_NS_PREFIXES = ((f"{{{TEI_NS}}}", "tei:"), ("{http://www.w3.org/XML/1998/namespace}", "xml:"))


class InputError(Exception):
    """A path given by the user cannot be read at all: a usage error (exit 2)."""


def _tidy(message: str) -> str:
    for long, short in _NS_PREFIXES:
        message = message.replace(long, short)
    return re.sub(r"\s+", " ", message).strip()


class Validator:
    """Checks one file at a time.  schema=None: the project's XSD, Schematron and file rules;
    otherwise only the given XSD or RELAX NG grammar (e.g. tei_all.rng)."""

    def __init__(self, schema: Path | None = None):
        self.project = schema is None
        self.grammar = load_grammar(project_xsd() if schema is None else Path(schema))
        self.schematron = compile_schematron(project_schematron()) if self.project else None

    def validate_file(self, path: Path | str) -> list[Problem]:
        path = Path(path)
        name = str(path)
        tree, problems = read_document(path, expect_tei=self.project)
        if tree is None:
            return problems
        for line, col, message in self.grammar.validate(tree):
            problems.append(Problem(name, line, col, ERROR, _tidy(message), self.grammar.kind))
        if self.schematron is not None:
            problems.extend(self._schematron(tree, name))
            problems.extend(check_files(tree, path))
        return sorted(problems)

    def _schematron(self, tree, name: str) -> list[Problem]:
        report = self.schematron(tree).getroot()
        problems = []
        for finding in report:
            if finding.tag not in (f"{{{SVRL_NS}}}failed-assert", f"{{{SVRL_NS}}}successful-report"):
                continue
            try:
                line = int(float(finding.get("location") or 0))  # the line (see compile_schematron)
            except ValueError:
                line = 0
            role = (finding.get("role") or "error").lower()
            severity = WARNING if role in ("warning", "warn", "info", "information") else ERROR
            text = "".join(finding.itertext())
            problems.append(Problem(name, line, 0, severity, _tidy(text), finding.get("id") or "schematron"))
        return problems


# ------------------------------------------------------------------ many files

def expand_paths(paths: Iterable[Path | str]) -> list[Path]:
    """Files as given; folders searched (recursively) for *.xml, hidden folders skipped."""
    files: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = [p for p in path.rglob("*.xml")
                     if not any(part.startswith(".") for part in p.relative_to(path).parts[:-1])]
            files.extend(sorted(found))
        elif path.is_file():
            if not os.access(path, os.R_OK):
                raise InputError(f"{path}: the file cannot be read (check its permissions)")
            files.append(path)
        else:
            raise InputError(f"{path}: no such file or folder")
    seen: set[Path] = set()
    return [f for f in files if not (f in seen or seen.add(f))]


_WORKER: Validator | None = None


def _init_worker(schema: str | None) -> None:
    global _WORKER
    _WORKER = Validator(Path(schema) if schema else None)


def _validate_chunk(paths: list[str]) -> list[Problem]:
    return [p for path in paths for p in _WORKER.validate_file(path)]


def _validate_chunk_with(schema: str | None, paths: list[str]) -> list[Problem]:
    """The same in a worker of another executor (a Dask cluster's, tei.cluster): the schema
    loaded once per worker process, on its first chunk."""
    if _WORKER is None or _WORKER_SCHEMA.get("schema") != schema:
        _init_worker(schema)
        _WORKER_SCHEMA["schema"] = schema
    return _validate_chunk(paths)


_WORKER_SCHEMA: dict[str, str | None] = {}


@dataclass
class Result:
    files: list[str]
    problems: list[Problem] = field(default_factory=list)

    def failing(self, strict: bool = False) -> list[Problem]:
        return [p for p in self.problems if p.severity == ERROR or strict]

    def invalid_files(self, strict: bool = False) -> list[str]:
        return sorted({p.file for p in self.failing(strict)})

    @property
    def ok(self) -> bool:
        """No errors (a property, as the HTML and deposit results' are: `assert result.ok`)."""
        return not self.failing()

    def passes(self, strict: bool = False) -> bool:
        """No errors, nor, when strict, warnings."""
        return not self.failing(strict)


def run(paths: Iterable[Path | str], schema: Path | None = None, jobs: int | None = None,
        progress=None, executor: tuple | None = None) -> Result:
    """Validate files and folders.  Raises InputError or SchemaError (usage errors).
    progress (see tei.progress): told the number of files, then each file done.
    executor: (executor, workers) to validate on, e.g. a Dask cluster's (tei.cluster)."""
    files = expand_paths(paths)
    if schema is None or Path(schema).suffix.lower() == ".xsd":
        check_xsd(project_xsd() if schema is None else Path(schema))  # the XSD itself, by xmlschema
    jobs = max(1, jobs or os.cpu_count() or 1)
    if progress:
        progress.start(len(files))
    if executor is not None and files:
        problems = _run_on(executor, files, schema, progress)
    elif jobs > 1 and len(files) >= PARALLEL_MIN_PER_JOB * jobs:
        problems = _run_parallel(files, schema, jobs, progress)
    else:
        validator = Validator(schema)
        problems = []
        for f in files:
            problems += validator.validate_file(f)
            if progress:
                progress.advance()
    return Result([str(f) for f in files], sorted(problems))


def _run_parallel(files: list[Path], schema: Path | None, jobs: int, progress=None) -> list[Problem]:
    Validator(schema)  # fail here, in the parent, if a schema cannot be loaded
    size = max(16, min(256, len(files) // (jobs * 8) or 1))
    chunks = [[str(f) for f in files[i:i + size]] for i in range(0, len(files), size)]
    import multiprocessing

    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_init_worker,
                             initargs=(str(schema) if schema else None,)) as pool:
        problems = []
        for files_done, found in zip(chunks, pool.map(_validate_chunk, chunks)):
            problems += found
            if progress:
                progress.advance(len(files_done))
        return problems


def _run_on(executor: tuple, files: list[Path], schema: Path | None, progress=None) -> list[Problem]:
    from functools import partial

    from ..parallel import pooled

    Validator(schema)  # fail here, in this process, if a schema cannot be loaded
    pool, workers = executor
    size = max(16, min(256, len(files) // (workers * 8) or 1))
    chunks = [[str(f) for f in files[i:i + size]] for i in range(0, len(files), size)]
    problems = []
    for files_done, found in zip(chunks, pooled(partial(_validate_chunk_with, str(schema) if schema else None),
                                                 chunks, workers, pool)):
        problems += found
        if progress:
            progress.advance(len(files_done))
    return problems


def validate_paths(paths: Iterable[Path | str], schema: Path | None = None, jobs: int | None = None) -> list[Problem]:
    """The library entry point: files and folders -> every problem found, sorted."""
    return run(paths, schema, jobs).problems
