"""Regular expressions made faster to search, matching exactly what they matched.

Python's engine skips quickly to where a match may begin only when a pattern begins with a
literal or a class of characters; a pattern that begins with ``\\b``, a look-behind or a group
of alternatives is tried at every position of the text.  ``led`` puts a look-ahead for the
characters its matches can begin with at its head: the same matches, found sooner.

``stored`` compiles a long pattern once per machine rather than once per process: the
authority file's alternation of every name form (86,000 characters) took 0.2-0.4 s of CPU to
compile in each run that converts a source, a third of a one-edit rebuild's convert stage.
"""

from __future__ import annotations

import array
import hashlib
import marshal
import re
import sys
from pathlib import Path
from re import _compiler
from re import _constants as _sre
from re import _parser


def _heads(items) -> list[str] | None:
    """The classes' items ("a", "0-9", "\\d") a match of a parsed sequence can begin with; None
    where it may begin with any character (or the parse is of a kind not read here)."""
    out: list[str] = []
    for op, av in items:
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # (zero width: the next item begins the match)
        if op is _sre.LITERAL:
            return out + [re.escape(chr(av))]
        if op is _sre.IN:
            part = []
            for item_op, item in av:
                if item_op is _sre.LITERAL:
                    part.append(re.escape(chr(item)))
                elif item_op is _sre.RANGE:
                    part.append(f"{re.escape(chr(item[0]))}-{re.escape(chr(item[1]))}")
                elif item_op is _sre.CATEGORY and item is _sre.CATEGORY_DIGIT:
                    part.append(r"\d")
                else:
                    return None  # (a negated class, \w, \s: not worth a look-ahead)
            return out + part
        if op is _sre.SUBPATTERN:
            sub = av[-1]
            if sub.getwidth()[1] == 0:
                continue
            if av[1] & re.IGNORECASE:
                return None  # ("(?i:march)": a case-blind group's letters; the look-ahead would not be)
            first, optional = _heads(sub.data), sub.getwidth()[0] == 0
        elif op is _sre.BRANCH:
            first, optional = [], False
            for alternative in av[1]:
                if alternative.getwidth()[1] == 0:  # (a look-behind alone: "(?:^|(?<=, ))")
                    optional = True
                    continue
                heads = _heads(alternative.data)
                if heads is None:
                    return None
                first += heads
                optional = optional or alternative.getwidth()[0] == 0
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            low, _high, sub = av
            first, optional = _heads(sub.data), low == 0 or sub.getwidth()[0] == 0
        else:
            return None
        if first is None:
            return None
        out += first
        if not optional:
            return out
    return None  # (the pattern may match the empty string)


def led(pattern: re.Pattern) -> re.Pattern:
    """The pattern with a look-ahead for the characters its matches begin with at its head
    (the pattern itself where they are not known): same matches, same groups."""
    heads = _heads(_parser.parse(pattern.pattern, pattern.flags).data)
    if not heads:
        return pattern
    return re.compile(f"(?=[{''.join(dict.fromkeys(heads))}])(?:{pattern.pattern})", pattern.flags)


# the characters besides a letter's two cases that a case-blind match of an ASCII letter accepts
# (the long s for s, the Kelvin sign for k, the dotted capital I and the dotless i for i)
_CASE_BLIND_OTHERS = "\u017f\u212a\u0130\u0131"


def ahead_of(words: str) -> str:
    """'(?=[Cc...])' for case-blind words 'convey|transmit|...' (each beginning with an ASCII
    letter): the characters a case-blind match of them can begin with, read from the words
    themselves so that a word added to them is not skipped (led cannot see into "(?i:...)")."""
    firsts: dict[str, None] = {}
    for word in words.split("|"):
        first = word[0]
        if not (first.isascii() and first.isalpha()):
            raise ValueError(f"ahead_of: {word!r} does not begin with an ASCII letter")
        for candidate in (first.lower(), first.upper(), *_CASE_BLIND_OTHERS):
            if re.fullmatch(f"(?i:{first})", candidate):
                firsts[candidate] = None
    return f"(?=[{''.join(firsts)}])"


