"""Work spread over a pool of processes, in order and with little held at once.

    for result in pooled(fn, batched(items, 32), workers, pool): ...

The stages that run in parallel (convert, the HTML edition) hand batches to a pool and take
the results back in order, with at most a few batches in flight: when this process is
slower than the workers (it writes what they make), results do not pile up in memory.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Iterable, Iterator


def batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def pooled(fn, batches: Iterable[Any], workers: int, pool=None) -> Iterator[Any]:
    """fn over the batches, in order: in the pool with at most a few batches in flight (the
    jobs are made as they are needed, not all held at once), or here without a pool."""
    if pool is None:
        for batch in batches:
            yield fn(batch)
        return
    pending: deque = deque()
    for batch in batches:
        pending.append(pool.submit(fn, batch))
        if len(pending) >= workers * 4:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def process_pool(workers: int, start_method: str = "spawn", name: str = "") -> ProcessPoolExecutor:
    """A pool of worker processes.  spawn by default: a forked copy of an initialised Saxon
    (GraalVM) runtime is not safe; fork only where the parent holds nothing of the kind.
    name: what the workers are called where processes are listed (ps, top, /proc/<pid>/comm;
    at most 15 bytes), so that each role's memory can be told apart (benchmarks/html_memory.py)."""
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(start_method),
                               initializer=_named if name else None, initargs=(name,) if name else ())


def _named(name: str) -> None:
    """Give this process a name (Linux's PR_SET_NAME); elsewhere nothing."""
    try:
        import ctypes

        ctypes.CDLL(None).prctl(15, name.encode("utf-8")[:15], 0, 0, 0)
    except (OSError, AttributeError, TypeError):
        pass
