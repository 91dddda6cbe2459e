"""The HTML edition of a few TEI documents a test writes (the editions' review tests)."""

from __future__ import annotations

from pathlib import Path


def site_of(tmp_path: Path, docs: dict[str, str]) -> Path:
    """The HTML edition, without search, of TEI documents given as {file key: XML}, written
    to tmp_path/tei: the site's folder (tmp_path/site)."""
    from tei.html import render_site
    from tei.messages import Report

    tei_dir = tmp_path / "tei"
    tei_dir.mkdir()
    for key, xml in docs.items():
        (tei_dir / f"{key}.xml").write_text(xml, encoding="utf-8")
    site = tmp_path / "site"
    assert render_site(tei_dir, site, Report(), search=False).ok
    return site
