"""An interrupted command: SIGTERM (kill, a CI job's time limit) stops it as Ctrl-C does, with a
line saying so, exit code 130 and no traceback, its scratch folders removed; and the scratch
folders a run killed outright (SIGKILL) left behind are removed by the next run."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from conftest import SEEDS

SRC = Path(__file__).resolve().parents[1] / "src"
SCRATCH = re.compile(r"^\.(?:\w+\.staged|search)-\d+-")


def _scratch(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir() if SCRATCH.match(p.name)) if out.exists() else []


def _build_stopped(tmp_path: Path, sig: int) -> tuple[subprocess.Popen, str, Path]:
    """`tei build` of the seeds stopped by sig as soon as a stage stages its output."""
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    process = subprocess.Popen([sys.executable, "-m", "tei", "build", "--seeds", str(SEEDS), "--out", str(out), "-j", "1"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        deadline = time.monotonic() + 300
        while not _scratch(out) and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        assert process.poll() is None, "the build ended before it staged anything"
        process.send_signal(sig)
        _, err = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    return process, err, out


def test_sigterm_stops_a_build_cleanly_and_the_next_build_finishes_it(tmp_path):
    process, err, out = _build_stopped(tmp_path, signal.SIGTERM)
    assert process.returncode == 130, err
    assert "interrupted: the outputs are those of the last run that finished" in err and "Traceback" not in err
    assert _scratch(out) == []  # (without the handler SIGTERM killed it and left its staging folder)
    again = subprocess.run([sys.executable, "-m", "tei", "build", "--seeds", str(SEEDS), "--out", str(out), "-j", "1"],
                           capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(SRC)}, timeout=600)
    assert again.returncode == 0, again.stderr
    assert (out / "html" / "index.html").is_file() and _scratch(out) == []


def test_the_scratch_a_killed_run_left_is_removed_by_the_next(tmp_path):
    process, _, out = _build_stopped(tmp_path, signal.SIGKILL)
    assert process.returncode == -signal.SIGKILL
    left = _scratch(out)
    assert left  # (SIGKILL runs no cleanup: its staging folder stays until a later run)
    mine = out / f".search-{os.getpid()}-kept"  # a live process's scratch is not touched
    mine.mkdir()
    again = subprocess.run([sys.executable, "-m", "tei", "build", "--seeds", str(SEEDS), "--out", str(out), "-j", "1"],
                           capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(SRC)}, timeout=600)
    assert again.returncode == 0, again.stderr
    assert _scratch(out) == [mine.name]


def test_a_worker_forked_while_sigterm_is_an_interrupt_dies_of_it_as_before():
    """A pool's shutdown terminates its workers with SIGTERM: a worker forked from a process whose
    SIGTERM raises KeyboardInterrupt dies of the signal (no traceback from every idle worker)."""
    code = ("import os, signal, time\n"
            "from tei.interrupt import terminate_as_interrupt\n"
            "with terminate_as_interrupt():\n"
            "    pid = os.fork()\n"
            "    if pid == 0:\n"
            "        time.sleep(30); os._exit(0)\n"
            "    time.sleep(0.2); os.kill(pid, signal.SIGTERM)\n"
            "    _, status = os.waitpid(pid, 0)\n"
            "    print(os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGTERM)\n")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         env={**os.environ, "PYTHONPATH": str(SRC)})
    assert run.stdout.strip() == "True" and "Traceback" not in run.stderr, run.stderr
