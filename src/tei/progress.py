"""Progress of a long stage: a bar on a terminal, a few plain lines in CI and pipes.

The library functions take an optional `progress` object and call `start(total)` once they
know how much there is to do, then `advance(n)` as it is done; they never print themselves.

    with stage_progress("html", "pages") as progress:
        render_site(..., progress=progress)
"""

from __future__ import annotations

import os
import sys
from typing import Protocol


class Progress(Protocol):
    def start(self, total: int) -> None: ...

    def advance(self, n: int = 1) -> None: ...

    def stop(self) -> None: ...


class _Stoppable:
    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


class Lines(_Stoppable):
    """Plain lines on stderr, for long stages only (MIN_TOTAL items or more): at the start,
    at every tenth of the way, at the end."""

    MIN_TOTAL = 100

    def __init__(self, stage: str, unit: str, stream=None):
        self.stage, self.unit, self.stream = stage, unit, stream or sys.stderr
        self.total = self.done = self.next_line = 0

    def start(self, total: int) -> None:
        self.total, self.done, self.next_line = total, 0, max(1, total // 10)
        if total >= self.MIN_TOTAL:
            print(f"{self.stage}: 0/{total} {self.unit}", file=self.stream, flush=True)

    def advance(self, n: int = 1) -> None:
        self.done += n
        if self.total < self.MIN_TOTAL:
            return
        if self.done >= self.next_line or self.done == self.total:
            print(f"{self.stage}: {self.done}/{self.total} {self.unit}", file=self.stream, flush=True)
            self.next_line = self.done + max(1, self.total // 10)

    def stop(self) -> None:
        pass


class Bar(_Stoppable):
    """A rich progress bar (left off the screen when done)."""

    def __init__(self, stage: str, unit: str):
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self._progress = Progress(TextColumn(f"{stage}"), BarColumn(), MofNCompleteColumn(),
                                  TextColumn(unit), TimeElapsedColumn(), transient=True)
        self._task = None

    def start(self, total: int) -> None:
        if self._task is None:
            self._progress.start()
            self._task = self._progress.add_task("", total=total)
        else:
            self._progress.update(self._task, total=total, completed=0)

    def advance(self, n: int = 1) -> None:
        if self._task is not None:
            self._progress.advance(self._task, n)

    def stop(self) -> None:
        if self._task is not None:
            self._progress.stop()
            self._task = None


class Silent(_Stoppable):
    """No progress shown: a stage run alongside another, whose bar has the terminal."""

    def start(self, total: int) -> None:
        pass

    def advance(self, n: int = 1) -> None:
        pass

    def stop(self) -> None:
        pass


_quiet = False


def quiet() -> None:
    """From now on, in this process, stages show no progress (see Silent)."""
    global _quiet
    _quiet = True


def stage_progress(stage: str, unit: str) -> Progress:
    """A bar on an interactive terminal; plain lines in CI ($CI set) and when stderr is a pipe."""
    if _quiet:
        return Silent()
    if sys.stderr.isatty() and not os.environ.get("CI"):
        return Bar(stage, unit)
    return Lines(stage, unit)
