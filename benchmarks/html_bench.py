#!/usr/bin/env python3
"""Speed of the HTML edition: telegram pages per second (target: >= 300 pages/s on 2 cores).

The corpus is made of copies of the edition's telegrams (out/tei, or --tei) with new ids and
dates shifted so the copies interleave, witness and exchange links kept within each round of
copies; or, with --corpus, telegrams that benchmarks/make_corpus.py generates and
`tei convert` turns into TEI.  Pages are rendered by a pool of processes, one compiled
stylesheet per worker.  Prints documents, workers, seconds and pages per second, for the
telegram pages alone and for the whole site (catalogue, indexes, chronology, network,
side-by-side pages; no search index unless --search).

    python benchmarks/html_bench.py                      # 3000 telegrams, 2 workers
    python benchmarks/html_bench.py --count 10000 --workers 4 --corpus
    python benchmarks/make_corpus.py --count 10000 --seed 10000 --out /tmp/c10k
    tei convert /tmp/c10k --out /tmp/t10k -j 2
    python benchmarks/html_bench.py --tei-dir /tmp/t10k --search   # + peak memory of one process

Each timing is given with the CPU seconds it took, of this process and its workers (the
machine is shared: when it is busy the wall time says little).  The memory of each process
of `tei html`, by role, is benchmarks/html_memory.py's.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from tei.html import Catalogue, catalogue_chunk, render_pages, render_site  # noqa: E402
from tei.messages import Report  # noqa: E402

TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def copies(tei_dir: Path, out: Path, count: int) -> list[Path]:
    """`count` TEI files copied round by round from tei_dir, with new ids and shifted dates."""
    sources = sorted(tei_dir.glob("*.xml"))
    if not sources:
        sys.exit(f"no TEI files in {tei_dir}: run `tei build` first, or give --tei")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    rounds = (count + len(sources) - 1) // len(sources)
    for r in range(rounds):
        rename = {s.stem: f"{s.stem}-r{r:05d}" for s in sources}
        for s in sources:
            if len(written) == count:
                return written
            tree = etree.parse(str(s))
            root = tree.getroot()
            root.set(XML_ID, rename[s.stem])
            for el in root.iter(f"{TEI}date"):
                when = el.get("when", "")
                if re.fullmatch(r"\d{4}-\d{2}-\d{2}", when):
                    el.set("when", (dt.date.fromisoformat(when) + dt.timedelta(days=r % 700)).isoformat())
            for el in root.iter(f"{TEI}relatedItem", f"{TEI}ref"):
                target = el.get("target")
                if target:
                    el.set("target", " ".join(rename.get(t[:-4], t[:-4]) + ".xml" if t.endswith(".xml") else t
                                              for t in target.split()))
            path = out / f"{rename[s.stem]}.xml"
            tree.write(str(path), xml_declaration=True, encoding="UTF-8")
            written.append(path)
    return written


def corpus(out: Path, count: int) -> list[Path]:
    """Telegrams from make_corpus.py, converted by `tei convert`."""
    sources = out / "sources"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_corpus.py"), "--count", str(count), "--seed", "1",
                    "--out", str(sources)], check=True)
    tei = out / "tei"
    subprocess.run(["tei", "convert", str(sources), "--out", str(tei)], check=False, stdout=subprocess.DEVNULL)
    return sorted(tei.glob("*.xml"))


def cpu() -> float:
    """CPU seconds of this process and of its children that have ended."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def pages_alone(files: list[Path], tmp: Path, workers: int) -> None:
    """The catalogue (in one process) and the telegram pages alone, in a pool."""
    start, used = time.perf_counter(), cpu()
    paths = [str(f.resolve()) for f in files]
    catalogue = Catalogue(entries=[e for i in range(0, len(paths), 500)
                                    for _, e in catalogue_chunk(paths[i:i + 500])[0]])
    print(f"catalogue (one process): {time.perf_counter() - start:.2f} s ({cpu() - used:.1f} s of CPU)")
    pages = tmp / "pages"
    pages.mkdir()
    jobs = [(str(f), str(pages / f"{f.stem}.html"), catalogue.for_document(f.stem)) for f in files]
    start, used = time.perf_counter(), cpu()
    errors = [e for e, _ in render_pages(jobs, workers=workers) if e]
    took = time.perf_counter() - start
    done = len(jobs) - len(errors)
    print(f"telegram pages: {done} in {took:.2f} s with {workers} workers "
          f"(cpu count {os.cpu_count()}): {done / took:.0f} pages/s ({cpu() - used:.1f} s of CPU)"
          f"{' (' + str(len(errors)) + ' failed: ' + errors[0] + ')' if errors else ''}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=3000, help="number of telegrams (default 3000)")
    parser.add_argument("--workers", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("--tei", type=Path, default=ROOT / "out" / "tei", help="TEI files to copy (default out/tei)")
    parser.add_argument("--corpus", action="store_true", help="generate the corpus with make_corpus.py instead")
    parser.add_argument("--tei-dir", type=Path, help="all the TEI files of this folder as they are (--count ignored), e.g. `tei convert` of make_corpus.py's")
    parser.add_argument("--search", action="store_true", help="include the pagefind index in the site timing")
    parser.add_argument("--no-site", action="store_true", help="time the telegram pages only")
    parser.add_argument("--site-only", action="store_true", help="time the whole site only (not the telegram pages alone)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="html-bench-") as tmp:
        tmp = Path(tmp)
        if args.tei_dir:
            files = sorted(args.tei_dir.glob("*.xml"))
        else:
            files = corpus(tmp, args.count) if args.corpus else copies(args.tei, tmp / "tei", args.count)
        print(f"corpus: {len(files)} TEI documents ({sum(f.stat().st_size for f in files) / 1e6:.1f} MB)")

        if not args.site_only:
            pages_alone(files, tmp, args.workers)

        if not args.no_site:
            # the site from a folder of links to the files, so that one can be edited (replaced)
            # without touching the corpus; with a state folder, as tei build makes it
            inputs = tmp / "inputs"
            inputs.mkdir()
            for f in files:
                os.link(f, inputs / f.name)
            state = tmp / "state"
            start, used = time.perf_counter(), cpu()
            result = render_site(inputs, tmp / "site", Report(), search=args.search, workers=args.workers,
                                 state_dir=state, link_inputs=True)
            took = time.perf_counter() - start
            compare = sum(1 for _ in (tmp / "site").glob("compare-*.html"))
            print(f"whole site: {result.pages} pages ({compare} side by side) in {took:.2f} s: "
                  f"{result.pages / took:.0f} pages/s ({cpu() - used:.1f} s of CPU)")
            print("  steps: " + ", ".join(f"{k} {v:.1f} s" for k, v in result.timings.items()))
            # one document edited (a word of its text): only what it affects is made again
            victim = inputs / files[len(files) // 2].name
            text = victim.read_text(encoding="utf-8")
            victim.unlink()
            victim.write_text(re.sub(r"(<p\b[^>]*>)", r"\1Edited. ", text, count=1), encoding="utf-8")
            start, used = time.perf_counter(), cpu()
            again = render_site(inputs, tmp / "site", Report(), search=args.search, workers=args.workers,
                                state_dir=state, link_inputs=True)
            print(f"after a one-file edit: {again.rendered} pages made again, {again.reused} unchanged, in "
                  f"{time.perf_counter() - start:.2f} s ({cpu() - used:.1f} s of CPU)")
            print("  steps: " + ", ".join(f"{k} {v:.1f} s" for k, v in again.timings.items()))
        peak = max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
        print(f"peak memory of one process (driver or worker{', pagefind' if args.search else ''}): {peak / 1024:.0f} MB")


if __name__ == "__main__":
    main()
