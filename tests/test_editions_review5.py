"""The editions' fifth review: the print introduction explains only the signs the volume uses."""

from __future__ import annotations

import re

from print_helpers import dehyphenate, page_count, pdf_text


def _intro_and_index(pdf) -> tuple[str, str]:
    pages = [re.sub(r"\s+", " ", dehyphenate(pdf_text(pdf, n))) for n in range(1, page_count(pdf) + 1)]
    whole = " ".join(pages)
    begin = whole.index("Note on the text")
    return whole[begin:whole.index("No. 1. ", begin)], whole[whole.rindex("Index of persons"):]


def test_the_asterisk_is_explained_only_in_a_volume_whose_index_prints_one(tmp_path):
    """The introduction's signs always ended with "* In the index of persons: a person the text
    names who could not be identified", in a volume with no provisional person or none a text
    names (its index prints no asterisk).  The asterisk is now explained where the index of
    persons prints one, as the index's own note is."""
    from test_print_layout import print_docs, tei

    standoff = """<standOff><listPerson>
        <person xml:id="molotov"><persName type="main">Vyacheslav Molotov</persName>
          <note type="identification">Soviet Minister of Foreign Affairs.</note></person>
        <person cert="low" xml:id="unresolved-petrov"><persName type="main">Petrov</persName>
          <note type="unresolved">Not in the authority file.</note></person></listPerson></standOff>"""
    other = tei("tg-other", "<p>Another.</p>", sent="1950-01-01")

    named = """<p>Comrade <persName ref="#molotov">Molotov</persName> agrees.</p>"""
    intro, index = _intro_and_index(print_docs(tmp_path, {"tg-a": tei("tg-a", named, standoff=standoff), "tg-other": other}))
    assert "Molotov, Vyacheslav, " in index and "Petrov" not in index, index[:300]
    assert "*" not in intro and "could not be identified" not in intro, intro
    assert "[?] " in intro and "doubts" in intro  # the other signs as before

    (tmp_path / "b").mkdir()
    both = """<p>Comrade <persName ref="#unresolved-petrov">Petrov</persName> met <persName ref="#molotov">Molotov</persName>.</p>"""
    intro, index = _intro_and_index(print_docs(tmp_path / "b", {"tg-b": tei("tg-b", both, standoff=standoff), "tg-other": other}))
    assert re.search(r"Petrov\*, \d", index), index[:300]
    assert re.search(r"\* In the index of persons: a person the text names who could not be identified", intro), intro
