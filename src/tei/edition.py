"""Facts about the edition that every output states: name, publisher, licence, date.

The name and the publisher are the editors': an edition of other telegrams names itself in
a small TOML file, `edition.toml` beside its sources (`tei build` finds it there) or given with
`--edition FILE` to any command:

    name = "The Korean War Cables"
    publisher = "The Korean War Cables project, Example University"

The file chosen is kept in the environment ($TEI_EDITION), so that worker processes, started
by fork or spawn, state the same edition; its contents are part of the code fingerprint
(tei.cache), so that every cache built under another edition is made again.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections import Counter
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Iterable

from . import __version__

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

ENVIRONMENT = "TEI_EDITION"
FILE_NAME = "edition.toml"  # beside the sources: tei build reads it


@dataclass(frozen=True)
class Edition:
    name: str = "The Stalin–Mao Telegrams"  # the print and HTML editions add the months their telegrams span
    publisher: str = "The Stalin–Mao Telegrams edition project"


LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
LICENCE_TEXT = ("The TEI encoding is licensed under Creative Commons Attribution 4.0 International (CC BY 4.0). "
                "The translations remain subject to the terms of the sources they are taken from.")
# The day this version of the pipeline was released: the edition's date when no
# SOURCE_DATE_EPOCH is given, so that identical builds give identical bytes.
RELEASE_DATE = "2026-11-24"
ENCODER = f"tei {__version__}"


class EditionFileError(ValueError):
    """The edition file cannot be used; str() says where and what to do."""


def read(path: Path) -> Edition:
    """The edition a TOML file describes (keys it leaves out keep their defaults)."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise EditionFileError(f"{path}: cannot be read ({exc.strerror or exc}): give the path of an "
                               f"existing {FILE_NAME}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise EditionFileError(f"{path}: not a TOML file ({exc}): write it as lines of "
                               'name = "..." and publisher = "..."') from None
    known = {f.name for f in fields(Edition)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise EditionFileError(f"{path}: unknown key{'s' if len(unknown) > 1 else ''} {', '.join(unknown)}: "
                               f"an edition file may give {', '.join(sorted(known))}")
    for key, value in data.items():
        if not isinstance(value, str) or not " ".join(value.split()):
            raise EditionFileError(f"{path}: {key} must be a text in quotes, not empty: {key} = \"...\"")
    return Edition(**{key: " ".join(value.split()) for key, value in data.items()})


def use(path: Path | None) -> Edition:
    """Make the edition file at path the one this process and its workers state (None: the
    default edition).  Raises EditionFileError, before anything changes, for a bad file."""
    if path is None:
        os.environ.pop(ENVIRONMENT, None)
    else:
        read(path)
        os.environ[ENVIRONMENT] = str(Path(path).resolve())
    _forget()
    return current()


def found_beside(sources: Path) -> Path | None:
    """The edition file in a folder of sources, if it has one."""
    candidate = Path(sources) / FILE_NAME
    return candidate if Path(sources).is_dir() and candidate.is_file() else None


_CURRENT: tuple[str, Edition] | None = None


def current() -> Edition:
    """The edition this process states: the file $TEI_EDITION names, else the default."""
    global _CURRENT
    path = os.environ.get(ENVIRONMENT, "")
    if _CURRENT is None or _CURRENT[0] != path:
        _CURRENT = (path, read(Path(path)) if path else Edition())
    return _CURRENT[1]


def name_of(series: Iterable[str]) -> str:
    """The edition's name for outputs made from documents: the one configured (an edition
    file), else the one most of the documents name (their seriesStmt), else the default."""
    return name_of_counted((s, 1) for s in series)


def name_of_counted(series: Iterable[tuple[str, int]]) -> str:
    """name_of, given each name with the number of documents that name it (a query's counts)."""
    if os.environ.get(ENVIRONMENT):
        return current().name
    return _most_named(series) or current().name


def publisher_of(publishers: Iterable[str]) -> str:
    """The edition's publisher for outputs made from documents, as name_of: the one configured,
    else the one most of the documents name (their publicationStmt), else the default."""
    if os.environ.get(ENVIRONMENT):
        return current().publisher
    return _most_named((p, 1) for p in publishers) or current().publisher


def _most_named(named: Iterable[tuple[str, int]]) -> str:
    """The text most counted (ties: the first in order), '' if none."""
    counts: Counter = Counter()
    for s, n in named:
        if s and s.strip():
            counts[" ".join(s.split())] += n
    return min(counts, key=lambda s: (-counts[s], s)) if counts else ""


def digest() -> str:
    """What the outputs owe to the edition, for the caches' keys: its name, its publisher and
    the date every TEI header carries (build_date: SOURCE_DATE_EPOCH where set)."""
    e = current()
    return hashlib.sha256(f"{e.name}\0{e.publisher}\0{build_date()}".encode()).hexdigest()


def _forget() -> None:
    global _CURRENT
    _CURRENT = None


def build_date() -> str:
    """The date written into outputs: SOURCE_DATE_EPOCH if set (reproducible builds), else the release date."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return time.strftime("%Y-%m-%d", time.gmtime(int(epoch)))
    return RELEASE_DATE
