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
    # (the record's "Citation" part: from its tab to the "share document" one)
    citation, share = (next(i for i, l in enumerate(page) if l.strip() == tab) for tab in ("• Citation", "• share document"))
    kept = page[:citation] + page[share + 1:] + ["", line]
    errors, written = refused(tmp_path, "\n".join(kept) + "\n")
    assert not written
    [error] = errors
    assert (error.line, error.text.split(" ('")[0]) == (len(kept), f"no citation found under a label: line {len(kept)} "
                                                                    "cites an archive")


def test_two_names_typed_apart_that_print_alike_make_one_cross_reference(tmp_path):
    """The index's cross-reference is matched by the name as it prints (typographic), the form
    sent to Typst once: an entry whose file types one pseudonym twice, with a straight and a
    typographic apostrophe ("Savel'yev", "Savel’yev"), keeps one line "Savel’yev, see ..." (as on
    main, where only the first typed form's line could be shown; without the grouping by the
    printed form two alike would print). What fails on main is the Typst source's shape: each
    printed name given once, with no typed form beside it."""
    import re

    from print_helpers import dehyphenate, pdf_text
    from test_print_layout import print_docs, tei

    standoff = """<standOff><listPerson>
        <person xml:id="kovalev"><persName type="main">Ivan Kovalev</persName>
          <persName type="pseudonym">Savel'yev</persName><persName type="pseudonym">Savel’yev</persName>
          <note type="identification">Stalin's representative with the CCP.</note></person></listPerson></standOff>"""
    body = """<opener><seg type="address">To Comrade <persName ref="#kovalev">Savel’yev</persName>.</seg></opener>
      <p>Your telegram received.</p>"""
    pdf = print_docs(tmp_path, {"tg-savelyev": tei("tg-savelyev", body, standoff=standoff),
                                "tg-other": tei("tg-other", "<p>Another.</p>", sent="1950-01-01")})
    index = re.sub(r"\s+", " ", dehyphenate(pdf_text(pdf)))
    index = index[index.rindex("Index of persons"):]
    assert index.count("Savel’yev, see Kovalev, Ivan") == 1, index[:400]
    typst = pdf.with_suffix(".typ").read_text(encoding="utf-8")
    assert re.findall(r'name: "([^"]*)", see: "([^"]*)"', typst) == [("Savel’yev", "Kovalev, Ivan")]
