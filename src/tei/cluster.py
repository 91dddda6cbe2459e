"""The per-document stages on a Dask cluster: the same functions, another executor.

    with dask_executor("local") as (pool, workers):      # or "tcp://scheduler:8786"
        convert_sources(paths, out_dir, executor=(pool, workers))
        validate.run(paths, executor=(pool, workers))

Conversion and validation hand their batches to a concurrent.futures executor (tei.parallel);
here that executor is a Dask client's (distributed.Client.get_executor), so the batches run
on the cluster's workers while this process gathers the results in order, links the
telegrams and writes the files, exactly as with the local process pool: the outputs are the
same bytes.  The workers need this package installed (the same version) and the sources
where they can read them (a shared file system); results travel back to this process.

Dask is an optional dependency (pip install 'tei-telegrams[dask]').
"""

from __future__ import annotations

import logging
import os
from contextlib import contextmanager
from typing import Iterator

from .messages import SourceError


class ClusterError(SourceError):
    """The cluster cannot be used: Dask is not installed, or the scheduler cannot be reached."""

    def __init__(self, text: str):
        super().__init__("--dask", text, code="dask")


@contextmanager
def dask_executor(address: str, workers: int | None = None) -> Iterator[tuple[object, int]]:
    """(an executor on the Dask cluster at address, how many workers it has): "local" starts
    a cluster of worker processes on this machine (workers of them, default one per core)
    for the time of the with block; any other address is a running scheduler's."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ClusterError("Dask is not installed: pip install 'tei-telegrams[dask]' (or dask[distributed]), "
                           "or run without --dask") from None
    cluster = None
    try:
        if address == "local":
            # processes, one thread each: the stages hold the GIL (lxml, regular expressions)
            # (its dashboard on a free port; its log quiet but for warnings: the run's messages are ours)
            cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                                   dashboard_address=":0", silence_logs=logging.WARNING)
            client = Client(cluster)
        else:
            client = Client(address, timeout="10s")
    except (OSError, TimeoutError) as exc:
        if cluster is not None:
            cluster.close()
        raise ClusterError(f"cannot reach the Dask scheduler at {address} ({exc}): start it "
                           "(dask scheduler) or give its address as tcp://host:8786") from None
    try:
        count = max(1, len(client.scheduler_info().get("workers", {})))
        yield client.get_executor(), count
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
