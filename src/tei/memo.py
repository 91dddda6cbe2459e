"""Look-ups remembered for the conversion of one source file.

The passes read the same text runs more than once (the names pass scans a run for unknown
persons, then tags the names in it; the structure and dates passes both read a dateline), and
the look-ups they repeat (the authority file's names in a text, the dates in a text) are pure
functions of their arguments.  Within ``with per_source:`` their results are kept and given
again; outside it, and once the file is done, nothing is kept, so memory does not grow with the
corpus and no source's conversion depends on another's.
"""

from __future__ import annotations

import functools
from typing import Callable, TypeVar

F = TypeVar("F", bound=Callable)


class SourceMemo:
    def __init__(self) -> None:
        self._tables: dict | None = None

    def __enter__(self) -> "SourceMemo":
        self._tables = {}
        return self

    def __exit__(self, *exc) -> None:
        self._tables = None

    def remember(self, fn: F) -> F:
        """fn's results kept while a source is converted.  fn must be pure and return a tuple
        or another immutable value (a string, a bool, None: every caller gets the same object),
        or an object that only keeps what it finds of fn's arguments, each a pure function of them
        (dates.finder._scan's, its matches found when first asked for)."""
        @functools.wraps(fn)
        def remembered(*args, **kwargs):
            tables = self._tables
            if tables is None:
                return fn(*args, **kwargs)
            key = (args, tuple(kwargs.items())) if kwargs else args
            table = tables.get(remembered)
            if table is None:
                table = tables[remembered] = {}
            # (a look-up, not a KeyError caught: most calls are a first one, and this wraps the
            # passes' commonest look-ups)
            result = table.get(key, _MISSING)
            if result is _MISSING:
                result = table[key] = fn(*args, **kwargs)
            return result
        return remembered  # type: ignore[return-value]

    def keep(self, remembered: Callable, args: tuple, result) -> None:
        """result kept as remembered(*args)'s (a function this memo remembers, the arguments as
        its callers pass them): for a result the caller has from a look-up it made already."""
        if self._tables is not None:
            self._tables.setdefault(remembered, {}).setdefault(args, result)


_MISSING = object()


per_source = SourceMemo()
