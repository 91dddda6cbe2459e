"""`tei print`: TEI files -> the print edition (PDF/A, Typst).  Parses arguments, calls the library."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..cache import file_stamp
from ..cli_options import CONTEXT, edition_option
from ..messages import Report


def _tei_files(inputs: tuple[Path, ...]) -> list[Path]:
    files: list[Path] = []
    for p in inputs:
        files.extend(sorted(p.glob("*.xml")) if p.is_dir() else [p])
    return files


@click.command("print", context_settings=CONTEXT)
@click.argument("tei", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--out", "out_pdf", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The PDF to write; the Typst source is kept next to it (same name, .typ).")
@click.option("--paper", type=click.Choice(["a5", "a4", "letter"]), default="a5", show_default=True,
              help="Paper size.")
@click.option("--no-pdfa", is_flag=True, help="Plain PDF instead of PDF/A-2b.")
@edition_option
def print_command(tei, out_pdf, paper, no_pdfa):
    """Typeset TEI telegrams as a print-ready PDF (PDF/A-2b, fonts embedded).

    A folder (or several files) makes the volume: title page, edition statement, contents,
    introduction, the telegrams in the order they were sent, indexes of persons and places,
    list of sources.  One file prints that telegram alone.  The same input gives the same bytes
    (set SOURCE_DATE_EPOCH to choose the PDF's date).

    \b
    Example:
      tei print out/tei --out edition.pdf
      tei print out/tei/tg-1949-01-10-stalin-mao-stalin-works-18.xml --out one.pdf --paper a4
    """
    from .render import print_volume

    files = _tei_files(tei)
    if not files:
        click.echo("no TEI files (*.xml) found in " + ", ".join(map(str, tei)), err=True)
        sys.exit(2)
    report = Report()
    before = file_stamp(out_pdf)  # (a PDF there may be the last run's, left by a run that printed nothing)
    ok = print_volume(files, out_pdf, report, paper=paper, alone=len(files) == 1 and not tei[0].is_dir(),
                      pdf_a=not no_pdfa)
    written = file_stamp(out_pdf) not in (None, before)
    for message in sorted(set(report.messages)):
        click.echo(str(message), err=True)
    if written and ok:
        click.echo(f"{out_pdf}: {len(files)} document{'s' if len(files) != 1 else ''} printed")
    elif written and report.messages:
        click.echo(f"{out_pdf}: printed without the documents named above")
    elif before is not None:
        click.echo(f"{out_pdf}: nothing printed (errors above): the last PDF was left as it was")
    sys.exit(0 if ok else 1)
