"""The editions' ninth review, the eighth's leftovers: an index that does not end with one
entry alone on its last page."""

from __future__ import annotations

import re

from print_helpers import page_count, pdf_text
from test_editions_review8 import _provisional

INDEX_ENTRY = re.compile(r"^\S.*\*, \d+$", re.M)  # "Aaron Person*, 5": a provisional person's line


def _index_pages(pdf) -> list[int]:
    """How many entries of the index of persons each of its pages holds, in order."""
    counts = []
    for page in range(1, page_count(pdf) + 1):
        n = len(INDEX_ENTRY.findall(pdf_text(pdf, page)))
        if n:
            counts.append(n)
    return counts


def _persons_volume(folder, count: int):
    from test_print_layout import print_docs

    surnames = [f"{a}{b}ley" for a in "BCDFGHKLMNPRST" for b in "aeiou"]
    names = {f"unresolved-{i:03d}": f"Karl {surnames[i]}" for i in range(count)}
    folder.mkdir()
    return print_docs(folder, {"a": _provisional("a", "1951-03-02", names)})


def test_the_index_of_persons_ends_with_three_entries_on_its_last_page_not_one(tmp_path):
    """Volume 4 of tests/sources' edition ended its index of persons with "Zhu De" alone on a
    page.  The last three entries are kept together now: with as many persons as fill the index's
    pages and one more, the last page holds three, the page before it two fewer."""
    pdf = _persons_volume(tmp_path / "first", 70)
    counts = _index_pages(pdf)
    if counts[-1] < 4:  # (perhaps moved to make three: three more are surely as many as they were)
        pdf = _persons_volume(tmp_path / "more", 73)
        counts = _index_pages(pdf)
        total = 73
    else:
        total = 70
    assert len(counts) >= 2 and counts[-1] >= 4, counts
    orphan = total - counts[-1] + 1  # as many as fill the pages before, and one more
    counts = _index_pages(_persons_volume(tmp_path / "orphan", orphan))
    assert sum(counts) == orphan, counts
    assert counts[-1] == 3, counts


def _words(pdf) -> list[tuple[str, float, float, float, float]]:
    """The PDF's words as pdftotext -bbox places them: text, xMin, yMin, xMax, yMax."""
    import subprocess

    from lxml import etree

    xhtml = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, check=True).stdout
    return [(w.text, *(float(w.get(k)) for k in ("xMin", "yMin", "xMax", "yMax")))
            for w in etree.fromstring(xhtml).iter("{*}word")]


def test_a_footnote_number_in_the_text_is_a_legible_figure_a_little_apart_from_its_word(tmp_path):
    """The numbers of the notes were the font's superior figures set against the word
    ("wait.¹", one word to pdftotext), too slight to find on the page.  A good edition sets them
    a hair's space from the word, large enough to read (Tschichold): a figure two thirds of the
    text's size, raised, a little apart; still numbered 1, 2 as before."""
    from test_print_layout import print_docs, tei

    body = ("<p>The works had asked whether the locomotives might wait.<note place=\"foot\">Asked on"
            " May 30.</note> Report by wire the day they leave<note place=\"foot\">By the works'"
            " telegraph.</note> and come.</p>")
    words = _words(print_docs(tmp_path, {"tg-fn": tei("tg-fn", body)}, alone=True))
    texts = [w[0] for w in words]
    assert "wait.1" not in texts and "leave2" not in texts, texts
    for word, number in (("wait.", "1"), ("leave", "2")):
        i = texts.index(word)
        (_, top, right, bottom), (mark, x0, mark_top, _, mark_bottom) = words[i][1:], words[i + 1]
        assert mark == number, texts[i - 2:i + 3]
        assert x0 - right > 0.3, (word, x0 - right)  # apart from the word (0.08em: about 0.75pt)
        assert mark_bottom - mark_top >= 0.6 * (bottom - top), (word, mark_bottom - mark_top, bottom - top)
        assert mark_top < top and mark_bottom < bottom, word  # raised
