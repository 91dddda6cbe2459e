"""Where the project's own files are: the stylesheets and the schema.

In a checkout (the editable install the README uses) they are read from the top of the
repository, where editors find and change them.  A non-editable install (a wheel, the
pre-commit hook's environment) carries copies inside the package as tei._xslt and
tei._schema (see pyproject.toml).
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
_CHECKOUT = PACKAGE.parents[1]
IN_CHECKOUT = (_CHECKOUT / "xslt").is_dir() and (_CHECKOUT / "schema").is_dir() and (_CHECKOUT / "src").is_dir()


XSLT_DIR = _CHECKOUT / "xslt" if IN_CHECKOUT else PACKAGE / "_xslt"
SCHEMA_DIR = _CHECKOUT / "schema" if IN_CHECKOUT else PACKAGE / "_schema"
# the stylesheets the stages run (tei.stylesheets finds what they read) and the files beside them
HTML_STYLESHEET = XSLT_DIR / "tei-to-html.xsl"
PRINT_STYLESHEET = XSLT_DIR / "tei-to-print.xsl"
SITE_STATIC = PACKAGE / "html" / "static"
PRINT_TEMPLATE = PACKAGE / "pdf" / "edition.typ"
SHARED = _CHECKOUT.parent / "shared"  # the workplace's shared material, when present (tests, optional checks)


def schema_dir() -> Path:
    """The schema/ folder validation reads: TEI_SCHEMA_DIR if set; else the repository's (an
    editable install); else ./schema (a non-editable install, e.g. the pre-commit hook's, run
    from the repository: schema/ is not package data)."""
    if os.environ.get("TEI_SCHEMA_DIR"):
        return Path(os.environ["TEI_SCHEMA_DIR"])
    beside = SCHEMA_DIR
    if (beside / "tei-telegram.xsd").is_file():
        return beside
    here = Path.cwd() / "schema"
    return here if (here / "tei-telegram.xsd").is_file() else beside


def cache_dir() -> Path:
    """Where what is made once per machine is kept between runs (built schemas, compiled
    patterns): TEI_CACHE_DIR, else the user's cache folder."""
    if os.environ.get("TEI_CACHE_DIR"):
        return Path(os.environ["TEI_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "tei-telegrams"
