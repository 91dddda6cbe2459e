"""`tei validate`: parses arguments and calls tei.validate; nothing else lives here."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..cli_options import cluster, dask_option
from .formats import FORMATS

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@click.command("validate", context_settings=CONTEXT)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="text: file:line:col: severity: message [rule-id] and a summary; json; junit (XML test "
                   "report, one test case per file); github (workflow annotations).")
@click.option("--schema", type=click.Path(dir_okay=False, path_type=Path),
              help="Validate against this XSD or RELAX NG (.rng) grammar only, e.g. tei_all.rng, instead of "
                   "the project's schema and Schematron rules.")
@click.option("--strict", is_flag=True, help="Treat warnings as errors (exit 1 if there are any).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes for large runs (default: one per core).")
@dask_option
def validate(paths, fmt, schema, strict, jobs, dask):
    """Check TEI documents against the project's schema and rules.

    PATHS are files or folders (searched for *.xml).  Every document is checked against
    schema/tei-telegram.xsd, the Schematron rules in schema/tei-telegram.sch and the rules that
    need the file system (file name = xml:id, linked witnesses exist).

    Exit status: 0 all valid, 1 some document invalid (or, with --strict, any warning),
    2 usage error or unreadable input.

    \b
    Example:
      tei validate out/tei
      tei validate out/tei --format github --strict
      tei validate doc.xml --schema ../shared/tei/tei_all.rng
    """
    from . import InputError, SchemaError, run
    from .formats import render

    try:
        with cluster(dask) as executor:
            result = run(paths, schema, jobs, executor=executor)
    except (InputError, SchemaError) as exc:
        click.echo(f"tei validate: {exc}", err=True)
        sys.exit(2)
    if not result.files:
        click.echo("tei validate: no .xml files found in " + ", ".join(str(p) for p in paths), err=True)
        sys.exit(2)
    click.echo(render(result, fmt, strict), nl=False)
    sys.exit(0 if result.passes(strict) else 1)
