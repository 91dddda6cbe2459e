"""The Russian archives' abbreviations, one list (vocab.RUSSIAN_ARCHIVES) for every pattern that
takes one for an archive named: RGVA, which only the test for a printed source knew, is an archive
to the collected works' archival note and to a Wilson record's unlabelled citation as well."""

from __future__ import annotations

import pytest

from source_helpers import SOURCES, T, converted_variant, refused, text

KOVALEV = "works-stalin-kovalev-1949-10-03-first-published-under-the-text.txt"
MIKOYAN = "cable-mikoyan-stalin-1949-02-05.txt"


@pytest.mark.parametrize("archive, ref", [("AP RF.", "#aprf"), ("RGASPI.", "#rgaspi"), ("RGVA.", "#rgva")])
def test_an_archival_note_naming_the_archive_alone_is_the_editions_note(tmp_path, archive, ref):
    """A volume's note under the text naming the archive alone, no file ("RGVA."): the archive
    that keeps the telegram, not a paragraph of its text (RGVA was kept as one)."""
    root = converted_variant(tmp_path, KOVALEV, ("AP RF. F. 45. Op. 1. D. 334. L. 2.", archive))
    assert root.find(f".//{T}msIdentifier/{T}repository").get("ref") == ref
    assert not [p for p in root.find(f".//{T}body").iter(f"{T}p") if text(p) == archive]


@pytest.mark.parametrize("line", ["GARF, Moscow (the copy of the cable)", "RGVA, Moscow (the copy of the cable)"])
def test_a_russian_archive_named_unlabelled_is_named_in_the_refusal(tmp_path, line):
    """A record copied without its "Citation" part, a line at its foot naming a Russian archive with
    no file ("RGVA, Moscow ..."): the refusal says which line names the archive and how to label
    it, for RGVA as for GARF (it said only "no citation found")."""
    page = (SOURCES / MIKOYAN).read_text(encoding="utf-8").splitlines()
    kept = page[:7] + page[15:] + ["", line]
    errors, written = refused(tmp_path, "\n".join(kept) + "\n")
    assert not written
    [error] = errors
    assert (error.line, error.text.split(" ('")[0]) == (len(kept), f"no citation found under a label: line {len(kept)} "
                                                                    "cites an archive")
