#!/usr/bin/env python3
"""Memory of the HTML stage, process by process: the peak resident size of each process of
`tei html` (the driver, the page workers, the site-wide pages' process where there is one,
pagefind), sampled from /proc every --interval seconds over the whole process tree, with
the CPU seconds of each.

    python benchmarks/html_memory.py /tmp/t10k                     # this checkout's code
    python benchmarks/html_memory.py /tmp/t10k --src /tmp/main/src # another checkout's
    python benchmarks/html_memory.py /tmp/t1k /tmp/t10k /tmp/t20k --edit --json out.json

A process's peak is its kernel high-water mark (VmHWM), read at each sample, so a peak
between two samples is not missed; a process that lives less than one interval may be.
Roles: the process `tei html` is started as is the driver; a process named tei-page or
tei-site (tei.parallel names the workers of its pools) is a page worker or the site-wide
pages' process; pagefind by its command line; multiprocessing's resource tracker by its
own; any other child (a checkout that does not name its workers) is `worker-N`, numbered
in the order they appeared (before the twenty-third session: worker-1 and -2 the page
workers, worker-3 the site-wide pages' process).  With --edit, the site is built again after a word of one
document's text changed (with the same --state), and that build is measured too.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLOCK = os.sysconf("SC_CLK_TCK")


def _read(path: str) -> str:
    try:
        with open(path, "rb") as f:
            return f.read().decode("utf-8", "replace")
    except OSError:
        return ""


def _children() -> dict[int, list[int]]:
    """Parent pid -> its children's pids, for every process now."""
    tree: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            stat = _read(f"/proc/{name}/stat")
            if stat:
                ppid = int(stat[stat.rindex(")") + 2:].split()[1])
                tree.setdefault(ppid, []).append(int(name))
    return tree


