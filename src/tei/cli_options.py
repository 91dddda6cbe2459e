"""The options and reporting every command shares (sqlite-utils' way: shared options are
decorators).  A module of its own so that each command's module can import it without
importing the command group that imports them."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path

import click

from . import edition
from .messages import ERROR, WARNING, Report, in_print_order

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


def dask_option(f):
    return click.option("--dask", "dask", metavar="ADDRESS",
                        help="Convert and validate on a Dask cluster: 'local' (worker processes on this "
                             "machine) or a running scheduler's address (tcp://host:8786); the workers need "
                             "this package and the files.  Needs: pip install 'tei-telegrams[dask]'.")(f)


@contextmanager
def cluster(address: str | None):
    """(executor, workers) on the Dask cluster --dask names, or None without it; a cluster
    that cannot be used is a usage error (exit 2)."""
    if not address:
        yield None
        return
    from .cluster import ClusterError, dask_executor

    try:
        with dask_executor(address) as executor:
            yield executor
    except ClusterError as exc:
        click.echo(str(exc.message), err=True)
        sys.exit(2)


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
    for message in in_print_order(report.messages):
        level = ERROR if strict and message.level == WARNING else message.level
        click.echo(str(message.__class__(message.file, message.line, level, message.text, message.code)), err=True)


def exit_code(report: Report, strict: bool) -> int:
    if report.count(ERROR) or (strict and report.count(WARNING)):
        return 1
    return 0


EDITION_HELP = ("The edition's name and publisher, a TOML file (name = \"...\", publisher = \"...\"); "
                "without it the edition is the Stalin–Mao telegrams'.")


def use_edition(path: Path | None) -> None:
    """Make the edition file the one every output states (None: the default edition); a bad
    file is a usage error (exit 2) that says what is wrong with it."""
    try:
        edition.use(path)
    except edition.EditionFileError as exc:
        raise click.BadParameter(str(exc), param_hint="'--edition'") from None


def use_edition_for(sources: Path, given: Path | None) -> None:
    """use_edition for tei build and serve: the file given, else the one in the sources' folder;
    a bad one found there is a usage error that names it as such (not as an --edition given)."""
    if given is not None:
        return use_edition(given)
    try:
        edition.use(edition.found_beside(sources))
    except edition.EditionFileError as exc:
        raise click.UsageError(f"{exc} (the edition file in the sources' folder, read by every build of "
                               "them)") from None


def edition_option(f):
    """--edition FILE, applied as the command line is read."""
    return click.option("--edition", "edition_file", type=click.Path(dir_okay=False, path_type=Path),
                        expose_value=False, callback=lambda ctx, param, value: use_edition(value),
                        help=EDITION_HELP)(f)