# Patterns shorter than this compile in a few milliseconds: not worth a file.
STORED_FROM = 4000
STORED_KEPT = 16  # compiled patterns kept (the newest: an edited authority file leaves its old ones)


# What a compiled program is kept for: programs are read back only by the same Python and engine.
_ENGINE = (sys.version, sys.implementation.name, _compiler.MAGIC, _compiler._sre.CODESIZE)
_CODE_FITS = array.array("I").itemsize == _compiler._sre.CODESIZE  # (the program stored as an array of "I")


def _record(pattern: str, flags: int, compiled: re.Pattern) -> tuple | None:
    """The engine's program for re.compile(pattern, flags), as marshal can write it:
    (pattern, flags, program's bytes, groups, groupindex, indexgroup); None where the program
    made here does not give a pattern equal to compiled (the same flags, pattern and program)."""
    if not _CODE_FITS:
        return None
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    indexgroup = [None] * parsed.state.groups
    for name, index in parsed.state.groupdict.items():
        indexgroup[index] = name
    made = (pattern, flags | parsed.state.flags, code, parsed.state.groups - 1, dict(parsed.state.groupdict),
            tuple(indexgroup))
    if _compiler._sre.compile(*made) != compiled:
        return None
    return (*made[:2], array.array("I", code).tobytes(), *made[3:])


def _from_record(record: tuple) -> re.Pattern:
    """The pattern a _record was made from."""
    pattern, flags, code, *groups = record
    program = array.array("I")
    program.frombytes(code)
    return _compiler._sre.compile(pattern, flags, program.tolist(), *groups)


def stored(pattern: str, flags: int = 0, folder: Path | None = None) -> re.Pattern:
    """re.compile(pattern, flags), the same object (the same program for the engine), its
    compiled program kept in the user's cache folder (tei.validate.schemas.cache_dir) for the
    next process: loaded it skips the parse and the code generation of Python's re, which
    are in Python.  Kept by the pattern, its flags and the Python and engine versions; an
    unreadable or foreign file is compiled again."""
    if len(pattern) < STORED_FROM:
        return re.compile(pattern, flags)
    flags = int(flags)
    try:
        if folder is None:
            from .paths import cache_dir

            folder = cache_dir() / "patterns"
        key = hashlib.sha256(repr((pattern, flags, *_ENGINE)).encode()).hexdigest()[:32]
        path = folder / f"{key}.marshal"
    except Exception:  # (no cache folder, an engine of another make: compiled as ever)
        return re.compile(pattern, flags)
    try:
        record = marshal.loads(path.read_bytes())
        if record[0] == pattern:
            return _from_record(record)
    except Exception:  # none kept yet, or not readable: compiled and kept below
        pass
    compiled = re.compile(pattern, flags)
    try:
        record = _record(pattern, flags, compiled)
        if record is None:
            return compiled
        from .writer import write_atomic

        write_atomic(path, marshal.dumps(record), compare=False)
        _forget_old(folder)
    except Exception:  # a cache that cannot be written is no cache
        pass
    return compiled


def _forget_old(folder: Path) -> None:
    """Only the STORED_KEPT newest compiled patterns stay."""
    kept = sorted(((p.stat().st_mtime_ns, p) for p in folder.glob("*.marshal")), reverse=True)
    for _, path in kept[STORED_KEPT:]:
        path.unlink(missing_ok=True)


