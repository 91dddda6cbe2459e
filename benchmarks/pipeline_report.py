#!/usr/bin/env python3
"""The whole pipeline at corpus scale: per stage, documents per second and peak memory.

Runs every stage of `tei build` (tei.build.STAGES, in order) on generated corpora of 1,000
and 10,000 telegrams (benchmarks/make_corpus.py), each stage in a process of its own so
that its peak memory is its own (os.wait4 gives the child's ru_maxrss).  Then it edits one
source and times the incremental rebuild, and a rebuild with no change.  It prints a table
and the growth from the small to the large corpus (time per document should stay flat:
linear or better; memory should not grow with the corpus).

Targets on a 2-core machine (issue 7): 10,000 telegrams converted, validated and rendered
to HTML in under 30 s; a rebuild after a one-file edit in under 1 s; flat peak memory.

    python benchmarks/pipeline_report.py                 # 1,000 and 10,000
    python benchmarks/pipeline_report.py --sizes 300 3000 --stages convert validate html
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from make_corpus import make_corpus  # noqa: E402

STAGE_RUNNER = """
import sys
from pathlib import Path
from tei.build import BuildContext, STAGES
from tei.messages import Report
seeds, out, name, jobs = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
ctx = BuildContext(seeds, out, None, Report(), jobs=jobs)
stage = dict(STAGES)[name]
ok = stage(ctx)
sys.exit(0 if ok else 1)
"""


def run_child(args: list[str]) -> tuple[float, float, int]:
    """(seconds, peak MB, exit code) of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    rss_mb = usage.ru_maxrss / (1024 * 1024) if sys.platform == "darwin" else usage.ru_maxrss / 1024
    return seconds, rss_mb, os.waitstatus_to_exitcode(status)


def count_documents(out: Path) -> int:
    return len(list((out / "tei").glob("*.xml")))


def measure(size: int, stages: list[str], jobs: int, work: Path) -> dict:
    corpus, out = work / f"corpus-{size}", work / f"out-{size}"
    make_corpus(corpus, count=size, seed=size)
    rows = {}
    for name in stages:
        seconds, peak, code = run_child([sys.executable, "-c", STAGE_RUNNER, str(corpus), str(out), name, str(jobs)])
        rows[name] = (seconds, peak, code)
        print(f"  {size:>6} {name:<9} {seconds:8.2f} s  {count_documents(out) / seconds:9.1f} docs/s  "
              f"{peak:7.0f} MB{'' if code == 0 else '  (stage reported errors: exit ' + str(code) + ')'}",
              flush=True)
    # Incremental: a build with no change, then one edited source.
    build = [sys.executable, "-m", "tei", "build", "--seeds", str(corpus), "--out", str(out), "-j", str(jobs)]
    rows["full"] = run_child(build)  # every stage once, so that the state for the rebuilds exists
    rows["no-change"] = run_child(build)
    source = sorted(corpus.glob("*.txt"))[0]
    source.write_text(source.read_text(encoding="utf-8").replace(" the ", " the the ", 1), encoding="utf-8")
    rows["one-edit"] = run_child(build)
    for name in ("full", "no-change", "one-edit"):
        seconds, peak, code = rows[name]
        print(f"  {size:>6} rebuild, {name:<10} {seconds:8.2f} s  {peak:7.0f} MB"
              f"{'' if code == 0 else '  (build failed: exit ' + str(code) + '; its time means nothing)'}",
              flush=True)
    rows["documents"] = count_documents(out)
    return rows


def main() -> None:
    from tei.build import STAGES

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--stages", nargs="+", default=[name for name, _ in STAGES])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="tei-pipeline-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"pipeline report: sizes {args.sizes}, stages {args.stages}, {args.jobs} jobs, {os.cpu_count()} cores")
    results = {}
    try:
        for size in args.sizes:
            results[size] = measure(size, args.stages, args.jobs, work)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    if len(args.sizes) >= 2:
        small, large = args.sizes[0], args.sizes[-1]
        print(f"\ngrowth from {small} to {large} telegrams (time per document, and peak memory; 1.0 = flat):")
        for name in args.stages:
            t_small = results[small][name][0] / max(1, results[small]["documents"])
            t_large = results[large][name][0] / max(1, results[large]["documents"])
            print(f"  {name:<9} time/doc x{t_large / t_small:5.2f}   peak memory x"
                  f"{results[large][name][1] / max(1.0, results[small][name][1]):5.2f}")
        core = [n for n in ("convert", "validate", "html") if n in args.stages]
        total = sum(results[large][n][0] for n in core)
        print(f"\n{large} telegrams {'+'.join(core)}: {total:.1f} s (target < 30 s); "
              f"rebuild after one edit: {results[large]['one-edit'][0]:.2f} s (target < 1 s)")


if __name__ == "__main__":
    main()
