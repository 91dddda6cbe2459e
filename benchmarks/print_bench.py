#!/usr/bin/env python3
"""Time to print a volume of about 500 pages (target: under 10 s).

The volume is made of copies of the edition's telegrams (out/tei, or --tei) with new ids,
sent dates shifted so that the copies interleave, and witness links kept within each round of
copies; or, with --corpus, of telegrams that benchmarks/make_corpus.py generates and
`tei convert` turns into TEI.  Prints pages, seconds and pages per second.

    python benchmarks/print_bench.py                 # ~500 pages from out/tei
    python benchmarks/print_bench.py --pages 1000 --corpus
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
PAGES_PER_TELEGRAM = 1.6  # about, on A5


def copies(tei: Path, out: Path, telegrams: int) -> list[Path]:
    originals = sorted(tei.glob("*.xml"))
    if not originals:
        sys.exit(f"no TEI files in {tei}: run `tei build` first")
    files: list[Path] = []
    rounds = -(-telegrams // len(originals))
    for r in range(rounds):
        for src in originals:
            if len(files) >= telegrams:
                break
            tree = etree.parse(str(src))
            root = tree.getroot()
            new_id = f"{root.get(XML_ID, src.stem)}-copy{r:03d}"
            root.set(XML_ID, new_id)
            for when in root.iterfind(f".//{TEI}correspAction[@type='sent']/{TEI}date[@when]"):
                value = when.get("when")
                if len(value) == 10:
                    day = dt.date.fromisoformat(value) + dt.timedelta(days=r * 30)
                    when.set("when", day.isoformat())
            for item in root.iterfind(f".//{TEI}relatedItem[@type='witness']"):
                item.set("target", Path(item.get("target")).stem + f"-copy{r:03d}.xml")
            path = out / f"{new_id}.xml"
            tree.write(str(path), encoding="UTF-8", xml_declaration=True)
            files.append(path)
    return files


def corpus(out: Path, telegrams: int) -> list[Path]:
    sources, tei = out / "sources", out / "tei"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_corpus.py"), "--count", str(telegrams),
                    "--seed", "1", "--out", str(sources)], check=True, capture_output=True)
    subprocess.run(["tei", "convert", str(sources), "--out", str(tei)], capture_output=True)
    return sorted(tei.glob("*.xml"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=500, help="about how many pages (default 500)")
    parser.add_argument("--tei", type=Path, default=ROOT / "out" / "tei", help="telegrams to copy (default out/tei)")
    parser.add_argument("--corpus", action="store_true", help="generated telegrams instead of copies")
    parser.add_argument("--paper", default="a5")
    args = parser.parse_args()

    from tei.messages import Report
    from tei.pdf import print_volume

    telegrams = int(args.pages / PAGES_PER_TELEGRAM)
    with tempfile.TemporaryDirectory(prefix="print-bench-") as tmp:
        tmp_path = Path(tmp)
        files = corpus(tmp_path, telegrams) if args.corpus else copies(args.tei, tmp_path, telegrams)
        pdf = tmp_path / "volume.pdf"
        report = Report()
        start = time.perf_counter()
        ok = print_volume(files, pdf, report, paper=args.paper)
        seconds = time.perf_counter() - start
        for m in report.messages[:10]:
            print(m, file=sys.stderr)
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout if pdf.exists() else ""
        pages = next((int(line.split()[-1]) for line in info.splitlines() if line.startswith("Pages:")), 0)
    verdict = "ok" if seconds < 10 else "SLOWER than the 10 s target"
    print(f"print: {len(files)} telegrams, {pages} pages in {seconds:.2f} s "
          f"({pages / seconds if seconds else 0:.0f} pages/s) - {verdict}{'' if ok else ' (with errors)'}")


if __name__ == "__main__":
    main()
