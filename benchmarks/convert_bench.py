#!/usr/bin/env python3
"""Benchmark `tei convert` (the library call ``tei.convert.convert_sources``).

Builds a corpus with ``make_corpus`` (default 10,000 telegrams, in all four source layouts),
converts it once in a single process and once across all cores, and prints telegrams per
second and the peak resident memory (``resource.getrusage``) of each run.

Across cores: when ``convert_sources`` takes ``jobs=`` (its own process pool, one
cross-file link pass) that is what is measured; otherwise the benchmark splits the files
into chunks and converts each chunk in a separate process into its own out dir (so
witness and prev/next links then only span a chunk), and says so in its output.

    python benchmarks/convert_bench.py                 # 10,000 telegrams
    python benchmarks/convert_bench.py --count 2000 --jobs 4
"""

from __future__ import annotations

import argparse
import inspect
import os
import resource
import shutil
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import make_corpus  # noqa: E402


def peak_mb(who=resource.RUSAGE_SELF) -> float:
    """Peak resident set size in MB (ru_maxrss is in kB on Linux, bytes on macOS)."""
    rss = resource.getrusage(who).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def _convert_chunk(args) -> tuple[int, int, float]:
    """Convert some files into their own folder (runs in a worker process)."""
    from tei.convert import convert_sources
    from tei.messages import Report

    files, out = args
    report = Report()
    results = convert_sources([Path(f) for f in files], Path(out), report=report)
    return sum(r.telegrams for r in results), report.count("error"), peak_mb()


def run_single(files: list[Path], out: Path) -> dict:
    from tei.convert import convert_sources
    from tei.messages import Report

    report = Report()
    start = time.perf_counter()
    results = convert_sources(files, out, report=report)
    seconds = time.perf_counter() - start
    return {"telegrams": sum(r.telegrams for r in results), "seconds": seconds,
            "errors": report.count("error"), "warnings": report.count("warning"), "peak_mb": peak_mb()}


def run_library_jobs(files: list[Path], out: Path, jobs: int) -> dict:
    from tei.convert import convert_sources
    from tei.messages import Report

    report = Report()
    start = time.perf_counter()
    results = convert_sources(files, out, report=report, jobs=jobs)
    seconds = time.perf_counter() - start
    return {"telegrams": sum(r.telegrams for r in results), "seconds": seconds,
            "errors": report.count("error"), "warnings": report.count("warning"),
            "peak_mb": max(peak_mb(), peak_mb(resource.RUSAGE_CHILDREN))}


def run_chunked(files: list[Path], out: Path, jobs: int) -> dict:
    chunks = [files[i::jobs] for i in range(jobs)]
    chunks = [c for c in chunks if c]
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        parts = list(pool.map(_convert_chunk, [([str(f) for f in c], str(out / f"chunk-{i:03d}"))
                                               for i, c in enumerate(chunks)]))
    seconds = time.perf_counter() - start
    return {"telegrams": sum(p[0] for p in parts), "seconds": seconds, "errors": sum(p[1] for p in parts),
            "warnings": None, "peak_mb": max([peak_mb(), peak_mb(resource.RUSAGE_CHILDREN)] + [p[2] for p in parts])}


def line(label: str, r: dict) -> str:
    rate = r["telegrams"] / r["seconds"] if r["seconds"] else float("inf")
    warn = "" if r.get("warnings") is None else f", {r['warnings']} warnings"
    return (f"{label:<34} {r['telegrams']:>6} telegrams in {r['seconds']:7.2f} s = {rate:8.1f} telegrams/s; "
            f"peak RSS {r['peak_mb']:.0f} MB; {r['errors']} errors{warn}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=10_000, help="telegrams in the corpus (default 10000)")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes (default: all cores)")
    parser.add_argument("--corpus", type=Path, help="use (or make) the corpus in this folder")
    parser.add_argument("--chunked", action="store_true",
                        help="also measure the benchmark's own chunked process pool, for comparison")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folders")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="tei-bench-"))
    try:
        corpus = args.corpus or work / "corpus"
        start = time.perf_counter()
        if not (corpus / "manifest.json").exists():
            manifest = make_corpus(corpus, args.count, args.seed)
        else:
            import json
            manifest = json.loads((corpus / "manifest.json").read_text())
        files = sorted(p for p in corpus.iterdir() if p.suffix in (".txt", ".md"))
        print(f"corpus: {manifest['telegrams']} telegrams in {len(files)} files ({corpus}), "
              f"made in {time.perf_counter() - start:.1f} s; {os.cpu_count()} cores")

        single = run_single(files, work / "single")
        print(line("single process:", single))

        if args.jobs > 1:
            from tei.convert import convert_sources
            library_jobs = "jobs" in inspect.signature(convert_sources).parameters
            if library_jobs:
                multi = run_library_jobs(files, work / "multi", args.jobs)
                print(line(f"{args.jobs} processes (library jobs=):", multi))
            else:
                multi = run_chunked(files, work / "multi", args.jobs)
                print(line(f"{args.jobs} processes (chunked):", multi))
                print("  note: the library has no parallel option; the benchmark split the files into "
                      f"{args.jobs} chunks converted into separate out dirs, so links span one chunk only")
            print(f"speed-up: {single['seconds'] / multi['seconds']:.2f}x")
            if args.chunked and library_jobs:
                chunked = run_chunked(files, work / "chunked", args.jobs)
                print(line(f"{args.jobs} processes (chunked):", chunked))
                print("  note: chunked = the benchmark split the files into chunks converted into separate "
                      "out dirs (links span one chunk only)")
                print(f"speed-up (chunked): {single['seconds'] / chunked['seconds']:.2f}x")
        print(f"peak RSS of this process: {peak_mb():.0f} MB; of its children: "
              f"{peak_mb(resource.RUSAGE_CHILDREN):.0f} MB")
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
