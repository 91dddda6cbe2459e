"""`tei deposit`: parses arguments and calls the deposit library."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..cli_options import CONTEXT, authority_option, base_url_option, edition_option, print_messages
from ..messages import Report, SourceError
from . import PLACEHOLDER_EMAIL, PLACEHOLDER_NAME, PLACEHOLDER_URL, DepositOptions, make_deposit, verify_bag
from ..paths import SCHEMA_DIR


@click.command(context_settings=CONTEXT)
@click.argument("tei_dir", required=False, type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="The bag folder to write (replaced whole, only once the new bag is complete).")
@click.option("--verify", "verify", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Check this bag instead: name every changed, missing or extra file (exit 1 if any).")
@authority_option
@edition_option
@click.option("--tei-rng", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="RELAX NG schema to check the deposit's corpus.xml against (default: tei_all.rng from "
                   "$TEI_ALL_RNG or ../shared/tei, when present).  The TEI documents are checked as "
                   "tei validate checks them.")
@click.option("--schema-dir", type=click.Path(file_okay=False, path_type=Path), default=SCHEMA_DIR,
              show_default="the repository's schema/", help="Schema folder to include as data/schema/.")
@click.option("--html", "html_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Rendered HTML edition to include (default: html/ beside TEI_DIR, if there).")
@click.option("--print", "print_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Print edition to include (default: print/ beside TEI_DIR, if there).")
@click.option("--contact-name", default=PLACEHOLDER_NAME, show_default=True,
              help="bag-info Contact-Name and the CMIF editor: configure for a real deposit.")
@click.option("--contact-email", default=PLACEHOLDER_EMAIL, show_default=True,
              help="bag-info Contact-Email and the CMIF editor's email: configure for a real deposit.")
@base_url_option("Where the edition is published: the CMIF file's URL is BASE-URL/cmif.xml.", PLACEHOLDER_URL)
@click.option("--allow-invalid", is_flag=True,
              help="Deposit even if some TEI documents are invalid (left out of corpus and CMIF; bag-info says so).")
def deposit(tei_dir, out_dir, verify, authority, tei_rng, schema_dir, html_dir, print_dir, contact_name,
            contact_email, base_url, allow_invalid):
    """Package the edition for deposit: TEI, a teiCorpus file, CMIF and renderings in a BagIt bag.

    The bag holds data/tei/*.xml, data/corpus.xml (teiCorpus with the authority lists),
    data/cmif.xml (for correspSearch), data/schema/, data/html/ and data/print/, with
    sha256 and sha512 manifests.  Bagging-Date honours SOURCE_DATE_EPOCH.

    \b
    Example:
      tei deposit out/tei --out out/deposit --contact-name "A. Editor" --contact-email a@example.org
      tei deposit --verify out/deposit
    """
    if verify is not None:
        if tei_dir is not None or out_dir is not None:
            raise click.UsageError("--verify BAG checks a bag; give it without TEI_DIR and --out")
        result = verify_bag(verify)
        for line in result.lines():
            click.echo(f"{verify}: {line}", err=True)
        click.echo(f"{verify}: {'valid' if result.ok else 'NOT valid'} bag")
        sys.exit(0 if result.ok else 1)
    if tei_dir is None or out_dir is None:
        raise click.UsageError("give TEI_DIR and --out DIR (or --verify BAG)")
    renderings = {"html": html_dir or tei_dir.parent / "html", "print": print_dir or tei_dir.parent / "print"}
    options = DepositOptions(authority=authority, tei_rng=tei_rng, schema_dir=schema_dir, renderings=renderings,
                             contact_name=contact_name, contact_email=contact_email, base_url=base_url,
                             allow_invalid=allow_invalid)
    report = Report()
    try:
        ok = make_deposit(tei_dir, out_dir, options, report)
    except SourceError as exc:
        click.echo(str(exc.message), err=True)
        sys.exit(2)
    print_messages(report)
    if ok:
        click.echo(f"deposit: bag written to {out_dir}")
    sys.exit(0 if ok else 1)
