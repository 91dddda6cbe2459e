"""The command line: parses arguments and calls the library; nothing else lives here."""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

import click

from . import __version__
from . import edition
from .cli_options import (CONTEXT, EDITION_HELP, authority_option, base_url_option, cluster, dask_option,
                          edition_option, exit_code, jobs_option, print_messages, strict_option, use_edition_for)
from .messages import Report, SourceError

class Commands(click.Group):
    """The commands that live beside the library they call, each imported only when it is run
    or listed (``tei -h``): a command, or ``tei build`` with nothing to do, does not import
    every other command's modules (0.2 s of CPU, the readers' patterns most of it)."""

    BESIDE = {"deposit": ("tei.deposit.cli", "deposit"), "html": ("tei.html.cli", "html"),
              "print": ("tei.pdf.cli", "print_command"), "validate": ("tei.validate.cli", "validate")}

    def invoke(self, ctx):
        from .interrupt import terminate_as_interrupt

        try:
            with terminate_as_interrupt():
                return super().invoke(ctx)
        except KeyboardInterrupt:  # Ctrl-C or SIGTERM: every finally has run, no traceback
            click.echo("interrupted: the outputs are those of the last run that finished (no file is left "
                       "half-written); run the command again to finish", err=True)
            sys.exit(130)

    def list_commands(self, ctx) -> list[str]:
        return sorted({*self.commands, *self.BESIDE})

    def get_command(self, ctx, name: str):
        if name not in self.commands and name in self.BESIDE:
            module, attribute = self.BESIDE[name]
            self.add_command(getattr(importlib.import_module(module), attribute), name)
        return self.commands.get(name)


class _Readers(click.Choice):
    """--format's choice: the readers' names, read from tei.sources when first asked for (the
    help, a --format given): importing the readers is most of the CLI's start."""

    def __init__(self):
        super().__init__(())

    @property
    def choices(self) -> tuple[str, ...]:
        from .sources import READERS

        return tuple(sorted(READERS))

    @choices.setter
    def choices(self, _given) -> None:  # (click's __init__ sets them: they are the readers')
        pass


@click.group(cls=Commands, context_settings=CONTEXT)
@click.version_option(__version__, "-V", "--version")
def main():
    """Build a TEI P5 edition of translated telegrams: convert, validate, render, deposit.

    \b
    Start with:  tei build            (seeds/ -> out/)
    Or step by step: tei convert seeds --out out/tei
    """
    from .regexes import keep_module_patterns

    keep_module_patterns()  # (the modules' patterns as the last run compiled them: 0.2 s less of each start)


