"""Facts about the edition that every output states: title, publisher, licence, date."""

from __future__ import annotations

import os
import time

from . import __version__

NAME = "The Stalin–Mao Telegrams"  # the print and HTML editions add the months their telegrams span
TITLE = f"{NAME}, January–February 1949"
PUBLISHER = "The Stalin–Mao Telegrams edition project"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
LICENCE_TEXT = ("The TEI encoding is licensed under Creative Commons Attribution 4.0 International (CC BY 4.0). "
                "The translations remain subject to the terms of the sources they are taken from.")
# The day this version of the pipeline was released: the edition's date when no
# SOURCE_DATE_EPOCH is given, so that identical builds give identical bytes.
RELEASE_DATE = "2026-11-24"
ENCODER = f"tei {__version__}"


def build_date() -> str:
    """The date written into outputs: SOURCE_DATE_EPOCH if set (reproducible builds), else the release date."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return time.strftime("%Y-%m-%d", time.gmtime(int(epoch)))
    return RELEASE_DATE
