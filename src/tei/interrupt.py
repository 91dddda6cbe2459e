"""SIGTERM (kill, a service manager's stop, a CI job's time limit) taken as Ctrl-C: a
KeyboardInterrupt in the main thread, so a command's cleanup runs (its staging folders and
temporary files removed) and its outputs stay those of the last run that finished."""

from __future__ import annotations

import os
import signal
import threading
from contextlib import contextmanager


@contextmanager
def terminate_as_interrupt():
    """While inside, SIGTERM raises KeyboardInterrupt; the handler before is put back after.
    Does nothing outside the main thread, where no handler can be set."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    owner = os.getpid()

    def stop(signum, frame):
        if os.getpid() != owner:  # a worker forked inside: it dies of SIGTERM as it did (its pool's shutdown)
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGTERM)
            return
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
