"""Where the project's own files are: the checkout holding src/, xslt/, schema/.

The package is installed editable from its repository (see README); the stylesheets and the
schema stay at the top of the repository, where editors find them, and are read from there.
"""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
XSLT_DIR = REPO / "xslt"
SCHEMA_DIR = REPO / "schema"
SHARED = REPO.parent / "shared"  # the workplace's shared material, when present (tests, optional checks)
