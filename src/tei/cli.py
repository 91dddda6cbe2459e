"""The command line: parses arguments and calls the library; nothing else lives here."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from . import __version__
from .messages import ERROR, WARNING, Report, SourceError

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def authority_option(f):
    return click.option("--authority", type=click.Path(dir_okay=False, path_type=Path),
                        help="Authority file (TEI listPerson/listPlace/listOrg) to link names to. "
                             "Default: the edition's own, src/tei/data/authority.xml.")(f)


def jobs_option(default):
    def decorate(f):
        return click.option("-j", "--jobs", type=click.IntRange(1, 256), default=default, show_default=True,
                            help="Worker processes (default: one per core for build).")(f)
    return decorate


def base_url_option(help: str, default: str = ""):
    """--base-url: where the edition is published; refused unless it is a web address."""
    def check(ctx, param, value):
        if value and not value.startswith(("http://", "https://")):
            raise click.BadParameter(f"{value!r} is not a web address: give https://... where the edition "
                                     "will be published")
        return value

    def decorate(f):
        return click.option("--base-url", default=default, show_default=bool(default), metavar="URL",
                            callback=check, help=help)(f)
    return decorate


def strict_option(f):
    return click.option("--strict", is_flag=True, help="Treat warnings as errors (exit 1 if there are any).")(f)


def print_messages(report: Report, strict: bool = False) -> None:
    for message in sorted(set(report.messages), key=lambda m: (m.file, m.line, m.text)):
        level = ERROR if strict and message.level == WARNING else message.level
        click.echo(str(message.__class__(message.file, message.line, level, message.text, message.code)), err=True)


def exit_code(report: Report, strict: bool) -> int:
    if report.count(ERROR) or (strict and report.count(WARNING)):
        return 1
    return 0


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, "-V", "--version")
def main():
    """Build a TEI P5 edition of translated telegrams: convert, validate, render, deposit.

    \b
    Start with:  tei build            (seeds/ -> out/)
    Or step by step: tei convert seeds --out out/tei
    """


@main.command(context_settings=CONTEXT)
@click.argument("sources", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the TEI files, one <id>.xml per telegram.")
@click.option("--format", "fmt", type=click.Choice(sorted(__import__("tei.sources", fromlist=["READERS"]).READERS)),
              help="Layout of the sources; sniffed from each file when not given.")
@authority_option
@strict_option
@jobs_option(1)
def convert(sources, out_dir, fmt, authority, strict, jobs):
    """Convert source texts into TEI, one document per telegram.

    SOURCES are files or folders (folders are searched for .txt and .md files).  Prints one
    summary line per source; problems go to stderr as file:line: level: message.

    \b
    Example:
      tei convert seeds/ --out out/tei
      tei convert page.txt --format wilson-text --authority my-names.xml --out tei/
    """
    from .convert import convert_sources

    report = Report()
    try:
        results = convert_sources(list(sources), out_dir, authority, fmt, report, jobs=jobs)
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
def build(seeds, out_dir, authority, strict, jobs, timings, base_url):
    """Build the whole edition: every stage, from the sources to the outputs.

    \b
    Example:
      tei build                       (seeds/ -> out/)
      tei build --seeds my-sources --out public
    """
    from .build import build_edition

    report = Report()
    try:
        ok = build_edition(seeds, out_dir, authority, report, strict=strict, jobs=jobs, timings=timings,
                           base_url=base_url)
    except SourceError as exc:
        click.echo(str(exc.message), err=True)
        sys.exit(2)
    print_messages(report, strict)
    sys.exit(0 if ok and not exit_code(report, strict) else 1)


if __name__ == "__main__":  # pragma: no cover
    main()
main.add_command(__import__("tei.deposit.cli", fromlist=["deposit"]).deposit)
main.add_command(__import__("tei.pdf.cli", fromlist=["print_command"]).print_command)
main.add_command(__import__("tei.html.cli", fromlist=["html"]).html)
main.add_command(__import__("tei.validate.cli", fromlist=["validate"]).validate)
