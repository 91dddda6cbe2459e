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