def _descendants(root: int) -> list[int]:
    tree, found, todo = _children(), [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(tree.get(pid, ()))
    return found


class Sampler:
    """Each process of a tree: its role, peak resident size (MB) and CPU seconds."""

    def __init__(self, root: int):
        self.root = root
        self.seen: dict[tuple[int, str], dict] = {}  # (pid, start time) -> what is known of it
        self.unnamed = 0

    def _role(self, pid: int) -> str:
        if pid == self.root:
            return "driver"
        comm = _read(f"/proc/{pid}/comm").strip()
        cmdline = _read(f"/proc/{pid}/cmdline").replace("\0", " ")
        if comm in ("tei-page", "tei-site"):
            return {"tei-page": "pages", "tei-site": "site"}[comm]
        if "pagefind" in comm or "pagefind" in cmdline:
            return "pagefind"
        if "resource_tracker" in cmdline:
            return "tracker"
        self.unnamed += 1
        return f"worker-{self.unnamed}"

    def sample(self) -> None:
        for pid in _descendants(self.root):
            stat = _read(f"/proc/{pid}/stat")
            status = _read(f"/proc/{pid}/status")
            if not stat or not status:
                continue
            fields = stat[stat.rindex(")") + 2:].split()
            start = fields[19]
            hwm = re.search(r"VmHWM:\s+(\d+)", status)
            if hwm is None:  # a zombie
                continue
            known = self.seen.get((pid, start))
            if known is None:
                known = self.seen[(pid, start)] = {"pid": pid, "role": self._role(pid), "peak": 0, "cpu": 0.0}
            elif known["role"].startswith("worker") and _read(f"/proc/{pid}/comm").strip() in ("tei-page", "tei-site"):
                known["role"] = self._role(pid)  # named by its pool's initializer after it was first seen
            known["peak"] = max(known["peak"], int(hwm.group(1)) / 1024)
            known["cpu"] = (int(fields[11]) + int(fields[12])) / CLOCK

    def by_role(self) -> dict[str, dict]:
        roles: dict[str, dict] = {}
        for p in self.seen.values():  # (unnamed workers each apart: worker-3 is main's site-wide pages' process)
            r = roles.setdefault(p["role"], {"processes": 0, "peak": 0.0, "peaks": [], "cpu": 0.0})
            r["processes"] += 1
            r["peak"] = max(r["peak"], p["peak"])
            r["peaks"].append(round(p["peak"]))
            r["cpu"] += p["cpu"]
        return roles


def measure(command: list[str], env: dict[str, str], interval: float) -> dict:
    start = time.perf_counter()
    before = os.times()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sampler = Sampler(proc.pid)
    while proc.poll() is None:
        sampler.sample()
        time.sleep(interval)
    out, err = proc.communicate()
    after = os.times()
    return {"command": command, "exit": proc.returncode, "seconds": round(time.perf_counter() - start, 1),
            "cpu": round(after.children_user + after.children_system - before.children_user - before.children_system, 1),
            "roles": sampler.by_role(), "output": out.strip().splitlines()[-1:], "errors": err.strip().splitlines()[-3:]}


def _edit(tei_dir: Path) -> None:
    """A word added to the first paragraph of the middle document (a new file in its place)."""
    files = sorted(tei_dir.glob("*.xml"))
    victim = files[len(files) // 2]
    text = victim.read_text(encoding="utf-8")
    victim.unlink()
    victim.write_text(re.sub(r"(<p\b[^>]*>)", r"\1Edited. ", text, count=1), encoding="utf-8")


def report(name: str, run: dict) -> None:
    print(f"{name}: exit {run['exit']}, {run['seconds']} s, {run['cpu']} s of CPU"
          + (f" ({run['output'][0]})" if run["output"] else ""))
    for role, r in sorted(run["roles"].items(), key=lambda x: -x[1]["peak"]):
        print(f"  {role:9} {r['processes']:3} process{'es' if r['processes'] != 1 else '  '}  peak {r['peak']:6.0f} MB"
              f"  (each: {', '.join(map(str, sorted(r['peaks'], reverse=True)[:8]))}{' ...' if len(r['peaks']) > 8 else ''})"
              f"  {r['cpu']:7.1f} s CPU")
    for line in run["errors"]:
        print(f"  stderr: {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("tei_dirs", nargs="+", type=Path, help="folders of TEI files (each measured in turn)")
    parser.add_argument("--src", type=Path, default=ROOT / "src", help="the code to run (PYTHONPATH; default this checkout's)")
    parser.add_argument("-j", "--jobs", type=int, default=2, help="workers (default 2)")
    parser.add_argument("--no-search", action="store_true", help="without the pagefind index")
    parser.add_argument("--edit", action="store_true", help="then one document edited and the site built again")
    parser.add_argument("--interval", type=float, default=0.3, help="seconds between samples (default 0.3)")
    parser.add_argument("--json", type=Path, help="write the measurements here too")
    args = parser.parse_args()

    env = dict(os.environ, PYTHONPATH=str(args.src.resolve()))
    results = {}
    for tei_dir in args.tei_dirs:
        with tempfile.TemporaryDirectory(prefix="html-memory-") as tmp:
            tmp = Path(tmp)
            inputs = tmp / "tei"  # links: an edit replaces a file, the corpus is not touched
            inputs.mkdir()
            count = 0
            for f in tei_dir.glob("*.xml"):
                os.link(f, inputs / f.name) if f.stat().st_dev == inputs.stat().st_dev else shutil.copy(f, inputs / f.name)
                count += 1
            command = [sys.executable, "-m", "tei", "html", str(inputs), "--out", str(tmp / "site"),
                       "--state", str(tmp / "state"), "-j", str(args.jobs)] + (["--no-search"] if args.no_search else [])
            name = f"{tei_dir} ({count} documents)"
            results[name] = measure(command, env, args.interval)
            report(name, results[name])
            if args.edit:
                _edit(inputs)
                results[name + " after an edit"] = again = measure(command, env, args.interval)
                report(name + " after an edit", again)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