@main.command(context_settings=CONTEXT)
@click.argument("sources", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the TEI files, one <id>.xml per telegram.")
@click.option("--format", "fmt", type=_Readers(),
              help="Layout of the sources; sniffed from each file when not given.")
@authority_option
@edition_option
@strict_option
@jobs_option(1)
@dask_option
def convert(sources, out_dir, fmt, authority, strict, jobs, dask):
    """Convert source texts into TEI, one document per telegram.

    SOURCES are files or folders (folders are searched for .txt, .text, .md, .markdown, .html and
    .htm files).  Prints one summary line per source; problems go to stderr as file:line: level:
    message.

    \b
    Example:
      tei convert seeds/ --out out/tei
      tei convert page.txt --format wilson-text --authority my-names.xml --out tei/
      tei convert archive/ --out tei/ --dask tcp://scheduler:8786
    """
    from .convert import convert_sources

    report = Report()
    try:
        with cluster(dask) as executor:
            results = convert_sources(list(sources), out_dir, authority, fmt, report, jobs=jobs, executor=executor)
    except SourceError as exc:  # the authority file itself is unusable
        click.echo(str(exc.message), err=True)
        sys.exit(2)
    for r in results:
        status = "failed" if r.errors else "ok"
        click.echo(f"{r.source}: {status}: {r.telegrams} telegram{'s' if r.telegrams != 1 else ''}"
                   f"{' (' + r.format + ')' if r.format else ''}, {r.names} names tagged, "
                   f"{r.warnings} warning{'s' if r.warnings != 1 else ''}")
    print_messages(report, strict)
    sys.exit(exit_code(report, strict))


@main.command(context_settings=CONTEXT)
@click.option("--seeds", "seeds", default="seeds", show_default=True,
              type=click.Path(exists=True, file_okay=False, path_type=Path), help="Folder of source texts.")
@click.option("--out", "out_dir", default="out", show_default=True, type=click.Path(file_okay=False, path_type=Path),
              help="Output folder: tei/, html/, print/, deposit/ are made inside it.")
@authority_option
@strict_option
@jobs_option(os.cpu_count() or 1)
@click.option("--timings", is_flag=True, help="Print the time spent in each stage.")
@base_url_option("Where the edition will be published (https://.../): the HTML pages' \"Cite this\" and the "
                 "deposit's identifier use it.")
@click.option("--edition", "edition_file", type=click.Path(dir_okay=False, path_type=Path),
              help=EDITION_HELP.replace("without it", f"default: {edition.FILE_NAME} in the sources' folder if there is "
                                                     "one, else"))
@dask_option
def build(seeds, out_dir, authority, strict, jobs, timings, base_url, edition_file, dask):
    """Build the whole edition: every stage, from the sources to the outputs.

    \b
    Example:
      tei build                       (seeds/ -> out/)
      tei build --seeds my-sources --out public
    """
    from .build import build_edition

    use_edition_for(seeds, edition_file)
    report = Report()
    try:
        with cluster(dask) as executor:
            ok = build_edition(seeds, out_dir, authority, report, strict=strict, jobs=jobs, timings=timings,
                               base_url=base_url, executor=executor)
    except SourceError as exc:
        click.echo(str(exc.message), err=True)
        sys.exit(2)
    print_messages(report, strict)
    sys.exit(0 if ok and not exit_code(report, strict) else 1)


@main.command(context_settings=CONTEXT)
@click.option("--seeds", "seeds", default="seeds", show_default=True,
              type=click.Path(exists=True, file_okay=False, path_type=Path), help="Folder of source texts.")
@click.option("--out", "out_dir", default="out", show_default=True, type=click.Path(file_okay=False, path_type=Path),
              help="Output folder, as for tei build; its html/ is served.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port to serve at (0: any free one, printed).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to serve at (127.0.0.1: this machine only).")
@authority_option
@strict_option
@jobs_option(os.cpu_count() or 1)
@base_url_option("Where the edition will be published (https://.../), as for tei build.")
@click.option("--edition", "edition_file", type=click.Path(dir_okay=False, path_type=Path),
              help=EDITION_HELP.replace("without it", f"default: {edition.FILE_NAME} in the sources' folder if there is "
                                                     "one, else"))
def serve(seeds, out_dir, port, host, authority, strict, jobs, base_url, edition_file):
    """Build the edition, serve its HTML, and build it again on every change.

    Builds as tei build does (the same outputs), serves OUT/html at http://HOST:PORT/, and
    watches the sources, the authority file, the stylesheets and the schema: on a change it
    builds again in this process, where the stylesheets, the schema, the authority file and
    Typst stay warm (one line per rebuild: what changed, the stages run, the time; errors as
    tei build gives them).  -j is the first build's; rebuilds run in this process.
    Ctrl-C stops it.

    \b
    Example:
      tei serve                       (seeds/ -> out/, http://127.0.0.1:8000/)
      tei serve --seeds my-sources --out public --port 0
    """
    from .serve import EditionServer, serve as serve_edition

    use_edition_for(seeds, edition_file)  # a bad file: a usage error now
    server = EditionServer(seeds, out_dir, authority, strict=strict, jobs=jobs, base_url=base_url,
                           edition_file=edition_file)
    sys.exit(serve_edition(server, host, port, echo=click.echo))


if __name__ == "__main__":  # pragma: no cover
    main()
