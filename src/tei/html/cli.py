"""`tei html`: the command line of the HTML edition (a thin layer over render_site)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..cli_options import CONTEXT, base_url_option, edition_option, print_messages
from ..messages import Report


@click.command("html", context_settings=CONTEXT)
@click.argument("tei_dir", type=click.Path(exists=True, path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the site (replaced only when the new site is complete).")
@click.option("--no-search", is_flag=True, help="Do not build the pagefind search index.")
@click.option("--state", "state_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder for what this build made from which inputs (kept outside the site): the next "
                   "build with the same --state makes again only the pages that changed.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: as many as the cores, up to 4, for large sites).")
@base_url_option("Where the site will be published (https://.../): each page's \"Cite this\" gives its address.")
@edition_option
def html(tei_dir, out_dir, no_search, state_dir, jobs, base_url):
    """Make the HTML edition: a static site from a folder of TEI files.

    Pages: home, one page per telegram, side-by-side views of translations, indexes of
    persons, places and organisations, chronology, network, search.  A file that is not TEI
    is reported and skipped; the site is built from the rest.

    \b
    Example:
      tei html out/tei --out out/html
      tei html out/tei --out out/html --state out/.cache/html   (again: only what changed)
      python3 -m http.server -d out/html 8000     (then open http://127.0.0.1:8000/)
    """
    from . import render_site

    report = Report()
    if state_dir is not None and state_dir.resolve().is_relative_to(out_dir.resolve()):
        # the site is replaced whole by each build, and what is in it is published
        raise click.UsageError(f"--state {state_dir} is inside the site {out_dir}: give a folder outside it, "
                               "e.g. --state .cache/html")
    result = render_site(tei_dir, out_dir, report, search=not no_search, state_dir=state_dir, workers=jobs,
                         base_url=base_url)
    print_messages(report)
    if result.ok:
        # (the counts are of the pages a build keys one by one, not of the site-wide pages)
        counts = f" ({result.reused} telegram and side-by-side pages unchanged, {result.rendered} made again)"
        click.echo(f"{result.out_dir}: {result.pages} pages from {len(result.documents)} documents"
                   f"{', ' + str(len(result.skipped)) + ' skipped' if result.skipped else ''}"
                   f"{', search index built' if result.search else ''}"
                   f"{counts if result.reused else ''}")
    sys.exit(0 if result.ok and not result.skipped and not report.count("error") else 1)