# The patterns the modules compile when imported (about 560, 0.2 s of CPU at each process's
# start: Python's re parses and generates code in Python), kept per machine in one file and
# given to the next process by re.compile: see keep_module_patterns.
MODULE_PATTERNS_MAX = 5000  # (a store that grows past this is not kept: something compiles per input)
_KEPT_PATTERNS: dict[tuple[str, int], re.Pattern] = {}
_KEPT_RECORDS: dict[tuple[str, int], tuple] = {}  # (as read: saved again without compiling them again)
_NEW_PATTERNS: dict[tuple[str, int], re.Pattern] = {}
_USED_PATTERNS: set[tuple[str, int]] = set()
_REAL_COMPILE = re.compile


def keep_module_patterns(folder: Path | None = None) -> None:
    """From now on in this process, re.compile gives a pattern compiled by an earlier process
    of this machine when one is kept (the same object re.compile makes: checked when kept),
    and the patterns compiled by a module's top-level code are kept at the process's end.
    Kept by the Python and engine versions; where CPython's re is not as read here, or the
    file cannot be read or written, re.compile is left alone or compiles as ever."""
    import atexit

    if re.compile is not _REAL_COMPILE:
        return
    try:
        path = _module_patterns_path(folder)
        # (each entry: the pattern, the flags it is compiled with, then the rest of its _record)
        for pattern, flags, *record in marshal.loads(path.read_bytes()) if path.exists() else []:
            _KEPT_PATTERNS[pattern, flags] = _from_record((pattern, *record))
            _KEPT_RECORDS[pattern, flags] = (pattern, flags, *record)
    except Exception:  # (a foreign or spoilt file: the patterns compiled as ever, and kept again)
        _KEPT_PATTERNS.clear()
        _KEPT_RECORDS.clear()
        try:
            path = _module_patterns_path(folder)
        except Exception:
            return
    re.compile = _compile_kept
    atexit.register(_save_module_patterns, path)


def _module_patterns_path(folder: Path | None) -> Path:
    if not _CODE_FITS:
        raise ValueError("the engine's code is not stored as read here")
    if folder is None:
        from .paths import cache_dir

        folder = cache_dir() / "patterns"
    key = hashlib.sha256(repr(_ENGINE).encode()).hexdigest()[:32]
    return folder / f"{key}.modules"  # (not .marshal: stored keeps only its newest of those)


def _compile_kept(pattern, flags=0):
    """re.compile, given from the kept patterns where it can be (see keep_module_patterns)."""
    if type(pattern) is not str:
        return _REAL_COMPILE(pattern, flags)
    key = (pattern, int(flags))
    kept = _KEPT_PATTERNS.get(key)
    if kept is not None:
        _USED_PATTERNS.add(key)
        return kept
    compiled = _REAL_COMPILE(pattern, flags)
    # kept only when compiled by a module as it is imported (directly or by a helper it calls),
    # not by the code at work, whose patterns may be made from its input
    frame = sys._getframe(1)
    for _ in range(3):
        if frame is None:
            break
        if frame.f_code.co_name == "<module>":
            _NEW_PATTERNS[key] = compiled
            break
        frame = frame.f_back
    return compiled


def _save_module_patterns(path: Path) -> None:
    """The kept patterns and those this process compiled at import saved for the next (only
    when some were new).  The kept ones are written as they were read, not compiled again;
    the ones this process did not use stay too (another command imports other modules), and
    are dropped only when the store would grow past MODULE_PATTERNS_MAX."""
    if not _NEW_PATTERNS:
        return
    try:
        records = dict(_KEPT_RECORDS)
        for key, compiled in _NEW_PATTERNS.items():
            record = _record(*key, compiled)
            if record is not None:
                records[key] = (*key, *record[1:])
        if len(records) > MODULE_PATTERNS_MAX:
            records = {key: record for key, record in records.items()
                       if key in _USED_PATTERNS or key in _NEW_PATTERNS}
        if len(records) > MODULE_PATTERNS_MAX:
            return
        from .writer import write_atomic

        write_atomic(path, marshal.dumps([records[key] for key in sorted(records)]), compare=False)
    except Exception:  # a cache that cannot be written is no cache
        pass
